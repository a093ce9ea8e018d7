//! `/move?phone=old`, on the old phone: make the moving file (a backup that needs its
//! passphrase) and hand it over with the phone's share sheet, or save it where the share
//! sheet can't take files. Then, once the new phone has everything, an offer to delete
//! this phone's copy, never a push.

use super::{AfterMoving, HowToCarry};
use crate::domain::moving::{file_name, Sent, FILE_TYPE, NOTE};
use crate::domain::storage_use::passphrase_problem;
use crate::platform;
use crate::state;
use crate::ui::files::{self, Shared};
use crate::ui::page::Page;
use crate::ui::passphrase::PassphraseField;
use crate::ui::transfer::{backup_text, note_backup};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;

/// The moving file, made and waiting to be handed over.
#[derive(Clone)]
struct Ready {
    name: String,
    text: String,
    entries: usize,
}

#[component]
pub fn MoveSend() -> impl IntoView {
    let pass = RwSignal::new(String::new());
    let repeat = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let problem = RwSignal::new(None::<String>);
    let ready = RwSignal::new(None::<Ready>);
    let handed = RwSignal::new(None::<String>);

    let make = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        problem.set(None);
        handed.set(None);
        let p = pass.get_untracked();
        if let Some(why) = passphrase_problem(&p, &repeat.get_untracked()) {
            problem.set(Some(why.into()));
            return;
        }
        busy.set(true);
        spawn_local(async move {
            let result = backup_text(Some(p)).await;
            busy.set(false);
            match result {
                Ok((text, contents)) => {
                    let now = platform::now();
                    let note = Sent::new(now, &contents).encode();
                    let _ = state::set_device_note(NOTE, Some(&note));
                    pass.set(String::new());
                    repeat.set(String::new());
                    ready.set(Some(Ready {
                        name: file_name(now.day()),
                        text,
                        entries: contents.entry_count(),
                    }));
                }
                Err(e) => problem.set(Some(e)),
            }
        });
    };

    // The share sheet must open in the tap itself: the file is made before, here only shown.
    let share = move |_| {
        let Some(r) = ready.get_untracked() else {
            return;
        };
        problem.set(None);
        let started = files::text_file(&r.name, &r.text, FILE_TYPE)
            .and_then(|f| files::share(&f, "Closer: moving file"));
        match started {
            Ok(promise) => spawn_local(async move {
                match files::shared(promise).await {
                    Shared::Sent => {
                        note_backup(r.entries);
                        handed.set(Some(format!(
                            "Sent: {}. Now open it on your new phone.",
                            r.name
                        )))
                    }
                    Shared::Closed => problem.set(Some(
                        "Nothing was sent. You can try again, or save the file instead.".into(),
                    )),
                    Shared::Failed(why) => problem.set(Some(why)),
                }
            }),
            Err(why) => problem.set(Some(why)),
        }
    };
    let save = move |_| {
        let Some(r) = ready.get_untracked() else {
            return;
        };
        match files::download(&r.name, &r.text, FILE_TYPE) {
            Ok(()) => {
                note_backup(r.entries);
                handed.set(Some(format!(
                    "Saved as {} in your downloads. Now bring it to your new phone.",
                    r.name
                )))
            }
            Err(e) => problem.set(Some(e)),
        }
    };
    let shareable = Memo::new(move |_| {
        ready.with(|r| {
            r.as_ref().is_some_and(|r| {
                files::text_file(&r.name, &r.text, FILE_TYPE)
                    .map(|f| files::can_share(&f))
                    .unwrap_or(false)
            })
        })
    });

    view! {
        <Page title="Send everything to your new phone" class="move">
            <p class="lead">
                "Closer has no account, so your entries travel in one file that you carry yourself. "
                "A passphrase protects it on the way: without it, nobody can open the file."
            </p>
            <ol class="steps">
                <li>"Make the moving file here, with a passphrase."</li>
                <li>"Send it to your new phone."</li>
                <li>"On the new phone, open Closer, choose \u{201c}I'm moving from another phone\u{201d} and enter the passphrase."</li>
            </ol>
            <section class="card" aria-labelledby="make-h">
                <h2 id="make-h">"1. Make the moving file"</h2>
                <form class="stack" on:submit=make>
                    <p class="hint">"Choose a passphrase you'll remember in a few minutes on the other phone. Keep it out of the message or place you send the file to."</p>
                    <PassphraseField id="move-pass" label="Passphrase for the moving file" value=pass required=true/>
                    <PassphraseField id="move-pass2" label="The same passphrase again" value=repeat required=true/>
                    <button type="submit" class="primary" disabled=move || busy.get()>
                        {move || if busy.get() { "Making the moving file…" } else { "Make the moving file" }}
                    </button>
                </form>
            </section>
            <p class="save-error" role="alert">{move || problem.get()}</p>
            <Show when=move || ready.with(Option::is_some)>
                <section class="card" aria-labelledby="send-h">
                    <h2 id="send-h">"2. Send it to your new phone"</h2>
                    <p role="status">{move || ready.with(|r| r.as_ref().map(|r| format!(
                        "Your moving file {} is ready. It holds {} entries and your settings.", r.name, r.entries
                    )))}</p>
                    <div class="row">
                        <Show when=move || shareable.get() fallback=move || view! {
                            <button type="button" class="primary" on:click=save>"Save the moving file"</button>
                        }>
                            <button type="button" class="primary" on:click=share>"Send with the share sheet"</button>
                            <button type="button" on:click=save>"Save it to this phone instead"</button>
                        </Show>
                    </div>
                    <p role="status">{move || handed.get()}</p>
                    <HowToCarry/>
                </section>
            </Show>
            <Show when=move || handed.with(Option::is_some)>
                <AfterMoving/>
            </Show>
            <p><A href="/move">"Moving to a new phone"</A></p>
        </Page>
    }
}
