//! Scoring the attachment questionnaires and saying what a score means, gently.
//!
//! - [`score`]: reverse keys, then the mean of each dimension. Anything short of a full,
//!   in-range answer set is an error, never a score.
//! - [`place`]: a score against the reference sample's mean, in words.
//! - [`Region`] / [`closest`]: where a pair of scores sits on the two-dimensional map.

use crate::content::guidance::Region;
use crate::content::instrument::{Instrument, Norm, Reference, SCALE_MAX, SCALE_MIN};
use crate::content::{ecr_r::ECR_R, ecr_rs::ECR_RS, reflection::QUESTIONS};
use serde::{Deserialize, Serialize};
use std::fmt;

/// Which questionnaire an attempt answered. The serialised codes are stored: never change them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Questionnaire {
    /// The guide's seven yes/no questions.
    #[serde(rename = "qr")]
    Reflection,
    #[serde(rename = "r")]
    EcrR,
    #[serde(rename = "rs")]
    EcrRs,
}

impl Questionnaire {
    pub const ALL: [Questionnaire; 3] = [
        Questionnaire::Reflection,
        Questionnaire::EcrR,
        Questionnaire::EcrRs,
    ];

    /// The validated instrument behind it (none for the informal reflection).
    pub fn instrument(self) -> Option<&'static Instrument> {
        match self {
            Questionnaire::Reflection => None,
            Questionnaire::EcrR => Some(&ECR_R),
            Questionnaire::EcrRs => Some(&ECR_RS),
        }
    }
    /// How many items it has (never zero, so there is no `is_empty`).
    #[allow(clippy::len_without_is_empty)]
    pub fn len(self) -> usize {
        match self.instrument() {
            Some(i) => i.len(),
            None => QUESTIONS.len(),
        }
    }
    /// The URL segment of its screen.
    pub fn slug(self) -> &'static str {
        match self {
            Questionnaire::Reflection => "reflection",
            Questionnaire::EcrR => "ecr-r",
            Questionnaire::EcrRs => "ecr-rs",
        }
    }
    pub fn from_slug(s: &str) -> Option<Questionnaire> {
        Questionnaire::ALL.into_iter().find(|q| q.slug() == s)
    }
    pub fn title(self) -> &'static str {
        match self {
            Questionnaire::Reflection => "Quick reflection",
            Questionnaire::EcrR => "ECR-R (36 statements)",
            Questionnaire::EcrRs => "ECR-RS (9 statements about one person)",
        }
    }
    /// The smallest and largest valid answer.
    pub fn range(self) -> (u8, u8) {
        match self {
            Questionnaire::Reflection => (0, 1),
            _ => (SCALE_MIN, SCALE_MAX),
        }
    }
}

/// One answer per item, in item order; `None` = not answered yet.
pub type Answers = Vec<Option<u8>>;

/// Answers as stored: one character per item, the digit answered or `-` for none.
pub fn encode(answers: &[Option<u8>]) -> String {
    answers
        .iter()
        .map(|a| match a {
            Some(v) if *v <= 9 => char::from(b'0' + v),
            _ => '-',
        })
        .collect()
}

/// Reads stored answers. A character that is not a digit reads as unanswered, so a damaged
/// record can never turn into a score.
pub fn decode(code: &str) -> Answers {
    code.chars()
        .map(|c| c.to_digit(10).map(|d| d as u8))
        .collect()
}

/// Why an answer set could not be scored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ScoreError {
    WrongLength {
        expected: usize,
        got: usize,
    },
    /// 1-based item number and the value found.
    OutOfRange {
        item: usize,
        value: u8,
    },
    /// 1-based numbers of the items still unanswered.
    Incomplete {
        missing: Vec<usize>,
    },
}

impl fmt::Display for ScoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ScoreError::WrongLength { expected, got } => {
                write!(f, "This attempt has {got} answers where {expected} were expected, so it can't be scored.")
            }
            ScoreError::OutOfRange { item, value } => {
                write!(f, "Statement {item} has an answer ({value}) outside the scale, so it can't be scored.")
            }
            ScoreError::Incomplete { missing } if missing.len() == 1 => {
                write!(f, "Statement {} is still unanswered.", missing[0])
            }
            ScoreError::Incomplete { missing } => {
                write!(f, "{} statements are still unanswered.", missing.len())
            }
        }
    }
}

/// The two dimensions, each a mean in 1.0 ..= 7.0.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scores {
    pub anxiety: f64,
    pub avoidance: f64,
}

