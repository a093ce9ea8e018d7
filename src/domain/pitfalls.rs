//! The periodic pitfall self-check: which of the seven common pitfalls a person recognised,
//! when, and when the check comes round again.

use crate::base::time::{Day, LocalTime};
use crate::content::pitfalls::{pitfall, Pitfall, CHECK_EVERY_DAYS, PITFALLS};
use serde::{Deserialize, Serialize};

/// One self-check: the pitfalls recognised (content keys; empty = none this time).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PitfallCheck {
    pub id: String,
    #[serde(rename = "t")]
    pub at: LocalTime,
    #[serde(rename = "r", default, skip_serializing_if = "Vec::is_empty")]
    pub recognised: Vec<String>,
}

impl crate::store::Entry for PitfallCheck {
    const KIND: &'static str = "pitfall";
    fn id(&self) -> &str {
        &self.id
    }
    fn at(&self) -> LocalTime {
        self.at
    }
}

impl PitfallCheck {
    /// The responses to show, in the content's order; unknown keys are ignored.
    pub fn responses(&self) -> Vec<&'static Pitfall> {
        PITFALLS
            .iter()
            .filter(|p| self.recognised.iter().any(|k| k == p.key))
            .collect()
    }
}

pub fn last(history: &[PitfallCheck]) -> Option<&PitfallCheck> {
    history.iter().max_by_key(|c| c.at)
}

/// The day the next self-check is offered: now if there was none, else four weeks after the last.
pub fn next_check(history: &[PitfallCheck], today: Day) -> Day {
    match last(history) {
        None => today,
        Some(c) => c.at.day().plus(CHECK_EVERY_DAYS),
    }
}

pub fn check_due(history: &[PitfallCheck], today: Day) -> bool {
    next_check(history, today) <= today
}

/// How many earlier checks (before the last) also recognised `key`: "this has come up before".
pub fn seen_before(history: &[PitfallCheck], key: &str) -> u32 {
    let Some(l) = last(history) else { return 0 };
    history
        .iter()
        .filter(|c| c.at < l.at && c.recognised.iter().any(|k| k == key))
        .count() as u32
}

/// Keeps known keys only, once each, in content order.
pub fn clean(keys: &[String]) -> Vec<String> {
    PITFALLS
        .iter()
        .filter(|p| keys.iter().any(|k| k == p.key))
        .map(|p| p.key.to_string())
        .collect()
}

pub fn known(key: &str) -> bool {
    pitfall(key).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;
    fn check(id: &str, day: i32, keys: &[&str]) -> PitfallCheck {
        PitfallCheck {
            id: id.into(),
            at: LocalTime::from_day_and_minute(Day(day), 60),
            recognised: keys.iter().map(|k| k.to_string()).collect(),
        }
    }

    #[test]
    fn due_at_first_then_every_four_weeks() {
        let today = Day(1000);
        assert!(check_due(&[], today));
        let h = vec![check("a", 1000, &[])];
        assert!(!check_due(&h, Day(1027)));
        assert!(check_due(&h, Day(1028)));
        assert_eq!(next_check(&h, today), Day(1028));
    }

    #[test]
    fn responses_follow_recognised_pitfalls() {
        let c = check("a", 1, &["space", "done", "nope"]);
        let keys: Vec<&str> = c.responses().iter().map(|p| p.key).collect();
        assert_eq!(keys, ["done", "space"]);
        assert!(c
            .responses()
            .iter()
            .all(|p| !p.response.is_empty() && !p.try_this.is_empty()));
        assert_eq!(clean(&c.recognised), ["done", "space"]);
        assert!(known("quit") && !known("nope"));
    }

    #[test]
    fn remembers_when_a_pitfall_came_up_before() {
        let h = vec![
            check("a", 1, &["space"]),
            check("b", 30, &[]),
            check("c", 60, &["space", "quit"]),
        ];
        assert_eq!(seen_before(&h, "space"), 1);
        assert_eq!(seen_before(&h, "quit"), 0);
    }
}
