//! The summary's figures from one small, hand-checked set of records.

use super::figures::*;
use super::words::Source;
use super::*;
use crate::base::time::LocalTime;
use crate::content::programs::ProgramId;
use crate::domain::attempt::{Attempt, Relation};
use crate::domain::beliefs::{Moment, Text, Worksheet};
use crate::domain::checkin::{CheckIn, Felt, OwnWord};
use crate::domain::conflict::Conflict;
use crate::domain::evidence::Evidence;
use crate::domain::fact_feeling::Statement;
use crate::domain::milestones::{Assessment, Level};
use crate::domain::practice::{Outcome, Practice, Progress};
use crate::domain::questionnaire::{encode, Questionnaire};
use crate::domain::urges::{Action, Situation, Urge};
use crate::domain::wins::Win;

fn d(m: u32, dd: u32) -> Day {
    Day::from_ymd(2026, m, dd)
}
fn at(m: u32, dd: u32) -> LocalTime {
    LocalTime::from_day_and_minute(d(m, dd), 9 * 60)
}
const TODAY: (u32, u32) = (11, 29);
/// 30 Oct to 29 Nov: five slots (30 Oct, 2, 9, 16, 23 Nov).
fn month() -> Range {
    range(Period::LastMonth, None, (None, None), d(TODAY.0, TODAY.1)).unwrap()
}

fn ci(id: &str, t: LocalTime, words: &[&str], body: &[(&str, &str)], note: &str) -> CheckIn {
    let mut c = CheckIn::new(id.into(), t);
    c.words = words.iter().map(|w| w.to_string()).collect();
    c.body = body.iter().map(|(r, s)| Felt::new(r, s)).collect();
    c.note = note.into();
    c
}

fn practice(id: &str, t: LocalTime, p: ProgramId, before: u8, after: u8, o: Outcome) -> Practice {
    Practice {
        id: id.into(),
        at: t,
        program: p,
        stage: 0,
        did: format!("did {id}"),
        with: if id == "p1" {
            "Sam".into()
        } else {
            String::new()
        },
        before,
        after,
        outcome: o,
        note: if id == "p2" {
            "felt shaky".into()
        } else {
            String::new()
        },
    }
}

struct Fixture {
    attempts: Vec<Attempt>,
    checkins: Vec<CheckIn>,
    own: Vec<OwnWord>,
    urges: Vec<Urge>,
    practices: Vec<Practice>,
    statements: Vec<Statement>,
    progress: Progress,
    worksheets: Vec<Worksheet>,
    evidence: Vec<Evidence>,
    assessments: Vec<Assessment>,
    conflicts: Vec<Conflict>,
    wins: Vec<Win>,
}

