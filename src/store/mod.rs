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
//! - **Docs** (profile, settings) are small; a change re-reads the stored document and
//!   applies itself to that ([`Store::update_doc`]), so two tabs changing different parts
//!   of one document keep both changes.
//! - An entry that fails to read as its type is copied to a quarantine key
//!   (`closer:q:<bucket>~n`, sealed like everything else) and only then removed from its
//!   month: the month's readable entries stay where they are. A whole value that can't be
//!   opened at all is moved aside untouched. The person is told and can download it,
//!   readable whenever the lock is open.
//! - Months before the current one are compacted (lz-string, UTF-16) so ten years of
//!   daily writing fits in the browser's quota.
//!
//! Every operation that writes more than one key is built so that stopping after ANY
//! single write (storage full, or the page closed) leaves everything readable with a
//! passphrase the person knows: the lock's switches journal themselves in the lock record
//! (`lock.rs`); restores, migrations and "delete everything" stage their values and
//! commit with one write of `closer:op` (`journal.rs`); moving an entry to another month
//! leaves a small journal key until both writes are in. Start-up (or, under the lock, the
//! next unlock) finishes or undoes what such a journal describes, before any screen reads.
//! Before each write the store checks that no other tab has since moved the data to a
//! newer schema or switched the lock, so an old tab can never write over them.
//!
//! Deletes stick across tabs (`gone.rs`): a browser may pass one tab's writes to another a
//! moment later, so a tab looks after its saves for a few seconds and puts back one that a
//! stale copy wrote over; every removal on purpose leaves a trace it reads first (a
//! tombstone per entry and month, kept five minutes; a `reset` stamp in the meta value for
//! "delete everything" and a replacing restore; the lock record). A save of an entry
//! with a tombstone in its month, or a move out of one, is refused ([`StoreError::Gone`]).
//!
//! One writer at a time across tabs (`writer.rs`, `state/writer.rs`): every write runs
//! while its tab holds the origin's one exclusive Web Lock, `closer:writer` (restores,
//! migrations and journal recovery at start-up and unlock, the lock's switches, "delete
//! everything", and every save, edit, move, delete, put-back and packing of a month).
//! localStorage is synchronous and the lock is not, so a save is first checked for all
//! that can be known now (the store writes, the entry wasn't deleted elsewhere, there is
//! room for it; refused at once otherwise, the words still in their form), then shows in
//! its tab and waits for its turn: at once when no other tab writes. A turn that still
//! can't write it (another tab filled storage or moved the data on meanwhile) puts the
//! month back as stored and says why in a notice that keeps the words. Documents
//! (settings, profile) still write at once, re-reading first. A browser without Web
//! Locks writes at once, as one tab always has (tested in the writer-lock spec).
//!
//! The one case that can still lose an entry: two tabs write the same month within the
//! moment a browser takes to pass writes between them, and the tab whose entry was
//! written over is closed (or its look-after ends, after ten seconds) before it sees
//! that. And one that can bring one back: a tab that hasn't yet heard of "delete
//! everything" saving an edit of an entry it still shows writes that entry again.

pub mod backend;
pub mod backup;
pub mod codec;
pub mod device;
pub mod gone;
pub mod journal;
pub mod keys;
#[cfg(target_arch = "wasm32")]
pub mod local;
pub mod lock;
pub mod migrate;
pub mod paint;
pub mod random;
pub mod registry;
pub mod transfer;
#[cfg(target_arch = "wasm32")]
pub mod webkdf;
pub mod writer;

pub use backend::{Backend, MemoryBackend, StoreError};
pub use codec::{Codec, Plain};

use crate::base::time::{LocalTime, Month};
use codec::Sealed;
use serde::{de::DeserializeOwned, Serialize};
use serde_json::Value;
use std::cell::{Cell, RefCell};

