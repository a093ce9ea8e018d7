//! The inbox the service worker fills when a moving file is shared to the installed app
//! (the manifest's `share_target`, handled in `public/sw.js`): one file, kept in this
//! origin's Cache Storage until the move succeeds. Nothing here leaves the device.
//!
//! Called through `Reflect` rather than web-sys's typed Cache API: the typed calls would
//! each add an import to the main module, which every first visit downloads.

use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Must match `INBOX` and the stored address in `public/sw.js`.
const INBOX: &str = "inbox-v1";
const FILE: &str = "/move/inbox";

/// `target.name(arg)`, awaited.
async fn call(target: &JsValue, name: &str, arg: Option<&str>) -> Option<JsValue> {
    let f: Function = Reflect::get(target, &name.into()).ok()?.dyn_into().ok()?;
    let result = match arg {
        Some(a) => f.call1(target, &a.into()),
        None => f.call0(target),
    }
    .ok()?;
    let promise: Promise = result.dyn_into().ok()?;
    JsFuture::from(promise).await.ok()
}

fn caches() -> Option<JsValue> {
    let w = web_sys::window()?;
    Reflect::get(&w, &"caches".into())
        .ok()
        .filter(|c| !c.is_undefined())
}

/// The text of the file waiting in the inbox, if one arrived.
pub async fn peek() -> Option<String> {
    let caches = caches()?;
    if !call(&caches, "has", Some(INBOX)).await?.as_bool()? {
        return None;
    }
    let cache = call(&caches, "open", Some(INBOX)).await?;
    let hit = call(&cache, "match", Some(FILE)).await?;
    if hit.is_undefined() {
        return None;
    }
    call(&hit, "text", None).await?.as_string()
}

/// Empties the inbox (after a move, or when another file was chosen).
pub async fn clear() {
    if let Some(caches) = caches() {
        let _ = call(&caches, "delete", Some(INBOX)).await;
    }
}
