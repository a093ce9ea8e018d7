//! `/wins`: every win, newest first, searchable.

use crate::base::plural::{count, noun};
use crate::domain::wins::{self, Win};
use crate::state;
use crate::ui::page::Page;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn WinsList() -> impl IntoView {
    let all = state::collection::<Win>();
    let query = RwSignal::new(String::new());
    let found = Memo::new(move |_| {
        let q = query.get();
        all.with(|v| wins::search(v, &q).into_iter().cloned().collect::<Vec<_>>())
    });
    let status = move || {
        let n = found.with(Vec::len);
        let total = all.with(Vec::len);
        let q = query.get();
        if total == 0 {
            "No wins yet. When a practice goes well you can keep it here in one tap, or add one yourself.".to_string()
        } else if q.trim().is_empty() {
            format!("{} kept.", count(total, "win", "wins"))
        } else if n == 0 {
            format!("No wins match “{}”.", q.trim())
        } else {
            format!(
                "{} {}.",
                count(n, "win", "wins"),
                noun(n, "matches", "match")
            )
        }
    };
    view! {
        <Page title="Wins journal" class="wins">
            <p class="lead">
                "Times you let someone in and it led to connection. Each one is evidence that \
                 being open can be safe, worth rereading on harder days."
            </p>
            <A href="/wins/new" attr:class="button primary">"Add a win"</A>
            <div role="search" class="win-search">
                <label for="win-search">"Search your wins"</label>
                <input id="win-search" type="search" autocomplete="off"
                    prop:value=move || query.get()
                    on:input:target=move |ev| query.set(ev.target().value())/>
            </div>
            <p role="status" class="hint">{status}</p>
            <ul class="win-list">
                <For each=move || found.get() key=|w| (w.id.clone(), w.at, w.risked.clone(), w.response.clone(), w.showed.clone()) let:w>
                    <li class="card">
                        <h2><A href=format!("/wins/{}", w.id)>{w.risked.clone()}</A></h2>
                        <p class="hint">{w.at.day().long()}" "{w.at.day().ymd().0}</p>
                        {(!w.response.is_empty()).then(|| view! { <p><span class="field">"How they responded: "</span>{w.response.clone()}</p> })}
                        {(!w.showed.is_empty()).then(|| view! { <p><span class="field">"What it showed me: "</span>{w.showed.clone()}</p> })}
                    </li>
                </For>
            </ul>
        </Page>
    }
}
