//! The hard moment itself: staying present when part of you wants to pull away,
//! 5-4-3-2-1 grounding, and the seven steps for staying in a difficult conversation.
//! Written in the app's own words; short enough to read with a racing heart.

/// One of the three places the pull to withdraw shows up.
pub struct Channel {
    pub key: &'static str,
    pub name: &'static str,
    /// How it tends to show itself.
    pub sign: &'static str,
    pub steps: &'static [&'static str],
}

pub const CHANNELS: &[Channel] = &[
    Channel {
        key: "mind",
        name: "In your mind",
        sign: "Your thoughts drift off, or you start planning a way out.",
        steps: &[
            "Catch the pull to drift somewhere else.",
            "Say to yourself: \u{201c}Part of me wants to pull away right now.\u{201d}",
            "Tell yourself: this is uncomfortable, it will pass, and I can stay with it.",
            "Bring your attention back to this room.",
            "Rest it on the person: their face, their voice, what they are saying.",
        ],
    },
    Channel {
        key: "body",
        name: "In your body",
        sign: "You want more space: to step back, leave the room or change the subject.",
        steps: &[
            "Notice the wish to move away.",
            "Wait a moment before you act on it.",
            "Breathe slowly, three times.",
            "Stay five minutes longer than feels easy.",
            "Next time, stay a little closer or a little longer.",
        ],
    },
    Channel {
        key: "heart",
        name: "In your feelings",
        sign: "You go flat, numb or quiet inside.",
        steps: &[
            "Notice the going-numb.",
            "Say it, even just to yourself: \u{201c}I'm feeling overwhelmed.\u{201d}",
            "Ground yourself with 5-4-3-2-1.",
            "Stay in contact, even while it feels hard.",
        ],
    },
];

/// What a step of the guided "stay present" practice asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PresentKind {
    /// Just read and move on.
    Read,
    /// Three guided slow breaths.
    Breathe,
    /// The "five minutes longer" timer.
    Stay,
}

pub struct PresentStep {
    pub title: &'static str,
    pub text: &'static str,
    pub kind: PresentKind,
}

/// The guided practice, one short screen per step.
pub const PRESENT_STEPS: &[PresentStep] = &[
    PresentStep {
        title: "Notice",
        text: "Something in you wants to pull away. You don't have to do anything about it yet. Just notice it.",
        kind: PresentKind::Read,
    },
    PresentStep {
        title: "Name it",
        text: "Say it quietly or in your head: \u{201c}I'm feeling the urge to pull away.\u{201d} Naming it gives you a little room.",
        kind: PresentKind::Read,
    },
    PresentStep {
        title: "Pause",
        text: "An urge is not an order. Let it be there without acting on it, just for now.",
        kind: PresentKind::Read,
    },
    PresentStep {
        title: "Three slow breaths",
        text: "Breathe in gently, and let the out-breath be longer. Three times.",
        kind: PresentKind::Breathe,
    },
    PresentStep {
        title: "Stay five minutes more",
        text: "Stay a little longer than feels comfortable. The feeling usually softens while you wait.",
        kind: PresentKind::Stay,
    },
    PresentStep {
        title: "Come back",
        text: "Turn back to the person. Look at their face. Listen to their voice and their words. You stayed.",
        kind: PresentKind::Read,
    },
];

/// Breath pacing for the guided breaths: seconds in, seconds out, rounds.
pub const BREATH_IN_SECS: u32 = 4;
pub const BREATH_OUT_SECS: u32 = 6;
pub const BREATHS: u32 = 3;

/// The "stay longer than comfortable" timer, in minutes.
pub const STAY_MINUTES: u32 = 5;

/// One sense of the 5-4-3-2-1 grounding.
pub struct Sense {
    pub count: u32,
    pub verb: &'static str,
    /// "Five things you can see"
    pub prompt: &'static str,
    pub hint: &'static str,
}

