//! `/moment`: the "Help now" hub. Big targets, few words: one tap from any screen,
//! one more tap to the tool.

use crate::domain::conflict::Flow;
use crate::state;
use crate::ui::page::Page;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn Hub() -> impl IntoView {
    let flow = state::doc::<Flow>();
    let on_break = move || flow.with(|f| f.running.is_some());
    view! {
        <Page title="Help now" class="moment">
            <p class="lead">"Take a breath. What's happening?"</p>
            <Show when=on_break>
                <p class="moment-break-note">
                    <A href="/moment/conflict">"You're on a break. See the time and come back"</A>
                </p>
            </Show>
            <ul class="moment-tiles">
                <li><A href="/moment/present" attr:class="tile">
                    <span class="tile-title">"I want to pull away"</span>
                    <span class="tile-sub">"Stay present, step by step"</span>
                </A></li>
                <li><A href="/moment/grounding" attr:class="tile">
                    <span class="tile-title">"Ground me"</span>
                    <span class="tile-sub">"5-4-3-2-1 with your senses"</span>
                </A></li>
                <li><A href="/moment/conflict" attr:class="tile">
                    <span class="tile-title">"We're in a conflict"</span>
                    <span class="tile-sub">"Stay in the conversation"</span>
                </A></li>
                <li><A href="/moment/urge" attr:class="tile">
                    <span class="tile-title">"Log an urge"</span>
                    <span class="tile-sub">"Takes a few seconds"</span>
                </A></li>
            </ul>
            <h2 class="moment-more-heading">"When things are calmer"</h2>
            <ul class="moment-more">
                <li><A href="/urges">"Your urges over the weeks"</A></li>
                <li><A href="/partner">"Your partner's needs"</A></li>
                <li><A href="/partner/for-partners">"A page for your partner"</A></li>
                <li><A href="/therapy">"Working with a therapist"</A></li>
            </ul>
            <p class="hint">
                "If you feel unsafe or in crisis, contact your local emergency number or a crisis line. "
                <A href="/about">"Where to find help"</A>
            </p>
        </Page>
    }
}
