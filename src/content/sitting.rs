//! "Sitting with feelings": the five-minute practice, in our words.

pub const INTRO: &str =
    "When you've named a feeling, try staying with it for a few minutes instead of \
moving away from it. Start with milder feelings before bigger ones.";

pub const STEPS: [&str; 7] = [
    "Put the phone face down after you start, and leave work, food and other distractions for now.",
    "Start the timer.",
    "Stay with the feeling. You don't have to fix it.",
    "Notice where it sits in your body.",
    "Breathe slowly towards that place.",
    "Remind yourself: feelings aren't dangerous, and they pass.",
    "Watch what it does: it may grow, change or fade.",
];

pub const DURING: &str = "Feelings aren't dangerous. They pass.";
pub const DONE: &str = "You stayed with it. That is how tolerance for feelings grows.";
pub const DEFAULT_MINUTES: u32 = 5;
/// Whether the end tone plays when nobody has chosen yet.
pub const TONE_BY_DEFAULT: bool = true;
/// If a feeling is very strong, a gentle pointer to care.
pub const STRONG_FEELING: &str =
    "If a feeling is overwhelming, you can stop at any time. If strong feelings \
keep flooding you, a therapist can help you work with them safely.";
