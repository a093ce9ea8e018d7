//! A plain, accessible picker over the feelings word list (grouped by core feeling).

use crate::content::feelings::CORES;
use leptos::prelude::*;

#[component]
pub fn FeelingSelect(
    /// The select's id, for its label.
    id: &'static str,
    /// The chosen word ("" = none yet).
    value: RwSignal<String>,
) -> impl IntoView {
    view! {
        <select id=id prop:value=move || value.get() on:change:target=move |ev| value.set(ev.target().value())>
            <option value="">"Choose a feeling"</option>
            {CORES.iter().map(|c| view! {
                <optgroup label=c.word>
                    <option value=c.word>{c.word}</option>
                    {c.specific.iter().map(|s| view! {
                        <option value=s.word>{s.word}</option>
                        {s.nuances.iter().map(|n| view! { <option value=*n>{"\u{a0}\u{a0}"}{*n}</option> }).collect_view()}
                    }).collect_view()}
                </optgroup>
            }).collect_view()}
        </select>
    }
}
