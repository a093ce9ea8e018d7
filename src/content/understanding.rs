//! The "understanding" chapter: what the guide covers before the exercises, in our own
//! words. Short sections for a phone screen, each ending with a next step into the app.

use crate::content::guidance::Focus;

pub enum Block {
    Para(&'static str),
    /// A short list, with an optional heading of its own.
    List {
        heading: Option<&'static str>,
        items: &'static [&'static str],
    },
}

pub struct Section {
    /// URL segment: `/understand/<slug>`.
    pub slug: &'static str,
    pub title: &'static str,
    /// One line for the chapter's contents list.
    pub summary: &'static str,
    pub blocks: &'static [Block],
    /// Preferred next steps, best first; the first one that exists in the app is offered.
    pub next: &'static [Focus],
    /// Offered when none of `next` exists yet: (path, label), always a screen of this chapter or the quiz.
    pub fallback: (&'static str, &'static str),
}

pub const INTRO: &str =
    "Four short pieces about the pattern you're working with: what it looks like, \
where it came from, what it costs, and why none of it is your fault. Read them in any order.";

pub const SECTIONS: [Section; 4] = [
    Section {
        slug: "pattern",
        title: "What the pattern looks like",
        summary: "The everyday signs of an avoidant way of handling closeness.",
        blocks: &[
            Block::Para(
                "Avoidant attachment is a way of managing closeness, not a flaw in who you are. \
It often shows up like this:",
            ),
            Block::List {
                heading: None,
                items: &[
                    "Emotional closeness feels uncomfortable, even when you want it.",
                    "Standing on your own feet matters a great deal, sometimes more than being supported.",
                    "When someone comes nearer, part of you steps back: busier, quieter, further away.",
                    "Saying what you feel or need is hard, or seems pointless.",
                    "The wish to lean on someone gets pushed down until you barely notice it.",
                    "Small habits keep a safe distance: changing the subject, focusing on flaws, staying busy. \
Researchers call these deactivating strategies.",
                ],
            },
            Block::Para(
                "Recognising some of these is common. None of them means you are cold. They are habits \
that once made good sense.",
            ),
        ],
        next: &[Focus::ShortForm],
        fallback: ("/quiz/reflection", "Try the seven-question quick reflection"),
    },
    Section {
        slug: "roots",
        title: "Where it began",
        summary: "The early lesson behind the pattern, and how it grew up with you.",
        blocks: &[
            Block::Para(
                "For many people this starts early. A child reaches out with a feeling, and is met with \
dismissal, impatience, or nobody there. After enough times, a quiet conclusion forms:",
            ),
            Block::Para("\u{201c}Needing people ends in hurt, so I'll handle things on my own.\u{201d}"),
            Block::List {
                heading: Some("How it carries into adult life"),
                items: &[
                    "That early conclusion becomes a way of doing relationships.",
                    "Keeping some distance protects against rejection, and against the exposure of being seen.",
                    "It is why closeness can set off alarms that seem bigger than the moment.",
                ],
            },
            Block::Para("Understanding this doesn't change it on its own, but it makes the next steps make sense."),
        ],
        next: &[Focus::Costs],
        fallback: ("/understand/costs", "Next: the hidden costs"),
    },
    Section {
        slug: "costs",
        title: "The hidden costs",
        summary: "What keeping your distance can quietly take away, in four groups.",
        blocks: &[
            Block::Para("Distance protects, but it has a price that's easy to overlook. The costs tend to fall into four groups."),
            Block::List {
                heading: Some("Feeling alone"),
                items: &[
                    "Loneliness that gets played down or explained away.",
                    "Relationships that stay on the surface.",
                    "Feeling apart even in company.",
                    "Missing the closeness that comes only from letting someone in.",
                ],
            },
            Block::List {
                heading: Some("Relationships that don't satisfy"),
                items: &[
                    "Relationships that end early, often when they turn serious.",
                    "Partners who feel locked out or frustrated.",
                    "Never quite finding the partnership you hoped for.",
                ],
            },
            Block::List {
                heading: Some("Losing touch with yourself"),
                items: &[
                    "Not being sure what you feel, or what you need.",
                    "Parts of yourself kept hidden, sometimes even from you.",
                    "Living mostly in your head rather than your heart.",
                ],
            },
            Block::List {
                heading: Some("Experiences you miss"),
                items: &[
                    "Friendships that never get deep.",
                    "The bond that forms when you let someone see a softer side.",
                    "Being known and loved as you really are.",
                ],
            },
            Block::Para(
                "Independence is worth keeping. The question is whether it's still a choice, or a wall \
you can't step out from.",
            ),
        ],
        next: &[Focus::Origins],
        fallback: ("/understand/no-blame", "Next: origins without self-blame"),
    },
    Section {
        slug: "no-blame",
        title: "Origins without self-blame",
        summary: "Why the pattern was a smart adaptation, and why that matters now.",
        blocks: &[
            Block::Para("The pattern was an intelligent response to a hard situation. Back then, you learned to:"),
            Block::List {
                heading: None,
                items: &[
                    "keep rejection away by not needing anyone;",
                    "avoid being vulnerable, because it wasn't safe;",
                    "rely on yourself, because relying on others led to letdowns;",
                    "keep feelings in, because showing them got brushed aside.",
                ],
            },
            Block::Para(
                "It worked. It protected you where your feelings couldn't be met. The same protection can \
now stand between you and the closeness you'd like.",
            ),
            Block::Para(
                "You are not cold, and you are not broken. You built a strong way to survive. Now you can \
choose to grow past it, at your own pace.",
            ),
        ],
        next: &[Focus::EmotionCheckIn, Focus::SitWithFeelings],
        fallback: ("/quiz", "See where you are now"),
    },
];