/// Something that accumulates over time, stored in month buckets.
/// Puts entries in their order: oldest first, ties by id.
///
/// The order is worked out on plain `(time, id)` keys and then applied, so the app carries
/// one compiled sort for every kind instead of one per kind (a stable sort is several KB of
/// wasm each time it is instantiated).
pub fn sort_entries<E: Entry>(v: &mut Vec<E>) {
    let order = {
        let keys: Vec<(LocalTime, &str)> = v.iter().map(|e| (e.at(), e.id())).collect();
        match order_of(&keys) {
            Some(order) => order,
            None => return,
        }
    };
    let mut slots: Vec<Option<E>> = std::mem::take(v).into_iter().map(Some).collect();
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
pub trait Doc: Serialize + DeserializeOwned + Default + Clone + 'static {
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

/// Why the store won't write (it still reads).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReadOnly {
    /// The data was written by a newer version of the app (its schema).
    NewerSchema(u32),
    /// The data couldn't be brought up to this version's schema, or a restore cut short
    /// couldn't be finished (storage full): nothing more is written until it can.
    Unfinished,
    /// Storage misbehaved at start-up; nothing is written this session.
    Unavailable,
    /// Another tab runs a newer build (a value holds something this build doesn't know):
    /// this tab writes nothing, sets nothing aside, and asks to be reloaded.
    OutOfDate,
}

impl ReadOnly {
    pub fn error(self) -> StoreError {
        match self {
            ReadOnly::NewerSchema(v) => StoreError::NewerSchema(v),
            ReadOnly::Unfinished => StoreError::Unfinished,
            ReadOnly::Unavailable => StoreError::Unavailable,
            ReadOnly::OutOfDate => StoreError::OutOfDate,
        }
    }
}

/// How values pass to and from storage now.
pub(crate) enum Seal {
    Plain,
    Locked,
    Sealed(Sealed),
}

impl Seal {
    fn codec(&self) -> &dyn Codec {
        match self {
            Seal::Plain => &Plain,
            Seal::Locked => &codec::Locked,
            Seal::Sealed(s) => s,
        }
    }
}

pub struct Store<B: Backend> {
    backend: B,
    seal: RefCell<Seal>,
    quarantined: RefCell<Vec<Quarantined>>,
    /// Set when writing could lose something (see [`ReadOnly`]): reads work, writes don't.
    read_only: Cell<Option<ReadOnly>>,
    /// Whether values are encrypted at rest, and whether the key is here (see `lock.rs`).
    lock: Cell<lock::LockState>,
    /// The schema steps this store runs (the shipped ones, or a test's).
    migrations: &'static migrate::Migrations,
    /// A journal finished or undone at start-up or unlock, to tell the person.
    settled: RefCell<Vec<journal::Settled>>,
    /// The wall clock (ms since 1970) for tombstones and resets (`gone.rs`); tests set theirs.
    clock: Cell<fn() -> u64>,
}

/// One month of entries as read.
struct Bucket<E> {
    items: Vec<E>,
    /// False when something in it couldn't be read and couldn't be kept aside: the month
    /// must not be written over.
    complete: bool,
    /// Stored packed.
    compact: bool,
}

/// A month read as no entries: none stored, or set aside whole (see `Bucket`).
struct EmptyBucket {
    complete: bool,
    compact: bool,
}

impl<E> From<EmptyBucket> for Bucket<E> {
    fn from(e: EmptyBucket) -> Self {
        Bucket {
            items: Vec::new(),
            complete: e.complete,
            compact: e.compact,
        }
    }
}

/// Marker of a compacted bucket: the rest is lz-string UTF-16.
pub(crate) const COMPACT: char = '~';

/// A bucket's JSON from its opened value, unpacking a compacted one.
pub(crate) fn unpack_bucket(plain: String) -> Option<String> {
    match plain.strip_prefix(COMPACT) {
        Some(packed) => {
            lz_str::decompress_from_utf16(packed).and_then(|u| String::from_utf16(&u).ok())
        }
        None => Some(plain),
    }
}

/// A bucket's stored body from its JSON, packed when `compact`.
pub(crate) fn pack_bucket(json: String, compact: bool) -> String {
    if !compact {
        return json;
    }
    let mut s = String::with_capacity(json.len() / 3);
    s.push(COMPACT);
    s.push_str(&lz_str::compress_to_utf16(&json));
    s
}

impl<B: Backend> Store<B> {
    /// A store over `backend` that does nothing at start: no journal, no migration, no
    /// lock (for reading a backend that isn't the app's storage, like a backup's contents).
    pub fn new(backend: B) -> Self {
        Store {
            backend,
            seal: RefCell::new(Seal::Plain),
            quarantined: RefCell::default(),
            read_only: Cell::default(),
            lock: Default::default(),
            migrations: &migrate::SHIPPED,
            settled: RefCell::default(),
            clock: Cell::new(gone::wall_ms),
        }
    }

