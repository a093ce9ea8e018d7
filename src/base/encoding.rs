//! Bytes as text: base64 for backup files (plain ASCII, readable anywhere) and a dense
//! 15-bits-per-character form for values in `localStorage`, which counts UTF-16 units.

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Standard base64 with padding.
pub fn base64(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = (chunk[0] as u32) << 16
            | (*chunk.get(1).unwrap_or(&0) as u32) << 8
            | *chunk.get(2).unwrap_or(&0) as u32;
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(B64[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// Strict base64 decoding: `None` for anything that `base64` would not have written.
pub fn unbase64(text: &str) -> Option<Vec<u8>> {
    let t = text.as_bytes();
    if !t.len().is_multiple_of(4) {
        return None;
    }
    let val = |c: u8| B64.iter().position(|&b| b == c).map(|p| p as u32);
    let mut out = Vec::with_capacity(t.len() / 4 * 3);
    for (ci, chunk) in t.chunks(4).enumerate() {
        let last = ci == t.len() / 4 - 1;
        let pad = chunk.iter().rev().take_while(|&&c| c == b'=').count();
        if pad > 2 || (pad > 0 && !last) {
            return None;
        }
        let mut n = 0u32;
        for (i, &c) in chunk.iter().enumerate() {
            let v = if i >= 4 - pad { 0 } else { val(c)? };
            n |= v << (18 - 6 * i);
        }
        let bytes = [(n >> 16) as u8, (n >> 8) as u8, n as u8];
        out.extend_from_slice(&bytes[..3 - pad]);
    }
    Some(out)
}

/// First code point used by [`pack15`]: below it are control characters and space.
const BASE: u32 = 0x20;

/// Packs bytes 15 bits to a character (all below the surrogate range, so every one is a
/// single UTF-16 unit). The first character says how many bits of the last one are padding.
pub fn pack15(bytes: &[u8]) -> String {
    let bits = bytes.len() * 8;
    let chars = bits.div_ceil(15);
    let pad = chars * 15 - bits;
    let mut out = String::with_capacity(chars * 3 + 1);
    out.push(char::from_u32(BASE + pad as u32).expect("small"));
    let (mut acc, mut n) = (0u32, 0u32);
    for &b in bytes {
        acc = acc << 8 | b as u32;
        n += 8;
        if n >= 15 {
            n -= 15;
            out.push(char::from_u32(BASE + (acc >> n & 0x7fff)).expect("below surrogates"));
            acc &= (1 << n) - 1;
        }
    }
    if n > 0 {
        out.push(char::from_u32(BASE + (acc << (15 - n) & 0x7fff)).expect("below surrogates"));
    }
    out
}

pub fn unpack15(text: &str) -> Option<Vec<u8>> {
    let mut it = text.chars();
    let pad = (it.next()? as u32).checked_sub(BASE)? as usize;
    if pad >= 15 {
        return None;
    }
    let chars = text.chars().count() - 1;
    let bits = (chars * 15).checked_sub(pad)?;
    if bits % 8 != 0 {
        return None;
    }
    let mut out = Vec::with_capacity(bits / 8);
    let (mut acc, mut n) = (0u32, 0u32);
    for c in it {
        let v = (c as u32).checked_sub(BASE)?;
        if v > 0x7fff {
            return None;
        }
        acc = acc << 15 | v;
        n += 15;
        while n >= 8 && out.len() < bits / 8 {
            n -= 8;
            out.push((acc >> n) as u8);
            acc &= (1 << n) - 1;
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_known_values_and_round_trips() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64(b"foobar"), "Zm9vYmFy");
        for len in 0..40 {
            let v: Vec<u8> = (0..len).map(|i| (i * 37 + 11) as u8).collect();
            assert_eq!(unbase64(&base64(&v)).unwrap(), v);
        }
        assert_eq!(unbase64("Zg="), None);
        assert_eq!(unbase64("Z==="), None);
        assert_eq!(unbase64("Zg==Zg=="), None);
        assert_eq!(unbase64("Zm9*"), None);
    }

    #[test]
    fn pack15_round_trips_every_length_and_stays_one_unit_per_char() {
        for len in 0usize..70 {
            let v: Vec<u8> = (0..len).map(|i| (i * 151 + 7) as u8 ^ 0xff).collect();
            let packed = pack15(&v);
            assert_eq!(packed.encode_utf16().count(), packed.chars().count());
            assert_eq!(packed.chars().count(), 1 + (len * 8).div_ceil(15));
            assert_eq!(unpack15(&packed).unwrap(), v, "length {len}");
        }
        assert_eq!(unpack15(""), None);
        assert_eq!(unpack15("\u{1}"), None);
    }
}
