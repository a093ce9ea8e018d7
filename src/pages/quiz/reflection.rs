//! /quiz/reflection: the guide's seven yes/no questions on one screen.

use crate::content::reflection::{INTRO, QUESTIONS};
use crate::domain::attempt::Attempt;
use crate::domain::questionnaire::{encode, validate, Questionnaire as Q};
use crate::platform;
use crate::state;
use crate::store::StoreError;
use crate::ui::choice::Choice;
use crate::ui::page::Page;
use crate::ui::save_error::SaveError;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

#[component]
pub fn Reflection() -> impl IntoView {
    let answers = RwSignal::new(vec![None::<u8>; QUESTIONS.len()]);
    let missing = RwSignal::new(None::<String>);
    let error = RwSignal::new(None::<StoreError>);
    let attempts = state::collection::<Attempt>();
    let navigate = use_navigate();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let a = answers.get_untracked();
        if let Err(e) = validate(&a, QUESTIONS.len(), Q::Reflection.range()) {
            missing.set(Some(
                e.to_string()
                    .replace("Statement", "Question")
                    .replace("statements", "questions"),
            ));
            return;
        }
        missing.set(None);
        let attempt = Attempt {
            id: platform::new_id(),
            t: platform::now(),
            q: Q::Reflection,
            answers: encode(&a),
            relation: None,
            person: String::new(),
        };
        let id = attempt.id.clone();
        match attempts.save(attempt) {
            Ok(()) => navigate(&format!("/quiz/result/{id}"), Default::default()),
            Err(e) => error.set(Some(e)),
        }
    };
    let question = move |(i, text): (usize, &'static str)| {
        view! {
            <Choice legend=format!("{}. {}", i + 1, text) name=format!("r{}", i + 1) class="yes-no"
                options=vec![(1u8, "Yes"), (0, "No")]
                selected=Signal::derive(move || answers.with(|a| a[i]))
                on_choose=Callback::new(move |v| answers.update(|a| a[i] = Some(v)))/>
        }
    };
    view! {
        <Page title="Quick reflection" class="quiz">
            <p class="lead">{INTRO}</p>
            <form on:submit=submit>
                {QUESTIONS.iter().copied().enumerate().map(question).collect_view()}
                <p class="form-note" role="alert">{move || missing.get()}</p>
                <SaveError error=error/>
                <button type="submit" class="primary">"See what this may suggest"</button>
            </form>
            <p class="hint">"This is an informal self-check drawn from the guide, not a validated questionnaire or a diagnosis."</p>
        </Page>
    }
}
