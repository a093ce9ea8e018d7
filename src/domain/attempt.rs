//! Completed questionnaire attempts over time: the stored record, the per-relationship
//! series joined in time order (the trajectory), and the gentle monthly retake date.

use super::questionnaire::{decode, score, Questionnaire, Scores};
use crate::base::time::{days_in_month, Day, LocalTime};
use serde::{Deserialize, Serialize};

/// Who an ECR-RS attempt was about. Stored codes: never change them.
///
/// The short form is made for one specific person. [`Relation::General`] ("people in
/// general") was offered once; it is no longer, but attempts stored with it still read,
/// and are labelled as outside the validated form.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Relation {
    #[serde(rename = "pa")]
    Partner,
    #[serde(rename = "pr")]
    Parent,
    #[serde(rename = "fr")]
    Friend,
    #[serde(rename = "ge")]
    General,
}

impl Relation {
    pub const ALL: [Relation; 4] = [
        Relation::Partner,
        Relation::Parent,
        Relation::Friend,
        Relation::General,
    ];
    /// The choices offered for a new attempt: one specific person, as the form is made for.
    pub const OFFERED: [Relation; 3] = [Relation::Partner, Relation::Parent, Relation::Friend];
    /// As offered in the choice ("A partner").
    pub fn label(self) -> &'static str {
        match self {
            Relation::Partner => "A partner",
            Relation::Parent => "A parent",
            Relation::Friend => "A close friend",
            Relation::General => "People in general",
        }
    }
    /// Whether the short form was validated for answers about this: one specific person.
    pub fn validated(self) -> bool {
        self != Relation::General
    }
    pub fn code(self) -> &'static str {
        match self {
            Relation::Partner => "pa",
            Relation::Parent => "pr",
            Relation::Friend => "fr",
            Relation::General => "ge",
        }
    }
    pub fn from_code(s: &str) -> Option<Relation> {
        Relation::ALL.into_iter().find(|r| r.code() == s)
    }
}

/// One completed attempt. Scores are derived from the answers when shown, never stored.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Attempt {
    pub id: String,
    pub t: LocalTime,
    #[serde(rename = "q")]
    pub q: Questionnaire,
    /// One character per item (see `questionnaire::encode`).
    #[serde(rename = "a")]
    pub answers: String,
    /// ECR-RS only: who it was about.
    #[serde(rename = "r", default, skip_serializing_if = "Option::is_none")]
    pub relation: Option<Relation>,
    /// ECR-RS only, optional: the person's name or nickname, as typed.
    #[serde(rename = "n", default, skip_serializing_if = "String::is_empty")]
    pub person: String,
}

impl crate::store::Entry for Attempt {
    const KIND: &'static str = "qa";
    fn id(&self) -> &str {
        &self.id
    }
    fn at(&self) -> LocalTime {
        self.t
    }
}

impl Attempt {
    /// Its scores, if it is a complete, valid answer set for a validated questionnaire.
    pub fn scores(&self) -> Option<Scores> {
        score(self.q.instrument()?, &decode(&self.answers)).ok()
    }
    pub fn series(&self) -> SeriesKey {
        SeriesKey {
            q: self.q,
            relation: if self.q == Questionnaire::EcrRs {
                self.relation
            } else {
                None
            },
            person: if self.q == Questionnaire::EcrRs {
                normalise(&self.person)
            } else {
                String::new()
            },
        }
    }
    /// An ECR-RS attempt answered about people in general: kept and shown, but the
    /// short form isn't validated for that.
    pub fn outside_validated_form(&self) -> bool {
        self.series().outside_validated_form()
    }
    /// "About Sam (a partner)", "About people in general (outside the validated form)",
    /// or "" for the ECR-R.
    pub fn about(&self) -> String {
        let name = self.person.split_whitespace().collect::<Vec<_>>().join(" ");
        match (self.q, self.relation) {
            (Questionnaire::EcrRs, Some(r)) if !name.is_empty() && r.validated() => {
                format!("About {name} ({})", r.label().to_lowercase())
            }
            _ => self.series().about(),
        }
    }
}

fn normalise(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// What makes attempts comparable: the same questionnaire, and for the ECR-RS the same
/// relationship (kind and, if given, name; case and spacing don't matter).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SeriesKey {
    pub q: Questionnaire,
    pub relation: Option<Relation>,
    pub person: String,
}

/// Said after "About people in general" wherever such an attempt is shown.
pub const OUTSIDE_FORM: &str = "outside the validated form";

impl SeriesKey {
    pub fn about(&self) -> String {
        if self.outside_validated_form() {
            return format!("About people in general ({OUTSIDE_FORM})");
        }
        let kind = self.relation.map(|r| r.label().to_lowercase());
        match (kind, self.person.is_empty()) {
            (None, _) => String::new(),
            (Some(k), true) => format!("About {k}"),
            (Some(k), false) => {
                format!("About {} ({k})", title_case(&self.person))
            }
        }
    }
    pub fn outside_validated_form(&self) -> bool {
        self.q == Questionnaire::EcrRs && self.relation.is_some_and(|r| !r.validated())
    }
}

