//! Locks the app after the chosen time without use, and, if the person chose it, as soon as
//! Closer leaves the screen (another app, another tab, the phone locking): what is being
//! typed is kept, sealed, for after the unlock (`drafts.rs`); the page reloads, and with
//! it every decrypted word in memory is gone; the app opens to the unlock screen.

use crate::platform;
use crate::state;
use crate::store::lock::LockState;
use leptos::prelude::*;
use std::cell::Cell;
use std::time::Duration;

thread_local! {
    static LAST_USE: Cell<f64> = Cell::new(platform::now_ms());
}

/// The device note (`Store::device_note`) that says "lock as soon as Closer leaves the
/// screen" on this device: a choice about this phone or computer, kept out of backups and
/// sealed while the lock is on.
pub const WHEN_HIDDEN: &str = "lock-when-hidden";

/// Whether this device locks as soon as Closer leaves the screen (readable while unlocked).
pub fn locks_when_hidden() -> bool {
    state::device_note(WHEN_HIDDEN).is_some_and(|v| v == "on")
}

/// Saves the choice for this device.
pub fn set_locks_when_hidden(on: bool) -> Result<(), crate::store::StoreError> {
    state::set_device_note(WHEN_HIDDEN, on.then_some("on"))
}

fn touched() {
    LAST_USE.with(|t| t.set(platform::now_ms()));
}

/// Starts watching for idleness (once, for the life of the page).
pub fn watch_idle() {
    for ev in ["pointerdown", "keydown", "input", "wheel", "touchstart"] {
        // For the life of the page: the handle has no Drop, so letting it go keeps the listener.
        let _ = window_event_listener_untyped(ev, |_| touched());
    }
    let check = move || {
        if state::lock_state().get_untracked() != LockState::Unlocked {
            touched();
            return;
        }
        let idle = state::lock_record()
            .ok()
            .flatten()
            .map(|r| r.idle)
            .unwrap_or(0);
        if idle > 0 && platform::now_ms() - LAST_USE.with(Cell::get) >= idle as f64 * 60_000.0 {
            crate::ui::drafts::keep_and_lock(true);
        }
    };
    // Runs for the life of the page.
    let _ = set_interval_with_handle(check, Duration::from_secs(10));
    // Leaving the screen: the tab hidden, the app switched, the phone locked.
    std::mem::forget(window_event_listener_untyped("visibilitychange", |_| {
        if document().hidden()
            && state::lock_state().get_untracked() == LockState::Unlocked
            && locks_when_hidden()
        {
            crate::ui::drafts::keep_and_lock(true);
        }
    }));
}
