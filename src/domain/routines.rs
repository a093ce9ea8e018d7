//! The daily practice as records and rules: one entry per morning or evening routine,
//! the evening's "tomorrow" handed to the next morning, and the checklist for a day.

use crate::base::time::{Day, LocalTime};
use crate::content::routines::{DailyItem, Routine, StepKind, CHECKINS_PER_DAY, CHECKLIST};
use serde::{Deserialize, Serialize};

/// An evening routine done after midnight but before this minute (04:00) still belongs to
/// the evening before: its "tomorrow" is the coming morning, not the one after.
pub const NIGHT_ENDS_MINUTE: u32 = 4 * 60;

/// One run of a routine, saved as the person goes (upserted by id after every step).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct RoutineEntry {
    pub id: String,
    #[serde(rename = "t")]
    pub at: LocalTime,
    #[serde(rename = "r")]
    pub routine: Routine,
    /// Morning: what I'm feeling.
    #[serde(rename = "f", default, skip_serializing_if = "String::is_empty")]
    pub feeling: String,
    /// Morning: today's vulnerability intention.
    #[serde(rename = "i", default, skip_serializing_if = "String::is_empty")]
    pub intention: String,
    /// Morning: one person I'm grateful for, and why.
    #[serde(rename = "g", default, skip_serializing_if = "String::is_empty")]
    pub gratitude: String,
    /// Evening: looking back on the day.
    #[serde(rename = "x", default, skip_serializing_if = "String::is_empty")]
    pub reflection: String,
    /// Evening: small wins.
    #[serde(rename = "w", default, skip_serializing_if = "String::is_empty")]
    pub wins: String,
    /// Evening: kind words to myself.
    #[serde(rename = "c", default, skip_serializing_if = "String::is_empty")]
    pub compassion: String,
    /// Evening: what I'll practise tomorrow (shown in the next morning's routine).
    #[serde(rename = "n", default, skip_serializing_if = "String::is_empty")]
    pub tomorrow: String,
    /// How many steps were reached (4 = the routine ran to the end).
    #[serde(rename = "s", default, skip_serializing_if = "is_zero")]
    pub steps_done: u8,
}

fn is_zero(n: &u8) -> bool {
    *n == 0
}

impl crate::store::Entry for RoutineEntry {
    const KIND: &'static str = "routine";
    const DEFER_HISTORY: bool = true;
    fn id(&self) -> &str {
        &self.id
    }
    fn at(&self) -> LocalTime {
        self.at
    }
}

impl RoutineEntry {
    pub fn new(id: String, at: LocalTime, routine: Routine) -> Self {
        RoutineEntry {
            id,
            at,
            routine,
            ..Default::default()
        }
    }

    /// The text written for a step (steps without a text, like reading beliefs, give "").
    pub fn answer(&self, kind: StepKind) -> &str {
        match kind {
            StepKind::CheckIn => &self.feeling,
            StepKind::Intention => &self.intention,
            StepKind::Beliefs => "",
            StepKind::Gratitude => &self.gratitude,
            StepKind::Reflection => &self.reflection,
            StepKind::Wins => &self.wins,
            StepKind::Compassion => &self.compassion,
            StepKind::Tomorrow => &self.tomorrow,
        }
    }

    /// Sets a step's text, trimmed. Steps without a text ignore it.
    pub fn set_answer(&mut self, kind: StepKind, text: &str) {
        let text = text.trim().to_string();
        match kind {
            StepKind::CheckIn => self.feeling = text,
            StepKind::Intention => self.intention = text,
            StepKind::Beliefs => {}
            StepKind::Gratitude => self.gratitude = text,
            StepKind::Reflection => self.reflection = text,
            StepKind::Wins => self.wins = text,
            StepKind::Compassion => self.compassion = text,
            StepKind::Tomorrow => self.tomorrow = text,
        }
    }

    /// Records that the person got past step `index` (0-based); never goes backwards.
    pub fn reach(&mut self, index: usize) {
        self.steps_done = self.steps_done.max((index + 1).min(4) as u8);
    }

    pub fn finished(&self) -> bool {
        self.steps_done >= 4
    }

    /// The day this routine counts for (late-night evenings count for the evening before).
    pub fn day(&self) -> Day {
        routine_day(self.routine, self.at)
    }
}

