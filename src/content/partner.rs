//! Partner attunement: the daily question, the common needs with what helps and what
//! doesn't, and the page a person can hand to their partner. In the app's own words.

use serde::{Deserialize, Serialize};

/// The question to ask a partner once a day.
pub const DAILY_QUESTION: &str =
    "How are you today, really? Is there something you'd like from me?";

/// The daily question, for the Today screen's reminder.
pub fn daily_question() -> &'static str {
    DAILY_QUESTION
}

pub struct NeedInfo {
    pub need: Need,
    pub name: &'static str,
    /// How it often looks from the outside.
    pub sign: &'static str,
    pub helps: &'static [&'static str],
    pub doesnt: &'static [&'static str],
    /// Something you could say or do, to adapt.
    pub example: &'static str,
}

pub const NEEDS: &[NeedInfo] = &[
    NeedInfo {
        need: Need::Reassurance,
        name: "Reassurance",
        sign: "They ask whether things are okay, or seem unsure of you.",
        helps: &[
            "Say plainly that you care and that you're staying.",
            "Tell them you two are alright, even in the middle of a disagreement.",
        ],
        doesnt: &[
            "Telling them they're overthinking.",
            "Going quiet and leaving them to guess.",
        ],
        example: "\u{201c}I care about you, and we're alright. I'm staying.\u{201d}",
    },
    NeedInfo {
        need: Need::Presence,
        name: "Presence",
        sign: "They want to talk, or just want you near and paying attention.",
        helps: &[
            "Put the phone face down or away.",
            "Look at them while they talk.",
            "Be fully there, even if only for ten minutes.",
        ],
        doesnt: &[
            "Half-listening while you scroll.",
            "Answering from the next room.",
        ],
        example: "Turn towards them, phone away: \u{201c}I'm listening.\u{201d}",
    },
    NeedInfo {
        need: Need::Affection,
        name: "Physical affection",
        sign: "They lean in, reach for your hand, or seem to want a hug.",
        helps: &[
            "A hug, holding hands or sitting close, if they'd like that.",
            "Letting a hug last a few seconds longer, if they'd like that too.",
        ],
        doesnt: &[
            "Pulling away from a touch without a word.",
            "Affection only when you want something.",
        ],
        example: "Reach for their hand first, once today, if they'd like that.",
    },
    NeedInfo {
        need: Need::Validation,
        name: "Validation",
        sign: "They're upset and telling you how something felt.",
        helps: &[
            "Say that their feeling makes sense.",
            "Reflect back what you heard before anything else.",
            "Ask: \u{201c}What would help right now?\u{201d}",
        ],
        doesnt: &[
            "Jumping straight to fixing it.",
            "Explaining why they shouldn't feel that way.",
            "Changing the subject.",
        ],
        example: "\u{201c}That makes sense. I can see why that hurt.\u{201d}",
    },
    NeedInfo {
        need: Need::Time,
        name: "Time together",
        sign: "They suggest plans, or say they miss you.",
        helps: &[
            "Suggest a plan yourself, now and then.",
            "Be engaged while you're together.",
        ],
        doesnt: &[
            "Leaving all the planning to them.",
            "Being there in body but not in mind.",
        ],
        example: "\u{201c}Shall we go for a walk on Saturday, just us?\u{201d}",
    },
];

pub fn need_info(need: Need) -> &'static NeedInfo {
    NEEDS
        .iter()
        .find(|n| n.need == need)
        .expect("every need has its text")
}

/// When a partner is having a hard moment.
pub const MOMENT_DO: &[&str] = &[
    "Listen all the way to the end.",
    "Tell them it makes sense.",
    "Ask what they need right now.",
    "Offer comfort, such as a hand, a hug or sitting close, if they'd like that.",
];
pub const MOMENT_DONT: &[&str] = &[
    "Rushing to fix it.",
    "Making it smaller than it is.",
    "Arguing it away with logic.",
    "Changing the subject.",
];

// ----- for partners -------------------------------------------------------------------

pub const FOR_PARTNERS_INTRO: &str = "Someone close to you is working on an old habit: pulling away when \
things get close. This page is about how you can help, and how to look after yourself while you do.";

pub const PARTNER_DO: &[&str] = &[
    "Give them room, and stay in touch while you do.",
    "Notice the small steps towards openness, and tell them you noticed.",
    "Show them what steady closeness looks like: calm, warm and direct.",
    "Be someone they can count on. Do what you say you'll do.",
    "When they pull back, remember it's an old habit, not a verdict on you.",
    "Keep your own boundaries, friends and life.",
];

pub const PARTNER_DONT: &[&str] = &[
    "Chase them when they pull away.",
    "Push for closeness they're not ready for yet.",
    "Give up everything you need.",
    "Match their distance, so nothing ever gets talked about.",
    "Give up on them too soon while they're really trying.",
    "Treat their attachment style as something about you.",
];

pub const PARTNER_RECONSIDER: &str = "If they aren't actually working on it, and you keep putting your own \
needs aside month after month, it is fair to ask yourself whether this relationship is right for you.";

/// For whoever reads the page: fear is not the pulling away it is about.
pub const NOT_THIS: &str = "If either of you ever feels afraid of the other, or controlled or \
hurt, that is something different from the pulling away this page is about:";

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn every_need_has_help_and_a_warning() {
        assert_eq!(NEEDS.len(), Need::ALL.len());
        for n in Need::ALL {
            let info = need_info(n);
            assert!(
                !info.helps.is_empty() && !info.doesnt.is_empty(),
                "{}",
                info.name
            );
        }
        assert_eq!(PARTNER_DO.len(), 6);
        assert_eq!(PARTNER_DONT.len(), 6);
    }

    #[test]
    fn touch_is_suggested_only_if_they_would_like_it() {
        let affection = need_info(Need::Affection);
        let suggestions = affection
            .helps
            .iter()
            .chain([&affection.example])
            .chain(MOMENT_DO);
        let mut touch = 0;
        for s in suggestions {
            let lower = s.to_lowercase();
            if ["hug", "hand", "sitting close"]
                .iter()
                .any(|w| lower.contains(w))
            {
                touch += 1;
                assert!(s.contains("if they'd like that"), "{s}");
            }
        }
        assert_eq!(touch, 4);
    }
}

/// The common needs a partner may have.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Need {
    #[serde(rename = "r")]
    Reassurance,
    #[serde(rename = "p")]
    Presence,
    #[serde(rename = "a")]
    Affection,
    #[serde(rename = "v")]
    Validation,
    #[serde(rename = "t")]
    Time,
}

impl Need {
    pub const ALL: [Need; 5] = [
        Need::Reassurance,
        Need::Presence,
        Need::Affection,
        Need::Validation,
        Need::Time,
    ];
    /// Stable key for element ids and test hooks.
    pub fn key(self) -> &'static str {
        match self {
            Need::Reassurance => "reassurance",
            Need::Presence => "presence",
            Need::Affection => "affection",
            Need::Validation => "validation",
            Need::Time => "time",
        }
    }
}
