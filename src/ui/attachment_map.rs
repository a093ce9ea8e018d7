//! The two-dimensional attachment map: anxiety across, avoidance up, the four named
//! areas, the reference average, and a trajectory of dated points. The same picture is
//! given in words underneath (the words are the content; the drawing is a bonus).

use crate::content::instrument::Reference;
use crate::domain::attachment_map::{describe, Frame};
use crate::domain::attempt::Point;
use crate::domain::questionnaire::{Region, MIDPOINT};
use leptos::prelude::*;

const W: f64 = 320.0;
const H: f64 = 300.0;
const FRAME: Frame = Frame { left: 46.0, top: 12.0, size: 256.0 };

fn region_class(r: Region) -> &'static str {
    match r {
        Region::Secure => "r-secure",
        Region::AnxiousPreoccupied => "r-anxious",
        Region::DismissiveAvoidant => "r-dismissive",
        Region::FearfulAvoidant => "r-fearful",
    }
}

/// The four areas as rectangles with their names in the outer corners.
fn regions() -> impl IntoView {
    let (l, t, s) = (FRAME.left, FRAME.top, FRAME.size);
    let mx = FRAME.x(MIDPOINT);
    let my = FRAME.y(MIDPOINT);
    let area = |r: Region| {
        let (x0, x1) = if r.high_anxiety() { (mx, l + s) } else { (l, mx) };
        let (y0, y1) = if r.high_avoidance() { (t, my) } else { (my, t + s) };
        let (tx, anchor) = if r.high_anxiety() { (x1 - 6.0, "end") } else { (x0 + 6.0, "start") };
        let ty = if r.high_avoidance() { y0 + 16.0 } else { y1 - 8.0 };
        view! {
            <rect class=format!("region {}", region_class(r)) x=x0 y=y0 width=x1 - x0 height=y1 - y0/>
            <text class="region-name" x=tx y=ty text-anchor=anchor>{r.name()}</text>
        }
    };
    view! {
        <g>{Region::ALL.into_iter().map(area).collect_view()}</g>
        <line class="midline" x1=mx y1=t x2=mx y2=t + s/>
        <line class="midline" x1=l y1=my x2=l + s y2=my/>
        <rect class="frame" x=l y=t width=s height=s/>
    }
}

fn axes() -> impl IntoView {
    let ticks = [1.0, 4.0, 7.0];
    let bottom = FRAME.top + FRAME.size;
    view! {
        <g class="ticks">
            {ticks.map(|v| view! { <text x=FRAME.x(v) y=bottom + 14.0 text-anchor="middle">{format!("{v:.0}")}</text> }).collect_view()}
            {ticks.map(|v| view! { <text x=FRAME.left - 6.0 y=FRAME.y(v) + 4.0 text-anchor="end">{format!("{v:.0}")}</text> }).collect_view()}
        </g>
        <text class="axis-label" x=FRAME.left + FRAME.size / 2.0 y=H - 4.0 text-anchor="middle">"Anxiety →"</text>
        <text class="axis-label" x="0" y="0" text-anchor="middle"
            transform=format!("translate(14 {}) rotate(-90)", FRAME.top + FRAME.size / 2.0)>"Avoidance →"</text>
    }
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
    let label_of = {
        let pts = points.clone();
        let labels = labels.clone();
        move |p: &Point| pts.iter().position(|q| q.id == p.id).and_then(|i| labels.get(i).cloned()).unwrap_or_default()
    };
    let summary = describe(&points, reference.as_ref(), label_of);
    let coords: Vec<(f64, f64)> = points.iter().map(|p| FRAME.point(p.scores)).collect();
    let path = coords.iter().map(|(x, y)| format!("{x:.1},{y:.1}")).collect::<Vec<_>>().join(" ");
    let n = coords.len();
    let dots = coords
        .iter()
        .enumerate()
        .map(|(i, (x, y))| {
            let last = i + 1 == n;
            let label = (!last).then(|| labels.get(i).cloned()).flatten();
            view! {
                <circle class=if last { "point now" } else { "point earlier" } cx=*x cy=*y r=if last { "7" } else { "4" }/>
                {label.map(|l| view! { <text class="point-label" x=*x + 6.0 y=*y - 6.0>{l}</text> })}
            }
        })
        .collect_view();
    let mean = reference.map(|r| {
        let (x, y) = (FRAME.x(r.anxiety.mean), FRAME.y(r.avoidance.mean));
        view! {
            <g class="mean">
                <path d=format!("M{x:.1} {:.1} L{:.1} {y:.1} L{x:.1} {:.1} L{:.1} {y:.1} Z", y - 6.0, x + 6.0, y + 6.0, x - 6.0)/>
                <text x=x + 9.0 y=y + 4.0>"average"</text>
            </g>
        }
    });
    view! {
        <figure class="attachment-map">
            <svg viewBox=format!("0 0 {W} {H}") role="img" aria-label=title.clone()>
                {regions()}
                {axes()}
                {mean}
                {(n > 1).then(|| view! { <polyline class="trajectory" points=path fill="none"/> })}
                {dots}
            </svg>
            <figcaption><strong>{title}</strong>" "{summary}</figcaption>
        </figure>
    }
}
