//! The app's live state: the one store and reactive handles over stored records that
//! follow writes made in this tab and in other tabs. The clock, ids and performance
//! marks it uses live in [`crate::platform`].
//!
//! Records are loaded on first use, so start-up reads only what the first screen needs.
//! Queries that read across several features' records live beside it in `state/`.

pub mod practice_record;
pub mod writer;

use crate::base::time::{LocalTime, Month};
use crate::domain::profile::Profile;
use crate::platform;
use crate::store::gone::Saved;
use crate::store::keys::{self, KeyKind};
use crate::store::local::LocalBackend;
use crate::store::lock::{LockState, UnlockError};
use crate::store::paint::ForgetsPaint;
use crate::store::{Backend, Doc, Entry, Quarantined, ReadOnly, Store, StoreError};
use leptos::prelude::*;
use std::any::{Any, TypeId};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

pub type AppStore = Store<Box<dyn Backend>>;

/// Re-reads one kind's month bucket (`None`: every month) after another tab wrote it.
type OnBucket = Rc<dyn Fn(Option<Month>)>;
/// Re-reads one document after another tab wrote it.
type OnDoc = Rc<dyn Fn()>;

thread_local! {
    static STORE: Rc<AppStore> = Rc::new(open_store());
    static HANDLES: RefCell<HashMap<TypeId, Box<dyn Any>>> = RefCell::new(HashMap::new());
    /// Re-read functions by storage key class, called when another tab writes.
    static ON_BUCKET: RefCell<HashMap<&'static str, OnBucket>> = RefCell::new(HashMap::new());
    static ON_DOC: RefCell<HashMap<&'static str, OnDoc>> = RefCell::new(HashMap::new());
    /// Owns the shared signals for the life of the page, whichever screen first asked.
    static ROOT: Owner = detached_root();
}

/// A root owner that doesn't become the current owner (`Owner::new_root` sets itself
/// as current, which would cut the screen being rendered off from its contexts).
fn detached_root() -> Owner {
    match Owner::current() {
        Some(current) => current.with(|| Owner::new_root(None)),
        None => {
            let root = Owner::new_root(None);
            root.clone().unset();
            root
        }
    }
}

/// A signal that lives as long as the page (not as long as the screen that made it).
fn lasting<T: Send + Sync + 'static>(value: T) -> RwSignal<T> {
    ROOT.with(|root| root.with(|| RwSignal::new(value)))
}

fn open_store() -> AppStore {
    let started = platform::perf_now();
    // Every write first removes Today's kept rendering (`store::paint`).
    let backend: Box<dyn Backend> = Box::new(ForgetsPaint(LocalBackend::new()));
    let store = match Store::open(backend) {
        Ok(s) => s,
        // Storage refused a read while opening: show what can be read, write nothing, and
        // open nothing at all if the lock may be on.
        Err(_) => {
            Store::open_read_only(Box::new(ForgetsPaint(LocalBackend::new())) as Box<dyn Backend>)
        }
    };
    platform::measure("closer:store-open", started);
    store
}

/// The one store of this tab.
pub fn store() -> Rc<AppStore> {
    STORE.with(Rc::clone)
}

// ----- entries ------------------------------------------------------------------

/// All entries of one kind, loaded on first use and kept in step with storage.
pub struct Collection<E: Entry + Send + Sync> {
    items: RwSignal<Vec<E>>,
    /// False until the whole history is in (see `Entry::DEFER_HISTORY`).
    complete: RwSignal<bool>,
    /// Entries this tab saved in the last few seconds, with what the store knew then and
    /// the time of the save (see `Collection::look_after`).
    recent: RwSignal<Vec<(E, Saved, f64)>>,
    /// Saves waiting for the writer lock (shown meanwhile), and ids whose delete waits.
    waiting: RwSignal<(Vec<E>, Vec<String>)>,
}

impl<E: Entry + Send + Sync> Clone for Collection<E> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<E: Entry + Send + Sync> Copy for Collection<E> {}

