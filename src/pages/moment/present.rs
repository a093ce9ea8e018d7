//! `/moment/present`: the stay-present practice, one short step at a time: notice, name,
//! pause, three slow breaths, five minutes more, come back. The three places the pull
//! shows up (mind, body, feelings) are below for calmer reading.

use crate::content::moment::{
    PresentKind, BREATHS, BREATH_IN_SECS, BREATH_OUT_SECS, CHANNELS, PRESENT_STEPS, STAY_MINUTES,
};
use crate::domain::breathing::{breath_at, Breath, BreathState};
use crate::ui::page::Page;
use crate::ui::prose::Html;
use crate::ui::safety::SafetyCaveat;
use crate::ui::timer::Timer;
use leptos::prelude::*;
use leptos_router::components::A;
use std::sync::{Arc, Mutex};
use std::time::Duration;

#[component]
pub fn Present() -> impl IntoView {
    let step = RwSignal::new(0usize);
    let total = PRESENT_STEPS.len();
    let current = move || &PRESENT_STEPS[step.get()];
    let last = move || step.get() + 1 == total;

    view! {
        <Page title="Stay present" class="moment present">
            <section class="step-card" aria-labelledby="present-step-title">
                <p class="step-count">{move || format!("Step {} of {}", step.get() + 1, total)}</p>
                <h2 id="present-step-title">{move || current().title}</h2>
                <p class="step-text">{move || current().text}</p>
                {move || match current().kind {
                    PresentKind::Breathe => view! { <Breathing/> }.into_any(),
                    PresentKind::Stay => view! {
                        <Timer seconds=STAY_MINUTES * 60 label="Stay five minutes more" fixed=true/>
                        <SafetyCaveat/>
                    }.into_any(),
                    PresentKind::Read => ().into_any(),
                }}
                <div class="step-nav">
                    <Show when=move || 0 < step.get()>
                        <button type="button" class="quiet" on:click=move |_| step.update(|s| *s -= 1)>"Back"</button>
                    </Show>
                    <Show when=move || !last() fallback=|| view! {
                        <A href="/moment/urge" attr:class="button primary">"Log this urge"</A>
                        <A href="/moment" attr:class="button">"Done"</A>
                    }>
                        <button type="button" class="primary big" on:click=move |_| step.update(|s| *s += 1)>"Next"</button>
                    </Show>
                </div>
            </section>

            {channels()}
        </Page>
    }
}

/// Three guided slow breaths, paced by the clock.
#[component]
fn Breathing() -> impl IntoView {
    let started = RwSignal::new(None::<f64>);
    let now = RwSignal::new(0.0f64);
    // Outside the reactive arena, so a tick after unmounting can still stop itself.
    let interval: Arc<Mutex<Option<IntervalHandle>>> = Arc::default();
    let stop = {
        let interval = Arc::clone(&interval);
        move || {
            if let Some(h) = interval.lock().ok().and_then(|mut h| h.take()) {
                h.clear();
            }
        }
    };
    on_cleanup(stop.clone());
    let state = move || {
        started
            .get()
            .map(|t0| breath_at(now.get() - t0, BREATH_IN_SECS, BREATH_OUT_SECS, BREATHS))
    };
    let start = StoredValue::new(move || {
        let t = js_sys::Date::now();
        started.set(Some(t));
        now.set(t);
        stop();
        let stop = stop.clone();
        let tick = move || {
            let t = js_sys::Date::now();
            match started.try_get_untracked() {
                Some(Some(t0))
                    if breath_at(t - t0, BREATH_IN_SECS, BREATH_OUT_SECS, BREATHS)
                        != BreathState::Done =>
                {
                    now.set(t)
                }
                Some(_) => {
                    now.set(t);
                    stop();
                }
                None => stop(),
            }
        };
        if let Ok(h) = set_interval_with_handle(tick, Duration::from_millis(250)) {
            if let Ok(mut slot) = interval.lock() {
                *slot = Some(h);
            }
        }
    });
    let start = move |_| start.with_value(|f| f());
    view! {
        <div class="breathing">
            {move || match state() {
                None => view! {
                    <button type="button" class="primary big" on:click=start>"Start breathing"</button>
                }.into_any(),
                Some(BreathState::At { number, breath, secs_left }) => {
                    let (word, class) = match breath {
                        Breath::In => ("Breathe in", "breath-ball in"),
                        Breath::Out => ("Breathe out, slowly", "breath-ball out"),
                    };
                    view! {
                        <div class=class aria-hidden="true"></div>
                        <p class="breath-word" aria-live="polite">{word}</p>
                        <p class="hint">{format!("Breath {number} of {BREATHS} · {secs_left}")}</p>
                    }.into_any()
                }
                Some(BreathState::Done) => view! {
                    <p class="breath-word" aria-live="polite">"Three breaths. Well done."</p>
                    <button type="button" class="quiet" on:click=start>"Again"</button>
                }.into_any(),
            }}
        </div>
    }
}

/// The three places the pull shows up, as fixed text.
fn channels() -> AnyView {
    let mut h = Html::new().el("h2", "Where the pull shows up");
    for c in CHANNELS {
        h = h
            .open("details class=\"channel\"")
            .el("summary", c.name)
            .el("p", c.sign)
            .list("ol", c.steps)
            .close("details");
    }
    h.view("channels")
}
