//! `/practice/:program`: where a program stands, what to try, moving by hand, how the
//! practices have gone, and the care or the suggestion the log calls for.

use super::fact_feeling::FactFeelingView;
use super::stage_of;
use crate::content::programs::{
    Part, Program, ProgramId, CARE_NOT_SAFE, CARE_OPTIONS, CARE_WHEN_HURT, SUGGEST_NEXT,
    SUGGEST_RULE,
};
use crate::content::safety::{SAFETY_PATH, SAFETY_TITLE};
use crate::domain::practice::{self, Nudge, Practice, Progress};
use crate::domain::wins::{self, Win};
use crate::pages::not_found::NotFound;
use crate::platform;
use crate::state;
use crate::store::StoreError;
use crate::ui::arrive::{arrive_at, Confirmation};
use crate::ui::chart::{LineChart, Series};
use crate::ui::confirm::Confirm;
use crate::ui::page::Page;
use crate::ui::safety::SafetyCaveat;
use crate::ui::save_error::SaveError;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

#[component]
pub fn ProgramView() -> impl IntoView {
    let id = super::program_from_route();
    move || match id.get() {
        None => view! { <NotFound/> }.into_any(),
        Some(ProgramId::FactFeeling) => view! { <FactFeelingView/> }.into_any(),
        Some(p) => view! { <PracticeProgram program=p.program()/> }.into_any(),
    }
}

/// Shared by the buttons that move a program by hand.
#[derive(Clone, Copy)]
struct Mover {
    id: ProgramId,
    error: RwSignal<Option<StoreError>>,
    moved: RwSignal<Option<String>>,
}

impl Mover {
    fn to(self, stage: usize, what: String) {
        let progress = state::doc::<Progress>();
        let result = progress.update(|pr| pr.move_to(self.id, stage, platform::now()));
        self.moved.set(result.is_ok().then_some(what));
        self.error.set(result.err());
    }
}

#[component]
fn PracticeProgram(program: &'static Program) -> impl IntoView {
    let id = program.id;
    let stage = stage_of(id);
    let progress = state::doc::<Progress>();
    let logs = state::collection::<Practice>();
    let profile = state::profile();
    let today = platform::today();
    let mover = Mover {
        id,
        error: RwSignal::new(None),
        moved: RwSignal::new(None),
    };
    let nudge = Memo::new(move |_| {
        let last = progress.with(|p| p.last_move(id));
        logs.with(|v| practice::nudge(id, stage.get(), v, last))
    });
    let calendar_note = move || {
        let start = profile.with(|p| p.start.unwrap_or(today));
        let last = progress.with(|p| p.last_move(id));
        match practice::next_calendar_step(program, start, last, today) {
            Some(day) => {
                let next = program.stage(stage.get() + 1);
                format!(
                    "{} begins on {}, or move on sooner whenever you're ready.",
                    next.label,
                    day.long()
                )
            }
            None if stage.get() < program.last_stage() => {
                "You move on when it feels right: there's no timetable here.".to_string()
            }
            None => "This is the last step. Keep practising here as long as it helps.".to_string(),
        }
    };
    view! {
        <Page title=program.title class="practice program">
            <Description program=program/>
            <details class="about-program">
                <summary>"More about this program"</summary>
                {program.more().iter().map(|p| view! { <p>{*p}</p> }).collect_view()}
            </details>

            // A practice just logged is confirmed here, where the screen opens, with the
            // way to the entry further down.
            <Confirmation>
                <button type="button" class="quiet" on:click=|_| arrive_at("recent-h")>"Show it in Recent practices"</button>
            </Confirmation>
            <p role="status" class="hint">{move || mover.moved.get()}</p>
            <SaveError error=mover.error/>
            <NudgeCard program=program nudge=nudge stage=stage mover=mover/>

            <section class="card stage-now" aria-labelledby="now-h">
                <h2 id="now-h">{move || {
                    let s = program.stage(stage.get());
                    format!("Where you are: {}, {}", s.label, s.name.to_lowercase())
                }}</h2>
                <p>{move || program.stage(stage.get()).about}</p>
                <h3>"Ideas to try"</h3>
                <ul>
                    {move || program.stage(stage.get()).examples.iter().map(|e| view! { <li>{*e}</li> }).collect_view()}
                </ul>
                <p class="hint">{calendar_note}</p>
                <A href=format!("/practice/{}/log", program.slug) attr:class="button primary">"Log a practice"</A>
            </section>

            <StageList program=program stage=stage mover=mover/>
            <Statistics program=program/>
            <RecentPractices program=program/>
        </Page>
    }
}

