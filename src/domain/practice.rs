//! The practice programs' rules: the practice log, which stage a person is at, when to
//! suggest the next stage, how to respond when a step hurt, and per-program statistics.
//!
//! ## Stage = start date + the person's own moves; nothing is ever locked
//! Without moves, a program begins at its first stage on the start day and the calendar
//! moves it on as its [`Pace`] says. Moving by hand (on, back, or "stay here longer") is a
//! [`Move`]: from that moment the program runs as if the chosen stage had just begun. So a
//! person who steps back to "Weeks 3–4" gets that stage's two weeks again, and a person who
//! moves on early keeps going from there.
//!
//! ## The "getting easier" rule ([`getting_easier`])
//! Counted: the practices logged at the current stage since the person last moved by hand.
//! The next stage is suggested when there are at least [`MIN_PRACTICES`] of them, none of the
//! last three hurt, and the last three felt either easy (average discomfort *before* of
//! [`EASY_ENOUGH`] or less) or clearly easier than the first three (average at least
//! [`EASIER_BY`] points lower). Never at the last stage.

use crate::base::time::{Day, LocalTime};
use crate::content::programs::{Pace, Program, ProgramId};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// How the other person (or the moment) responded.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Outcome {
    #[serde(rename = "c")]
    Care,
    #[serde(rename = "n")]
    Neutral,
    #[serde(rename = "h")]
    Hurt,
}

impl Outcome {
    pub const ALL: [Outcome; 3] = [Outcome::Care, Outcome::Neutral, Outcome::Hurt];
    pub fn label(self) -> &'static str {
        match self {
            Outcome::Care => "Met with care",
            Outcome::Neutral => "Neutral",
            Outcome::Hurt => "It hurt",
        }
    }
    pub fn code(self) -> &'static str {
        match self {
            Outcome::Care => "c",
            Outcome::Neutral => "n",
            Outcome::Hurt => "h",
        }
    }
    pub fn from_code(s: &str) -> Option<Outcome> {
        Outcome::ALL.into_iter().find(|o| o.code() == s)
    }
}

fn is_zero(n: &u8) -> bool {
    *n == 0
}

/// One logged practice.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Practice {
    pub id: String,
    #[serde(rename = "t")]
    pub at: LocalTime,
    #[serde(rename = "p")]
    pub program: ProgramId,
    /// Stage index (0-based) at the time of the practice.
    #[serde(rename = "s", default, skip_serializing_if = "is_zero")]
    pub stage: u8,
    /// What I did.
    #[serde(rename = "d")]
    pub did: String,
    /// With whom (optional).
    #[serde(rename = "w", default, skip_serializing_if = "String::is_empty")]
    pub with: String,
    /// Discomfort before, 0–10.
    #[serde(rename = "b")]
    pub before: u8,
    /// Discomfort after, 0–10.
    #[serde(rename = "a")]
    pub after: u8,
    #[serde(rename = "o")]
    pub outcome: Outcome,
    #[serde(rename = "n", default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

impl crate::store::Entry for Practice {
    const KIND: &'static str = "practice";
    const DEFER_HISTORY: bool = true;
    fn id(&self) -> &str {
        &self.id
    }
    fn at(&self) -> LocalTime {
        self.at
    }
}

/// The log form as typed, before it becomes a [`Practice`] (kept whole if the app locks
/// while it is being written).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    pub did: String,
    pub with: String,
    pub before: u8,
    pub after: u8,
    pub outcome: Option<Outcome>,
    pub note: String,
}

