//! Everything that isn't a tab, in a few groups.

use crate::ui::nav::SectionGroups;
use crate::ui::page::Page;
use leptos::prelude::*;

#[component]
pub fn More() -> impl IntoView {
    view! {
        <Page title="Everything in Closer" class="more">
            <SectionGroups/>
        </Page>
    }
}
