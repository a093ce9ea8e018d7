//! Every kind of entry and every document Closer stores, with the rules a value from
//! outside (a backup file) must meet before it is taken in: the store's backup reader
//! parses each one into its real type with these (see `store::registry`).
//!
//! A new `Entry` or `Doc` type must be listed here: `tests::every_stored_type_is_listed`
//! reads the source for every `KIND` and `NAME` and fails on one that is missing.

use super::attempt::Attempt;
use super::backup_reminder::BackupLog;
use super::beliefs::Worksheet;
use super::checkin::{CheckIn, FeelPrefs};
use super::conflict::{self, Conflict, Flow, Words};
use super::evidence::Evidence;
use super::fact_feeling::Statement;
use super::milestones::Assessment;
use super::partner::NeedLog;
use super::pitfalls::PitfallCheck;
use super::practice::{Practice, Progress};
use super::profile::Profile;
use super::quiz_draft::Drafts;
use super::reminders::Reminders;
use super::routines::{RoutineEntry, Tick};
use super::sitting::Sitting;
use super::urges::{self, Urge};
use super::wins::Win;
use crate::base::time::{Day, LocalTime};
use crate::store::registry::{time_ok, Registry};

type Checked = Result<(), String>;

fn at_most(what: &str, value: u32, max: u32) -> Checked {
    if value > max {
        return Err(format!("{what} of {value} (at most {max})"));
    }
    Ok(())
}

fn within(what: &str, value: u32, lo: u32, hi: u32) -> Checked {
    if !(lo..=hi).contains(&value) {
        return Err(format!("{what} of {value} (between {lo} and {hi})"));
    }
    Ok(())
}

fn a_time(what: &str, t: LocalTime) -> Checked {
    if !time_ok(t) {
        return Err(format!("{what} outside the years 1900 to 2200"));
    }
    Ok(())
}

fn a_day(what: &str, d: Day) -> Checked {
    a_time(what, LocalTime(d.0 as i64 * 86_400))
}

fn few<T>(what: &str, items: &[T], max: usize) -> Checked {
    if items.len() > max {
        return Err(format!("{} {what} (at most {max})", items.len()));
    }
    Ok(())
}

fn short(what: &str, s: &str, max: usize) -> Checked {
    if s.chars().count() > max {
        return Err(format!("{what} longer than {max} characters"));
    }
    Ok(())
}

/// Questionnaire answers: one digit or `-` per item.
fn answers(code: &str) -> Checked {
    short("answers", code, 100)?;
    if !code.chars().all(|c| c.is_ascii_digit() || c == '-') {
        return Err("answers that aren't digits".into());
    }
    Ok(())
}

fn check_in(c: &CheckIn) -> Checked {
    at_most("an intensity", c.intensity.unwrap_or(0).into(), 10)?;
    few("feeling words", &c.words, 100)?;
    few("body marks", &c.body, 200)?;
    c.words
        .iter()
        .try_for_each(|w| short("a feeling word", w, 60))
}

fn sitting(s: &Sitting) -> Checked {
    at_most("a planned time in seconds", s.planned, 24 * 3600)?;
    at_most("a time sat in seconds", s.sat, 24 * 3600)?;
    at_most("an intensity before", s.before.unwrap_or(0).into(), 10)?;
    at_most("an intensity after", s.after.unwrap_or(0).into(), 10)
}

fn worksheet(w: &Worksheet) -> Checked {
    if w.updated.0 != 0 {
        a_time("a change date", w.updated)?;
    }
    few("ratings", &w.ratings, 10_000)?;
    for r in &w.ratings {
        a_time("a rating's date", r.t)?;
        at_most("a belief rating", r.old.into(), 100)?;
        at_most("a belief rating", r.new.unwrap_or(0).into(), 100)?;
    }
    Ok(())
}

fn evidence(e: &Evidence) -> Checked {
    within("a belief id length", e.worksheet.len() as u32, 1, 64)
}

fn a_conflict(c: &Conflict) -> Checked {
    within(
        "a break in minutes",
        c.minutes,
        conflict::MIN_MINUTES,
        conflict::MAX_MINUTES * 2,
    )?;
    if let Some(r) = c.returned {
        a_time("a return time", r)?;
    }
    Ok(())
}

