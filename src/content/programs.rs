//! The four practice programs: small, safe steps that grow as comfort grows.
//!
//! Each program is typed data: an explanation in our own words, its stages in order and
//! a few example practices per stage. How a stage follows from the calendar is the
//! program's [`Pace`]; the rules that use it live in `domain::practice`.

use serde::{Deserialize, Serialize};

/// Which program. Stored as a two-letter code (never changed once shipped).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ProgramId {
    /// Sharing one feeling a day, levels 1–4.
    #[serde(rename = "ex")]
    Expression,
    /// Micro-vulnerabilities, a new kind of small openness every two weeks.
    #[serde(rename = "mv")]
    Micro,
    /// Asking for help, four weeks from tiny asks to asking for comfort.
    #[serde(rename = "ah")]
    AskForHelp,
    /// One fact + feeling statement a day.
    #[serde(rename = "ff")]
    FactFeeling,
}

/// How the calendar moves a program on (the person can always move it by hand).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pace {
    /// Stage `i` begins in program week `from_week[i]` (1-based; the first is 1).
    Weeks(&'static [u32]),
    /// The calendar never moves it: the person moves on when a stage feels easier.
    SelfPaced,
}

#[derive(Debug)]
pub struct Stage {
    /// "Level 1", "Weeks 1–2", "Week 4 and on".
    pub label: &'static str,
    /// What the stage is about, a few words: "Everyday feelings".
    pub name: &'static str,
    /// One or two sentences on what to try and why.
    pub about: &'static str,
    /// Ready-to-use practices.
    pub examples: &'static [&'static str],
}

#[derive(Debug)]
pub struct Program {
    pub id: ProgramId,
    /// The URL segment: `/practice/<slug>`.
    pub slug: &'static str,
    pub title: &'static str,
    /// One line for lists.
    pub tagline: &'static str,
    /// A few short paragraphs: what it is, how to do it, why it helps.
    pub explanation: &'static [&'static str],
    /// "Level" or "Stage": how the program names its steps.
    pub stage_word: &'static str,
    pub pace: Pace,
    pub stages: &'static [Stage],
}

/// A piece of a program's description screen.
#[derive(Debug, PartialEq, Eq)]
pub enum Part {
    Para(&'static str),
    /// The safety caveat and its link (`content::safety::CAVEAT`).
    Caveat,
}

impl Program {
    /// How many explanation paragraphs the description shows open (the rest go under
    /// "More about this program").
    fn open_paragraphs(&self) -> usize {
        match self.id {
            ProgramId::FactFeeling => self.explanation.len(),
            _ => 1,
        }
    }
    /// The top of the description screen, never collapsed: the explanation's opening,
    /// then the safety caveat, since every program asks for a little more closeness.
    pub fn description(&self) -> Vec<Part> {
        let (open, _) = self.explanation.split_at(self.open_paragraphs());
        open.iter()
            .map(|p| Part::Para(p))
            .chain([Part::Caveat])
            .collect()
    }
    /// The rest of the explanation, under "More about this program".
    pub fn more(&self) -> &'static [&'static str] {
        &self.explanation[self.open_paragraphs()..]
    }
    pub fn stage(&self, i: usize) -> &'static Stage {
        &self.stages[i.min(self.stages.len() - 1)]
    }
    pub fn last_stage(&self) -> usize {
        self.stages.len() - 1
    }
    /// Whether practices are logged with discomfort ratings (fact + feeling keeps statements instead).
    pub fn logs_practices(&self) -> bool {
        self.id != ProgramId::FactFeeling
    }
}

impl ProgramId {
    pub const ALL: [ProgramId; 4] = [
        ProgramId::Expression,
        ProgramId::Micro,
        ProgramId::AskForHelp,
        ProgramId::FactFeeling,
    ];

