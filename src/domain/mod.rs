//! The program's rules as plain Rust: no browser, no storage, tested with `cargo test`.

pub mod beliefs;
pub mod evidence;
pub mod fact_feeling;
pub mod ids;
pub mod practice;
pub mod checkin;
pub mod insights;
pub mod profile;
pub mod program;
pub mod reminders;
pub mod sitting;
pub mod time;
pub mod consistency;
pub mod milestones;
pub mod pitfalls;
pub mod progress;
pub mod routines;
pub mod conflict;
pub mod partner;
pub mod therapy_choice;
pub mod urges;
pub mod wins;
