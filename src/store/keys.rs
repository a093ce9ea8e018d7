//! The layout of keys in storage. Everything Closer writes starts with `closer:`.
//!
//! - `closer:meta`: schema version.
//! - `closer:d:<name>`: a small document (profile, settings), rewritten whole.
//! - `closer:e:<kind>:<yyyy-mm>`: one month of entries of one kind, so a save
//!   rewrites one month, never the whole history.
//! - `closer:q:<original key>`: a value that could not be read, kept untouched.
//! - `closer:lock`: the app lock's record (see `lock.rs`), never encrypted itself; absent
//!   when the lock is off. It also journals a lock switch in progress.
//! - `closer:op`: the journal of a restore, a migration or "delete everything" in
//!   progress (see `journal.rs`), so start-up (or the next unlock) finishes or undoes it.
//! - `closer:s:<key>`: a restore's or migration's new value for `<key>`, staged before
//!   the journal commits to it.
//! - `closer:j:mv:<kind>:<id>`: an entry being moved to another month (see `Store::replace`).
//! - `closer:x:<kind>:<yyyy-mm>:<id>`: an entry deleted from (or moved out of) that month
//!   a moment ago, and when (see `gone.rs`); pruned after a few minutes.
//! - `closer:draft`: words typed when the app locked itself, kept (sealed) for after unlocking.
//! - `closer:device:<name>`: a note for this device only, never in a backup.
//! - `closer:paint`: Today's last rendering, for the next start to paint before the app is
//!   ready (`paint.rs`): only while the lock is off, removed before any other write.

use crate::base::time::Month;

pub const PREFIX: &str = "closer:";
pub const META: &str = "closer:meta";
pub const LOCK: &str = "closer:lock";
pub const OP: &str = "closer:op";
pub const DRAFT: &str = "closer:draft";
pub const STAGED: &str = "closer:s:";
pub const MOVE: &str = "closer:j:mv:";
pub const QUARANTINE: &str = "closer:q:";
pub const PAINT: &str = "closer:paint";
pub const GONE: &str = "closer:x:";
/// Written and removed at once: a check that a change has room to finish (`journal.rs`).
pub const ROOM: &str = "closer:j:room";
/// When a tab began staging a change it hasn't committed yet (`journal.rs`).
pub const STAGING: &str = "closer:j:stage";
/// Journals and checks (`closer:j:…`): never sealed, never part of a backup.
pub const JOURNALS: &str = "closer:j:";

pub fn gone(kind: &str, month: Month, id: &str) -> String {
    format!("{GONE}{kind}:{}:{id}", month.key())
}

pub fn staged(key: &str) -> String {
    format!("{STAGED}{key}")
}

pub fn moving(kind: &str, id: &str) -> String {
    format!("{MOVE}{kind}:{id}")
}

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
    format!("{QUARANTINE}{original}")
}

/// The key a set-aside copy came from (`closer:q:<key>` or `closer:q:<key>~n`).
pub fn quarantined_from(kept_at: &str) -> Option<&str> {
    let k = kept_at.strip_prefix(QUARANTINE)?;
    Some(k.split_once('~').map_or(k, |(k, _)| k))
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
    if key.starts_with(QUARANTINE) {
        return KeyKind::Quarantine(quarantined_from(key).unwrap_or(""));
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
        assert_eq!(
            classify("closer:q:closer:e:ci:2026-11~2"),
            KeyKind::Quarantine("closer:e:ci:2026-11")
        );
        assert_eq!(classify(&staged(&doc("profile"))), KeyKind::Other);
        assert_eq!(classify(OP), KeyKind::Other);
        assert_eq!(classify(PAINT), KeyKind::Other);
        assert_eq!(classify(&gone("win", m, "a1")), KeyKind::Other);
        assert_eq!(classify("someone-else"), KeyKind::Other);
        assert_eq!(classify("closer:e:checkin:nope"), KeyKind::Other);
    }
}
