//! Adding a dated piece of evidence to a new belief, and the list of what's been collected.

use super::{evidence_log, sheets};
use crate::base::time::Day;
use crate::content::beliefs::STEPS;
use crate::domain::beliefs::new_beliefs;
use crate::domain::evidence::{self, Evidence};
use crate::platform;
use crate::store::StoreError;
use crate::ui::choice::Choice;
use crate::ui::confirm::Confirm;
use crate::ui::drafts;
use crate::ui::save_error::SaveError;
use leptos::prelude::*;

/// The form. With `worksheet` it adds to that belief; without, the person picks one of
/// their new beliefs (`preselect` chooses the first choice, e.g. from `?w=`).
#[component]
pub fn EvidenceForm(
    #[prop(optional, into)] worksheet: Option<String>,
    #[prop(optional, into)] preselect: Option<String>,
) -> impl IntoView {
    let fixed = worksheet.is_some();
    let choices = Memo::new(move |_| sheets().with(|v| new_beliefs(v)));
    let chosen = RwSignal::new(worksheet.clone().or(preselect).unwrap_or_default());
    // With one new belief only, it is the choice.
    Effect::new(move |_| {
        let c = choices.get();
        if !fixed && !c.iter().any(|b| b.worksheet == chosen.get_untracked()) {
            chosen.set(c.first().map(|b| b.worksheet.clone()).unwrap_or_default());
        }
    });
    let text = RwSignal::new(String::new());
    let today = platform::today();
    let day = RwSignal::new(today.iso());
    // Kept if the app locks while the evidence is being written.
    drafts::keep_text("evidence", "What happened?", text);
    drafts::keep_choice("evidence-day", day);
    if !fixed {
        drafts::keep_choice("evidence-belief", chosen);
    }
    let error = RwSignal::new(None::<StoreError>);
    let status = RwSignal::new(String::new());
    let problem = RwSignal::new(String::new());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        status.set(String::new());
        let Some(d) = Day::parse_iso(&day.get_untracked()) else {
            problem.set("Please choose the day it happened.".into());
            return;
        };
        let d = d.min(platform::today());
        let ws = chosen.get_untracked();
        let Some(e) = Evidence::new(
            platform::new_id(),
            evidence::dated(d, platform::now()),
            &ws,
            &text.get_untracked(),
        ) else {
            problem.set(
                if ws.is_empty() {
                    "Please choose a belief first."
                } else {
                    "Please write a few words about what happened."
                }
                .into(),
            );
            return;
        };
        problem.set(String::new());
        match evidence_log().save(e) {
            Ok(()) => {
                let name = choices.with_untracked(|c| {
                    c.iter().find(|b| b.worksheet == ws).map(|b| b.text.clone())
                });
                status.set(match name {
                    Some(n) => format!("Added to \u{201c}{n}\u{201d}."),
                    None => "Added.".into(),
                });
                text.set(String::new());
                error.set(None);
            }
            Err(e) => error.set(Some(e)),
        }
    };
    view! {
        <form class="evidence-form stack" on:submit=submit>
            {(!fixed).then_some(move || {
                let options = choices.get().into_iter().map(|b| (b.worksheet, b.text)).collect::<Vec<_>>();
                view! {
                    <Choice legend="Which new belief does it support?" name="evidence-belief" options=options
                        selected=Signal::derive(move || Some(chosen.get()))
                        on_choose=Callback::new(move |id| chosen.set(id))/>
                }
            })}
            <label for="evidence-text">"What happened?"</label>
            <textarea id="evidence-text" rows="3" aria-describedby="evidence-example"
                prop:value=move || text.get()
                on:input:target=move |ev| text.set(ev.target().value())></textarea>
            <p id="evidence-example" class="example">"For example: "{STEPS[6].fields[0].example}</p>
            <label for="evidence-day">"When"</label>
            <input id="evidence-day" type="date" max=today.iso()
                prop:value=move || day.get()
                on:input:target=move |ev| day.set(ev.target().value())/>
            <p class="problem" role="alert">{move || problem.get()}</p>
            <SaveError error=error/>
            <p role="status" class="hint">{move || status.get()}</p>
            <button type="submit" class="primary">"Add evidence"</button>
        </form>
    }
}

