//! An address that isn't a screen.

use crate::ui::page::Page;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <Page title="Nothing here">
            <p>"This address isn't part of Closer. Nothing is lost: your entries are where you left them."</p>
            <A href="/" attr:class="button primary">"Go to Today"</A>
        </Page>
    }
}
