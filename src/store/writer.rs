//! One writer at a time across tabs (see the top of `mod.rs`).
//!
//! A [`Gate`] runs a piece of work while this tab holds the origin's one writer lock: in
//! the browser that is a Web Lock (`state::writer`), taken for each write and let go as
//! soon as the work (which is synchronous: localStorage is) returns; without Web Locks the
//! work runs at once, as a single tab always has ([`AtOnce`]).
//!
//! Waiting for the lock must never cost the person their words, so a save is checked
//! first, here and now, for everything that can be known before its turn
//! ([`Store::check_put`]): the store writes, the entry wasn't deleted elsewhere, and
//! storage has room for what it adds. Only then does it wait; the tab shows it meanwhile.
//! If its turn still finds a reason not to write (another tab filled storage, or moved
//! the data on), the tab says so and keeps the words where the person sees them.

use super::{Backend, Entry, Store, StoreError};
use crate::store::backend::units;
use crate::store::keys;

/// Runs work under the writer lock: now, or once no other tab holds it.
pub trait Gate {
    fn enter(&self, work: Box<dyn FnOnce()>);
}

/// A browser without Web Locks: the work runs at once (one tab's behaviour; two tabs of
/// such a browser fall back on what `gone.rs` and the look-after give them).
pub struct AtOnce;

impl Gate for AtOnce {
    fn enter(&self, work: Box<dyn FnOnce()>) {
        work()
    }
}

/// Spare code units beyond the sealed entry itself (the comma, a sealed value's nonce and
/// tag when it is the first entry of its month).
const PUT_SPARE: usize = 96;

impl<B: Backend> Store<B> {
    /// Whether `entry` could be written now, checked before it waits for its turn: the
    /// store writes (a bigger change under way elsewhere is no reason: the save waits for
    /// it), the entry wasn't deleted from its month in another tab, and storage has room
    /// for what the save adds. Writes nothing but a probe it removes again.
    pub fn check_put<E: Entry>(&self, entry: &E) -> Result<(), StoreError> {
        self.check_write()?;
        let month = entry.at().month();
        if self.buried_at(E::KIND, entry.id(), month)?.is_some() {
            return Err(StoreError::Gone);
        }
        let key = keys::bucket(E::KIND, month);
        let json = serde_json::to_string(entry).expect("entries serialise");
        let adds = units(&self.seal_for(&key, &json)?) + PUT_SPARE;
        self.room_for(adds)
    }

    /// Whether a write could go ahead now (a bigger change under way elsewhere is no
    /// reason: the write waits for it), checked before it waits for its turn.
    pub fn check_write(&self) -> Result<(), StoreError> {
        match self.writable() {
            Ok(()) | Err(StoreError::Busy) => Ok(()),
            Err(e) => Err(e),
        }
    }

