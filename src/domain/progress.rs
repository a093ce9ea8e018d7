//! Progress over time: what the app records, counted per program week (early on) or per
//! calendar month (later), and the plain sentence that goes with each chart.

use super::program;
use crate::base::plural;
use crate::base::time::{Day, Month};

/// Up to this many program weeks are shown week by week; after that, month by month.
pub const WEEKS_SHOWN: u32 = 12;
/// At most this many months are shown.
pub const MONTHS_SHOWN: usize = 12;

/// A stretch of days a chart point stands for (both ends included).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bucket {
    pub label: String,
    pub from: Day,
    pub to: Day,
}

/// The buckets for a person who started on `start`, up to `today`, oldest first.
/// In the first twelve weeks: one per program week ("Wk 3"). After that: one per
/// calendar month, the last twelve ("Nov").
pub fn buckets(start: Day, today: Day) -> Vec<Bucket> {
    let today = today.max(start);
    let week = program::week(start, today);
    if week <= WEEKS_SHOWN {
        return (1..=week)
            .map(|w| {
                let from = start.plus((w as i32 - 1) * 7);
                Bucket {
                    label: format!("Wk {w}"),
                    from,
                    to: from.plus(6).min(today),
                }
            })
            .collect();
    }
    let mut months = Vec::new();
    let mut m = today.month();
    let first = start.month();
    while months.len() < MONTHS_SHOWN && m >= first {
        months.push(m);
        m = m.prev();
    }
    months.reverse();
    months
        .into_iter()
        .map(|m: Month| {
            let from = m.first_day().max(start);
            let to = m.first_day().plus(m.days() as i32 - 1).min(today);
            Bucket {
                label: crate::base::time::MONTHS[m.month as usize - 1][..3].to_string(),
                from,
                to,
            }
        })
        .collect()
}

/// How many of `days` fall in each bucket.
pub fn count<I: IntoIterator<Item = Day>>(buckets: &[Bucket], days: I) -> Vec<u32> {
    let mut out = vec![0; buckets.len()];
    for d in days {
        if let Some(i) = buckets.iter().position(|b| b.from <= d && d <= b.to) {
            out[i] += 1;
        }
    }
    out
}

/// True when some point is lower than the one before it: where "progress isn't linear" is said.
pub fn has_dip(values: &[f64]) -> bool {
    values.windows(2).any(|w| w[1] < w[0])
}

/// Like [`has_dip`], but the last point (the week or month holding today, still filling up)
/// never counts as a dip.
pub fn dip_before_now(values: &[f64]) -> bool {
    has_dip(&values[..values.len().saturating_sub(1)])
}

/// "Avoidance: 4.2 on 12 Oct 2026, 3.8 on 15 Nov 2026." for a score trajectory (oldest first).
pub fn score_sentence(name: &str, points: &[(Day, f64)]) -> String {
    match points {
        [] => format!("{name}: no scores yet."),
        [(d, v)] => format!("{name}: {v:.1} on {}.", d.short()),
        [(d0, v0), .., (d1, v1)] => format!(
            "{name}: {v0:.1} on {}, {v1:.1} on {}.",
            d0.short(),
            d1.short()
        ),
    }
}

/// "Check-ins: 4 in Wk 1, 9 in Wk 2, …" reduced to a sentence about the first and last point.
pub fn trend_sentence((one, what): (&str, &str), buckets: &[Bucket], values: &[u32]) -> String {
    let total: u32 = values.iter().sum();
    match (
        buckets.first(),
        buckets.last(),
        values.first(),
        values.last(),
    ) {
        _ if total == 0 => format!("No {what} recorded yet."),
        (Some(b0), Some(b1), Some(v0), Some(v1)) if buckets.len() > 1 => {
            format!(
                "{} in all: {v0} in {} and {v1} in {}.",
                plural::count(total, one, what),
                long(&b0.label),
                long(&b1.label)
            )
        }
        (_, Some(b), _, Some(v)) => {
            format!("{} in {}.", plural::count(*v, one, what), long(&b.label))
        }
        _ => format!("No {what} recorded yet."),
    }
}

fn long(label: &str) -> String {
    match label.strip_prefix("Wk ") {
        Some(n) => format!("week {n}"),
        None => label.to_string(),
    }
}

