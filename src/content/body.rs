//! The body map's regions and sensations, the six "sensation → possible feeling" hints,
//! and the steps of the short body scan. Keys are stored with check-ins: never rename one.

pub struct Region {
    /// Stored key.
    pub key: &'static str,
    pub label: &'static str,
}

pub const REGIONS: [Region; 10] = [
    Region {
        key: "head",
        label: "Head",
    },
    Region {
        key: "jaw",
        label: "Jaw and face",
    },
    Region {
        key: "throat",
        label: "Throat",
    },
    Region {
        key: "shoulders",
        label: "Shoulders",
    },
    Region {
        key: "chest",
        label: "Chest",
    },
    Region {
        key: "stomach",
        label: "Stomach",
    },
    Region {
        key: "arms",
        label: "Arms",
    },
    Region {
        key: "hands",
        label: "Hands",
    },
    Region {
        key: "legs",
        label: "Legs",
    },
    Region {
        key: "whole",
        label: "Whole body",
    },
];

pub struct Sensation {
    /// Stored key.
    pub key: &'static str,
    pub label: &'static str,
}

pub const SENSATIONS: [Sensation; 14] = [
    Sensation {
        key: "tight",
        label: "tight",
    },
    Sensation {
        key: "tense",
        label: "tense",
    },
    Sensation {
        key: "heavy",
        label: "heavy",
    },
    Sensation {
        key: "tired",
        label: "tired",
    },
    Sensation {
        key: "warm",
        label: "warm",
    },
    Sensation {
        key: "restless",
        label: "restless",
    },
    Sensation {
        key: "fidgety",
        label: "fidgety",
    },
    Sensation {
        key: "numb",
        label: "numb",
    },
    Sensation {
        key: "far",
        label: "far away",
    },
    Sensation {
        key: "breath",
        label: "shallow breath",
    },
    Sensation {
        key: "flutter",
        label: "fluttery",
    },
    Sensation {
        key: "ache",
        label: "aching",
    },
    Sensation {
        key: "cold",
        label: "cold",
    },
    Sensation {
        key: "open",
        label: "open, light",
    },
];

pub fn region(key: &str) -> Option<&'static Region> {
    REGIONS.iter().find(|r| r.key == key)
}

pub fn sensation(key: &str) -> Option<&'static Sensation> {
    SENSATIONS.iter().find(|s| s.key == key)
}

/// "tight chest", "shallow breath", "warm (whole body)": how a stored pair reads.
pub fn describe(region_key: &str, sensation_key: &str) -> String {
    let s = sensation(sensation_key)
        .map(|s| s.label)
        .unwrap_or(sensation_key);
    match region(region_key) {
        Some(r) if r.key == "whole" => format!("{s} all over"),
        Some(r) => format!("{s} {}", r.label.to_lowercase()),
        None => s.to_string(),
    }
}

/// One of the six pairings: sensations that often come with certain feelings.
/// Offered as "maybe", never as an answer.
pub struct Hint {
    /// Sensation keys that call up this hint.
    pub sensations: &'static [&'static str],
    /// If not empty, only in these regions.
    pub regions: &'static [&'static str],
    /// What it can be, in words.
    pub text: &'static str,
    /// Wheel words the person can pick straight from the hint.
    pub words: &'static [&'static str],
    /// A link after the text: (path, words).
    pub link: Option<(&'static str, &'static str)>,
}

/// The 5-4-3-2-1 grounding: where the hints and the scan point when something is too much.
pub const GROUNDING_PATH: &str = "/moment/grounding";

pub const HINTS: [Hint; 6] = [
    Hint {
        sensations: &["tight", "breath"],
        regions: &["chest", "throat", "whole"],
        text: "A tight chest or shallow breathing sometimes comes with worry or fear.",
        words: &["anxious", "afraid"],
        link: None,
    },
    Hint {
        sensations: &["tense", "tight", "ache"],
        regions: &["shoulders", "jaw"],
        text: "Tension in the shoulders or jaw can be stress, or anger held in.",
        words: &["stressed", "angry"],
        link: None,
    },
    Hint {
        sensations: &["heavy", "tired"],
        regions: &[],
        text: "Heaviness or tiredness is sometimes sadness, or a low mood. If a low mood stays \
with you for a couple of weeks or more, it's worth talking to your doctor.",
        words: &["sad", "down"],
        link: None,
    },
    Hint {
        sensations: &["warm"],
        regions: &["chest", "whole"],
        text: "Warmth in the chest often comes with love, contentment or joy.",
        words: &["loving", "content", "joyful"],
        link: None,
    },
    Hint {
        sensations: &["restless", "fidgety", "flutter"],
        regions: &[],
        text: "Restlessness can be nerves, or excitement: they feel alike in the body.",
        words: &["nervous", "excited"],
        link: None,
    },
    Hint {
        sensations: &["numb", "far"],
        regions: &[],
        text: "Numbness or feeling far away can mean something is too much right now.",
        words: &["numb", "overwhelmed"],
        link: Some((
            GROUNDING_PATH,
            "Grounding can help you come back to the here and now.",
        )),
    },
];

