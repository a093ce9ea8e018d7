//! Notices above every screen: data set aside because it couldn't be read, data from a
//! newer version, storage switched off, and a new version of the app ready.

use crate::state;
use crate::ui::confirm::Confirm;
use crate::ui::files;
use leptos::prelude::*;

#[component]
pub fn Notices() -> impl IntoView {
    let quarantined = state::quarantined();
    let read_only = state::read_only();
    let settled = state::settled();
    let blocked = state::storage_blocked();
    let update_ready = RwSignal::new(false);
    let _ = window_event_listener_untyped("closer-update-ready", move |_| update_ready.set(true));

    view! {
        <div class="notices">
            {move || read_only.get().filter(|_| !blocked).map(|r| view! {
                <p class="notice" role="status">{r.error().message()}</p>
            })}
            {move || settled.get().into_iter().map(|m| view! {
                <p class="notice" role="status">{m}</p>
            }).collect_view()}
            {blocked.then(|| view! {
                <p class="notice" role="status">
                    "Your browser isn't letting Closer store anything right now (private browsing or blocked site data can do this). You can look around, but what you write won't be kept."
                </p>
            })}
            <For each=move || quarantined.get() key=|q| q.kept_at.clone() let:q>
                <SetAside kept_at=q.kept_at/>
            </For>
            <crate::ui::drafts::UnplacedWords/>
            <NotWritten/>
            <Show when=move || update_ready.get()>
                <div class="notice" role="status">
                    <p>"A new version of Closer is ready. Finish and save what you're writing, then update when it suits you."</p>
                    <button on:click=|_| {
                        if let Ok(ev) = web_sys::Event::new("closer-update-apply") {
                            let _ = window().dispatch_event(&ev);
                        }
                    }>"Update now"</button>
                </div>
            </Show>
        </div>
    }
}

/// One value set aside because it couldn't be read: download it, then remove it once a
/// copy is kept.
#[component]
fn SetAside(kept_at: String) -> impl IntoView {
    let key = StoredValue::new(kept_at);
    let remove = Callback::new(move |()| {
        let kept_at = key.get_value();
        let _ = state::discard_quarantined(&kept_at);
        state::quarantined().update(|v| v.retain(|x| x.kept_at != kept_at));
    });
    let failed = RwSignal::new(None::<String>);
    view! {
        <div class="notice" role="status">
            <p>
                "Some saved data couldn't be read, so Closer put it aside untouched instead of writing over it. "
                "You can download it to keep it or to ask for help recovering it."
            </p>
            <div class="row">
                <button on:click=move |_| {
                    // Readable while the lock is open (it is, or this screen wouldn't show).
                    let text = state::quarantined_text(&key.get_value()).unwrap_or_default();
                    // A failure leaves the value where it is: nothing is removed until the person says so.
                    failed.set(files::download("closer-unreadable-data.txt", &text, "text/plain").err());
                }>"Download it"</button>
                <Confirm ask="I've kept a copy, remove it" ask_class="quiet"
                    question="Remove it from this browser? Only the copy you downloaded will be left."
                    yes="Yes, remove it" on_yes=remove/>
            </div>
            {move || failed.get().map(|e| view! { <p>{e}</p> })}
        </div>
    }
}

/// Saves that waited for another tab to finish writing and then couldn't be written: why,
/// and their words to copy (nothing typed is lost while a save waits).
#[component]
fn NotWritten() -> impl IntoView {
    let list = state::not_written();
    view! {
        <Show when=move || list.with(|l| !l.is_empty())>
            <div class="notice" role="alert">
                {move || list.get().into_iter().map(|(why, words)| view! {
                    <p>{why}</p>
                    {(!words.is_empty()).then(|| view! { <p><strong>"Your words: "</strong>{words}</p> })}
                }).collect_view()}
                <button type="button" on:click=move |_| list.set(Vec::new())>"I have them, hide this"</button>
            </div>
        </Show>
    }
}
