//! `/beliefs/new`: choose a common belief or write one, say how much you believe it, start.

use super::rating::Slider;
use super::sheets;
use crate::content::beliefs::{belief, LIBRARY};
use crate::domain::beliefs::Worksheet;
use crate::platform;
use crate::store::StoreError;
use crate::ui::choice::Choice;
use crate::ui::drafts;
use crate::ui::page::Page;
use crate::ui::save_error::SaveError;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};

const OWN: &str = "own";

#[component]
pub fn NewWorksheet() -> impl IntoView {
    let query = use_query_map();
    let from = query
        .with_untracked(|q| q.get("from"))
        .filter(|f| belief(f).is_some());
    let choice = RwSignal::new(from.unwrap_or_default());
    let own = RwSignal::new(String::new());
    let old = RwSignal::new(70u8);
    // Kept if the app locks while the belief is being chosen or written.
    drafts::keep_choice("choice", choice);
    drafts::keep_text("own", "The belief, as it sounds in your head", own);
    drafts::keep_choice("old", old);
    let error = RwSignal::new(None::<StoreError>);
    let problem = RwSignal::new(String::new());
    let navigate = use_navigate();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let c = choice.get_untracked();
        let (text, lib) = match belief(&c) {
            Some(b) => (b.old.to_string(), Some(b.id)),
            None if c == OWN && !own.get_untracked().trim().is_empty() => {
                (own.get_untracked(), None)
            }
            None if c == OWN => {
                problem.set("Please write the belief in your own words, or pick one above.".into());
                return;
            }
            None => {
                problem.set("Please pick a belief to work on.".into());
                return;
            }
        };
        problem.set(String::new());
        let ws = Worksheet::start(
            platform::new_id(),
            platform::now(),
            &text,
            lib,
            Some(old.get_untracked()),
        );
        let href = format!("/beliefs/{}/step/{}", ws.id, ws.resume_step(0));
        match sheets().save(ws) {
            Ok(()) => navigate(&href, Default::default()),
            Err(e) => error.set(Some(e)),
        }
    };
    let chosen_belief = Memo::new(move |_| belief(&choice.get()));
    let options = LIBRARY
        .iter()
        .map(|b| {
            let label = view! { <strong>{b.title}</strong><br/>{b.old} };
            (b.id.to_string(), label.into_any())
        })
        .chain([(
            OWN.to_string(),
            view! { <strong>"In my own words"</strong> }.into_any(),
        )])
        .collect::<Vec<_>>();
    view! {
        <Page title="Start a belief worksheet" class="beliefs">
            <p>"Pick the belief that sounds most like you, or put your own into words. You can change the wording later."</p>
            <form class="stack" on:submit=submit>
                <Choice legend="Which belief do you want to work on?" name="belief" options=options
                    selected=Signal::derive(move || Some(choice.get()))
                    on_choose=Callback::new(move |c| choice.set(c))/>
                <Show when=move || choice.get() == OWN>
                    <label for="own-belief">"The belief, as it sounds in your head"</label>
                    <textarea id="own-belief" rows="3"
                        prop:value=move || own.get()
                        on:input:target=move |ev| own.set(ev.target().value())></textarea>
                </Show>
                {move || chosen_belief.get().map(|b| view! {
                    <section class="panel" aria-labelledby="challenges-h">
                        <h2 id="challenges-h">"Ways to question it"</h2>
                        <ul>{b.challenges.iter().map(|c| view! { <li>{*c}</li> }).collect_view()}</ul>
                        <p><strong>"A balanced belief to try: "</strong>{b.new}</p>
                    </section>
                })}
                <Slider id="rate-old-start" label="How much do you believe it right now?" value=old/>
                <p class="hint">"There's no right answer. This is only a starting point to compare with later."</p>
                <p class="problem" role="alert">{move || problem.get()}</p>
                <SaveError error=error/>
                <button type="submit" class="primary">"Start the worksheet"</button>
            </form>
        </Page>
    }
}
