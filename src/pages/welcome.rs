//! First run: what Closer is and isn't, then the commitment (the guide's intention step).

use crate::content::intention::SUGGESTED;
use crate::domain::profile::Profile;
use crate::platform;
use crate::state;
use crate::store::StoreError;
use crate::ui::page::Page;
use crate::ui::save_error::SaveError;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

#[component]
pub fn Welcome() -> impl IntoView {
    view! {
        <Page title="Welcome to Closer" class="welcome">
            <p class="lead">
                "Closer is a companion for people who learned to rely on themselves and keep others at a distance, and who would like to let people in a little more."
            </p>
            <h2>"What it is"</h2>
            <ul>
                <li>"Small daily practices: noticing feelings, sharing a little, staying when you'd rather pull away."</li>
                <li>"A private place to keep track of what changes, over weeks and months."</li>
            </ul>
            <h2>"What it isn't"</h2>
            <ul>
                <li>"It's self-help and education, not therapy. It can't diagnose anything, and a quiz score is not a label."</li>
                <li>"If things feel like too much, a qualified therapist can help, and " <A href="/about">"About and safety"</A> " says where to find urgent help."</li>
            </ul>
            <h2>"Your data stays here"</h2>
            <p>"There's no account. Everything you write stays in this browser on this device and is never sent anywhere."</p>
            <A href="/welcome/intention" attr:class="button primary">"Continue"</A>
            <p class="hint">"Already using Closer on another phone? " <A href="/move?phone=new">"I'm moving from another phone"</A></p>
        </Page>
    }
}

#[component]
pub fn Intention() -> impl IntoView {
    let profile = state::profile();
    let own = RwSignal::new(profile.get_untracked().intention);
    let error = RwSignal::new(None::<StoreError>);
    let navigate = use_navigate();
    let commit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let p = Profile::commit(
            profile
                .get_untracked()
                .start
                .unwrap_or_else(platform::today),
            &own.get_untracked(),
        );
        match profile.save(p) {
            Ok(()) => {
                error.set(None);
                navigate("/", Default::default());
            }
            Err(e) => error.set(Some(e)),
        }
    };
    view! {
        <Page title="Your intention" class="welcome">
            <p>"Healing here happens slowly and on your terms. Read this through, and if you can say yes to it, commit to it."</p>
            <blockquote class="intention">{SUGGESTED}</blockquote>
            <form on:submit=commit>
                <label for="own-intention">"In your own words (optional)"</label>
                <textarea id="own-intention" rows="4"
                    prop:value=move || own.get()
                    on:input:target=move |ev| own.set(ev.target().value())></textarea>
                <p class="hint">"Leave it empty to keep the words above. You can change it later in Settings."</p>
                <SaveError error=error/>
                <button type="submit" class="primary">"I commit to this"</button>
            </form>
            <p class="hint">"Your program starts today. Weeks and months in Closer count from this day."</p>
        </Page>
    }
}
