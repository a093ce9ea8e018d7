//! A summary to bring to a therapist, or to keep for oneself: the period it covers, the
//! parts the person ticked (none until they tick one), and the stretches of time its
//! tables and charts are counted in. The figures themselves are in [`figures`], the
//! person's own words (only when ticked separately) in [`words`].
//!
//! Everything here is computed from the stored entries; nothing renders, stores or sends.

pub mod figures;
pub mod report;
pub mod words;

#[cfg(test)]
mod figure_tests;

use crate::base::time::{days_in_month, Day, MONTHS};

/// Which days the summary covers, as offered in the choice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Period {
    LastMonth,
    ThreeMonths,
    SinceStart,
    Custom,
}

impl Period {
    pub const ALL: [Period; 4] = [
        Period::LastMonth,
        Period::ThreeMonths,
        Period::SinceStart,
        Period::Custom,
    ];
    pub fn label(self) -> &'static str {
        match self {
            Period::LastMonth => "The last month",
            Period::ThreeMonths => "The last three months",
            Period::SinceStart => "Since you started",
            Period::Custom => "Dates you choose",
        }
    }
    pub fn key(self) -> &'static str {
        match self {
            Period::LastMonth => "month",
            Period::ThreeMonths => "three-months",
            Period::SinceStart => "start",
            Period::Custom => "custom",
        }
    }
    pub fn from_key(s: &str) -> Option<Period> {
        Period::ALL.into_iter().find(|p| p.key() == s)
    }
}

/// The same day `n` calendar months earlier; a day the earlier month lacks becomes its
/// last day (31 May, one month earlier: 30 April).
pub fn months_before(day: Day, n: u32) -> Day {
    let (y, m, d) = day.ymd();
    let total = y * 12 + m as i32 - 1 - n as i32;
    let (ny, nm) = (total.div_euclid(12), total.rem_euclid(12) as u32 + 1);
    Day::from_ymd(ny, nm, d.min(days_in_month(ny, nm)))
}

/// A stretch of days, both ends included.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Range {
    pub from: Day,
    pub to: Day,
}

impl Range {
    pub fn contains(&self, day: Day) -> bool {
        self.from <= day && day <= self.to
    }
    pub fn days(&self) -> u32 {
        (self.to.0 - self.from.0 + 1).max(0) as u32
    }
    /// "30 Oct 2026 to 29 Nov 2026"
    pub fn label(&self) -> String {
        if self.from == self.to {
            self.from.short()
        } else {
            format!("{} to {}", self.from.short(), self.to.short())
        }
    }
}

/// Why dates chosen by hand can't make a period.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RangeError {
    NoDates,
    Backwards,
    Future,
}

impl RangeError {
    pub fn message(self) -> &'static str {
        match self {
            RangeError::NoDates => "Choose a first and a last day.",
            RangeError::Backwards => "The first day comes after the last one. Swap them?",
            RangeError::Future => "Those days haven't happened yet. Choose days up to today.",
        }
    }
}

/// The days a period covers. The last month and the last three months end today and
/// begin the day after the same date one or three months ago; "since you started" begins
/// on the start day (`start`); chosen dates are taken as given, a last day after today
/// shortened to today.
pub fn range(
    period: Period,
    start: Option<Day>,
    custom: (Option<Day>, Option<Day>),
    today: Day,
) -> Result<Range, RangeError> {
    let ending_today = |from: Day| Range {
        from: from.min(today),
        to: today,
    };
    match period {
        Period::LastMonth => Ok(ending_today(months_before(today, 1).plus(1))),
        Period::ThreeMonths => Ok(ending_today(months_before(today, 3).plus(1))),
        Period::SinceStart => Ok(ending_today(start.unwrap_or(today))),
        Period::Custom => {
            let (Some(from), Some(to)) = custom else {
                return Err(RangeError::NoDates);
            };
            if from > to {
                return Err(RangeError::Backwards);
            }
            if from > today {
                return Err(RangeError::Future);
            }
            Ok(Range {
                from,
                to: to.min(today),
            })
        }
    }
}

