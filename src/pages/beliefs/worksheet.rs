//! `/beliefs/:id`: one worksheet at a glance: the steps, the ratings chart and review,
//! the evidence collected, and putting it away or deleting it.

use super::evidence_form::{EvidenceForm, EvidenceList};
use super::rating::RatingForm;
use super::{edit, evidence_log, progress, route_sheet, sheets, Missing};
use crate::base::plural;
use crate::base::time::LocalTime;
use crate::content::beliefs::STEPS;
use crate::domain::beliefs::{Moment, Worksheet as Sheet};
use crate::domain::evidence;
use crate::platform;
use crate::store::StoreError;
use crate::ui::chart::{LineChart, Series};
use crate::ui::confirm::Confirm;
use crate::ui::page::Page;
use crate::ui::save_error::SaveError;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

#[component]
pub fn Worksheet() -> impl IntoView {
    let (id, ws) = route_sheet();
    let exists = Memo::new(move |_| ws.with(Option::is_some));
    move || match exists.get() {
        true => overview(id.get(), ws).into_any(),
        false => view! { <Missing/> }.into_any(),
    }
}

fn overview(id: String, ws: Memo<Option<Sheet>>) -> impl IntoView {
    let error = RwSignal::new(None::<StoreError>);
    let get =
        move |f: fn(&Sheet) -> String| move || ws.with(|w| w.as_ref().map(f).unwrap_or_default());
    let (ev_count, states) = progress(&id, ws);
    let resume = Memo::new(move |_| {
        ws.with(|w| {
            w.as_ref()
                .map(|w| w.resume_step(ev_count.get()))
                .unwrap_or(1)
        })
    });
    let done =
        Memo::new(move |_| states.with(|v| v.iter().filter(|s| s.label() == "done").count()));
    let has_new = Memo::new(move |_| {
        ws.with(|w| w.as_ref().is_some_and(|w| !w.new_belief.trim().is_empty()))
    });
    let due = Memo::new(move |_| ws.with(|w| w.as_ref().and_then(Sheet::rating_due)));
    let archived = Memo::new(move |_| ws.with(|w| w.as_ref().is_some_and(|w| w.archived)));
    let suggested = Memo::new(move |_| {
        ws.with(|w| {
            w.as_ref()
                .is_some_and(|w| w.review_suggested(platform::today()))
        })
    });
    let ratings =
        Memo::new(move |_| ws.with(|w| w.as_ref().map(|w| w.ratings.clone()).unwrap_or_default()));
    let last = move || ratings.with_untracked(|r| r.last().map(|r| (r.old, r.new)));
    let reviewing = RwSignal::new(false);

    let base = format!("/beliefs/{id}");
    let steps = STEPS
        .iter()
        .map(|s| {
            let k = s.number as usize;
            let label = move || states.with(|v| v.get(k - 1).map(|s| s.label()).unwrap_or(""));
            view! {
                <li class=move || format!("step-link {}", label().replace(' ', "-"))>
                    <A href=format!("{base}/step/{k}")><span class="num">{k}</span>" "{s.title}</A>
                    <span class="state">{label}</span>
                </li>
            }
        })
        .collect_view();

    let chart = move || {
        ratings.with(|r| {
            (r.len() >= 2).then(|| {
                let w = ws.get_untracked().unwrap_or_default();
                let labels = r.iter().map(|x| x.t.day().short()).collect();
                let old = Series { name: "Old belief".into(), values: r.iter().map(|x| Some(x.old as f64)).collect() };
                let new = Series { name: "New belief".into(), values: r.iter().map(|x| x.new.map(|n| n as f64)).collect() };
                let series = if r.iter().any(|x| x.new.is_some()) { vec![old, new] } else { vec![old] };
                view! {
                    <LineChart title="Belief strength over time" labels=labels series=series y_max=100.0
                        summary=w.ratings_summary()/>
                }
            })
        })
    };

    let (id_rate, id_rate2, id_review, id_ev, id_list, id_arch) = (
        id.clone(),
        id.clone(),
        id.clone(),
        id.clone(),
        id.clone(),
        id.clone(),
    );
    view! {
        <Page title="Belief worksheet" class="beliefs worksheet">
            <blockquote class="old-belief">{get(|w| w.title())}</blockquote>
            <Show when=move || has_new.get()>
                <p class="new-belief"><span class="label">"New belief: "</span>{get(|w| w.new_belief.trim().to_string())}</p>
            </Show>
            <Show when=move || archived.get()>
                <p class="hint">"This worksheet is put away. It stays here, untouched, until you bring it back."</p>
            </Show>

            <section aria-labelledby="steps-h">
                <h2 id="steps-h">"Steps"</h2>
                <p>{move || format!("{} of 7 steps done.", done.get())}" "
                    <A href={ let id = id.clone(); move || format!("/beliefs/{id}/step/{}", resume.get()) }>
                        {move || format!("Continue with step {}", resume.get())}
                    </A>
                </p>
                <ol class="steps-overview">{steps}</ol>
            </section>

            <Show when=move || due.get() == Some(Moment::Start)>
                <RatingForm worksheet=id_rate.clone() moment=Moment::Start ask_new=false
                    legend="Before you begin: how much do you believe the old belief?"/>
            </Show>
            <Show when=move || due.get() == Some(Moment::NewBelief)>
                <RatingForm worksheet=id_rate2.clone() moment=Moment::NewBelief ask_new=true
                    legend="You've written a new belief: how much do you believe each?"
                    start=(last().map(|l| l.0).unwrap_or(50), None)/>
            </Show>

            <section aria-labelledby="ratings-h">
                <h2 id="ratings-h">"How strongly you believe each"</h2>
                {chart}
                <Show when=move || ratings.with(|r| r.len() < 2)>
                    <p class="hint">"After two ratings, a small chart shows how both beliefs change over time."</p>
                </Show>
                <Show when=move || suggested.get() && !reviewing.get()>
                    <p class="hint">"It's been a while since you last rated these. A review takes a few seconds, whenever you like."</p>
                </Show>
                <Show when=move || reviewing.get()
                    fallback=move || view! {
                        <button type="button" on:click=move |_| reviewing.set(true)>"Rate them again"</button>
                    }>
                    <RatingForm worksheet=id_review.clone() moment=Moment::Review ask_new=has_new.get_untracked()
                        legend="Review: how much do you believe each today?" start=last().unwrap_or((50, None))/>
                    <button type="button" class="quiet" on:click=move |_| reviewing.set(false)>"Close the review"</button>
                </Show>
            </section>

            <section aria-labelledby="evidence-h">
                <h2 id="evidence-h">"Evidence for the new belief"</h2>
                <Show when=move || has_new.get()
                    fallback=move || view! { <p class="hint">"Once you've written a new belief (step 5), you can collect evidence for it here."</p> }>
                    <EvidenceForm worksheet=id_ev.clone()/>
                </Show>
                <EvidenceList worksheet=id_list.clone()/>
            </section>

            <section aria-labelledby="manage-h">
                <h2 id="manage-h">"Keep or let go"</h2>
                <button type="button" on:click=move |_| {
                    let now = !archived.get_untracked();
                    edit(&id_arch, error, |w| w.archived = now);
                }>{move || if archived.get() { "Bring it back" } else { "Put it away (archive)" }}</button>
                <DeleteWorksheet id=id.clone()/>
                <SaveError error=error/>
            </section>
        </Page>
    }
}

