//! Operations on all the data at once: a restore, "Delete everything", reading
//! everything again.

use super::*;

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
