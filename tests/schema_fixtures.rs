//! Every schema version's shipped fixture (a whole store as that version wrote it)
//! opens cleanly and keeps the person's start date. Lives here, above both layers,
//! because it reads a `domain` document through the `store`.

use closer::domain::profile::Profile;
use closer::store::{Backend, MemoryBackend, Store};

#[test]
fn the_shipped_fixture_of_every_version_opens() {
    // tests/fixtures/schema-N.json: a whole store as written by schema N.
    for v in 1..=closer::store::migrate::CURRENT {
        let path = format!(
            "{}/tests/fixtures/schema-{v}.json",
            env!("CARGO_MANIFEST_DIR")
        );
        let text =
            std::fs::read_to_string(&path).unwrap_or_else(|_| panic!("missing fixture {path}"));
        let map: std::collections::BTreeMap<String, String> = serde_json::from_str(&text).unwrap();
        let mem = std::rc::Rc::new(MemoryBackend::new());
        for (k, val) in &map {
            mem.set(k, val).unwrap();
        }
        let s = Store::open(mem.clone()).unwrap();
        assert!(s.quarantined().is_empty(), "fixture {v} reads cleanly");
        let p: Profile = s.doc().unwrap();
        assert!(p.onboarded(), "fixture {v} keeps the start date");
    }
}

/// A store locked by the first version of the app lock, as that version wrote it (made
/// by turning the lock on in the previous release, passphrase "seven blue kites"): it
/// opens with the same passphrase, every win readable, and is brought up to date.
#[test]
fn a_store_locked_by_the_previous_version_opens_with_its_passphrase() {
    use closer::base::kdf::{self, derive};
    use closer::domain::wins::Win;
    let path = format!("{}/tests/fixtures/lock-v1.json", env!("CARGO_MANIFEST_DIR"));
    let map: std::collections::BTreeMap<String, String> =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let mem = std::rc::Rc::new(MemoryBackend::new());
    for (k, val) in &map {
        mem.set(k, val).unwrap();
    }
    let s = Store::open(mem.clone()).unwrap();
    let record = s.lock_record().unwrap().unwrap();
    assert_eq!(record.v, 1);
    let (salt, how) = record.passphrases()[0].clone();
    assert!(s.entries::<Win>().is_err(), "locked");
    s.unlock(&derive("seven blue kites", &salt, how).unwrap())
        .unwrap();
    let wins: Vec<String> = s
        .entries::<Win>()
        .unwrap()
        .into_iter()
        .map(|w| w.risked)
        .collect();
    assert_eq!(wins, ["marmalade morning", "driftwood walk", "quiet tea"]);
    assert_eq!(
        s.doc::<Profile>().unwrap().intention,
        "Let the lighthouse keeper in."
    );
    assert!(s.quarantined().is_empty());
    assert_eq!(s.lock_record().unwrap().unwrap().v, 2, "brought up to date");
    // Its PBKDF2 slot moves to Argon2id (as the unlock screen does next, issue 24).
    let old = derive("seven blue kites", &salt, how).unwrap();
    let new_salt = *b"fixture-salt-016";
    let argon = derive("seven blue kites", &new_salt, kdf::NEW).unwrap();
    assert_eq!(
        s.strengthen_slot(&old, &argon, &new_salt, kdf::NEW),
        Ok(true)
    );
    assert_eq!(s.lock_record().unwrap().unwrap().v, 3);
    // And it opens again, in the current format, with the same passphrase.
    let again = Store::open(mem.clone()).unwrap();
    let (salt, how) = again.lock_record().unwrap().unwrap().passphrases()[0].clone();
    assert_eq!(how, kdf::NEW);
    again
        .unlock(&derive("seven blue kites", &salt, how).unwrap())
        .unwrap();
    assert_eq!(again.entries::<Win>().unwrap().len(), 3);
}

// ----- a test-only version 2 ----------------------------------------------------------
//
// No shipped version changes a stored shape yet. These tests prove every path the first
// real migration will take, with a version 2 that exists only here: the profile's
// `intention` renamed `words`. tests/fixtures/schema-2-test.json is the schema 1 fixture
// as version 2 would store it.

use closer::store::backup::{self, Parsed};
use closer::store::migrate::{Migrations, Step};
use closer::store::{ReadOnly, StoreError};

fn rename_intention(b: &dyn closer::store::Backend) -> Result<(), StoreError> {
    if let Some(raw) = b.get("closer:d:profile")? {
        let mut v: serde_json::Value = serde_json::from_str(&raw)
            .map_err(|_| StoreError::Unreadable("closer:d:profile".into()))?;
        if let Some(words) = v.as_object_mut().and_then(|o| o.remove("intention")) {
            v["words"] = words;
        }
        b.set("closer:d:profile", &v.to_string())?;
    }
    Ok(())
}

static TEST_V2: Migrations = Migrations {
    current: 2,
    steps: &[|_| Ok(()), rename_intention as Step],
};

