//! `/therapy`: the approaches that suit attachment work, what to look for in a therapist,
//! and a few questions pointing to individual or couples therapy first. No directory and
//! no links out.

use crate::content::safety::{SAFETY_PATH, SAFETY_TITLE};
use crate::content::therapy::{
    question_text, suggestion_text, Suggestion, APPROACHES, LOOK_FOR, NOT_THERAPY,
};
use crate::domain::therapy_choice::Answers;
use crate::ui::choice::Choice;
use crate::ui::page::Page;
use crate::ui::prose::Html;
use crate::ui::safety::SafetyCaveat;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn Therapy() -> impl IntoView {
    let answers = RwSignal::new(Answers::default());
    let questions = Memo::new(move |_| answers.with(|a| a.questions()));
    let suggestion = Memo::new(move |_| answers.with(|a| a.suggestion()));

    view! {
        <Page title="Working with a therapist" class="therapy">
            <p class="lead">{NOT_THERAPY}</p>
            <p>"If you'd like to show a therapist what has changed, "<A href="/summary">"a summary to share"</A>" puts the figures of the weeks you choose on paper. You decide what goes in."</p>

            {guide()}
            <h2>"Individual or couples therapy first?"</h2>
            <p class="hint">"A few questions. Your answers stay on this screen."</p>
            <SafetyCaveat/>
            <For each=move || questions.get() key=|q| q.key() let:q>
                <Choice legend=question_text(q) name=format!("q-{}", q.key()) class="yes-no"
                    options=vec![(true, "Yes"), (false, "No")]
                    selected=Signal::derive(move || answers.with(|a| a.get(q)))
                    on_choose=Callback::new(move |yes| answers.update(|a| a.set(q, yes)))/>
            </For>
            <div class="suggestion" role="status">
                {move || suggestion.get().map(|s| {
                    let (title, text) = suggestion_text(s);
                    let after = if s == Suggestion::OnYourOwn {
                        view! {
                            <p><A href=SAFETY_PATH>{SAFETY_TITLE}</A>" says more, and how to find help near you."</p>
                        }
                        .into_any()
                    } else {
                        view! {
                            <p class="hint">"Many people do both in time: work on your own pattern, and on what happens between you."</p>
                        }
                        .into_any()
                    };
                    view! {
                        <h3>{title}</h3>
                        <p>{text}</p>
                        {after}
                    }
                })}
            </div>
        </Page>
    }
}

/// Approaches and the checklist, as fixed text (the checkboxes need no code: nothing is kept).
fn guide() -> AnyView {
    let mut h = Html::new()
        .el("h2", "Approaches that fit attachment work")
        .open("dl class=\"approaches\"");
    for a in APPROACHES {
        h = h.el("dt", a.name).el("dd", a.about);
    }
    h = h
        .close("dl")
        .el("h2 id=\"look-for\"", "What to look for")
        .el(
            "p class=\"hint\"",
            "Tick what fits, for example after a first session. Nothing is saved.",
        )
        .open("ul class=\"checklist\" aria-labelledby=\"look-for\"");
    for (i, item) in LOOK_FOR.iter().enumerate() {
        h = h
            .open(&format!("li><input type=\"checkbox\" id=\"look-{i}\""))
            .el(&format!("label for=\"look-{i}\""), item)
            .close("li");
    }
    h.close("ul").view("therapy-guide")
}
