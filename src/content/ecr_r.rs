//! ECR-R: Experiences in Close Relationships – Revised (36 items), word for word.
//! Items 1–18 measure attachment-related anxiety, 19–36 avoidance.

use super::instrument::{Instrument, Norm, Reference};

pub const ECR_R: Instrument = Instrument {
    short: "ECR-R",
    name: "Experiences in Close Relationships – Revised",
    citation: "Fraley, R. C., Waller, N. G., & Brennan, K. A. (2000). An item response theory analysis of \
self-report measures of adult attachment. Journal of Personality and Social Psychology, 78, 350–365.",
    instruction: "These statements are about how you feel in emotionally close relationships. \
Answer for how you usually experience relationships in general, not only what is happening in a current one.",
    items: &ITEMS,
    anxiety: &[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18],
    avoidance: &[19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36],
    reverse: &[9, 11, 20, 22, 26, 27, 28, 29, 30, 31, 33, 34, 35, 36],
    reference: Some(Reference {
        anxiety: Norm { mean: 3.56, sd: 1.12 },
        avoidance: Norm { mean: 2.92, sd: 1.19 },
        source: "a large online sample gathered by the questionnaire's first author, R. C. Fraley (figures reported second-hand)",
    }),
};

const ITEMS: [&str; 36] = [
    "I'm afraid that I will lose my partner's love.",
    "I often worry that my partner will not want to stay with me.",
    "I often worry that my partner doesn't really love me.",
    "I worry that romantic partners won't care about me as much as I care about them.",
    "I often wish that my partner's feelings for me were as strong as my feelings for him or her.",
    "I worry a lot about my relationships.",
    "When my partner is out of sight, I worry that he or she might become interested in someone else.",
    "When I show my feelings for romantic partners, I'm afraid they will not feel the same about me.",
    "I rarely worry about my partner leaving me.",
    "My romantic partner makes me doubt myself.",
    "I do not often worry about being abandoned.",
    "I find that my partner(s) don't want to get as close as I would like.",
    "Sometimes romantic partners change their feelings about me for no apparent reason.",
    "My desire to be very close sometimes scares people away.",
    "I'm afraid that once a romantic partner gets to know me, he or she won't like who I really am.",
    "It makes me mad that I don't get the affection and support I need from my partner.",
    "I worry that I won't measure up to other people.",
    "My partner only seems to notice me when I'm angry.",
    "I prefer not to show a partner how I feel deep down.",
    "I feel comfortable sharing my private thoughts and feelings with my partner.",
    "I find it difficult to allow myself to depend on romantic partners.",
    "I am very comfortable being close to romantic partners.",
    "I don't feel comfortable opening up to romantic partners.",
    "I prefer not to be too close to romantic partners.",
    "I get uncomfortable when a romantic partner wants to be very close.",
    "I find it relatively easy to get close to my partner.",
    "It's not difficult for me to get close to my partner.",
    "I usually discuss my problems and concerns with my partner.",
    "It helps to turn to my romantic partner in times of need.",
    "I tell my partner just about everything.",
    "I talk things over with my partner.",
    "I am nervous when partners get too close to me.",
    "I feel comfortable depending on romantic partners.",
    "I find it easy to depend on romantic partners.",
    "It's easy for me to be affectionate with my partner.",
    "My partner really understands me and my needs.",
];
