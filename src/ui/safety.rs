//! Safety, the same everywhere: where urgent help is (About & safety, Help now, the locked
//! screen), the one caveat where a practice asks for more closeness, and the line on a
//! conflict break for someone who feels afraid. Fixed text, built as HTML strings (small
//! in the wasm, see `ui::prose`); in-app links are plain `<a>`s the router follows.

use crate::base::html::esc;
use crate::content::safety::{
    AFRAID_LINE, AFRAID_LINK, CAVEAT, CRISIS_EMERGENCY, CRISIS_HEADING, CRISIS_LINES,
    CRISIS_LINES_SHORT, DIRECTORY_NOTE, HELPLINES_NAME, HELPLINES_URL, SAFETY_PATH, SAFETY_TITLE,
};
use crate::ui::prose::Html;
use leptos::prelude::*;

/// A link to the directory of helplines: opens in a new tab, sends no referrer.
pub fn directory_link(h: Html) -> Html {
    h.open(&format!(
        "a href=\"{}\" rel=\"noopener noreferrer\" target=\"_blank\"",
        esc(HELPLINES_URL)
    ))
    .text(HELPLINES_NAME)
    .close("a")
}

/// Where to get urgent help: the local emergency number and a directory of crisis lines.
/// `short` (Help now, the locked screen) keeps it to two lines so the tools stay in view.
#[component]
pub fn CrisisHelp(#[prop(optional)] short: bool) -> impl IntoView {
    let h = Html::new()
        .open("section class=\"crisis-help\" aria-labelledby=\"crisis-help\"")
        .el("h2 id=\"crisis-help\"", CRISIS_HEADING)
        .el("p", CRISIS_EMERGENCY)
        .open("p")
        .text(if short {
            CRISIS_LINES_SHORT
        } else {
            CRISIS_LINES
        })
        .text(" ");
    let h = directory_link(h);
    let h = if short {
        h.text(".")
    } else {
        h.text(" ").text(DIRECTORY_NOTE)
    };
    h.close("p").close("section").view("crisis")
}

/// The one caveat where a practice asks for more closeness, with the link to the page
/// for when a relationship isn't safe.
#[component]
pub fn SafetyCaveat() -> impl IntoView {
    Html::new()
        .open("p class=\"safety-caveat\"")
        .text(CAVEAT)
        .text(" ")
        .link(SAFETY_PATH, SAFETY_TITLE)
        .close("p")
        .view("caveat")
}

/// On a conflict break and its banner: going back is not owed to someone who frightens you.
#[component]
pub fn AfraidLine() -> impl IntoView {
    Html::new()
        .open("p class=\"afraid-line\"")
        .text(AFRAID_LINE)
        .text(" ")
        .link(SAFETY_PATH, AFRAID_LINK)
        .close("p")
        .view("afraid")
}
