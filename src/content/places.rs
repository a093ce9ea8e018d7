//! The map of the app: the tabs, every other section in the groups the "More" screen
//! shows, and where a screen sits (the tab it belongs to, and the screen one level up that
//! its back link leads to). Plain data and two small rules; `ui::nav` draws them.

use crate::content::programs::ProgramId;

/// One place in the app, as the "More" screen lists it.
pub struct Section {
    pub href: &'static str,
    pub label: &'static str,
    /// One line for the "More" screen.
    pub blurb: &'static str,
}

/// The bottom tab bar: always these five, in this order.
pub const TABS: [(&str, &str); 5] = [
    ("/", "Today"),
    ("/checkin", "Check in"),
    ("/progress", "Progress"),
    ("/practice", "Practice"),
    ("/more", "More"),
];

/// A heading on the "More" screen and what it gathers.
pub struct Group {
    pub title: &'static str,
    pub sections: &'static [Section],
}

const fn s(href: &'static str, label: &'static str, blurb: &'static str) -> Section {
    Section { href, label, blurb }
}

/// Everything that isn't a tab, grouped. (The tabs themselves are not repeated here.)
pub const GROUPS: [Group; 5] = [
    Group {
        title: "Daily",
        sections: &[
            s("/morning", "Morning routine", "Ten minutes: notice, set an intention, read your new beliefs, give thanks."),
            s("/evening", "Evening routine", "Ten minutes: look back, celebrate small wins, be kind, choose tomorrow's practice."),
            s("/partner", "Your partner's needs", "The daily question, and one need noticed and met each day."),
            s("/wins", "Wins journal", "Times being open went well, kept as evidence and searchable."),
            s("/reminders", "Check-in reminders", "Three times a day, and a calendar file for when Closer is closed."),
        ],
    },
    Group {
        title: "In the moment",
        sections: &[
            s("/moment", "Help now", "For the hard moment: stay present, ground yourself, take a break and come back."),
            s("/sit", "Sit with a feeling", "Stay with a feeling for a few minutes, with a timer and a breathing cue."),
            s("/body", "Body map", "Notice where feelings show up in your body; a short body scan."),
            s("/safety", "When a relationship isn't safe", "When distance is protecting you, and where to find help."),
        ],
    },
    Group {
        title: "Learn",
        sections: &[
            s("/understand", "Understand", "What the pattern is, where it began, what it costs, and why it isn't your fault."),
            s("/beliefs", "Beliefs", "Question an old belief, write a fairer one, and collect evidence for it."),
            s("/therapy", "Working with a therapist", "Approaches, what to look for, individual or couples first."),
            s("/partner/for-partners", "A page for your partner", "A page to show or print for your partner."),
            s("/about", "About and safety", "What Closer is and isn't, where to find help, how your data is kept."),
        ],
    },
    Group {
        title: "Track",
        sections: &[
            s("/insights", "What your check-ins show", "Your check-ins: a timeline, a month view, patterns in body and feelings."),
            s("/urges", "Your urges over the weeks", "How often you noticed the urge to pull away, and how often you stayed."),
            s("/quiz", "Questionnaires", "A quick reflection and two attachment questionnaires: your scores on a map, and how they change."),
            s("/summary", "A summary to share", "The figures of a period you choose, to print or save as a PDF for a therapist or for yourself."),
        ],
    },
    Group {
        title: "Your data",
        sections: &[
            s("/settings", "Settings", "Your start date and your intention."),
            s("/settings/data", "Backup and restore", "Keep a copy of everything in a file, bring it back, or delete it all."),
            s("/move", "Moving to a new phone", "Carry everything to a new phone in one file protected by a passphrase."),
            s("/settings/lock", "App lock", "A passphrase, and your data encrypted on this device."),
            s("/settings/storage", "Storage", "How much space Closer uses, and asking the browser to keep it."),
        ],
    },
];

/// Every section of every group.
pub fn sections() -> impl Iterator<Item = &'static Section> {
    GROUPS.iter().flat_map(|g| g.sections.iter())
}

fn clean(path: &str) -> &str {
    let p = path.split(['?', '#']).next().unwrap_or("");
    match p.trim_end_matches('/') {
        "" => "/",
        p => p,
    }
}

fn onboarding(path: &str) -> bool {
    path == "/welcome" || path.starts_with("/welcome/")
}

