//! Moving to a new phone without an account: `/move` (which phone is this?),
//! `/move?phone=old` on the old phone, `/move?phone=new` on the new one. The file travels
//! however the person likes (share sheet, Files, a cable); Closer itself sends nothing.
//!
//! One route for the three screens: every route costs the first load a little code.

pub mod here;
pub mod inbox;
pub mod send;

use crate::content::safety::MOVED_COPY;
use crate::domain::moving::{Sent, NOTE};
use crate::state;
use crate::ui::confirm::Confirm;
use crate::ui::page::Page;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;

/// The old phone's screen.
pub const OLD: &str = "/move?phone=old";
/// The new phone's screen ("I'm moving from another phone").
pub const NEW: &str = "/move?phone=new";

#[component]
pub fn Move() -> impl IntoView {
    crate::ui::sheet::enable("sharesheet");
    let query = use_query_map();
    move || match query.with(|q| q.get("phone")).as_deref() {
        Some("old") => view! { <send::MoveSend/> }.into_any(),
        Some("new") => view! { <here::MoveHere/> }.into_any(),
        _ => view! { <Hub/> }.into_any(),
    }
}

#[component]
fn Hub() -> impl IntoView {
    view! {
        <Page title="Moving to a new phone" class="move">
            <p class="lead">
                "Closer has no account and no server, so your entries travel in one file that you carry from one phone "
                "to the other, protected by a passphrase you choose."
            </p>
            <AfterMoving/>
            <div class="phones">
                <section class="card stack" aria-labelledby="old-h">
                    <h2 id="old-h">"On your old phone"</h2>
                    <p>"Make the moving file and send it to your new phone."</p>
                    <A href=OLD attr:class="button primary">"Send everything from this phone"</A>
                </section>
                <section class="card stack" aria-labelledby="new-h">
                    <h2 id="new-h">"On your new phone"</h2>
                    <p>"Open Closer on the new phone and choose \u{201c}I'm moving from another phone\u{201d}."</p>
                    <A href=NEW attr:class="button">"I'm moving from another phone"</A>
                </section>
            </div>
            <HowToCarry/>
        </Page>
    }
}

/// How the file gets from one phone to the other, said plainly for each kind of phone.
#[component]
pub fn HowToCarry() -> impl IntoView {
    view! {
        <section class="card how" aria-labelledby="how-h">
            <h2 id="how-h">"Getting the file across"</h2>
            <h3>"iPhone"</h3>
            <p>
                "In the share sheet, choose AirDrop and your new iPhone, or \u{201c}Save to Files\u{201d} (iCloud Drive works well). "
                "On the new iPhone, open Closer from the Home Screen, choose \u{201c}I'm moving from another phone\u{201d}, "
                "then pick the file in the Files app."
            </p>
            <p class="hint">
                "Closer on the Home Screen keeps its data apart from Closer in Safari: open it the same way on the new phone as you do on the old one."
            </p>
            <h3>"Android"</h3>
            <p>
                "Send it with Quick Share, email it to yourself, or save it to a drive. On the new phone, if Closer is installed, "
                "open the file's Share menu and choose Closer. Otherwise open Closer, choose \u{201c}I'm moving from another phone\u{201d} "
                "and pick the file from Downloads."
            </p>
            <p class="hint">{MOVED_COPY}</p>
        </section>
    }
}

fn note() -> Option<Sent> {
    state::device_note(NOTE).and_then(|s| Sent::decode(&s))
}

/// On the old phone, after a moving file was made: did everything arrive? Then the offer to
/// delete this phone's copy, or to keep it. Nothing is deleted unless the person says so.
#[component]
pub fn AfterMoving() -> impl IntoView {
    let sent = RwSignal::new(note());
    let problem = RwSignal::new(None::<String>);
    let kept = RwSignal::new(false);
    let changed = move || {
        sent.get()
            .is_some_and(|s| state::contents().map(|c| s.changed(&c)).unwrap_or(true))
    };
    let keep = move |_| {
        let _ = state::set_device_note(NOTE, None);
        sent.set(None);
        kept.set(true);
    };
    let erase = Callback::new(move |()| {
        leptos::task::spawn_local(async move {
            if let Err(e) = state::erase_and_start_again().await {
                problem.set(Some(e.message()));
            }
        })
    });
    view! {
        <Show when=move || kept.get()>
            <p role="status">"Kept. Closer stays as it is on this phone."</p>
        </Show>
        {move || sent.get().map(|s| view! {
            <section class="card stack after-moving" aria-labelledby="after-h">
                <h2 id="after-h">"Did everything arrive?"</h2>
                <p>{format!(
                    "You made a moving file on {}. Once your new phone shows your Today, your check-ins and your wins, \
                     you can delete Closer's data on this phone, or keep it here too. Nothing is deleted unless you choose it.",
                    s.when()
                )}</p>
                <p>{MOVED_COPY}</p>
                {changed().then(|| view! {
                    <p class="warning"><strong>
                        "Something has changed here since then, so the moving file doesn't have all of it. "
                    </strong>
                    <A href=OLD>"Make a new moving file"</A>" to bring it too."</p>
                })}
                <p class="save-error" role="alert">{move || problem.get()}</p>
                <div class="row">
                    <Confirm ask="Delete Closer's data on this phone…" ask_class="danger"
                        question="Delete everything Closer keeps on this phone? Your new phone keeps its own copy. This can't be undone here."
                        name="Delete Closer's data on this phone"
                        yes="Yes, delete it from this phone" on_yes=erase/>
                    <button type="button" on:click=keep>"Keep it on this phone"</button>
                </div>
            </section>
        })}
    }
}