fn practice(p: &Practice) -> Checked {
    at_most("a discomfort before", p.before.into(), 10)?;
    at_most("a discomfort after", p.after.into(), 10)?;
    at_most(
        "a stage",
        p.stage.into(),
        p.program.program().last_stage() as u32,
    )
}

fn attempt(a: &Attempt) -> Checked {
    answers(&a.answers)
}

fn routine(r: &RoutineEntry) -> Checked {
    at_most("steps done", r.steps_done.into(), 10)
}

fn tick(t: &Tick) -> Checked {
    short("a checklist item", &t.item, 60)
}

fn urge(u: &Urge) -> Checked {
    within(
        "an intensity",
        u.intensity.into(),
        urges::MIN_INTENSITY.into(),
        urges::MAX_INTENSITY.into(),
    )
}

fn profile(p: &Profile) -> Checked {
    match p.start {
        Some(d) => a_day("a start date", d),
        None => Ok(()),
    }
}

fn feel_prefs(p: &FeelPrefs) -> Checked {
    few("own words", &p.own, 1_000)?;
    within("minutes of sitting", p.sit_minutes.unwrap_or(5), 1, 240)
}

fn flow(f: &Flow) -> Checked {
    at_most("a step", f.step as u32, conflict::STEPS as u32 - 1)?;
    within(
        "a break in minutes",
        f.minutes,
        conflict::MIN_MINUTES,
        conflict::MAX_MINUTES,
    )?;
    if let Some(b) = &f.running {
        a_time("a break's start", b.start)?;
        within(
            "a break in minutes",
            b.minutes,
            conflict::MIN_MINUTES,
            conflict::MAX_MINUTES * 2,
        )?;
    }
    Ok(())
}

fn words(w: &Words) -> Checked {
    match w.by_step.keys().find(|k| **k >= conflict::STEPS) {
        Some(k) => Err(format!("words for step {k}")),
        None => Ok(()),
    }
}

fn progress(p: &Progress) -> Checked {
    for (program, moves) in &p.moves {
        few("stage moves", moves, 1_000)?;
        for m in moves {
            a_time("a stage move's date", m.at)?;
            at_most(
                "a stage",
                m.stage.into(),
                program.program().last_stage() as u32,
            )?;
        }
    }
    Ok(())
}

fn drafts(d: &Drafts) -> Checked {
    for q in [&d.ecr_r, &d.ecr_rs].into_iter().flatten() {
        answers(&q.answers)?;
        at_most("a question number", q.at as u32, 100)?;
        a_time("a start date", q.started)?;
    }
    Ok(())
}

fn reminders(r: &Reminders) -> Checked {
    r.times
        .iter()
        .try_for_each(|m| at_most("a reminder minute", *m, 24 * 60 - 1))
}

fn backup_log(b: &BackupLog) -> Checked {
    for t in [b.last, b.snoozed_until].into_iter().flatten() {
        a_time("a backup date", t)?;
    }
    Ok(())
}

fn any<T>(_: &T) -> Checked {
    Ok(())
}

