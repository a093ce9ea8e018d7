//! The program's content as typed data, in the app's own words.

pub mod beliefs;
pub mod body;
pub mod checkin;
pub mod data_labels;
pub mod ecr_r;
pub mod ecr_rs;
pub mod feelings;
mod glossary;
pub mod guidance;
pub mod instrument;
pub mod intention;
pub mod milestones;
pub mod moment;
pub mod partner;
pub mod pitfalls;
pub mod places;
pub mod programs;
pub mod reflection;
pub mod routines;
pub mod safety;
pub mod sitting;
pub mod therapy;
pub mod understanding;