fn title_case(s: &str) -> String {
    s.split(' ')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect())
                .unwrap_or_default()
        })
        .collect::<Vec<String>>()
        .join(" ")
}

/// One dated point of a trajectory.
#[derive(Clone, Debug, PartialEq)]
pub struct Point {
    pub id: String,
    pub t: LocalTime,
    pub scores: Scores,
}

/// The scored attempts of one series, oldest first (ties broken by id, so the order is stable).
/// Attempts that can't be scored are left out.
pub fn trajectory(attempts: &[Attempt], key: &SeriesKey) -> Vec<Point> {
    let mut pts: Vec<Point> = attempts
        .iter()
        .filter(|a| &a.series() == key)
        .filter_map(|a| {
            Some(Point {
                id: a.id.clone(),
                t: a.t,
                scores: a.scores()?,
            })
        })
        .collect();
    pts.sort_by(|a, b| a.t.cmp(&b.t).then_with(|| a.id.cmp(&b.id)));
    pts
}

/// The trajectory as it stood when `upto` was taken (it and everything earlier in its series).
pub fn trajectory_until(attempts: &[Attempt], upto: &Attempt) -> Vec<Point> {
    let mut pts = trajectory(attempts, &upto.series());
    if let Some(i) = pts.iter().position(|p| p.id == upto.id) {
        pts.truncate(i + 1);
    }
    pts
}

/// Every series that has at least one scored attempt, most recently used first.
pub fn series_keys(attempts: &[Attempt]) -> Vec<SeriesKey> {
    let mut latest: Vec<(SeriesKey, LocalTime)> = Vec::new();
    for a in attempts.iter().filter(|a| a.scores().is_some()) {
        let k = a.series();
        match latest.iter_mut().find(|(s, _)| *s == k) {
            Some(slot) => slot.1 = slot.1.max(a.t),
            None => latest.push((k, a.t)),
        }
    }
    latest.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    latest.into_iter().map(|(k, _)| k).collect()
}

/// The same day one calendar month later (31 Jan → 28/29 Feb).
pub fn one_month_after(day: Day) -> Day {
    let (y, m, d) = day.ymd();
    let (ny, nm) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
    Day::from_ymd(ny, nm, d.min(days_in_month(ny, nm)))
}

/// The gentle retake suggestion for the short form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Retake {
    /// Nothing to compare with yet.
    Never,
    /// Suggested from this day on.
    From(Day),
    /// A month or more has passed since this day.
    Welcome { last: Day },
}

/// The retake suggestion for a series, from its last attempt's date.
pub fn retake(last: Option<Day>, today: Day) -> Retake {
    match last {
        None => Retake::Never,
        Some(last) => {
            let next = one_month_after(last);
            if today >= next {
                Retake::Welcome { last }
            } else {
                Retake::From(next)
            }
        }
    }
}