/// The readers for every stored kind and document.
pub fn registry() -> Registry {
    Registry::new()
        .kind::<CheckIn>(check_in)
        .kind::<Sitting>(sitting)
        .kind::<Worksheet>(worksheet)
        .kind::<Evidence>(evidence)
        .kind::<Conflict>(a_conflict)
        .kind::<Statement>(any)
        .kind::<Assessment>(any)
        .kind::<NeedLog>(any)
        .kind::<PitfallCheck>(any)
        .kind::<Practice>(practice)
        .kind::<Attempt>(attempt)
        .kind::<RoutineEntry>(routine)
        .kind::<Tick>(tick)
        .kind::<Urge>(urge)
        .kind::<Win>(any)
        .doc::<Profile>(profile)
        .doc::<FeelPrefs>(feel_prefs)
        .doc::<Flow>(flow)
        .doc::<Words>(words)
        .doc::<Progress>(progress)
        .doc::<Drafts>(drafts)
        .doc::<Reminders>(reminders)
        .doc::<BackupLog>(backup_log)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;
    use std::path::Path;

    /// Every `const KIND` / `const NAME` string literal in `src/domain`.
    fn declared(marker: &str) -> BTreeSet<String> {
        let mut out = BTreeSet::new();
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut stack = vec![dir];
        while let Some(d) = stack.pop() {
            for e in std::fs::read_dir(d).unwrap() {
                let p = e.unwrap().path();
                if p.is_dir() {
                    // The store's own tests use made-up kinds; they are never stored.
                    if !p.ends_with("store") {
                        stack.push(p);
                    }
                    continue;
                }
                let text = std::fs::read_to_string(&p).unwrap();
                for line in text.lines() {
                    let line = line.trim();
                    if let Some(rest) = line.strip_prefix(marker) {
                        let name = rest.split('"').nth(1).unwrap();
                        out.insert(name.to_string());
                    }
                }
            }
        }
        out
    }

    #[test]
    fn every_stored_type_is_listed() {
        let r = registry();
        let kinds: BTreeSet<String> = r.kinds().map(String::from).collect();
        let docs: BTreeSet<String> = r.docs().map(String::from).collect();
        let declared_kinds = declared("const KIND: &'static str =");
        let declared_docs = declared("const NAME: &'static str =");
        assert!(declared_kinds.len() >= 15 && declared_docs.len() >= 8);
        assert_eq!(kinds, declared_kinds, "every Entry::KIND has a reader");
        assert_eq!(docs, declared_docs, "every Doc::NAME has a reader");
        assert_eq!(kinds.len(), r.kinds().count(), "each kind listed once");
        assert_eq!(docs.len(), r.docs().count(), "each document listed once");
    }

    use serde_json::{json, Value};

    const T: i64 = 1_795_000_000;

    /// One value of every kind and document with every field filled.
    fn samples() -> Vec<(&'static str, bool, Value)> {
        vec![
            (
                "ci",
                true,
                json!({"id":"c1","t":T,"w":["calm"],"i":4,"n":"note","b":[["chest","tight"]]}),
            ),
            (
                "sit",
                true,
                json!({"id":"s1","t":T,"p":300,"s":300,"b":5,"a":3,"w":"calm"}),
            ),
            (
                "belief",
                true,
                json!({"id":"b1","t":T,"u":T,"lib":"x","b":"belief","of":"x","or":"x",
                "ea":["b"],"ef":["a"],"cx":["c"],"nb":"new","pp":"pp","r":[{"t":T,"m":"s","o":80,"n":20}],"ar":true}),
            ),
            (
                "evidence",
                true,
                json!({"id":"e1","t":T,"w":"b1","x":"text","win":"w1"}),
            ),
            ("conflict", true, json!({"id":"k1","t":T,"m":30,"r":T})),
            (
                "factfeel",
                true,
                json!({"id":"f1","t":T,"f":"fact","e":"drained"}),
            ),
            ("selfcheck", true, json!({"id":"a1","t":T,"a":{"x":1}})),
            ("need", true, json!({"id":"n1","t":T,"n":"r","m":1})),
            ("pitfall", true, json!({"id":"p1","t":T,"r":["x"]})),
            (
                "practice",
                true,
                json!({"id":"pr","t":T,"p":"ex","s":1,"d":"did","w":"with","b":5,"a":3,"o":"c","n":"note"}),
            ),
            (
                "qa",
                true,
                json!({"id":"q1","t":T,"q":"r","a":"1234","r":"pa","n":"Sam"}),
            ),
            (
                "routine",
                true,
                json!({"id":"r1","t":T,"r":"m","f":"f","i":"i","g":"g","x":"x","w":"w","c":"c","n":"n","s":4}),
            ),
            ("tick", true, json!({"id":"t1","t":T,"k":"item"})),
            (
                "urge",
                true,
                json!({"id":"u1","t":T,"s":"c","i":3,"a":"s","n":"note"}),
            ),
            (
                "win",
                true,
                json!({"id":"w1","t":T,"r":"risk","h":"resp","s":"showed","p":"prac"}),
            ),
            ("profile", false, json!({"start":20400,"intention":"x"})),
            (
                "feel",
                false,
                json!({"d":"t","o":[{"w":"word","c":"sad"}],"m":5,"e":true}),
            ),
            (
                "conflict-flow",
                false,
                json!({"s":2,"m":30,"b":{"id":"k1","t":T,"m":30}}),
            ),
            ("conflict-words", false, json!({"w":{"1":"words"}})),
            ("practice", false, json!({"m":{"ex":[{"t":T,"s":1}]}})),
            (
                "quiz",
                false,
                json!({"r":{"a":"12--","i":2,"t":T,"r":"pa","n":"x"},"s":{"a":"1","t":T}}),
            ),
            ("rem", false, json!({"m":[480,720,1200],"n":true})),
            ("backup", false, json!({"t":T,"n":3,"z":T,"zn":3})),
        ]
    }

    fn read(r: &Registry, name: &str, entry: bool, v: &Value) -> Result<Value, String> {
        let got = if entry {
            r.read_entry(name, v)
        } else {
            r.read_doc(name, v)
        };
        got.unwrap_or_else(|| panic!("{name} is listed"))
    }

    fn wrong_type(v: &Value) -> Value {
        match v {
            Value::String(_) => json!(5),
            _ => json!("x"),
        }
    }

    #[test]
    fn every_sample_reads_and_every_field_of_the_wrong_type_is_refused() {
        let r = registry();
        let all = samples();
        assert_eq!(
            all.len(),
            r.kinds().count() + r.docs().count(),
            "a sample of each"
        );
        let mut refused = 0;
        for (name, entry, v) in &all {
            let back = read(&r, name, *entry, v).unwrap_or_else(|e| panic!("{name} sample: {e}"));
            assert_eq!(
                read(&r, name, *entry, &back).unwrap(),
                back,
                "{name} reads back"
            );
            let Value::Object(fields) = v else { panic!() };
            for (field, value) in fields {
                let mut bad = v.clone();
                bad[field] = wrong_type(value);
                assert!(
                    read(&r, name, *entry, &bad).is_err(),
                    "{name}.{field} = {} was taken in",
                    bad[field]
                );
                refused += 1;
            }
        }
        assert!(refused > 100, "{refused} fields tried");
    }

    #[test]
    fn numbers_out_of_range_are_refused() {
        let r = registry();
        let cases: &[(&str, bool, &str, Value)] = &[
            ("ci", true, "i", json!(11)),
            ("sit", true, "b", json!(11)),
            ("sit", true, "p", json!(10_000_000)),
            ("belief", true, "r", json!([{"t":T,"m":"s","o":101}])),
            ("belief", true, "u", json!(9_000_000_000i64)),
            ("conflict", true, "m", json!(0)),
            ("conflict", true, "m", json!(100_000)),
            ("practice", true, "b", json!(11)),
            ("practice", true, "s", json!(99)),
            ("qa", true, "a", json!("abc")),
            ("routine", true, "s", json!(200)),
            ("urge", true, "i", json!(0)),
            ("urge", true, "i", json!(6)),
            ("urge", true, "t", json!(-9_000_000_000i64)),
            ("profile", false, "start", json!(10_000_000)),
            ("profile", false, "start", json!(-1_000_000)),
            ("feel", false, "m", json!(0)),
            ("conflict-flow", false, "s", json!(7)),
            ("conflict-words", false, "w", json!({"9": "x"})),
            ("practice", false, "m", json!({"ex":[{"t":T,"s":40}]})),
            ("quiz", false, "r", json!({"a":"12","i":500,"t":T})),
            ("rem", false, "m", json!([0, 1440, 5])),
            ("backup", false, "t", json!(99_000_000_000i64)),
        ];
        let all = samples();
        for (name, entry, field, value) in cases {
            let (_, _, sample) = all
                .iter()
                .find(|(n, e, _)| n == name && e == entry)
                .unwrap();
            let mut bad = sample.clone();
            bad[*field] = value.clone();
            let got = read(&r, name, *entry, &bad);
            assert!(got.is_err(), "{name}.{field} = {value} was taken in");
        }
    }
}
