//! Deleting everything, after saying exactly what will be lost.

use crate::content::data_labels::kind_label;
use crate::content::safety::ERASE_LEAVES;
use crate::state;
use crate::store::backup::summary;
use crate::ui::confirm::Confirm;
use leptos::prelude::*;

/// What deleting everything would remove, in a sentence.
fn what_will_be_lost(locked: bool) -> String {
    if locked {
        return "This deletes everything Closer keeps in this browser: all your entries, your settings and the lock. \
                They can't be read without the passphrase, and they can't be brought back."
            .into();
    }
    let Ok(c) = state::contents() else {
        return "This deletes everything Closer keeps in this browser. It can't be undone.".into();
    };
    let s = summary(&c);
    let mut parts: Vec<String> = s
        .kinds
        .iter()
        .map(|k| format!("{} {}", k.count, kind_label(&k.kind)))
        .collect();
    if !s.docs.is_empty() {
        parts.push("your start date, intention and settings".into());
    }
    if state::lock_record().ok().flatten().is_some() {
        parts.push("the app lock".into());
    }
    let list = if parts.is_empty() {
        "nothing written yet, only the app's own settings".to_string()
    } else {
        parts.join(", ")
    };
    format!(
        "This deletes everything Closer keeps in this browser: {list}. It can't be undone, and no copy exists \
         anywhere else unless you made a backup."
    )
}

#[component]
pub fn DeleteEverything(
    /// Shown on the unlock screen: the data can't be counted without the passphrase.
    locked: bool,
) -> impl IntoView {
    let asking = RwSignal::new(false);
    let problem = RwSignal::new(None::<String>);
    let erase = Callback::new(move |()| {
        leptos::task::spawn_local(async move {
            if let Err(e) = state::erase_and_start_again().await {
                problem.set(Some(e.message()));
            }
        })
    });
    view! {
        <section class="card" aria-labelledby="erase-heading">
            <h2 id="erase-heading">"Delete everything"</h2>
            <Show when=move || !asking.get()>
                <p>"Removes all of Closer's data from this browser, for a fresh start or before giving the device away."</p>
                <p class="hint">{ERASE_LEAVES}</p>
            </Show>
            <Confirm ask="Delete everything…" ask_class="danger" name="Delete everything"
                yes="Yes, delete everything" no="Keep my data" open=asking on_yes=erase>
                // Counted when asked, so it says what is there now.
                <p><strong>{what_will_be_lost(locked)}</strong></p>
                <p>{ERASE_LEAVES}</p>
                {(!locked).then(|| view! {
                    <p>"If you might want any of it later, make a backup first."</p>
                })}
                <p class="save-error" role="alert">{move || problem.get()}</p>
            </Confirm>
        </section>
    }
}