/// The day an evening routine done at `t` belongs to.
pub fn evening_day(t: LocalTime) -> Day {
    if t.minute_of_day() < NIGHT_ENDS_MINUTE {
        t.day().plus(-1)
    } else {
        t.day()
    }
}

/// The day a routine started at `now` counts for.
pub fn routine_day(routine: Routine, now: LocalTime) -> Day {
    match routine {
        Routine::Morning => now.day(),
        Routine::Evening => evening_day(now),
    }
}

/// The latest run of a routine that counts for `day`.
pub fn for_day(entries: &[RoutineEntry], routine: Routine, day: Day) -> Option<&RoutineEntry> {
    entries
        .iter()
        .filter(|e| e.routine == routine && e.day() == day)
        .max_by_key(|e| e.at)
}

/// The intention the last evening set for `today`: the latest evening routine belonging to
/// the day before, with something written for tomorrow.
pub fn handed_over(entries: &[RoutineEntry], today: Day) -> Option<&str> {
    entries
        .iter()
        .filter(|e| {
            e.routine == Routine::Evening && e.day() == today.plus(-1) && !e.tomorrow.is_empty()
        })
        .max_by_key(|e| e.at)
        .map(|e| e.tomorrow.as_str())
}

/// Today's vulnerability intention: what this morning's routine chose, else what last
/// evening set for today.
pub fn todays_intention(entries: &[RoutineEntry], today: Day) -> Option<&str> {
    entries
        .iter()
        .filter(|e| e.routine == Routine::Morning && e.day() == today && !e.intention.is_empty())
        .max_by_key(|e| e.at)
        .map(|e| e.intention.as_str())
        .or_else(|| handed_over(entries, today))
}

// ----- the day's checklist ----------------------------------------------------------------

/// A hand tick on the Today screen ("I did this", also for things done outside the app).
/// Unticking deletes it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Tick {
    pub id: String,
    #[serde(rename = "t")]
    pub at: LocalTime,
    /// A `content::routines::CHECKLIST` key.
    #[serde(rename = "k")]
    pub item: String,
}

impl crate::store::Entry for Tick {
    const KIND: &'static str = "tick";
    const DEFER_HISTORY: bool = true;
    fn id(&self) -> &str {
        &self.id
    }
    fn at(&self) -> LocalTime {
        self.at
    }
}

/// What the app's other features recorded on a day, counted per checklist item.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DayCounts {
    pub check_ins: u32,
    pub practices: u32,
    pub urges: u32,
    pub present: u32,
}

