//! Following the other tabs: a write in another tab is read again here.

use super::*;

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
