//! How a value is sealed before it reaches storage. Plain by default; the app lock
//! swaps in an encrypting codec ([`Sealed`]) so no words are stored in the clear.
//!
//! Design (see also `lock.rs`):
//! - A sealed value is `#2<key id>:` followed by the encrypted bytes packed 15 bits to a
//!   character (`base::encoding::pack15`). The key id says which data key sealed it, so a
//!   store part-way through a passphrase change (some values under the old key, some
//!   under the new) reads whole as long as the lock record holds both keys.
//! - The storage key the value lives at is bound into the cipher's authenticated data:
//!   a sealed value copied or moved to another key doesn't open there. Values that live
//!   at a key of their own for a while (a restore's staged copy `closer:s:<key>`, a
//!   set-aside copy `closer:q:<key>~n`) are bound to the key they belong at.
//! - Values sealed before this format (`#` and the packed bytes, no key id, not bound to
//!   their key) still open, with the lock's legacy key (id [`LEGACY`]), and are sealed
//!   again in the new format at the next unlock.
//! - JSON never starts with `#`, so plain and sealed values can always be told apart, and a
//!   half-finished switch is finished (or undone) at the next unlock, never lost.

use super::StoreError;
use crate::base::crypto::{self, Key, KEY_LEN, NONCE_LEN};
use crate::base::encoding::{pack15, unpack15};

pub trait Codec {
    /// Seals `plain` for storage at `key`.
    fn seal(&self, key: &str, plain: &str) -> Result<String, StoreError>;
    /// Opens what is stored at `key`.
    fn open(&self, key: &str, stored: &str) -> Result<String, StoreError>;
}

/// The first character of every sealed value.
pub const SEALED_MARK: char = '#';
/// After the mark: the current format (the old one starts with a pack15 length character,
/// which is always between U+0020 and U+002E).
const FORMAT2: char = '2';
/// The id of the key that opens values sealed in the first format: the passphrase key of
/// a lock turned on before key ids existed.
pub const LEGACY: &str = "0";
const LEGACY_CONTEXT: &[u8] = b"closer-store";

pub fn is_sealed(stored: &str) -> bool {
    stored.starts_with(SEALED_MARK)
}

/// The id of the key that sealed a value, or `None` for a plain one.
pub fn key_id(stored: &str) -> Option<&str> {
    let rest = stored.strip_prefix(SEALED_MARK)?;
    match rest.strip_prefix(FORMAT2) {
        Some(v2) => v2.split_once(':').map(|(kid, _)| kid),
        None => Some(LEGACY),
    }
}

/// The storage key a value is bound to: itself, or for a staged or set-aside copy, the
/// key it belongs at.
pub fn bound_key(key: &str) -> &str {
    if let Some(k) = key.strip_prefix("closer:s:") {
        return k;
    }
    if let Some(k) = key.strip_prefix("closer:q:") {
        return k.split_once('~').map_or(k, |(k, _)| k);
    }
    key
}

fn context(kid: &str, key: &str) -> Vec<u8> {
    format!("closer-store:2:{kid}:{}", bound_key(key)).into_bytes()
}

/// Values stored as they are. A sealed value can't be read without the key: `Locked`.
pub struct Plain;

impl Codec for Plain {
    fn seal(&self, _: &str, plain: &str) -> Result<String, StoreError> {
        Ok(plain.to_string())
    }
    fn open(&self, _: &str, stored: &str) -> Result<String, StoreError> {
        if is_sealed(stored) {
            return Err(StoreError::Locked);
        }
        Ok(stored.to_string())
    }
}

/// The app is locked: nothing is read or written until the passphrase is given.
pub struct Locked;

impl Codec for Locked {
    fn seal(&self, _: &str, _: &str) -> Result<String, StoreError> {
        Err(StoreError::Locked)
    }
    fn open(&self, _: &str, _: &str) -> Result<String, StoreError> {
        Err(StoreError::Locked)
    }
}