fn fixture() -> Fixture {
    let rs = |id: &str, t, v: u8, person: &str| Attempt {
        id: id.into(),
        t,
        q: Questionnaire::EcrRs,
        answers: encode(&[Some(v); 9]),
        relation: Some(Relation::Partner),
        person: person.into(),
    };
    let mut ws = Worksheet::start(
        "w1".into(),
        at(10, 1),
        "I don't need anyone.",
        None,
        Some(90),
    );
    ws.set_text(Text::NewBelief, "Needing people is human.", at(10, 2));
    ws.set_text(Text::FirstLearned, "as a child", at(10, 2));
    ws.rate(at(10, 2), Moment::NewBelief, 85, Some(20));
    ws.rate(at(11, 10), Moment::Review, 60, Some(45));
    let old = Worksheet::start("w0".into(), at(8, 1), "Old and quiet.", None, Some(70));
    let assess = |id: &str, t, a: &[(&str, Level)]| Assessment {
        id: id.into(),
        at: t,
        answers: a.iter().map(|(k, l)| (k.to_string(), *l)).collect(),
    };
    let urge = |id: &str, t, a| {
        Urge::new(
            id.into(),
            t,
            Situation::Closeness,
            3,
            a,
            if id == "u1" { "wanted to run" } else { "" },
        )
    };
    Fixture {
        attempts: vec![
            Attempt {
                id: "r1".into(),
                t: at(9, 1),
                q: Questionnaire::EcrR,
                answers: encode(&[Some(4); 36]),
                relation: None,
                person: String::new(),
            },
            Attempt {
                id: "r2".into(),
                t: at(11, 5),
                q: Questionnaire::EcrR,
                answers: encode(&[Some(3); 36]),
                relation: None,
                person: String::new(),
            },
            rs("s1", at(11, 6), 5, "Sam"),
            rs("s2", at(11, 20), 2, "Alex"),
        ],
        checkins: vec![
            ci("c0", at(10, 29), &["joyful"], &[], "too early"),
            ci(
                "c1",
                at(10, 30),
                &["anxious", "calm"],
                &[("chest", "tight")],
                "",
            ),
            ci(
                "c2",
                at(11, 3),
                &["anxious"],
                &[("chest", "tight"), ("jaw", "tense")],
                "before the call",
            ),
            ci("c3", at(11, 4), &["calm", "grateful"], &[], ""),
            ci("c4", at(11, 4), &["pleasant"], &[], ""),
            ci("c5", at(11, 28), &["wistful"], &[("chest", "heavy")], ""),
            ci("c6", at(11, 29), &[], &[], "just a note"),
        ],
        own: vec![OwnWord {
            word: "wistful".into(),
            core: Some("sad".into()),
        }],
        urges: vec![
            urge("u0", at(10, 1), Some(Action::Left)),
            urge("u1", at(11, 2), Some(Action::Stayed)),
            urge("u2", at(11, 3), Some(Action::CameBack)),
            urge("u3", at(11, 3), Some(Action::Left)),
            urge("u4", at(11, 27), None),
        ],
        practices: vec![
            practice("p0", at(10, 10), ProgramId::Expression, 9, 9, Outcome::Hurt),
            practice("p1", at(11, 2), ProgramId::Expression, 8, 5, Outcome::Care),
            practice(
                "p2",
                at(11, 4),
                ProgramId::Expression,
                6,
                4,
                Outcome::Neutral,
            ),
            practice("p3", at(11, 25), ProgramId::Expression, 3, 2, Outcome::Care),
            practice("p4", at(11, 26), ProgramId::Micro, 5, 6, Outcome::Hurt),
        ],
        statements: vec![Statement {
            id: "f1".into(),
            at: at(11, 12),
            fact: "Work was busy".into(),
            feeling: "drained".into(),
        }],
        progress: Progress::default(),
        worksheets: vec![old, ws],
        evidence: vec![
            Evidence::new("e0".into(), at(10, 15), "w1", "She called back.").unwrap(),
            Evidence::new("e1".into(), at(11, 15), "w1", "He listened.").unwrap(),
        ],
        assessments: vec![
            assess("a0", at(10, 1), &[("b1a", Level::NotYet)]),
            assess(
                "a1",
                at(11, 1),
                &[("b1a", Level::Sometimes), ("b1b", Level::NotYet)],
            ),
            assess(
                "a2",
                at(11, 28),
                &[("b1a", Level::Often), ("b1b", Level::NotYet)],
            ),
        ],
        conflicts: vec![
            Conflict {
                id: "k0".into(),
                at: at(10, 5),
                minutes: 30,
                returned: None,
                ended: None,
            },
            Conflict {
                id: "k1".into(),
                at: at(11, 7),
                minutes: 30,
                returned: Some(LocalTime(at(11, 7).0 + 20 * 60)),
                ended: None,
            },
            Conflict {
                id: "k2".into(),
                at: at(11, 8),
                minutes: 10,
                returned: Some(LocalTime(at(11, 8).0 + 60 * 60)),
                ended: None,
            },
            Conflict {
                id: "k3".into(),
                at: at(11, 9),
                minutes: 30,
                returned: None,
                ended: Some(LocalTime(at(11, 9).0 + 15 * 60)),
            },
        ],
        wins: vec![
            Win {
                id: "v0".into(),
                at: at(10, 3),
                risked: "old win".into(),
                response: String::new(),
                showed: String::new(),
                practice: None,
            },
            Win {
                id: "v1".into(),
                at: at(11, 2),
                risked: "told Sam I was scared".into(),
                response: "He hugged me.".into(),
                showed: "It can be safe.".into(),
                practice: Some("p1".into()),
            },
            Win {
                id: "v2".into(),
                at: at(11, 21),
                risked: "asked for help".into(),
                response: String::new(),
                showed: String::new(),
                practice: None,
            },
        ],
    }
}

