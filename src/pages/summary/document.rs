//! Lays out a summary ([`Report`]) as a printable document: its heading, what the
//! figures are and are not, then one section per part (each begins a new printed page).

use crate::content::instrument::Reference;
use crate::domain::summary::report::{Block, ChartKind, Report, Section};
use crate::domain::summary::Paper;
use crate::ui::attachment_map::AttachmentMap;
use crate::ui::chart::{BarChart, LineChart, Series};
use leptos::html;
use leptos::prelude::*;

#[component]
pub fn Document(
    report: Report,
    /// The paper it's laid out for (a named page in the print styles).
    #[prop(into)]
    paper: Signal<Paper>,
    /// The document's title, focused when it appears.
    title_ref: NodeRef<html::H2>,
) -> impl IntoView {
    let Report {
        title,
        range,
        made,
        about,
        sections,
    } = report;
    view! {
        <article class=move || format!("summary-doc {}", paper.get().key()) aria-labelledby="doc-title">
            <header class="doc-head">
                <h2 id="doc-title" tabindex="-1" node_ref=title_ref>{title}</h2>
                <p class="doc-range">{range}</p>
                <p class="doc-made">{made}</p>
            </header>
            <section class="doc-about" aria-labelledby="doc-about-h">
                <h3 id="doc-about-h">"What these figures are"</h3>
                <ul>{about.into_iter().map(|a| view! { <li>{a}</li> }).collect_view()}</ul>
            </section>
            {sections.into_iter().map(|s| view! { <Part section=s/> }).collect_view()}
        </article>
    }
}

#[component]
fn Part(section: Section) -> impl IntoView {
    let id = format!("part-{}", section.key);
    let labelled = id.clone();
    view! {
        <section class=format!("part part-{}", section.key) aria-labelledby=labelled>
            <h3 id=id>{section.title}</h3>
            {section.blocks.into_iter().map(|b| block(b, false)).collect_view()}
        </section>
    }
}

/// One block of a section. `alone`: shown outside the document (the preview of the
/// person's words), where a sub-heading sits right under the page's heading.
pub fn block(b: Block, alone: bool) -> AnyView {
    match b {
        Block::Heading(h) if alone => view! { <h2 class="sub">{h}</h2> }.into_any(),
        Block::Heading(h) => view! { <h4>{h}</h4> }.into_any(),
        Block::Facts(pairs) => view! {
            <dl class="facts">
                {pairs.into_iter().map(|(l, v)| view! { <div><dt>{l}</dt><dd>{v}</dd></div> }).collect_view()}
            </dl>
        }
        .into_any(),
        Block::Table(t) => {
            let mut rows = t.rows.into_iter();
            view! {
                <table class="figures">
                    <caption>{t.caption}</caption>
                    <thead><tr>{t.head.into_iter().map(|h| view! { <th scope="col">{h}</th> }).collect_view()}</tr></thead>
                    <tbody>
                        {rows.by_ref().map(|r| {
                            let mut cells = r.into_iter();
                            let first = cells.next().unwrap_or_default();
                            view! {
                                <tr>
                                    <th scope="row">{first}</th>
                                    {cells.map(|c| view! { <td>{c}</td> }).collect_view()}
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            }
            .into_any()
        }
        Block::Chart(c) => match c.kind {
            ChartKind::Line => view! {
                <LineChart title=c.title labels=c.labels y_max=c.y_max summary=c.summary
                    series=c.series.into_iter().map(|(name, values)| Series { name, values }).collect()/>
            }
            .into_any(),
            ChartKind::Bar => {
                let values = c
                    .series
                    .into_iter()
                    .next()
                    .map(|(_, v)| v.into_iter().map(|x| x.unwrap_or(0.0)).collect())
                    .unwrap_or_default();
                view! { <BarChart title=c.title labels=c.labels values=values summary=c.summary/> }
                    .into_any()
            }
        },
        Block::Map(m) => {
            let reference: Option<Reference> =
                m.q.instrument().and_then(|i| i.reference);
            view! { <AttachmentMap title=m.title points=m.points labels=m.labels reference=reference/> }
                .into_any()
        }
        Block::Note(n) => view! { <p class="note">{n}</p> }.into_any(),
        Block::Quote(q) => {
            let meta = if q.what.is_empty() {
                q.day
            } else {
                format!("{} · {}", q.day, q.what)
            };
            view! {
                <figure class="own-words">
                    <figcaption>{meta}</figcaption>
                    <blockquote><p>{q.text}</p></blockquote>
                </figure>
            }
            .into_any()
        }
    }
}
