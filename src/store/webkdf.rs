//! Keys from passphrases in the browser: [`derive`] as a lock slot or a file says.
//! PBKDF2-SHA256 goes through WebCrypto (native code, fast: 600,000 rounds in a fraction
//! of a second), giving the same bytes as `base::crypto::derive_key`; Argon2id runs
//! RustCrypto's `argon2` (`base::kdf`) here, after the page has painted what it shows
//! meanwhile ("Unlocking…"). Called only from lazily loaded screens, so the main module
//! carries none of Argon2id.

use crate::base::crypto::KEY_LEN;
use crate::base::kdf::{self, Kdf};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The key for `passphrase` and `salt`, derived as `how` says.
pub async fn derive(passphrase: &str, salt: &[u8], how: Kdf) -> Result<[u8; KEY_LEN], String> {
    match how {
        Kdf::Pbkdf2(rounds) => derive_key(passphrase, salt, rounds).await,
        Kdf::Argon2id(cost) => {
            // The derivation holds the page for about a second: let it paint first.
            after_paint().await;
            kdf::argon2id(passphrase.as_bytes(), salt, cost).map_err(|e| format!("{e:?}"))
        }
    }
}

/// Resolves once the browser has painted the next frame, or after a tenth of a second:
/// a tab in the background paints no frames (its passphrase may be asked for there, as
/// when another tab changed it), and its work must not wait for it to be shown.
async fn after_paint() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let frame = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window.request_animation_frame(&resolve);
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 100);
    });
    let _ = JsFuture::from(frame).await;
    let tick = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
    });
    let _ = JsFuture::from(tick).await;
}

pub async fn derive_key(
    passphrase: &str,
    salt: &[u8],
    iterations: u32,
) -> Result<[u8; KEY_LEN], String> {
    let fail = |e: wasm_bindgen::JsValue| format!("{e:?}");
    let subtle = web_sys::window()
        .ok_or("no window")?
        .crypto()
        .map_err(fail)?
        .subtle();
    let pass = js_sys::Uint8Array::from(passphrase.as_bytes());
    let usages = js_sys::Array::of1(&"deriveBits".into());
    let base = JsFuture::from(
        subtle
            .import_key_with_str("raw", &pass, "PBKDF2", false, &usages)
            .map_err(fail)?,
    )
    .await
    .map_err(fail)?
    .unchecked_into::<web_sys::CryptoKey>();
    let salt = js_sys::Uint8Array::from(salt);
    let params = web_sys::Pbkdf2Params::new("PBKDF2", &"SHA-256".into(), iterations, &salt);
    let bits = JsFuture::from(
        subtle
            .derive_bits_with_object(&params, &base, (KEY_LEN * 8) as u32)
            .map_err(fail)?,
    )
    .await
    .map_err(fail)?;
    let bytes = js_sys::Uint8Array::new(&bits).to_vec();
    bytes.try_into().map_err(|_| "short key".to_string())
}
