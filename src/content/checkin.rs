//! The check-in's seven steps (after the guide's daily emotion check-in), in our words.

pub struct Step {
    pub title: &'static str,
    pub say: &'static str,
}

pub const STEPS: [Step; 7] = [
    Step {
        title: "Pause",
        say: "Stop what you're doing for a moment.",
    },
    Step {
        title: "Hand on heart",
        say: "Rest a hand on your chest or stomach, if that feels all right.",
    },
    Step {
        title: "Ask",
        say: "What am I feeling right now?",
    },
    Step {
        title: "Look",
        say: "Let the words below help you find it.",
    },
    Step {
        title: "Name it",
        say: "I feel …",
    },
    Step {
        title: "No judgement",
        say: "Whatever it is, it's allowed. Just notice it.",
    },
    Step {
        title: "Note it",
        say: "Save it here. That's the whole practice.",
    },
];

/// On Insights when most of the last two weeks felt mostly unpleasant
/// (`domain::insights::low_mood_lately`). Names no condition and gives no advice beyond
/// the doctor.
pub const LOW_MOOD: &str = "Most of your days in the last two weeks have felt mostly \
unpleasant. Hard stretches happen. If a low mood stays with you for a couple of weeks or more, \
it's worth talking to your doctor. You don't need to know what it is first.";

/// After saving a check-in with very strong unpleasant feelings
/// (`CheckIn::very_strong_unpleasant`), before a link to Help now.
pub const HEAVY: &str = "That's a lot to feel. If you'd like something to steady you,";
/// After the link.
pub const HEAVY_AFTER: &str = "is one tap away.";

/// What the three depths ask.
pub const ASK_TONE: &str = "Does it feel pleasant, unpleasant or neutral?";
pub const ASK_SPECIFIC: &str = "Which word comes closest?";
pub const ASK_NUANCE: &str = "Look for the finer word: disappointed or sad? nervous or excited?";

pub const SAVED: &str = "Noted. Thank you for checking in with yourself.";
