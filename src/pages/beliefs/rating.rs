//! Asking how strongly the person holds the old (and the new) belief, 0-100 %.

use super::edit;
use crate::content::beliefs::{RATE_NEW, RATE_OLD};
use crate::domain::beliefs::Moment;
use crate::platform;
use crate::store::StoreError;
use crate::ui::save_error::SaveError;
use leptos::prelude::*;

fn moment_key(m: Moment) -> &'static str {
    match m {
        Moment::Start => "start",
        Moment::NewBelief => "new",
        Moment::Review => "review",
    }
}

/// One 0-100 slider with its value shown and announced as a percentage.
#[component]
pub fn Slider(
    /// The input's id (unique on the screen).
    #[prop(into)]
    id: String,
    /// The question.
    #[prop(into)]
    label: String,
    value: RwSignal<u8>,
) -> impl IntoView {
    let out_id = format!("{id}-value");
    view! {
        <div class="slider">
            <label for=id.clone()>{label}</label>
            <div class="slider-row">
                <input type="range" id=id.clone() min="0" max="100" step="5"
                    prop:value=move || value.get().to_string()
                    aria-valuetext=move || format!("{} percent", value.get())
                    on:input:target=move |ev| value.set(ev.target().value().parse::<u8>().unwrap_or(0).min(100))/>
                <output id=out_id for=id>{move || value.get()}" %"</output>
            </div>
        </div>
    }
}

/// A small form that records one rating of a worksheet.
#[component]
pub fn RatingForm(
    /// The worksheet's id.
    #[prop(into)]
    worksheet: String,
    /// When this rating is asked.
    moment: Moment,
    /// Ask about the new belief too (only once it's written).
    ask_new: bool,
    /// The form's heading.
    #[prop(into)]
    legend: String,
    /// Starting values (usually the last rating), so a review only moves what changed.
    #[prop(optional)]
    start: Option<(u8, Option<u8>)>,
) -> impl IntoView {
    let (o, n) = start.unwrap_or((50, None));
    let old = RwSignal::new(o);
    let new = RwSignal::new(n.unwrap_or(50));
    let error = RwSignal::new(None::<StoreError>);
    let saved = RwSignal::new(false);
    let key = moment_key(moment);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (o, n) = (old.get_untracked(), ask_new.then(|| new.get_untracked()));
        edit(&worksheet, error, |w| w.rate(platform::now(), moment, o, n));
        saved.set(error.with_untracked(Option::is_none));
    };
    view! {
        <form class="rating stack" on:submit=submit>
            <fieldset>
                <legend>{legend}</legend>
                <Slider id=format!("rate-old-{key}") label=RATE_OLD value=old/>
                {ask_new.then(|| view! { <Slider id=format!("rate-new-{key}") label=RATE_NEW value=new/> })}
            </fieldset>
            <SaveError error=error/>
            <p role="status" class="hint">{move || saved.get().then_some("Rating saved.")}</p>
            <button type="submit" class="primary">"Save rating"</button>
        </form>
    }
}
