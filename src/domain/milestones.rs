//! Where a person is on the map of progress, and their monthly self-assessment of its markers.
//!
//! Bands follow the program month (`domain::program::month`, counted in calendar months from
//! the start day). The guide's bands share months 4 and 6 ("3–4", "4–6", "6–12"); here a
//! shared month stays in the earlier band and the next band begins on the day that month is
//! complete: months 1–2, 3–4, 5–6, 7–12, then 13 onward. Started 15 January: band 2 begins on
//! 15 March, band 3 on 15 May, band 4 on 15 July, band 5 on 15 January the year after.

use super::program;
use crate::base::time::{Day, LocalTime};
use crate::content::milestones::{Band, BANDS};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Index into `content::milestones::BANDS` for a program month (1-based).
pub fn band_for_month(month: u32) -> usize {
    BANDS
        .iter()
        .rposition(|b| b.from_month <= month.max(1))
        .unwrap_or(0)
}

/// The band a person is in on `today`, having started on `start`.
pub fn band_index(start: Day, today: Day) -> usize {
    band_for_month(program::month(start, today))
}

pub fn current_band(start: Day, today: Day) -> &'static Band {
    &BANDS[band_index(start, today)]
}

/// The first day of the next band, `None` in the last band. Searches day by day (at most a
/// year ahead), so it agrees with `band_index` by construction.
pub fn next_band_begins(start: Day, today: Day) -> Option<Day> {
    let now = band_index(start, today);
    if now + 1 >= BANDS.len() {
        return None;
    }
    let from = today.max(start);
    (1..=400)
        .map(|n| from.plus(n))
        .find(|d| band_index(start, *d) > now)
}

// ----- self-assessment ----------------------------------------------------------------------

/// The three answers, stored as 0 / 1 / 2.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(into = "u8", try_from = "u8")]
pub enum Level {
    NotYet = 0,
    Sometimes = 1,
    Often = 2,
}

impl From<Level> for u8 {
    fn from(l: Level) -> u8 {
        l as u8
    }
}

impl TryFrom<u8> for Level {
    type Error = String;
    fn try_from(n: u8) -> Result<Self, String> {
        match n {
            0 => Ok(Level::NotYet),
            1 => Ok(Level::Sometimes),
            2 => Ok(Level::Often),
            _ => Err(format!("no level {n}")),
        }
    }
}

impl Level {
    pub const ALL: [Level; 3] = [Level::NotYet, Level::Sometimes, Level::Often];
    pub fn label(self) -> &'static str {
        crate::content::milestones::LEVELS[self as usize]
    }
}

/// One sitting of the self-assessment: answers for some markers (keys from the content).
/// Earlier sittings are kept; nothing is overwritten by a later month.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Assessment {
    pub id: String,
    #[serde(rename = "t")]
    pub at: LocalTime,
    #[serde(rename = "a", default, skip_serializing_if = "BTreeMap::is_empty")]
    pub answers: BTreeMap<String, Level>,
}

impl crate::store::Entry for Assessment {
    const KIND: &'static str = "selfcheck";
    fn id(&self) -> &str {
        &self.id
    }
    fn at(&self) -> LocalTime {
        self.at
    }
}

/// A marker whose answer moved between two sittings.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    pub marker: String,
    pub from: Level,
    pub to: Level,
    /// When the earlier answer was given.
    pub since: Day,
}

impl Change {
    pub fn grew(&self) -> bool {
        self.to > self.from
    }
}

/// The latest answer per marker, with the day it was given.
pub fn latest(history: &[Assessment]) -> BTreeMap<String, (Level, Day)> {
    let mut sorted: Vec<&Assessment> = history.iter().collect();
    sorted.sort_by_key(|a| a.at);
    let mut out = BTreeMap::new();
    for a in sorted {
        for (k, l) in &a.answers {
            out.insert(k.clone(), (*l, a.at.day()));
        }
    }
    out
}

/// For each marker: its latest answer compared with the answer given in the sitting before.
/// Only markers whose answer changed are listed, in marker order.
pub fn changes(history: &[Assessment]) -> Vec<Change> {
    let mut sorted: Vec<&Assessment> = history.iter().collect();
    sorted.sort_by_key(|a| a.at);
    let mut per_marker: BTreeMap<&str, Vec<(Level, Day)>> = BTreeMap::new();
    for a in &sorted {
        for (k, l) in &a.answers {
            per_marker
                .entry(k.as_str())
                .or_default()
                .push((*l, a.at.day()));
        }
    }
    per_marker
        .into_iter()
        .filter_map(|(k, v)| {
            let n = v.len();
            if n < 2 || v[n - 1].0 == v[n - 2].0 {
                return None;
            }
            Some(Change {
                marker: k.to_string(),
                from: v[n - 2].0,
                to: v[n - 1].0,
                since: v[n - 2].1,
            })
        })
        .collect()
}

/// A sitting saved earlier today is corrected in place rather than counted as a new month's
/// answers (so fixing a slip never shows up as a "change").
pub fn sitting_to_update(history: &[Assessment], today: Day) -> Option<&Assessment> {
    history
        .iter()
        .filter(|a| a.at.day() == today)
        .max_by_key(|a| a.at)
}

