//! /quiz/ecr-r and /quiz/ecr-rs: one statement at a time, answered by tap, click or the
//! 1–7 keys, with a way back to change an answer. Every answer is saved as it is given,
//! so the person can leave and resume later.

use super::Citation;
use crate::content::instrument::SCALE_LABELS;
use crate::domain::attempt::{Attempt, Relation};
use crate::domain::questionnaire::Questionnaire as Q;
use crate::domain::quiz_draft::{Draft, Drafts};
use crate::platform;
use crate::state;
use crate::store::StoreError;
use crate::ui::arrive::arrive_at;
use crate::ui::choice::Choice;
use crate::ui::drafts;
use crate::ui::page::Page;
use crate::ui::save_error::SaveError;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

#[component]
pub fn EcrR() -> impl IntoView {
    view! { <Take q=Q::EcrR/> }
}

#[component]
pub fn EcrRs() -> impl IntoView {
    view! { <Take q=Q::EcrRs/> }
}

#[component]
fn Take(q: Q) -> impl IntoView {
    let inst = q.instrument().expect("a validated questionnaire");
    let drafts = state::doc::<Drafts>();
    // The attempt on screen; it is the stored draft unless a save failed.
    let draft = RwSignal::new(drafts.get_untracked().get(q).cloned());
    // Answers about "people in general" (no longer offered) start again: no welcome back.
    let resumed = draft.with_untracked(|d| {
        d.as_ref()
            .filter(|d| d.relation.is_none_or(|r| r.validated()))
            .map(|d| d.answered(q))
            .unwrap_or(0)
    });
    let error = RwSignal::new(None::<StoreError>);
    let keep = move |d: Option<Draft>| {
        draft.set(d.clone());
        error.set(drafts.update(|all| *all = all.with(q, d)).err());
    };
    let needs_person =
        move || q == Q::EcrRs && draft.with(|d| d.as_ref().is_none_or(|d| d.needs_relation(q)));
    let title = if q == Q::EcrR {
        "The ECR-R questionnaire"
    } else {
        "The short form (ECR-RS)"
    };
    view! {
        <Page title=title class="quiz">
            <p class="lead">{inst.instruction}</p>
            {(resumed > 0).then(|| view! {
                <p class="notice-inline" role="status">{format!("Welcome back. You've answered {resumed} of {}; carry on where you left off.", q.len())}</p>
            })}
            <Show when=needs_person fallback=move || view! { <Items q=q draft=draft keep=keep/> }>
                <ChoosePerson q=q draft=draft keep=keep/>
            </Show>
            <SaveError error=error/>
            <Citation inst=inst/>
        </Page>
    }
}

/// The ECR-RS's first step: who the answers are about.
#[component]
fn ChoosePerson(
    q: Q,
    draft: RwSignal<Option<Draft>>,
    keep: impl Fn(Option<Draft>) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let relation = RwSignal::new(None::<Relation>);
    let person = RwSignal::new(String::new());
    drafts::keep_choice("relation", relation);
    drafts::keep_text("person", "Their name or a nickname", person);
    let missing = RwSignal::new(false);
    let start = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(r) = relation.get_untracked() else {
            missing.set(true);
            return;
        };
        let d = draft
            .get_untracked()
            .unwrap_or_else(|| Draft::new(q, platform::now()));
        keep(Some(d.about(q, r, &person.get_untracked())));
    };
    // A draft from an older version, about "people in general", which is no longer offered.
    let was_general = draft.with_untracked(|d| {
        d.as_ref()
            .and_then(|d| d.relation)
            .is_some_and(|r| !r.validated())
    });
    view! {
        {was_general.then(|| view! {
            <p class="notice-inline" role="status">
                "This short form is made for one specific person, so \u{201c}people in general\u{201d} is no longer a choice here. Choose one person to begin again, or take "
                <A href="/quiz/ecr-r">"the ECR-R"</A>" for a picture of how you are in close relationships generally."
            </p>
        })}
        <form on:submit=start class="stack">
            <Choice legend="Who will you answer about?" name="relation"
                options=Relation::OFFERED.map(|r| (r, r.label())).to_vec() selected=relation
                on_choose=Callback::new(move |r| { relation.set(Some(r)); missing.set(false); })/>
            <Show when=move || relation.get().is_some()>
                <label for="person-name">"Their name or a nickname (optional)"</label>
                <input id="person-name" type="text" maxlength="40" autocomplete="off"
                    prop:value=move || person.get()
                    on:input:target=move |ev| person.set(ev.target().value())/>
                <p class="hint">"Only used to keep your answers about the same person together. It stays on this device."</p>
            </Show>
            <p class="form-note" role="alert">{move || missing.get().then_some("Choose who you'll answer about to begin.")}</p>
            <button type="submit" class="primary">"Begin"</button>
        </form>
        <p class="hint general-hint">"For a picture of how you are in close relationships generally, rather than with one person, "
            <A href="/quiz/ecr-r">"take the ECR-R"</A>"."</p>
    }
}

