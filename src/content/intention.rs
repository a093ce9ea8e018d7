//! The commitment a person makes on their first day (the guide's "set your intention").

pub const SUGGESTED: &str =
    "I'm willing to let people closer, slowly and at a pace that feels safe, \
while staying myself. I'm open to finding out that being seen can be safe.";
