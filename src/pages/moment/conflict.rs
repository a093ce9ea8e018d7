//! `/moment/conflict`: staying in a difficult conversation, as a guided flow of seven
//! steps. Each step has words to say that the person can change and keep. The break
//! timer shows the agreed time and calls them back at the end (here, in the app's banner
//! elsewhere, and as a notification where allowed). The break is logged as it starts and
//! completed when they come back, or when they end it without going back: always
//! possible, never hurried, and recorded neutrally.

use super::return_prompt::ask_to_notify;
use crate::base::plural::count;
use crate::content::moment::{BREAK_AVOID, BREAK_CHOICES, BREAK_HELPS, CONFLICT_STEPS, DONT};
use crate::domain::conflict::{Break, Conflict, Flow, Words, BREAK_STEP, STEPS};
use crate::platform;
use crate::state;
use crate::store::StoreError;
use crate::ui::arrive::arrive_at;
use crate::ui::choice::Choice;
use crate::ui::drafts;
use crate::ui::page::Page;
use crate::ui::prose::Html;
use crate::ui::safety::{AfraidLine, SafetyCaveat};
use crate::ui::save_error::SaveError;
use crate::ui::timer::Timer;
use leptos::prelude::*;
use leptos_router::components::A;

/// Minutes offered when the agreed time is up and they need a little longer.
const MORE_MINUTES: u32 = 10;
/// The step that asks for a time (0-based).
const TIME_STEP: usize = crate::content::moment::TIME_STEP;
/// Ids of what an action brings into view: the step, the running break, the outcome.
const STEP_CARD: &str = "conflict-step";
const BREAK_NOW: &str = "break-now";
const OUTCOME: &str = "conflict-outcome";

