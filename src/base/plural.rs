//! Counts in words: "1 day", "2 days", "no days". Every count the app shows goes through
//! here, so none reads "1 days".

/// Any whole number the app counts with.
pub trait Number: Copy + std::fmt::Display {
    fn is_one(self) -> bool;
}

macro_rules! number {
    ($($t:ty),*) => { $(impl Number for $t { fn is_one(self) -> bool { self == 1 } })* };
}
number!(u8, u16, u32, u64, usize, i32, i64);

/// The word for `n` things: `one` for exactly one, `many` otherwise (zero included).
pub fn noun<'a>(n: impl Number, one: &'a str, many: &'a str) -> &'a str {
    if n.is_one() {
        one
    } else {
        many
    }
}

/// The number and its word: `count(1, "day", "days")` is "1 day", `count(3, ...)` "3 days".
pub fn count(n: impl Number, one: &str, many: &str) -> String {
    format!("{n} {}", noun(n, one, many))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_is_singular_and_everything_else_plural() {
        assert_eq!(count(1u32, "day", "days"), "1 day");
        assert_eq!(count(0u32, "day", "days"), "0 days");
        assert_eq!(count(2usize, "check-in", "check-ins"), "2 check-ins");
        assert_eq!(count(-1i32, "point", "points"), "-1 points");
        assert_eq!(
            count(21u8, "piece of evidence", "pieces of evidence"),
            "21 pieces of evidence"
        );
        assert_eq!(noun(1u64, "time", "times"), "time");
        assert_eq!(noun(11u16, "time", "times"), "times");
    }
}
