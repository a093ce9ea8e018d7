//! /quiz: the three ways to check where you are, unfinished attempts, and the latest result.

use super::Citation;
use crate::content::{ecr_r::ECR_R, reflection};
use crate::domain::attempt::{retake, Attempt};
use crate::domain::questionnaire::Questionnaire as Q;
use crate::domain::quiz_draft::Drafts;
use crate::platform;
use crate::state;
use crate::ui::page::Page;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn Hub() -> impl IntoView {
    let attempts = state::collection::<Attempt>();
    let drafts = state::doc::<Drafts>();
    let progress = move |q: Q| {
        drafts.with(|d| d.get(q).map(|d| d.answered(q))).filter(|n| *n > 0).map(|n| {
            format!("You've answered {n} of {}; your answers are kept, so you can carry on where you left off.", q.len())
        })
    };
    let last_rs =
        move || attempts.with(|v| v.iter().rev().find(|a| a.q == Q::EcrRs).map(|a| a.t.day()));
    let latest = move || attempts.with(|v| v.last().cloned());
    view! {
        <Page title="Questionnaires" class="quiz">
            <p class="lead">"Notice where you are today. Nothing here is a test you can fail, and everything stays on this device."</p>
            <ul class="quiz-choices">
                <li class="card">
                    <h2><A href="/quiz/reflection">"Quick reflection"</A></h2>
                    <p>{reflection::INTRO}</p>
                </li>
                <li class="card">
                    <h2><A href="/quiz/ecr-r">{move || if progress(Q::EcrR).is_some() { "Continue the ECR-R" } else { "The ECR-R questionnaire" }}</A></h2>
                    <p>"36 statements about how you feel in close relationships, about five to ten minutes. \
                        Your answers become two scores, anxiety and avoidance, placed on a map."</p>
                    {move || progress(Q::EcrR).map(|t| view! { <p class="hint">{t}</p> })}
                </li>
                <li class="card">
                    <h2><A href="/quiz/ecr-rs">{move || if progress(Q::EcrRs).is_some() { "Continue the short form" } else { "The short form about one person" }}</A></h2>
                    <p>"9 statements about one relationship (a partner, a parent or a close friend), about two minutes. \
                        For how you are in close relationships generally, the ECR-R is the one to take."</p>
                    {move || progress(Q::EcrRs).map(|t| view! { <p class="hint">{t}</p> })}
                    <p class="hint">{move || retake(last_rs(), platform::today()).words()}</p>
                </li>
            </ul>
            {move || latest().map(|a| view! {
                <p>
                    <A href=format!("/quiz/result/{}", a.id)>{format!("Your latest result ({})", a.t.day().short())}</A>
                    " · "
                    <A href="/quiz/history">"All attempts and your map over time"</A>
                </p>
            })}
            <p>"Want to read first? " <A href="/understand">"Understand the pattern"</A>" in four short pieces."</p>
            <Citation inst=&ECR_R/>
        </Page>
    }
}