/// The shared handle for entries of kind `E`.
pub fn collection<E: Entry + Send + Sync>() -> Collection<E> {
    let id = TypeId::of::<Collection<E>>();
    if let Some(c) = HANDLES.with(|h| {
        h.borrow()
            .get(&id)
            .and_then(|b| b.downcast_ref::<Collection<E>>().cloned())
    }) {
        return c;
    }
    let started = platform::perf_now();
    let st = store();
    let current = platform::today().month();
    let months = st.months::<E>().unwrap_or_default();
    let defer = E::DEFER_HISTORY && months.iter().any(|m| *m < current.prev());
    let c = if defer {
        // The first screen needs this month and the last; the years before are read
        // right after it is drawn, so start-up stays quick however long the history.
        let mut recent = Vec::new();
        for m in [current.prev(), current] {
            if months.contains(&m) {
                recent.extend(st.month_entries::<E>(m).unwrap_or_default());
            }
        }
        Collection {
            items: lasting(recent),
            complete: lasting(false),
            recent: lasting(Vec::new()),
            waiting: lasting((Vec::new(), Vec::new())),
        }
    } else {
        writer::in_turn(move || {
            let _ = store().compact::<E>(current);
        });
        Collection {
            items: lasting(st.entries::<E>().unwrap_or_default()),
            complete: lasting(true),
            recent: lasting(Vec::new()),
            waiting: lasting((Vec::new(), Vec::new())),
        }
    };
    platform::measure(&format!("closer:load:{}", E::KIND), started);
    if defer {
        set_timeout(
            move || {
                writer::in_turn(move || {
                    let _ = store().compact::<E>(current);
                });
                let started = platform::perf_now();
                c.reload();
                c.complete.set(true);
                platform::measure(&format!("closer:history:{}", E::KIND), started);
            },
            std::time::Duration::from_millis(0),
        );
    }
    HANDLES.with(|h| h.borrow_mut().insert(id, Box::new(c)));
    let refresh = c;
    ON_BUCKET.with(|m| {
        m.borrow_mut().insert(
            E::KIND,
            Rc::new(move |month| match month {
                Some(m) => refresh.reload_month(m),
                None => refresh.reload(),
            }),
        );
    });
    notify_quarantine();
    c
}

