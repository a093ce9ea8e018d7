//! Seven common ways the work stalls, as a self-check: a question to ask yourself and, when
//! you recognise one, a kind and specific response. In the app's own words.

pub struct Pitfall {
    /// Stored key (never changes once shipped).
    pub key: &'static str,
    pub title: &'static str,
    /// The self-check question.
    pub question: &'static str,
    /// A kind word when the person recognises it.
    pub response: &'static str,
    /// One specific thing to try.
    pub try_this: &'static str,
    /// Whether the response is shown with the safety caveat: the ones that ask for less
    /// distance, which someone with an unsafe partner may need.
    pub caveat: bool,
}

pub const PITFALLS: [Pitfall; 7] = [
    Pitfall {
        key: "done",
        title: "\"I've done enough, I'm fine now\"",
        question: "Have I been telling myself I've already done this work, so I can stop?",
        response: "It makes sense to want to be finished. Noticing this is itself a sign of growth: it can be the old pattern in a new form.",
        try_this: "Pick one small practice for this week, even a single check-in a day.",
        caveat: false,
    },
    Pitfall {
        key: "head",
        title: "Thinking instead of feeling",
        question: "Have I been reading and understanding more than actually feeling?",
        response: "Understanding is a real strength, and it got you here. The next step happens in the body, not in the head.",
        try_this: "Next time you read something here, pause and ask: what do I feel right now, and where?",
        caveat: false,
    },
    Pitfall {
        key: "unavailable",
        title: "Drawn to people who keep their distance",
        question: "Am I drawn to people who won't ask me to get close?",
        response: "Distance can feel safe, so of course it's attractive. Seeing the pull is what lets you choose differently.",
        try_this: "Notice who in your life is warm and steady, and spend a little more time with them.",
        caveat: false,
    },
    Pitfall {
        key: "space",
        title: "\"I need space\", all the time",
        question: "Has needing space become my answer to most closeness?",
        response: "Space is healthy, and you're allowed it. The question is only whether it's rest or a way out.",
        try_this: "Before you take space, say when you'll come back, and then come back.",
        caveat: true,
    },
    Pitfall {
        key: "quit",
        title: "Stopping when it gets uncomfortable",
        question: "Have I been pulling back from the practice because it got hard?",
        response: "Discomfort means you're at the edge of what you know. That's where growth is; you're not doing it wrong. Fear, or feeling unsafe, is different: that is a reason to slow down.",
        try_this: "Step back to an easier practice for a few days instead of stopping.",
        caveat: false,
    },
    Pitfall {
        key: "partner",
        title: "Waiting for someone else to do the work",
        question: "Am I hoping a partner or friend will change things for me?",
        response: "Wanting support is human, and support helps. The steps themselves are yours, and that means you have power here.",
        try_this: "Choose one thing you'll do yourself this week, and tell them about it.",
        caveat: false,
    },
    Pitfall {
        key: "selfcare",
        title: "Pulling away and calling it self-care",
        question: "Have I called pulling away \"self-care\" when it was really avoiding?",
        response: "Sometimes time alone is exactly right. Being honest about which is which is already the work.",
        try_this: "Next time, ask: would I feel rested afterwards, or relieved I escaped?",
        caveat: true,
    },
];

/// How often the self-check comes round, in days.
pub const CHECK_EVERY_DAYS: i32 = 28;

pub fn pitfall(key: &str) -> Option<&'static Pitfall> {
    PITFALLS.iter().find(|p| p.key == key)
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn seven_distinct_pitfalls() {
        assert_eq!(PITFALLS.len(), 7);
        for (i, a) in PITFALLS.iter().enumerate() {
            for b in &PITFALLS[i + 1..] {
                assert_ne!(a.key, b.key);
            }
            assert!(pitfall(a.key).is_some());
        }
    }

    #[test]
    fn the_pitfalls_that_ask_for_less_distance_carry_the_caveat() {
        for p in &PITFALLS {
            let asks_to_come_back = p.try_this.contains("come back");
            if asks_to_come_back {
                assert!(p.caveat, "{}", p.key);
            }
        }
        assert!(pitfall("space").unwrap().caveat);
        assert!(pitfall("selfcare").unwrap().caveat);
        assert_eq!(PITFALLS.iter().filter(|p| p.caveat).count(), 2);
    }
}
