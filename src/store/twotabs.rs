//! The two-tab suite, natively: two stores on one storage, as two tabs of one browser.
//! For each pair of operations (save, edit, move to another month, delete, delete
//! everything), the second tab's operation runs before the first tab's, between every
//! pair of its writes, and after it; then each tab looks after what it saved (as
//! `state/collection.rs` does for a few seconds) and the outcome is judged by what each tab meant:
//! entries lost, deleted entries brought back, entries set aside, duplicates. All 0.
//!
//! `cargo test --lib twotabs -- --nocapture` prints the figures.

use super::gone::Saved;
use super::transfer::tests::{at, Note};
use super::{keys, Backend, MemoryBackend, Store, StoreError};
use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;
use std::rc::Rc;

type Mem = Rc<MemoryBackend>;
type Tab = Rc<Store<Mem>>;

thread_local! {
    static TICK: Cell<u64> = const { Cell::new(1_000) };
}

/// A clock every tab shares that moves on at every look (so "after" is never a tie).
fn tick() -> u64 {
    TICK.with(|t| {
        t.set(t.get() + 1);
        t.get()
    })
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Op {
    Save,
    Edit,
    Move,
    Delete,
    Erase,
}

const OPS: [Op; 5] = [Op::Save, Op::Edit, Op::Move, Op::Delete, Op::Erase];

/// What one tab did: whether it went through, when it started and ended (the shared
/// clock), and the saves it looks after.
#[derive(Clone, Default)]
struct Done {
    ok: bool,
    start: u64,
    end: u64,
    saved: Vec<(Note, Saved)>,
}

fn note(id: &str, t: crate::base::time::LocalTime, text: &str) -> Note {
    Note {
        id: id.into(),
        t,
        text: text.into(),
    }
}

/// The entries both tabs see at the start: n3 (2 November) is the one edited, moved and
/// deleted; the others are never touched.
fn seeded() -> Mem {
    let mem: Mem = Rc::new(MemoryBackend::new());
    let s = Store::open(mem.clone()).unwrap();
    for (i, (m, d)) in [(9, 3), (10, 1), (10, 20), (11, 2), (11, 28)]
        .into_iter()
        .enumerate()
    {
        s.put(&note(&format!("n{i}"), at(2026, m, d), "words"))
            .unwrap();
    }
    mem
}

fn tab(mem: &Mem) -> Tab {
    let s = Store::open(mem.clone()).unwrap();
    s.set_clock(tick);
    Rc::new(s)
}

fn run(s: &Store<Mem>, op: Op, who: &str) -> Done {
    let start = tick();
    let n3 = note("n3", at(2026, 11, 2), "words");
    let mut saved = Vec::new();
    let r: Result<(), StoreError> = match op {
        Op::Save => {
            let e = note(&format!("new-{who}"), at(2026, 11, 15), who);
            let mark = s.saved_mark();
            let r = s.put(&e);
            saved.push((e, mark));
            r
        }
        Op::Edit => {
            let e = note("n3", n3.t, &format!("edited by {who}"));
            let mark = s.saved_mark();
            let r = s.put(&e);
            saved.push((e, mark));
            r
        }
        Op::Move => {
            let e = note("n3", at(2026, 10, 5), &format!("moved by {who}"));
            let mark = s.saved_mark();
            let r = s.replace(n3.t, &e);
            saved.push((e, mark));
            r
        }
        Op::Delete => s.delete::<Note>("n3", n3.t),
        Op::Erase => s.erase_all(),
    };
    let ok = r.is_ok();
    if !ok {
        saved.clear();
    }
    Done {
        ok,
        start,
        end: tick(),
        saved,
    }
}

#[derive(Default, Debug, Clone, Copy, PartialEq, Eq)]
struct Figures {
    tried: usize,
    lost: usize,
    resurrected: usize,
    set_aside: usize,
    duplicates: usize,
}

/// Judges the end state by what each tab meant (see the top).
fn judge(mem: &Mem, ops: [(Op, &Done); 2], f: &mut Figures, what: &str) {
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    let reader = Store::new(mem.clone());
    for e in reader.entries::<Note>().unwrap() {
        *seen.entry(e.id).or_default() += 1;
    }
    let here = |id: &str| seen.get(id).copied().unwrap_or(0) > 0;
    let erase = ops
        .iter()
        .find(|(op, d)| *op == Op::Erase && d.ok)
        .map(|(_, d)| d);
    // Gone by an erase that began after `end`; kept if it began after the erase ended.
    let erased_after = |end: u64| erase.is_some_and(|e| e.start >= end);
    let maybe_erased =
        |start: u64, end: u64| erase.is_some_and(|e| e.end >= start || e.start >= end);
    let fail = |kind: &str, n: &mut usize, id: &str| {
        *n += 1;
        eprintln!("  {what}: {kind} {id}");
    };
    let deleted = ops.iter().any(|(op, d)| *op == Op::Delete && d.ok);
    for id in ["n0", "n1", "n2", "n4"] {
        match (here(id), erase.is_some()) {
            (false, false) => fail("lost", &mut f.lost, id),
            (true, true) => fail("brought back", &mut f.resurrected, id),
            _ => {}
        }
    }
    // n3: deleted stays deleted; edited or moved stays unless deleted or erased.
    let n3_kept_by = ops
        .iter()
        .filter(|(op, d)| matches!(op, Op::Edit | Op::Move) && d.ok)
        .map(|(_, d)| d)
        .collect::<Vec<_>>();
    if here("n3") {
        let resaved_after_erase = erase.is_some_and(|e| n3_kept_by.iter().any(|d| d.start > e.end));
        if deleted || (erase.is_some() && !resaved_after_erase) {
            fail("brought back", &mut f.resurrected, "n3");
        }
    } else if !deleted && erase.is_none() {
        fail("lost", &mut f.lost, "n3");
    } else if !deleted {
        // Gone by the erase: wrong only if an edit or move was wholly after it.
        if n3_kept_by
            .iter()
            .any(|d| erase.is_some_and(|e| d.start > e.end))
        {
            fail("lost", &mut f.lost, "n3");
        }
    }
    for (op, d) in ops {
        if op != Op::Save || !d.ok {
            continue;
        }
        let id = &d.saved[0].0.id;
        if here(id) {
            if erased_after(d.end) {
                fail("brought back", &mut f.resurrected, id);
            }
        } else if !maybe_erased(d.start, d.end) {
            fail("lost", &mut f.lost, id);
        }
    }
    for (id, n) in &seen {
        if *n > 1 {
            fail("duplicate", &mut f.duplicates, id);
        }
    }
    let aside = mem
        .keys()
        .unwrap()
        .iter()
        .filter(|k| k.starts_with(keys::QUARANTINE))
        .count();
    if aside > 0 {
        f.set_aside += aside;
        eprintln!("  {what}: {aside} set aside");
    }
}

/// Every pair, the second tab's operation at every point of the first's.
fn suite() -> BTreeMap<(Op, Op), Figures> {
    let mut out = BTreeMap::new();
    for a in OPS {
        for b in OPS {
            // How many writes the first tab's operation makes on its own.
            let mem = seeded();
            mem.arm(None);
            run(&tab(&mem), a, "A");
            let writes = mem.writes.get();
            let mut f = Figures::default();
            for k in 0..=writes {
                let mem = seeded();
                let (ta, tb) = (tab(&mem), tab(&mem));
                let done_b: Rc<RefCell<Done>> = Rc::default();
                mem.arm(None);
                if k == 0 {
                    *done_b.borrow_mut() = run(&tb, b, "B");
                } else if k == writes {
                    // After the first tab's last write: wholly after it.
                } else {
                    let (tb2, out_b) = (tb.clone(), done_b.clone());
                    *mem.after_write.borrow_mut() =
                        Some((k, Box::new(move || *out_b.borrow_mut() = run(&tb2, b, "B"))));
                }
                let done_a = run(&ta, a, "A");
                mem.after_write.borrow_mut().take();
                if k == writes && k > 0 {
                    *done_b.borrow_mut() = run(&tb, b, "B");
                }
                let done_b = done_b.borrow().clone();
                // Each tab looks after what it saved (both orders are possible; A first).
                for (t, d) in [(&ta, &done_a), (&tb, &done_b)] {
                    for (e, mark) in &d.saved {
                        let _ = t.put_back(e, mark);
                    }
                }
                f.tried += 1;
                let what = format!("{a:?} / {b:?} after write {k}");
                judge(&mem, [(a, &done_a), (b, &done_b)], &mut f, &what);
            }
            out.insert((a, b), f);
        }
    }
    out
}

#[test]
fn two_tabs_lose_nothing_and_bring_nothing_back() {
    let figures = suite();
    let mut total = Figures::default();
    eprintln!("first tab / second tab: pairs tried, lost, brought back, set aside, duplicates");
    for ((a, b), f) in &figures {
        eprintln!(
            "{a:?} / {b:?}: {} tried, {} lost, {} brought back, {} set aside, {} duplicates",
            f.tried, f.lost, f.resurrected, f.set_aside, f.duplicates
        );
        total.tried += f.tried;
        total.lost += f.lost;
        total.resurrected += f.resurrected;
        total.set_aside += f.set_aside;
        total.duplicates += f.duplicates;
    }
    eprintln!("all: {total:?}");
    assert!(total.tried > 50);
    assert_eq!(
        (
            total.lost,
            total.resurrected,
            total.set_aside,
            total.duplicates
        ),
        (0, 0, 0, 0)
    );
}

/// Defect 1 as seen in Chromium: a tab looks after a win it saved; another tab deletes it,
/// or deletes everything, a moment later. It must not come back.
#[test]
fn a_save_looked_after_never_undoes_another_tabs_delete_or_erase() {
    for erase in [false, true] {
        let mem = seeded();
        let (a, b) = (tab(&mem), tab(&mem));
        let win = note("w", at(2026, 11, 20), "a win");
        let mark = a.saved_mark();
        a.put(&win).unwrap();
        if erase {
            b.erase_all().unwrap();
        } else {
            b.delete::<Note>("w", win.t).unwrap();
        }
        assert!(
            !a.put_back(&win, &mark).unwrap(),
            "erase {erase}: not put back"
        );
        let fresh = Store::open(mem.clone()).unwrap();
        assert!(fresh.entries::<Note>().unwrap().iter().all(|e| e.id != "w"));
    }
}

/// The other half: a save written over from an older copy (another tab's stale write) is
/// still put back.
#[test]
fn a_save_written_over_by_a_stale_copy_is_put_back() {
    let mem = seeded();
    let (a, b) = (tab(&mem), tab(&mem));
    let key = keys::bucket("note", at(2026, 11, 1).month());
    let stale = mem.get(&key).unwrap().unwrap();
    let win = note("w", at(2026, 11, 20), "a win");
    let mark = a.saved_mark();
    a.put(&win).unwrap();
    // The other tab writes November from a copy read before the win arrived.
    mem.set(&key, &stale).unwrap();
    assert!(a.put_back(&win, &mark).unwrap());
    assert!(b.entries::<Note>().unwrap().iter().any(|e| e.id == "w"));
}

/// Defect 6: moving an entry soon after saving it leaves one copy, not two.
#[test]
fn a_move_soon_after_a_save_leaves_one_copy() {
    let mem = seeded();
    let a = tab(&mem);
    let first = note("w", at(2026, 11, 20), "a win");
    let mark = a.saved_mark();
    a.put(&first).unwrap();
    let moved = note("w", at(2026, 10, 20), "a win");
    let mark2 = a.saved_mark();
    a.replace(first.t, &moved).unwrap();
    // The look-after of both saves runs (the first one's timer was already set).
    assert!(!a.put_back(&first, &mark).unwrap());
    assert!(!a.put_back(&moved, &mark2).unwrap());
    let n = a
        .entries::<Note>()
        .unwrap()
        .iter()
        .filter(|e| e.id == "w")
        .count();
    assert_eq!(n, 1);
}

/// With the lock on, a look-after never writes after another tab erased everything (the
/// lock record went with it): nothing is written in plain text.
#[test]
fn no_plain_write_after_an_erase_under_the_lock() {
    use crate::base::crypto::tests::test_key;
    use crate::base::crypto::PBKDF2_ITERATIONS;
    let mem = seeded();
    let a = tab(&mem);
    let k = test_key();
    a.lock_on(k, b"salt-salt-salt-1", PBKDF2_ITERATIONS, 0)
        .unwrap();
    let b = tab(&mem);
    b.unlock(k).unwrap();
    let win = note("w", at(2026, 11, 20), "a win");
    let mark = a.saved_mark();
    a.put(&win).unwrap();
    b.erase_all().unwrap();
    assert!(!a.put_back(&win, &mark).unwrap());
    let plain = mem
        .keys()
        .unwrap()
        .into_iter()
        .filter(|k| k.starts_with("closer:e:"))
        .count();
    assert_eq!(plain, 0);
}

/// Defect 4: a tab of an older build, open while a newer one moves the data to its schema,
/// reads the new shape: it sets nothing aside (the months stay whole for the new build)
/// and stops writing.
#[test]
fn an_old_tab_sets_nothing_aside_after_a_newer_build_migrates() {
    let mem = seeded();
    let old = tab(&mem);
    // The newer build's migration: schema 2, entries in a shape this build can't read.
    let key = keys::bucket("note", at(2026, 10, 1).month());
    mem.set(keys::META, r#"{"schema":2}"#).unwrap();
    mem.set(
        &key,
        r#"[{"id":"n1","t":1790000000,"words":"a"},{"id":"n2","t":1791000000,"words":"b"}]"#,
    )
    .unwrap();
    let before = mem.snapshot();
    let _ = old.entries::<Note>();
    let _ = old.doc::<super::transfer::tests::Settings>();
    assert_eq!(mem.snapshot(), before, "the old tab's reads wrote nothing");
    assert!(old.quarantined().is_empty());
    assert_eq!(old.read_only(), Some(super::ReadOnly::NewerSchema(2)));
}

#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
enum Feel {
    Calm,
    Warm,
}

#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
struct Mood {
    id: String,
    t: crate::base::time::LocalTime,
    f: Feel,
}

impl super::Entry for Mood {
    const KIND: &'static str = "mood";
    fn id(&self) -> &str {
        &self.id
    }
    fn at(&self) -> crate::base::time::LocalTime {
        self.t
    }
}

/// Defect 4, without a schema change: a newer build adds a variant and writes it. This
/// tab keeps the month whole (its other entries still show), sets nothing aside, and says
/// it is out of date; its next write is refused.
#[test]
fn an_unknown_variant_makes_the_tab_out_of_date_not_a_quarantine() {
    let mem = seeded();
    let a = tab(&mem);
    let t = at(2026, 11, 3);
    a.put(&Mood {
        id: "m1".into(),
        t,
        f: Feel::Calm,
    })
    .unwrap();
    let key = keys::bucket("mood", t.month());
    let mut stored: Vec<serde_json::Value> =
        serde_json::from_str(&mem.get(&key).unwrap().unwrap()).unwrap();
    let mut newer = stored[0].clone();
    newer["id"] = "m2".into();
    newer["f"] = "Glad".into();
    stored.push(newer);
    mem.set(&key, &serde_json::to_string(&stored).unwrap())
        .unwrap();
    let before = mem.snapshot();
    let read = a.entries::<Mood>().unwrap();
    assert_eq!(read.len(), 1, "the entries it knows still show");
    assert_eq!(mem.snapshot(), before, "nothing set aside or rewritten");
    assert_eq!(a.read_only(), Some(super::ReadOnly::OutOfDate));
    let m3 = Mood {
        id: "m3".into(),
        t,
        f: Feel::Warm,
    };
    assert_eq!(a.put(&m3), Err(StoreError::OutOfDate));
}

/// Defect 5: another tab changed the passphrase; this tab, still holding the old key, only
/// reads. Nothing is set aside, and a fresh tab opens everything with the new passphrase.
#[test]
fn a_tab_with_an_old_key_sets_nothing_aside() {
    use super::lock::tests::other_key;
    use crate::base::crypto::tests::test_key;
    use crate::base::crypto::MIN_ITERATIONS;
    let mem = seeded();
    let a = tab(&mem);
    a.lock_on(test_key(), b"salt-salt-salt-1", MIN_ITERATIONS, 0)
        .unwrap();
    let b = tab(&mem);
    b.unlock(test_key()).unwrap();
    b.change_key(test_key(), other_key(), b"salt-salt-salt-2", MIN_ITERATIONS)
        .unwrap();
    let _ = a.entries::<Note>();
    let _ = a.doc::<super::transfer::tests::Settings>();
    assert!(a.quarantined().is_empty());
    assert!(!mem
        .keys()
        .unwrap()
        .iter()
        .any(|k| k.starts_with(keys::QUARANTINE)));
    let fresh = Store::open(mem.clone()).unwrap();
    fresh.unlock(other_key()).unwrap();
    assert_eq!(fresh.entries::<Note>().unwrap().len(), 5);
}

/// Defect 3: another tab starting (or unlocking) while this one stages a restore leaves
/// its staged values alone: the restore finishes whole, at whichever write the other tab
/// started.
#[test]
fn a_tab_starting_while_another_stages_leaves_its_values_alone() {
    use super::transfer::RestoreMode;
    let backup = {
        let mem = seeded();
        let s = tab(&mem);
        for i in 0..3 {
            s.put(&note(&format!("r{i}"), at(2026, 8 + i, 9), "restored"))
                .unwrap();
        }
        s.contents().unwrap()
    };
    let now = at(2026, 11, 29).month();
    let writes = {
        let mem = seeded();
        mem.arm(None);
        tab(&mem)
            .restore(&backup, RestoreMode::Replace, now)
            .unwrap();
        mem.writes.get()
    };
    for k in 1..writes {
        let mem = seeded();
        // Both tabs on the wall clock, as in a browser (the other tab's start reads it).
        let a = Store::open(mem.clone()).unwrap();
        mem.arm(None);
        let m2 = mem.clone();
        *mem.after_write.borrow_mut() = Some((
            k,
            Box::new(move || {
                let b = Store::open(m2.clone()).unwrap();
                assert_eq!(b.read_only(), None);
            }),
        ));
        let done = a.restore(&backup, RestoreMode::Replace, now);
        assert!(done.is_ok(), "other tab started after write {k}: {done:?}");
        let fresh = Store::open(mem.clone()).unwrap();
        assert_eq!(fresh.contents().unwrap(), backup, "after write {k}");
    }
}
