//! `/reminders`: the three check-in times, notifications while the app is open, and an
//! honest alternative for when it's closed: a calendar file made on this device.

use crate::domain::reminders::{
    hhmm, ics, parse_hhmm, Reminders, Wording, NEUTRAL_SUMMARY, SLOT_NAMES,
};
use crate::platform;
use crate::state;
use crate::store::StoreError;
use crate::ui::due_checkins::{notification_permission, DueCheckins};
use crate::ui::files;
use crate::ui::page::Page;
use crate::ui::save_error::SaveError;
use leptos::prelude::*;

#[component]
pub fn RemindersPage() -> impl IntoView {
    let rem = state::doc::<Reminders>();
    let draft = RwSignal::new(rem.get_untracked().times);
    let error: RwSignal<Option<StoreError>> = RwSignal::new(None);
    let status: RwSignal<Option<String>> = RwSignal::new(None);
    let permission = RwSignal::new(notification_permission());

    let save_times = move |_| {
        let times = draft.get_untracked();
        match rem.update(|r| r.times = times) {
            Ok(()) => {
                error.set(None);
                let mut t = times;
                t.sort();
                status.set(Some(format!(
                    "Saved: {}, {} and {}.",
                    hhmm(t[0]),
                    hhmm(t[1]),
                    hhmm(t[2])
                )));
            }
            Err(e) => error.set(Some(e)),
        }
    };
    let set_notify = move |on: bool| {
        if let Err(e) = rem.update(|r| r.notify = on) {
            error.set(Some(e));
            return;
        }
        if on && permission.get_untracked() == "default" {
            if let Ok(p) = web_sys::Notification::request_permission() {
                wasm_bindgen_futures::spawn_local(async move {
                    let _ = wasm_bindgen_futures::JsFuture::from(p).await;
                    permission.set(notification_permission());
                });
            }
        }
    };
    // Neutral unless the person asks for the events to say what they are for.
    let named = RwSignal::new(false);
    let download = move |_| {
        let start = platform::today().plus(1);
        let wording = if named.get_untracked() {
            Wording::Named
        } else {
            Wording::Neutral
        };
        let text = ics(
            &rem.get_untracked(),
            start,
            (platform::now_ms() / 1000.0) as i64,
            wording,
        );
        status.set(Some(
            match files::download(wording.file_name(), &text, "text/calendar") {
                Ok(()) => "Calendar file made. Open it with your calendar app to add the three daily reminders.".into(),
                Err(e) => e,
            },
        ));
    };

    view! {
        <Page title="Check-in reminders" class="feel reminders">
            <p class="lead">"The guide suggests three check-ins a day. Pick times that fit your day."</p>
            <DueCheckins/>
            <fieldset class="times">
                <legend>"Your three times"</legend>
                {(0..3).map(|i| view! {
                    <label class="field">
                        <span>{format!("{} check-in", capitalise(SLOT_NAMES[i]))}</span>
                        <input type="time" prop:value=move || hhmm(draft.get()[i])
                            on:change:target=move |ev| { if let Some(m) = parse_hhmm(&ev.target().value()) { draft.update(|d| d[i] = m) } }/>
                    </label>
                }).collect_view()}
                <button type="button" class="primary" on:click=save_times>"Save times"</button>
            </fieldset>
            <SaveError error=error/>
            <p class="status" role="status">{move || status.get()}</p>

            <h2>"While Closer is open"</h2>
            <label class="check">
                <input type="checkbox" prop:checked=move || rem.with(|r| r.notify)
                    on:change:target=move |ev| set_notify(ev.target().checked())/>
                " Show a notification at these times"
            </label>
            <p class="hint">{move || match permission.get().as_str() {
                "granted" => "Notifications are allowed.",
                "denied" => "This browser has blocked notifications for Closer. You can allow them in the browser's site settings.",
                "unsupported" => "This browser can't show notifications.",
                _ => "Your browser will ask whether Closer may show notifications.",
            }}</p>
            <p>"Whenever you open Closer, check-ins that are due are shown on the Today screen."</p>

            <h2>"When Closer is closed"</h2>
            <p>"A web app can't wake itself up at set times without a server, and Closer has none: nothing leaves your device. \
                Your calendar can do it instead. This file holds three daily events with an alarm each, made right here."</p>
            <p>{format!(
                "Calendars are often shared, or show on a lock screen, so the events are simply called \u{201c}{NEUTRAL_SUMMARY}\u{201d}: \
                 they don't mention Closer, check-ins or feelings."
            )}</p>
            <label class="check">
                <input type="checkbox" prop:checked=move || named.get()
                    on:change:target=move |ev| named.set(ev.target().checked())/>
                " Say what the events are for (\u{201c}Closer: morning check-in\u{201d})"
            </label>
            <button type="button" on:click=download>"Add to my calendar (.ics file)"</button>
            <p class="hint">"If you change your times, make a new file and replace the old events."</p>
        </Page>
    }
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
        .unwrap_or_default()
}
