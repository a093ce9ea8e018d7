//! Partner attunement: one need noticed (and, ideally, met) each day.

use crate::base::time::{Day, LocalTime};
use crate::content::partner::Need;
use serde::{Deserialize, Serialize};

/// A need noticed, and whether the person met it. Stored as `{"id":…,"t":…,"n":"p","m":1}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NeedLog {
    pub id: String,
    #[serde(rename = "t")]
    pub at: LocalTime,
    #[serde(rename = "n")]
    pub need: Need,
    #[serde(rename = "m", default, skip_serializing_if = "is_false", with = "bit")]
    pub met: bool,
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// `true` as `1`: a byte less per entry for ten years.
mod bit {
    use serde::{Deserialize, Deserializer, Serializer};
    pub fn serialize<S: Serializer>(b: &bool, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_u8(*b as u8)
    }
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<bool, D::Error> {
        Ok(u8::deserialize(d)? != 0)
    }
}

impl crate::store::Entry for NeedLog {
    const KIND: &'static str = "need";
    const DEFER_HISTORY: bool = true;
    fn id(&self) -> &str {
        &self.id
    }
    fn at(&self) -> LocalTime {
        self.at
    }
}

/// Today's attunement, for the partner page and the Today screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TodayStatus {
    /// Nothing logged today yet.
    NotYet,
    /// A need noticed, not (yet) marked met. Carries the entry so it can be marked met.
    Noticed(NeedLog),
    /// A need noticed and met today.
    Met(NeedLog),
}

impl TodayStatus {
    pub fn done(&self) -> bool {
        matches!(self, TodayStatus::Met(_))
    }
}

/// A met need wins over one only noticed; among equals the latest counts.
pub fn today_status(logs: &[NeedLog], today: Day) -> TodayStatus {
    let todays = logs.iter().filter(|l| l.at.day() == today);
    let latest = |met: bool| {
        todays
            .clone()
            .filter(|l| l.met == met)
            .max_by_key(|l| l.at)
            .cloned()
    };
    match (latest(true), latest(false)) {
        (Some(m), _) => TodayStatus::Met(m),
        (None, Some(n)) => TodayStatus::Noticed(n),
        (None, None) => TodayStatus::NotYet,
    }
}

/// Distinct days from `from` to `to` (inclusive) with a need met.
pub fn days_met(logs: &[NeedLog], from: Day, to: Day) -> usize {
    let mut days: Vec<Day> = logs
        .iter()
        .filter(|l| l.met && (from..=to).contains(&l.at.day()))
        .map(|l| l.at.day())
        .collect();
    days.sort();
    days.dedup();
    days.len()
}

/// How often each need was met in a range, most often first (ties in the usual order).
pub fn met_by_need(logs: &[NeedLog], from: Day, to: Day) -> Vec<(Need, usize)> {
    let mut v: Vec<(Need, usize)> = Need::ALL
        .iter()
        .map(|&n| {
            (
                n,
                logs.iter()
                    .filter(|l| l.met && l.need == n && (from..=to).contains(&l.at.day()))
                    .count(),
            )
        })
        .filter(|(_, c)| *c > 0)
        .collect();
    v.sort_by_key(|&(_, count)| std::cmp::Reverse(count));
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    fn log(id: &str, day: Day, minute: u32, need: Need, met: bool) -> NeedLog {
        NeedLog {
            id: id.into(),
            at: LocalTime::from_day_and_minute(day, minute),
            need,
            met,
        }
    }

    #[test]
    fn stored_form_is_compact() {
        let l = log("x", Day(0), 0, Need::Presence, false);
        assert_eq!(
            serde_json::to_string(&l).unwrap(),
            r#"{"id":"x","t":0,"n":"p"}"#
        );
        let m = NeedLog { met: true, ..l };
        let json = serde_json::to_string(&m).unwrap();
        assert_eq!(json, r#"{"id":"x","t":0,"n":"p","m":1}"#);
        assert_eq!(serde_json::from_str::<NeedLog>(&json).unwrap(), m);
    }

    #[test]
    fn today_prefers_a_met_need_and_ignores_other_days() {
        let today = Day(20_000);
        assert_eq!(today_status(&[], today), TodayStatus::NotYet);
        let y = log("y", today.plus(-1), 600, Need::Time, true);
        assert_eq!(
            today_status(std::slice::from_ref(&y), today),
            TodayStatus::NotYet
        );
        let a = log("a", today, 600, Need::Presence, false);
        let b = log("b", today, 700, Need::Validation, false);
        assert_eq!(
            today_status(&[y.clone(), a.clone(), b.clone()], today),
            TodayStatus::Noticed(b.clone())
        );
        let m = log("m", today, 500, Need::Affection, true);
        let st = today_status(&[y, a, b, m.clone()], today);
        assert!(st.done());
        assert_eq!(st, TodayStatus::Met(m));
    }

    #[test]
    fn met_days_are_counted_once_and_by_need() {
        let d = Day(20_000);
        let logs = vec![
            log("1", d, 600, Need::Presence, true),
            log("2", d, 700, Need::Presence, true),
            log("3", d.plus(1), 600, Need::Validation, true),
            log("4", d.plus(2), 600, Need::Time, false),
            log("5", d.plus(-10), 600, Need::Time, true),
        ];
        assert_eq!(days_met(&logs, d, d.plus(6)), 2);
        assert_eq!(
            met_by_need(&logs, d, d.plus(6)),
            vec![(Need::Presence, 2), (Need::Validation, 1)]
        );
    }
}
