//! The guided morning and evening routines (`/morning`, `/evening`): four timed steps each,
//! saved after every step, so closing the app mid-way loses nothing.

use crate::content::routines::{steps, Routine, Step, StepKind, INTENTION_IDEAS};
use crate::domain::routines::{for_day, handed_over, routine_day, RoutineEntry};
use crate::platform;
use crate::state;
use crate::state::practice_record;
use crate::store::StoreError;
use crate::ui::drafts;
use crate::ui::page::Page;
use crate::ui::save_error::SaveError;
use crate::ui::timer::Timer;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn Morning() -> impl IntoView {
    view! { <RoutineScreen routine=Routine::Morning/> }
}

#[component]
pub fn Evening() -> impl IntoView {
    view! { <RoutineScreen routine=Routine::Evening/> }
}

/// Index shown when every step is behind the person.
const FINISHED: usize = 4;

#[component]
fn RoutineScreen(routine: Routine) -> impl IntoView {
    let col = state::collection::<RoutineEntry>();
    let now = platform::now();
    let day = routine_day(routine, now);
    let (existing, carried) = col.with(|v| {
        (
            for_day(v, routine, day).cloned(),
            handed_over(v, day).map(str::to_string),
        )
    });
    let resume_at = existing
        .as_ref()
        .map(|e| {
            if e.finished() {
                FINISHED
            } else {
                e.steps_done as usize
            }
        })
        .unwrap_or(0);
    let entry = RwSignal::new(
        existing.unwrap_or_else(|| RoutineEntry::new(platform::new_id(), now, routine)),
    );
    let step = RwSignal::new(resume_at);
    // Morning: last night's "tomorrow" fills an empty intention.
    let carried = StoredValue::new(if routine == Routine::Morning {
        carried
    } else {
        None
    });
    let draft_for = move |i: usize| -> String {
        let Some(s) = steps(routine).get(i) else {
            return String::new();
        };
        let saved = entry.with_untracked(|e| e.answer(s.kind).to_string());
        if saved.is_empty() && s.kind == StepKind::Intention {
            return carried.get_value().unwrap_or_default();
        }
        saved
    };
    let draft = RwSignal::new(draft_for(resume_at));
    // The step and its words are kept if the app locks while they are being written.
    drafts::keep_choice("step", step);
    drafts::keep_text("answer", "Your answer", draft);
    let quick = RwSignal::new(false);
    let error = RwSignal::new(None::<StoreError>);
    let time_up = RwSignal::new(false);

    // Moves to step `to`, saving the current step's text first when `keep` is set.
    let go = Callback::new(move |(to, keep): (usize, bool)| {
        let from = step.get_untracked();
        let mut e = entry.get_untracked();
        if keep {
            if let Some(s) = steps(routine).get(from) {
                e.set_answer(s.kind, &draft.get_untracked());
            }
        }
        if to > from {
            e.reach(from);
        }
        if e != entry.get_untracked() {
            if let Err(err) = col.save(e.clone()) {
                error.set(Some(err));
                return;
            }
            entry.set(e);
        }
        error.set(None);
        time_up.set(false);
        draft.set(draft_for(to));
        step.set(to);
    });

    let title = match routine {
        Routine::Morning => "Morning routine",
        Routine::Evening => "Evening routine",
    };
    view! {
        <Page title=title class="routine">
            <p class="lead">{match routine {
                Routine::Morning => "Ten quiet minutes to begin the day. Go at your own pace: skip, pause or move on whenever you like.",
                Routine::Evening => "Ten minutes to close the day kindly. Go at your own pace: skip, pause or move on whenever you like.",
            }}</p>
            {move || {
                let i = step.get();
                match steps(routine).get(i) {
                    None => view! { <Finished routine entry=entry on_again=Callback::new(move |_| go.run((0, false)))/> }.into_any(),
                    Some(s) => view! {
                        <StepView routine index=i step=*s draft quick time_up carried=carried.get_value()/>
                        <SaveError error=Signal::derive(move || error.get())/>
                        <div class="routine-actions">
                            {(i > 0).then(|| view! {
                                <button type="button" on:click=move |_| go.run((i - 1, true))>"Back"</button>
                            })}
                            <button type="button" class="quiet" on:click=move |_| go.run((i + 1, false))>"Skip this step"</button>
                            <button type="button" class=move || if time_up.get() { "primary glow" } else { "primary" }
                                on:click=move |_| go.run((i + 1, true))>
                                {if i + 1 == steps(routine).len() { "Finish" } else { "Next step" }}
                            </button>
                        </div>
                    }.into_any(),
                }
            }}
            <label class="quick-toggle">
                <input type="checkbox" prop:checked=move || quick.get()
                    on:change:target=move |ev| quick.set(ev.target().checked())/>
                " Shorter version (half the time for each step)"
            </label>
        </Page>
    }
}

