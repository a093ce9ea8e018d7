//! `/progress`: where the person is on the map of months, days practised, and charts of
//! what the app has recorded, each also said in a sentence.

use crate::base::plural;
use crate::base::time::{Day, WEEKDAYS};
use crate::content::milestones::NOT_LINEAR;
use crate::content::programs::ProgramId;
use crate::domain::attempt::{series_keys, trajectory, Attempt};
use crate::domain::checkin::CheckIn;
use crate::domain::consistency::{days_practised, month_sentence};
use crate::domain::fact_feeling::Statement;
use crate::domain::insights::{distinct_summary, distinct_words_per_week, most_frequent};
use crate::domain::milestones::{assessment_due, current_band, Assessment};
use crate::domain::pitfalls::{check_due, PitfallCheck};
use crate::domain::practice::Practice;
use crate::domain::progress::{
    buckets, count, dip_before_now, first_week_sentence, has_dip, score_sentence, trend_sentence,
};
use crate::domain::urges::{self, Urge};
use crate::platform;
use crate::state;
use crate::state::practice_record;
use crate::ui::chart::{BarChart, LineChart, Series};
use crate::ui::page::Page;
use leptos::prelude::*;
use leptos_router::components::A;

/// Weeks shown by the charts that come week by week from their feature (urges, words).
const WEEKS: usize = 12;

/// Adds "progress isn't linear" to a chart's sentence when one of its lines went down.
fn with_dip_note(summary: String, dipped: bool) -> String {
    if dipped {
        format!("{summary} {NOT_LINEAR}")
    } else {
        summary
    }
}

fn f(v: &[u32]) -> Vec<f64> {
    v.iter().map(|n| *n as f64).collect()
}

#[component]
pub fn Progress() -> impl IntoView {
    let profile = state::profile();
    let today = platform::today();
    let start = profile.get_untracked().start.unwrap_or(today);
    let band = current_band(start, today);
    let assessments = state::collection::<Assessment>();
    let checks = state::collection::<PitfallCheck>();
    let days = Memo::new(move |_| practice_record::practised_days());
    let month = today.month();
    view! {
        <Page title="Progress" class="progress">
            <p class="lead">"Change comes at its own pace, with ups and downs. Here is what you've done, without judgment."</p>
            <section class="card band" aria-labelledby="band-h">
                <h2 id="band-h">{format!("Where you are: {}", band.title)}</h2>
                <p>{band.summary}</p>
                <p>
                    <A href="/progress/milestones">"Milestones and your monthly self-check"</A>
                    {move || assessments.with(|h| assessment_due(h, today)).then_some(" (a good time to look again)")}
                </p>
            </section>
            <section class="card consistency" aria-labelledby="month-h">
                <h2 id="month-h">"This month"</h2>
                <p>{move || days.with(|d| month_sentence(month, days_practised(month, d), true))}</p>
            </section>
            <section class="charts" aria-labelledby="charts-h">
                <h2 id="charts-h">{if buckets(start, today).len() < 2 { "Your first week" } else { "Over weeks and months" }}</h2>
                <Charts start today/>
            </section>
            <section class="card pitfalls-link" aria-labelledby="pf-h">
                <h2 id="pf-h">"Common pitfalls"</h2>
                <p>
                    {move || if checks.with(|h| check_due(h, today)) {
                        "A short, kind self-check for the seven ways this work often stalls. "
                    } else {
                        "You've looked at these recently. You can look again any time. "
                    }}
                    <A href="/progress/pitfalls">"The pitfall self-check"</A>
                </p>
            </section>
            <p class="not-linear">{NOT_LINEAR}</p>
        </Page>
    }
}

/// Every chart that has something to show; the others wait quietly. Redrawn when older
/// history arrives after the first screen (the store loads recent months first).
#[component]
fn Charts(start: Day, today: Day) -> impl IntoView {
    move || charts(start, today)
}

