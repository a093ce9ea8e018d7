//! Changes to many keys that survive being cut short: restores, migrations, moving an
//! entry to another month, and "delete everything".
//!
//! Design (a redo journal):
//! 1. **Stage**: each new value is written to `closer:s:<key>` (sealed, bound to `<key>`).
//!    Nothing the app reads has changed yet. A failed write removes what was staged.
//! 2. **Commit**: one write of `closer:op` says what the change is (which keys go, whether
//!    it merges, the schema number it brings). Before this write the change never
//!    happened; after it, it will happen whole.
//! 3. **Apply**: the keys that go are removed, then each staged value is moved to its key
//!    (a merge adds the staged entries to what the month holds *now*, so another tab's
//!    entry written meanwhile stays), the schema number is written, and `closer:op` goes
//!    last. Before the commit, a probe checks that the largest staged value fits once more
//!    beside everything (all the room applying ever needs): if not, the change is
//!    refused with nothing changed, so a committed change can always finish.
//!
//! Cut off anywhere: start-up (or, under the lock, the next unlock) removes staged values
//! that were never committed, and finishes a committed change from its staged values;
//! applying twice gives the same result. Only values are read to do this, never the
//! backup or the migration step, so what is on disk is all that is needed.
//!
//! "Delete everything" commits first (`closer:op` = erase) and then removes every key,
//! the lock record and the journal last: cut off, start-up finishes deleting before
//! anything is read, so nothing half-deleted is ever shown or left behind.
//!
//! An entry moved to another month (`Store::replace`) writes `closer:j:mv:<kind>:<id>`
//! before its two writes; cut off between them, start-up removes the old copy if the new
//! one landed (or just the journal if it didn't).

use super::backend::units;
use super::keys::{self, KeyKind};
use super::migrate::meta_json;
use super::{pack_bucket, unpack_bucket, Backend, Seal, Store, StoreError};
use crate::base::time::Month;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};

/// How long a tab's staging is taken to be under way (staging takes well under a second).
const STAGING_FRESH_MS: u64 = 60_000;

/// Code units kept spare beyond the room check's sum: the schema number and the reset
/// stamp written while applying (a few dozen), with a margin.
const ROOM_SPARE: usize = 256;

/// A change to write as one: new values by key (plain, packed as they will be stored),
/// keys to remove, and how to apply.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Plan {
    pub set: BTreeMap<String, String>,
    pub gone: Vec<String>,
    /// Add staged entries to what each month holds when applied; keep documents present.
    pub merge: bool,
    /// The schema number the change brings (a migration).
    pub meta: Option<u32>,
    /// Months before this one are stored packed when a merge rewrites them.
    pub pack_before: Option<Month>,
    /// It replaces everything: once committed, no tab puts back a save from before
    /// (the meta value's `reset`, see `gone.rs`).
    pub reset: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "op")]
enum Op {
    #[serde(rename = "erase")]
    Erase,
    #[serde(rename = "apply")]
    Apply {
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        gone: Vec<String>,
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        merge: bool,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        meta: Option<u32>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pack: Option<String>,
    },
}

impl Op {
    fn read(raw: &str) -> Option<Op> {
        serde_json::from_str(raw).ok()
    }
    fn to_json(&self) -> String {
        serde_json::to_string(self).expect("journal serialises")
    }
}

/// Cut short before, finished now: for a notice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Settled {
    /// A restore (or a migration) was finished from what it had staged.
    Finished,
    /// One was cut short before it committed: nothing of it was kept.
    Dropped,
    /// Something the app lock was doing (see `lock::Finished`).
    Lock(super::lock::Finished),
}

impl Settled {
    pub fn message(self) -> &'static str {
        match self {
            Settled::Finished => "Something Closer was saving when it last closed (a restore or an update) was cut short; it's finished now.",
            Settled::Dropped => "A restore was cut short before it started changing anything, so nothing changed. You can restore the backup again.",
            Settled::Lock(f) => f.message(),
        }
    }
}

/// The journal of an entry moving from one month to another.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Move {
    from: String,
    pub(crate) to: String,
}

