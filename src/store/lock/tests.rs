use super::*;
use crate::base::crypto::{derive_key, tests::test_key, MIN_ITERATIONS};
use crate::base::kdf::{self, Kdf};
use crate::store::transfer::tests::{filled, Settings};
use crate::store::{MemoryBackend, Store};
use std::rc::Rc;

const SALT1: &[u8; 16] = b"salt-salt-salt-1";
const SALT2: &[u8; 16] = b"salt-salt-salt-2";

pub(crate) fn other_key() -> &'static [u8; KEY_LEN] {
    static K: std::sync::OnceLock<[u8; KEY_LEN]> = std::sync::OnceLock::new();
    K.get_or_init(|| derive_key("a new one", SALT2, MIN_ITERATIONS))
}

fn plain_words_anywhere(b: &MemoryBackend) -> Vec<String> {
    b.snapshot()
        .into_iter()
        .filter(|(_, v)| v.contains("private") || v.contains("Sam"))
        .map(|(k, _)| k)
        .collect()
}

fn reopen(s: &Store<Rc<MemoryBackend>>) -> Store<Rc<MemoryBackend>> {
    Store::open(s.backend().clone()).unwrap()
}

#[test]
fn locking_encrypts_everything_and_a_reload_opens_locked() {
    let s = filled();
    let before = s.contents().unwrap();
    s.lock_on(test_key(), SALT1, 600_000, 5).unwrap();
    assert_eq!(plain_words_anywhere(s.backend()), Vec::<String>::new());
    assert_eq!(
        s.contents().unwrap(),
        before,
        "still readable while unlocked"
    );
    let record = s.lock_record().unwrap().unwrap();
    assert_eq!((record.v, record.slots.len(), record.op), (2, 1, None));

    // A reload: the store opens locked and reads nothing, sets nothing aside.
    let again = reopen(&s);
    assert_eq!(again.lock_state(), LockState::Locked);
    assert_eq!(again.contents(), Err(StoreError::Locked));
    assert_eq!(again.doc::<Settings>(), Err(StoreError::Locked));
    assert!(again.quarantined().is_empty());
    assert_eq!(again.lock_record().unwrap().unwrap().idle, 5);
    again.set_lock_idle(15).unwrap();
    assert_eq!(again.lock_record().unwrap().unwrap().idle, 15);

    let wrong = derive_key("not it", SALT1, 1000);
    assert_eq!(again.unlock(&wrong), Err(UnlockError::WrongPassphrase));
    assert_eq!(again.lock_state(), LockState::Locked);
    again.unlock(test_key()).unwrap();
    assert_eq!(again.contents().unwrap(), before);
    assert!(again.quarantined().is_empty());

    again.lock();
    assert_eq!(again.contents(), Err(StoreError::Locked));
}

#[test]
fn every_sealed_value_names_its_key_and_is_bound_to_where_it_lives() {
    let s = filled();
    s.lock_on(test_key(), SALT1, 600_000, 0).unwrap();
    let cur = s.lock_record().unwrap().unwrap().cur;
    let snap = s.backend().snapshot();
    for (k, v) in &snap {
        if k != keys::META && k != keys::LOCK {
            assert_eq!(codec::key_id(v), Some(cur.as_str()), "{k}");
        }
    }
    // Swap two sealed months: each is refused where it doesn't belong, and set aside.
    let (a, b) = ("closer:e:note:2026-09", "closer:e:note:2026-11");
    s.backend().set(a, &snap[b]).unwrap();
    let n = s
        .entries::<crate::store::transfer::tests::Note>()
        .unwrap()
        .len();
    assert_eq!(n, 4, "the swapped month no longer opens");
    assert_eq!(s.quarantined().len(), 1);
}

#[test]
fn turning_the_lock_off_decrypts_in_place() {
    let s = filled();
    let before = s.backend().snapshot();
    s.lock_on(test_key(), SALT1, 600_000, 0).unwrap();
    s.lock_off().unwrap();
    assert_eq!(s.backend().snapshot(), before);
    assert_eq!(s.lock_state(), LockState::Off);
}

