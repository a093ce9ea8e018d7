//! Staying in a difficult conversation: where the person is in the seven steps, the break
//! they agreed, and a log of breaks with how each one ended.
//!
//! The conflict is logged the moment the break starts, as "not back yet". Coming back
//! updates that entry, so a break that never ended is still honestly on record. A break
//! can also be ended without going back (when going back isn't right or isn't safe): that
//! is recorded as its own neutral outcome and never counted as a failure.

use crate::base::time::{Day, LocalTime};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Number of steps in the protocol.
pub const STEPS: usize = 7;
/// The step where the break runs (0-based).
pub const BREAK_STEP: usize = 3;
/// The step that follows the break.
pub const RETURN_STEP: usize = 4;

pub const DEFAULT_MINUTES: u32 = 30;
pub const MIN_MINUTES: u32 = 1;
pub const MAX_MINUTES: u32 = 240;

/// One break taken during a conflict. Stored as `{"id":"…","t":…,"m":30}` while it runs,
/// then with `"r":…` (came back at) or `"x":…` (ended there, without going back). Entries
/// stored before `"x"` existed have only `"r"` or nothing, and read the same as before.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Conflict {
    pub id: String,
    /// When the break began.
    #[serde(rename = "t")]
    pub at: LocalTime,
    /// The agreed length of the break, in minutes.
    #[serde(rename = "m")]
    pub minutes: u32,
    /// When they came back; `None` = they haven't (yet).
    #[serde(rename = "r", default, skip_serializing_if = "Option::is_none")]
    pub returned: Option<LocalTime>,
    /// When they ended the break without going back; `None` = they didn't.
    #[serde(rename = "x", default, skip_serializing_if = "Option::is_none")]
    pub ended: Option<LocalTime>,
}

/// How a logged break stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Running, or never closed (the tab was closed mid-break): not back yet.
    Open,
    /// They went back to the conversation.
    CameBack(LocalTime),
    /// They ended the break without going back. Neutral: their call to make.
    Ended(LocalTime),
}

impl Conflict {
    pub fn outcome(&self) -> Outcome {
        match (self.returned, self.ended) {
            (Some(r), _) => Outcome::CameBack(r),
            (None, Some(x)) => Outcome::Ended(x),
            (None, None) => Outcome::Open,
        }
    }
    pub fn came_back(&self) -> bool {
        matches!(self.outcome(), Outcome::CameBack(_))
    }
    /// Ended without going back.
    pub fn ended_here(&self) -> bool {
        matches!(self.outcome(), Outcome::Ended(_))
    }
    /// How long the break actually lasted, in whole minutes (rounded to nearest).
    pub fn break_minutes(&self) -> Option<u32> {
        self.returned
            .map(|r| (((r.0 - self.at.0).max(0) + 30) / 60) as u32)
    }
    /// Came back no later than agreed (a minute's grace).
    pub fn on_time(&self) -> bool {
        self.returned
            .is_some_and(|r| r.0 - self.at.0 <= self.minutes as i64 * 60 + 60)
    }
}

impl crate::store::Entry for Conflict {
    const KIND: &'static str = "conflict";
    fn id(&self) -> &str {
        &self.id
    }
    fn at(&self) -> LocalTime {
        self.at
    }
}

/// The running break, as remembered by the flow.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Break {
    /// The id of the [`Conflict`] entry this break was logged as.
    pub id: String,
    #[serde(rename = "t")]
    pub start: LocalTime,
    #[serde(rename = "m")]
    pub minutes: u32,
    /// The call back was put aside (the banner dismissed) until the end time moves.
    #[serde(rename = "q", default, skip_serializing_if = "is_false")]
    pub quiet: bool,
}

fn is_false(b: &bool) -> bool {
    !*b
}

impl Break {
    pub fn ends(&self) -> LocalTime {
        LocalTime(self.start.0 + self.minutes as i64 * 60)
    }
    /// Seconds left, never below zero.
    pub fn remaining(&self, now: LocalTime) -> i64 {
        (self.ends().0 - now.0).max(0)
    }
    pub fn over(&self, now: LocalTime) -> bool {
        now >= self.ends()
    }
    pub fn entry(&self) -> Conflict {
        Conflict {
            id: self.id.clone(),
            at: self.start,
            minutes: self.minutes,
            returned: None,
            ended: None,
        }
    }
}

