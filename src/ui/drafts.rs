//! Words being typed when the app locks (after the chosen idle time, "Lock now", or a
//! change of lock in another tab) are kept, never lost.
//!
//! Design: the form fields of the screen (inside `main`) are read as they are, each
//! found again later by its tag, type, id or name or label, and how many like it came
//! before. With the key at hand the draft is sealed into storage (`closer:draft`) and
//! the page starts again, locked, holding nothing decrypted; without one (another tab
//! turned the lock on) it is kept in memory and the app locks in place. After the
//! unlock, once the same screen has drawn (its code may still be loading), each value
//! is put back into its field as if typed, and any that has no field to go into is
//! shown in a notice with its words, so nothing typed is ever lost. Passphrase fields
//! are never kept.

use crate::state;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use std::cell::RefCell;
use std::time::Duration;
use wasm_bindgen::JsCast;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    /// The screen's path.
    #[serde(rename = "p")]
    pub path: String,
    #[serde(rename = "f")]
    pub fields: Vec<Field>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Field {
    /// How to find the field again.
    #[serde(rename = "k")]
    key: String,
    #[serde(rename = "v", default)]
    value: String,
    #[serde(rename = "c", default, skip_serializing_if = "Option::is_none")]
    checked: Option<bool>,
    /// Its label, for the notice if it can't be put back.
    #[serde(rename = "l", default)]
    label: String,
}

thread_local! {
    /// A draft kept in memory while the app is locked in place.
    static HELD: RefCell<Option<Draft>> = const { RefCell::new(None) };
}

/// Words that couldn't go back into a form: (label, words), for the notice.
pub fn unplaced() -> RwSignal<Vec<(String, String)>> {
    state::unplaced_words()
}

fn prop(el: &web_sys::Element, name: &str) -> wasm_bindgen::JsValue {
    js_sys::Reflect::get(el, &name.into()).unwrap_or_default()
}

fn prop_str(el: &web_sys::Element, name: &str) -> String {
    prop(el, name).as_string().unwrap_or_default()
}

/// Text the person types (as opposed to a choice they make).
fn typed(tag: &str, kind: &str) -> bool {
    tag == "textarea"
        || (tag == "input"
            && matches!(
                kind,
                "text" | "search" | "email" | "url" | "tel" | "number" | ""
            ))
}

fn label_of(el: &web_sys::Element) -> String {
    if let Some(l) = el.get_attribute("aria-label") {
        return l;
    }
    let by_for = (!el.id().is_empty())
        .then(|| {
            document()
                .query_selector(&format!("label[for=\"{}\"]", el.id()))
                .ok()
                .flatten()
        })
        .flatten();
    by_for
        .or_else(|| el.closest("label").ok().flatten())
        .and_then(|l| l.text_content())
        .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "))
        .unwrap_or_default()
}

/// Every element matching `selector`, in document order.
fn select_all(selector: &str) -> Vec<web_sys::Element> {
    let doc: wasm_bindgen::JsValue = document().into();
    let found = js_sys::Reflect::get(&doc, &"querySelectorAll".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .and_then(|f| f.call1(&doc, &selector.into()).ok());
    match found {
        Some(list) => js_sys::Array::from(&list)
            .iter()
            .filter_map(|n| n.dyn_into::<web_sys::Element>().ok())
            .collect(),
        None => Vec::new(),
    }
}

/// The screen's form fields, each with the key that finds it again.
fn fields() -> Vec<(String, web_sys::Element)> {
    let mut seen: Vec<String> = Vec::new();
    let mut out = Vec::new();
    for el in select_all("main input, main textarea, main select") {
        let tag = el.tag_name().to_lowercase();
        let kind = el.get_attribute("type").unwrap_or_default().to_lowercase();
        if matches!(
            kind.as_str(),
            "password" | "file" | "hidden" | "submit" | "button" | "reset" | "image"
        ) || el.has_attribute("data-no-draft")
        {
            continue;
        }
        let ident = [el.id(), el.get_attribute("name").unwrap_or_default()]
            .into_iter()
            .find(|s| !s.is_empty())
            .or_else(|| el.get_attribute("aria-label"))
            .unwrap_or_default();
        let base = format!("{tag}:{kind}:{ident}");
        let n = seen.iter().filter(|s| **s == base).count();
        seen.push(base.clone());
        // A radio button is one of a group: its value tells it apart.
        let key = if kind == "radio" {
            format!("{base}={}", prop_str(&el, "value"))
        } else {
            format!("{base}#{n}")
        };
        out.push((key, el));
    }
    out
}

/// What the screen's fields hold now, or `None` if nothing has been typed.
pub fn capture() -> Option<Draft> {
    let mut any_words = false;
    let mut draft = Draft {
        path: window().location().pathname().unwrap_or_default(),
        fields: Vec::new(),
    };
    for (key, el) in fields() {
        let tag = el.tag_name().to_lowercase();
        let kind = el.get_attribute("type").unwrap_or_default().to_lowercase();
        let value = prop_str(&el, "value");
        let checked = matches!(kind.as_str(), "checkbox" | "radio")
            .then(|| prop(&el, "checked").as_bool().unwrap_or(false));
        if typed(&tag, &kind) && !value.trim().is_empty() {
            any_words = true;
        }
        draft.fields.push(Field {
            key,
            value,
            checked,
            label: label_of(&el),
        });
    }
    any_words.then_some(draft)
}

/// Sends `name` (bubbling, as typing does: the app listens at the document).
fn fire(el: &web_sys::Element, name: &str) {
    let init = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&init, &"bubbles".into(), &true.into());
    let made = js_sys::Reflect::get(&window(), &"Event".into())
        .ok()
        .and_then(|c| c.dyn_into::<js_sys::Function>().ok())
        .and_then(|c| {
            js_sys::Reflect::construct(&c, &js_sys::Array::of2(&name.into(), &init)).ok()
        });
    if let Some(ev) = made.and_then(|e| e.dyn_into::<web_sys::Event>().ok()) {
        let _ = el.dispatch_event(&ev);
    }
}

