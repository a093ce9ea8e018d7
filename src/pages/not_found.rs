//! An address that isn't a screen, and the message when a screen fails.

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

#[component]
pub fn ScreenError() -> impl IntoView {
    view! {
        <div class="page" role="alert">
            <h1>"Something went wrong on this screen"</h1>
            <p>"It's not something you did, and what you had already saved is safe."</p>
            <a href="/" class="button primary">"Go to Today"</a>
        </div>
    }
}
