//! The app's live state: the one store and reactive handles over stored records that
//! follow writes made in this tab and in other tabs. The clock, ids and performance
//! marks it uses live in [`crate::platform`].
//!
//! Records are loaded on first use, so start-up reads only what the first screen needs.
//!
//! One file per job: here the tab's one store and the registry of shared handles;
//! `collection` (entries) and `docs` (documents), the handles; `tabs`, following other
//! tabs; `lock`, the app lock in this tab; `data`, operations on all the data (restore,
//! delete everything); `notices`, what the person is told; `writer`, the Web Lock every
//! write waits for; `practice_record`, queries across several features' records.

mod collection;
mod data;
mod docs;
mod lock;
mod notices;
mod ops;
pub mod practice_record;
mod tabs;
pub mod writer;

pub use collection::*;
pub use data::*;
pub use docs::*;
pub use lock::*;
pub use notices::*;
pub use ops::*;
pub use tabs::*;
// Shared between the files here, not beyond.
use lock::{lock_changed_elsewhere, ON_LOCKED};
use notices::{not_written_words, notify_quarantine, notify_store, tell_not_written};

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
