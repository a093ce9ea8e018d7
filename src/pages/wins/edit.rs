//! `/wins/new` and `/wins/:id`: write a win, or reread, edit and delete one.

use super::attach::AttachToBelief;
use crate::base::time::Day;
use crate::domain::wins::{Draft, Win};
use crate::platform;
use crate::state;
use crate::store::StoreError;
use crate::ui::confirm::Confirm;
use crate::ui::drafts;
use crate::ui::page::Page;
use crate::ui::save_error::SaveError;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_params_map};

#[component]
pub fn WinNew() -> impl IntoView {
    view! {
        <Page title="Add a win" class="wins">
            <p class="lead">"A moment you risked being open, and it went better than the old fear said it would."</p>
            <WinForm win=None/>
        </Page>
    }
}

#[component]
pub fn WinView() -> impl IntoView {
    let params = use_params_map();
    let wins = state::collection::<Win>();
    let id = Memo::new(move |_| params.with(|p| p.get("id").unwrap_or_default()));
    move || {
        // Untracked: saving this win must not rebuild the form under the person's hands.
        let wanted = id.get();
        let found = wins
            .items()
            .with_untracked(|v| v.iter().find(|w| w.id == wanted).cloned());
        match found {
            None => view! {
                <Page title="Win not found" class="wins">
                    <p>"This win isn't here. It may have been deleted, maybe in another tab."</p>
                    <A href="/wins" attr:class="button primary">"Back to your wins"</A>
                </Page>
            }
            .into_any(),
            Some(w) => {
                let wid = w.id.clone();
                view! {
                    <Page title="Your win" class="wins">
                        <WinForm win=Some(w)/>
                        <AttachToBelief win_id=wid/>
                        <p><A href="/wins" attr:class="button quiet">"All your wins"</A></p>
                    </Page>
                }
                .into_any()
            }
        }
    }
}

#[component]
fn WinForm(win: Option<Win>) -> impl IntoView {
    let wins = state::collection::<Win>();
    let today = platform::today();
    let is_new = win.is_none();
    let original = StoredValue::new(win.clone());
    let start = win.as_ref().map(Draft::of).unwrap_or(Draft {
        day: Some(today),
        ..Draft::default()
    });
    let day = RwSignal::new(start.day.map(|d| d.iso()).unwrap_or_default());
    let risked = RwSignal::new(start.risked);
    let response = RwSignal::new(start.response);
    let showed = RwSignal::new(start.showed);
    // Kept if the app locks while the win is being written.
    drafts::keep_choice("day", day);
    drafts::keep_text("risked", "What I risked", risked);
    drafts::keep_text("response", "How they responded", response);
    drafts::keep_text("showed", "What it showed me", showed);
    let problem = RwSignal::new(None::<&'static str>);
    let error = RwSignal::new(None::<StoreError>);
    let saved = RwSignal::new(false);
    let navigate = use_navigate();
    let nav_save = navigate.clone();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        saved.set(false);
        let draft = Draft {
            day: Day::parse_iso(&day.get_untracked()),
            risked: risked.get_untracked(),
            response: response.get_untracked(),
            showed: showed.get_untracked(),
        };
        let old = original.get_value();
        let w = match draft.into_win(old.as_ref(), platform::new_id(), platform::now()) {
            Ok(w) => w,
            Err(e) => return problem.set(Some(e.message())),
        };
        problem.set(None);
        let result = match &old {
            Some(o) => wins.replace(o.at, w.clone()),
            None => wins.save(w.clone()),
        };
        match result {
            Ok(()) => {
                error.set(None);
                if old.is_none() {
                    nav_save("/wins", Default::default());
                } else {
                    original.set_value(Some(w));
                    saved.set(true);
                }
            }
            Err(e) => error.set(Some(e)),
        }
    };
    let delete = Callback::new(move |_: ()| {
        let Some(o) = original.get_value() else {
            return;
        };
        match wins.delete(&o.id, o.at) {
            Ok(()) => navigate("/wins", Default::default()),
            Err(e) => error.set(Some(e)),
        }
    });
    let from_practice = win.as_ref().and_then(|w| w.practice.as_ref()).is_some();
    view! {
        <form on:submit=submit class="stack" novalidate>
            {from_practice.then(|| view! {
                <p class="hint">"Made from one of your practices. Add what it showed you, in your own words."</p>
            })}
            <label for="win-date">"Date"</label>
            <input id="win-date" type="date" required
                prop:value=move || day.get()
                on:input:target=move |ev| day.set(ev.target().value())/>
            <label for="win-risked">"What I risked"</label>
            <textarea id="win-risked" rows="2" required
                prop:value=move || risked.get()
                on:input:target=move |ev| risked.set(ev.target().value())></textarea>
            <label for="win-response">"How they responded"</label>
            <textarea id="win-response" rows="2"
                prop:value=move || response.get()
                on:input:target=move |ev| response.set(ev.target().value())></textarea>
            <label for="win-showed">"What it showed me"</label>
            <textarea id="win-showed" rows="3"
                prop:value=move || showed.get()
                on:input:target=move |ev| showed.set(ev.target().value())></textarea>
            <p class="form-problem" role="alert">{move || problem.get()}</p>
            <SaveError error=error/>
            <p role="status" class="hint">{move || saved.get().then_some("Saved.")}</p>
            <div class="row">
                <button type="submit" class="primary">{if is_new { "Keep this win" } else { "Save changes" }}</button>
                {is_new.then(|| view! { <A href="/wins" attr:class="button quiet">"Cancel"</A> })}
            </div>
        </form>
        {(!is_new).then(|| view! {
            <div class="delete-zone">
                <Confirm ask="Delete this win" ask_class="danger"
                    question="Delete this win for good? This can't be undone." yes="Yes, delete it" on_yes=delete/>
            </div>
        })}
    }
}
