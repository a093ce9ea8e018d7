//! "Sitting with feelings" at `/sit`: how strong before, a timer with a breathing cue,
//! how strong after, stored. The screen stays awake while the timer runs (where the
//! browser allows) and a soft tone made in the browser can mark the end.

use crate::content::feelings;
use crate::content::sitting::{DONE, DURING, INTRO, STEPS, STRONG_FEELING};
use crate::domain::checkin::FeelPrefs;
use crate::domain::sitting::{breath_phase, Sitting};
use crate::platform;
use crate::state;
use crate::store::StoreError;
use crate::ui::drafts;
use crate::ui::page::Page;
use crate::ui::save_error::SaveError;
use crate::ui::timer::Timer;
use leptos::prelude::*;
use leptos_router::components::A;
use std::time::Duration;

#[derive(Clone, Copy, Debug, PartialEq)]
enum Stage {
    Before,
    Sitting,
    After,
    Saved,
}

#[component]
pub fn Sit() -> impl IntoView {
    let prefs = state::doc::<FeelPrefs>();
    let sessions = state::collection::<Sitting>();
    let stage = RwSignal::new(Stage::Before);
    let before: RwSignal<Option<u8>> = RwSignal::new(None);
    let after: RwSignal<Option<u8>> = RwSignal::new(None);
    let word = RwSignal::new(String::new());
    let minutes = RwSignal::new(prefs.get_untracked().sit_minutes());
    // Kept if the app locks before the sitting begins.
    drafts::keep_text("word", "The feeling", word);
    drafts::keep_choice("before", before);
    drafts::keep_choice("minutes", minutes);
    let started_ms = StoredValue::new(0.0f64);
    let started_at = StoredValue::new(platform::now());
    let sat_secs = RwSignal::new(0u32);
    let error: RwSignal<Option<StoreError>> = RwSignal::new(None);
    let last: RwSignal<Option<Sitting>> = RwSignal::new(None);
    let tone_on = Signal::derive(move || prefs.with(|p| p.end_tone()));

    let begin = move |_| {
        let m = minutes.get_untracked().clamp(1, 60);
        if prefs.get_untracked().sit_minutes() != m {
            let _ = prefs.update(|p| p.sit_minutes = Some(m));
        }
        started_ms.set_value(platform::now_ms());
        started_at.set_value(platform::now());
        stage.set(Stage::Sitting);
    };
    let on_done = Callback::new(move |_: ()| {
        let secs = ((platform::now_ms() - started_ms.get_value()) / 1000.0)
            .round()
            .max(0.0) as u32;
        sat_secs.set(secs);
        if tone_on.get_untracked() {
            crate::ui::breath::end_tone();
        }
        stage.set(Stage::After);
    });
    let save = move |_| {
        // The timer's own "a minute more" can lengthen it: count what was really planned.
        let planned = (minutes.get_untracked() * 60).max(sat_secs.get_untracked());
        let s = Sitting {
            id: platform::new_id(),
            at: started_at.get_value(),
            planned,
            sat: sat_secs.get_untracked(),
            before: before.get_untracked(),
            after: after.get_untracked(),
            word: crate::domain::checkin::normalise_word(&word.get_untracked()),
        };
        match sessions.save(s.clone()) {
            Ok(()) => {
                error.set(None);
                last.set(Some(s));
                stage.set(Stage::Saved);
            }
            Err(e) => error.set(Some(e)),
        }
    };
    let again = move |_| {
        before.set(None);
        after.set(None);
        stage.set(Stage::Before);
    };

    view! {
        <Page title="Sit with a feeling" class="feel sit">
            {move || match stage.get() {
                Stage::Before => view! {
                    <p class="lead">{INTRO}</p>
                    <ol class="checkin-steps">{STEPS.iter().map(|s| view! { <li>{*s}</li> }).collect_view()}</ol>
                    <label class="field">
                        <span>"The feeling (optional)"</span>
                        <input type="text" list="feel-words" maxlength="30" prop:value=move || word.get()
                            on:input:target=move |ev| word.set(ev.target().value())/>
                    </label>
                    <datalist id="feel-words">
                        {feelings::specific_words().map(|w| view! { <option value=w></option> }).collect_view()}
                    </datalist>
                    <Rating label="How strong is it now?" id="sit-before" value=before/>
                    <label class="field">
                        <span>"Minutes"</span>
                        <input type="number" min="1" max="60" inputmode="numeric" prop:value=move || minutes.get().to_string()
                            on:input:target=move |ev| { if let Ok(m) = ev.target().value().parse::<u32>() { minutes.set(m.clamp(1, 60)) } }/>
                    </label>
                    <label class="check">
                        <input type="checkbox" prop:checked=move || tone_on.get()
                            on:change:target=move |ev| { let on = ev.target().checked(); let _ = prefs.update(|p| p.end_tone = Some(on)); }/>
                        " A soft tone at the end"
                    </label>
                    <p class="hint">{STRONG_FEELING}</p>
                    <button type="button" class="primary" on:click=begin>"I'm ready"</button>
                }.into_any(),
                Stage::Sitting => view! {
                    <Breath/>
                    <p class="during">{DURING}</p>
                    <Timer seconds=minutes.get_untracked() * 60 label="Sitting with a feeling" on_done=on_done autostart=true/>
                }.into_any(),
                Stage::After => view! {
                    <p class="lead">{DONE}</p>
                    <Rating label="How strong is it now?" id="sit-after" value=after/>
                    <SaveError error=error/>
                    <button type="button" class="primary" on:click=save>"Save"</button>
                }.into_any(),
                Stage::Saved => view! {
                    <p class="status" role="status">{move || last.with(|l| l.as_ref().map(|s| format!("Saved. {}", s.change_sentence())))}</p>
                    <p><button type="button" on:click=again>"Sit again"</button></p>
                    <p><A href="/checkin">"Check in"</A></p>
                }.into_any(),
            }}
            <History/>
        </Page>
    }
}

