//! What Closer is and isn't, where to find help, and how data is kept.

use crate::ui::page::Page;
use leptos::prelude::*;

#[component]
pub fn About() -> impl IntoView {
    view! {
        <Page title="About and safety" class="about">
            <section aria-labelledby="help-now">
                <h2 id="help-now">"If you need help now"</h2>
                <p>
                    "If you might hurt yourself or someone else, or you're in danger, call your local emergency number now."
                </p>
                <p>
                    "Crisis lines are free and confidential. Their numbers differ by country and change over time, so Closer doesn't list numbers that could be out of date. "
                    "To find the current one: search \"crisis line\" with your country's name, ask your doctor, or open "
                    <a href="https://findahelpline.com" rel="noopener noreferrer" target="_blank">"findahelpline.com"</a>
                    " (a directory of helplines by country, kept up to date by ThroughLine)."
                </p>
            </section>
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
                    "The program follows a self-help guide to healing avoidant attachment (steps, weekly practices, and milestones), retold in Closer's own words."
                </p>
                <p class="hint">{format!("Closer {}", env!("CARGO_PKG_VERSION"))}</p>
            </section>
        </Page>
    }
}
