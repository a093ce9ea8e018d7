//! The home screen (`/`): one next step, not a dashboard. A check-in first (about 30
//! seconds), then one small step for today (sharing a feeling, a fact + feeling sentence or
//! a question for someone close, taking turns), the two routines as short rows, and the
//! rest folded away. Nothing here is ever "due" or "behind".
//!
//! Each part is its own component reading only its own kinds of entry, so Today stays
//! cheap to draw; what is folded is drawn only once it is opened.

use crate::base::time::Day;
use crate::content::intention::SUGGESTED;
use crate::content::partner::{daily_question, need_info};
use crate::content::routines::{week_focus, Routine, CHECKLIST, WELCOME_BACK};
use crate::domain::checkin::CheckIn;
use crate::domain::consistency::{days_practised, kind_word, month_sentence};
use crate::domain::fact_feeling::{self, Statement};
use crate::domain::partner::{self, NeedLog, TodayStatus};
use crate::domain::practice::{today_share, Practice, Progress};
use crate::domain::program;
use crate::domain::reminders::slot_name;
use crate::domain::routines::{
    checklist, for_day, routine_day, todays_intention, RoutineEntry, Tick,
};
use crate::domain::today::SmallStep;
use crate::platform;
use crate::state;
use crate::state::practice_record;
use crate::store::StoreError;
use crate::ui::due_checkins::{ticking_now, waiting};
use crate::ui::page::Page;
use crate::ui::save_error::SaveError;
use leptos::prelude::*;
use leptos_router::components::{Redirect, A};

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
    let today = platform::today();
    let start = Signal::derive(move || profile.with(|p| p.start.unwrap_or(today)));
    let week = move || program::week(start.get(), today);
    // The next start paints Today as it was left, before the app is ready.
    crate::ui::paint::keep_while_shown();
    let checkins = state::collection::<CheckIn>();
    let now = ticking_now(30);
    let waiting = waiting(now);
    // The latest check-in today, if any (entries are kept in time order).
    let last_today = Memo::new(move |_| {
        let today = now.get().day();
        checkins.with(|v| {
            v.iter()
                .rev()
                .map(|c| c.at)
                .find(|t| t.day() == today && *t <= now.get())
        })
    });
    // Checked in, and no reminder time come since: the day's small step leads, with the
    // screen's one main button; until then, the check-in does.
    let step_leads =
        Memo::new(move |_| waiting.with(Option::is_none) && last_today.with(Option::is_some));
    let step_leads = Signal::from(step_leads);
    view! {
        <Page title="Today" class="today">
            <p class="lead">{today.long()}" · "{move || format!("Week {} of your program", week())}</p>
            <WelcomeBack today/>
            {move || if step_leads.get() {
                view! {
                    <SmallStepCard today start leads=step_leads/>
                    <CheckInCard waiting last_today leads=step_leads/>
                }.into_any()
            } else {
                view! {
                    <CheckInCard waiting last_today leads=step_leads/>
                    <SmallStepCard today start leads=step_leads/>
                }.into_any()
            }}
            <Routines/>
            <MoreToday today start/>
        </Page>
    }
}

/// After a few days away, a welcome (never a count of what was missed).
#[component]
fn WelcomeBack(today: Day) -> impl IntoView {
    let word = Memo::new(move |_| {
        kind_word(today, &practice_record::practised_days()).filter(|w| *w == WELCOME_BACK)
    });
    move || word.get().map(|w| view! { <p class="kind-word">{w}</p> })
}

/// The one primary action: a check-in. When a reminder time has come and no check-in was
/// made since, it says so, kindly and once (the reminders' one rule; never on day 1).
#[component]
fn CheckInCard(
    waiting: Memo<Option<u32>>,
    last_today: Memo<Option<crate::base::time::LocalTime>>,
    /// The small step leads: this card follows it, its button a plain one.
    leads: Signal<bool>,
) -> impl IntoView {
    let line = move || {
        match (waiting.get(), last_today.get()) {
        (Some(m), _) => format!(
            "A good moment for your {} check-in: pause, notice what you feel, and name it. About 30 seconds.",
            slot_name(m)
        ),
        (None, Some(last)) => format!(
            "You checked in at {}. Another one is welcome whenever you like.",
            last.hhmm()
        ),
        (None, None) => "Pause, notice what you feel, and name it. About 30 seconds.".to_string(),
    }
    };
    view! {
        <section class="card checkin-card" class:next-step=move || !leads.get() aria-labelledby="ci-h">
            <h2 id="ci-h">"How are you, right now?"</h2>
            <p>{line}</p>
            <A href="/checkin" attr:class=move || if leads.get() { "button" } else { "button primary" }>"Check in now"</A>
        </section>
    }
}

/// A small step's link: the screen's main button while the step leads, else a link.
fn lead_class(leads: Signal<bool>) -> impl Fn() -> &'static str + Send + Sync + 'static {
    move || if leads.get() { "button primary" } else { "" }
}

