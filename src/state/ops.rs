//! What screens and widgets may ask of the store, by name: reading what is stored (for a
//! count, a backup, a check), this device's own notes, the lock's record and settings, the
//! draft kept through a lock, and what was set aside. Screens never hold the store itself
//! (`tests/layers.rs` checks): every write they cause goes through a name here or in the
//! other files of `state/`.

use super::*;
use crate::store::backup::Contents;
use crate::store::lock::LockRecord;

/// Everything stored, read into real types (for a backup, a count, a comparison).
pub fn contents() -> Result<Contents, StoreError> {
    store().contents()
}

/// How much of the browser's storage Closer's keys take, in UTF-16 code units.
pub fn used_units() -> Result<usize, StoreError> {
    store().used_units()
}

/// Whether the browser refuses Closer any storage (private browsing, blocked site data).
pub fn storage_blocked() -> bool {
    store().own_keys().is_err()
}

/// A note kept for this device only (never in a backup), if there is one.
pub fn device_note(name: &str) -> Option<String> {
    store().device_note(name).ok().flatten()
}

/// Keeps (or with `None` removes) a note for this device only.
pub fn set_device_note(name: &str, value: Option<&str>) -> Result<(), StoreError> {
    store().set_device_note(name, value)
}

/// The lock's record (its passphrase slots and idle time), if the lock is on.
pub fn lock_record() -> Result<Option<LockRecord>, StoreError> {
    store().lock_record()
}

/// Whether `key` (derived from a passphrase) opens the lock.
pub fn is_lock_key(key: &[u8; crate::base::crypto::KEY_LEN]) -> Result<bool, StoreError> {
    store().is_lock_key(key)
}

/// Whether values are stored unencrypted while the lock record says the lock is on (a
/// switch cut short that the next start finishes).
pub fn plain_values_left() -> bool {
    store().plain_values_left()
}

/// Minutes without use before Closer locks again (0: only when it is closed).
pub fn set_lock_idle(minutes: u32) -> Result<(), StoreError> {
    store().set_lock_idle(minutes)
}

/// The words kept through a lock (sealed), if any.
pub fn kept_draft() -> Option<String> {
    store().draft()
}

/// Keeps the words typed when the app locks (sealed with the key at hand).
pub fn keep_draft(json: &str) -> Result<(), StoreError> {
    store().keep_draft(json)
}

/// Forgets the kept words (every one has gone back into its form, or was hidden).
pub fn drop_draft() -> Result<(), StoreError> {
    store().drop_draft()
}

/// The readable text of a value set aside (to download it).
pub fn quarantined_text(kept_at: &str) -> Result<String, StoreError> {
    store().quarantined_text(kept_at)
}

/// Removes a value set aside, once the person has it or doesn't want it.
pub fn discard_quarantined(kept_at: &str) -> Result<(), StoreError> {
    store().discard_quarantined(kept_at)
}