impl<E: Entry + Send + Sync> Collection<E> {
    /// Whether every stored entry is loaded (tracked): a screen that looks one up by id
    /// reads this too, so an old entry found a moment after start-up still shows.
    pub fn complete(&self) -> bool {
        self.complete.get()
    }
    /// Reads the entries (oldest first) and re-runs the caller when they change.
    pub fn with<R>(&self, f: impl FnOnce(&Vec<E>) -> R) -> R {
        self.items.with(f)
    }
    /// A copy of all entries, tracked.
    pub fn get(&self) -> Vec<E> {
        self.items.get()
    }
    /// A reactive signal of all entries (clones on read: prefer `with` for big lists).
    pub fn items(&self) -> Signal<Vec<E>> {
        self.items.into()
    }
    pub fn find(&self, id: &str) -> Option<E> {
        self.items
            .with(|v| v.iter().find(|e| e.id() == id).cloned())
    }
    /// Adds or updates an entry. What can be known now is checked now (the store
    /// writes, the entry wasn't deleted elsewhere, storage has room): on failure nothing
    /// changes and the error says why. Then the entry shows here and is written when this
    /// tab holds the writer lock (`writer`), at once unless another tab is writing; if
    /// that turn still can't write it, a notice says why and keeps its words.
    pub fn save(&self, entry: E) -> Result<(), StoreError> {
        store().check_put(&entry)?;
        self.write_in_turn(entry, None);
        Ok(())
    }
    /// Writes `entry` (moved from `old_at`'s month, if given) under the writer lock,
    /// showing it meanwhile.
    fn write_in_turn(&self, entry: E, old_at: Option<LocalTime>) {
        self.waiting.update_untracked(|(w, _)| {
            w.retain(|e| e.id() != entry.id());
            w.push(entry.clone());
        });
        self.upsert(entry.clone());
        let this = *self;
        writer::in_turn(move || {
            let started = platform::perf_now();
            let st = store();
            let mark = st.saved_mark();
            let done = match old_at {
                Some(old) => st.replace(old, &entry),
                None => st.put(&entry),
            };
            this.waiting
                .update_untracked(|(w, _)| w.retain(|e| e.id() != entry.id()));
            match done {
                Ok(()) => {
                    platform::measure("closer:save", started);
                    this.look_after(&entry, mark);
                }
                Err(e) => {
                    for m in [Some(entry.at().month()), old_at.map(|t| t.month())]
                        .into_iter()
                        .flatten()
                    {
                        this.reload_month_as_stored(m);
                    }
                    tell_not_written(&e, &entry);
                }
            }
        });
    }
    /// A browser may keep a copy of storage in each tab's process and pass writes between
    /// them a moment later: another tab saving into the same month at about the same time
    /// can then write over this entry from a copy read before it arrived. For a few
    /// seconds after a save, look again (after 0.3, 1.5 and 5 s, and whenever another tab
    /// writes that month) and put the entry back if it went missing, unless it was
    /// removed on purpose since, here or in another tab (`store::gone`).
    fn look_after(&self, entry: &E, mark: Saved) {
        let now = platform::perf_now();
        self.recent.update_untracked(|r| {
            r.retain(|(e, _, at)| e.id() != entry.id() && now - at < RECENT_MS);
            r.push((entry.clone(), mark, now));
        });
        let this = *self;
        let month = entry.at().month();
        for wait in [300, 1500, 5000] {
            set_timeout(
                move || {
                    writer::in_turn(move || {
                        if this.confirm(month) {
                            this.reload_month_as_stored(month);
                        }
                    })
                },
                std::time::Duration::from_millis(wait),
            );
        }
    }
    /// Puts back this tab's recent saves in `month` that storage no longer holds and
    /// nobody removed on purpose. True when one was put back. Call under the writer lock.
    fn confirm(&self, month: Month) -> bool {
        let now = platform::perf_now();
        let mine: Vec<(E, Saved)> = self.recent.with_untracked(|r| {
            r.iter()
                .filter(|(e, _, at)| now - at < RECENT_MS && e.at().month() == month)
                .map(|(e, mark, _)| (e.clone(), *mark))
                .collect()
        });
        let mut put_back = false;
        for (e, mark) in mine {
            put_back |= store().put_back(&e, &mark).unwrap_or(false);
        }
        put_back
    }
    /// Stops looking after a save of `id` (it was deleted or moved here).
    fn forget_recent(&self, id: &str) {
        self.recent
            .update_untracked(|r| r.retain(|(e, _, _)| e.id() != id));
    }
    /// Saves an edit whose time may have moved to another month (the old month keeps a
    /// tombstone, so the copy saved there a moment ago is never put back).
    pub fn replace(&self, old_at: LocalTime, entry: E) -> Result<(), StoreError> {
        store().check_replace(old_at, &entry)?;
        self.write_in_turn(entry, Some(old_at));
        Ok(())
    }
    /// Removes an entry: gone from the screen at once, from storage under the writer
    /// lock (if that turn can't, it shows again and a notice says why).
    pub fn delete(&self, id: &str, at: LocalTime) -> Result<(), StoreError> {
        store().check_write()?;
        self.forget_recent(id);
        let id = id.to_string();
        self.waiting.update_untracked(|(w, gone)| {
            w.retain(|e| e.id() != id);
            gone.push(id.clone());
        });
        self.items.update(|v| v.retain(|e| e.id() != id));
        let this = *self;
        writer::in_turn(move || {
            let done = store().delete::<E>(&id, at);
            this.waiting
                .update_untracked(|(_, gone)| gone.retain(|g| *g != id));
            if let Err(e) = done {
                this.reload_month_as_stored(at.month());
                not_written_words(&e, String::new());
            }
        });
        Ok(())
    }
    fn upsert(&self, entry: E) {
        self.items.update(|v| {
            v.retain(|e| e.id() != entry.id());
            let pos = v.partition_point(|e| (e.at(), e.id()) <= (entry.at(), entry.id()));
            v.insert(pos, entry);
        });
    }
    /// Another tab wrote this month: put back what this tab saved a moment ago if that
    /// write left it out by mistake (see `look_after`), then take storage's version of it.
    fn reload_month(&self, month: Month) {
        let this = *self;
        writer::in_turn(move || {
            this.confirm(month);
            this.reload_month_as_stored(month);
        });
    }
    fn reload_month_as_stored(&self, month: Month) {
        let Ok(fresh) = store().month_entries::<E>(month) else {
            return;
        };
        self.items.update(|v| {
            v.retain(|e| e.at().month() != month);
            v.extend(fresh);
            self.keep_waiting(v);
            crate::store::sort_entries(v);
        });
    }
    /// What storage holds, as this tab shows it: saves and deletes still waiting for the
    /// writer lock count as done.
    fn keep_waiting(&self, v: &mut Vec<E>) {
        self.waiting.with_untracked(|(w, gone)| {
            v.retain(|e| !gone.iter().any(|g| g == e.id()) && !w.iter().any(|x| x.id() == e.id()));
            v.extend(w.iter().cloned());
        });
    }
    /// Everything again from storage (after an import or unlock).
    pub fn reload(&self) {
        let mut v = store().entries::<E>().unwrap_or_default();
        self.keep_waiting(&mut v);
        crate::store::sort_entries(&mut v);
        self.items.set(v);
    }
}

