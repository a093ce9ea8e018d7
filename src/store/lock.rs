//! The app lock: encryption at rest, switched on and off in place.
//!
//! The lock's settings live unencrypted at `closer:lock`: the salt and rounds to derive
//! the key from the passphrase (PBKDF2-SHA256, done by the caller: WebCrypto in the
//! browser), a small value sealed with the key (to tell a wrong passphrase at once) and
//! the idle minutes before locking again. Every other value is sealed by [`Sealed`].
//! Switching is crash-safe: the record is written before values are sealed and removed
//! after they are opened, and [`Sealed`] reads plain values too, so an interrupted switch
//! is completed at the next unlock.

use super::codec::{is_sealed, Codec, Locked, Plain, Sealed};
use super::keys;
use super::{Backend, Store, StoreError};
use crate::base::crypto::{Key, KEY_LEN};
use crate::base::encoding::{base64, unbase64};
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum LockState {
    /// No lock: values are stored plain.
    #[default]
    Off,
    /// Lock on, key not given: nothing can be read or written.
    Locked,
    /// Lock on, key given: values are sealed and opened as they pass.
    Unlocked,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LockRecord {
    pub v: u32,
    /// Base64 salt for PBKDF2.
    pub salt: String,
    /// PBKDF2 rounds.
    pub iter: u32,
    /// [`CHECK`] sealed with the key.
    pub check: String,
    /// Minutes without use before locking again (0: only when the app is closed).
    #[serde(default)]
    pub idle: u32,
}

impl LockRecord {
    pub fn salt_bytes(&self) -> Vec<u8> {
        unbase64(&self.salt).unwrap_or_default()
    }
}

const CHECK: &str = "closer-lock-check";

/// The passphrase didn't give the key that sealed the data.
#[derive(Clone, Debug, PartialEq)]
pub enum UnlockError {
    WrongPassphrase,
    Store(StoreError),
}

fn opens_check(sealed: &Sealed, record: &LockRecord) -> bool {
    is_sealed(&record.check)
        && sealed.open(&record.check).ok().as_deref() == Some(CHECK)
}

impl<B: Backend> Store<B> {
    pub(super) fn start_locked_if_set(&self) -> Result<(), StoreError> {
        if self.backend.get(keys::LOCK)?.is_some() {
            self.set_codec(Box::new(Locked));
            self.lock.set(LockState::Locked);
        }
        Ok(())
    }

    pub fn lock_state(&self) -> LockState {
        self.lock.get()
    }

    /// The lock's settings, if the lock is on. An unreadable record reads as `Unreadable`.
    pub fn lock_record(&self) -> Result<Option<LockRecord>, StoreError> {
        match self.backend.get(keys::LOCK)? {
            None => Ok(None),
            Some(raw) => serde_json::from_str(&raw)
                .map(Some)
                .map_err(|_| StoreError::Unreadable(keys::LOCK.into())),
        }
    }

    /// Turns the lock on with a key derived from the passphrase with `salt` and
    /// `iterations`: every stored value is encrypted in place. On failure (storage full)
    /// everything is put back as it was.
    pub fn lock_on(
        &self,
        key: &[u8; KEY_LEN],
        salt: &[u8],
        iterations: u32,
        idle: u32,
    ) -> Result<(), StoreError> {
        self.writable()?;
        if self.lock.get() != LockState::Off {
            return Err(StoreError::Locked);
        }
        let sealed = Sealed::new(Key::from_bytes(key));
        let record = LockRecord {
            v: 1,
            salt: base64(salt),
            iter: iterations,
            check: sealed.seal(CHECK)?,
            idle,
        };
        self.backend.set(
            keys::LOCK,
            &serde_json::to_string(&record).expect("record serialises"),
        )?;
        if let Err(e) = self.reseal(&sealed, &sealed) {
            let _ = self.reseal(&sealed, &Plain);
            let _ = self.backend.remove(keys::LOCK);
            return Err(e);
        }
        self.set_codec(Box::new(sealed));
        self.lock.set(LockState::Unlocked);
        Ok(())
    }

    /// Turns the lock off (the app must be unlocked): every value is decrypted in place.
    pub fn lock_off(&self) -> Result<(), StoreError> {
        self.writable()?;
        if self.lock.get() != LockState::Unlocked {
            return Err(StoreError::Locked);
        }
        self.reseal(&**self.codec.borrow(), &Plain)?;
        self.backend.remove(keys::LOCK)?;
        self.set_codec(Box::new(Plain));
        self.lock.set(LockState::Off);
        Ok(())
    }

    /// Checks a key against the lock's check value and, if right, opens the store.
    /// Values left plain by an interrupted switch are sealed now.
    pub fn unlock(&self, key: &[u8; KEY_LEN]) -> Result<(), UnlockError> {
        let record = self
            .lock_record()
            .map_err(UnlockError::Store)?
            .ok_or(UnlockError::Store(StoreError::Unavailable))?;
        let sealed = Sealed::new(Key::from_bytes(key));
        if !opens_check(&sealed, &record) {
            return Err(UnlockError::WrongPassphrase);
        }
        if self.read_only().is_none() {
            // Best effort: a full storage must not keep the person out.
            let _ = self.seal_plain_values(&sealed);
        }
        self.set_codec(Box::new(sealed));
        self.lock.set(LockState::Unlocked);
        Ok(())
    }

    /// True when `key` is the one the lock was turned on with.
    pub fn is_lock_key(&self, key: &[u8; KEY_LEN]) -> Result<bool, StoreError> {
        let record = self.lock_record()?.ok_or(StoreError::Locked)?;
        Ok(opens_check(&Sealed::new(Key::from_bytes(key)), &record))
    }

    /// Changes the passphrase (the app must be unlocked): every value is encrypted again
    /// with the key from the new one, `salt` and `iterations`. All of it is prepared in
    /// memory first and then written, and a failed write (storage full) puts back
    /// everything already written, so the data always opens with exactly one passphrase.
    pub fn change_key(
        &self,
        key: &[u8; KEY_LEN],
        salt: &[u8],
        iterations: u32,
    ) -> Result<(), StoreError> {
        self.writable()?;
        if self.lock.get() != LockState::Unlocked {
            return Err(StoreError::Locked);
        }
        let old_record = self.lock_record()?.ok_or(StoreError::Locked)?;
        let sealed = Sealed::new(Key::from_bytes(key));
        let mut changes = Vec::new();
        {
            let current = self.codec.borrow();
            for k in self.sealable_keys()? {
                let Some(raw) = self.backend.get(&k)? else {
                    continue;
                };
                // A value the current key can't open (set aside, or foreign) stays as it is.
                let Ok(plain) = current.open(&raw) else {
                    continue;
                };
                let again = sealed.seal(&plain)?;
                changes.push((k, raw, again));
            }
        }
        let record = LockRecord {
            salt: base64(salt),
            iter: iterations,
            check: sealed.seal(CHECK)?,
            ..old_record.clone()
        };
        let as_json = |r: &LockRecord| {
            serde_json::to_string(r).expect("record serialises")
        };
        self.backend.set(keys::LOCK, &as_json(&record))?;
        for (done, (k, _, again)) in changes.iter().enumerate() {
            if let Err(e) = self.backend.set(k, again) {
                for (k, raw, _) in &changes[..done] {
                    let _ = self.backend.set(k, raw);
                }
                let _ = self.backend.set(keys::LOCK, &as_json(&old_record));
                return Err(e);
            }
        }
        self.set_codec(Box::new(sealed));
        Ok(())
    }

    /// Changes how long the app may sit unused before it locks again.
    pub fn set_lock_idle(&self, idle: u32) -> Result<(), StoreError> {
        let Some(mut record) = self.lock_record()? else {
            return Err(StoreError::Locked);
        };
        record.idle = idle;
        self.backend.set(
            keys::LOCK,
            &serde_json::to_string(&record).expect("record serialises"),
        )
    }

    /// Forgets the key: nothing can be read or written until `unlock`.
    pub fn lock(&self) {
        if self.lock.get() == LockState::Unlocked {
            self.set_codec(Box::new(Locked));
            self.lock.set(LockState::Locked);
        }
    }

    /// Another tab turned the lock on or off: follow what storage now says.
    pub fn follow_lock_record(&self) -> Result<(), StoreError> {
        let on = self.backend.get(keys::LOCK)?.is_some();
        match (on, self.lock.get()) {
            (true, LockState::Off) => {
                self.set_codec(Box::new(Locked));
                self.lock.set(LockState::Locked);
            }
            (false, LockState::Locked | LockState::Unlocked) => {
                self.set_codec(Box::new(Plain));
                self.lock.set(LockState::Off);
            }
            // The passphrase was changed there: the key held here no longer fits.
            (true, LockState::Unlocked) => {
                let fits = match self.lock_record()? {
                    Some(record) => {
                        is_sealed(&record.check)
                            && self
                                .codec
                                .borrow()
                                .open(&record.check)
                                .ok()
                                .as_deref()
                                == Some(CHECK)
                    }
                    None => false,
                };
                if !fits {
                    self.lock();
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// Every key whose value the codec seals (all but the schema version and the lock).
    fn sealable_keys(&self) -> Result<Vec<String>, StoreError> {
        Ok(self
            .own_keys()?
            .into_iter()
            .filter(|k| k != keys::META && k != keys::LOCK)
            .collect())
    }

    /// Rewrites every value: opened with `from`, sealed with `to`. Values `from` can't
    /// open are left as they are.
    fn reseal(
        &self,
        from: &dyn Codec,
        to: &dyn Codec,
    ) -> Result<(), StoreError> {
        for key in self.sealable_keys()? {
            let Some(raw) = self.backend.get(&key)? else {
                continue;
            };
            let Ok(plain) = from.open(&raw) else { continue };
            let stored = to.seal(&plain)?;
            if stored != raw {
                self.backend.set(&key, &stored)?;
            }
        }
        Ok(())
    }

    fn seal_plain_values(&self, sealed: &Sealed) -> Result<(), StoreError> {
        for key in self.sealable_keys()? {
            let Some(raw) = self.backend.get(&key)? else {
                continue;
            };
            if !is_sealed(&raw) {
                self.backend.set(&key, &sealed.seal(&raw)?)?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::base::crypto::{derive_key, tests::test_key};
    use crate::store::fixtures::{filled, Settings};
    use crate::store::{MemoryBackend, Store};
    use std::rc::Rc;

    fn plain_words_anywhere(b: &MemoryBackend) -> Vec<String> {
        b.snapshot()
            .into_iter()
            .filter(|(_, v)| v.contains("private") || v.contains("Sam"))
            .map(|(k, _)| k)
            .collect()
    }

    #[test]
    fn locking_encrypts_everything_and_a_reload_opens_locked() {
        let s = filled();
        let before = s.contents().unwrap();
        s.lock_on(test_key(), b"salt-salt-salt-1", 600_000, 5)
            .unwrap();
        assert_eq!(plain_words_anywhere(s.backend()), Vec::<String>::new());
        assert_eq!(
            s.contents().unwrap(),
            before,
            "still readable while unlocked"
        );

        // A reload: the store opens locked and reads nothing, sets nothing aside.
        let backend = s.backend().clone();
        let again = Store::open(backend.clone()).unwrap();
        assert_eq!(again.lock_state(), LockState::Locked);
        assert_eq!(again.contents(), Err(StoreError::Locked));
        assert_eq!(again.doc::<Settings>(), Err(StoreError::Locked));
        assert!(again.quarantined().is_empty());
        assert_eq!(again.lock_record().unwrap().unwrap().idle, 5);
        again.set_lock_idle(15).unwrap();
        assert_eq!(again.lock_record().unwrap().unwrap().idle, 15);

        let wrong = derive_key("not it", b"salt-salt-salt-1", 1000);
        assert_eq!(again.unlock(&wrong), Err(UnlockError::WrongPassphrase));
        assert_eq!(again.lock_state(), LockState::Locked);
        again.unlock(test_key()).unwrap();
        assert_eq!(again.contents().unwrap(), before);
        assert!(again.quarantined().is_empty());

        again.lock();
        assert_eq!(again.contents(), Err(StoreError::Locked));
    }

    #[test]
    fn turning_the_lock_off_decrypts_in_place() {
        let s = filled();
        let before = s.backend().snapshot();
        s.lock_on(test_key(), b"salt-salt-salt-1", 600_000, 0)
            .unwrap();
        s.lock_off().unwrap();
        assert_eq!(s.backend().snapshot(), before);
        assert_eq!(s.lock_state(), LockState::Off);
    }

    #[test]
    fn sealed_values_stay_about_as_small_as_plain_ones() {
        let s = filled();
        let before = s.backend().units();
        s.lock_on(test_key(), b"salt-salt-salt-1", 600_000, 0)
            .unwrap();
        let after = s.backend().units();
        // Per value: the nonce and tag (28 bytes, about 16 characters) and the marks.
        assert!(after < before + 40 * 6 + 200, "{before} -> {after}");
    }

    #[test]
    fn an_interrupted_lock_is_finished_at_unlock() {
        let s = filled();
        s.lock_on(test_key(), b"salt-salt-salt-1", 600_000, 0)
            .unwrap();
        // A tab that didn't know about the lock wrote a plain value.
        s.backend()
            .set("closer:d:settings", r#"{"name":"Sam again"}"#)
            .unwrap();
        let again = Store::open(s.backend().clone()).unwrap();
        again.unlock(test_key()).unwrap();
        assert_eq!(plain_words_anywhere(again.backend()), Vec::<String>::new());
        assert_eq!(
            again.contents().unwrap().docs["settings"]["name"],
            "Sam again"
        );
    }

    #[test]
    fn a_new_passphrase_re_encrypts_everything_and_the_old_one_no_longer_opens()
    {
        let s = filled();
        let before = s.contents().unwrap();
        s.lock_on(test_key(), b"salt-salt-salt-1", 600_000, 5)
            .unwrap();
        let other_tab = Store::open(s.backend().clone()).unwrap();
        other_tab.unlock(test_key()).unwrap();
        assert!(s.is_lock_key(test_key()).unwrap());

        let new_key = derive_key("a new one", b"salt-salt-salt-2", 1000);
        s.change_key(&new_key, b"salt-salt-salt-2", 1000).unwrap();
        assert!(s.is_lock_key(&new_key).unwrap());
        assert!(!s.is_lock_key(test_key()).unwrap());
        assert_eq!(s.contents().unwrap(), before, "still open in this tab");
        assert_eq!(plain_words_anywhere(s.backend()), Vec::<String>::new());
        let record = s.lock_record().unwrap().unwrap();
        assert_eq!(
            (record.iter, record.idle, record.salt_bytes()),
            (1000, 5, b"salt-salt-salt-2".to_vec())
        );

        // The other tab holds the old key: it locks itself instead of writing with it.
        other_tab.follow_lock_record().unwrap();
        assert_eq!(other_tab.lock_state(), LockState::Locked);

        let again = Store::open(s.backend().clone()).unwrap();
        assert_eq!(again.unlock(test_key()), Err(UnlockError::WrongPassphrase));
        again.unlock(&new_key).unwrap();
        assert_eq!(again.contents().unwrap(), before);
        assert!(again.quarantined().is_empty());
    }

    #[test]
    fn a_passphrase_change_that_fails_midway_leaves_the_old_one_working() {
        let s = filled();
        let before = s.contents().unwrap();
        s.lock_on(test_key(), b"salt-salt-salt-1", 600_000, 0)
            .unwrap();
        let stored = s.backend().snapshot();
        // The record and two values are written, then storage refuses one.
        s.backend().fail_once_after.set(Some(3));
        let new_key = derive_key("a new one", b"salt-salt-salt-2", 1000);
        assert_eq!(
            s.change_key(&new_key, b"salt-salt-salt-2", 1000),
            Err(StoreError::Full)
        );
        assert!(s.is_lock_key(test_key()).unwrap());
        assert_eq!(s.contents().unwrap(), before);
        let again = Store::open(s.backend().clone()).unwrap();
        again.unlock(test_key()).unwrap();
        assert_eq!(again.contents().unwrap(), before);
        // Every value is back exactly as it was (rolled back, not re-sealed).
        let now = s.backend().snapshot();
        assert_eq!(
            now.keys().collect::<Vec<_>>(),
            stored.keys().collect::<Vec<_>>()
        );
        assert!(stored.iter().all(|(k, v)| k == keys::LOCK || now[k] == *v));

        // Locked, there is nothing to change.
        again.lock();
        assert_eq!(
            again.change_key(&new_key, b"salt-salt-salt-2", 1000),
            Err(StoreError::Locked)
        );
    }

    #[test]
    fn another_tabs_switch_is_followed() {
        let s = filled();
        let other = Store::open(s.backend().clone()).unwrap();
        s.lock_on(test_key(), b"salt-salt-salt-1", 600_000, 0)
            .unwrap();
        // Plain reading of a sealed value is refused, never set aside.
        assert_eq!(other.contents(), Err(StoreError::Locked));
        assert!(other.quarantined().is_empty());
        other.follow_lock_record().unwrap();
        assert_eq!(other.lock_state(), LockState::Locked);
        s.lock_off().unwrap();
        other.follow_lock_record().unwrap();
        assert_eq!(other.lock_state(), LockState::Off);
        assert_eq!(other.contents().unwrap().entry_count(), 5);
        let _: Rc<MemoryBackend> = other.backend().clone();
    }
}
