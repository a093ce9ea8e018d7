//! `/insights`: what the check-ins show. Every chart has its sentence.

use crate::base::plural::count;
use crate::base::time::{Month, WEEKDAYS};
use crate::content::body::describe;
use crate::content::checkin::LOW_MOOD;
use crate::domain::checkin::{CheckIn, FeelPrefs};
use crate::domain::insights::{
    distinct_summary, distinct_words_per_week, low_mood_lately, month_moods, month_summary,
    most_frequent, sensations_with_feelings, timeline, Tone,
};
use crate::platform;
use crate::state;
use crate::ui::chart::{BarChart, RankChart};
use crate::ui::page::Page;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn Insights() -> impl IntoView {
    let items = state::collection::<CheckIn>();
    let empty = move || items.with(|v| v.is_empty());
    view! {
        <Page title="What your check-ins show" class="feel insights">
            <Show when=move || !empty() fallback=|| view! {
                <p>"Nothing to show yet. After a few check-ins, patterns start to appear here."</p>
                <p><A href="/checkin">"Check in"</A></p>
            }>
                <p class="lead">"No feeling here is good or bad. This is only a mirror, to help you notice."</p>
                <LowMood/>
                <Distinct/>
                <MonthView/>
                <Frequent/>
                <BodyAndFeelings/>
                <Timeline/>
            </Show>
        </Page>
    }
}

/// When most of the last two weeks felt heavy: a quiet word about talking to a doctor.
#[component]
fn LowMood() -> impl IntoView {
    let items = state::collection::<CheckIn>();
    let prefs = state::doc::<FeelPrefs>();
    let today = platform::today();
    let heavy =
        Memo::new(move |_| prefs.with(|p| items.with(|v| low_mood_lately(v, &p.own, today))));
    view! {
        <Show when=move || heavy.get()>
            <section class="card low-mood" aria-labelledby="ins-low">
                <h2 id="ins-low">"The last two weeks"</h2>
                <p>{LOW_MOOD}</p>
            </section>
        </Show>
    }
}

#[component]
fn Distinct() -> impl IntoView {
    let items = state::collection::<CheckIn>();
    let today = platform::today();
    let start = state::profile()
        .get_untracked()
        .start
        .unwrap_or_else(|| items.with(|v| v.first().map(|c| c.at.day()).unwrap_or(today)));
    let per = Memo::new(move |_| items.with(|v| distinct_words_per_week(v, start, today)));
    view! {
        <section aria-labelledby="ins-distinct">
            <h2 id="ins-distinct">"Getting more specific"</h2>
            <p class="hint">"How many different feeling words you used each week. More words means finer noticing."</p>
            {move || {
                let p = per.get();
                let shown: Vec<(u32, usize)> = p.iter().rev().take(12).rev().cloned().collect();
                view! {
                    <BarChart title="Different words per week"
                        labels=shown.iter().map(|(w, _)| format!("Week {w}")).collect()
                        values=shown.iter().map(|(_, n)| *n as f64).collect()
                        summary=distinct_summary(&p)/>
                }
            }}
        </section>
    }
}

#[component]
fn MonthView() -> impl IntoView {
    let items = state::collection::<CheckIn>();
    let prefs = state::doc::<FeelPrefs>();
    let month = RwSignal::new(platform::today().month());
    let moods = Memo::new(move |_| {
        let m = month.get();
        prefs.with(|p| items.with(|v| month_moods(v, m, &p.own)))
    });
    let this_month = platform::today().month();
    let at_latest = move || month.get() >= this_month;
    view! {
        <section aria-labelledby="ins-month">
            <h2 id="ins-month">{move || month.get().label()}</h2>
            <div class="checkin-actions">
                <button type="button" on:click=move |_| month.update(|m| *m = m.prev())>"Previous month"</button>
                <button type="button" disabled=at_latest on:click=move |_| month.update(|m| *m = m.next())>"Next month"</button>
            </div>
            <p>{move || month_summary(month.get(), &moods.get())}</p>
            <ol class="month-grid" aria-label="Days of the month">
                {WEEKDAYS.iter().map(|d| view! { <li class="wd" aria-hidden="true">{&d[..2]}</li> }).collect_view()}
                {move || {
                    let m: Month = month.get();
                    let pad = m.first_day().weekday();
                    let blanks = (0..pad).map(|_| view! { <li class="blank" aria-hidden="true"></li> }).collect_view();
                    let days = moods.get().into_iter().map(|d| {
                        let (_, _, dd) = d.day.ymd();
                        let t = d.tone();
                        let text = match t {
                            Tone::None => format!("{}: no check-in", d.day.long()),
                            _ => format!("{}: {}, {}", d.day.long(), t.label(), count(d.count, "check-in", "check-ins")),
                        };
                        view! {
                            <li class=format!("mday t-{}", t.key())>
                                <span aria-hidden="true">{dd}</span>
                                <span class="sr-only">{text}</span>
                            </li>
                        }
                    }).collect_view();
                    (blanks, days)
                }}
            </ol>
            <ul class="month-legend" aria-hidden="true">
                <li><i class="mday t-pleasant"></i>"mostly pleasant"</li>
                <li><i class="mday t-mixed"></i>"mixed or neutral"</li>
                <li><i class="mday t-unpleasant"></i>"mostly unpleasant"</li>
                <li><i class="mday t-unknown"></i>"own words only"</li>
            </ul>
        </section>
    }
}

