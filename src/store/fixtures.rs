//! Test fixtures shared by the store's tests: a small entry kind, a document, and a store
//! filled with five months of private words.

use super::{Doc, Entry, MemoryBackend, Store};
use crate::base::time::{Day, LocalTime, Month};
use serde::{Deserialize, Serialize};
use std::rc::Rc;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub(crate) struct Note {
    pub id: String,
    pub t: LocalTime,
    #[serde(rename = "x")]
    pub text: String,
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

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub(crate) struct Settings {
    pub name: String,
}
impl Doc for Settings {
    const NAME: &'static str = "settings";
}

/// 09:00 on a day.
pub(crate) fn at(y: i32, m: u32, d: u32) -> LocalTime {
    LocalTime::from_day_and_minute(Day::from_ymd(y, m, d), 9 * 60)
}

pub(crate) fn note(id: &str, t: LocalTime, text: &str) -> Note {
    Note {
        id: id.into(),
        t,
        text: text.into(),
    }
}

/// An empty store in memory.
pub(crate) fn open() -> Store<Rc<MemoryBackend>> {
    Store::open(Rc::new(MemoryBackend::new())).unwrap()
}

/// The month [`filled`] takes as "now".
pub(crate) const NOW: Month = Month {
    year: 2026,
    month: 11,
};

/// Five notes over three months (the past ones compacted) and a settings document.
pub(crate) fn filled() -> Store<Rc<MemoryBackend>> {
    let s = open();
    for (i, (m, d)) in [(9, 3), (10, 1), (10, 20), (11, 2), (11, 28)]
        .into_iter()
        .enumerate()
    {
        s.put(&note(
            &format!("n{i}"),
            at(2026, m, d),
            &format!("private words {i}"),
        ))
        .unwrap();
    }
    s.put_doc(&Settings { name: "Sam".into() }).unwrap();
    s.compact::<Note>(NOW).unwrap();
    s
}
