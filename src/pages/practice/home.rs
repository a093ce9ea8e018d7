//! `/practice`: the four programs, where each one stands, and the wins journal.

use super::stage_of;
use crate::content::programs::{self, Program};
use crate::domain::fact_feeling::{self, Statement};
use crate::domain::practice::{self, Practice};
use crate::domain::wins::Win;
use crate::platform;
use crate::state;
use crate::ui::page::Page;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn PracticeHome() -> impl IntoView {
    let wins = state::collection::<Win>();
    view! {
        <Page title="Practice" class="practice">
            <p class="lead">
                "Small, safe steps with real people, growing as you're ready. Pick any program; \
                 you can do several side by side."
            </p>
            <ul class="program-list">
                {programs::all().into_iter().map(|p| view! { <ProgramCard program=p/> }).collect_view()}
            </ul>
            <section class="card" aria-labelledby="wins-h">
                <h2 id="wins-h">"Wins journal"</h2>
                <p>
                    "Every time opening up goes well is worth keeping. "
                    {move || match wins.with(Vec::len) {
                        0 => "Your journal is waiting for its first one.".to_string(),
                        1 => "You've kept 1 so far.".to_string(),
                        n => format!("You've kept {n} so far."),
                    }}
                </p>
                <div class="row">
                    <A href="/wins" attr:class="button">"Open your wins journal"</A>
                    <A href="/wins/new" attr:class="button quiet">"Add a win"</A>
                </div>
            </section>
        </Page>
    }
}

#[component]
fn ProgramCard(program: &'static Program) -> impl IntoView {
    let id = program.id;
    let stage = stage_of(id);
    let today = platform::today();
    let logs = state::collection::<Practice>();
    let statements = state::collection::<Statement>();
    let done_today = move || {
        if program.logs_practices() {
            logs.with(|v| practice::logged_on(v, id, today))
        } else {
            statements.with(|v| fact_feeling::for_day(v, today).is_some())
        }
    };
    let where_now = move || {
        let s = program.stage(stage.get());
        if program.stages.len() == 1 {
            s.name.to_string()
        } else {
            format!("Now: {}, {}", s.label, s.name.to_lowercase())
        }
    };
    view! {
        <li class="card program-card">
            <h2><A href=format!("/practice/{}", program.slug)>{program.title}</A></h2>
            <p>{program.tagline}</p>
            <p class="hint">
                {where_now}
                {move || done_today().then_some(" · done today")}
            </p>
        </li>
    }
}
