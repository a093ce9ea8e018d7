//! Which parts of the program to start with, given where someone's scores sit.
//! The parts are named in `content::guidance`, which also says where each lives in the
//! app (only the parts that exist are linked).

use super::questionnaire::Scores;
use crate::content::guidance::{Focus, Region};

/// Where to start, most useful first. Avoidance is what this program works on, so higher
/// avoidance leads with feelings and small steps; high anxiety adds support and care.
pub fn start_with(s: Scores) -> Vec<Focus> {
    use Focus::*;
    match Region::of(s) {
        Region::DismissiveAvoidant => {
            vec![
                EmotionCheckIn,
                SitWithFeelings,
                SmallVulnerabilities,
                Beliefs,
                StayPresent,
                Conflict,
                Origins,
            ]
        }
        Region::FearfulAvoidant => vec![
            Origins,
            EmotionCheckIn,
            SitWithFeelings,
            StayPresent,
            Therapist,
            SmallVulnerabilities,
        ],
        Region::AnxiousPreoccupied => {
            vec![Understand, EmotionCheckIn, AskForHelp, Therapist]
        }
        Region::Secure if s.avoidance > 3.0 => {
            vec![ShareFeelings, AskForHelp, ShortForm]
        }
        Region::Secure => vec![ShortForm, Understand],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    fn s(anxiety: f64, avoidance: f64) -> Scores {
        Scores { anxiety, avoidance }
    }

    #[test]
    fn avoidant_scores_start_with_feelings() {
        assert_eq!(start_with(s(2.2, 5.6))[0], Focus::EmotionCheckIn);
        let fearful = start_with(s(5.5, 5.5));
        assert_eq!(
            fearful[0],
            Focus::Origins,
            "gentle first: understanding before exposure"
        );
        assert!(fearful.contains(&Focus::Therapist));
        assert!(start_with(s(5.5, 2.0)).contains(&Focus::Therapist));
    }

    #[test]
    fn secure_scores_get_light_touch() {
        assert_eq!(
            start_with(s(2.0, 2.0)),
            vec![Focus::ShortForm, Focus::Understand]
        );
        assert_eq!(
            start_with(s(2.0, 3.5))[0],
            Focus::ShareFeelings,
            "some avoidance still gets a small step"
        );
    }
}
