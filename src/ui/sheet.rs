//! Stylesheets that load with their feature. `index.html` names them with the
//! `disabled` attribute, so the first load doesn't fetch them (Trunk still hashes them and
//! the service worker keeps them for offline use); a feature's screen turns its sheet on.

use leptos::prelude::*;

/// Turns on the stylesheet `<link id=…>`: the browser fetches it once and applies it from
/// then on. Unknown ids are ignored (a bare `trunk build`, or a test page without it).
pub fn enable(id: &str) {
    if let Some(link) = document().get_element_by_id(id) {
        let _ = link.remove_attribute("disabled");
    }
}
