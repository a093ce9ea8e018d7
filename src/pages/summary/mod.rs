//! `/summary`: a summary to bring to a therapist, or to keep. The person chooses the days
//! and ticks the parts (nothing is in it until ticked; their own words only when ticked
//! separately, after seeing them), then prints it or saves it as a PDF with the browser's
//! own print window. Nothing is made or sent anywhere else.

pub mod document;

use crate::base::time::Day;
use crate::domain::attempt::Attempt;
use crate::domain::beliefs::Worksheet;
use crate::domain::checkin::{CheckIn, FeelPrefs};
use crate::domain::conflict::Conflict;
use crate::domain::evidence::Evidence;
use crate::domain::fact_feeling::Statement;
use crate::domain::milestones::Assessment;
use crate::domain::practice::{Practice, Progress};
use crate::domain::summary::figures::{build, Records};
use crate::domain::summary::report::{report, Report};
use crate::domain::summary::{range, Paper, Part, Period, Range, RangeError, Selection};
use crate::domain::urges::Urge;
use crate::domain::wins::Win;
use crate::platform;
use crate::state;
use crate::ui::page::Page;
use document::{block, Document};
use leptos::html;
use leptos::prelude::*;

/// Everything the summary reads, in one memo: recomputed when the choice changes or when
/// older history arrives a moment after the screen opens.
fn make(range: Range, sel: &Selection, today: Day) -> Report {
    let attempts = state::collection::<Attempt>().get();
    let checkins = state::collection::<CheckIn>().get();
    let own = state::doc::<FeelPrefs>().with(|p| p.own.clone());
    let urges = state::collection::<Urge>().get();
    let practices = state::collection::<Practice>().get();
    let statements = state::collection::<Statement>().get();
    let progress = state::doc::<Progress>().get();
    let worksheets = state::collection::<Worksheet>().get();
    let evidence = state::collection::<Evidence>().get();
    let assessments = state::collection::<Assessment>().get();
    let conflicts = state::collection::<Conflict>().get();
    let wins = state::collection::<Win>().get();
    let records = Records {
        attempts: &attempts,
        checkins: &checkins,
        own: &own,
        urges: &urges,
        practices: &practices,
        statements: &statements,
        progress: &progress,
        worksheets: &worksheets,
        evidence: &evidence,
        assessments: &assessments,
        conflicts: &conflicts,
        wins: &wins,
        start: state::profile().with(|p| p.start),
        today,
    };
    let summary = build(&records, range, sel);
    report(&summary, today, sel.parts(), sel.own_words)
}

fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

