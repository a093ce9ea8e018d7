//! `/body/scan`: a short guided body scan, one region at a time, at the person's pace
//! (each step has a gentle timer that can be skipped). It can be left at any step, and
//! every step points to grounding for when noticing the body brings up too much.

use crate::content::body::{region, GROUNDING_PATH, SCAN, SCAN_INTRO, SCAN_STOP, SCAN_STOP_LINK};
use crate::ui::page::Page;
use crate::ui::timer::Timer;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn BodyScan() -> impl IntoView {
    // None = not started; Some(i) = step i; Some(SCAN.len()) = finished.
    let step: RwSignal<Option<usize>> = RwSignal::new(None);
    let next = move |_| step.update(|s| *s = Some(s.map(|i| i + 1).unwrap_or(0)));
    let back = move |_| step.update(|s| *s = s.and_then(|i| i.checked_sub(1)));
    view! {
        <Page title="Body scan" class="feel scan">
            {move || match step.get() {
                None => view! {
                    <p class="lead">{SCAN_INTRO}</p>
                    <p>{format!("{} short steps, about two minutes.", SCAN.len())}</p>
                    <button type="button" class="primary" on:click=next>"Begin"</button>
                }.into_any(),
                Some(i) if i < SCAN.len() => {
                    let s = &SCAN[i];
                    view! {
                        <p class="step-count">{format!("Step {} of {}", i + 1, SCAN.len())}</p>
                        <h2>{region(s.region).map(|r| r.label).unwrap_or("")}</h2>
                        <p class="lead">{s.prompt}</p>
                        <Timer seconds=s.seconds label=format!("Step {}", i + 1) fixed=true autostart=true/>
                        <div class="checkin-actions">
                            {(i > 0).then(|| view! { <button type="button" on:click=back>"Back"</button> })}
                            <button type="button" class="primary" on:click=next>
                                {if i + 1 == SCAN.len() { "Finish" } else { "Next" }}
                            </button>
                        </div>
                        <p class="hint">{SCAN_STOP}" "<A href=GROUNDING_PATH>{SCAN_STOP_LINK}</A>"."</p>
                    }.into_any()
                }
                Some(_) => view! {
                    <p class="lead">"Well done. Whatever you noticed, even nothing much, is information."</p>
                    <p><A href="/body">"Note what you found on the body map"</A></p>
                    <p><A href="/checkin">"Check in"</A></p>
                }.into_any(),
            }}
        </Page>
    }
}
