//! `/beliefs/:id/step/:n`: one step of the worksheet. Every keystroke is saved, so
//! nothing is lost on reload, and the person can move between steps freely.

use super::evidence_form::{EvidenceForm, EvidenceList};
use super::rating::RatingForm;
use super::{edit, focus_later, progress, route_sheet, Missing};
use crate::content::beliefs::{self as content, Field, STEPS};
use crate::domain::beliefs::{List, Moment, Text, Worksheet, STEP_COUNT};
use crate::platform;
use crate::store::StoreError;
use crate::ui::page::Page;
use crate::ui::save_error::SaveError;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

/// What each field of a step edits, in the order of `content::beliefs::STEPS[n].fields`.
enum Slot {
    Text(Text),
    List(List),
    Evidence,
}

fn slots(n: u8) -> &'static [Slot] {
    match n {
        1 => &[Slot::Text(Text::Belief)],
        2 => &[Slot::Text(Text::FirstLearned), Slot::Text(Text::Reinforced)],
        3 => &[Slot::List(List::For), Slot::List(List::Against)],
        4 => &[Slot::List(List::Counterexamples)],
        5 => &[Slot::Text(Text::NewBelief)],
        6 => &[Slot::Text(Text::Practice)],
        _ => &[Slot::Evidence],
    }
}

fn dom_id(slot: &Slot) -> &'static str {
    match slot {
        Slot::Text(Text::Belief) => "belief",
        Slot::Text(Text::FirstLearned) => "first-learned",
        Slot::Text(Text::Reinforced) => "reinforced",
        Slot::Text(Text::NewBelief) => "new-belief",
        Slot::Text(Text::Practice) => "practice",
        Slot::List(List::For) => "evidence-for",
        Slot::List(List::Against) => "evidence-against",
        Slot::List(List::Counterexamples) => "counterexamples",
        Slot::Evidence => "evidence",
    }
}

#[component]
pub fn Step() -> impl IntoView {
    let params = use_params_map();
    let n = Memo::new(move |_| {
        params.with(|p| {
            p.get("n")
                .and_then(|s| s.parse::<u8>().ok())
                .filter(|n| (1..=STEP_COUNT).contains(n))
        })
    });
    let (id, ws) = route_sheet();
    let exists = Memo::new(move |_| ws.with(Option::is_some));
    // Rebuilt only when the step, the worksheet or its existence changes, never on a keystroke.
    move || match (n.get(), exists.get()) {
        (Some(n), true) => step_view(id.get(), n, ws).into_any(),
        _ => view! { <Missing/> }.into_any(),
    }
}