/// Periods up to this many days are counted week by week; longer ones month by month.
pub const WEEKLY_UP_TO_DAYS: u32 = 16 * 7;

/// One row of a table, one point of a chart: a week or a month of the period.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Slot {
    /// "24 Nov" for a week (its first day in the period), "Nov 2026" for a month.
    pub label: String,
    pub from: Day,
    pub to: Day,
}

/// The weeks (Monday to Sunday) or months of a period, oldest first, cut to the period.
pub fn slots(r: Range) -> Vec<Slot> {
    let mut out = Vec::new();
    if r.days() == 0 {
        return out;
    }
    let weekly = r.days() <= WEEKLY_UP_TO_DAYS;
    let mut from = r.from;
    while from <= r.to {
        let end = if weekly {
            from.plus(6 - from.weekday() as i32)
        } else {
            let m = from.month();
            m.first_day().plus(m.days() as i32 - 1)
        };
        let to = end.min(r.to);
        let (y, m, d) = from.ymd();
        let month = &MONTHS[m as usize - 1][..3];
        out.push(Slot {
            label: if weekly {
                format!("{d} {month}")
            } else {
                format!("{month} {y}")
            },
            from,
            to,
        });
        from = to.plus(1);
    }
    out
}

/// Whether the slots are weeks (otherwise months).
pub fn weekly(r: Range) -> bool {
    r.days() <= WEEKLY_UP_TO_DAYS
}

/// The slot a day falls in.
pub fn slot_of(slots: &[Slot], day: Day) -> Option<usize> {
    slots.iter().position(|s| s.from <= day && day <= s.to)
}

/// A part of the summary the person can tick. Every part starts unticked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Part {
    Questionnaires,
    Feelings,
    Body,
    Urges,
    Practice,
    Beliefs,
    Milestones,
    Conflict,
    Wins,
}

impl Part {
    pub const ALL: [Part; 9] = [
        Part::Questionnaires,
        Part::Feelings,
        Part::Body,
        Part::Urges,
        Part::Practice,
        Part::Beliefs,
        Part::Milestones,
        Part::Conflict,
        Part::Wins,
    ];
    /// The section's heading.
    pub fn title(self) -> &'static str {
        match self {
            Part::Questionnaires => "Questionnaires and the map",
            Part::Feelings => "Feelings named",
            Part::Body => "Body sensations",
            Part::Urges => "Urges to pull away",
            Part::Practice => "Practice programs",
            Part::Beliefs => "Belief work",
            Part::Milestones => "Milestones self-check",
            Part::Conflict => "Breaks during conflict",
            Part::Wins => "Wins journal",
        }
    }
    /// What ticking it adds, in a line.
    pub fn blurb(self) -> &'static str {
        match self {
            Part::Questionnaires => "Your ECR-R and ECR-RS results and where they sit on the map, over time.",
            Part::Feelings => "How many check-ins, how many different feeling words, the most frequent ones, and the pleasant and unpleasant balance week by week.",
            Part::Body => "The body sensations you noted, and the feelings that came with them.",
            Part::Urges => "How often you noticed an urge to pull away, and how often you stayed or came back.",
            Part::Practice => "Where you are in each program, how many practices you logged, and how uncomfortable they felt before and after.",
            Part::Beliefs => "How strongly you held each old and new belief over time, your new belief, and how much evidence you collected.",
            Part::Milestones => "Your answers to the monthly self-check, and which ones changed.",
            Part::Conflict => "How many breaks you took during a conflict, and how many times you came back.",
            Part::Wins => "How many wins you wrote down.",
        }
    }
    /// For element ids.
    pub fn key(self) -> &'static str {
        match self {
            Part::Questionnaires => "quiz",
            Part::Feelings => "feelings",
            Part::Body => "body",
            Part::Urges => "urges",
            Part::Practice => "practice",
            Part::Beliefs => "beliefs",
            Part::Milestones => "milestones",
            Part::Conflict => "conflict",
            Part::Wins => "wins",
        }
    }
}

