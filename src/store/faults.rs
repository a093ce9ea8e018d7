//! The fault suite, natively: every operation that writes more than one key is cut short
//! at every write it makes (1…all) in four ways (that write refused once; that write and
//! every later one refused; storage full from there on, every `set` refused but `remove`
//! working, as a browser at its quota; the page closed at that write), then storage is opened again
//! as a new page would, with a passphrase the person knows, and every entry there before
//! must be there, readable; the operation must have happened whole or not at all.
//!
//! `cargo test --lib faults -- --nocapture` prints the figures.

use super::backend::Fault;
use super::backup::{merge, Contents};
use super::lock::tests::{legacy_locked, other_key};
use super::lock::LockState;
use super::migrate::{Migrations, Step};
use super::transfer::tests::{at, filled, Note};
use super::transfer::RestoreMode;
use super::{keys, Backend, MemoryBackend, Store, StoreError};
use crate::base::crypto::tests::test_key;
use crate::base::crypto::{KEY_LEN, MIN_ITERATIONS};
use crate::base::time::Month;
use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

const NOW: Month = Month {
    year: 2026,
    month: 11,
};
const SALT1: &[u8; 16] = b"salt-salt-salt-1";
const SALT2: &[u8; 16] = b"salt-salt-salt-2";

type Mem = Rc<MemoryBackend>;
type Outcome = Result<(), StoreError>;

/// The figures of one operation.
#[derive(Default)]
struct Figures {
    writes: usize,
    tried: usize,
    lost: usize,
}

/// Every entry id, by kind (what "nothing lost" compares).
fn ids(c: &Contents) -> BTreeSet<String> {
    c.entries
        .iter()
        .flat_map(|(k, v)| {
            v.iter()
                .map(move |e| format!("{k}/{}", e["id"].as_str().unwrap()))
        })
        .collect()
}

/// Opens storage as a new page would, with the passphrases the person may know, in the
/// order they'd try them. `None`: nothing opens.
fn open_again(
    mem: &Mem,
    passphrases: &[&[u8; KEY_LEN]],
    migrations: &'static Migrations,
) -> Option<(Store<Mem>, Option<usize>)> {
    // Opened again a while later (a staging cut short is then clearly abandoned, see
    // `journal.rs`; a start within the minute leaves it, see `twotabs.rs`).
    super::gone::tests::pass(61_000);
    let s = Store::open_with(mem.clone(), migrations).ok()?;
    if s.lock_state() == LockState::Off {
        return Some((s, None));
    }
    for (i, p) in passphrases.iter().enumerate() {
        if s.unlock(p).is_ok() {
            return Some((s, Some(i)));
        }
    }
    None
}

/// Runs `op` on a fresh copy of `before` with every fault at every write, and hands each
/// result, opened again, to `check` (with what `op` returned).
fn every_fault(
    name: &str,
    before: &BTreeMap<String, String>,
    op: impl Fn(&Mem) -> Outcome,
    check: impl Fn(&Mem, Outcome, Fault),
) -> Figures {
    let mem: Mem = Rc::new(MemoryBackend::new());
    mem.restore_snapshot(before);
    mem.arm(None);
    op(&mem).unwrap_or_else(|e| panic!("{name} without a fault: {e:?}"));
    let writes = mem.writes.get();
    assert!(writes > 1, "{name} writes more than one key");
    let mut f = Figures {
        writes,
        ..Figures::default()
    };
    for n in 1..=writes {
        for fault in [
            Fault::FailOnce { at: n },
            Fault::FailFrom { at: n },
            Fault::FullFrom { at: n },
            Fault::Crash { at: n },
        ] {
            mem.restore_snapshot(before);
            mem.arm(Some(fault));
            let outcome = op(&mem);
            mem.arm(None);
            check(&mem, outcome, fault);
            f.tried += 1;
        }
    }
    f
}

