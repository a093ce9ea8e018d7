//! The shell: header, notices, the screens by URL, and the tab bar.

use crate::content::safety::SAFETY_PATH;
use crate::pages;
use crate::screens;
use crate::state;
use crate::store::lock::LockState;
use crate::ui::backup_reminder::BackupReminder;
use crate::ui::nav::{Header, TabBar};
use crate::ui::notices::Notices;
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::hooks::use_location;
use leptos_router::path;
use leptos_router::Lazy;

/// Screens that hold no personal data and open while the app lock is on: where to find
/// help must never be behind a passphrase.
pub const OPEN_WHILE_LOCKED: [&str; 2] = ["/about", SAFETY_PATH];

fn opens_while_locked(path: &str) -> bool {
    let path = path.trim_end_matches('/');
    OPEN_WHILE_LOCKED.contains(&path)
}

/// While the app is locked, the unlock form stands in for every screen but those above.
#[component]
fn LockGate(children: ChildrenFn) -> impl IntoView {
    let lock = state::lock_state();
    let location = use_location();
    let open = Memo::new(move |_| {
        lock.get() != LockState::Locked || location.pathname.with(|p| opens_while_locked(p))
    });
    view! {
        <Show when=move || open.get() fallback=|| view! { <screens::Unlock/> }>
            {children()}
        </Show>
    }
}

#[component]
pub fn App() -> impl IntoView {
    state::follow_other_tabs(crate::ui::drafts::keep_and_lock);
    crate::ui::idle_lock::watch_idle();
    view! {
        <Router>
            <a class="skip" href="#main">"Skip to content"</a>
            <Header/>
            <Notices/>
            <pages::moment::return_prompt::BreakReturn/>
            <div class="notices"><BackupReminder/></div>
            <main id="main">
                <LockGate>
                    // One route per feature: its screens are routed inside it (src/screens.rs).
                    <Routes fallback=|| view! { <pages::not_found::NotFound/> }>
                        <Route path=path!("/") view=pages::today::Today/>
                        <Route path=path!("/welcome") view=pages::welcome::Welcome/>
                        <Route path=path!("/welcome/intention") view=pages::welcome::Intention/>
                        <Route path=path!("/about") view={Lazy::<screens::Safety>::new()}/>
                        <Route path=path!("/safety") view={Lazy::<screens::Safety>::new()}/>
                        <Route path=path!("/more") view={Lazy::<screens::More>::new()}/>
                        <Route path=path!("/settings") view={Lazy::<screens::More>::new()}/>
                        <Route path=path!("/settings/*any") view={Lazy::<screens::Data>::new()}/>
                        <Route path=path!("/moment/*any") view={Lazy::<screens::Moment>::new()}/>
                        <Route path=path!("/urges") view={Lazy::<screens::Moment>::new()}/>
                        <Route path=path!("/partner/*any") view={Lazy::<screens::Partner>::new()}/>
                        <Route path=path!("/therapy") view={Lazy::<screens::Therapy>::new()}/>
                        <Route path=path!("/quiz/*any") view={Lazy::<screens::Quiz>::new()}/>
                        <Route path=path!("/understand/*any") view={Lazy::<screens::Understand>::new()}/>
                        <Route path=path!("/beliefs/*any") view={Lazy::<screens::Beliefs>::new()}/>
                        <Route path=path!("/evidence/*any") view={Lazy::<screens::Beliefs>::new()}/>
                        <Route path=path!("/checkin/*any") view={Lazy::<screens::Feel>::new()}/>
                        <Route path=path!("/body/*any") view={Lazy::<screens::Feel>::new()}/>
                        <Route path=path!("/sit") view={Lazy::<screens::Feel>::new()}/>
                        <Route path=path!("/reminders") view={Lazy::<screens::Feel>::new()}/>
                        <Route path=path!("/insights") view={Lazy::<screens::Feel>::new()}/>
                        <Route path=path!("/morning") view={Lazy::<screens::Routine>::new()}/>
                        <Route path=path!("/evening") view={Lazy::<screens::Routine>::new()}/>
                        <Route path=path!("/progress/*any") view={Lazy::<screens::Progress>::new()}/>
                        <Route path=path!("/practice/*any") view={Lazy::<screens::Practice>::new()}/>
                        <Route path=path!("/wins/*any") view={Lazy::<screens::Wins>::new()}/>
                        <Route path=path!("/summary") view={Lazy::<screens::Summary>::new()}/>
                        <Route path=path!("/move") view={Lazy::<screens::Move>::new()}/>
                    </Routes>
                </LockGate>
            </main>
            <TabBar/>
            <crate::ui::due_checkins::CheckinNotifier/>
            <crate::ui::due_checkins::CheckinBadge/>
        </Router>
    }
}
