//! First run: one screen, one action. What Closer is and isn't in a few lines, then a
//! first check-in. The intention (the guide's commitment) is optional and comes later:
//! offered once after the first check-in, and any time from Today or Settings.

use crate::content::intention::SUGGESTED;
use crate::domain::profile::Profile;
use crate::platform;
use crate::state;
use crate::store::StoreError;
use crate::ui::drafts;
use crate::ui::page::Page;
use crate::ui::save_error::SaveError;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

#[component]
pub fn Welcome() -> impl IntoView {
    let profile = state::profile();
    let error = RwSignal::new(None::<StoreError>);
    let navigate = use_navigate();
    let begin = move |_| {
        let p = profile.get_untracked();
        // Coming back to the welcome later never moves the start date.
        let start = p.start.unwrap_or_else(platform::today);
        match profile.save(Profile::commit(start, &p.intention)) {
            Ok(()) => {
                error.set(None);
                navigate("/checkin", Default::default());
            }
            Err(e) => error.set(Some(e)),
        }
    };
    view! {
        <Page title="Welcome to Closer" class="welcome">
            <p class="lead">
                "A quiet place to practise letting people a little closer, at your own pace."
            </p>
            <ul class="welcome-points">
                <li>"Small daily steps, a minute or two at a time: noticing what you feel, sharing a little, staying when you'd rather pull away."</li>
                <li>"Self-help and education, not therapy. It can't diagnose anything."</li>
                <li>"No account. What you write stays on this device and is never sent anywhere."</li>
            </ul>
            <p>"The first step is a check-in: notice what you feel right now and give it a name. It takes about 30 seconds."</p>
            <SaveError error=error/>
            <button type="button" class="primary" on:click=begin>"Begin with a check-in"</button>
            <p class="hint">"If things feel like too much, " <A href="/about">"About and safety"</A> " says where to find help."</p>
            <p class="hint">"Already using Closer on another phone? " <A href="/move?phone=new">"I'm moving from another phone"</A></p>
        </Page>
    }
}

/// Why you're here, in your own words: optional, and changeable any time.
#[component]
pub fn Intention() -> impl IntoView {
    let profile = state::profile();
    let own = RwSignal::new(profile.get_untracked().intention);
    drafts::keep_text("intention", "In your own words", own);
    let error = RwSignal::new(None::<StoreError>);
    let navigate = use_navigate();
    let keep = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let p = profile.get_untracked();
        let start = p.start.unwrap_or_else(platform::today);
        match profile.save(Profile::commit(start, &own.get_untracked())) {
            Ok(()) => {
                error.set(None);
                navigate("/", Default::default());
            }
            Err(e) => error.set(Some(e)),
        }
    };
    view! {
        <Page title="Why you're here" class="welcome">
            <p>"Some people find it helps to say, in a sentence, why they're here. This is optional, and you can change it whenever you like."</p>
            <p>"Here is one way to put it:"</p>
            <blockquote class="intention">{SUGGESTED}</blockquote>
            <form on:submit=keep>
                <label for="own-intention">"In your own words (optional)"</label>
                <textarea id="own-intention" rows="4"
                    prop:value=move || own.get()
                    on:input:target=move |ev| own.set(ev.target().value())></textarea>
                <p class="hint">"Leave it empty to keep the words above."</p>
                <SaveError error=error/>
                <div class="actions">
                    <button type="submit" class="primary">"Keep this"</button>
                    <A href="/" attr:class="button quiet">"Not now"</A>
                </div>
            </form>
        </Page>
    }
}
