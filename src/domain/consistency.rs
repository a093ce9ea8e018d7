//! Consistency without shame: how many days this month had some practice in them.
//! There is deliberately no streak here: a count of days can only grow during a month,
//! and a missed day is met with a kind word.

use crate::base::plural::count;
use crate::base::time::{Day, Month};
use crate::content::routines::{GENTLE_START, WELCOME_BACK};
use std::collections::BTreeSet;

/// Distinct days of `month` on which anything was practised.
pub fn days_practised(month: Month, days: &BTreeSet<Day>) -> u32 {
    let first = month.first_day();
    let last = first.plus(month.days() as i32 - 1);
    days.range(first..=last).count() as u32
}

/// A kind word for today, if one fits: after a gap (yesterday had no practice but some
/// earlier day did) a welcome back; on an empty day with no gap, a gentle nudge; nothing once
/// today has practice in it, or before the person ever practised.
pub fn kind_word(today: Day, days: &BTreeSet<Day>) -> Option<&'static str> {
    if days.contains(&today) {
        return None;
    }
    let earlier = days.range(..today).next_back()?;
    if *earlier < today.plus(-1) {
        Some(WELCOME_BACK)
    } else {
        Some(GENTLE_START)
    }
}

/// One sentence for the month, counting up, never down.
pub fn month_sentence(month: Month, n: u32, this_month: bool) -> String {
    let when = if this_month {
        "this month".to_string()
    } else {
        format!("in {}", month.label())
    };
    match n {
        0 if this_month => {
            "No practice recorded yet this month. Any day is a good day to start.".into()
        }
        0 => format!("No practice was recorded {when}."),
        n => format!("You practised on {} {when}.", count(n, "day", "days")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    fn d(m: u32, dd: u32) -> Day {
        Day::from_ymd(2026, m, dd)
    }
    fn set(v: &[Day]) -> BTreeSet<Day> {
        v.iter().copied().collect()
    }

    #[test]
    fn counts_distinct_days_within_the_month_only() {
        let nov = Month {
            year: 2026,
            month: 11,
        };
        let days = set(&[
            d(10, 31),
            d(11, 1),
            d(11, 1),
            d(11, 15),
            d(11, 30),
            d(12, 1),
        ]);
        assert_eq!(days_practised(nov, &days), 3);
        assert_eq!(
            days_practised(
                Month {
                    year: 2026,
                    month: 9
                },
                &days
            ),
            0
        );
    }

    #[test]
    fn a_missed_day_never_resets_the_count() {
        let nov = Month {
            year: 2026,
            month: 11,
        };
        let before = set(&[d(11, 1), d(11, 2), d(11, 3)]);
        let after_gap = set(&[d(11, 1), d(11, 2), d(11, 3), d(11, 10)]);
        assert_eq!(days_practised(nov, &before), 3);
        assert_eq!(days_practised(nov, &after_gap), 4);
    }

    #[test]
    fn missed_days_get_a_kind_word_not_a_warning() {
        let today = d(11, 10);
        assert_eq!(
            kind_word(today, &set(&[])),
            None,
            "nothing before: no comment"
        );
        assert_eq!(kind_word(today, &set(&[d(11, 7)])), Some(WELCOME_BACK));
        assert_eq!(kind_word(today, &set(&[d(11, 9)])), Some(GENTLE_START));
        assert_eq!(kind_word(today, &set(&[d(11, 7), today])), None);
        for w in [WELCOME_BACK, GENTLE_START] {
            let l = w.to_lowercase();
            assert!(!l.contains("streak") && !l.contains("missed") && !l.contains("broke"));
        }
    }

    #[test]
    fn sentences_count_up() {
        let nov = Month {
            year: 2026,
            month: 11,
        };
        assert_eq!(
            month_sentence(nov, 1, true),
            "You practised on 1 day this month."
        );
        assert_eq!(
            month_sentence(nov, 12, false),
            "You practised on 12 days in November 2026."
        );
    }
}
