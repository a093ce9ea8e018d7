//! The start date and the intention, and the way to the screens about your data.

use crate::base::time::Day;
use crate::content::places;
use crate::state;
use crate::store::StoreError;
use crate::ui::drafts;
use crate::ui::page::Page;
use crate::ui::save_error::SaveError;
use leptos::prelude::*;

#[component]
pub fn Settings() -> impl IntoView {
    let profile = state::profile();
    let start = RwSignal::new(
        profile
            .get_untracked()
            .start
            .map(|d| d.iso())
            .unwrap_or_default(),
    );
    let intention = RwSignal::new(profile.get_untracked().intention);
    // Kept if the app locks while they are being changed.
    drafts::keep_choice("start", start);
    drafts::keep_text("intention", "Your intention, in your own words", intention);
    let error = RwSignal::new(None::<StoreError>);
    let saved = RwSignal::new(false);
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        saved.set(false);
        let Some(day) = Day::parse_iso(&start.get_untracked()) else {
            return;
        };
        let result = profile.update(|p| {
            p.start = Some(day);
            p.intention = intention.get_untracked().trim().to_string();
        });
        saved.set(result.is_ok());
        error.set(result.err());
    };
    view! {
        <Page title="Settings">
            <form on:submit=save class="stack">
                <label for="start-date">"The day you started"</label>
                <input id="start-date" type="date" required
                    prop:value=move || start.get()
                    on:input:target=move |ev| start.set(ev.target().value())/>
                <p class="hint">"Your program week and month count from this day."</p>
                <label for="intention">"Your intention, in your own words"</label>
                <textarea id="intention" rows="3"
                    prop:value=move || intention.get()
                    on:input:target=move |ev| intention.set(ev.target().value())></textarea>
                <SaveError error=error/>
                <p role="status" class="hint">{move || saved.get().then_some("Saved.")}</p>
                <button type="submit" class="primary">"Save"</button>
            </form>
            <section class="settings-more" aria-labelledby="data-h">
                <h2 id="data-h">"Your data"</h2>
                <ul class="section-list">
                    {places::GROUPS.iter().flat_map(|g| g.sections.iter())
                        .filter(|s| s.href.starts_with("/settings/") || s.href == "/reminders")
                        .map(|s| view! { <li><a href=s.href>{s.label}</a><p>{s.blurb}</p></li> })
                        .collect_view()}
                </ul>
            </section>
        </Page>
    }
}
