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
        let text = std::fs::read_to_string(&path)
            .unwrap_or_else(|_| panic!("missing fixture {path}"));
        let map: std::collections::BTreeMap<String, String> =
            serde_json::from_str(&text).unwrap();
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
