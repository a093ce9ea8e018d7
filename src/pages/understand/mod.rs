//! "Understand": the chapter before the exercises, one short section per screen.

pub mod chapter;
pub mod section;
