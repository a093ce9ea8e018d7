//! The person's commitment: the intention they signed up to and the day they began.

use crate::base::time::Day;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Profile {
    /// The day they committed; `None` until the welcome is finished.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<Day>,
    /// The intention in their own words (empty = they kept the suggested wording).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub intention: String,
}

impl Profile {
    pub fn onboarded(&self) -> bool {
        self.start.is_some()
    }
    /// A committed profile; an intention that is only white space counts as none.
    pub fn commit(start: Day, intention: &str) -> Profile {
        Profile {
            start: Some(start),
            intention: intention.trim().to_string(),
        }
    }
}

impl crate::store::Doc for Profile {
    const NAME: &'static str = "profile";
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn commit_trims_and_marks_onboarded() {
        let p = Profile::commit(Day(20_000), "  my words  ");
        assert!(p.onboarded());
        assert_eq!(p.intention, "my words");
        assert!(!Profile::default().onboarded());
        assert_eq!(serde_json::to_string(&Profile::default()).unwrap(), "{}");
    }
}
