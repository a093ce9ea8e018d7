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
        Ok(())
    }
    fn remove(&self, key: &str) -> Result<(), StoreError> {
        if let Some(e) = self.fail_writes.borrow().clone() {
            return Err(e);
        }
        self.map.borrow_mut().remove(key);
        Ok(())
    }
    fn keys(&self) -> Result<Vec<String>, StoreError> {
        Ok(self.map.borrow().keys().cloned().collect())
    }
}
