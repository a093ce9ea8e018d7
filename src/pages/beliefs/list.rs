//! `/beliefs`: my new beliefs, the worksheets in progress, and the ones put away.

use super::{evidence_log, sheets};
use crate::domain::beliefs::{active, archived, new_beliefs, Worksheet, STEP_COUNT};
use crate::domain::evidence;
use crate::ui::page::Page;
use leptos::prelude::*;
use leptos_router::components::A;

#[derive(Clone, PartialEq)]
struct Row {
    id: String,
    title: String,
    done: usize,
    touched: String,
}

fn rows(list: Vec<&Worksheet>) -> Vec<Row> {
    evidence_log().with(|ev| {
        list.into_iter()
            .map(|w| Row {
                id: w.id.clone(),
                title: w.title(),
                done: w.done_count(evidence::count(ev, &w.id)),
                touched: w.last_touched().day().short(),
            })
            .collect()
    })
}

fn row_view(r: Row) -> impl IntoView {
    view! {
        <li>
            <A href=format!("/beliefs/{}", r.id)>{r.title}</A>
            <p class="hint">{format!("{} of {} steps done · last worked on {}", r.done, STEP_COUNT, r.touched)}</p>
        </li>
    }
}

#[component]
pub fn Beliefs() -> impl IntoView {
    let col = sheets();
    let mine = Memo::new(move |_| col.with(|v| new_beliefs(v)));
    let open = Memo::new(move |_| col.with(|v| rows(active(v))));
    let put_away = Memo::new(move |_| col.with(|v| rows(archived(v))));
    view! {
        <Page title="Beliefs" class="beliefs">
            <p>"A few deep beliefs keep distance in place. Here you can look at one closely, write a fairer one, and collect evidence for it over weeks and months."</p>
            <p><A href="/beliefs/new" attr:class="button primary">"Start a worksheet"</A></p>
            <Show when=move || !mine.with(Vec::is_empty)>
                <section aria-labelledby="new-beliefs-h">
                    <h2 id="new-beliefs-h">"My new beliefs"</h2>
                    <ul class="new-beliefs">
                        <For each=move || mine.get() key=|b| (b.worksheet.clone(), b.text.clone()) let:b>
                            <li>
                                <p class="new-belief">{b.text.clone()}</p>
                                <p class="hint">
                                    {b.strength.map(|s| format!("Last rated {s} %. "))}
                                    <A href=format!("/evidence/new?w={}", b.worksheet)>"Add evidence"</A>
                                    " · "
                                    <A href=format!("/beliefs/{}", b.worksheet)>"Open the worksheet"</A>
                                </p>
                            </li>
                        </For>
                    </ul>
                </section>
            </Show>
            <section aria-labelledby="worksheets-h">
                <h2 id="worksheets-h">"Worksheets"</h2>
                <Show when=move || !open.with(Vec::is_empty)
                    fallback=|| view! { <p class="hint">"No worksheets yet. Starting one takes a minute, and you can stop at any step."</p> }>
                    <ul class="worksheets">
                        {move || open.get().into_iter().map(row_view).collect_view()}
                    </ul>
                </Show>
            </section>
            <Show when=move || !put_away.with(Vec::is_empty)>
                <details class="archived">
                    <summary>{move || format!("Put away ({})", put_away.with(Vec::len))}</summary>
                    <ul class="worksheets">
                        {move || put_away.get().into_iter().map(row_view).collect_view()}
                    </ul>
                </details>
            </Show>
        </Page>
    }
}