/// AES-256-GCM with a fresh random nonce for every write, over a ring of data keys:
/// values are sealed with the current one and opened with whichever sealed them.
#[derive(Clone)]
pub struct Sealed {
    keys: Vec<(String, [u8; KEY_LEN], Key)>,
    current: String,
}

/// Inside the ciphertext, text is kept as UTF-8 (`0`) or UTF-16 (`1`), whichever is
/// shorter: compacted months are already dense UTF-16 and would grow by half as UTF-8.
const UTF8: u8 = 0;
const UTF16: u8 = 1;

impl Sealed {
    /// A ring of `(id, key bytes)`; new values are sealed with the key `current`.
    pub fn new(keys: Vec<(String, [u8; KEY_LEN])>, current: &str) -> Self {
        debug_assert!(keys.iter().any(|(id, _)| id == current));
        let mut ring: Vec<(String, [u8; KEY_LEN], Key)> = Vec::new();
        for (id, bytes) in keys {
            if !ring.iter().any(|(k, _, _)| *k == id) {
                let key = Key::from_bytes(&bytes);
                ring.push((id, bytes, key));
            }
        }
        Sealed {
            keys: ring,
            current: current.to_string(),
        }
    }

    /// One key, used for everything.
    pub fn single(id: &str, key: &[u8; KEY_LEN]) -> Self {
        Sealed::new(vec![(id.to_string(), *key)], id)
    }

    pub fn current(&self) -> &str {
        &self.current
    }

    pub fn has(&self, id: &str) -> bool {
        self.keys.iter().any(|(k, _, _)| k == id)
    }

    /// Every key of the ring, as `(id, bytes)` (to wrap them for the lock record).
    pub fn keys(&self) -> Vec<(String, [u8; KEY_LEN])> {
        self.keys
            .iter()
            .map(|(id, b, _)| (id.clone(), *b))
            .collect()
    }

    fn key(&self, id: &str) -> Option<&Key> {
        self.keys
            .iter()
            .find(|(k, _, _)| k == id)
            .map(|(_, _, key)| key)
    }

    /// The same ring sealing with another of its keys.
    pub fn sealing_with(&self, id: &str) -> Sealed {
        Sealed {
            keys: self.keys.clone(),
            current: id.to_string(),
        }
    }

    /// Whether a stored value should be sealed again with the current key: it is plain,
    /// in the first format, or sealed with another key of the ring.
    pub fn is_behind(&self, stored: &str) -> bool {
        match stored.strip_prefix(SEALED_MARK) {
            None => true,
            Some(rest) => match rest.strip_prefix(FORMAT2) {
                None => true,
                Some(v2) => v2
                    .split_once(':')
                    .is_some_and(|(kid, _)| kid != self.current),
            },
        }
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

    fn nonce() -> Result<[u8; NONCE_LEN], StoreError> {
        super::random::bytes().map_err(|_| StoreError::Unavailable)
    }

    /// A value in the first format (no key id, not bound to its key), as the app wrote it
    /// before key ids existed: for tests of stored data from that time.
    pub fn seal_legacy(key: &Key, plain: &str) -> Result<String, StoreError> {
        let sealed = crypto::seal(key, Self::nonce()?, LEGACY_CONTEXT, &Self::encode(plain));
        Ok(format!("{SEALED_MARK}{}", pack15(&sealed)))
    }
}

impl Codec for Sealed {
    fn seal(&self, key: &str, plain: &str) -> Result<String, StoreError> {
        let kid = &self.current;
        let k = self.key(kid).ok_or(StoreError::Locked)?;
        let sealed = crypto::seal(k, Self::nonce()?, &context(kid, key), &Self::encode(plain));
        let mut out = String::with_capacity(sealed.len() * 3 / 2 + 16);
        out.push(SEALED_MARK);
        out.push(FORMAT2);
        out.push_str(kid);
        out.push(':');
        out.push_str(&pack15(&sealed));
        Ok(out)
    }