fn report(name: &str, f: &Figures) {
    eprintln!(
        "fault suite (native) {name}: {} writes, {} interruption points tried, {} entries lost",
        f.writes, f.tried, f.lost
    );
}

fn locked_filled() -> Store<Mem> {
    let s = filled();
    s.lock_on(test_key(), SALT1, 600_000, 0).unwrap();
    s
}

/// Opens storage again with A then B and checks every entry is there, readable.
fn all_there(
    mem: &Mem,
    want: &Contents,
    passphrases: &[&[u8; KEY_LEN]],
    what: &str,
) -> Option<usize> {
    let (s, used) = open_again(mem, passphrases, &super::migrate::SHIPPED)
        .unwrap_or_else(|| panic!("{what}: no passphrase the person knows opens it"));
    let got = s.contents().unwrap();
    assert_eq!(ids(&got), ids(want), "{what}: every entry is there");
    assert_eq!(got, *want, "{what}: readable, as it was");
    assert!(s.quarantined().is_empty(), "{what}: nothing set aside");
    used
}

#[test]
fn lock_on_cut_short_anywhere_loses_nothing() {
    let s = filled();
    let want = s.contents().unwrap();
    let before = s.backend().snapshot();
    let f = every_fault(
        "lock on",
        &before,
        |mem| {
            Store::open(mem.clone())
                .unwrap()
                .lock_on(test_key(), SALT1, 600_000, 0)
        },
        |mem, outcome, fault| {
            let what = format!("lock on, {fault:?}");
            let used = all_there(mem, &want, &[test_key()], &what);
            if outcome.is_err() && used.is_some() {
                // Refused part-way: on only if putting it back failed too.
                assert!(
                    matches!(fault, Fault::FailFrom { .. } | Fault::FullFrom { .. }),
                    "{what}"
                );
            }
            if used.is_some() {
                let plain = mem
                    .snapshot()
                    .into_iter()
                    .any(|(k, v)| k != keys::META && k != keys::LOCK && !v.starts_with('#'));
                assert!(!plain, "{what}: the unlock sealed what was left plain");
            }
        },
    );
    report("lock on", &f);
}

#[test]
fn lock_off_cut_short_anywhere_loses_nothing() {
    let s = locked_filled();
    let want = s.contents().unwrap();
    let before = s.backend().snapshot();
    let f = every_fault(
        "lock off",
        &before,
        |mem| {
            let s = Store::open(mem.clone()).unwrap();
            s.unlock(test_key()).unwrap();
            s.lock_off()
        },
        |mem, outcome, fault| {
            let what = format!("lock off, {fault:?}");
            let used = all_there(mem, &want, &[test_key()], &what);
            // Never half off: either fully off (it said so) or on, sealed throughout.
            match used {
                None => assert!(
                    outcome.is_ok() || matches!(fault, Fault::Crash { .. }),
                    "{what}"
                ),
                Some(_) => assert!(
                    mem.snapshot()
                        .iter()
                        .all(|(k, v)| k == keys::META || k == keys::LOCK || v.starts_with('#')),
                    "{what}: still on, everything sealed"
                ),
            }
        },
    );
    report("lock off", &f);
}

#[test]
fn a_passphrase_change_cut_short_anywhere_opens_with_a_known_passphrase() {
    let s = locked_filled();
    let want = s.contents().unwrap();
    let before = s.backend().snapshot();
    let f = every_fault(
        "passphrase change",
        &before,
        |mem| {
            let s = Store::open(mem.clone()).unwrap();
            s.unlock(test_key()).unwrap();
            s.change_key(test_key(), other_key(), SALT2, MIN_ITERATIONS)
        },
        |mem, outcome, fault| {
            let what = format!("passphrase change, {fault:?}");
            if outcome.is_err() && !matches!(fault, Fault::Crash { .. }) {
                // The screen said nothing changed: the old passphrase must open it.
                all_there(mem, &want, &[test_key()], &what);
            } else {
                // Cut off: the new one (just typed twice) or the old one.
                all_there(mem, &want, &[other_key(), test_key()], &what);
            }
            // And whichever was used is now the only one.
            let (s, used) =
                open_again(mem, &[other_key(), test_key()], &super::migrate::SHIPPED).unwrap();
            assert_eq!(s.lock_record().unwrap().unwrap().slots.len(), 1, "{what}");
            let other = [other_key(), test_key()][1 - used.unwrap()];
            assert!(!s.is_lock_key(other).unwrap(), "{what}");
        },
    );
    report("passphrase change", &f);
}

