//! The shape of a published questionnaire: its items (word for word), how they are keyed,
//! its citation and, where known, the reference sample's means.

/// Both questionnaires use the same 7-point agreement scale.
pub const SCALE_MIN: u8 = 1;
pub const SCALE_MAX: u8 = 7;

/// The words under the scale's points, 1 to 7.
pub const SCALE_LABELS: [&str; 7] = [
    "Strongly disagree",
    "Disagree",
    "Somewhat disagree",
    "Neutral/mixed",
    "Somewhat agree",
    "Agree",
    "Strongly agree",
];

/// A reference sample's mean and standard deviation for one dimension.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Norm {
    pub mean: f64,
    pub sd: f64,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Reference {
    pub anxiety: Norm,
    pub avoidance: Norm,
    /// Where the numbers come from, in a few words.
    pub source: &'static str,
}

#[derive(Debug, PartialEq)]
pub struct Instrument {
    /// Short name, as the authors use it ("ECR-R").
    pub short: &'static str,
    /// Full name.
    pub name: &'static str,
    /// The citation shown beside every score.
    pub citation: &'static str,
    /// What the person is asked to keep in mind (in our words).
    pub instruction: &'static str,
    /// Items in the published order, word for word.
    pub items: &'static [&'static str],
    /// 1-based item numbers of each dimension.
    pub anxiety: &'static [u8],
    pub avoidance: &'static [u8],
    /// 1-based item numbers scored `8 - answer`.
    pub reverse: &'static [u8],
    pub reference: Option<Reference>,
}

impl Instrument {
    pub fn len(&self) -> usize {
        self.items.len()
    }
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
    /// Is the 1-based item `n` reverse-keyed?
    pub fn is_reverse(&self, n: usize) -> bool {
        self.reverse.iter().any(|&r| r as usize == n)
    }
}
