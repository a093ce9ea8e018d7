//! `/settings/storage`: how much space Closer uses, and asking the browser to keep it.

use crate::domain::storage_use::{usage, BUDGET_UNITS};
use crate::state;
use crate::ui::page::Page;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use wasm_bindgen_futures::JsFuture;

fn storage_manager() -> Option<web_sys::StorageManager> {
    let nav = window().navigator();
    // Older browsers have no `navigator.storage`.
    js_sys::Reflect::has(&nav, &"storage".into())
        .ok()
        .filter(|h| *h)
        .map(|_| nav.storage())
}

async fn ask(
    f: impl FnOnce(&web_sys::StorageManager) -> Result<js_sys::Promise, wasm_bindgen::JsValue>,
) -> Option<bool> {
    let m = storage_manager()?;
    JsFuture::from(f(&m).ok()?).await.ok()?.as_bool()
}

/// Whether the browser has promised to keep Closer's data (None: it can't say).
pub async fn persisted() -> Option<bool> {
    ask(|m| m.persisted()).await
}

/// Asks the browser to keep Closer's data even when space runs low.
pub async fn ask_to_persist() -> Option<bool> {
    ask(|m| m.persist()).await
}

fn meaning(answer: Option<bool>) -> &'static str {
    match answer {
        Some(true) => "Your browser has agreed to keep Closer's data: it won't clear it to free up space. \
                       Clearing site data yourself, or uninstalling the browser, still removes it.",
        Some(false) => "Your browser hasn't promised to keep Closer's data, so it may clear it when the device runs \
                        very low on space. Browsers decide this themselves, often by how much you use a site or \
                        whether it's installed on the home screen. Your data is here now; a backup keeps it safe either way.",
        None => "This browser can't say whether it will keep Closer's data. A backup keeps it safe either way.",
    }
}

#[component]
pub fn StorageHealth() -> impl IntoView {
    let used = state::used_units().unwrap_or(0);
    let u = usage(used, BUDGET_UNITS);
    let answer = RwSignal::new(None::<Option<bool>>);
    let asked = RwSignal::new(false);
    spawn_local(async move { answer.set(Some(persisted().await)) });
    let request = move |_| {
        spawn_local(async move {
            let a = ask_to_persist().await;
            asked.set(true);
            answer.set(Some(a));
        })
    };
    view! {
        <Page title="Storage" class="data">
            <section class="card stack" aria-labelledby="space-heading">
                <h2 id="space-heading">"Space used"</h2>
                <meter id="space-meter" min="0" max="100" low="60" high="80" optimum="10" value=u.percent.min(100).to_string()
                    aria-labelledby="space-heading" aria-describedby="space-text"></meter>
                <p id="space-text">{format!(
                    "Closer uses about {} of the {} it plans for ({}%).",
                    u.used, u.budget, u.percent
                )}</p>
                {u.nearly_full.then(|| view! {
                    <p><strong>"Space is getting tight. "</strong>
                        <A href="/settings/data">"Make a backup"</A>
                        ", then removing old entries frees room."</p>
                })}
            </section>
            <section class="card stack" aria-labelledby="keep-heading">
                <h2 id="keep-heading">"Keeping your data"</h2>
                <p role="status">{move || answer.get().map(meaning)}</p>
                <Show when=move || answer.get() != Some(Some(true))>
                    <button type="button" on:click=request>"Ask the browser to keep Closer's data"</button>
                </Show>
                <p class="hint">{move || asked.get().then_some("You asked just now; the answer is above.")}</p>
            </section>
            <section class="card stack" aria-labelledby="ios-heading">
                <h2 id="ios-heading">"On iPhone and iPad"</h2>
                <p>"Closer added to the home screen keeps its own data, separate from Closer opened in Safari: "
                    "what you write in one doesn't appear in the other. To move between them, make a backup in one and restore it in the other."</p>
                <p>"Safari may clear the data of a website you haven't opened for about a week. "
                    "Closer on the home screen isn't cleared that way, so it's the safer place to use it."</p>
            </section>
            <p><A href="/settings/data">"Backup and restore"</A></p>
        </Page>
    }
}