#[test]
fn sealed_values_stay_about_as_small_as_plain_ones() {
    let s = filled();
    let before = s.backend().units();
    s.lock_on(test_key(), SALT1, 600_000, 0).unwrap();
    let after = s.backend().units();
    // Per value: the nonce, tag and key id (about 25 characters) and the record.
    assert!(after < before + 40 * 6 + 400, "{before} -> {after}");
}

#[test]
fn a_value_another_tab_wrote_plain_is_sealed_at_unlock() {
    let s = filled();
    s.lock_on(test_key(), SALT1, 600_000, 0).unwrap();
    // A tab that didn't know about the lock wrote a plain value.
    s.backend()
        .set("closer:d:settings", r#"{"name":"Sam again"}"#)
        .unwrap();
    let again = reopen(&s);
    again.unlock(test_key()).unwrap();
    assert_eq!(plain_words_anywhere(again.backend()), Vec::<String>::new());
    assert_eq!(
        again.contents().unwrap().docs["settings"]["name"],
        "Sam again"
    );
}

#[test]
fn a_new_passphrase_re_encrypts_everything_and_the_old_one_no_longer_opens() {
    let s = filled();
    let before = s.contents().unwrap();
    s.lock_on(test_key(), SALT1, 600_000, 5).unwrap();
    let sealed_before = s.backend().snapshot();
    let other_tab = reopen(&s);
    other_tab.unlock(test_key()).unwrap();
    assert!(s.is_lock_key(test_key()).unwrap());

    s.change_key(test_key(), other_key(), SALT2, MIN_ITERATIONS)
        .unwrap();
    assert!(s.is_lock_key(other_key()).unwrap());
    assert!(!s.is_lock_key(test_key()).unwrap());
    assert_eq!(s.contents().unwrap(), before, "still open in this tab");
    assert_eq!(plain_words_anywhere(s.backend()), Vec::<String>::new());
    let record = s.lock_record().unwrap().unwrap();
    assert_eq!(
        (
            record.slots.len(),
            record.slots[0].iter,
            record.idle,
            record.op
        ),
        (1, MIN_ITERATIONS, 5, None)
    );
    assert_eq!(record.slots[0].salt_bytes(), SALT2.to_vec());
    // Every value was sealed again, with the new data key.
    for (k, v) in s.backend().snapshot() {
        if k != keys::META && k != keys::LOCK {
            assert_ne!(sealed_before[&k], v, "{k}");
            assert_eq!(codec::key_id(&v), Some(record.cur.as_str()));
        }
    }

    // The other tab holds the old key: it locks itself instead of writing with it.
    other_tab.follow_lock_record().unwrap();
    assert_eq!(other_tab.lock_state(), LockState::Locked);

    let again = reopen(&s);
    assert_eq!(again.unlock(test_key()), Err(UnlockError::WrongPassphrase));
    again.unlock(other_key()).unwrap();
    assert_eq!(again.contents().unwrap(), before);
    assert!(again.quarantined().is_empty());

    // Locked, there is nothing to change.
    again.lock();
    assert_eq!(
        again.change_key(other_key(), test_key(), SALT1, 600_000),
        Err(StoreError::Locked)
    );
}

#[test]
fn a_tab_unlocked_before_a_change_cannot_write_with_its_old_key() {
    let s = filled();
    s.lock_on(test_key(), SALT1, 600_000, 0).unwrap();
    let other_tab = reopen(&s);
    other_tab.unlock(test_key()).unwrap();
    s.change_key(test_key(), other_key(), SALT2, MIN_ITERATIONS)
        .unwrap();
    // Its storage event hasn't arrived yet; the write itself checks the record.
    assert_eq!(
        other_tab.put_doc(&Settings {
            name: "late".into()
        }),
        Err(StoreError::Locked)
    );
    assert_eq!(other_tab.lock_state(), LockState::Locked);
}

#[test]
fn a_tab_whose_lock_was_turned_off_elsewhere_writes_plain() {
    let s = filled();
    s.lock_on(test_key(), SALT1, 600_000, 0).unwrap();
    let other_tab = reopen(&s);
    other_tab.unlock(test_key()).unwrap();
    s.lock_off().unwrap();
    other_tab
        .put_doc(&Settings {
            name: "Sam plain".into(),
        })
        .unwrap();
    assert_eq!(other_tab.lock_state(), LockState::Off);
    let v = s.backend().get("closer:d:settings").unwrap().unwrap();
    assert!(!codec::is_sealed(&v), "no sealed value without a record");
}

#[test]
fn another_tabs_switch_is_followed() {
    let s = filled();
    let other = reopen(&s);
    s.lock_on(test_key(), SALT1, 600_000, 0).unwrap();
    // Plain reading of a sealed value is refused, never set aside.
    assert_eq!(other.contents(), Err(StoreError::Locked));
    assert!(other.quarantined().is_empty());
    // And a plain write is refused: the lock is on now.
    assert_eq!(other.put_doc(&Settings::default()), Err(StoreError::Locked));
    assert_eq!(other.lock_state(), LockState::Locked);
    s.lock_off().unwrap();
    other.follow_lock_record().unwrap();
    assert_eq!(other.lock_state(), LockState::Off);
    assert_eq!(other.contents().unwrap().entry_count(), 5);
}

#[test]
fn records_with_implausible_settings_are_refused() {
    let s = filled();
    s.lock_on(test_key(), SALT1, 600_000, 0).unwrap();
    let good = s.backend().get(keys::LOCK).unwrap().unwrap();
    for (from, to) in [
        ("\"iter\":600000", "\"iter\":4000000000"),
        ("\"iter\":600000", "\"iter\":10"),
        ("\"salt\":\"", "\"salt\":\"AAAA"),
        ("\"v\":2", "\"v\":9"),
    ] {
        assert!(good.contains(from), "{good}");
        s.backend()
            .set(keys::LOCK, &good.replace(from, to))
            .unwrap();
        assert_eq!(
            s.lock_record(),
            Err(StoreError::Unreadable(keys::LOCK.into())),
            "{to}"
        );
        let again = reopen(&s);
        assert!(matches!(
            again.unlock(test_key()),
            Err(UnlockError::Store(_))
        ));
    }
}

/// A store as the first version of the lock left it: a version 1 record, every value
/// sealed with the passphrase key itself in the first format.
pub(crate) fn legacy_locked() -> Store<Rc<MemoryBackend>> {
    let s = filled();
    let key = crypto::Key::from_bytes(test_key());
    for (k, v) in s.backend().snapshot() {
        if k != keys::META {
            s.backend()
                .set(&k, &Sealed::seal_legacy(&key, &v).unwrap())
                .unwrap();
        }
    }
    let check = Sealed::seal_legacy(&key, CHECK).unwrap();
    let record =
        serde_json::json!({"v":1,"salt":base64(SALT1),"iter":600000,"check":check,"idle":5});
    s.backend().set(keys::LOCK, &record.to_string()).unwrap();
    reopen(&s)
}

#[test]
fn a_store_locked_by_the_first_version_opens_and_is_brought_up_to_date() {
    let plain = filled().contents().unwrap();
    let s = legacy_locked();
    assert_eq!(s.lock_state(), LockState::Locked);
    assert!(s.is_lock_key(test_key()).unwrap());
    assert_eq!(s.unlock(other_key()), Err(UnlockError::WrongPassphrase));
    s.unlock(test_key()).unwrap();
    assert_eq!(s.contents().unwrap(), plain);
    let record = s.lock_record().unwrap().unwrap();
    assert_eq!((record.v, record.idle, record.cur.as_str()), (2, 5, LEGACY));
    for (k, v) in s.backend().snapshot() {
        if k != keys::META && k != keys::LOCK {
            assert!(v.starts_with("#20:"), "{k} sealed again, bound, with key 0");
        }
    }
    let again = reopen(&s);
    again.unlock(test_key()).unwrap();
    assert_eq!(again.contents().unwrap(), plain);
    // A passphrase change from there moves to a new data key.
    again
        .change_key(test_key(), other_key(), SALT2, MIN_ITERATIONS)
        .unwrap();
    let third = reopen(&again);
    third.unlock(other_key()).unwrap();
    assert_eq!(third.contents().unwrap(), plain);
}

// ----- Argon2id (issue 24, item 3) -------------------------------------------------

const PASS: &str = "correct horse";

/// A key as the browser derives it (`store::webkdf::derive`), kept per input: Argon2id at
/// 19 MiB costs a moment even natively.
pub(crate) fn derived(pass: &str, salt: &[u8], how: Kdf) -> [u8; KEY_LEN] {
    type Seen = std::collections::HashMap<(String, Vec<u8>, String), [u8; KEY_LEN]>;
    thread_local! {
        static SEEN: std::cell::RefCell<Seen> = Default::default();
    }
    let at = (pass.to_string(), salt.to_vec(), format!("{how:?}"));
    if let Some(k) = SEEN.with(|s| s.borrow().get(&at).copied()) {
        return k;
    }
    let k = kdf::derive(pass, salt, how).unwrap();
    SEEN.with(|s| s.borrow_mut().insert(at, k));
    k
}

/// What the unlock screen does with a passphrase (`pages::data::unlock`): each slot's key
/// derived as the record says; the one that opens unlocks; a slot weaker than
/// `kdf::NEW` is then moved to it with `salt`. The slot used, or `None`.
pub(crate) fn unlock_as_the_screen_does(
    s: &Store<Rc<MemoryBackend>>,
    pass: &str,
    salt: &[u8],
) -> Option<usize> {
    let record = s.lock_record().ok()??;
    let one = record.slots.len() == 1;
    for (i, (slot_salt, how)) in record.passphrases().into_iter().enumerate() {
        let key = derived(pass, &slot_salt, how);
        if !s.is_lock_key(&key).unwrap_or(true) {
            continue;
        }
        s.unlock(&key).ok()?;
        if one && how.is_weaker_than_new() {
            let new_key = derived(pass, salt, kdf::NEW);
            let _ = s.strengthen_slot(&key, &new_key, salt, kdf::NEW);
        }
        return Some(i);
    }
    None
}

#[test]
fn a_pbkdf2_slot_is_moved_to_argon2id_at_unlock_and_the_same_passphrase_opens_it() {
    let s = filled();
    let want = s.contents().unwrap();
    s.lock_on(test_key(), SALT1, 600_000, 5).unwrap();
    let data_keys = s.ring().unwrap().keys();
    let again = reopen(&s);
    assert_eq!(unlock_as_the_screen_does(&again, PASS, SALT2), Some(0));
    let record = again.lock_record().unwrap().unwrap();
    assert_eq!((record.v, record.idle, &record.op), (3, 5, &None));
    assert_eq!(record.passphrases(), vec![(SALT2.to_vec(), kdf::NEW)]);
    assert_eq!(
        kdf::NEW,
        Kdf::Argon2id(kdf::CHOSEN),
        "new slots use Argon2id at the chosen cost"
    );
    const { assert!(kdf::CHOSEN.memory_kib >= 19 * 1024 && kdf::CHOSEN.passes >= 2) };
    // The old PBKDF2 key no longer opens anything; the same passphrase does, through
    // Argon2id, to the same data keys (no value had to be sealed again).
    let third = reopen(&s);
    assert_eq!(third.unlock(test_key()), Err(UnlockError::WrongPassphrase));
    assert_eq!(unlock_as_the_screen_does(&third, PASS, SALT1), Some(0));
    assert_eq!(third.ring().unwrap().keys(), data_keys);
    assert_eq!(third.contents().unwrap(), want);
    // Nothing more to do: the record stays as it is.
    let raw = third.backend().get(keys::LOCK).unwrap();
    let k = derived(PASS, SALT2, kdf::NEW);
    assert_eq!(third.strengthen_slot(&k, &k, SALT1, kdf::NEW), Ok(false));
    assert_eq!(third.backend().get(keys::LOCK).unwrap(), raw);
    assert_eq!(plain_words_anywhere(third.backend()), Vec::<String>::new());
}

#[test]
fn new_locks_and_passphrases_use_argon2id_and_open_with_it() {
    let s = filled();
    let want = s.contents().unwrap();
    let k = derived(PASS, SALT1, kdf::NEW);
    s.lock_on(&k, SALT1, kdf::NEW, 0).unwrap();
    let record = s.lock_record().unwrap().unwrap();
    assert_eq!(record.v, 3);
    assert_eq!(record.slots[0].kdf(), kdf::NEW);
    assert_eq!(record.slots[0].iter, 0);
    let again = reopen(&s);
    assert_eq!(unlock_as_the_screen_does(&again, PASS, SALT2), Some(0));
    assert_eq!(
        again.lock_record().unwrap().unwrap().slots[0].salt_bytes(),
        SALT1
    );
    let n = derived("a new one", SALT2, kdf::NEW);
    again.change_key(&k, &n, SALT2, kdf::NEW).unwrap();
    let third = reopen(&s);
    assert_eq!(unlock_as_the_screen_does(&third, PASS, SALT1), None);
    assert_eq!(
        unlock_as_the_screen_does(&third, "a new one", SALT1),
        Some(0)
    );
    assert_eq!(third.contents().unwrap(), want);
}

#[test]
fn a_first_version_lock_opens_and_ends_with_an_argon2id_slot() {
    let want = filled().contents().unwrap();
    let s = legacy_locked();
    assert_eq!(unlock_as_the_screen_does(&s, PASS, SALT2), Some(0));
    let record = s.lock_record().unwrap().unwrap();
    assert_eq!((record.v, record.cur.as_str()), (3, LEGACY));
    assert_eq!(record.slots[0].kdf(), kdf::NEW);
    let again = reopen(&s);
    assert_eq!(again.unlock(test_key()), Err(UnlockError::WrongPassphrase));
    assert_eq!(unlock_as_the_screen_does(&again, PASS, SALT1), Some(0));
    assert_eq!(again.contents().unwrap(), want);
}

#[test]
fn a_slot_is_not_moved_while_a_passphrase_change_waits_to_finish() {
    let s = filled();
    s.lock_on(test_key(), SALT1, 600_000, 0).unwrap();
    let mut record = s.lock_record().unwrap().unwrap();
    record.op = Some(LockOp::On);
    s.write_record(&record).unwrap();
    let k = derived(PASS, SALT2, kdf::NEW);
    assert_eq!(
        s.strengthen_slot(test_key(), &k, SALT2, kdf::NEW),
        Err(StoreError::Busy)
    );
    // A cost outside the bounds is never written.
    record.op = None;
    s.write_record(&record).unwrap();
    let weak = Kdf::Argon2id(kdf::Cost {
        memory_kib: 1024,
        passes: 1,
        lanes: 1,
    });
    assert_eq!(s.strengthen_slot(test_key(), &k, SALT2, weak), Ok(false));
    assert_eq!(s.lock_record().unwrap().unwrap().v, 2);
    // A record naming an implausible Argon2id cost is refused, like one with few rounds.
    let raw = s.backend().get(keys::LOCK).unwrap().unwrap();
    let hostile = raw.replace(
        "\"iter\":600000",
        "\"argon2id\":{\"m\":4000000,\"t\":1,\"p\":1}",
    );
    assert_ne!(raw, hostile);
    s.backend().set(keys::LOCK, &hostile).unwrap();
    assert!(s.lock_record().is_err());
}