    /// Opens the store. A "delete everything" cut short is finished first. Then, when
    /// the lock is off, journals cut short are finished or undone and the schema brought
    /// up to date; when it is on, the store opens locked and all that waits for `unlock`.
    pub fn open(backend: B) -> Result<Self, StoreError> {
        Self::open_with(backend, &migrate::SHIPPED)
    }

    /// [`Store::open`] with a table of migrations of its own (tests).
    pub fn open_with(
        backend: B,
        migrations: &'static migrate::Migrations,
    ) -> Result<Self, StoreError> {
        let store = Store {
            migrations,
            ..Store::new(backend)
        };
        store.finish_erase()?;
        store.check_schema()?;
        store.start_locked_if_set()?;
        if store.lock.get() == lock::LockState::Off {
            store.settle();
        }
        store.note_existing_quarantine();
        Ok(store)
    }

    /// When `open` fails (storage refused a read): a store that writes nothing and, if the
    /// lock record may exist, opens nothing either.
    pub fn open_read_only(backend: B) -> Self {
        let store = Store::new(backend);
        store.read_only.set(Some(ReadOnly::Unavailable));
        if !matches!(store.backend.get(keys::LOCK), Ok(None)) {
            store.set_seal(Seal::Locked);
            store.lock.set(lock::LockState::Locked);
        }
        store
    }

    /// Once values can be read (at start-up without the lock, or at unlock): journals cut
    /// short are finished or undone, then the schema is brought up to date. If either
    /// can't be done, the store stops writing (nothing more could be lost).
    fn settle(&self) {
        if self.read_only().is_some() {
            return;
        }
        let done = self
            .settle_journals()
            .and_then(|_| migrate::bring_up_to_date(self));
        if done.is_err() {
            self.read_only.set(Some(ReadOnly::Unfinished));
        }
    }

    /// Journals finished or undone since the last call (for a notice).
    pub fn take_settled(&self) -> Vec<journal::Settled> {
        std::mem::take(&mut *self.settled.borrow_mut())
    }

    /// Uses `clock` for the time of tombstones and resets (tests).
    pub fn set_clock(&self, clock: fn() -> u64) {
        self.clock.set(clock);
    }

    pub fn backend(&self) -> &B {
        &self.backend
    }

    pub(crate) fn set_seal(&self, seal: Seal) {
        *self.seal.borrow_mut() = seal;
    }

    /// Seals a value for storage at `key` with the current codec.
    pub(crate) fn seal_for(&self, key: &str, plain: &str) -> Result<String, StoreError> {
        self.seal.borrow().codec().seal(key, plain)
    }

    /// Why the store won't write, if it won't.
    pub fn read_only(&self) -> Option<ReadOnly> {
        self.read_only.get()
    }

    pub fn migrations(&self) -> &'static migrate::Migrations {
        self.migrations
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

    /// Whether a write may go ahead: the store isn't read-only, no other tab has since
    /// moved the data to a newer schema (an old tab must not write over it) or switched
    /// the lock (see `Store::lock_unchanged`).
    fn writable(&self) -> Result<(), StoreError> {
        if let Some(r) = self.read_only() {
            return Err(r.error());
        }
        if let Some(v) =
            migrate::stored_schema(&self.backend)?.filter(|v| *v > self.migrations.current)
        {
            self.read_only.set(Some(ReadOnly::NewerSchema(v)));
            return Err(StoreError::NewerSchema(v));
        }
        // A restore, migration or deletion under way (here or in another tab) finishes first.
        if self.backend.get(keys::OP)?.is_some() {
            return Err(StoreError::Busy);
        }
        self.lock_unchanged()
    }

    /// A set-aside value as the person can read it: opened (and unpacked) when the lock
    /// is open and the value was sealed; exactly as stored otherwise.
    pub fn quarantined_text(&self, kept_at: &str) -> Result<String, StoreError> {
        let raw = self.backend.get(kept_at)?.unwrap_or_default();
        let opened = self.seal.borrow().codec().open(kept_at, &raw).ok();
        Ok(opened
            .map(|plain| unpack_bucket(plain.clone()).unwrap_or(plain))
            .unwrap_or(raw))
    }

