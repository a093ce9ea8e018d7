//! Where a person is in the program: derived from the day they committed.

use crate::base::time::Day;

/// Week of the program, 1-based: the start day and the six days after it are week 1.
/// Days before the start (a clock set back, a start date chosen in the future) count as week 1.
/// Any two days give a week (a damaged start date far in the past or future can't overflow).
pub fn week(start: Day, today: Day) -> u32 {
    let days = (today.0 as i64 - start.0 as i64).max(0);
    (days / 7 + 1).min(u32::MAX as i64) as u32
}

/// Month of the program, 1-based, counted in whole calendar months from the start day
/// (started 31 Jan → month 2 begins on the last day of February, as a calendar would say).
pub fn month(start: Day, today: Day) -> u32 {
    if today <= start {
        return 1;
    }
    let (sy, sm, sd) = start.ymd();
    let (ty, tm, td) = today.ymd();
    let mut months = (ty - sy) * 12 + tm as i32 - sm as i32;
    let last_of_month = td == crate::base::time::days_in_month(ty, tm);
    if td < sd && !last_of_month {
        months -= 1;
    }
    months.max(0) as u32 + 1
}

/// Days since the start, 0 on the first day.
pub fn days_in(start: Day, today: Day) -> u32 {
    (today.0 as i64 - start.0 as i64).clamp(0, u32::MAX as i64) as u32
}

#[cfg(test)]
mod tests {
    use super::*;
    fn d(y: i32, m: u32, dd: u32) -> Day {
        Day::from_ymd(y, m, dd)
    }

    #[test]
    fn week_changes_on_the_eighth_day() {
        let s = d(2026, 11, 1);
        assert_eq!(week(s, s), 1);
        assert_eq!(week(s, d(2026, 11, 7)), 1);
        assert_eq!(week(s, d(2026, 11, 8)), 2);
        assert_eq!(week(s, d(2026, 11, 29)), 5);
        assert_eq!(
            week(s, d(2026, 10, 1)),
            1,
            "a start in the future is week 1"
        );
    }

    #[test]
    fn month_follows_the_calendar() {
        let s = d(2026, 1, 15);
        assert_eq!(month(s, d(2026, 2, 14)), 1);
        assert_eq!(month(s, d(2026, 2, 15)), 2);
        assert_eq!(month(s, d(2027, 1, 15)), 13);
        let end = d(2026, 1, 31);
        assert_eq!(month(end, d(2026, 2, 27)), 1);
        assert_eq!(
            month(end, d(2026, 2, 28)),
            2,
            "short months end the month on their last day"
        );
        assert_eq!(days_in(s, d(2026, 1, 16)), 1);
    }
}
