//! The two-dimensional attachment map: anxiety across, avoidance up, the four named
//! areas, the reference average, and a trajectory of dated points. The same picture is
//! given in words underneath (the words are the content; the drawing is a bonus).
//!
//! The drawing never changes while it is shown, so it is built as one SVG string
//! (see `ui::prose`): far less wasm than a `view!` per shape.

use crate::content::guidance::Region;
use crate::content::instrument::Reference;
use crate::domain::attachment_map::{describe, Frame};
use crate::domain::attempt::Point;
use crate::domain::questionnaire::MIDPOINT;
use crate::ui::prose::esc;
use leptos::prelude::*;
use std::fmt::Write;

const W: f64 = 320.0;
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

/// The whole figure as HTML: the SVG (named by `title`) and the caption in words.
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
    let coords: Vec<(f64, f64)> =
        points.iter().map(|p| FRAME.point(p.scores)).collect();
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
            let _ = write!(
                s,
                r#"<circle class="point now" cx="{x:.1}" cy="{y:.1}" r="7"/>"#
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

#[component]
pub fn AttachmentMap(
    /// Short title; also the drawing's accessible name.
    #[prop(into)]
    title: String,
    /// The points of one trajectory, oldest first; the last is drawn largest.
    points: Vec<Point>,
    /// A short label for each point (its date), same order as `points`.
    labels: Vec<String>,
    /// The reference sample's average, marked when known.
    reference: Option<Reference>,
) -> impl IntoView {
    let html = figure_html(&title, &points, &labels, reference.as_ref());
    view! { <div class="map-box" inner_html=html></div> }
}
