//! Schema versions and the migrations between them.
//!
//! Version 1 is the first shipped layout (see `keys.rs`). To change a stored shape:
//! bump [`CURRENT`], add a step to [`STEPS`] that rewrites the old values, and add a
//! fixture of the old version under `tests/fixtures/` with a test that migrates it.
//!
//! Design:
//! - A step sees **plain values** (documents and months of entries as JSON, unpacked),
//!   whatever the lock: under the lock the store waits for the unlock before migrating,
//!   and the step reads and writes through the open codec (an [`Overlay`]).
//! - A step's writes are collected in memory, then written as one journaled change
//!   (`journal.rs`) that also moves the schema number: cut off at any write, start-up (or
//!   the next unlock) either finishes the whole step or none of it happened.
//! - A step that fails, or a change that can't be written (storage full), leaves the data
//!   as it was and the store read-only (it won't write an older shape over newer data),
//!   with a message; the next start tries again.
//! - Another tab that moves the data to a newer schema stops this one writing (every write
//!   checks the stored number first), and a backup from an older schema is brought up to
//!   date in memory with the same steps before it is read ([`contents`]).
//! - Tests run tables of their own ([`Migrations`]): a version 2 that exists only in
//!   tests proves each of these paths before a real migration ships.

use super::backend::{Backend, MemoryBackend, StoreError};
use super::backup::{self, Contents};
use super::journal::Plan;
use super::keys::{self, KeyKind};
use super::{pack_bucket, unpack_bucket, Quarantined, ReadOnly, Store, COMPACT};
use serde::{Deserialize, Serialize};
use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};

pub const CURRENT: u32 = 1;

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct Meta {
    pub schema: u32,
    /// When everything was last replaced ("delete everything", a replacing restore), in
    /// ms since 1970: a tab's save from before then is never put back (`Store::put_back`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reset: Option<u64>,
}

/// One step: rewrites a store at version `n` into version `n + 1`, through plain values.
pub type Step = fn(&dyn Backend) -> Result<(), StoreError>;

/// `STEPS[n]` migrates from version `n` to `n + 1`. Version 0 is "no meta key": a store
/// that is empty or holds only keys from before versioning, which need no rewrite.
pub const STEPS: &[Step] = &[|_| Ok(())];

/// A table of steps and the version they lead to. The app runs [`SHIPPED`]; tests run
/// tables of their own (a version 2 that exists only in tests), so every path a real
/// migration will take is proven before one ships.
pub struct Migrations {
    pub current: u32,
    pub steps: &'static [Step],
}

pub const SHIPPED: Migrations = Migrations {
    current: CURRENT,
    steps: STEPS,
};

/// The stored meta value: `None` without a meta key (or an unreadable one).
pub fn stored_meta(b: &dyn Backend) -> Result<Option<Meta>, StoreError> {
    Ok(b.get(keys::META)?
        .and_then(|raw| serde_json::from_str::<Meta>(&raw).ok()))
}

/// The stored schema number: `None` without a meta key (or an unreadable one).
pub fn stored_schema(b: &dyn Backend) -> Result<Option<u32>, StoreError> {
    Ok(b.get(keys::META)?
        .and_then(|raw| serde_json::from_str::<Meta>(&raw).ok())
        .map(|m| m.schema))
}

pub(crate) fn meta_json(schema: u32) -> String {
    serde_json::to_string(&Meta {
        schema,
        reset: None,
    })
    .expect("meta serialises")
}

fn write_meta(backend: &dyn Backend, schema: u32) -> Result<(), StoreError> {
    backend.set(keys::META, &meta_json(schema))
}

impl<B: Backend> Store<B> {
    /// Another tab wrote the schema number: if it is newer than this build, stop writing.
    pub fn check_schema_now(&self) {
        if let Ok(Some(v)) = stored_schema(&self.backend) {
            if v > self.migrations.current {
                self.read_only.set(Some(ReadOnly::NewerSchema(v)));
            }
        }
    }

    /// At start-up: a newer schema makes the store read-only; an unreadable meta value is
    /// set aside and the store taken as version 1 (the only one before meta could break).
    pub(super) fn check_schema(&self) -> Result<(), StoreError> {
        let Some(raw) = self.backend.get(keys::META)? else {
            return Ok(());
        };
        match serde_json::from_str::<Meta>(&raw) {
            Ok(m) if m.schema > self.migrations.current => {
                self.read_only.set(Some(ReadOnly::NewerSchema(m.schema)));
            }
            Ok(_) => {}
            Err(_) => {
                let kept_at = keys::quarantine(keys::META);
                self.backend
                    .set(&kept_at, &raw)
                    .map_err(|_| StoreError::Unreadable(keys::META.into()))?;
                self.quarantined.borrow_mut().push(Quarantined {
                    key: keys::META.into(),
                    kept_at,
                });
                write_meta(&self.backend, 1)?;
            }
        }
        Ok(())
    }
}

