//! `/moment/urge`: "I noticed an urge to pull away", logged in a few taps. Only "where"
//! is needed; how strong and what you did have quick defaults or can wait.

use crate::base::plural::count;
use crate::domain::urges::{
    count_on, logged_at, Action, Situation, Urge, MAX_DAYS_AGO, MAX_INTENSITY, MIN_INTENSITY,
};
use crate::platform;
use crate::state;
use crate::store::StoreError;
use crate::ui::choice::Choice;
use crate::ui::drafts;
use crate::ui::page::Page;
use crate::ui::save_error::SaveError;
use leptos::prelude::*;
use leptos_router::components::A;

/// The days an urge can be logged for, by how many days ago.
const DAY_NAMES: [&str; MAX_DAYS_AGO as usize + 1] = ["Today", "Yesterday", "The day before"];

#[component]
pub fn UrgeLog() -> impl IntoView {
    let urges = state::collection::<Urge>();
    let situation = RwSignal::new(None::<Situation>);
    let intensity = RwSignal::new(3u8);
    let action = RwSignal::new(None::<Action>);
    let note = RwSignal::new(String::new());
    let when = RwSignal::new(platform::now().hhmm());
    let days_ago = RwSignal::new(0u32);
    // Kept if the app locks while the urge is being logged.
    drafts::keep_choice("situation", situation);
    drafts::keep_choice("intensity", intensity);
    drafts::keep_choice("action", action);
    drafts::keep_text("note", "A note (optional)", note);
    drafts::keep_choice("when", when);
    drafts::keep_choice("days-ago", days_ago);
    let more_open = !note.with_untracked(String::is_empty);
    let error = RwSignal::new(None::<StoreError>);
    let missing = RwSignal::new(false);
    let saved = RwSignal::new(false);
    let today_count = move || urges.with(|v| count_on(v, platform::today()));

    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(s) = situation.get_untracked() else {
            missing.set(true);
            return;
        };
        missing.set(false);
        let at = logged_at(
            platform::now(),
            days_ago.get_untracked(),
            &when.get_untracked(),
        );
        let u = Urge::new(
            platform::new_id(),
            at,
            s,
            intensity.get_untracked(),
            action.get_untracked(),
            &note.get_untracked(),
        );
        match urges.save(u) {
            Ok(()) => {
                error.set(None);
                saved.set(true);
                situation.set(None);
                intensity.set(3);
                action.set(None);
                note.set(String::new());
                when.set(platform::now().hhmm());
                days_ago.set(0);
            }
            Err(e) => {
                saved.set(false);
                error.set(Some(e));
            }
        }
    };

    view! {
        <Page title="Log an urge" class="moment urge">
            <p class="lead">"I noticed an urge to pull away."</p>
            <form class="urge-form" on:submit=save on:input=move |_| saved.set(false)>
                <Choice legend="Where were you?" name="urge-situation"
                    options=Situation::ALL.map(|s| (s, s.label())).to_vec() selected=situation
                    on_choose=Callback::new(move |s| { situation.set(Some(s)); missing.set(false); saved.set(false); })/>
                <Show when=move || missing.get()>
                    <p class="form-hint" role="alert">"Pick where it happened, then save."</p>
                </Show>
                <Choice legend="How strong? 1 is faint, 5 is very strong" name="urge-intensity" class="scale"
                    options=(MIN_INTENSITY..=MAX_INTENSITY).map(|n| (n, n.to_string())).collect()
                    selected=Signal::derive(move || Some(intensity.get()))
                    on_choose=Callback::new(move |n| intensity.set(n))/>
                <Choice legend="What did you do? (can wait)" name="urge-action"
                    options=Action::ALL.map(|a| (a, a.label())).to_vec() selected=action
                    on_choose=Callback::new(move |a| action.set(Some(a)))/>
                <details class="urge-more" open=more_open>
                    <summary>"Time and a note"</summary>
                    <label for="urge-day">"Which day"</label>
                    <select id="urge-day" on:change:target=move |ev| days_ago.set(ev.target().value().parse().unwrap_or(0))>
                        {(0..=MAX_DAYS_AGO).map(|d| view! {
                            <option value=d.to_string() selected=move || days_ago.get() == d>{DAY_NAMES[d as usize]}</option>
                        }).collect_view()}
                    </select>
                    <label for="urge-when">"What time"</label>
                    <input id="urge-when" type="time" prop:value=move || when.get()
                        on:input:target=move |ev| when.set(ev.target().value())/>
                    <label for="urge-note">"A note (optional)"</label>
                    <input id="urge-note" type="text" autocomplete="off" prop:value=move || note.get()
                        on:input:target=move |ev| note.set(ev.target().value())/>
                </details>
                <SaveError error=error/>
                <button type="submit" class="primary big">"Save"</button>
            </form>
            <p role="status" class="saved">
                {move || saved.get().then_some("Logged. Noticing it is the work.")}
            </p>
            <p class="urge-today">
                {move || match today_count() {
                    0 => "No urges logged today.".to_string(),
                    n => format!("{} logged today.", count(n, "urge", "urges")),
                }}
                " "<A href="/urges">"See the weeks"</A>
            </p>
        </Page>
    }
}
