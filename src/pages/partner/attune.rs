//! `/partner`: the daily question, one need noticed and met each day, and the common needs
//! with what helps and what doesn't.

use crate::content::partner::{need_info, Need, DAILY_QUESTION, MOMENT_DO, MOMENT_DONT, NEEDS};
use crate::domain::partner::{days_met, today_status, NeedLog, TodayStatus};
use crate::platform;
use crate::state;
use crate::store::StoreError;
use crate::ui::choice::Choice;
use crate::ui::page::Page;
use crate::ui::prose::Html;
use crate::ui::safety::SafetyCaveat;
use crate::ui::save_error::SaveError;
use leptos::prelude::*;

#[component]
pub fn Attune() -> impl IntoView {
    let logs = state::collection::<NeedLog>();
    let today = platform::today();
    let status = Memo::new(move |_| logs.with(|v| today_status(v, today)));
    let week_met = move || logs.with(|v| days_met(v, today.plus(-6), today));
    let chosen = RwSignal::new(None::<Need>);
    let missing = RwSignal::new(false);
    let error = RwSignal::new(None::<StoreError>);

    let log_need = move |met: bool| {
        let Some(need) = chosen.get_untracked() else {
            missing.set(true);
            return;
        };
        missing.set(false);
        let entry = NeedLog {
            id: platform::new_id(),
            at: platform::now(),
            need,
            met,
        };
        match logs.save(entry) {
            Ok(()) => {
                error.set(None);
                chosen.set(None);
            }
            Err(e) => error.set(Some(e)),
        }
    };
    let mark_met = move |entry: NeedLog| {
        error.set(logs.save(NeedLog { met: true, ..entry }).err());
    };

    view! {
        <Page title="Your partner's needs" class="partner">
            <section class="callout" aria-labelledby="daily-q">
                <h2 id="daily-q">"Today's question"</h2>
                <p class="say">{DAILY_QUESTION}</p>
                <p class="hint">"Ask it, then listen to the whole answer."</p>
            </section>
            <SafetyCaveat/>

            <section aria-labelledby="need-today">
                <h2 id="need-today">"One need, today"</h2>
                {move || match status.get() {
                    TodayStatus::Met(l) => view! {
                        <p class="need-status" role="status">
                            {format!("Today you noticed a need for {} and met it.", need_info(l.need).name.to_lowercase())}
                        </p>
                    }.into_any(),
                    TodayStatus::Noticed(l) => {
                        let name = need_info(l.need).name.to_lowercase();
                        view! {
                            <p class="need-status" role="status">{format!("Today you noticed a need for {name}.")}</p>
                            <button type="button" class="primary big" on:click=move |_| mark_met(l.clone())>"I met it"</button>
                        }.into_any()
                    }
                    TodayStatus::NotYet => view! {
                        <Choice legend="Which need did you notice?" name="need"
                            options=NEEDS.iter().map(|n| (n.need, n.name)).collect() selected=chosen
                            on_choose=Callback::new(move |need| { chosen.set(Some(need)); missing.set(false); })/>
                        <Show when=move || missing.get()>
                            <p class="form-hint" role="alert">"Pick the need first."</p>
                        </Show>
                        <div class="step-nav">
                            <button type="button" class="primary big" on:click=move |_| log_need(true)>"Noticed and met"</button>
                            <button type="button" class="big" on:click=move |_| log_need(false)>"Noticed, not met yet"</button>
                        </div>
                    }.into_any(),
                }}
                <SaveError error=error/>
                <p class="hint">{move || match week_met() {
                    0 => "No needs met in the last seven days yet. Today is a fine day to start.".to_string(),
                    1 => "A need met on 1 of the last seven days.".to_string(),
                    n => format!("A need met on {n} of the last seven days."),
                }}</p>
            </section>

            {needs()}
        </Page>
    }
}

/// The common needs and the hard-moment lists, as fixed text.
fn needs() -> AnyView {
    let mut h = Html::new().el("h2", "Common needs");
    for n in NEEDS {
        h = h
            .open("details class=\"need\"")
            .el("summary", n.name)
            .el("p", n.sign)
            .el("h3", "What helps")
            .list("ul", n.helps)
            .el("h3", "What doesn't")
            .list("ul", n.doesnt)
            .el("p class=\"say\"", n.example)
            .close("details");
    }
    h.el("h2", "When they're having a hard moment")
        .open("div class=\"do-dont\"")
        .open("div")
        .el("h3", "Do")
        .list("ul", MOMENT_DO)
        .close("div")
        .open("div")
        .el("h3", "Try not to")
        .list("ul", MOMENT_DONT)
        .close("div")
        .close("div")
        .open("p")
        .link("/partner/for-partners", "A page for your partner")
        .close("p")
        .view("needs")
}
