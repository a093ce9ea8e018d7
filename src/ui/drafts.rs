//! Words being typed when the app locks (after the chosen idle time, "Lock now", or a
//! change of lock in another tab) are kept, never lost.
//!
//! Design: a form opts in, field by field, with the signals it already has
//! ([`keep_text`], [`keep_choice`], or [`keep`] for a whole record): the field's value is
//! registered under the screen's path and a name for as long as the form is on screen.
//! When the app locks, every form holding typed words is kept as one [`FormDraft`]; with
//! the key at hand the kept forms are sealed into storage (`closer:draft`) and the page
//! starts again, locked, holding nothing decrypted; without one (another tab turned the
//! lock on) they are kept in memory and the app locks in place. After the unlock each
//! form, as it draws, takes its values straight back into its signals. One draft per
//! form: a second lock keeps what the first one kept for other forms. Words that have no
//! form to go back into (the screen is another one, or its form didn't come back within
//! ten seconds) are shown in a notice with their words, and stay kept until the person
//! says they have them. Passphrase fields never opt in.

pub use crate::domain::kept::{text_words, Words};
use crate::domain::kept::{Drafts, FormDraft, KeptField};
use crate::state;
use leptos::prelude::*;
use serde::{de::DeserializeOwned, Serialize};
use std::cell::{Cell, RefCell};
use std::time::Duration;

/// A field of a form on screen now.
struct Slot {
    id: u64,
    path: String,
    name: String,
    value: Box<dyn Fn() -> Option<String>>,
    words: Box<dyn Fn() -> Words>,
    put: Box<dyn Fn(&str)>,
}

thread_local! {
    static SLOTS: RefCell<Vec<Slot>> = const { RefCell::new(Vec::new()) };
    static NEXT: Cell<u64> = const { Cell::new(0) };
    /// Forms kept at a lock, waiting (after the unlock) to draw and take them back; and
    /// the words shown in the notice.
    static KEPT: RefCell<Drafts> = RefCell::new(Drafts::default());
    /// The page is starting again, locked, with everything kept sealed in storage: nothing
    /// here may write the draft any more (a timer still due would write an older one).
    static LEAVING: Cell<bool> = const { Cell::new(false) };
}

fn here() -> String {
    window().location().pathname().unwrap_or_default()
}