impl Default for Draft {
    fn default() -> Self {
        Draft {
            did: String::new(),
            with: String::new(),
            before: 5,
            after: 5,
            outcome: None,
            note: String::new(),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DraftError {
    NothingDone,
    NoOutcome,
}

impl DraftError {
    pub fn message(self) -> &'static str {
        match self {
            DraftError::NothingDone => "Write a few words about what you did.",
            DraftError::NoOutcome => "Choose how it went.",
        }
    }
}

impl Draft {
    pub fn check(&self) -> Result<Outcome, DraftError> {
        if self.did.trim().is_empty() {
            return Err(DraftError::NothingDone);
        }
        self.outcome.ok_or(DraftError::NoOutcome)
    }

    pub fn into_practice(
        self,
        id: String,
        at: LocalTime,
        program: ProgramId,
        stage: usize,
    ) -> Result<Practice, DraftError> {
        let outcome = self.check()?;
        Ok(Practice {
            id,
            at,
            program,
            stage: stage.min(u8::MAX as usize) as u8,
            did: self.did.trim().to_string(),
            with: self.with.trim().to_string(),
            before: self.before.min(10),
            after: self.after.min(10),
            outcome,
            note: self.note.trim().to_string(),
        })
    }
}

// ----- stages ---------------------------------------------------------------------

/// A stage chosen by hand at a moment. The latest move anchors the program.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Move {
    #[serde(rename = "t")]
    pub at: LocalTime,
    #[serde(rename = "s")]
    pub stage: u8,
}

/// Moves kept per program (only the latest decides; the rest is a short history).
pub const MOVES_KEPT: usize = 20;

/// Where each program stands: the moves made by hand. Stored whole as a small doc.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Progress {
    #[serde(rename = "m", default, skip_serializing_if = "BTreeMap::is_empty")]
    pub moves: BTreeMap<ProgramId, Vec<Move>>,
}

impl crate::store::Doc for Progress {
    const NAME: &'static str = "practice";
}

impl Progress {
    pub fn moves(&self, p: ProgramId) -> &[Move] {
        self.moves.get(&p).map(Vec::as_slice).unwrap_or(&[])
    }
    pub fn last_move(&self, p: ProgramId) -> Option<Move> {
        self.moves(p).last().copied()
    }
    /// Chooses a stage by hand (on, back, or the same one to give it more time).
    pub fn move_to(&mut self, p: ProgramId, stage: usize, at: LocalTime) {
        let last = p.program().last_stage();
        let v = self.moves.entry(p).or_default();
        v.push(Move {
            at,
            stage: stage.min(last) as u8,
        });
        if v.len() > MOVES_KEPT {
            v.drain(..v.len() - MOVES_KEPT);
        }
    }
    pub fn stage(&self, p: ProgramId, start: Day, today: Day) -> usize {
        current_stage(p.program(), start, self.last_move(p), today)
    }
}

/// The anchor: (day the stage began, that stage).
fn anchor(start: Day, last: Option<Move>) -> (Day, usize) {
    match last {
        Some(m) => (m.at.day(), m.stage as usize),
        None => (start, 0),
    }
}

/// The stage a program is at today.
pub fn current_stage(program: &Program, start: Day, last_move: Option<Move>, today: Day) -> usize {
    let (day, stage) = anchor(start, last_move);
    let stage = stage.min(program.last_stage());
    match program.pace {
        Pace::SelfPaced => stage,
        Pace::Weeks(from) => {
            let weeks_since = (today.0 - day.0).max(0) as u32 / 7;
            let week = from[stage] + weeks_since;
            from.iter().rposition(|&w| w <= week).unwrap_or(0)
        }
    }
}

/// The day the calendar will move the program on to the next stage, if it will.
pub fn next_calendar_step(
    program: &Program,
    start: Day,
    last_move: Option<Move>,
    today: Day,
) -> Option<Day> {
    let Pace::Weeks(from) = program.pace else {
        return None;
    };
    let now = current_stage(program, start, last_move, today);
    let next = *from.get(now + 1)?;
    let (day, stage) = anchor(start, last_move);
    let stage = stage.min(program.last_stage());
    Some(day.plus(((next - from[stage]) * 7) as i32))
}

// ----- suggestions ------------------------------------------------------------------

/// Practices needed at a stage before the next one is suggested.
pub const MIN_PRACTICES: usize = 3;
/// "Felt easy": the last three practices' average discomfort before is at most this.
pub const EASY_ENOUGH: u32 = 4;
/// "Clearly easier": the last three average at least this much lower than the first three.
pub const EASIER_BY: u32 = 2;

/// The rule stated at the top of this file. `at_stage`: the counted practices, oldest first.
pub fn getting_easier(at_stage: &[&Practice]) -> bool {
    let n = at_stage.len();
    if n < MIN_PRACTICES {
        return false;
    }
    let last = &at_stage[n - 3..];
    if last.iter().any(|p| p.outcome == Outcome::Hurt) {
        return false;
    }
    let sum = |xs: &[&Practice]| xs.iter().map(|p| p.before as u32).sum::<u32>();
    let (last_sum, first_sum) = (sum(last), sum(&at_stage[..3]));
    // Averages of three compared as sums, so no rounding decides.
    last_sum <= EASY_ENOUGH * 3 || first_sum >= last_sum + EASIER_BY * 3
}

