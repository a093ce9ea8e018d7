//! The vulnerability wins journal: times being open led to connection, kept as evidence.

use super::practice::{Outcome, Practice};
use crate::base::time::{Day, LocalTime};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Win {
    pub id: String,
    /// When it happened (the date shown; editable).
    #[serde(rename = "t")]
    pub at: LocalTime,
    /// What I risked.
    #[serde(rename = "r")]
    pub risked: String,
    /// How they responded.
    #[serde(rename = "h", default, skip_serializing_if = "String::is_empty")]
    pub response: String,
    /// What it showed me.
    #[serde(rename = "s", default, skip_serializing_if = "String::is_empty")]
    pub showed: String,
    /// The practice it came from, if any.
    #[serde(rename = "p", default, skip_serializing_if = "Option::is_none")]
    pub practice: Option<String>,
}

impl crate::store::Entry for Win {
    const KIND: &'static str = "win";
    fn id(&self) -> &str {
        &self.id
    }
    fn at(&self) -> LocalTime {
        self.at
    }
}

/// The form as typed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Draft {
    pub day: Option<Day>,
    pub risked: String,
    pub response: String,
    pub showed: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DraftError {
    NothingRisked,
    NoDate,
}

impl DraftError {
    pub fn message(self) -> &'static str {
        match self {
            DraftError::NothingRisked => "Write a few words about what you risked.",
            DraftError::NoDate => "Choose the date it happened.",
        }
    }
}

impl Draft {
    pub fn of(w: &Win) -> Draft {
        Draft {
            day: Some(w.at.day()),
            risked: w.risked.clone(),
            response: w.response.clone(),
            showed: w.showed.clone(),
        }
    }

    /// A new win (`old` = None) or the edited `old`. A changed date keeps the time of day.
    pub fn into_win(
        self,
        old: Option<&Win>,
        id: String,
        now: LocalTime,
    ) -> Result<Win, DraftError> {
        if self.risked.trim().is_empty() {
            return Err(DraftError::NothingRisked);
        }
        let day = self.day.ok_or(DraftError::NoDate)?;
        let minute = old.map(|w| w.at).unwrap_or(now).minute_of_day();
        Ok(Win {
            id: old.map(|w| w.id.clone()).unwrap_or(id),
            at: LocalTime::from_day_and_minute(day, minute),
            risked: self.risked.trim().to_string(),
            response: self.response.trim().to_string(),
            showed: self.showed.trim().to_string(),
            practice: old.and_then(|w| w.practice.clone()),
        })
    }
}

/// A practice "went well" (and is offered as a win) when it was met with care, or was
/// neutral and left the person less uncomfortable than before.
pub fn went_well(p: &Practice) -> bool {
    match p.outcome {
        Outcome::Care => true,
        Outcome::Neutral => p.after < p.before,
        Outcome::Hurt => false,
    }
}

/// The win made from a practice in one tap; "what it showed me" is left for the person.
pub fn from_practice(p: &Practice, id: String) -> Win {
    let risked = if p.with.is_empty() {
        p.did.clone()
    } else {
        format!("{} (with {})", p.did, p.with)
    };
    let response = match p.outcome {
        Outcome::Care => "They met it with care.".to_string(),
        _ => format!(
            "It went fine: my discomfort went from {} to {}.",
            p.before, p.after
        ),
    };
    Win {
        id,
        at: p.at,
        risked,
        response,
        showed: String::new(),
        practice: Some(p.id.clone()),
    }
}

/// The win already made from a practice, so it isn't offered twice.
pub fn for_practice<'a>(wins: &'a [Win], practice_id: &str) -> Option<&'a Win> {
    wins.iter()
        .find(|w| w.practice.as_deref() == Some(practice_id))
}

/// The words a win brings along when attached as evidence to a new belief.
pub fn evidence_text(w: &Win) -> String {
    let mut parts = vec![end_sentence(&w.risked)];
    for extra in [&w.response, &w.showed] {
        if !extra.trim().is_empty() {
            parts.push(end_sentence(extra));
        }
    }
    parts.join(" ")
}

fn end_sentence(s: &str) -> String {
    let s = s.trim();
    if s.ends_with(['.', '!', '?', '…']) {
        s.to_string()
    } else {
        format!("{s}.")
    }
}

