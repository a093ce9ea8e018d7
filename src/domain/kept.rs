//! Words kept when the app locks while a form is being written: what is kept for each
//! form, and the rules for giving it back (see `ui/drafts.rs` for how forms opt in).
//! One draft per form: a second lock keeps what the first kept for other forms; a value
//! goes back only to its own form and field, once; words with nowhere to go are shown,
//! and kept until the person says they have them.

use serde::{Deserialize, Serialize};

/// Typed words with the label of their field, for the notice.
pub type Words = Vec<(String, String)>;

/// One field's kept value.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct KeptField {
    #[serde(rename = "n")]
    pub name: String,
    /// The value, as JSON.
    #[serde(rename = "v")]
    pub value: String,
    /// Its typed words with their labels, for the notice if it can't go back.
    #[serde(rename = "w", default)]
    pub words: Words,
}

/// What one form (on the screen at `path`) held when the app locked. The path `""`
/// holds words already shown in the notice, kept until the person has them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FormDraft {
    #[serde(rename = "p")]
    pub path: String,
    #[serde(rename = "f")]
    pub fields: Vec<KeptField>,
}

/// Every kept form. This is what `closer:draft` holds (sealed).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Drafts {
    #[serde(rename = "forms")]
    pub forms: Vec<FormDraft>,
}

/// The path of the words shown in the notice.
const SHOWN: &str = "";

impl Drafts {
    pub fn is_empty(&self) -> bool {
        self.forms.is_empty()
    }

    /// Keeps what a form holds now, in place of what was kept for the same form before;
    /// what other forms kept stays.
    pub fn merge(&mut self, form: FormDraft) {
        self.forms.retain(|f| f.path != form.path);
        if !form.fields.is_empty() {
            self.forms.push(form);
        }
    }

    /// Adds every form of `other` (each in place of the same form here).
    pub fn merge_all(&mut self, other: Drafts) {
        for f in other.forms {
            if f.path == SHOWN {
                self.shown(f.fields.into_iter().flat_map(|k| k.words).collect());
            } else {
                self.merge(f);
            }
        }
    }

    /// Takes the kept value of field `name` of the form at `path`.
    pub fn claim(&mut self, path: &str, name: &str) -> Option<String> {
        let form = self
            .forms
            .iter_mut()
            .find(|f| f.path == path && path != SHOWN)?;
        let at = form.fields.iter().position(|k| k.name == name)?;
        let value = form.fields.remove(at).value;
        self.forms.retain(|f| !f.fields.is_empty());
        Some(value)
    }

    /// Moves every form but the one at `except` to the notice, and returns their words.
    pub fn unplace_all_but(&mut self, except: Option<&str>) -> Words {
        let (away, stay): (Vec<_>, Vec<_>) = std::mem::take(&mut self.forms)
            .into_iter()
            .partition(|f| f.path != SHOWN && Some(f.path.as_str()) != except);
        self.forms = stay;
        let words: Words = away
            .into_iter()
            .flat_map(|f| f.fields)
            .flat_map(|k| k.words)
            .collect();
        self.shown(words.clone());
        words
    }

    /// The words already shown in the notice.
    pub fn shown_words(&self) -> Words {
        self.forms
            .iter()
            .filter(|f| f.path == SHOWN)
            .flat_map(|f| f.fields.iter())
            .flat_map(|k| k.words.iter().cloned())
            .collect()
    }

    /// Forgets the words shown in the notice (the person has them).
    pub fn forget_shown(&mut self) {
        self.forms.retain(|f| f.path != SHOWN);
    }

    /// Adds `words` to the notice's, each once (a second lock reads back what the first
    /// already showed).
    fn shown(&mut self, words: Words) {
        let already = self.shown_words();
        let mut words: Words = words.into_iter().filter(|w| !already.contains(w)).collect();
        words.dedup();
        if words.is_empty() {
            return;
        }
        match self.forms.iter_mut().find(|f| f.path == SHOWN) {
            Some(f) => f.fields.push(KeptField {
                name: String::new(),
                value: String::new(),
                words,
            }),
            None => self.forms.push(FormDraft {
                path: SHOWN.into(),
                fields: vec![KeptField {
                    name: String::new(),
                    value: String::new(),
                    words,
                }],
            }),
        }
    }

    /// Reads what `closer:draft` holds. A draft an earlier build kept (one form, its
    /// fields found by the page's markup) can't go back into a form: its typed words go
    /// to the notice.
    pub fn parse(json: &str) -> Option<Drafts> {
        if let Ok(d) = serde_json::from_str::<Drafts>(json) {
            return Some(d);
        }
        #[derive(Deserialize)]
        struct Earlier {
            #[serde(rename = "f", default)]
            fields: Vec<EarlierField>,
        }
        #[derive(Deserialize)]
        struct EarlierField {
            #[serde(rename = "v", default)]
            value: String,
            #[serde(rename = "c", default)]
            checked: Option<bool>,
            #[serde(rename = "l", default)]
            label: String,
        }
        let earlier: Earlier = serde_json::from_str(json).ok()?;
        let mut d = Drafts::default();
        d.shown(
            earlier
                .fields
                .into_iter()
                .filter(|f| f.checked.is_none() && !f.value.trim().is_empty())
                .map(|f| (f.label, f.value))
                .collect(),
        );
        Some(d)
    }
}

