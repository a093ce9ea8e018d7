//! `/practice/fact-feeling`: compose today's fact + feeling statement and keep them all.

use super::program::Description;
use crate::content::programs::FACT_FEELING;
use crate::domain::checkin::{Depth, OwnWord};
use crate::domain::fact_feeling::{self, Statement};
use crate::platform;
use crate::state;
use crate::store::StoreError;
use crate::ui::confirm::Confirm;
use crate::ui::drafts;
use crate::ui::page::Page;
use crate::ui::save_error::SaveError;
use crate::ui::wheel::Wheel;
use leptos::prelude::*;

#[component]
pub fn FactFeelingView() -> impl IntoView {
    let program = &FACT_FEELING;
    let statements = state::collection::<Statement>();
    let today = platform::today();
    let fact = RwSignal::new(String::new());
    let feeling = RwSignal::new(String::new());
    // Kept if the app locks while the statement is being written.
    drafts::keep_text("fact", "What happened", fact);
    drafts::keep_choice("feeling", feeling);
    let problem = RwSignal::new(None::<&'static str>);
    let error = RwSignal::new(None::<StoreError>);
    let kept = RwSignal::new(false);
    // The wheel is multi-select; a statement takes one feeling: choosing replaces it.
    let selected = Signal::derive(move || {
        feeling.with(|f| {
            if f.is_empty() {
                vec![]
            } else {
                vec![f.clone()]
            }
        })
    });
    let own = Signal::derive(Vec::<OwnWord>::new);
    let pick = Callback::new(move |w: String| {
        feeling.update(|f| if *f == w { f.clear() } else { *f = w })
    });
    let preview = move || fact_feeling::compose(&fact.get(), &feeling.get());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        kept.set(false);
        match fact_feeling::make(
            &fact.get_untracked(),
            &feeling.get_untracked(),
            platform::new_id(),
            platform::now(),
        ) {
            Err(e) => problem.set(Some(e.message())),
            Ok(s) => {
                problem.set(None);
                match statements.save(s) {
                    Ok(()) => {
                        error.set(None);
                        fact.set(String::new());
                        feeling.set(String::new());
                        kept.set(true);
                    }
                    Err(e) => error.set(Some(e)),
                }
            }
        }
    };
    let todays =
        move || statements.with(|v| fact_feeling::for_day(v, today).map(Statement::sentence));
    let list = Memo::new(move |_| statements.with(|v| v.iter().rev().cloned().collect::<Vec<_>>()));
    let top = move || {
        let t = statements.with(|v| fact_feeling::top_feelings(v, 5));
        (!t.is_empty()).then(|| {
            let words = t
                .iter()
                .map(|(w, n)| format!("{w} ({n})"))
                .collect::<Vec<_>>()
                .join(", ");
            view! { <p class="hint">"Feelings you've named most: "{words}</p> }
        })
    };
    view! {
        <Page title=program.title class="practice fact-feeling">
            <Description program=program/>
            <section class="card" aria-labelledby="today-h">
                <h2 id="today-h">"Today's statement"</h2>
                {move || match todays() {
                    Some(s) => view! { <p class="statement">{s}</p> }.into_any(),
                    None => view! { <p class="hint">"Not written yet today."</p> }.into_any(),
                }}
                <form on:submit=submit class="stack" novalidate>
                    <label for="fact">"What happened"</label>
                    <input id="fact" type="text" autocomplete="off"
                        prop:value=move || fact.get()
                        on:input:target=move |ev| fact.set(ev.target().value())/>
                    <fieldset class="feeling-pick">
                        <legend>"How it left you feeling"</legend>
                        <Wheel depth=Signal::derive(|| Depth::Nuance) selected=selected own=own on_toggle=pick/>
                        <p aria-live="polite">{move || feeling.with(|f| if f.is_empty() { "No feeling chosen yet.".to_string() } else { format!("Chosen: {f}") })}</p>
                    </fieldset>
                    <p class="preview"><span class="hint">"Your sentence: "</span>{preview}</p>
                    <p class="form-problem" role="alert">{move || problem.get()}</p>
                    <SaveError error=error/>
                    <p role="status" class="hint">{move || kept.get().then_some("Kept. Now try saying it to someone.")}</p>
                    <button type="submit" class="primary">"Keep this statement"</button>
                </form>
            </section>
            <details>
                <summary>"Examples"</summary>
                <ul>{program.stages[0].examples.iter().map(|e| view! { <li>{*e}</li> }).collect_view()}</ul>
            </details>
            <section aria-labelledby="kept-h">
                <h2 id="kept-h">"Your statements"</h2>
                {top}
                <Show when=move || !list.with(Vec::is_empty) fallback=|| view! { <p class="hint">"The statements you keep will appear here."</p> }>
                    <ul class="statement-list">
                        <For each=move || list.get() key=|s| s.id.clone() let:s>
                            <StatementRow statement=s error=error/>
                        </For>
                    </ul>
                </Show>
            </section>
        </Page>
    }
}

/// One kept statement, and deleting it after a confirmation.
#[component]
fn StatementRow(statement: Statement, error: RwSignal<Option<StoreError>>) -> impl IntoView {
    let day = statement.at.day().short();
    let sentence = statement.sentence();
    let (id, at) = (statement.id, statement.at);
    let delete = Callback::new(move |()| {
        error.set(state::collection::<Statement>().delete(&id, at).err());
    });
    view! {
        <li>
            <p><span class="hint">{day.clone()}": "</span>{sentence}</p>
            <Confirm ask="Delete" ask_label=format!("Delete the statement of {day}") ask_class="quiet"
                question="Delete this statement for good? This can't be undone."
                yes="Yes, delete it" on_yes=delete/>
        </li>
    }
}
