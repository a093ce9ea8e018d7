//! The home screen (`/`): the program week and its focus, today's intention, the two
//! routines, the day's checklist, a kind count of days practised, and quick ways in.
//! It shows only what exists in the app.

use crate::base::time::{Day, LocalTime};
use crate::content::intention::SUGGESTED;
use crate::content::partner::{daily_question, need_info};
use crate::content::routines::{week_focus, Routine, CHECKLIST};
use crate::domain::checkin::CheckIn;
use crate::domain::consistency::{days_practised, kind_word, month_sentence};
use crate::domain::fact_feeling::{self, Statement};
use crate::domain::partner::{self, NeedLog, TodayStatus};
use crate::domain::practice::{self, Practice, Progress as PracticeProgress};
use crate::domain::program;
use crate::domain::reminders::{hhmm, slot_name, Reminders};
use crate::domain::routines::{
    checklist, for_day, routine_day, todays_intention, RoutineEntry, Tick,
};
use crate::pages::practice_record;
use crate::platform;
use crate::state;
use crate::store::StoreError;
use crate::ui::nav::QUICK_ACTIONS;
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
    let now = platform::now();
    let today = now.day();
    let start = Memo::new(move |_| profile.with(|p| p.start.unwrap_or(today)));
    let week = move || program::week(start.get(), today);
    let commitment = move || {
        profile.with(|p| {
            if p.intention.is_empty() {
                SUGGESTED.to_string()
            } else {
                p.intention.clone()
            }
        })
    };

    view! {
        <Page title="Today" class="today">
            <p class="lead">{today.long()}</p>
            <section class="card week-focus" aria-labelledby="week-h">
                <h2 id="week-h">{move || format!("Week {} of your program", week())}</h2>
                <p class="focus">{move || week_focus(week())}</p>
            </section>
            <Consistency today/>
            <Intention today/>
            <DueCheckIns/>
            <Routines/>
            <Share today start=start.into()/>
            <PartnerQuestion today/>
            <Checklist today/>
            {(!QUICK_ACTIONS.is_empty()).then(|| view! {
                <section class="card quick-actions" aria-labelledby="quick-h">
                    <h2 id="quick-h">"Quick actions"</h2>
                    <ul class="chips">
                        {QUICK_ACTIONS.iter().map(|q| view! { <li><A href=q.href>{q.label}</A></li> }).collect_view()}
                    </ul>
                </section>
            })}
            <p class="to-progress"><A href="/progress">"See your progress over the months"</A></p>
            <section class="why" aria-labelledby="why-h">
                <h2 id="why-h">"Why you're here"</h2>
                <blockquote class="intention">{commitment}</blockquote>
            </section>
        </Page>
    }
}

/// Days practised this month, counting up; a kind word after a gap.
#[component]
fn Consistency(today: Day) -> impl IntoView {
    let days = Memo::new(move |_| practice_record::practised_days());
    let month = today.month();
    view! {
        <section class="card consistency" aria-labelledby="cons-h">
            <h2 id="cons-h" class="sr-only">"This month"</h2>
            <p class="count">{move || days.with(|d| month_sentence(month, days_practised(month, d), true))}</p>
            {move || days.with(|d| kind_word(today, d)).map(|w| view! { <p class="kind-word">{w}</p> })}
        </section>
    }
}

#[component]
fn Intention(today: Day) -> impl IntoView {
    let col = state::collection::<RoutineEntry>();
    let intention =
        move || col.with(|v| todays_intention(v, today).map(str::to_string));
    view! {
        <section class="card intention-today" aria-labelledby="int-h">
            <h2 id="int-h">"Today's intention"</h2>
            {move || match intention() {
                Some(i) => view! { <p class="today-intention">{i}</p> }.into_any(),
                None => view! {
                    <p>"No intention yet. "<A href="/morning">"Choose one in the morning routine"</A>"."</p>
                }.into_any(),
            }}
        </section>
    }
}

#[component]
fn Routines() -> impl IntoView {
    let col = state::collection::<RoutineEntry>();
    let now = platform::now();
    let statuses = Memo::new(move |_| {
        col.with(|v| {
            [Routine::Morning, Routine::Evening].map(|r| {
                for_day(v, r, routine_day(r, now))
                    .map(|e| (e.finished(), e.steps_done))
            })
        })
    });
    let status = move |r: Routine| {
        statuses.with(|s| s[if r == Routine::Morning { 0 } else { 1 }])
    };
    let row = move |r: Routine,
                    href: &'static str,
                    name: &'static str,
                    blurb: &'static str| {
        view! {
            <li>
                <A href=href>{name}</A>
                <span class="status">{move || match status(r) {
                    Some((true, _)) => "Done today".to_string(),
                    Some((false, n)) if n > 0 => format!("{n} of 4 steps so far"),
                    _ => blurb.to_string(),
                }}</span>
            </li>
        }
    };
    view! {
        <section class="card routines" aria-labelledby="rt-h">
            <h2 id="rt-h">"Your routines"</h2>
            <ul class="routine-links">
                {row(Routine::Morning, "/morning", "Morning routine", "10 minutes: feel, intend, believe, thank")}
                {row(Routine::Evening, "/evening", "Evening routine", "10 minutes: look back, celebrate, be kind, plan")}
            </ul>
        </section>
    }
}

