//! The feelings word list: six core feelings, six specific feelings for each, and two
//! nuanced words beyond every specific one (6 + 36 + 72 words).
//!
//! Our own list, inspired by Gloria Willcox's Feeling Wheel (1982). Every word is
//! lowercase and appears once, so a stored word always leads back to one place.
//!
//! Besides the wheel there are the three "tone" words of the program's first weeks
//! (pleasant, unpleasant, neutral).

/// Shown wherever the wheel is.
pub const CREDIT: &str = "Word list inspired by Gloria Willcox's Feeling Wheel (1982).";

/// How a feeling tends to feel: +1 pleasant, 0 neutral, -1 unpleasant.
/// No feeling is good or bad; this only colours charts and the first weeks' choice.
pub type Pleasantness = i8;

pub struct Specific {
    pub word: &'static str,
    pub nuances: [&'static str; 2],
}

pub struct Core {
    pub word: &'static str,
    pub pleasantness: Pleasantness,
    pub specific: [Specific; 6],
}

const fn s(word: &'static str, a: &'static str, b: &'static str) -> Specific {
    Specific {
        word,
        nuances: [a, b],
    }
}

pub const CORES: [Core; 6] = [
    Core {
        word: "joyful",
        pleasantness: 1,
        specific: [
            s("happy", "cheerful", "delighted"),
            s("excited", "eager", "energised"),
            s("playful", "silly", "lighthearted"),
            s("hopeful", "optimistic", "encouraged"),
            s("grateful", "thankful", "moved"),
            s("curious", "interested", "amazed"),
        ],
    },
    Core {
        word: "peaceful",
        pleasantness: 1,
        specific: [
            s("content", "satisfied", "comfortable"),
            s("relaxed", "at ease", "unhurried"),
            s("calm", "still", "settled"),
            s("safe", "secure", "sheltered"),
            s("loving", "affectionate", "warm"),
            s("thoughtful", "reflective", "pensive"),
        ],
    },
    Core {
        word: "strong",
        pleasantness: 1,
        specific: [
            s("proud", "accomplished", "fulfilled"),
            s("confident", "capable", "self-assured"),
            s("respected", "valued", "appreciated"),
            s("brave", "courageous", "daring"),
            s("determined", "focused", "motivated"),
            s("accepted", "understood", "seen"),
        ],
    },
    Core {
        word: "sad",
        pleasantness: -1,
        specific: [
            s("disappointed", "let down", "discouraged"),
            s("lonely", "isolated", "left out"),
            s("hurt", "rejected", "wounded"),
            s("down", "low", "empty"),
            s("grieving", "heartbroken", "longing"),
            s("guilty", "ashamed", "regretful"),
        ],
    },
    Core {
        word: "scared",
        pleasantness: -1,
        specific: [
            s("afraid", "frightened", "panicky"),
            s("anxious", "worried", "uneasy"),
            s("nervous", "jittery", "on edge"),
            s("overwhelmed", "swamped", "frozen"),
            s("insecure", "exposed", "inadequate"),
            s("numb", "detached", "far away"),
        ],
    },
    Core {
        word: "angry",
        pleasantness: -1,
        specific: [
            s("frustrated", "thwarted", "impatient"),
            s("irritated", "annoyed", "grumpy"),
            s("resentful", "bitter", "jealous"),
            s("stressed", "pressured", "strained"),
            s("critical", "judgemental", "sceptical"),
            s("furious", "enraged", "livid"),
        ],
    },
];

/// The three words of the first weeks, with their pleasantness.
pub const TONES: [(&str, Pleasantness); 3] = [("pleasant", 1), ("neutral", 0), ("unpleasant", -1)];

/// Where a word sits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ring {
    /// pleasant / neutral / unpleasant
    Tone,
    Core,
    Specific,
    Nuance,
}

/// A word found in the list, with its place.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Place {
    pub ring: Ring,
    /// Index into [`CORES`] (None for tone words).
    pub core: Option<usize>,
    /// Index into the core's `specific` (Specific and Nuance rings).
    pub specific: Option<usize>,
}

/// Every wheel word: cores, then each core's specific words, then nuances, in wheel order.
pub fn all_words() -> impl Iterator<Item = &'static str> {
    let cores = CORES.iter().map(|c| c.word);
    let specific = CORES.iter().flat_map(|c| c.specific.iter().map(|s| s.word));
    let nuance = CORES
        .iter()
        .flat_map(|c| c.specific.iter().flat_map(|s| s.nuances.iter().copied()));
    cores.chain(specific).chain(nuance)
}

