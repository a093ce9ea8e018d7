//! The home screen: where the person is in the program.

use crate::content::intention::SUGGESTED;
use crate::domain::program;
use crate::state;
use crate::ui::nav::SectionList;
use crate::ui::page::Page;
use leptos::prelude::*;
use leptos_router::components::Redirect;

#[component]
pub fn Today() -> impl IntoView {
    let profile = state::profile();
    view! {
        <Show when=move || profile.with(|p| p.onboarded()) fallback=|| view! { <Redirect path="/welcome"/> }>
            <TodayScreen/>
        </Show>
    }
}

#[component]
fn TodayScreen() -> impl IntoView {
    let profile = state::profile();
    let today = state::today();
    let start = move || profile.with(|p| p.start.unwrap_or(today));
    let intention = move || profile.with(|p| if p.intention.is_empty() { SUGGESTED.to_string() } else { p.intention.clone() });
    view! {
        <Page title="Today" class="today">
            <p class="lead">{today.long()}</p>
            <p class="program-week">
                {move || format!("Week {} of your program", program::week(start(), today))}
                <span class="hint">{move || format!(" · started {}", start().short())}</span>
            </p>
            <blockquote class="intention">{intention}</blockquote>
            <SectionList/>
        </Page>
    }
}
