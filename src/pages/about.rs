//! What Closer is and isn't, where to find help, and how data is kept. Holds no personal
//! data: it opens while the app is locked. Then someone else may be looking at it, so the
//! part about relationships that aren't safe stays out of sight (the locked screen's
//! "Help" opens that page).

use crate::content::safety::{SAFETY_PATH, SAFETY_TITLE};
use crate::state;
use crate::store::lock::LockState;
use crate::ui::page::Page;
use crate::ui::safety::CrisisHelp;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn About() -> impl IntoView {
    let lock = state::lock_state();
    view! {
        <Page title="About and safety" class="about">
            <CrisisHelp/>
            <Show when=move || lock.get() != LockState::Locked>
            <section aria-labelledby="not-safe">
                <h2 id="not-safe">"If someone frightens or hurts you"</h2>
                <p>
                    "Closer's practices are meant for relationships where you feel safe. If a partner or someone close frightens, controls or hurts you, keeping your distance can be what protects you. "
                    <A href=SAFETY_PATH>{SAFETY_TITLE}</A>
                    " says more, and where to find help."
                </p>
            </section>
            </Show>
            <section aria-labelledby="not-therapy">
                <h2 id="not-therapy">"What Closer is, and isn't"</h2>
                <p>
                    "Closer offers education and self-help exercises for people who tend to pull away from closeness. It is not therapy, not medical advice, and it can't diagnose anything. "
                    "Questionnaire results are a picture of how you answered today, not a label."
                </p>
                <p>
                    "Working with a qualified therapist, ideally one experienced with attachment, can help a great deal, especially if old hurts come up or the exercises feel overwhelming. It's fine to go slowly, skip an exercise, or stop."
                </p>
            </section>
            <section aria-labelledby="your-data">
                <h2 id="your-data">"Where your data lives"</h2>
                <ul>
                    <li>"There is no account and no server. Everything you enter is stored only in this browser, on this device."</li>
                    <li>"Closer sends nothing anywhere: no analytics, no tracking, no fonts or files from other sites. After your first visit it works offline."</li>
                    <li>"Browsers can delete stored data (for example when you clear site data, or on some phones after weeks without a visit). A backup file is the way to keep a copy."</li>
                    <li>"On an iPhone or iPad, Closer added to the Home Screen keeps its own data, apart from Closer opened in Safari: what you write in one doesn't show in the other. A backup carries your entries from one to the other, and keeps them safe if either is cleared."</li>
                    <li>"If some saved data can ever not be read, Closer sets it aside untouched and tells you, rather than writing over it."</li>
                </ul>
            </section>
            <section aria-labelledby="credits">
                <h2 id="credits">"Where the program comes from"</h2>
                <p>
                    "The program follows the self-help guide \u{201c}How to Heal Avoidant Attachment Style: A Complete Recovery Guide\u{201d} by Dr. Marcus Williams (January 2024): its steps, weekly practices and milestones, retold in Closer's own words. "
                    "The two questionnaires are published research instruments (the ECR-R and the ECR-RS by R. C. Fraley and colleagues), asked word for word and cited beside every result."
                </p>
                <p class="hint">{format!("Closer {}", env!("CARGO_PKG_VERSION"))}</p>
            </section>
        </Page>
    }
}