fn records(f: &Fixture) -> Records<'_> {
    Records {
        attempts: &f.attempts,
        checkins: &f.checkins,
        own: &f.own,
        urges: &f.urges,
        practices: &f.practices,
        statements: &f.statements,
        progress: &f.progress,
        worksheets: &f.worksheets,
        evidence: &f.evidence,
        assessments: &f.assessments,
        conflicts: &f.conflicts,
        wins: &f.wins,
        start: Some(d(9, 1)),
        today: d(TODAY.0, TODAY.1),
    }
}

fn all_parts(own_words: bool) -> Selection {
    let mut s = Selection::default();
    for p in Part::ALL {
        s.set(p, true);
    }
    s.own_words = own_words;
    s
}

#[test]
fn nothing_ticked_gives_only_the_period() {
    let f = fixture();
    let s = build(&records(&f), month(), &Selection::default());
    assert_eq!(s.range, month());
    assert_eq!(s.slots.len(), 5);
    assert!(s.quiz.is_none() && s.feelings.is_none() && s.body.is_none());
    assert!(s.urges.is_none() && s.practice.is_none() && s.beliefs.is_none());
    assert!(s.milestones.is_none() && s.conflict.is_none() && s.wins.is_none());
    assert!(s.words.is_empty());
    // Ticking own words alone adds nothing: words come only from ticked parts.
    let only_words = Selection {
        own_words: true,
        ..Default::default()
    };
    assert!(build(&records(&f), month(), &only_words).words.is_empty());
}

#[test]
fn feelings_count_the_period_only() {
    let f = fixture();
    let s = build(&records(&f), month(), &all_parts(false));
    let fe = s.feelings.unwrap();
    assert_eq!(fe.checkins, 6, "c0 is the day before the period");
    // anxious, calm, grateful, wistful ("pleasant" is a tone, not a feeling's name).
    assert_eq!(fe.distinct, 4);
    assert_eq!(
        fe.top,
        vec![
            ("anxious".to_string(), 2),
            ("calm".to_string(), 2),
            ("grateful".to_string(), 1),
            ("pleasant".to_string(), 1),
            ("wistful".to_string(), 1)
        ]
    );
    // c1 anxious+calm = 0: other; c2 unpleasant; c3 pleasant; c4 pleasant; c5 wistful (own
    // word under "sad") unpleasant; c6 no word: other.
    assert_eq!(
        fe.total,
        ToneCount {
            pleasant: 2,
            unpleasant: 2,
            other: 2
        }
    );
    assert_eq!(
        fe.by_slot[0],
        ToneCount {
            pleasant: 0,
            unpleasant: 0,
            other: 1
        }
    );
    assert_eq!(
        fe.by_slot[1],
        ToneCount {
            pleasant: 2,
            unpleasant: 1,
            other: 0
        }
    );
    assert_eq!(
        fe.by_slot[4],
        ToneCount {
            pleasant: 0,
            unpleasant: 1,
            other: 1
        }
    );
    assert_eq!(fe.by_slot.iter().map(ToneCount::total).sum::<u32>(), 6);
}

