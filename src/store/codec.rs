//! How a value is sealed before it reaches storage. Plain by default; the app lock
//! swaps in an encrypting codec ([`Sealed`]) so no words are stored in the clear.
//!
//! A sealed value is `#` followed by the encrypted bytes packed 15 bits to a character
//! (see `domain::encoding::pack15`): JSON never starts with `#`, so plain and sealed
//! values can always be told apart, and a half-finished switch (a tab closed mid-way)
//! is finished at the next unlock instead of losing anything.

use super::StoreError;
use crate::base::crypto::{self, Key, NONCE_LEN};
use crate::base::encoding::{pack15, unpack15};

pub trait Codec {
    fn seal(&self, plain: &str) -> Result<String, StoreError>;
    fn open(&self, stored: &str) -> Result<String, StoreError>;
}

/// The first character of every sealed value.
pub const SEALED_MARK: char = '#';
const CONTEXT: &[u8] = b"closer-store";

pub fn is_sealed(stored: &str) -> bool {
    stored.starts_with(SEALED_MARK)
}

/// Values stored as they are. A sealed value can't be read without the key: `Locked`.
pub struct Plain;

impl Codec for Plain {
    fn seal(&self, plain: &str) -> Result<String, StoreError> {
        Ok(plain.to_string())
    }
    fn open(&self, stored: &str) -> Result<String, StoreError> {
        if is_sealed(stored) {
            return Err(StoreError::Locked);
        }
        Ok(stored.to_string())
    }
}

/// The app is locked: nothing is read or written until the passphrase is given.
pub struct Locked;

impl Codec for Locked {
    fn seal(&self, _: &str) -> Result<String, StoreError> {
        Err(StoreError::Locked)
    }
    fn open(&self, _: &str) -> Result<String, StoreError> {
        Err(StoreError::Locked)
    }
}

/// AES-256-GCM with a fresh random nonce for every write.
pub struct Sealed {
    key: Key,
}

/// Inside the ciphertext, text is kept as UTF-8 (`0`) or UTF-16 (`1`), whichever is
/// shorter: compacted months are already dense UTF-16 and would grow by half as UTF-8.
const UTF8: u8 = 0;
const UTF16: u8 = 1;

impl Sealed {
    pub fn new(key: Key) -> Self {
        Sealed { key }
    }

    fn encode(plain: &str) -> Vec<u8> {
        let units = plain.encode_utf16().count();
        if plain.len() <= units * 2 {
            let mut v = Vec::with_capacity(plain.len() + 1);
            v.push(UTF8);
            v.extend_from_slice(plain.as_bytes());
            v
        } else {
            let mut v = Vec::with_capacity(units * 2 + 1);
            v.push(UTF16);
            for u in plain.encode_utf16() {
                v.extend_from_slice(&u.to_le_bytes());
            }
            v
        }
    }

    fn decode(bytes: &[u8]) -> Option<String> {
        match bytes.split_first()? {
            (&UTF8, rest) => String::from_utf8(rest.to_vec()).ok(),
            (&UTF16, rest) if rest.len() % 2 == 0 => {
                let units: Vec<u16> = rest
                    .chunks(2)
                    .map(|c| u16::from_le_bytes([c[0], c[1]]))
                    .collect();
                String::from_utf16(&units).ok()
            }
            _ => None,
        }
    }
}

impl Codec for Sealed {
    fn seal(&self, plain: &str) -> Result<String, StoreError> {
        let mut nonce = [0u8; NONCE_LEN];
        super::random::fill(&mut nonce).map_err(|_| StoreError::Unavailable)?;
        let sealed =
            crypto::seal(&self.key, nonce, CONTEXT, &Self::encode(plain));
        let mut out = String::with_capacity(sealed.len() * 3 / 2);
        out.push(SEALED_MARK);
        out.push_str(&pack15(&sealed));
        Ok(out)
    }

    /// A plain value (written before the lock was finished being turned on) is read as it is.
    fn open(&self, stored: &str) -> Result<String, StoreError> {
        let Some(packed) = stored.strip_prefix(SEALED_MARK) else {
            return Ok(stored.to_string());
        };
        unpack15(packed)
            .and_then(|bytes| crypto::open(&self.key, CONTEXT, &bytes).ok())
            .and_then(|plain| Self::decode(&plain))
            .ok_or_else(|| StoreError::Unreadable("a locked value".into()))
    }
}
