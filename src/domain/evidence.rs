//! Evidence for a new belief: small dated notes that accumulate for months.
//!
//! Each piece is its own store `Entry` (month bucket by the day it happened), linked to
//! a belief worksheet by id. A "vulnerability win" from the wins journal can be attached
//! as evidence with [`Evidence::from_win`]; the win keeps its own record and the
//! evidence remembers which win it came from.

use crate::base::time::{Day, LocalTime};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    pub id: String,
    /// When it happened (the person may pick an earlier day).
    pub t: LocalTime,
    /// The worksheet whose new belief it supports.
    #[serde(rename = "w")]
    pub worksheet: String,
    /// What happened, in the person's words.
    #[serde(rename = "x")]
    pub text: String,
    /// The id of the vulnerability win it came from, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub win: Option<String>,
}

impl Evidence {
    /// A piece of evidence, or `None` when there are no words or no belief to attach it to.
    pub fn new(id: String, t: LocalTime, worksheet: &str, text: &str) -> Option<Evidence> {
        let text = text.trim();
        if text.is_empty() || worksheet.is_empty() {
            return None;
        }
        Some(Evidence {
            id,
            t,
            worksheet: worksheet.to_string(),
            text: text.to_string(),
            win: None,
        })
    }

    /// Evidence made from a vulnerability win (for the wins journal): same words and time
    /// as the win, remembering the win's id.
    pub fn from_win(
        id: String,
        t: LocalTime,
        worksheet: &str,
        win_id: &str,
        text: &str,
    ) -> Option<Evidence> {
        let mut e = Evidence::new(id, t, worksheet, text)?;
        e.win = Some(win_id.to_string());
        Some(e)
    }

    /// The same note in new words (same id, time, belief and win), or `None` when the new
    /// words are empty: removing the note is its own, confirmed, step.
    pub fn with_text(&self, text: &str) -> Option<Evidence> {
        let text = text.trim();
        (!text.is_empty()).then(|| Evidence {
            text: text.to_string(),
            ..self.clone()
        })
    }
}

/// The moment to stamp on evidence dated `day`: now when it is today, otherwise that
/// day at the current time of day (so entries on one day keep the order they were added).
pub fn dated(day: Day, now: LocalTime) -> LocalTime {
    LocalTime::from_day_and_minute(day, now.minute_of_day())
}

/// A worksheet's evidence, newest first.
pub fn of_worksheet<'a>(all: &'a [Evidence], worksheet: &str) -> Vec<&'a Evidence> {
    let mut v: Vec<&Evidence> = all.iter().filter(|e| e.worksheet == worksheet).collect();
    v.sort_by(|a, b| b.t.cmp(&a.t).then_with(|| b.id.cmp(&a.id)));
    v
}

/// How many pieces of evidence a worksheet has.
pub fn count(all: &[Evidence], worksheet: &str) -> usize {
    all.iter().filter(|e| e.worksheet == worksheet).count()
}

/// Whether a win has already been attached to this worksheet (so it isn't added twice).
pub fn win_attached(all: &[Evidence], worksheet: &str, win_id: &str) -> bool {
    all.iter()
        .any(|e| e.worksheet == worksheet && e.win.as_deref() == Some(win_id))
}

impl crate::store::Entry for Evidence {
    const KIND: &'static str = "evidence";
    fn id(&self) -> &str {
        &self.id
    }
    fn at(&self) -> LocalTime {
        self.t
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(d: u32, minute: u32) -> LocalTime {
        LocalTime::from_day_and_minute(Day::from_ymd(2026, 11, d), minute)
    }

    #[test]
    fn edited_evidence_keeps_everything_but_its_words() {
        let e = Evidence::from_win("e".into(), at(3, 60), "w1", "win1", "He listened.").unwrap();
        let edited = e.with_text("  He listened, and asked more. ").unwrap();
        assert_eq!(edited.text, "He listened, and asked more.");
        assert_eq!(
            (
                edited.id.as_str(),
                edited.t,
                edited.worksheet.as_str(),
                edited.win.as_deref()
            ),
            ("e", e.t, "w1", Some("win1"))
        );
        assert_eq!(e.with_text("  "), None);
    }

    #[test]
    fn evidence_needs_words_and_a_belief() {
        assert_eq!(Evidence::new("e".into(), at(1, 0), "w1", "   "), None);
        assert_eq!(Evidence::new("e".into(), at(1, 0), "", "words"), None);
        let e = Evidence::new("e".into(), at(1, 0), "w1", "  He listened. ").unwrap();
        assert_eq!(e.text, "He listened.");
        assert_eq!(e.win, None);
    }

    #[test]
    fn a_win_attaches_once_and_remembers_where_it_came_from() {
        let e = Evidence::from_win(
            "e1".into(),
            at(3, 60),
            "w1",
            "win-7",
            "I asked for help and got it",
        )
        .unwrap();
        assert_eq!(e.win.as_deref(), Some("win-7"));
        let all = vec![e];
        assert!(win_attached(&all, "w1", "win-7"));
        assert!(!win_attached(&all, "w2", "win-7"));
        assert!(!win_attached(&all, "w1", "win-8"));
    }

    #[test]
    fn a_worksheets_evidence_is_listed_newest_first() {
        let all = vec![
            Evidence::new("a".into(), at(1, 0), "w1", "first").unwrap(),
            Evidence::new("b".into(), at(5, 0), "w1", "latest").unwrap(),
            Evidence::new("c".into(), at(3, 0), "w2", "other belief").unwrap(),
        ];
        let mine: Vec<&str> = of_worksheet(&all, "w1")
            .iter()
            .map(|e| e.text.as_str())
            .collect();
        assert_eq!(mine, ["latest", "first"]);
        assert_eq!(count(&all, "w1"), 2);
        assert_eq!(count(&all, "none"), 0);
    }

    #[test]
    fn a_back_dated_piece_keeps_the_time_of_day() {
        let now = at(29, 14 * 60 + 5);
        let t = dated(Day::from_ymd(2026, 11, 20), now);
        assert_eq!(t.day(), Day::from_ymd(2026, 11, 20));
        assert_eq!(t.hhmm(), "14:05");
    }

    #[test]
    fn stored_form_is_compact_and_pinned() {
        let e = Evidence::from_win("e1".into(), LocalTime(100), "w1", "v9", "ok").unwrap();
        let json = serde_json::to_string(&e).unwrap();
        assert_eq!(json, r#"{"id":"e1","t":100,"w":"w1","x":"ok","win":"v9"}"#);
        let plain = r#"{"id":"e2","t":100,"w":"w1","x":"ok"}"#;
        let back: Evidence = serde_json::from_str(plain).unwrap();
        assert_eq!(back.win, None);
        assert_eq!(serde_json::to_string(&back).unwrap(), plain);
    }
}
