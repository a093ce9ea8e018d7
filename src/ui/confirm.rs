//! Deleting something for good: a first button opens a plain question with "yes" and
//! "keep it"; nothing is deleted until the second, explicit choice.

use leptos::prelude::*;

#[component]
pub fn ConfirmDelete(
    /// The first button's words, e.g. "Delete…".
    ask: &'static str,
    /// Its accessible name when the words alone don't say what goes (a list of items).
    #[prop(optional, into)]
    ask_label: Option<String>,
    /// The first button's class (e.g. "quiet" in a list, "danger" on its own page).
    ask_class: &'static str,
    /// The question, which names what stays and what goes.
    question: &'static str,
    /// The question's short name for screen readers (default: the question itself).
    #[prop(optional)]
    name: Option<&'static str>,
    /// The confirming button's words.
    yes: &'static str,
    on_yes: Callback<()>,
) -> impl IntoView {
    let open = RwSignal::new(false);
    view! {
        <Show when=move || open.get() fallback=move || {
            let ask_label = ask_label.clone();
            view! { <button type="button" class=ask_class aria-label=ask_label on:click=move |_| open.set(true)>{ask}</button> }
        }>
            <div class="confirm" role="group" aria-label=name.unwrap_or(question)>
                <p>{question}</p>
                <div class="row">
                    <button type="button" class="danger" on:click=move |_| on_yes.run(())>{yes}</button>
                    <button type="button" on:click=move |_| open.set(false)>"Keep it"</button>
                </div>
            </div>
        </Show>
    }
}
