//! How much of its space Closer uses, in words a person can act on, and the rule for a
//! passphrase someone is about to rely on.

/// What the whole app plans to fit in (UTF-16 units of `localStorage`, where browsers
/// allow about 5 million): ten years of daily use, with room to spare.
pub const BUDGET_UNITS: usize = 2_500_000;

#[derive(Clone, Debug, PartialEq)]
pub struct Usage {
    pub percent: u32,
    /// Approximate sizes as people read them ("320 KB", "5 MB").
    pub used: String,
    pub budget: String,
    pub nearly_full: bool,
}

/// Browsers keep two bytes per unit.
fn size(units: usize) -> String {
    let bytes = units * 2;
    if bytes < 1_000_000 {
        format!("{} KB", bytes.div_ceil(1000).max(1))
    } else {
        // Integer tenths: float formatting would add kilobytes to the app for one digit.
        let tenths = (bytes + 50_000) / 100_000;
        format!("{}.{} MB", tenths / 10, tenths % 10)
    }
}

pub fn usage(used_units: usize, budget_units: usize) -> Usage {
    let percent = ((used_units as u64 * 100).div_ceil(budget_units.max(1) as u64)).min(999) as u32;
    Usage {
        percent,
        used: size(used_units),
        budget: size(budget_units),
        nearly_full: percent >= 80,
    }
}

pub const MIN_PASSPHRASE_CHARS: usize = 8;

/// Why a new passphrase can't be used yet, or `None` when it can.
pub fn passphrase_problem(pass: &str, repeat: &str) -> Option<&'static str> {
    if pass.chars().count() < MIN_PASSPHRASE_CHARS {
        return Some("Use at least 8 characters. A few words you'll remember work well.");
    }
    if pass != repeat {
        return Some("The two passphrases are different. Type the same one twice.");
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn usage_reads_as_sizes_and_percent() {
        let u = usage(250_000, BUDGET_UNITS);
        assert_eq!(
            (u.percent, u.used.as_str(), u.budget.as_str(), u.nearly_full),
            (10, "500 KB", "5.0 MB", false)
        );
        assert_eq!(usage(0, BUDGET_UNITS).used, "1 KB");
        assert_eq!(usage(1, BUDGET_UNITS).percent, 1, "anything used shows");
        assert!(usage(2_000_000, BUDGET_UNITS).nearly_full);
    }

    #[test]
    fn passphrases_must_be_long_enough_and_typed_twice_alike() {
        assert!(passphrase_problem("short", "short").is_some());
        assert!(passphrase_problem("long enough", "long enougg").is_some());
        assert_eq!(passphrase_problem("long enough", "long enough"), None);
        assert_eq!(
            passphrase_problem("ünïcödé!", "ünïcödé!"),
            None,
            "counted in characters"
        );
    }
}