#[component]
fn StepView(
    routine: Routine,
    index: usize,
    step: Step,
    draft: RwSignal<String>,
    quick: RwSignal<bool>,
    time_up: RwSignal<bool>,
    carried: Option<String>,
) -> impl IntoView {
    let total = steps(routine).len();
    let field_id = format!("step-{index}");
    let hint_id = format!("step-{index}-hint");
    let body = match step.kind {
        StepKind::Beliefs => view! {
            <p class="prompt">{step.prompt}</p>
            <p class="hint">{step.hint}</p>
            <BeliefList/>
        }
        .into_any(),
        kind => {
            let ideas = (kind == StepKind::Intention).then(|| {
                view! {
                    {carried.clone().map(|c| view! {
                        <p class="carried">"Last night you chose: "<q>{c}</q></p>
                    })}
                    <details class="ideas">
                        <summary>"Ideas"</summary>
                        <ul>
                            {INTENTION_IDEAS.iter().map(|idea| view! {
                                <li><button type="button" class="link" on:click=move |_| draft.set(idea.to_string())>{*idea}</button></li>
                            }).collect_view()}
                        </ul>
                    </details>
                }
            });
            view! {
                <label for=field_id.clone()>{step.prompt}</label>
                <p class="hint" id=hint_id.clone()>{step.hint}</p>
                {ideas}
                <textarea id=field_id.clone() aria-describedby=hint_id.clone() rows="4"
                    prop:value=move || draft.get()
                    on:input:target=move |ev| draft.set(ev.target().value())></textarea>
            }
            .into_any()
        }
    };
    view! {
        <section class="routine-step" aria-labelledby="step-title">
            <p class="step-count">{format!("Step {} of {total} · {} min", index + 1, step.minutes)}</p>
            <h2 id="step-title">{step.title}</h2>
            {move || {
                let secs = if quick.get() { step.minutes * 30 } else { step.minutes * 60 };
                view! {
                    <Timer seconds=secs label=format!("Time for: {}", step.title) fixed=true
                        on_done=Callback::new(move |_| time_up.set(true))/>
                }
            }}
            <p class="time-up" aria-live="polite">
                {move || time_up.get().then_some("Time's up for this step. Move on when you're ready.")}
            </p>
            {body}
        </section>
    }
}

/// The beliefs to read in the morning: the person's own new beliefs, else balanced ones to start from.
#[component]
fn BeliefList() -> impl IntoView {
    let (own, list) = practice_record::beliefs_to_review();
    view! {
        <p class="hint">{if own { "Your new beliefs, from your belief work." } else { "Some balanced beliefs to start from. Write your own in the belief work when you're ready." }}</p>
        <ul class="belief-review">
            {list.into_iter().map(|b| view! { <li>{b}</li> }).collect_view()}
        </ul>
    }
}

#[component]
fn Finished(
    routine: Routine,
    entry: RwSignal<RoutineEntry>,
    on_again: Callback<()>,
) -> impl IntoView {
    let answers = move || {
        entry.with(|e| {
            steps(routine)
                .iter()
                .filter_map(|s| {
                    let a = e.answer(s.kind);
                    (!a.is_empty()).then(|| (s.title, a.to_string()))
                })
                .collect::<Vec<_>>()
        })
    };
    let tomorrow = move || entry.with(|e| e.tomorrow.clone());
    view! {
        <section class="routine-done" aria-labelledby="done-title">
            <h2 id="done-title">{match routine {
                Routine::Morning => "Your morning is set",
                Routine::Evening => "Your day is closed, gently",
            }}</h2>
            <p>{match routine {
                Routine::Morning => "Thank you for taking this time. Whatever today brings, you've already done something for yourself.",
                Routine::Evening => "Thank you for looking back with kindness. Rest well.",
            }}</p>
            <Show when=move || routine == Routine::Evening && !tomorrow().is_empty()>
                <p class="carried">"Tomorrow morning you'll find: "<q>{tomorrow}</q></p>
            </Show>
            <dl class="answers">
                {move || answers().into_iter().map(|(t, a)| view! { <dt>{t}</dt><dd>{a}</dd> }).collect_view()}
            </dl>
            {(routine == Routine::Evening).then(|| view! {
                <p><A href="/wins/new">"Keep one of today's wins in your wins journal"</A></p>
            })}
            <div class="routine-actions">
                <button type="button" on:click=move |_| on_again.run(())>"Go through it again"</button>
                <A href="/" attr:class="button primary">"Back to Today"</A>
            </div>
        </section>
    }
}
