//! The daily practice: a ten-minute morning, small practices through the day, a ten-minute
//! evening, and a one-line focus for each week of the program. In the app's own words.

/// Which routine a step belongs to (stored as "m" / "e").
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize, Default,
)]
pub enum Routine {
    #[serde(rename = "m")]
    #[default]
    Morning,
    #[serde(rename = "e")]
    Evening,
}

/// What a step asks the person to do, so the screen knows which field to show.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StepKind {
    /// "What am I feeling?" — a few words.
    CheckIn,
    /// Pick or write today's vulnerability intention.
    Intention,
    /// Read my new beliefs.
    Beliefs,
    /// One person and why.
    Gratitude,
    /// Free writing about the day.
    Reflection,
    /// Small wins, however small.
    Wins,
    /// Kind words to myself.
    Compassion,
    /// One thing to practise tomorrow (handed to the next morning).
    Tomorrow,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Step {
    pub kind: StepKind,
    pub title: &'static str,
    /// Planned length in minutes (the guide's proportions).
    pub minutes: u32,
    /// The question on screen.
    pub prompt: &'static str,
    /// A line of help under the prompt.
    pub hint: &'static str,
}

pub const MORNING: [Step; 4] = [
    Step {
        kind: StepKind::CheckIn,
        title: "Check in",
        minutes: 2,
        prompt: "What am I feeling as this day begins?",
        hint: "One or two words are plenty. \"Nothing much\" is an answer too.",
    },
    Step {
        kind: StepKind::Intention,
        title: "Today's intention",
        minutes: 2,
        prompt: "What small, brave thing will I try today?",
        hint: "Keep it small enough that you could really do it.",
    },
    Step {
        kind: StepKind::Beliefs,
        title: "My new beliefs",
        minutes: 3,
        prompt: "Read these slowly. Let one of them land.",
        hint: "You don't have to believe them fully yet. Reading them is the practice.",
    },
    Step {
        kind: StepKind::Gratitude,
        title: "Someone I'm glad of",
        minutes: 3,
        prompt: "Who is one person I'm grateful for, and why?",
        hint: "A name and one reason. It can be something tiny they did.",
    },
];

pub const EVENING: [Step; 4] = [
    Step {
        kind: StepKind::Reflection,
        title: "Look back",
        minutes: 5,
        prompt: "Where did I let someone see me today? When did I notice a feeling, or stay when I wanted to pull away?",
        hint: "Write whatever comes. Moments that didn't go well count as awareness too.",
    },
    Step {
        kind: StepKind::Wins,
        title: "Small wins",
        minutes: 2,
        prompt: "What went a little better today, however small?",
        hint: "Noticing an urge and not acting on it is a win.",
    },
    Step {
        kind: StepKind::Compassion,
        title: "Be kind to yourself",
        minutes: 3,
        prompt: "What was hard today, and what would I say to a friend who had the same day?",
        hint: "Say it to yourself in the same warm voice.",
    },
    Step {
        kind: StepKind::Tomorrow,
        title: "Tomorrow",
        minutes: 1,
        prompt: "What will I practise tomorrow?",
        hint: "It will be waiting for you in tomorrow morning's routine.",
    },
];

pub fn steps(routine: Routine) -> &'static [Step; 4] {
    match routine {
        Routine::Morning => &MORNING,
        Routine::Evening => &EVENING,
    }
}

/// Intentions to choose from in the morning (the person can also write their own).
pub const INTENTION_IDEAS: [&str; 6] = [
    "Today I'll share one feeling with someone.",
    "Today I'll ask for one small thing.",
    "Today I'll stay in a conversation a few minutes longer than feels easy.",
    "Today I'll say what I'd prefer instead of \"I don't mind\".",
    "Today I'll notice when I want to pull away, and pause.",
    "Today I'll let someone help me.",
];

/// One line to keep in mind for a week of the program.
pub struct WeekFocus {
    /// First program week this line is for.
    pub from_week: u32,
    pub line: &'static str,
}

/// Weeks 1–12 follow the guide's graded steps (presence, small asks, preferences, feelings,
/// deeper needs); after that a few lines take turns, week by week.
pub const WEEK_FOCUS: [WeekFocus; 12] = [
    WeekFocus { from_week: 1, line: "Be here: keep eye contact, put the phone away while someone talks." },
    WeekFocus { from_week: 2, line: "Stay close a little longer: let a hug or a shared sofa last a few extra seconds, if they'd like that too." },
    WeekFocus { from_week: 3, line: "Ask for something tiny: a glass of water, an opinion, a bit of company." },
    WeekFocus { from_week: 4, line: "Let someone help you with something practical, and say thank you." },
    WeekFocus { from_week: 5, line: "Say what you'd prefer, instead of going along with it." },
    WeekFocus { from_week: 6, line: "Share an opinion that differs, kindly and plainly." },
    WeekFocus { from_week: 7, line: "Name one feeling out loud each day: \"I'm a bit stressed\", \"I liked that\"." },
    WeekFocus { from_week: 8, line: "Tell someone what you appreciate about them." },
    WeekFocus { from_week: 9, line: "Let one deeper feeling or need be known to someone safe." },
    WeekFocus { from_week: 10, line: "When you want reassurance, try asking for it." },
    WeekFocus { from_week: 11, line: "Notice when you reach for space, and ask: is this rest, or is it retreat?" },
    WeekFocus { from_week: 12, line: "Look back at how far you've come, and pick what to practise next." },
];

