//! The two-dimensional attachment map as plain data: where scores sit in the drawing,
//! the drawing itself as an SVG string, and the same picture said in words for people
//! who can't see it.

use super::attempt::Point;
use super::questionnaire::{closest, one_decimal, Scores, MIDPOINT};
use crate::base::html::esc;
use crate::content::guidance::Region;
use crate::content::instrument::{Reference, SCALE_MAX, SCALE_MIN};
use std::fmt::Write;

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

// ----- the drawing --------------------------------------------------------------------
// It never changes while it is shown, so it is built as one SVG string: far less wasm
// than a `view!` per shape.

const W: f64 = 320.0;
/// The label of the person's latest point on the map.
pub const YOU: &str = "you";
const H: f64 = 316.0;
const FRAME: Frame = Frame {
    left: 46.0,
    top: 12.0,
    size: 256.0,
};

fn region_class(r: Region) -> &'static str {
    match r {
        Region::Secure => "r-secure",
        Region::AnxiousPreoccupied => "r-anxious",
        Region::DismissiveAvoidant => "r-dismissive",
        Region::FearfulAvoidant => "r-fearful",
    }
}

/// The four areas as rectangles with their names in the outer corners, the midlines, the frame.
fn regions(s: &mut String) {
    let (l, t, size) = (FRAME.left, FRAME.top, FRAME.size);
    let mx = FRAME.x(MIDPOINT);
    let my = FRAME.y(MIDPOINT);
    for r in Region::ALL {
        let (x0, x1) = if r.high_anxiety() {
            (mx, l + size)
        } else {
            (l, mx)
        };
        let (y0, y1) = if r.high_avoidance() {
            (t, my)
        } else {
            (my, t + size)
        };
        let (tx, anchor) = if r.high_anxiety() {
            (x1 - 6.0, "end")
        } else {
            (x0 + 6.0, "start")
        };
        // Names go on two lines at the hyphen: 16-unit text (at least 12 px on a phone)
        // is too wide for a quarter of the map on one.
        let name = r.name();
        let lines: Vec<&str> = match name.find('-') {
            Some(i) => vec![&name[..=i], &name[i + 1..]],
            None => vec![name],
        };
        let first = if r.high_avoidance() {
            y0 + 20.0
        } else {
            y1 - 8.0 - 18.0 * (lines.len() - 1) as f64
        };
        let _ = write!(
            s,
            r#"<rect class="region {}" x="{x0}" y="{y0}" width="{}" height="{}"/><text class="region-name" x="{tx}" y="{first}" text-anchor="{anchor}">"#,
            region_class(r),
            x1 - x0,
            y1 - y0,
        );
        for (i, line) in lines.iter().enumerate() {
            let _ = write!(
                s,
                r#"<tspan x="{tx}" dy="{}">{line}</tspan>"#,
                if i == 0 { 0.0 } else { 18.0 }
            );
        }
        s.push_str("</text>");
    }
    let _ = write!(
        s,
        r#"<line class="midline" x1="{mx}" y1="{t}" x2="{mx}" y2="{}"/><line class="midline" x1="{l}" y1="{my}" x2="{}" y2="{my}"/><rect class="frame" x="{l}" y="{t}" width="{size}" height="{size}"/>"#,
        t + size,
        l + size
    );
}

