//! On a win's screen: attach it as evidence to a new belief from the belief worksheets.
//! Shown only when there is a new belief to attach it to.

use crate::domain::beliefs::{self, Worksheet};
use crate::domain::evidence::{self, Evidence};
use crate::domain::wins::{self, Win};
use crate::platform;
use crate::state;
use crate::store::StoreError;
use crate::ui::save_error::SaveError;
use leptos::prelude::*;

#[component]
pub fn AttachToBelief(win_id: String) -> impl IntoView {
    let worksheets = state::collection::<Worksheet>();
    let all_evidence = state::collection::<Evidence>();
    let wins_c = state::collection::<Win>();
    let win_id = StoredValue::new(win_id);
    let choice = RwSignal::new(String::new());
    let error = RwSignal::new(None::<StoreError>);
    let done = RwSignal::new(None::<String>);
    let beliefs = Memo::new(move |_| worksheets.with(|w| beliefs::new_beliefs(w)));
    // New beliefs this win already supports, and those it could still support.
    let attached = Memo::new(move |_| {
        let wid = win_id.get_value();
        all_evidence.with(|ev| {
            beliefs
                .get()
                .into_iter()
                .filter(|b| evidence::win_attached(ev, &b.worksheet, &wid))
                .collect::<Vec<_>>()
        })
    });
    let open = Memo::new(move |_| {
        let wid = win_id.get_value();
        all_evidence.with(|ev| {
            beliefs
                .get()
                .into_iter()
                .filter(|b| !evidence::win_attached(ev, &b.worksheet, &wid))
                .collect::<Vec<_>>()
        })
    });
    let attach = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let sheet = choice.get_untracked();
        let chosen = sheet
            .is_empty()
            .then(|| open.get_untracked().first().map(|b| b.worksheet.clone()))
            .flatten()
            .unwrap_or(sheet);
        let Some(w) = wins_c.find(&win_id.get_value()) else {
            return;
        };
        let Some(e) = Evidence::from_win(
            platform::new_id(),
            w.at,
            &chosen,
            &w.id,
            &wins::evidence_text(&w),
        ) else {
            return;
        };
        let text = beliefs
            .get_untracked()
            .into_iter()
            .find(|b| b.worksheet == chosen)
            .map(|b| b.text)
            .unwrap_or_default();
        match all_evidence.save(e) {
            Ok(()) => {
                error.set(None);
                choice.set(String::new());
                done.set(Some(format!("Added as evidence for “{text}”.")));
            }
            Err(e) => error.set(Some(e)),
        }
    };
    view! {
        <Show when=move || !beliefs.with(Vec::is_empty)>
            <section class="card attach" aria-labelledby="attach-h">
                <h2 id="attach-h">"Evidence for a new belief"</h2>
                <p class="hint">"A win is evidence for the beliefs you're growing. Add it to one, and it will be there when you review that belief."</p>
                <Show when=move || !attached.with(Vec::is_empty)>
                    <p>"Already evidence for:"</p>
                    <ul>
                        {move || attached.get().into_iter().map(|b| view! {
                            <li>{b.text}</li>
                        }).collect_view()}
                    </ul>
                </Show>
                <Show when=move || !open.with(Vec::is_empty)>
                    <form on:submit=attach class="stack">
                        <label for="attach-belief">"New belief"</label>
                        <select id="attach-belief" prop:value=move || choice.get() on:change:target=move |ev| choice.set(ev.target().value())>
                            {move || open.get().into_iter().map(|b| view! { <option value=b.worksheet.clone()>{b.text}</option> }).collect_view()}
                        </select>
                        <SaveError error=error/>
                        <button type="submit">"Add as evidence"</button>
                    </form>
                </Show>
                <p role="status" class="hint">{move || done.get()}</p>
            </section>
        </Show>
    }
}