/// Deleting asks first, and says what will go with it.
#[component]
fn DeleteWorksheet(id: String) -> impl IntoView {
    let error = RwSignal::new(None::<StoreError>);
    let count = {
        let id = id.clone();
        Memo::new(move |_| evidence_log().with(|all| evidence::count(all, &id)))
    };
    let navigate = use_navigate();
    let delete = Callback::new(move |()| {
        let log = evidence_log();
        let gone: Vec<(String, LocalTime)> = log.with(|all| {
            evidence::of_worksheet(all, &id)
                .iter()
                .map(|e| (e.id.clone(), e.t))
                .collect()
        });
        for (eid, t) in gone {
            if let Err(e) = log.delete(&eid, t) {
                error.set(Some(e));
                return;
            }
        }
        let Some(t) = sheets().with(|v| v.iter().find(|w| w.id == id).map(|w| w.t)) else {
            return;
        };
        match sheets().delete(&id, t) {
            Ok(()) => navigate("/beliefs", Default::default()),
            Err(e) => error.set(Some(e)),
        }
    });
    let question = move || match count.get() {
        0 => "Delete this worksheet? This can't be undone.".to_string(),
        n => format!(
            "Delete this worksheet and its {}? This can't be undone.",
            plural::count(n, "piece of evidence", "pieces of evidence")
        ),
    };
    view! {
        <Confirm ask="Delete\u{2026}" ask_class="danger" class="panel" question=question
            yes="Delete for good" on_yes=delete/>
        <SaveError error=error/>
    }
}