/// The statements, one at a time.
#[component]
fn Items(
    q: Q,
    draft: RwSignal<Option<Draft>>,
    keep: impl Fn(Option<Draft>) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let inst = q.instrument().expect("a validated questionnaire");
    let attempts = state::collection::<Attempt>();
    let navigate = use_navigate();
    let current =
        move || draft.with(|d| d.clone().unwrap_or_else(|| Draft::new(q, platform::now())));
    let pos = Memo::new(move |_| draft.with(|d| d.as_ref().map(|d| d.position(q)).unwrap_or(0)));
    let answered =
        Memo::new(move |_| draft.with(|d| d.as_ref().map(|d| d.answered(q)).unwrap_or(0)));
    let chosen = move || draft.with(|d| d.as_ref().and_then(|d| d.answers(q)[d.position(q)]));
    // An answer opens the next statement: it comes into view below the header and takes
    // focus (read out by its group's name), so nothing of the last answer stays pressed.
    let answer = move |v: u8| {
        let d = current();
        let before = d.position(q);
        let d = d.answer(q, before, v);
        let moved = d.position(q) != before;
        keep(Some(d));
        if moved {
            arrive_at("quiz-item");
        }
    };
    let go = move |i: usize| keep(Some(current().go(q, i)));
    let finish_error = RwSignal::new(None::<String>);
    let save_error = RwSignal::new(None::<StoreError>);
    let finish = move |_| match current().finish(q, platform::new_id(), platform::now()) {
        Err(e) => finish_error.set(Some(e.to_string())),
        Ok(attempt) => {
            let id = attempt.id.clone();
            match attempts.save(attempt) {
                Err(e) => save_error.set(Some(e)),
                Ok(()) => {
                    keep(None);
                    navigate(&format!("/quiz/result/{id}"), Default::default());
                }
            }
        }
    };
    // The 1–7 keys answer the statement on screen (not while typing in a field).
    let keys = window_event_listener(leptos::ev::keydown, move |ev: web_sys::KeyboardEvent| {
        if ev.ctrl_key() || ev.alt_key() || ev.meta_key() || ev.repeat() {
            return;
        }
        let typing = ev
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
            .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"));
        if typing {
            return;
        }
        if let Some(v) = ev.key().parse::<u8>().ok().filter(|v| (1..=7).contains(v)) {
            ev.prevent_default();
            answer(v);
        }
    });
    on_cleanup(move || keys.remove());
    let about = move || {
        draft.with(|d| {
            d.as_ref().filter(|_| q == Q::EcrRs).and_then(|d| {
                let r = d.relation?;
                Some(if d.person.trim().is_empty() || !r.validated() {
                    format!("About {}", r.label().to_lowercase())
                } else {
                    format!("About {} ({})", d.person.trim(), r.label().to_lowercase())
                })
            })
        })
    };
    let total = q.len();
    view! {
        {move || about().map(|a| view! {
            <p class="about-person">{a}" · "
                <button type="button" class="quiet" on:click=move |_| {
                    let mut d = current();
                    d.relation = None;
                    keep(Some(d));
                }>"Change who"</button>
            </p>
        })}
        <div class="quiz-progress">
            <p id="quiz-progress-text">{move || format!("Statement {} of {total} · {} answered", pos.get() + 1, answered.get())}</p>
            <progress max=total value=move || answered.get() aria-labelledby="quiz-progress-text"></progress>
        </div>
        <div class="item card arrives" id="quiz-item" role="group" aria-labelledby="item-text">
            <p id="item-text" class="item-text">
                <span class="item-number">{move || format!("{}. ", pos.get() + 1)}</span>
                {move || inst.items[pos.get()]}
            </p>
            // Drawn afresh for each statement: a button just tapped (its hover, its press)
            // never carries over to the next one.
            <div class="scale">
                {move || { pos.track(); SCALE_LABELS.iter().enumerate().map(|(k, label)| {
                    let v = k as u8 + 1;
                    view! {
                        <button type="button" class="scale-point"
                            aria-pressed=move || if chosen() == Some(v) { "true" } else { "false" }
                            on:click=move |_| answer(v)>
                            <span class="scale-value">{v}</span>
                            {label.map(|l| view! { " "<span class="scale-label">{l}</span> })}
                        </button>
                    }
                }).collect_view() }}
            </div>
            <p class="hint">"1 is strongly disagree, 4 neutral or mixed, 7 strongly agree; the numbers between are for in between."</p>
            <p class="hint keyboard-tip">"Tip: the number keys 1 to 7 answer too."</p>
        </div>
        <div class="row quiz-nav">
            <button type="button" disabled=move || pos.get() == 0 on:click=move |_| go(pos.get_untracked().saturating_sub(1))>"Previous"</button>
            <button type="button" disabled=move || { pos.get() + 1 >= total } on:click=move |_| go(pos.get_untracked() + 1)>"Next"</button>
            <Show when=move || answered.get() == total>
                <button type="button" class="primary" on:click=finish.clone()>"See my results"</button>
            </Show>
        </div>
        <p class="form-note" role="alert">{move || finish_error.get()}</p>
        <SaveError error=save_error/>
        <p class="hint">"Your answers are saved on this device as you go. " <A href="/quiz">"Leave for now"</A></p>
    }
}