/// Where the person is in the protocol. Kept as a document so a reload, or a tab
/// closed in the middle of a break, picks up where they were.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Flow {
    /// 0-based step.
    #[serde(rename = "s", default, skip_serializing_if = "is_zero")]
    pub step: usize,
    /// The break length they're about to agree.
    #[serde(
        rename = "m",
        default = "default_minutes",
        skip_serializing_if = "is_default_minutes"
    )]
    pub minutes: u32,
    #[serde(rename = "b", default, skip_serializing_if = "Option::is_none")]
    pub running: Option<Break>,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}
fn default_minutes() -> u32 {
    DEFAULT_MINUTES
}
fn is_default_minutes(m: &u32) -> bool {
    *m == DEFAULT_MINUTES
}

impl Default for Flow {
    fn default() -> Self {
        Flow {
            step: 0,
            minutes: DEFAULT_MINUTES,
            running: None,
        }
    }
}

impl crate::store::Doc for Flow {
    const NAME: &'static str = "conflict-flow";
}

impl Flow {
    pub fn next(&mut self) {
        // The break step is left by coming back, not by "next".
        if self.running.is_none() && self.step + 1 < STEPS {
            self.step += 1;
        }
    }
    pub fn back(&mut self) {
        if self.running.is_none() {
            self.step = self.step.saturating_sub(1);
        }
    }
    pub fn is_last(&self) -> bool {
        self.step + 1 == STEPS
    }
    pub fn set_minutes(&mut self, m: u32) {
        self.minutes = m.clamp(MIN_MINUTES, MAX_MINUTES);
    }
    /// Starts the agreed break and moves to the break step. Returns the entry to log.
    /// Starting again while one runs keeps the running one.
    pub fn start_break(&mut self, id: String, now: LocalTime) -> Conflict {
        self.step = BREAK_STEP;
        let b = self.running.get_or_insert(Break {
            id,
            start: now,
            minutes: self.minutes,
            quiet: false,
        });
        b.entry()
    }
    /// Agrees a little more time (told to the other person): the end moves later, and
    /// the call back will come again then.
    pub fn extend(&mut self, minutes: u32) {
        if let Some(b) = &mut self.running {
            b.minutes = (b.minutes + minutes).min(MAX_MINUTES * 2);
            b.quiet = false;
        }
    }
    /// Puts the call back aside for this break (the banner is dismissed); the break runs on.
    pub fn quieten(&mut self) {
        if let Some(b) = &mut self.running {
            b.quiet = true;
        }
    }
    /// Whether the call back should show now: a break is running, its time is up, and
    /// it wasn't put aside.
    pub fn calls_back(&self, now: LocalTime) -> bool {
        self.running
            .as_ref()
            .is_some_and(|b| b.over(now) && !b.quiet)
    }
    /// They came back: the break ends, the flow moves on to "come back", and the
    /// logged entry is returned with its return time, to be saved over the old one.
    pub fn come_back(&mut self, now: LocalTime) -> Option<Conflict> {
        let b = self.running.take()?;
        self.step = RETURN_STEP;
        let mut e = b.entry();
        e.returned = Some(now.max(b.start));
        Some(e)
    }
    /// They end the break without going back: the break stops, the flow starts over, and
    /// the logged entry is returned marked as ended, to be saved over the old one.
    pub fn end_here(&mut self, now: LocalTime) -> Option<Conflict> {
        let b = self.running.take()?;
        let mut e = b.entry();
        e.ended = Some(now.max(b.start));
        self.reset();
        Some(e)
    }
    /// Leaves the protocol. A running break stays logged as "not back".
    pub fn reset(&mut self) {
        *self = Flow {
            minutes: self.minutes,
            ..Flow::default()
        };
    }
}

/// The person's own words for each step, kept between conflicts.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Words {
    #[serde(rename = "w", default, skip_serializing_if = "BTreeMap::is_empty")]
    pub by_step: BTreeMap<usize, String>,
}

