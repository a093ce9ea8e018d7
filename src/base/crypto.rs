//! Encryption, in a few small functions over audited crates. Nothing here is hand-made
//! cryptography: AES-256-GCM comes from RustCrypto's `aes-gcm`; the key comes from the
//! passphrase by PBKDF2-SHA256 (WebCrypto in the browser, the `pbkdf2` crate in native
//! tests). Randomness (salts, nonces) is passed in by the caller, who gets it from the
//! platform's secure generator.

use aes_gcm::aead::{Aead, Payload};
use aes_gcm::{Aes256Gcm, KeyInit, Nonce};

pub const KEY_LEN: usize = 32;
pub const NONCE_LEN: usize = 12;
pub const SALT_LEN: usize = 16;
pub const TAG_LEN: usize = 16;
/// PBKDF2-SHA256 rounds for new keys (OWASP's 2023 advice).
pub const PBKDF2_ITERATIONS: u32 = 600_000;
/// Bounds for rounds read from a file: fewer is too weak to trust, more would hang.
pub const MIN_ITERATIONS: u32 = 100_000;
pub const MAX_ITERATIONS: u32 = 10_000_000;

/// A ready 256-bit key.
#[derive(Clone)]
pub struct Key(Aes256Gcm);

impl Key {
    pub fn from_bytes(bytes: &[u8; KEY_LEN]) -> Key {
        Key(Aes256Gcm::new(bytes.into()))
    }
}

/// The key was wrong or the bytes were changed: GCM can't tell which, and says nothing more.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Refused;

/// Encrypts `plain`, binding it to `context` (authenticated, not stored).
/// Returns `nonce || ciphertext || tag`. The nonce must be fresh and random.
pub fn seal(key: &Key, nonce: [u8; NONCE_LEN], context: &[u8], plain: &[u8]) -> Vec<u8> {
    let ct = key
        .0
        .encrypt(
            Nonce::from_slice(&nonce),
            Payload {
                msg: plain,
                aad: context,
            },
        )
        .expect("AES-GCM encrypts any message this small");
    let mut out = Vec::with_capacity(NONCE_LEN + ct.len());
    out.extend_from_slice(&nonce);
    out.extend_from_slice(&ct);
    out
}

/// Decrypts what [`seal`] made with the same key and context.
pub fn open(key: &Key, context: &[u8], sealed: &[u8]) -> Result<Vec<u8>, Refused> {
    if sealed.len() < NONCE_LEN + TAG_LEN {
        return Err(Refused);
    }
    let (nonce, ct) = sealed.split_at(NONCE_LEN);
    key.0
        .decrypt(
            Nonce::from_slice(nonce),
            Payload {
                msg: ct,
                aad: context,
            },
        )
        .map_err(|_| Refused)
}

/// PBKDF2-SHA256 natively (tests and tools). The browser uses WebCrypto for the same
/// derivation (`store::webkdf`), and both give the same bytes for the same input.
#[cfg(not(target_arch = "wasm32"))]
pub fn derive_key(passphrase: &str, salt: &[u8], iterations: u32) -> [u8; KEY_LEN] {
    let mut out = [0u8; KEY_LEN];
    pbkdf2::pbkdf2::<pbkdf2::hmac::Hmac<sha2::Sha256>>(
        passphrase.as_bytes(),
        salt,
        iterations,
        &mut out,
    )
    .expect("HMAC takes any key length");
    out
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use std::sync::OnceLock;

    /// One real 600,000-round key shared by the tests that need it.
    pub(crate) fn test_key() -> &'static [u8; KEY_LEN] {
        static K: OnceLock<[u8; KEY_LEN]> = OnceLock::new();
        K.get_or_init(|| derive_key("correct horse", b"salt-salt-salt-1", PBKDF2_ITERATIONS))
    }

    #[test]
    fn pbkdf2_matches_the_published_test_vector() {
        // RFC 7914 section 11 (PBKDF2-HMAC-SHA256, "passwd"/"salt", 1 round, first 32 bytes).
        let k = derive_key("passwd", b"salt", 1);
        assert_eq!(
            k[..8],
            [0x55, 0xac, 0x04, 0x6e, 0x56, 0xe3, 0x08, 0x9f],
            "PBKDF2-SHA256 must match the standard so WebCrypto and native agree"
        );
    }

    #[test]
    fn sealed_text_round_trips_and_hides_the_words() {
        let key = Key::from_bytes(test_key());
        let sealed = seal(
            &key,
            [7; NONCE_LEN],
            b"ctx",
            "I felt close to her today".as_bytes(),
        );
        assert!(!sealed.windows(5).any(|w| w == b"close"));
        assert_eq!(
            open(&key, b"ctx", &sealed).unwrap(),
            "I felt close to her today".as_bytes()
        );
    }

    #[test]
    fn wrong_key_wrong_context_and_any_flipped_bit_are_refused() {
        let key = Key::from_bytes(test_key());
        let sealed = seal(&key, [1; NONCE_LEN], b"ctx", b"secret words");
        let other = Key::from_bytes(&derive_key("wrong horse", b"salt-salt-salt-1", 1000));
        assert_eq!(open(&other, b"ctx", &sealed), Err(Refused));
        assert_eq!(open(&key, b"other", &sealed), Err(Refused));
        for i in 0..sealed.len() {
            let mut bad = sealed.clone();
            bad[i] ^= 0x01;
            assert_eq!(open(&key, b"ctx", &bad), Err(Refused), "flipped byte {i}");
        }
        assert_eq!(open(&key, b"ctx", &sealed[..20]), Err(Refused));
    }
}
