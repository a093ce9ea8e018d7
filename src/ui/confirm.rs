//! Asking before something that can't be taken back: a first button opens a plain
//! question with a yes and a no, and nothing happens until the second, explicit choice.
//!
//! For keyboards and screen readers: opening moves focus to the question (the group is
//! named by it, or by `name`), Tab reaches the two buttons, and Escape or the no button
//! closes it and puts focus back on the first button.
//!
//! Classes (styled in `style/widgets.css`): `confirm` on the group, with
//! `confirm-destructive` or `confirm-gentle`; `confirm-question` and `confirm-actions`
//! inside; the yes button is `danger` (destructive) or `primary`.

use leptos::html;
use leptos::prelude::*;
use std::sync::atomic::{AtomicU32, Ordering};

/// Where focus goes once the DOM has caught up with opening or closing.
#[derive(Clone, Copy, PartialEq)]
enum FocusTo {
    Stay,
    Question,
    Ask,
}

static NEXT_ID: AtomicU32 = AtomicU32::new(0);

#[component]
pub fn Confirm(
    /// The first button's words, e.g. "Delete…".
    ask: &'static str,
    /// Its accessible name when the words alone don't say what goes (a row of a list).
    #[prop(optional, into)]
    ask_label: Option<String>,
    /// The first button's class ("quiet" in a list, "danger" on its own).
    #[prop(optional)]
    ask_class: &'static str,
    /// The question, naming what stays and what goes: fixed words, a `String`, a signal or
    /// a closure (read when the question opens, and kept up to date while it is open).
    #[prop(optional, into)]
    question: Option<TextProp>,
    /// More of the question as markup (shown under `question`), or the whole question.
    #[prop(optional)]
    children: Option<ChildrenFn>,
    /// A short name for the group when the question is long (default: the question).
    #[prop(optional)]
    name: Option<&'static str>,
    /// The confirming button's words ("Yes, delete it").
    yes: &'static str,
    /// The button that changes nothing.
    #[prop(default = "Keep it")]
    no: &'static str,
    /// Saying yes deletes or replaces something: the yes button is marked as a danger.
    /// `false` for a confirmation that loses nothing.
    #[prop(default = true)]
    destructive: bool,
    /// Open or closed, when the screen needs to open or close it itself.
    #[prop(optional)]
    open: Option<RwSignal<bool>>,
    /// An extra class for the group (e.g. "panel").
    #[prop(optional)]
    class: &'static str,
    on_yes: Callback<()>,
) -> impl IntoView {
    let open = open.unwrap_or_else(|| RwSignal::new(false));
    let question_id = format!("confirm-{}", NEXT_ID.fetch_add(1, Ordering::Relaxed));
    let ask_ref = NodeRef::<html::Button>::new();
    let question_ref = NodeRef::<html::Div>::new();
    let focus_to = StoredValue::new(FocusTo::Stay);
    Effect::new(move |_| {
        let (ask, question) = (ask_ref.get(), question_ref.get());
        let done = match focus_to.get_value() {
            FocusTo::Question => question.map(|q| q.focus()),
            FocusTo::Ask => ask.map(|a| a.focus()),
            FocusTo::Stay => None,
        };
        if done.is_some() {
            focus_to.set_value(FocusTo::Stay);
        }
    });
    let close = move || {
        focus_to.set_value(FocusTo::Ask);
        open.set(false);
    };
    let group_class = format!(
        "confirm {} {class}",
        if destructive {
            "confirm-destructive"
        } else {
            "confirm-gentle"
        }
    );
    let (labelled_by, described_by) = match name {
        Some(_) => (None, Some(question_id.clone())),
        None => (Some(question_id.clone()), None),
    };
    view! {
        <Show when=move || open.get() fallback=move || {
            let ask_label = ask_label.clone();
            view! {
                <button type="button" class=ask_class aria-label=ask_label node_ref=ask_ref
                    on:click=move |_| {
                        focus_to.set_value(FocusTo::Question);
                        open.set(true);
                    }>{ask}</button>
            }
        }>
            <div class=group_class.clone() role="group" aria-label=name
                aria-labelledby=labelled_by.clone() aria-describedby=described_by.clone()
                on:keydown=move |ev| {
                    if ev.key() == "Escape" {
                        ev.prevent_default();
                        close();
                    }
                }>
                <div class="confirm-question" id=question_id.clone() tabindex="-1" node_ref=question_ref>
                    {question.clone().map(|q| view! { <p>{move || q.get().to_string()}</p> })}
                    {children.clone().map(|c| c())}
                </div>
                <div class="row confirm-actions">
                    <button type="button" class=if destructive { "danger" } else { "primary" }
                        on:click=move |_| on_yes.run(())>{yes}</button>
                    <button type="button" on:click=move |_| close()>{no}</button>
                </div>
            </div>
        </Show>
    }
}
