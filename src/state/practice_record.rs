//! What the app's features have recorded, gathered for Today, the morning routine and
//! Progress: a query across features, so it sits with the state, not with any one page.
//! Only glue: each feature's own domain functions do their counting; this file reads their
//! collections and hands plain values to `domain::{routines, consistency, progress}`.
//! Reactive when called inside a reactive closure.

use crate::base::time::Day;
use crate::content::beliefs::LIBRARY;
use crate::domain::beliefs::{new_beliefs, Worksheet};
use crate::domain::checkin::CheckIn;
use crate::domain::conflict::Conflict;
use crate::domain::evidence::Evidence;
use crate::domain::fact_feeling::Statement;
use crate::domain::partner::NeedLog;
use crate::domain::practice::Practice;
use crate::domain::routines::{DayCounts, RoutineEntry, Tick};
use crate::domain::sitting::Sitting;
use crate::domain::urges::{self, Urge};
use crate::domain::wins::Win;
use crate::state;
use std::collections::BTreeSet;

/// The beliefs to read in the morning routine: `(true, the person's own)` from the belief
/// work, else `(false, the balanced beliefs of the belief library)`.
pub fn beliefs_to_review() -> (bool, Vec<String>) {
    let own = state::collection::<Worksheet>().with(|w| new_beliefs(w));
    if own.is_empty() {
        (false, LIBRARY.iter().map(|b| b.new.to_string()).collect())
    } else {
        (true, own.into_iter().map(|b| b.text).collect())
    }
}

/// Every day on which something was practised anywhere in the app.
pub fn practised_days() -> BTreeSet<Day> {
    let mut days = BTreeSet::new();
    state::collection::<RoutineEntry>().with(|v| {
        days.extend(v.iter().filter(|e| e.steps_done > 0).map(|e| e.day()));
    });
    state::collection::<Tick>().with(|v| days.extend(v.iter().map(|t| t.at.day())));
    state::collection::<CheckIn>().with(|v| days.extend(v.iter().map(|e| e.at.day())));
    state::collection::<Practice>().with(|v| days.extend(v.iter().map(|e| e.at.day())));
    state::collection::<Statement>().with(|v| days.extend(v.iter().map(|e| e.at.day())));
    state::collection::<Win>().with(|v| days.extend(v.iter().map(|e| e.at.day())));
    state::collection::<Urge>().with(|v| days.extend(v.iter().map(|e| e.at.day())));
    state::collection::<Conflict>().with(|v| days.extend(v.iter().map(|e| e.at.day())));
    state::collection::<NeedLog>().with(|v| days.extend(v.iter().map(|e| e.at.day())));
    state::collection::<Sitting>().with(|v| days.extend(v.iter().map(|e| e.at.day())));
    state::collection::<Evidence>().with(|v| days.extend(v.iter().map(|e| e.t.day())));
    days
}

/// What other features recorded on `day`, per checklist item.
/// - check-ins: check-ins logged;
/// - a vulnerability practice: a practice, a fact + feeling statement or a win;
/// - noticing urges: urges logged;
/// - staying present: an urge met by staying or coming back, or a conflict break come back from.
pub fn day_counts(day: Day) -> DayCounts {
    let on = |t: crate::base::time::LocalTime| t.day() == day;
    DayCounts {
        check_ins: state::collection::<CheckIn>()
            .with(|v| v.iter().filter(|c| on(c.at)).count() as u32),
        practices: state::collection::<Practice>()
            .with(|v| v.iter().filter(|p| on(p.at)).count() as u32)
            + state::collection::<Statement>()
                .with(|v| v.iter().filter(|s| on(s.at)).count() as u32)
            + state::collection::<Win>().with(|v| v.iter().filter(|w| on(w.at)).count() as u32),
        urges: state::collection::<Urge>().with(|v| urges::count_on(v, day) as u32),
        present: state::collection::<Urge>().with(|v| {
            v.iter()
                .filter(|u| on(u.at) && u.action.is_some_and(|a| a.held()))
                .count() as u32
        }) + state::collection::<Conflict>()
            .with(|v| v.iter().filter(|c| on(c.at) && c.came_back()).count() as u32),
    }
}