impl Move {
    pub fn new(from: Month, to: Month) -> Self {
        Move {
            from: from.key(),
            to: to.key(),
        }
    }
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("journal serialises")
    }
}

/// Entries of a month as JSON values (the month's opened, unpacked text).
fn entries_of(json: &str) -> Option<Vec<Value>> {
    serde_json::from_str(json).ok()
}

fn id_of(v: &Value) -> Option<&str> {
    v.get("id").and_then(Value::as_str)
}

fn sort_values(v: &mut [Value]) {
    v.sort_by_cached_key(|e| {
        (
            e.get("t").and_then(Value::as_i64).unwrap_or(0),
            id_of(e).unwrap_or("").to_string(),
        )
    });
}

impl<B: Backend> Store<B> {
    /// Writes `plan` as one change (see the top). An error before the commit means nothing
    /// changed; after it, the change is finished at the next start.
    pub(crate) fn apply(&self, plan: &Plan) -> Result<(), StoreError> {
        if self.backend.get(keys::OP)?.is_some() || self.staging_elsewhere()? {
            return Err(StoreError::Busy);
        }
        // Staging under way: another tab starting meanwhile leaves these values alone.
        self.backend
            .set(keys::STAGING, &self.now_ms().to_string())?;
        let mut staged: Vec<&str> = Vec::with_capacity(plan.set.len());
        let unstage = |staged: &[&str]| {
            for k in staged {
                let _ = self.backend.remove(&keys::staged(k));
            }
            let _ = self.backend.remove(keys::STAGING);
        };
        // The largest value to be copied into place, for the room check before the commit.
        let mut largest = 0;
        for (key, body) in &plan.set {
            let sealed = match self.seal_for(key, body) {
                Ok(s) => s,
                Err(e) => {
                    unstage(&staged);
                    return Err(e);
                }
            };
            if let Err(e) = self.backend.set(&keys::staged(key), &sealed) {
                unstage(&staged);
                return Err(e);
            }
            largest = largest.max(units(key) + units(&sealed));
            staged.push(key);
        }
        let op = Op::Apply {
            gone: plan.gone.clone(),
            merge: plan.merge,
            meta: plan.meta,
            pack: plan.pack_before.map(|m| m.key()),
        };
        let op_json = op.to_json();
        // Applying copies each staged value to its key while the staged copy still exists
        // (cut off there, the copy is what finishes it). Nothing else grows: removing a
        // staged copy frees more than its value added over the old one, and the keys that
        // go only free room. So if the largest value (with the journal and the schema
        // number) fits beside everything staged now, the change can always finish: check
        // that before the commit, and refuse, changing nothing, when it doesn't.
        let room = largest + units(keys::OP) + units(&op_json) + ROOM_SPARE;
        if let Err(e) = self.room_for(room) {
            unstage(&staged);
            return Err(e);
        }
        // Every staged value still there (a tab that took this staging for an abandoned
        // one could have dropped some): else no commit, and nothing changed.
        let present: BTreeSet<String> = self.backend.keys()?.into_iter().collect();
        if staged.iter().any(|k| !present.contains(&keys::staged(k))) {
            unstage(&staged);
            return Err(StoreError::Busy);
        }
        if let Err(e) = self.backend.set(keys::OP, &op_json) {
            unstage(&staged);
            return Err(e);
        }
        // Committed: the journal now speaks for the staged values.
        let _ = self.backend.remove(keys::STAGING);
        if plan.reset {
            // Right after the commit, before anything is replaced (a tab that sees a
            // month replaced sees this first). Not written: only a look-after is missed.
            let _ = self.mark_reset();
        }
        // Committed: from here the change happens whole, now or at the next start. A
        // write refused once is tried again (applying twice gives the same result); if it
        // is refused again, this tab writes nothing more until a start finishes it.
        // (Fewer applied here than staged: another tab, starting meanwhile, finished the
        // rest from the journal; every staged value was there at the commit, see above.)
        if let Err(e) = self.finish(&op).or_else(|_| self.finish(&op)) {
            self.read_only.set(Some(super::ReadOnly::Unfinished));
            return Err(e);
        }
        Ok(())
    }