/// Puts each kept value back into its field as if typed. Returns the typed words that
/// found no field.
fn put_back(draft: &Draft) -> Vec<(String, String)> {
    let here = fields();
    let mut unplaced = Vec::new();
    for f in &draft.fields {
        let Some((_, el)) = here.iter().find(|(k, _)| *k == f.key) else {
            let kind = f.key.split(':').nth(1).unwrap_or("");
            let tag = f.key.split(':').next().unwrap_or("");
            if typed(tag, kind) && !f.value.trim().is_empty() {
                unplaced.push((f.label.clone(), f.value.clone()));
            }
            continue;
        };
        let changed = match f.checked {
            Some(on) => {
                let was = prop(el, "checked").as_bool().unwrap_or(false);
                if was != on {
                    let _ = js_sys::Reflect::set(el, &"checked".into(), &on.into());
                }
                was != on
            }
            None => {
                let was = prop_str(el, "value");
                if was != f.value {
                    let _ = js_sys::Reflect::set(el, &"value".into(), &f.value.as_str().into());
                }
                was != f.value
            }
        };
        if changed {
            fire(el, "input");
            fire(el, "change");
            // A field inside a closed disclosure: open it, so the words are in sight.
            let mut node = el.parent_element();
            while let Some(p) = node {
                if p.tag_name().eq_ignore_ascii_case("details") {
                    let _ = p.set_attribute("open", "");
                }
                node = p.parent_element();
            }
        }
    }
    unplaced
}

/// Keeps what is typed and locks: sealed in storage and a fresh page when the key is
/// here, in memory and locked in place when it isn't (another tab turned the lock on).
pub fn keep_and_lock(key_here: bool) {
    let draft = capture();
    let stored = match &draft {
        None => true,
        Some(d) if key_here => serde_json::to_string(d)
            .ok()
            .is_some_and(|json| state::store().keep_draft(&json).is_ok()),
        Some(_) => false,
    };
    if stored {
        state::reload_page();
    } else {
        HELD.with(|h| *h.borrow_mut() = draft);
        state::lock_in_place();
    }
}

/// After an unlock: puts back what was kept, once the screen it came from has drawn.
pub fn restore_after_unlock() {
    let held = HELD.with(|h| h.borrow_mut().take());
    let stored = state::store()
        .draft()
        .and_then(|json| serde_json::from_str::<Draft>(&json).ok());
    let Some(draft) = held.or(stored) else {
        return;
    };
    try_put_back(draft, 0);
}

fn try_put_back(draft: Draft, attempt: u32) {
    let here = window().location().pathname().unwrap_or_default();
    let found = {
        let keys: Vec<String> = fields().into_iter().map(|(k, _)| k).collect();
        draft.fields.iter().any(|f| keys.contains(&f.key))
    };
    // The screen's code may still be on its way: wait for its fields (up to 10 seconds).
    if here == draft.path && !found && attempt < 100 {
        set_timeout(
            move || try_put_back(draft, attempt + 1),
            Duration::from_millis(100),
        );
        return;
    }
    let left = if here == draft.path {
        put_back(&draft)
    } else {
        draft
            .fields
            .iter()
            .filter(|f| !f.value.trim().is_empty() && f.checked.is_none())
            .map(|f| (f.label.clone(), f.value.clone()))
            .collect()
    };
    if left.is_empty() {
        let _ = state::store().drop_draft();
    } else {
        // Kept in storage too until the person has them (a reload shows them again).
        unplaced().update(|u| u.extend(left));
    }
}

/// The notice for words that had no field to go back into.
#[component]
pub fn UnplacedWords() -> impl IntoView {
    let words = unplaced();
    view! {
        <Show when=move || words.with(|w| !w.is_empty())>
            <div class="notice" role="status">
                <p>"While Closer was locked, these words you had written were kept for you. Copy them wherever you need them."</p>
                {move || words.get().into_iter().map(|(label, text)| view! {
                    <p><strong>{if label.is_empty() { "Your words".to_string() } else { label }}": "</strong>{text}</p>
                }).collect_view()}
                <button type="button" on:click=move |_| {
                    words.set(Vec::new());
                    let _ = state::store().drop_draft();
                }>"I have them, hide this"</button>
            </div>
        </Show>
    }
}
