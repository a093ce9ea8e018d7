//! When to suggest making a backup: after a month with new writing since the last one, or
//! after many new entries, whichever comes first. Never when nothing new was written.
//! "Not now" quiets it for two weeks (or until many more entries).

use crate::base::time::LocalTime;
use crate::store::Doc;
use serde::{Deserialize, Serialize};

pub const REMIND_AFTER_DAYS: i64 = 30;
pub const REMIND_AFTER_ENTRIES: usize = 30;
pub const SNOOZE_DAYS: i64 = 14;
const DAY: i64 = 86_400;

/// What the reminder remembers (stored as the `backup` document).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct BackupLog {
    /// When the last backup was made.
    #[serde(rename = "t", default, skip_serializing_if = "Option::is_none")]
    pub last: Option<LocalTime>,
    /// How many entries there were then.
    #[serde(rename = "n", default, skip_serializing_if = "is_zero")]
    pub entries_then: usize,
    /// "Not now" was chosen: quiet until then.
    #[serde(rename = "z", default, skip_serializing_if = "Option::is_none")]
    pub snoozed_until: Option<LocalTime>,
    /// How many entries there were when "not now" was chosen.
    #[serde(rename = "zn", default, skip_serializing_if = "is_zero")]
    pub entries_at_snooze: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

impl Doc for BackupLog {
    const NAME: &'static str = "backup";
}

impl BackupLog {
    /// `first_entry`: when the oldest entry was written (the clock starts there when no
    /// backup was ever made).
    pub fn due(&self, now: LocalTime, entries_now: usize, first_entry: Option<LocalTime>) -> bool {
        let new = entries_now.saturating_sub(self.entries_then);
        if new == 0 {
            return false;
        }
        if let Some(until) = self.snoozed_until {
            if now.0 < until.0 && entries_now < self.entries_at_snooze + REMIND_AFTER_ENTRIES {
                return false;
            }
        }
        if new >= REMIND_AFTER_ENTRIES {
            return true;
        }
        match self.last.or(first_entry) {
            Some(since) => now.0 - since.0 >= REMIND_AFTER_DAYS * DAY,
            None => false,
        }
    }

    pub fn backed_up(&self, now: LocalTime, entries_now: usize) -> BackupLog {
        BackupLog {
            last: Some(now),
            entries_then: entries_now,
            snoozed_until: None,
            entries_at_snooze: 0,
        }
    }

    pub fn snooze(&self, now: LocalTime, entries_now: usize) -> BackupLog {
        BackupLog {
            snoozed_until: Some(LocalTime(now.0 + SNOOZE_DAYS * DAY)),
            entries_at_snooze: entries_now,
            ..self.clone()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    const T0: LocalTime = LocalTime(1_000_000_000);
    fn days(n: i64) -> LocalTime {
        LocalTime(T0.0 + n * DAY)
    }

    #[test]
    fn nothing_written_means_no_reminder() {
        let log = BackupLog::default();
        assert!(!log.due(days(400), 0, None));
        let done = log.backed_up(days(1), 10);
        assert!(!done.due(days(400), 10, Some(T0)));
    }

    #[test]
    fn a_month_with_new_entries_or_many_entries_brings_it() {
        let log = BackupLog::default();
        assert!(!log.due(days(29), 3, Some(T0)));
        assert!(log.due(days(30), 3, Some(T0)));
        assert!(log.due(days(2), REMIND_AFTER_ENTRIES, Some(T0)));
        let done = log.backed_up(days(30), 3);
        assert!(!done.due(days(59), 4, Some(T0)));
        assert!(done.due(days(60), 4, Some(T0)));
        assert!(done.due(days(31), 3 + REMIND_AFTER_ENTRIES, Some(T0)));
    }

    #[test]
    fn not_now_quiets_it_for_two_weeks_or_many_entries() {
        let log = BackupLog::default().snooze(days(30), 5);
        assert!(!log.due(days(30 + SNOOZE_DAYS - 1), 6, Some(T0)));
        assert!(log.due(days(30 + SNOOZE_DAYS), 6, Some(T0)));
        assert!(log.due(days(31), 5 + REMIND_AFTER_ENTRIES, Some(T0)));
    }

    #[test]
    fn stored_compactly() {
        assert_eq!(serde_json::to_string(&BackupLog::default()).unwrap(), "{}");
        let log = BackupLog::default().backed_up(T0, 3);
        assert_eq!(
            serde_json::to_string(&log).unwrap(),
            r#"{"t":1000000000,"n":3}"#
        );
    }
}
