//! What the store and the writer lock have to tell the person: values set aside, work
//! finished at start-up, saves not written, words kept through a lock; as signals the
//! notices read.

use super::*;

thread_local! {
    static QUARANTINE: RwSignal<Vec<Quarantined>> = lasting(Vec::new());
    static READ_ONLY: RwSignal<Option<ReadOnly>> = lasting(store().read_only());
    static SETTLED: RwSignal<Vec<&'static str>> = lasting(Vec::new());
    static UNPLACED: RwSignal<Vec<(String, String)>> = lasting(Vec::new());
    static NOT_WRITTEN: RwSignal<Vec<(String, String)>> = lasting(Vec::new());
}

/// Saves that waited for the writer lock and then couldn't be written: (why, their words).
pub fn not_written() -> RwSignal<Vec<(String, String)>> {
    NOT_WRITTEN.with(|n| *n)
}

/// Tells the person a save that waited for its turn wasn't written, keeping its words.
pub(super) fn tell_not_written<E: Entry>(e: &StoreError, entry: &E) {
    let mut words = Vec::new();
    if let Ok(v) = serde_json::to_value(entry) {
        words_in(&v, &mut words);
    }
    not_written_words(e, words.join(" · "));
}

pub(super) fn not_written_words(e: &StoreError, words: String) {
    not_written().update(|v| v.push((e.message(), words)));
}

/// The text a person wrote in a stored value: its strings, leaving out ids and times.
fn words_in(v: &serde_json::Value, out: &mut Vec<String>) {
    match v {
        serde_json::Value::String(s) if s.contains(' ') => out.push(s.clone()),
        serde_json::Value::Array(a) => a.iter().for_each(|x| words_in(x, out)),
        serde_json::Value::Object(o) => o
            .iter()
            .filter(|(k, _)| !matches!(k.as_str(), "id" | "at" | "t"))
            .for_each(|(_, x)| words_in(x, out)),
        _ => {}
    }
}

/// Words kept through a lock that found no field to go back into: (label, words).
pub fn unplaced_words() -> RwSignal<Vec<(String, String)>> {
    UNPLACED.with(|u| *u)
}

/// Why nothing can be saved now, if so (tracked: another tab can move the data on).
pub fn read_only() -> RwSignal<Option<ReadOnly>> {
    READ_ONLY.with(|r| *r)
}

/// Messages about work cut short last time and finished (or undone) now.
pub fn settled() -> RwSignal<Vec<&'static str>> {
    SETTLED.with(|s| *s)
}

/// Picks up what the store learned (read-only, journals settled) for the notices.
pub(super) fn notify_store() {
    let st = store();
    let now = st.read_only();
    if read_only().get_untracked() != now {
        read_only().set(now);
    }
    let news: Vec<&'static str> = st.take_settled().into_iter().map(|s| s.message()).collect();
    if !news.is_empty() {
        settled().update(|v| v.extend(news));
    }
}

/// Values set aside because they couldn't be read (for the notice).
pub fn quarantined() -> RwSignal<Vec<Quarantined>> {
    QUARANTINE.with(|q| *q)
}

pub(super) fn notify_quarantine() {
    notify_store();
    let now = store().quarantined();
    let sig = quarantined();
    if sig.with_untracked(|q| *q != now) {
        sig.set(now);
    }
}
