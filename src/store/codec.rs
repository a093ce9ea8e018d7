//! How a value is sealed before it reaches storage. Plain by default; the app lock
//! swaps in an encrypting codec so no words are stored in the clear.

use super::StoreError;

pub trait Codec {
    fn seal(&self, plain: &str) -> Result<String, StoreError>;
    fn open(&self, stored: &str) -> Result<String, StoreError>;
}

/// Values stored as they are.
pub struct Plain;

impl Codec for Plain {
    fn seal(&self, plain: &str) -> Result<String, StoreError> {
        Ok(plain.to_string())
    }
    fn open(&self, stored: &str) -> Result<String, StoreError> {
        Ok(stored.to_string())
    }
}