    /// A plain value (written before the lock was finished being turned on) is read as it is.
    fn open(&self, key: &str, stored: &str) -> Result<String, StoreError> {
        let unreadable = || StoreError::Unreadable("a locked value".into());
        let Some(rest) = stored.strip_prefix(SEALED_MARK) else {
            return Ok(stored.to_string());
        };
        let (kid, packed, ctx) = match rest.strip_prefix(FORMAT2) {
            Some(v2) => {
                let (kid, packed) = v2.split_once(':').ok_or_else(unreadable)?;
                (kid, packed, context(kid, key))
            }
            None => (LEGACY, rest, LEGACY_CONTEXT.to_vec()),
        };
        // Sealed with a key this tab doesn't hold (another tab changed the passphrase since):
        // not unreadable, just not openable here until the lock record is read again.
        let k = self.key(kid).ok_or(StoreError::Locked)?;
        unpack15(packed)
            .and_then(|bytes| crypto::open(k, &ctx, &bytes).ok())
            .and_then(|plain| Self::decode(&plain))
            .ok_or_else(unreadable)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::base::crypto::tests::test_key;

    fn ring() -> Sealed {
        Sealed::new(
            vec![("a1".into(), *test_key()), ("b2".into(), [7; 32])],
            "b2",
        )
    }

    #[test]
    fn a_value_opens_at_its_own_key_only() {
        let s = ring();
        let v = s.seal("closer:d:profile", "{\"x\":1}").unwrap();
        assert!(v.starts_with("#2b2:"));
        assert_eq!(key_id(&v), Some("b2"));
        assert_eq!(s.open("closer:d:profile", &v).unwrap(), "{\"x\":1}");
        // Moved to another key, it is refused: the key is bound in the authenticated data.
        assert!(s.open("closer:d:settings", &v).is_err());
        // Its staged and set-aside copies belong at the same key.
        assert!(s.open("closer:s:closer:d:profile", &v).is_ok());
        assert!(s.open("closer:q:closer:d:profile~3", &v).is_ok());
        assert!(s.open("closer:q:closer:d:profile", &v).is_ok());
    }

    #[test]
    fn every_key_of_the_ring_opens_what_it_sealed() {
        let s = ring();
        let old = s.sealing_with("a1").seal("k", "old words").unwrap();
        assert_eq!(key_id(&old), Some("a1"));
        assert_eq!(s.open("k", &old).unwrap(), "old words");
        let without = Sealed::single("b2", &[7; 32]);
        assert!(without.open("k", &old).is_err(), "a key not in the ring");
        assert_eq!(key_id("{\"plain\":1}"), None);
        assert_eq!(s.open("k", "{\"plain\":1}").unwrap(), "{\"plain\":1}");
    }

    #[test]
    fn values_of_the_first_format_open_with_the_legacy_key() {
        let key = Key::from_bytes(test_key());
        let v = Sealed::seal_legacy(&key, "ünïcode ✓ words").unwrap();
        assert!(!v.starts_with("#2"));
        assert_eq!(key_id(&v), Some(LEGACY));
        let s = Sealed::single(LEGACY, test_key());
        assert_eq!(s.open("any key", &v).unwrap(), "ünïcode ✓ words");
        assert!(s.is_behind(&v), "sealed again in the new format at unlock");
        assert!(!s.is_behind(&s.seal("k", "x").unwrap()));
        assert!(s.is_behind("{\"plain\":1}"));
        assert!(ring().open("any key", &v).is_err());
    }

    #[test]
    fn compact_text_is_kept_as_utf16() {
        let s = ring();
        let dense: String = (0..500u32)
            .map(|i| char::from_u32(0x4e00 + i).unwrap())
            .collect();
        let v = s.seal("k", &dense).unwrap();
        assert!(v.chars().count() < 600, "{}", v.chars().count());
        assert_eq!(s.open("k", &v).unwrap(), dense);
    }
}