/// What the person chose to include. Nothing is included until it is ticked.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Selection {
    /// Ticked parts, in the order of [`Part::ALL`].
    parts: Vec<Part>,
    /// The person's own words (notes, wins, worksheet answers) from the ticked parts.
    pub own_words: bool,
}

impl Selection {
    pub fn has(&self, p: Part) -> bool {
        self.parts.contains(&p)
    }
    pub fn set(&mut self, p: Part, on: bool) {
        self.parts.retain(|x| *x != p);
        if on {
            self.parts.push(p);
            self.parts.sort();
        }
    }
    pub fn parts(&self) -> &[Part] {
        &self.parts
    }
    pub fn is_empty(&self) -> bool {
        self.parts.is_empty()
    }
}

/// The paper the summary is laid out for (A4 almost everywhere; Letter in the Americas
/// and the Philippines). The person can change it; the page's print styles follow.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Paper {
    A4,
    Letter,
}

impl Paper {
    pub const ALL: [Paper; 2] = [Paper::A4, Paper::Letter];
    /// The usual paper where the browser's language (`en-US`, `fr-CA`) says the person is.
    pub fn for_language(lang: &str) -> Paper {
        let region = lang
            .split(['-', '_'])
            .skip(1)
            .find(|p| p.len() == 2)
            .map(str::to_ascii_uppercase);
        match region.as_deref() {
            Some("US" | "CA" | "MX" | "PH" | "CL" | "CO" | "VE" | "PR") => Paper::Letter,
            _ => Paper::A4,
        }
    }
    pub fn label(self) -> &'static str {
        match self {
            Paper::A4 => "A4",
            Paper::Letter => "US Letter",
        }
    }
    /// The CSS class (and named page) of the layout.
    pub fn key(self) -> &'static str {
        match self {
            Paper::A4 => "a4",
            Paper::Letter => "letter",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, dd: u32) -> Day {
        Day::from_ymd(y, m, dd)
    }

    #[test]
    fn months_before_keeps_the_day_or_takes_the_months_last() {
        assert_eq!(months_before(d(2026, 11, 29), 1), d(2026, 10, 29));
        assert_eq!(months_before(d(2026, 1, 15), 1), d(2025, 12, 15));
        assert_eq!(months_before(d(2026, 5, 31), 1), d(2026, 4, 30));
        assert_eq!(months_before(d(2026, 5, 31), 3), d(2026, 2, 28));
        assert_eq!(months_before(d(2028, 5, 31), 3), d(2028, 2, 29));
        assert_eq!(months_before(d(2026, 2, 10), 14), d(2024, 12, 10));
    }

    #[test]
    fn periods_end_today_and_start_where_the_person_expects() {
        let today = d(2026, 11, 29);
        let r = |p, start, custom| range(p, start, custom, today);
        assert_eq!(
            r(Period::LastMonth, None, (None, None)),
            Ok(Range {
                from: d(2026, 10, 30),
                to: today
            })
        );
        assert_eq!(
            r(Period::ThreeMonths, None, (None, None)).unwrap().from,
            d(2026, 8, 30)
        );
        assert_eq!(
            r(Period::SinceStart, Some(d(2026, 9, 1)), (None, None))
                .unwrap()
                .from,
            d(2026, 9, 1)
        );
        assert_eq!(
            r(Period::SinceStart, None, (None, None)).unwrap(),
            Range {
                from: today,
                to: today
            },
            "no start day yet: today only"
        );
        assert_eq!(
            r(Period::SinceStart, Some(d(2027, 1, 1)), (None, None))
                .unwrap()
                .from,
            today,
            "a start day in the future never makes a backwards period"
        );
    }

    #[test]
    fn chosen_dates_are_checked() {
        let today = d(2026, 11, 29);
        let c = |a, b| range(Period::Custom, None, (a, b), today);
        assert_eq!(c(None, Some(today)), Err(RangeError::NoDates));
        assert_eq!(
            c(Some(d(2026, 11, 2)), Some(d(2026, 11, 1))),
            Err(RangeError::Backwards)
        );
        assert_eq!(
            c(Some(d(2026, 12, 2)), Some(d(2026, 12, 3))),
            Err(RangeError::Future)
        );
        assert_eq!(
            c(Some(d(2026, 11, 1)), Some(d(2027, 1, 1))),
            Ok(Range {
                from: d(2026, 11, 1),
                to: today
            }),
            "a last day after today is cut to today"
        );
        assert_eq!(c(Some(today), Some(today)).unwrap().label(), "29 Nov 2026");
        assert_eq!(
            c(Some(d(2026, 10, 30)), Some(today)).unwrap().label(),
            "30 Oct 2026 to 29 Nov 2026"
        );
        assert!(RangeError::Backwards.message().contains("Swap"));
    }

    #[test]
    fn short_periods_go_week_by_week_cut_to_the_period() {
        // 30 Oct 2026 is a Friday.
        let r = Range {
            from: d(2026, 10, 30),
            to: d(2026, 11, 29),
        };
        let s = slots(r);
        assert_eq!(s.len(), 5);
        assert_eq!(
            s[0],
            Slot {
                label: "30 Oct".into(),
                from: d(2026, 10, 30),
                to: d(2026, 11, 1)
            }
        );
        assert_eq!(s[1].from, d(2026, 11, 2));
        assert_eq!(s[1].from.weekday(), 0, "weeks begin on Monday");
        assert_eq!(s[4].to, d(2026, 11, 29));
        let covered: u32 = s.iter().map(|x| (x.to.0 - x.from.0 + 1) as u32).sum();
        assert_eq!(covered, r.days(), "every day in exactly one slot");
        assert_eq!(slot_of(&s, d(2026, 11, 3)), Some(1));
        assert_eq!(slot_of(&s, d(2026, 10, 29)), None);
        assert!(weekly(r));
    }

    #[test]
    fn long_periods_go_month_by_month() {
        let r = Range {
            from: d(2026, 3, 15),
            to: d(2026, 11, 29),
        };
        let s = slots(r);
        assert!(!weekly(r));
        assert_eq!(s.len(), 9);
        assert_eq!(
            s[0],
            Slot {
                label: "Mar 2026".into(),
                from: d(2026, 3, 15),
                to: d(2026, 3, 31)
            }
        );
        assert_eq!(s[8].label, "Nov 2026");
        assert_eq!(s[8].to, d(2026, 11, 29));
        // Exactly sixteen weeks is still weekly.
        let sixteen = Range {
            from: d(2026, 8, 10),
            to: d(2026, 8, 10).plus(16 * 7 - 1),
        };
        assert!(weekly(sixteen));
        assert_eq!(slots(sixteen).len(), 16);
    }

    #[test]
    fn nothing_is_ticked_until_the_person_ticks_it() {
        let mut s = Selection::default();
        assert!(s.is_empty() && !s.own_words);
        s.set(Part::Wins, true);
        s.set(Part::Feelings, true);
        s.set(Part::Feelings, true);
        assert_eq!(s.parts(), [Part::Feelings, Part::Wins]);
        s.set(Part::Wins, false);
        assert!(!s.has(Part::Wins) && s.has(Part::Feelings));
        let keys: std::collections::HashSet<_> = Part::ALL.iter().map(|p| p.key()).collect();
        assert_eq!(keys.len(), Part::ALL.len());
        assert_eq!(Period::from_key("custom"), Some(Period::Custom));
    }

    #[test]
    fn paper_follows_the_region_of_the_language() {
        assert_eq!(Paper::for_language("en-US"), Paper::Letter);
        assert_eq!(Paper::for_language("fr-CA"), Paper::Letter);
        assert_eq!(Paper::for_language("es_mx"), Paper::Letter);
        assert_eq!(Paper::for_language("en-GB"), Paper::A4);
        assert_eq!(Paper::for_language("en"), Paper::A4);
        assert_eq!(Paper::for_language("zh-Hant-TW"), Paper::A4);
        assert_eq!(Paper::for_language(""), Paper::A4);
    }
}
