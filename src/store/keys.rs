//! The layout of keys in storage. Everything Closer writes starts with `closer:`.
//!
//! - `closer:meta`: schema version.
//! - `closer:d:<name>`: a small document (profile, settings), rewritten whole.
//! - `closer:e:<kind>:<yyyy-mm>`: one month of entries of one kind, so a save
//!   rewrites one month, never the whole history.
//! - `closer:q:<original key>`: a value that could not be read, kept untouched.
//! - `closer:device:<name>`: a note for this device only, never in a backup.
//! - `closer:lock`: the app lock's settings (salt, rounds, a sealed check value), never
//!   encrypted itself; absent when the lock is off.

use crate::base::time::Month;

pub const PREFIX: &str = "closer:";
pub const META: &str = "closer:meta";
pub const LOCK: &str = "closer:lock";

pub fn doc(name: &str) -> String {
    format!("closer:d:{name}")
}

pub fn bucket(kind: &str, month: Month) -> String {
    format!("closer:e:{kind}:{}", month.key())
}

pub fn bucket_prefix(kind: &str) -> String {
    format!("closer:e:{kind}:")
}

pub fn device(name: &str) -> String {
    format!("closer:device:{name}")
}

pub fn quarantine(original: &str) -> String {
    format!("closer:q:{original}")
}

/// What a key is, for routing another tab's write to the right place.
#[derive(Debug, PartialEq, Eq)]
pub enum KeyKind<'a> {
    Meta,
    Doc(&'a str),
    Bucket { kind: &'a str, month: Month },
    Quarantine(&'a str),
    Other,
}

pub fn classify(key: &str) -> KeyKind<'_> {
    if key == META {
        return KeyKind::Meta;
    }
    if let Some(name) = key.strip_prefix("closer:d:") {
        return KeyKind::Doc(name);
    }
    if let Some(orig) = key.strip_prefix("closer:q:") {
        return KeyKind::Quarantine(orig);
    }
    if let Some(rest) = key.strip_prefix("closer:e:") {
        if let Some((kind, m)) = rest.rsplit_once(':') {
            if let Some(month) = Month::parse_key(m) {
                return KeyKind::Bucket { kind, month };
            }
        }
    }
    KeyKind::Other
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn keys_classify_back() {
        let m = Month {
            year: 2026,
            month: 11,
        };
        assert_eq!(
            classify(&bucket("checkin", m)),
            KeyKind::Bucket {
                kind: "checkin",
                month: m
            }
        );
        assert_eq!(classify(&doc("profile")), KeyKind::Doc("profile"));
        assert_eq!(classify(META), KeyKind::Meta);
        assert_eq!(
            classify(&quarantine("closer:d:profile")),
            KeyKind::Quarantine("closer:d:profile")
        );
        assert_eq!(classify("someone-else"), KeyKind::Other);
        assert_eq!(classify("closer:e:checkin:nope"), KeyKind::Other);
    }
}
