//! An emotion check-in: what was felt, how strongly, where in the body, and when.
//! Also the depth the wheel opens at (it grows with the program) and the person's own words.

use crate::base::time::LocalTime;
use crate::content::feelings::{self, Pleasantness};
use serde::{Deserialize, Serialize};

/// A body region and a sensation felt there, both as content keys (`content::body`).
/// Stored as a two-element array: `["chest","tight"]`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Felt(pub String, pub String);

impl Felt {
    pub fn new(region: &str, sensation: &str) -> Felt {
        Felt(region.to_string(), sensation.to_string())
    }
    pub fn region(&self) -> &str {
        &self.0
    }
    pub fn sensation(&self) -> &str {
        &self.1
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CheckIn {
    pub id: String,
    #[serde(rename = "t")]
    pub at: LocalTime,
    /// Feeling words, lowercase, in the order chosen.
    #[serde(rename = "w", default, skip_serializing_if = "Vec::is_empty")]
    pub words: Vec<String>,
    /// 0..=10; None = not given.
    #[serde(rename = "i", default, skip_serializing_if = "Option::is_none")]
    pub intensity: Option<u8>,
    #[serde(rename = "n", default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    #[serde(rename = "b", default, skip_serializing_if = "Vec::is_empty")]
    pub body: Vec<Felt>,
}

impl crate::store::Entry for CheckIn {
    const KIND: &'static str = "ci";
    const DEFER_HISTORY: bool = true;
    fn id(&self) -> &str {
        &self.id
    }
    fn at(&self) -> LocalTime {
        self.at
    }
}

/// From this intensity on (of 10), an unpleasant check-in offers Help now.
pub const VERY_STRONG: u8 = 8;

/// Why a check-in can't be saved yet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Invalid {
    /// Neither a word nor a body sensation nor a note: nothing to keep.
    Empty,
    IntensityOutOfRange,
}

impl Invalid {
    pub fn message(self) -> &'static str {
        match self {
            Invalid::Empty => "Pick a word, a body sensation or write a note first.",
            Invalid::IntensityOutOfRange => "Intensity goes from 0 to 10.",
        }
    }
}

impl CheckIn {
    pub fn new(id: String, at: LocalTime) -> CheckIn {
        CheckIn {
            id,
            at,
            words: Vec::new(),
            intensity: None,
            note: String::new(),
            body: Vec::new(),
        }
    }

    /// Adds a word if new, removes it if already chosen. Words are kept trimmed and lowercase.
    pub fn toggle_word(&mut self, word: &str) {
        let w = normalise_word(word);
        if w.is_empty() {
            return;
        }
        if let Some(i) = self.words.iter().position(|x| *x == w) {
            self.words.remove(i);
        } else {
            self.words.push(w);
        }
    }

    pub fn toggle_felt(&mut self, region: &str, sensation: &str) {
        let f = Felt::new(region, sensation);
        if let Some(i) = self.body.iter().position(|x| *x == f) {
            self.body.remove(i);
        } else {
            self.body.push(f);
        }
    }

    /// Cleans up before saving: trims the note, drops duplicate words.
    pub fn validated(mut self) -> Result<CheckIn, Invalid> {
        self.note = self.note.trim().to_string();
        let mut seen = Vec::new();
        self.words.retain(|w| {
            let keep = !w.is_empty() && !seen.contains(w);
            seen.push(w.clone());
            keep
        });
        if self.intensity.is_some_and(|i| i > 10) {
            return Err(Invalid::IntensityOutOfRange);
        }
        if self.words.is_empty() && self.body.is_empty() && self.note.is_empty() {
            return Err(Invalid::Empty);
        }
        Ok(self)
    }

    /// The average pleasantness of its words (own words by their chosen core), if any is known.
    pub fn pleasantness(&self, own: &[OwnWord]) -> Option<f32> {
        let known: Vec<Pleasantness> = self
            .words
            .iter()
            .filter_map(|w| word_pleasantness(w, own))
            .collect();
        (!known.is_empty())
            .then(|| known.iter().map(|&p| p as f32).sum::<f32>() / known.len() as f32)
    }

    /// Very strong (8 of 10 or more) and unpleasant on balance: the check-in then offers
    /// Help now, quietly.
    pub fn very_strong_unpleasant(&self, own: &[OwnWord]) -> bool {
        self.intensity.is_some_and(|i| i >= VERY_STRONG)
            && self.pleasantness(own).is_some_and(|p| p < 0.0)
    }