/// The guide's practices for the day: done by doing them in the app, or ticked by hand.
#[component]
fn Checklist(today: Day) -> impl IntoView {
    let ticks = state::collection::<Tick>();
    let error = RwSignal::new(None::<StoreError>);
    let items = Memo::new(move |_| {
        ticks.with(|t| checklist(today, t, practice_record::day_counts(today)))
    });
    let toggle = Callback::new(move |(key, on): (&'static str, bool)| {
        let state_now =
            items.with_untracked(|v| v.iter().find(|s| s.key == key).cloned());
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
        <section class="card checklist" aria-labelledby="cl-h">
            <h2 id="cl-h">"Through the day"</h2>
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

/// Check-ins whose time has come today and that have none yet (the check-in feature's rule).
#[component]
fn DueCheckIns() -> impl IntoView {
    let rem = state::doc::<Reminders>();
    let checkins = state::collection::<CheckIn>();
    let now = platform::now();
    let due = move || {
        let times: Vec<LocalTime> =
            checkins.with(|v| v.iter().map(|c| c.at).collect());
        rem.with(|r| {
            let t = r.sorted();
            r.due(now, &times)
                .into_iter()
                .map(|i| format!("{} ({})", slot_name(t[i]), hhmm(t[i])))
                .collect::<Vec<_>>()
        })
    };
    view! {
        <Show when=move || !due().is_empty()>
            <section class="card due" aria-labelledby="due-h">
                <h2 id="due-h">"A check-in is waiting"</h2>
                <p>{let due = due; move || format!("Due: {}.", due().join(", "))}" "<A href="/checkin">"Check in now"</A></p>
            </section>
        </Show>
    }
}

/// Today's share in the expression program, and today's fact + feeling statement.
#[component]
fn Share(today: Day, start: Signal<Day>) -> impl IntoView {
    let progress = state::doc::<PracticeProgress>();
    let statements = state::collection::<Statement>();
    let practices = state::collection::<Practice>();
    let share = Memo::new(move |_| {
        let start = start.get();
        progress.with(|pr| {
            practices.with(|logs| practice::today_share(pr, start, logs, today))
        })
    });
    let statement = move || {
        statements
            .with(|v| fact_feeling::for_day(v, today).map(|s| s.sentence()))
    };
    view! {
        <section class="card share" aria-labelledby="share-h">
            <h2 id="share-h">"Today's share"</h2>
            <p>{move || share.with(|s| format!("{}: {}. ", s.label, s.name))}
                {move || if share.with(|s| s.done) {
                    view! { <span>"Shared today. Well done."</span> }.into_any()
                } else {
                    view! { <A href="/practice/expression/log">"Log today's share"</A> }.into_any()
                }}
            </p>
            {move || match statement() {
                Some(s) => view! { <p class="fact-feeling">"Fact + feeling: "<q>{s}</q></p> }.into_any(),
                None => view! { <p><A href="/practice/fact-feeling">"Write today's fact + feeling"</A></p> }.into_any(),
            }}
        </section>
    }
}

/// The daily question to ask a partner, and whether a need was noticed or met today.
#[component]
fn PartnerQuestion(today: Day) -> impl IntoView {
    let logs = state::collection::<NeedLog>();
    let status = move || logs.with(|v| partner::today_status(v, today));
    view! {
        <section class="card partner-question" aria-labelledby="pq-h">
            <h2 id="pq-h">"Ask someone close"</h2>
            <p class="question"><q>{daily_question()}</q></p>
            <p>{move || match status() {
                TodayStatus::NotYet => view! { <A href="/partner">"Note a need you noticed"</A> }.into_any(),
                TodayStatus::Noticed(n) => view! { <span>{format!("Noticed today: {}. ", need_info(n.need).name)}</span><A href="/partner">"Mark it met"</A> }.into_any(),
                TodayStatus::Met(n) => view! { <span>{format!("Met today: {}.", need_info(n.need).name)}</span> }.into_any(),
            }}</p>
        </section>
    }
}