fn step_view(id: String, n: u8, ws: Memo<Option<Worksheet>>) -> impl IntoView {
    let step = &STEPS[n as usize - 1];
    let error = RwSignal::new(None::<StoreError>);
    let (_, states) = progress(&id, ws);
    let initial = ws.get_untracked().unwrap_or_default();
    let library = initial.library.as_deref().and_then(content::belief);
    let fields = step
        .fields
        .iter()
        .zip(slots(n))
        .map(|(f, slot)| field_view(&id, f, slot, &initial, ws, error))
        .collect_view();
    let base = format!("/beliefs/{id}");
    let nav = STEPS
        .iter()
        .map(|s| {
            let k = s.number;
            let state =
                move || states.with(|v| v.get(k as usize - 1).map(|s| s.label()).unwrap_or(""));
            view! {
                <li class=move || format!("step-link {}", state().replace(' ', "-"))>
                    <A href=format!("{base}/step/{k}") attr:aria-current=(k == n).then_some("step")>
                        <span class="num">{k}</span><span class="title">" "{s.title}</span>
                    </A>
                    <span class="sr-only">{move || format!(", {}", state())}</span>
                </li>
            }
        })
        .collect_view();
    let belief_title = move || ws.with(|w| w.as_ref().map(Worksheet::title).unwrap_or_default());
    let extras = match n {
        3 | 4 => library.map(|b| {
            view! {
                <details class="panel">
                    <summary>"Questions that may help"</summary>
                    <ul>{b.challenges.iter().map(|c| view! { <li>{*c}</li> }).collect_view()}</ul>
                </details>
            }
            .into_any()
        }),
        5 => Some(new_belief_extras(id.clone(), library, ws, error).into_any()),
        7 => Some(evidence_extras(id.clone(), ws).into_any()),
        _ => None,
    };
    let prev = (n > 1).then(|| {
        view! { <A href=format!("/beliefs/{id}/step/{}", n - 1) attr:class="button" attr:rel="prev">{format!("Back: step {}", n - 1)}</A> }
    });
    let next = if n < STEP_COUNT {
        view! { <A href=format!("/beliefs/{id}/step/{}", n + 1) attr:class="button primary" attr:rel="next">{format!("Next: step {}", n + 1)}</A> }
            .into_any()
    } else {
        view! { <A href=format!("/beliefs/{id}") attr:class="button primary">"Back to the worksheet"</A> }.into_any()
    };
    view! {
        <Page title=format!("Step {n} of {STEP_COUNT}: {}", step.title) class="beliefs step">
            <p class="working-on"><A href=format!("/beliefs/{id}")>{belief_title}</A></p>
            <nav aria-label="Worksheet steps" class="steps-nav">
                <ol>{nav}</ol>
            </nav>
            <p class="prompt">{step.prompt}</p>
            {(n < STEP_COUNT).then(|| view! { <p class="hint">"Saved as you type. Come back to it any time."</p> })}
            <div class="stack">{fields}</div>
            <SaveError error=error/>
            {extras}
            <p class="step-moves">{prev}" "{next}</p>
        </Page>
    }
}

fn field_view(
    id: &str,
    field: &'static Field,
    slot: &'static Slot,
    initial: &Worksheet,
    ws: Memo<Option<Worksheet>>,
    error: RwSignal<Option<StoreError>>,
) -> AnyView {
    let dom = dom_id(slot);
    let example_id = format!("{dom}-example");
    let example =
        view! { <p id=example_id.clone() class="example">"For example: "{field.example}</p> };
    match slot {
        Slot::Text(t) => {
            let t = *t;
            let id = id.to_string();
            view! {
                <div class="field">
                    <label for=dom>{field.label}</label>
                    <textarea id=dom rows="4" aria-describedby=example_id
                        prop:value=initial.text(t).to_string()
                        on:input:target=move |ev| {
                            let v = ev.target().value();
                            edit(&id, error, |w| w.set_text(t, &v, platform::now()));
                        }></textarea>
                    {example}
                </div>
            }
            .into_any()
        }
        Slot::List(l) => list_view(id.to_string(), *l, dom, field, example, ws, error).into_any(),
        Slot::Evidence => ().into_any(),
    }
}

