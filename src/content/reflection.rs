//! The guide's quick self-check (its "acknowledge your pattern" step): seven yes/no
//! questions, kept to their meaning and put in our own words. Informal, not a test.

pub const INTRO: &str =
    "Seven quick questions to notice your own pattern. Answer with the first honest \
yes or no that comes to you; it takes about a minute. This is a moment of noticing, not a test.";

pub const QUESTIONS: [&str; 7] = [
    "When a relationship starts to deepen, do I tend to pull back?",
    "Do I get uneasy when someone wants to be emotionally close to me?",
    "Am I proud of not needing anyone?",
    "When someone grows attached to me, do I start noticing their flaws?",
    "Do I feel more at ease on my own than in a close connection?",
    "Do I push my feelings down or brush them aside?",
    "Looking back, have my relationships followed a pattern of me creating distance?",
];