/// What the program view says after looking at the log.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Nudge {
    /// The latest practice hurt and the person hasn't chosen a stage since: respond with care
    /// and offer staying or (when there is one) stepping back.
    Care {
        can_step_back: bool,
    },
    /// The current stage is getting easier: offer the next one.
    TryNext,
    Nothing,
}

/// The practices at `stage` of a program that the rule counts: logged since the last move.
pub fn counted(
    logs: &[Practice],
    p: ProgramId,
    stage: usize,
    last_move: Option<Move>,
) -> Vec<&Practice> {
    let since = last_move.map(|m| m.at).unwrap_or(LocalTime(i64::MIN));
    logs.iter()
        .filter(|l| l.program == p && l.stage as usize == stage && l.at >= since)
        .collect()
}

/// `logs`: every practice (any program), oldest first.
pub fn nudge(p: ProgramId, stage: usize, logs: &[Practice], last_move: Option<Move>) -> Nudge {
    let since = last_move.map(|m| m.at).unwrap_or(LocalTime(i64::MIN));
    let latest = logs.iter().filter(|l| l.program == p).max_by_key(|l| l.at);
    if let Some(l) = latest {
        if l.outcome == Outcome::Hurt && l.at >= since {
            return Nudge::Care {
                can_step_back: stage > 0,
            };
        }
    }
    if stage < p.program().last_stage() && getting_easier(&counted(logs, p, stage, last_move)) {
        return Nudge::TryNext;
    }
    Nudge::Nothing
}

// ----- statistics -------------------------------------------------------------------

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Stats {
    pub count: usize,
    /// Distinct days with at least one practice.
    pub days: usize,
    pub care: usize,
    pub neutral: usize,
    pub hurt: usize,
    /// Average discomfort before / after, in tenths (45 = 4.5).
    pub avg_before_tenths: Option<u32>,
    pub avg_after_tenths: Option<u32>,
    /// Practices in the 7 days ending today.
    pub last_7_days: usize,
}

fn avg_tenths(sum: u32, n: usize) -> Option<u32> {
    (n > 0).then(|| (sum * 10 + n as u32 / 2) / n as u32)
}

/// "4.5" from 45.
pub fn tenths(n: u32) -> String {
    format!("{}.{}", n / 10, n % 10)
}

pub fn stats(logs: &[Practice], p: ProgramId, today: Day) -> Stats {
    let mine: Vec<&Practice> = logs.iter().filter(|l| l.program == p).collect();
    let mut days: Vec<Day> = mine.iter().map(|l| l.at.day()).collect();
    days.sort();
    days.dedup();
    let count_of = |o| mine.iter().filter(|l| l.outcome == o).count();
    Stats {
        count: mine.len(),
        days: days.len(),
        care: count_of(Outcome::Care),
        neutral: count_of(Outcome::Neutral),
        hurt: count_of(Outcome::Hurt),
        avg_before_tenths: avg_tenths(mine.iter().map(|l| l.before as u32).sum(), mine.len()),
        avg_after_tenths: avg_tenths(mine.iter().map(|l| l.after as u32).sum(), mine.len()),
        last_7_days: mine
            .iter()
            .filter(|l| l.at.day() <= today && l.at.day() > today.plus(-7))
            .count(),
    }
}

/// One point per practice of a program, oldest first: (day, before, after). At most `max`, the latest.
pub fn discomfort_series(logs: &[Practice], p: ProgramId, max: usize) -> Vec<(Day, u8, u8)> {
    let all: Vec<(Day, u8, u8)> = logs
        .iter()
        .filter(|l| l.program == p)
        .map(|l| (l.at.day(), l.before, l.after))
        .collect();
    let skip = all.len().saturating_sub(max);
    all.into_iter().skip(skip).collect()
}

/// A plain sentence describing the series (the chart's text summary).
pub fn discomfort_summary(series: &[(Day, u8, u8)]) -> String {
    match series {
        [] => "No practices logged yet.".into(),
        [(d, b, a)] => format!(
            "One practice so far, on {}: discomfort {b} before and {a} after.",
            d.short()
        ),
        [(d0, b0, _), .., (d1, b1, a1)] => {
            let trend = if b1 < b0 {
                "lower than"
            } else if b1 > b0 {
                "higher than"
            } else {
                "the same as"
            };
            format!(
                "{} practices from {} to {}. Discomfort before was {b0} at first and {b1} most recently ({trend} at the start); {a1} afterwards last time.",
                series.len(),
                d0.short(),
                d1.short()
            )
        }
    }
}

