//! ECR-RS: the Relationship Structures questionnaire (9 items), word for word,
//! asked about one chosen person. Items 1–6 measure avoidance, 7–9 anxiety.

use super::instrument::Instrument;

pub const ECR_RS: Instrument = Instrument {
    short: "ECR-RS",
    name: "Experiences in Close Relationships – Relationship Structures",
    citation: "Fraley, R. C., Heffernan, M. E., Vicary, A. M., & Brumbaugh, C. C. (2011). The Experiences in \
Close Relationships—Relationship Structures questionnaire: A method for assessing attachment orientations \
across relationships. Psychological Assessment, 23, 615–625.",
    instruction: "Think of the person you chose while you answer. Each statement is about how you feel \
in that one relationship.",
    items: &ITEMS,
    anxiety: &[7, 8, 9],
    avoidance: &[1, 2, 3, 4, 5, 6],
    reverse: &[1, 2, 3, 4],
    // No reference means for this form are part of the app: it is compared with itself over time.
    reference: None,
};

const ITEMS: [&str; 9] = [
    "It helps to turn to this person in times of need.",
    "I usually discuss my problems and concerns with this person.",
    "I talk things over with this person.",
    "I find it easy to depend on this person.",
    "I don't feel comfortable opening up to this person.",
    "I prefer not to show this person how I feel deep down.",
    "I often worry that this person doesn't really care for me.",
    "I'm afraid that this person may abandon me.",
    "I worry that this person won't care about me as much as I care about him or her.",
];
