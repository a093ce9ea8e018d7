//! Where things are, drawn: the header, the tab bar, a sub-screen's back link and the
//! grouped "More" list. The map itself (tabs, groups, parents) is `content::places`.
//!
//! While the person hasn't begun (the welcome), the frame keeps to one thing: the header
//! shows only About & safety, and there is no tab bar. While locked the header says only
//! "About": a phone in someone else's hands names nothing about safety.

use crate::content::places::{Trail, GROUPS, TABS};
use crate::state;
use crate::store::lock::LockState;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_location;

/// The in-the-moment hub, one tap from anywhere.
pub const HELP_NOW: &str = "/moment";

/// Whether the person has begun (the welcome is behind them). A locked app counts as
/// begun: its data can't be read until it is unlocked, and the frame stays as it was.
fn begun() -> Memo<bool> {
    let profile = state::profile();
    let lock = state::lock_state();
    Memo::new(move |_| lock.get() == LockState::Locked || profile.with(|p| p.onboarded()))
}

#[component]
pub fn Header() -> impl IntoView {
    let begun = begun();
    // A locked phone may be in someone else's hands: its frame names nothing about safety.
    let lock = state::lock_state();
    let about = move || {
        if lock.get() == LockState::Locked {
            "About"
        } else {
            "About & safety"
        }
    };
    view! {
        <header class="top">
            <A href="/" attr:class="brand">"Closer"</A>
            <nav class="top-actions" aria-label="Always here">
                <Show when=move || begun.get()>
                    <A href=HELP_NOW attr:class="help-now">"Help now"</A>
                </Show>
                <A href="/about" attr:class="about-link">{about}</A>
            </nav>
        </header>
    }
}

thread_local! {
    /// The screens the person has come through (see `Trail`), for the tab bar and Back.
    /// Reference-counted, not owned by the screen that first reads it (which goes away).
    static TRAIL: ArcRwSignal<Trail> = ArcRwSignal::new(Trail::default());
}

fn trail() -> ArcRwSignal<Trail> {
    TRAIL.with(|t| t.clone())
}

/// Follows the person through the app: every screen shown joins the trail.
fn follow_trail() {
    let location = use_location();
    Effect::new(move |_| {
        let p = location.pathname.get();
        trail().update(|t| t.visit(&p));
    });
}

/// The five tabs. A tab is marked for its own screen and every screen under it; a screen
/// that belongs to no tab (Help now, the wins) stays under the tab it was opened from
/// (More when opened directly).
#[component]
pub fn TabBar() -> impl IntoView {
    let begun = begun();
    let location = use_location();
    follow_trail();
    let current = Memo::new(move |_| location.pathname.with(|p| trail().with(|t| t.tab(p))));
    let exact = Memo::new(move |_| {
        location
            .pathname
            .with(|p| TABS.iter().position(|(h, _)| h == p))
    });
    view! {
        <Show when=move || begun.get()>
            <nav class="tabs" aria-label="Main">
                <ul>
                    {TABS.iter().enumerate().map(|(i, (href, label))| view! {
                        <li>
                            <a href=*href aria-current=move || {
                                if exact.get() == Some(i) {
                                    Some("page")
                                } else if current.get() == Some(i) {
                                    Some("true")
                                } else {
                                    None
                                }
                            }>{*label}</a>
                        </li>
                    }).collect_view()}
                </ul>
            </nav>
        </Show>
    }
}

/// A small link back, at the top of every sub-screen (an installed app on a phone may
/// have no back button of its own): to where the person came from when that was another
/// section, else one level up. Before the person has begun, the
/// way back is the welcome.
#[component]
pub fn BackLink() -> impl IntoView {
    let begun = begun();
    let location = use_location();
    let lock = state::lock_state();
    let up = Memo::new(move |_| {
        if lock.get() == LockState::Locked {
            return None;
        }
        let p = location.pathname.get();
        if !begun.get() && !p.starts_with("/welcome") {
            return Some(("/welcome".to_string(), "Welcome".to_string()));
        }
        trail().with(|t| t.back(&p))
    });
    move || {
        up.get().map(|(href, name)| {
            view! {
                <p class="back-link">
                    <a href=href>
                        <span class="back-arrow" aria-hidden="true">"‹"</span>
                        <span class="sr-only">"Back to "</span>
                        {name}
                    </a>
                </p>
            }
        })
    }
}

/// A group's small picture (24 × 24, drawn in the text colour): what the group is about at
/// a glance, beside its heading.
fn group_icon(title: &str) -> AnyView {
    let d = match title {
        "Daily" => "M12 8a4 4 0 1 0 0 8a4 4 0 1 0 0-8M12 2v2M12 20v2M2 12h2M20 12h2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4",
        "In the moment" => "M12 20s-7-4.4-7-10a4 4 0 0 1 7-2.6A4 4 0 0 1 19 10c0 5.6-7 10-7 10z",
        "Learn" => "M3 5h6a3 3 0 0 1 3 3v12a2 2 0 0 0-2-2H3zM21 5h-6a3 3 0 0 0-3 3v12a2 2 0 0 1 2-2h7z",
        "Track" => "M3 20h18M6 20v-6M11 20V8M16 20v-9M21 4l-5 5-5-3-5 5",
        _ => "M6 11h12a1 1 0 0 1 1 1v7a1 1 0 0 1-1 1H6a1 1 0 0 1-1-1v-7a1 1 0 0 1 1-1zM8 11V8a4 4 0 0 1 8 0v3",
    };
    view! {
        <svg class="group-icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
            <path d=d/>
        </svg>
    }
    .into_any()
}

/// Every section outside the tabs, in its group, for the "More" screen: each group under
/// its heading and picture, each section one row to tap (its name and what it holds).
#[component]
pub fn SectionGroups() -> impl IntoView {
    view! {
        {GROUPS.iter().enumerate().map(|(i, g)| {
            let id = format!("more-{i}");
            let heading = id.clone();
            view! {
                <section class="section-group" aria-labelledby=id>
                    <h2 id=heading>{group_icon(g.title)}<span>{g.title}</span></h2>
                    <ul class="section-list">
                        {g.sections.iter().map(|s| view! {
                            <li>
                                <a href=s.href>
                                    <span class="section-name">{s.label}</span>
                                    <span class="section-blurb">{s.blurb}</span>
                                </a>
                            </li>
                        }).collect_view()}
                    </ul>
                </section>
            }
        }).collect_view()}
    }
}
