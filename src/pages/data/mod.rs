//! Your data, yours alone: backup and restore, the app lock, storage health.

pub mod backup;
pub mod erase;
pub mod lock;
pub mod restore;
pub mod storage;
pub mod unlock;
pub mod your_data;

use crate::platform;
use crate::store::backup::Header;
use crate::store::migrate;

/// The header of a backup made now.
pub fn header_now() -> Header {
    let now = platform::now();
    Header {
        app: env!("CARGO_PKG_VERSION").into(),
        schema: migrate::CURRENT,
        created: format!("{} {}", now.day().iso(), now.hhmm()),
    }
}

pub const NO_RANDOM: &str =
    "Your browser didn't provide the secure random numbers encryption needs. Nothing was changed.";