// ----- for the Today screen ---------------------------------------------------------

/// Today's feeling to share (the emotional expression program).
#[derive(Clone, Debug, PartialEq)]
pub struct TodayShare {
    /// 0-based level index.
    pub level: usize,
    /// "Level 1"
    pub label: &'static str,
    /// "Everyday feelings"
    pub name: &'static str,
    /// An example for today (changes day by day).
    pub example: &'static str,
    /// A share was logged today.
    pub done: bool,
}

pub fn today_share(progress: &Progress, start: Day, logs: &[Practice], today: Day) -> TodayShare {
    let p = ProgramId::Expression;
    let level = progress.stage(p, start, today);
    let stage = p.program().stage(level);
    TodayShare {
        level,
        label: stage.label,
        name: stage.name,
        example: stage.examples[today.0.rem_euclid(stage.examples.len() as i32) as usize],
        done: logged_on(logs, p, today),
    }
}

pub fn logged_on(logs: &[Practice], p: ProgramId, day: Day) -> bool {
    logs.iter().any(|l| l.program == p && l.at.day() == day)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::programs::{ASK_FOR_HELP, EXPRESSION, MICRO};

    fn d(y: i32, m: u32, dd: u32) -> Day {
        Day::from_ymd(y, m, dd)
    }
    fn at(day: Day) -> LocalTime {
        LocalTime::from_day_and_minute(day, 12 * 60)
    }
    fn log(p: ProgramId, stage: u8, day: Day, before: u8, outcome: Outcome) -> Practice {
        Practice {
            id: format!("{}-{}", day.0, before),
            at: at(day),
            program: p,
            stage,
            did: "said a thing".into(),
            with: String::new(),
            before,
            after: before.saturating_sub(2),
            outcome,
            note: String::new(),
        }
    }

    #[test]
    fn weekly_programs_follow_the_calendar_from_the_start_date() {
        let s = d(2026, 11, 1);
        assert_eq!(current_stage(&MICRO, s, None, s), 0);
        assert_eq!(current_stage(&MICRO, s, None, s.plus(13)), 0, "weeks 1-2");
        assert_eq!(current_stage(&MICRO, s, None, s.plus(14)), 1, "week 3");
        assert_eq!(current_stage(&MICRO, s, None, s.plus(55)), 3, "week 8");
        assert_eq!(current_stage(&MICRO, s, None, s.plus(56)), 4, "week 9");
        assert_eq!(
            current_stage(&MICRO, s, None, s.plus(400)),
            4,
            "9+ never ends"
        );
        assert_eq!(current_stage(&ASK_FOR_HELP, s, None, s.plus(7)), 1);
        assert_eq!(current_stage(&ASK_FOR_HELP, s, None, s.plus(100)), 3);
        assert_eq!(
            current_stage(&MICRO, s, None, s.plus(-5)),
            0,
            "a start in the future is the first stage"
        );
    }

    #[test]
    fn self_paced_programs_never_move_by_calendar() {
        let s = d(2026, 1, 1);
        assert_eq!(current_stage(&EXPRESSION, s, None, s.plus(300)), 0);
        let m = Move {
            at: at(s.plus(3)),
            stage: 2,
        };
        assert_eq!(current_stage(&EXPRESSION, s, Some(m), s.plus(300)), 2);
    }

    #[test]
    fn a_move_restarts_the_calendar_from_the_chosen_stage() {
        let s = d(2026, 11, 1);
        // Moving on early, on day 3, to "weeks 5-6": two weeks there, then "weeks 7-8".
        let on = Move {
            at: at(s.plus(3)),
            stage: 2,
        };
        assert_eq!(current_stage(&MICRO, s, Some(on), s.plus(3)), 2);
        assert_eq!(current_stage(&MICRO, s, Some(on), s.plus(16)), 2);
        assert_eq!(current_stage(&MICRO, s, Some(on), s.plus(17)), 3);
        assert_eq!(
            next_calendar_step(&MICRO, s, Some(on), s.plus(3)),
            Some(s.plus(17))
        );
        // Stepping back in week 8 to "weeks 3-4" gives that stage its two weeks again.
        let back = Move {
            at: at(s.plus(50)),
            stage: 1,
        };
        assert_eq!(current_stage(&MICRO, s, Some(back), s.plus(50)), 1);
        assert_eq!(current_stage(&MICRO, s, Some(back), s.plus(63)), 1);
        assert_eq!(current_stage(&MICRO, s, Some(back), s.plus(64)), 2);
        // Nothing is locked: a move to the last stage on day one holds.
        let jump = Move {
            at: at(s),
            stage: 4,
        };
        assert_eq!(current_stage(&MICRO, s, Some(jump), s), 4);
        assert_eq!(next_calendar_step(&MICRO, s, Some(jump), s), None);
        assert_eq!(next_calendar_step(&EXPRESSION, s, None, s), None);
    }

    #[test]
    fn progress_keeps_the_latest_move_and_a_short_history() {
        let s = d(2026, 11, 1);
        let mut pr = Progress::default();
        assert_eq!(pr.stage(ProgramId::Micro, s, s.plus(20)), 1);
        pr.move_to(ProgramId::Micro, 0, at(s.plus(20)));
        assert_eq!(pr.stage(ProgramId::Micro, s, s.plus(20)), 0, "stepped back");
        assert_eq!(
            pr.stage(ProgramId::AskForHelp, s, s.plus(20)),
            2,
            "other programs untouched"
        );
        pr.move_to(ProgramId::Expression, 99, at(s));
        assert_eq!(
            pr.stage(ProgramId::Expression, s, s),
            3,
            "clamped to the last level"
        );
        for i in 0..30 {
            pr.move_to(ProgramId::Micro, 1, at(s.plus(i)));
        }
        assert_eq!(pr.moves(ProgramId::Micro).len(), MOVES_KEPT);
        let json = serde_json::to_string(&pr).unwrap();
        assert!(json.starts_with(r#"{"m":{"ex":[{"t":"#), "{json}");
        assert_eq!(serde_json::from_str::<Progress>(&json).unwrap(), pr);
        assert_eq!(serde_json::to_string(&Progress::default()).unwrap(), "{}");
    }

    #[test]
    fn next_stage_is_suggested_only_when_it_got_easier() {
        let p = ProgramId::Expression;
        let s = d(2026, 11, 1);
        let mk = |befores: &[u8]| -> Vec<Practice> {
            befores
                .iter()
                .enumerate()
                .map(|(i, &b)| log(p, 0, s.plus(i as i32), b, Outcome::Neutral))
                .collect()
        };
        // Two easy ones are not enough.
        assert_eq!(nudge(p, 0, &mk(&[2, 2]), None), Nudge::Nothing);
        // Three easy ones (average 4 or less): suggest.
        assert_eq!(nudge(p, 0, &mk(&[4, 4, 4]), None), Nudge::TryNext);
        assert_eq!(
            nudge(p, 0, &mk(&[5, 4, 4]), None),
            Nudge::Nothing,
            "average 4.33"
        );
        // Still hard, but clearly easier than at first (8,8,7 -> 6,5,6: 2 points lower).
        assert_eq!(nudge(p, 0, &mk(&[8, 8, 7, 6, 5, 6]), None), Nudge::TryNext);
        assert_eq!(
            nudge(p, 0, &mk(&[8, 8, 7, 7, 6, 5]), None),
            Nudge::Nothing,
            "only 1.67 lower"
        );
        // A hurt among the last three blocks it (and asks for care when it is the latest).
        let mut v = mk(&[3, 3, 3]);
        v[1].outcome = Outcome::Hurt;
        assert_eq!(nudge(p, 0, &v, None), Nudge::Nothing);
        // Never past the last stage.
        let last: Vec<Practice> = (0..3)
            .map(|i| log(p, 3, s.plus(i), 1, Outcome::Care))
            .collect();
        assert_eq!(nudge(p, 3, &last, None), Nudge::Nothing);
        // Practices at another stage or another program don't count.
        let mut other = mk(&[2, 2]);
        other.push(log(p, 1, s.plus(5), 2, Outcome::Care));
        other.push(log(ProgramId::Micro, 0, s.plus(5), 2, Outcome::Care));
        assert_eq!(nudge(p, 0, &other, None), Nudge::Nothing);
        // Only practices since the last move count ("not yet" starts the count again).
        let easy = mk(&[1, 1, 1]);
        let m = Move {
            at: LocalTime(at(s.plus(2)).0 + 1),
            stage: 0,
        };
        assert_eq!(nudge(p, 0, &easy, Some(m)), Nudge::Nothing);
    }

    #[test]
    fn a_step_that_hurt_gets_care_until_the_person_chooses() {
        let p = ProgramId::Micro;
        let s = d(2026, 11, 1);
        let v = vec![
            log(p, 2, s, 3, Outcome::Care),
            log(p, 2, s.plus(1), 6, Outcome::Hurt),
        ];
        assert_eq!(
            nudge(p, 2, &v, None),
            Nudge::Care {
                can_step_back: true
            }
        );
        assert_eq!(
            nudge(p, 0, &v, None),
            Nudge::Care {
                can_step_back: false
            },
            "nowhere to step back to"
        );
        // Choosing to stay (a move to the same stage) after it ends the care notice.
        let stay = Move {
            at: LocalTime(at(s.plus(1)).0 + 60),
            stage: 2,
        };
        assert_eq!(nudge(p, 2, &v, Some(stay)), Nudge::Nothing);
        // A later practice that went fine also ends it.
        let mut later = v.clone();
        later.push(log(p, 2, s.plus(2), 5, Outcome::Neutral));
        assert_eq!(nudge(p, 2, &later, None), Nudge::Nothing);
    }

    #[test]
    fn statistics_per_program() {
        let s = d(2026, 11, 10);
        let p = ProgramId::AskForHelp;
        let v = vec![
            log(p, 0, s.plus(-10), 8, Outcome::Care),
            log(p, 0, s.plus(-3), 5, Outcome::Hurt),
            log(p, 1, s.plus(-3), 4, Outcome::Neutral),
            log(p, 1, s, 2, Outcome::Care),
            log(ProgramId::Micro, 0, s, 9, Outcome::Hurt),
        ];
        let st = stats(&v, p, s);
        assert_eq!(st.count, 4);
        assert_eq!(st.days, 3);
        assert_eq!((st.care, st.neutral, st.hurt), (2, 1, 1));
        assert_eq!(
            st.avg_before_tenths,
            Some(48),
            "(8+5+4+2)/4 = 4.75 rounds to 4.8"
        );
        assert_eq!(
            st.avg_after_tenths,
            Some(28),
            "(6+3+2+0)/4 = 2.75 rounds to 2.8"
        );
        assert_eq!(st.last_7_days, 3);
        assert_eq!(tenths(48), "4.8");
        assert_eq!(stats(&v, ProgramId::FactFeeling, s), Stats::default());

        let series = discomfort_series(&v, p, 3);
        assert_eq!(
            series,
            vec![(s.plus(-3), 5, 3), (s.plus(-3), 4, 2), (s, 2, 0)]
        );
        assert!(discomfort_summary(&series).contains("5 at first and 2 most recently (lower than"));
        assert_eq!(discomfort_summary(&[]), "No practices logged yet.");
    }

    #[test]
    fn todays_share_comes_from_the_expression_level() {
        let s = d(2026, 11, 1);
        let mut pr = Progress::default();
        let t = s.plus(5);
        let share = today_share(&pr, s, &[], t);
        assert_eq!(
            (share.level, share.label, share.done),
            (0, "Level 1", false)
        );
        assert!(EXPRESSION.stages[0].examples.contains(&share.example));
        pr.move_to(ProgramId::Expression, 1, at(t));
        let logs = vec![log(ProgramId::Expression, 1, t, 3, Outcome::Care)];
        let share = today_share(&pr, s, &logs, t);
        assert_eq!((share.level, share.label, share.done), (1, "Level 2", true));
        assert!(!today_share(&pr, s, &logs, t.plus(1)).done);
    }

    #[test]
    fn drafts_need_what_and_how_and_store_compactly() {
        let mut dr = Draft::default();
        assert_eq!(dr.check(), Err(DraftError::NothingDone));
        dr.did = "  told Sam I was tired ".into();
        assert_eq!(dr.check(), Err(DraftError::NoOutcome));
        dr.outcome = Some(Outcome::Care);
        dr.before = 42;
        let p = dr
            .into_practice("x".into(), LocalTime(100), ProgramId::Expression, 0)
            .unwrap();
        assert_eq!(p.did, "told Sam I was tired");
        assert_eq!(p.before, 10, "clamped to the scale");
        let json = serde_json::to_string(&p).unwrap();
        assert_eq!(
            json,
            r#"{"id":"x","t":100,"p":"ex","d":"told Sam I was tired","b":10,"a":5,"o":"c"}"#
        );
        assert_eq!(serde_json::from_str::<Practice>(&json).unwrap(), p);
    }
}