#[test]
fn body_sensations_come_with_their_feelings() {
    let f = fixture();
    let b = build(&records(&f), month(), &all_parts(false))
        .body
        .unwrap();
    assert_eq!(b.checkins, 3);
    assert_eq!(b.rows[0].felt, Felt::new("chest", "tight"));
    assert_eq!(b.rows[0].times, 2);
    assert_eq!(
        b.rows[0].words,
        vec![("anxious".to_string(), 2), ("calm".to_string(), 1)]
    );
    assert_eq!(b.rows.len(), 3);
}

#[test]
fn urges_by_week_noticed_and_stayed() {
    let f = fixture();
    let u = build(&records(&f), month(), &all_parts(false))
        .urges
        .unwrap();
    assert_eq!(
        u.total,
        UrgeCount {
            noticed: 4,
            stayed: 1,
            came_back: 1,
            left: 1
        }
    );
    assert_eq!(u.by_slot[1].noticed, 3);
    assert_eq!(u.by_slot[4].noticed, 1);
    assert_eq!(u.by_slot[0], UrgeCount::default());
}

#[test]
fn practice_programs_stage_count_and_discomfort() {
    let f = fixture();
    let p = build(&records(&f), month(), &all_parts(false))
        .practice
        .unwrap();
    assert_eq!(p.programs.len(), 2);
    let e = &p.programs[0];
    assert_eq!(e.program, ProgramId::Expression);
    assert_eq!(e.logged, 3);
    assert_eq!(e.overall.before, Some((8.0 + 6.0 + 3.0) / 3.0));
    assert_eq!(e.overall.after, Some((5.0 + 4.0 + 2.0) / 3.0));
    assert_eq!(e.by_slot[1].count, 2);
    assert_eq!(e.by_slot[1].before, Some(7.0));
    assert_eq!(e.by_slot[0].before, None);
    assert_eq!((e.care, e.neutral, e.hurt), (2, 1, 0));
    // Started 1 Sep with no moves by hand: the calendar has moved it on.
    assert_eq!(
        e.stage,
        crate::domain::practice::current_stage(
            ProgramId::Expression.program(),
            d(9, 1),
            None,
            d(11, 29)
        )
    );
    assert_eq!(p.programs[1].program, ProgramId::Micro);
    assert_eq!(p.statements, 1);
}

#[test]
fn belief_strength_new_belief_and_evidence() {
    let f = fixture();
    let b = build(&records(&f), month(), &all_parts(false))
        .beliefs
        .unwrap();
    assert_eq!(b.worksheets.len(), 1, "w0 has nothing in the period");
    let w = &b.worksheets[0];
    assert_eq!(w.belief, "I don't need anyone.");
    assert_eq!(w.new_belief, "Needing people is human.");
    assert_eq!(w.ratings.len(), 1);
    assert_eq!((w.ratings[0].old, w.ratings[0].new), (60, Some(45)));
    assert_eq!((w.evidence, w.evidence_total), (1, 2));
    // Over three months the earlier ratings count too.
    let three = range(Period::ThreeMonths, None, (None, None), d(11, 29)).unwrap();
    let b3 = build(&records(&f), three, &all_parts(false))
        .beliefs
        .unwrap();
    assert_eq!(b3.worksheets[0].ratings.len(), 3);
}

#[test]
fn milestones_first_and_last_answer_in_the_period() {
    let f = fixture();
    let m = build(&records(&f), month(), &all_parts(false))
        .milestones
        .unwrap();
    assert_eq!(m.sittings, 2);
    assert_eq!(
        m.markers[0],
        MarkerAnswer {
            key: "b1a".into(),
            first: Level::Sometimes,
            last: Level::Often,
            times: 2
        }
    );
    assert_eq!(m.markers[1].first, m.markers[1].last);
}

#[test]
fn conflict_breaks_and_coming_back() {
    let f = fixture();
    let c = build(&records(&f), month(), &all_parts(false))
        .conflict
        .unwrap();
    assert_eq!(
        c,
        ConflictFigures {
            breaks: 3,
            came_back: 2,
            on_time: 1,
            ended: 1
        }
    );
}

