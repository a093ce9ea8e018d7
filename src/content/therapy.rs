//! Working with a therapist: the approaches that suit attachment work, what to look for,
//! and the questions that point to individual or couples therapy first. Own words.

pub struct Approach {
    pub name: &'static str,
    pub about: &'static str,
}

pub const APPROACHES: &[Approach] = &[
    Approach {
        name: "Psychodynamic therapy",
        about: "Looks at how early experiences taught you to keep people at a distance. Much of the work \
                is seeing patterns and defences that usually run without you noticing, so they loosen their grip.",
    },
    Approach {
        name: "Emotionally Focused Therapy (EFT)",
        about: "Built around attachment from the start. It helps you stay with feelings and reach towards \
                people instead of away, and it has a strong record with couples.",
    },
    Approach {
        name: "Somatic (body-based) therapy",
        about: "Starts from the body, where feelings often show up before words do. It builds body \
                awareness and can help work through trauma when that is part of the story.",
    },
    Approach {
        name: "Schema therapy",
        about: "Finds the deep beliefs formed early on, such as \u{201c}I have to manage alone\u{201d}, and \
                works to change them. It also works with the younger parts of you that still react.",
    },
    Approach {
        name: "Internal Family Systems (IFS)",
        about: "Sees the mind as a family of parts. It gets to know the part of you that pushes people \
                away, and helps it make peace with the part that wants to be close.",
    },
];

/// What to look for in a therapist, as a checklist.
pub const LOOK_FOR: &[&str] = &[
    "Has worked with attachment before.",
    "Stays at ease when feelings are hard for you.",
    "Questions your defences gently, without overwhelming you.",
    "Makes it feel safe to open up a little at a time.",
    "Doesn't rush you, and doesn't give up on you either.",
    "Relates to you in a steady, secure way you can learn from.",
];

pub struct QuestionText {
    pub question: Question,
    pub text: &'static str,
}

pub const QUESTIONS: &[QuestionText] = &[
    QuestionText {
        question: Question::Together,
        text: "Are you in a committed relationship?",
    },
    QuestionText {
        question: Question::Afraid,
        text: "Do you ever feel afraid of your partner, or unsafe with them?",
    },
    QuestionText {
        question: Question::PartnerWilling,
        text: "Would your partner be willing to come to sessions?",
    },
    QuestionText {
        question: Question::Awareness,
        text: "Is knowing what you feel, in the moment, still hard for you?",
    },
    QuestionText {
        question: Question::Strong,
        text: "Is your pulling away strong, most of the time?",
    },
    QuestionText {
        question: Question::Trauma,
        text: "Is there past hurt or trauma you want to work through?",
    },
    QuestionText {
        question: Question::Strain,
        text: "Is the distance putting real strain on your relationship?",
    },
];

pub fn question_text(q: Question) -> &'static str {
    QUESTIONS
        .iter()
        .find(|t| t.question == q)
        .map(|t| t.text)
        .expect("every question has its text")
}

pub fn suggestion_text(s: Suggestion) -> (&'static str, &'static str) {
    match s {
        Suggestion::Individual => (
            "Individual therapy first",
            "Working one to one gives you room to build emotional awareness at your own pace. \
             Couples work can come later, if and when it fits.",
        ),
        Suggestion::Couples => (
            "Couples therapy",
            "You can work on the relationship together while you heal. A couples therapist who knows \
             attachment (EFT is built for this) is a good fit.",
        ),
        Suggestion::OnYourOwn => (
            "Support for you on your own first",
            "Feeling afraid or unsafe with a partner matters, and couples therapy isn't the place to \
             start: what is said in a session can make things harder at home afterwards. A therapist \
             you see by yourself, or a domestic abuse service, can help you think things through, \
             whatever you decide.",
        ),
        Suggestion::Both => (
            "Both, side by side",
            "Individual sessions for your own attachment work, and couples sessions for what happens \
             between you. Each helps the other.",
        ),
    }
}

pub const NOT_THERAPY: &str =
    "Closer is for learning and practice. It isn't therapy and can't diagnose \
anything. A qualified therapist who knows attachment can go much further with you.";

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn five_approaches_and_every_question_worded() {
        assert_eq!(APPROACHES.len(), 5);
        for q in Question::ALL {
            assert!(question_text(q).ends_with('?'));
        }
    }
}

/// The yes/no questions that point to individual or couples therapy first
/// (`domain::therapy_choice` turns the answers into a [`Suggestion`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Question {
    /// In a committed relationship?
    Together,
    /// Ever afraid of the partner, or unsafe with them? (only asked when together; a yes
    /// leads to support on one's own and the page for when a relationship isn't safe)
    Afraid,
    /// Partner willing to take part? (only asked when together, and not afraid)
    PartnerWilling,
    /// Still building awareness of feelings?
    Awareness,
    /// Avoidance strong / severe?
    Strong,
    /// Trauma to work through?
    Trauma,
    /// Avoidance straining the relationship? (only asked when together, and not afraid)
    Strain,
}

impl Question {
    pub const ALL: [Question; 7] = [
        Question::Together,
        Question::Afraid,
        Question::PartnerWilling,
        Question::Awareness,
        Question::Strong,
        Question::Trauma,
        Question::Strain,
    ];
    pub fn key(self) -> &'static str {
        match self {
            Question::Together => "together",
            Question::Afraid => "afraid",
            Question::PartnerWilling => "willing",
            Question::Awareness => "awareness",
            Question::Strong => "strong",
            Question::Trauma => "trauma",
            Question::Strain => "strain",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Suggestion {
    Individual,
    /// Someone who feels afraid or unsafe with their partner: support on their own, and
    /// the page for when a relationship isn't safe. Never couples therapy.
    OnYourOwn,
    Couples,
    Both,
}