#[component]
pub fn ConflictFlow() -> impl IntoView {
    let flow = state::doc::<Flow>();
    let conflicts = state::collection::<Conflict>();
    let error = RwSignal::new(None::<StoreError>);
    let finished = RwSignal::new(false);
    let ended = RwSignal::new(false);
    let step = Memo::new(move |_| flow.with(|f| f.step));
    let step = move || step.get();

    let save_flow = move |f: Flow| error.set(flow.save(f).err());
    // Every move between steps brings the new step to the top, below the header.
    let next = move |_| {
        let mut f = flow.get_untracked();
        f.next();
        save_flow(f);
        arrive_at(STEP_CARD);
    };
    let back = move |_| {
        let mut f = flow.get_untracked();
        f.back();
        save_flow(f);
        arrive_at(STEP_CARD);
    };
    let finish = move |_| {
        let mut f = flow.get_untracked();
        f.reset();
        if flow.save(f).is_ok() {
            error.set(None);
            finished.set(true);
            arrive_at(OUTCOME);
        }
    };
    let start_break = move |_| {
        ask_to_notify();
        let mut f = flow.get_untracked();
        let entry = f.start_break(platform::new_id(), platform::now());
        // Log first: if that fails, the flow doesn't pretend a break is running.
        if let Err(e) = conflicts.save(entry) {
            error.set(Some(e));
            return;
        }
        save_flow(f);
        // The countdown, not the header, is what they need to see now.
        arrive_at(BREAK_NOW);
    };
    let come_back = move || {
        let mut f = flow.get_untracked();
        let Some(entry) = f.come_back(platform::now()) else {
            return;
        };
        if let Err(e) = conflicts.save(entry) {
            error.set(Some(e));
            return;
        }
        save_flow(f);
        arrive_at(STEP_CARD);
    };
    let end_here = move || {
        let mut f = flow.get_untracked();
        let Some(entry) = f.end_here(platform::now()) else {
            return;
        };
        if let Err(e) = conflicts.save(entry) {
            error.set(Some(e));
            return;
        }
        if flow.save(f).is_ok() {
            error.set(None);
            ended.set(true);
            arrive_at(OUTCOME);
        }
    };

    view! {
        <Page title="Stay in the conversation" class="moment conflict">
            <Show when=move || ended.get()>
                <div class="step-card arrives" id=OUTCOME role="status">
                    <h2>"The break has ended"</h2>
                    <p class="step-text">"You chose not to go back this time. That's yours to decide: you know your situation best."</p>
                    <p>"Look after yourself now, in whatever way helps."</p>
                </div>
                <div class="step-nav">
                    <A href="/moment/grounding" attr:class="button primary">"Ground yourself"</A>
                    <A href="/moment" attr:class="button">"Back to Help now"</A>
                    <button type="button" class="quiet" on:click=move |_| ended.set(false)>"Start again"</button>
                </div>
            </Show>
            <Show when=move || !ended.get()>
            <Show when=move || !finished.get() fallback=move || view! {
                <div class="step-card arrives" id=OUTCOME role="status">
                    <h2>"You stayed with it"</h2>
                    <p class="step-text">"That took courage. However the conversation went, you stayed in it."</p>
                </div>
                <div class="step-nav">
                    <A href="/moment/urge" attr:class="button primary">"Log the urge"</A>
                    <button type="button" class="quiet" on:click=move |_| finished.set(false)>"Start again"</button>
                </div>
            }>
                <ol class="conflict-steps" aria-label="The seven steps">
                    {CONFLICT_STEPS.iter().enumerate().map(|(i, s)| view! {
                        <li class:current=move || step() == i class:done=move || i < step()
                            aria-current=move || (step() == i).then_some("step")>{s.title}</li>
                    }).collect_view()}
                </ol>
                <section class="step-card arrives" id=STEP_CARD aria-labelledby="conflict-step-title">
                    <p class="step-count">{move || format!("Step {} of {}", step() + 1, STEPS)}</p>
                    <h2 id="conflict-step-title">{move || CONFLICT_STEPS[step()].title}</h2>
                    <p class="step-text">{move || CONFLICT_STEPS[step()].text}</p>
                    {move || {
                        let s = step();
                        (!CONFLICT_STEPS[s].words.is_empty()).then(|| view! { <StepWords step=s/> })
                    }}
                    {move || (step() == TIME_STEP).then(|| view! { <BreakLength flow=flow error=error/> })}
                    {move || (step() == BREAK_STEP).then(|| view! { <BreakTime flow=flow come_back=come_back end_here=end_here/> })}
                </section>
                <SaveError error=error/>
                <div class="step-nav">
                    <Show when=move || 0 < step() && step() != BREAK_STEP>
                        <button type="button" class="quiet" on:click=back>"Back"</button>
                    </Show>
                    {move || match step() {
                        s if s == TIME_STEP => view! {
                            <button type="button" class="primary big" on:click=start_break>"Start the break"</button>
                        }.into_any(),
                        s if s == BREAK_STEP => ().into_any(),
                        s if s + 1 == STEPS => view! {
                            <button type="button" class="primary big" on:click=finish>"Finish"</button>
                        }.into_any(),
                        _ => view! {
                            <button type="button" class="primary big" on:click=next>"Next"</button>
                        }.into_any(),
                    }}
                </div>
            </Show>
            </Show>
            <SafetyCaveat/>
            // What closes a conversation is for while it is going on: once a break has
            // ended without going back, it would read as a telling-off.
            <Show when=move || !ended.get()>{dont()}</Show>
        </Page>
    }
}

/// The words for a step: the person's own if they changed them, else the suggestion.
#[component]
fn StepWords(step: usize) -> impl IntoView {
    let words = state::doc::<Words>();
    let suggested = CONFLICT_STEPS[step].words;
    let editing = RwSignal::new(false);
    let draft = RwSignal::new(String::new());
    // Words being changed are kept if the app locks meanwhile.
    drafts::keep_choice(&format!("editing-{step}"), editing);
    drafts::keep_text(&format!("words-{step}"), "In your own words", draft);
    let error = RwSignal::new(None::<StoreError>);
    let current = move || words.with(|w| w.get(step, suggested).to_string());
    let own = move || words.with(|w| w.is_own(step));
    let keep = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = draft.get_untracked();
        match words.update(|w| w.set(step, &text, suggested)) {
            Ok(()) => {
                error.set(None);
                editing.set(false);
            }
            Err(e) => error.set(Some(e)),
        }
    };
    let reset = move |_| {
        if let Err(e) = words.update(|w| w.set(step, "", suggested)) {
            error.set(Some(e));
        }
    };
    view! {
        <div class="words">
            <p class="words-label">{move || if own() { "Your words" } else { "Words you could say" }}</p>
            <Show when=move || editing.get() fallback=move || view! {
                <blockquote class="say">{current}</blockquote>
                <button type="button" class="quiet" on:click=move |_| { draft.set(current()); editing.set(true); }>
                    "Change these words"
                </button>
                <Show when=own>
                    <button type="button" class="quiet" on:click=reset>"Use the suggestion"</button>
                </Show>
            }>
                <form on:submit=keep>
                    <label for=format!("words-{step}")>"In your own words"</label>
                    <textarea id=format!("words-{step}") rows="3" prop:value=move || draft.get()
                        on:input:target=move |ev| draft.set(ev.target().value())></textarea>
                    <SaveError error=error/>
                    <button type="submit" class="primary">"Keep my words"</button>
                    <button type="button" class="quiet" on:click=move |_| editing.set(false)>"Cancel"</button>
                </form>
            </Show>
        </div>
    }
}

