//! The one interface every storage goes through: a string key-value map that can fail.

use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// The browser refused to store more (quota exceeded).
    Full,
    /// Storage is switched off or blocked (some private modes, blocked site data).
    Unavailable,
    /// The data was written by a newer version of the app; writing could lose it.
    NewerSchema(u32),
    /// A stored value could not be read and could not be set aside safely.
    Unreadable(String),
    /// The app is locked: nothing can be read or written until it is unlocked.
    Locked,
    /// Another tab (or an earlier attempt) is switching the lock right now.
    Busy,
    /// Something cut short couldn't be finished yet (storage full): nothing is written
    /// until it can be.
    Unfinished,
    /// The entry was deleted (or moved) in another tab a moment ago: it isn't written back.
    Gone,
    /// Another tab runs a newer build of Closer, which wrote values this one doesn't know.
    OutOfDate,
}

impl StoreError {
    /// A plain sentence for the person, never blaming them.
    pub fn message(&self) -> String {
        match self {
            StoreError::Full => "This couldn't be saved: your browser says its storage for this app is full. \
                Your words are still here. Making a backup and removing old entries frees space."
                .into(),
            StoreError::Unavailable => "This couldn't be saved: the browser is not letting this app store anything \
                right now (a private window or blocked site data can do this). Your words are still here."
                .into(),
            StoreError::NewerSchema(v) => format!(
                "Your data was saved by a newer version of Closer (data version {v}). To keep it safe, this \
                 version won't change it. Reload to get the newer version."
            ),
            StoreError::Unreadable(key) => format!(
                "Part of your saved data ({key}) couldn't be read, and it couldn't be set aside safely, so \
                 nothing was written over it."
            ),
            StoreError::Locked => "Closer is locked. Unlock it to save.".into(),
            StoreError::Busy => "This couldn't be saved just now: Closer is in the middle of a bigger change (a restore, or switching \
                the app lock), here or in another tab. Your words are still here. Try again in a moment; if this keeps \
                happening, copy your words, then reload Closer."
                .into(),
            StoreError::Unfinished => "This couldn't be saved: Closer couldn't finish updating your saved data (storage may be full), \
                so it isn't changing anything until it can. Your data is safe and your words are still here. \
                Freeing some space on the device and reloading Closer lets it finish."
                .into(),
            StoreError::Gone => "This wasn't saved: it was deleted or moved in another tab or window a moment ago. \
                Reload to see what is kept now."
                .into(),
            StoreError::OutOfDate => "Closer was updated in another tab. Reload this one to keep going: \
                nothing here was changed, and your words are still here."
                .into(),
        }
    }
}

/// A string map with the failure modes of `localStorage`.
pub trait Backend {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError>;
    fn set(&self, key: &str, value: &str) -> Result<(), StoreError>;
    fn remove(&self, key: &str) -> Result<(), StoreError>;
    /// Every key, in no particular order.
    fn keys(&self) -> Result<Vec<String>, StoreError>;
}

impl<B: Backend + ?Sized> Backend for Box<B> {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        (**self).get(key)
    }
    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        (**self).set(key, value)
    }
    fn remove(&self, key: &str) -> Result<(), StoreError> {
        (**self).remove(key)
    }
    fn keys(&self) -> Result<Vec<String>, StoreError> {
        (**self).keys()
    }
}

impl<B: Backend + ?Sized> Backend for std::rc::Rc<B> {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        (**self).get(key)
    }
    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        (**self).set(key, value)
    }
    fn remove(&self, key: &str) -> Result<(), StoreError> {
        (**self).remove(key)
    }
    fn keys(&self) -> Result<Vec<String>, StoreError> {
        (**self).keys()
    }
}

/// A fault injected at a write (a `set` or a `remove`), counted from when it is armed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fault {
    /// Write number `at` (1-based) fails with `Full`; later ones go through.
    FailOnce { at: usize },
    /// Write number `at` and every later one fail with `Full`.
    FailFrom { at: usize },
    /// Storage is full from write number `at` on: every `set` fails, `remove` still works
    /// (as a browser does at its quota).
    FullFrom { at: usize },
    /// The page closes at write number `at`: it and every later write are lost, silently.
    Crash { at: usize },
}