    /// [`Store::check_put`] for an edit that may move the entry out of `old`'s month.
    pub fn check_replace<E: Entry>(
        &self,
        old: crate::base::time::LocalTime,
        entry: &E,
    ) -> Result<(), StoreError> {
        if old.month() != entry.at().month()
            && self.buried_at(E::KIND, entry.id(), old.month())?.is_some()
        {
            return Err(StoreError::Gone);
        }
        self.check_put(entry)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::transfer::tests::{at, Note};
    use crate::store::MemoryBackend;
    use std::cell::{Cell, RefCell};
    use std::collections::VecDeque;
    use std::rc::Rc;

    /// The origin's writer lock as Web Locks grants it: requests wait in the order made
    /// and run one at a time; `run_all` lets the browser grant them.
    #[derive(Default)]
    struct Turns {
        waiting: RefCell<VecDeque<Box<dyn FnOnce()>>>,
        running: Cell<bool>,
    }
    impl Gate for Turns {
        fn enter(&self, work: Box<dyn FnOnce()>) {
            self.waiting.borrow_mut().push_back(work);
        }
    }
    impl Turns {
        fn run_all(&self) -> usize {
            let mut n = 0;
            loop {
                let Some(work) = self.waiting.borrow_mut().pop_front() else {
                    return n;
                };
                assert!(!self.running.get(), "one writer at a time");
                self.running.set(true);
                work();
                self.running.set(false);
                n += 1;
            }
        }
    }

    fn note(id: &str, d: u32) -> Note {
        Note {
            id: id.into(),
            t: at(2026, 11, d),
            text: format!("words of {id}"),
        }
    }

    fn two_tabs() -> (
        Rc<MemoryBackend>,
        Store<Rc<MemoryBackend>>,
        Store<Rc<MemoryBackend>>,
    ) {
        let mem = Rc::new(MemoryBackend::new());
        let a = Store::open(mem.clone()).unwrap();
        let b = Store::open(mem.clone()).unwrap();
        (mem, a, b)
    }

    #[test]
    fn without_web_locks_a_save_is_written_at_once_as_in_one_tab() {
        let (_, a, _) = two_tabs();
        let a = Rc::new(a);
        let e = note("n1", 3);
        a.check_put(&e).unwrap();
        let (tab, entry) = (a.clone(), e.clone());
        AtOnce.enter(Box::new(move || tab.put(&entry).unwrap()));
        assert_eq!(
            a.entries::<Note>().unwrap(),
            vec![e],
            "written before enter returned"
        );
    }

    #[test]
    fn saves_of_two_tabs_into_one_month_wait_their_turn_and_both_stay() {
        let (_, a, b) = two_tabs();
        let (a, b) = (Rc::new(a), Rc::new(b));
        let turns = Turns::default();
        // Both tabs save into November at the same moment: each is checked and waits.
        let (ea, eb) = (note("a", 3), note("b", 4));
        a.check_put(&ea).unwrap();
        b.check_put(&eb).unwrap();
        for (tab, e) in [(a.clone(), ea.clone()), (b.clone(), eb.clone())] {
            turns.enter(Box::new(move || tab.put(&e).unwrap()));
        }
        assert!(
            a.entries::<Note>().unwrap().is_empty(),
            "nothing written before its turn"
        );
        assert_eq!(turns.run_all(), 2);
        assert_eq!(b.entries::<Note>().unwrap(), vec![ea, eb]);
    }

    #[test]
    fn a_save_waiting_behind_delete_everything_lands_after_it() {
        let (_, a, b) = two_tabs();
        let (a, b) = (Rc::new(a), Rc::new(b));
        a.put(&note("old", 2)).unwrap();
        let turns = Turns::default();
        let erasing = a.clone();
        turns.enter(Box::new(move || erasing.erase_all().unwrap()));
        let e = note("new", 5);
        b.check_put(&e).unwrap();
        let saving = b.clone();
        let later = e.clone();
        turns.enter(Box::new(move || saving.put(&later).unwrap()));
        turns.run_all();
        // The erase took what was there when it ran; the words saved after it stay.
        assert_eq!(a.entries::<Note>().unwrap(), vec![e]);
    }

    #[test]
    fn a_save_that_would_not_fit_is_refused_before_it_waits_and_changes_nothing() {
        let (mem, a, _) = two_tabs();
        a.put(&note("n1", 2)).unwrap();
        let before = mem.snapshot();
        mem.quota.set(Some(mem.units() + 20));
        assert_eq!(a.check_put(&note("n2", 3)), Err(StoreError::Full));
        assert_eq!(mem.snapshot(), before, "the probe left nothing behind");
        // With room for it, the same save passes the check and the probe is gone again.
        mem.quota.set(Some(mem.units() + 2_000));
        a.check_put(&note("n2", 3)).unwrap();
        assert_eq!(mem.snapshot(), before);
    }

    #[test]
    fn a_save_of_an_entry_deleted_in_another_tab_is_refused_before_it_waits() {
        let (_, a, b) = two_tabs();
        let e = note("n1", 2);
        a.put(&e).unwrap();
        b.delete::<Note>("n1", e.t).unwrap();
        let edited = Note {
            text: "edited".into(),
            ..e.clone()
        };
        assert_eq!(a.check_put(&edited), Err(StoreError::Gone));
        let moved = Note {
            t: at(2026, 10, 30),
            ..edited
        };
        assert_eq!(a.check_replace(e.t, &moved), Err(StoreError::Gone));
    }

    #[test]
    fn a_bigger_change_under_way_makes_a_save_wait_not_fail() {
        let (mem, a, _) = two_tabs();
        // Another tab's restore, committed and being applied under the lock.
        mem.set(keys::OP, "{}").unwrap();
        let e = note("n1", 2);
        assert_eq!(
            a.put(&e),
            Err(StoreError::Busy),
            "written now, it would refuse"
        );
        a.check_put(&e).unwrap();
    }

    #[test]
    fn a_read_only_store_refuses_before_waiting() {
        let (mem, a, _) = two_tabs();
        mem.set(keys::META, r#"{"schema":999}"#).unwrap();
        assert!(matches!(
            a.check_put(&note("n1", 2)),
            Err(StoreError::NewerSchema(999))
        ));
    }
}
