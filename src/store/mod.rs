//! Storage that loses nothing.
//!
//! One small interface ([`Backend`]) with two homes: `localStorage` in the browser
//! ([`local::LocalBackend`]) and memory in tests ([`MemoryBackend`]). On top of it,
//! [`Store`] keeps typed records:
//!
//! - **Entries** (check-ins, logs, journal entries: anything that accumulates) live in
//!   one bucket per kind and month. A save re-reads that month's bucket, upserts the
//!   entry by id and writes the month back: its cost doesn't grow with history, and
//!   two tabs adding entries never drop each other's.
//! - **Docs** (profile, settings) are small and rewritten whole.
//! - A value that fails to parse is copied, untouched, to a quarantine key before
//!   anything could overwrite it, and reported so the person can download it.
//! - Months before the current one are compacted (lz-string, UTF-16) so ten years of
//!   daily writing fits in the browser's quota.

pub mod backend;
pub mod backup;
pub mod codec;
pub mod device;
pub mod keys;
#[cfg(target_arch = "wasm32")]
pub mod local;
pub mod lock;
pub mod migrate;
pub mod random;
pub mod transfer;
#[cfg(target_arch = "wasm32")]
pub mod webkdf;

pub use backend::{Backend, MemoryBackend, StoreError};
pub use codec::{Codec, Plain};

use crate::base::time::{LocalTime, Month};
use serde::{de::DeserializeOwned, Serialize};
use std::cell::RefCell;

/// Something that accumulates over time, stored in month buckets.
/// Puts entries in their order: oldest first, ties by id.
///
/// The order is worked out on plain `(time, id)` keys and then applied, so the app carries
/// one compiled sort for every kind instead of one per kind (a stable sort is several KB of
/// wasm each time it is instantiated).
pub fn sort_entries<E: Entry>(v: &mut Vec<E>) {
    let order = {
        let keys: Vec<(LocalTime, &str)> =
            v.iter().map(|e| (e.at(), e.id())).collect();
        match order_of(&keys) {
            Some(order) => order,
            None => return,
        }
    };
    let mut slots: Vec<Option<E>> =
        std::mem::take(v).into_iter().map(Some).collect();
    v.extend(order.into_iter().filter_map(|i| slots[i].take()));
}

/// The positions of `keys` in ascending order, or `None` when they already are.
fn order_of(keys: &[(LocalTime, &str)]) -> Option<Vec<usize>> {
    if keys.windows(2).all(|w| w[0] <= w[1]) {
        return None;
    }
    let mut order: Vec<usize> = (0..keys.len()).collect();
    order.sort_by(|&a, &b| keys[a].cmp(&keys[b]));
    Some(order)
}

pub trait Entry: Serialize + DeserializeOwned + Clone + 'static {
    /// The kind's name in storage keys: short, lowercase, never changed once shipped.
    const KIND: &'static str;
    fn id(&self) -> &str;
    /// When it happened; decides the month bucket.
    fn at(&self) -> LocalTime;
    /// True for kinds written every day (check-ins, logs, journals): the app then reads
    /// their last two months before the first screen and the years before right after it.
    /// Kinds that screens open by id from any date keep the default and load whole.
    const DEFER_HISTORY: bool = false;
}

/// A small document rewritten whole (settings, profile).
pub trait Doc:
    Serialize + DeserializeOwned + Default + Clone + 'static
{
    /// Its name in the storage key, never changed once shipped.
    const NAME: &'static str;
}

/// A value that could not be read and was set aside.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quarantined {
    /// Where it was.
    pub key: String,
    /// Where it is kept now.
    pub kept_at: String,
}

pub struct Store<B: Backend> {
    backend: B,
    codec: RefCell<Box<dyn Codec>>,
    quarantined: RefCell<Vec<Quarantined>>,
    /// Set when the stored schema is newer than this build: reads work, writes don't.
    read_only: RefCell<Option<u32>>,
    /// Whether values are encrypted at rest, and whether the key is here (see `lock.rs`).
    lock: std::cell::Cell<lock::LockState>,
}

/// Marker of a compacted bucket: the rest is lz-string UTF-16.
const COMPACT: char = '~';

/// A bucket's JSON from its opened value, unpacking a compacted one.
fn unpack_bucket(plain: String) -> Option<String> {
    match plain.strip_prefix(COMPACT) {
        Some(packed) => lz_str::decompress_from_utf16(packed)
            .and_then(|u| String::from_utf16(&u).ok()),
        None => Some(plain),
    }
}

/// A bucket's stored body from its JSON, packed when `compact`.
fn pack_bucket(json: String, compact: bool) -> String {
    if !compact {
        return json;
    }
    let mut s = String::with_capacity(json.len() / 3);
    s.push(COMPACT);
    s.push_str(&lz_str::compress_to_utf16(&json));
    s
}

impl<B: Backend> Store<B> {
    pub fn new(backend: B) -> Self {
        Store {
            backend,
            codec: RefCell::new(Box::new(Plain)),
            quarantined: RefCell::default(),
            read_only: RefCell::default(),
            lock: Default::default(),
        }
    }

