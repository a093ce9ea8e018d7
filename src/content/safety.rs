//! Safety for everyone: where urgent help is, the one caveat shown where the practices
//! push towards closeness, and the page for when a relationship isn't safe. In Closer's
//! own words: calm, plain, never blaming anyone and never diagnosing.
//!
//! No phone numbers: they differ by country and go out of date. Closer points to the local
//! emergency number and to a directory kept up to date by others, as a plain link the
//! person taps (nothing is fetched).

/// The page for when a relationship isn't safe. Opens while the app is locked.
pub const SAFETY_PATH: &str = "/safety";
/// Its title, and the words of every link to it.
pub const SAFETY_TITLE: &str = "When a relationship isn't safe";
/// Where the page's "Leave this page" button goes: Today, or the locked screen when the
/// app lock is on. Neither names this page: the locked screen links to it only as [`HELP`].
pub const NEUTRAL_PATH: &str = "/";
/// The words of the link to [`SAFETY_PATH`] wherever someone else may be looking: the
/// locked screen. Neutral on purpose: nothing in it says what the page is about.
pub const HELP: &str = "Help";
pub const LEAVE_LABEL: &str = "Leave this page";

/// A directory of helplines by country, kept up to date by its makers.
pub const HELPLINES_URL: &str = "https://findahelpline.com";
pub const HELPLINES_NAME: &str = "findahelpline.com";

/// The crisis pointer: About & safety, Help now and the locked screen show the same words.
pub const CRISIS_HEADING: &str = "If you need help now";
pub const CRISIS_EMERGENCY: &str = "If you might hurt yourself or someone else, or you're in \
danger, call your local emergency number now.";
/// Before the directory's link.
pub const CRISIS_LINES: &str = "Crisis lines are free and confidential. Their numbers differ by \
country and change over time, so Closer doesn't list numbers that could be out of date. To find \
the current one: search \u{201c}crisis line\u{201d} with your country's name, ask your doctor, or open";
/// The short form, before the directory's link (Help now, the locked screen).
pub const CRISIS_LINES_SHORT: &str = "Free, confidential crisis lines in your country:";
/// After the directory's link.
pub const DIRECTORY_NOTE: &str = "(a directory of helplines by country, kept up to date by \
ThroughLine).";

/// The one sentence shown where a practice asks for more closeness, before the link to
/// [`SAFETY_PATH`] (whose words are [`SAFETY_TITLE`]).
pub const CAVEAT: &str = "This is meant for relationships where you feel safe. If someone \
frightens, controls or hurts you, keeping your distance can be what protects you.";

/// On the conflict break and its banner, before a link to [`SAFETY_PATH`].
pub const AFRAID_LINE: &str = "If you feel afraid or unsafe, you don't have to go back.";
pub const AFRAID_LINK: &str = "Where to find help";

/// One part of the page: a heading, paragraphs, then an optional list.
pub struct Part {
    /// Also the part's id on the page (`#signs`).
    pub id: &'static str,
    pub heading: &'static str,
    pub paras: &'static [&'static str],
    pub list: &'static [&'static str],
    /// Said after the list.
    pub after: &'static [&'static str],
}

pub const LEAD: &str = "Closer is for people who pull away from closeness even when it's safe. \
Sometimes, though, the distance you keep is protecting you. This page is about telling the two \
apart, and where to find help.";

pub const SIGNS: Part = Part {
    id: "signs",
    heading: "More than pulling away, or an ordinary argument",
    paras: &["Disagreements can be hard and loud and still be safe. It's different if, with a \
partner or anyone close to you:"],
    list: &[
        "You often feel afraid of them, or of how they'll react.",
        "They threaten you, or people or pets you love, or threaten to hurt themselves to get their way.",
        "They control your money, your phone, where you go or who you see.",
        "They check up on you all the time, or keep you from friends and family.",
        "They put you down, or make you doubt your own memory and judgement.",
        "They push, grab, hit or hurt you, or pressure you into sex.",
        "You keep changing what you say or do to keep them calm.",
        "They blame you for the way they treat you.",
        "They stop you from working or studying.",
        "They break or throw your things.",
    ],
    after: &[
        "If some of this sounds familiar, it isn't your fault, and it isn't something more \
practice will fix. You deserve to be safe.",
        "And if you recognise some of these things in how you treat someone close to you, \
that matters too. Noticing it is a real first step, and there is help for people who want to \
change it: your doctor can point you to it.",
    ],
};