// ----- documents ----------------------------------------------------------------

pub struct DocHandle<D: Doc + Send + Sync> {
    value: RwSignal<D>,
}

impl<D: Doc + Send + Sync> Clone for DocHandle<D> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<D: Doc + Send + Sync> Copy for DocHandle<D> {}

/// The shared handle for document `D`.
pub fn doc<D: Doc + Send + Sync>() -> DocHandle<D> {
    let id = TypeId::of::<DocHandle<D>>();
    if let Some(d) = HANDLES.with(|h| {
        h.borrow()
            .get(&id)
            .and_then(|b| b.downcast_ref::<DocHandle<D>>().cloned())
    }) {
        return d;
    }
    let value = lasting(store().doc::<D>().unwrap_or_default());
    let d = DocHandle { value };
    HANDLES.with(|h| h.borrow_mut().insert(id, Box::new(d)));
    let refresh = d;
    ON_DOC.with(|m| {
        m.borrow_mut()
            .insert(D::NAME, Rc::new(move || refresh.reload()))
    });
    notify_quarantine();
    d
}

impl<D: Doc + Send + Sync> DocHandle<D> {
    /// The current value, tracked.
    pub fn get(&self) -> D {
        self.value.get()
    }
    pub fn with<R>(&self, f: impl FnOnce(&D) -> R) -> R {
        self.value.with(f)
    }
    pub fn get_untracked(&self) -> D {
        self.value.get_untracked()
    }
    /// Writes the document. On failure nothing changes and the error says why.
    pub fn save(&self, d: D) -> Result<(), StoreError> {
        let started = platform::perf_now();
        store().put_doc(&d)?;
        platform::measure("closer:save", started);
        self.value.set(d);
        Ok(())
    }
    /// Applies a change to the document as stored now (not this tab's copy, so another
    /// tab's change to another part of it is kept) and saves it.
    pub fn update(&self, f: impl FnOnce(&mut D)) -> Result<(), StoreError> {
        let started = platform::perf_now();
        let d = store().update_doc(f)?;
        platform::measure("closer:save", started);
        self.value.set(d);
        Ok(())
    }
    pub fn reload(&self) {
        self.value.set(store().doc::<D>().unwrap_or_default());
    }
}