/// The tab a screen belongs to (an index into [`TABS`]): Today for itself and the
/// intention (reached from it), a tab for its own address and everything under it, More
/// for every other screen. None for the welcome, which has no tab bar.
pub fn tab_for(path: &str) -> Option<usize> {
    let p = clean(path);
    if onboarding(p) && p != "/welcome/intention" {
        return None;
    }
    Some(own_tab(p).unwrap_or(TABS.len() - 1))
}

/// The tab a screen belongs to by its address alone: a tab's own address or one under it
/// (and the intention, reached from Today). None for a screen outside the tabs, reached
/// from anywhere (Help now, the wins), and for the welcome.
pub fn own_tab(path: &str) -> Option<usize> {
    let p = clean(path);
    if p == "/welcome/intention" {
        return Some(0);
    }
    if onboarding(p) {
        return None;
    }
    let under = |href: &str| href != "/" && (p == href || p.starts_with(&format!("{href}/")));
    TABS.iter().position(|(href, _)| *href == p || under(href))
}

/// The first part of an address: screens sharing it are one section ("/quiz", "/quiz/…").
fn section_of(path: &str) -> &str {
    clean(path)
        .trim_start_matches('/')
        .split('/')
        .next()
        .unwrap_or("")
}

/// How many screens the trail remembers.
const TRAIL_LEN: usize = 30;

/// The way the person came: the screens shown, each with the tab it was shown under, so
/// Back goes where they came from and the tab bar shows the section they are in.
/// A screen seen again (by Back, a tab or a link) takes the trail back to it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Trail(Vec<(String, usize)>);

impl Trail {
    /// A screen shown.
    pub fn visit(&mut self, path: &str) {
        let p = clean(path);
        if onboarding(p) && p != "/welcome/intention" {
            self.0.clear();
            return;
        }
        // The page for when a relationship isn't safe leaves no trace: no later screen's
        // Back names it (after "Leave this page", nothing on screen may).
        if p == crate::content::safety::SAFETY_PATH {
            return;
        }
        if let Some(i) = self.0.iter().position(|(q, _)| q == p) {
            self.0.truncate(i + 1);
            return;
        }
        // A screen of no tab stays under the tab it was opened from.
        let tab = own_tab(p)
            .or_else(|| self.0.last().map(|(_, t)| *t))
            .unwrap_or(TABS.len() - 1);
        self.0.push((p.to_string(), tab));
        if self.0.len() > TRAIL_LEN {
            self.0.remove(0);
        }
    }

    /// The tab for the screen at `path`: its own, or the one it was opened under.
    pub fn tab(&self, path: &str) -> Option<usize> {
        let p = clean(path);
        match self.0.last() {
            Some((q, t)) if q == p => Some(*t),
            _ => tab_for(p),
        }
    }

    /// Where Back goes from `path`: where the person came from when that was another
    /// section (Today's small step to a program's log, a practice to its win); within a
    /// section, one level up (`parent`), so a finished form is never gone back to; and from
    /// a section's own first screen, to where the section was entered from.
    pub fn back(&self, path: &str) -> Option<(String, String)> {
        let p = clean(path);
        // A tab is where sections begin: it has no Back.
        if TABS.iter().any(|(href, _)| *href == p) {
            return None;
        }
        let here = section_of(p);
        let shown: Vec<&str> = match self.0.last() {
            Some((q, _)) if q == p => self.0.iter().map(|(q, _)| q.as_str()).collect(),
            _ => return parent(p),
        };
        let named = |prev: &str| {
            Some((prev.to_string(), name_of(prev)))
                .filter(|(_, name)| name != "Back" && !onboarding(prev))
        };
        let before = shown.len().checked_sub(2).map(|i| shown[i]);
        if let Some(prev) = before.filter(|prev| section_of(prev) != here) {
            return named(prev).or_else(|| parent(p));
        }
        match parent(p) {
            Some((up, name)) if section_of(&up) == here => Some((up, name)),
            up => shown
                .iter()
                .rev()
                .find(|q| section_of(q) != here)
                .and_then(|q| named(q))
                .or(up),
        }
    }
}