    /// Opens the store: runs pending migrations once and notes what was set aside.
    /// When the app lock is on, the store opens locked: nothing is read until `unlock`.
    pub fn open(backend: B) -> Result<Self, StoreError> {
        let store = Store::new(backend);
        store.start_locked_if_set()?;
        match migrate::run(&store.backend) {
            Ok(report) => {
                store.quarantined.borrow_mut().extend(report.quarantined);
            }
            Err(StoreError::NewerSchema(v)) => {
                *store.read_only.borrow_mut() = Some(v)
            }
            Err(e) => return Err(e),
        }
        store.note_existing_quarantine();
        Ok(store)
    }

    pub fn backend(&self) -> &B {
        &self.backend
    }

    /// Replaces how values are sealed at rest (encryption when the app lock is on).
    pub fn set_codec(&self, codec: Box<dyn Codec>) {
        *self.codec.borrow_mut() = codec;
    }

    pub fn read_only(&self) -> Option<u32> {
        *self.read_only.borrow()
    }

    /// Values set aside this session or before, for the notice.
    pub fn quarantined(&self) -> Vec<Quarantined> {
        self.quarantined.borrow().clone()
    }

    fn note_existing_quarantine(&self) {
        let Ok(keys) = self.backend.keys() else {
            return;
        };
        let mut q = self.quarantined.borrow_mut();
        for k in keys {
            if let keys::KeyKind::Quarantine(orig) = keys::classify(&k) {
                if !q.iter().any(|x| x.kept_at == k) {
                    q.push(Quarantined {
                        key: orig.to_string(),
                        kept_at: k.clone(),
                    });
                }
            }
        }
    }

    /// The person has downloaded (or chosen to discard) a set-aside value.
    pub fn discard_quarantined(&self, kept_at: &str) -> Result<(), StoreError> {
        self.backend.remove(kept_at)?;
        self.quarantined
            .borrow_mut()
            .retain(|q| q.kept_at != kept_at);
        Ok(())
    }

    fn writable(&self) -> Result<(), StoreError> {
        match self.read_only() {
            Some(v) => Err(StoreError::NewerSchema(v)),
            None => Ok(()),
        }
    }

    /// Copies an unreadable value to its quarantine key and removes it from its place.
    /// If the copy can't be written, the value stays where it was and the error says so.
    fn set_aside(&self, key: &str, raw: &str) -> Result<(), StoreError> {
        let kept_at = keys::quarantine(key);
        // Never overwrite an earlier quarantined copy: number further ones.
        let mut target = kept_at.clone();
        let mut n = 2;
        while self.backend.get(&target)?.is_some() {
            target = format!("{kept_at}~{n}");
            n += 1;
        }
        self.backend
            .set(&target, raw)
            .map_err(|_| StoreError::Unreadable(key.to_string()))?;
        self.backend.remove(key)?;
        self.quarantined.borrow_mut().push(Quarantined {
            key: key.to_string(),
            kept_at: target,
        });
        Ok(())
    }

    // ----- docs -----------------------------------------------------------------

    /// A document, or its default when it was never written. An unreadable one is set aside.
    pub fn doc<D: Doc>(&self) -> Result<D, StoreError> {
        let key = keys::doc(D::NAME);
        let Some(raw) = self.backend.get(&key)? else {
            return Ok(D::default());
        };
        match self
            .opened(&raw)?
            .and_then(|plain| serde_json::from_str(&plain).ok())
        {
            Some(d) => Ok(d),
            None => {
                self.set_aside(&key, &raw)?;
                Ok(D::default())
            }
        }
    }

    pub fn put_doc<D: Doc>(&self, doc: &D) -> Result<(), StoreError> {
        self.writable()?;
        let json = serde_json::to_string(doc).expect("docs serialise");
        self.backend
            .set(&keys::doc(D::NAME), &self.codec.borrow().seal(&json)?)
    }

    // ----- entries --------------------------------------------------------------

    /// Reads one bucket. `Ok(None)` = no such bucket. Unreadable ones are set aside.
    fn read_bucket<E: Entry>(&self, key: &str) -> Result<Vec<E>, StoreError> {
        let Some(raw) = self.backend.get(key)? else {
            return Ok(Vec::new());
        };
        match self.decode_bucket::<E>(&raw)? {
            Some(v) => Ok(v),
            None => {
                self.set_aside(key, &raw)?;
                Ok(Vec::new())
            }
        }
    }

    /// A stored value opened by the codec: `Ok(None)` when it can't be read (to be set
    /// aside), `Err(Locked)` while the app is locked (nothing may be set aside then).
    fn opened(&self, raw: &str) -> Result<Option<String>, StoreError> {
        match self.codec.borrow().open(raw) {
            Ok(plain) => Ok(Some(plain)),
            Err(StoreError::Locked) => Err(StoreError::Locked),
            Err(_) => Ok(None),
        }
    }