/// One small step for today, taking turns day by day.
#[component]
fn SmallStepCard(today: Day, start: Signal<Day>, leads: Signal<bool>) -> impl IntoView {
    let step = match SmallStep::for_day(today) {
        SmallStep::Share => view! { <ShareStep today start leads/> }.into_any(),
        SmallStep::FactFeeling => view! { <FactFeelingStep today leads/> }.into_any(),
        SmallStep::Ask => view! { <AskStep today leads/> }.into_any(),
    };
    view! {
        <section class="card small-step" class:next-step=move || leads.get() aria-labelledby="step-h">
            <h2 id="step-h">"One small step for today"</h2>
            {step}
        </section>
    }
}

/// Today's share in the expression program.
#[component]
fn ShareStep(today: Day, start: Signal<Day>, leads: Signal<bool>) -> impl IntoView {
    let progress = state::doc::<Progress>();
    let practices = state::collection::<Practice>();
    let share = Memo::new(move |_| {
        progress.with(|pr| practices.with(|v| today_share(pr, start.get(), v, today)))
    });
    view! {
        <h3>"Share a feeling"</h3>
        <p>{move || share.with(|s| format!("Tell someone one feeling today ({}: {}).", s.label, s.name))}</p>
        <p class="example">"For example: "<q>{move || share.with(|s| s.example)}</q></p>
        {move || if share.with(|s| s.done) {
            view! { <p class="done">"Shared today. Well done."</p> }.into_any()
        } else {
            view! { <p><A href="/practice/expression/log" attr:class=lead_class(leads)>"Log today's share"</A></p> }.into_any()
        }}
    }
}

/// One fact + feeling sentence.
#[component]
fn FactFeelingStep(today: Day, leads: Signal<bool>) -> impl IntoView {
    let statements = state::collection::<Statement>();
    let written = Memo::new(move |_| {
        statements.with(|v| fact_feeling::for_day(v, today).map(|s| s.sentence()))
    });
    view! {
        <h3>"Fact + feeling"</h3>
        {move || match written.get() {
            Some(s) => view! { <p class="fact-feeling">"Today's: "<q>{s}</q>" Well done."</p> }.into_any(),
            None => view! {
                <p>"Put one moment of today into a sentence: what happened, and what you felt."</p>
                <p><A href="/practice/fact-feeling" attr:class=lead_class(leads)>"Write today's fact + feeling"</A></p>
            }.into_any(),
        }}
    }
}

/// The daily question for someone close, and a need noticed or met today.
#[component]
fn AskStep(today: Day, leads: Signal<bool>) -> impl IntoView {
    let logs = state::collection::<NeedLog>();
    let status = Memo::new(move |_| logs.with(|v| partner::today_status(v, today)));
    view! {
        <h3>"Ask someone close"</h3>
        <p class="question"><q>{daily_question()}</q></p>
        <p>{move || match status.get() {
            TodayStatus::NotYet => view! { <A href="/partner" attr:class=lead_class(leads)>"Note a need you noticed"</A> }.into_any(),
            TodayStatus::Noticed(n) => view! { <span>{format!("Noticed today: {}. ", need_info(n.need).name)}</span><A href="/partner">"Mark it met"</A> }.into_any(),
            TodayStatus::Met(n) => view! { <span>{format!("Met today: {}. Well done.", need_info(n.need).name)}</span> }.into_any(),
        }}</p>
    }
}

/// The morning and evening routines as two short rows.
#[component]
fn Routines() -> impl IntoView {
    view! {
        <section class="routines" aria-labelledby="rt-h">
            <h2 id="rt-h">"Your routines"</h2>
            <ul class="routine-links">
                <RoutineRow routine=Routine::Morning href="/morning" name="Morning routine"/>
                <RoutineRow routine=Routine::Evening href="/evening" name="Evening routine"/>
            </ul>
        </section>
    }
}

#[component]
fn RoutineRow(routine: Routine, href: &'static str, name: &'static str) -> impl IntoView {
    let col = state::collection::<RoutineEntry>();
    let now = platform::now();
    let status = Memo::new(move |_| {
        col.with(|v| {
            for_day(v, routine, routine_day(routine, now)).map(|e| (e.finished(), e.steps_done))
        })
    });
    view! {
        <li>
            <A href=href>{name}</A>
            <span class="status">{move || match status.get() {
                Some((true, _)) => "Done today".to_string(),
                Some((false, n)) if n > 0 => format!("{n} of 4 steps"),
                _ => "10 minutes".to_string(),
            }}</span>
        </li>
    }
}

