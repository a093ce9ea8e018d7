//! The app lock's lifecycle in this tab: unlock, lock on and off, passphrase change, and
//! locking when another tab does.

use super::*;

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
    pub(super) static ON_LOCKED: std::cell::Cell<Option<fn(bool)>> = const { std::cell::Cell::new(None) };
}

/// Another tab turned the lock on (this tab holds plain words and no key), changed the
/// passphrase (this tab's key no longer seals) or turned it off (nothing to unlock).
pub(super) fn lock_changed_elsewhere() {
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