/// A 0–10 choice as a range input, "not rated" until touched.
#[component]
fn Rating(label: &'static str, id: &'static str, value: RwSignal<Option<u8>>) -> impl IntoView {
    view! {
        <div class="intensity">
            <label for=id>{move || match value.get() { Some(v) => format!("{label} {v} of 10"), None => format!("{label} (0 to 10, optional)") }}</label>
            <input id=id type="range" min="0" max="10" step="1" prop:value=move || value.get().unwrap_or(5).to_string()
                on:input:target=move |ev| value.set(ev.target().value().parse().ok())/>
        </div>
    }
}

/// The breathing cue: a circle that grows and shrinks, and still under reduced motion,
/// where only the words change.
#[component]
fn Breath() -> impl IntoView {
    let start = platform::now_ms();
    let elapsed = RwSignal::new(0u32);
    let handle = set_interval_with_handle(
        move || elapsed.set(((platform::now_ms() - start) / 1000.0).max(0.0) as u32),
        Duration::from_millis(500),
    )
    .ok();
    let lock = StoredValue::new_local(crate::ui::breath::WakeLock::request());
    on_cleanup(move || {
        if let Some(h) = handle {
            h.clear();
        }
        lock.with_value(|l| l.release());
    });
    view! {
        <div class="breath" aria-hidden="true">
            <div class="breath-dot">{move || breath_phase(elapsed.get())}</div>
        </div>
    }
}

/// Recent sessions.
#[component]
fn History() -> impl IntoView {
    let sessions = state::collection::<Sitting>();
    let recent =
        Memo::new(move |_| sessions.with(|v| v.iter().rev().take(5).cloned().collect::<Vec<_>>()));
    view! {
        <Show when=move || !recent.with(|r| r.is_empty())>
            <section aria-labelledby="sit-history">
                <h2 id="sit-history">"Recent sittings"</h2>
                <ul class="feel-list">
                    {move || recent.get().into_iter().map(|s| view! {
                        <li>
                            {format!("{} {} · {} min{}", s.at.day().short(), s.at.hhmm(), s.sat.div_ceil(60),
                                if s.word.is_empty() { String::new() } else { format!(" · {}", s.word) })}
                            " · "{s.change_sentence()}
                        </li>
                    }).collect_view()}
                </ul>
            </section>
        </Show>
    }
}