/// Wins matching every word of `query` (case-insensitive; also the date, e.g. "nov" or
/// "2026-11"), newest first. An empty query returns them all.
pub fn search<'a>(wins: &'a [Win], query: &str) -> Vec<&'a Win> {
    let words: Vec<String> = query.split_whitespace().map(str::to_lowercase).collect();
    let mut out: Vec<&Win> = wins
        .iter()
        .filter(|w| {
            if words.is_empty() {
                return true;
            }
            let day = w.at.day();
            let hay = format!(
                "{}\n{}\n{}\n{}\n{}",
                w.risked,
                w.response,
                w.showed,
                day.iso(),
                day.long()
            )
            .to_lowercase();
            words.iter().all(|q| hay.contains(q.as_str()))
        })
        .collect();
    out.sort_by(|a, b| b.at.cmp(&a.at).then_with(|| b.id.cmp(&a.id)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::programs::ProgramId;

    fn practice(outcome: Outcome, before: u8, after: u8) -> Practice {
        Practice {
            id: "p1".into(),
            at: LocalTime::from_day_and_minute(Day::from_ymd(2026, 11, 20), 600),
            program: ProgramId::AskForHelp,
            stage: 0,
            did: "Asked Ana to carry the box".into(),
            with: "Ana".into(),
            before,
            after,
            outcome,
            note: String::new(),
        }
    }

    fn win(id: &str, day: Day, risked: &str, showed: &str) -> Win {
        Win {
            id: id.into(),
            at: LocalTime::from_day_and_minute(day, 0),
            risked: risked.into(),
            response: String::new(),
            showed: showed.into(),
            practice: None,
        }
    }

    #[test]
    fn practices_that_went_well_are_offered_as_wins() {
        assert!(went_well(&practice(Outcome::Care, 5, 6)));
        assert!(went_well(&practice(Outcome::Neutral, 5, 3)));
        assert!(!went_well(&practice(Outcome::Neutral, 5, 5)));
        assert!(!went_well(&practice(Outcome::Hurt, 5, 0)));
    }

    #[test]
    fn a_practice_becomes_a_win_in_one_step() {
        let p = practice(Outcome::Care, 6, 2);
        let w = from_practice(&p, "w1".into());
        assert_eq!(w.at, p.at);
        assert_eq!(w.risked, "Asked Ana to carry the box (with Ana)");
        assert_eq!(w.response, "They met it with care.");
        assert_eq!(w.practice.as_deref(), Some("p1"));
        let wins = vec![w.clone()];
        assert_eq!(for_practice(&wins, "p1"), Some(&w));
        assert_eq!(for_practice(&wins, "p2"), None);
        let json = serde_json::to_string(&w).unwrap();
        assert!(
            json.contains(r#""p":"p1""#) && !json.contains(r#""s":"#),
            "{json}"
        );
    }

    #[test]
    fn a_win_reads_as_one_piece_of_evidence() {
        let mut w = win("a", Day(0), "Asked for a hug", "");
        assert_eq!(evidence_text(&w), "Asked for a hug.");
        w.response = "She held on for a long time".into();
        w.showed = "Asking brings people closer!".into();
        assert_eq!(
            evidence_text(&w),
            "Asked for a hug. She held on for a long time. Asking brings people closer!"
        );
    }

    #[test]
    fn search_matches_every_word_and_the_date_newest_first() {
        let a = win(
            "a",
            Day::from_ymd(2026, 10, 3),
            "Told Sam I felt hurt",
            "People can take it",
        );
        let b = win(
            "b",
            Day::from_ymd(2026, 11, 4),
            "Asked for a hug",
            "Sam was glad I asked",
        );
        let wins = vec![a.clone(), b.clone()];
        let ids = |v: Vec<&Win>| v.into_iter().map(|w| w.id.clone()).collect::<Vec<_>>();
        assert_eq!(ids(search(&wins, "")), ["b", "a"]);
        assert_eq!(ids(search(&wins, "sam")), ["b", "a"]);
        assert_eq!(ids(search(&wins, "SAM hug")), ["b"]);
        assert_eq!(ids(search(&wins, "hug hurt")), Vec::<String>::new());
        assert_eq!(ids(search(&wins, "october")), ["a"]);
        assert_eq!(ids(search(&wins, "2026-11")), ["b"]);
    }

    #[test]
    fn drafts_create_and_edit_keeping_id_time_of_day_and_source() {
        let mut d = Draft {
            day: None,
            risked: " ".into(),
            ..Draft::default()
        };
        let now = LocalTime::from_day_and_minute(Day::from_ymd(2026, 11, 29), 9 * 60);
        assert_eq!(
            d.clone().into_win(None, "n".into(), now),
            Err(DraftError::NothingRisked)
        );
        d.risked = "Said no".into();
        assert_eq!(
            d.clone().into_win(None, "n".into(), now),
            Err(DraftError::NoDate)
        );
        d.day = Some(Day::from_ymd(2026, 11, 28));
        let w = d.into_win(None, "n".into(), now).unwrap();
        assert_eq!(
            w.at,
            LocalTime::from_day_and_minute(Day::from_ymd(2026, 11, 28), 9 * 60)
        );

        let old = from_practice(&practice(Outcome::Care, 3, 1), "w".into());
        let mut e = Draft::of(&old);
        e.showed = "Asking is allowed".into();
        e.day = Some(Day::from_ymd(2026, 11, 21));
        let edited = e.into_win(Some(&old), "ignored".into(), now).unwrap();
        assert_eq!(edited.id, "w");
        assert_eq!(edited.practice.as_deref(), Some("p1"));
        assert_eq!(edited.at.minute_of_day(), 600);
        assert_eq!(edited.at.day(), Day::from_ymd(2026, 11, 21));
    }
}
