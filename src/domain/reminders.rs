//! Three check-in times a day: which are due now, when the next one is, and an
//! iCalendar (RFC 5545) file so the person's own calendar can remind them.

use crate::base::time::{Day, LocalTime};
use serde::{Deserialize, Serialize};

/// A check-in made this long before a reminder time still counts for it.
pub const EARLY_MINUTES: u32 = 30;

/// The three times, in minutes after midnight.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Reminders {
    #[serde(rename = "m")]
    pub times: [u32; 3],
    /// Notify while the app is open (only if the browser allowed it).
    #[serde(rename = "n", default, skip_serializing_if = "is_false")]
    pub notify: bool,
}

fn is_false(b: &bool) -> bool {
    !*b
}

impl Default for Reminders {
    fn default() -> Self {
        Reminders {
            times: [9 * 60, 14 * 60, 20 * 60],
            notify: false,
        }
    }
}

impl crate::store::Doc for Reminders {
    const NAME: &'static str = "rem";
}

pub const SLOT_NAMES: [&str; 3] = ["morning", "midday", "evening"];

/// Parses "HH:MM" (the value of an `<input type=time>`).
pub fn parse_hhmm(s: &str) -> Option<u32> {
    let (h, m) = s.trim().split_once(':')?;
    let h: u32 = h.parse().ok()?;
    let m: u32 = m.get(..2).unwrap_or(m).parse().ok()?;
    (h < 24 && m < 60).then_some(h * 60 + m)
}

pub fn hhmm(minutes: u32) -> String {
    format!("{:02}:{:02}", minutes / 60 % 24, minutes % 60)
}

impl Reminders {
    /// The times in order of the day (the person may type them in any order).
    pub fn sorted(&self) -> [u32; 3] {
        let mut t = self.times;
        t.sort();
        t
    }

    /// The one check-in worth mentioning now, as its time (minutes after midnight): the
    /// latest reminder time that has come today, when no check-in was made since then (or
    /// up to [`EARLY_MINUTES`] before it). One check-in covers every time before it: there
    /// is never a list to catch up on. Nothing waits on the day the program began (`start`),
    /// nor before the person has begun. `done` are check-in times, any day.
    pub fn waiting(&self, now: LocalTime, start: Option<Day>, done: &[LocalTime]) -> Option<u32> {
        let today = now.day();
        if start.is_none_or(|s| today <= s) {
            return None;
        }
        let latest = *self
            .sorted()
            .iter()
            .rev()
            .find(|&&t| t <= now.minute_of_day())?;
        let since = latest.saturating_sub(EARLY_MINUTES);
        let covered = done
            .iter()
            .any(|d| d.day() == today && *d <= now && d.minute_of_day() >= since);
        (!covered).then_some(latest)
    }

    /// The next reminder moment strictly after `now` (today or tomorrow), with its slot.
    pub fn next_after(&self, now: LocalTime) -> (usize, LocalTime) {
        let t = self.sorted();
        let secs = now.0.rem_euclid(86_400);
        match (0..3).find(|&i| t[i] as i64 * 60 > secs) {
            Some(i) => (i, LocalTime::from_day_and_minute(now.day(), t[i])),
            None => (0, LocalTime::from_day_and_minute(now.day().plus(1), t[0])),
        }
    }
}

/// A name for a slot, by its time of day rather than by position.
pub fn slot_name(minute: u32) -> &'static str {
    match minute {
        0..=659 => "morning",
        660..=1019 => "afternoon",
        _ => "evening",
    }
}

// ----- iCalendar ---------------------------------------------------------------------

/// Escapes TEXT values (RFC 5545 §3.3.11).
fn escape(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => o.push_str("\\\\"),
            ';' => o.push_str("\\;"),
            ',' => o.push_str("\\,"),
            '\n' => o.push_str("\\n"),
            '\r' => {}
            c => o.push(c),
        }
    }
    o
}

