//! A passphrase box with its label: never autofilled with the wrong kind of password.

use leptos::prelude::*;

#[component]
pub fn PassphraseField(
    id: &'static str,
    label: &'static str,
    value: RwSignal<String>,
    /// An existing passphrase (to open something) rather than a new one being chosen.
    #[prop(optional)]
    current: bool,
    #[prop(optional)] required: bool,
) -> impl IntoView {
    view! {
        <label for=id>{label}</label>
        <input id=id type="password" required=required
            autocomplete=if current { "current-password" } else { "new-password" }
            prop:value=move || value.get() on:input:target=move |ev| value.set(ev.target().value())/>
    }
}
