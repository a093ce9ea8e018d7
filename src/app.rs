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

/// The features people open most: the tabs and Help now.
const OPEN_MOST: [&str; 5] = ["/checkin", "/moment", "/practice", "/progress", "/more"];

/// The address a link under `event`'s target goes to, if it is one of Closer's own.
fn link_path(event: &web_sys::Event) -> Option<String> {
    use wasm_bindgen::JsCast;
    let target: web_sys::Element = event.target()?.dyn_into().ok()?;
    let href = target.closest("a[href]").ok()??.get_attribute("href")?;
    crate::base::address::own_path(&href).map(str::to_string)
}

/// Loads a feature's screens before they are asked for, so opening one shows it at once:
/// the features people open most once the first screen has been up a moment, and any
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
                        <screens::FeatureRoutes/>
                    </Routes>
                </LockGate>
            </main>
            <TabBar/>
            <crate::ui::due_checkins::CheckinNotifier/>
            <crate::ui::due_checkins::CheckinBadge/>
        </Router>
    }
}