/// Runs every step between the stored version and the current one, each as one journaled
/// change. Values must be readable (lock off, or unlocked).
pub(crate) fn bring_up_to_date<B: Backend>(store: &Store<B>) -> Result<(), StoreError> {
    let m = store.migrations();
    let from = stored_schema(store.backend())?.unwrap_or(0);
    for v in from..m.current {
        let overlay = Overlay::new(store);
        (m.steps[v as usize])(&overlay)?;
        let plan = overlay.into_plan(v + 1);
        if plan.set.is_empty() && plan.gone.is_empty() {
            write_meta(store.backend(), v + 1)?;
        } else {
            store.apply(&plan)?;
        }
    }
    Ok(())
}

/// Brings a backup's contents, written at schema `from`, to `m.current` in memory: laid
/// out as storage would hold them, run through the same steps as stored data, read back.
pub fn contents(c: &Contents, from: u32, m: &Migrations) -> Result<Contents, StoreError> {
    let mem = MemoryBackend::new();
    for ((kind, month), items) in backup::buckets(c) {
        let json = serde_json::to_string(&items).expect("values serialise");
        mem.set(&keys::bucket(&kind, month), &json)?;
    }
    for (name, d) in &c.docs {
        mem.set(&keys::doc(name), &d.to_string())?;
    }
    for v in from..m.current {
        (m.steps[v as usize])(&mem)?;
    }
    Store::new(mem).contents()
}

/// The store's documents and months as plain JSON, for a step to read and write. Writes
/// stay in memory until the step has run whole.
pub struct Overlay<'a, B: Backend> {
    store: &'a Store<B>,
    changes: RefCell<BTreeMap<String, Option<String>>>,
    /// Keys whose stored value was packed (and so is written packed again).
    packed: RefCell<BTreeSet<String>>,
}

impl<'a, B: Backend> Overlay<'a, B> {
    fn new(store: &'a Store<B>) -> Self {
        Overlay {
            store,
            changes: RefCell::default(),
            packed: RefCell::default(),
        }
    }

    fn data_key(key: &str) -> bool {
        matches!(
            keys::classify(key),
            KeyKind::Bucket { .. } | KeyKind::Doc(_)
        )
    }

    fn into_plan(self, schema: u32) -> Plan {
        let packed = self.packed.into_inner();
        let mut plan = Plan {
            meta: Some(schema),
            ..Plan::default()
        };
        for (k, v) in self.changes.into_inner() {
            match v {
                Some(json) => {
                    let pack = packed.contains(&k);
                    plan.set.insert(k, pack_bucket(json, pack));
                }
                None => plan.gone.push(k),
            }
        }
        plan
    }
}

impl<B: Backend> Backend for Overlay<'_, B> {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        if let Some(v) = self.changes.borrow().get(key) {
            return Ok(v.clone());
        }
        if !Self::data_key(key) {
            return Ok(None);
        }
        let Some(raw) = self.store.backend.get(key)? else {
            return Ok(None);
        };
        let plain = self
            .store
            .opened(key, &raw)?
            .ok_or_else(|| StoreError::Unreadable(key.to_string()))?;
        if plain.starts_with(COMPACT) {
            self.packed.borrow_mut().insert(key.to_string());
        }
        unpack_bucket(plain)
            .map(Some)
            .ok_or_else(|| StoreError::Unreadable(key.to_string()))
    }
    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        if !Self::data_key(key) {
            return Err(StoreError::Unavailable);
        }
        self.changes
            .borrow_mut()
            .insert(key.to_string(), Some(value.to_string()));
        Ok(())
    }
    fn remove(&self, key: &str) -> Result<(), StoreError> {
        if !Self::data_key(key) {
            return Err(StoreError::Unavailable);
        }
        self.changes.borrow_mut().insert(key.to_string(), None);
        Ok(())
    }
    fn keys(&self) -> Result<Vec<String>, StoreError> {
        let mut out: BTreeSet<String> = self
            .store
            .backend
            .keys()?
            .into_iter()
            .filter(|k| Self::data_key(k))
            .collect();
        for (k, v) in self.changes.borrow().iter() {
            match v {
                Some(_) => out.insert(k.clone()),
                None => out.remove(k),
            };
        }
        Ok(out.into_iter().collect())
    }
}
