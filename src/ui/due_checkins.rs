//! Check-ins that are due now (for the Today screen and the reminders screen), the
//! notifier that, while the app is open and the person allowed it, shows a notification
//! when a check-in time comes, and the app icon's badge that shows a check-in is waiting.

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
    if let Ok(h) = set_interval_with_handle(
        move || now.set(platform::now()),
        Duration::from_secs(secs),
    ) {
        on_cleanup(move || h.clear());
    }
    now.into()
}

/// The times (minutes after midnight) of today's reminders still waiting for a check-in.
pub fn due_times(now: Signal<LocalTime>) -> Memo<Vec<u32>> {
    let rem = state::doc::<Reminders>();
    let items = state::collection::<CheckIn>();
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
        rem.with(|r| {
            let t = r.sorted();
            r.due(now, &done).into_iter().map(|i| t[i]).collect()
        })
    })
}

/// Whether a check-in is waiting now: the one rule the Today card, the reminders screen
/// and the app badge follow.
pub fn checkin_waiting(now: Signal<LocalTime>) -> Memo<bool> {
    let due = due_times(now);
    Memo::new(move |_| due.with(|d| !d.is_empty()))
}

/// A small card: the check-ins due now, or when the next one is.
#[component]
pub fn DueCheckins() -> impl IntoView {
    let now = ticking_now(20);
    let due = due_times(now);
    let rem = state::doc::<Reminders>();
    let next = move || rem.with(|r| r.next_after(now.get()).1);
    view! {
        <section class="due-checkins" aria-labelledby="due-title">
            <h2 id="due-title">"Check-ins"</h2>
            <Show when=move || !due.with(|d| d.is_empty()) fallback=move || view! {
                <p>{move || format!("Nothing waiting. The next check-in is at {}.", next().hhmm())}</p>
            }>
                <ul class="due-list">
                    {move || due.get().into_iter().map(|m| view! {
                        <li>{format!("Your {} check-in ({}) is waiting.", slot_name(m), hhmm(m))}</li>
                    }).collect_view()}
                </ul>
                <p class="hint">"One check-in covers them all: no need to catch up."</p>
                <A href="/checkin" attr:class="button primary">"Check in now"</A>
            </Show>
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
/// arrives (only if reminders are on, the browser allowed it, and none was made yet).
#[component]
pub fn CheckinNotifier() -> impl IntoView {
    let now = ticking_now(30);
    let due = due_times(now);
    let rem = state::doc::<Reminders>();
    // Slots already announced (or due when the app opened, which the Today card shows).
    let announced = StoredValue::new(
        due.get_untracked()
            .iter()
            .map(|m| (now.get_untracked().day(), *m))
            .collect::<Vec<_>>(),
    );
    Effect::new(move |_| {
        let day = now.get().day();
        let fresh: Vec<u32> = due
            .get()
            .into_iter()
            .filter(|m| !announced.with_value(|a| a.contains(&(day, *m))))
            .collect();
        if fresh.is_empty() {
            return;
        }
        announced.update_value(|a| a.extend(fresh.iter().map(|m| (day, *m))));
        if rem.get_untracked().notify && notification_permission() == "granted"
        {
            show_notification(
                "Pause for a moment: what are you feeling right now?",
            );
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
