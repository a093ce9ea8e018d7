//! The feelings wheel's layout and keyboard moves, as plain data.
//!
//! The wheel opens one level at a time, so every word is a big target with readable
//! text on any phone: first the six core feelings; a core opened shows its six specific
//! words around it (the core itself in the middle); at the finest depth a specific word
//! opened shows its two finer words around it. Every word of the depth is still offered
//! in the plain list beside the wheel.
//!
//! Keys: Left/Right go around, Up goes outward (opening what's under the word), Down
//! goes inward (back towards the core feelings), Home/End jump around the ring, Escape
//! goes back one level.

use crate::content::feelings::CORES;
use crate::domain::checkin::Depth;

/// What the wheel shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum View {
    /// The six core feelings.
    #[default]
    Cores,
    /// One core feeling in the middle, its specific words around it.
    Core(usize),
    /// One specific word in the middle, its finer words around it (finest depth only).
    Specific(usize, usize),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Wedge {
    pub word: &'static str,
    /// 0 core, 1 specific, 2 finer word.
    pub ring: u8,
    pub core: usize,
    pub spec: usize,
    /// The word in the middle of an opened view (a full disc).
    pub centre: bool,
    /// Start and end angle in degrees, clockwise from the top.
    pub a0: f32,
    pub a1: f32,
}

impl Wedge {
    fn around(
        word: &'static str,
        ring: u8,
        (core, spec): (usize, usize),
        i: usize,
        n: usize,
    ) -> Wedge {
        let span = 360.0 / n as f32;
        // Two words split the circle into a top and a bottom half.
        let first = if n == 2 { -90.0 } else { 0.0 };
        Wedge {
            word,
            ring,
            core,
            spec,
            centre: false,
            a0: first + i as f32 * span,
            a1: first + (i + 1) as f32 * span,
        }
    }
}

/// Whether a wedge opens onto more words at this depth (otherwise a tap chooses it).
pub fn opens(depth: Depth, w: &Wedge) -> bool {
    !w.centre
        && match w.ring {
            0 => depth >= Depth::Specific,
            1 => depth >= Depth::Nuance,
            _ => false,
        }
}

/// The view that opening `w` leads to.
pub fn opened(w: &Wedge) -> View {
    match w.ring {
        0 => View::Core(w.core),
        _ => View::Specific(w.core, w.spec),
    }
}

/// The view one level in (towards the core feelings).
pub fn back(view: View) -> View {
    match view {
        View::Cores | View::Core(_) => View::Cores,
        View::Specific(c, _) => View::Core(c),
    }
}

/// The wedges a view shows: the middle word first (if any), then the ring around it.
/// A view the depth doesn't reach falls back to the one it does.
pub fn wedges(depth: Depth, view: View) -> Vec<Wedge> {
    let view = reachable(depth, view);
    match view {
        View::Cores => CORES
            .iter()
            .enumerate()
            .map(|(ci, c)| Wedge::around(c.word, 0, (ci, 0), ci, 6))
            .collect(),
        View::Core(ci) => {
            let c = &CORES[ci];
            let mut v = vec![centre(c.word, 0, ci, 0)];
            v.extend(
                c.specific
                    .iter()
                    .enumerate()
                    .map(|(si, s)| Wedge::around(s.word, 1, (ci, si), si, 6)),
            );
            v
        }
        View::Specific(ci, si) => {
            let s = &CORES[ci].specific[si];
            let mut v = vec![centre(s.word, 1, ci, si)];
            v.extend(
                s.nuances
                    .iter()
                    .enumerate()
                    .map(|(ni, n)| Wedge::around(n, 2, (ci, si), ni, 2)),
            );
            v
        }
    }
}

fn centre(word: &'static str, ring: u8, core: usize, spec: usize) -> Wedge {
    Wedge {
        word,
        ring,
        core,
        spec,
        centre: true,
        a0: 0.0,
        a1: 360.0,
    }
}

/// The deepest view at or above `view` that `depth` shows.
pub fn reachable(depth: Depth, view: View) -> View {
    match (depth, view) {
        (Depth::Tone, _) => View::Cores,
        (Depth::Specific, View::Specific(c, _)) => View::Core(c),
        (_, v) => v,
    }
}