    /// The next free set-aside key for `key` (`closer:q:<key>`, then `~2`, `~3`, …), or
    /// `None` when one of them already holds exactly `value` (set aside before a crash).
    fn aside_slot(&self, key: &str, value: &str) -> Result<Option<String>, StoreError> {
        let first = keys::quarantine(key);
        let mut target = first.clone();
        let mut n = 2;
        while let Some(there) = self.backend.get(&target)? {
            let same = there == value
                || self
                    .seal
                    .borrow()
                    .codec()
                    .open(&target, &there)
                    .is_ok_and(|p| p == value);
            if same {
                return Ok(None);
            }
            target = format!("{first}~{n}");
            n += 1;
        }
        Ok(Some(target))
    }

    fn note_aside(&self, key: &str, kept_at: String) {
        let mut q = self.quarantined.borrow_mut();
        if !q.iter().any(|x| x.kept_at == kept_at) {
            q.push(Quarantined {
                key: key.to_string(),
                kept_at,
            });
        }
    }

    /// Whether a value that doesn't read may be set aside: only by a store that writes, and
    /// only while the stored schema is this build's (a value from a newer build is not
    /// broken, this tab is out of date: it stops writing instead).
    fn may_set_aside(&self) -> bool {
        if self.read_only().is_some() {
            return false;
        }
        match migrate::stored_schema(&self.backend) {
            Ok(Some(v)) if v > self.migrations.current => {
                self.read_only.set(Some(ReadOnly::NewerSchema(v)));
                false
            }
            Ok(_) => true,
            Err(_) => false,
        }
    }

    /// A value that parsed but names something this build doesn't know (a newer build's
    /// enum variant): this tab is out of date. True when that is why it didn't read.
    fn newer_than_this_build(&self, e: &serde_json::Error) -> bool {
        let newer = e.to_string().contains("unknown variant");
        if newer && self.read_only().is_none() {
            self.read_only.set(Some(ReadOnly::OutOfDate));
        }
        newer
    }

    /// Copies an unreadable value to its quarantine key and removes it from its place.
    /// If the copy can't be written, the value stays where it was and the error says so.
    /// A store that can't write (data from a newer version) sets nothing aside.
    fn set_aside(&self, key: &str, raw: &str) -> Result<(), StoreError> {
        if !self.may_set_aside() {
            return Err(StoreError::Unreadable(key.to_string()));
        }
        if let Some(target) = self.aside_slot(key, raw)? {
            self.backend
                .set(&target, raw)
                .map_err(|_| StoreError::Unreadable(key.to_string()))?;
            self.note_aside(key, target);
        }
        self.backend.remove(key)?;
        Ok(())
    }

    /// Keeps one unreadable entry of the month at `key` aside (sealed like the rest,
    /// bound to its month's key), so the month can be written without it.
    fn keep_entry_aside(&self, key: &str, entry: &str) -> Result<(), StoreError> {
        if let Some(target) = self.aside_slot(key, entry)? {
            let sealed = self.seal_for(&target, entry)?;
            self.backend
                .set(&target, &sealed)
                .map_err(|_| StoreError::Unreadable(key.to_string()))?;
            self.note_aside(key, target);
        }
        Ok(())
    }

    // ----- docs -----------------------------------------------------------------

    /// A document, or its default when it was never written. An unreadable one is set aside.
    pub fn doc<D: Doc>(&self) -> Result<D, StoreError> {
        let key = keys::doc(D::NAME);
        let Some(raw) = self.backend.get(&key)? else {
            return Ok(D::default());
        };
        let read = self
            .opened(&key, &raw)?
            .map(|plain| serde_json::from_str(&plain));
        match read {
            Some(Ok(d)) => Ok(d),
            Some(Err(e)) if self.newer_than_this_build(&e) => Ok(D::default()),
            _ => {
                // Unread and not set aside (a newer version's data): the default, unwritten.
                let _ = self.set_aside(&key, &raw);
                Ok(D::default())
            }
        }
    }

