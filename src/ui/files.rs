//! Files in and out of the browser: offer text as a download, read a chosen file.

use leptos::prelude::*;
use std::time::Duration;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Offers `text` as a file called `name`. Nothing leaves the device: it is a local blob.
pub fn download(name: &str, text: &str, mime: &str) -> Result<(), String> {
    let fail = || "Your browser didn't let Closer create the file.".to_string();
    let parts = js_sys::Array::of1(&text.into());
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts)
        .map_err(|_| fail())?;
    let url =
        web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| fail())?;
    let a: web_sys::HtmlAnchorElement = document()
        .create_element("a")
        .map_err(|_| fail())?
        .unchecked_into();
    a.set_href(&url);
    a.set_download(name);
    a.click();
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
        .ok_or_else(|| {
            "This file couldn't be read. Nothing here was changed.".to_string()
        })
}
