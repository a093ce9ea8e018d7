//! An unfinished questionnaire, saved as the person goes so they can leave and resume.
//! The page moves through the items; these rules decide where to go next.

use super::attempt::{Attempt, Relation};
use super::questionnaire::{decode, encode, validate, Answers, Questionnaire, ScoreError};
use crate::base::time::LocalTime;
use serde::{Deserialize, Serialize};

/// One questionnaire in progress.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    /// Answers so far (see `questionnaire::encode`).
    #[serde(rename = "a")]
    pub answers: String,
    /// The item on screen, 0-based.
    #[serde(rename = "i", default)]
    pub at: usize,
    #[serde(rename = "t")]
    pub started: LocalTime,
    #[serde(rename = "r", default, skip_serializing_if = "Option::is_none")]
    pub relation: Option<Relation>,
    #[serde(rename = "n", default, skip_serializing_if = "String::is_empty")]
    pub person: String,
}

/// The unfinished attempts, at most one per questionnaire. Stored whole as `closer:d:quiz`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Drafts {
    #[serde(rename = "r", default, skip_serializing_if = "Option::is_none")]
    pub ecr_r: Option<Draft>,
    #[serde(rename = "s", default, skip_serializing_if = "Option::is_none")]
    pub ecr_rs: Option<Draft>,
}

impl crate::store::Doc for Drafts {
    const NAME: &'static str = "quiz";
}

impl Drafts {
    pub fn get(&self, q: Questionnaire) -> Option<&Draft> {
        match q {
            Questionnaire::EcrR => self.ecr_r.as_ref(),
            Questionnaire::EcrRs => self.ecr_rs.as_ref(),
            Questionnaire::Reflection => None,
        }
    }
    /// The same drafts with `q`'s replaced (`None` = removed).
    pub fn with(&self, q: Questionnaire, d: Option<Draft>) -> Drafts {
        let mut out = self.clone();
        match q {
            Questionnaire::EcrR => out.ecr_r = d,
            Questionnaire::EcrRs => out.ecr_rs = d,
            Questionnaire::Reflection => {}
        }
        out
    }
}

impl Draft {
    pub fn new(q: Questionnaire, started: LocalTime) -> Draft {
        Draft {
            answers: "-".repeat(q.len()),
            at: 0,
            started,
            relation: None,
            person: String::new(),
        }
    }

    /// The answers, always exactly `q.len()` long whatever was stored.
    pub fn answers(&self, q: Questionnaire) -> Answers {
        let mut a = decode(&self.answers);
        a.resize(q.len(), None);
        a
    }

    /// The item to show, kept inside the questionnaire.
    pub fn position(&self, q: Questionnaire) -> usize {
        self.at.min(q.len().saturating_sub(1))
    }

    pub fn answered(&self, q: Questionnaire) -> usize {
        self.answers(q).iter().filter(|a| a.is_some()).count()
    }

    /// Records an answer to item `i` (0-based) and moves to the next unanswered item after it
    /// (or the first unanswered one before it, or stays on the last item when all are done).
    /// Out-of-range values and items are ignored.
    pub fn answer(&self, q: Questionnaire, i: usize, value: u8) -> Draft {
        let (lo, hi) = q.range();
        let mut a = self.answers(q);
        if i >= a.len() || !(lo..=hi).contains(&value) {
            return self.clone();
        }
        a[i] = Some(value);
        let next = (i + 1..a.len())
            .chain(0..i)
            .find(|&j| a[j].is_none())
            .unwrap_or(i.max((i + 1).min(a.len() - 1)));
        Draft {
            answers: encode(&a),
            at: next,
            ..self.clone()
        }
    }

    /// Moves to item `i` (0-based), e.g. to go back and change an answer.
    pub fn go(&self, q: Questionnaire, i: usize) -> Draft {
        Draft {
            at: i.min(q.len().saturating_sub(1)),
            ..self.clone()
        }
    }

    /// Whether the person must (again) choose who the short form is about: nobody chosen
    /// yet, or a choice no longer offered ("people in general", from an older version).
    pub fn needs_relation(&self, q: Questionnaire) -> bool {
        q == Questionnaire::EcrRs && !self.relation.is_some_and(|r| r.validated())
    }

    /// The draft after choosing who it is about. Answers given about people in general
    /// (no longer offered) don't carry over to one specific person: they start again.
    pub fn about(&self, q: Questionnaire, r: Relation, person: &str) -> Draft {
        let general = self.relation.is_some_and(|r| !r.validated());
        let mut d = if general {
            Draft::new(q, self.started)
        } else {
            self.clone()
        };
        d.relation = Some(r);
        d.person = if r.validated() {
            person.trim().to_string()
        } else {
            String::new()
        };
        d
    }

    pub fn complete(&self, q: Questionnaire) -> bool {
        self.answered(q) == q.len()
    }

