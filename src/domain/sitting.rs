//! A "sitting with feelings" session: how long, with what, and how strong before and after.

use crate::base::time::LocalTime;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Sitting {
    pub id: String,
    /// When it started.
    #[serde(rename = "t")]
    pub at: LocalTime,
    /// Seconds planned.
    #[serde(rename = "p")]
    pub planned: u32,
    /// Seconds actually sat (less when stopped early).
    #[serde(rename = "s")]
    pub sat: u32,
    /// Intensity 0..=10 before and after.
    #[serde(rename = "b", default, skip_serializing_if = "Option::is_none")]
    pub before: Option<u8>,
    #[serde(rename = "a", default, skip_serializing_if = "Option::is_none")]
    pub after: Option<u8>,
    /// The feeling sat with, if named.
    #[serde(rename = "w", default, skip_serializing_if = "String::is_empty")]
    pub word: String,
}

impl crate::store::Entry for Sitting {
    const KIND: &'static str = "sit";
    const DEFER_HISTORY: bool = true;
    fn id(&self) -> &str {
        &self.id
    }
    fn at(&self) -> LocalTime {
        self.at
    }
}

impl Sitting {
    pub fn completed(&self) -> bool {
        self.sat >= self.planned
    }

    /// After minus before, when both were given.
    pub fn change(&self) -> Option<i16> {
        Some(self.after? as i16 - self.before? as i16)
    }

    /// A kind sentence about the change, never a grade.
    pub fn change_sentence(&self) -> String {
        match self.change() {
            None => "You stayed with it.".to_string(),
            Some(0) => "It stayed about the same, and you stayed with it.".to_string(),
            Some(d) if d < 0 => format!(
                "It eased by {} (from {} to {}).",
                -d,
                self.before.unwrap_or(0),
                self.after.unwrap_or(0)
            ),
            Some(d) => format!(
                "It grew by {d} (from {} to {}). That happens, and it's useful to know.",
                self.before.unwrap_or(0),
                self.after.unwrap_or(0)
            ),
        }
    }
}

/// "4:05" for a number of seconds.
pub fn mmss(secs: u32) -> String {
    format!("{}:{:02}", secs / 60, secs % 60)
}

/// Breathing cue phase for a second into the practice: 4 s in, 6 s out.
pub fn breath_phase(elapsed_secs: u32) -> &'static str {
    if elapsed_secs % 10 < 4 {
        "Breathe in"
    } else {
        "Breathe out"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(before: Option<u8>, after: Option<u8>) -> Sitting {
        Sitting {
            id: "x".into(),
            at: LocalTime(5),
            planned: 300,
            sat: 300,
            before,
            after,
            word: String::new(),
        }
    }

    #[test]
    fn change_needs_both_ratings() {
        assert_eq!(s(Some(7), Some(4)).change(), Some(-3));
        assert_eq!(s(Some(2), Some(5)).change(), Some(3));
        assert_eq!(s(None, Some(5)).change(), None);
        assert!(s(Some(7), Some(4)).change_sentence().contains("eased by 3"));
        assert!(s(Some(4), Some(4)).change_sentence().contains("same"));
        assert!(s(Some(2), Some(5)).change_sentence().contains("grew by 3"));
    }

    #[test]
    fn compact_json_and_completion() {
        let mut x = s(Some(6), None);
        assert_eq!(
            serde_json::to_string(&x).unwrap(),
            r#"{"id":"x","t":5,"p":300,"s":300,"b":6}"#
        );
        assert!(x.completed());
        x.sat = 120;
        assert!(!x.completed());
        assert_eq!(mmss(245), "4:05");
        assert_eq!(breath_phase(0), "Breathe in");
        assert_eq!(breath_phase(5), "Breathe out");
        assert_eq!(breath_phase(13), "Breathe in");
    }
}