    /// "anxious, tired" or "no word" for lists.
    /// How it reads in a list: its words; without words, what was noted in the body
    /// ("tight chest, warm hands"); with neither, the start of its note in quotes. A
    /// check-in always holds one of the three (see [`CheckIn::validated`]).
    pub fn summary(&self) -> String {
        if !self.words.is_empty() {
            return self.words.join(", ");
        }
        if !self.body.is_empty() {
            return self
                .body
                .iter()
                .map(|f| crate::content::body::describe(f.region(), f.sensation()))
                .collect::<Vec<_>>()
                .join(", ");
        }
        let note = self.note.trim();
        const KEEP: usize = 40;
        if note.chars().count() > KEEP {
            // Cut at the last whole word that fits.
            let cut: String = note.chars().take(KEEP + 1).collect();
            let cut = match cut.rfind(char::is_whitespace) {
                Some(i) => &cut[..i],
                None => &cut[..cut.char_indices().nth(KEEP).map_or(cut.len(), |(i, _)| i)],
            };
            format!(
                "\u{201c}{}\u{2026}\u{201d}",
                cut.trim_end_matches([' ', ',', ';', ':'])
            )
        } else {
            format!("\u{201c}{note}\u{201d}")
        }
    }
}

pub fn normalise_word(word: &str) -> String {
    word.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

// ----- depth -----------------------------------------------------------------------

/// How fine the wheel goes: the guide's three stages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Depth {
    /// Weeks 1–2: pleasant, unpleasant or neutral.
    #[serde(rename = "t")]
    Tone,
    /// Weeks 3–4: core and specific feelings.
    #[serde(rename = "s")]
    Specific,
    /// Week 5 on: the nuanced outer ring too.
    #[serde(rename = "n")]
    Nuance,
}

impl Depth {
    pub const ALL: [Depth; 3] = [Depth::Tone, Depth::Specific, Depth::Nuance];

    /// The guide's rule: weeks 1–2 tone, 3–4 specific, 5+ nuances.
    pub fn for_week(week: u32) -> Depth {
        match week {
            0..=2 => Depth::Tone,
            3..=4 => Depth::Specific,
            _ => Depth::Nuance,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Depth::Tone => "Simple",
            Depth::Specific => "Specific",
            Depth::Nuance => "Nuanced",
        }
    }

    pub fn describe(self) -> &'static str {
        match self {
            Depth::Tone => "pleasant, unpleasant or neutral",
            Depth::Specific => "core and specific feelings",
            Depth::Nuance => "every word, down to the nuances",
        }
    }

    pub fn deeper(self) -> Option<Depth> {
        match self {
            Depth::Tone => Some(Depth::Specific),
            Depth::Specific => Some(Depth::Nuance),
            Depth::Nuance => None,
        }
    }

    pub fn shallower(self) -> Option<Depth> {
        match self {
            Depth::Tone => None,
            Depth::Specific => Some(Depth::Tone),
            Depth::Nuance => Some(Depth::Specific),
        }
    }
}

// ----- preferences -----------------------------------------------------------------

/// A word the person added, filed under one of the six cores (or none).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OwnWord {
    #[serde(rename = "w")]
    pub word: String,
    /// The core word it belongs to, e.g. "sad".
    #[serde(rename = "c", default, skip_serializing_if = "Option::is_none")]
    pub core: Option<String>,
}

/// Check-in preferences, one small document.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct FeelPrefs {
    /// A depth chosen by hand; None = follow the program week.
    #[serde(rename = "d", default, skip_serializing_if = "Option::is_none")]
    pub depth: Option<Depth>,
    #[serde(rename = "o", default, skip_serializing_if = "Vec::is_empty")]
    pub own: Vec<OwnWord>,
    /// Minutes for "sitting with feelings"; None = the default five.
    #[serde(rename = "m", default, skip_serializing_if = "Option::is_none")]
    pub sit_minutes: Option<u32>,
    /// The soft end tone; None = the default (on).
    #[serde(rename = "e", default, skip_serializing_if = "Option::is_none")]
    pub end_tone: Option<bool>,
}

impl crate::store::Doc for FeelPrefs {
    const NAME: &'static str = "feel";
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OwnWordError {
    Empty,
    TooLong,
    AlreadyThere,
}

impl OwnWordError {
    pub fn message(self) -> &'static str {
        match self {
            OwnWordError::Empty => "Type a word first.",
            OwnWordError::TooLong => "Keep it to a few words (up to 30 letters).",
            OwnWordError::AlreadyThere => "That word is already in the list.",
        }
    }
}

