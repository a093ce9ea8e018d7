//! Closer: a private companion for healing an avoidant attachment style.
//!
//! - [`content`]: the program as typed data (steps, weeks, word lists).
//! - [`domain`]: the program's rules, plain Rust, tested natively.
//! - [`store`]: storage behind one small interface (localStorage or memory).
//! - `ui`, `pages`, `app`: the Leptos app (browser only).

pub mod content;
pub mod domain;
pub mod store;

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod pages;
#[cfg(target_arch = "wasm32")]
pub mod screens;
#[cfg(target_arch = "wasm32")]
pub mod state;
#[cfg(target_arch = "wasm32")]
pub mod ui;