fn charts(start: Day, today: Day) -> AnyView {
    let b = buckets(start, today);
    let labels: Vec<String> = b.iter().map(|x| x.label.clone()).collect();
    let mut out: Vec<AnyView> = Vec::new();

    // The first week has nothing to compare yet: its days and words instead of charts
    // of one bar each.
    let first_week = b.len() < 2;
    if first_week {
        out.push(view! { <FirstWeek start today/> }.into_any());
    }

    // Days practised.
    let practised = count(&b, practice_record::practised_days());
    if !first_week && practised.iter().sum::<u32>() > 0 {
        let s = with_dip_note(
            trend_sentence(("day with practice", "days with practice"), &b, &practised),
            dip_before_now(&f(&practised)),
        );
        out.push(view! { <BarChart title="Days with practice" labels=labels.clone() values=f(&practised) summary=s/> }.into_any());
    }

    // Check-ins.
    let checkins = state::collection::<CheckIn>().with(|v| count(&b, v.iter().map(|c| c.at.day())));
    if !first_week && checkins.iter().sum::<u32>() > 0 {
        let s = with_dip_note(
            trend_sentence(("check-in", "check-ins"), &b, &checkins),
            dip_before_now(&f(&checkins)),
        );
        out.push(view! { <BarChart title="Feeling check-ins" labels=labels.clone() values=f(&checkins) summary=s/> }.into_any());
    }

    // Distinct feeling words, week by week (the check-in feature's own count).
    let words = state::collection::<CheckIn>().with(|v| distinct_words_per_week(v, start, today));
    if !first_week && words.iter().any(|(_, n)| *n > 0) {
        let recent: Vec<(u32, usize)> = words.iter().rev().take(WEEKS).rev().cloned().collect();
        let values: Vec<f64> = recent.iter().map(|(_, n)| *n as f64).collect();
        let max = values.iter().cloned().fold(1.0, f64::max).ceil();
        let s = with_dip_note(distinct_summary(&words), dip_before_now(&values));
        out.push(view! {
            <LineChart title="Different feeling words per week"
                labels=recent.iter().map(|(w, _)| format!("Wk {w}")).collect()
                series=vec![Series { name: "Feeling words".into(), values: values.into_iter().map(Some).collect() }]
                y_max=max summary=s/>
        }.into_any());
    }

    // Practices per program.
    let (per_program, statements) = state::collection::<Practice>().with(|v| {
        let per: Vec<(ProgramId, Vec<u32>)> = ProgramId::ALL
            .into_iter()
            .filter(|p| p.program().logs_practices())
            .map(|p| {
                (
                    p,
                    count(&b, v.iter().filter(|x| x.program == p).map(|x| x.at.day())),
                )
            })
            .collect();
        let st = state::collection::<Statement>().with(|s| s.len());
        (per, st)
    });
    if per_program.iter().any(|(_, v)| v.iter().sum::<u32>() > 0) {
        let total: u32 = per_program.iter().map(|(_, v)| v.iter().sum::<u32>()).sum();
        // Only the programs practised: "0 Asking for help" counts what wasn't done.
        let parts: Vec<String> = per_program
            .iter()
            .filter(|(_, v)| v.iter().sum::<u32>() > 0)
            .map(|(p, v)| format!("{} {}", v.iter().sum::<u32>(), p.program().title))
            .collect();
        let mut s = format!(
            "{} logged: {}.",
            plural::count(total, "practice", "practices"),
            parts.join(", ")
        );
        if statements > 0 {
            s.push_str(&format!(
                " Plus {}.",
                plural::count(
                    statements,
                    "fact + feeling statement",
                    "fact + feeling statements"
                )
            ));
        }
        if first_week {
            out.push(view! { <p class="first-practices">{s}</p> }.into_any());
        } else {
            let dipped = per_program.iter().any(|(_, v)| dip_before_now(&f(v)));
            let max = per_program
                .iter()
                .flat_map(|(_, v)| v.iter())
                .cloned()
                .max()
                .unwrap_or(1)
                .max(1) as f64;
            let series = per_program
                .iter()
                .map(|(p, v)| Series {
                    name: p.program().title.to_string(),
                    values: v.iter().map(|n| Some(*n as f64)).collect(),
                })
                .collect();
            out.push(view! {
            <LineChart title="Practices per program" labels=labels.clone() series y_max=max summary=with_dip_note(s, dipped)/>
        }.into_any());
        }
    }

    // Urges noticed and stayed with (the urge log's own weekly numbers).
    let weeks = state::collection::<Urge>().with(|v| urges::weekly(v, today, WEEKS));
    if weeks.iter().any(|w| w.noticed > 0) {
        let noticed: Vec<f64> = weeks.iter().map(|w| w.noticed as f64).collect();
        let held: Vec<f64> = weeks.iter().map(|w| w.held() as f64).collect();
        let max = noticed.iter().cloned().fold(1.0, f64::max);
        let s = with_dip_note(urges::summary(&weeks), dip_before_now(&held));
        out.push(view! {
            <LineChart title="Urges to pull away"
                labels=weeks.iter().map(|w| w.label()).collect()
                series=vec![
                    Series { name: "Noticed".into(), values: noticed.into_iter().map(Some).collect() },
                    Series { name: "Stayed or came back".into(), values: held.into_iter().map(Some).collect() },
                ]
                y_max=max summary=s/>
        }.into_any());
    }

    // The questionnaire trajectory (the most recently used questionnaire and relationship).
    let traj = state::collection::<Attempt>().with(|v| {
        series_keys(v)
            .first()
            .map(|k| (k.clone(), trajectory(v, k)))
    });
    if let Some((key, pts)) = traj.filter(|(_, p)| !p.is_empty()) {
        let anx: Vec<(Day, f64)> = pts.iter().map(|p| (p.t.day(), p.scores.anxiety)).collect();
        let avo: Vec<(Day, f64)> = pts
            .iter()
            .map(|p| (p.t.day(), p.scores.avoidance))
            .collect();
        // Lower scores are the hoped-for direction here, so a rise is the setback.
        let rose = has_dip(&avo.iter().map(|x| -x.1).collect::<Vec<_>>())
            || has_dip(&anx.iter().map(|x| -x.1).collect::<Vec<_>>());
        let about = key.about();
        let title = if about.is_empty() {
            key.q.title().to_string()
        } else {
            format!("{}: {about}", key.q.title())
        };
        let s = format!(
            "{} {}",
            score_sentence("Avoidance", &avo),
            score_sentence("Anxiety", &anx)
        );
        out.push(view! {
            <LineChart title=title
                labels=pts.iter().map(|p| p.t.day().short()).collect()
                series=vec![
                    Series { name: "Avoidance".into(), values: avo.iter().map(|x| Some(x.1)).collect() },
                    Series { name: "Anxiety".into(), values: anx.iter().map(|x| Some(x.1)).collect() },
                ]
                y_min=1.0 y_max=7.0 summary=with_dip_note(s, rose)/>
        }.into_any());
    }

    if out.is_empty() {
        view! { <p>"As you use Closer, charts of your check-ins, practices and more appear here."</p> }.into_any()
    } else {
        out.into_iter().collect_view().into_any()
    }
}

