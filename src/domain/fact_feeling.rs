//! Fact + feeling statements: something that happened, plus how it left you feeling.

use crate::base::time::{Day, LocalTime};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Statement {
    pub id: String,
    #[serde(rename = "t")]
    pub at: LocalTime,
    /// What happened: "Work was busy".
    #[serde(rename = "f")]
    pub fact: String,
    /// The feeling word (from the feelings list): "drained".
    #[serde(rename = "e")]
    pub feeling: String,
}

impl crate::store::Entry for Statement {
    const KIND: &'static str = "factfeel";
    const DEFER_HISTORY: bool = true;
    fn id(&self) -> &str {
        &self.id
    }
    fn at(&self) -> LocalTime {
        self.at
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DraftError {
    NoFact,
    NoFeeling,
}

impl DraftError {
    pub fn message(self) -> &'static str {
        match self {
            DraftError::NoFact => "Write what happened.",
            DraftError::NoFeeling => "Pick a feeling.",
        }
    }
}

/// Builds a statement from the typed fact and the picked feeling.
pub fn make(fact: &str, feeling: &str, id: String, at: LocalTime) -> Result<Statement, DraftError> {
    let fact = clean_fact(fact);
    if fact.is_empty() {
        return Err(DraftError::NoFact);
    }
    let feeling = feeling.trim().to_lowercase();
    if feeling.is_empty() {
        return Err(DraftError::NoFeeling);
    }
    Ok(Statement {
        id,
        at,
        fact,
        feeling,
    })
}

/// Trims the fact and drops end punctuation so the feeling can follow it.
fn clean_fact(fact: &str) -> String {
    fact.trim()
        .trim_end_matches(['.', '!', ',', ';', ':', ' '])
        .trim()
        .to_string()
}

/// The sentence to say: "Work was busy, and I feel drained."
pub fn compose(fact: &str, feeling: &str) -> String {
    let fact = clean_fact(fact);
    let feeling = feeling.trim().to_lowercase();
    let feeling_part = if feeling.is_empty() {
        "I feel …".to_string()
    } else {
        format!("I feel {feeling}")
    };
    if fact.is_empty() {
        return format!("… and {feeling_part}.");
    }
    let mut chars = fact.chars();
    let first = chars
        .next()
        .map(|c| c.to_uppercase().collect::<String>())
        .unwrap_or_default();
    format!("{first}{}, and {feeling_part}.", chars.as_str())
}

impl Statement {
    pub fn sentence(&self) -> String {
        compose(&self.fact, &self.feeling)
    }
}

/// The statement of a day (the latest one, if several), for the Today screen.
pub fn for_day(statements: &[Statement], day: Day) -> Option<&Statement> {
    statements
        .iter()
        .filter(|s| s.at.day() == day)
        .max_by_key(|s| s.at)
}

/// The feelings used most, most frequent first (ties: alphabetical), at most `n`.
pub fn top_feelings(statements: &[Statement], n: usize) -> Vec<(String, usize)> {
    let mut counts: std::collections::BTreeMap<&str, usize> = Default::default();
    for s in statements {
        *counts.entry(s.feeling.as_str()).or_default() += 1;
    }
    let mut v: Vec<(String, usize)> = counts
        .into_iter()
        .map(|(k, c)| (k.to_string(), c))
        .collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    v.truncate(n);
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn composes_a_sentence_from_fact_and_feeling() {
        assert_eq!(
            compose("work was busy.", "Drained"),
            "Work was busy, and I feel drained."
        );
        assert_eq!(
            compose("  I finished the project! ", "relieved"),
            "I finished the project, and I feel relieved."
        );
        assert_eq!(compose("", "calm"), "… and I feel calm.");
        assert_eq!(
            compose("Dinner with family", ""),
            "Dinner with family, and I feel …."
        );
    }

    #[test]
    fn statements_need_both_parts_and_store_compactly() {
        let at = LocalTime(7);
        assert_eq!(make("  .", "calm", "a".into(), at), Err(DraftError::NoFact));
        assert_eq!(
            make("It rained", " ", "a".into(), at),
            Err(DraftError::NoFeeling)
        );
        let s = make("It rained.", "Gloomy", "a".into(), at).unwrap();
        assert_eq!(s.sentence(), "It rained, and I feel gloomy.");
        assert_eq!(
            serde_json::to_string(&s).unwrap(),
            r#"{"id":"a","t":7,"f":"It rained","e":"gloomy"}"#
        );
    }

    #[test]
    fn todays_statement_is_the_latest_of_the_day() {
        let day = Day::from_ymd(2026, 11, 29);
        let at = |d: Day, m| LocalTime::from_day_and_minute(d, m);
        let v = vec![
            make("a", "calm", "1".into(), at(day.plus(-1), 900)).unwrap(),
            make("b", "calm", "2".into(), at(day, 600)).unwrap(),
            make("c", "tired", "3".into(), at(day, 1200)).unwrap(),
        ];
        assert_eq!(for_day(&v, day).map(|s| s.id.as_str()), Some("3"));
        assert_eq!(for_day(&v, day.plus(1)), None);
        assert_eq!(
            top_feelings(&v, 5),
            vec![("calm".to_string(), 2), ("tired".to_string(), 1)]
        );
    }
}
