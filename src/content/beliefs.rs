//! Belief work: the common avoidant beliefs (with challenges and a balanced new belief)
//! and the seven steps of the worksheet, each with a prompt and an example.
//!
//! Written in the app's own words from the guide's "Challenging Core Beliefs" and
//! "Reframe Vulnerability" sections.

/// One belief in the library.
#[derive(Debug, PartialEq, Eq)]
pub struct Belief {
    /// Stable id, stored in worksheets started from it (never change once shipped).
    pub id: &'static str,
    /// A short name for lists.
    pub title: &'static str,
    /// The old belief, as it tends to sound in someone's head.
    pub old: &'static str,
    /// Gentle questions and facts that loosen it.
    pub challenges: &'static [&'static str],
    /// A balanced belief to try on instead.
    pub new: &'static str,
}

pub const LIBRARY: &[Belief] = &[
    Belief {
        id: "need",
        title: "Needing people is weak",
        old: "I don't need anyone. Relying on other people would make me weak.",
        challenges: &[
            "People are made to lean on each other. Wanting connection is part of being human, not a flaw.",
            "Relying on someone now and then is not the same as losing yourself in them. Give and take is healthy.",
            "Real strength has two sides: managing on your own when you must, and letting support in when it's offered.",
            "Having needs doesn't make you less capable. It makes you a person.",
        ],
        new: "I can be strong and still let people in. Relying on each other is healthy.",
    },
    Belief {
        id: "hurt",
        title: "Letting people in gets me hurt",
        old: "If I let someone close, sooner or later they'll hurt me or let me down.",
        challenges: &[
            "Some people may hurt you. That is not the same as everyone hurting you.",
            "Walls that keep out every hurt also keep out the deepest good things.",
            "You can find out who is trustworthy a step at a time, and take risks sized to what you know.",
            "Closeness carries a chance of being hurt; shutting everyone out carries a cost too: loneliness.",
        ],
        new: "I can choose people who earn my trust and take sensible risks with them.",
    },
    Belief {
        id: "emotions",
        title: "Feelings are a nuisance",
        old: "Feelings are messy and irrational. I'd be better off without them.",
        challenges: &[
            "Feelings carry news about what you need and what matters to you.",
            "Pushing a feeling down doesn't make it go away; it puts distance between you and yourself.",
            "Thinking and feeling both help. You decide best when they work together.",
            "A feeling is information to listen to, not a fault to fix.",
        ],
        new: "My feelings tell me useful things and help me live as myself.",
    },
    Belief {
        id: "self",
        title: "Closeness means losing myself",
        old: "If I get close to someone, I'll lose who I am.",
        challenges: &[
            "Closeness at its best is two whole people meeting, not one disappearing into the other.",
            "You can keep your limits and your own identity while being near someone.",
            "Being known by someone tends to make you more yourself, not less.",
            "Being close and being free are not opposites. You can have both.",
        ],
        new: "I can be close to someone and still be fully myself.",
    },
    Belief {
        id: "alone",
        title: "I'm not made for relationships",
        old: "I'm just not cut out for relationships. I do better on my own.",
        challenges: &[
            "This is a story that once kept you safe. It isn't a fixed fact about you.",
            "Being in a relationship is a set of skills, and skills grow with practice.",
            "Many people who used to keep everyone at arm's length now have close, satisfying relationships.",
            "What feels like a preference for being alone can be fear in disguise. It's worth asking, gently.",
        ],
        new: "I can grow the ability to have good relationships and still treasure time on my own.",
    },
    Belief {
        id: "vuln",
        title: "Vulnerability is weakness",
        old: "Showing vulnerability is weak. If people see my needs, they'll judge me or turn away.",
        challenges: &[
            "Letting yourself be seen takes courage. Hiding is usually the easier path.",
            "Closeness grows when two people see a little of what is real in each other.",
            "Watch what actually happens when you share something small: care and support come more often than the fear predicts.",
            "If someone does respond badly, that tells you about them and the relationship, not about your worth.",
        ],
        new: "Being open takes courage, and it is how deeper, more honest connection grows.",
    },
];

/// The library belief with this id.
pub fn belief(id: &str) -> Option<&'static Belief> {
    LIBRARY.iter().find(|b| b.id == id)
}

/// One step of the worksheet.
#[derive(Debug, PartialEq, Eq)]
pub struct Step {
    /// 1..=7, also the number in the step's URL.
    pub number: u8,
    pub title: &'static str,
    pub prompt: &'static str,
    /// Labels of the step's fields, in order (the step page shows one input per label).
    pub fields: &'static [Field],
}

