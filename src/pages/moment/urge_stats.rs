//! `/urges`: the urges over the weeks: how often one was noticed, and how often the person
//! stayed or came back. Conflict breaks are summed up under it.

use crate::domain::conflict::{self, Conflict};
use crate::domain::urges::{self, Urge};
use crate::platform;
use crate::state;
use crate::store::StoreError;
use crate::ui::chart::{LineChart, Series};
use crate::ui::confirm::Confirm;
use crate::ui::page::Page;
use crate::ui::save_error::SaveError;
use leptos::prelude::*;
use leptos_router::components::A;

/// Weeks shown in the chart.
const WEEKS: usize = 8;

#[component]
pub fn UrgeStats() -> impl IntoView {
    let urges = state::collection::<Urge>();
    let conflicts = state::collection::<Conflict>();
    let today = platform::today();
    let weeks = Memo::new(move |_| urges.with(|v| urges::weekly(v, today, WEEKS)));
    let error = RwSignal::new(None::<StoreError>);

    let chart = move || {
        let w = weeks.get();
        let labels = w.iter().map(|w| w.label()).collect::<Vec<_>>();
        let noticed = w.iter().map(|w| Some(w.noticed as f64)).collect();
        let held = w.iter().map(|w| Some(w.held() as f64)).collect();
        let y_max = w.iter().map(|w| w.noticed).max().unwrap_or(0).max(4) as f64;
        view! {
            <LineChart title="Urges per week" labels=labels y_max=y_max
                series=vec![
                    Series { name: "Noticed".into(), values: noticed },
                    Series { name: "Stayed or came back".into(), values: held },
                ]
                summary=urges::summary(&w)/>
        }
    };
    let totals = move || urges::totals(&weeks.get());
    let conflict_line = move || {
        let from = urges::week_start(today).plus(-7 * (WEEKS as i32 - 1));
        conflicts.with(|c| {
            conflict::stats_sentence(&conflict::stats(c, from, today), &urges::span(WEEKS))
        })
    };
    let recent = move || {
        urges.with(|v| {
            v.iter()
                .rev()
                .filter(|u| u.at.day().0 > today.0 - 7)
                .cloned()
                .collect::<Vec<_>>()
        })
    };

    view! {
        <Page title="Your urges over the weeks" class="moment urge-stats">
            {chart}
            <dl class="stat-row">
                <div><dt>"Noticed"</dt><dd>{move || totals().noticed}</dd></div>
                <div><dt>"Stayed or came back"</dt><dd>{move || totals().held}</dd></div>
                <div><dt>"Left"</dt><dd>{move || totals().left}</dd></div>
            </dl>
            <p>{conflict_line}</p>
            <p class="hint">"Noticing more urges early on is progress too: it means you catch them."</p>
            <p><A href="/moment/urge" attr:class="button primary">"Log an urge"</A></p>

            <h2>"The last seven days"</h2>
            <SaveError error=error/>
            <Show when=move || !recent().is_empty() fallback=|| view! { <p>"Nothing logged in the last seven days."</p> }>
                <ul class="urge-list">
                    <For each=recent key=|u| u.id.clone() let:u>
                        <UrgeRow urge=u error=error/>
                    </For>
                </ul>
            </Show>
        </Page>
    }
}

/// One urge of the last seven days, and deleting it after a confirmation.
#[component]
fn UrgeRow(urge: Urge, error: RwSignal<Option<StoreError>>) -> impl IntoView {
    let label = format!(
        "{} {}: {}, strength {}{}",
        urge.at.day().short(),
        urge.at.hhmm(),
        urge.situation.label(),
        urge.intensity,
        urge.action
            .map(|a| format!(". {}", a.label()))
            .unwrap_or_default()
    );
    let (id, at) = (urge.id, urge.at);
    let delete = Callback::new(move |()| {
        error.set(state::collection::<Urge>().delete(&id, at).err());
    });
    view! {
        <li>
            <span>{label.clone()}</span>
            <Confirm ask="Delete" ask_label=format!("Delete: {label}") ask_class="quiet"
                question="Delete this urge from your log? This can't be undone."
                yes="Yes, delete it" on_yes=delete/>
        </li>
    }
}