/// Registers `signal` as field `name` of the form on this screen for as long as the
/// calling component lives; `words` says which typed words it holds (none for a choice).
/// If words were kept for it at a lock, the signal takes them back now.
pub fn keep<T>(name: &str, signal: RwSignal<T>, words: impl Fn(&T) -> Words + 'static)
where
    T: Serialize + DeserializeOwned + Send + Sync + 'static,
{
    let path = here();
    let back = KEPT.with(|k| k.borrow_mut().claim(&path, name));
    if let Some(json) = back {
        if let Ok(v) = serde_json::from_str::<T>(&json) {
            signal.set(v);
        }
        keep_in_storage();
    }
    let id = NEXT.with(|n| {
        n.set(n.get() + 1);
        n.get()
    });
    SLOTS.with(|s| {
        s.borrow_mut().push(Slot {
            id,
            path,
            name: name.to_string(),
            value: Box::new(move || {
                signal
                    .try_with_untracked(|v| serde_json::to_string(v).ok())
                    .flatten()
            }),
            words: Box::new(move || signal.try_with_untracked(&words).unwrap_or_default()),
            put: Box::new(move |json| {
                if let Ok(v) = serde_json::from_str::<T>(json) {
                    signal.try_set(v);
                }
            }),
        })
    });
    on_cleanup(move || SLOTS.with(|s| s.borrow_mut().retain(|slot| slot.id != id)));
}

/// A text field: its words are kept, with its label for the notice.
pub fn keep_text(name: &str, label: &'static str, signal: RwSignal<String>) {
    keep(name, signal, move |t| text_words(label, t));
}

/// A choice (or a date, a number): kept with the form's words, never words itself.
pub fn keep_choice<T>(name: &str, signal: RwSignal<T>)
where
    T: Serialize + DeserializeOwned + Send + Sync + 'static,
{
    keep(name, signal, |_| Vec::new());
}

/// The form on screen now, if it holds typed words.
fn capture() -> Option<FormDraft> {
    let path = here();
    SLOTS.with(|s| {
        let slots = s.borrow();
        let mine: Vec<&Slot> = slots.iter().filter(|slot| slot.path == path).collect();
        let fields: Vec<KeptField> = mine
            .iter()
            .filter_map(|slot| {
                Some(KeptField {
                    name: slot.name.clone(),
                    value: (slot.value)()?,
                    words: (slot.words)(),
                })
            })
            .collect();
        fields
            .iter()
            .any(|f| !f.words.is_empty())
            .then_some(FormDraft { path, fields })
    })
}

/// Everything kept: in memory, and sealed in storage (with this tab's key).
fn kept_now() -> Drafts {
    let mut all = state::kept_draft()
        .and_then(|json| Drafts::parse(&json))
        .unwrap_or_default();
    KEPT.with(|k| all.merge_all(k.borrow().clone()));
    all
}

/// Writes what is kept (sealed), or removes the stored draft once nothing is.
fn keep_in_storage() {
    if LEAVING.with(Cell::get) {
        return;
    }
    let all = KEPT.with(|k| k.borrow().clone());
    if all.is_empty() {
        let _ = state::drop_draft();
    } else if let Ok(json) = serde_json::to_string(&all) {
        let _ = state::keep_draft(&json);
    }
}

/// Keeps what is typed and locks: sealed in storage and a fresh page when the key is
/// here, in memory and locked in place when it isn't (another tab turned the lock on).
pub fn keep_and_lock(key_here: bool) {
    let mut all = if key_here {
        kept_now()
    } else {
        KEPT.with(|k| k.borrow().clone())
    };
    if let Some(form) = capture() {
        all.merge(form);
    }
    let stored = all.is_empty()
        || (key_here
            && serde_json::to_string(&all)
                .ok()
                .is_some_and(|json| state::keep_draft(&json).is_ok()));
    if stored {
        LEAVING.with(|l| l.set(true));
        KEPT.with(|k| *k.borrow_mut() = all);
        state::reload_page();
    } else {
        KEPT.with(|k| *k.borrow_mut() = all);
        state::lock_in_place();
    }
}

/// After an unlock: the forms kept take their words back as they draw. Words for
/// another screen go to the notice now; those for this screen, if its form hasn't come
/// back within ten seconds (its code may still be loading), then.
pub fn restore_after_unlock() {
    let all = kept_now();
    KEPT.with(|k| *k.borrow_mut() = all);
    // A form still on screen (locked in place) takes its words at once.
    let path = here();
    SLOTS.with(|s| {
        for slot in s.borrow().iter().filter(|slot| slot.path == path) {
            if let Some(json) = KEPT.with(|k| k.borrow_mut().claim(&path, &slot.name)) {
                (slot.put)(&json);
            }
        }
    });
    show_unplaced(Some(&path));
    set_timeout(move || show_unplaced(None), Duration::from_secs(10));
}

/// Moves the kept forms (but the one at `except`) to the notice, and stores what is kept.
/// Only while unlocked: locked again meanwhile, the next unlock looks again.
fn show_unplaced(except: Option<&str>) {
    if state::lock_state().get_untracked() != crate::store::lock::LockState::Unlocked {
        return;
    }
    KEPT.with(|k| {
        let mut k = k.borrow_mut();
        k.unplace_all_but(except);
        unplaced().set(k.shown_words());
    });
    keep_in_storage();
}

/// Words that couldn't go back into a form: (label, words), for the notice.
pub fn unplaced() -> RwSignal<Words> {
    state::unplaced_words()
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
                    KEPT.with(|k| k.borrow_mut().forget_shown());
                    keep_in_storage();
                }>"I have them, hide this"</button>
            </div>
        </Show>
    }
}
