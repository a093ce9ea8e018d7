//! /quiz/history: every completed attempt, the map of each series over time, and
//! deleting an attempt (after a confirmation).

use super::Citations;
use crate::content::instrument::Reference;
use crate::domain::attachment_map::pair;
use crate::domain::attempt::{retake, series_keys, trajectory, Attempt, SeriesKey};
use crate::domain::questionnaire::{decode, Questionnaire as Q};
use crate::domain::reflection;
use crate::platform;
use crate::state;
use crate::store::StoreError;
use crate::ui::attachment_map::AttachmentMap;
use crate::ui::confirm::Confirm;
use crate::ui::page::Page;
use crate::ui::save_error::SaveError;
use leptos::prelude::*;
use leptos_router::components::A;

fn series_title(k: &SeriesKey) -> String {
    let short = k.q.instrument().map(|i| i.short).unwrap_or("");
    match k.about() {
        a if a.is_empty() => format!("{short} over time"),
        a => format!("{short} over time: {}", a.to_lowercase()),
    }
}

fn summary(a: &Attempt) -> String {
    match a.q {
        Q::Reflection => reflection::result(&decode(&a.answers))
            .map(|r| r.count_words())
            .unwrap_or_else(|e| e.to_string()),
        _ => a
            .scores()
            .map(|s| {
                let p = pair(s);
                let mut c = p.chars();
                c.next()
                    .map(|f| f.to_uppercase().chain(c).collect())
                    .unwrap_or_default()
            })
            .unwrap_or_else(|| "Can't be scored".into()),
    }
}

#[component]
pub fn History() -> impl IntoView {
    let attempts = state::collection::<Attempt>();
    let error = RwSignal::new(None::<StoreError>);
    let maps = move || {
        attempts.with(|v| {
            series_keys(v)
                .into_iter()
                .map(|k| {
                    let pts = trajectory(v, &k);
                    let labels = pts.iter().map(|p| p.t.day().short()).collect::<Vec<_>>();
                    let reference: Option<Reference> = k.q.instrument().and_then(|i| i.reference);
                    let retake_words = (k.q == Q::EcrRs).then(|| retake(pts.last().map(|p| p.t.day()), platform::today()).words());
                    view! {
                        <section class="series">
                            <AttachmentMap title=series_title(&k) points=pts labels=labels reference=reference/>
                            {retake_words.map(|w| view! { <p class="hint">{w}</p> })}
                        </section>
                    }
                })
                .collect_view()
        })
    };
    let newest_first = move || {
        let mut list = attempts.get();
        list.reverse();
        list
    };
    view! {
        <Page title="Your attempts over time" class="quiz">
            <Show when=move || attempts.with(|v| !v.is_empty()) fallback=|| view! {
                <p>"No attempts yet. When you finish a questionnaire, it appears here with its date."</p>
                <p><A href="/quiz">"Questionnaires"</A></p>
            }>
                <p class="lead">"Each completed attempt adds a dated point. Joined in time order, the points show how things are shifting."</p>
                {maps}
                <h2>"All attempts"</h2>
                <SaveError error=error/>
                <ul class="attempts">
                    {move || newest_first().into_iter().map(|a| view! { <AttemptRow attempt=a error=error/> }).collect_view()}
                </ul>
                <p><A href="/quiz">"Take a questionnaire"</A></p>
                {move || {
                    let insts = attempts.with(|v| {
                        Q::ALL
                            .into_iter()
                            .filter(|q| v.iter().any(|a| a.q == *q))
                            .filter_map(Q::instrument)
                            .collect::<Vec<_>>()
                    });
                    (!insts.is_empty()).then(|| view! { <Citations insts=insts/> })
                }}
            </Show>
        </Page>
    }
}

/// One attempt: its date and name linking to its result, what it showed, and deleting it.
#[component]
fn AttemptRow(attempt: Attempt, error: RwSignal<Option<StoreError>>) -> impl IntoView {
    let name = match attempt.q {
        Q::Reflection => "Quick reflection".to_string(),
        q => {
            let short = q.instrument().map(|i| i.short).unwrap_or("");
            match attempt.about() {
                s if s.is_empty() => short.to_string(),
                s => format!("{short}, {}", s.to_lowercase()),
            }
        }
    };
    let label = format!("{} · {}", attempt.t.day().short(), name);
    let ask_label = format!("Delete {label}");
    let (id, t) = (attempt.id.clone(), attempt.t);
    let delete = Callback::new(move |()| {
        error.set(state::collection::<Attempt>().delete(&id, t).err());
    });
    view! {
        <li class="attempt">
            <A href=format!("/quiz/result/{}", attempt.id)>{label}</A>
            <p class="hint">{summary(&attempt)}</p>
            <Confirm ask="Delete" ask_label=ask_label ask_class="quiet"
                question="Delete this attempt? This can't be undone." yes="Yes, delete it"
                on_yes=delete/>
        </li>
    }
}
