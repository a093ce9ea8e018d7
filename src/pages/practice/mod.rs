//! The practice programs: the list, one view per program, the practice log form, and the
//! fact + feeling composer.

pub mod fact_feeling;
pub mod home;
pub mod log;
pub mod program;

use crate::content::programs::ProgramId;
use crate::domain::practice::Progress;
use crate::platform;
use crate::state;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// The program named by the `:program` segment of the address.
pub fn program_from_route() -> Memo<Option<ProgramId>> {
    let params = use_params_map();
    Memo::new(move |_| params.with(|p| p.get("program").and_then(|s| ProgramId::from_slug(&s))))
}

/// A program's stage today, following the start date and the person's moves.
pub fn stage_of(id: ProgramId) -> Memo<usize> {
    let progress = state::doc::<Progress>();
    let profile = state::profile();
    let today = platform::today();
    Memo::new(move |_| {
        let start = profile.with(|p| p.start.unwrap_or(today));
        progress.with(|pr| pr.stage(id, start, today))
    })
}