#[test]
fn the_first_lock_format_brought_up_to_date_cut_short_anywhere_loses_nothing() {
    let s = legacy_locked();
    let before = s.backend().snapshot();
    s.unlock(test_key()).unwrap();
    let want = s.contents().unwrap();
    let f = every_fault(
        "lock format upgrade",
        &before,
        |mem| {
            let s = Store::open(mem.clone()).unwrap();
            s.unlock(test_key())
                .map(|_| ())
                .map_err(|_| StoreError::Locked)
        },
        |mem, _, fault| {
            all_there(mem, &want, &[test_key()], &format!("upgrade, {fault:?}"));
        },
    );
    report("lock format upgrade", &f);
}

fn backup_contents() -> Contents {
    let mut c = Contents::default();
    let notes: Vec<_> = [(8, 1), (10, 20), (11, 3), (11, 29)]
        .iter()
        .enumerate()
        .map(|(i, (m, d))| {
            serde_json::json!({"id": format!("k{i}"), "t": at(2026, *m, *d).0, "x": format!("from the backup {i}")})
        })
        .collect();
    c.entries.insert("note".into(), notes);
    c.docs
        .insert("settings".into(), serde_json::json!({"name": "Backup"}));
    c
}

fn restore_case(mode: RestoreMode, locked: bool) -> Figures {
    let name = format!(
        "restore {} ({})",
        if mode == RestoreMode::Merge {
            "merge"
        } else {
            "replace"
        },
        if locked { "lock on" } else { "lock off" }
    );
    let s = if locked { locked_filled() } else { filled() };
    let here = s.contents().unwrap();
    let incoming = backup_contents();
    let mut after = match mode {
        RestoreMode::Merge => merge(&here, &incoming),
        RestoreMode::Replace => incoming.clone(),
    };
    for items in after.entries.values_mut() {
        items.sort_by_key(|e| (e["t"].as_i64(), e["id"].as_str().map(String::from)));
    }
    let before = s.backend().snapshot();
    let f = every_fault(
        &name,
        &before,
        |mem| {
            let s = Store::open(mem.clone()).unwrap();
            if locked {
                s.unlock(test_key()).unwrap();
            }
            s.restore(&incoming, mode, NOW).map(|_| ())
        },
        |mem, outcome, fault| {
            let what = format!("{name}, {fault:?}");
            let (s, _) = open_again(mem, &[test_key()], &super::migrate::SHIPPED)
                .unwrap_or_else(|| panic!("{what}: opens"));
            let got = s.contents().unwrap();
            assert!(got == here || got == after, "{what}: all or nothing");
            // (After a crash nothing was said: the page was gone.)
            if outcome.is_ok() && !matches!(fault, Fault::Crash { .. }) {
                assert_eq!(got, after, "{what}: done when it said so");
            }
            if mode == RestoreMode::Merge {
                assert!(ids(&here).is_subset(&ids(&got)), "{what}: nothing lost");
            }
            assert!(s.quarantined().is_empty(), "{what}");
            let leftovers = mem
                .snapshot()
                .keys()
                .any(|k| k.starts_with(keys::STAGED) || k == keys::OP);
            assert!(!leftovers, "{what}: no staged value or journal left");
        },
    );
    report(&name, &f);
    f
}

