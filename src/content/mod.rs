//! The program's content as typed data, in the app's own words.

pub mod beliefs;
pub mod body;
pub mod data_labels;
pub mod checkin;
pub mod feelings;
pub mod intention;
pub mod milestones;
pub mod pitfalls;
pub mod routines;
pub mod programs;
pub mod sitting;
pub mod moment;
pub mod partner;
pub mod therapy;
pub mod ecr_r;
pub mod ecr_rs;
pub mod guidance;
pub mod instrument;
pub mod reflection;
pub mod understanding;