/// Everything else, folded: drawn only once opened.
#[component]
fn MoreToday(today: Day, start: Signal<Day>) -> impl IntoView {
    let open = RwSignal::new(false);
    let toggled = move |ev: leptos::ev::Event| {
        let is_open = ev
            .target()
            .and_then(|t| js_sys::Reflect::get(&t, &"open".into()).ok())
            .and_then(|v| v.as_bool())
            .unwrap_or(false);
        open.set(is_open);
    };
    view! {
        <details class="more-today" on:toggle=toggled>
            <summary>"More for today"</summary>
            <Show when=move || open.get()>
                <WeekFocus today start/>
                <ThisMonth today/>
                <Intention today/>
                <Checklist today/>
                <Why/>
                <p class="to-progress"><A href="/progress">"See your progress over the months"</A></p>
            </Show>
        </details>
    }
}

#[component]
fn WeekFocus(today: Day, start: Signal<Day>) -> impl IntoView {
    let week = move || program::week(start.get(), today);
    view! {
        <section class="week-focus" aria-labelledby="week-h">
            <h3 id="week-h">"This week's focus"</h3>
            <p class="focus">{move || week_focus(week())}</p>
        </section>
    }
}

/// Days practised this month, counting up; a kind word on a day without practice yet.
#[component]
fn ThisMonth(today: Day) -> impl IntoView {
    let days = Memo::new(move |_| practice_record::practised_days());
    let month = today.month();
    view! {
        <section class="consistency" aria-labelledby="cons-h">
            <h3 id="cons-h">"This month"</h3>
            <p class="count">{move || days.with(|d| month_sentence(month, days_practised(month, d), true))}</p>
            {move || days.with(|d| kind_word(today, d)).filter(|w| *w != WELCOME_BACK).map(|w| view! { <p class="kind-word">{w}</p> })}
        </section>
    }
}

#[component]
fn Intention(today: Day) -> impl IntoView {
    let col = state::collection::<RoutineEntry>();
    let intention = move || col.with(|v| todays_intention(v, today).map(str::to_string));
    view! {
        <section class="intention-today" aria-labelledby="int-h">
            <h3 id="int-h">"Today's intention"</h3>
            {move || match intention() {
                Some(i) => view! { <p class="today-intention">{i}</p> }.into_any(),
                None => view! {
                    <p>"No intention yet. "<A href="/morning">"Choose one in the morning routine"</A>"."</p>
                }.into_any(),
            }}
        </section>
    }
}

/// The guide's practices for the day: done by doing them in the app, or ticked by hand.
#[component]
fn Checklist(today: Day) -> impl IntoView {
    let ticks = state::collection::<Tick>();
    let error = RwSignal::new(None::<StoreError>);
    let items =
        Memo::new(move |_| ticks.with(|t| checklist(today, t, practice_record::day_counts(today))));
    let toggle = Callback::new(move |(key, on): (&'static str, bool)| {
        let state_now = items.with_untracked(|v| v.iter().find(|s| s.key == key).cloned());
        let Some(s) = state_now else { return };
        let res = match (on, s.tick) {
            (true, None) => ticks.save(Tick {
                id: platform::new_id(),
                at: platform::now(),
                item: key.to_string(),
            }),
            (false, Some((id, at))) => ticks.delete(&id, at),
            _ => Ok(()),
        };
        error.set(res.err());
    });
    view! {
        <section class="through-the-day" aria-labelledby="cl-h">
            <h3 id="cl-h">"Through the day"</h3>
            <ul class="checks">
                {CHECKLIST.iter().enumerate().map(|(i, c)| {
                    let st = move || items.with(|v| v[i].clone());
                    let id = format!("check-{}", c.key);
                    let hint_id = format!("check-{}-hint", c.key);
                    view! {
                        <li>
                            <input type="checkbox" id=id.clone() aria-describedby=hint_id.clone()
                                prop:checked=move || st().done()
                                disabled=move || { let s = st(); s.tick.is_none() && s.count >= s.target }
                                on:change:target=move |ev| toggle.run((c.key, ev.target().checked()))/>
                            <label for=id>{c.label}</label>
                            <p class="hint" id=hint_id>
                                {c.hint}
                                {move || {
                                    let s = st();
                                    (s.count > 0).then(|| if s.target > 1 {
                                        format!(" {} of {} done in the app.", s.count.min(s.target), s.target)
                                    } else {
                                        " Done in the app.".to_string()
                                    })
                                }}
                            </p>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <SaveError error=Signal::derive(move || error.get())/>
        </section>
    }
}

#[component]
fn Why() -> impl IntoView {
    let profile = state::profile();
    let own = move || profile.with(|p| (!p.intention.is_empty()).then(|| p.intention.clone()));
    view! {
        <section class="why" aria-labelledby="why-h">
            <h3 id="why-h">"Why you're here"</h3>
            {move || match own() {
                Some(words) => view! {
                    <blockquote class="intention">{words}</blockquote>
                    <p class="hint"><A href="/welcome/intention">"Change it"</A></p>
                }.into_any(),
                None => view! {
                    <p>"One way to put it:"</p>
                    <blockquote class="intention">{SUGGESTED}</blockquote>
                    <p class="hint"><A href="/welcome/intention">"Put it in your own words (optional)"</A></p>
                }.into_any(),
            }}
        </section>
    }
}
