//! "Questionnaires": the quick reflection, the two attachment questionnaires, their results
//! on the map, and the history of attempts.

pub mod history;
pub mod hub;
pub mod reflection;
pub mod result;
pub mod take;

use crate::content::instrument::Instrument;
use leptos::prelude::*;

/// The citation and the reminder that a score is not a diagnosis, shown beside every score.
#[component]
pub fn Citation(inst: &'static Instrument) -> impl IntoView {
    view! { <Citations insts=vec![inst]/> }
}

/// The reminder that a score is not a diagnosis, once, and the citation of each questionnaire.
#[component]
pub fn Citations(insts: Vec<&'static Instrument>) -> impl IntoView {
    let label = if insts.len() == 1 {
        "About this questionnaire"
    } else {
        "About these questionnaires"
    };
    view! {
        <aside class="citation" aria-label=label>
            <p><strong>"Not a diagnosis."</strong>" "
                "Questionnaires like this describe how you answer on one day. The scores are a starting \
                 point for reflection, not a verdict on who you are; a therapist can help you understand them more fully."</p>
            {insts.into_iter().map(|inst| view! {
                <p class="hint">{format!("{} ({}). ", inst.name, inst.short)}{inst.citation}
                    " Used with citation for non-commercial education, as the authors allow."</p>
            }).collect_view()}
        </aside>
    }
}