pub fn profile() -> DocHandle<Profile> {
    doc::<Profile>()
}

// ----- the outside world ----------------------------------------------------------

thread_local! {
    static QUARANTINE: RwSignal<Vec<Quarantined>> = lasting(Vec::new());
    static READ_ONLY: RwSignal<Option<ReadOnly>> = lasting(store().read_only());
    static SETTLED: RwSignal<Vec<&'static str>> = lasting(Vec::new());
    static UNPLACED: RwSignal<Vec<(String, String)>> = lasting(Vec::new());
    static NOT_WRITTEN: RwSignal<Vec<(String, String)>> = lasting(Vec::new());
}

/// Saves that waited for the writer lock and then couldn't be written: (why, their words).
pub fn not_written() -> RwSignal<Vec<(String, String)>> {
    NOT_WRITTEN.with(|n| *n)
}

/// Tells the person a save that waited for its turn wasn't written, keeping its words.
fn tell_not_written<E: Entry>(e: &StoreError, entry: &E) {
    let mut words = Vec::new();
    if let Ok(v) = serde_json::to_value(entry) {
        words_in(&v, &mut words);
    }
    not_written_words(e, words.join(" · "));
}

fn not_written_words(e: &StoreError, words: String) {
    not_written().update(|v| v.push((e.message(), words)));
}

/// The text a person wrote in a stored value: its strings, leaving out ids and times.
fn words_in(v: &serde_json::Value, out: &mut Vec<String>) {
    match v {
        serde_json::Value::String(s) if s.contains(' ') => out.push(s.clone()),
        serde_json::Value::Array(a) => a.iter().for_each(|x| words_in(x, out)),
        serde_json::Value::Object(o) => o
            .iter()
            .filter(|(k, _)| !matches!(k.as_str(), "id" | "at" | "t"))
            .for_each(|(_, x)| words_in(x, out)),
        _ => {}
    }
}

/// Words kept through a lock that found no field to go back into: (label, words).
pub fn unplaced_words() -> RwSignal<Vec<(String, String)>> {
    UNPLACED.with(|u| *u)
}

/// Why nothing can be saved now, if so (tracked: another tab can move the data on).
pub fn read_only() -> RwSignal<Option<ReadOnly>> {
    READ_ONLY.with(|r| *r)
}

/// Messages about work cut short last time and finished (or undone) now.
pub fn settled() -> RwSignal<Vec<&'static str>> {
    SETTLED.with(|s| *s)
}

/// Picks up what the store learned (read-only, journals settled) for the notices.
fn notify_store() {
    let st = store();
    let now = st.read_only();
    if read_only().get_untracked() != now {
        read_only().set(now);
    }
    let news: Vec<&'static str> = st.take_settled().into_iter().map(|s| s.message()).collect();
    if !news.is_empty() {
        settled().update(|v| v.extend(news));
    }
}

/// Values set aside because they couldn't be read (for the notice).
pub fn quarantined() -> RwSignal<Vec<Quarantined>> {
    QUARANTINE.with(|q| *q)
}

fn notify_quarantine() {
    notify_store();
    let now = store().quarantined();
    let sig = quarantined();
    if sig.with_untracked(|q| *q != now) {
        sig.set(now);
    }
}

/// Takes in a backup's contents (already parsed and checked whole) under the writer
/// lock, then reads everything again so every screen shows what is stored now.
pub async fn restore(
    incoming: crate::store::backup::Contents,
    mode: crate::store::transfer::RestoreMode,
) -> Result<crate::store::transfer::Restored, StoreError> {
    let month = platform::today().month();
    let done = writer::exclusive(move || store().restore(&incoming, mode, month)).await;
    // Even a failed restore may have changed what a screen shows (another tab, a retry).
    reload_all();
    done
}

/// How long a save is looked after (see `Collection::look_after`), in milliseconds.
const RECENT_MS: f64 = 10_000.0;