pub const PRACTICES: Part = Part {
    id: "practices",
    heading: "What this means for the practices",
    paras: &[
        "Staying a little longer, going back after a break, sharing more of yourself, reassuring \
a partner: Closer's practices are meant for relationships where you feel safe. They aren't meant \
for a relationship like the one above. With someone who frightens, controls or hurts you, pulling \
away can be self-protection, not avoidance, and you don't have to practise closeness with them.",
        "You can still use Closer for yourself: noticing what you feel, grounding, and practising \
openness with people you feel safe with.",
    ],
    list: &[],
    after: &[],
};

pub const COUPLES: Part = Part {
    id: "couples",
    heading: "Couples therapy",
    paras: &[
        "Couples therapy is generally not advised when one partner is abusive. What is said \
in a session can lead to more harm at home afterwards, and sitting together can make the harm look \
like a shared problem. Support for you on your own comes first: a domestic abuse service, or a \
therapist you see by yourself.",
    ],
    list: &[],
    after: &[],
};

/// Before the directory's link (then [`DIRECTORY_NOTE`]).
pub const FIND_HELP_LINES: &str = "Their numbers differ by country and change over time, so \
Closer doesn't list numbers that could be out of date. To find one near you: search \
\u{201c}domestic abuse helpline\u{201d} with your country's name, ask your doctor, or open";

pub const FIND_HELP: Part = Part {
    id: "help",
    heading: "Finding help near you",
    paras: &[
        "If you're in danger now, call your local emergency number.",
        "Domestic abuse services are usually free and confidential. They listen, help you think through \
your options, and help you plan how to be safer, whether you stay, leave or aren't sure yet. Many \
can be reached by phone, text or online chat.",
    ],
    list: &[],
    after: &[
        "If you think someone checks your phone or computer, a friend's phone or a library \
computer may be a safer place to look.",
    ],
};

pub const PRIVACY: Part = Part {
    id: "privacy",
    heading: "Using Closer more privately",
    paras: &[
        "There's no account and Closer sends nothing anywhere, so your entries stay on this \
device. Anyone who can open this phone or computer can open Closer, though, and a copy you make \
yourself (a backup or moving file) goes wherever you put it.",
    ],
    list: &[
        "The app lock encrypts everything you write in Closer and asks for a passphrase when it \
opens. It can't protect you from someone who makes you unlock it.",
        "A backup file is easy to spot: its name starts with closer-backup. Without a passphrase, \
anyone who opens it can read everything in it. With one, they can't read it, but they can see \
it's from Closer and when it was made.",
        MOVED_COPY,
        "Delete everything, under Backup and restore, clears all of Closer's data from this \
browser. The locked screen offers it too, without the passphrase. It can't reach files you've \
already saved or sent, like backups, and it doesn't remove Closer's icon from your home screen: \
delete those yourself.",
        "Closer's notifications (check-in reminders, the end of a break) can show on your lock \
screen. You can turn them off in your browser's or phone's settings.",
        "Calendar reminders made in Closer are simply called \u{201c}A short pause\u{201d} and don't \
mention Closer or feelings, unless you choose otherwise when you make them. Calendars are often \
shared or synced, so it's worth checking who can see yours.",
    ],
    after: &[],
};

/// What calendar events made in Closer are called unless the person asks for them to say
/// what they're for (`domain::reminders::Wording`).
pub const CALENDAR_NEUTRAL: &str = "A short pause";

/// A backup or moving file sent by email or saved to a cloud drive stays there: said on
/// this page and where the moving file is made and arrives.
pub const MOVED_COPY: &str = "A backup or moving file you email to yourself or save to a \
cloud drive stays there after it has done its job, and shows that you use Closer. Once a move is \
done, delete it there too, including from sent messages and the bin.";

/// What "Delete everything" can't reach, said beside it.
pub const ERASE_LEAVES: &str = "It can't reach files you've already saved or sent, like \
backups and moving files, and it doesn't remove Closer's icon from your home screen: delete \
those yourself.";

