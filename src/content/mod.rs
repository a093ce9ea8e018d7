//! The program's content as typed data, in the app's own words.

pub mod intention;
