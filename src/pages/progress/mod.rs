//! The picture of progress: the overview (`/progress`), the milestone bands with the monthly
//! self-assessment (`/progress/milestones`) and the pitfall self-check (`/progress/pitfalls`).

pub mod milestones;
pub mod overview;
pub mod pitfalls;
