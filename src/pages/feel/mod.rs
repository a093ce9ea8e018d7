//! Feel it: check-ins with the feelings wheel, the body map and scan, sitting with
//! feelings, reminders and insights.

pub mod checkin;
pub mod insights;
pub mod reminders;
pub mod scan;
pub mod sit;
