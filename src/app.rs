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

/// Loaded once the first screen has been up a moment, first to last: Help now (with the
/// safety pages, its group), then the tabs, which bring every other feature with them
/// (one group, see src/screens.rs). A feature already loaded returns at once.
const OPEN_MOST: [&str; 5] = ["/moment", "/checkin", "/practice", "/progress", "/more"];

/// The address a link under `event`'s target goes to, if it is one of Closer's own.
fn link_path(event: &web_sys::Event) -> Option<String> {
    use wasm_bindgen::JsCast;
    let target: web_sys::Element = event.target()?.dyn_into().ok()?;
    let href = target.closest("a[href]").ok()??.get_attribute("href")?;
    crate::base::address::own_path(&href).map(str::to_string)
}

/// Loads a feature's screens before they are asked for, so opening one shows it at once:
/// every feature once the first screen has been up a moment (`OPEN_MOST`), and any
/// feature as soon as a finger (or keyboard focus) lands on a link to it, before the tap
/// ends. Only ever from files the service worker keeps (see `screens::preload`).
fn load_before_the_tap() {
    for ev in ["pointerdown", "focusin"] {
        // For the life of the page (the handle has no Drop).
        let _ = window_event_listener_untyped(ev, |e| {
            if let Some(path) = link_path(&e) {
                leptos::task::spawn_local(async move { screens::preload(&path).await });
            }
        });
    }
    set_timeout(
        || {
            leptos::task::spawn_local(async {
                for path in OPEN_MOST {
                    screens::preload(path).await;
                }
            })
        },
        std::time::Duration::from_millis(1000),
    );
}

#[component]
pub fn App() -> impl IntoView {
    state::follow_other_tabs(crate::ui::drafts::keep_and_lock);
    crate::ui::idle_lock::watch_idle();
    load_before_the_tap();
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
                        // Each feature's addresses by prefix, one lazily loaded route each: moving
                        // between a feature's own screens keeps the feature's view, and its own
                        // <Routes> (src/screens.rs) picks the screen.
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