    /// Writes a whole document. Prefer [`Store::update_doc`] for a change to part of it.
    pub fn put_doc<D: Doc>(&self, doc: &D) -> Result<(), StoreError> {
        self.writable()?;
        let key = keys::doc(D::NAME);
        if let Some(raw) = self.backend.get(&key)? {
            // Never write over a document that couldn't be read and couldn't be set aside.
            if self.opened(&key, &raw)?.is_none() {
                self.set_aside(&key, &raw)?;
            }
        }
        let json = serde_json::to_string(doc).expect("docs serialise");
        self.backend.set(&key, &self.seal_for(&key, &json)?)
    }

    /// Changes a document as stored now (re-read first, so a change another tab made to
    /// another part of it is kept) and returns what was written.
    pub fn update_doc<D: Doc>(&self, change: impl FnOnce(&mut D)) -> Result<D, StoreError> {
        self.writable()?;
        let mut d = self.doc::<D>()?;
        change(&mut d);
        self.put_doc(&d)?;
        Ok(d)
    }

    // ----- entries --------------------------------------------------------------

    /// Reads one bucket. An unreadable entry is set aside and the rest stay; a value that
    /// can't be opened at all is set aside whole.
    fn read_bucket<E: Entry>(&self, key: &str) -> Result<Bucket<E>, StoreError> {
        let (json, compact) = match self.bucket_json(key)? {
            Ok(found) => found,
            Err(empty) => return Ok(empty.into()),
        };
        if let Ok(items) = serde_json::from_str::<Vec<E>>(&json) {
            return Ok(Bucket {
                items,
                complete: true,
                compact,
            });
        }
        // Some entries don't read: keep those aside, one by one, and the month without them.
        let Ok(values) = serde_json::from_str::<Vec<Value>>(&json) else {
            return Ok(self.unreadable(key, compact).into());
        };
        let mut items = Vec::new();
        let mut good = Vec::with_capacity(values.len());
        let mut newer = false;
        for v in &values {
            let e = match E::deserialize(v) {
                Ok(e) => Some(e),
                Err(e) => {
                    newer |= self.newer_than_this_build(&e);
                    None
                }
            };
            good.push(e.is_some());
            items.extend(e);
        }
        // A newer build's entry isn't broken: nothing is set aside, nothing written over.
        let complete = !newer && self.set_entries_aside(key, values, &good, compact);
        Ok(Bucket {
            items,
            complete,
            compact,
        })
    }

    /// The JSON of a month of entries and whether it is stored packed, or (`Err`) the
    /// empty bucket to use: none stored, or a value that can't be opened (set aside).
    /// Not generic over the kind, so the main module carries it once, not once per kind.
    fn bucket_json(&self, key: &str) -> Result<Result<(String, bool), EmptyBucket>, StoreError> {
        let Some(raw) = self.backend.get(key)? else {
            return Ok(Err(EmptyBucket {
                complete: true,
                compact: false,
            }));
        };
        let Some(plain) = self.opened(key, &raw)? else {
            return Ok(Err(self.unreadable(key, false)));
        };
        let compact = plain.starts_with(COMPACT);
        match unpack_bucket(plain) {
            Some(json) => Ok(Ok((json, compact))),
            None => Ok(Err(self.unreadable(key, compact))),
        }
    }

    /// A month that can't be read at all: set aside whole, untouched; empty if that
    /// worked, and not to be written over if it didn't.
    fn unreadable(&self, key: &str, compact: bool) -> EmptyBucket {
        let raw = self.backend.get(key).ok().flatten().unwrap_or_default();
        let intact = self.set_aside(key, &raw).is_err();
        EmptyBucket {
            complete: !intact,
            compact,
        }
    }

    /// Sets aside, one by one, the entries of a month that don't read (`good[i]` false)
    /// and rewrites the month with the others. True when the month is whole again (safe
    /// to write over); if it couldn't be rewritten, the entries are kept aside and still
    /// in it: the next read sets them aside again (no second copy) and tries again.
    fn set_entries_aside(
        &self,
        key: &str,
        values: Vec<Value>,
        good: &[bool],
        compact: bool,
    ) -> bool {
        let kept = self.may_set_aside()
            && values
                .iter()
                .zip(good)
                .filter(|(_, ok)| !**ok)
                .all(|(v, _)| self.keep_entry_aside(key, &v.to_string()).is_ok());
        if !kept {
            return false;
        }
        let good: Vec<Value> = values
            .into_iter()
            .zip(good)
            .filter_map(|(v, ok)| ok.then_some(v))
            .collect();
        let written = if good.is_empty() {
            self.backend.remove(key)
        } else {
            let body = pack_bucket(
                serde_json::to_string(&good).expect("values serialise"),
                compact,
            );
            self.seal_for(key, &body)
                .and_then(|v| self.backend.set(key, &v))
        };
        written.is_ok()
    }

