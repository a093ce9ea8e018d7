//! Belief work: the list of worksheets, starting one, the seven steps, and evidence.
//!
//! - `/beliefs` ([`list::Beliefs`]): my worksheets and my new beliefs.
//! - `/beliefs/new` ([`start::NewWorksheet`]): pick a belief or write one, rate it, start.
//! - `/beliefs/:id` ([`worksheet::Worksheet`]): overview, chart, review, evidence, archive, delete.
//! - `/beliefs/:id/step/:n` ([`step::Step`]): one step, saved on every keystroke.
//! - `/evidence/new` ([`evidence::NewEvidence`]): the quick action.

pub mod evidence;
pub mod evidence_form;
pub mod list;
pub mod rating;
pub mod start;
pub mod step;
pub mod worksheet;

use crate::domain::beliefs::{StepState, Worksheet as Sheet};
use crate::domain::evidence::{count, Evidence};
use crate::state;
use crate::store::StoreError;
use leptos::prelude::*;

pub(crate) fn sheets() -> state::Collection<Sheet> {
    state::collection::<Sheet>()
}

pub(crate) fn evidence_log() -> state::Collection<Evidence> {
    state::collection::<Evidence>()
}

/// How much evidence a worksheet has collected, and where each of its steps stands
/// (both tracked).
pub(crate) fn progress(id: &str, ws: Memo<Option<Sheet>>) -> (Memo<usize>, Memo<Vec<StepState>>) {
    let id = id.to_string();
    let evidence = Memo::new(move |_| evidence_log().with(|all| count(all, &id)));
    let states = Memo::new(move |_| {
        ws.with(|w| {
            w.as_ref()
                .map(|w| w.steps(evidence.get()))
                .unwrap_or_default()
        })
    });
    (evidence, states)
}

/// Applies a change to the stored worksheet and saves it at once. A failed save leaves
/// what the person typed on screen and reports why in `error`.
pub(crate) fn edit(id: &str, error: RwSignal<Option<StoreError>>, f: impl FnOnce(&mut Sheet)) {
    let col = sheets();
    let Some(mut ws) = col.with(|v| v.iter().find(|w| w.id == id).cloned()) else {
        return;
    };
    f(&mut ws);
    error.set(col.save(ws).err());
}

/// Moves focus to the element with this id after the DOM has caught up.
pub(crate) fn focus_later(id: String) {
    request_animation_frame(move || {
        use wasm_bindgen::JsCast;
        if let Some(el) = document()
            .get_element_by_id(&id)
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
        }
    });
}

/// The route's `:id` and the worksheet it names (tracked).
pub(crate) fn route_sheet() -> (Memo<String>, Memo<Option<Sheet>>) {
    let params = leptos_router::hooks::use_params_map();
    let id = Memo::new(move |_| params.with(|p| p.get("id").unwrap_or_default()));
    let col = sheets();
    let ws = Memo::new(move |_| {
        let id = id.get();
        col.with(|v| v.iter().find(|w| w.id == id).cloned())
    });
    (id, ws)
}

/// Shown when a link points at a worksheet that no longer exists.
#[component]
pub(crate) fn Missing() -> impl IntoView {
    view! {
        <crate::ui::page::Page title="Worksheet not found">
            <p>"This worksheet isn't here. It may have been deleted, perhaps in another tab."</p>
            <p><leptos_router::components::A href="/beliefs">"Back to my beliefs"</leptos_router::components::A></p>
        </crate::ui::page::Page>
    }
}