    /// Whether a tab began staging a change less than [`STAGING_FRESH_MS`] ago (and hasn't
    /// committed or dropped it): its staged values are its own. An older mark is a tab
    /// closed while staging: its values are dropped at the next start.
    fn staging_elsewhere(&self) -> Result<bool, StoreError> {
        let now = self.now_ms();
        Ok(self
            .backend
            .get(keys::STAGING)?
            .and_then(|v| v.parse::<u64>().ok())
            .is_some_and(|at| at <= now + STAGING_FRESH_MS && now < at + STAGING_FRESH_MS))
    }

    /// Whether `n` more code units fit in storage now: a probe value is written and removed.
    pub(super) fn room_for(&self, n: usize) -> Result<(), StoreError> {
        let filler = "x".repeat(n.saturating_sub(units(keys::ROOM)));
        self.backend.set(keys::ROOM, &filler)?;
        self.backend.remove(keys::ROOM)
    }

    /// Applies a committed change from its staged values. Returns how many were applied.
    fn finish(&self, op: &Op) -> Result<usize, StoreError> {
        let Op::Apply {
            gone,
            merge,
            meta,
            pack,
        } = op
        else {
            return Ok(0);
        };
        let pack_before = pack.as_deref().and_then(Month::parse_key);
        let mut applied = 0;
        // What goes, first: committed, so nothing needs it, and its room is then free.
        for k in gone {
            self.backend.remove(k)?;
        }
        let staged: Vec<String> = self
            .backend
            .keys()?
            .into_iter()
            .filter(|k| k.starts_with(keys::STAGED))
            .collect();
        for s in staged {
            let key = &s[keys::STAGED.len()..];
            let Some(value) = self.backend.get(&s)? else {
                continue;
            };
            let value = if *merge {
                self.merged(key, &value, pack_before)?
            } else {
                Some(value)
            };
            if let Some(v) = value {
                self.backend.set(key, &v)?;
            }
            self.backend.remove(&s)?;
            applied += 1;
        }
        if let Some(v) = meta {
            self.backend.set(keys::META, &meta_json(*v))?;
        }
        self.backend.remove(keys::OP)?;
        Ok(applied)
    }

    /// What a merge writes at `key`: the month as it is now plus the staged entries it
    /// lacks (by id); a staged document only where there is none. `None`: leave it.
    fn merged(
        &self,
        key: &str,
        staged: &str,
        pack_before: Option<Month>,
    ) -> Result<Option<String>, StoreError> {
        let Some(current) = self.backend.get(key)? else {
            return Ok(Some(staged.to_string()));
        };
        let KeyKind::Bucket { month, .. } = keys::classify(key) else {
            return Ok(None);
        };
        let open = |k: &str, raw: &str| {
            self.opened(k, raw)?
                .and_then(unpack_bucket)
                .and_then(|j| entries_of(&j))
                .ok_or_else(|| StoreError::Unreadable(key.to_string()))
        };
        let adding = open(&keys::staged(key), staged)?;
        let mut here = match open(key, &current) {
            Ok(v) => v,
            Err(_) => {
                // A month that can't be read is kept aside, untouched, before it is replaced.
                self.set_aside(key, &current)?;
                Vec::new()
            }
        };
        let have: BTreeSet<String> = here.iter().filter_map(id_of).map(String::from).collect();
        let before = here.len();
        here.extend(
            adding
                .into_iter()
                .filter(|e| id_of(e).is_some_and(|id| !have.contains(id))),
        );
        if here.len() == before {
            return Ok(None);
        }
        sort_values(&mut here);
        let json = serde_json::to_string(&here).expect("values serialise");
        let pack = pack_before.is_some_and(|p| month < p);
        self.seal_for(key, &pack_bucket(json, pack)).map(Some)
    }

    /// Start-up: finishes a "delete everything" that was cut short, before anything else.
    pub(super) fn finish_erase(&self) -> Result<(), StoreError> {
        let pending = self.backend.get(keys::OP)?;
        if pending.as_deref().and_then(Op::read) == Some(Op::Erase) {
            self.erase_from_journal()?;
        }
        Ok(())
    }

