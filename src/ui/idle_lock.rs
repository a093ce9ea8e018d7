//! Locks the app after the chosen time without use: what is being typed is kept, sealed,
//! for after the unlock (`drafts.rs`); the page reloads, and with it every decrypted word
//! in memory is gone; the app opens to the unlock screen.

use crate::platform;
use crate::state;
use crate::store::lock::LockState;
use leptos::prelude::*;
use std::cell::Cell;
use std::time::Duration;

thread_local! {
    static LAST_USE: Cell<f64> = Cell::new(platform::now_ms());
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
        let idle = state::store()
            .lock_record()
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
}
