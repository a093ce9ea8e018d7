//! In the moment: the "Help now" hub and the tools it opens in one tap.

pub mod conflict;
pub mod grounding;
pub mod hub;
pub mod present;
pub mod return_prompt;
pub mod urge;
pub mod urge_stats;
