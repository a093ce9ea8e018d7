//! The summary as a document: headings, facts, tables, charts and the person's words,
//! every figure already written out. The page only lays these blocks out (and prints
//! them), so what a therapist reads is decided and tested here.

use super::figures::*;
use super::words::{Source, Words};
use super::{Part, Slot};
use crate::base::time::Day;
use crate::content::body;
use crate::content::milestones::{marker, LEVELS};
use crate::content::programs::ProgramId;
use crate::domain::attempt::Point;
use crate::domain::questionnaire::{one_decimal, Questionnaire};

/// The document.
#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    pub title: String,
    /// The period, e.g. "30 Oct 2026 to 29 Nov 2026".
    pub range: String,
    /// Who made it and what it is not.
    pub made: String,
    /// What the figures are and are not.
    pub about: Vec<String>,
    /// One per ticked part, in the order of [`Part::ALL`], then the person's own words.
    pub sections: Vec<Section>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Section {
    /// For element ids ("feelings", "words").
    pub key: &'static str,
    pub title: String,
    pub blocks: Vec<Block>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    /// A sub-heading: one questionnaire, program or belief.
    Heading(String),
    /// Label and value pairs.
    Facts(Vec<(String, String)>),
    Table(Table),
    Chart(Chart),
    /// The attachment map of one questionnaire's points.
    Map(Map),
    /// A small paragraph: what a figure means, a citation, "nothing in this period".
    Note(String),
    /// The person's own words.
    Quote(Quote),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    pub caption: String,
    pub head: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChartKind {
    Line,
    Bar,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Chart {
    pub kind: ChartKind,
    pub title: String,
    pub labels: Vec<String>,
    /// Up to three named lines (a bar chart uses the first).
    pub series: Vec<(String, Vec<Option<f64>>)>,
    pub y_max: f64,
    /// The chart said in a sentence.
    pub summary: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Map {
    pub title: String,
    pub q: Questionnaire,
    pub points: Vec<Point>,
    pub labels: Vec<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Quote {
    pub day: String,
    pub what: String,
    pub text: String,
}

/// "1 check-in", "3 check-ins".
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn n(v: usize) -> String {
    v.to_string()
}

fn avg(v: Option<f64>) -> String {
    v.map(one_decimal).unwrap_or_else(|| "–".into())
}

fn note(s: impl Into<String>) -> Block {
    Block::Note(s.into())
}

fn facts(pairs: &[(&str, String)]) -> Block {
    Block::Facts(
        pairs
            .iter()
            .map(|(l, v)| (l.to_string(), v.clone()))
            .collect(),
    )
}

/// The column heading for slots: weeks or months.
fn slot_head(weekly: bool) -> String {
    if weekly { "Week of" } else { "Month" }.to_string()
}

fn labels(slots: &[Slot]) -> Vec<String> {
    slots.iter().map(|s| s.label.clone()).collect()
}

fn nothing(what: &str) -> Block {
    note(format!("No {what} in this period."))
}

/// Builds the document. `made` is the day it is made.
pub fn report(s: &Summary, made: Day, parts: &[Part], own_words: bool) -> Report {
    let weekly = super::weekly(s.range);
    let per = if weekly { "week" } else { "month" };
    let mut about = vec![
        "These figures count what was noted in Closer, a self-help app, during this period. They are counts, \
         not scores of worth: a quiet week can simply be a busy or a hard one, and nothing here measures how \
         well anyone is doing."
            .to_string(),
        "Nothing here is a diagnosis. Closer is self-help and education, not therapy.".to_string(),
        if weekly {
            "Weeks run Monday to Sunday; the first and last may be cut short by the period."
        } else {
            "Months are calendar months; the first and last may be cut short by the period."
        }
        .to_string(),
    ];
    about.push(if own_words {
        "The pages headed \u{201c}In my own words\u{201d} hold notes exactly as they were written."
            .to_string()
    } else {
        "No notes or other writing are included: only counts.".to_string()
    });
    let mut sections = Vec::new();
    for p in parts {
        let blocks = match p {
            Part::Questionnaires => s.quiz.as_ref().map(quiz_blocks),
            Part::Feelings => s
                .feelings
                .as_ref()
                .map(|f| feelings_blocks(f, &s.slots, weekly, per)),
            Part::Body => s.body.as_ref().map(body_blocks),
            Part::Urges => s
                .urges
                .as_ref()
                .map(|u| urge_blocks(u, &s.slots, weekly, per)),
            Part::Practice => s
                .practice
                .as_ref()
                .map(|x| practice_blocks(x, &s.slots, weekly, per)),
            Part::Beliefs => s.beliefs.as_ref().map(belief_blocks),
            Part::Milestones => s.milestones.as_ref().map(milestone_blocks),
            Part::Conflict => s.conflict.as_ref().map(conflict_blocks),
            Part::Wins => s.wins.as_ref().map(|w| win_blocks(w, &s.slots, per)),
        };
        if let Some(blocks) = blocks {
            sections.push(Section {
                key: p.key(),
                title: p.title().to_string(),
                blocks,
            });
        }
    }
    if own_words && !parts.is_empty() {
        sections.push(Section {
            key: "words",
            title: "In my own words".to_string(),
            blocks: words_blocks(&s.words),
        });
    }
    Report {
        title: "Closer: a summary".to_string(),
        range: s.range.label(),
        made: format!(
            "Created on this device by the person it describes, on {}. Not a clinical assessment.",
            made.short()
        ),
        about,
        sections,
    }
}

// ----- the parts ----------------------------------------------------------------------

fn quiz_blocks(q: &QuizFigures) -> Vec<Block> {
    let mut out = Vec::new();
    if q.series.is_empty() {
        out.push(note("No questionnaire was completed in this period."));
    }
    for series in &q.series {
        let short = series.q.instrument().map(|i| i.short).unwrap_or("");
        let title = if series.about.is_empty() {
            short.to_string()
        } else {
            format!("{short}, {}", lower_first(&series.about))
        };
        out.push(Block::Heading(title.clone()));
        out.push(Block::Table(Table {
            caption: format!("{title}: scores from 1 to 7"),
            head: vec!["Date".into(), "Anxiety".into(), "Avoidance".into()],
            rows: series
                .points
                .iter()
                .map(|p| {
                    vec![
                        p.t.day().short(),
                        one_decimal(p.scores.anxiety),
                        one_decimal(p.scores.avoidance),
                    ]
                })
                .collect(),
        }));
        out.push(Block::Map(Map {
            title: format!("{title} on the map"),
            q: series.q,
            labels: series.points.iter().map(|p| p.t.day().short()).collect(),
            points: series.points.clone(),
        }));
    }
    out.push(note(
        "Each score is the average answer on one dimension, from 1 to 7. It describes how the statements \
         were answered on that day. It is not a diagnosis or a type.",
    ));
    for q in q.questionnaires() {
        if let Some(i) = q.instrument() {
            out.push(note(format!("{} ({}): {}", i.name, i.short, i.citation)));
        }
    }
    out
}

fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_lowercase().chain(c).collect(),
        None => String::new(),
    }
}

fn word_list(words: &[(String, usize)]) -> String {
    words
        .iter()
        .map(|(w, c)| format!("{w} ({c})"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn feelings_blocks(f: &FeelingFigures, slots: &[Slot], weekly: bool, per: &str) -> Vec<Block> {
    if f.checkins == 0 {
        return vec![nothing("check-ins")];
    }
    let t = &f.total;
    let pick = |g: fn(&ToneCount) -> u32| -> Vec<Option<f64>> {
        f.by_slot.iter().map(|c| Some(g(c) as f64)).collect()
    };
    let max = f
        .by_slot
        .iter()
        .map(|c| c.pleasant.max(c.unpleasant))
        .max()
        .unwrap_or(0);
    vec![
        facts(&[
            ("Check-ins", n(f.checkins)),
            ("Different feeling words", n(f.distinct)),
            ("Most frequent", if f.top.is_empty() { "–".into() } else { word_list(&f.top) }),
            (
                "On balance",
                format!(
                    "{} pleasant, {} unpleasant, {} mixed, neutral or without a feeling word",
                    t.pleasant, t.unpleasant, t.other
                ),
            ),
        ]),
        Block::Chart(Chart {
            kind: ChartKind::Line,
            title: format!("Pleasant and unpleasant check-ins by {per}"),
            labels: labels(slots),
            series: vec![
                ("Pleasant".into(), pick(|c| c.pleasant)),
                ("Unpleasant".into(), pick(|c| c.unpleasant)),
            ],
            y_max: (max.max(1)) as f64,
            summary: format!(
                "Of {}, {} felt mostly pleasant and {} mostly unpleasant.",
                count(f.checkins, "check-in", "check-ins"),
                t.pleasant,
                t.unpleasant
            ),
        }),
        Block::Table(Table {
            caption: format!("Check-ins by {per}"),
            head: vec![
                slot_head(weekly),
                "Pleasant".into(),
                "Unpleasant".into(),
                "Mixed or other".into(),
            ],
            rows: slots
                .iter()
                .zip(&f.by_slot)
                .map(|(s, c)| vec![s.label.clone(), c.pleasant.to_string(), c.unpleasant.to_string(), c.other.to_string()])
                .collect(),
        }),
        note(
            "Pleasant and unpleasant say how a feeling tends to feel, not whether it is good or bad. No feeling is wrong.",
        ),
    ]
}

fn body_blocks(b: &BodyFigures) -> Vec<Block> {
    if b.checkins == 0 {
        return vec![nothing("body sensations")];
    }
    vec![
        facts(&[("Check-ins with a body sensation", n(b.checkins))]),
        Block::Table(Table {
            caption: "The most frequent sensations and the feelings named with them".into(),
            head: vec![
                "Sensation".into(),
                "Times".into(),
                "Feelings named with it".into(),
            ],
            rows: b
                .rows
                .iter()
                .map(|r| {
                    vec![
                        body::describe(r.felt.region(), r.felt.sensation()),
                        r.times.to_string(),
                        if r.words.is_empty() {
                            "–".into()
                        } else {
                            word_list(&r.words)
                        },
                    ]
                })
                .collect(),
        }),
    ]
}

fn urge_blocks(u: &UrgeFigures, slots: &[Slot], weekly: bool, per: &str) -> Vec<Block> {
    let t = &u.total;
    if t.noticed == 0 {
        return vec![nothing("urges to pull away were noted")];
    }
    let unsaid = t.noticed - t.stayed - t.came_back - t.left;
    let max = u.by_slot.iter().map(|c| c.noticed).max().unwrap_or(0);
    vec![
        facts(&[
            ("Noticed", t.noticed.to_string()),
            ("Stayed", t.stayed.to_string()),
            ("Took a break and came back", t.came_back.to_string()),
            ("Left", t.left.to_string()),
            ("What happened wasn't noted", unsaid.to_string()),
        ]),
        Block::Chart(Chart {
            kind: ChartKind::Line,
            title: format!("Urges noticed, and stayed or came back, by {per}"),
            labels: labels(slots),
            series: vec![
                (
                    "Noticed".into(),
                    u.by_slot.iter().map(|c| Some(c.noticed as f64)).collect(),
                ),
                (
                    "Stayed or came back".into(),
                    u.by_slot
                        .iter()
                        .map(|c| Some((c.stayed + c.came_back) as f64))
                        .collect(),
                ),
            ],
            y_max: max.max(1) as f64,
            summary: format!(
                "{} noticed; {} of them ended with staying or coming back.",
                count(t.noticed as usize, "urge", "urges"),
                t.stayed + t.came_back
            ),
        }),
        Block::Table(Table {
            caption: format!("Urges by {per}"),
            head: vec![
                slot_head(weekly),
                "Noticed".into(),
                "Stayed".into(),
                "Came back".into(),
            ],
            rows: slots
                .iter()
                .zip(&u.by_slot)
                .map(|(s, c)| {
                    vec![
                        s.label.clone(),
                        c.noticed.to_string(),
                        c.stayed.to_string(),
                        c.came_back.to_string(),
                    ]
                })
                .collect(),
        }),
        note("Every urge noticed counts, whatever happened next: noticing is the practice."),
    ]
}

fn practice_blocks(p: &PracticeFigures, slots: &[Slot], weekly: bool, per: &str) -> Vec<Block> {
    let mut out = Vec::new();
    if p.programs.is_empty() {
        out.push(nothing("practices were logged"));
    }
    for f in &p.programs {
        let program = f.program.program();
        let stage = program.stage(f.stage);
        out.push(Block::Heading(program.title.to_string()));
        out.push(facts(&[
            ("Stage now", format!("{}: {}", stage.label, stage.name)),
            ("Practices logged", n(f.logged)),
            (
                "Average discomfort, 0 to 10",
                format!(
                    "{} before, {} after",
                    avg(f.overall.before),
                    avg(f.overall.after)
                ),
            ),
            (
                "How it went",
                format!(
                    "met with care {}, neutral {}, it hurt {}",
                    f.care, f.neutral, f.hurt
                ),
            ),
        ]));
        out.push(Block::Chart(Chart {
            kind: ChartKind::Line,
            title: format!("{}: discomfort before and after, by {per}", program.title),
            labels: labels(slots),
            series: vec![
                (
                    "Before".into(),
                    f.by_slot.iter().map(|d| d.before).collect(),
                ),
                ("After".into(), f.by_slot.iter().map(|d| d.after).collect()),
            ],
            y_max: 10.0,
            summary: format!(
                "Average discomfort {} before and {} after, over {}.",
                avg(f.overall.before),
                avg(f.overall.after),
                count(f.logged, "practice", "practices")
            ),
        }));
        out.push(Block::Table(Table {
            caption: format!("{} by {per}", program.title),
            head: vec![
                slot_head(weekly),
                "Practices".into(),
                "Before".into(),
                "After".into(),
            ],
            rows: slots
                .iter()
                .zip(&f.by_slot)
                .map(|(s, d)| {
                    vec![
                        s.label.clone(),
                        d.count.to_string(),
                        avg(d.before),
                        avg(d.after),
                    ]
                })
                .collect(),
        }));
    }
    if p.statements > 0 {
        out.push(Block::Heading(
            ProgramId::FactFeeling.program().title.to_string(),
        ));
        out.push(facts(&[("Statements written", n(p.statements))]));
    }
    out
}

fn percent(v: Option<u8>) -> String {
    v.map(|x| format!("{x} %")).unwrap_or_else(|| "–".into())
}

fn belief_blocks(b: &BeliefFigures) -> Vec<Block> {
    let mut out = Vec::new();
    if b.worksheets.is_empty() {
        out.push(nothing("belief work"));
    }
    for w in &b.worksheets {
        out.push(Block::Heading(format!("\u{201c}{}\u{201d}", w.belief)));
        out.push(facts(&[
            (
                "New belief",
                if w.new_belief.is_empty() {
                    "not written yet".into()
                } else {
                    format!("\u{201c}{}\u{201d}", w.new_belief)
                },
            ),
            (
                "Evidence collected",
                format!(
                    "{} in this period ({} in all)",
                    w.evidence, w.evidence_total
                ),
            ),
        ]));
        if w.ratings.is_empty() {
            out.push(note("No strength ratings in this period."));
            continue;
        }
        if w.ratings.len() >= 2 {
            out.push(Block::Chart(Chart {
                kind: ChartKind::Line,
                title: "How strongly each belief was held".into(),
                labels: w.ratings.iter().map(|r| r.t.day().short()).collect(),
                series: vec![
                    (
                        "Old belief".into(),
                        w.ratings.iter().map(|r| Some(r.old as f64)).collect(),
                    ),
                    (
                        "New belief".into(),
                        w.ratings.iter().map(|r| r.new.map(|x| x as f64)).collect(),
                    ),
                ],
                y_max: 100.0,
                summary: strength_sentence(w),
            }));
        }
        out.push(Block::Table(Table {
            caption: "Belief strength, 0 to 100 %".into(),
            head: vec!["Date".into(), "Old belief".into(), "New belief".into()],
            rows: w
                .ratings
                .iter()
                .map(|r| vec![r.t.day().short(), percent(Some(r.old)), percent(r.new)])
                .collect(),
        }));
    }
    out
}

fn strength_sentence(w: &WorksheetFigures) -> String {
    let (first, last) = (&w.ratings[0], &w.ratings[w.ratings.len() - 1]);
    let mut s = format!("The old belief went from {} % to {} %", first.old, last.old);
    let news: Vec<u8> = w.ratings.iter().filter_map(|r| r.new).collect();
    match news.as_slice() {
        [] => s.push('.'),
        [one] => s.push_str(&format!("; the new belief was rated {one} %.")),
        [a, .., b] => s.push_str(&format!("; the new belief from {a} % to {b} %.")),
    }
    s
}

fn milestone_blocks(m: &MilestoneFigures) -> Vec<Block> {
    if m.sittings == 0 {
        return vec![nothing("self-checks")];
    }
    vec![
        facts(&[("Self-checks", n(m.sittings))]),
        Block::Table(Table {
            caption: "Answers in this period".into(),
            head: vec!["What I notice".into(), "First answer".into(), "Latest answer".into()],
            rows: m
                .markers
                .iter()
                .map(|a| {
                    let text = marker(&a.key).map(|(_, mk)| mk.text.to_string()).unwrap_or_else(|| a.key.clone());
                    let first = if a.times > 1 { LEVELS[a.first as usize].to_string() } else { "–".into() };
                    vec![text, first, LEVELS[a.last as usize].to_string()]
                })
                .collect(),
        }),
        note("The answers are \u{201c}not yet\u{201d}, \u{201c}sometimes\u{201d} and \u{201c}often\u{201d}: signposts, not grades."),
    ]
}

fn conflict_blocks(c: &ConflictFigures) -> Vec<Block> {
    if c.breaks == 0 {
        return vec![nothing("breaks during a conflict")];
    }
    vec![
        facts(&[
            ("Breaks taken", n(c.breaks)),
            ("Came back", n(c.came_back)),
            ("Came back within the time agreed", n(c.on_time)),
            ("Ended without going back", n(c.ended)),
        ]),
        note(
            "Not coming back can be the right choice: when a relationship isn't safe, keeping away is self-protection.",
        ),
    ]
}

fn win_blocks(w: &WinFigures, slots: &[Slot], per: &str) -> Vec<Block> {
    if w.count == 0 {
        return vec![nothing("wins were written down")];
    }
    vec![
        facts(&[
            ("Wins written down", n(w.count)),
            ("From a logged practice", n(w.from_practice)),
        ]),
        Block::Chart(Chart {
            kind: ChartKind::Bar,
            title: format!("Wins by {per}"),
            labels: labels(slots),
            series: vec![(
                "Wins".into(),
                w.by_slot.iter().map(|x| Some(*x as f64)).collect(),
            )],
            y_max: w.by_slot.iter().copied().max().unwrap_or(0).max(1) as f64,
            summary: format!("{} in this period.", count(w.count, "win", "wins")),
        }),
    ]
}

fn words_blocks(words: &[Words]) -> Vec<Block> {
    if words.is_empty() {
        return vec![note(
            "Nothing written in this period in the parts included.",
        )];
    }
    let mut out = Vec::new();
    let mut current: Option<Source> = None;
    for w in words {
        if current != Some(w.source) {
            current = Some(w.source);
            out.push(Block::Heading(w.source.title().to_string()));
        }
        out.push(Block::Quote(Quote {
            day: w.day.short(),
            what: w.what.clone(),
            text: w.text.clone(),
        }));
    }
    out
}