/// Checks an answer set against a range: right length, every answer present and in range.
pub fn validate(answers: &[Option<u8>], len: usize, (lo, hi): (u8, u8)) -> Result<(), ScoreError> {
    if answers.len() != len {
        return Err(ScoreError::WrongLength {
            expected: len,
            got: answers.len(),
        });
    }
    if let Some((i, v)) = answers
        .iter()
        .enumerate()
        .find_map(|(i, a)| a.filter(|v| !(lo..=hi).contains(v)).map(|v| (i, v)))
    {
        return Err(ScoreError::OutOfRange {
            item: i + 1,
            value: v,
        });
    }
    let missing: Vec<usize> = answers
        .iter()
        .enumerate()
        .filter(|(_, a)| a.is_none())
        .map(|(i, _)| i + 1)
        .collect();
    if !missing.is_empty() {
        return Err(ScoreError::Incomplete { missing });
    }
    Ok(())
}

/// Scores a full answer set: reverse-keyed items count `8 - answer`; each dimension is the
/// mean of its items.
pub fn score(inst: &Instrument, answers: &[Option<u8>]) -> Result<Scores, ScoreError> {
    validate(answers, inst.len(), (SCALE_MIN, SCALE_MAX))?;
    let keyed = |n: u8| {
        let a = answers[n as usize - 1].expect("validated") as f64;
        if inst.is_reverse(n as usize) {
            (SCALE_MAX + SCALE_MIN) as f64 - a
        } else {
            a
        }
    };
    let mean = |items: &[u8]| items.iter().map(|&n| keyed(n)).sum::<f64>() / items.len() as f64;
    Ok(Scores {
        anxiety: mean(inst.anxiety),
        avoidance: mean(inst.avoidance),
    })
}

/// A score as shown: one decimal ("4.7").
pub fn one_decimal(x: f64) -> String {
    format!("{:.1}", (x * 10.0).round() / 10.0)
}

/// Where a score sits against a reference sample, in fifths of the distribution's width.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Placement {
    MuchLower,
    Lower,
    Average,
    Higher,
    MuchHigher,
}

impl Placement {
    pub fn words(self) -> &'static str {
        match self {
            Placement::MuchLower => "lower than most people who took it",
            Placement::Lower => "somewhat lower than the average of people who took it",
            Placement::Average => "close to the average of people who took it",
            Placement::Higher => "somewhat higher than the average of people who took it",
            Placement::MuchHigher => "higher than most people who took it",
        }
    }
}

/// Where "people who took it" come from, said next to the placement words and on the map:
/// "“People who took it” here means a large online sample … Their average: anxiety 3.6,
/// avoidance 2.9."
pub fn reference_note(r: &Reference) -> String {
    format!(
        "\u{201c}People who took it\u{201d} here means {}. Their average: anxiety {}, avoidance {}.",
        r.source,
        one_decimal(r.anxiety.mean),
        one_decimal(r.avoidance.mean)
    )
}

/// More than one standard deviation from the mean is "lower/higher than most"; within a quarter
/// of one is "close to the average"; in between is "somewhat".
pub fn place(score: f64, norm: Norm) -> Placement {
    let z = (score - norm.mean) / norm.sd;
    if z < -1.0 {
        Placement::MuchLower
    } else if z < -0.25 {
        Placement::Lower
    } else if z <= 0.25 {
        Placement::Average
    } else if z <= 1.0 {
        Placement::Higher
    } else {
        Placement::MuchHigher
    }
}

/// The scale's midpoint, the usual split between "low" and "high".
pub const MIDPOINT: f64 = 4.0;
/// How near the split a score must be to call it "near the line".
pub const NEAR_LINE: f64 = 0.25;

/// Where a pair of scores falls on the map ([`Region`] is named in `content`).
impl Region {
    fn from_levels(high_anxiety: bool, high_avoidance: bool) -> Region {
        match (high_anxiety, high_avoidance) {
            (false, false) => Region::Secure,
            (true, false) => Region::AnxiousPreoccupied,
            (false, true) => Region::DismissiveAvoidant,
            (true, true) => Region::FearfulAvoidant,
        }
    }
    /// The area a point falls in; a score exactly on the midpoint counts as low.
    pub fn of(s: Scores) -> Region {
        Region::from_levels(s.anxiety > MIDPOINT, s.avoidance > MIDPOINT)
    }
}