pub const LEAVING: Part = Part {
    id: "leaving",
    heading: "What \u{201c}Leave this page\u{201d} does",
    paras: &[
        "It takes you straight to a screen that says nothing about this page: Today, or the \
locked screen if the app lock is on. It also swaps this page out of the tab's back history, so \
the back button won't bring it up again.",
        "It doesn't close Closer or the browser tab, and your browser's history list may still \
show that this page was opened. You can delete it from there. A private or incognito window \
keeps no history at all.",
        "A link from this page that opened in a new tab, like the helpline directory, stays open \
in that tab. Close that tab yourself when you're done with it.",
    ],
    list: &[],
    after: &[],
};

/// The page, top to bottom.
pub const PARTS: [&Part; 6] = [&SIGNS, &PRACTICES, &COUPLES, &FIND_HELP, &PRIVACY, &LEAVING];

/// In-app links the privacy part offers: (path, words).
pub const PRIVACY_LINKS: [(&str, &str); 2] = [
    ("/settings/lock", "App lock"),
    ("/settings/data", "Backup and restore"),
];

#[cfg(test)]
mod tests {
    use super::*;

    fn text(p: &Part) -> String {
        [p.heading]
            .iter()
            .chain(p.paras)
            .chain(p.list)
            .chain(p.after)
            .copied()
            .collect::<Vec<_>>()
            .join(" ")
    }

    fn page() -> String {
        PARTS.iter().map(|p| text(p)).collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn the_page_covers_what_a_person_needs() {
        let all = page();
        // Signs that this is not ordinary avoidance or conflict.
        for sign in [
            "afraid", "threaten", "money", "phone", "friends", "hurt", "blame", "working",
            "studying", "break",
        ] {
            assert!(text(&SIGNS).contains(sign), "signs name {sign}");
        }
        assert!(text(&PRACTICES).contains("aren't meant"));
        assert!(text(&PRACTICES).contains("self-protection"));
        assert!(text(&COUPLES).contains("not advised"));
        assert!(text(&COUPLES).contains("on your own comes first"));
        assert!(text(&FIND_HELP).contains("local emergency number"));
        assert!(FIND_HELP_LINES.contains("doesn't list numbers"));
        for topic in [
            "app lock",
            "Delete everything",
            "backup file",
            "delete it there too",
            "home screen",
            CALENDAR_NEUTRAL,
        ] {
            assert!(text(&PRIVACY).contains(topic), "privacy covers {topic}");
        }
        // The quick exit says plainly what it hides and what it doesn't.
        for what in ["back button", "tab", "history", "locked screen", "new tab"] {
            assert!(text(&LEAVING).contains(what), "leaving mentions {what}");
        }
        assert!(LEAVING.heading.contains(LEAVE_LABEL));
        let mut ids: Vec<_> = PARTS.iter().map(|p| p.id).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), PARTS.len(), "every part has its own id");
        assert!(all.contains("You deserve to be safe."));
        assert!(text(&SIGNS).contains("recognise some of these things in how you treat"));
        assert!(text(&FIND_HELP).contains("usually free and confidential"));
    }

    #[test]
    fn no_phone_numbers_anywhere() {
        let all = [
            page().as_str(),
            CRISIS_EMERGENCY,
            CRISIS_LINES,
            CRISIS_LINES_SHORT,
            FIND_HELP_LINES,
            CAVEAT,
            AFRAID_LINE,
        ]
        .join(" ");
        let digits = all.chars().filter(char::is_ascii_digit).count();
        assert_eq!(digits, 0, "no numbers that could go out of date");
        assert!(HELPLINES_URL.starts_with("https://"));
        assert!(HELPLINES_URL.ends_with(HELPLINES_NAME));
    }

    #[test]
    fn words_stay_calm() {
        let all = [page().as_str(), CAVEAT, AFRAID_LINE, LEAD].join(" ");
        for loud in [
            "!",
            "MUST",
            "immediately",
            "abuser",
            "victim",
            "you are being",
        ] {
            assert!(!all.contains(loud), "no {loud:?}");
        }
    }
}
