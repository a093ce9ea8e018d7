//! Where things are: the sections of the app as data, rendered as the header, the tab
//! bar and the "More" screen. Add a section here when its screen exists.

use leptos::prelude::*;
use leptos_router::components::A;

pub struct Section {
    pub href: &'static str,
    pub label: &'static str,
    /// One line for the "More" screen.
    pub blurb: &'static str,
    /// Shown in the bottom tab bar (keep it to four).
    pub tab: bool,
}

/// Every section, in the order the "More" screen lists them.
pub const SECTIONS: &[Section] = &[
    Section { href: "/", label: "Today", blurb: "Where you are in the program and what's next.", tab: true },
    Section { href: "/checkin", label: "Check in", blurb: "Name what you feel right now, with the feelings wheel.", tab: true },
    Section { href: "/progress", label: "Progress", blurb: "Milestones over the months, charts of what you've done, and a pitfall self-check.", tab: true },
    Section { href: "/morning", label: "Morning routine", blurb: "Ten minutes: notice, set an intention, read your new beliefs, give thanks.", tab: false },
    Section { href: "/evening", label: "Evening routine", blurb: "Ten minutes: look back, celebrate small wins, be kind, choose tomorrow's practice.", tab: false },
    Section { href: "/practice", label: "Practice", blurb: "Small steps with real people: sharing feelings, small openings, asking for help, fact + feeling.", tab: true },
    Section { href: "/wins", label: "Wins journal", blurb: "Times being open went well, kept as evidence and searchable.", tab: false },
    Section { href: "/moment", label: "Help now", blurb: "For the hard moment: stay present, ground yourself, take a break and come back.", tab: false },
    Section { href: "/urges", label: "Urges over time", blurb: "How often you noticed the pull to withdraw, and how often you stayed.", tab: false },
    Section { href: "/partner", label: "Partner needs", blurb: "The daily question, and one need noticed and met each day.", tab: false },
    Section { href: "/partner/for-partners", label: "For partners", blurb: "A page to show or print for your partner.", tab: false },
    Section { href: "/therapy", label: "Working with a therapist", blurb: "Approaches, what to look for, individual or couples first.", tab: false },
    Section { href: "/summary", label: "A summary to share", blurb: "The figures of a period you choose, to print or save as a PDF for a therapist or for yourself.", tab: false },
    Section { href: "/quiz", label: "Where am I", blurb: "Attachment questionnaires, your scores on a map, and how they change over time.", tab: false },
    Section { href: "/understand", label: "Understand", blurb: "What the pattern is, where it began, what it costs, and why it isn't your fault.", tab: false },
    Section { href: "/beliefs", label: "Beliefs", blurb: "Question an old belief, write a fairer one, and collect evidence for it.", tab: false },
    Section { href: "/body", label: "Body map", blurb: "Notice where feelings show up in your body; a short body scan.", tab: false },
    Section { href: "/sit", label: "Sit with a feeling", blurb: "Stay with a feeling for a few minutes, with a timer and a breathing cue.", tab: false },
    Section { href: "/insights", label: "Feelings over time", blurb: "Your check-ins: a timeline, a month view, patterns in body and feelings.", tab: false },
    Section { href: "/reminders", label: "Check-in reminders", blurb: "Three times a day, and a calendar file for when Closer is closed.", tab: false },
    Section { href: "/about", label: "About and safety", blurb: "What Closer is and isn't, where to find help, how your data is kept.", tab: false },
    Section { href: "/settings", label: "Settings", blurb: "Your start date and how Closer stores your data.", tab: false },
    Section { href: "/settings/data", label: "Backup and restore", blurb: "Keep a copy of everything in a file, bring it back, or delete it all.", tab: false },
    Section { href: "/move", label: "Moving to a new phone", blurb: "Carry everything to a new phone in one file protected by a passphrase.", tab: false },
    Section { href: "/settings/lock", label: "App lock", blurb: "A passphrase, and your data encrypted on this device.", tab: false },
    Section { href: "/settings/storage", label: "Storage", blurb: "How much space Closer uses, and asking the browser to keep it.", tab: false },
];

/// Small actions reachable from every screen (the header's "Quick" menu).
pub struct Quick {
    pub href: &'static str,
    pub label: &'static str,
}

pub const QUICK_ACTIONS: &[Quick] = &[
    Quick {
        href: "/checkin",
        label: "Check in",
    },
    Quick {
        href: "/moment/urge",
        label: "Log an urge",
    },
    Quick {
        href: "/moment/grounding",
        label: "Grounding",
    },
    Quick {
        href: "/evidence/new",
        label: "Add evidence",
    },
    Quick {
        href: "/wins/new",
        label: "Add a win",
    },
];

/// The in-the-moment hub, one tap from anywhere, once it exists.
pub const HELP_NOW: Option<&str> = Some("/moment");

#[component]
pub fn Header() -> impl IntoView {
    view! {
        <header class="top">
            <A href="/" attr:class="brand">"Closer"</A>
            <nav class="top-actions" aria-label="Always here">
                {(!QUICK_ACTIONS.is_empty()).then(|| view! {
                    <details class="quick">
                        <summary>"Quick"</summary>
                        <ul>
                            {QUICK_ACTIONS.iter().map(|q| view! { <li><A href=q.href>{q.label}</A></li> }).collect_view()}
                        </ul>
                    </details>
                })}
                {HELP_NOW.map(|href| view! { <A href=href attr:class="help-now">"Help now"</A> })}
                <A href="/about" attr:class="about-link">"About & safety"</A>
            </nav>
        </header>
    }
}

#[component]
pub fn TabBar() -> impl IntoView {
    view! {
        <nav class="tabs" aria-label="Main">
            <ul>
                {SECTIONS.iter().filter(|s| s.tab).map(|s| view! {
                    <li><A href=s.href exact=true>{s.label}</A></li>
                }).collect_view()}
                <li><A href="/more">"More"</A></li>
            </ul>
        </nav>
    }
}

/// The list of every section, for the "More" screen.
#[component]
pub fn SectionList() -> impl IntoView {
    view! {
        <ul class="section-list">
            {SECTIONS.iter().map(|s| view! {
                <li>
                    <A href=s.href>{s.label}</A>
                    <p>{s.blurb}</p>
                </li>
            }).collect_view()}
        </ul>
    }
}
