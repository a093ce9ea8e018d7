//! The feelings wheel's layout and keyboard moves, as plain data: which wedges a depth
//! shows, where each sits (angles), and where a key press goes from a wedge.
//!
//! Keys: Left/Right go around a ring, Up goes outward (to the first word under this
//! one), Down goes inward (to the word this one belongs to), Home/End jump in the ring.

use crate::content::feelings::CORES;
use crate::domain::checkin::Depth;

#[derive(Clone, Debug, PartialEq)]
pub struct Wedge {
    pub word: &'static str,
    pub ring: u8,
    pub core: usize,
    pub spec: usize,
    /// Start and end angle in degrees, clockwise from the top.
    pub a0: f32,
    pub a1: f32,
}

/// Every wedge shown at a depth: the core ring, then specific, then nuanced words.
pub fn wedges(depth: Depth) -> Vec<Wedge> {
    let mut v = Vec::new();
    let core_span = 360.0 / 6.0;
    for (ci, c) in CORES.iter().enumerate() {
        let a = ci as f32 * core_span;
        v.push(Wedge {
            word: c.word,
            ring: 0,
            core: ci,
            spec: 0,
            a0: a,
            a1: a + core_span,
        });
    }
    if depth >= Depth::Specific {
        for (ci, c) in CORES.iter().enumerate() {
            for (si, s) in c.specific.iter().enumerate() {
                let a = ci as f32 * core_span + si as f32 * core_span / 6.0;
                v.push(Wedge {
                    word: s.word,
                    ring: 1,
                    core: ci,
                    spec: si,
                    a0: a,
                    a1: a + core_span / 6.0,
                });
            }
        }
    }
    if depth >= Depth::Nuance {
        for (ci, c) in CORES.iter().enumerate() {
            for (si, s) in c.specific.iter().enumerate() {
                for (ni, n) in s.nuances.iter().enumerate() {
                    let a = ci as f32 * core_span
                        + si as f32 * core_span / 6.0
                        + ni as f32 * core_span / 12.0;
                    v.push(Wedge {
                        word: n,
                        ring: 2,
                        core: ci,
                        spec: si,
                        a0: a,
                        a1: a + core_span / 12.0,
                    });
                }
            }
        }
    }
    v
}

/// Next index for a key press, or None when the key isn't the wheel's.
pub fn step(ws: &[Wedge], at: usize, key: &str) -> Option<usize> {
    let cur = ws.get(at)?;
    let ring: Vec<usize> =
        (0..ws.len()).filter(|&i| ws[i].ring == cur.ring).collect();
    let pos = ring.iter().position(|&i| i == at)?;
    let n = ring.len();
    Some(match key {
        "ArrowRight" => ring[(pos + 1) % n],
        "ArrowLeft" => ring[(pos + n - 1) % n],
        "Home" => ring[0],
        "End" => ring[n - 1],
        "ArrowUp" => (0..ws.len())
            .find(|&i| {
                ws[i].ring == cur.ring + 1
                    && ws[i].core == cur.core
                    && (cur.ring == 0 || ws[i].spec == cur.spec)
            })
            .unwrap_or(at),
        "ArrowDown" if cur.ring > 0 => (0..ws.len())
            .find(|&i| {
                ws[i].ring == cur.ring - 1
                    && ws[i].core == cur.core
                    && (ws[i].ring == 0 || ws[i].spec == cur.spec)
            })
            .unwrap_or(at),
        "ArrowDown" => at,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(ws: &[Wedge], word: &str) -> usize {
        ws.iter().position(|w| w.word == word).unwrap()
    }

    #[test]
    fn each_depth_shows_its_rings() {
        assert_eq!(wedges(Depth::Tone).len(), 6);
        assert_eq!(wedges(Depth::Specific).len(), 42);
        let all = wedges(Depth::Nuance);
        assert_eq!(all.len(), 114);
        // The rings tile the circle: each ring's angles sum to 360.
        for ring in 0..3 {
            let sum: f32 = all
                .iter()
                .filter(|w| w.ring == ring)
                .map(|w| w.a1 - w.a0)
                .sum();
            assert!((sum - 360.0).abs() < 0.01, "ring {ring}: {sum}");
        }
        // A nuance sits inside the angle of its specific word.
        let (n, s) = (&all[at(&all, "worried")], &all[at(&all, "anxious")]);
        assert!(n.a0 >= s.a0 && n.a1 <= s.a1);
    }

    #[test]
    fn arrows_move_around_out_and_in() {
        let ws = wedges(Depth::Nuance);
        let go = |from: &str, key: &str| {
            ws[step(&ws, at(&ws, from), key).unwrap()].word
        };
        assert_eq!(go("joyful", "ArrowRight"), "peaceful");
        assert_eq!(go("joyful", "ArrowLeft"), "angry", "wraps around");
        assert_eq!(go("peaceful", "ArrowUp"), "content");
        assert_eq!(go("content", "ArrowUp"), "satisfied");
        assert_eq!(go("satisfied", "ArrowRight"), "comfortable");
        assert_eq!(go("comfortable", "ArrowDown"), "content");
        assert_eq!(go("calm", "ArrowDown"), "peaceful");
        assert_eq!(
            go("joyful", "ArrowDown"),
            "joyful",
            "nothing inside the core ring"
        );
        assert_eq!(
            go("livid", "ArrowUp"),
            "livid",
            "nothing beyond the outer ring"
        );
        assert_eq!(go("sad", "End"), "angry");
        assert_eq!(go("lonely", "Home"), "happy");
        assert_eq!(step(&ws, 0, "a"), None);
        let two = wedges(Depth::Specific);
        assert_eq!(
            two[step(&two, at(&two, "calm"), "ArrowUp").unwrap()].word,
            "calm"
        );
    }
}
