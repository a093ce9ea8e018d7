//! `/move?phone=new`, on the new phone: "I'm moving from another phone". Pick the moving file
//! (or receive it: shared to the installed app, it waits in the inbox), enter its
//! passphrase, done. On a phone with nothing in it yet, everything from the old phone is
//! taken in as it was; on one that already has entries, the person chooses how. A wrong
//! passphrase or a file from a newer Closer is refused, and nothing here changes.

use super::{inbox, HowToCarry};
use crate::content::safety::MOVED_COPY;
use crate::state;
use crate::store::backup::{self, Contents, Parsed, Refusal, SealedPart, MAX_FILE_BYTES};
use crate::ui::files;
use crate::ui::page::Page;
use crate::ui::transfer::{read, take_in, OpenSealed};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;

#[derive(Clone, PartialEq)]
enum Step {
    Choose,
    Passphrase(SealedPart),
    /// This phone already has entries: add to them, or replace them?
    Choice(Contents),
    Done(String),
}

/// "It held 412 entries, from 3 Mar 2026 to 29 Nov 2026."
fn moved_sentence(c: &Contents) -> String {
    let s = backup::summary(c);
    let span = s
        .span
        .map(|(a, b)| format!(", from {} to {}", a.day().short(), b.day().short()))
        .unwrap_or_default();
    format!(
        "Everything from your old phone is here: {} entries{span}, and your settings.",
        s.total
    )
}

fn entries_here() -> usize {
    state::contents().map(|c| c.entry_count()).unwrap_or(0)
}

#[component]
pub fn MoveHere() -> impl IntoView {
    let step = RwSignal::new(Step::Choose);
    let refusal = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let arrived = RwSignal::new(None::<&'static str>);

    // Takes the contents in: as they were when this phone holds no entries yet, else
    // after the person chooses.
    let finish = move |incoming: Contents, replace: bool| {
        spawn_local(async move {
            let sentence = moved_sentence(&incoming);
            match take_in(incoming, replace).await {
                Ok(_) => {
                    step.set(Step::Done(sentence));
                    inbox::clear().await;
                }
                Err(e) => refusal.set(Some(e)),
            }
        })
    };
    let opened = move |incoming: Contents| {
        if entries_here() == 0 {
            finish(incoming, true);
        } else {
            step.set(Step::Choice(incoming));
        }
    };
    let read = move |text: String| match read(&text) {
        Ok(Parsed::Plain { contents, .. }) => opened(contents),
        Ok(Parsed::Encrypted { sealed, .. }) => step.set(Step::Passphrase(sealed)),
        Err(e) => refusal.set(Some(e)),
    };

    // Shared to the installed app: the service worker kept the file in the inbox.
    let query = use_query_map();
    match query.with_untracked(|q| q.get("received")).as_deref() {
        Some("1") => spawn_local(async move {
            match inbox::peek().await {
                Some(text) => {
                    arrived.set(Some("Your moving file has arrived."));
                    read(text);
                }
                None => arrived.set(Some(
                    "The moving file didn't come through. Choose it below instead.",
                )),
            }
        }),
        Some(_) => arrived.set(Some(
            "The moving file didn't come through. Choose it below instead.",
        )),
        None => {}
    }

    let chosen = move |ev: leptos::ev::Targeted<leptos::ev::Event, web_sys::HtmlInputElement>| {
        refusal.set(None);
        arrived.set(None);
        step.set(Step::Choose);
        let Some(file) = ev.target().files().and_then(|f| f.get(0)) else {
            return;
        };
        if file.size() > MAX_FILE_BYTES as f64 {
            refusal.set(Some(Refusal::TooLarge.message()));
            return;
        }
        busy.set(true);
        spawn_local(async move {
            inbox::clear().await;
            let text = files::read_text(&file).await;
            busy.set(false);
            match text {
                Ok(t) => read(t),
                Err(e) => refusal.set(Some(e)),
            }
        });
    };
    view! {
        <Page title="I'm moving from another phone" class="move">
            <p class="lead">
                "Bring everything over from your old phone: your Today, your check-ins, quiz history, wins and settings. "
                "You need the moving file from the old phone and its passphrase."
            </p>
            <p role="status">{move || arrived.get()}</p>
            {move || match step.get() {
                Step::Done(said) => view! {
                    <section class="card done" aria-labelledby="done-h">
                        <h2 id="done-h">"Welcome back"</h2>
                        <p role="status">{said}</p>
                        <p><A href="/" attr:class="button primary">"Open Today"</A></p>
                        <p class="hint">
                            "Your old phone still has its copy. When you're ready, open Closer there and go to "
                            "\u{201c}Moving to a new phone\u{201d}: it will offer to delete it. You can also keep it."
                        </p>
                        <p class="hint">{MOVED_COPY}</p>
                    </section>
                }.into_any(),
                Step::Choose => view! {
                    <section class="card stack" aria-labelledby="pick-h">
                        <h2 id="pick-h">"Choose the moving file"</h2>
                        <label for="move-file">"Moving file (closer-move-….txt)"</label>
                        <input id="move-file" type="file" accept=".txt,.json,text/plain,application/json" on:change:target=chosen/>
                        <p class="hint" role="status">{move || busy.get().then_some("Reading…")}</p>
                    </section>
                    <HowToCarry/>
                }.into_any(),
                Step::Passphrase(sealed) => view! {
                    <OpenSealed sealed=sealed id="move-open" label="Passphrase from your old phone"
                        submit="Move everything here" class="card" on_open=Callback::new(opened)
                        refusal=refusal on_back=Callback::new(move |()| { refusal.set(None); step.set(Step::Choose); })>
                        <h2>"Enter the passphrase"</h2>
                        <p>"The moving file is protected. Enter the passphrase you chose on your old phone."</p>
                    </OpenSealed>
                }.into_any(),
                Step::Choice(incoming) => {
                    let n = entries_here();
                    let keep = incoming.clone();
                    view! {
                        <section class="card stack" aria-labelledby="choice-h">
                            <h2 id="choice-h">"This phone already has entries"</h2>
                            <p>{format!(
                                "Closer on this phone already holds {n} entries. You can keep them and add everything from the old phone, \
                                 or make this phone exactly like the old one."
                            )}</p>
                            <div class="row">
                                <button type="button" class="primary" on:click=move |_| finish(keep.clone(), false)>"Keep both"</button>
                                <button type="button" on:click=move |_| finish(incoming.clone(), true)>{format!("Replace the {n} entries here")}</button>
                            </div>
                        </section>
                    }.into_any()
                }
            }}
            <p class="save-error" role="alert">{move || refusal.get()}</p>
            <p class="hint">"Nothing on this phone changes until the file has been opened and checked."</p>
            {move || (!matches!(step.get(), Step::Done(_))).then(|| view! {
                <p><A href="/move">"Moving to a new phone"</A></p>
            })}
        </Page>
    }
}
