//! Choosing one answer of a few: a fieldset named by its question, one radio button per
//! answer, each inside its label so the whole answer is the tap target. Arrow keys move
//! between the answers as in any radio group.
//!
//! Classes (styled in `style/widgets.css`): `choices` on the fieldset, plus the `class`
//! given (`scale` for a row of numbers, `yes-no` for two short answers); `choice` on each
//! answer's label.

use leptos::prelude::*;

#[component]
pub fn Choice<T, L>(
    /// The question, shown as the fieldset's legend (and naming the group).
    #[prop(into)]
    legend: TextProp,
    /// The radios' shared name: unique on the screen.
    #[prop(into)]
    name: String,
    /// The answers, in order: the value chosen and what the person reads.
    options: Vec<(T, L)>,
    /// The answer chosen now, if any.
    #[prop(into)]
    selected: Signal<Option<T>>,
    /// Called with the answer the person picks.
    on_choose: Callback<T>,
    /// Extra classes for the fieldset: `scale` (a row of numbers), `yes-no`.
    #[prop(optional)]
    class: &'static str,
) -> impl IntoView
where
    T: Clone + PartialEq + Send + Sync + 'static,
    L: IntoView + 'static,
{
    let answers = options
        .into_iter()
        .enumerate()
        .map(|(i, (value, label))| {
            let (is, pick) = (value.clone(), value);
            view! {
                <label class="choice">
                    <input type="radio" name=name.clone() value=i.to_string()
                        prop:checked=move || selected.with(|s| s.as_ref() == Some(&is))
                        on:change=move |_| on_choose.run(pick.clone())/>
                    <span>{label}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset class=format!("choices {class}").trim_end().to_string()>
            <legend>{move || legend.get().to_string()}</legend>
            {answers}
        </fieldset>
    }
}