fn axes(s: &mut String) {
    let bottom = FRAME.top + FRAME.size;
    s.push_str(r#"<g class="ticks">"#);
    for v in [1.0, 4.0, 7.0] {
        let _ = write!(
            s,
            r#"<text x="{}" y="{}" text-anchor="middle">{v:.0}</text>"#,
            FRAME.x(v),
            bottom + 20.0
        );
        let _ = write!(
            s,
            r#"<text x="{}" y="{}" text-anchor="end">{v:.0}</text>"#,
            FRAME.left - 6.0,
            FRAME.y(v) + 4.0
        );
    }
    let _ = write!(
        s,
        r#"</g><text class="axis-label" x="{}" y="{}" text-anchor="middle">Anxiety →</text><text class="axis-label" x="0" y="0" text-anchor="middle" transform="translate(14 {}) rotate(-90)">Avoidance →</text>"#,
        FRAME.left + FRAME.size / 2.0,
        H - 6.0,
        FRAME.top + FRAME.size / 2.0
    );
}

/// The whole figure as HTML: the SVG (named by `title`) and the caption in words. Every
/// piece of text in it (the title and the labels can hold a person's name) is escaped.
pub fn figure_html(
    title: &str,
    points: &[Point],
    labels: &[String],
    reference: Option<&Reference>,
) -> String {
    let label_of = |p: &Point| {
        points
            .iter()
            .position(|q| q.id == p.id)
            .and_then(|i| labels.get(i).cloned())
            .unwrap_or_default()
    };
    let summary = describe(points, reference, label_of);
    let mut s = format!(
        r#"<figure class="attachment-map"><figcaption class="chart-title">{}</figcaption><svg viewBox="0 0 {W} {H}" role="img" aria-label="{}">"#,
        esc(title),
        esc(title)
    );
    regions(&mut s);
    axes(&mut s);
    if let Some(r) = reference {
        let (x, y) = (FRAME.x(r.anxiety.mean), FRAME.y(r.avoidance.mean));
        let _ = write!(
            s,
            r#"<g class="mean"><path d="M{x:.1} {:.1} L{:.1} {y:.1} L{x:.1} {:.1} L{:.1} {y:.1} Z"/><text x="{:.1}" y="{:.1}">average</text></g>"#,
            y - 6.0,
            x + 6.0,
            y + 6.0,
            x - 6.0,
            x + 9.0,
            y + 4.0
        );
    }
    let coords: Vec<(f64, f64)> = points.iter().map(|p| FRAME.point(p.scores)).collect();
    if coords.len() > 1 {
        let path = coords
            .iter()
            .map(|(x, y)| format!("{x:.1},{y:.1}"))
            .collect::<Vec<_>>()
            .join(" ");
        let _ = write!(
            s,
            r#"<polyline class="trajectory" points="{path}" fill="none"/>"#
        );
    }
    for (i, (x, y)) in coords.iter().enumerate() {
        if i + 1 == coords.len() {
            // The person's own (latest) point is named on the drawing, as the average is;
            // near the right edge the word sits to its left.
            let (tx, anchor) = if *x > W - 60.0 {
                (x - 11.0, "end")
            } else {
                (x + 11.0, "start")
            };
            let _ = write!(
                s,
                r#"<circle class="point now" cx="{x:.1}" cy="{y:.1}" r="7"/><text class="point-label now-label" x="{tx:.1}" y="{:.1}" text-anchor="{anchor}">{YOU}</text>"#,
                y + 5.0
            );
        } else {
            let _ = write!(
                s,
                r#"<circle class="point earlier" cx="{x:.1}" cy="{y:.1}" r="4"/>"#
            );
            if let Some(l) = labels.get(i) {
                let _ = write!(
                    s,
                    r#"<text class="point-label" x="{:.1}" y="{:.1}">{}</text>"#,
                    x + 6.0,
                    y - 6.0,
                    esc(l)
                );
            }
        }
    }
    let _ = write!(
        s,
        r#"</svg><p class="chart-summary">{}</p></figure>"#,
        esc(&summary)
    );
    s
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
        assert!(
            text.ends_with("avoidance stayed about the same and anxiety stayed about the same."),
            "{text}"
        );
    }

    #[test]
    fn a_hostile_name_in_the_title_or_a_label_stays_text() {
        let name = r#"Sam"/><script>alert(1)</script><text x=""#;
        let title = format!("ECR-RS over time: {name}");
        let pts = [p("a", 2.0, 6.0), p("b", 3.0, 5.0)];
        let labels = [format!("3 Oct · {name}"), "3 Nov".to_string()];
        let html = figure_html(&title, &pts, &labels, None);
        assert!(!html.contains("<script"), "{html}");
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(html.contains(r#"aria-label="ECR-RS over time: Sam&quot;/&gt;"#));
        // The drawing's own elements only: one svg, one figure, one caption, no other text.
        assert_eq!(html.matches("<svg").count(), 1);
        assert_eq!(html.matches("<figcaption").count(), 1);
        assert_eq!(html.matches("<p class=\"chart-summary\">").count(), 1);
        // Ticks, axis and region names, the earlier point's date, and "you".
        assert_eq!(html.matches("<text").count(), 4 + 6 + 2 + 1 + 1);
        assert!(html.contains(r#"text-anchor="start">you</text>"#), "{html}");
        assert!(html.starts_with(r#"<figure class="attachment-map">"#));
        assert!(html.ends_with("</p></figure>"));
    }
}