/// What a worksheet has collected, newest first, each editable in place and removable
/// after a confirmation.
#[component]
pub fn EvidenceList(#[prop(into)] worksheet: String) -> impl IntoView {
    let items = Memo::new(move |_| {
        evidence_log().with(|all| {
            evidence::of_worksheet(all, &worksheet)
                .into_iter()
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    let editing = RwSignal::new(None::<String>);
    // Which piece is being reworded is kept with its words if the app locks.
    drafts::keep_choice("evidence-editing", editing);
    let error = RwSignal::new(None::<StoreError>);
    view! {
        <Show when=move || !items.with(Vec::is_empty)
            fallback=|| view! { <p class="hint">"Nothing collected yet. The first small moment counts."</p> }>
            <p>{move || format!("{} so far.", crate::base::plural::count(items.with(Vec::len), "piece of evidence", "pieces of evidence"))}</p>
            <ul class="evidence-list">
                <For each=move || items.get() key=|e| (e.id.clone(), e.text.clone()) let:e>
                    <EvidenceRow evidence=e editing=editing error=error/>
                </For>
            </ul>
            <SaveError error=error/>
        </Show>
    }
}

/// One piece of evidence: its day and words, rewording it in place (one at a time in the
/// list: `editing` holds the id being edited), and removing it after a confirmation.
#[component]
fn EvidenceRow(
    evidence: Evidence,
    editing: RwSignal<Option<String>>,
    error: RwSignal<Option<StoreError>>,
) -> impl IntoView {
    let id = StoredValue::new(evidence.id.clone());
    let at = evidence.t;
    let text = evidence.text.clone();
    let draft = RwSignal::new(String::new());
    drafts::keep_text(
        &format!("evidence-edit-{}", evidence.id),
        "Your note",
        draft,
    );
    let problem = RwSignal::new(String::new());
    let removing = RwSignal::new(false);
    let is_editing = move || editing.with(|e| id.with_value(|id| e.as_ref() == Some(id)));
    let start_edit = {
        let text = text.clone();
        move |_| {
            draft.set(text.clone());
            problem.set(String::new());
            removing.set(false);
            editing.set(Some(id.get_value()));
        }
    };
    let original = evidence.clone();
    let save_edit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(edited) = original.with_text(&draft.get_untracked()) else {
            problem.set("Write a few words, or remove the note instead.".into());
            return;
        };
        match evidence_log().save(edited) {
            Ok(()) => {
                error.set(None);
                editing.set(None);
            }
            Err(e) => error.set(Some(e)),
        }
    };
    let remove = Callback::new(move |()| {
        match evidence_log().delete(&id.get_value(), at) {
            // The row goes with it.
            Ok(()) => error.set(None),
            Err(e) => {
                error.set(Some(e));
                removing.set(false);
            }
        }
    });
    view! {
        <li>
            <time datetime=at.day().iso()>{at.day().short()}</time>
            <Show when=is_editing fallback=move || view! { <p>{text.clone()}</p> }>
                <form class="stack" on:submit=save_edit.clone()>
                    <label for="evidence-edit">"Your note"</label>
                    <textarea id="evidence-edit" rows="3" prop:value=move || draft.get()
                        on:input:target=move |ev| draft.set(ev.target().value())></textarea>
                    <p class="problem" role="alert">{move || problem.get()}</p>
                    <div class="row">
                        <button type="submit" class="primary">"Save"</button>
                        <button type="button" on:click=move |_| editing.set(None)>"Cancel"</button>
                    </div>
                </form>
            </Show>
            {evidence.win.is_some().then(|| view! { <p class="hint">"From your wins journal."</p> })}
            <Show when=move || !removing.get()>
                <button type="button" class="quiet" on:click=start_edit.clone()>"Edit"</button>
                " "
            </Show>
            <Confirm ask="Remove\u{2026}" ask_class="quiet" question="Remove this note?"
                yes="Remove" open=removing on_yes=remove/>
        </li>
    }
}