    pub fn program(self) -> &'static Program {
        match self {
            ProgramId::Expression => &EXPRESSION,
            ProgramId::Micro => &MICRO,
            ProgramId::AskForHelp => &ASK_FOR_HELP,
            ProgramId::FactFeeling => &FACT_FEELING,
        }
    }

    pub fn from_slug(slug: &str) -> Option<ProgramId> {
        ProgramId::ALL
            .into_iter()
            .find(|p| p.program().slug == slug)
    }
}

pub fn all() -> [&'static Program; 4] {
    ProgramId::ALL.map(ProgramId::program)
}

pub static EXPRESSION: Program = Program {
    id: ProgramId::Expression,
    slug: "expression",
    title: "Sharing feelings",
    tagline: "One feeling shared with someone each day, from easy ones to deeper ones.",
    explanation: &[
        "Saying a feeling out loud to another person is a skill, and like any skill it grows with \
         practice. This program starts with feelings that cost almost nothing to say and moves, \
         at your pace, toward the ones that matter more.",
        "Share one feeling a day with someone you feel reasonably safe with. Begin at level 1. \
         When sharing at a level has started to feel easier, try the next one. If a level feels \
         like too much, going back is part of the practice, not a failure.",
        "Each time you share and it goes all right, you gather a little evidence that being open \
         can be safe. That evidence is what slowly changes the old expectation.",
    ],
    stage_word: "Level",
    pace: Pace::SelfPaced,
    stages: &[
        Stage {
            label: "Level 1",
            name: "Everyday feelings",
            about: "Light, low-risk feelings about ordinary things: being pleased, tired, \
                    looking forward to something.",
            examples: &[
                "I'm really looking forward to the weekend.",
                "I was pleased with how the meeting went.",
                "I'm a little worn out this evening.",
                "That song puts me in a good mood.",
            ],
        },
        Stage {
            label: "Level 2",
            name: "Feelings with a little risk",
            about: "Feelings that show a soft spot but aren't about the other person: nerves, \
                    letdowns, a small sting.",
            examples: &[
                "I'm nervous about tomorrow's interview.",
                "I was let down when the plan fell through.",
                "That remark stung a bit, to be honest.",
                "I'm unsure whether I made the right call.",
            ],
        },
        Stage {
            label: "Level 3",
            name: "Feelings about us",
            about: "Deeper feelings inside a close relationship: missing someone, fearing \
                    distance, feeling tender or scared when it gets close.",
            examples: &[
                "I felt a bit lonely when we didn't talk yesterday.",
                "I get scared sometimes of how much you matter to me.",
                "When we're this close, part of me wants to pull away.",
            ],
        },
        Stage {
            label: "Level 4",
            name: "Naming your pattern",
            about: "Telling someone how you tend to protect yourself, so they can understand \
                    you when you pull back.",
            examples: &[
                "When I feel exposed I tend to go quiet and need distance. It isn't about you.",
                "Closeness makes me uneasy, and I'm learning to stay anyway.",
                "If I go distant, it helps when you ask me gently what's going on.",
            ],
        },
    ],
};

