//! Moving to a new phone: the moving file (an encrypted backup, named so every phone's
//! share sheet accepts it), and what the old phone remembers after making one, so that it
//! can offer to delete its copy later and say honestly if anything changed since.

use crate::base::time::{Day, LocalTime};
use crate::store::backup::Contents;
use serde::{Deserialize, Serialize};

/// The moving file is plain text (JSON inside): Android's share sheet accepts text files,
/// not `.json` ones, and both iPhone and Android open it in their Files apps.
pub const FILE_TYPE: &str = "text/plain";

/// "closer-move-2026-11-29.txt"
pub fn file_name(day: Day) -> String {
    format!("closer-move-{}.txt", day.iso())
}

/// The name of the device note the old phone keeps (see `store::device`).
pub const NOTE: &str = "moving";

/// What the old phone remembers after making a moving file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sent {
    /// When the file was made.
    #[serde(rename = "t")]
    pub at: LocalTime,
    /// How many entries it holds.
    #[serde(rename = "n")]
    pub entries: usize,
    /// A fingerprint of everything in it (see [`fingerprint`]), as hex.
    #[serde(rename = "f")]
    pub fingerprint: String,
}

impl Sent {
    pub fn new(at: LocalTime, c: &Contents) -> Sent {
        Sent {
            at,
            entries: c.entry_count(),
            fingerprint: format!("{:016x}", fingerprint(c)),
        }
    }
    pub fn encode(&self) -> String {
        serde_json::to_string(self).expect("a note serialises")
    }
    pub fn decode(s: &str) -> Option<Sent> {
        serde_json::from_str(s).ok()
    }
    /// Whether anything the person wrote changed after the file was made.
    pub fn changed(&self, now: &Contents) -> bool {
        self.fingerprint != format!("{:016x}", fingerprint(now))
    }
    /// "29 Nov 2026 at 09:00"
    pub fn when(&self) -> String {
        format!("{} at {}", self.at.day().short(), self.at.hhmm())
    }
}

/// Documents that change by themselves, not by anything the person wrote: the backup log
/// is updated by making the moving file itself.
const SELF_KEEPING: [&str; 1] = ["backup"];

/// FNV-1a over every entry and document (in their stored order), except [`SELF_KEEPING`].
pub fn fingerprint(c: &Contents) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |s: &str| {
        for b in s.bytes().chain([0xff]) {
            h ^= b as u64;
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
    };
    for (kind, items) in &c.entries {
        eat(kind);
        for e in items {
            eat(&e.to_string());
        }
    }
    for (name, d) in &c.docs {
        if !SELF_KEEPING.contains(&name.as_str()) {
            eat(name);
            eat(&d.to_string());
        }
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn contents() -> Contents {
        let mut c = Contents::default();
        c.entries.insert(
            "ci".into(),
            vec![
                json!({"id":"a","t":1,"w":["calm"]}),
                json!({"id":"b","t":2}),
            ],
        );
        c.docs.insert("profile".into(), json!({"start": 20000}));
        c.docs.insert("backup".into(), json!({"last": 1}));
        c
    }

    #[test]
    fn the_file_is_a_text_file_named_by_its_day() {
        assert_eq!(
            file_name(Day::from_ymd(2026, 11, 29)),
            "closer-move-2026-11-29.txt"
        );
        assert_eq!(FILE_TYPE, "text/plain");
    }

    #[test]
    fn the_note_round_trips_and_notices_any_change() {
        let c = contents();
        let sent = Sent::new(LocalTime(86_400 * 20_000 + 9 * 3600), &c);
        assert_eq!(sent.entries, 2);
        assert_eq!(Sent::decode(&sent.encode()), Some(sent.clone()));
        assert_eq!(Sent::decode("not a note"), None);
        assert!(!sent.changed(&c));
        assert!(sent.when().ends_with("at 09:00"), "{}", sent.when());

        // The backup log moving on is not a change the person made.
        let mut logged = c.clone();
        logged.docs.insert("backup".into(), json!({"last": 2}));
        assert!(!sent.changed(&logged));

        let mut edited = c.clone();
        edited.entries.get_mut("ci").unwrap()[0]["w"] = json!(["tense"]);
        assert!(sent.changed(&edited), "an edit is a change");
        let mut added = c.clone();
        added
            .entries
            .get_mut("ci")
            .unwrap()
            .push(json!({"id":"c","t":3}));
        assert!(sent.changed(&added));
        let mut settings = c.clone();
        settings
            .docs
            .insert("profile".into(), json!({"start": 20001}));
        assert!(sent.changed(&settings));
        // Moving a byte between a kind's name and its entries is a change too.
        let mut a = Contents::default();
        a.entries.insert("ab".into(), vec![json!("c")]);
        let mut b = Contents::default();
        b.entries.insert("a".into(), vec![json!("bc")]);
        assert_ne!(fingerprint(&a), fingerprint(&b));
    }
}