impl DayCounts {
    fn of(&self, item: DailyItem) -> u32 {
        match item {
            DailyItem::CheckIns => self.check_ins,
            DailyItem::Vulnerability => self.practices,
            DailyItem::NoticeUrges => self.urges,
            DailyItem::StayPresent => self.present,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ItemState {
    pub key: &'static str,
    pub item: DailyItem,
    /// Done in the app (check-ins, practices, urges logged).
    pub count: u32,
    /// How many the guide asks for.
    pub target: u32,
    /// The hand tick, if any (its id and time, to untick).
    pub tick: Option<(String, LocalTime)>,
}

impl ItemState {
    pub fn done(&self) -> bool {
        self.tick.is_some() || self.count >= self.target
    }
}

/// The checklist for `day`: each item done by doing it in the app or by a hand tick.
pub fn checklist(day: Day, ticks: &[Tick], counts: DayCounts) -> Vec<ItemState> {
    CHECKLIST
        .iter()
        .map(|c| ItemState {
            key: c.key,
            item: c.item,
            count: counts.of(c.item),
            target: if c.item == DailyItem::CheckIns {
                CHECKINS_PER_DAY
            } else {
                1
            },
            tick: ticks
                .iter()
                .filter(|t| t.item == c.key && t.at.day() == day)
                .max_by_key(|t| t.at)
                .map(|t| (t.id.clone(), t.at)),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::routines::{EVENING, MORNING};

    fn at(d: Day, h: u32, m: u32) -> LocalTime {
        LocalTime::from_day_and_minute(d, h * 60 + m)
    }
    fn day() -> Day {
        Day::from_ymd(2026, 11, 29)
    }
    fn evening(id: &str, t: LocalTime, tomorrow: &str) -> RoutineEntry {
        let mut e = RoutineEntry::new(id.into(), t, Routine::Evening);
        e.set_answer(StepKind::Tomorrow, tomorrow);
        e
    }

    #[test]
    fn evening_intention_appears_the_next_morning_only() {
        let d = day();
        let v = vec![evening("a", at(d, 21, 30), "  Ask Sam for a hug  ")];
        assert_eq!(handed_over(&v, d), None, "not on the same day");
        assert_eq!(handed_over(&v, d.plus(1)), Some("Ask Sam for a hug"));
        assert_eq!(handed_over(&v, d.plus(2)), None, "only for the next day");
    }

    #[test]
    fn a_late_night_evening_still_hands_over_to_the_coming_morning() {
        let d = day();
        let v = vec![evening("a", at(d.plus(1), 1, 15), "Share one feeling")];
        assert_eq!(v[0].day(), d);
        assert_eq!(handed_over(&v, d.plus(1)), Some("Share one feeling"));
        let v = [evening("b", at(d.plus(1), 4, 0), "x")];
        assert_eq!(v[0].day(), d.plus(1), "04:00 is morning again");
        assert_eq!(routine_day(Routine::Evening, at(d, 2, 0)), d.plus(-1));
        assert_eq!(routine_day(Routine::Morning, at(d, 2, 0)), d);
    }

    #[test]
    fn latest_evening_wins_and_empty_tomorrow_is_skipped() {
        let d = day();
        let v = vec![
            evening("a", at(d, 20, 0), "first"),
            evening("b", at(d, 22, 0), "second"),
            evening("c", at(d, 23, 0), ""),
        ];
        assert_eq!(handed_over(&v, d.plus(1)), Some("second"));
    }

    #[test]
    fn morning_choice_overrides_the_handed_over_intention() {
        let d = day();
        let mut v = vec![evening("a", at(d, 21, 0), "from last night")];
        assert_eq!(todays_intention(&v, d.plus(1)), Some("from last night"));
        let mut m = RoutineEntry::new("m".into(), at(d.plus(1), 7, 0), Routine::Morning);
        m.set_answer(StepKind::Intention, "my own today");
        v.push(m);
        assert_eq!(todays_intention(&v, d.plus(1)), Some("my own today"));
        assert_eq!(
            for_day(&v, Routine::Morning, d.plus(1)).map(|e| e.id.as_str()),
            Some("m")
        );
        assert!(for_day(&v, Routine::Morning, d).is_none());
    }

    #[test]
    fn steps_reached_only_grow_and_finish_at_four() {
        let mut e = RoutineEntry::new("x".into(), at(day(), 7, 0), Routine::Morning);
        e.reach(1);
        e.reach(0);
        assert_eq!(e.steps_done, 2);
        assert!(!e.finished());
        e.reach(3);
        assert!(e.finished());
        e.reach(9);
        assert_eq!(e.steps_done, 4);
    }

    #[test]
    fn answers_round_trip_for_every_step_and_json_stays_small() {
        let mut e = RoutineEntry::new("x".into(), LocalTime(5), Routine::Evening);
        for (i, s) in MORNING.iter().chain(EVENING.iter()).enumerate() {
            e.set_answer(s.kind, &format!("a{i}"));
        }
        for (i, s) in MORNING.iter().chain(EVENING.iter()).enumerate() {
            if s.kind != StepKind::Beliefs {
                assert_eq!(e.answer(s.kind), format!("a{i}"));
            }
        }
        let bare = RoutineEntry::new("x".into(), LocalTime(5), Routine::Evening);
        assert_eq!(
            serde_json::to_string(&bare).unwrap(),
            r#"{"id":"x","t":5,"r":"e"}"#
        );
    }

    #[test]
    fn checklist_is_done_by_doing_or_by_hand() {
        let d = day();
        let counts = DayCounts {
            check_ins: 2,
            practices: 1,
            urges: 0,
            present: 0,
        };
        let ticks = vec![
            Tick {
                id: "t1".into(),
                at: at(d, 9, 0),
                item: "sp".into(),
            },
            Tick {
                id: "t0".into(),
                at: at(d.plus(-1), 9, 0),
                item: "nu".into(),
            },
        ];
        let list = checklist(d, &ticks, counts);
        let done: Vec<(&str, bool)> = list.iter().map(|s| (s.key, s.done())).collect();
        assert_eq!(
            done,
            [("ci", false), ("vp", true), ("nu", false), ("sp", true)]
        );
        assert_eq!(list[0].target, 3);
        let three = checklist(
            d,
            &[],
            DayCounts {
                check_ins: 3,
                ..counts
            },
        );
        assert!(three[0].done());
    }
}