pub static MICRO: Program = Program {
    id: ProgramId::Micro,
    slug: "micro",
    title: "Small openings",
    tagline: "Tiny everyday ways of letting people closer, a new kind every two weeks.",
    explanation: &[
        "Openness doesn't have to start with your biggest fears. It can start with looking \
         someone in the eye, or saying which film you'd actually like to see.",
        "Every two weeks the program suggests a new kind of small opening, from simply staying \
         present to, later on, telling someone what you need. Try one a day if you can. Missed \
         days are normal; just pick it up again.",
        "You can move on sooner when a stage feels easy, or stay longer or step back when it \
         doesn't. The weeks are a suggestion, not a deadline.",
    ],
    stage_word: "Stage",
    pace: Pace::Weeks(&[1, 3, 5, 7, 9]),
    stages: &[
        Stage {
            label: "Weeks 1–2",
            name: "Being there",
            about: "Let your body stay in the moment with someone instead of slipping away.",
            examples: &[
                "Keep eye contact while someone tells you something.",
                "Leave your phone in your pocket for a whole conversation.",
                "Stay sitting close instead of shifting away.",
                "Let a hug last a few breaths longer than usual, if they'd like that too.",
            ],
        },
        Stage {
            label: "Weeks 3–4",
            name: "Asking for small things",
            about: "Let someone do something little for you.",
            examples: &[
                "Could you give me a hand with this?",
                "Would you bring me a glass of water while you're up?",
                "What do you think about this? I'd like your view.",
                "I'd like some company for a bit, if you're free.",
            ],
        },
        Stage {
            label: "Weeks 5–6",
            name: "Saying what you prefer",
            about: "Let people see your tastes and opinions, even when they differ.",
            examples: &[
                "I'd rather go to the other place tonight.",
                "I see it differently, and here's why.",
                "That comment bothered me a little.",
                "Could we do this instead?",
            ],
        },
        Stage {
            label: "Weeks 7–8",
            name: "Saying how you feel",
            about: "Put a feeling into words, about your day or about the other person.",
            examples: &[
                "Work has me feeling stretched thin.",
                "It made me happy when you did that.",
                "I miss you when you're away.",
                "I'm grateful to have you around.",
            ],
        },
        Stage {
            label: "Week 9 and on",
            name: "Deeper feelings and needs",
            about: "Let someone see what you need from them and what you're afraid of.",
            examples: &[
                "Could you tell me we're okay? I need to hear it right now.",
                "Things getting serious scares me a bit.",
                "Sometimes I worry you'll decide to go.",
                "I'd like us to be closer, and I'm not sure how to start.",
            ],
        },
    ],
};

pub static ASK_FOR_HELP: Program = Program {
    id: ProgramId::AskForHelp,
    slug: "ask-for-help",
    title: "Asking for help",
    tagline: "Four weeks of asking, from passing the salt to asking for comfort.",
    explanation: &[
        "If you learned early that it was safer to manage alone, asking for anything can feel \
         strange or even risky. This program makes asking ordinary again, one small request at a \
         time.",
        "Each week has its own kind of ask. Make at least one a day, notice how uncomfortable it \
         feels before and after, and how the other person responds.",
        "Most people like being asked. Each ask that goes well is a piece of lived evidence that \
         needing someone doesn't push them away, and often brings you closer.",
    ],
    stage_word: "Week",
    pace: Pace::Weeks(&[1, 2, 3, 4]),
    stages: &[
        Stage {
            label: "Week 1",
            name: "Tiny asks",
            about: "Requests so small they barely count.",
            examples: &[
                "Could you pass me the salt?",
                "Would you mind switching the light on?",
            ],
        },
        Stage {
            label: "Week 2",
            name: "Practical help",
            about: "Let someone take a bit of effort off your hands.",
            examples: &[
                "Could you help me carry this box?",
                "Would you grab some bread on your way back?",
            ],
        },
        Stage {
            label: "Week 3",
            name: "Emotional support",
            about: "Ask for time, attention or a hug when things are heavy.",
            examples: &[
                "I'm under pressure. Could we talk for a bit?",
                "I could really use a hug.",
            ],
        },
        Stage {
            label: "Week 4 and on",
            name: "Support when you feel exposed",
            about:
                "Ask for reassurance or a listening ear about something that touches a sore spot.",
            examples: &[
                "I'm feeling unsure of myself. Could you reassure me?",
                "Something's been bothering me and I'd like to talk it through.",
            ],
        },
    ],
};

pub static FACT_FEELING: Program = Program {
    id: ProgramId::FactFeeling,
    slug: "fact-feeling",
    title: "Fact + feeling",
    tagline: "One sentence a day that adds how you feel to what happened.",
    explanation: &[
        "When someone asks how your day was, it's easy to answer with facts alone. Adding one \
         feeling lets them meet you, not just your schedule.",
        "Each day, take one thing that happened and add how it left you feeling. Build the \
         sentence here, then say it to someone. Your sentences are kept, so you can look back \
         on how your words have grown.",
    ],
    stage_word: "Stage",
    pace: Pace::SelfPaced,
    stages: &[Stage {
        label: "Every day",
        name: "One statement a day",
        about: "Something that happened, plus the feeling that came with it.",
        examples: &[
            "The train was late again, and I feel fed up.",
            "I sent off the application, and I feel relieved.",
            "My sister is visiting at the weekend, and I feel a little uneasy about it.",
        ],
    }],
};

