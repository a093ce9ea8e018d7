//! Primitives every layer may use and that know nothing of the program: calendar time,
//! entry ids, text encodings, HTML escaping and the cipher. `content`, `domain` and
//! `store` build on these; nothing here imports from any of them.

pub mod crypto;
pub mod encoding;
pub mod html;
pub mod ids;
pub mod plural;
pub mod time;