#[test]
fn a_restore_cut_short_anywhere_is_all_or_nothing() {
    for mode in [RestoreMode::Merge, RestoreMode::Replace] {
        for locked in [false, true] {
            restore_case(mode, locked);
        }
    }
}

#[test]
fn delete_everything_cut_short_anywhere_is_all_or_nothing() {
    for locked in [false, true] {
        let s = if locked { locked_filled() } else { filled() };
        let want = s.contents().unwrap();
        let before = s.backend().snapshot();
        let name = if locked {
            "delete everything (lock on)"
        } else {
            "delete everything"
        };
        let f = every_fault(
            name,
            &before,
            |mem| Store::open(mem.clone()).unwrap().erase_all(),
            |mem, _, fault| {
                let what = format!("{name}, {fault:?}");
                let (s, _) = open_again(mem, &[test_key()], &super::migrate::SHIPPED)
                    .unwrap_or_else(|| panic!("{what}: opens"));
                let got = s.contents().unwrap();
                if got.is_empty() {
                    let left: Vec<String> = s
                        .own_keys()
                        .unwrap()
                        .into_iter()
                        .filter(|k| k != keys::META)
                        .collect();
                    assert!(left.is_empty(), "{what}: nothing half-deleted: {left:?}");
                    assert_eq!(s.lock_state(), LockState::Off);
                } else {
                    assert_eq!(got, want, "{what}: all or nothing");
                }
            },
        );
        report(name, &f);
    }
}

#[test]
fn moving_an_entry_to_another_month_cut_short_keeps_it_once() {
    let s = filled();
    let before = s.backend().snapshot();
    let f = every_fault(
        "move to another month",
        &before,
        |mem| {
            let s = Store::open(mem.clone()).unwrap();
            let mut n: Note = s
                .entries::<Note>()?
                .into_iter()
                .find(|n| n.id == "n3")
                .unwrap();
            let old = n.t;
            n.t = at(2026, 9, 30);
            n.text = "moved".into();
            s.replace(old, &n)
        },
        |mem, _, fault| {
            let s = Store::open(mem.clone()).unwrap();
            let all = s.entries::<Note>().unwrap();
            let copies: Vec<&Note> = all.iter().filter(|n| n.id == "n3").collect();
            assert_eq!(copies.len(), 1, "move, {fault:?}: kept once: {copies:?}");
            assert_eq!(all.len(), 5);
            assert!(!mem.snapshot().keys().any(|k| k.starts_with(keys::MOVE)));
        },
    );
    report("move to another month", &f);
}

/// A test-only version 2: every note's text gains a prefix, and the settings document is
/// renamed (a step that rewrites, adds and removes keys).
fn to_v2(b: &dyn Backend) -> Result<(), StoreError> {
    for k in b.keys()? {
        if k.starts_with("closer:e:note:") {
            let mut v: serde_json::Value = serde_json::from_str(&b.get(&k)?.unwrap()).unwrap();
            for e in v.as_array_mut().unwrap() {
                let x = e["x"].as_str().unwrap().to_string();
                e["x"] = format!("v2: {x}").into();
            }
            b.set(&k, &v.to_string())?;
        }
    }
    if let Some(v) = b.get("closer:d:settings")? {
        b.set("closer:d:prefs", &v)?;
        b.remove("closer:d:settings")?;
    }
    Ok(())
}

pub(crate) static TEST_V2: Migrations = Migrations {
    current: 2,
    steps: &[|_| Ok(()), to_v2 as Step],
};