/// The guide's closing themes, a piece of their own after the four: best read once the
/// person has practised for a month or so.
pub const FURTHER_ON: Section = Section {
    slug: "further-on",
    title: "What you're growing towards",
    summary: "Courage, more room to feel, and the closeness you deserve. Best read after your first month or so.",
    blocks: &[
        Block::Para(
            "Every time you share a feeling, ask for something, or stay when part of you wants to leave, \
you're doing something hard. That isn't weakness showing. It's courage.",
        ),
        Block::Para(
            "You aren't giving up your independence. You're widening your range: more room to feel things \
without shutting down, and more choice about when to let someone near. Therapists call this a wider window \
of tolerance, and it grows with practice.",
        ),
        Block::Para("Progress comes and goes. A hard week doesn't undo the months before it."),
        Block::Para(
            "You deserve connection: to be known and cared for as you are, including the parts you usually \
keep out of sight, by people who are safe for you.",
        ),
        Block::Para("You've managed alone for a long time. You don't have to do all of it alone any more."),
    ],
    next: &[],
    fallback: ("/progress/milestones", "See how far you've come"),
};

/// A piece of the chapter: one of the four, or the piece for later.
pub fn section(slug: &str) -> Option<&'static Section> {
    SECTIONS
        .iter()
        .chain([&FURTHER_ON])
        .find(|s| s.slug == slug)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections_are_short_and_reachable() {
        for s in SECTIONS.iter().chain([&FURTHER_ON]) {
            assert_eq!(section(s.slug).map(|x| x.title), Some(s.title));
            assert!(
                s.fallback.0.starts_with("/quiz")
                    || s.fallback.0.starts_with("/understand/")
                    || s.fallback.0.starts_with("/progress")
            );
            let words: usize = s
                .blocks
                .iter()
                .map(|b| match b {
                    Block::Para(p) => p.split_whitespace().count(),
                    Block::List { items, .. } => {
                        items.iter().map(|i| i.split_whitespace().count()).sum()
                    }
                })
                .sum();
            assert!(
                words < 250,
                "{} has {words} words: keep it phone-short",
                s.slug
            );
        }
        assert!(section("nope").is_none());
    }

    #[test]
    fn costs_come_in_four_groups() {
        let s = section("costs").unwrap();
        let groups = s
            .blocks
            .iter()
            .filter(|b| {
                matches!(
                    b,
                    Block::List {
                        heading: Some(_),
                        ..
                    }
                )
            })
            .count();
        assert_eq!(groups, 4);
    }

    #[test]
    fn the_closing_themes_have_a_place_of_their_own() {
        assert!(
            !SECTIONS.iter().any(|s| s.slug == FURTHER_ON.slug),
            "not one of the four"
        );
        let text: String = FURTHER_ON
            .blocks
            .iter()
            .map(|b| match b {
                Block::Para(p) => *p,
                Block::List { .. } => "",
            })
            .collect();
        for theme in ["courage", "window of tolerance", "You deserve connection"] {
            assert!(text.contains(theme), "{theme}");
        }
    }
}