/// The self-assessment is offered again once a calendar month has passed since the last one.
pub fn assessment_due(history: &[Assessment], today: Day) -> bool {
    match history.iter().map(|a| a.at.day()).max() {
        None => true,
        Some(last) => program::month(last, today) >= 2,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    fn d(y: i32, m: u32, dd: u32) -> Day {
        Day::from_ymd(y, m, dd)
    }

    #[test]
    fn bands_follow_program_months_and_shared_months_stay_earlier() {
        let expect = [
            (1, 0),
            (2, 0),
            (3, 1),
            (4, 1),
            (5, 2),
            (6, 2),
            (7, 3),
            (12, 3),
            (13, 4),
            (40, 4),
        ];
        for (m, b) in expect {
            assert_eq!(band_for_month(m), b, "month {m}");
        }
        assert_eq!(band_for_month(0), 0);
    }

    #[test]
    fn the_band_changes_on_the_day_its_month_begins() {
        let s = d(2026, 1, 15);
        assert_eq!(band_index(s, s), 0);
        assert_eq!(band_index(s, d(2026, 3, 14)), 0, "the last day of month 2");
        assert_eq!(band_index(s, d(2026, 3, 15)), 1, "month 3 begins");
        assert_eq!(
            band_index(s, d(2026, 5, 14)),
            1,
            "month 4 is still months 3–4"
        );
        assert_eq!(band_index(s, d(2026, 5, 15)), 2);
        assert_eq!(band_index(s, d(2026, 7, 14)), 2, "month 6 is still 4–6");
        assert_eq!(band_index(s, d(2026, 7, 15)), 3);
        assert_eq!(band_index(s, d(2027, 1, 14)), 3);
        assert_eq!(band_index(s, d(2027, 1, 15)), 4, "a year in");
        assert_eq!(band_index(s, d(2025, 12, 1)), 0, "a start in the future");
        assert_eq!(next_band_begins(s, d(2026, 2, 1)), Some(d(2026, 3, 15)));
        assert_eq!(next_band_begins(s, d(2026, 3, 15)), Some(d(2026, 5, 15)));
        assert_eq!(next_band_begins(s, d(2027, 2, 1)), None);
    }

    fn sitting(id: &str, day: Day, answers: &[(&str, Level)]) -> Assessment {
        Assessment {
            id: id.into(),
            at: LocalTime::from_day_and_minute(day, 600),
            answers: answers.iter().map(|(k, l)| (k.to_string(), *l)).collect(),
        }
    }

    #[test]
    fn changes_compare_each_marker_with_its_previous_answer() {
        let h = vec![
            sitting(
                "2",
                d(2026, 2, 1),
                &[("b1a", Level::Sometimes), ("b1b", Level::Often)],
            ),
            sitting(
                "1",
                d(2026, 1, 1),
                &[
                    ("b1a", Level::NotYet),
                    ("b1b", Level::Often),
                    ("b1c", Level::Often),
                ],
            ),
            sitting("3", d(2026, 3, 1), &[("b1c", Level::Sometimes)]),
        ];
        let c = changes(&h);
        assert_eq!(
            c,
            vec![
                Change {
                    marker: "b1a".into(),
                    from: Level::NotYet,
                    to: Level::Sometimes,
                    since: d(2026, 1, 1)
                },
                Change {
                    marker: "b1c".into(),
                    from: Level::Often,
                    to: Level::Sometimes,
                    since: d(2026, 1, 1)
                },
            ]
        );
        assert!(c[0].grew());
        assert!(!c[1].grew());
        let l = latest(&h);
        assert_eq!(l["b1b"], (Level::Often, d(2026, 2, 1)));
        assert_eq!(l["b1c"].0, Level::Sometimes);
    }

    #[test]
    fn assessment_is_due_again_after_a_calendar_month() {
        assert!(assessment_due(&[], d(2026, 1, 1)));
        let h = vec![sitting("1", d(2026, 1, 31), &[])];
        assert!(!assessment_due(&h, d(2026, 2, 27)));
        assert!(assessment_due(&h, d(2026, 2, 28)));
    }

    #[test]
    fn a_same_day_sitting_is_corrected_in_place() {
        let h = vec![
            sitting("1", d(2026, 1, 1), &[]),
            sitting("2", d(2026, 2, 1), &[]),
        ];
        assert_eq!(
            sitting_to_update(&h, d(2026, 2, 1)).map(|a| a.id.as_str()),
            Some("2")
        );
        assert!(sitting_to_update(&h, d(2026, 2, 2)).is_none());
    }

    #[test]
    fn levels_store_as_small_numbers() {
        let a = sitting("x", Day(0), &[("b1a", Level::Often)]);
        let json = serde_json::to_string(&a).unwrap();
        assert_eq!(json, r#"{"id":"x","t":36000,"a":{"b1a":2}}"#);
        assert_eq!(serde_json::from_str::<Assessment>(&json).unwrap(), a);
        assert!(serde_json::from_str::<Assessment>(r#"{"id":"x","t":1,"a":{"b1a":7}}"#).is_err());
    }
}
