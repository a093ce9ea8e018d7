//! `/partner/for-partners`: a page to show or hand to a partner. Prints cleanly: the app's
//! header, tabs and buttons are left off the paper.

use crate::content::partner::{FOR_PARTNERS_INTRO, PARTNER_DO, PARTNER_DONT, PARTNER_RECONSIDER};
use crate::ui::page::Page;
use leptos::prelude::*;

#[component]
pub fn ForPartners() -> impl IntoView {
    let print = move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    view! {
        <Page title="For partners" class="partner for-partners">
            <p class="lead">{FOR_PARTNERS_INTRO}</p>
            <div class="do-dont">
                <section aria-labelledby="fp-do">
                    <h2 id="fp-do">"What helps"</h2>
                    <ul>{PARTNER_DO.iter().map(|h| view! { <li>{*h}</li> }).collect_view()}</ul>
                </section>
                <section aria-labelledby="fp-dont">
                    <h2 id="fp-dont">"What to avoid"</h2>
                    <ul>{PARTNER_DONT.iter().map(|h| view! { <li>{*h}</li> }).collect_view()}</ul>
                </section>
            </div>
            <section aria-labelledby="fp-reconsider">
                <h2 id="fp-reconsider">"When to think again"</h2>
                <p>{PARTNER_RECONSIDER}</p>
            </section>
            <p class="print-note">"From Closer, a private self-help app. It's not therapy."</p>
            <p class="no-print"><button type="button" class="primary" on:click=print>"Print this page"</button></p>
        </Page>
    }
}