#[component]
pub fn Summary() -> impl IntoView {
    crate::ui::sheet::enable("sharesheet");
    let today = platform::today();
    let start = state::profile().get_untracked().start;
    let period = RwSignal::new(Period::LastMonth);
    let from = RwSignal::new(String::new());
    let to = RwSignal::new(today.iso());
    let selection = RwSignal::new(Selection::default());
    let showing = RwSignal::new(false);
    let asked_empty = RwSignal::new(false);
    let language = js_sys::Reflect::get(&window().navigator(), &"language".into())
        .ok()
        .and_then(|l| l.as_string())
        .unwrap_or_default();
    let paper = RwSignal::new(Paper::for_language(&language));
    let doc_title = NodeRef::<html::H2>::new();
    // Focus moves to the document once, when the person asks for it.
    let focus_next = StoredValue::new(false);

    let chosen: Memo<Result<Range, RangeError>> = Memo::new(move |_| {
        let custom = (Day::parse_iso(&from.get()), Day::parse_iso(&to.get()));
        range(period.get(), start, custom, today)
    });
    let doc: Memo<Option<Report>> = Memo::new(move |_| {
        let r = chosen.get().ok()?;
        Some(selection.with(|s| make(r, s, today)))
    });

    let show = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if selection.with(Selection::is_empty) {
            asked_empty.set(true);
            return;
        }
        if chosen.get_untracked().is_err() {
            return;
        }
        focus_next.set_value(true);
        showing.set(true);
    };
    Effect::new(move |_| {
        if let Some(h) = doc_title.get() {
            if focus_next.get_value() {
                focus_next.set_value(false);
                let _ = h.focus();
            }
        }
    });

    view! {
        <Page title="A summary to share" class="summary">
            <p class="lead no-print">
                "For a therapist, or just for you. You choose the days and what goes in. It's made here on your phone, "
                "and it goes nowhere unless you print it or save it."
            </p>
            <Show when=move || !showing.get() fallback=move || view! {
                <div class="doc-actions no-print">
                    <fieldset class="choices">
                        <legend>"Paper"</legend>
                        {Paper::ALL.into_iter().map(|p| view! {
                            <label class="choice">
                                <input type="radio" name="paper" value=p.key()
                                    prop:checked=move || paper.get() == p
                                    on:change=move |_| paper.set(p)/>
                                <span>{p.label()}</span>
                            </label>
                        }).collect_view()}
                    </fieldset>
                    <div class="row">
                        <button type="button" class="primary" on:click=move |_| print()>"Print or save as PDF"</button>
                        <button type="button" on:click=move |_| showing.set(false)>"Change what's in it"</button>
                    </div>
                    <p class="hint">"In the print window, choose \u{201c}Save as PDF\u{201d} to keep it as a file. Only you decide who sees it."</p>
                </div>
                {move || doc.get().map(|r| view! { <Document report=r paper=paper title_ref=doc_title/> })}
            }>
                <form class="summary-form stack" on:submit=show>
                    <fieldset class="choices">
                        <legend>"Which days?"</legend>
                        {Period::ALL.into_iter().map(|p| view! {
                            <label class="choice">
                                <input type="radio" name="period" value=p.key()
                                    prop:checked=move || period.get() == p
                                    on:change=move |_| period.set(p)/>
                                <span>{p.label()}</span>
                            </label>
                        }).collect_view()}
                    </fieldset>
                    <Show when=move || period.get() == Period::Custom>
                        <div class="dates row">
                            <div>
                                <label for="summary-from">"First day"</label>
                                <input id="summary-from" type="date" max=today.iso()
                                    prop:value=move || from.get() on:input:target=move |ev| from.set(ev.target().value())/>
                            </div>
                            <div>
                                <label for="summary-to">"Last day"</label>
                                <input id="summary-to" type="date" max=today.iso()
                                    prop:value=move || to.get() on:input:target=move |ev| to.set(ev.target().value())/>
                            </div>
                        </div>
                    </Show>
                    <p class="period" role="status">{move || match chosen.get() {
                        Ok(r) => format!("The summary covers {}.", r.label()),
                        Err(e) => e.message().to_string(),
                    }}</p>
                    <fieldset class="parts">
                        <legend>"What goes in?"</legend>
                        <p class="hint">"Nothing is included until you tick it. Each part shows counts and charts; your own words go in only if you choose them below."</p>
                        {Part::ALL.into_iter().map(|p| {
                            let id = format!("part-choice-{}", p.key());
                            view! {
                                <div class="part-choice">
                                    <input type="checkbox" id=id.clone() aria-describedby=format!("{id}-about")
                                        prop:checked=move || selection.with(|s| s.has(p))
                                        on:change:target=move |ev| {
                                            let on = ev.target().checked();
                                            selection.update(|s| s.set(p, on));
                                            asked_empty.set(false);
                                        }/>
                                    <label for=id.clone()>{p.title()}</label>
                                    <p class="hint" id=format!("{id}-about")>{p.blurb()}</p>
                                </div>
                            }
                        }).collect_view()}
                    </fieldset>
                    <fieldset class="own">
                        <legend>"Your own words"</legend>
                        <label class="check">
                            <input type="checkbox" prop:checked=move || selection.with(|s| s.own_words)
                                on:change:target=move |ev| {
                                    let on = ev.target().checked();
                                    selection.update(|s| s.own_words = on);
                                }/>
                            " Include what I wrote in the parts I ticked (notes, wins, worksheet answers)"
                        </label>
                        <Show when=move || selection.with(|s| s.own_words)>
                            <OwnWordsPreview doc=doc/>
                        </Show>
                    </fieldset>
                    <p class="save-error" role="alert">{move || asked_empty.get().then_some("Tick at least one part first.")}</p>
                    <button type="submit" class="primary">"Show my summary"</button>
                </form>
            </Show>
        </Page>
    }
}

/// Exactly the words that would go in, before the summary is shown.
#[component]
fn OwnWordsPreview(doc: Memo<Option<Report>>) -> impl IntoView {
    let words = move || {
        doc.get()
            .and_then(|r| r.sections.into_iter().find(|s| s.key == "words"))
    };
    view! {
        <div class="preview" role="region" aria-label="Your words that will be included">
            {move || match words() {
                None => view! {
                    <p class="hint">"Tick a part above to see which of your words would go in with it."</p>
                }.into_any(),
                Some(s) => view! {
                    <p>"These will be in the summary exactly as you wrote them:"</p>
                    {s.blocks.into_iter().map(|b| block(b, true)).collect_view()}
                }.into_any(),
            }}
        </div>
    }
}