impl crate::store::Doc for Words {
    const NAME: &'static str = "conflict-words";
}

impl Words {
    /// Their words for a step, or the suggested ones.
    pub fn get<'a>(&'a self, step: usize, suggested: &'a str) -> &'a str {
        self.by_step
            .get(&step)
            .map(String::as_str)
            .unwrap_or(suggested)
    }
    /// Keeps their words; empty, or the same as suggested, goes back to the suggestion.
    pub fn set(&mut self, step: usize, words: &str, suggested: &str) {
        let w = words.trim();
        if w.is_empty() || w == suggested {
            self.by_step.remove(&step);
        } else {
            self.by_step.insert(step, w.to_string());
        }
    }
    pub fn is_own(&self, step: usize) -> bool {
        self.by_step.contains_key(&step)
    }
}

/// What the conflict log shows over some days.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ConflictStats {
    pub breaks: u32,
    pub came_back: u32,
    pub on_time: u32,
    /// Ended without going back: counted on their own, never as "didn't come back".
    pub ended: u32,
}

/// Breaks begun from `from` to `to` (inclusive). A break still running counts as a
/// break, not as "didn't come back", so it doesn't look like a failure mid-way.
pub fn stats(log: &[Conflict], from: Day, to: Day) -> ConflictStats {
    let mut s = ConflictStats::default();
    for c in log.iter().filter(|c| (from..=to).contains(&c.at.day())) {
        s.breaks += 1;
        match c.outcome() {
            Outcome::CameBack(_) => s.came_back += 1,
            Outcome::Ended(_) => s.ended += 1,
            Outcome::Open => {}
        }
        if c.on_time() {
            s.on_time += 1;
        }
    }
    s
}

