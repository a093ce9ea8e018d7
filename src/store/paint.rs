//! Today's last rendering, kept at `closer:paint` so the next start can paint it before
//! the app is ready (`public/paint.js`). Two rules keep it from ever showing something
//! stale or private:
//!
//! - it is kept only while the lock is off (never anything from a locked store), and
//!   turning the lock on removes it (that is a write like any other, below);
//! - every other write to storage removes it first ([`ForgetsPaint`]), so it only ever
//!   shows what is stored: a check-in saved, a restore, "delete everything", the lock
//!   switched, here or in another tab.
//!
//! What it holds (the screen's markup, when it was drawn, until when it stays true, the
//! stylesheet it was drawn with) is the page's business (`ui::paint`); the time limits
//! are checked again by `paint.js` before painting.

use super::backend::{Backend, StoreError};
use super::keys;
use super::lock::LockState;
use super::Store;

/// A backend that removes the kept rendering before any other write. A failed removal
/// fails the write, which then never happens: nothing is written while an out-of-date
/// rendering could still be painted.
pub struct ForgetsPaint<B>(pub B);

impl<B: Backend> ForgetsPaint<B> {
    fn forget_before(&self, key: &str) -> Result<(), StoreError> {
        if key != keys::PAINT && self.0.get(keys::PAINT)?.is_some() {
            self.0.remove(keys::PAINT)?;
        }
        Ok(())
    }
}

impl<B: Backend> Backend for ForgetsPaint<B> {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.0.get(key)
    }
    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        self.forget_before(key)?;
        self.0.set(key, value)
    }
    fn remove(&self, key: &str) -> Result<(), StoreError> {
        self.forget_before(key)?;
        self.0.remove(key)
    }
    fn keys(&self) -> Result<Vec<String>, StoreError> {
        self.0.keys()
    }
}

impl<B: Backend> Store<B> {
    /// Keeps a rendering of Today for the next start, only while the lock is off and
    /// this store may write (no newer version, no journal under way, no lock record
    /// written by another tab). Anywhere else it removes any kept one and says `Locked`.
    pub fn keep_paint(&self, value: &str) -> Result<(), StoreError> {
        let allowed = self.lock_state() == LockState::Off
            && self.writable().is_ok()
            && matches!(self.backend.get(keys::LOCK), Ok(None));
        if !allowed {
            let _ = self.backend.remove(keys::PAINT);
            return Err(StoreError::Locked);
        }
        self.backend.set(keys::PAINT, value)
    }

    /// The kept rendering, if any (for tests and the page).
    pub fn kept_paint(&self) -> Option<String> {
        self.backend.get(keys::PAINT).ok().flatten()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::base::crypto::tests::test_key;
    use crate::base::time::{Day, LocalTime};
    use crate::store::backend::{Fault, MemoryBackend};
    use crate::store::{Doc, Entry};
    use serde::{Deserialize, Serialize};
    use std::rc::Rc;

    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    struct Profile {
        words: String,
    }
    impl Doc for Profile {
        const NAME: &'static str = "profile";
    }

    #[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
    struct Note {
        id: String,
        t: LocalTime,
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

    fn noon() -> LocalTime {
        LocalTime::from_day_and_minute(Day::from_ymd(2026, 11, 3), 720)
    }

    fn open() -> (Rc<MemoryBackend>, Store<ForgetsPaint<Rc<MemoryBackend>>>) {
        let mem = Rc::new(MemoryBackend::new());
        let store = Store::open(ForgetsPaint(mem.clone())).unwrap();
        (mem, store)
    }

    fn begun() -> Profile {
        Profile {
            words: "here".into(),
        }
    }

    #[test]
    fn kept_while_the_lock_is_off_and_gone_at_the_next_write() {
        let (mem, s) = open();
        s.put_doc(&begun()).unwrap();
        s.keep_paint("today").unwrap();
        assert_eq!(s.kept_paint().as_deref(), Some("today"));
        s.keep_paint("today, later").unwrap();
        assert_eq!(
            s.kept_paint().as_deref(),
            Some("today, later"),
            "kept again"
        );
        s.put_doc(&Profile {
            words: "mine".into(),
        })
        .unwrap();
        assert_eq!(s.kept_paint(), None, "a document written");
        s.keep_paint("today").unwrap();
        s.put(&Note {
            id: "n1".into(),
            t: noon(),
        })
        .unwrap();
        assert_eq!(s.kept_paint(), None, "an entry written");
        s.keep_paint("today").unwrap();
        s.delete::<Note>("n1", noon()).unwrap();
        assert_eq!(s.kept_paint(), None, "an entry deleted");
        // Another tab writing through its own store.
        s.keep_paint("today").unwrap();
        let other = Store::open(ForgetsPaint(mem.clone())).unwrap();
        other.put_doc(&begun()).unwrap();
        assert_eq!(mem.get(keys::PAINT).unwrap(), None, "another tab wrote");
    }

    #[test]
    fn never_kept_under_the_lock_and_turning_it_on_removes_it() {
        let (mem, s) = open();
        s.put_doc(&begun()).unwrap();
        s.keep_paint("today").unwrap();
        s.lock_on(test_key(), b"salt-salt-salt-1", 600_000, 0)
            .unwrap();
        assert_eq!(mem.get(keys::PAINT).unwrap(), None, "the lock turned on");
        assert_eq!(s.keep_paint("today"), Err(StoreError::Locked), "unlocked");
        assert_eq!(mem.get(keys::PAINT).unwrap(), None);
        let again = Store::open(ForgetsPaint(mem.clone())).unwrap();
        assert_eq!(again.keep_paint("today"), Err(StoreError::Locked), "locked");
        again.unlock(test_key()).unwrap();
        assert_eq!(again.keep_paint("today"), Err(StoreError::Locked));
        assert_eq!(mem.get(keys::PAINT).unwrap(), None);
        // A tab that hasn't heard yet that another one turned the lock on.
        let (mem, s) = open();
        let other = Store::open(ForgetsPaint(mem.clone())).unwrap();
        other
            .lock_on(test_key(), b"salt-salt-salt-1", 600_000, 0)
            .unwrap();
        assert_eq!(s.lock_state(), LockState::Off, "not followed yet");
        assert!(s.keep_paint("today").is_err());
        assert_eq!(mem.get(keys::PAINT).unwrap(), None);
    }

    #[test]
    fn deleting_everything_removes_it() {
        let (mem, s) = open();
        s.put_doc(&begun()).unwrap();
        s.keep_paint("today").unwrap();
        s.erase_all().unwrap();
        assert_eq!(mem.keys().unwrap(), vec![keys::META.to_string()]);
    }

    #[test]
    fn a_refused_removal_stops_the_write_before_it() {
        let (mem, s) = open();
        s.put_doc(&begun()).unwrap();
        s.keep_paint("today").unwrap();
        let before = mem.snapshot();
        mem.arm(Some(Fault::FailOnce { at: 1 }));
        let changed = Profile {
            words: "mine".into(),
        };
        assert!(s.put_doc(&changed).is_err());
        assert_eq!(
            mem.snapshot(),
            before,
            "nothing written, the rendering still true"
        );
        mem.arm(None);
        s.put_doc(&changed).unwrap();
        assert_eq!(s.kept_paint(), None);
    }
}