/// Choosing how long the break is.
#[component]
fn BreakLength(
    flow: crate::state::DocHandle<Flow>,
    error: RwSignal<Option<StoreError>>,
) -> impl IntoView {
    view! {
        <Choice legend="How long a break?" name="break-minutes"
            options=BREAK_CHOICES.iter().map(|&m| (m, count(m, "minute", "minutes"))).collect()
            selected=Signal::derive(move || flow.with(|f| Some(f.minutes)))
            on_choose=Callback::new(move |m| error.set(flow.update(|f| f.set_minutes(m)).err()))/>
        <p class="hint">"Tell them the time, then start the break. Closer will call you back."</p>
    }
}

/// The running break: the agreed time counting down, ideas for the break, the call back,
/// and a way to end it without going back.
#[component]
fn BreakTime(
    flow: crate::state::DocHandle<Flow>,
    come_back: impl Fn() + Copy + Send + Sync + 'static,
    end_here: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let running = Memo::new(move |_| flow.with(|f| f.running.clone()));
    let over = RwSignal::new(
        running
            .get_untracked()
            .is_some_and(|b| b.over(platform::now())),
    );
    let timer = move || {
        running.get().map(|b: Break| {
            let elapsed_ms = (platform::now().0 - b.start.0).max(0) as f64 * 1000.0;
            view! {
                <p class="break-until">{format!("Back at {}", b.ends().hhmm())}</p>
                <Timer seconds=b.minutes * 60 label="Your break" in_words=true started_at=platform::now_ms() - elapsed_ms
                    on_done=move |_| over.set(true)/>
            }
        })
    };
    let more = move |_| {
        if flow.update(|f| f.extend(MORE_MINUTES)).is_ok() {
            over.set(false);
        }
    };
    view! {
        <div class="break arrives" id=BREAK_NOW>
            <Show when=move || over.get()>
                <div class="return-prompt" role="alert">
                    <p class="return-title">"The time you agreed is up"</p>
                    <p>"When you can, go back and pick up where you left off. A little unsure is normal. If you need longer, say so."</p>
                </div>
            </Show>
            {timer}
            <div class="step-nav">
                <button type="button" class="primary big" on:click=move |_| come_back()>"I'm going back now"</button>
                <Show when=move || over.get()>
                    <button type="button" class="quiet" on:click=more>
                        {format!("We agreed {MORE_MINUTES} more minutes")}
                    </button>
                </Show>
            </div>
            <AfraidLine/>
            <div class="end-break">
                <p>"Not going back this time? You can end the break here. Closer notes it as ended, not as missed."</p>
                <button type="button" on:click=move |_| end_here()>"End the break without going back"</button>
            </div>
            {break_ideas()}
        </div>
    }
}

fn dont() -> AnyView {
    Html::new()
        .el("h2", "What closes a conversation")
        .el("p", "Try not to end it with:")
        .list("ul", DONT)
        .view("dont")
}

fn break_ideas() -> AnyView {
    Html::new()
        .el("h3", "Good for the break")
        .list("ul", BREAK_HELPS)
        .el("h3", "Less helpful")
        .list("ul", BREAK_AVOID)
        .open("p")
        .link("/moment/grounding", "Do the 5-4-3-2-1 grounding")
        .close("p")
        .view("break-ideas")
}
