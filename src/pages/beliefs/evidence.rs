//! `/evidence/new`: the quick action. A few taps to note a moment that backs up a new belief.

use super::evidence_form::EvidenceForm;
use super::sheets;
use crate::domain::beliefs::new_beliefs;
use crate::ui::page::Page;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;

#[component]
pub fn NewEvidence() -> impl IntoView {
    let query = use_query_map();
    let preselect = query.with_untracked(|q| q.get("w"));
    let any = Memo::new(move |_| sheets().with(|v| !new_beliefs(v).is_empty()));
    view! {
        <Page title="Add evidence" class="beliefs">
            <p>"Something happened that backs up one of your new beliefs? Note it while it's fresh."</p>
            <Show when=move || any.get()
                fallback=|| view! {
                    <p>"Evidence belongs to a new belief. Once you've written one (step 5 of a belief worksheet), you can add evidence here in a few taps."</p>
                    <p><A href="/beliefs">"Go to my beliefs"</A></p>
                }>
                <EvidenceForm preselect=preselect.clone().unwrap_or_default()/>
            </Show>
        </Page>
    }
}
