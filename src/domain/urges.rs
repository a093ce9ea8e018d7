//! The withdrawal-urge log: "I noticed an urge to pull away", and what the weeks show.
//!
//! Noticing is the practice, so every noticed urge counts, whatever happened next.
//! Staying, or taking a break and coming back, is what the weekly chart makes visible.

use crate::base::plural::count;
use crate::base::time::{Day, LocalTime};
use serde::{Deserialize, Serialize};

/// Where the urge came up.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Situation {
    #[serde(rename = "c")]
    Closeness,
    #[serde(rename = "f")]
    Conflict,
    /// A partner's need or request.
    #[serde(rename = "n")]
    Need,
    #[serde(rename = "o")]
    Other,
}

impl Situation {
    pub const ALL: [Situation; 4] = [
        Situation::Closeness,
        Situation::Conflict,
        Situation::Need,
        Situation::Other,
    ];
    pub fn label(self) -> &'static str {
        match self {
            Situation::Closeness => "Closeness",
            Situation::Conflict => "Conflict",
            Situation::Need => "A partner's need",
            Situation::Other => "Something else",
        }
    }
    pub fn key(self) -> &'static str {
        match self {
            Situation::Closeness => "closeness",
            Situation::Conflict => "conflict",
            Situation::Need => "need",
            Situation::Other => "other",
        }
    }
}

/// What the person did with the urge.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Action {
    #[serde(rename = "s")]
    Stayed,
    /// Took a break and came back.
    #[serde(rename = "b")]
    CameBack,
    #[serde(rename = "l")]
    Left,
}

impl Action {
    pub const ALL: [Action; 3] = [Action::Stayed, Action::CameBack, Action::Left];
    pub fn label(self) -> &'static str {
        match self {
            Action::Stayed => "I stayed",
            Action::CameBack => "I took a break and came back",
            Action::Left => "I left",
        }
    }
    pub fn key(self) -> &'static str {
        match self {
            Action::Stayed => "stayed",
            Action::CameBack => "came-back",
            Action::Left => "left",
        }
    }
    /// Stayed or came back: the urge didn't get the last word.
    pub fn held(self) -> bool {
        !matches!(self, Action::Left)
    }
}

pub const MIN_INTENSITY: u8 = 1;
pub const MAX_INTENSITY: u8 = 5;

/// One noticed urge. Stored as e.g. `{"id":"…","t":1764…,"s":"c","i":3,"a":"s"}`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Urge {
    pub id: String,
    #[serde(rename = "t")]
    pub at: LocalTime,
    #[serde(rename = "s")]
    pub situation: Situation,
    /// 1 (faint) to 5 (very strong).
    #[serde(rename = "i")]
    pub intensity: u8,
    /// `None` when logged before deciding (or it's still going on).
    #[serde(rename = "a", default, skip_serializing_if = "Option::is_none")]
    pub action: Option<Action>,
    #[serde(rename = "n", default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

impl Urge {
    /// A new urge with its intensity kept within 1..=5 and the note trimmed.
    pub fn new(
        id: String,
        at: LocalTime,
        situation: Situation,
        intensity: u8,
        action: Option<Action>,
        note: &str,
    ) -> Urge {
        Urge {
            id,
            at,
            situation,
            intensity: intensity.clamp(MIN_INTENSITY, MAX_INTENSITY),
            action,
            note: note.trim().to_string(),
        }
    }
}

impl crate::store::Entry for Urge {
    const KIND: &'static str = "urge";
    const DEFER_HISTORY: bool = true;
    fn id(&self) -> &str {
        &self.id
    }
    fn at(&self) -> LocalTime {
        self.at
    }
}

/// The Monday that begins the week holding `day`.
pub fn week_start(day: Day) -> Day {
    day.plus(-(day.weekday() as i32))
}

/// One calendar week (Monday to Sunday) of urges.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WeekStats {
    pub start: Day,
    pub noticed: u32,
    pub stayed: u32,
    pub came_back: u32,
    pub left: u32,
}