/// The specific words of every core (the second ring), in wheel order.
pub fn specific_words() -> impl Iterator<Item = &'static str> {
    CORES.iter().flat_map(|c| c.specific.iter().map(|s| s.word))
}

/// Finds a word (case and surrounding space ignored) in the tones or the wheel.
pub fn place(word: &str) -> Option<Place> {
    let w = word.trim().to_lowercase();
    if TONES.iter().any(|(t, _)| *t == w) {
        return Some(Place {
            ring: Ring::Tone,
            core: None,
            specific: None,
        });
    }
    for (ci, c) in CORES.iter().enumerate() {
        if c.word == w {
            return Some(Place {
                ring: Ring::Core,
                core: Some(ci),
                specific: None,
            });
        }
        for (si, sp) in c.specific.iter().enumerate() {
            if sp.word == w {
                return Some(Place {
                    ring: Ring::Specific,
                    core: Some(ci),
                    specific: Some(si),
                });
            }
            if sp.nuances.contains(&w.as_str()) {
                return Some(Place {
                    ring: Ring::Nuance,
                    core: Some(ci),
                    specific: Some(si),
                });
            }
        }
    }
    None
}

/// The core feeling a wheel word belongs to (a core word is its own core).
pub fn core_of(word: &str) -> Option<&'static Core> {
    place(word).and_then(|p| p.core).map(|i| &CORES[i])
}

/// The specific (middle ring) word above a nuance, or the word itself for a specific word.
pub fn specific_of(word: &str) -> Option<&'static str> {
    let p = place(word)?;
    Some(CORES[p.core?].specific[p.specific?].word)
}

/// +1 / 0 / -1 for a known word; None for a word not in the list (a person's own word
/// gets its pleasantness from the core they filed it under: see `domain::checkin`).
pub fn pleasantness(word: &str) -> Option<Pleasantness> {
    let w = word.trim().to_lowercase();
    if let Some((_, p)) = TONES.iter().find(|(t, _)| *t == w) {
        return Some(*p);
    }
    core_of(&w).map(|c| c.pleasantness)
}

/// Whether a word is in the list at all.
pub fn is_known(word: &str) -> bool {
    place(word).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn sizes_of_the_three_rings() {
        assert_eq!(CORES.len(), 6);
        assert_eq!(specific_words().count(), 36);
        assert_eq!(all_words().count(), 6 + 36 + 72);
    }

    #[test]
    fn every_word_is_unique_lowercase_and_not_a_tone() {
        let mut seen = HashSet::new();
        for w in all_words() {
            assert_eq!(w, w.to_lowercase(), "{w}");
            assert_eq!(w, w.trim(), "{w}");
            assert!(seen.insert(w), "{w} appears twice");
            assert!(!TONES.iter().any(|(t, _)| *t == w));
        }
    }

    #[test]
    fn lookups_lead_back_to_the_right_core() {
        assert_eq!(core_of("Anxious").map(|c| c.word), Some("scared"));
        assert_eq!(core_of("disappointed").map(|c| c.word), Some("sad"));
        assert_eq!(core_of("let down").map(|c| c.word), Some("sad"));
        assert_eq!(core_of("joyful").map(|c| c.word), Some("joyful"));
        assert_eq!(specific_of("worried"), Some("anxious"));
        assert_eq!(specific_of("sad"), None);
        assert_eq!(place("irritated").map(|p| p.ring), Some(Ring::Specific));
        assert_eq!(place(" neutral ").map(|p| p.ring), Some(Ring::Tone));
        assert!(core_of("neutral").is_none());
        assert!(core_of("blorp").is_none());
    }

    #[test]
    fn pleasantness_follows_the_core() {
        assert_eq!(pleasantness("content"), Some(1));
        assert_eq!(pleasantness("frustrated"), Some(-1));
        assert_eq!(pleasantness("neutral"), Some(0));
        assert_eq!(pleasantness("unpleasant"), Some(-1));
        assert_eq!(pleasantness("my own word"), None);
    }

    #[test]
    fn the_guides_examples_are_in_the_list() {
        for w in [
            "anxious",
            "sad",
            "content",
            "irritated",
            "frustrated",
            "disappointed",
            "nervous",
            "excited",
        ] {
            assert!(is_known(w), "{w}");
        }
    }
}
