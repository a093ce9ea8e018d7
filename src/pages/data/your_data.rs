//! `/settings/data`: make a backup, restore one, delete everything.

use super::backup::MakeBackup;
use super::erase::DeleteEverything;
use super::restore::Restore;
use crate::ui::page::Page;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn YourData() -> impl IntoView {
    view! {
        <Page title="Backup and restore" class="data">
            <p class="lead">
                "Everything you write in Closer stays in this browser, on this device. Browsers can lose it: "
                "when site data is cleared, when a phone is replaced, or when Safari clears a site you haven't opened for a while. "
                "A backup file keeps a copy that's yours."
            </p>
            <p class="hint"><A href="/settings/storage">"How much space Closer uses"</A>" · "<A href="/settings/lock">"App lock"</A></p>
            <MakeBackup/>
            <Restore/>
            <DeleteEverything locked=false/>
        </Page>
    }
}