static FAILING_V2: Migrations = Migrations {
    current: 2,
    steps: &[
        |_| Ok(()),
        |_| Err(StoreError::Unreadable("a test step that fails".into())),
    ],
};

fn fixture(name: &str) -> std::collections::BTreeMap<String, String> {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn loaded(name: &str) -> std::rc::Rc<MemoryBackend> {
    let mem = std::rc::Rc::new(MemoryBackend::new());
    for (k, v) in fixture(name) {
        mem.set(&k, &v).unwrap();
    }
    mem
}

#[test]
fn test_v2_migrates_the_schema_1_fixture_into_the_schema_2_fixture() {
    let mem = loaded("schema-1.json");
    let s = Store::open_with(mem.clone(), &TEST_V2).unwrap();
    assert_eq!(s.read_only(), None);
    assert_eq!(mem.snapshot(), fixture("schema-2-test.json"));
    // A second start runs nothing.
    mem.arm(None);
    Store::open_with(mem.clone(), &TEST_V2).unwrap();
    assert_eq!(mem.writes.get(), 0);
}

#[test]
fn test_v2_under_the_lock_waits_for_the_unlock() {
    use closer::base::kdf::derive;
    let mem = loaded("lock-v1.json");
    let s = Store::open_with(mem.clone(), &TEST_V2).unwrap();
    let (salt, how) = s.lock_record().unwrap().unwrap().passphrases()[0].clone();
    assert_eq!(
        closer::store::migrate::stored_schema(mem.as_ref()).unwrap(),
        Some(1),
        "nothing is migrated before the values can be read"
    );
    s.unlock(&derive("seven blue kites", &salt, how).unwrap())
        .unwrap();
    assert_eq!(
        closer::store::migrate::stored_schema(mem.as_ref()).unwrap(),
        Some(2)
    );
    let contents = s.contents().unwrap();
    assert_eq!(
        contents.docs["profile"]["words"],
        "Let the lighthouse keeper in."
    );
    assert!(contents.docs["profile"].get("intention").is_none());
    assert_eq!(contents.entry_count(), 3);
    // Still sealed: the migration wrote through the lock.
    assert!(mem
        .get("closer:d:profile")
        .unwrap()
        .unwrap()
        .starts_with('#'));
}

#[test]
fn a_failed_migration_changes_nothing_and_writes_nothing() {
    let mem = loaded("schema-1.json");
    let before = mem.snapshot();
    let s = Store::open_with(mem.clone(), &FAILING_V2).unwrap();
    assert_eq!(s.read_only(), Some(ReadOnly::Unfinished));
    assert_eq!(mem.snapshot(), before);
    assert!(s.doc::<Profile>().unwrap().onboarded(), "still readable");
    assert_eq!(
        s.put_doc(&Profile::default()),
        Err(StoreError::Unfinished),
        "nothing written over data that isn't up to date"
    );
    assert!(StoreError::Unfinished
        .message()
        .contains("Your data is safe"));
}

#[test]
fn a_tab_of_version_1_stops_writing_once_version_2_has_migrated() {
    let mem = loaded("schema-1.json");
    let old_tab = Store::open(mem.clone()).unwrap();
    let _ = Store::open_with(mem.clone(), &TEST_V2).unwrap();
    assert_eq!(
        old_tab.put_doc(&Profile::default()),
        Err(StoreError::NewerSchema(2))
    );
    assert_eq!(old_tab.read_only(), Some(ReadOnly::NewerSchema(2)));
    assert_eq!(mem.snapshot(), fixture("schema-2-test.json"));
    // And a version 1 build opening version 2 data reads it and writes nothing.
    let reopened = Store::open(mem.clone()).unwrap();
    assert_eq!(reopened.read_only(), Some(ReadOnly::NewerSchema(2)));
}

/// The profile as the test version 2 would define it.
#[derive(Clone, Default, serde::Serialize, serde::Deserialize)]
struct ProfileV2 {
    start: Option<closer::base::time::Day>,
    words: String,
}
impl closer::store::Doc for ProfileV2 {
    const NAME: &'static str = "profile";
}

#[test]
fn a_schema_1_backup_is_migrated_into_version_2_before_it_is_checked() {
    use closer::store::registry::Registry;
    let v2 = Registry::new().doc::<ProfileV2>(|p| match p.words.is_empty() {
        true => Err("no words".into()),
        false => Ok(()),
    });
    let text = r#"{"closer_backup":1,"schema":1,"entries":{},"docs":{"profile":{"start":20400,"intention":"old words"}}}"#;
    let Parsed::Plain { contents, .. } = backup::parse_with(text, &v2, &TEST_V2).unwrap() else {
        panic!()
    };
    assert_eq!(contents.docs["profile"]["words"], "old words");
    // Unmigrated, the same file doesn't read as version 2's profile.
    assert!(backup::parse_with(text, &v2, &closer::store::migrate::SHIPPED).is_err());
}
