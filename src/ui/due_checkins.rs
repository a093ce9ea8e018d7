//! The check-in waiting now (for the Today screen and the reminders screen, by the
//! reminders' one rule), and the notifier that, while the app is open and the person
//! allowed it, shows a notification when a check-in time comes, and the app icon's badge
//! that shows a check-in is waiting.

use crate::base::time::LocalTime;
use crate::domain::checkin::CheckIn;
use crate::domain::reminders::{hhmm, slot_name, Reminders};
use crate::platform;
use crate::state;
use leptos::prelude::*;
use leptos_router::components::A;
use std::time::Duration;
use wasm_bindgen::JsCast;

/// "Now" that moves on by itself every `secs` seconds while the caller is shown.
pub fn ticking_now(secs: u64) -> Signal<LocalTime> {
    let now = RwSignal::new(platform::now());
    if let Ok(h) =
        set_interval_with_handle(move || now.set(platform::now()), Duration::from_secs(secs))
    {
        on_cleanup(move || h.clear());
    }
    now.into()
}

/// The reminder time (minutes after midnight) a check-in is waiting for now, if any: the
/// reminders' one rule (`Reminders::waiting`), shared by Today, this card and the notifier.
pub fn waiting(now: Signal<LocalTime>) -> Memo<Option<u32>> {
    let rem = state::doc::<Reminders>();
    let items = state::collection::<CheckIn>();
    let profile = state::profile();
    Memo::new(move |_| {
        let now = now.get();
        let today = now.day();
        let done: Vec<LocalTime> = items.with(|v| {
            v.iter()
                .rev()
                .take_while(|c| c.at.day() >= today)
                .map(|c| c.at)
                .collect()
        });
        let start = profile.with(|p| p.start);
        rem.with(|r| r.waiting(now, start, &done))
    })
}

/// Whether a check-in is waiting now: the one rule the Today card, the reminders screen
/// and the app badge follow.
pub fn checkin_waiting(now: Signal<LocalTime>) -> Memo<bool> {
    let w = waiting(now);
    Memo::new(move |_| w.with(|w| w.is_some()))
}

/// A small card: the check-in waiting now, or when the next one is.
#[component]
pub fn DueCheckins() -> impl IntoView {
    let now = ticking_now(20);
    let waiting = waiting(now);
    let rem = state::doc::<Reminders>();
    let next = move || rem.with(|r| r.next_after(now.get()).1);
    view! {
        <section class="due-checkins" aria-labelledby="due-title">
            <h2 id="due-title">"Check-ins"</h2>
            {move || match waiting.get() {
                None => view! {
                    <p>{move || format!("Nothing waiting. The next check-in is at {}.", next().hhmm())}</p>
                }.into_any(),
                Some(m) => view! {
                    <p>{format!("Your {} check-in ({}) is waiting.", slot_name(m), hhmm(m))}</p>
                    <p class="hint">"One check-in covers the times before it: there's never anything to catch up on."</p>
                    <A href="/checkin" attr:class="button primary">"Check in now"</A>
                }.into_any(),
            }}
        </section>
    }
}

/// Notification permission as the browser reports it: "granted", "denied", "default",
/// or "unsupported".
pub fn notification_permission() -> String {
    let Some(w) = web_sys::window() else {
        return "unsupported".into();
    };
    let Ok(n) = js_sys::Reflect::get(&w, &"Notification".into()) else {
        return "unsupported".into();
    };
    if n.is_undefined() {
        return "unsupported".into();
    }
    js_sys::Reflect::get(&n, &"permission".into())
        .ok()
        .and_then(|p| p.as_string())
        .unwrap_or_else(|| "unsupported".into())
}

fn show_notification(body: &str) {
    let opts = web_sys::NotificationOptions::new();
    opts.set_body(body);
    opts.set_tag("closer-checkin");
    let _ = web_sys::Notification::new_with_options("Time to check in", &opts);
}

/// Mounted once by the shell: while the app is open, notifies when a check-in time
/// arrives (only if reminders are on, the browser allowed it, and a check-in is waiting
/// by the one rule).
#[component]
pub fn CheckinNotifier() -> impl IntoView {
    let now = ticking_now(30);
    let waiting = waiting(now);
    let rem = state::doc::<Reminders>();
    // Times already announced (or waiting when the app opened, which Today shows).
    let announced = StoredValue::new(
        waiting
            .get_untracked()
            .map(|m| (now.get_untracked().day(), m))
            .into_iter()
            .collect::<Vec<_>>(),
    );
    Effect::new(move |_| {
        let day = now.get().day();
        let Some(m) = waiting.get() else { return };
        if announced.with_value(|a| a.contains(&(day, m))) {
            return;
        }
        announced.update_value(|a| a.push((day, m)));
        if rem.get_untracked().notify && notification_permission() == "granted" {
            show_notification("Pause for a moment: what are you feeling right now?");
        }
    });
}

/// Calls `navigator.<method>()` if this browser has it (the Badging API), and lets a
/// refusal pass quietly: the badge is a small extra, never needed for the app to work.
fn call_badge(method: &str) {
    let Some(nav) = web_sys::window().map(|w| w.navigator()) else {
        return;
    };
    let Ok(f) = js_sys::Reflect::get(&nav, &method.into()) else {
        return;
    };
    let Some(f) = f.dyn_ref::<js_sys::Function>() else {
        return;
    };
    if let Ok(p) = f.call0(&nav) {
        if let Ok(p) = p.dyn_into::<js_sys::Promise>() {
            wasm_bindgen_futures::spawn_local(async move {
                let _ = wasm_bindgen_futures::JsFuture::from(p).await;
            });
        }
    }
}

/// Mounted once by the shell: the installed app's icon shows a dot while a check-in is
/// waiting, and loses it once the check-in is made (where the system supports badges).
#[component]
pub fn CheckinBadge() -> impl IntoView {
    let waiting = checkin_waiting(ticking_now(30));
    Effect::new(move |_| {
        call_badge(if waiting.get() {
            "setAppBadge"
        } else {
            "clearAppBadge"
        })
    });
}