    /// A stored value opened by the codec: `Ok(None)` when it can't be read (to be set
    /// aside), `Err(Locked)` while the app is locked (nothing may be set aside then).
    ///
    /// A value sealed with a key this tab doesn't hold (another tab changed the passphrase)
    /// is never unreadable: the lock record is read again (this tab then asks for the
    /// passphrase) and it reads as locked.
    fn opened(&self, key: &str, raw: &str) -> Result<Option<String>, StoreError> {
        let opened = self.seal.borrow().codec().open(key, raw);
        match opened {
            Ok(plain) => Ok(Some(plain)),
            Err(StoreError::Locked) => {
                if self.lock.get() == lock::LockState::Unlocked {
                    let _ = self.follow_lock_record();
                }
                Err(StoreError::Locked)
            }
            Err(_) => Ok(None),
        }
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
            .set(key, &self.seal_for(key, &pack_bucket(json, compact))?)
    }

    /// A bucket about to be written over: refused while something in it couldn't be
    /// read and couldn't be kept aside, so nothing unread is ever overwritten.
    fn bucket_to_write<E: Entry>(&self, key: &str) -> Result<Vec<E>, StoreError> {
        let b = self.read_bucket::<E>(key)?;
        if !b.complete {
            return Err(StoreError::Unreadable(key.to_string()));
        }
        Ok(b.items)
    }

    /// Every entry of a kind, oldest first.
    pub fn entries<E: Entry>(&self) -> Result<Vec<E>, StoreError> {
        let mut months = self.months::<E>()?;
        months.sort();
        let mut all = Vec::new();
        for m in months {
            all.extend(self.read_bucket::<E>(&keys::bucket(E::KIND, m))?.items);
        }
        sort_entries(&mut all);
        Ok(all)
    }