/// The hints that fit a region and sensation.
pub fn hints_for<'a>(
    region_key: &'a str,
    sensation_key: &'a str,
) -> impl Iterator<Item = &'static Hint> + 'a {
    HINTS.iter().filter(move |h| {
        h.sensations.contains(&sensation_key)
            && (h.regions.is_empty() || h.regions.contains(&region_key))
    })
}

/// One step of the body scan: where to rest attention, and for how long.
pub struct ScanStep {
    pub region: &'static str,
    pub prompt: &'static str,
    pub seconds: u32,
}

pub const SCAN_INTRO: &str =
    "Sit or lie comfortably. You don't have to change anything you find, only notice it. \
If your mind wanders, that's normal: come back to the part you were at. You can stop at any time.";

/// Under every step of the scan, before a link to [`GROUNDING_PATH`].
pub const SCAN_STOP: &str = "You can stop whenever you like. If you start to feel numb, far \
away or overwhelmed,";
pub const SCAN_STOP_LINK: &str = "grounding can help you come back";

pub const SCAN: [ScanStep; 8] = [
    ScanStep { region: "whole", prompt: "Take two slow breaths. Feel where your body touches the chair or floor.", seconds: 20 },
    ScanStep { region: "head", prompt: "Notice your head and forehead. Tight, light, buzzing, nothing at all?", seconds: 15 },
    ScanStep { region: "jaw", prompt: "Your jaw and face. Are your teeth pressed together? Let them part a little if you like.", seconds: 15 },
    ScanStep { region: "throat", prompt: "Your throat. Open, or a lump? Just notice.", seconds: 15 },
    ScanStep { region: "shoulders", prompt: "Your shoulders. Are they raised? See what happens if you let them drop.", seconds: 15 },
    ScanStep { region: "chest", prompt: "Your chest and breathing. Fast or slow, deep or shallow?", seconds: 20 },
    ScanStep { region: "stomach", prompt: "Your stomach. Knotted, fluttery, warm, calm?", seconds: 20 },
    ScanStep { region: "legs", prompt: "Your arms, hands and legs. Restless, heavy, still? Then ask: what am I feeling right now?", seconds: 20 },
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::feelings;

    #[test]
    fn keys_are_unique_and_the_issue_regions_exist() {
        let mut r: Vec<_> = REGIONS.iter().map(|r| r.key).collect();
        r.sort();
        r.dedup();
        assert_eq!(r.len(), REGIONS.len());
        for k in [
            "head",
            "jaw",
            "throat",
            "shoulders",
            "chest",
            "stomach",
            "arms",
            "hands",
            "legs",
        ] {
            assert!(region(k).is_some(), "{k}");
        }
        let mut s: Vec<_> = SENSATIONS.iter().map(|s| s.key).collect();
        s.sort();
        s.dedup();
        assert_eq!(s.len(), SENSATIONS.len());
    }

    #[test]
    fn hints_point_at_real_words_regions_and_sensations() {
        for h in &HINTS {
            for w in h.words {
                assert!(feelings::is_known(w), "{w}");
            }
            for s in h.sensations {
                assert!(sensation(s).is_some(), "{s}");
            }
            for r in h.regions {
                assert!(region(r).is_some(), "{r}");
            }
        }
        for st in &SCAN {
            assert!(region(st.region).is_some());
        }
    }

    #[test]
    fn hints_depend_on_the_region() {
        assert_eq!(hints_for("chest", "warm").count(), 1);
        assert_eq!(hints_for("legs", "warm").count(), 0);
        assert_eq!(
            hints_for("jaw", "tense").next().map(|h| h.words[0]),
            Some("stressed")
        );
        assert_eq!(hints_for("legs", "restless").count(), 1);
        assert_eq!(describe("chest", "tight"), "tight chest");
        assert_eq!(describe("whole", "numb"), "numb all over");
    }
}
