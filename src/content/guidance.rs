//! Personalised guidance: what each area of the map may suggest, and where in the app
//! each part of the program lives. Only parts that exist are listed in [`LINKS`]: when a
//! feature lands, add its row here and every suggestion that names it starts linking to it.

#[derive(Debug, PartialEq)]
pub struct Link {
    pub focus: Focus,
    pub path: &'static str,
    pub label: &'static str,
    /// Why it may help, in one short line.
    pub why: &'static str,
}

/// Every part of the app guidance can point to. One place, so links grow with the app.
pub const LINKS: &[Link] = &[
    Link {
        focus: Focus::Understand,
        path: "/understand/pattern",
        label: "What the pattern looks like",
        why: "A short, plain description of avoidant attachment.",
    },
    Link {
        focus: Focus::Origins,
        path: "/understand/no-blame",
        label: "Origins without self-blame",
        why: "Why the pattern made sense once, and why that matters now.",
    },
    Link {
        focus: Focus::Costs,
        path: "/understand/costs",
        label: "The hidden costs",
        why: "What distance can quietly take away.",
    },
    Link {
        focus: Focus::EmotionCheckIn,
        path: "/checkin",
        label: "Check in with a feeling",
        why: "Noticing and naming what you feel, a few times a day, is where change starts.",
    },
    Link {
        focus: Focus::SitWithFeelings,
        path: "/sit",
        label: "Sit with a feeling",
        why: "A few minutes of staying with a feeling shows it can be survived.",
    },
    Link {
        focus: Focus::ShareFeelings,
        path: "/practice/expression",
        label: "Sharing feelings, step by step",
        why: "Start with small, low-stakes feelings and go deeper at your pace.",
    },
    Link {
        focus: Focus::SmallVulnerabilities,
        path: "/practice/micro",
        label: "Small openings",
        why: "Tiny, weekly ways of letting people a little closer.",
    },
    Link {
        focus: Focus::Beliefs,
        path: "/beliefs",
        label: "Questioning old beliefs",
        why: "Looking at the beliefs that keep distance in place, and writing fairer ones.",
    },
    Link {
        focus: Focus::AskForHelp,
        path: "/practice/ask-for-help",
        label: "Asking for help",
        why: "From tiny requests to asking for support, a week at a time.",
    },
    Link {
        focus: Focus::StayPresent,
        path: "/moment/present",
        label: "Staying present",
        why: "What to do in the moment the urge to pull away arrives.",
    },
    Link {
        focus: Focus::Conflict,
        path: "/moment/conflict",
        label: "Stay in the conversation",
        why: "Taking a break without leaving, and coming back.",
    },
    Link {
        focus: Focus::Therapist,
        path: "/therapy",
        label: "Working with a therapist",
        why: "Which approaches help with attachment, and what to look for.",
    },
    Link {
        focus: Focus::ShortForm,
        path: "/quiz/ecr-rs",
        label: "The short questionnaire about one person",
        why: "Nine statements about one relationship; good for tracking change monthly.",
    },
];

/// The links for a list of parts, in order, leaving out parts that don't exist yet.
pub fn links(focus: &[Focus]) -> Vec<&'static Link> {
    links_in(LINKS, focus)
}

/// [`links`] from a given table.
fn links_in<'a>(table: &'a [Link], focus: &[Focus]) -> Vec<&'a Link> {
    focus
        .iter()
        .filter_map(|f| table.iter().find(|l| l.focus == *f))
        .collect()
}

