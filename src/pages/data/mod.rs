//! Your data, yours alone: backup and restore, the app lock, storage health.

pub mod backup;
pub mod erase;
pub mod lock;
pub mod restore;
pub mod storage;
pub mod unlock;
pub mod your_data;
