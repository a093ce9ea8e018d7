//! The shape of a published questionnaire: its items (word for word), how they are keyed,
//! its citation and, where known, the reference sample's means.

/// Both questionnaires use the same 7-point agreement scale.
pub const SCALE_MIN: u8 = 1;
pub const SCALE_MAX: u8 = 7;

/// The words beside the scale's points, 1 to 7: only the ones the authors published
/// (1, 4 and 7); the points between are numbers alone, as in the published form.
pub const SCALE_LABELS: [Option<&str>; 7] = [
    Some("Strongly disagree"),
    None,
    None,
    Some("Neutral/mixed"),
    None,
    None,
    Some("Strongly agree"),
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
    /// Where the numbers come from, in a few words ("a large online sample …"): shown
    /// beside every comparison with them.
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_scale_shows_only_the_published_labels() {
        let labelled: Vec<(usize, &str)> = SCALE_LABELS
            .iter()
            .enumerate()
            .filter_map(|(i, l)| l.map(|l| (i + 1, l)))
            .collect();
        assert_eq!(
            labelled,
            [
                (1, "Strongly disagree"),
                (4, "Neutral/mixed"),
                (7, "Strongly agree")
            ]
        );
        assert_eq!(SCALE_LABELS.len(), (SCALE_MAX - SCALE_MIN + 1) as usize);
    }
}