impl Retake {
    pub fn words(&self) -> String {
        match self {
            Retake::Never => "Taking it again once a month about the same person shows how things shift over time.".into(),
            Retake::From(day) => {
                format!("A good day to take it again is {} or later; there's no rush.", day.short())
            }
            Retake::Welcome { last } => format!(
                "It's been a month or more since {}. Whenever it suits you, a retake adds a new point to your map.",
                last.short()
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::questionnaire::{encode, Questionnaire as Q};
    use crate::store::{Entry, MemoryBackend, Store};

    fn at(y: i32, m: u32, d: u32) -> LocalTime {
        LocalTime::from_day_and_minute(Day::from_ymd(y, m, d), 10 * 60)
    }
    fn rs(id: &str, t: LocalTime, v: u8, rel: Relation, person: &str) -> Attempt {
        Attempt {
            id: id.into(),
            t,
            q: Q::EcrRs,
            answers: encode(&[Some(v); 9]),
            relation: Some(rel),
            person: person.into(),
        }
    }
    fn r(id: &str, t: LocalTime, v: u8) -> Attempt {
        Attempt {
            id: id.into(),
            t,
            q: Q::EcrR,
            answers: encode(&[Some(v); 36]),
            relation: None,
            person: String::new(),
        }
    }

    #[test]
    fn stored_json_is_compact_with_id_and_t() {
        let a = r("x1", LocalTime(100), 4);
        let json = serde_json::to_string(&a).unwrap();
        assert_eq!(
            json,
            format!(
                "{{\"id\":\"x1\",\"t\":100,\"q\":\"r\",\"a\":\"{}\"}}",
                "4".repeat(36)
            )
        );
        let b = rs("x2", LocalTime(5), 3, Relation::Friend, "Jo");
        let json = serde_json::to_string(&b).unwrap();
        assert!(json.contains("\"r\":\"fr\"") && json.contains("\"n\":\"Jo\""));
        assert_eq!(serde_json::from_str::<Attempt>(&json).unwrap(), b);
        assert_eq!(Attempt::KIND, "qa");
        let v1 = r#"[{"id":"m1-abcd","t":1790000000,"q":"rs","a":"123456712","r":"ge"}]"#;
        let old: Vec<Attempt> = serde_json::from_str(v1).unwrap();
        assert_eq!(old[0].relation, Some(Relation::General));
        assert!(
            old[0].scores().is_some(),
            "the first shipped bucket shape still reads and scores"
        );
    }

    #[test]
    fn attempts_survive_the_store_and_delete() {
        let s = Store::open(std::rc::Rc::new(MemoryBackend::new())).unwrap();
        let a = r("a", at(2026, 10, 3), 4);
        let b = r("b", at(2026, 11, 3), 5);
        s.put(&b).unwrap();
        s.put(&a).unwrap();
        assert_eq!(s.entries::<Attempt>().unwrap(), vec![a.clone(), b.clone()]);
        s.delete::<Attempt>("a", a.t).unwrap();
        assert_eq!(s.entries::<Attempt>().unwrap(), vec![b]);
    }

    #[test]
    fn trajectory_is_time_ordered_per_series_and_skips_unscorable() {
        let mut broken = rs("bad", at(2026, 9, 1), 4, Relation::Partner, "Sam");
        broken.answers = "44--".into();
        let all = vec![
            rs("c", at(2026, 11, 1), 2, Relation::Partner, "Sam"),
            rs("a", at(2026, 9, 1), 6, Relation::Partner, "sam "),
            rs("o", at(2026, 10, 1), 5, Relation::Parent, ""),
            rs("b", at(2026, 10, 1), 4, Relation::Partner, "SAM"),
            r("e", at(2026, 10, 2), 3),
            broken,
        ];
        let key = all[0].series();
        let ids: Vec<_> = trajectory(&all, &key).into_iter().map(|p| p.id).collect();
        assert_eq!(
            ids,
            ["a", "b", "c"],
            "same person despite case and spacing; parent and ECR-R apart"
        );
        let upto: Vec<_> = trajectory_until(&all, &all[3])
            .into_iter()
            .map(|p| p.id)
            .collect();
        assert_eq!(upto, ["a", "b"]);
        let keys = series_keys(&all);
        assert_eq!(keys.len(), 3);
        assert_eq!(keys[0], key, "the series used most recently comes first");
        assert_eq!(key.about(), "About Sam (a partner)");
        assert_eq!(all[2].about(), "About a parent");
        assert_eq!(
            all[1].about(),
            "About sam (a partner)",
            "an attempt shows the name as typed"
        );
        assert_eq!(all[4].about(), "");
    }

    #[test]
    fn same_time_attempts_keep_a_stable_order() {
        let t = at(2026, 11, 1);
        let all = vec![r("b", t, 2), r("a", t, 3)];
        let ids: Vec<_> = trajectory(&all, &all[0].series())
            .into_iter()
            .map(|p| p.id)
            .collect();
        assert_eq!(ids, ["a", "b"]);
    }

    #[test]
    fn retake_is_one_calendar_month_after_the_last() {
        let d = Day::from_ymd;
        assert_eq!(one_month_after(d(2026, 11, 29)), d(2026, 12, 29));
        assert_eq!(one_month_after(d(2026, 12, 15)), d(2027, 1, 15));
        assert_eq!(one_month_after(d(2026, 1, 31)), d(2026, 2, 28));
        assert_eq!(one_month_after(d(2028, 1, 31)), d(2028, 2, 29));
        assert_eq!(retake(None, d(2026, 1, 1)), Retake::Never);
        assert_eq!(
            retake(Some(d(2026, 11, 1)), d(2026, 11, 30)),
            Retake::From(d(2026, 12, 1))
        );
        assert_eq!(
            retake(Some(d(2026, 11, 1)), d(2026, 12, 1)),
            Retake::Welcome {
                last: d(2026, 11, 1)
            }
        );
        assert!(Retake::From(d(2026, 12, 1)).words().contains("1 Dec 2026"));
    }

    #[test]
    fn people_in_general_is_no_longer_offered_but_old_attempts_still_show_labelled() {
        assert!(!Relation::OFFERED.contains(&Relation::General));
        assert!(Relation::OFFERED.iter().all(|r| r.validated()));
        assert_eq!(
            Relation::from_code("ge"),
            Some(Relation::General),
            "stored code still reads"
        );
        let old: Attempt =
            serde_json::from_str(r#"{"id":"m1","t":1790000000,"q":"rs","a":"123456712","r":"ge"}"#)
                .unwrap();
        assert!(old.outside_validated_form());
        assert_eq!(
            old.about(),
            "About people in general (outside the validated form)"
        );
        assert_eq!(old.series().about(), old.about());
        assert!(old.scores().is_some(), "kept and still shown");
        let all = vec![
            old.clone(),
            rs("p", at(2026, 11, 1), 3, Relation::Partner, ""),
        ];
        assert_eq!(
            series_keys(&all).len(),
            2,
            "never mixed with a specific person"
        );
        assert!(!all[1].outside_validated_form());
        assert!(!r("e", at(2026, 11, 2), 4).outside_validated_form());
    }
}