    fn decode_bucket<E: Entry>(
        &self,
        raw: &str,
    ) -> Result<Option<Vec<E>>, StoreError> {
        let Some(plain) = self.opened(raw)? else {
            return Ok(None);
        };
        Ok(unpack_bucket(plain)
            .and_then(|json| serde_json::from_str(&json).ok()))
    }

    fn write_bucket<E: Entry>(
        &self,
        key: &str,
        items: &[E],
        compact: bool,
    ) -> Result<(), StoreError> {
        if items.is_empty() {
            return self.backend.remove(key);
        }
        let json = serde_json::to_string(items).expect("entries serialise");
        self.backend
            .set(key, &self.codec.borrow().seal(&pack_bucket(json, compact))?)
    }

    /// Every entry of a kind, oldest first.
    pub fn entries<E: Entry>(&self) -> Result<Vec<E>, StoreError> {
        let mut months = self.months::<E>()?;
        months.sort();
        let mut all = Vec::new();
        for m in months {
            all.extend(self.read_bucket::<E>(&keys::bucket(E::KIND, m))?);
        }
        sort_entries(&mut all);
        Ok(all)
    }

    /// The entries of one month, oldest first (for refreshing after another tab wrote).
    pub fn month_entries<E: Entry>(
        &self,
        month: Month,
    ) -> Result<Vec<E>, StoreError> {
        let mut v = self.read_bucket::<E>(&keys::bucket(E::KIND, month))?;
        sort_entries(&mut v);
        Ok(v)
    }

    /// The months that hold entries of a kind.
    pub fn months<E: Entry>(&self) -> Result<Vec<Month>, StoreError> {
        let prefix = keys::bucket_prefix(E::KIND);
        Ok(self
            .backend
            .keys()?
            .iter()
            .filter_map(|k| k.strip_prefix(&prefix).and_then(Month::parse_key))
            .collect())
    }

    /// Adds or replaces an entry (matched by id) in its month. Re-reads the month first,
    /// so another tab's entries written since are kept.
    pub fn put<E: Entry>(&self, entry: &E) -> Result<(), StoreError> {
        self.writable()?;
        let month = entry.at().month();
        let key = keys::bucket(E::KIND, month);
        let mut items = self.read_bucket::<E>(&key)?;
        match items.iter_mut().find(|e| e.id() == entry.id()) {
            Some(slot) => *slot = entry.clone(),
            None => items.push(entry.clone()),
        }
        self.write_bucket(&key, &items, false)
    }

    /// Saves an edited entry whose time may have moved it to another month.
    pub fn replace<E: Entry>(
        &self,
        old_at: LocalTime,
        entry: &E,
    ) -> Result<(), StoreError> {
        if old_at.month() != entry.at().month() {
            self.put(entry)?;
            return self.delete::<E>(entry.id(), old_at);
        }
        self.put(entry)
    }

    /// Removes an entry. Removing one that is already gone is not an error.
    pub fn delete<E: Entry>(
        &self,
        id: &str,
        at: LocalTime,
    ) -> Result<(), StoreError> {
        self.writable()?;
        let key = keys::bucket(E::KIND, at.month());
        let mut items = self.read_bucket::<E>(&key)?;
        let before = items.len();
        items.retain(|e| e.id() != id);
        if items.len() == before {
            return Ok(());
        }
        self.write_bucket(&key, &items, false)
    }

    /// Packs the buckets of months before `current` that are still plain JSON.
    /// Returns how many were packed. Safe to call at every start: packed ones are skipped.
    pub fn compact<E: Entry>(
        &self,
        current: Month,
    ) -> Result<usize, StoreError> {
        self.writable()?;
        let mut n = 0;
        for m in self.months::<E>()? {
            if m >= current {
                continue;
            }
            let key = keys::bucket(E::KIND, m);
            let Some(raw) = self.backend.get(&key)? else {
                continue;
            };
            let Ok(plain) = self.codec.borrow().open(&raw) else {
                continue;
            };
            if plain.starts_with(COMPACT) {
                continue;
            }
            let items = self.read_bucket::<E>(&key)?;
            self.write_bucket(&key, &items, true)?;
            n += 1;
        }
        Ok(n)
    }

    /// Every key this app owns (for export, deleting everything and measuring use).
    pub fn own_keys(&self) -> Result<Vec<String>, StoreError> {
        Ok(self
            .backend
            .keys()?
            .into_iter()
            .filter(|k| k.starts_with(keys::PREFIX))
            .collect())
    }

    /// UTF-16 code units used by this app's keys and values.
    pub fn used_units(&self) -> Result<usize, StoreError> {
        let mut n = 0;
        for k in self.own_keys()? {
            n += backend::units(&k)
                + self
                    .backend
                    .get(&k)?
                    .map(|v| backend::units(&v))
                    .unwrap_or(0);
        }
        Ok(n)
    }
}

#[cfg(test)]
mod tests;