/// The top of a program's screen as `Program::description` lays it out: the opening,
/// the safety caveat, never collapsed.
#[component]
pub fn Description(program: &'static Program) -> impl IntoView {
    program
        .description()
        .into_iter()
        .enumerate()
        .map(|(i, part)| match part {
            Part::Para(p) if i == 0 => view! { <p class="lead">{p}</p> }.into_any(),
            Part::Para(p) => view! { <p>{p}</p> }.into_any(),
            Part::Caveat => view! { <SafetyCaveat/> }.into_any(),
        })
        .collect_view()
}

#[component]
fn NudgeCard(
    program: &'static Program,
    nudge: Memo<Nudge>,
    stage: Memo<usize>,
    mover: Mover,
) -> impl IntoView {
    move || match nudge.get() {
        Nudge::Nothing => None,
        Nudge::Care { can_step_back } => {
            let here = stage.get();
            let back = can_step_back.then(|| {
                let label = program.stage(here - 1).label;
                view! {
                    <button type="button" on:click=move |_| mover.to(here - 1, format!("You're back at {label}."))>
                        {format!("Step back to {label}")}
                    </button>
                }
            });
            let here_label = program.stage(here).label;
            Some(view! {
                <section class="card care" aria-labelledby="care-h">
                    <h2 id="care-h">"Be gentle with yourself"</h2>
                    <p>{CARE_WHEN_HURT}</p>
                    <p>{CARE_OPTIONS}</p>
                    <p>{CARE_NOT_SAFE}" "<A href=SAFETY_PATH>{SAFETY_TITLE}</A>" says where to find help."</p>
                    <div class="row">
                        <button type="button" class="primary"
                            on:click=move |_| mover.to(here, format!("You're staying at {here_label} a little longer."))>
                            {format!("Stay at {here_label}")}
                        </button>
                        {back}
                    </div>
                </section>
            }.into_any())
        }
        Nudge::TryNext => {
            let here = stage.get();
            let next = program.stage(here + 1).label;
            let here_label = program.stage(here).label;
            Some(view! {
                <section class="card suggest" aria-labelledby="suggest-h">
                    <h2 id="suggest-h">"It's getting easier"</h2>
                    <p>{SUGGEST_NEXT}</p>
                    <div class="row">
                        <button type="button" class="primary" on:click=move |_| mover.to(here + 1, format!("You're now at {next}."))>
                            {format!("Try {next}")}
                        </button>
                        <button type="button" on:click=move |_| mover.to(here, format!("You're staying at {here_label} for now."))>
                            "Not yet"
                        </button>
                    </div>
                    <details>
                        <summary>"Why this suggestion?"</summary>
                        <p>{SUGGEST_RULE}</p>
                    </details>
                </section>
            }.into_any())
        }
    }
}

#[component]
fn StageList(program: &'static Program, stage: Memo<usize>, mover: Mover) -> impl IntoView {
    let word = match program.stage_word {
        "Level" => "levels",
        "Week" => "weeks",
        _ => "stages",
    };
    view! {
        <section aria-labelledby="stages-h">
            <h2 id="stages-h">{format!("All {word}")}</h2>
            <p class="hint">"Nothing is locked. Move on early or step back whenever you like."</p>
            <ol class="stage-list">
                {program.stages.iter().enumerate().map(|(i, s)| {
                    let label = s.label;
                    let action = move || {
                        let here = stage.get();
                        if i == here {
                            view! { <span class="here">"You are here"</span> }.into_any()
                        } else {
                            let (text, said) = if i > here {
                                (format!("Move on to {label}"), format!("You're now at {label}."))
                            } else {
                                (format!("Step back to {label}"), format!("You're back at {label}."))
                            };
                            view! {
                                <button type="button" on:click=move |_| mover.to(i, said.clone())>{text}</button>
                            }.into_any()
                        }
                    };
                    view! {
                        <li class:current=move || stage.get() == i>
                            <p><strong>{s.label}": "</strong>{s.name}</p>
                            <p class="hint">{s.about}</p>
                            {action}
                        </li>
                    }
                }).collect_view()}
            </ol>
        </section>
    }
}

