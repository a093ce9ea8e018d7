//! Restoring a backup into a store holding the person's own entries, with the app's
//! real kinds (`domain::registry`): a file with one entry of the wrong shape is refused
//! whole before anything is written, and nothing already stored changes. Lives here,
//! above both layers, because it uses domain types through the store.

use closer::base::time::{Day, LocalTime, Month};
use closer::domain::profile::Profile;
use closer::domain::registry::registry;
use closer::domain::wins::Win;
use closer::store::backup::{self, Parsed, Refusal};
use closer::store::transfer::RestoreMode;
use closer::store::{MemoryBackend, Store};
use std::rc::Rc;

const NOW: Month = Month {
    year: 2026,
    month: 11,
};

fn at(d: u32) -> LocalTime {
    LocalTime::from_day_and_minute(Day::from_ymd(2026, 11, d), 600)
}

fn win(id: &str, d: u32, risked: &str) -> Win {
    Win {
        id: id.into(),
        at: at(d),
        risked: risked.into(),
        response: String::new(),
        showed: String::new(),
        practice: None,
    }
}

fn store_with_my_win() -> Store<Rc<MemoryBackend>> {
    let s = Store::open(Rc::new(MemoryBackend::new())).unwrap();
    s.put(&win("mine", 3, "I told her I was scared")).unwrap();
    s.put_doc(&Profile::commit(Day::from_ymd(2026, 10, 1), ""))
        .unwrap();
    s
}

fn file(entries: &str, docs: &str) -> String {
    format!(r#"{{"closer_backup":1,"schema":1,"entries":{{{entries}}},"docs":{{{docs}}}}}"#)
}

#[test]
fn a_win_with_a_number_for_its_text_is_refused_and_my_win_stays() {
    let s = store_with_my_win();
    let before = s.backend().snapshot();
    let t = at(5).0;
    let text = file(&format!(r#""win":[{{"id":"w9","t":{t},"r":5}}]"#), "");
    let refused = backup::parse(&text, &registry()).unwrap_err();
    assert!(
        matches!(&refused, Refusal::BadValue { kind, id, .. } if kind == "win" && id == "w9"),
        "{refused:?}"
    );
    assert_eq!(s.backend().snapshot(), before, "nothing was written");
    assert_eq!(s.entries::<Win>().unwrap().len(), 1);
    assert!(s.quarantined().is_empty());
}

#[test]
fn a_crafted_start_date_is_refused() {
    let s = store_with_my_win();
    let text = file("", r#""profile":{"start":2000000000}"#);
    assert!(matches!(
        backup::parse(&text, &registry()),
        Err(Refusal::BadValue { .. })
    ));
    assert!(s.doc::<Profile>().unwrap().onboarded());
}

#[test]
fn a_good_file_merges_and_every_entry_reads_as_its_type() {
    let s = store_with_my_win();
    let t = at(20).0;
    let text = file(
        &format!(r#""win":[{{"id":"w2","t":{t},"r":"asked for help"}}]"#),
        r#""profile":{"start":20000}"#,
    );
    let Parsed::Plain { contents, .. } = backup::parse(&text, &registry()).unwrap() else {
        panic!()
    };
    let done = s.restore(&contents, RestoreMode::Merge, NOW).unwrap();
    assert_eq!((done.added, done.total), (1, 2));
    let wins = s.entries::<Win>().unwrap();
    assert_eq!(wins.len(), 2);
    assert!(s.quarantined().is_empty());
    // The profile here is kept by a merge.
    assert_eq!(
        s.doc::<Profile>().unwrap().start,
        Some(Day::from_ymd(2026, 10, 1))
    );
    // Replacing makes the store exactly the backup.
    s.restore(&contents, RestoreMode::Replace, NOW).unwrap();
    assert_eq!(
        s.entries::<Win>().unwrap(),
        vec![win("w2", 20, "asked for help")]
    );
    assert_eq!(s.doc::<Profile>().unwrap().start, Some(Day(20000)));
}