/// What a point in each area may suggest. Tentative on purpose: scores describe how
/// someone answered today, not who they are.
pub fn region_meaning(r: Region) -> &'static str {
    match r {
        Region::Secure => "Your answers suggest that closeness and relying on others mostly feel manageable \
for you at the moment. That's worth noticing. The practices can still deepen what's already there.",
        Region::DismissiveAvoidant => "Your answers suggest that leaning on others or letting them close can feel \
uncomfortable, while worry about being left is lower. That's the pattern this program is built around: \
noticing feelings first, then small, safe steps toward sharing them.",
        Region::FearfulAvoidant => "Your answers suggest two pulls at once: wanting closeness and feeling wary of it. \
That can be tiring. Going slowly helps, and so does support: a therapist who knows attachment can make this \
much easier.",
        Region::AnxiousPreoccupied => "Your answers suggest that closeness is welcome, but worry about the \
relationship runs high. This program focuses mostly on avoidance; noticing feelings and asking for \
reassurance can still help, and a therapist can help with the worry itself.",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::base::address::{declared_routes, routed};

    #[test]
    fn every_link_is_an_app_path_and_each_focus_appears_once() {
        for (i, l) in LINKS.iter().enumerate() {
            assert!(
                l.path.starts_with('/') && !l.path.contains("://"),
                "{}",
                l.path
            );
            assert!(
                LINKS[..i].iter().all(|o| o.focus != l.focus),
                "{:?} twice",
                l.focus
            );
        }
    }

    #[test]
    fn every_link_and_next_step_goes_to_a_screen_that_exists() {
        let routes = declared_routes();
        assert!(routed("/quiz/result/abc", &routes) && !routed("/nowhere", &routes));
        for l in LINKS {
            assert!(
                routed(l.path, &routes),
                "{} is not a route in app.rs or screens.rs: add the screen first",
                l.path
            );
            if let Some(slug) = l.path.strip_prefix("/practice/") {
                assert!(
                    crate::content::programs::ProgramId::from_slug(slug).is_some(),
                    "no practice program {slug}"
                );
            }
        }
        for s in &crate::content::understanding::SECTIONS {
            assert!(routed(s.fallback.0, &routes), "{}", s.fallback.0);
            assert!(routed(&format!("/understand/{}", s.slug), &routes));
        }
    }

    #[test]
    fn missing_parts_are_skipped_and_the_order_kept() {
        // A table without the conflict screen, as before that feature landed.
        let table: Vec<Link> = LINKS
            .iter()
            .filter(|l| l.focus != Focus::Conflict)
            .map(|l| Link { ..*l })
            .collect();
        let got = links_in(&table, &[Focus::Therapist, Focus::Conflict, Focus::Origins]);
        let paths: Vec<&str> = got.iter().map(|l| l.path).collect();
        assert_eq!(paths, ["/therapy", "/understand/no-blame"]);
        // With the screen in the table, it is linked in its place.
        let got = links(&[Focus::Therapist, Focus::Conflict, Focus::Origins]);
        let paths: Vec<&str> = got.iter().map(|l| l.path).collect();
        assert_eq!(
            paths,
            ["/therapy", "/moment/conflict", "/understand/no-blame"]
        );
    }
}

/// A part of the program a person can be pointed to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Focus {
    /// The "understanding" chapter: what the pattern is.
    Understand,
    /// How the pattern began, without self-blame.
    Origins,
    /// The hidden costs.
    Costs,
    /// Noticing and naming feelings a few times a day.
    EmotionCheckIn,
    /// Staying with a feeling for a few minutes.
    SitWithFeelings,
    /// Sharing feelings, one small step at a time.
    ShareFeelings,
    /// Small weekly acts of letting people closer.
    SmallVulnerabilities,
    /// Examining the beliefs that keep distance in place.
    Beliefs,
    /// Staying present when the urge to withdraw comes.
    StayPresent,
    /// Asking for help, a week at a time.
    AskForHelp,
    /// Staying in a hard conversation.
    Conflict,
    /// Working with a therapist.
    Therapist,
    /// The short questionnaire about one relationship.
    ShortForm,
}

/// The four named areas of the map.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Region {
    Secure,
    AnxiousPreoccupied,
    DismissiveAvoidant,
    FearfulAvoidant,
}

impl Region {
    pub const ALL: [Region; 4] = [
        Region::Secure,
        Region::AnxiousPreoccupied,
        Region::DismissiveAvoidant,
        Region::FearfulAvoidant,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Region::Secure => "secure",
            Region::AnxiousPreoccupied => "anxious-preoccupied",
            Region::DismissiveAvoidant => "dismissive-avoidant",
            Region::FearfulAvoidant => "fearful-avoidant",
        }
    }
    pub fn high_anxiety(self) -> bool {
        matches!(self, Region::AnxiousPreoccupied | Region::FearfulAvoidant)
    }
    pub fn high_avoidance(self) -> bool {
        matches!(self, Region::DismissiveAvoidant | Region::FearfulAvoidant)
    }
}