/// Folds a content line to 75 octets per physical line (RFC 5545 §3.1), never splitting a
/// UTF-8 character, and ends it with CRLF.
fn fold(line: &str, out: &mut String) {
    let mut count = 0;
    for c in line.chars() {
        let n = c.len_utf8();
        if count + n > 75 {
            out.push_str("\r\n ");
            count = 1;
        }
        out.push(c);
        count += n;
    }
    out.push_str("\r\n");
}

fn ics_date_time(t: LocalTime) -> String {
    let (y, mo, d) = t.day().ymd();
    let m = t.minute_of_day();
    format!("{y:04}{mo:02}{d:02}T{:02}{:02}00", m / 60, m % 60)
}

/// What a neutral event is called (and its alarm says).
pub use crate::content::safety::CALENDAR_NEUTRAL as NEUTRAL_SUMMARY;

/// How the calendar file's events are worded. Calendars are often shared, synced to a work
/// account or shown on a lock screen, so by default ([`Wording::Neutral`]) nothing in the
/// file names Closer, check-ins or feelings.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Wording {
    #[default]
    Neutral,
    /// Says what the events are for: "Closer: morning check-in".
    Named,
}

impl Wording {
    /// The file's name, as the browser saves it.
    pub fn file_name(self) -> &'static str {
        match self {
            Wording::Neutral => "reminders.ics",
            Wording::Named => "closer-check-ins.ics",
        }
    }
}

