//! `/progress/milestones`: the bands of progress, where the person is, and the monthly
//! self-assessment of each marker (not yet / sometimes / often), with changes shown.

use crate::content::milestones::{marker, BANDS, BAND_NOTE, NOT_LINEAR};
use crate::domain::milestones::{
    assessment_due, band_index, changes, latest, next_band_begins, sitting_to_update, Assessment,
    Level,
};
use crate::platform;
use crate::state;
use crate::store::StoreError;
use crate::ui::choice::Choice;
use crate::ui::page::Page;
use crate::ui::save_error::SaveError;
use leptos::prelude::*;
use std::collections::BTreeMap;

#[component]
pub fn Milestones() -> impl IntoView {
    let profile = state::profile();
    let today = platform::today();
    let start = profile.get_untracked().start.unwrap_or(today);
    let current = band_index(start, today);
    let history = state::collection::<Assessment>();
    // The form starts from the latest answers; untouched markers stay unanswered.
    let initial: BTreeMap<String, Level> =
        history.with(|h| latest(h).into_iter().map(|(k, (l, _))| (k, l)).collect());
    let answers = RwSignal::new(initial);
    let error = RwSignal::new(None::<StoreError>);
    let saved = RwSignal::new(false);

    let save = move |_| {
        let chosen = answers.get_untracked();
        if chosen.is_empty() {
            return;
        }
        let now = platform::now();
        let sitting = history.with(|h| match sitting_to_update(h, today) {
            Some(a) => Assessment {
                answers: chosen.clone(),
                ..a.clone()
            },
            None => Assessment {
                id: platform::new_id(),
                at: now,
                answers: chosen.clone(),
            },
        });
        match history.save(sitting) {
            Ok(()) => {
                error.set(None);
                saved.set(true);
            }
            Err(e) => error.set(Some(e)),
        }
    };

    let changed = Memo::new(move |_| history.with(|h| changes(h)));
    let last_day = move || history.with(|h| h.iter().map(|a| a.at.day()).max());
    let due = move || history.with(|h| assessment_due(h, today));

    view! {
        <Page title="Milestones" class="progress milestones">
            <p class="lead">{format!("You're in {}, counted from {}.", BANDS[current].title, start.short())}</p>
            {next_band_begins(start, today).map(|d| view! {
                <p>{format!("The next stretch, {}, begins on {}.", BANDS[current + 1].title, d.short())}</p>
            })}
            <p class="hint">{BAND_NOTE}</p>
            <section class="card self-check-intro" aria-labelledby="sc-h">
                <h2 id="sc-h">"Your monthly self-check"</h2>
                <p>{move || match (last_day(), due()) {
                    (None, _) => "For each sign below, choose how often it's true for you now. Come back once a month; your earlier answers are kept.".to_string(),
                    (Some(d), true) => format!("Last answered on {}. It's a good time to look again.", d.short()),
                    (Some(d), false) => format!("Last answered on {}. You can revisit any time; once a month is plenty.", d.short()),
                }}</p>
                <Show when=move || !changed.with(|c| c.is_empty())>
                    <h3>"What has shifted"</h3>
                    <ul class="changes">
                        {move || changed.get().into_iter().map(|c| {
                            let text = marker(&c.marker).map(|(_, m)| m.text).unwrap_or("");
                            let dir = if c.grew() { "grew" } else { "eased back" };
                            view! {
                                <li class=if c.grew() { "grew" } else { "eased" }>
                                    <q>{text}</q>
                                    {format!(" {dir}: {} → {} (since {}).", c.from.label(), c.to.label(), c.since.short())}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                    <Show when=move || changed.with(|c| c.iter().any(|c| !c.grew()))>
                        <p class="not-linear">{NOT_LINEAR}</p>
                    </Show>
                </Show>
            </section>
            <form class="bands" on:submit=move |ev| { ev.prevent_default(); save(()); }>
                {BANDS.iter().enumerate().map(|(i, band)| {
                    let open = i <= current;
                    let heading = if i == current { format!("{} (where you are now)", band.title) } else { band.title.to_string() };
                    let markers = if open {
                        band.markers.iter().map(|m| {
                            let key = m.key;
                            view! {
                                <Choice legend=m.text name=key class="marker"
                                    options=Level::ALL.map(|l| (l, l.label())).to_vec()
                                    selected=Signal::derive(move || answers.with(|a| a.get(key).copied()))
                                    on_choose=Callback::new(move |l| { saved.set(false); answers.update(|a| { a.insert(key.to_string(), l); }); })/>
                            }
                        }).collect_view().into_any()
                    } else {
                        view! {
                            <details>
                                <summary>"What this stretch can look like"</summary>
                                <ul>{band.markers.iter().map(|m| view! { <li>{m.text}</li> }).collect_view()}</ul>
                            </details>
                        }.into_any()
                    };
                    view! {
                        <section class=if i == current { "card band current" } else { "card band" }>
                            <h2>{heading}</h2>
                            <p>{band.summary}</p>
                            {markers}
                        </section>
                    }
                }).collect_view()}
                <SaveError error=Signal::derive(move || error.get())/>
                <p class="saved" role="status">{move || saved.get().then_some("Saved. Your earlier answers are kept too.")}</p>
                <button type="submit" class="primary">"Save my answers"</button>
            </form>
        </Page>
    }
}
