use super::*;
use crate::base::time::{Day, LocalTime, Month};
use serde::Deserialize;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
struct Note {
    id: String,
    t: LocalTime,
    text: String,
}
impl Entry for Note {
    const KIND: &'static str = "note";
    fn id(&self) -> &str {
        &self.id
    }
    fn at(&self) -> LocalTime {
        self.t
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
struct Settings {
    name: String,
}
impl Doc for Settings {
    const NAME: &'static str = "settings";
}

fn at(y: i32, m: u32, d: u32) -> LocalTime {
    LocalTime::from_day_and_minute(Day::from_ymd(y, m, d), 9 * 60)
}
fn note(id: &str, t: LocalTime, text: &str) -> Note {
    Note {
        id: id.into(),
        t,
        text: text.into(),
    }
}
fn open() -> Store<std::rc::Rc<MemoryBackend>> {
    Store::open(std::rc::Rc::new(MemoryBackend::new())).unwrap()
}

#[test]
fn entries_round_trip_in_month_buckets() {
    let s = open();
    s.put(&note("b", at(2026, 11, 2), "second")).unwrap();
    s.put(&note("a", at(2026, 10, 30), "first")).unwrap();
    let all: Vec<Note> = s.entries().unwrap();
    assert_eq!(
        all.iter().map(|n| n.id.as_str()).collect::<Vec<_>>(),
        ["a", "b"]
    );
    assert!(s.backend().get("closer:e:note:2026-10").unwrap().is_some());
    assert!(s.backend().get("closer:e:note:2026-11").unwrap().is_some());
}

#[test]
fn put_with_same_id_replaces_and_delete_removes() {
    let s = open();
    s.put(&note("a", at(2026, 11, 2), "draft")).unwrap();
    s.put(&note("a", at(2026, 11, 2), "final")).unwrap();
    assert_eq!(
        s.entries::<Note>().unwrap(),
        vec![note("a", at(2026, 11, 2), "final")]
    );
    s.delete::<Note>("a", at(2026, 11, 2)).unwrap();
    assert!(s.entries::<Note>().unwrap().is_empty());
    assert_eq!(
        s.backend().get("closer:e:note:2026-11").unwrap(),
        None,
        "empty months leave no key"
    );
    s.delete::<Note>("a", at(2026, 11, 2)).unwrap();
}

#[test]
fn replace_moves_an_entry_across_months() {
    let s = open();
    s.put(&note("a", at(2026, 11, 1), "x")).unwrap();
    s.replace(at(2026, 11, 1), &note("a", at(2026, 10, 31), "x"))
        .unwrap();
    let all: Vec<Note> = s.entries().unwrap();
    assert_eq!(all.len(), 1);
    assert_eq!(all[0].t, at(2026, 10, 31));
}

#[test]
fn two_instances_on_one_storage_never_drop_entries() {
    // Two tabs: each has its own Store over the same localStorage.
    let shared = std::rc::Rc::new(MemoryBackend::new());
    let tab1 = Store::open(shared.clone()).unwrap();
    let tab2 = Store::open(shared.clone()).unwrap();
    for i in 0..20 {
        let t = at(2026, 11, 1 + i % 5);
        tab1.put(&note(&format!("one-{i}"), t, "from tab 1"))
            .unwrap();
        tab2.put(&note(&format!("two-{i}"), t, "from tab 2"))
            .unwrap();
    }
    assert_eq!(tab1.entries::<Note>().unwrap().len(), 40);
    assert_eq!(tab2.entries::<Note>().unwrap().len(), 40);
}

#[test]
fn an_unreadable_bucket_is_set_aside_untouched_and_reported() {
    let mem = std::rc::Rc::new(MemoryBackend::new());
    mem.set("closer:e:note:2026-11", "{not json").unwrap();
    let s = Store::open(mem.clone()).unwrap();
    assert!(s.entries::<Note>().unwrap().is_empty());
    assert_eq!(
        mem.get("closer:q:closer:e:note:2026-11")
            .unwrap()
            .as_deref(),
        Some("{not json")
    );
    assert_eq!(
        s.quarantined(),
        vec![Quarantined {
            key: "closer:e:note:2026-11".into(),
            kept_at: "closer:q:closer:e:note:2026-11".into()
        }]
    );
    // A later write to that month starts fresh and leaves the kept copy alone.
    s.put(&note("a", at(2026, 11, 3), "new")).unwrap();
    assert_eq!(
        mem.get("closer:q:closer:e:note:2026-11")
            .unwrap()
            .as_deref(),
        Some("{not json")
    );
    // A second corruption of the same key is kept beside the first, not over it.
    mem.set("closer:e:note:2026-11", "also broken").unwrap();
    let _ = s.entries::<Note>().unwrap();
    assert_eq!(
        mem.get("closer:q:closer:e:note:2026-11~2")
            .unwrap()
            .as_deref(),
        Some("also broken")
    );
    // Reopening still reports what is kept aside.
    let again = Store::open(mem.clone()).unwrap();
    assert_eq!(again.quarantined().len(), 2);
    again
        .discard_quarantined("closer:q:closer:e:note:2026-11")
        .unwrap();
    assert_eq!(again.quarantined().len(), 1);
}

#[test]
fn an_unreadable_doc_is_set_aside_and_the_default_used() {
    let mem = std::rc::Rc::new(MemoryBackend::new());
    mem.set("closer:d:settings", "\u{0}garbage").unwrap();
    let s = Store::open(mem.clone()).unwrap();
    assert_eq!(s.doc::<Settings>().unwrap(), Settings::default());
    assert_eq!(
        mem.get("closer:q:closer:d:settings").unwrap().as_deref(),
        Some("\u{0}garbage")
    );
}

#[test]
fn if_setting_aside_fails_nothing_is_overwritten() {
    let mem = std::rc::Rc::new(MemoryBackend::new());
    mem.set("closer:e:note:2026-11", "broken").unwrap();
    let s = Store::open(mem.clone()).unwrap();
    *mem.fail_writes.borrow_mut() = Some(StoreError::Full);
    assert!(matches!(
        s.put(&note("a", at(2026, 11, 3), "x")),
        Err(StoreError::Unreadable(_))
    ));
    assert_eq!(
        mem.get("closer:e:note:2026-11").unwrap().as_deref(),
        Some("broken")
    );
}

#[test]
fn a_failed_write_keeps_what_was_stored() {
    let mem = std::rc::Rc::new(MemoryBackend::new());
    let s = Store::open(mem.clone()).unwrap();
    s.put(&note("a", at(2026, 11, 1), "kept")).unwrap();
    mem.quota.set(Some(mem.units() + 10));
    assert_eq!(
        s.put(&note(
            "b",
            at(2026, 11, 2),
            "this will not fit in ten units"
        )),
        Err(StoreError::Full)
    );
    *mem.fail_writes.borrow_mut() = Some(StoreError::Unavailable);
    assert_eq!(
        s.put_doc(&Settings { name: "x".into() }),
        Err(StoreError::Unavailable)
    );
    assert_eq!(
        s.entries::<Note>().unwrap(),
        vec![note("a", at(2026, 11, 1), "kept")]
    );
    assert!(StoreError::Full.message().contains("still here"));
}

#[test]
fn compaction_packs_past_months_and_reads_them_back() {
    let s = open();
    let text = "I noticed my shoulders tighten when she asked about the weekend, and I stayed. ";
    for d in 1..=28 {
        s.put(&note(&format!("o{d}"), at(2026, 10, d), &text.repeat(6)))
            .unwrap();
        s.put(&note(&format!("n{d}"), at(2026, 11, d), &text.repeat(6)))
            .unwrap();
    }
    let before = s
        .backend()
        .get("closer:e:note:2026-10")
        .unwrap()
        .unwrap()
        .len();
    assert_eq!(
        s.compact::<Note>(Month {
            year: 2026,
            month: 11
        })
        .unwrap(),
        1,
        "only the past month"
    );
    let after = s
        .backend()
        .get("closer:e:note:2026-10")
        .unwrap()
        .unwrap()
        .encode_utf16()
        .count();
    assert!(after * 3 < before, "packed {after} vs {before}");
    assert_eq!(s.entries::<Note>().unwrap().len(), 56);
    assert_eq!(
        s.compact::<Note>(Month {
            year: 2026,
            month: 11
        })
        .unwrap(),
        0,
        "idempotent"
    );
    // Editing an old entry after compaction works and keeps the others.
    s.put(&note("o3", at(2026, 10, 3), "edited")).unwrap();
    assert_eq!(
        s.month_entries::<Note>(Month {
            year: 2026,
            month: 10
        })
        .unwrap()
        .len(),
        28
    );
}

#[test]
fn docs_default_until_written() {
    let s = open();
    assert_eq!(s.doc::<Settings>().unwrap(), Settings::default());
    s.put_doc(&Settings { name: "Sam".into() }).unwrap();
    assert_eq!(s.doc::<Settings>().unwrap().name, "Sam");
}

#[test]
fn a_newer_schema_opens_read_only() {
    let mem = std::rc::Rc::new(MemoryBackend::new());
    mem.set(keys::META, r#"{"schema":99}"#).unwrap();
    mem.set(
        "closer:e:note:2026-11",
        "[{\"id\":\"x\",\"shape\":\"new\"}]",
    )
    .unwrap();
    let s = Store::open(mem.clone()).unwrap();
    assert_eq!(s.read_only(), Some(ReadOnly::NewerSchema(99)));
    assert_eq!(
        s.put_doc(&Settings::default()),
        Err(StoreError::NewerSchema(99))
    );
    // Data it can't read (a newer shape) is neither set aside nor written over.
    assert!(s.entries::<Note>().unwrap().is_empty());
    assert!(s.quarantined().is_empty());
    assert!(mem.get("closer:e:note:2026-11").unwrap().is_some());
    assert_eq!(
        mem.get(keys::META).unwrap().as_deref(),
        Some(r#"{"schema":99}"#)
    );
}

#[test]
fn an_open_tab_stops_writing_when_another_moves_the_schema_on() {
    let mem = std::rc::Rc::new(MemoryBackend::new());
    let old_tab = Store::open(mem.clone()).unwrap();
    old_tab.put(&note("a", at(2026, 11, 1), "x")).unwrap();
    // A newer version, open in another tab, migrates the data.
    mem.set(keys::META, r#"{"schema":2}"#).unwrap();
    assert_eq!(
        old_tab.put(&note("b", at(2026, 11, 2), "y")),
        Err(StoreError::NewerSchema(2))
    );
    assert_eq!(old_tab.read_only(), Some(ReadOnly::NewerSchema(2)));
    assert_eq!(old_tab.entries::<Note>().unwrap().len(), 1);
}

#[test]
fn a_fresh_store_is_stamped_with_the_current_schema() {
    let s = open();
    assert_eq!(
        s.backend().get(keys::META).unwrap(),
        Some(format!(r#"{{"schema":{}}}"#, migrate::CURRENT))
    );
}

#[test]
fn sort_entries_orders_by_time_then_id_and_keeps_every_entry() {
    let mut v = vec![
        note("c", at(2026, 3, 2), "third"),
        note("b", at(2026, 3, 1), "second"),
        note("a", at(2026, 3, 1), "first"),
        note("d", at(2025, 12, 31), "zeroth"),
    ];
    sort_entries(&mut v);
    let texts: Vec<&str> = v.iter().map(|n| n.text.as_str()).collect();
    assert_eq!(texts, ["zeroth", "first", "second", "third"]);

    // Already in order: left exactly as it is.
    let before = v.clone();
    sort_entries(&mut v);
    assert_eq!(v, before);

    let mut empty: Vec<Note> = Vec::new();
    sort_entries(&mut empty);
    assert!(empty.is_empty());
}

#[test]
fn one_unreadable_entry_is_set_aside_alone_and_the_month_stays() {
    let mem = std::rc::Rc::new(MemoryBackend::new());
    let s = Store::open(mem.clone()).unwrap();
    s.put(&note("a", at(2026, 11, 1), "mine, kept")).unwrap();
    s.put(&note("b", at(2026, 11, 2), "mine too")).unwrap();
    // Something wrote an entry of the wrong shape into the month (a number for its text).
    let mut raw: Vec<serde_json::Value> =
        serde_json::from_str(&mem.get("closer:e:note:2026-11").unwrap().unwrap()).unwrap();
    raw.push(serde_json::json!({"id":"bad","t":at(2026, 11, 3).0,"text":5}));
    mem.set(
        "closer:e:note:2026-11",
        &serde_json::to_string(&raw).unwrap(),
    )
    .unwrap();

    let again = Store::open(mem.clone()).unwrap();
    let all = again.entries::<Note>().unwrap();
    assert_eq!(
        all.iter().map(|n| n.id.as_str()).collect::<Vec<_>>(),
        ["a", "b"],
        "the readable entries stay where they are"
    );
    let q = again.quarantined();
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].key, "closer:e:note:2026-11");
    assert!(again
        .quarantined_text(&q[0].kept_at)
        .unwrap()
        .contains("\"bad\""));
    // Read again (or after a crash between the two writes): no second copy.
    let third = Store::open(mem.clone()).unwrap();
    assert_eq!(third.entries::<Note>().unwrap().len(), 2);
    assert_eq!(third.quarantined().len(), 1);
    // Writing the month works and keeps both.
    third.put(&note("c", at(2026, 11, 4), "new")).unwrap();
    assert_eq!(third.entries::<Note>().unwrap().len(), 3);
}

#[test]
fn a_month_is_not_written_over_while_an_entry_in_it_cannot_be_kept_aside() {
    let mem = std::rc::Rc::new(MemoryBackend::new());
    mem.set(
        "closer:e:note:2026-11",
        &format!(
            r#"[{{"id":"a","t":{},"text":"ok"}},{{"id":"bad","t":1,"text":5}}]"#,
            at(2026, 11, 1).0
        ),
    )
    .unwrap();
    let s = Store::open(mem.clone()).unwrap();
    let before = mem.get("closer:e:note:2026-11").unwrap();
    *mem.fail_writes.borrow_mut() = Some(StoreError::Full);
    assert_eq!(s.entries::<Note>().unwrap().len(), 1, "still read");
    *mem.fail_writes.borrow_mut() = None;
    mem.quota.set(Some(mem.units()));
    assert!(matches!(
        s.put(&note("c", at(2026, 11, 4), "new")),
        Err(StoreError::Unreadable(_) | StoreError::Full)
    ));
    assert_eq!(mem.get("closer:e:note:2026-11").unwrap(), before);
}

#[test]
fn a_set_aside_entry_under_the_lock_downloads_readable_while_unlocked() {
    use crate::base::crypto::tests::test_key;
    let mem = std::rc::Rc::new(MemoryBackend::new());
    let s = Store::open(mem.clone()).unwrap();
    s.put(&note("a", at(2026, 11, 1), "kept")).unwrap();
    s.lock_on(test_key(), b"salt-salt-salt-1", 600_000, 0)
        .unwrap();
    // An entry of the wrong shape, sealed into the month as the app seals.
    let key = "closer:e:note:2026-11";
    let bad = format!(
        r#"[{{"id":"a","t":{},"text":"kept"}},{{"id":"bad","t":1,"text":["private words"]}}]"#,
        at(2026, 11, 1).0
    );
    mem.set(key, &s.seal_for(key, &bad).unwrap()).unwrap();
    assert_eq!(s.entries::<Note>().unwrap().len(), 1);
    let q = s.quarantined();
    assert_eq!(q.len(), 1);
    let stored = mem.get(&q[0].kept_at).unwrap().unwrap();
    assert!(
        stored.starts_with('#') && !stored.contains("private"),
        "sealed at rest"
    );
    assert!(s
        .quarantined_text(&q[0].kept_at)
        .unwrap()
        .contains("private words"));
    s.lock();
    assert!(!s
        .quarantined_text(&q[0].kept_at)
        .unwrap()
        .contains("private"));
}

#[test]
fn two_tabs_changing_different_parts_of_one_document_keep_both() {
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    struct Drafts {
        #[serde(default)]
        first: Option<String>,
        #[serde(default)]
        second: Option<String>,
    }
    impl Doc for Drafts {
        const NAME: &'static str = "drafts";
    }
    let shared = std::rc::Rc::new(MemoryBackend::new());
    let tab1 = Store::open(shared.clone()).unwrap();
    let tab2 = Store::open(shared.clone()).unwrap();
    // Both opened the document before either wrote.
    let _ = tab1.doc::<Drafts>().unwrap();
    let _ = tab2.doc::<Drafts>().unwrap();
    for i in 0..10 {
        tab1.update_doc::<Drafts>(|d| d.first = Some(format!("one {i}")))
            .unwrap();
        tab2.update_doc::<Drafts>(|d| d.second = Some(format!("two {i}")))
            .unwrap();
    }
    assert_eq!(
        tab1.doc::<Drafts>().unwrap(),
        Drafts {
            first: Some("one 9".into()),
            second: Some("two 9".into())
        }
    );
}

#[test]
fn a_draft_is_kept_sealed_and_only_while_unlocked() {
    use crate::base::crypto::tests::test_key;
    let s = open();
    assert_eq!(
        s.keep_draft("{}"),
        Err(StoreError::Locked),
        "no plain drafts"
    );
    s.lock_on(test_key(), b"salt-salt-salt-1", 600_000, 1)
        .unwrap();
    s.keep_draft(r#"{"p":"/wins/new","f":[{"k":"textarea::0","v":"half a thought"}]}"#)
        .unwrap();
    let stored = s.backend().get(keys::DRAFT).unwrap().unwrap();
    assert!(stored.starts_with('#') && !stored.contains("thought"));
    let again = Store::open(s.backend().clone()).unwrap();
    assert_eq!(again.draft(), None, "locked: nothing");
    again.unlock(test_key()).unwrap();
    assert!(again.draft().unwrap().contains("half a thought"));
    again.drop_draft().unwrap();
    assert_eq!(again.draft(), None);
}
