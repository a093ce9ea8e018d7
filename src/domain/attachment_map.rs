//! The two-dimensional attachment map as plain data: where scores sit in the drawing,
//! and the same picture said in words for people who can't see it.

use super::attempt::Point;
use super::questionnaire::{closest, one_decimal, Scores};
use crate::content::instrument::{Reference, SCALE_MAX, SCALE_MIN};

/// The drawing's square: scores 1–7 map onto `[origin, origin + size]` in SVG units,
/// anxiety left to right, avoidance bottom to top.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Frame {
    pub left: f64,
    pub top: f64,
    pub size: f64,
}

impl Frame {
    fn unit(&self, score: f64) -> f64 {
        let lo = SCALE_MIN as f64;
        let hi = SCALE_MAX as f64;
        (score.clamp(lo, hi) - lo) / (hi - lo)
    }
    pub fn x(&self, anxiety: f64) -> f64 {
        self.left + self.unit(anxiety) * self.size
    }
    pub fn y(&self, avoidance: f64) -> f64 {
        self.top + (1.0 - self.unit(avoidance)) * self.size
    }
    pub fn point(&self, s: Scores) -> (f64, f64) {
        (self.x(s.anxiety), self.y(s.avoidance))
    }
}

/// "anxiety 2.2, avoidance 5.6"
pub fn pair(s: Scores) -> String {
    format!(
        "anxiety {}, avoidance {}",
        one_decimal(s.anxiety),
        one_decimal(s.avoidance)
    )
}

fn change(label: &str, from: f64, to: f64) -> String {
    let d = (to * 10.0).round() / 10.0 - (from * 10.0).round() / 10.0;
    if d.abs() < 0.05 {
        format!("{label} stayed about the same")
    } else if d < 0.0 {
        format!("{label} went down by {}", one_decimal(-d))
    } else {
        format!("{label} went up by {}", one_decimal(d))
    }
}

/// The map in words: the latest point and its area, the reference average, and how the
/// trajectory moved. `points` are oldest first; `date` names a point's day.
pub fn describe(
    points: &[Point],
    reference: Option<&Reference>,
    date: impl Fn(&Point) -> String,
) -> String {
    let mut out = String::new();
    let Some(last) = points.last() else {
        return "The map is empty: no completed attempt yet.".into();
    };
    out.push_str(&format!(
        "On {}, your answers placed you at {}, {}.",
        date(last),
        pair(last.scores),
        closest(last.scores).words()
    ));
    if let Some(r) = reference {
        out.push_str(&format!(
            " The diamond marks the average of {}: anxiety {}, avoidance {}.",
            r.source,
            one_decimal(r.anxiety.mean),
            one_decimal(r.avoidance.mean)
        ));
    }
    if points.len() > 1 {
        let first = &points[0];
        let earlier: Vec<String> = points[..points.len() - 1]
            .iter()
            .map(|p| format!("{}: {}", date(p), pair(p.scores)))
            .collect();
        out.push_str(&format!(
            " Earlier points, oldest first: {}. Since {}, {} and {}.",
            earlier.join("; "),
            date(first),
            change("avoidance", first.scores.avoidance, last.scores.avoidance),
            change("anxiety", first.scores.anxiety, last.scores.anxiety),
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::base::time::LocalTime;
    use crate::content::ecr_r::ECR_R;

    fn p(id: &str, anxiety: f64, avoidance: f64) -> Point {
        Point {
            id: id.into(),
            t: LocalTime(0),
            scores: Scores { anxiety, avoidance },
        }
    }

    #[test]
    fn frame_puts_low_avoidance_at_the_bottom() {
        let f = Frame {
            left: 40.0,
            top: 10.0,
            size: 240.0,
        };
        assert_eq!(
            f.point(Scores {
                anxiety: 1.0,
                avoidance: 1.0
            }),
            (40.0, 250.0)
        );
        assert_eq!(
            f.point(Scores {
                anxiety: 7.0,
                avoidance: 7.0
            }),
            (280.0, 10.0)
        );
        assert_eq!(
            f.point(Scores {
                anxiety: 4.0,
                avoidance: 4.0
            }),
            (160.0, 130.0)
        );
        assert_eq!(f.x(9.0), 280.0, "outside the scale is clamped to the edge");
    }

    #[test]
    fn description_names_point_area_average_and_movement() {
        let pts = [p("a", 2.0, 6.0), p("b", 2.16, 5.04)];
        let names = |pt: &Point| {
            if pt.id == "a" {
                "3 Oct 2026".to_string()
            } else {
                "3 Nov 2026".to_string()
            }
        };
        let text = describe(&pts, ECR_R.reference.as_ref(), names);
        assert_eq!(
            text,
            "On 3 Nov 2026, your answers placed you at anxiety 2.2, avoidance 5.0, closest to dismissive-avoidant. \
The diamond marks the average of a large online sample gathered by the questionnaire's first author, \
R. C. Fraley (figures reported second-hand): anxiety 3.6, avoidance 2.9. Earlier points, oldest first: \
3 Oct 2026: anxiety 2.0, avoidance 6.0. Since 3 Oct 2026, avoidance went down by 1.0 and anxiety went up by 0.2."
        );
        let one = describe(&pts[..1], None, |_| "today".into());
        assert_eq!(one, "On today, your answers placed you at anxiety 2.0, avoidance 6.0, closest to dismissive-avoidant.");
        assert!(describe(&[], None, |_| String::new()).contains("empty"));
    }

    #[test]
    fn tiny_changes_read_as_the_same() {
        let pts = [p("a", 3.01, 4.52), p("b", 3.04, 4.48)];
        let text = describe(&pts, None, |_| "d".into());
        assert!(text.ends_with("avoidance stayed about the same and anxiety stayed about the same."), "{text}");
    }
}
