//! /quiz/result/:id: one attempt's result. Scores with their placement, the map with the
//! trajectory up to this attempt, what it may suggest, and where to start.

use super::Citation;
use crate::content::guidance::{links, region_meaning};
use crate::domain::attempt::{retake, trajectory, trajectory_until, Attempt};
use crate::domain::guidance::start_with;
use crate::domain::questionnaire::{
    closest, decode, one_decimal, place, reference_note, score, Questionnaire as Q, Scores,
};
use crate::domain::reflection;
use crate::platform;
use crate::state;
use crate::ui::attachment_map::AttachmentMap;
use crate::ui::page::Page;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

#[component]
pub fn QuizResult() -> impl IntoView {
    let params = use_params_map();
    let attempts = state::collection::<Attempt>();
    let found = Memo::new(move |_| {
        let id = params.read().get("id").unwrap_or_default();
        attempts.with(|v| v.iter().find(|a| a.id == id).cloned())
    });
    move || match found.get() {
        None => view! {
            <Page title="Result not found" class="quiz">
                <p>"This attempt isn't on this device any more; it may have been deleted."</p>
                <p><A href="/quiz/history">"See all attempts"</A></p>
            </Page>
        }
        .into_any(),
        Some(a) if a.q == Q::Reflection => view! { <ReflectionResult attempt=a/> }.into_any(),
        Some(a) => view! { <ScoreResult attempt=a/> }.into_any(),
    }
}

#[component]
fn ReflectionResult(attempt: Attempt) -> impl IntoView {
    let body = match reflection::result(&decode(&attempt.answers)) {
        Err(e) => view! { <p>{e.to_string()}</p> }.into_any(),
        Ok(r) => view! {
            <p class="score-line"><strong>{r.count_words()}</strong></p>
            <p>{r.meaning()}</p>
        }
        .into_any(),
    };
    view! {
        <Page title="Your quick reflection" class="quiz">
            <p class="hint">{format!("Taken on {}.", attempt.t.day().long())}</p>
            {body}
            <p class="hint">"An informal self-check from the guide: not a validated questionnaire, and not a diagnosis."</p>
            <h2>"Where next"</h2>
            <ul class="next-steps">
                <li><A href="/quiz/ecr-r">"The ECR-R questionnaire"</A>" for a fuller, research-based picture"</li>
                <li><A href="/understand">"Understand the pattern"</A>" in four short pieces"</li>
                <li><A href="/quiz/history">"All your attempts"</A></li>
            </ul>
        </Page>
    }
}

#[component]
fn ScoreResult(attempt: Attempt) -> impl IntoView {
    let inst = attempt.q.instrument().expect("scored questionnaire");
    let attempts = state::collection::<Attempt>();
    let title = format!("Your {} result", inst.short);
    let scores: Result<Scores, _> = score(inst, &decode(&attempt.answers));
    let s = match scores {
        Err(e) => {
            return view! {
                <Page title=title class="quiz">
                    <p>"This attempt can't be scored: " {e.to_string()}</p>
                    <p><A href="/quiz/history">"See all attempts"</A></p>
                </Page>
            }
            .into_any()
        }
        Ok(s) => s,
    };
    let about = attempt.about();
    let outside = attempt.outside_validated_form();
    let placement = move |score: f64, dim: &'static str| {
        let words = match inst.reference {
            Some(r) => place(
                score,
                if dim == "Anxiety" {
                    r.anxiety
                } else {
                    r.avoidance
                },
            )
            .words()
            .to_string(),
            None if outside => {
                "compare it only with your other answers about people in general".to_string()
            }
            None => "compare it with your own earlier answers about the same person".to_string(),
        };
        view! {
            <div class="score">
                <dt>{dim}</dt>
                <dd><span class="score-value">{one_decimal(score)}</span>" out of 7: "{words}</dd>
            </div>
        }
    };
    let near = closest(s);
    let guide = links(&start_with(s));
    let a2 = attempt.clone();
    let map = move || {
        let pts = attempts.with(|v| trajectory_until(v, &a2));
        let labels = pts.iter().map(|p| p.t.day().short()).collect::<Vec<_>>();
        let map_title = if about.is_empty() {
            format!("Your {} map", inst.short)
        } else {
            format!("Your {} map: {}", inst.short, about.to_lowercase())
        };
        view! { <AttachmentMap title=map_title points=pts labels=labels reference=inst.reference/> }
    };
    let series = attempt.series();
    let last_day = move || attempts.with(|v| trajectory(v, &series).last().map(|p| p.t.day()));
    let is_rs = attempt.q == Q::EcrRs;
    view! {
        <Page title=title class="quiz">
            <p class="hint">{format!("Taken on {}. ", attempt.t.day().long())}{attempt.about()}</p>
            {outside.then(|| view! {
                <p class="notice-inline outside-form">
                    "This attempt was answered about people in general. The short form is made and tested for one \
                     specific person, so these scores sit outside what it was validated for: read them loosely. For a \
                     general picture, "<A href="/quiz/ecr-r">"the ECR-R"</A>" is the validated choice."
                </p>
            })}
            <dl class="scores">
                {placement(s.anxiety, "Anxiety")}
                {placement(s.avoidance, "Avoidance")}
            </dl>
            {inst.reference.map(|r| view! { <p class="hint reference-note">{reference_note(&r)}</p> })}
            <Citation inst=inst/>
            <p class="closest"><strong>{format!("On the map, your answers are {}.", near.words())}</strong></p>
            {map}
            <h2>"What this may suggest"</h2>
            <p>{region_meaning(near.region)}</p>
            {(!guide.is_empty()).then(move || view! {
                <h3>"Where to start"</h3>
                <ul class="next-steps">
                    {guide.into_iter().map(|l| view! { <li><A href=l.path>{l.label}</A>" — "{l.why}</li> }).collect_view()}
                </ul>
            })}
            {is_rs.then(|| view! { <p class="hint">{move || retake(last_day(), platform::today()).words()}</p> })}
            <p><A href="/quiz/history">"All attempts and your map over time"</A>" · "<A href="/quiz">"Questionnaires"</A></p>
        </Page>
    }
    .into_any()
}
