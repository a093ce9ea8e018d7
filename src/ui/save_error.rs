//! Says plainly why something couldn't be saved. The form around it keeps its text.

use crate::store::StoreError;
use leptos::prelude::*;

#[component]
pub fn SaveError(
    /// The last save's error, if it failed.
    #[prop(into)]
    error: Signal<Option<StoreError>>,
) -> impl IntoView {
    view! {
        <p class="save-error" role="alert">{move || error.get().map(|e| e.message())}</p>
    }
}