/// Where a key press goes from the word `at` in `view`: the new view and the word that is
/// now active. None when the key isn't the wheel's.
pub fn step(depth: Depth, view: View, at: &str, key: &str) -> Option<(View, &'static str)> {
    let view = reachable(depth, view);
    let ws = wedges(depth, view);
    let i = ws.iter().position(|w| w.word == at).unwrap_or(0);
    let cur = &ws[i];
    let ring: Vec<usize> = (0..ws.len()).filter(|&j| !ws[j].centre).collect();
    let stay = Some((view, cur.word));
    let around = |d: isize| -> Option<(View, &'static str)> {
        if cur.centre {
            return stay;
        }
        let pos = ring.iter().position(|&j| j == i)? as isize;
        let n = ring.len() as isize;
        Some((view, ws[ring[(pos + d).rem_euclid(n) as usize]].word))
    };
    match key {
        "ArrowRight" => around(1),
        "ArrowLeft" => around(-1),
        "Home" => Some((view, ws[ring[0]].word)),
        "End" => Some((view, ws[*ring.last()?].word)),
        "ArrowUp" => {
            if cur.centre {
                Some((view, ws[ring[0]].word))
            } else if opens(depth, cur) {
                let next = opened(cur);
                Some((next, wedges(depth, next)[1].word))
            } else {
                stay
            }
        }
        "ArrowDown" | "Escape" => {
            if view == View::Cores {
                return stay;
            }
            if !cur.centre && key == "ArrowDown" {
                return Some((view, ws[0].word));
            }
            // From the middle word (or Escape anywhere): back one level, onto the word
            // that was in the middle.
            let word = ws[0].word;
            let prev = back(view);
            let in_prev = wedges(depth, prev);
            let target = in_prev
                .iter()
                .find(|w| w.word == word && !w.centre)
                .map(|w| w.word)
                .unwrap_or(in_prev[0].word);
            Some((prev, target))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_view_shows_a_few_big_wedges() {
        assert_eq!(wedges(Depth::Specific, View::Cores).len(), 6);
        let peaceful = wedges(Depth::Specific, View::Core(1));
        assert_eq!(peaceful.len(), 7);
        assert!(peaceful[0].centre && peaceful[0].word == "peaceful");
        assert_eq!(peaceful[1].word, "content");
        let content = wedges(Depth::Nuance, View::Specific(1, 0));
        let words: Vec<&str> = content.iter().map(|w| w.word).collect();
        assert_eq!(words, ["content", "satisfied", "comfortable"]);
        // Each ring tiles the circle.
        for (depth, view) in [
            (Depth::Specific, View::Cores),
            (Depth::Specific, View::Core(3)),
            (Depth::Nuance, View::Specific(5, 2)),
        ] {
            let sum: f32 = wedges(depth, view)
                .iter()
                .filter(|w| !w.centre)
                .map(|w| w.a1 - w.a0)
                .sum();
            assert!((sum - 360.0).abs() < 0.01, "{view:?}: {sum}");
        }
        // A depth that doesn't go so far shows the view it reaches.
        assert_eq!(
            wedges(Depth::Specific, View::Specific(1, 0)),
            wedges(Depth::Specific, View::Core(1))
        );
    }

    #[test]
    fn every_word_of_a_depth_can_be_reached() {
        let mut seen = std::collections::BTreeSet::new();
        let mut views = vec![View::Cores];
        while let Some(v) = views.pop() {
            for w in wedges(Depth::Nuance, v) {
                seen.insert(w.word);
                if opens(Depth::Nuance, &w) {
                    views.push(opened(&w));
                }
            }
        }
        assert_eq!(seen.len(), 6 + 36 + 72);
    }

    #[test]
    fn arrows_move_around_out_and_in() {
        let d = Depth::Nuance;
        let go = |v: View, from: &str, key: &str| step(d, v, from, key).unwrap();
        assert_eq!(
            go(View::Cores, "joyful", "ArrowRight"),
            (View::Cores, "peaceful")
        );
        assert_eq!(
            go(View::Cores, "joyful", "ArrowLeft"),
            (View::Cores, "angry"),
            "wraps"
        );
        assert_eq!(
            go(View::Cores, "peaceful", "ArrowUp"),
            (View::Core(1), "content")
        );
        assert_eq!(
            go(View::Core(1), "content", "ArrowUp"),
            (View::Specific(1, 0), "satisfied")
        );
        assert_eq!(
            go(View::Specific(1, 0), "satisfied", "ArrowRight"),
            (View::Specific(1, 0), "comfortable")
        );
        assert_eq!(
            go(View::Specific(1, 0), "comfortable", "ArrowDown"),
            (View::Specific(1, 0), "content"),
            "to the word in the middle"
        );
        assert_eq!(
            go(View::Specific(1, 0), "content", "ArrowDown"),
            (View::Core(1), "content")
        );
        assert_eq!(
            go(View::Core(1), "calm", "ArrowDown"),
            (View::Core(1), "peaceful")
        );
        assert_eq!(
            go(View::Core(1), "peaceful", "ArrowDown"),
            (View::Cores, "peaceful")
        );
        assert_eq!(
            go(View::Core(1), "calm", "Escape"),
            (View::Cores, "peaceful")
        );
        assert_eq!(
            go(View::Cores, "joyful", "ArrowDown"),
            (View::Cores, "joyful")
        );
        assert_eq!(
            go(View::Core(1), "peaceful", "ArrowUp"),
            (View::Core(1), "content")
        );
        assert_eq!(
            go(View::Core(3), "lonely", "Home").1,
            CORES[3].specific[0].word
        );
        assert_eq!(go(View::Cores, "sad", "End").1, "angry");
        assert_eq!(
            go(View::Specific(1, 0), "satisfied", "ArrowUp"),
            (View::Specific(1, 0), "satisfied"),
            "nothing beyond the finer words"
        );
        assert_eq!(step(d, View::Cores, "joyful", "a"), None);
        // One depth less: a specific word is as far as it goes.
        assert_eq!(
            step(Depth::Specific, View::Core(1), "calm", "ArrowUp").unwrap(),
            (View::Core(1), "calm")
        );
    }
}
