//! /quiz/history: every completed attempt, the map of each series over time, and
//! deleting an attempt (after a confirmation).

use super::Citations;
use crate::content::instrument::Reference;
use crate::domain::attachment_map::pair;
use crate::domain::attempt::{
    retake, series_keys, trajectory, Attempt, SeriesKey,
};
use crate::domain::questionnaire::{decode, Questionnaire as Q};
use crate::domain::reflection;
use crate::platform;
use crate::state;
use crate::store::StoreError;
use crate::ui::attachment_map::AttachmentMap;
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
    let confirming = RwSignal::new(None::<String>);
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
    let delete = move |a: Attempt| {
        let r = attempts.delete(&a.id, a.t);
        if r.is_ok() {
            confirming.set(None);
        }
        error.set(r.err());
    };
    let rows = move || {
        let mut list = attempts.get();
        list.reverse();
        list.into_iter()
            .map(|a| {
                let id = a.id.clone();
                let id2 = a.id.clone();
                let asking = Memo::new(move |_| confirming.get().as_deref() == Some(id.as_str()));
                let name = match a.q {
                    Q::Reflection => "Quick reflection".to_string(),
                    q => {
                        let short = q.instrument().map(|i| i.short).unwrap_or("");
                        match a.about() { s if s.is_empty() => short.to_string(), s => format!("{short}, {}", s.to_lowercase()) }
                    }
                };
                let label = format!("{} · {}", a.t.day().short(), name);
                let a2 = a.clone();
                let label_text = label.clone();
                view! {
                    <li class="attempt">
                        <A href=format!("/quiz/result/{}", a.id)>{label_text}</A>
                        <p class="hint">{summary(&a)}</p>
                        <Show when=move || asking.get() fallback=move || {
                            let id = id2.clone();
                            let label = label.clone();
                            view! {
                                <button type="button" class="quiet" aria-label=format!("Delete {label}")
                                    on:click=move |_| confirming.set(Some(id.clone()))>"Delete"</button>
                            }
                        }>
                            {
                                let a3 = a2.clone();
                                view! {
                                    <div class="confirm" role="group" aria-label="Confirm deletion">
                                        <p>"Delete this attempt? This can't be undone."</p>
                                        <div class="row">
                                            <button type="button" class="danger" on:click=move |_| delete(a3.clone())>"Yes, delete it"</button>
                                            <button type="button" on:click=move |_| confirming.set(None)>"Keep it"</button>
                                        </div>
                                    </div>
                                }
                            }
                        </Show>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <Page title="Your attempts over time" class="quiz">
            <Show when=move || attempts.with(|v| !v.is_empty()) fallback=|| view! {
                <p>"No attempts yet. When you finish a questionnaire, it appears here with its date."</p>
                <p><A href="/quiz">"Where am I"</A></p>
            }>
                <p class="lead">"Each completed attempt adds a dated point. Joined in time order, the points show how things are shifting."</p>
                {maps}
                <h2>"All attempts"</h2>
                <SaveError error=error/>
                <ul class="attempts">{rows}</ul>
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
