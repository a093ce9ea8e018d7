//! The person's own words in a summary: notes, what they did, worksheet answers,
//! evidence and wins. Only ever included when ticked separately, and then only from the
//! parts that are ticked, so a part left out never lends its words either.

use super::figures::{worksheets_in, Records};
use super::{Part, Range};
use crate::base::time::Day;

/// Where a piece of writing comes from (its group in the summary), in the summary's order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Source {
    CheckIn,
    Urge,
    Practice,
    Worksheet,
    Evidence,
    Win,
}

impl Source {
    pub fn title(self) -> &'static str {
        match self {
            Source::CheckIn => "Check-in notes",
            Source::Urge => "Notes about urges",
            Source::Practice => "Practices, in your words",
            Source::Worksheet => "Belief worksheet answers",
            Source::Evidence => "Evidence for new beliefs",
            Source::Win => "Wins",
        }
    }
}

/// One piece of writing, as the person wrote it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Words {
    pub source: Source,
    pub day: Day,
    /// What the words answer ("What I risked"), or "" for a plain note.
    pub what: String,
    pub text: String,
}

fn push(out: &mut Vec<Words>, source: Source, day: Day, what: &str, text: &str) {
    let text = text.trim();
    if !text.is_empty() {
        out.push(Words {
            source,
            day,
            what: what.to_string(),
            text: text.to_string(),
        });
    }
}

/// Every piece of the person's writing in the period from the ticked parts: grouped by
/// source, oldest first within a group.
pub fn own_words(r: &Records, range: Range, parts: &[Part]) -> Vec<Words> {
    let on = |p: Part| parts.contains(&p);
    let mut out = Vec::new();
    if on(Part::Feelings) || on(Part::Body) {
        for c in r.checkins.iter().filter(|c| range.contains(c.at.day())) {
            push(&mut out, Source::CheckIn, c.at.day(), "", &c.note);
        }
    }
    if on(Part::Urges) {
        for u in r.urges.iter().filter(|u| range.contains(u.at.day())) {
            push(&mut out, Source::Urge, u.at.day(), "", &u.note);
        }
    }
    if on(Part::Practice) {
        for p in r.practices.iter().filter(|p| range.contains(p.at.day())) {
            let did = if p.with.trim().is_empty() {
                p.did.clone()
            } else {
                format!("{} (with {})", p.did.trim(), p.with.trim())
            };
            let d = p.at.day();
            push(&mut out, Source::Practice, d, "What I did", &did);
            push(&mut out, Source::Practice, d, "Note", &p.note);
        }
        for s in r.statements.iter().filter(|s| range.contains(s.at.day())) {
            let text = format!("{} ({})", s.fact.trim(), s.feeling.trim());
            push(
                &mut out,
                Source::Practice,
                s.at.day(),
                "Fact + feeling",
                &text,
            );
        }
    }
    if on(Part::Beliefs) {
        for w in worksheets_in(r.worksheets, r.evidence, range) {
            let d = w.last_touched().day();
            let about = format!("About \u{201c}{}\u{201d}: ", w.title());
            let mut answer = |what: &str, text: &str| {
                push(
                    &mut out,
                    Source::Worksheet,
                    d,
                    &format!("{about}{what}"),
                    text,
                )
            };
            answer("when I first learned it", &w.first_learned);
            answer("what reinforced it", &w.reinforced);
            for x in &w.evidence_for {
                answer("what seemed to support it", x);
            }
            for x in &w.evidence_against {
                answer("what doesn't fit it", x);
            }
            for x in &w.counterexamples {
                answer("a time it wasn't true", x);
            }
            answer("how I'll practise the new belief", &w.practice);
        }
        for e in r.evidence.iter().filter(|e| range.contains(e.t.day())) {
            push(&mut out, Source::Evidence, e.t.day(), "", &e.text);
        }
    }
    if on(Part::Wins) {
        for w in r.wins.iter().filter(|w| range.contains(w.at.day())) {
            let d = w.at.day();
            push(&mut out, Source::Win, d, "What I risked", &w.risked);
            push(&mut out, Source::Win, d, "How they responded", &w.response);
            push(&mut out, Source::Win, d, "What it showed me", &w.showed);
        }
    }
    // Stable: pieces of one day keep the order they were written in above.
    out.sort_by_key(|w| (w.source, w.day));
    out
}
