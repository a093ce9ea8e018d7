//! Short unique ids for entries: base-36 milliseconds plus random letters, so two tabs
//! (or two devices merged by a backup) never mint the same id.

/// `ms` is the creation time in milliseconds, `entropy` any random number.
pub fn new_id(ms: u64, entropy: u64) -> String {
    let mut s = base36(ms);
    s.push('-');
    let r = base36(entropy % 36u64.pow(4));
    for _ in r.len()..4 {
        s.push('0');
    }
    s.push_str(&r);
    s
}

fn base36(mut n: u64) -> String {
    const DIGITS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    if n == 0 {
        return "0".into();
    }
    let mut out = Vec::new();
    while n > 0 {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
    }
    out.reverse();
    String::from_utf8(out).expect("ascii")
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn ids_are_short_sortable_and_distinct() {
        let a = new_id(1_764_000_000_000, 7);
        let b = new_id(1_764_000_000_001, 7);
        assert_eq!(a.len(), 13);
        assert!(a < b);
        assert_ne!(new_id(5, 1), new_id(5, 2));
        assert_eq!(new_id(0, 0), "0-0000");
    }
}
