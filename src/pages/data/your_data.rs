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
            <section class="card" aria-labelledby="move-heading">
                <h2 id="move-heading">"Moving to a new phone"</h2>
                <p>"Carry everything to a new phone in one file protected by a passphrase, or bring it here from your old one."</p>
                <p><A href="/move">"Move to a new phone"</A>" · "<A href="/move?phone=new">"I'm moving from another phone"</A></p>
            </section>
            <MakeBackup/>
            <Restore/>
            <DeleteEverything locked=false/>
        </Page>
    }
}