impl WeekStats {
    /// Stayed or came back.
    pub fn held(&self) -> u32 {
        self.stayed + self.came_back
    }
    /// "24 Nov"
    pub fn label(&self) -> String {
        let (_, m, d) = self.start.ymd();
        format!("{} {}", d, &crate::base::time::MONTHS[m as usize - 1][..3])
    }
}

/// The last `weeks` calendar weeks up to and including the one holding `today`, oldest first.
/// Weeks without any urge are there with zeros, so a chart's gaps are honest.
pub fn weekly(urges: &[Urge], today: Day, weeks: usize) -> Vec<WeekStats> {
    let last = week_start(today);
    let first = last.plus(-7 * (weeks as i32 - 1));
    let mut out: Vec<WeekStats> = (0..weeks)
        .map(|i| WeekStats {
            start: first.plus(7 * i as i32),
            ..Default::default()
        })
        .collect();
    for u in urges {
        let d = u.at.day();
        if d < first || d > last.plus(6) {
            continue;
        }
        let w = &mut out[((d.0 - first.0) / 7) as usize];
        w.noticed += 1;
        match u.action {
            Some(Action::Stayed) => w.stayed += 1,
            Some(Action::CameBack) => w.came_back += 1,
            Some(Action::Left) => w.left += 1,
            None => {}
        }
    }
    out
}

/// Totals over some weeks.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Totals {
    pub noticed: u32,
    pub held: u32,
    pub left: u32,
}

pub fn totals(weeks: &[WeekStats]) -> Totals {
    weeks.iter().fold(Totals::default(), |t, w| Totals {
        noticed: t.noticed + w.noticed,
        held: t.held + w.held(),
        left: t.left + w.left,
    })
}

/// "14:05" (an `<input type=time>` value, seconds allowed) → minutes since midnight.
pub fn minute_from_hhmm(s: &str) -> Option<u32> {
    let (h, m) = s.trim().split_once(':')?;
    let (h, m): (u32, u32) = (h.parse().ok()?, m.get(..2)?.parse().ok()?);
    (h < 24 && m < 60).then_some(h * 60 + m)
}

/// When a logged urge happened: `days_ago` (0 today, 1 yesterday, ...) at the time the
/// person typed. No time, or today at the current minute, is now; a time later than now
/// today can't have happened yet, so it is read as now too.
pub fn logged_at(now: LocalTime, days_ago: u32, hhmm: &str) -> LocalTime {
    let day = now.day().plus(-(days_ago.min(MAX_DAYS_AGO) as i32));
    match minute_from_hhmm(hhmm) {
        Some(m) if day < now.day() => LocalTime::from_day_and_minute(day, m),
        Some(m) if m < now.minute_of_day() => LocalTime::from_day_and_minute(day, m),
        None if day < now.day() => LocalTime::from_day_and_minute(day, now.minute_of_day()),
        _ => now,
    }
}

/// How far back an urge can be logged: it is about noticing, soon after.
pub const MAX_DAYS_AGO: u32 = 2;

/// Urges noticed on one day.
pub fn count_on(urges: &[Urge], day: Day) -> usize {
    urges.iter().filter(|u| u.at.day() == day).count()
}

fn times(n: u32) -> String {
    match n {
        1 => "once".into(),
        2 => "twice".into(),
        n => format!("{n} times"),
    }
}