    /// The finished attempt, or why it can't be finished yet.
    pub fn finish(
        &self,
        q: Questionnaire,
        id: String,
        t: LocalTime,
    ) -> Result<Attempt, ScoreError> {
        let a = self.answers(q);
        validate(&a, q.len(), q.range())?;
        debug_assert!(!self.needs_relation(q), "the page asks who first");
        Ok(Attempt {
            id,
            t,
            q,
            answers: encode(&a),
            relation: if q == Questionnaire::EcrRs {
                self.relation
            } else {
                None
            },
            person: if q == Questionnaire::EcrRs {
                self.person.trim().to_string()
            } else {
                String::new()
            },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::questionnaire::Questionnaire as Q;

    #[test]
    fn answering_moves_forward_and_back_to_gaps() {
        let d = Draft::new(Q::EcrRs, LocalTime(0));
        assert_eq!(d.answers, "---------");
        let d = d.answer(Q::EcrRs, 0, 3);
        assert_eq!((d.answers.as_str(), d.at), ("3--------", 1));
        let d = d.go(Q::EcrRs, 5).answer(Q::EcrRs, 5, 7);
        assert_eq!((d.answers.as_str(), d.at), ("3----7---", 6));
        let d = d.go(Q::EcrRs, 8).answer(Q::EcrRs, 8, 1);
        assert_eq!(d.at, 1, "after the last item, the first gap");
        assert_eq!(d.answered(Q::EcrRs), 3);
        assert!(!d.complete(Q::EcrRs));
    }

    #[test]
    fn changing_an_answer_keeps_the_rest() {
        let mut d = Draft::new(Q::EcrRs, LocalTime(0));
        for i in 0..9 {
            d = d.answer(Q::EcrRs, i, 4);
        }
        assert!(d.complete(Q::EcrRs));
        assert_eq!(d.at, 8, "all answered: stays on the last");
        let d = d.go(Q::EcrRs, 2).answer(Q::EcrRs, 2, 6);
        assert_eq!(d.answers, "446444444");
        assert_eq!(d.at, 3, "with nothing left, moves on one item");
    }

    #[test]
    fn invalid_answers_are_ignored_and_positions_clamped() {
        let d = Draft::new(Q::EcrR, LocalTime(0));
        assert_eq!(d.answer(Q::EcrR, 0, 8), d);
        assert_eq!(d.answer(Q::EcrR, 0, 0), d);
        assert_eq!(d.answer(Q::EcrR, 36, 4), d);
        assert_eq!(d.go(Q::EcrR, 99).position(Q::EcrR), 35);
        let short = Draft {
            answers: "12".into(),
            ..d.clone()
        };
        assert_eq!(
            short.answers(Q::EcrR).len(),
            36,
            "a short stored string is padded, not trusted"
        );
    }

    #[test]
    fn finishing_needs_every_answer() {
        let mut d = Draft::new(Q::EcrRs, LocalTime(7));
        d.relation = Some(Relation::Friend);
        d.person = "  Jo ".into();
        for i in 0..8 {
            d = d.answer(Q::EcrRs, i, 5);
        }
        assert_eq!(
            d.finish(Q::EcrRs, "id".into(), LocalTime(9)),
            Err(ScoreError::Incomplete { missing: vec![9] })
        );
        let a = d
            .answer(Q::EcrRs, 8, 2)
            .finish(Q::EcrRs, "id".into(), LocalTime(9))
            .unwrap();
        assert_eq!(
            (a.answers.as_str(), a.person.as_str(), a.relation),
            ("555555552", "Jo", Some(Relation::Friend))
        );
        assert!(a.scores().is_some());
    }

    #[test]
    fn drafts_doc_is_compact() {
        let empty = Drafts::default();
        assert_eq!(serde_json::to_string(&empty).unwrap(), "{}");
        let d = empty.with(Q::EcrR, Some(Draft::new(Q::EcrR, LocalTime(1))));
        assert!(d.get(Q::EcrR).is_some() && d.get(Q::EcrRs).is_none());
        let back: Drafts = serde_json::from_str(&serde_json::to_string(&d).unwrap()).unwrap();
        assert_eq!(back, d);
        assert_eq!(d.with(Q::EcrR, None), empty);
    }

    #[test]
    fn the_first_shipped_draft_shape_still_reads() {
        let v1 = r#"{"s":{"a":"35-------","i":2,"t":1000,"r":"pa","n":"Sam"}}"#;
        let d: Drafts = serde_json::from_str(v1).unwrap();
        let s = d.get(Q::EcrRs).unwrap();
        assert_eq!(
            (s.answered(Q::EcrRs), s.position(Q::EcrRs), s.relation),
            (2, 2, Some(Relation::Partner))
        );
    }

    #[test]
    fn a_draft_about_people_in_general_asks_again_and_starts_fresh() {
        let v1 = r#"{"s":{"a":"35-------","i":2,"t":1000,"r":"ge"}}"#;
        let d: Drafts = serde_json::from_str(v1).unwrap();
        let old = d.get(Q::EcrRs).unwrap();
        assert!(
            old.needs_relation(Q::EcrRs),
            "no longer offered: choose again"
        );
        assert!(Draft::new(Q::EcrRs, LocalTime(0)).needs_relation(Q::EcrRs));
        assert!(!Draft::new(Q::EcrR, LocalTime(0)).needs_relation(Q::EcrR));
        let now = old.about(Q::EcrRs, Relation::Partner, " Sam ");
        assert!(!now.needs_relation(Q::EcrRs));
        assert_eq!(
            (now.relation, now.person.as_str()),
            (Some(Relation::Partner), "Sam")
        );
        assert_eq!(
            now.answered(Q::EcrRs),
            0,
            "answers about people in general don't carry over"
        );
        assert_eq!(now.started, LocalTime(1000));
        // "Change who" (as before): the answers given so far stay.
        let mut changing = now.answer(Q::EcrRs, 0, 4);
        changing.relation = None;
        let again = changing.about(Q::EcrRs, Relation::Friend, "Jo");
        assert_eq!((again.answered(Q::EcrRs), again.person.as_str()), (1, "Jo"));
        // A first choice keeps an empty draft as it is.
        let fresh = Draft::new(Q::EcrRs, LocalTime(5)).about(Q::EcrRs, Relation::Friend, "");
        assert_eq!(
            (fresh.relation, fresh.answered(Q::EcrRs)),
            (Some(Relation::Friend), 0)
        );
    }
}
