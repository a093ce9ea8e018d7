//! Primitives every layer may use and that know nothing of the program: calendar time,
//! entry ids, text encodings, HTML escaping, the cipher, key derivation and the app's
//! addresses. `content`, `domain` and `store` build on these; nothing here imports from any of them.

pub mod address;
pub mod crypto;
pub mod encoding;
pub mod html;
pub mod ids;
pub mod kdf;
pub mod plural;
pub mod time;
