//! Closer: a private companion for healing an avoidant attachment style.
//!
//! - [`base`]: time, ids, encodings, HTML escaping and the cipher; nothing of the program.
//! - [`content`]: the program as typed data (steps, weeks, word lists).
//! - [`domain`]: the program's rules, plain Rust, tested natively.
//! - [`store`]: storage behind one small interface (localStorage or memory).
//! - `platform`, `state`, `ui`, `pages`, `app`: the Leptos app (browser only).
//!
//! Layers name only those below them (`tests/layers.rs` checks): `content` and
//! `store` build on `base`; `domain` on those three; `ui` on all but `pages`.

pub mod base;
pub mod content;
pub mod domain;
pub mod store;

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod pages;
#[cfg(target_arch = "wasm32")]
pub mod platform;
#[cfg(target_arch = "wasm32")]
pub mod screens;
#[cfg(target_arch = "wasm32")]
pub mod state;
#[cfg(target_arch = "wasm32")]
pub mod ui;
