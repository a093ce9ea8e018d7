//! What the check-ins show over time: a timeline, a month coloured by pleasantness, the
//! most frequent words, which body sensations come with which feelings, and how many
//! different words were used each week (the guide's goal of growing more specific).

use super::checkin::{CheckIn, Felt, OwnWord};
use super::program;
use crate::base::plural::count;
use crate::base::time::{Day, Month};
use crate::content::feelings::{self, Ring};
use std::collections::BTreeMap;

/// Check-ins grouped by day, newest day first, newest first within a day.
pub fn timeline(items: &[CheckIn]) -> Vec<(Day, Vec<&CheckIn>)> {
    let mut by_day: BTreeMap<Day, Vec<&CheckIn>> = BTreeMap::new();
    for c in items {
        by_day.entry(c.at.day()).or_default().push(c);
    }
    by_day
        .into_iter()
        .rev()
        .map(|(d, mut v)| {
            v.sort_by(|a, b| b.at.cmp(&a.at).then_with(|| b.id.cmp(&a.id)));
            (d, v)
        })
        .collect()
}

/// How a day felt on balance.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    Pleasant,
    Mixed,
    Unpleasant,
    /// Check-ins without a word whose pleasantness is known.
    Unknown,
    /// No check-in.
    None,
}

impl Tone {
    pub fn label(self) -> &'static str {
        match self {
            Tone::Pleasant => "mostly pleasant",
            Tone::Mixed => "mixed or neutral",
            Tone::Unpleasant => "mostly unpleasant",
            Tone::Unknown => "checked in",
            Tone::None => "no check-in",
        }
    }
    /// CSS class suffix.
    pub fn key(self) -> &'static str {
        match self {
            Tone::Pleasant => "pleasant",
            Tone::Mixed => "mixed",
            Tone::Unpleasant => "unpleasant",
            Tone::Unknown => "unknown",
            Tone::None => "none",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct DayMood {
    pub day: Day,
    pub count: usize,
    /// Average of the check-ins' pleasantness (-1..=1), if any is known.
    pub pleasantness: Option<f32>,
}

impl DayMood {
    pub fn tone(&self) -> Tone {
        match (self.count, self.pleasantness) {
            (0, _) => Tone::None,
            (_, None) => Tone::Unknown,
            (_, Some(p)) if p > 0.25 => Tone::Pleasant,
            (_, Some(p)) if p < -0.25 => Tone::Unpleasant,
            _ => Tone::Mixed,
        }
    }
}

/// Every day of a month with its check-ins' average pleasantness.
pub fn month_moods(items: &[CheckIn], month: Month, own: &[OwnWord]) -> Vec<DayMood> {
    let first = month.first_day();
    (0..month.days() as i32)
        .map(|i| {
            let day = first.plus(i);
            let of_day: Vec<&CheckIn> = items.iter().filter(|c| c.at.day() == day).collect();
            let known: Vec<f32> = of_day.iter().filter_map(|c| c.pleasantness(own)).collect();
            let pleasantness =
                (!known.is_empty()).then(|| known.iter().sum::<f32>() / known.len() as f32);
            DayMood {
                day,
                count: of_day.len(),
                pleasantness,
            }
        })
        .collect()
}

/// How many of the last [`LOW_MOOD_DAYS`] days (today included) must have felt mostly
/// unpleasant for Insights to mention a low mood and the doctor.
pub const LOW_MOOD_MIN: usize = 10;
pub const LOW_MOOD_DAYS: i32 = 14;

/// Whether most of the last two weeks felt mostly unpleasant (at least [`LOW_MOOD_MIN`] of
/// the last [`LOW_MOOD_DAYS`] days, by the check-ins' words). Closer names no condition:
/// it only says that a low mood lasting this long is worth taking to a doctor.
pub fn low_mood_lately(items: &[CheckIn], own: &[OwnWord], today: Day) -> bool {
    let first = today.plus(1 - LOW_MOOD_DAYS);
    let mut by_day: BTreeMap<Day, Vec<f32>> = BTreeMap::new();
    for c in items {
        let day = c.at.day();
        if day >= first && day <= today {
            if let Some(p) = c.pleasantness(own) {
                by_day.entry(day).or_default().push(p);
            }
        }
    }
    let heavy = by_day
        .values()
        .filter(|ps| {
            let m = DayMood {
                day: today,
                count: ps.len(),
                pleasantness: Some(ps.iter().sum::<f32>() / ps.len() as f32),
            };
            m.tone() == Tone::Unpleasant
        })
        .count();
    heavy >= LOW_MOOD_MIN
}

/// "In November 2026: 12 days mostly pleasant, 5 mixed, 3 mostly unpleasant; 10 without a check-in."
pub fn month_summary(month: Month, moods: &[DayMood]) -> String {
    let n = |t: Tone| moods.iter().filter(|m| m.tone() == t).count();
    let checked = moods.iter().filter(|m| m.count > 0).count();
    if checked == 0 {
        return format!("No check-ins in {} yet.", month.label());
    }
    format!(
        "In {}: you checked in on {}: {} mostly pleasant, {} mixed or neutral, {} mostly unpleasant.",
        month.label(),
        count(checked, "day", "days"),
        n(Tone::Pleasant),
        n(Tone::Mixed) + n(Tone::Unknown),
        n(Tone::Unpleasant)
    )
}

/// Words by how often they were chosen, most first (ties alphabetically), at most `n`.
pub fn most_frequent(items: &[CheckIn], n: usize) -> Vec<(String, usize)> {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for c in items {
        for w in &c.words {
            *counts.entry(w.as_str()).or_default() += 1;
        }
    }
    let mut v: Vec<(String, usize)> = counts
        .into_iter()
        .map(|(w, c)| (w.to_string(), c))
        .collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    v.truncate(n);
    v
}

/// A body sensation and the feeling words recorded with it.
#[derive(Clone, Debug, PartialEq)]
pub struct SensationRow {
    pub felt: Felt,
    /// Check-ins with this sensation.
    pub times: usize,
    /// Words named alongside, most first.
    pub words: Vec<(String, usize)>,
}

/// Which sensations came with which feelings, most frequent sensation first.
pub fn sensations_with_feelings(items: &[CheckIn]) -> Vec<SensationRow> {
    let mut map: BTreeMap<&Felt, (usize, BTreeMap<&str, usize>)> = BTreeMap::new();
    for c in items {
        let mut felt: Vec<&Felt> = c.body.iter().collect();
        felt.dedup();
        for f in felt {
            let e = map.entry(f).or_default();
            e.0 += 1;
            for w in &c.words {
                *e.1.entry(w.as_str()).or_default() += 1;
            }
        }
    }
    let mut rows: Vec<SensationRow> = map
        .into_iter()
        .map(|(f, (times, words))| {
            let mut words: Vec<(String, usize)> =
                words.into_iter().map(|(w, c)| (w.to_string(), c)).collect();
            words.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
            SensationRow {
                felt: f.clone(),
                times,
                words,
            }
        })
        .collect();
    rows.sort_by(|a, b| b.times.cmp(&a.times).then_with(|| a.felt.cmp(&b.felt)));
    rows
}

/// Whether a word names a feeling (not one of the first weeks' tone words).
pub fn is_feeling_word(w: &str) -> bool {
    feelings::place(w)
        .map(|p| p.ring != Ring::Tone)
        .unwrap_or(true)
}

/// More weeks than a chart can show (fifty years).
pub const MAX_WEEKS: u32 = 52 * 50;

/// For each program week from 1 to the current one, the number of different feeling words
/// used (tone words like "pleasant" don't count: they aren't names for a feeling).
pub fn distinct_words_per_week(items: &[CheckIn], start: Day, today: Day) -> Vec<(u32, usize)> {
    // A start date from long ago (or a damaged one) must not size a huge chart.
    let weeks = program::week(start, today).min(MAX_WEEKS);
    let mut sets: Vec<Vec<&str>> = vec![Vec::new(); weeks as usize];
    for c in items {
        if c.at.day() < start || c.at.day() > today {
            continue;
        }
        let wk = program::week(start, c.at.day()) as usize;
        if wk > sets.len() {
            continue;
        }
        for w in c.words.iter().filter(|w| is_feeling_word(w)) {
            if !sets[wk - 1].contains(&w.as_str()) {
                sets[wk - 1].push(w);
            }
        }
    }
    sets.iter()
        .enumerate()
        .map(|(i, s)| (i as u32 + 1, s.len()))
        .collect()
}

/// A sentence for the distinct-words chart.
pub fn distinct_summary(per_week: &[(u32, usize)]) -> String {
    match per_week {
        [] => "No weeks yet.".to_string(),
        [(_, n)] => format!(
            "This week you've used {}.",
            count(*n, "different feeling word", "different feeling words")
        ),
        _ => {
            let (_, now) = per_week[per_week.len() - 1];
            let (_, first) = per_week[0];
            let most = per_week.iter().map(|x| x.1).max().unwrap_or(0);
            format!(
                "Week 1: {}; this week: {now}. Your busiest week had {most}.",
                count(first, "different feeling word", "different feeling words")
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::base::time::LocalTime;

    fn ci(id: &str, day: Day, minute: u32, words: &[&str], body: &[(&str, &str)]) -> CheckIn {
        let mut c = CheckIn::new(id.into(), LocalTime::from_day_and_minute(day, minute));
        c.words = words.iter().map(|w| w.to_string()).collect();
        c.body = body.iter().map(|(r, s)| Felt::new(r, s)).collect();
        c
    }

    #[test]
    fn any_start_date_gives_a_small_chart_and_never_panics() {
        let today = Day::from_ymd(2026, 11, 29);
        let items = [ci("a", today, 600, &["sad"], &[])];
        for start in [Day(i32::MIN), Day(-1_000_000), Day(i32::MAX), today] {
            let weeks = distinct_words_per_week(&items, start, today);
            assert!(weeks.len() <= MAX_WEEKS as usize);
            let _ = crate::domain::progress::buckets(start, today);
            let _ = crate::domain::program::month(start, today);
            let _ = crate::domain::program::days_in(start, today);
        }
    }

    fn d(n: u32) -> Day {
        Day::from_ymd(2026, 11, n)
    }

    #[test]
    fn a_low_mood_is_mentioned_after_ten_heavy_days_in_two_weeks() {
        let today = d(29);
        // Nine heavy days: not yet.
        let mut items: Vec<CheckIn> = (0..9)
            .map(|i| ci(&format!("s{i}"), today.plus(-i), 600, &["down"], &[]))
            .collect();
        assert!(!low_mood_lately(&items, &[], today));
        // A tenth, inside the two weeks: yes.
        items.push(ci("s9", today.plus(-13), 600, &["lonely"], &[]));
        assert!(low_mood_lately(&items, &[], today));
        // Outside the two weeks it doesn't count.
        items.pop();
        items.push(ci("old", today.plus(-14), 600, &["lonely"], &[]));
        assert!(!low_mood_lately(&items, &[], today));
        // A day that was mostly pleasant on balance isn't a heavy day.
        items.push(ci("x", today.plus(-10), 600, &["sad"], &[]));
        items.push(ci("y", today.plus(-10), 700, &["calm"], &[]));
        items.push(ci("z", today.plus(-10), 800, &["happy"], &[]));
        assert!(!low_mood_lately(&items, &[], today));
        // Check-ins without a known word say nothing either way; nor do later ones.
        items.push(ci("w", today.plus(-11), 600, &["blorp"], &[]));
        items.push(ci("f", today.plus(1), 600, &["sad"], &[]));
        assert!(!low_mood_lately(&items, &[], today));
        assert!(!low_mood_lately(&[], &[], today));
    }

    #[test]
    fn timeline_is_newest_first() {
        let items = vec![
            ci("a", d(1), 540, &["calm"], &[]),
            ci("b", d(1), 900, &["sad"], &[]),
            ci("c", d(3), 60, &[], &[]),
        ];
        let t = timeline(&items);
        assert_eq!(t.len(), 2);
        assert_eq!(t[0].0, d(3));
        assert_eq!(
            t[1].1.iter().map(|c| c.id.as_str()).collect::<Vec<_>>(),
            vec!["b", "a"]
        );
    }

    #[test]
    fn month_moods_average_pleasantness_per_day() {
        let own = vec![OwnWord {
            word: "wistful".into(),
            core: Some("sad".into()),
        }];
        let items = vec![
            ci("a", d(2), 540, &["calm"], &[]),
            ci("b", d(2), 600, &["happy"], &[]),
            ci("c", d(3), 540, &["calm"], &[]),
            ci("e", d(3), 600, &["wistful"], &[]),
            ci("f", d(4), 540, &["anxious", "tired"], &[]),
            ci("g", d(5), 540, &["some word"], &[]),
            ci("h", Day::from_ymd(2026, 12, 1), 540, &["calm"], &[]),
        ];
        let m = month_moods(
            &items,
            Month {
                year: 2026,
                month: 11,
            },
            &own,
        );
        assert_eq!(m.len(), 30);
        assert_eq!(m[0].tone(), Tone::None);
        assert_eq!(m[1].tone(), Tone::Pleasant);
        assert_eq!(m[2].pleasantness, Some(0.0));
        assert_eq!(m[2].tone(), Tone::Mixed);
        assert_eq!(
            m[3].tone(),
            Tone::Unpleasant,
            "'tired' is unknown; 'anxious' decides"
        );
        assert_eq!(m[4].tone(), Tone::Unknown);
        assert_eq!(m[3].count, 1);
        let s = month_summary(
            Month {
                year: 2026,
                month: 11,
            },
            &m,
        );
        assert!(
            s.contains("4 days: 1 mostly pleasant, 2 mixed or neutral, 1 mostly unpleasant"),
            "{s}"
        );
    }

    #[test]
    fn most_frequent_counts_and_breaks_ties_alphabetically() {
        let items = vec![
            ci("a", d(1), 1, &["sad", "tired"], &[]),
            ci("b", d(1), 2, &["sad"], &[]),
            ci("c", d(1), 3, &["calm"], &[]),
            ci("e", d(1), 4, &["tired"], &[]),
        ];
        assert_eq!(
            most_frequent(&items, 2),
            vec![("sad".to_string(), 2), ("tired".to_string(), 2)]
        );
        assert_eq!(most_frequent(&items, 10).len(), 3);
        assert!(most_frequent(&[], 3).is_empty());
    }

    #[test]
    fn sensations_are_paired_with_the_words_of_the_same_check_in() {
        let items = vec![
            ci("a", d(1), 1, &["anxious"], &[("chest", "tight")]),
            ci(
                "b",
                d(1),
                2,
                &["anxious", "afraid"],
                &[("chest", "tight"), ("jaw", "tense")],
            ),
            ci("c", d(1), 3, &["calm"], &[]),
            ci("e", d(1), 4, &[], &[("jaw", "tense")]),
        ];
        let rows = sensations_with_feelings(&items);
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].felt, Felt::new("chest", "tight"));
        assert_eq!(rows[0].times, 2);
        assert_eq!(
            rows[0].words,
            vec![("anxious".to_string(), 2), ("afraid".to_string(), 1)]
        );
        assert_eq!(rows[1].times, 2);
        assert_eq!(rows[1].words.len(), 2);
    }

    #[test]
    fn distinct_words_are_counted_per_program_week() {
        let start = d(1);
        let items = vec![
            ci("a", d(1), 1, &["pleasant"], &[]),
            ci("b", d(2), 1, &["sad", "sad"], &[]),
            ci("c", d(3), 1, &["sad", "calm"], &[]),
            ci("e", d(15), 1, &["anxious", "nervous", "my own"], &[]),
            ci("f", Day::from_ymd(2026, 10, 30), 1, &["happy"], &[]),
        ];
        let per = distinct_words_per_week(&items, start, d(16));
        assert_eq!(per, vec![(1, 2), (2, 0), (3, 3)]);
        let s = distinct_summary(&per);
        assert!(
            s.contains("Week 1: 2 different feeling words; this week: 3"),
            "{s}"
        );
        assert_eq!(
            distinct_summary(&[(1, 1)]),
            "This week you've used 1 different feeling word."
        );
    }
}