/// The Cache Storage inbox the service worker keeps a moving file in (must match `INBOX`
/// in `public/sw.js` and `pages/moving/inbox.rs`).
const INBOX_CACHE: &str = "inbox-v1";

/// "Delete everything": every key of this app in storage, then the moving file a share to
/// the installed app may have left in Cache Storage (a plain backup can wait there), then
/// the page starts again from nothing, so nothing of the old data stays in memory either.
/// On failure the error says why, and the page stays.
pub async fn erase_and_start_again() -> Result<(), StoreError> {
    writer::exclusive(|| store().erase_all()).await?;
    forget_inbox().await;
    let _ = window().location().replace("/");
    Ok(())
}

/// Removes the inbox cache, if this browser has Cache Storage (called through `Reflect`,
/// as `pages/moving/inbox.rs` does, so the first visit's module stays small).
async fn forget_inbox() {
    use wasm_bindgen::JsCast;
    let Some(caches) = js_sys::Reflect::get(&window(), &"caches".into())
        .ok()
        .filter(|c| !c.is_undefined())
    else {
        return;
    };
    let Some(delete) = js_sys::Reflect::get(&caches, &"delete".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
    else {
        return;
    };
    if let Ok(p) = delete.call1(&caches, &INBOX_CACHE.into()) {
        if let Ok(p) = p.dyn_into::<js_sys::Promise>() {
            let _ = wasm_bindgen_futures::JsFuture::from(p).await;
        }
    }
}

/// Re-reads every record loaded so far (after an import, a delete-all, unlocking,
/// or another tab clearing storage).
pub fn reload_all() {
    let buckets: Vec<Rc<dyn Fn(Option<Month>)>> =
        ON_BUCKET.with(|m| m.borrow().values().cloned().collect());
    let docs: Vec<Rc<dyn Fn()>> = ON_DOC.with(|m| m.borrow().values().cloned().collect());
    for f in buckets {
        f(None);
    }
    for f in docs {
        f();
    }
    notify_quarantine();
}

/// Follows writes made by other tabs (the `storage` event reaches every tab but the writer).
/// `on_locked` keeps what is typed and locks this tab when another one locks it (`true`
/// when this tab still holds a key to seal it with).
pub fn follow_other_tabs(on_locked: fn(bool)) {
    ON_LOCKED.with(|f| f.set(Some(on_locked)));
    let handle =
        window_event_listener(
            leptos::ev::storage,
            move |ev: web_sys::StorageEvent| match ev.key() {
                None => {
                    lock_changed_elsewhere();
                    reload_all()
                }
                Some(key) => match keys::classify(&key) {
                    KeyKind::Bucket { kind, month } => {
                        if let Some(f) = ON_BUCKET.with(|m| m.borrow().get(kind).cloned()) {
                            f(Some(month));
                        }
                    }
                    KeyKind::Doc(name) => {
                        if let Some(f) = ON_DOC.with(|m| m.borrow().get(name).cloned()) {
                            f();
                        }
                    }
                    KeyKind::Quarantine(_) => notify_quarantine(),
                    KeyKind::Other if key == keys::LOCK => lock_changed_elsewhere(),
                    // A newer version in another tab moved the data on: stop writing here.
                    KeyKind::Meta => {
                        store().check_schema_now();
                        notify_store();
                    }
                    KeyKind::Other => {}
                },
            },
        );
    // Lives as long as the page.
    std::mem::forget(handle);
}

// ----- the app lock ----------------------------------------------------------------

thread_local! {
    static LOCK: RwSignal<LockState> = lasting(store().lock_state());
}

/// Off, locked (the unlock screen shows instead of every screen) or unlocked.
pub fn lock_state() -> RwSignal<LockState> {
    LOCK.with(|l| *l)
}

/// Opens the store with a key derived from the passphrase, then reads everything again.
/// (Work a cut-off switch or restore left is finished first, under the writer lock, and
/// said in a notice.)
pub async fn unlock(key: &[u8; crate::base::crypto::KEY_LEN]) -> Result<(), UnlockError> {
    let key = *key;
    writer::exclusive(move || store().unlock(&key)).await?;
    reload_all();
    lock_state().set(store().lock_state());
    Ok(())
}

/// Moves the passphrase's slot that `key` opens to `new_key` (the same passphrase derived
/// with `salt` as `kdf` says): one write of the lock record; nothing else changes.
pub async fn strengthen_lock(
    key: &[u8; crate::base::crypto::KEY_LEN],
    new_key: &[u8; crate::base::crypto::KEY_LEN],
    salt: &[u8],
    kdf: crate::base::kdf::Kdf,
) -> Result<bool, StoreError> {
    let (key, new_key, salt) = (*key, *new_key, salt.to_vec());
    writer::exclusive(move || store().strengthen_slot(&key, &new_key, &salt, kdf)).await
}

/// Encrypts everything stored and keeps the app open. If storage fills part-way, what
/// was done is undone (or, if even that can't be written, the lock stays on).
pub async fn lock_on(
    key: &[u8; crate::base::crypto::KEY_LEN],
    salt: &[u8],
    kdf: crate::base::kdf::Kdf,
    idle: u32,
) -> Result<(), StoreError> {
    let (key, salt) = (*key, salt.to_vec());
    let done = writer::exclusive(move || store().lock_on(&key, &salt, kdf, idle)).await;
    lock_state().set(store().lock_state());
    done
}

/// Encrypts everything again with a new data key, under a new passphrase (the app stays
/// open). `old_key` is from the current passphrase.
pub async fn change_key(
    old_key: &[u8; crate::base::crypto::KEY_LEN],
    key: &[u8; crate::base::crypto::KEY_LEN],
    salt: &[u8],
    kdf: crate::base::kdf::Kdf,
) -> Result<(), StoreError> {
    let (old_key, key, salt) = (*old_key, *key, salt.to_vec());
    let done = writer::exclusive(move || store().change_key(&old_key, &key, &salt, kdf)).await;
    lock_state().set(store().lock_state());
    done
}

/// Decrypts everything stored in place (or, if storage refuses part-way, leaves the lock on).
pub async fn lock_off() -> Result<(), StoreError> {
    let done = writer::exclusive(|| store().lock_off()).await;
    lock_state().set(store().lock_state());
    if done.is_ok() {
        reload_all();
    }
    done
}

/// Keeps Today's rendering for the next start's first paint (only while the lock is off).
pub fn keep_paint(value: &str) -> Result<(), StoreError> {
    store().keep_paint(value)
}

/// Starts the page again: nothing decrypted stays in memory, and the app opens locked.
pub fn reload_page() {
    let _ = window().location().reload();
}

/// Locks without starting again (when what is typed couldn't be sealed away): forgets the
/// key and every record read, and the unlock screen shows in place of every screen.
pub fn lock_in_place() {
    store().lock();
    lock_state().set(LockState::Locked);
    reload_all();
}

thread_local! {
    /// What to do when another tab locks this one (keep what is typed, then lock).
    static ON_LOCKED: std::cell::Cell<Option<fn(bool)>> = const { std::cell::Cell::new(None) };
}

/// Another tab turned the lock on (this tab holds plain words and no key), changed the
/// passphrase (this tab's key no longer seals) or turned it off (nothing to unlock).
fn lock_changed_elsewhere() {
    let st = store();
    let before = st.lock_state();
    let _ = st.follow_lock_record();
    let locked = |key_here: bool| match ON_LOCKED.with(|f| f.get()) {
        Some(f) => f(key_here),
        None => reload_page(),
    };
    match (before, st.lock_state()) {
        (LockState::Off, LockState::Locked) => locked(false),
        (LockState::Unlocked, LockState::Locked) => locked(false),
        (_, LockState::Off) if before != LockState::Off => {
            lock_state().set(LockState::Off);
            reload_all();
        }
        _ => {}
    }
}