/// The area a point is closest to, and the neighbours whose line it is near.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Closest {
    pub region: Region,
    pub near: Vec<Region>,
}

pub fn closest(s: Scores) -> Closest {
    let region = Region::of(s);
    let near_x = (s.anxiety - MIDPOINT).abs() <= NEAR_LINE;
    let near_y = (s.avoidance - MIDPOINT).abs() <= NEAR_LINE;
    let (ha, hv) = (region.high_anxiety(), region.high_avoidance());
    let mut near = Vec::new();
    if near_x {
        near.push(Region::from_levels(!ha, hv));
    }
    if near_y {
        near.push(Region::from_levels(ha, !hv));
    }
    if near_x && near_y {
        near.push(Region::from_levels(!ha, !hv));
    }
    Closest { region, near }
}

impl Closest {
    /// "closest to dismissive-avoidant, near the line with secure"
    pub fn words(&self) -> String {
        let mut s = format!("closest to {}", self.region.name());
        match self.near.as_slice() {
            [] => {}
            [one] => s.push_str(&format!(", near the line with {}", one.name())),
            _ => s.push_str(", near the middle of the map where all four areas meet"),
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(v: u8, n: usize) -> Answers {
        vec![Some(v); n]
    }
    /// 1, 7, 1, 7, … starting with item 1 = 1.
    fn alternating(n: usize) -> Answers {
        (0..n)
            .map(|i| Some(if i % 2 == 0 { 1 } else { 7 }))
            .collect()
    }
    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }
    fn assert_scores(s: Scores, anxiety: f64, avoidance: f64) {
        assert!(
            close(s.anxiety, anxiety),
            "anxiety {} != {}",
            s.anxiety,
            anxiety
        );
        assert!(
            close(s.avoidance, avoidance),
            "avoidance {} != {}",
            s.avoidance,
            avoidance
        );
    }

    #[test]
    fn instruments_are_complete_and_keyed_once() {
        for inst in [&ECR_R, &ECR_RS] {
            let mut seen: Vec<u8> = inst.anxiety.iter().chain(inst.avoidance).copied().collect();
            seen.sort();
            assert_eq!(
                seen,
                (1..=inst.len() as u8).collect::<Vec<_>>(),
                "{}: each item in one dimension",
                inst.short
            );
            assert!(inst
                .reverse
                .iter()
                .all(|&r| (1..=inst.len() as u8).contains(&r)));
        }
        assert_eq!(ECR_R.len(), 36);
        assert_eq!(ECR_R.reverse.len(), 14);
        assert_eq!(ECR_RS.len(), 9);
        assert_eq!(
            ECR_R.items[8],
            "I rarely worry about my partner leaving me."
        );
        assert_eq!(
            ECR_R.items[35],
            "My partner really understands me and my needs."
        );
        assert_eq!(
            ECR_RS.items[0],
            "It helps to turn to this person in times of need."
        );
    }

    // ECR-R by hand. Anxiety = items 1–18, reversed 9 and 11 (16 straight, 2 reversed).
    // Avoidance = items 19–36, reversed 20, 22, 26–31, 33–36 (6 straight, 12 reversed).

    #[test]
    fn ecr_r_all_ones() {
        // anxiety (16·1 + 2·7)/18 = 30/18; avoidance (6·1 + 12·7)/18 = 90/18 = 5
        assert_scores(score(&ECR_R, &all(1, 36)).unwrap(), 30.0 / 18.0, 5.0);
    }

    #[test]
    fn ecr_r_all_sevens() {
        // anxiety (16·7 + 2·1)/18 = 114/18; avoidance (6·7 + 12·1)/18 = 54/18 = 3
        assert_scores(score(&ECR_R, &all(7, 36)).unwrap(), 114.0 / 18.0, 3.0);
    }

    #[test]
    fn ecr_r_alternating() {
        // Odd items answered 1, even items 7.
        // Anxiety: odd straight (1,3,5,7,13,15,17) 7·1 = 7; odd reversed (9,11) 2·7 = 14;
        //          even (2..18) 9·7 = 63  → 84/18.
        // Avoidance: odd straight (19,21,23,25) 4·1 = 4; odd reversed (27,29,31,33,35) 5·7 = 35;
        //          even straight (24,32) 2·7 = 14; even reversed (20,22,26,28,30,34,36) 7·1 = 7 → 60/18.
        let s = score(&ECR_R, &alternating(36)).unwrap();
        assert_scores(s, 84.0 / 18.0, 60.0 / 18.0);
        assert_eq!(
            (one_decimal(s.anxiety), one_decimal(s.avoidance)),
            ("4.7".into(), "3.3".into())
        );
    }

    #[test]
    fn ecr_r_realistic_avoidant_pattern() {
        // Someone who rarely worries about being left but keeps partners at a distance.
        #[rustfmt::skip]
        let a: [u8; 36] = [
            // 1-18 anxiety
            2, 2, 1, 3, 2, 3, 1, 3, 6, 2, 7, 3, 2, 1, 4, 2, 4, 1,
            // 19-36 avoidance
            6, 2, 6, 3, 6, 5, 6, 3, 3, 2, 2, 1, 3, 5, 2, 2, 3, 3,
        ];
        // Anxiety straight: 2+2+1+3+2+3+1+3+2+3+2+1+4+2+4+1 = 36; reversed 9 (6→2), 11 (7→1) = 3 → 39/18.
        // Avoidance straight 19,21,23,24,25,32: 6+6+6+5+6+5 = 34;
        //   reversed 20(2→6) 22(3→5) 26(3→5) 27(3→5) 28(2→6) 29(2→6) 30(1→7) 31(3→5) 33(2→6)
        //            34(2→6) 35(3→5) 36(3→5) = 67 → 101/18.
        let s = score(&ECR_R, &a.map(Some)).unwrap();
        assert_scores(s, 39.0 / 18.0, 101.0 / 18.0);
        assert_eq!(
            (one_decimal(s.anxiety), one_decimal(s.avoidance)),
            ("2.2".into(), "5.6".into())
        );
        assert_eq!(Region::of(s), Region::DismissiveAvoidant);
    }

    // ECR-RS by hand. Avoidance = items 1–6 (1–4 reversed); anxiety = 7–9.

    #[test]
    fn ecr_rs_all_ones_all_sevens_alternating() {
        // all 1: avoidance (4·7 + 2·1)/6 = 5, anxiety 1
        assert_scores(score(&ECR_RS, &all(1, 9)).unwrap(), 1.0, 5.0);
        // all 7: avoidance (4·1 + 2·7)/6 = 3, anxiety 7
        assert_scores(score(&ECR_RS, &all(7, 9)).unwrap(), 7.0, 3.0);
        // 1,7,1,7,1,7,1,7,1: avoidance 7+1+7+1+1+7 = 24/6 = 4; anxiety 1+7+1 = 9/3 = 3
        assert_scores(score(&ECR_RS, &alternating(9)).unwrap(), 3.0, 4.0);
    }

    #[test]
    fn ecr_rs_realistic_pattern() {
        // About a partner: leaning on them is hard, some worry about being left.
        let a = [3, 2, 4, 2, 6, 5, 4, 3, 5].map(Some);
        // avoidance: (8-3)+(8-2)+(8-4)+(8-2)+6+5 = 5+6+4+6+6+5 = 32/6; anxiety (4+3+5)/3 = 4
        let s = score(&ECR_RS, &a).unwrap();
        assert_scores(s, 4.0, 32.0 / 6.0);
        assert_eq!(one_decimal(s.avoidance), "5.3");
    }

    #[test]
    fn incomplete_or_out_of_range_never_scores() {
        let mut a = all(4, 36);
        a[4] = None;
        a[30] = None;
        assert_eq!(
            score(&ECR_R, &a),
            Err(ScoreError::Incomplete {
                missing: vec![5, 31]
            })
        );
        let mut b = all(4, 36);
        b[10] = Some(8);
        assert_eq!(
            score(&ECR_R, &b),
            Err(ScoreError::OutOfRange { item: 11, value: 8 })
        );
        b[10] = Some(0);
        assert_eq!(
            score(&ECR_R, &b),
            Err(ScoreError::OutOfRange { item: 11, value: 0 })
        );
        assert_eq!(
            score(&ECR_R, &all(4, 9)),
            Err(ScoreError::WrongLength {
                expected: 36,
                got: 9
            })
        );
        assert_eq!(
            score(&ECR_RS, &[]),
            Err(ScoreError::WrongLength {
                expected: 9,
                got: 0
            })
        );
        assert!(ScoreError::Incomplete {
            missing: vec![5, 31]
        }
        .to_string()
        .contains("2 statements"));
    }

    #[test]
    fn stored_answers_round_trip_and_damage_reads_as_unanswered() {
        let a = vec![Some(1), None, Some(7)];
        assert_eq!(encode(&a), "1-7");
        assert_eq!(decode("1-7"), a);
        assert_eq!(decode("1x7"), a);
        let mut damaged = encode(&all(4, 9));
        damaged.replace_range(3..4, "?");
        assert!(matches!(
            score(&ECR_RS, &decode(&damaged)),
            Err(ScoreError::Incomplete { .. })
        ));
        assert!(matches!(
            score(&ECR_RS, &decode("444444449")),
            Err(ScoreError::OutOfRange { item: 9, value: 9 })
        ));
    }

    #[test]
    fn placement_bands_against_the_reference() {
        let n = Norm { mean: 3.0, sd: 1.0 };
        assert_eq!(place(1.9, n), Placement::MuchLower);
        assert_eq!(
            place(2.0, n),
            Placement::Lower,
            "exactly one SD below is 'somewhat'"
        );
        assert_eq!(place(2.74, n), Placement::Lower);
        assert_eq!(place(2.75, n), Placement::Average);
        assert_eq!(place(3.25, n), Placement::Average);
        assert_eq!(place(3.3, n), Placement::Higher);
        assert_eq!(place(4.0, n), Placement::Higher);
        assert_eq!(place(4.01, n), Placement::MuchHigher);
        let r = ECR_R.reference.unwrap();
        // 5.6 avoidance vs 2.92 ± 1.19: z ≈ 2.25
        assert_eq!(
            place(101.0 / 18.0, r.avoidance).words(),
            "higher than most people who took it"
        );
        // 2.2 anxiety vs 3.56 ± 1.12: z ≈ -1.23
        assert_eq!(
            place(39.0 / 18.0, r.anxiety).words(),
            "lower than most people who took it"
        );
    }

    #[test]
    fn regions_split_at_the_midpoint() {
        let s = |anxiety, avoidance| Scores { anxiety, avoidance };
        assert_eq!(Region::of(s(2.0, 2.0)), Region::Secure);
        assert_eq!(Region::of(s(6.0, 2.0)), Region::AnxiousPreoccupied);
        assert_eq!(Region::of(s(2.0, 6.0)), Region::DismissiveAvoidant);
        assert_eq!(Region::of(s(6.0, 6.0)), Region::FearfulAvoidant);
        assert_eq!(
            Region::of(s(4.0, 4.0)),
            Region::Secure,
            "the midpoint itself counts as low"
        );
        assert_eq!(Region::of(s(4.05, 4.0)), Region::AnxiousPreoccupied);
    }

    #[test]
    fn closest_names_the_area_and_a_near_line() {
        let s = |anxiety, avoidance| Scores { anxiety, avoidance };
        assert_eq!(
            closest(s(2.2, 5.6)).words(),
            "closest to dismissive-avoidant"
        );
        assert_eq!(
            closest(s(3.8, 5.6)).words(),
            "closest to dismissive-avoidant, near the line with fearful-avoidant"
        );
        assert_eq!(
            closest(s(2.0, 4.2)).words(),
            "closest to dismissive-avoidant, near the line with secure"
        );
        assert_eq!(
            closest(s(4.5, 3.9)).words(),
            "closest to anxious-preoccupied, near the line with fearful-avoidant"
        );
        let mid = closest(s(4.1, 3.9));
        assert_eq!(mid.region, Region::AnxiousPreoccupied);
        assert_eq!(mid.near.len(), 3);
        assert!(mid.words().contains("all four"));
    }

    #[test]
    fn slugs_round_trip_and_codes_are_stable() {
        for q in Questionnaire::ALL {
            assert_eq!(Questionnaire::from_slug(q.slug()), Some(q));
        }
        assert_eq!(
            serde_json::to_string(&Questionnaire::EcrRs).unwrap(),
            "\"rs\""
        );
        assert_eq!(Questionnaire::Reflection.len(), 7);
        assert_eq!(Questionnaire::EcrR.len(), 36);
    }

    #[test]
    fn the_reference_note_says_where_the_averages_come_from() {
        let r = ECR_R.reference.expect("the ECR-R has reference means");
        let note = reference_note(&r);
        assert!(note.contains("large online sample"), "{note}");
        assert!(note.contains("Fraley"), "{note}");
        assert!(note.contains("anxiety 3.6, avoidance 2.9"), "{note}");
        assert!(
            ECR_RS.reference.is_none(),
            "the short form is compared with itself"
        );
    }
}