/// The calendar file: one daily repeating event per reminder time, each with an alarm at
/// its start. Times are "floating" local times (no time zone), which is what a daily
/// habit means. `start` is the first day; `stamp_utc` the creation moment in UTC seconds
/// since 1970 (DTSTAMP must be UTC).
pub fn ics(rem: &Reminders, start: Day, stamp_utc: i64, wording: Wording) -> String {
    let named = wording == Wording::Named;
    let stamp = {
        let t = LocalTime(stamp_utc);
        let (y, mo, d) = t.day().ymd();
        let s = stamp_utc.rem_euclid(86_400);
        format!(
            "{y:04}{mo:02}{d:02}T{:02}{:02}{:02}Z",
            s / 3600,
            s / 60 % 60,
            s % 60
        )
    };
    let mut out = String::new();
    let mut line = |s: &str| fold(s, &mut out);
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line(if named {
        "PRODID:-//Closer//Check-in reminders//EN"
    } else {
        "PRODID:-//Reminders//EN"
    });
    line("CALSCALE:GREGORIAN");
    line("METHOD:PUBLISH");
    for m in rem.sorted() {
        let name = slot_name(m);
        line("BEGIN:VEVENT");
        line(&format!(
            "UID:{}-{}@{}.invalid",
            if named { "closer-checkin" } else { "pause" },
            hhmm(m).replace(':', ""),
            if named { "closer" } else { "reminder" }
        ));
        line(&format!("DTSTAMP:{stamp}"));
        line(&format!(
            "DTSTART:{}",
            ics_date_time(LocalTime::from_day_and_minute(start, m))
        ));
        line("DURATION:PT5M");
        line("RRULE:FREQ=DAILY");
        let summary = if named {
            format!("Closer: {name} check-in")
        } else {
            NEUTRAL_SUMMARY.to_string()
        };
        line(&format!("SUMMARY:{}", escape(&summary)));
        line(&format!(
            "DESCRIPTION:{}",
            escape(if named {
                "Pause for a moment, put a hand on your chest or stomach, and ask yourself: \
                 what am I feeling right now? Then note it in Closer. Missing one is fine; \
                 there is always the next."
            } else {
                "A few quiet moments for yourself."
            })
        ));
        line("TRANSP:TRANSPARENT");
        line("BEGIN:VALARM");
        line("ACTION:DISPLAY");
        line(&format!(
            "DESCRIPTION:{}",
            escape(if named {
                "Time to check in with yourself"
            } else {
                NEUTRAL_SUMMARY
            })
        ));
        line("TRIGGER:PT0M");
        line("END:VALARM");
        line("END:VEVENT");
    }
    line("END:VCALENDAR");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(h: u32, m: u32) -> LocalTime {
        LocalTime::from_day_and_minute(Day::from_ymd(2026, 11, 29), h * 60 + m)
    }

    const START: Option<Day> = Some(Day(0));

    #[test]
    fn nothing_waits_before_the_first_time() {
        let r = Reminders::default();
        assert_eq!(r.waiting(at(8, 59), START, &[]), None);
        assert_eq!(r.waiting(at(9, 0), START, &[]), Some(9 * 60));
        assert_eq!(
            r.waiting(at(14, 0), START, &[]),
            Some(14 * 60),
            "only the latest"
        );
        assert_eq!(r.waiting(at(23, 0), START, &[]), Some(20 * 60));
    }

    #[test]
    fn one_check_in_covers_every_time_before_it() {
        let r = Reminders::default();
        // The morning check-in is done; the afternoon time comes.
        assert_eq!(r.waiting(at(14, 5), START, &[at(9, 30)]), Some(14 * 60));
        // Half an hour early still counts for the coming time.
        assert_eq!(r.waiting(at(14, 5), START, &[at(13, 40)]), None);
        assert_eq!(r.waiting(at(14, 5), START, &[at(13, 20)]), Some(14 * 60));
        // A check-in late at night leaves nothing of the day waiting.
        assert_eq!(r.waiting(at(23, 30), START, &[at(23, 10)]), None);
        // A check-in before the first time counts for the morning.
        assert_eq!(r.waiting(at(9, 10), START, &[at(8, 45)]), None);
        // Yesterday's check-ins and future ones don't count.
        let yesterday = LocalTime(at(9, 30).0 - 86_400);
        assert_eq!(
            r.waiting(at(9, 40), START, &[yesterday, at(10, 0)]),
            Some(9 * 60)
        );
    }

    #[test]
    fn nothing_waits_on_the_first_day_or_before_beginning() {
        let r = Reminders::default();
        let today = at(21, 0).day();
        assert_eq!(r.waiting(at(21, 0), Some(today), &[]), None, "day 1");
        assert_eq!(r.waiting(at(0, 1), Some(today), &[]), None);
        assert_eq!(r.waiting(at(21, 0), None, &[]), None, "not begun");
        assert_eq!(
            r.waiting(at(21, 0), Some(today.plus(1)), &[]),
            None,
            "a start date ahead"
        );
        assert_eq!(
            r.waiting(at(21, 0), Some(today.plus(-1)), &[]),
            Some(20 * 60),
            "day 2"
        );
    }

    #[test]
    fn times_in_any_order_are_sorted() {
        let r = Reminders {
            times: [20 * 60, 8 * 60, 12 * 60],
            notify: false,
        };
        assert_eq!(r.sorted(), [480, 720, 1200]);
        assert_eq!(r.waiting(at(12, 0), START, &[]), Some(720));
    }

    #[test]
    fn next_reminder_wraps_to_tomorrow() {
        let r = Reminders::default();
        assert_eq!(r.next_after(at(8, 0)), (0, at(9, 0)));
        assert_eq!(r.next_after(at(9, 0)), (1, at(14, 0)));
        let (slot, t) = r.next_after(at(21, 0));
        assert_eq!(slot, 0);
        assert_eq!(t.day(), Day::from_ymd(2026, 11, 30));
        assert_eq!(t.hhmm(), "09:00");
    }

    #[test]
    fn hhmm_round_trip() {
        assert_eq!(parse_hhmm("07:05"), Some(425));
        assert_eq!(parse_hhmm("7:05"), Some(425));
        assert_eq!(parse_hhmm("24:00"), None);
        assert_eq!(parse_hhmm("nope"), None);
        assert_eq!(hhmm(425), "07:05");
        assert_eq!(slot_name(9 * 60), "morning");
        assert_eq!(slot_name(14 * 60), "afternoon");
        assert_eq!(slot_name(20 * 60), "evening");
    }

    /// A small RFC 5545 reader: unfolds lines and splits name;params:value.
    fn parse(ics: &str) -> Vec<(String, String)> {
        assert!(ics.ends_with("\r\n"));
        for physical in ics.split("\r\n") {
            assert!(physical.len() <= 75, "line too long: {physical:?}");
            assert!(!physical.contains('\n') && !physical.contains('\r'));
        }
        let unfolded = ics.replace("\r\n ", "");
        unfolded
            .split("\r\n")
            .filter(|l| !l.is_empty())
            .map(|l| {
                let (name, value) = l.split_once(':').expect("name:value");
                (
                    name.split(';').next().unwrap().to_string(),
                    value.to_string(),
                )
            })
            .collect()
    }

    #[test]
    fn the_neutral_calendar_file_names_nothing_of_closer_or_feelings() {
        let r = Reminders::default();
        let start = Day::from_ymd(2026, 11, 30);
        let neutral = ics(&r, start, 0, Wording::default());
        let lower = neutral.to_lowercase();
        for telling in ["closer", "check", "feel", "chest", "yourself:"] {
            assert!(
                !lower.contains(telling),
                "no {telling:?} in the neutral file"
            );
        }
        assert_eq!(neutral.matches("SUMMARY:A short pause").count(), 3);
        assert_eq!(neutral.matches("BEGIN:VALARM").count(), 3);
        assert!(!Wording::Neutral.file_name().contains("closer"));
        // Asked for, the events say what they are for.
        let named = ics(&r, start, 0, Wording::Named);
        assert!(named.contains("SUMMARY:Closer: morning check-in"));
        assert!(named.contains("Time to check in with yourself"));
    }

    #[test]
    fn ics_parses_back_with_three_daily_events_and_alarms() {
        let r = Reminders {
            times: [8 * 60 + 30, 13 * 60, 21 * 60 + 15],
            notify: false,
        };
        // 2026-11-29 13:45:07 UTC
        let stamp = Day::from_ymd(2026, 11, 29).0 as i64 * 86_400 + 13 * 3600 + 45 * 60 + 7;
        let text = ics(&r, Day::from_ymd(2026, 11, 30), stamp, Wording::Named);
        let props = parse(&text);
        assert_eq!(
            props.first().unwrap(),
            &("BEGIN".into(), "VCALENDAR".into())
        );
        assert_eq!(props.last().unwrap(), &("END".into(), "VCALENDAR".into()));
        let get = |n: &str| {
            props
                .iter()
                .filter(|(k, _)| k == n)
                .map(|(_, v)| v.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(get("VERSION"), vec!["2.0"]);
        assert_eq!(get("PRODID").len(), 1);
        assert_eq!(get("BEGIN").iter().filter(|v| *v == "VEVENT").count(), 3);
        assert_eq!(get("BEGIN").iter().filter(|v| *v == "VALARM").count(), 3);
        assert_eq!(get("END").iter().filter(|v| *v == "VALARM").count(), 3);
        assert_eq!(
            get("DTSTART"),
            vec!["20261130T083000", "20261130T130000", "20261130T211500"]
        );
        assert_eq!(get("RRULE"), vec!["FREQ=DAILY"; 3]);
        assert_eq!(get("ACTION"), vec!["DISPLAY"; 3]);
        assert_eq!(get("TRIGGER"), vec!["PT0M"; 3]);
        assert_eq!(get("DTSTAMP"), vec!["20261129T134507Z"; 3]);
        let uids = get("UID");
        assert_eq!(uids.len(), 3);
        assert!(uids[0] != uids[1] && uids[1] != uids[2]);
        // Escaped text survives the round trip; the long description was folded.
        let desc = &get("DESCRIPTION")[0];
        assert!(desc.contains("Missing one is fine\\; there is always the next."));
        assert!(desc.len() > 75);
        assert_eq!(get("SUMMARY")[0], "Closer: morning check-in");
    }

    #[test]
    fn folding_never_splits_a_character() {
        let mut out = String::new();
        fold(&format!("DESCRIPTION:{}", "é".repeat(80)), &mut out);
        for l in out.split("\r\n") {
            assert!(l.len() <= 75);
        }
        assert_eq!(
            out.replace("\r\n ", "").trim_end(),
            format!("DESCRIPTION:{}", "é".repeat(80))
        );
        assert_eq!(escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
    }
}
