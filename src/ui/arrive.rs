//! After an action, its result where the person is looking: brought into view just below
//! the sticky header (the page's scroll padding plus `.arrives`' scroll margin, in
//! widgets.css), and focused, so a screen reader says it too. One pattern for every screen:
//! `arrive_at(id)` for a result that is already part of the screen (the running break, the
//! next statement), and `<Confirmation>` for a save's "done" (announced as a status).
//! A confirmation can also wait for the next screen: `confirm_next(message)` before
//! navigating, and that screen's `<Confirmation>` shows it on arrival.

use leptos::prelude::*;
use std::cell::RefCell;
use wasm_bindgen::JsCast;

/// Brings `el` to the top of the space below the header and moves focus to it (without a
/// second jump: the focus doesn't scroll). An element that isn't focusable by itself
/// becomes focusable by script only (`tabindex="-1"`), never a tab stop.
pub fn bring(el: &web_sys::Element) {
    if let Some(h) = el.dyn_ref::<web_sys::HtmlElement>() {
        if !h.has_attribute("tabindex") {
            let _ = h.set_attribute("tabindex", "-1");
        }
        let focus = web_sys::FocusOptions::new();
        focus.set_prevent_scroll(true);
        let _ = h.focus_with_options(&focus);
    }
    let scroll = web_sys::ScrollIntoViewOptions::new();
    scroll.set_block(web_sys::ScrollLogicalPosition::Start);
    el.scroll_into_view_with_scroll_into_view_options(&scroll);
}

/// `bring` for the element with this id, once the screen has drawn the change that the
/// action made (the next frame: the reactive updates have run by then).
pub fn arrive_at(id: impl Into<String>) {
    let id = id.into();
    request_animation_frame(move || {
        if let Some(el) = document().get_element_by_id(&id) {
            bring(&el);
        }
    });
}

thread_local! {
    static NEXT: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// A confirmation for the screen about to be opened (a save that returns elsewhere): that
/// screen's `<Confirmation>` shows it on arrival.
pub fn confirm_next(message: impl Into<String>) {
    NEXT.with(|n| *n.borrow_mut() = Some(message.into()));
}

/// The confirmation left by `confirm_next`, taken (shown once).
fn take_next() -> Option<String> {
    NEXT.with(|n| n.borrow_mut().take())
}

/// Where a save says it is done: a status line (announced), brought into view and focused
/// whenever its message appears or changes. `children` (a next step, a link to the entry)
/// show with the message. With no `message`, it shows what `confirm_next` left for it.
#[component]
pub fn Confirmation(
    /// The confirmation to show, if any; when absent, `confirm_next`'s.
    #[prop(optional, into)]
    message: Option<Signal<Option<String>>>,
    /// Shown under the message while it is there.
    #[prop(optional)]
    children: Option<ChildrenFn>,
) -> impl IntoView {
    let message = message.unwrap_or_else(|| {
        let left = RwSignal::new(take_next());
        left.into()
    });
    let node = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        let shown = message.with(|m| m.is_some());
        if shown {
            request_animation_frame(move || {
                // The screen may have moved on by the next frame.
                if let Some(Some(el)) = node.try_get_untracked() {
                    bring(&el);
                }
            });
        }
    });
    let children = StoredValue::new(children);
    view! {
        <div class="confirmation arrives" class:shown=move || message.with(|m| m.is_some())
            role="status" tabindex="-1" node_ref=node>
            {move || message.get().map(|m| view! {
                <p class="confirmation-text">{m}</p>
                {children.with_value(|c| c.as_ref().map(|c| c()))}
            })}
        </div>
    }
}