    /// Removes every key this app owns: entries, documents, set-aside values, the lock.
    /// Committed by its journal first: cut off, the next start finishes it.
    pub fn erase_all(&self) -> Result<(), StoreError> {
        self.backend.set(keys::OP, &Op::Erase.to_json())?;
        // Before anything goes: no other tab puts back a save from before now (`gone.rs`).
        // The schema number stays (with it), as the fresh start would write it again.
        let _ = self.mark_reset();
        self.erase_from_journal()
            .or_else(|_| self.erase_from_journal())
    }

    fn erase_from_journal(&self) -> Result<(), StoreError> {
        for key in self.own_keys()? {
            if key != keys::OP && key != keys::LOCK && key != keys::META {
                self.backend.remove(&key)?;
            }
        }
        self.backend.remove(keys::LOCK)?;
        self.backend.remove(keys::OP)?;
        self.quarantined.borrow_mut().clear();
        self.set_seal(Seal::Plain);
        self.lock.set(super::lock::LockState::Off);
        Ok(())
    }

    /// Once values can be read: finishes committed changes, drops uncommitted ones, and
    /// completes entry moves.
    pub(super) fn settle_journals(&self) -> Result<(), StoreError> {
        let pending = self.backend.get(keys::OP)?;
        let staged: Vec<String> = self
            .own_keys()?
            .into_iter()
            .filter(|k| k.starts_with(keys::STAGED))
            .collect();
        match pending.as_deref().map(Op::read) {
            Some(Some(op)) => {
                self.finish(&op)?;
                self.settled.borrow_mut().push(Settled::Finished);
            }
            Some(None) => {
                // Not a journal this version knows: leave it, and write nothing.
                return Err(StoreError::Unfinished);
            }
            // Another tab is staging right now: its values are not this tab's to drop.
            None if !staged.is_empty() && self.staging_elsewhere()? => {}
            None if !staged.is_empty() => {
                for k in staged {
                    self.backend.remove(&k)?;
                }
                self.backend.remove(keys::STAGING)?;
                self.settled.borrow_mut().push(Settled::Dropped);
            }
            None => {}
        }
        for key in self.own_keys()? {
            if let Some(rest) = key.strip_prefix(keys::MOVE) {
                let kind = rest.split(':').next().unwrap_or("").to_string();
                let id = rest[kind.len()..].trim_start_matches(':').to_string();
                let raw = self.backend.get(&key)?.unwrap_or_default();
                if let Ok(m) = serde_json::from_str::<Move>(&raw) {
                    self.finish_move(&kind, &id, &m)?;
                }
                self.backend.remove(&key)?;
            }
        }
        Ok(())
    }

    /// If the entry is in its new month, removes the copy left in the old one.
    fn finish_move(&self, kind: &str, id: &str, m: &Move) -> Result<(), StoreError> {
        let (Some(from), Some(to)) = (Month::parse_key(&m.from), Month::parse_key(&m.to)) else {
            return Ok(());
        };
        let read = |key: &str| -> Result<Option<(Vec<Value>, bool)>, StoreError> {
            let Some(raw) = self.backend.get(key)? else {
                return Ok(None);
            };
            let Some(plain) = self.opened(key, &raw)? else {
                return Ok(None);
            };
            let packed = plain.starts_with(super::COMPACT);
            Ok(unpack_bucket(plain)
                .and_then(|j| entries_of(&j))
                .map(|v| (v, packed)))
        };
        let (new_key, old_key) = (keys::bucket(kind, to), keys::bucket(kind, from));
        let landed = read(&new_key)?.is_some_and(|(v, _)| v.iter().any(|e| id_of(e) == Some(id)));
        if !landed {
            return Ok(());
        }
        let Some((mut old, packed)) = read(&old_key)? else {
            return Ok(());
        };
        let before = old.len();
        old.retain(|e| id_of(e) != Some(id));
        if old.len() == before {
            return Ok(());
        }
        if old.is_empty() {
            return self.backend.remove(&old_key);
        }
        let json = serde_json::to_string(&old).expect("values serialise");
        let sealed = self.seal_for(&old_key, &pack_bucket(json, packed))?;
        self.backend.set(&old_key, &sealed)
    }
}