/// The typed words of a text field: none when it is blank.
pub fn text_words(label: &str, text: &str) -> Words {
    if text.trim().is_empty() {
        Vec::new()
    } else {
        vec![(label.to_string(), text.to_string())]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(path: &str, fields: &[(&str, &str, &str)]) -> FormDraft {
        FormDraft {
            path: path.into(),
            fields: fields
                .iter()
                .map(|(n, v, w)| KeptField {
                    name: n.to_string(),
                    value: v.to_string(),
                    words: text_words(n, w),
                })
                .collect(),
        }
    }

    #[test]
    fn a_second_lock_keeps_what_the_first_kept_for_another_form() {
        let mut d = Drafts::default();
        d.merge(form(
            "/wins/new",
            &[("risked", "\"Called Mum\"", "Called Mum")],
        ));
        d.merge(form(
            "/checkin",
            &[("note", "\"tight chest\"", "tight chest")],
        ));
        assert_eq!(d.forms.len(), 2);
        // The same form again: what it holds now replaces what it held.
        d.merge(form(
            "/wins/new",
            &[("risked", "\"Called Mum back\"", "Called Mum back")],
        ));
        assert_eq!(d.forms.len(), 2);
        assert_eq!(
            d.claim("/wins/new", "risked").as_deref(),
            Some("\"Called Mum back\"")
        );
        assert_eq!(
            d.claim("/checkin", "note").as_deref(),
            Some("\"tight chest\"")
        );
        assert!(d.is_empty(), "each claimed once, nothing left");
    }

    #[test]
    fn words_already_shown_are_shown_once_through_a_second_lock() {
        // The first lock's words had nowhere to go: shown, and kept (sealed and in memory).
        let mut stored = Drafts::default();
        stored.merge(form("/wins/new", &[("risked", "\"a\"", "Called Mum back")]));
        stored.unplace_all_but(None);
        let in_memory = stored.clone();
        // A second lock merges what is stored with what is in memory.
        let mut all = stored;
        all.merge_all(in_memory);
        assert_eq!(
            all.shown_words(),
            vec![("risked".to_string(), "Called Mum back".to_string())]
        );
    }

    #[test]
    fn a_value_goes_back_only_to_its_own_form_and_field_once() {
        let mut d = Drafts::default();
        d.merge(form(
            "/wins/new",
            &[("risked", "\"a\"", "a"), ("day", "\"2026-11-29\"", "")],
        ));
        assert_eq!(d.claim("/checkin", "risked"), None, "another form");
        assert_eq!(d.claim("/wins/new", "response"), None, "another field");
        assert!(d.claim("/wins/new", "day").is_some());
        assert_eq!(d.claim("/wins/new", "day"), None, "only once");
        assert!(!d.is_empty(), "the other field still waits");
    }

    #[test]
    fn words_with_nowhere_to_go_are_shown_and_kept_until_the_person_has_them() {
        let mut d = Drafts::default();
        d.merge(form(
            "/wins/new",
            &[("What I risked", "\"a\"", "I told Sam")],
        ));
        d.merge(form("/checkin", &[("Note", "\"b\"", "tight chest")]));
        let words = d.unplace_all_but(Some("/checkin"));
        assert_eq!(words, vec![("What I risked".into(), "I told Sam".into())]);
        assert_eq!(d.shown_words(), words);
        assert!(
            d.claim("/checkin", "Note").is_some(),
            "the screen's own form still takes its words"
        );
        // A later lock keeps the shown words beside a new form's.
        d.merge(form(
            "/evidence/new",
            &[("What happened?", "\"c\"", "She stayed")],
        ));
        assert_eq!(d.shown_words().len(), 1);
        d.unplace_all_but(None);
        assert_eq!(d.shown_words().len(), 2);
        d.forget_shown();
        assert!(d.is_empty());
    }

    #[test]
    fn what_is_stored_reads_back_and_an_earlier_builds_draft_shows_its_words() {
        let mut d = Drafts::default();
        d.merge(form("/wins/new", &[("risked", "\"a\"", "a")]));
        let json = serde_json::to_string(&d).unwrap();
        assert_eq!(Drafts::parse(&json), Some(d));
        let earlier = r#"{"p":"/wins/new","f":[{"k":"textarea::win-risked#0","v":"I told Sam","l":"What I risked"},{"k":"input:radio:x=1","v":"1","c":true,"l":"x"},{"k":"input:text:y#0","v":"  ","l":"y"}]}"#;
        let read = Drafts::parse(earlier).unwrap();
        assert_eq!(
            read.shown_words(),
            vec![("What I risked".into(), "I told Sam".into())]
        );
        assert_eq!(Drafts::parse("not json"), None);
    }

    #[test]
    fn blank_text_is_no_words() {
        assert!(text_words("Note", "  \n").is_empty());
        assert_eq!(text_words("Note", "hi"), vec![("Note".into(), "hi".into())]);
    }
}