/// The screen one level up, for a sub-screen's back link: its address and its name.
/// None for the tabs and the welcome.
pub fn parent(path: &str) -> Option<(String, String)> {
    let p = clean(path);
    if TABS.iter().any(|(href, _)| *href == p) || p == "/welcome" {
        return None;
    }
    let up = match p {
        "/welcome/intention" => "/",
        "/evidence/new" => "/beliefs",
        _ => {
            let mut up = &p[..p.rfind('/').unwrap_or(0)];
            // Segments that are no screen of their own: /quiz/result/:id, /beliefs/:id/step/:n.
            if up.ends_with("/result") || up.ends_with("/step") {
                up = &up[..up.rfind('/').unwrap_or(0)];
            }
            if up.is_empty() {
                "/more"
            } else {
                up
            }
        }
    };
    Some((up.to_string(), name_of(up)))
}

/// What to call a screen in a back link.
fn name_of(href: &str) -> String {
    if let Some((_, label)) = TABS.iter().find(|(h, _)| *h == href) {
        return label.to_string();
    }
    if let Some(s) = sections().find(|s| s.href == href) {
        return s.label.to_string();
    }
    if let Some(slug) = href.strip_prefix("/practice/") {
        if let Some(p) = ProgramId::from_slug(slug) {
            return p.program().title.to_string();
        }
    }
    if href.starts_with("/beliefs/") {
        return "Your worksheet".to_string();
    }
    "Back".to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::base::address::{declared_routes, routed};

    /// A sample address for a pattern: `:id` → `x1`, `:program` → a real program.
    fn sample(pattern: &str) -> String {
        pattern
            .split('/')
            .map(|seg| match seg {
                ":program" => "expression",
                ":n" => "3",
                ":section" => "roots",
                s if s.starts_with(':') => "x1",
                s => s,
            })
            .collect::<Vec<_>>()
            .join("/")
    }

    #[test]
    fn every_sub_screen_has_a_way_back_to_a_real_screen() {
        let routes = declared_routes();
        assert!(routes.len() > 40, "read the routes");
        let mut subs = 0;
        for r in &routes {
            let path = sample(r);
            let is_tab = TABS.iter().any(|(h, _)| *h == path);
            match parent(&path) {
                None => {
                    assert!(is_tab || path == "/welcome", "{r} has no way back")
                }
                Some((up, name)) => {
                    subs += 1;
                    assert!(routed(&up, &routes), "{r} goes back to {up}, no screen");
                    assert_ne!(name, "Back", "{r}: name the screen it goes back to");
                    assert_ne!(up, path);
                }
            }
        }
        assert_eq!(subs, routes.len() - TABS.len() - 1);
    }

    #[test]
    fn back_and_the_tab_remember_where_the_person_came_from() {
        let mut t = Trail::default();
        // Help now from Today: back to Today, under Today.
        t.visit("/");
        t.visit("/moment");
        assert_eq!(t.back("/moment").unwrap().0, "/");
        assert_eq!(t.back("/moment").unwrap().1, "Today");
        assert_eq!(t.tab("/moment"), Some(0));
        // Deeper in Help now: one level up, still under Today.
        t.visit("/moment/grounding");
        assert_eq!(t.back("/moment/grounding").unwrap().0, "/moment");
        assert_eq!(t.tab("/moment/grounding"), Some(0));
        // Back to Today takes the trail back.
        t.visit("/");
        assert_eq!(t.0.len(), 1);
        // Help now from More: back to More, under More.
        t.visit("/more");
        t.visit("/moment");
        assert_eq!(
            t.back("/moment").unwrap(),
            ("/more".to_string(), "More".to_string())
        );
        assert_eq!(t.tab("/moment"), Some(4));

        // A win from a practice stays under Practice, and goes back to the program.
        let mut t = Trail::default();
        t.visit("/practice");
        t.visit("/practice/expression");
        t.visit("/wins/w1");
        assert_eq!(t.tab("/wins/w1"), Some(3));
        assert_eq!(
            t.back("/wins/w1").unwrap(),
            (
                "/practice/expression".to_string(),
                "Sharing feelings".to_string()
            )
        );

        // A finished questionnaire goes back to the questionnaires, not into the form.
        let mut t = Trail::default();
        t.visit("/more");
        t.visit("/quiz");
        t.visit("/quiz/ecr-r");
        t.visit("/quiz/result/a1");
        assert_eq!(t.back("/quiz/result/a1").unwrap().0, "/quiz");
        // A win added from Practice: the wins journal goes back to Practice, under Practice.
        let mut t = Trail::default();
        t.visit("/practice");
        t.visit("/wins/new");
        t.visit("/wins");
        assert_eq!(t.back("/wins").unwrap().0, "/practice");
        assert_eq!(t.tab("/wins"), Some(3));
        // A saved practice returns to its program: Back from there is one level up.
        let mut t = Trail::default();
        t.visit("/");
        t.visit("/practice/expression/log");
        assert_eq!(t.back("/practice/expression/log").unwrap().0, "/");
        assert_eq!(t.tab("/practice/expression/log"), Some(3));
        t.visit("/practice/expression");
        assert_eq!(t.back("/practice/expression").unwrap().0, "/practice");

        // Opened directly: one level up, the tab by the address.
        let t = Trail::default();
        assert_eq!(t.back("/moment").unwrap().0, "/more");
        assert_eq!(t.tab("/moment"), Some(4));
        // A tab has no Back, whatever came before it; the safety page is never gone back to.
        let mut t = Trail::default();
        t.visit("/about");
        t.visit(crate::content::safety::SAFETY_PATH);
        t.visit("/");
        assert_eq!(t.back("/"), None);
        t.visit("/moment");
        t.visit("/moment/grounding");
        assert!(t
            .0
            .iter()
            .all(|(q, _)| q != crate::content::safety::SAFETY_PATH));
        assert_ne!(
            t.back("/moment/grounding").map(|(href, _)| href),
            Some(crate::content::safety::SAFETY_PATH.to_string())
        );

        // The welcome starts a new trail.
        let mut t = Trail::default();
        t.visit("/");
        t.visit("/welcome");
        assert!(t.0.is_empty());
    }

    #[test]
    fn back_links_go_one_level_up() {
        let up = |p: &str| parent(p).map(|(h, n)| format!("{h} {n}"));
        assert_eq!(up("/checkin/abc").unwrap(), "/checkin Check in");
        assert_eq!(up("/quiz/result/abc").unwrap(), "/quiz Questionnaires");
        assert_eq!(
            up("/beliefs/w1/step/3").unwrap(),
            "/beliefs/w1 Your worksheet"
        );
        assert_eq!(
            up("/practice/expression/log").unwrap(),
            "/practice/expression Sharing feelings"
        );
        assert_eq!(up("/evidence/new").unwrap(), "/beliefs Beliefs");
        assert_eq!(up("/settings/lock").unwrap(), "/settings Settings");
        assert_eq!(up("/sit").unwrap(), "/more More");
        assert_eq!(up("/welcome/intention").unwrap(), "/ Today");
        assert_eq!(up("/moment/grounding/").unwrap(), "/moment Help now");
        assert_eq!(parent("/"), None);
        assert_eq!(parent("/progress?x=1"), None);
    }

    #[test]
    fn the_tab_of_a_screen_is_found_by_its_address() {
        let tab = |p: &str| tab_for(p).map(|i| TABS[i].1);
        assert_eq!(tab("/"), Some("Today"));
        assert_eq!(tab("/checkin/abc"), Some("Check in"));
        assert_eq!(tab("/progress/milestones"), Some("Progress"));
        assert_eq!(tab("/practice/expression/log"), Some("Practice"));
        assert_eq!(
            tab("/practices"),
            Some("More"),
            "a prefix of a word is not a parent"
        );
        assert_eq!(tab("/beliefs/w1"), Some("More"));
        assert_eq!(tab("/more"), Some("More"));
        assert_eq!(tab("/welcome/intention"), Some("Today"));
        assert_eq!(tab("/welcome"), None);
    }

    #[test]
    fn more_lists_every_other_screen_once_and_no_tab() {
        let routes = declared_routes();
        let mut seen = std::collections::BTreeSet::new();
        for s in sections() {
            assert!(seen.insert(s.href), "{} listed twice", s.href);
            assert!(routed(s.href, &routes), "{} is not a screen", s.href);
            assert!(
                !TABS.iter().any(|(h, _)| *h == s.href),
                "{} is a tab",
                s.href
            );
            assert!(!s.blurb.is_empty() && s.blurb.ends_with('.'));
        }
        for g in &GROUPS {
            assert!(
                !g.sections.is_empty() && g.sections.len() <= 5,
                "{}",
                g.title
            );
        }
    }
}