/// After week 12 these take turns, one per week.
pub const LATER_FOCUS: [&str; 4] = [
    "Keep sharing one feeling a day, a little deeper when it feels safe.",
    "Stay present in one hard conversation, and come back if you step away.",
    "Ask for support with something that matters to you.",
    "Balance: time for yourself and time to be close, both chosen.",
];

/// The focus line for a program week (1-based).
pub fn week_focus(week: u32) -> &'static str {
    let week = week.max(1);
    if let Some(f) = WEEK_FOCUS
        .iter()
        .rev()
        .find(|f| f.from_week <= week && week <= 12)
    {
        return f.line;
    }
    LATER_FOCUS[((week - 13) as usize) % LATER_FOCUS.len()]
}

/// The guide's practices for every day, ticked on the Today screen or done in the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DailyItem {
    CheckIns,
    Vulnerability,
    NoticeUrges,
    StayPresent,
}

pub struct ChecklistItem {
    pub item: DailyItem,
    /// Stored key (never changes once shipped).
    pub key: &'static str,
    pub label: &'static str,
    pub hint: &'static str,
}

pub const CHECKLIST: [ChecklistItem; 4] = [
    ChecklistItem {
        item: DailyItem::CheckIns,
        key: "ci",
        label: "Three feeling check-ins",
        hint: "Pause, notice, name what you feel.",
    },
    ChecklistItem {
        item: DailyItem::Vulnerability,
        key: "vp",
        label: "One vulnerability practice",
        hint: "Share a feeling, ask for help, or stay with something uncomfortable.",
    },
    ChecklistItem {
        item: DailyItem::NoticeUrges,
        key: "nu",
        label: "Notice urges to pull away",
        hint: "Just noticing, without acting on it straight away.",
    },
    ChecklistItem {
        item: DailyItem::StayPresent,
        key: "sp",
        label: "Stay present in a conversation",
        hint: "Come back to their face, their voice, their words.",
    },
];

pub fn checklist_item(key: &str) -> Option<&'static ChecklistItem> {
    CHECKLIST.iter().find(|c| c.key == key)
}

/// How many check-ins the day's checklist asks for.
pub const CHECKINS_PER_DAY: u32 = 3;

/// Said when a day or more went by without practice. Never a warning.
pub const WELCOME_BACK: &str = "Welcome back. Days off are part of this; nothing is lost. Today is a fine day to pick it up again.";

/// Said on a day with no practice yet (and no gap before it).
pub const GENTLE_START: &str = "Nothing ticked yet today, and that's fine. One small step counts.";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn routines_take_ten_minutes_in_the_guides_proportions() {
        let m: Vec<u32> = MORNING.iter().map(|s| s.minutes).collect();
        let e: Vec<u32> = EVENING.iter().map(|s| s.minutes).collect();
        assert_eq!(m, [2, 2, 3, 3]);
        assert_eq!(e, [5, 2, 3, 1]);
        assert_eq!(MORNING[1].kind, StepKind::Intention);
        assert_eq!(EVENING[3].kind, StepKind::Tomorrow);
    }

    #[test]
    fn every_week_has_a_focus_and_it_changes_weekly() {
        assert_eq!(week_focus(0), WEEK_FOCUS[0].line);
        for w in 1..=12 {
            assert_eq!(week_focus(w), WEEK_FOCUS[w as usize - 1].line);
        }
        assert_eq!(week_focus(13), LATER_FOCUS[0]);
        assert_eq!(week_focus(14), LATER_FOCUS[1]);
        assert_eq!(week_focus(17), LATER_FOCUS[0]);
        for w in 1..60 {
            assert_ne!(week_focus(w), week_focus(w + 1), "week {w}");
        }
    }

    #[test]
    fn checklist_keys_are_distinct() {
        for (i, a) in CHECKLIST.iter().enumerate() {
            for b in &CHECKLIST[i + 1..] {
                assert_ne!(a.key, b.key);
            }
            assert_eq!(checklist_item(a.key).map(|c| c.item), Some(a.item));
        }
    }
}