#[test]
fn wins_are_counted() {
    let f = fixture();
    let w = build(&records(&f), month(), &all_parts(false))
        .wins
        .unwrap();
    assert_eq!((w.count, w.from_practice), (2, 1));
    assert_eq!(w.by_slot, vec![0, 1, 0, 1, 0]);
}

#[test]
fn questionnaires_keep_names_out_unless_own_words_are_in() {
    let f = fixture();
    let q = build(&records(&f), month(), &all_parts(false))
        .quiz
        .unwrap();
    assert_eq!(q.series.len(), 3);
    assert_eq!(q.series[0].q, Questionnaire::EcrR);
    assert_eq!(
        q.series[0].points.len(),
        1,
        "the September attempt is outside"
    );
    assert_eq!(
        q.series[0].points[0].scores,
        f.attempts[1].scores().unwrap()
    );
    let abouts: Vec<&str> = q.series.iter().map(|s| s.about.as_str()).collect();
    assert_eq!(abouts, ["", "About a partner", "About a partner (2)"]);
    assert!(!format!("{q:?}").contains("Sam") && !format!("{q:?}").contains("Alex"));
    assert_eq!(
        q.questionnaires(),
        [Questionnaire::EcrR, Questionnaire::EcrRs]
    );
    let named = build(&records(&f), month(), &all_parts(true)).quiz.unwrap();
    let abouts: Vec<&str> = named.series.iter().map(|s| s.about.as_str()).collect();
    assert_eq!(
        abouts,
        ["", "About Alex (a partner)", "About Sam (a partner)"]
    );
}

#[test]
fn own_words_only_when_ticked_and_only_from_ticked_parts() {
    let f = fixture();
    assert!(build(&records(&f), month(), &all_parts(false))
        .words
        .is_empty());
    let all = build(&records(&f), month(), &all_parts(true)).words;
    let texts: Vec<&str> = all.iter().map(|w| w.text.as_str()).collect();
    for expected in [
        "before the call",
        "just a note",
        "wanted to run",
        "did p1 (with Sam)",
        "felt shaky",
        "Work was busy (drained)",
        "as a child",
        "He listened.",
        "told Sam I was scared",
        "He hugged me.",
        "It can be safe.",
        "asked for help",
    ] {
        assert!(texts.contains(&expected), "{expected} in {texts:?}");
    }
    for outside in ["too early", "old win", "She called back.", "did p0"] {
        assert!(!texts.contains(&outside), "{outside} is outside the period");
    }
    // Grouped by source in order.
    let sources: Vec<Source> = all.iter().map(|w| w.source).collect();
    let mut sorted = sources.clone();
    sorted.sort();
    assert_eq!(sources, sorted);

    // Only the urges part: only the urges' words.
    let mut urges_only = Selection::default();
    urges_only.set(Part::Urges, true);
    urges_only.own_words = true;
    let w = build(&records(&f), month(), &urges_only).words;
    assert_eq!(w.len(), 1);
    assert_eq!(w[0].text, "wanted to run");
}

// ----- the document ------------------------------------------------------------------

use super::report::{report, Block, Report};

fn text_of(r: &Report) -> String {
    let mut s = format!(
        "{}\n{}\n{}\n{}\n",
        r.title,
        r.range,
        r.made,
        r.about.join("\n")
    );
    for sec in &r.sections {
        s.push_str(&sec.title);
        s.push('\n');
        for b in &sec.blocks {
            match b {
                Block::Heading(h) | Block::Note(h) => s.push_str(h),
                Block::Facts(f) => {
                    for (l, v) in f {
                        s.push_str(&format!("{l}: {v}\n"));
                    }
                }
                Block::Table(t) => {
                    s.push_str(&t.caption);
                    for r in &t.rows {
                        s.push_str(&r.join(" | "));
                        s.push('\n');
                    }
                }
                Block::Chart(c) => s.push_str(&format!("{} {}", c.title, c.summary)),
                Block::Map(m) => s.push_str(&m.title),
                Block::Quote(q) => s.push_str(&format!("{} {} {}", q.day, q.what, q.text)),
            }
            s.push('\n');
        }
    }
    s
}