fn list_view(
    id: String,
    list: List,
    dom: &'static str,
    field: &'static Field,
    example: impl IntoView + 'static,
    ws: Memo<Option<Worksheet>>,
    error: RwSignal<Option<StoreError>>,
) -> impl IntoView {
    // The boxes are rebuilt only when their number changes (add, remove), not on a keystroke.
    let len = Memo::new(move |_| {
        ws.with(|w| {
            w.as_ref()
                .map(|w| w.list_for_editing(list).len())
                .unwrap_or(1)
        })
    });
    let legend_id = format!("{dom}-legend");
    let id_items = id.clone();
    let items = move || {
        let n = len.get();
        let values = ws.with_untracked(|w| {
            w.as_ref()
                .map(|w| w.list_for_editing(list))
                .unwrap_or_default()
        });
        (0..n)
            .map(|i| {
                let value = values.get(i).cloned().unwrap_or_default();
                let (id_in, id_rm) = (id_items.clone(), id_items.clone());
                let input_id = format!("{dom}-{i}");
                let name = format!("{} {}", field.label, i + 1);
                view! {
                    <li>
                        <textarea id=input_id rows="2" aria-label=name.clone()
                            prop:value=value
                            on:input:target=move |ev| {
                                let v = ev.target().value();
                                edit(&id_in, error, |w| w.set_item(list, i, &v, platform::now()));
                            }></textarea>
                        {(n > 1).then(|| view! {
                            <button type="button" class="quiet" aria-label=format!("Remove {name}")
                                on:click=move |_| {
                                    edit(&id_rm, error, |w| w.remove_item(list, i, platform::now()));
                                    focus_later(format!("{dom}-{}", i.saturating_sub(1)));
                                }>"Remove"</button>
                        })}
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <fieldset class="field list-field" aria-describedby=format!("{dom}-example")>
            <legend id=legend_id>{field.label}</legend>
            {example}
            <ol class="items">{items}</ol>
            <button type="button" on:click=move |_| {
                let mut at = 0;
                edit(&id, error, |w| at = w.add_item(list, platform::now()));
                focus_later(format!("{dom}-{at}"));
            }>{format!("Add another: {}", field.label.to_lowercase())}</button>
        </fieldset>
    }
}

fn new_belief_extras(
    id: String,
    library: Option<&'static content::Belief>,
    ws: Memo<Option<Worksheet>>,
    error: RwSignal<Option<StoreError>>,
) -> impl IntoView {
    let due = Memo::new(move |_| ws.with(|w| w.as_ref().and_then(Worksheet::rating_due)));
    let last_old =
        move || ws.with_untracked(|w| w.as_ref().and_then(|w| w.ratings.last().map(|r| r.old)));
    let suggestion = library.map(|b| {
        let id = id.clone();
        view! {
            <div class="panel">
                <p><strong>"A balanced belief you could start from: "</strong>{b.new}</p>
                <button type="button" on:click=move |_| {
                    edit(&id, error, |w| w.set_text(Text::NewBelief, b.new, platform::now()));
                    // The box shows what is stored.
                    if let Some(el) = document().get_element_by_id("new-belief") {
                        use wasm_bindgen::JsCast;
                        if let Ok(t) = el.dyn_into::<web_sys::HtmlTextAreaElement>() {
                            t.set_value(b.new);
                        }
                    }
                }>"Use this wording"</button>
                <p class="hint">"Change it until it sounds like you."</p>
            </div>
        }
    });
    view! {
        {suggestion}
        <Show when=move || due.get() == Some(Moment::NewBelief)>
            <RatingForm worksheet=id.clone() moment=Moment::NewBelief ask_new=true
                legend="Now that it's written: how much do you believe each?"
                start=(last_old().unwrap_or(50), None)/>
        </Show>
    }
}

fn evidence_extras(id: String, ws: Memo<Option<Worksheet>>) -> impl IntoView {
    let has_new = Memo::new(move |_| {
        ws.with(|w| w.as_ref().is_some_and(|w| !w.new_belief.trim().is_empty()))
    });
    let new_text = move || {
        ws.with(|w| {
            w.as_ref()
                .map(|w| w.new_belief.trim().to_string())
                .unwrap_or_default()
        })
    };
    let id2 = id.clone();
    view! {
        <Show when=move || has_new.get()
            fallback={
                let id = id.clone();
                move || view! {
                    <p>"Evidence collects for your new belief. "
                        <A href=format!("/beliefs/{id}/step/5")>"Write it in step 5"</A>" first."</p>
                }
            }>
            <p class="new-belief">{new_text}</p>
            <EvidenceForm worksheet=id2.clone()/>
        </Show>
        <section aria-labelledby="collected-h">
            <h2 id="collected-h">"Collected so far"</h2>
            <EvidenceList worksheet=id.clone()/>
        </section>
    }
}
