//! Taking a backup in: read it, show what it holds, then merge or replace. A file that
//! can't be trusted is refused whole, with the reason, and nothing here changes.

use crate::base::plural::{count, noun};
use crate::content::data_labels::kind_label;
use crate::state;
use crate::store::backup::{self, Contents, Header, Parsed, Refusal, SealedPart, MAX_FILE_BYTES};
use crate::ui::confirm::Confirm;
use crate::ui::files;
use crate::ui::transfer::{read, take_in, OpenSealed};
use leptos::prelude::*;
use leptos::task::spawn_local;

#[derive(Clone, PartialEq)]
enum Step {
    Choose,
    Passphrase(Header, SealedPart),
    Review(Header, Contents),
}

fn describe(header: &Header, c: &Contents) -> (String, Vec<String>) {
    let s = backup::summary(c);
    let made = if header.created.is_empty() {
        String::new()
    } else {
        format!(", made {},", header.created)
    };
    let span = s
        .span
        .map(|(a, b)| format!(", from {} to {}", a.day().short(), b.day().short()))
        .unwrap_or_default();
    let head = format!(
        "This backup{made} holds {}{span}.",
        count(s.total, "entry", "entries")
    );
    let mut lines: Vec<String> = s
        .kinds
        .iter()
        .map(|k| format!("{}: {}", kind_label(&k.kind), k.count))
        .collect();
    if !s.docs.is_empty() {
        lines.push(format!("Settings and other documents: {}", s.docs.len()));
    }
    (head, lines)
}

#[component]
pub fn Restore() -> impl IntoView {
    let step = RwSignal::new(Step::Choose);
    let refusal = RwSignal::new(None::<String>);
    let result = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);

    let reset = move || {
        refusal.set(None);
        result.set(None);
        step.set(Step::Choose);
    };
    let chosen = move |ev: leptos::ev::Targeted<leptos::ev::Event, web_sys::HtmlInputElement>| {
        reset();
        let Some(file) = ev.target().files().and_then(|f| f.get(0)) else {
            return;
        };
        if file.size() > MAX_FILE_BYTES as f64 {
            refusal.set(Some(Refusal::TooLarge.message()));
            return;
        }
        busy.set(true);
        spawn_local(async move {
            let text = files::read_text(&file).await;
            busy.set(false);
            let text = match text {
                Ok(t) => t,
                Err(e) => return refusal.set(Some(e)),
            };
            match read(&text) {
                Ok(Parsed::Plain { header, contents }) => step.set(Step::Review(header, contents)),
                Ok(Parsed::Encrypted { header, sealed }) => {
                    step.set(Step::Passphrase(header, sealed))
                }
                Err(e) => refusal.set(Some(e)),
            }
        });
    };
    let apply = move |replace: bool| {
        let Step::Review(_, incoming) = step.get_untracked() else {
            return;
        };
        spawn_local(async move {
            match take_in(incoming, replace).await {
                Ok(done) => {
                    result.set(Some(if replace {
                        format!(
                            "Done. What's here now is exactly the backup: {}.",
                            count(done.total, "entry", "entries")
                        )
                    } else if done.added == 0 {
                        "Done. Everything in this backup was already here, so nothing was added."
                            .to_string()
                    } else {
                        format!(
                            "Done. {} from the backup {} added to what was here.",
                            count(done.added, "entry", "entries"),
                            noun(done.added, "was", "were")
                        )
                    }));
                    step.set(Step::Choose);
                }
                Err(e) => refusal.set(Some(e)),
            }
        });
    };

    view! {
        <section class="card" aria-labelledby="restore-heading">
            <h2 id="restore-heading">"Restore from a backup"</h2>
            <p>"Choose a Closer backup file. You'll see what it holds before anything changes."</p>
            <label for="restore-file">"Backup file"</label>
            <input id="restore-file" type="file" accept=".json,.txt,application/json,text/plain" on:change:target=chosen/>
            <p class="hint" role="status">{move || busy.get().then_some("Reading…")}</p>
            <p class="save-error" role="alert">{move || refusal.get()}</p>
            <p role="status">{move || result.get()}</p>
            {move || match step.get() {
                Step::Choose => ().into_any(),
                Step::Passphrase(header, sealed) => {
                    let opened = Callback::new(move |contents| step.set(Step::Review(header.clone(), contents)));
                    view! {
                        <OpenSealed sealed=sealed id="restore-pass" label="Backup passphrase"
                            submit="Open the backup" on_open=opened refusal=refusal>
                            <p>"This backup is protected with a passphrase."</p>
                        </OpenSealed>
                    }.into_any()
                }
                Step::Review(header, contents) => {
                    let (head, lines) = describe(&header, &contents);
                    let here = state::contents().unwrap_or_default();
                    let new = backup::new_by_merge(&here, &contents);
                    let lost = backup::new_by_merge(&contents, &here);
                    view! {
                        <div class="stack review">
                            <p><strong>{head}</strong></p>
                            <ul>{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
                            <p>{format!("Adding keeps everything here and adds the {} this device doesn't have yet. Settings already here stay as they are.", count(new, "entry", "entries"))}</p>
                            <div class="row">
                                <button type="button" class="primary" on:click=move |_| apply(false)>"Add what's new"</button>
                                <button type="button" class="quiet" on:click=move |_| reset()>"Cancel"</button>
                            </div>
                            <Confirm ask="Replace what's here…" name="Replace what's here"
                                yes="Yes, replace" no="Don't replace" on_yes=Callback::new(move |()| apply(true))>
                                <p><strong>{format!(
                                    "Replacing makes this device hold exactly the backup. {} here that {} in the backup will be deleted, and your settings will be the backup's.",
                                    count(lost, "entry", "entries"), noun(lost, "isn't", "aren't")
                                )}</strong></p>
                            </Confirm>
                        </div>
                    }.into_any()
                }
            }}
        </section>
    }
}
