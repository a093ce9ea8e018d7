//! `/moment`: the "Help now" hub. Big targets, few words: one tap from any screen,
//! one more tap to the tool. It opens with where to find urgent help.

use crate::content::safety::{SAFETY_PATH, SAFETY_TITLE};
use crate::domain::conflict::Flow;
use crate::state;
use crate::ui::page::Page;
use crate::ui::prose::Html;
use crate::ui::safety::CrisisHelp;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn Hub() -> impl IntoView {
    let flow = state::doc::<Flow>();
    let on_break = move || flow.with(|f| f.running.is_some());
    view! {
        <Page title="Help now" class="moment">
            <CrisisHelp short=true/>
            <p class="lead">"Take a breath. What's happening?"</p>
            <Show when=on_break>
                <p class="moment-break-note">
                    <A href="/moment/conflict">"You're on a break. See the time and come back"</A>
                </p>
            </Show>
            {tiles()}
        </Page>
    }
}

const TILES: &[(&str, &str, &str)] = &[
    (
        "/moment/present",
        "I want to pull away",
        "Stay present, step by step",
    ),
    (
        "/moment/grounding",
        "Ground me",
        "5-4-3-2-1 with your senses",
    ),
    (
        "/moment/conflict",
        "We're in a conflict",
        "Stay in the conversation",
    ),
    ("/moment/urge", "Log an urge", "Takes a few seconds"),
];

const MORE: &[(&str, &str)] = &[
    ("/urges", "Your urges over the weeks"),
    ("/partner", "Your partner's needs"),
    ("/partner/for-partners", "A page for your partner"),
    ("/therapy", "Working with a therapist"),
];

/// The fixed part of the hub, as one piece of HTML (small in the wasm).
fn tiles() -> AnyView {
    let mut h = Html::new().open("ul class=\"moment-tiles\"");
    for (href, title, sub) in TILES {
        h = h
            .open(&format!("li><a class=\"tile\" href=\"{href}\""))
            .el("span class=\"tile-title\"", title)
            .el("span class=\"tile-sub\"", sub)
            .close("a")
            .close("li");
    }
    h = h
        .close("ul")
        .el("h2 class=\"moment-more-heading\"", "When things are calmer")
        .open("ul class=\"moment-more\"");
    for (href, text) in MORE {
        h = h.open("li").link(href, text).close("li");
    }
    h.open("li")
        .link(SAFETY_PATH, SAFETY_TITLE)
        .close("li")
        .close("ul")
        .view("moment-hub-links")
}