    /// The entries of one month, oldest first (for refreshing after another tab wrote).
    pub fn month_entries<E: Entry>(&self, month: Month) -> Result<Vec<E>, StoreError> {
        let mut v = self.read_bucket::<E>(&keys::bucket(E::KIND, month))?.items;
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
    /// so another tab's entries written since are kept. An entry deleted from that month a
    /// moment ago (in another tab, whose delete this tab hadn't heard of) isn't written
    /// back: [`StoreError::Gone`].
    pub fn put<E: Entry>(&self, entry: &E) -> Result<(), StoreError> {
        self.writable()?;
        let month = entry.at().month();
        if self.buried_at(E::KIND, entry.id(), month)?.is_some() {
            return Err(StoreError::Gone);
        }
        let key = keys::bucket(E::KIND, month);
        let mut items = self.bucket_to_write::<E>(&key)?;
        match items.iter_mut().find(|e| e.id() == entry.id()) {
            Some(slot) => *slot = entry.clone(),
            None => items.push(entry.clone()),
        }
        self.write_bucket(&key, &items, false)
    }

    /// Saves an edited entry whose time may have moved it to another month. A move is two
    /// writes (into the new month, out of the old), so a small journal key is written
    /// first: cut off between them, start-up removes the old copy if the new one landed.
    /// An entry deleted (or moved) in another tab a moment ago isn't moved: [`StoreError::Gone`].
    pub fn replace<E: Entry>(&self, old_at: LocalTime, entry: &E) -> Result<(), StoreError> {
        let (from, to) = (old_at.month(), entry.at().month());
        if from == to {
            return self.put(entry);
        }
        self.writable()?;
        if self.buried_at(E::KIND, entry.id(), from)?.is_some() {
            return Err(StoreError::Gone);
        }
        let started = self.now_ms();
        self.unbury(E::KIND, entry.id(), to)?;
        let journal = keys::moving(E::KIND, entry.id());
        self.backend
            .set(&journal, &journal::Move::new(from, to).to_json())?;
        // Everything deleted meanwhile (another tab): the move stops here.
        let put = match self.reset_since(started)? {
            true => Err(StoreError::Gone),
            false => self.put(entry),
        };
        if let Err(e) = put {
            let _ = self.backend.remove(&journal);
            return Err(e);
        }
        let moved_out = self.delete_in::<E>(entry.id(), from, Some(to))?;
        // Deleted from its old month by another tab while this one moved it: the person
        // deleted it, so the new copy goes too.
        let deleted_there = !moved_out
            && self
                .deleted_at(E::KIND, entry.id(), from)?
                .is_some_and(|t| t >= started);
        if deleted_there || self.reset_since(started)? {
            self.delete_in::<E>(entry.id(), to, None)?;
            self.backend.remove(&journal)?;
            return Err(StoreError::Gone);
        }
        self.backend.remove(&journal)
    }

    /// Removes an entry. Removing one that is already gone is not an error. When another
    /// tab has moved it to another month meanwhile (its move under way, or done), it is
    /// removed there too: what the person deletes is gone wherever it went.
    pub fn delete<E: Entry>(&self, id: &str, at: LocalTime) -> Result<(), StoreError> {
        self.writable()?;
        let found = self.delete_in::<E>(id, at.month(), None)?;
        let moving = self
            .backend
            .get(&keys::moving(E::KIND, id))?
            .and_then(|raw| serde_json::from_str::<journal::Move>(&raw).ok())
            .and_then(|m| Month::parse_key(&m.to));
        if let Some(to) = moving {
            self.delete_in::<E>(id, to, None)?;
        } else if !found {
            for m in self.months::<E>()? {
                if m != at.month() && self.delete_in::<E>(id, m, None)? {
                    break;
                }
            }
        }
        Ok(())
    }

    /// Removes an entry from one month (deleted, or moved to `moved_to`), leaving its
    /// tombstone first. True when it was there.
    fn delete_in<E: Entry>(
        &self,
        id: &str,
        month: Month,
        moved_to: Option<Month>,
    ) -> Result<bool, StoreError> {
        let key = keys::bucket(E::KIND, month);
        let here = |items: &[E]| items.iter().any(|e| e.id() == id);
        if !here(&self.bucket_to_write::<E>(&key)?) {
            return Ok(false);
        }
        // The trace first: a tab that sees the month without it sees why (`gone.rs`).
        // Then the month is read again, so the write is made from what is stored now.
        self.bury(E::KIND, id, month, moved_to);
        let mut items = self.bucket_to_write::<E>(&key)?;
        if !here(&items) {
            return Ok(false);
        }
        items.retain(|e| e.id() != id);
        self.write_bucket(&key, &items, false)?;
        Ok(true)
    }

    /// Packs the buckets of months before `current` that are still plain JSON.
    /// Returns how many were packed. Safe to call at every start: packed ones are skipped.
    pub fn compact<E: Entry>(&self, current: Month) -> Result<usize, StoreError> {
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
            let packed = self
                .opened(&key, &raw)?
                .is_none_or(|plain| plain.starts_with(COMPACT));
            if packed {
                continue;
            }
            let b = self.read_bucket::<E>(&key)?;
            if b.compact || !b.complete || b.items.is_empty() {
                continue;
            }
            self.write_bucket(&key, &b.items, true)?;
            n += 1;
        }
        Ok(n)
    }

    // ----- drafts -----------------------------------------------------------------

    /// Keeps words typed when the app locks itself, sealed like everything else, for after
    /// the next unlock. Only while unlocked (a plain draft would undo the lock's promise).
    pub fn keep_draft(&self, json: &str) -> Result<(), StoreError> {
        if self.lock.get() != lock::LockState::Unlocked {
            return Err(StoreError::Locked);
        }
        let sealed = self.seal_for(keys::DRAFT, json)?;
        self.backend.set(keys::DRAFT, &sealed)
    }

    /// The words kept by [`Store::keep_draft`], if there are any this key opens. They stay
    /// stored until [`Store::drop_draft`] (after they are back in their form).
    pub fn draft(&self) -> Option<String> {
        let raw = self.backend.get(keys::DRAFT).ok()??;
        self.seal.borrow().codec().open(keys::DRAFT, &raw).ok()
    }

    pub fn drop_draft(&self) -> Result<(), StoreError> {
        self.backend.remove(keys::DRAFT)
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
mod faults;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod twotabs;
