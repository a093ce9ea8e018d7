//! The backup file: what it holds, how it is written, and the rules for taking one in.
//!
//! A backup is one JSON file, readable in any text editor:
//!
//! ```text
//! {"closer_backup":1,"app":"0.1.0","schema":1,"created":"2026-11-29 13:47",
//! "entries":{
//! "checkin":[
//! {"id":"…","t":…,…},
//! …]},
//! "docs":{
//! "profile":{…}}}
//! ```
//!
//! With a passphrase, `entries` and `docs` are replaced by `"encrypted":{…}`: AES-256-GCM
//! over the same JSON, the key from Argon2id with the salt and cost stored beside it
//! (`"kdf":"Argon2id","m":…,"t":…,"p":…`; files made before say PBKDF2-SHA256 and rounds,
//! and still open),
//! plus a small `check` sealed with the same key so a wrong passphrase can be told apart
//! from a changed file.
//!
//! Reading a file is two-phase: everything in it is parsed and checked in memory first,
//! and only a file that passes whole reaches [`crate::store::Store::restore`], which
//! writes it under a journal (`journal.rs`). Every entry has an `"id"` and a time `"t"`
//! (the generic rules: buckets, merging); beyond that, each entry and document is read
//! into its real type by the [`Registry`] the layer above supplies (the store can't
//! name domain types), so a win with a number for its text, a start date in the year
//! 40000 or a kind this version doesn't know is refused, with a message naming it. A
//! file from an older schema is migrated in memory (the same steps as stored data)
//! before it is checked; one from a newer schema is refused.

use crate::base::crypto::{self, Key, NONCE_LEN, SALT_LEN};
use crate::base::encoding::{base64, unbase64};
use crate::base::kdf::{Cost, Kdf};
use crate::base::time::{LocalTime, Month};
use crate::store::migrate::{self, Migrations};
use crate::store::registry::{self, Registry};
use serde_json::{Map, Value};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

/// Version of the file layout (not of the stored data: that is `schema`).
pub const FORMAT: u64 = 1;
pub const MAX_FILE_BYTES: usize = 8 * 1024 * 1024;
/// Deepest nesting of brackets a file may have (ours reach about 8).
pub const MAX_DEPTH: usize = 32;
/// More entries than ten years of busy daily use; more could not fit in the browser's storage.
pub const MAX_ENTRIES: usize = 100_000;
/// Far more kinds of entry and documents than Closer has.
pub const MAX_KINDS: usize = 100;
pub const MAX_DOCS: usize = 100;
const MARK: &str = "closer_backup";
const DATA_CONTEXT: &str = "closer-backup-data";
const CHECK_CONTEXT: &str = "closer-backup-check";
const CHECK_TEXT: &[u8] = b"closer";

/// Everything a person has written: entries by kind, documents by name.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Contents {
    pub entries: BTreeMap<String, Vec<Value>>,
    pub docs: BTreeMap<String, Value>,
}

impl Contents {
    pub fn entry_count(&self) -> usize {
        self.entries.values().map(Vec::len).sum()
    }
    pub fn is_empty(&self) -> bool {
        self.entry_count() == 0 && self.docs.is_empty()
    }
}

/// What is written outside the (possibly encrypted) contents.
#[derive(Clone, Debug, PartialEq)]
pub struct Header {
    /// The app version that wrote the file.
    pub app: String,
    /// The storage schema version of the contents.
    pub schema: u32,
    /// When it was made, as the person's clock read it ("2026-11-29 13:47").
    pub created: String,
}

/// The encrypted part of a file, waiting for its passphrase.
#[derive(Clone, Debug, PartialEq)]
pub struct SealedPart {
    /// How the key is derived from the passphrase, as the file says.
    pub kdf: Kdf,
    pub salt: Vec<u8>,
    check: Vec<u8>,
    data: Vec<u8>,
    schema: u32,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Parsed {
    Plain { header: Header, contents: Contents },
    Encrypted { header: Header, sealed: SealedPart },
}

/// Why a file was not taken in. Nothing was changed in any of these cases.
#[derive(Clone, Debug, PartialEq)]
pub enum Refusal {
    TooLarge,
    NotABackup,
    NewerSchema(u32),
    TooDeep,
    TooMany(usize),
    Damaged(String),
    /// One entry or document didn't read as its type: which, and why.
    BadValue {
        kind: String,
        id: String,
        reason: String,
    },
    /// Entries or a document this version of Closer doesn't know.
    Unknown(String),
    WrongPassphrase,
    Altered,
}

impl Refusal {
    pub fn message(&self) -> String {
        self.message_naming(|kind| kind.to_string())
    }

