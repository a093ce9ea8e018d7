//! /understand: the chapter's contents.

use crate::content::understanding::{FURTHER_ON, INTRO, SECTIONS};
use crate::ui::page::Page;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn Chapter() -> impl IntoView {
    view! {
        <Page title="Understand the pattern" class="understand">
            <p class="lead">{INTRO}</p>
            <ol class="chapter-list">
                {SECTIONS.iter().map(|s| view! {
                    <li>
                        <A href=format!("/understand/{}", s.slug)>{s.title}</A>
                        <p class="hint">{s.summary}</p>
                    </li>
                }).collect_view()}
            </ol>
            <h2>"For later"</h2>
            <p>
                <A href=format!("/understand/{}", FURTHER_ON.slug)>{FURTHER_ON.title}</A>
                <br/><span class="hint">{FURTHER_ON.summary}</span>
            </p>
            <p>"Want to see where you are now? " <A href="/quiz">"Questionnaires"</A></p>
        </Page>
    }
}
