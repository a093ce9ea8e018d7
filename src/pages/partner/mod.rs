//! Partner attunement: the daily question and need log, and the page for partners.

pub mod attune;
pub mod for_partners;

use crate::domain::partner::{today_status, NeedLog, TodayStatus};
use crate::platform;
use crate::state;

/// Today's need log status, for the Today screen. Reactive when called inside a view.
pub fn today_need_status() -> TodayStatus {
    state::collection::<NeedLog>().with(|v| today_status(v, platform::today()))
}

/// The question to ask a partner today, for the Today screen's reminder.
pub fn daily_question() -> &'static str {
    crate::content::partner::daily_question()
}