/// `span` reads after the verb: "this week", "in the last 8 weeks". Breaks ended without
/// going back are named as a choice, and left out of "came back after … of them".
pub fn stats_sentence(s: &ConflictStats, span: &str) -> String {
    let ended = match s.ended {
        0 => String::new(),
        1 if s.breaks == 1 => " and chose to end it without going back".into(),
        1 => "chose to end 1 without going back".into(),
        n => format!("chose to end {n} without going back"),
    };
    match (s.breaks, s.ended) {
        (0, _) => format!("No conflict breaks logged {span}."),
        (1, 0) if s.came_back == 1 => {
            format!("You took 1 break {span} and came back.")
        }
        (1, 0) => format!("You took 1 break {span}."),
        (n, 0) => format!(
            "You took {n} breaks {span} and came back after {} of them.",
            s.came_back
        ),
        (1, _) => format!("You took 1 break {span}{ended}."),
        (n, _) if s.came_back == 0 => {
            format!("You took {n} breaks {span} and {ended}.")
        }
        (n, _) => format!(
            "You took {n} breaks {span}: you came back after {} and {ended}.",
            s.came_back
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const T0: LocalTime = LocalTime(1_000_000);

    fn later(mins: i64) -> LocalTime {
        LocalTime(T0.0 + mins * 60)
    }

    #[test]
    fn the_break_is_logged_at_once_and_completed_on_return() {
        let mut f = Flow::default();
        assert_eq!(f.minutes, 30, "thirty minutes unless they agree otherwise");
        f.next();
        f.next();
        assert_eq!(f.step, 2);
        let logged = f.start_break("c1".into(), T0);
        assert_eq!(f.step, BREAK_STEP);
        assert_eq!(
            logged,
            Conflict {
                id: "c1".into(),
                at: T0,
                minutes: 30,
                returned: None,
                ended: None,
            }
        );
        assert!(!logged.came_back());
        assert_eq!(
            serde_json::to_string(&logged).unwrap(),
            r#"{"id":"c1","t":1000000,"m":30}"#
        );

        let b = f.running.clone().unwrap();
        assert_eq!(b.remaining(later(10)), 20 * 60);
        assert!(!b.over(later(29)));
        assert!(b.over(later(30)));
        assert_eq!(b.remaining(later(45)), 0);

        // "next" can't skip the break; only coming back ends it.
        f.next();
        f.back();
        assert_eq!(f.step, BREAK_STEP);

        let back = f.come_back(later(32)).unwrap();
        assert_eq!(back.id, "c1");
        assert!(back.came_back());
        assert_eq!(back.break_minutes(), Some(32));
        assert!(!back.on_time(), "two minutes late is past the grace");
        assert_eq!(f.step, RETURN_STEP);
        assert!(f.running.is_none());
        assert!(
            f.come_back(later(40)).is_none(),
            "no break, nothing to come back from"
        );
    }

    #[test]
    fn minutes_are_clamped_and_breaks_can_be_extended() {
        let mut f = Flow::default();
        f.set_minutes(0);
        assert_eq!(f.minutes, 1);
        f.set_minutes(10_000);
        assert_eq!(f.minutes, MAX_MINUTES);
        f.set_minutes(20);
        f.start_break("c".into(), T0);
        f.extend(10);
        assert_eq!(f.running.as_ref().unwrap().ends(), later(30));
        // Starting again keeps the running break.
        let again = f.start_break("other".into(), later(5));
        assert_eq!((again.id.as_str(), again.at), ("c", T0));
        assert!(f.come_back(later(29)).unwrap().on_time());
    }

    #[test]
    fn flow_survives_a_reload_and_reset_keeps_their_length() {
        let mut f = Flow::default();
        assert_eq!(serde_json::to_string(&f).unwrap(), "{}");
        f.set_minutes(45);
        f.start_break("c".into(), T0);
        let json = serde_json::to_string(&f).unwrap();
        let g: Flow = serde_json::from_str(&json).unwrap();
        assert_eq!(g, f);
        f.reset();
        assert_eq!(
            f,
            Flow {
                step: 0,
                minutes: 45,
                running: None
            }
        );
        f.step = STEPS - 1;
        f.next();
        assert!(f.is_last());
    }

    #[test]
    fn own_words_replace_the_suggestion_until_cleared() {
        let mut w = Words::default();
        assert_eq!(w.get(1, "suggested"), "suggested");
        w.set(1, "  my words ", "suggested");
        assert_eq!(w.get(1, "suggested"), "my words");
        assert!(w.is_own(1));
        assert_eq!(
            serde_json::to_string(&w).unwrap(),
            r#"{"w":{"1":"my words"}}"#
        );
        w.set(1, "suggested", "suggested");
        assert!(!w.is_own(1));
        w.set(2, "x", "s");
        w.set(2, "   ", "s");
        assert_eq!(serde_json::to_string(&w).unwrap(), "{}");
    }

    #[test]
    fn stats_count_breaks_and_returns_in_range() {
        let d = T0.day();
        let c = |id: &str, at: LocalTime, ret: Option<i64>| Conflict {
            id: id.into(),
            at,
            minutes: 30,
            returned: ret.map(|m| LocalTime(at.0 + m * 60)),
            ended: None,
        };
        let log = vec![
            c("a", T0, Some(25)),
            c("b", T0, Some(50)),
            c("c", T0, None),
            c("old", LocalTime(T0.0 - 30 * 86_400), Some(10)),
        ];
        let s = stats(&log, d.plus(-6), d);
        assert_eq!(
            s,
            ConflictStats {
                breaks: 3,
                came_back: 2,
                on_time: 1,
                ended: 0,
            }
        );
        assert_eq!(
            stats_sentence(&s, "in the last 7 days"),
            "You took 3 breaks in the last 7 days and came back after 2 of them."
        );
        assert_eq!(
            stats_sentence(&ConflictStats::default(), "this week"),
            "No conflict breaks logged this week."
        );
        let one = stats(&log[..1], d, d);
        assert_eq!(
            stats_sentence(&one, "this week"),
            "You took 1 break this week and came back."
        );
    }

    #[test]
    fn a_break_can_end_without_going_back_and_is_recorded_neutrally() {
        let mut f = Flow {
            step: 2,
            ..Flow::default()
        };
        f.start_break("c1".into(), T0);
        assert!(
            f.end_here(LocalTime(T0.0 - 5))
                .is_some_and(|e| e.ended == Some(T0)),
            "never before the start"
        );
        f.start_break("c2".into(), T0);
        let e = f.end_here(later(12)).unwrap();
        assert_eq!(e.outcome(), Outcome::Ended(later(12)));
        assert!(e.ended_here() && !e.came_back() && !e.on_time());
        assert_eq!(e.break_minutes(), None);
        assert_eq!(
            serde_json::to_string(&e).unwrap(),
            r#"{"id":"c2","t":1000000,"m":30,"x":1000720}"#
        );
        assert_eq!(f, Flow::default(), "the flow starts over");
        assert!(f.running.is_none());
        assert!(
            f.end_here(later(13)).is_none(),
            "nothing running, nothing to end"
        );
        assert!(f.come_back(later(13)).is_none());
    }

    #[test]
    fn entries_stored_before_the_new_outcome_still_read() {
        let old: Vec<Conflict> = serde_json::from_str(
            r#"[{"id":"a","t":1000000,"m":30},{"id":"b","t":1000000,"m":20,"r":1001500}]"#,
        )
        .unwrap();
        assert_eq!(old[0].outcome(), Outcome::Open);
        assert_eq!(old[1].outcome(), Outcome::CameBack(LocalTime(1_001_500)));
        for c in &old {
            let again = serde_json::to_string(c).unwrap();
            assert!(
                !again.contains("\"x\""),
                "old entries are written back unchanged: {again}"
            );
            assert_eq!(&serde_json::from_str::<Conflict>(&again).unwrap(), c);
        }
        let both: Conflict =
            serde_json::from_str(r#"{"id":"c","t":1000000,"m":30,"r":1000100,"x":1000200}"#)
                .unwrap();
        assert!(both.came_back(), "a return on record wins over an end");
    }

    #[test]
    fn the_call_back_can_be_put_aside_until_more_time_is_agreed() {
        let mut f = Flow::default();
        assert!(!f.calls_back(later(100)));
        f.start_break("c".into(), T0);
        assert!(!f.calls_back(later(29)));
        assert!(f.calls_back(later(30)));
        f.quieten();
        assert!(!f.calls_back(later(31)), "dismissed");
        let json = serde_json::to_string(&f).unwrap();
        assert!(
            json.contains(r#""q":true"#),
            "stays dismissed after a reload: {json}"
        );
        assert_eq!(serde_json::from_str::<Flow>(&json).unwrap(), f);
        f.extend(10);
        assert!(!f.calls_back(later(39)));
        assert!(f.calls_back(later(40)), "comes again at the new time");
        let old: Flow =
            serde_json::from_str(r#"{"s":3,"b":{"id":"c","t":1000000,"m":30}}"#).unwrap();
        assert!(
            !old.running.unwrap().quiet,
            "a break stored before dismissing existed"
        );
    }

    #[test]
    fn ended_breaks_are_never_counted_as_not_coming_back() {
        let d = T0.day();
        let c = |id: &str, r: Option<i64>, x: Option<i64>| Conflict {
            id: id.into(),
            at: T0,
            minutes: 30,
            returned: r.map(later),
            ended: x.map(later),
        };
        let span = "this week";
        let s = |log: &[Conflict]| stats_sentence(&stats(log, d, d), span);
        assert_eq!(
            stats(
                &[
                    c("a", Some(20), None),
                    c("b", None, Some(5)),
                    c("c", None, None)
                ],
                d,
                d
            ),
            ConflictStats {
                breaks: 3,
                came_back: 1,
                on_time: 1,
                ended: 1
            }
        );
        assert_eq!(
            s(&[c("b", None, Some(5))]),
            "You took 1 break this week and chose to end it without going back."
        );
        assert_eq!(
            s(&[c("a", Some(20), None), c("b", Some(31), None), c("e", None, Some(5))]),
            "You took 3 breaks this week: you came back after 2 and chose to end 1 without going back."
        );
        assert_eq!(
            s(&[c("e", None, Some(5)), c("f", None, Some(9))]),
            "You took 2 breaks this week and chose to end 2 without going back."
        );
        for sentence in [
            s(&[c("b", None, Some(5))]),
            s(&[c("a", Some(20), None), c("e", None, Some(5))]),
        ] {
            assert!(
                !sentence.contains("of them"),
                "no share that makes an ended break look missed: {sentence}"
            );
        }
    }
}