#[component]
fn Frequent() -> impl IntoView {
    let items = state::collection::<CheckIn>();
    let top = Memo::new(move |_| items.with(|v| most_frequent(v, 8)));
    view! {
        <section aria-labelledby="ins-top">
            <h2 id="ins-top">"Feelings you name most"</h2>
            {move || {
                let t = top.get();
                if t.is_empty() {
                    return view! { <p>"No words yet."</p> }.into_any();
                }
                let summary = format!(
                    "Most often: {}.",
                    t.iter().map(|(w, n)| format!("{w} ({n})")).collect::<Vec<_>>().join(", ")
                );
                view! {
                    <RankChart title="Most named feelings"
                        labels=t.iter().map(|(w, _)| w.clone()).collect()
                        values=t.iter().map(|(_, n)| *n as f64).collect()
                        summary=summary/>
                }.into_any()
            }}
        </section>
    }
}

#[component]
fn BodyAndFeelings() -> impl IntoView {
    let items = state::collection::<CheckIn>();
    let rows = Memo::new(move |_| items.with(|v| sensations_with_feelings(v)));
    view! {
        <section aria-labelledby="ins-body">
            <h2 id="ins-body">"Your body and your feelings"</h2>
            <Show when=move || !rows.with(|r| r.is_empty()) fallback=|| view! {
                <p>"When you note body sensations with a check-in, you'll see here which feelings they come with."</p>
            }>
                <table class="body-table">
                    <caption class="sr-only">"Body sensations and the feelings named with them"</caption>
                    <thead><tr><th scope="col">"Sensation"</th><th scope="col">"Times"</th><th scope="col">"Felt with"</th></tr></thead>
                    <tbody>
                        {move || rows.get().into_iter().take(10).map(|r| view! {
                            <tr>
                                <th scope="row">{describe(r.felt.region(), r.felt.sensation())}</th>
                                <td>{r.times}</td>
                                <td>{if r.words.is_empty() { "no word named".to_string() } else {
                                    r.words.iter().take(4).map(|(w, n)| format!("{w} ({n})")).collect::<Vec<_>>().join(", ")
                                }}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </Show>
        </section>
    }
}

#[component]
fn Timeline() -> impl IntoView {
    let items = state::collection::<CheckIn>();
    let shown = RwSignal::new(14usize);
    let days = Memo::new(move |_| {
        items.with(|v| {
            timeline(v)
                .into_iter()
                .map(|(d, cs)| (d, cs.into_iter().cloned().collect::<Vec<CheckIn>>()))
                .collect::<Vec<_>>()
        })
    });
    let more = move || days.with(|d| d.len()) > shown.get();
    view! {
        <section aria-labelledby="ins-timeline">
            <h2 id="ins-timeline">"Timeline"</h2>
            {move || days.get().into_iter().take(shown.get()).map(|(d, cs)| view! {
                <h3>{d.long()}</h3>
                <ul class="feel-list">
                    {cs.into_iter().map(|c| view! {
                        <li>
                            <A href=format!("/checkin/{}", c.id)>{format!("{} · {}", c.at.hhmm(), c.summary())}</A>
                            {c.intensity.map(|i| format!(" · {i}/10"))}
                            // Without words the summary already is the body (or the note).
                            {(!c.body.is_empty() && !c.words.is_empty()).then(|| format!(" · {}", c.body.iter().map(|f| describe(f.region(), f.sensation())).collect::<Vec<_>>().join(", ")))}
                            {(!c.note.is_empty() && (!c.words.is_empty() || !c.body.is_empty())).then(|| view! { <p class="note">{c.note.clone()}</p> })}
                        </li>
                    }).collect_view()}
                </ul>
            }).collect_view()}
            <Show when=more>
                <button type="button" on:click=move |_| shown.update(|s| *s += 14)>"Show earlier days"</button>
            </Show>
        </section>
    }
}