/// Shown when a practice hurt: warmth first, then choices.
pub const CARE_WHEN_HURT: &str = "That sounds like it hurt, and it took courage to try. \
A painful response says more about that moment than about you or about whether you deserve \
care. Be gentle with yourself today.";

/// The choices after a painful step, then [`CARE_NOT_SAFE`] and the link to the page for
/// when a relationship isn't safe.
pub const CARE_OPTIONS: &str = "You can stay at this stage a little longer, or step back to \
one that felt safer. Both are good choices. If this keeps happening with the same person, it \
may help to talk it through with someone you trust or a therapist.";
/// After [`CARE_OPTIONS`], before the link to `content::safety::SAFETY_PATH`: the practices
/// never push anyone back towards someone who frightens them.
pub const CARE_NOT_SAFE: &str = "If that person frightens, controls or hurts you, these \
practices aren't meant for them, and it isn't yours to fix.";

/// Shown when the rule in `domain::practice::suggestion` finds a stage getting easier.
pub const SUGGEST_NEXT: &str = "Your recent practices here have been going well and feeling \
easier. Would you like to try the next step? Only if it feels right: staying is fine too.";

/// Why the suggestion appears, in plain words (the rule in `domain::practice`).
pub const SUGGEST_RULE: &str = "We suggest the next step after at least three practices at \
this step, when none of the last three hurt and they felt easy (average discomfort before of \
4 or less) or clearly easier than your first ones here (at least 2 points lower).";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn programs_match_the_guide_shape() {
        assert_eq!(EXPRESSION.stages.len(), 4, "levels 1-4");
        assert_eq!(MICRO.stages.len(), 5, "weeks 1-2, 3-4, 5-6, 7-8, 9+");
        assert_eq!(ASK_FOR_HELP.stages.len(), 4, "four weeks");
        assert_eq!(MICRO.pace, Pace::Weeks(&[1, 3, 5, 7, 9]));
        assert_eq!(ASK_FOR_HELP.pace, Pace::Weeks(&[1, 2, 3, 4]));
        for p in all() {
            assert!(!p.explanation.is_empty());
            for s in p.stages {
                assert!(!s.examples.is_empty(), "{} {}", p.title, s.label);
            }
            if let Pace::Weeks(w) = p.pace {
                assert_eq!(w.len(), p.stages.len());
                assert_eq!(w[0], 1);
                assert!(w.windows(2).all(|x| x[0] < x[1]));
            }
        }
    }

    #[test]
    fn slugs_round_trip_and_codes_are_short() {
        for p in ProgramId::ALL {
            assert_eq!(ProgramId::from_slug(p.program().slug), Some(p));
            assert_eq!(serde_json::to_string(&p).unwrap().len(), 4);
        }
        assert_eq!(ProgramId::from_slug("nope"), None);
    }

    #[test]
    fn every_description_shows_the_safety_caveat_open() {
        for p in all() {
            let d = p.description();
            assert_eq!(
                d.iter().filter(|x| **x == Part::Caveat).count(),
                1,
                "{}: the caveat once, in the open part of the screen",
                p.title
            );
            assert!(
                matches!(d[0], Part::Para(_)),
                "{}: it opens with the program",
                p.title
            );
            let paras = d.iter().filter(|x| matches!(x, Part::Para(_))).count();
            assert_eq!(
                paras + p.more().len(),
                p.explanation.len(),
                "{}: nothing lost",
                p.title
            );
        }
        assert!(
            FACT_FEELING.more().is_empty(),
            "fact + feeling shows all of it"
        );
    }
}
