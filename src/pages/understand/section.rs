//! /understand/:section: one short piece of the chapter, with a next step into the app.

use crate::content::guidance::links;
use crate::content::understanding::{section, Block, Section as S, SECTIONS};
use crate::ui::page::Page;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

fn block(b: &'static Block) -> AnyView {
    match b {
        Block::Para(p) => view! { <p>{*p}</p> }.into_any(),
        Block::List { heading, items } => view! {
            {heading.map(|h| view! { <h2>{h}</h2> })}
            <ul>{items.iter().map(|i| view! { <li>{*i}</li> }).collect_view()}</ul>
        }
        .into_any(),
    }
}

fn next_step(s: &'static S) -> (&'static str, &'static str) {
    links(s.next).first().map(|l| (l.path, l.label)).unwrap_or(s.fallback)
}

#[component]
pub fn UnderstandSection() -> impl IntoView {
    let params = use_params_map();
    move || {
        let slug = params.read().get("section").unwrap_or_default();
        match section(&slug) {
            None => view! {
                <Page title="Nothing here" class="understand">
                    <p>"This part of the chapter doesn't exist."</p>
                    <p><A href="/understand">"Back to the chapter"</A></p>
                </Page>
            }
            .into_any(),
            Some(s) => {
                let i = SECTIONS.iter().position(|x| x.slug == s.slug).unwrap_or(0);
                let (path, label) = next_step(s);
                let prev = i.checked_sub(1).map(|p| &SECTIONS[p]);
                let next = SECTIONS.get(i + 1);
                view! {
                    <Page title=s.title class="understand">
                        {s.blocks.iter().map(block).collect_view()}
                        <p class="next-step"><A href=path attr:class="button primary">{label}</A></p>
                        <nav class="chapter-nav" aria-label="Chapter">
                            {prev.map(|p| view! { <A href=format!("/understand/{}", p.slug)>{format!("← {}", p.title)}</A> })}
                            <A href="/understand">"All four pieces"</A>
                            {next.map(|n| view! { <A href=format!("/understand/{}", n.slug)>{format!("{} →", n.title)}</A> })}
                        </nav>
                    </Page>
                }
                .into_any()
            }
        }
    }
}