/// The first program week: its seven days, each marked with what was noted (a shaded day
/// had a check-in or a practice, a dot for each check-in), and the feeling words named so
/// far. Everything there is, from the first day.
#[component]
fn FirstWeek(start: Day, today: Day) -> impl IntoView {
    let practised = practice_record::practised_days();
    let checkins = state::collection::<CheckIn>();
    let per_day: Vec<(Day, usize)> = checkins.with(|v| {
        (0..7)
            .map(|i| {
                let d = start.plus(i);
                (d, v.iter().filter(|c| c.at.day() == d).count())
            })
            .collect()
    });
    let so_far = (0..7).filter(|i| start.plus(*i) <= today).count() as u32;
    let done = per_day
        .iter()
        .filter(|(d, _)| *d <= today && practised.contains(d))
        .count() as u32;
    let words = checkins.with(|v| most_frequent(v, 24));
    let days = per_day
        .into_iter()
        .map(|(d, n)| {
            let (_, _, dd) = d.ymd();
            let did = practised.contains(&d);
            let later = d > today;
            let said = if later {
                format!("{}: still to come", d.long())
            } else if n > 0 {
                format!("{}: {}", d.long(), plural::count(n, "check-in", "check-ins"))
            } else if did {
                format!("{}: a practice", d.long())
            } else {
                format!("{}: nothing noted", d.long())
            };
            let class = format!(
                "week-day{}{}{}",
                if did { " did" } else { "" },
                if later { " later" } else { "" },
                if d == today { " today" } else { "" }
            );
            view! {
                <li class=class>
                    <span class="wd" aria-hidden="true">{&WEEKDAYS[d.weekday() as usize][..3]}</span>
                    <span class="dn" aria-hidden="true">{dd}</span>
                    <span class="dots" aria-hidden="true">{"\u{25cf}".repeat(n.min(3))}</span>
                    <span class="sr-only">{said}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="first-week">
            <p>{first_week_sentence(so_far, done)}</p>
            <ol class="week-days" aria-label="The days of your first week">{days}</ol>
            <ul class="week-legend" aria-hidden="true">
                <li><i class="week-day did"></i>"a check-in or a practice"</li>
                <li><span class="dots">"\u{25cf}"</span>" a check-in"</li>
            </ul>
            <h3>"Feeling words you've named"</h3>
            {if words.is_empty() {
                view! { <p>"None yet. Each check-in adds the words you choose."</p> }.into_any()
            } else {
                view! {
                    <ul class="named-words">
                        {words.into_iter().map(|(w, n)| view! {
                            <li>{w}{(n > 1).then(|| view! { " " <span class="times">{format!("\u{d7}{n}")}</span> })}</li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
            <p class="hint">"From your second week, these become charts you can compare week by week."</p>
        </div>
    }
}