#[component]
fn Statistics(program: &'static Program) -> impl IntoView {
    let id = program.id;
    let logs = state::collection::<Practice>();
    let today = platform::today();
    let stats = Memo::new(move |_| logs.with(|v| practice::stats(v, id, today)));
    view! {
        <section aria-labelledby="stats-h">
            <h2 id="stats-h">"How it's going"</h2>
            {move || {
                let s = stats.get();
                if s.count == 0 {
                    return view! { <p>"No practices logged yet. The first one is the bravest."</p> }.into_any();
                }
                let avg = |t: Option<u32>| t.map(practice::tenths).unwrap_or_default();
                view! {
                    <dl class="stats">
                        <div><dt>"Practices logged"</dt><dd>{s.count}</dd></div>
                        <div><dt>"Days you practised"</dt><dd>{s.days}</dd></div>
                        <div><dt>"In the last 7 days"</dt><dd>{s.last_7_days}</dd></div>
                        <div><dt>"Met with care"</dt><dd>{s.care}</dd></div>
                        <div><dt>"Neutral"</dt><dd>{s.neutral}</dd></div>
                        <div><dt>"It hurt"</dt><dd>{s.hurt}</dd></div>
                        <div><dt>"Average discomfort before"</dt><dd>{avg(s.avg_before_tenths)}" of 10"</dd></div>
                        <div><dt>"Average discomfort after"</dt><dd>{avg(s.avg_after_tenths)}" of 10"</dd></div>
                    </dl>
                }.into_any()
            }}
            {move || {
                let series = logs.with(|v| practice::discomfort_series(v, id, 30));
                (!series.is_empty()).then(|| {
                    let summary = practice::discomfort_summary(&series);
                    let labels = series.iter().map(|(d, _, _)| d.short()).collect();
                    let before = series.iter().map(|(_, b, _)| Some(*b as f64)).collect();
                    let after = series.iter().map(|(_, _, a)| Some(*a as f64)).collect();
                    view! {
                        <LineChart title="Discomfort over time" labels=labels y_max=10.0 summary=summary
                            series=vec![
                                Series { name: "Before".into(), values: before },
                                Series { name: "After".into(), values: after },
                            ]/>
                    }
                })
            }}
        </section>
    }
}

#[component]
fn RecentPractices(program: &'static Program) -> impl IntoView {
    let id = program.id;
    let logs = state::collection::<Practice>();
    let wins_c = state::collection::<Win>();
    let error = RwSignal::new(None::<StoreError>);
    let navigate = use_navigate();
    let recent = Memo::new(move |_| {
        logs.with(|v| {
            v.iter()
                .rev()
                .filter(|l| l.program == id)
                .take(10)
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    let make_win = Callback::new(move |p: Practice| {
        let w = wins::from_practice(&p, platform::new_id());
        let href = format!("/wins/{}", w.id);
        match wins_c.save(w) {
            Ok(()) => {
                error.set(None);
                navigate(&href, Default::default());
            }
            Err(e) => error.set(Some(e)),
        }
    });
    view! {
        <section aria-labelledby="recent-h">
            <h2 id="recent-h">"Recent practices"</h2>
            <SaveError error=error/>
            <Show when=move || !recent.with(Vec::is_empty) fallback=|| view! { <p class="hint">"Your practices will appear here."</p> }>
                <ul class="practice-list">
                    <For each=move || recent.get() key=|p| p.id.clone() let:p>
                        <PracticeRow program=program practice=p make_win=make_win error=error/>
                    </For>
                </ul>
            </Show>
        </section>
    }
}

/// One logged practice: what was done, how it went, saving it as a win, deleting it.
#[component]
fn PracticeRow(
    program: &'static Program,
    practice: Practice,
    make_win: Callback<Practice>,
    error: RwSignal<Option<StoreError>>,
) -> impl IntoView {
    let logs = state::collection::<Practice>();
    let wins_c = state::collection::<Win>();
    let p = practice;
    let stage_label = program.stage(p.stage as usize).label;
    let who = (!p.with.is_empty()).then(|| format!(" · with {}", p.with));
    let pid = p.id.clone();
    let existing = move || wins_c.with(|w| wins::for_practice(w, &pid).map(|w| w.id.clone()));
    let offer = wins::went_well(&p);
    let win_label = format!("Save as a win: {}", p.did);
    let (id, at) = (p.id.clone(), p.at);
    let delete = Callback::new(move |()| {
        error.set(logs.delete(&id, at).err());
    });
    let source = StoredValue::new(p.clone());
    view! {
        <li class="card">
            <p class="what"><strong>{p.did.clone()}</strong></p>
            <p class="hint">{format!("{} · {}", p.at.day().short(), stage_label)}{who}</p>
            <p>{format!("Discomfort {} before, {} after · {}", p.before, p.after, p.outcome.label())}</p>
            {(!p.note.is_empty()).then(|| view! { <p class="note">{p.note.clone()}</p> })}
            {move || match existing() {
                Some(wid) => Some(view! { <A href=format!("/wins/{wid}")>"Saved as a win: open it"</A> }.into_any()),
                None if offer => Some(view! {
                    <button type="button" aria-label=win_label.clone()
                        on:click=move |_| make_win.run(source.get_value())>"Save as a win"</button>
                }.into_any()),
                None => None,
            }}
            <p class="row">
                <Confirm ask="Delete…" ask_label=format!("Delete: {}", p.did) ask_class="quiet"
                    name="Delete this practice?" question="Delete this practice for good? A win you saved from it stays."
                    yes="Delete it" on_yes=delete/>
            </p>
        </li>
    }
}