#[test]
fn the_document_says_what_it_is_and_holds_only_what_was_ticked() {
    let f = fixture();
    let mut sel = Selection::default();
    sel.set(Part::Feelings, true);
    sel.set(Part::Conflict, true);
    let s = build(&records(&f), month(), &sel);
    let r = report(&s, d(11, 29), sel.parts(), false);
    assert_eq!(r.range, "30 Oct 2026 to 29 Nov 2026");
    assert!(r
        .made
        .contains("Created on this device by the person it describes"));
    assert!(r.made.contains("Not a clinical assessment"));
    let text = text_of(&r);
    assert!(text.contains("not scores of worth"), "{text}");
    assert!(text.contains("Nothing here is a diagnosis"));
    let titles: Vec<&str> = r.sections.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(titles, ["Feelings named", "Breaks during conflict"]);
    assert!(text.contains("Check-ins: 6"));
    assert!(text.contains("Different feeling words: 4"));
    assert!(text
        .contains("Most frequent: anxious (2), calm (2), grateful (1), pleasant (1), wistful (1)"));
    assert!(text.contains("2 Nov | 2 | 1 | 0"), "{text}");
    assert!(text.contains("Breaks taken: 3") && text.contains("Came back: 2"));
    for absent in [
        "Urges",
        "ECR",
        "Wins",
        "before the call",
        "just a note",
        "In my own words",
    ] {
        assert!(!text.contains(absent), "{absent} in\n{text}");
    }
    assert!(text.contains("No notes or other writing are included"));
}

#[test]
fn the_document_with_every_part_and_own_words() {
    let f = fixture();
    let sel = all_parts(true);
    let s = build(&records(&f), month(), &sel);
    let r = report(&s, d(11, 29), sel.parts(), true);
    let text = text_of(&r);
    assert_eq!(r.sections.len(), Part::ALL.len() + 1);
    assert_eq!(r.sections.last().unwrap().title, "In my own words");
    for expected in [
        "ECR-R: scores from 1 to 7",
        "Fraley, R. C., Waller, N. G., & Brennan, K. A. (2000)",
        "Fraley, R. C., Heffernan, M. E.",
        "ECR-RS, about Alex (a partner)",
        "It is not a diagnosis",
        "tight chest | 2 | anxious (2), calm (1)",
        "Noticed: 4",
        "Stayed: 1",
        "Took a break and came back: 1",
        "What happened wasn't noted: 1",
        "Practices logged: 3",
        "Average discomfort, 0 to 10: 5.7 before, 3.7 after",
        "How it went: met with care 2, neutral 1, it hurt 0",
        "2 Nov | 2 | 7.0 | 4.5",
        "Statements written: 1",
        "\u{201c}I don't need anyone.\u{201d}",
        "New belief: \u{201c}Needing people is human.\u{201d}",
        "Evidence collected: 1 in this period (2 in all)",
        "10 Nov 2026 | 60 % | 45 %",
        "Self-checks: 2",
        "I notice my feelings more, even when I keep them to myself. | Sometimes | Often",
        "Wins written down: 2",
        "Check-in notes",
        "3 Nov 2026  before the call",
        "What I risked told Sam I was scared",
    ] {
        assert!(text.contains(expected), "{expected} missing from\n{text}");
    }
    assert!(!text.contains("too early") && !text.contains("old win"));
}

#[test]
fn empty_parts_say_so_kindly() {
    let f = fixture();
    let sel = all_parts(true);
    let quiet = Range {
        from: d(6, 1),
        to: d(6, 30),
    };
    let s = build(&records(&f), quiet, &sel);
    let text = text_of(&report(&s, d(11, 29), sel.parts(), true));
    assert!(text.contains("No check-ins in this period."), "{text}");
    assert!(text.contains("No questionnaire was completed in this period."));
    assert!(text.contains("Nothing written in this period"));
    assert!(!text.contains("NaN"));
}