#[test]
fn a_migration_cut_short_anywhere_is_all_or_nothing() {
    for locked in [false, true] {
        let s = if locked { locked_filled() } else { filled() };
        let v1 = s.contents().unwrap();
        let before = s.backend().snapshot();
        let name = if locked {
            "migration (lock on)"
        } else {
            "migration"
        };
        let f = every_fault(
            name,
            &before,
            |mem| {
                let s = Store::open_with(mem.clone(), &TEST_V2)?;
                if locked {
                    s.unlock(test_key()).map_err(|_| StoreError::Locked)?;
                }
                match s.read_only() {
                    Some(r) => Err(r.error()),
                    None => Ok(()),
                }
            },
            |mem, _, fault| {
                let what = format!("{name}, {fault:?}");
                let (s, _) = open_again(mem, &[test_key()], &TEST_V2)
                    .unwrap_or_else(|| panic!("{what}: opens"));
                assert_eq!(s.read_only(), None, "{what}: finished at the next start");
                let got = s.contents().unwrap();
                assert_eq!(ids(&got), ids(&v1), "{what}: nothing lost");
                assert!(got.docs.contains_key("prefs") && !got.docs.contains_key("settings"));
                for e in &got.entries["note"] {
                    let x = e["x"].as_str().unwrap();
                    assert!(
                        x.starts_with("v2: ") && !x.starts_with("v2: v2:"),
                        "{what}: {x}"
                    );
                }
                assert_eq!(
                    super::migrate::stored_schema(mem.as_ref()).unwrap(),
                    Some(2)
                );
            },
        );
        report(name, &f);
    }
}

/// Issue 24, item 3: a lock record from before Argon2id (the first version, whose unlock
/// also seals every value again, and a PBKDF2 slot) opened as the unlock screen opens it,
/// so its slot moves to Argon2id, cut off at every write: nothing lost, and the same
/// passphrase opens it (through whichever slot the record then holds).
#[test]
fn a_pbkdf2_lock_moved_to_argon2id_cut_short_anywhere_loses_nothing() {
    use super::lock::tests::unlock_as_the_screen_does;
    let pass = "correct horse";
    for (name, s) in [
        ("first version", legacy_locked()),
        ("PBKDF2 slot", {
            let s = locked_filled();
            let again = Store::open(s.backend().clone()).unwrap();
            drop(s);
            again
        }),
    ] {
        let before = s.backend().snapshot();
        s.unlock(test_key()).unwrap();
        let want = s.contents().unwrap();
        let mut f = Figures::default();
        let mem: Mem = Rc::new(MemoryBackend::new());
        mem.restore_snapshot(&before);
        mem.arm(None);
        let s = Store::open(mem.clone()).unwrap();
        unlock_as_the_screen_does(&s, pass, SALT2).unwrap();
        f.writes = mem.writes.get();
        assert!(f.writes >= 1, "{name}");
        for n in 1..=f.writes {
            for fault in [
                Fault::FailOnce { at: n },
                Fault::FailFrom { at: n },
                Fault::FullFrom { at: n },
                Fault::Crash { at: n },
            ] {
                mem.restore_snapshot(&before);
                mem.arm(Some(fault));
                if let Ok(s) = Store::open(mem.clone()) {
                    unlock_as_the_screen_does(&s, pass, SALT2);
                }
                mem.arm(None);
                f.tried += 1;
                let what = format!("{name} to Argon2id, {fault:?}");
                super::gone::tests::pass(61_000);
                let s = Store::open(mem.clone()).unwrap();
                unlock_as_the_screen_does(&s, pass, SALT2)
                    .unwrap_or_else(|| panic!("{what}: the passphrase no longer opens it"));
                let got = s.contents().unwrap();
                f.lost += ids(&want).difference(&ids(&got)).count();
                assert_eq!(got, want, "{what}: every entry there, readable");
                assert!(s.quarantined().is_empty(), "{what}: nothing set aside");
                // Opened once more, it is an Argon2id slot now, whatever was cut off.
                let record = s.lock_record().unwrap().unwrap();
                assert_eq!(
                    record.passphrases()[0].1,
                    crate::base::kdf::NEW,
                    "{what}: moved at the unlock after"
                );
            }
        }
        report(&format!("{name} to Argon2id"), &f);
        assert_eq!(f.lost, 0);
    }
}