pub const GROUNDING: &[Sense] = &[
    Sense {
        count: 5,
        verb: "see",
        prompt: "Five things you can see",
        hint: "A colour, a shape, a light, something small you hadn't noticed.",
    },
    Sense {
        count: 4,
        verb: "touch",
        prompt: "Four things you can touch",
        hint: "Your feet on the floor, the fabric of your clothes, something cool or warm.",
    },
    Sense {
        count: 3,
        verb: "hear",
        prompt: "Three things you can hear",
        hint: "Near sounds, far sounds, your own breathing.",
    },
    Sense {
        count: 2,
        verb: "smell",
        prompt: "Two things you can smell",
        hint: "The air, your skin, a cup nearby. Faint is fine.",
    },
    Sense {
        count: 1,
        verb: "taste",
        prompt: "One thing you can taste",
        hint: "Whatever is in your mouth right now, or a sip of water.",
    },
];

pub const GROUNDING_DONE: &str =
    "You're here, in this moment. Take one more slow breath, then go back when you're ready.";

/// One step of staying in a difficult conversation.
pub struct ConflictStep {
    pub title: &'static str,
    pub text: &'static str,
    /// Words to say, which the person can change and keep. Empty when the step is quiet.
    pub words: &'static str,
}

/// The step where the break happens (0-based index into [`CONFLICT_STEPS`]).
pub const BREAK_STEP: usize = 3;
/// The step that asks for a time (the break length is chosen here).
pub const TIME_STEP: usize = 2;

pub const CONFLICT_STEPS: &[ConflictStep] = &[
    ConflictStep {
        title: "Notice the urge",
        text: "The pull to leave is a signal, not a command. Notice it before you follow it.",
        words: "I'm getting overwhelmed, and part of me wants to walk away.",
    },
    ConflictStep {
        title: "Say it",
        text: "Tell them what's happening, and that you are coming back.",
        words: "I'm overwhelmed. I need a short break, and I do want to come back to this.",
    },
    ConflictStep {
        title: "Agree a time",
        text: "Name when you'll be back, and come back then if you can.",
        words: "Can we pick this up again in 30 minutes?",
    },
    ConflictStep {
        title: "Use the break well",
        text: "Settle your body. This time is for calming down, not for rehearsing the argument.",
        words: "",
    },
    ConflictStep {
        title: "Come back",
        text: "When the time you agreed comes, go back if you can. You don't need to feel completely ready: a little unsure is normal.",
        words: "Okay. I'm ready to talk about this now.",
    },
    ConflictStep {
        title: "Stay present",
        text: "If you feel yourself drifting off, ground yourself and stay in the room.",
        words: "Give me a moment. I want to stay with this.",
    },
    ConflictStep {
        title: "Say how it is for you",
        text: "Let them know what this is like from the inside.",
        words: "This is hard for me, and I'm here.",
    },
];

/// Ways to spend the break that calm rather than stir up.
pub const BREAK_HELPS: &[&str] = &[
    "Walk, stretch or shake out your hands.",
    "Breathe out for longer than you breathe in.",
    "Drink a glass of water.",
    "Do the 5-4-3-2-1 grounding.",
    "Ask yourself: what am I feeling, and what do I need?",
    "Think of one thing you want them to understand.",
];

/// What tends to make the break go sour.
pub const BREAK_AVOID: &[&str] = &[
    "Replaying who was right.",
    "Building a case against them.",
    "Deciding it's all over while your feelings are at their height.",
];

/// Default break length in minutes, and the choices offered.
pub const BREAK_MINUTES: u32 = 30;
pub const BREAK_CHOICES: &[u32] = &[15, 20, 30, 45, 60];

/// Things that close a conversation instead of pausing it.
pub const DONT: &[&str] = &[
    "Walking out without a word.",
    "Going quiet and shutting down completely.",
    "Using silence as a punishment.",
    "Brushing off what they feel.",
    "Retreating into analysis so you don't have to feel anything.",
];

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn the_program_has_its_shape() {
        assert_eq!(CHANNELS.len(), 3);
        assert_eq!(
            GROUNDING.iter().map(|s| s.count).collect::<Vec<_>>(),
            [5, 4, 3, 2, 1]
        );
        assert_eq!(CONFLICT_STEPS.len(), 7);
        assert!(CONFLICT_STEPS[BREAK_STEP].words.is_empty());
        assert!(CONFLICT_STEPS[TIME_STEP].words.contains("30"));
        assert!(BREAK_CHOICES.contains(&BREAK_MINUTES));
        assert_eq!(
            PRESENT_STEPS
                .iter()
                .filter(|s| s.kind == PresentKind::Stay)
                .count(),
            1
        );
    }
}
