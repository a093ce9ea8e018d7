//! What the Today screen offers besides the check-in: one small step a day, taking turns
//! between sharing a feeling, a fact + feeling sentence, and the question to ask someone
//! close. One step, never a list of what's left.

use crate::base::time::Day;

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
    pub const ALL: [SmallStep; 3] =
        [SmallStep::Share, SmallStep::FactFeeling, SmallStep::Ask];

    /// The step for `day`: the three take turns, one a day, the same all day long.
    pub fn for_day(day: Day) -> SmallStep {
        Self::ALL[day.0.rem_euclid(3) as usize]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_three_steps_take_turns_day_by_day() {
        let d = Day::from_ymd(2026, 11, 29);
        let week: Vec<SmallStep> =
            (0..6).map(|i| SmallStep::for_day(d.plus(i))).collect();
        assert_eq!(&week[..3], &week[3..], "a three-day turn");
        for s in SmallStep::ALL {
            assert!(week[..3].contains(&s), "{s:?} gets its day");
        }
        assert_eq!(SmallStep::for_day(Day(-1)), SmallStep::for_day(Day(2)));
    }
}
