//! Individual or couples therapy first: a few yes/no questions lead to a suggestion.
//!
//! The rules follow the guide: couples work needs a committed relationship and a willing
//! partner; someone who feels afraid or unsafe with their partner is pointed to support on
//! their own (and the page for when a relationship isn't safe), never to couples work; strong avoidance or trauma to work through point to individual work first;
//! strain on the relationship points to couples work; both can go side by side.

use crate::content::therapy::{Question, Suggestion};

/// Answers so far; `None` = not answered.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Answers {
    answers: Vec<(Question, bool)>,
}

impl Answers {
    pub fn get(&self, q: Question) -> Option<bool> {
        self.answers.iter().find(|(k, _)| *k == q).map(|(_, v)| *v)
    }
    pub fn set(&mut self, q: Question, yes: bool) {
        self.answers.retain(|(k, _)| *k != q);
        self.answers.push((q, yes));
    }

    fn together(&self) -> bool {
        self.get(Question::Together) == Some(true)
    }

    fn afraid(&self) -> bool {
        self.together() && self.get(Question::Afraid) == Some(true)
    }

    /// The questions that matter given the answers so far, in order.
    /// Questions about the relationship are only asked when there is one. Once someone
    /// says they feel afraid or unsafe, nothing else changes the answer: no more questions.
    pub fn questions(&self) -> Vec<Question> {
        if self.afraid() {
            return vec![Question::Together, Question::Afraid];
        }
        Question::ALL
            .into_iter()
            .filter(|q| match q {
                Question::Afraid | Question::PartnerWilling | Question::Strain => self.together(),
                _ => true,
            })
            .collect()
    }

    /// The suggestion, once every question that matters is answered.
    pub fn suggestion(&self) -> Option<Suggestion> {
        if self.questions().iter().any(|&q| self.get(q).is_none()) {
            return None;
        }
        if self.afraid() {
            return Some(Suggestion::OnYourOwn);
        }
        let yes = |q| self.get(q) == Some(true);
        if !self.together() || !yes(Question::PartnerWilling) {
            return Some(Suggestion::Individual);
        }
        let individual = yes(Question::Awareness) || yes(Question::Strong) || yes(Question::Trauma);
        let couples = yes(Question::Strain);
        Some(match (individual, couples) {
            (true, false) => Suggestion::Individual,
            (false, true) => Suggestion::Couples,
            // Both kinds of reason, or no pressing one: each supports the other.
            _ => Suggestion::Both,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Question::*;

    fn answers(list: &[(Question, bool)]) -> Answers {
        let mut a = Answers::default();
        for &(q, v) in list {
            a.set(q, v);
        }
        a
    }

    #[test]
    fn single_people_are_not_asked_about_a_partner_and_start_individually() {
        let a = answers(&[(Together, false)]);
        assert_eq!(a.questions(), vec![Together, Awareness, Strong, Trauma]);
        assert_eq!(a.suggestion(), None, "not finished");
        let a = answers(&[
            (Together, false),
            (Awareness, false),
            (Strong, false),
            (Trauma, false),
        ]);
        assert_eq!(a.suggestion(), Some(Suggestion::Individual));
    }

    #[test]
    fn feeling_afraid_leads_to_support_on_your_own_and_never_to_couples_work() {
        let a = answers(&[(Together, true)]);
        assert_eq!(
            a.questions(),
            vec![
                Together,
                Afraid,
                PartnerWilling,
                Awareness,
                Strong,
                Trauma,
                Strain
            ],
            "the fear question comes straight after the relationship one"
        );
        // Every answer that would otherwise point to couples work.
        let mut a = answers(&[
            (Together, true),
            (PartnerWilling, true),
            (Awareness, false),
            (Strong, false),
            (Trauma, false),
            (Strain, true),
        ]);
        assert_eq!(
            a.suggestion(),
            None,
            "the fear question is not answered yet"
        );
        a.set(Afraid, true);
        assert_eq!(a.suggestion(), Some(Suggestion::OnYourOwn));
        assert_eq!(
            a.questions(),
            vec![Together, Afraid],
            "nothing more is asked"
        );
        // Straight away, with nothing else answered.
        let a = answers(&[(Together, true), (Afraid, true)]);
        assert_eq!(a.suggestion(), Some(Suggestion::OnYourOwn));
        // Not asked without a relationship; a stale yes then doesn't count.
        let mut a = answers(&[(Together, true), (Afraid, true)]);
        a.set(Together, false);
        assert!(!a.questions().contains(&Afraid));
        for q in [Awareness, Strong, Trauma] {
            a.set(q, false);
        }
        assert_eq!(a.suggestion(), Some(Suggestion::Individual));
    }

    #[test]
    fn couples_work_needs_a_willing_partner() {
        let base = [
            (Together, true),
            (Afraid, false),
            (Awareness, false),
            (Strong, false),
            (Trauma, false),
            (Strain, true),
        ];
        let mut a = answers(&base);
        assert_eq!(a.suggestion(), None, "willingness not answered");
        a.set(PartnerWilling, false);
        assert_eq!(a.suggestion(), Some(Suggestion::Individual));
        a.set(PartnerWilling, true);
        assert_eq!(a.suggestion(), Some(Suggestion::Couples));
    }

    #[test]
    fn individual_reasons_and_relationship_strain_combine() {
        let mut a = answers(&[
            (Together, true),
            (Afraid, false),
            (PartnerWilling, true),
            (Awareness, false),
            (Strong, true),
            (Trauma, false),
            (Strain, false),
        ]);
        assert_eq!(a.suggestion(), Some(Suggestion::Individual));
        a.set(Strain, true);
        assert_eq!(a.suggestion(), Some(Suggestion::Both));
        a.set(Strong, false);
        a.set(Strain, false);
        assert_eq!(
            a.suggestion(),
            Some(Suggestion::Both),
            "no pressing reason either way"
        );
        // Changing an answer replaces it.
        a.set(Together, false);
        assert_eq!(a.get(Together), Some(false));
        assert_eq!(a.suggestion(), Some(Suggestion::Individual));
    }
}