/// In-memory storage for tests, with a quota counted like browsers do (UTF-16 code
/// units of keys and values) and a switch that makes every write fail.
#[derive(Default)]
pub struct MemoryBackend {
    map: RefCell<BTreeMap<String, String>>,
    /// `Some(n)`: writes that would take the total over n code units fail with `Full`.
    pub quota: Cell<Option<usize>>,
    /// When set, every write fails with this error.
    pub fail_writes: RefCell<Option<StoreError>>,
    /// `Some(n)`: the next n writes succeed, the one after fails once with `Full`.
    pub fail_once_after: Cell<Option<usize>>,
    /// Writes (sets and removes) since the fault was armed.
    pub writes: Cell<usize>,
    pub fault: Cell<Option<Fault>>,
    /// Runs once right after write number `.0` (counted from `arm`) went through: another
    /// tab's turn between two writes of this one (the two-tab suite).
    #[allow(clippy::type_complexity)]
    pub after_write: RefCell<Option<(usize, Box<dyn FnOnce()>)>>,
}

impl MemoryBackend {
    pub fn new() -> Self {
        Self::default()
    }
    /// Total size in UTF-16 code units, keys included.
    pub fn units(&self) -> usize {
        self.map
            .borrow()
            .iter()
            .map(|(k, v)| units(k) + units(v))
            .sum()
    }
    pub fn snapshot(&self) -> BTreeMap<String, String> {
        self.map.borrow().clone()
    }
    /// Storage exactly as `snapshot` was.
    pub fn restore_snapshot(&self, snapshot: &BTreeMap<String, String>) {
        *self.map.borrow_mut() = snapshot.clone();
    }
    /// Arms a fault, counting writes from now (`None`: only count).
    pub fn arm(&self, fault: Option<Fault>) {
        self.writes.set(0);
        self.fault.set(fault);
    }
    /// Counts a write and says what the armed fault makes of it: `Ok(true)` to go ahead,
    /// `Ok(false)` to drop it silently (the page is gone), `Err` to fail.
    fn fault_at_write(&self, is_set: bool) -> Result<bool, StoreError> {
        let n = self.writes.get() + 1;
        self.writes.set(n);
        match self.fault.get() {
            Some(Fault::FailOnce { at }) if n == at => Err(StoreError::Full),
            Some(Fault::FailFrom { at }) if n >= at => Err(StoreError::Full),
            Some(Fault::FullFrom { at }) if n >= at && is_set => Err(StoreError::Full),
            Some(Fault::Crash { at }) if n >= at => Ok(false),
            _ => Ok(true),
        }
    }
}

impl MemoryBackend {
    /// Runs `after_write` when this write is its turn.
    fn other_turn(&self) {
        let due = matches!(*self.after_write.borrow(), Some((n, _)) if n == self.writes.get());
        if due {
            let turn = self.after_write.borrow_mut().take();
            if let Some((_, f)) = turn {
                f();
            }
        }
    }
}

pub fn units(s: &str) -> usize {
    s.encode_utf16().count()
}

impl Backend for MemoryBackend {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self.map.borrow().get(key).cloned())
    }
    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        if let Some(e) = self.fail_writes.borrow().clone() {
            return Err(e);
        }
        if !self.fault_at_write(true)? {
            return Ok(());
        }
        if let Some(n) = self.fail_once_after.get() {
            self.fail_once_after.set(n.checked_sub(1));
            if n == 0 {
                return Err(StoreError::Full);
            }
        }
        if let Some(q) = self.quota.get() {
            let old = self
                .map
                .borrow()
                .get(key)
                .map(|v| units(key) + units(v))
                .unwrap_or(0);
            if self.units() - old + units(key) + units(value) > q {
                return Err(StoreError::Full);
            }
        }
        self.map
            .borrow_mut()
            .insert(key.to_string(), value.to_string());
        self.other_turn();
        Ok(())
    }
    fn remove(&self, key: &str) -> Result<(), StoreError> {
        if let Some(e) = self.fail_writes.borrow().clone() {
            return Err(e);
        }
        if !self.fault_at_write(false)? {
            return Ok(());
        }
        self.map.borrow_mut().remove(key);
        self.other_turn();
        Ok(())
    }
    fn keys(&self) -> Result<Vec<String>, StoreError> {
        Ok(self.map.borrow().keys().cloned().collect())
    }
}
