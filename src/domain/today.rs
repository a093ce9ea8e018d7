//! What the Today screen offers besides the check-in: one small step a day, taking turns
//! between sharing a feeling, a fact + feeling sentence, and the question to ask someone
//! close. One step, never a list of what's left.

use crate::base::time::{Day, LocalTime};
use crate::domain::reminders::Reminders;
use crate::domain::routines::NIGHT_ENDS_MINUTE;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SmallStep {
    /// Today's share in the expression program.
    Share,
    /// One fact + feeling statement.
    FactFeeling,
    /// The daily question for someone close, and a need noticed.
    Ask,
}

impl SmallStep {
    pub const ALL: [SmallStep; 3] = [SmallStep::Share, SmallStep::FactFeeling, SmallStep::Ask];

    /// The step for `day`: the three take turns, one a day, the same all day long.
    pub fn for_day(day: Day) -> SmallStep {
        Self::ALL[day.0.rem_euclid(3) as usize]
    }
}

/// Until when Today, drawn at `now`, reads the same if nothing new is stored: the next
/// reminder time (a check-in may start waiting), the end of the night (an evening
/// routine done after midnight stops counting for today) or midnight, whichever comes
/// first. A rendering kept for the next start is painted only before then.
pub fn unchanged_until(now: LocalTime, reminders: &Reminders) -> LocalTime {
    let day = now.day();
    let mut until = LocalTime::from_day_and_minute(day.plus(1), 0);
    until = until.min(reminders.next_after(now).1);
    if now.minute_of_day() < NIGHT_ENDS_MINUTE {
        until = until.min(LocalTime::from_day_and_minute(day, NIGHT_ENDS_MINUTE));
    }
    until
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(h: u32, m: u32) -> LocalTime {
        LocalTime::from_day_and_minute(Day::from_ymd(2026, 11, 20), h * 60 + m)
    }

    #[test]
    fn today_reads_the_same_until_a_reminder_the_night_s_end_or_midnight() {
        let r = Reminders::default(); // 09:00, 14:00, 20:00
        assert_eq!(unchanged_until(at(8, 59), &r), at(9, 0));
        assert_eq!(unchanged_until(at(9, 0), &r), at(14, 0), "strictly after");
        assert_eq!(unchanged_until(at(15, 30), &r), at(20, 0));
        let midnight = LocalTime::from_day_and_minute(Day::from_ymd(2026, 11, 21), 0);
        assert_eq!(unchanged_until(at(21, 0), &r), midnight, "never past today");
        assert_eq!(unchanged_until(at(1, 0), &r), at(4, 0), "the night ends");
        let early = Reminders {
            times: [3 * 60, 12 * 60, 18 * 60],
            notify: false,
        };
        assert_eq!(unchanged_until(at(1, 0), &early), at(3, 0));
        for now in [at(0, 0), at(4, 0), at(13, 59), at(23, 59)] {
            let u = unchanged_until(now, &r);
            assert!(u > now && u <= midnight, "{now:?} -> {u:?}");
        }
    }

    #[test]
    fn the_three_steps_take_turns_day_by_day() {
        let d = Day::from_ymd(2026, 11, 29);
        let week: Vec<SmallStep> = (0..6).map(|i| SmallStep::for_day(d.plus(i))).collect();
        assert_eq!(&week[..3], &week[3..], "a three-day turn");
        for s in SmallStep::ALL {
            assert!(week[..3].contains(&s), "{s:?} gets its day");
        }
        assert_eq!(SmallStep::for_day(Day(-1)), SmallStep::for_day(Day(2)));
    }
}
