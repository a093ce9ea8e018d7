//! Calendar arithmetic on local wall-clock time, with no browser and no time zones.
//!
//! Everything the app records is stamped with a [`LocalTime`]: seconds since
//! 1970-01-01 00:00 *on the person's own clock*. Days, weeks and months are then
//! plain integer arithmetic, and a test can pick any moment it likes.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Seconds since 1970-01-01T00:00 in local wall-clock time.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default,
)]
#[serde(transparent)]
pub struct LocalTime(pub i64);

/// A calendar day, counted as days since 1970-01-01.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default,
)]
#[serde(transparent)]
pub struct Day(pub i32);

/// A calendar month, e.g. 2026-11.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Month {
    pub year: i32,
    pub month: u32,
}

pub const SECS_PER_DAY: i64 = 86_400;

impl LocalTime {
    pub fn day(self) -> Day {
        Day(self.0.div_euclid(SECS_PER_DAY) as i32)
    }
    /// Minutes since local midnight (0..1440).
    pub fn minute_of_day(self) -> u32 {
        (self.0.rem_euclid(SECS_PER_DAY) / 60) as u32
    }
    pub fn from_day_and_minute(day: Day, minute: u32) -> Self {
        LocalTime(day.0 as i64 * SECS_PER_DAY + minute as i64 * 60)
    }
    pub fn month(self) -> Month {
        self.day().month()
    }
    /// "14:05"
    pub fn hhmm(self) -> String {
        let m = self.minute_of_day();
        format!("{:02}:{:02}", m / 60, m % 60)
    }
}

impl Day {
    /// Days from civil (Howard Hinnant's algorithm), proleptic Gregorian.
    pub fn from_ymd(y: i32, m: u32, d: u32) -> Day {
        let y = if m <= 2 { y - 1 } else { y } as i64;
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = m as i64;
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d as i64 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        Day((era * 146_097 + doe - 719_468) as i32)
    }

    /// (year, month 1-12, day 1-31)
    pub fn ymd(self) -> (i32, u32, u32) {
        let z = self.0 as i64 + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let y = yoe + era * 400;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        ((if m <= 2 { y + 1 } else { y }) as i32, m, d)
    }

    pub fn month(self) -> Month {
        let (year, month, _) = self.ymd();
        Month { year, month }
    }

    /// 0 = Monday … 6 = Sunday.
    pub fn weekday(self) -> u32 {
        // 1970-01-01 was a Thursday (index 3).
        ((self.0 as i64 + 3).rem_euclid(7)) as u32
    }

    /// Saturates at the ends of the range (only a damaged date gets near them).
    pub fn plus(self, days: i32) -> Day {
        Day(self.0.saturating_add(days))
    }

    /// "2026-11-29"
    pub fn iso(self) -> String {
        let (y, m, d) = self.ymd();
        format!("{y:04}-{m:02}-{d:02}")
    }

    /// Parses "YYYY-MM-DD" (the value of an `<input type=date>`).
    pub fn parse_iso(s: &str) -> Option<Day> {
        let mut it = s.trim().splitn(3, '-');
        let y: i32 = it.next()?.parse().ok()?;
        let m: u32 = it.next()?.parse().ok()?;
        let d: u32 = it.next()?.parse().ok()?;
        if !(1..=12).contains(&m) || d == 0 || d > days_in_month(y, m) {
            return None;
        }
        Some(Day::from_ymd(y, m, d))
    }

    /// "Sunday 29 November"
    pub fn long(self) -> String {
        let (_, m, d) = self.ymd();
        format!(
            "{} {} {}",
            WEEKDAYS[self.weekday() as usize],
            d,
            MONTHS[m as usize - 1]
        )
    }

    /// "29 Nov 2026"
    pub fn short(self) -> String {
        let (y, m, d) = self.ymd();
        format!("{} {} {}", d, &MONTHS[m as usize - 1][..3], y)
    }
}

impl Month {
    pub fn first_day(self) -> Day {
        Day::from_ymd(self.year, self.month, 1)
    }
    pub fn days(self) -> u32 {
        days_in_month(self.year, self.month)
    }
    pub fn next(self) -> Month {
        if self.month == 12 {
            Month {
                year: self.year + 1,
                month: 1,
            }
        } else {
            Month {
                year: self.year,
                month: self.month + 1,
            }
        }
    }
    pub fn prev(self) -> Month {
        if self.month == 1 {
            Month {
                year: self.year - 1,
                month: 12,
            }
        } else {
            Month {
                year: self.year,
                month: self.month - 1,
            }
        }
    }
    /// "2026-11", the form used in storage keys.
    pub fn key(self) -> String {
        format!("{:04}-{:02}", self.year, self.month)
    }
    pub fn parse_key(s: &str) -> Option<Month> {
        let (y, m) = s.split_once('-')?;
        let year = y.parse().ok()?;
        let month = m.parse().ok()?;
        (1..=12).contains(&month).then_some(Month { year, month })
    }
    /// "November 2026"
    pub fn label(self) -> String {
        format!("{} {}", MONTHS[self.month as usize - 1], self.year)
    }
}

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.iso())
    }
}

pub fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

pub fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(y) => 29,
        2 => 28,
        _ => 0,
    }
}

pub const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_round_trip_over_four_centuries() {
        for n in (-200_000..200_000).step_by(37) {
            let (y, m, d) = Day(n).ymd();
            assert_eq!(Day::from_ymd(y, m, d), Day(n));
        }
    }

    #[test]
    fn known_dates() {
        assert_eq!(Day::from_ymd(1970, 1, 1), Day(0));
        assert_eq!(Day::from_ymd(2000, 3, 1).ymd(), (2000, 3, 1));
        assert_eq!(Day::from_ymd(2026, 11, 29).weekday(), 6, "a Sunday");
        assert_eq!(Day::from_ymd(2024, 2, 29).plus(1).ymd(), (2024, 3, 1));
    }

    #[test]
    fn iso_parse_rejects_impossible_days() {
        assert_eq!(
            Day::parse_iso("2026-11-29").map(|d| d.iso()),
            Some("2026-11-29".into())
        );
        assert!(Day::parse_iso("2026-02-29").is_none());
        assert!(Day::parse_iso("2024-02-29").is_some());
        assert!(Day::parse_iso("2026-13-01").is_none());
        assert!(Day::parse_iso("yesterday").is_none());
    }

    #[test]
    fn local_time_parts() {
        let t = LocalTime::from_day_and_minute(Day::from_ymd(2026, 11, 29), 14 * 60 + 5);
        assert_eq!(t.hhmm(), "14:05");
        assert_eq!(t.day().iso(), "2026-11-29");
        assert_eq!(t.month().key(), "2026-11");
        assert_eq!(
            LocalTime(-1).day(),
            Day(-1),
            "before the epoch still floors"
        );
    }

    #[test]
    fn month_stepping_and_keys() {
        let m = Month {
            year: 2026,
            month: 12,
        };
        assert_eq!(m.next().key(), "2027-01");
        assert_eq!(m.next().prev(), m);
        assert_eq!(Month::parse_key("2026-02").map(|m| m.days()), Some(28));
        assert_eq!(Month::parse_key("2026-00"), None);
        assert_eq!(Day::from_ymd(2026, 11, 29).long(), "Sunday 29 November");
    }
}
