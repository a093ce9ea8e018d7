//! The frame of every screen: a back link on sub-screens, one heading, the document title,
//! and focus moved to the heading on arrival so screen readers announce the new screen.

use leptos::html;
use leptos::prelude::*;

#[component]
pub fn Page(
    /// The screen's heading; also the document title.
    #[prop(into)]
    title: String,
    /// A CSS class for screen-specific layout.
    #[prop(optional, into)]
    class: String,
    children: Children,
) -> impl IntoView {
    let heading = NodeRef::<html::H1>::new();
    document().set_title(&format!("{title} · Closer"));
    Effect::new(move |_| {
        if let Some(h) = heading.get() {
            // Only after an in-app navigation: on first load the page starts at the top anyway.
            if crate::ui::page::navigated() {
                let _ = h.focus();
            }
        }
    });
    view! {
        <section class=format!("page {class}")>
            <crate::ui::nav::BackLink/>
            <h1 tabindex="-1" node_ref=heading>{title}</h1>
            {children()}
        </section>
    }
}

thread_local! {
    static SCREENS: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// True from the second screen shown on.
pub fn navigated() -> bool {
    SCREENS.with(|n| {
        n.set(n.get() + 1);
        n.get() > 1
    })
}
