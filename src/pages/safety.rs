//! `/safety`: when a relationship isn't safe. Signs that this is more than avoidance or an
//! ordinary argument, what that means for the practices and for couples therapy, how to
//! find local help, and how to use Closer more privately. Holds no personal data, so it
//! opens while the app is locked. "Leave this page" is one tap to a neutral screen.

use crate::content::safety::{
    Part, DIRECTORY_NOTE, FIND_HELP, FIND_HELP_LINES, LEAD, LEAVE_LABEL, NEUTRAL_PATH, PARTS,
    PRIVACY, PRIVACY_LINKS, SAFETY_TITLE,
};
use crate::ui::page::Page;
use crate::ui::prose::Html;
use crate::ui::safety::directory_link;
use leptos::prelude::*;

#[component]
pub fn SafetyPage() -> impl IntoView {
    view! {
        <Page title=SAFETY_TITLE class="safety-page">
            // Replaces this page in the tab's history: "back" won't bring it up again.
            <a href=NEUTRAL_PATH class="button quick-exit" prop:replace=true>{LEAVE_LABEL}</a>
            {text()}
        </Page>
    }
}

fn part(mut h: Html, p: &Part) -> Html {
    h = h
        .open(&format!("section aria-labelledby=\"{}\"", p.id))
        .el(&format!("h2 id=\"{}\"", p.id), p.heading);
    for para in p.paras {
        h = h.el("p", para);
    }
    if p.id == FIND_HELP.id {
        h = directory_link(h.open("p").text(FIND_HELP_LINES).text(" "))
            .text(" ")
            .text(DIRECTORY_NOTE)
            .close("p");
    }
    if !p.list.is_empty() {
        h = h.list("ul", p.list);
    }
    if p.id == PRIVACY.id {
        h = h.open("p class=\"safety-links\"");
        for (i, (href, words)) in PRIVACY_LINKS.iter().enumerate() {
            if i > 0 {
                h = h.text(" · ");
            }
            h = h.link(href, words);
        }
        h = h.close("p");
    }
    for para in p.after {
        h = h.el("p", para);
    }
    h.close("section")
}

/// The page's fixed text as one piece of HTML.
fn text() -> AnyView {
    let mut h = Html::new().el("p class=\"lead\"", LEAD);
    for p in PARTS {
        h = part(h, p);
    }
    h.view("safety-text")
}