impl FeelPrefs {
    /// The depth to open at: the hand-picked one, else the program's.
    pub fn depth(&self, week: u32) -> Depth {
        self.depth.unwrap_or(Depth::for_week(week))
    }

    pub fn add_word(&mut self, word: &str, core: Option<&str>) -> Result<String, OwnWordError> {
        let w = normalise_word(word);
        if w.is_empty() {
            return Err(OwnWordError::Empty);
        }
        if w.chars().count() > 30 {
            return Err(OwnWordError::TooLong);
        }
        if feelings::is_known(&w) || self.own.iter().any(|o| o.word == w) {
            return Err(OwnWordError::AlreadyThere);
        }
        let core = core
            .and_then(|c| feelings::CORES.iter().find(|k| k.word == c))
            .map(|k| k.word.to_string());
        self.own.push(OwnWord {
            word: w.clone(),
            core,
        });
        Ok(w)
    }

    pub fn remove_word(&mut self, word: &str) {
        self.own.retain(|o| o.word != word);
    }

    pub fn sit_minutes(&self) -> u32 {
        self.sit_minutes
            .unwrap_or(crate::content::sitting::DEFAULT_MINUTES)
            .clamp(1, 60)
    }

    pub fn end_tone(&self) -> bool {
        self.end_tone
            .unwrap_or(crate::content::sitting::TONE_BY_DEFAULT)
    }
}

/// Pleasantness of any word: the list's, else an own word's core's.
pub fn word_pleasantness(word: &str, own: &[OwnWord]) -> Option<Pleasantness> {
    feelings::pleasantness(word).or_else(|| {
        let o = own.iter().find(|o| o.word == word)?;
        feelings::pleasantness(o.core.as_deref()?)
    })
}

