//! Today, kept for the next start: while Today is shown, each time the page is hidden (the
//! person switches away, locks the phone, closes the tab) its rendering is kept, so the
//! next start paints it before the app is ready (`public/paint.js`), and a tap on it
//! waits for the app.
//!
//! What is kept: the page as drawn (header, Today, tab bar), without notices, anything
//! folded away and the renderer's empty markers; the build that drew it; when; and until
//! when it reads the same (`domain::today::unchanged_until`). `store::paint`
//! keeps it only while the lock is off and removes it before any other write.

use crate::domain::reminders::Reminders;
use crate::domain::today::unchanged_until;
use crate::platform;
use crate::state;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// While the calling screen is shown, keeps its rendering whenever the page is hidden.
pub fn keep_while_shown() {
    let hidden = window_event_listener_untyped("visibilitychange", |_| {
        if document().hidden() {
            keep();
        }
    });
    let leaving = window_event_listener_untyped("pagehide", |_| keep());
    on_cleanup(move || {
        hidden.remove();
        leaving.remove();
    });
}

/// This build, as `paint.js` names it: its stylesheet and its start-up module (both named
/// by a hash of their contents). A rendering is painted only by the build that drew it.
fn build(doc: &web_sys::Document) -> Option<String> {
    let href = |selector: &str, attr: &str| {
        doc.query_selector(selector)
            .ok()
            .flatten()?
            .get_attribute(attr)
    };
    Some(format!(
        "{} {}",
        href("link[rel=stylesheet]", "href")?,
        href("script[type=module]", "src")?
    ))
}

fn keep() {
    let Some(value) = rendering() else { return };
    // Refused (the lock is on, or a bigger change is under way): nothing is kept.
    let _ = state::keep_paint(&value);
}

/// The page as drawn now, as `paint.js` reads it; `None` unless Today is what shows.
fn rendering() -> Option<String> {
    let doc = document();
    let app = doc.get_element_by_id("app")?;
    app.query_selector("main > .page.today").ok()??;
    let copy: web_sys::Element = app.clone_node_with_deep(true).ok()?.dyn_into().ok()?;
    // Notices say what just happened (saved, an update, a break that ended): not kept.
    while let Ok(Some(n)) = copy.query_selector(".notices > *, .break-banner") {
        n.remove();
    }
    // What is folded is drawn only once opened: kept folded and empty.
    while let Ok(Some(d)) = copy.query_selector("details:not([data-kept])") {
        let _ = d.remove_attribute("open");
        let _ = d.set_attribute("data-kept", "");
        while let Some(last) = d.last_element_child() {
            if last.tag_name().eq_ignore_ascii_case("summary") {
                break;
            }
            last.remove();
        }
    }
    while let Ok(Some(d)) = copy.query_selector("[data-kept]") {
        let _ = d.remove_attribute("data-kept");
    }
    let html = copy.inner_html().replace("<!---->", "");
    let build = build(&doc)?;
    let now = platform::now();
    let now_ms = platform::now_ms();
    let until = unchanged_until(now, &state::doc::<Reminders>().get_untracked());
    // `now` counts whole seconds: from the start of this second.
    let until_ms = (now_ms / 1000.0).floor() * 1000.0 + ((until.0 - now.0) * 1000) as f64;
    Some(
        serde_json::json!({
            "from": now_ms,
            "until": until_ms,
            "build": build,
            "html": html,
        })
        .to_string(),
    )
}
