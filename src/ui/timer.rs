//! A calm countdown: start, pause, a minute more or less, finish early. It keeps
//! wall-clock times (see `domain::timer`), so a throttled tab or a test clock is fine.

use crate::domain::timer::{clock, left_in_words, spoken, Countdown, Phase};
use leptos::prelude::*;
use std::sync::{Arc, Mutex};
use std::time::Duration;

#[component]
pub fn Timer(
    /// Length in seconds.
    seconds: u32,
    /// What the timer is for, e.g. "Sitting with a feeling" (its accessible name).
    #[prop(into)]
    label: String,
    /// Called once, when the time is up or the person finishes early.
    #[prop(optional, into)]
    on_done: Option<Callback<()>>,
    /// Starts without a tap.
    #[prop(optional)]
    autostart: bool,
    /// Hides the "a minute more / less" buttons (for fixed steps).
    #[prop(optional)]
    fixed: bool,
    /// An agreed time already running since this moment (`Date.now()` ms), e.g. a break
    /// that survives a reload: it counts on from there and shows no buttons (the screen
    /// around it offers its own, like "I'm going back now").
    #[prop(optional)]
    started_at: Option<f64>,
    /// Shows what is left in words ("14 min left") rather than as minutes and seconds,
    /// for a time agreed with someone else (a break), where "14:44" reads like a clock
    /// time, and late.
    #[prop(optional)]
    in_words: bool,
) -> impl IntoView {
    let countdown = RwSignal::new(Countdown::new(seconds));
    let now = RwSignal::new(js_sys::Date::now());
    let fired = StoredValue::new(false);
    // Kept outside the reactive arena: the interval must be clearable even after this
    // timer's signals are gone (a tick that finds them disposed stops itself).
    let interval: Arc<Mutex<Option<IntervalHandle>>> = Arc::default();

    let stop_ticking = {
        let interval = Arc::clone(&interval);
        move || {
            if let Some(h) = interval.lock().ok().and_then(|mut h| h.take()) {
                h.clear();
            }
        }
    };
    let finish = {
        let stop_ticking = stop_ticking.clone();
        move || {
            stop_ticking();
            if fired.try_get_value() == Some(false) {
                fired.set_value(true);
                if let Some(cb) = on_done {
                    cb.run(());
                }
            }
        }
    };
    let tick = {
        let stop_ticking = stop_ticking.clone();
        let finish = finish.clone();
        move || {
            let t = js_sys::Date::now();
            match countdown.try_with_untracked(|c| c.phase(t)) {
                // Unmounted without its cleanup having run: stop quietly.
                None => stop_ticking(),
                Some(phase) => {
                    now.set(t);
                    if phase == Phase::Done {
                        finish();
                    }
                }
            }
        }
    };
    let start = {
        let interval = Arc::clone(&interval);
        move || {
            let t = js_sys::Date::now();
            countdown.update(|c| c.start(t));
            now.set(t);
            let Ok(mut slot) = interval.lock() else {
                return;
            };
            if slot.is_none() {
                if let Ok(h) = set_interval_with_handle(tick.clone(), Duration::from_millis(250)) {
                    *slot = Some(h);
                }
            }
        }
    };
    let pause = {
        let stop_ticking = stop_ticking.clone();
        move || {
            let t = js_sys::Date::now();
            countdown.update(|c| c.pause(t));
            now.set(t);
            stop_ticking();
        }
    };
    on_cleanup(stop_ticking.clone());
    if let Some(t0) = started_at {
        countdown.update(|c| c.start(t0));
        start();
    } else if autostart {
        start();
    }
    let (start, pause, finish) = (
        StoredValue::new(start),
        StoredValue::new(pause),
        StoredValue::new(finish),
    );
    let start = move || start.with_value(|f| f());
    let pause = move || pause.with_value(|f| f());
    let finish = move || finish.with_value(|f| f());

    let phase = move || countdown.with(|c| c.phase(now.get()));
    let remaining = move || countdown.with(|c| c.remaining(now.get()));
    let circumference = 2.0 * std::f64::consts::PI * 45.0;
    let dash = move || {
        format!(
            "{:.1}",
            circumference * (1.0 - countdown.with(|c| c.progress(now.get())))
        )
    };
    let label_for_aria = label.clone();

    view! {
        <div class="timer" role="group" aria-label=label_for_aria>
            <svg class="timer-ring" viewBox="0 0 100 100" aria-hidden="true">
                <circle class="track" cx="50" cy="50" r="45"/>
                <circle class="fill" cx="50" cy="50" r="45"
                    stroke-dasharray=format!("{circumference:.1}") stroke-dashoffset=dash/>
            </svg>
            <p class="timer-clock" class:in-words=in_words role="timer" aria-label=move || format!("{} left", spoken(remaining()))>
                {move || if in_words { left_in_words(remaining()) } else { clock(remaining()) }}
            </p>
            <p class="sr-only" aria-live="polite">
                {move || (phase() == Phase::Done).then_some("Time's up.")}
            </p>
            {started_at.is_none().then(|| view! {
            <div class="timer-buttons">
                {move || match phase() {
                    Phase::Ready => view! { <button class="primary" on:click=move |_| start()>"Start"</button> }.into_any(),
                    Phase::Running => view! { <button on:click=move |_| pause()>"Pause"</button> }.into_any(),
                    Phase::Paused => view! { <button class="primary" on:click=move |_| start()>"Resume"</button> }.into_any(),
                    Phase::Done => ().into_any(),
                }}
                <Show when=move || !fixed && phase() != Phase::Done>
                    // The visible text is the accessible name (WCAG 2.5.3, label in name).
                    <button on:click=move |_| countdown.update(|c| c.adjust(60, js_sys::Date::now()))>"+1 min"</button>
                    <button on:click=move |_| countdown.update(|c| c.adjust(-60, js_sys::Date::now()))>"−1 min"</button>
                </Show>
                <Show when=move || matches!(phase(), Phase::Running | Phase::Paused)>
                    <button class="quiet" on:click=move |_| {
                        let t = js_sys::Date::now();
                        countdown.update(|c| { c.pause(t); c.duration = c.elapsed(t).max(1.0); });
                        now.set(t);
                        finish();
                    }>"I'm done"</button>
                </Show>
            </div>
            })}
        </div>
    }
}
