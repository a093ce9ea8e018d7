//! The quick reflection's result: how many "yes" answers, and what that may suggest,
//! said gently and never as a verdict.

use super::questionnaire::{validate, ScoreError};
use crate::content::reflection::QUESTIONS;

/// How many of the seven questions fit, in three gentle bands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fit {
    /// 0–1 "yes"
    Few,
    /// 2–3 "yes"
    Some,
    /// 4–7 "yes": more than half, the guide's "most of these".
    Most,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReflectionResult {
    pub yes: usize,
    pub of: usize,
    pub fit: Fit,
}

/// Answers are 1 = yes, 0 = no. Incomplete or invalid answers are an error, never a result.
pub fn result(answers: &[Option<u8>]) -> Result<ReflectionResult, ScoreError> {
    validate(answers, QUESTIONS.len(), (0, 1))?;
    let yes = answers.iter().filter(|a| **a == Some(1)).count();
    let fit = match yes {
        0..=1 => Fit::Few,
        2..=3 => Fit::Some,
        _ => Fit::Most,
    };
    Ok(ReflectionResult {
        yes,
        of: QUESTIONS.len(),
        fit,
    })
}

impl ReflectionResult {
    /// "You answered yes to 5 of 7."
    pub fn count_words(&self) -> String {
        let n = if self.yes == 1 {
            "1".to_string()
        } else {
            self.yes.to_string()
        };
        format!("You answered yes to {n} of {}.", self.of)
    }

    /// What it may suggest, in the app's own words.
    pub fn meaning(&self) -> &'static str {
        match self.fit {
            Fit::Few => "Few of these fit you right now. Pulling away from closeness may not be your main \
way of coping, or it may show up only in some relationships. The longer questionnaire can give a fuller, \
more careful picture.",
            Fit::Some => "Some of these fit. Most people recognise a part of this pattern in themselves, and \
it can be stronger in some relationships than in others. The longer questionnaire can show more.",
            Fit::Most => "Most of these fit. That often goes with an avoidant way of handling closeness: a \
pattern learned for good reasons, and one that can change with practice. It isn't a diagnosis, just a \
place to start.",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with_yes(n: usize) -> Vec<Option<u8>> {
        (0..7).map(|i| Some(u8::from(i < n))).collect()
    }

    #[test]
    fn bands_follow_the_count_of_yes() {
        let fit = |n| result(&with_yes(n)).unwrap().fit;
        assert_eq!([fit(0), fit(1)], [Fit::Few, Fit::Few]);
        assert_eq!([fit(2), fit(3)], [Fit::Some, Fit::Some]);
        assert_eq!([fit(4), fit(5), fit(7)], [Fit::Most, Fit::Most, Fit::Most]);
        assert_eq!(
            result(&with_yes(5)).unwrap().count_words(),
            "You answered yes to 5 of 7."
        );
    }

    #[test]
    fn unfinished_or_invalid_reflection_has_no_result() {
        let mut a = with_yes(3);
        a[6] = None;
        assert_eq!(result(&a), Err(ScoreError::Incomplete { missing: vec![7] }));
        a[6] = Some(2);
        assert_eq!(
            result(&a),
            Err(ScoreError::OutOfRange { item: 7, value: 2 })
        );
        assert!(result(&with_yes(3)[..6]).is_err());
    }

    #[test]
    fn wording_is_gentle_never_a_verdict() {
        for n in 0..=7 {
            let m = result(&with_yes(n)).unwrap().meaning().to_lowercase();
            for harsh in [
                "you are avoidant",
                "you have avoidant",
                "disorder",
                "broken",
            ] {
                assert!(!m.contains(harsh), "{n}: {m}");
            }
        }
    }
}
