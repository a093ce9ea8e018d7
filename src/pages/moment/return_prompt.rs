//! The call back from a conflict break, wherever the person is in the app: a banner when
//! the agreed time is up (the conflict screen shows its own), and a notification where
//! the person allowed them. The banner can be dismissed, and says that nobody has to go
//! back to someone who frightens them.

use crate::domain::conflict::Flow;
use crate::platform;
use crate::state;
use crate::ui::safety::AfraidLine;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_location;
use std::time::Duration;
use wasm_bindgen::JsValue;

const CONFLICT_PATH: &str = "/moment/conflict";

fn has_notifications() -> bool {
    js_sys::Reflect::has(&js_sys::global(), &JsValue::from_str("Notification")).unwrap_or(false)
}

/// Asks for permission to notify (call from a tap, e.g. starting a break). Asks only once.
pub fn ask_to_notify() {
    if has_notifications()
        && web_sys::Notification::permission() == web_sys::NotificationPermission::Default
    {
        let _ = web_sys::Notification::request_permission();
    }
}

fn notify_break_over() {
    if !has_notifications()
        || web_sys::Notification::permission() != web_sys::NotificationPermission::Granted
    {
        return;
    }
    // Notifications can show on a lock screen: plain words that say little to anyone else.
    let title = "Closer";
    let opts = web_sys::NotificationOptions::new();
    opts.set_body("Your break time is up.");
    opts.set_tag("closer-break");
    // Phones only show notifications through the service worker; desktops can do either.
    let sw = web_sys::window().map(|w| w.navigator().service_worker());
    if let Some(sw) = sw.filter(|sw| sw.controller().is_some()) {
        if let Ok(ready) = sw.ready() {
            wasm_bindgen_futures::spawn_local(async move {
                if let Ok(reg) = wasm_bindgen_futures::JsFuture::from(ready).await {
                    let reg: web_sys::ServiceWorkerRegistration = reg.into();
                    let _ = reg.show_notification_with_options(title, &opts);
                }
            });
            return;
        }
    }
    let _ = web_sys::Notification::new_with_options(title, &opts);
}

/// Mounted once in the shell. Watches the running break and calls the person back.
#[component]
pub fn BreakReturn() -> impl IntoView {
    let flow = state::doc::<Flow>();
    let over = RwSignal::new(false);
    let timeout = StoredValue::new_local(None::<TimeoutHandle>);
    let location = use_location();

    Effect::new(move |_| {
        if let Some(h) = timeout.try_update_value(|h| h.take()).flatten() {
            h.clear();
        }
        let running = flow.with(|f| f.running.clone());
        let Some(b) = running.filter(|b| !b.quiet) else {
            over.set(false);
            return;
        };
        let left_ms = b.remaining(platform::now()) as f64 * 1000.0;
        if left_ms <= 0.0 {
            over.set(true);
            return;
        }
        over.set(false);
        if let Ok(h) = set_timeout_with_handle(
            move || {
                over.set(true);
                notify_break_over();
            },
            Duration::from_millis(left_ms as u64),
        ) {
            timeout.set_value(Some(h));
        }
    });

    let dismiss = move |_| {
        let _ = flow.update(Flow::quieten);
        over.set(false);
    };
    view! {
        <Show when=move || over.get() && location.pathname.get() != CONFLICT_PATH>
            <div class="break-banner" role="alert">
                <p class="break-banner-title">"The break you agreed is over."</p>
                <div class="row">
                    <A href=CONFLICT_PATH attr:class="button primary">"Open your break"</A>
                    <button type="button" class="quiet" on:click=dismiss>"Dismiss"</button>
                </div>
                <AfraidLine/>
            </div>
        </Show>
    }
}
