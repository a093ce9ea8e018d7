//! Every kind of entry and every document the app stores, as readers that turn outside
//! JSON (a backup file) into the real types before anything is written.
//!
//! The store knows nothing of check-ins or wins (it sits below `domain`), so the layer
//! above builds the [`Registry`] (`domain::registry`) from the real types and hands it
//! to the backup reader. Each reader deserialises one value into its type, applies the
//! type's own rules (ranges, lengths: the `check` function given with it), and gives
//! back the value exactly as the app itself would write it. A kind or document the
//! registry doesn't list is not taken in.

use super::{Doc, Entry};
use crate::base::time::LocalTime;
use serde::{de::DeserializeOwned, Serialize};
use serde_json::Value;

/// The longest an entry or document may be once written out (a long journal entry is a
/// few thousand characters; this is far beyond anything a person writes).
pub const MAX_VALUE_CHARS: usize = 200_000;
/// Entry ids are short random strings; a longer one isn't ours.
pub const MAX_ID_BYTES: usize = 64;
/// Entry times must fall between 1900 and 2200 (local seconds since 1970).
pub const TIME_RANGE: std::ops::RangeInclusive<i64> = -2_208_988_800..=7_258_118_400;

/// Whether a time is one a person could have written something at.
pub fn time_ok(t: LocalTime) -> bool {
    TIME_RANGE.contains(&t.0)
}

type Reader = Box<dyn Fn(&Value) -> Result<Value, String>>;

pub struct KindSpec {
    pub kind: &'static str,
    read: Reader,
}

pub struct DocSpec {
    pub name: &'static str,
    read: Reader,
}

/// The readers for every kind and document, built by the layer that knows the types.
#[derive(Default)]
pub struct Registry {
    kinds: Vec<KindSpec>,
    docs: Vec<DocSpec>,
}

fn plain_reason(e: serde_json::Error) -> String {
    // serde says "invalid type: integer `5`, expected a string": keep it, it names the field's
    // problem; drop the position, which is meaningless for a value already parsed.
    let s = e.to_string();
    match s.find(" at line ") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

fn canonical<T: Serialize>(v: &T) -> Result<Value, String> {
    let out = serde_json::to_value(v).map_err(plain_reason)?;
    if out.to_string().chars().count() > MAX_VALUE_CHARS {
        return Err("far longer than anything Closer writes".into());
    }
    Ok(out)
}

fn read_as<T: DeserializeOwned>(v: &Value) -> Result<T, String> {
    T::deserialize(v).map_err(plain_reason)
}

impl Registry {
    pub fn new() -> Self {
        Self::default()
    }

    /// Lists an entry kind with its own rules beyond its shape.
    pub fn kind<E: Entry>(mut self, check: fn(&E) -> Result<(), String>) -> Self {
        self.kinds.push(KindSpec {
            kind: E::KIND,
            read: Box::new(move |v| {
                let e: E = read_as(v)?;
                let id_len = e.id().len();
                if id_len == 0 || id_len > MAX_ID_BYTES {
                    return Err(format!(
                        "an id of {id_len} characters (at most {MAX_ID_BYTES})"
                    ));
                }
                if !time_ok(e.at()) {
                    return Err("a date outside the years 1900 to 2200".into());
                }
                check(&e)?;
                canonical(&e)
            }),
        });
        self
    }

    /// Lists a document with its own rules beyond its shape.
    pub fn doc<D: Doc>(mut self, check: fn(&D) -> Result<(), String>) -> Self {
        self.docs.push(DocSpec {
            name: D::NAME,
            read: Box::new(move |v| {
                let d: D = read_as(v)?;
                check(&d)?;
                canonical(&d)
            }),
        });
        self
    }

    pub fn kinds(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.kinds.iter().map(|k| k.kind)
    }

    pub fn docs(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.docs.iter().map(|d| d.name)
    }

    pub fn knows_kind(&self, kind: &str) -> bool {
        self.kinds.iter().any(|k| k.kind == kind)
    }

    pub fn knows_doc(&self, name: &str) -> bool {
        self.docs.iter().any(|d| d.name == name)
    }

    /// Reads one entry of `kind` into its type and back: `None` when the kind is unknown.
    pub fn read_entry(&self, kind: &str, v: &Value) -> Option<Result<Value, String>> {
        self.kinds
            .iter()
            .find(|k| k.kind == kind)
            .map(|k| (k.read)(v))
    }

    /// Reads one document into its type and back: `None` when the name is unknown.
    pub fn read_doc(&self, name: &str, v: &Value) -> Option<Result<Value, String>> {
        self.docs
            .iter()
            .find(|d| d.name == name)
            .map(|d| (d.read)(v))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::base::time::LocalTime;
    use serde::Deserialize;
    use serde_json::json;

    #[derive(Clone, Debug, Serialize, Deserialize)]
    struct Note {
        id: String,
        t: LocalTime,
        x: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        n: Option<u8>,
    }
    impl Entry for Note {
        const KIND: &'static str = "note";
        fn id(&self) -> &str {
            &self.id
        }
        fn at(&self) -> LocalTime {
            self.t
        }
    }
    #[derive(Clone, Debug, Default, Serialize, Deserialize)]
    struct Settings {
        #[serde(default)]
        name: String,
    }
    impl Doc for Settings {
        const NAME: &'static str = "settings";
    }

    fn registry() -> Registry {
        Registry::new()
            .kind::<Note>(|n| match n.n {
                Some(v) if v > 10 => Err(format!("a scale of {v} (0 to 10)")),
                _ => Ok(()),
            })
            .doc::<Settings>(|_| Ok(()))
    }

    #[test]
    fn a_good_value_comes_back_as_the_app_writes_it() {
        let r = registry();
        let v = r
            .read_entry("note", &json!({"id":"a","t":5,"x":"hi","extra":1}))
            .unwrap()
            .unwrap();
        assert_eq!(v, json!({"id":"a","t":5,"x":"hi"}));
        assert!(r.read_entry("nope", &json!({})).is_none());
        assert!(r.read_doc("settings", &json!({})).unwrap().is_ok());
    }

    #[test]
    fn wrong_shapes_and_ranges_are_named() {
        let r = registry();
        let bad = |v: Value| r.read_entry("note", &v).unwrap().unwrap_err();
        assert!(bad(json!({"id":"a","t":5,"x":7})).contains("invalid type"));
        assert!(bad(json!({"id":"a","t":5})).contains("missing field `x`"));
        assert!(bad(json!({"id":"a","t":5,"x":"","n":11})).contains("scale"));
        assert!(bad(json!({"id":"a","t":5,"x":"","n":300})).contains("u8"));
        assert!(bad(json!({"id":"a".repeat(65),"t":5,"x":""})).contains("65"));
        assert!(bad(json!({"id":"","t":5,"x":""})).contains("id"));
        assert!(bad(json!({"id":"a","t":9_000_000_000i64,"x":""})).contains("1900"));
        assert!(bad(json!({"id":"a","t":5,"x":"x".repeat(MAX_VALUE_CHARS)})).contains("longer"));
    }
}
