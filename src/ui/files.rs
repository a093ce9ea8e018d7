//! Files in and out of the browser: offer text as a download, hand a file to the share
//! sheet, read a chosen file.

use leptos::prelude::*;
use std::time::Duration;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Offers `text` as a file called `name`. Nothing leaves the device: it is a local blob.
/// The one way Closer offers a file: every download goes through here.
pub fn download(name: &str, text: &str, mime: &str) -> Result<(), String> {
    let fail = || "Your browser didn't let Closer create the file.".to_string();
    let parts = js_sys::Array::of1(&text.into());
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let blob =
        web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts).map_err(|_| fail())?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| fail())?;
    let a: web_sys::HtmlAnchorElement = document()
        .create_element("a")
        .map_err(|_| fail())?
        .unchecked_into();
    a.set_href(&url);
    a.set_download(name);
    // Firefox follows a click only on a link in the document.
    let body = document().body();
    if let Some(b) = &body {
        let _ = b.append_child(&a);
    }
    a.click();
    a.remove();
    // Some browsers start the download after this returns: let go of the blob later.
    set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        Duration::from_secs(30),
    );
    Ok(())
}

/// The text of a chosen file.
pub async fn read_text(file: &web_sys::File) -> Result<String, String> {
    JsFuture::from(file.text())
        .await
        .ok()
        .and_then(|v| v.as_string())
        .ok_or_else(|| "This file couldn't be read. Nothing here was changed.".to_string())
}

/// A file made here from text (for the share sheet). `new File(…)` through `Reflect`: a
/// typed constructor would add imports to the main module.
pub fn text_file(name: &str, text: &str, mime: &str) -> Result<web_sys::File, String> {
    let fail = || "Your browser didn't let Closer create the file.".to_string();
    let ctor: js_sys::Function = js_sys::Reflect::get(&window(), &"File".into())
        .ok()
        .and_then(|c| c.dyn_into().ok())
        .ok_or_else(fail)?;
    let opts = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&opts, &"type".into(), &mime.into());
    let args = js_sys::Array::of3(&js_sys::Array::of1(&text.into()), &name.into(), &opts);
    js_sys::Reflect::construct(&ctor, &args)
        .ok()
        .map(|f| f.unchecked_into())
        .ok_or_else(fail)
}

/// `{files: [file], title}`, as the Web Share API takes it.
fn share_data(file: &web_sys::File, title: &str) -> js_sys::Object {
    let data = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&data, &"files".into(), &js_sys::Array::of1(file));
    let _ = js_sys::Reflect::set(&data, &"title".into(), &title.into());
    data
}

fn navigator_fn(name: &str) -> Option<js_sys::Function> {
    let nav = window().navigator();
    js_sys::Reflect::get(&nav, &name.into())
        .ok()?
        .dyn_into()
        .ok()
}

/// Whether this browser's share sheet can take the file (Web Share with files).
pub fn can_share(file: &web_sys::File) -> bool {
    let (Some(can), Some(_)) = (navigator_fn("canShare"), navigator_fn("share")) else {
        return false;
    };
    can.call1(&window().navigator(), &share_data(file, ""))
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(false)
}

/// Opens the share sheet with the file. Call it in the tap itself: browsers open the
/// sheet only in answer to a person's action.
pub fn share(file: &web_sys::File, title: &str) -> Result<js_sys::Promise, String> {
    let fail = || "This browser couldn't open the share sheet. Save the file instead.".to_string();
    let share = navigator_fn("share").ok_or_else(fail)?;
    share
        .call1(&window().navigator(), &share_data(file, title))
        .ok()
        .and_then(|p| p.dyn_into().ok())
        .ok_or_else(fail)
}

/// How the share sheet ended.
pub enum Shared {
    Sent,
    /// The person closed it without choosing anywhere.
    Closed,
    Failed(String),
}

pub async fn shared(promise: js_sys::Promise) -> Shared {
    match JsFuture::from(promise).await {
        Ok(_) => Shared::Sent,
        Err(e) => {
            let name = js_sys::Reflect::get(&e, &"name".into())
                .ok()
                .and_then(|n| n.as_string())
                .unwrap_or_default();
            if name == "AbortError" {
                Shared::Closed
            } else {
                Shared::Failed(
                    "The share sheet couldn't send the file. Save it instead, then send it from your files."
                        .into(),
                )
            }
        }
    }
}
