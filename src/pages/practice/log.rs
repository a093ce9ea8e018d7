//! `/practice/:program/log`: log a practice in seconds.

use super::stage_of;
use crate::content::programs::{Program, ProgramId};
use crate::domain::practice::{Draft, Outcome, Practice};
use crate::pages::not_found::NotFound;
use crate::platform;
use crate::state;
use crate::store::StoreError;
use crate::ui::arrive::confirm_next;
use crate::ui::choice::Choice;
use crate::ui::drafts;
use crate::ui::page::Page;
use crate::ui::save_error::SaveError;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

#[component]
pub fn LogPractice() -> impl IntoView {
    let id = super::program_from_route();
    move || match id.get() {
        Some(p) if p != ProgramId::FactFeeling => {
            view! { <LogForm program=p.program()/> }.into_any()
        }
        _ => view! { <NotFound/> }.into_any(),
    }
}

/// Said on the program's screen once a practice is saved.
pub const SAVED: &str = "Your practice is saved.";

#[component]
fn LogForm(program: &'static Program) -> impl IntoView {
    let stage = stage_of(program.id);
    let logs = state::collection::<Practice>();
    let draft = RwSignal::new(Draft::default());
    // Kept whole if the app locks while the practice is being written.
    drafts::keep("practice", draft, |d| {
        [
            ("What I did", &d.did),
            ("With whom", &d.with),
            ("Note", &d.note),
        ]
        .into_iter()
        .flat_map(|(label, text)| drafts::text_words(label, text))
        .collect()
    });
    let problem = RwSignal::new(None::<&'static str>);
    let error = RwSignal::new(None::<StoreError>);
    let navigate = use_navigate();
    let back = format!("/practice/{}", program.slug);
    let back_after = back.clone();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let d = draft.get_untracked();
        match d.into_practice(
            platform::new_id(),
            platform::now(),
            program.id,
            stage.get_untracked(),
        ) {
            Err(e) => problem.set(Some(e.message())),
            Ok(p) => {
                problem.set(None);
                match logs.save(p) {
                    Ok(()) => {
                        confirm_next(SAVED);
                        navigate(&back_after, Default::default());
                    }
                    Err(e) => error.set(Some(e)),
                }
            }
        }
    };
    let scale = move |label: &'static str,
                      id: &'static str,
                      get: fn(&Draft) -> u8,
                      set: fn(&mut Draft, u8)| {
        view! {
            <div class="scale">
                <label for=id>{label}" "<span class="hint">"(0 = none, 10 = the most)"</span></label>
                <div class="row">
                    <input type="range" id=id min="0" max="10" step="1"
                        prop:value=move || draft.with(|d| get(d).to_string())
                        aria-valuetext=move || format!("{} of 10", draft.with(get))
                        on:input:target=move |ev| {
                            let v = ev.target().value().parse().unwrap_or(0);
                            draft.update(|d| set(d, v));
                        }/>
                    <output for=id aria-hidden="true">{move || draft.with(get)}</output>
                </div>
            </div>
        }
    };
    view! {
        <Page title="Log a practice" class="practice log">
            <p class="lead">{move || {
                let s = program.stage(stage.get());
                format!("{} · {}, {}", program.title, s.label, s.name.to_lowercase())
            }}</p>
            <form on:submit=submit class="stack" novalidate>
                <label for="did">"What I did"</label>
                <textarea id="did" rows="2" required
                    prop:value=move || draft.with(|d| d.did.clone())
                    on:input:target=move |ev| draft.update(|d| d.did = ev.target().value())></textarea>
                <details class="ideas">
                    <summary>"Ideas for this step"</summary>
                    <ul>{move || program.stage(stage.get()).examples.iter().map(|e| view! { <li>{*e}</li> }).collect_view()}</ul>
                </details>
                <label for="with">"With whom "<span class="hint">"(optional)"</span></label>
                <input id="with" type="text" autocomplete="off"
                    prop:value=move || draft.with(|d| d.with.clone())
                    on:input:target=move |ev| draft.update(|d| d.with = ev.target().value())/>
                {scale("Discomfort before", "before", |d| d.before, |d, v| d.before = v)}
                {scale("Discomfort after", "after", |d| d.after, |d, v| d.after = v)}
                <Choice legend="How did it go?" name="outcome"
                    options=Outcome::ALL.map(|o| (o, o.label())).to_vec()
                    selected=Signal::derive(move || draft.with(|d| d.outcome))
                    on_choose=Callback::new(move |o| draft.update(|d| d.outcome = Some(o)))/>
                <label for="note">"Note "<span class="hint">"(optional)"</span></label>
                <textarea id="note" rows="2"
                    prop:value=move || draft.with(|d| d.note.clone())
                    on:input:target=move |ev| draft.update(|d| d.note = ev.target().value())></textarea>
                <p class="form-problem" role="alert">{move || problem.get()}</p>
                <SaveError error=error/>
                <div class="row">
                    <button type="submit" class="primary">"Save practice"</button>
                    <A href=back attr:class="button quiet">"Cancel"</A>
                </div>
            </form>
        </Page>
    }
}