    /// The message, with kinds named by `label` (the person's words for them).
    pub fn message_naming(&self, label: impl Fn(&str) -> String) -> String {
        let nothing = "Nothing here was changed.";
        match self {
            Refusal::TooLarge => format!(
                "This file is larger than 8 MB, far more than a Closer backup can be, so it wasn't opened. {nothing}"
            ),
            Refusal::NotABackup => format!("This file isn't a Closer backup. {nothing}"),
            Refusal::NewerSchema(v) => format!(
                "This backup was made by a newer version of Closer (data version {v}). Reload to get the \
                 newer version, then try again. {nothing}"
            ),
            Refusal::TooDeep => format!("This file is built in a way no Closer backup is, so it wasn't read. {nothing}"),
            Refusal::TooMany(n) => format!(
                "This file holds {}, more than this browser's storage for Closer can keep. {nothing}",
                crate::base::plural::count(*n, "entry", "entries")
            ),
            Refusal::Damaged(what) => format!("This backup is damaged ({what}), so none of it was taken in. {nothing}"),
            Refusal::BadValue { kind, id, reason } => {
                let which = if id.is_empty() { label(kind) } else { format!("{}, the one marked {id}", label(kind)) };
                format!("This backup is damaged, so none of it was taken in. In its {which}: {reason}. {nothing}")
            }
            Refusal::Unknown(what) => format!(
                "This backup holds {what}, which this version of Closer doesn't know. Reload to get the newest \
                 version, then try again. {nothing}"
            ),
            Refusal::WrongPassphrase => format!("That passphrase doesn't open this backup. Try again? {nothing}"),
            Refusal::Altered => format!(
                "The passphrase is right, but the file was changed after it was made, so it can't be trusted. {nothing}"
            ),
        }
    }
}

// ----- writing ----------------------------------------------------------------

fn header_json(h: &Header) -> String {
    format!(
        "{{\"{MARK}\":{FORMAT},\"app\":{},\"schema\":{},\"created\":{}",
        json_str(&h.app),
        h.schema,
        json_str(&h.created)
    )
}

fn json_str(s: &str) -> String {
    serde_json::to_string(s).expect("strings serialise")
}

/// `"entries":{…},"docs":{…}` with one entry per line.
fn body_json(c: &Contents) -> String {
    let mut out = String::from("\"entries\":{");
    for (i, (kind, items)) in c.entries.iter().enumerate() {
        let _ = write!(
            out,
            "{}\n{}:[",
            if i > 0 { "," } else { "" },
            json_str(kind)
        );
        for (j, e) in items.iter().enumerate() {
            let _ = write!(out, "{}\n{}", if j > 0 { "," } else { "" }, e);
        }
        out.push(']');
    }
    out.push_str("},\n\"docs\":{");
    for (i, (name, d)) in c.docs.iter().enumerate() {
        let _ = write!(
            out,
            "{}\n{}:{}",
            if i > 0 { "," } else { "" },
            json_str(name),
            d
        );
    }
    out.push('}');
    out
}

/// A plain, readable backup file.
pub fn export(c: &Contents, h: &Header) -> String {
    format!("{},\n{}}}\n", header_json(h), body_json(c))
}

/// An encrypted backup file. `key` must come from the passphrase with `salt`, derived as
/// `kdf` says; the nonces must be fresh random bytes.
pub fn export_encrypted(
    c: &Contents,
    h: &Header,
    key: &Key,
    salt: &[u8; SALT_LEN],
    kdf: impl Into<Kdf>,
    nonces: [[u8; NONCE_LEN]; 2],
) -> String {
    let kdf = match kdf.into() {
        Kdf::Pbkdf2(n) => format!("\"kdf\":\"PBKDF2-SHA256\",\"iterations\":{n}"),
        Kdf::Argon2id(c) => format!(
            "\"kdf\":\"Argon2id\",\"m\":{},\"t\":{},\"p\":{}",
            c.memory_kib, c.passes, c.lanes
        ),
    };
    let inner = format!("{{{}}}", body_json(c));
    let data = crypto::seal(
        key,
        nonces[0],
        data_context(h.schema).as_bytes(),
        inner.as_bytes(),
    );
    let check = crypto::seal(key, nonces[1], CHECK_CONTEXT.as_bytes(), CHECK_TEXT);
    format!(
        "{},\n\"encrypted\":{{\"cipher\":\"AES-256-GCM\",{kdf},\
         \"salt\":\"{}\",\"check\":\"{}\",\n\"data\":\"{}\"}}}}\n",
        header_json(h),
        base64(salt),
        base64(&check),
        base64(&data)
    )
}

/// The schema is bound to the ciphertext, so it can't be changed in the readable header.
fn data_context(schema: u32) -> String {
    format!("{DATA_CONTEXT}:{schema}")
}

// ----- reading ----------------------------------------------------------------

/// How deep brackets nest, stopping early once past `limit` (strings are skipped).
fn nesting_exceeds(text: &str, limit: usize) -> bool {
    let (mut depth, mut in_str, mut escaped) = (0usize, false, false);
    for b in text.bytes() {
        if in_str {
            match b {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_str = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_str = true,
            b'[' | b'{' => {
                depth += 1;
                if depth > limit {
                    return true;
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    false
}

/// Reads a file's text with the migrations this build ships.
pub fn parse(text: &str, registry: &Registry) -> Result<Parsed, Refusal> {
    parse_with(text, registry, &migrate::SHIPPED)
}

/// Reads a file's text: a plain file is parsed, migrated to this build's schema and
/// checked entry by entry; an encrypted one waits for its passphrase ([`open_encrypted`]).
pub fn parse_with(
    text: &str,
    registry: &Registry,
    migrations: &Migrations,
) -> Result<Parsed, Refusal> {
    if text.len() > MAX_FILE_BYTES {
        return Err(Refusal::TooLarge);
    }
    if nesting_exceeds(text, MAX_DEPTH) {
        return Err(Refusal::TooDeep);
    }
    let Ok(Value::Object(mut root)) = serde_json::from_str::<Value>(text) else {
        return Err(Refusal::NotABackup);
    };
    let Some(format) = root.get(MARK).and_then(Value::as_u64) else {
        return Err(Refusal::NotABackup);
    };
    let schema = root
        .get("schema")
        .and_then(Value::as_u64)
        .ok_or(Refusal::NotABackup)?;
    let schema = u32::try_from(schema).map_err(|_| Refusal::NewerSchema(u32::MAX))?;
    let current_schema = migrations.current;
    if schema > current_schema || format > FORMAT {
        return Err(Refusal::NewerSchema(schema.max(current_schema + 1)));
    }
    let text_field = |k: &str| {
        root.get(k)
            .and_then(Value::as_str)
            .unwrap_or("")
            .chars()
            .take(40)
            .collect::<String>()
    };
    let header = Header {
        app: text_field("app"),
        schema,
        created: text_field("created"),
    };
    match root.get("encrypted") {
        Some(enc) => Ok(Parsed::Encrypted {
            header,
            sealed: sealed_part(enc, schema)?,
        }),
        None => Ok(Parsed::Plain {
            contents: read_contents(&mut root, schema, registry, migrations)?,
            header,
        }),
    }
}

fn sealed_part(enc: &Value, schema: u32) -> Result<SealedPart, Refusal> {
    let damaged = |what: &str| Refusal::Damaged(what.to_string());
    let bytes = |k: &str| {
        enc.get(k)
            .and_then(Value::as_str)
            .and_then(unbase64)
            .ok_or_else(|| damaged("encrypted part"))
    };
    if enc.get("cipher").and_then(Value::as_str) != Some("AES-256-GCM") {
        return Err(damaged("unknown encryption"));
    }
    let number = |k: &str| {
        enc.get(k)
            .and_then(Value::as_u64)
            .and_then(|n| u32::try_from(n).ok())
            .ok_or_else(|| damaged("key settings"))
    };
    let kdf = match enc.get("kdf").and_then(Value::as_str) {
        Some("PBKDF2-SHA256") => Kdf::Pbkdf2(number("iterations")?),
        Some("Argon2id") => Kdf::Argon2id(Cost {
            memory_kib: number("m")?,
            passes: number("t")?,
            lanes: number("p")?,
        }),
        _ => return Err(damaged("unknown encryption")),
    };
    if !kdf.trusted() {
        return Err(damaged("key settings"));
    }
    let salt = bytes("salt")?;
    if salt.len() != SALT_LEN {
        return Err(damaged("key settings"));
    }
    Ok(SealedPart {
        kdf,
        salt,
        check: bytes("check")?,
        data: bytes("data")?,
        schema,
    })
}

/// Opens the encrypted part with a key derived from the person's passphrase, then reads
/// what is inside as [`parse`] reads a plain file.
pub fn open_encrypted(
    part: &SealedPart,
    key: &Key,
    registry: &Registry,
) -> Result<Contents, Refusal> {
    open_encrypted_with(part, key, registry, &migrate::SHIPPED)
}

pub fn open_encrypted_with(
    part: &SealedPart,
    key: &Key,
    registry: &Registry,
    migrations: &Migrations,
) -> Result<Contents, Refusal> {
    crypto::open(key, CHECK_CONTEXT.as_bytes(), &part.check)
        .map_err(|_| Refusal::WrongPassphrase)?;
    let inner = crypto::open(key, data_context(part.schema).as_bytes(), &part.data)
        .map_err(|_| Refusal::Altered)?;
    let text = String::from_utf8(inner).map_err(|_| Refusal::Damaged("encrypted text".into()))?;
    if nesting_exceeds(&text, MAX_DEPTH) {
        return Err(Refusal::TooDeep);
    }
    match serde_json::from_str::<Value>(&text) {
        Ok(Value::Object(mut root)) => read_contents(&mut root, part.schema, registry, migrations),
        _ => Err(Refusal::Damaged("encrypted text".into())),
    }
}

/// Kind and document names become storage keys: short, lowercase, no separators.
pub fn valid_name(name: &str) -> bool {
    (1..=40).contains(&name.len())
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'-')
}

/// The id and time every entry carries, if it is a well-formed entry.
pub fn entry_key(e: &Value) -> Option<(&str, LocalTime)> {
    let id = e
        .get("id")?
        .as_str()
        .filter(|s| (1..=registry::MAX_ID_BYTES).contains(&s.len()))?;
    let t = LocalTime(e.get("t")?.as_i64()?);
    registry::time_ok(t).then_some((id, t))
}

/// The file's entries and documents, checked for the shape every backup has (names,
/// counts, an id and a time on every entry), migrated from an older schema, then read
/// into their real types.
fn read_contents(
    root: &mut Map<String, Value>,
    schema: u32,
    registry: &Registry,
    migrations: &Migrations,
) -> Result<Contents, Refusal> {
    let generic = contents(root)?;
    let current = if schema < migrations.current {
        migrate::contents(&generic, schema, migrations)
            .map_err(|e| Refusal::Damaged(format!("it couldn't be updated: {}", e.message())))?
    } else {
        generic
    };
    typed(current, registry)
}

/// Every entry and document read into its type and written back as the app writes it.
fn typed(c: Contents, registry: &Registry) -> Result<Contents, Refusal> {
    let mut out = Contents::default();
    for (kind, items) in c.entries {
        if !registry.knows_kind(&kind) {
            return Err(Refusal::Unknown(format!(
                "entries of a kind called “{kind}”"
            )));
        }
        let mut list = Vec::with_capacity(items.len());
        for e in items {
            let id = entry_key(&e).map(|k| k.0.to_string()).unwrap_or_default();
            match registry.read_entry(&kind, &e) {
                Some(Ok(v)) => list.push(v),
                Some(Err(reason)) => return Err(Refusal::BadValue { kind, id, reason }),
                None => unreachable!("known kind"),
            }
        }
        out.entries.insert(kind, list);
    }
    for (name, d) in c.docs {
        match registry.read_doc(&name, &d) {
            Some(Ok(v)) => {
                out.docs.insert(name, v);
            }
            Some(Err(reason)) => {
                return Err(Refusal::BadValue {
                    kind: name,
                    id: String::new(),
                    reason,
                })
            }
            None => return Err(Refusal::Unknown(format!("a document called “{name}”"))),
        }
    }
    Ok(out)
}

/// The generic part: kinds and documents by name, every entry with an id and a time.
/// Takes them out of the file's tree (no copy of a large file is made).
fn contents(root: &mut Map<String, Value>) -> Result<Contents, Refusal> {
    let damaged = |what: String| Refusal::Damaged(what);
    let mut take = |k: &str| match root.remove(k) {
        None => Ok(Map::new()),
        Some(Value::Object(m)) => Ok(m),
        Some(_) => Err(damaged(format!("{k} is not a list"))),
    };
    let (entries, docs) = (take("entries")?, take("docs")?);
    if entries.len() > MAX_KINDS {
        return Err(damaged(format!("{} kinds of entry", entries.len())));
    }
    if docs.len() > MAX_DOCS {
        return Err(damaged(format!("{} documents", docs.len())));
    }
    let total: usize = entries
        .values()
        .map(|v| v.as_array().map_or(0, Vec::len))
        .sum();
    if total > MAX_ENTRIES {
        return Err(Refusal::TooMany(total));
    }
    let mut out = Contents::default();
    for (kind, items) in entries {
        if !valid_name(&kind) {
            return Err(damaged(format!("a kind named {kind:?}")));
        }
        let Value::Array(items) = items else {
            return Err(damaged(format!("{kind} is not a list")));
        };
        let mut seen = BTreeSet::new();
        let mut list = Vec::with_capacity(items.len());
        for e in items {
            let (id, _) = entry_key(&e).ok_or_else(|| {
                damaged(format!(
                    "an entry in {kind} without an id or a sensible date"
                ))
            })?;
            if seen.insert(id.to_string()) {
                list.push(e);
            }
        }
        if !list.is_empty() {
            out.entries.insert(kind, list);
        }
    }
    for (name, d) in docs {
        if !valid_name(&name) {
            return Err(damaged(format!("a document named {name:?}")));
        }
        out.docs.insert(name, d);
    }
    Ok(out)
}

// ----- what a file holds, and taking it in --------------------------------------

#[derive(Clone, Debug, PartialEq)]
pub struct KindSummary {
    pub kind: String,
    pub count: usize,
    pub first: LocalTime,
    pub last: LocalTime,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Summary {
    pub kinds: Vec<KindSummary>,
    pub docs: Vec<String>,
    pub total: usize,
    /// The earliest and latest entry times, if there are entries.
    pub span: Option<(LocalTime, LocalTime)>,
}

pub fn summary(c: &Contents) -> Summary {
    let mut s = Summary {
        docs: c.docs.keys().cloned().collect(),
        ..Default::default()
    };
    for (kind, items) in &c.entries {
        let times: Vec<LocalTime> = items
            .iter()
            .filter_map(|e| entry_key(e).map(|k| k.1))
            .collect();
        let (Some(&first), Some(&last)) = (times.iter().min(), times.iter().max()) else {
            continue;
        };
        s.total += items.len();
        s.kinds.push(KindSummary {
            kind: kind.clone(),
            count: items.len(),
            first,
            last,
        });
        s.span = Some(match s.span {
            None => (first, last),
            Some((a, b)) => (a.min(first), b.max(last)),
        });
    }
    s
}

/// Merging keeps everything already here and adds what is new: entries whose id this
/// device doesn't have yet, and documents (settings, profile) it doesn't have at all.
/// A document this device already has is kept as it is. Taking in the same backup
/// twice adds nothing the second time.
pub fn merge(existing: &Contents, incoming: &Contents) -> Contents {
    let mut out = existing.clone();
    for (kind, items) in &incoming.entries {
        let list = out.entries.entry(kind.clone()).or_default();
        let mut have: BTreeSet<String> = list
            .iter()
            .filter_map(|e| entry_key(e).map(|k| k.0.to_string()))
            .collect();
        for e in items {
            if let Some((id, _)) = entry_key(e) {
                if have.insert(id.to_string()) {
                    list.push(e.clone());
                }
            }
        }
    }
    for (name, d) in &incoming.docs {
        out.docs.entry(name.clone()).or_insert_with(|| d.clone());
    }
    out
}

/// How many entries a merge would add.
pub fn new_by_merge(existing: &Contents, incoming: &Contents) -> usize {
    merge(existing, incoming).entry_count() - existing.entry_count()
}

/// Entries grouped into their storage buckets (kind and month), each sorted by time then id.
pub fn buckets(c: &Contents) -> BTreeMap<(String, Month), Vec<Value>> {
    let mut out: BTreeMap<(String, Month), Vec<Value>> = BTreeMap::new();
    for (kind, items) in &c.entries {
        for e in items {
            if let Some((_, t)) = entry_key(e) {
                out.entry((kind.clone(), t.month()))
                    .or_default()
                    .push(e.clone());
            }
        }
    }
    for list in out.values_mut() {
        list.sort_by_cached_key(|e| entry_key(e).map(|(id, t)| (t, id.to_string())));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::base::crypto::tests::test_key;
    use crate::base::crypto::{derive_key, PBKDF2_ITERATIONS};
    use serde_json::json;

    const SALT: [u8; SALT_LEN] = *b"salt-salt-salt-1";

    #[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
    struct CheckIn {
        id: String,
        t: LocalTime,
        w: Vec<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        n: Option<String>,
    }
    impl crate::store::Entry for CheckIn {
        const KIND: &'static str = "checkin";
        fn id(&self) -> &str {
            &self.id
        }
        fn at(&self) -> LocalTime {
            self.t
        }
    }
    #[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
    struct Journal {
        id: String,
        t: LocalTime,
        x: String,
    }
    impl crate::store::Entry for Journal {
        const KIND: &'static str = "journal";
        fn id(&self) -> &str {
            &self.id
        }
        fn at(&self) -> LocalTime {
            self.t
        }
    }
    #[derive(Clone, Debug, Default, serde::Serialize, serde::Deserialize)]
    struct Profile {
        #[serde(default)]
        start: String,
    }
    impl crate::store::Doc for Profile {
        const NAME: &'static str = "profile";
    }

    /// A registry of made-up kinds, standing in for the app's (`domain::registry`).
    fn reg() -> Registry {
        Registry::new()
            .kind::<CheckIn>(|c| match c.w.len() {
                0..=5 => Ok(()),
                n => Err(format!("{n} words")),
            })
            .kind::<Journal>(|_| Ok(()))
            .doc::<Profile>(|_| Ok(()))
    }

    fn header() -> Header {
        Header {
            app: "0.1.0".into(),
            schema: 1,
            created: "2026-11-29 13:47".into(),
        }
    }

    fn sample() -> Contents {
        let mut c = Contents::default();
        c.entries.insert(
            "checkin".into(),
            vec![
                json!({"id":"a","t":1_000_000,"w":["calm"],"n":"I said \"no\" kindly"}),
                json!({"id":"b","t":5_000_000,"w":["tense"]}),
            ],
        );
        c.entries.insert(
            "journal".into(),
            vec![json!({"id":"j1","t":2_000_000,"x":"Ünïcode ✓ words 💬"})],
        );
        c.docs
            .insert("profile".into(), json!({"start":"2026-11-01"}));
        c
    }

    fn plain(text: &str) -> Contents {
        match parse(text, &reg()).unwrap() {
            Parsed::Plain { contents, header } => {
                assert_eq!(header, self::header());
                contents
            }
            other => panic!("expected a plain backup, got {other:?}"),
        }
    }

    #[test]
    fn export_then_import_gives_back_the_original() {
        let c = sample();
        let text = export(&c, &header());
        assert_eq!(plain(&text), c);
        assert!(
            text.lines().count() > 5,
            "one entry per line, readable:\n{text}"
        );
        // An empty store exports and imports too.
        assert_eq!(
            plain(&export(&Contents::default(), &header())),
            Contents::default()
        );
    }

    #[test]
    fn encrypted_export_round_trips_and_shows_no_words() {
        let key = Key::from_bytes(test_key());
        let text = export_encrypted(
            &sample(),
            &header(),
            &key,
            &SALT,
            PBKDF2_ITERATIONS,
            [[1; 12], [2; 12]],
        );
        assert!(
            !text.contains("calm") && !text.contains("profile"),
            "{text}"
        );
        let Parsed::Encrypted { header: h, sealed } = parse(&text, &reg()).unwrap() else {
            panic!()
        };
        assert_eq!(h, header());
        assert_eq!(sealed.kdf, Kdf::Pbkdf2(PBKDF2_ITERATIONS));
        assert_eq!(sealed.salt, SALT);
        // The person's passphrase, derived again from what the file says.
        let again = Key::from_bytes(&derive_key(
            "correct horse",
            &sealed.salt,
            PBKDF2_ITERATIONS,
        ));
        assert_eq!(open_encrypted(&sealed, &again, &reg()).unwrap(), sample());
    }

    /// Issue 24, item 3: files are made with Argon2id now, and files made before
    /// (PBKDF2-SHA256, rounds beside the salt) still open.
    #[test]
    fn encrypted_files_use_argon2id_and_older_pbkdf2_files_still_open() {
        use crate::base::kdf::{self, derive};
        let key = Key::from_bytes(&derive("seven blue kites", &SALT, kdf::NEW).unwrap());
        let text = export_encrypted(
            &sample(),
            &header(),
            &key,
            &SALT,
            kdf::NEW,
            [[1; 12], [2; 12]],
        );
        assert!(text.contains(&format!(
            "\"kdf\":\"Argon2id\",\"m\":{},\"t\":{},\"p\":{}",
            kdf::CHOSEN.memory_kib,
            kdf::CHOSEN.passes,
            kdf::CHOSEN.lanes
        )));
        let Parsed::Encrypted { sealed, .. } = parse(&text, &reg()).unwrap() else {
            panic!()
        };
        assert_eq!(sealed.kdf, kdf::NEW);
        let again = Key::from_bytes(&derive("seven blue kites", &sealed.salt, sealed.kdf).unwrap());
        assert_eq!(open_encrypted(&sealed, &again, &reg()).unwrap(), sample());
        let wrong = Key::from_bytes(&derive("seven blue kite", &sealed.salt, sealed.kdf).unwrap());
        assert_eq!(
            open_encrypted(&sealed, &wrong, &reg()),
            Err(Refusal::WrongPassphrase)
        );

        // A file from before: the text exactly as that build wrote it.
        let old = export_encrypted(
            &sample(),
            &header(),
            &Key::from_bytes(test_key()),
            &SALT,
            PBKDF2_ITERATIONS,
            [[1; 12], [2; 12]],
        );
        assert!(old.contains("\"kdf\":\"PBKDF2-SHA256\",\"iterations\":600000,\"salt\""));
        let Parsed::Encrypted { sealed, .. } = parse(&old, &reg()).unwrap() else {
            panic!()
        };
        let k = derive("correct horse", &sealed.salt, sealed.kdf).unwrap();
        assert_eq!(
            open_encrypted(&sealed, &Key::from_bytes(&k), &reg()).unwrap(),
            sample()
        );

        // Costs a phone can't pay, or too weak to trust, are refused before any derivation.
        for (m, t, p) in [
            (4_000_000, 2, 1),
            (1024, 2, 1),
            (19456, 0, 1),
            (19456, 2, 99),
        ] {
            let bad = text.replacen(
                &format!(
                    "\"m\":{},\"t\":{},\"p\":{}",
                    kdf::CHOSEN.memory_kib,
                    kdf::CHOSEN.passes,
                    kdf::CHOSEN.lanes
                ),
                &format!("\"m\":{m},\"t\":{t},\"p\":{p}"),
                1,
            );
            assert!(
                matches!(parse(&bad, &reg()), Err(Refusal::Damaged(_))),
                "{m} {t} {p}"
            );
        }
    }

    #[test]
    fn wrong_passphrase_and_altered_ciphertext_are_refused() {
        let key = Key::from_bytes(test_key());
        let text = export_encrypted(
            &sample(),
            &header(),
            &key,
            &SALT,
            PBKDF2_ITERATIONS,
            [[1; 12], [2; 12]],
        );
        let Parsed::Encrypted { sealed, .. } = parse(&text, &reg()).unwrap() else {
            panic!()
        };
        let wrong = Key::from_bytes(&derive_key("correct horse!", &SALT, 1000));
        assert_eq!(
            open_encrypted(&sealed, &wrong, &reg()),
            Err(Refusal::WrongPassphrase)
        );

        // Flip one bit of the ciphertext inside the file's base64.
        let mut bad = sealed.clone();
        bad.data[20] ^= 0x80;
        let altered = text.replace(&base64(&sealed.data), &base64(&bad.data));
        assert_ne!(altered, text);
        let Parsed::Encrypted { sealed: s2, .. } = parse(&altered, &reg()).unwrap() else {
            panic!()
        };
        assert_eq!(open_encrypted(&s2, &key, &reg()), Err(Refusal::Altered));

        // Changing the readable schema is caught too: it is bound to the ciphertext.
        let mut s3 = sealed.clone();
        s3.schema = 0;
        assert_eq!(open_encrypted(&s3, &key, &reg()), Err(Refusal::Altered));
    }

    #[test]
    fn hostile_files_are_refused_with_a_reason() {
        let big = format!(
            "{{\"closer_backup\":1,\"schema\":1,\"pad\":\"{}\"}}",
            "x".repeat(MAX_FILE_BYTES)
        );
        assert_eq!(parse(&big, &reg()), Err(Refusal::TooLarge));
        assert_eq!(parse("hello", &reg()), Err(Refusal::NotABackup));
        assert_eq!(
            parse("{\"some\":\"json\"}", &reg()),
            Err(Refusal::NotABackup)
        );
        assert_eq!(parse("[1,2]", &reg()), Err(Refusal::NotABackup));
        assert_eq!(
            parse(r#"{"closer_backup":1,"schema":2,"entries":{}}"#, &reg()),
            Err(Refusal::NewerSchema(2))
        );
        assert_eq!(
            parse(r#"{"closer_backup":2,"schema":1,"entries":{}}"#, &reg()),
            Err(Refusal::NewerSchema(2))
        );
        let deep = format!(
            r#"{{"closer_backup":1,"schema":1,"docs":{{"x":{}1{}}}}}"#,
            "[".repeat(5000),
            "]".repeat(5000)
        );
        assert_eq!(parse(&deep, &reg()), Err(Refusal::TooDeep));
        // Brackets inside strings are only text.
        let brackets = format!(
            r#"{{"closer_backup":1,"schema":1,"docs":{{"profile":{{"start":"{}"}}}}}}"#,
            "[{".repeat(100)
        );
        assert!(parse(&brackets, &reg()).is_ok());
        let many: Vec<Value> = (0..=MAX_ENTRIES)
            .map(|i| json!({"id": i.to_string(), "t": 1}))
            .collect();
        let too_many = format!(
            r#"{{"closer_backup":1,"schema":1,"entries":{{"checkin":{}}}}}"#,
            Value::from(many)
        );
        assert!(too_many.len() < MAX_FILE_BYTES);
        assert_eq!(
            parse(&too_many, &reg()),
            Err(Refusal::TooMany(MAX_ENTRIES + 1))
        );
        for body in [
            r#""entries":{"checkin":[{"t":1}]}"#,
            r#""entries":{"checkin":[{"id":"a"}]}"#,
            r#""entries":{"Check In":[]}"#,
            r#""entries":{"checkin":{}}"#,
            r#""entries":[]"#,
            r#""docs":{"../x":{}}"#,
        ] {
            let text = format!(r#"{{"closer_backup":1,"schema":1,{body}}}"#);
            assert!(
                matches!(parse(&text, &reg()), Err(Refusal::Damaged(_))),
                "{body}"
            );
        }
        let weak = r#"{"closer_backup":1,"schema":1,"encrypted":{"cipher":"AES-256-GCM","kdf":"PBKDF2-SHA256","iterations":10,"salt":"c2FsdC1zYWx0LXNhbHQtMQ==","check":"","data":""}}"#;
        assert!(matches!(parse(weak, &reg()), Err(Refusal::Damaged(_))));
        for r in [
            Refusal::TooLarge,
            Refusal::WrongPassphrase,
            Refusal::Damaged("x".into()),
        ] {
            assert!(r.message().contains("Nothing here was changed"));
        }
    }

    fn with_entries(entries: &str, docs: &str) -> String {
        format!(r#"{{"closer_backup":1,"schema":1,"entries":{{{entries}}},"docs":{{{docs}}}}}"#)
    }

    #[test]
    fn every_entry_and_document_is_read_into_its_type() {
        let bad =
            |entries: &str, docs: &str| parse(&with_entries(entries, docs), &reg()).unwrap_err();
        // A field of the wrong type, named with the entry's id.
        let r = bad(r#""journal":[{"id":"j1","t":5,"x":7}]"#, "");
        assert!(
            matches!(&r, Refusal::BadValue { kind, id, reason }
                if kind == "journal" && id == "j1" && reason.contains("invalid type")),
            "{r:?}"
        );
        assert!(r.message().contains("the one marked j1"), "{}", r.message());
        // The type's own rule.
        let r = bad(
            r#""checkin":[{"id":"c","t":5,"w":["a","b","c","d","e","f"]}]"#,
            "",
        );
        assert!(matches!(&r, Refusal::BadValue { reason, .. } if reason == "6 words"));
        // A bad document.
        let r = bad("", r#""profile":{"start":12}"#);
        assert!(matches!(&r, Refusal::BadValue { kind, .. } if kind == "profile"));
        // Unknown kinds and documents: from a newer version, or not ours.
        assert!(matches!(
            bad(r#""mystery":[{"id":"m","t":5}]"#, ""),
            Refusal::Unknown(_)
        ));
        assert!(matches!(bad("", r#""mystery":{}"#), Refusal::Unknown(_)));
        // An id of 65 bytes, a time past the year 2200.
        let long = "a".repeat(65);
        assert!(matches!(
            bad(
                &format!(r#""journal":[{{"id":"{long}","t":5,"x":""}}]"#),
                ""
            ),
            Refusal::Damaged(_)
        ));
        assert!(matches!(
            bad(r#""journal":[{"id":"j","t":8000000000,"x":""}]"#, ""),
            Refusal::Damaged(_)
        ));
        // Too many kinds or documents.
        let kinds: Vec<String> = (0..=MAX_KINDS).map(|i| format!(r#""k{i}":[]"#)).collect();
        assert!(matches!(bad(&kinds.join(","), ""), Refusal::Damaged(_)));
        let docs: Vec<String> = (0..=MAX_DOCS).map(|i| format!(r#""d{i}":{{}}"#)).collect();
        assert!(matches!(bad("", &docs.join(",")), Refusal::Damaged(_)));
        // What is taken in is what the app itself writes: unknown fields are dropped.
        let ok = parse(
            &with_entries(r#""journal":[{"id":"j","t":5,"x":"hi","junk":[1]}]"#, ""),
            &reg(),
        )
        .unwrap();
        let Parsed::Plain { contents, .. } = ok else {
            panic!()
        };
        assert_eq!(
            contents.entries["journal"],
            vec![json!({"id":"j","t":5,"x":"hi"})]
        );
    }

    #[test]
    fn an_older_schema_is_migrated_before_it_is_checked() {
        // A test-only version 2 renamed the journal's "text" to "x".
        static STEPS: &[migrate::Step] = &[
            |_| Ok(()),
            |b| {
                for k in b.keys()? {
                    if k.starts_with("closer:e:journal:") {
                        let v = b.get(&k)?.unwrap().replace("\"text\"", "\"x\"");
                        b.set(&k, &v)?;
                    }
                }
                Ok(())
            },
        ];
        let two = Migrations {
            current: 2,
            steps: STEPS,
        };
        let v1 = r#"{"closer_backup":1,"schema":1,"entries":{"journal":[{"id":"j","t":5,"text":"old words"}]}}"#;
        let Parsed::Plain { contents, header } = parse_with(v1, &reg(), &two).unwrap() else {
            panic!()
        };
        assert_eq!(header.schema, 1);
        assert_eq!(contents.entries["journal"][0]["x"], "old words");
        // Without the migration, the old shape isn't a journal entry at all.
        assert!(matches!(parse(v1, &reg()), Err(Refusal::BadValue { .. })));
        // And a file from version 3 is newer than this build.
        let v3 = v1.replace(r#""schema":1"#, r#""schema":3"#);
        assert_eq!(parse_with(&v3, &reg(), &two), Err(Refusal::NewerSchema(3)));
    }

    #[test]
    fn merging_twice_is_merging_once_and_keeps_what_is_here() {
        let mut here = Contents::default();
        here.entries.insert(
            "checkin".into(),
            vec![json!({"id":"a","t":1_000_000,"w":["edited here"]})],
        );
        here.docs
            .insert("profile".into(), json!({"start":"2026-10-01"}));
        let once = merge(&here, &sample());
        let twice = merge(&once, &sample());
        assert_eq!(once, twice);
        assert_eq!(once.entry_count(), 3);
        assert_eq!(
            once.entries["checkin"][0]["w"][0], "edited here",
            "entries already here are kept"
        );
        assert_eq!(
            once.docs["profile"]["start"], "2026-10-01",
            "documents already here are kept"
        );
        assert_eq!(new_by_merge(&here, &sample()), 2);
        assert_eq!(new_by_merge(&once, &sample()), 0);
        assert_eq!(merge(&Contents::default(), &sample()), sample());
    }

    #[test]
    fn duplicate_ids_in_a_file_count_once() {
        let text = r#"{"closer_backup":1,"schema":1,"entries":{"checkin":[{"id":"a","t":1,"w":[]},{"id":"a","t":2,"w":[]}]}}"#;
        assert_eq!(plain_any(text).entries["checkin"].len(), 1);
    }

    fn plain_any(text: &str) -> Contents {
        match parse(text, &reg()).unwrap() {
            Parsed::Plain { contents, .. } => contents,
            _ => panic!(),
        }
    }

    #[test]
    fn summary_counts_kinds_and_spans_dates() {
        let s = summary(&sample());
        assert_eq!(s.total, 3);
        assert_eq!(s.kinds[0].kind, "checkin");
        assert_eq!(s.kinds[0].count, 2);
        assert_eq!(s.span, Some((LocalTime(1_000_000), LocalTime(5_000_000))));
        assert_eq!(s.docs, vec!["profile".to_string()]);
    }

    #[test]
    fn buckets_group_by_kind_and_month_sorted() {
        let b = buckets(&sample());
        assert_eq!(b.len(), 3);
        let (k, m) = b.keys().next().unwrap().clone();
        assert_eq!((k.as_str(), m), ("checkin", LocalTime(1_000_000).month()));
    }
}