/// The core a word belongs to (own words by the core they were filed under).
pub fn word_core(word: &str, own: &[OwnWord]) -> Option<&'static str> {
    feelings::core_of(word).map(|c| c.word).or_else(|| {
        let o = own.iter().find(|o| o.word == word)?;
        feelings::core_of(o.core.as_deref()?).map(|c| c.word)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::base::time::{Day, LocalTime};

    fn at(h: u32) -> LocalTime {
        LocalTime::from_day_and_minute(Day::from_ymd(2026, 11, 29), h * 60)
    }

    #[test]
    fn a_check_in_without_words_reads_as_what_it_holds() {
        let mut c = CheckIn::new("a".into(), at(9));
        c.note = "Long meeting, then a walk by the river with the dog after lunch".into();
        assert_eq!(
            c.summary(),
            "\u{201c}Long meeting, then a walk by the river\u{2026}\u{201d}"
        );
        c.note = "Long meeting.".into();
        assert_eq!(c.summary(), "\u{201c}Long meeting.\u{201d}");
        c.body = vec![Felt::new("chest", "tight"), Felt::new("whole", "warm")];
        assert_eq!(c.summary(), "tight chest, warm all over");
        c.words = vec!["calm".into(), "tired".into()];
        assert_eq!(c.summary(), "calm, tired");
        assert!(!c.summary().contains("no word"));
    }

    #[test]
    fn only_very_strong_unpleasant_check_ins_offer_help_now() {
        let mut c = CheckIn::new("a".into(), at(9));
        c.words = vec!["overwhelmed".into(), "lonely".into()];
        assert!(!c.very_strong_unpleasant(&[]), "no strength given");
        c.intensity = Some(7);
        assert!(!c.very_strong_unpleasant(&[]));
        c.intensity = Some(8);
        assert!(c.very_strong_unpleasant(&[]));
        c.intensity = Some(10);
        assert!(c.very_strong_unpleasant(&[]));
        // Strong and pleasant, or mixed evenly: nothing.
        c.words = vec!["excited".into()];
        assert!(!c.very_strong_unpleasant(&[]));
        c.words = vec!["excited".into(), "nervous".into()];
        assert!(!c.very_strong_unpleasant(&[]));
        // Only a body sensation or an unknown word: nothing is assumed.
        c.words = vec!["blorp".into()];
        assert!(!c.very_strong_unpleasant(&[]));
    }

    #[test]
    fn week_decides_the_depth() {
        assert_eq!(Depth::for_week(1), Depth::Tone);
        assert_eq!(Depth::for_week(2), Depth::Tone);
        assert_eq!(Depth::for_week(3), Depth::Specific);
        assert_eq!(Depth::for_week(4), Depth::Specific);
        assert_eq!(Depth::for_week(5), Depth::Nuance);
        assert_eq!(Depth::for_week(40), Depth::Nuance);
    }

    #[test]
    fn a_hand_picked_depth_wins_over_the_week() {
        let mut p = FeelPrefs::default();
        assert_eq!(p.depth(1), Depth::Tone);
        p.depth = Some(Depth::Nuance);
        assert_eq!(p.depth(1), Depth::Nuance);
        p.depth = Some(Depth::Tone);
        assert_eq!(p.depth(9), Depth::Tone);
        assert_eq!(Depth::Tone.deeper(), Some(Depth::Specific));
        assert_eq!(Depth::Tone.shallower(), None);
        assert_eq!(Depth::Nuance.deeper(), None);
    }

    #[test]
    fn stored_json_is_compact() {
        let mut c = CheckIn::new("abc".into(), LocalTime(100));
        c.toggle_word("Anxious ");
        assert_eq!(
            serde_json::to_string(&c).unwrap(),
            r#"{"id":"abc","t":100,"w":["anxious"]}"#
        );
        c.intensity = Some(4);
        c.toggle_felt("chest", "tight");
        c.note = "x".into();
        let json = serde_json::to_string(&c).unwrap();
        assert_eq!(
            json,
            r#"{"id":"abc","t":100,"w":["anxious"],"i":4,"n":"x","b":[["chest","tight"]]}"#
        );
        assert_eq!(serde_json::from_str::<CheckIn>(&json).unwrap(), c);
        assert_eq!(serde_json::to_string(&FeelPrefs::default()).unwrap(), "{}");
    }

    #[test]
    fn toggling_adds_and_removes() {
        let mut c = CheckIn::new("a".into(), at(9));
        c.toggle_word("sad");
        c.toggle_word("tired");
        c.toggle_word("SAD");
        assert_eq!(c.words, vec!["tired"]);
        c.toggle_felt("jaw", "tense");
        c.toggle_felt("jaw", "tense");
        assert!(c.body.is_empty());
    }

    #[test]
    fn validation_needs_something_and_a_sane_intensity() {
        let c = CheckIn::new("a".into(), at(9));
        assert_eq!(c.clone().validated(), Err(Invalid::Empty));
        let mut n = c.clone();
        n.note = "   ".into();
        assert_eq!(n.validated(), Err(Invalid::Empty));
        let mut b = c.clone();
        b.toggle_felt("chest", "warm");
        assert!(b.validated().is_ok());
        let mut i = c.clone();
        i.words = vec!["calm".into(), "calm".into()];
        i.intensity = Some(11);
        assert_eq!(i.clone().validated(), Err(Invalid::IntensityOutOfRange));
        i.intensity = Some(10);
        assert_eq!(i.validated().unwrap().words, vec!["calm"]);
    }

    #[test]
    fn own_words_take_their_cores_pleasantness() {
        let mut p = FeelPrefs::default();
        assert_eq!(p.add_word("  Wistful ", Some("sad")), Ok("wistful".into()));
        assert_eq!(p.add_word("wistful", None), Err(OwnWordError::AlreadyThere));
        assert_eq!(p.add_word("anxious", None), Err(OwnWordError::AlreadyThere));
        assert_eq!(p.add_word(" ", None), Err(OwnWordError::Empty));
        assert_eq!(
            p.add_word(&"a".repeat(31), None),
            Err(OwnWordError::TooLong)
        );
        p.add_word("zingy", Some("not a core")).unwrap();
        assert_eq!(word_pleasantness("wistful", &p.own), Some(-1));
        assert_eq!(word_core("wistful", &p.own), Some("sad"));
        assert_eq!(word_pleasantness("zingy", &p.own), None);
        let mut c = CheckIn::new("a".into(), at(9));
        c.words = vec![
            "wistful".into(),
            "content".into(),
            "content".into(),
            "zingy".into(),
        ];
        assert_eq!(c.pleasantness(&p.own), Some((-1.0 + 1.0 + 1.0) / 3.0));
        p.remove_word("wistful");
        assert!(p.own.iter().all(|o| o.word != "wistful"));
    }

    #[test]
    fn sitting_preferences_have_safe_defaults() {
        let mut p = FeelPrefs::default();
        assert_eq!(p.sit_minutes(), 5);
        assert!(p.end_tone());
        p.sit_minutes = Some(0);
        assert_eq!(p.sit_minutes(), 1);
    }
}
