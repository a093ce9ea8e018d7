//! The browser's `localStorage` behind [`Backend`], with its failures made plain.

use super::backend::{Backend, StoreError};
use gloo_storage::{LocalStorage, Storage as _};
use wasm_bindgen::{JsCast, JsValue};

/// `localStorage`, or nothing when the browser blocks it.
pub struct LocalBackend {
    storage: Option<web_sys::Storage>,
}

impl LocalBackend {
    pub fn new() -> Self {
        // gloo's `raw()` panics when storage is blocked, so ask the window first.
        let available = web_sys::window()
            .and_then(|w| w.local_storage().ok().flatten())
            .is_some();
        LocalBackend {
            storage: available.then(LocalStorage::raw),
        }
    }

    /// False in modes where the browser refuses all storage.
    pub fn available(&self) -> bool {
        self.storage.is_some()
    }

    fn storage(&self) -> Result<&web_sys::Storage, StoreError> {
        self.storage.as_ref().ok_or(StoreError::Unavailable)
    }
}

impl Default for LocalBackend {
    fn default() -> Self {
        Self::new()
    }
}

fn write_error(e: JsValue) -> StoreError {
    let name = e
        .dyn_ref::<web_sys::DomException>()
        .map(|d| d.name())
        .unwrap_or_default();
    if name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED" {
        StoreError::Full
    } else {
        StoreError::Unavailable
    }
}

impl Backend for LocalBackend {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.storage()?
            .get_item(key)
            .map_err(|_| StoreError::Unavailable)
    }
    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        self.storage()?.set_item(key, value).map_err(write_error)
    }
    fn remove(&self, key: &str) -> Result<(), StoreError> {
        self.storage()?.remove_item(key).map_err(write_error)
    }
    fn keys(&self) -> Result<Vec<String>, StoreError> {
        let s = self.storage()?;
        let n = s.length().map_err(|_| StoreError::Unavailable)?;
        Ok((0..n).filter_map(|i| s.key(i).ok().flatten()).collect())
    }
}
