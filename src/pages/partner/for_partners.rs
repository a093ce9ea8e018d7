//! `/partner/for-partners`: a page to show or hand to a partner. Prints cleanly: the app's
//! header, tabs and buttons are left off the paper.

use crate::content::partner::{
    FOR_PARTNERS_INTRO, NOT_THIS, PARTNER_DO, PARTNER_DONT, PARTNER_RECONSIDER,
};
use crate::content::safety::{SAFETY_PATH, SAFETY_TITLE};
use crate::ui::page::Page;
use crate::ui::prose::Html;
use leptos::prelude::*;

#[component]
pub fn ForPartners() -> impl IntoView {
    let print = move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    view! {
        <Page title="A page for your partner" class="partner for-partners">
            {text()}
            <p class="no-print"><button type="button" class="primary" on:click=print>"Print this page"</button></p>
        </Page>
    }
}

fn text() -> AnyView {
    Html::new()
        .el("p class=\"lead\"", FOR_PARTNERS_INTRO)
        .open("div class=\"do-dont\"")
        .open("section aria-labelledby=\"fp-do\"")
        .el("h2 id=\"fp-do\"", "What helps")
        .list("ul", PARTNER_DO)
        .close("section")
        .open("section aria-labelledby=\"fp-dont\"")
        .el("h2 id=\"fp-dont\"", "What to avoid")
        .list("ul", PARTNER_DONT)
        .close("section")
        .close("div")
        .el("h2", "When to think again")
        .el("p", PARTNER_RECONSIDER)
        .open("p")
        .text(NOT_THIS)
        .text(" ")
        .link(SAFETY_PATH, SAFETY_TITLE)
        .close("p")
        .el(
            "p class=\"print-note\"",
            "From Closer, a private self-help app. It's not therapy.",
        )
        .view("for-partners-text")
}
