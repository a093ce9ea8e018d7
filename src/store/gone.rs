//! Deletes that stick, across tabs.
//!
//! A browser may keep a copy of storage in each tab's process and pass writes between
//! them a moment later. Another tab saving into the same month at about the same time can
//! then write the month back from a copy read before this tab's entry arrived, and the
//! entry is gone. So a tab looks after what it saved for a few seconds and puts an entry
//! back when it went missing ([`Store::put_back`]). That must never bring back what was
//! meant to be gone, so every way an entry leaves storage on purpose leaves a trace the
//! look-after reads first:
//!
//! - deleting an entry, or moving it to another month, first writes a tombstone
//!   (`closer:x:<kind>:<yyyy-mm>:<id>`: when it left that month), one key per entry and
//!   month so no stale copy of a list can drop another tab's; tombstones older than
//!   [`KEEP_MS`] are pruned;
//! - "delete everything" and a replacing restore first stamp the meta value (`reset`);
//! - a lock switched, or a passphrase changed, in another tab since the save (the lock
//!   state this tab holds no longer matches the record).
//!
//! A save is put back only when none of these happened after it (by the wall clock every
//! tab of this browser shares).

use super::keys;
use super::lock::LockState;
use super::migrate::{self, Meta};
use super::{Backend, Entry, Store, StoreError};
use crate::base::time::Month;
use serde::{Deserialize, Serialize};

/// How long a tombstone is kept: far longer than any tab looks after a save.
pub const KEEP_MS: u64 = 5 * 60 * 1000;

/// What a tab knew when it saved an entry (see [`Store::put_back`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Saved {
    /// The wall clock just before the save, ms since 1970.
    pub at: u64,
    lock: LockState,
}

/// When an entry was deleted from (or moved out of) a month.
#[derive(Serialize, Deserialize)]
struct Tombstone {
    at: u64,
    /// Set when it was moved (to that month), not deleted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    to: Option<String>,
}

/// Milliseconds since 1970 by the clock every tab of this browser shares.
pub fn wall_ms() -> u64 {
    #[cfg(target_arch = "wasm32")]
    {
        js_sys::Date::now() as u64
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_millis() as u64)
            .unwrap_or(0);
        #[cfg(test)]
        let now = now + tests::LATER.with(|l| l.get());
        now
    }
}

impl<B: Backend> Store<B> {
    /// The time by this store's clock (the wall clock; tests set their own).
    pub(crate) fn now_ms(&self) -> u64 {
        (self.clock.get())()
    }

    /// Taken just before a save, for [`Store::put_back`].
    pub fn saved_mark(&self) -> Saved {
        Saved {
            at: self.now_ms(),
            lock: self.lock.get(),
        }
    }

    /// Leaves the trace of an entry removed from `month` on purpose, and prunes old ones.
    /// A tombstone that can't be written (storage full) doesn't stop the delete.
    pub(super) fn bury(&self, kind: &str, id: &str, month: Month, moved_to: Option<Month>) {
        let now = self.now_ms();
        let stone = Tombstone {
            at: now,
            to: moved_to.map(|m| m.key()),
        };
        let json = serde_json::to_string(&stone).expect("tombstones serialise");
        let _ = self.backend.set(&keys::gone(kind, month, id), &json);
        let Ok(all) = self.backend.keys() else {
            return;
        };
        for k in all.iter().filter(|k| k.starts_with(keys::GONE)) {
            let old = self
                .backend
                .get(k)
                .ok()
                .flatten()
                .and_then(|raw| serde_json::from_str::<Tombstone>(&raw).ok())
                .is_none_or(|t| t.at + KEEP_MS < now || t.at > now + KEEP_MS);
            if old {
                let _ = self.backend.remove(k);
            }
        }
    }

    /// When the entry `id` left `month` on purpose, if it did in the last few minutes.
    pub(super) fn buried_at(
        &self,
        kind: &str,
        id: &str,
        month: Month,
    ) -> Result<Option<u64>, StoreError> {
        Ok(self.tombstone(kind, id, month)?.map(|t| t.at))
    }

    /// When the entry `id` was deleted from `month` (not moved), if it was a moment ago.
    pub(super) fn deleted_at(
        &self,
        kind: &str,
        id: &str,
        month: Month,
    ) -> Result<Option<u64>, StoreError> {
        Ok(self
            .tombstone(kind, id, month)?
            .filter(|t| t.to.is_none())
            .map(|t| t.at))
    }

    fn tombstone(
        &self,
        kind: &str,
        id: &str,
        month: Month,
    ) -> Result<Option<Tombstone>, StoreError> {
        Ok(self
            .backend
            .get(&keys::gone(kind, month, id))?
            .and_then(|raw| serde_json::from_str::<Tombstone>(&raw).ok()))
    }

    /// This tab places the entry in `month` on purpose (a move back): its old trace there goes.
    pub(super) fn unbury(&self, kind: &str, id: &str, month: Month) -> Result<(), StoreError> {
        self.backend.remove(&keys::gone(kind, month, id))
    }

    /// Stamps the meta value: everything was replaced now, and no save from before comes
    /// back. Writes the schema this build knows when there is no meta value (storage empty).
    pub(super) fn mark_reset(&self) -> Result<(), StoreError> {
        let schema = migrate::stored_schema(&self.backend)?.unwrap_or(self.migrations.current);
        let meta = Meta {
            schema,
            reset: Some(self.now_ms()),
        };
        let json = serde_json::to_string(&meta).expect("meta serialises");
        self.backend.set(keys::META, &json)
    }

    /// Whether everything was deleted or replaced (another tab) at or after `t`.
    pub(super) fn reset_since(&self, t: u64) -> Result<bool, StoreError> {
        Ok(migrate::stored_meta(&self.backend)?
            .and_then(|m| m.reset)
            .is_some_and(|r| r >= t))
    }

    /// Whether `entry`, saved by this tab at `mark`, left storage on purpose since: deleted
    /// or moved out of its month, everything erased or replaced, or the lock switched.
    fn meant_to_go<E: Entry>(&self, entry: &E, mark: &Saved) -> Result<bool, StoreError> {
        self.follow_lock_record()?;
        if self.lock.get() != mark.lock {
            return Ok(true);
        }
        if self.reset_since(mark.at)? {
            return Ok(true);
        }
        Ok(self
            .buried_at(E::KIND, entry.id(), entry.at().month())?
            .is_some_and(|at| at >= mark.at))
    }

    /// Puts back `entry`, saved by this tab at `mark`, if storage no longer holds it and
    /// nobody removed it on purpose since (another tab wrote its month from an older copy).
    /// True when it was put back.
    pub fn put_back<E: Entry>(&self, entry: &E, mark: &Saved) -> Result<bool, StoreError> {
        if self.read_only().is_some() {
            return Ok(false);
        }
        let here = self
            .month_entries::<E>(entry.at().month())?
            .iter()
            .any(|e| e.id() == entry.id());
        if here || self.meant_to_go(entry, mark)? {
            return Ok(false);
        }
        self.put(entry)?;
        Ok(true)
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use std::cell::Cell;
    thread_local! {
        /// Added to the wall clock: a test's "the page was opened again later".
        pub(crate) static LATER: Cell<u64> = const { Cell::new(0) };
    }

    /// Moves this thread's wall clock on by `ms` (a page opened again a while later).
    pub(crate) fn pass(ms: u64) {
        LATER.with(|l| l.set(l.get() + ms));
    }
}
