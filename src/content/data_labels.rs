//! Plain names for the kinds of things Closer stores, for backup summaries and the
//! "delete everything" confirmation. A kind missing here is shown by its stored name.

pub const KIND_LABELS: &[(&str, &str)] = &[
    ("ci", "check-ins"),
    ("sit", "sitting practices"),
    ("belief", "beliefs"),
    ("evidence", "pieces of evidence"),
    ("conflict", "conflict notes"),
    ("conflict-flow", "conflict walk-throughs"),
    ("conflict-words", "conflict phrases"),
    ("factfeel", "fact-and-feeling notes"),
    ("feel", "feelings"),
    ("need", "needs"),
    ("note", "notes"),
    ("pitfall", "pitfall notes"),
    ("practice", "practice records"),
    ("qa", "questionnaire answers"),
    ("quiz", "questionnaire results"),
    ("rem", "reminders"),
    ("routine", "routines"),
    ("selfcheck", "self-checks"),
    ("tick", "daily ticks"),
    ("urge", "urge notes"),
    ("win", "wins"),
];

pub fn kind_label(kind: &str) -> String {
    KIND_LABELS
        .iter()
        .find(|(k, _)| *k == kind)
        .map(|(_, l)| l.to_string())
        .unwrap_or_else(|| kind.to_string())
}
