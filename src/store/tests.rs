use super::fixtures::{at, note, open, Note, Settings};
use super::*;
use crate::base::time::Month;

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
    let s = Store::open(mem.clone()).unwrap();
    assert_eq!(s.read_only(), Some(99));
    assert_eq!(
        s.put_doc(&Settings::default()),
        Err(StoreError::NewerSchema(99))
    );
    assert_eq!(
        mem.get(keys::META).unwrap().as_deref(),
        Some(r#"{"schema":99}"#)
    );
}

#[test]
fn migrations_run_once_and_record_each_step() {
    use std::cell::Cell;
    thread_local!(static RUNS: Cell<u32> = const { Cell::new(0) });
    let steps: &[migrate::Step] = &[
        |_| Ok(()),
        |b| {
            RUNS.with(|r| r.set(r.get() + 1));
            // v1 → v2 renames a doc.
            if let Some(v) = b.get("closer:d:old")? {
                b.set("closer:d:new", &v)?;
                b.remove("closer:d:old")?;
            }
            Ok(())
        },
    ];
    let mem = MemoryBackend::new();
    mem.set(keys::META, r#"{"schema":1}"#).unwrap();
    mem.set("closer:d:old", "{}").unwrap();
    let r = migrate::run_with(&mem, steps, 2).unwrap();
    assert_eq!((r.from, r.to), (1, 2));
    assert_eq!(mem.get("closer:d:new").unwrap().as_deref(), Some("{}"));
    assert_eq!(
        mem.get(keys::META).unwrap().as_deref(),
        Some(r#"{"schema":2}"#)
    );
    migrate::run_with(&mem, steps, 2).unwrap();
    assert_eq!(RUNS.with(|r| r.get()), 1, "a second start runs nothing");
}

#[test]
fn a_fresh_store_is_stamped_with_the_current_schema() {
    let mem = MemoryBackend::new();
    let r = migrate::run(&mem).unwrap();
    assert_eq!((r.from, r.to), (0, migrate::CURRENT));
    assert_eq!(
        mem.get(keys::META).unwrap(),
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