/// A field of a step: its label and an example of what someone might write.
#[derive(Debug, PartialEq, Eq)]
pub struct Field {
    pub label: &'static str,
    pub example: &'static str,
}

pub const STEPS: [Step; 7] = [
    Step {
        number: 1,
        title: "Name the belief",
        prompt: "What do you tell yourself just before you pull away from someone? Write it as one sentence, \
                 the way it sounds in your head.",
        fields: &[Field {
            label: "The belief",
            example: "When my partner wants to talk about how we're doing, I think: \"This will only make things \
                      worse. I'm better off handling things myself.\"",
        }],
    },
    Step {
        number: 2,
        title: "Where it comes from",
        prompt: "Beliefs like this are usually learned, and for good reasons at the time. Look back with kindness.",
        fields: &[
            Field {
                label: "When did you first learn it?",
                example: "As a child, crying got me sent to my room, so I learned to keep things to myself.",
            },
            Field {
                label: "What has kept it going since?",
                example: "A break-up in my twenties, after I'd finally opened up and then felt foolish.",
            },
        ],
    },
    Step {
        number: 3,
        title: "Weigh the evidence",
        prompt: "Look at the belief like a fair judge would. Is it true every time, with every person? \
                 List what seems to support it and what doesn't fit.",
        fields: &[
            Field { label: "What seems to support it", example: "An ex once used something I'd told her against me." },
            Field {
                label: "What doesn't fit",
                example: "When I told my brother I was struggling, he checked in on me every day that week.",
            },
        ],
    },
    Step {
        number: 4,
        title: "Find counterexamples",
        prompt: "Think of moments, big or small, when this belief turned out to be wrong.",
        fields: &[Field {
            label: "A time it was wrong",
            example: "I asked a colleague for help with a report and she seemed glad I'd asked.",
        }],
    },
    Step {
        number: 5,
        title: "Write a new belief",
        prompt: "What would be a fairer, more balanced belief? It doesn't have to feel true yet. It only has to be \
                 something you'd be willing to test.",
        fields: &[Field {
            label: "My new belief",
            example: "Some people can be trusted, and I can find out who, slowly.",
        }],
    },
    Step {
        number: 6,
        title: "Practise acting as if",
        prompt: "If the new belief were true, what would you do differently this week? Choose small, specific \
                 things you could actually do.",
        fields: &[Field {
            label: "My practice plan",
            example: "When she asks about my day, tell her one real thing that bothered me instead of saying \
                      \"fine\".",
        }],
    },
    Step {
        number: 7,
        title: "Collect evidence",
        prompt: "Whenever life backs up your new belief, write it down with the date. Small moments count. Over \
                 weeks and months these notes add up.",
        fields: &[Field {
            label: "What happened",
            example: "Said I was tired and needed a quiet evening. He made tea and didn't push.",
        }],
    },
];

/// The step with this number (1..=7).
pub fn step(number: u8) -> Option<&'static Step> {
    STEPS.iter().find(|s| s.number == number)
}

/// Questions asked when the person rates how strongly they hold each belief.
pub const RATE_OLD: &str = "How much do you believe the old belief right now?";
pub const RATE_NEW: &str = "How much do you believe the new belief right now?";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn six_beliefs_with_unique_ids_and_full_content() {
        assert_eq!(LIBRARY.len(), 6);
        for (i, b) in LIBRARY.iter().enumerate() {
            assert!(
                LIBRARY[i + 1..].iter().all(|o| o.id != b.id),
                "duplicate id {}",
                b.id
            );
            assert!(!b.old.is_empty() && !b.new.is_empty() && !b.title.is_empty());
            assert!(b.challenges.len() >= 3, "{} needs challenges", b.id);
            assert_eq!(belief(b.id), Some(b));
        }
        assert!(
            belief("vuln").is_some(),
            "vulnerability is weakness is in the library"
        );
        assert_eq!(belief("nope"), None);
    }

    #[test]
    fn seven_numbered_steps_each_with_prompt_and_examples() {
        for (i, s) in STEPS.iter().enumerate() {
            assert_eq!(s.number as usize, i + 1);
            assert!(!s.prompt.is_empty() && !s.fields.is_empty());
            assert!(s
                .fields
                .iter()
                .all(|f| !f.label.is_empty() && !f.example.is_empty()));
            assert_eq!(step(s.number), Some(s));
        }
        assert_eq!(step(0), None);
        assert_eq!(step(8), None);
    }
}
