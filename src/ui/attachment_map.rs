//! The two-dimensional attachment map: anxiety across, avoidance up, the four named
//! areas, the reference average, and a trajectory of dated points. The same picture is
//! given in words underneath (the words are the content; the drawing is a bonus).
//!
//! The drawing never changes while it is shown, so it is built as one SVG string
//! (see `ui::prose`): far less wasm than a `view!` per shape.

use crate::content::instrument::Reference;
use crate::domain::attachment_map::figure_html;
use crate::domain::attempt::Point;
use leptos::prelude::*;

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