/// "this week", "in the last 8 weeks"
pub fn span(weeks: usize) -> String {
    if weeks == 1 {
        "this week".into()
    } else {
        format!("in the last {weeks} weeks")
    }
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// The chart's text summary: plain, never scolding.
pub fn summary(weeks: &[WeekStats]) -> String {
    let t = totals(weeks);
    let span = span(weeks.len());
    if t.noticed == 0 {
        return format!("No urges logged {span}. When one comes, noticing it is the first step.");
    }
    let urges = count(t.noticed, "urge", "urges");
    let mut s = format!("{} you noticed {urges} to pull away", capitalise(&span));
    if t.held > 0 {
        s.push_str(&format!(" and stayed or came back {}", times(t.held)));
    }
    s.push('.');
    if let Some(trend) = held_trend(weeks) {
        s.push(' ');
        s.push_str(trend);
    }
    s
}

/// Compares the share of urges held in the later half with the earlier half of the weeks.
/// Only says something when both halves have enough urges to mean anything.
pub fn held_trend(weeks: &[WeekStats]) -> Option<&'static str> {
    let (a, b) = weeks.split_at(weeks.len() / 2);
    let (ta, tb) = (totals(a), totals(b));
    if ta.noticed < 3 || tb.noticed < 3 {
        return None;
    }
    // Compare held/noticed without floating point: held_b/noticed_b vs held_a/noticed_a.
    let later = tb.held * ta.noticed;
    let earlier = ta.held * tb.noticed;
    if later > earlier {
        Some("Lately you stay or come back more often than before.")
    } else if later == earlier {
        Some("Lately you stay or come back about as often as before.")
    } else {
        Some("Lately it has been harder to stay. That happens; progress comes in waves.")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> Day {
        Day::from_ymd(y, m, d)
    }
    fn urge(d: Day, action: Option<Action>) -> Urge {
        Urge::new(
            format!("u{}-{:?}", d.0, action),
            LocalTime::from_day_and_minute(d, 600),
            Situation::Closeness,
            3,
            action,
            "",
        )
    }

    #[test]
    fn an_urge_is_logged_when_it_happened_never_in_the_future() {
        let now = LocalTime::from_day_and_minute(day(2026, 11, 29), 14 * 60 + 30);
        assert_eq!(logged_at(now, 0, ""), now);
        assert_eq!(logged_at(now, 0, "14:30"), now);
        assert_eq!(
            logged_at(now, 0, "09:05"),
            LocalTime::from_day_and_minute(day(2026, 11, 29), 9 * 60 + 5)
        );
        // Later today hasn't happened yet.
        assert_eq!(logged_at(now, 0, "21:00"), now);
        // Yesterday evening, and two days ago without a time (the same time of day).
        assert_eq!(
            logged_at(now, 1, "21:00"),
            LocalTime::from_day_and_minute(day(2026, 11, 28), 21 * 60)
        );
        assert_eq!(
            logged_at(now, 2, "nonsense"),
            LocalTime::from_day_and_minute(day(2026, 11, 27), 14 * 60 + 30)
        );
        // Further back than the form offers is held to its limit; across a month's start too.
        let first = LocalTime::from_day_and_minute(day(2026, 12, 1), 8 * 60);
        assert_eq!(
            logged_at(first, 9, "23:59"),
            LocalTime::from_day_and_minute(day(2026, 11, 29), 23 * 60 + 59)
        );
    }

    #[test]
    fn stored_form_is_compact() {
        let u = Urge::new(
            "x".into(),
            LocalTime(100),
            Situation::Conflict,
            9,
            None,
            "  ",
        );
        assert_eq!(
            serde_json::to_string(&u).unwrap(),
            r#"{"id":"x","t":100,"s":"f","i":5}"#
        );
        let u = Urge::new(
            "x".into(),
            LocalTime(100),
            Situation::Need,
            0,
            Some(Action::CameBack),
            " hi ",
        );
        let json = serde_json::to_string(&u).unwrap();
        assert_eq!(json, r#"{"id":"x","t":100,"s":"n","i":1,"a":"b","n":"hi"}"#);
        assert_eq!(serde_json::from_str::<Urge>(&json).unwrap(), u);
    }

    #[test]
    fn times_of_day_parse() {
        assert_eq!(minute_from_hhmm("14:05"), Some(845));
        assert_eq!(minute_from_hhmm("14:05:30"), Some(845));
        assert_eq!(minute_from_hhmm("24:00"), None);
        assert_eq!(minute_from_hhmm("9:5"), None);
        assert_eq!(minute_from_hhmm(""), None);
    }

    #[test]
    fn weeks_start_on_monday() {
        // 29 Nov 2026 is a Sunday; its week began Monday 23 Nov.
        assert_eq!(week_start(day(2026, 11, 29)), day(2026, 11, 23));
        assert_eq!(week_start(day(2026, 11, 23)), day(2026, 11, 23));
        assert_eq!(week_start(day(2026, 11, 30)), day(2026, 11, 30));
    }

    #[test]
    fn weekly_counts_noticed_and_what_happened() {
        let today = day(2026, 11, 29);
        let urges = vec![
            urge(day(2026, 11, 23), Some(Action::Stayed)),
            urge(day(2026, 11, 29), Some(Action::CameBack)),
            urge(day(2026, 11, 29), Some(Action::Left)),
            urge(day(2026, 11, 22), None), // Sunday of the week before
            urge(day(2026, 11, 1), Some(Action::Left)), // outside four weeks
            urge(day(2026, 11, 30), Some(Action::Left)), // tomorrow (clock changed): not counted
        ];
        let w = weekly(&urges, today, 4);
        assert_eq!(w.len(), 4);
        assert_eq!(w[0].start, day(2026, 11, 2));
        assert_eq!(w[3].start, day(2026, 11, 23));
        assert_eq!(
            w.iter().map(|w| w.noticed).collect::<Vec<_>>(),
            [0, 0, 1, 3]
        );
        assert_eq!(
            (w[3].stayed, w[3].came_back, w[3].left, w[3].held()),
            (1, 1, 1, 2)
        );
        assert_eq!(
            (w[2].noticed, w[2].held(), w[2].left),
            (1, 0, 0),
            "undecided counts as noticed only"
        );
        assert_eq!(
            totals(&w),
            Totals {
                noticed: 4,
                held: 2,
                left: 1
            }
        );
        assert_eq!(w[3].label(), "23 Nov");
        assert_eq!(count_on(&urges, today), 2);
    }

    #[test]
    fn summary_speaks_plainly() {
        let today = day(2026, 11, 29);
        assert_eq!(
            summary(&weekly(&[], today, 8)),
            "No urges logged in the last 8 weeks. When one comes, noticing it is the first step."
        );
        let one = [urge(today, None)];
        assert_eq!(
            summary(&weekly(&one, today, 1)),
            "This week you noticed 1 urge to pull away."
        );
        let two = [
            urge(today, Some(Action::Stayed)),
            urge(today, Some(Action::CameBack)),
        ];
        assert_eq!(
            summary(&weekly(&two, today, 8)),
            "In the last 8 weeks you noticed 2 urges to pull away and stayed or came back twice."
        );
    }

    #[test]
    fn trend_needs_enough_urges_and_compares_shares() {
        let today = day(2026, 11, 29);
        let early = day(2026, 11, 2);
        let mut urges: Vec<Urge> = (0..4)
            .map(|i| urge(early.plus(i), Some(Action::Left)))
            .collect();
        urges.push(urge(today, Some(Action::Stayed)));
        // Later half has only one urge: too few to say anything.
        assert_eq!(held_trend(&weekly(&urges, today, 4)), None);
        urges.push(urge(today, Some(Action::CameBack)));
        urges.push(urge(today, Some(Action::Left)));
        assert_eq!(
            held_trend(&weekly(&urges, today, 4)),
            Some("Lately you stay or come back more often than before.")
        );
        let worse: Vec<Urge> = (0..3)
            .map(|i| urge(early.plus(i), Some(Action::Stayed)))
            .chain((0..3).map(|_| urge(today, Some(Action::Left))))
            .collect();
        assert!(held_trend(&weekly(&worse, today, 4))
            .unwrap()
            .starts_with("Lately it has been harder"));
    }
}
