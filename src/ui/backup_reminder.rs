//! A gentle, dismissable suggestion to make a backup (see `domain::backup_reminder`).

use crate::domain::backup_reminder::BackupLog;
use crate::platform;
use crate::state;
use crate::store::backup::summary;
use crate::store::lock::LockState;
use leptos::prelude::*;
use leptos_router::components::A;
use std::time::Duration;

#[component]
pub fn BackupReminder() -> impl IntoView {
    let log = state::doc::<BackupLog>();
    // (entries now, when the first was written): counted once, shortly after start,
    // so the first screen isn't slowed down.
    let counts = RwSignal::new(None::<(usize, Option<crate::base::time::LocalTime>)>);
    let lock = state::lock_state();
    Effect::new(move |_| {
        if lock.get() == LockState::Locked || counts.get_untracked().is_some() {
            return;
        }
        set_timeout(
            move || {
                if let Ok(c) = state::contents() {
                    counts.set(Some((c.entry_count(), summary(&c).span.map(|s| s.0))));
                }
            },
            Duration::from_millis(1200),
        );
    });
    let due = move || {
        lock.get() != LockState::Locked
            && counts
                .get()
                .is_some_and(|(n, first)| log.with(|l| l.due(platform::now(), n, first)))
    };
    let not_now = move |_| {
        if let Some((n, _)) = counts.get_untracked() {
            let _ = log.update(|l| *l = l.snooze(platform::now(), n));
        }
    };
    view! {
        <Show when=due>
            <div class="notice backup-reminder" role="status">
                <p>"Time for a backup? Your words live only in this browser, and browsers can lose data. A backup file keeps a copy that's yours."</p>
                <div class="row">
                    <A href="/settings/data" attr:class="button primary">"Make a backup"</A>
                    <button type="button" on:click=not_now>"Not now"</button>
                </div>
            </div>
        </Show>
    }
}
