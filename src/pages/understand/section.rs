//! /understand/:section: one short piece of the chapter, with a next step into the app.
//! The piece is fixed text, so it is built as one HTML string (see `ui::prose`).

use crate::content::guidance::links;
use crate::content::understanding::{section, Block, Section as S, SECTIONS};
use crate::ui::page::Page;
use crate::ui::prose::Html;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

fn next_step(s: &'static S) -> (&'static str, &'static str) {
    links(s.next)
        .first()
        .map(|l| (l.path, l.label))
        .unwrap_or(s.fallback)
}

/// The section's text, its next step and the chapter links, as HTML.
fn body(s: &'static S) -> Html {
    let mut h = Html::new();
    for b in s.blocks {
        h = match b {
            Block::Para(p) => h.el("p", p),
            Block::List { heading, items } => {
                let h = match heading {
                    Some(t) => h.el("h2", t),
                    None => h,
                };
                h.list("ul", items)
            }
        };
    }
    let (path, label) = next_step(s);
    // The piece for later stands apart from the four: no previous or next.
    let i = SECTIONS.iter().position(|x| x.slug == s.slug);
    // The next step is a button-styled link.
    h = h.open("p class=\"next-step\"");
    h = h
        .open(&format!("a class=\"button primary\" href=\"{path}\""))
        .text(label)
        .close("a")
        .close("p");
    h = h.open("nav class=\"chapter-nav\" aria-label=\"Chapter\"");
    if let Some(p) = i.and_then(|i| i.checked_sub(1)).map(|p| &SECTIONS[p]) {
        h = h.link(
            &format!("/understand/{}", p.slug),
            &format!("← {}", p.title),
        );
    }
    h = h.link("/understand", "All four pieces");
    if let Some(n) = i.and_then(|i| SECTIONS.get(i + 1)) {
        h = h.link(
            &format!("/understand/{}", n.slug),
            &format!("{} →", n.title),
        );
    }
    h.close("nav")
}

#[component]
pub fn UnderstandSection() -> impl IntoView {
    let params = use_params_map();
    move || {
        let slug = params.read().get("section").unwrap_or_default();
        match section(&slug) {
            None => view! {
                <Page title="Nothing here" class="understand">
                    {Html::new().el("p", "This part of the chapter doesn't exist.").open("p").link("/understand", "Back to the chapter").close("p").view("prose")}
                </Page>
            }
            .into_any(),
            Some(s) => view! {
                <Page title=s.title class="understand">
                    {body(s).view("prose")}
                </Page>
            }
            .into_any(),
        }
    }
}
