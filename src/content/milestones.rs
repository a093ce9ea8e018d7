//! What progress tends to look like, band by band, from the first months to the years after.
//! In the app's own words; the markers are things a person can notice in themselves.
//!
//! The guide's bands read "months 1–2, 3–4, 4–6, 6–12, one to two years and beyond", which
//! share months 4 and 6. Here each program month belongs to exactly one band: a shared month
//! stays in the earlier band, and the later band begins when that month is complete. So the
//! bands are months 1–2, 3–4, 5–6, 7–12 and 13 onward (see `domain::milestones::band_index`).

pub struct Marker {
    /// Stored key (never changes once shipped).
    pub key: &'static str,
    pub text: &'static str,
}

pub struct Band {
    pub key: &'static str,
    /// Heading as the person sees it.
    pub title: &'static str,
    /// First program month of the band (1-based).
    pub from_month: u32,
    /// Last program month of the band, `None` for the open-ended last band.
    pub to_month: Option<u32>,
    /// One line about this stretch of the way.
    pub summary: &'static str,
    pub markers: &'static [Marker],
}

pub const BANDS: [Band; 5] = [
    Band {
        key: "b1",
        title: "Months 1–2",
        from_month: 1,
        to_month: Some(2),
        summary: "Noticing. Feelings may still be hard to show, but you start to see them.",
        markers: &[
            Marker {
                key: "b1a",
                text: "I notice my feelings more, even when I keep them to myself.",
            },
            Marker {
                key: "b1b",
                text: "I spot myself pulling away sooner than I used to.",
            },
            Marker {
                key: "b1c",
                text: "I catch myself shutting down or keeping things light on purpose.",
            },
            Marker {
                key: "b1d",
                text: "I can put a name to some of what I feel.",
            },
        ],
    },
    Band {
        key: "b2",
        title: "Months 3–4",
        from_month: 3,
        to_month: Some(4),
        summary: "First small risks. Little shares and asks start to happen.",
        markers: &[
            Marker {
                key: "b2a",
                text: "Now and then I let someone see a small, soft part of me.",
            },
            Marker {
                key: "b2b",
                text: "In emotional moments, I pull away less often.",
            },
            Marker {
                key: "b2c",
                text: "I can stay close to someone for longer before I need distance.",
            },
            Marker {
                key: "b2d",
                text: "Asking for small things feels less awkward.",
            },
        ],
    },
    Band {
        key: "b3",
        title: "Months 5–6",
        from_month: 5,
        to_month: Some(6),
        summary: "Showing more. Expression grows and closeness deepens a little.",
        markers: &[
            Marker {
                key: "b3a",
                text: "I say how I feel noticeably more than before.",
            },
            Marker {
                key: "b3b",
                text: "More often, I stay in the room when there's a disagreement.",
            },
            Marker {
                key: "b3c",
                text: "Some of my relationships feel a bit deeper.",
            },
            Marker {
                key: "b3d",
                text: "I need space less constantly.",
            },
        ],
    },
    Band {
        key: "b4",
        title: "Months 7–12",
        from_month: 7,
        to_month: Some(12),
        summary: "Settling in. Being open with safe people starts to feel ordinary.",
        markers: &[
            Marker {
                key: "b4a",
                text: "With people I trust, being open feels mostly okay.",
            },
            Marker {
                key: "b4b",
                text: "I can feel my feelings without pushing them down.",
            },
            Marker {
                key: "b4c",
                text: "A conflict no longer sends me away on autopilot.",
            },
            Marker {
                key: "b4d",
                text: "Closeness feels like something that adds to my life, not a threat.",
            },
            Marker {
                key: "b4e",
                text: "I have room for both my independence and my connections.",
            },
        ],
    },
    Band {
        key: "b5",
        title: "Year two and beyond",
        from_month: 13,
        to_month: None,
        summary: "Feeling more secure: closeness and freedom both feel like yours.",
        markers: &[
            Marker {
                key: "b5a",
                text: "I feel a steadier, more secure way of relating growing in me.",
            },
            Marker {
                key: "b5b",
                text: "I'm at ease both being close and having my own space.",
            },
            Marker {
                key: "b5c",
                text: "My relationships feel fulfilling rather than smothering.",
            },
            Marker {
                key: "b5d",
                text: "Showing what I feel comes fairly naturally.",
            },
            Marker {
                key: "b5e",
                text: "I can be deeply connected without losing myself.",
            },
        ],
    },
];

/// The three answers of the self-assessment.
pub const LEVELS: [&str; 3] = ["Not yet", "Sometimes", "Often"];

/// Said beside the charts and bands: setbacks are part of it.
pub const NOT_LINEAR: &str =
    "Progress isn't linear. Dips and setbacks are a normal part of the way.";

/// Explains the choice about overlapping months, shown on the milestones screen.
pub const BAND_NOTE: &str = "Bands are counted from the day you started. A month belongs to one band only, so the next band begins once the earlier one is complete. These are rough signposts, not deadlines.";

pub fn marker(key: &str) -> Option<(&'static Band, &'static Marker)> {
    BANDS
        .iter()
        .find_map(|b| b.markers.iter().find(|m| m.key == key).map(|m| (b, m)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bands_tile_the_months_without_overlap() {
        assert_eq!(BANDS[0].from_month, 1);
        for w in BANDS.windows(2) {
            assert_eq!(w[0].to_month.map(|m| m + 1), Some(w[1].from_month));
        }
        assert_eq!(BANDS[4].to_month, None);
    }

    #[test]
    fn marker_keys_are_unique_and_findable() {
        let mut keys: Vec<&str> = BANDS
            .iter()
            .flat_map(|b| b.markers.iter().map(|m| m.key))
            .collect();
        let n = keys.len();
        keys.sort();
        keys.dedup();
        assert_eq!(keys.len(), n);
        assert_eq!(marker("b3b").map(|(b, _)| b.key), Some("b3"));
        assert!(marker("zz").is_none());
    }
}
