//! Every section of the app in one list.

use crate::ui::nav::SectionList;
use crate::ui::page::Page;
use leptos::prelude::*;

#[component]
pub fn More() -> impl IntoView {
    view! {
        <Page title="Everything in Closer">
            <SectionList/>
        </Page>
    }
}