/// The first program week in a sentence, before anything can be compared: `so_far` of
/// its days have come (today included), `practised` of them with a check-in or a practice.
pub fn first_week_sentence(so_far: u32, practised: u32) -> String {
    match (so_far, practised) {
        (_, 0) => "Nothing noted yet this week. Each day with a check-in or a practice is \
                   marked here."
            .to_string(),
        (1, _) => "Your first day, and you've already begun.".to_string(),
        (n, p) if p >= n => format!("A check-in or a practice on each of your first {n} days."),
        (n, p) => format!(
            "{} of the first {n} with a check-in or a practice.",
            plural::count(p, "day", "days")
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_week_is_said_without_counting_what_is_missing() {
        assert_eq!(
            first_week_sentence(3, 0),
            "Nothing noted yet this week. Each day with a check-in or a practice is marked here."
        );
        assert_eq!(
            first_week_sentence(1, 1),
            "Your first day, and you've already begun."
        );
        assert_eq!(
            first_week_sentence(4, 4),
            "A check-in or a practice on each of your first 4 days."
        );
        assert_eq!(
            first_week_sentence(6, 1),
            "1 day of the first 6 with a check-in or a practice."
        );
        assert_eq!(
            first_week_sentence(6, 3),
            "3 days of the first 6 with a check-in or a practice."
        );
    }
    const CHECK_INS: (&str, &str) = ("check-in", "check-ins");
    fn d(m: u32, dd: u32) -> Day {
        Day::from_ymd(2026, m, dd)
    }

    #[test]
    fn weeks_first_then_months() {
        let s = d(1, 1);
        let b = buckets(s, d(1, 15));
        assert_eq!(b.len(), 3);
        assert_eq!(
            b[2],
            Bucket {
                label: "Wk 3".into(),
                from: d(1, 15),
                to: d(1, 15)
            }
        );
        let b = buckets(s, s.plus(12 * 7 - 1));
        assert_eq!(b.len(), 12, "still weekly through week 12");
        let b = buckets(s, s.plus(12 * 7));
        assert_eq!(b.first().map(|b| b.label.as_str()), Some("Jan"));
        assert_eq!(
            b.last().map(|b| (b.label.as_str(), b.to)),
            Some(("Mar", s.plus(84)))
        );
        let b = buckets(s, Day::from_ymd(2028, 6, 10));
        assert_eq!(b.len(), 12);
        assert_eq!(b[0].label, "Jul");
    }

    #[test]
    fn counts_per_bucket() {
        let s = d(1, 1);
        let b = buckets(s, d(1, 10));
        assert_eq!(count(&b, [d(1, 1), d(1, 7), d(1, 8), d(2, 1)]), [2, 1]);
    }

    #[test]
    fn a_dip_is_noticed_and_sentences_read_well() {
        assert!(has_dip(&[1.0, 3.0, 2.0]));
        assert!(!has_dip(&[1.0, 1.0, 4.0]));
        assert!(
            !dip_before_now(&[1.0, 3.0, 0.0]),
            "the current week is still filling"
        );
        assert!(dip_before_now(&[3.0, 1.0, 5.0]));
        assert!(!dip_before_now(&[]));
        assert_eq!(
            score_sentence("Avoidance", &[(d(1, 2), 4.25), (d(2, 3), 3.8)]),
            "Avoidance: 4.2 on 2 Jan 2026, 3.8 on 3 Feb 2026."
        );
        let b = buckets(d(1, 1), d(1, 10));
        assert_eq!(
            trend_sentence(CHECK_INS, &b, &[4, 9]),
            "13 check-ins in all: 4 in week 1 and 9 in week 2."
        );
        assert_eq!(
            trend_sentence(CHECK_INS, &b, &[0, 0]),
            "No check-ins recorded yet."
        );
        assert_eq!(
            trend_sentence(CHECK_INS, &b, &[1, 0]),
            "1 check-in in all: 1 in week 1 and 0 in week 2."
        );
        assert_eq!(
            trend_sentence(CHECK_INS, &b[..1], &[1]),
            "1 check-in in week 1."
        );
    }
}
