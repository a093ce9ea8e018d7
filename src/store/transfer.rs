//! Everything stored, as plain JSON values: read for a backup, written back by a restore,
//! removed by "delete everything". Generic over kinds: every entry has `"id"` and `"t"`.

use super::keys::{self, KeyKind};
use super::{pack_bucket, unpack_bucket, Backend, Store, StoreError};
use crate::base::time::Month;
use crate::store::backup::{self, Contents};
use serde_json::Value;
use std::collections::BTreeMap;

impl<B: Backend> Store<B> {
    /// Every entry and document. Quarantined values, the schema version and the lock's
    /// settings are not part of it. An unreadable value is set aside, as everywhere.
    pub fn contents(&self) -> Result<Contents, StoreError> {
        let mut c = Contents::default();
        for key in self.own_keys()? {
            let Some(raw) = self.backend.get(&key)? else {
                continue;
            };
            match keys::classify(&key) {
                KeyKind::Bucket { kind, .. } => {
                    let items = self
                        .opened(&raw)?
                        .and_then(unpack_bucket)
                        .and_then(|j| serde_json::from_str(&j).ok());
                    match items {
                        Some(Value::Array(items)) => c
                            .entries
                            .entry(kind.to_string())
                            .or_default()
                            .extend(items),
                        _ => self.set_aside(&key, &raw)?,
                    }
                }
                KeyKind::Doc(name) => match self
                    .opened(&raw)?
                    .and_then(|j| serde_json::from_str::<Value>(&j).ok())
                {
                    Some(d) => {
                        c.docs.insert(name.to_string(), d);
                    }
                    None => self.set_aside(&key, &raw)?,
                },
                _ => {}
            }
        }
        for items in c.entries.values_mut() {
            items.sort_by_cached_key(|e| {
                backup::entry_key(e).map(|(id, t)| (t, id.to_string()))
            });
        }
        Ok(c)
    }

    /// Makes the stored entries and documents exactly `target`: writes what differs and
    /// removes what `target` doesn't have. Months before `current` are stored compacted.
    /// All or nothing: if a write fails (storage full), everything written is put back.
    /// Returns how many keys were written or removed.
    pub fn write_contents(
        &self,
        target: &Contents,
        current: Month,
    ) -> Result<usize, StoreError> {
        self.writable()?;
        let have = self.contents()?;
        let have_buckets = by_key(&have);
        let mut want: BTreeMap<String, Option<String>> = BTreeMap::new();
        for ((kind, month), items) in backup::buckets(target) {
            let key = keys::bucket(&kind, month);
            if have_buckets.get(&key) != Some(&items) {
                let json =
                    serde_json::to_string(&items).expect("values serialise");
                want.insert(key, Some(pack_bucket(json, month < current)));
            }
        }
        for (name, d) in &target.docs {
            if have.docs.get(name) != Some(d) {
                want.insert(keys::doc(name), Some(d.to_string()));
            }
        }
        let target_keys = by_key(target);
        for key in self.own_keys()? {
            let gone = match keys::classify(&key) {
                KeyKind::Bucket { .. } => !target_keys.contains_key(&key),
                KeyKind::Doc(name) => !target.docs.contains_key(name),
                _ => false,
            };
            if gone {
                want.insert(key, None);
            }
        }
        // Seal everything first: if sealing fails nothing has been touched.
        let mut plan = Vec::with_capacity(want.len());
        for (key, body) in want {
            let sealed = match body {
                Some(b) => Some(self.codec.borrow().seal(&b)?),
                None => None,
            };
            plan.push((key, sealed));
        }
        let mut undo: Vec<(String, Option<String>)> =
            Vec::with_capacity(plan.len());
        for (key, value) in &plan {
            let old = self.backend.get(key)?;
            let done = match value {
                Some(v) => self.backend.set(key, v),
                None => self.backend.remove(key),
            };
            if let Err(e) = done {
                for (k, old) in undo.iter().rev() {
                    let _ = match old {
                        Some(v) => self.backend.set(k, v),
                        None => self.backend.remove(k),
                    };
                }
                return Err(e);
            }
            undo.push((key.clone(), old));
        }
        Ok(plan.len())
    }

    /// Removes every key this app owns: entries, documents, set-aside values, the lock.
    pub fn erase_all(&self) -> Result<(), StoreError> {
        for key in self.own_keys()? {
            self.backend.remove(&key)?;
        }
        self.quarantined.borrow_mut().clear();
        Ok(())
    }
}

fn by_key(c: &Contents) -> BTreeMap<String, Vec<Value>> {
    backup::buckets(c)
        .into_iter()
        .map(|((kind, month), items)| (keys::bucket(&kind, month), items))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::backup::merge;
    use crate::store::fixtures::{at, filled, Note, Settings, NOW};
    use crate::store::MemoryBackend;
    use std::rc::Rc;

    #[test]
    fn contents_written_to_an_empty_store_read_back_the_same() {
        let from = filled();
        let c = from.contents().unwrap();
        assert_eq!(c.entry_count(), 5);
        let to = Store::open(Rc::new(MemoryBackend::new())).unwrap();
        to.write_contents(&c, NOW).unwrap();
        assert_eq!(
            to.entries::<Note>().unwrap(),
            from.entries::<Note>().unwrap()
        );
        assert_eq!(
            to.doc::<Settings>().unwrap(),
            Settings { name: "Sam".into() }
        );
        assert_eq!(to.contents().unwrap(), c);
        // Past months are stored compacted, as the app would have left them.
        assert!(to
            .backend()
            .get("closer:e:note:2026-09")
            .unwrap()
            .unwrap()
            .starts_with('~'));
        assert!(to
            .backend()
            .get("closer:e:note:2026-11")
            .unwrap()
            .unwrap()
            .starts_with('['));
    }

    #[test]
    fn writing_the_same_contents_again_touches_nothing() {
        let s = filled();
        let c = s.contents().unwrap();
        assert_eq!(s.write_contents(&merge(&c, &c), NOW).unwrap(), 0);
    }

    #[test]
    fn replacing_removes_what_the_backup_lacks() {
        let s = filled();
        let mut c = s.contents().unwrap();
        c.entries
            .get_mut("note")
            .unwrap()
            .retain(|e| e["id"] != "n1");
        c.docs.clear();
        s.write_contents(&c, NOW).unwrap();
        assert_eq!(s.entries::<Note>().unwrap().len(), 4);
        assert!(s.backend().get("closer:e:note:2026-10").unwrap().is_some());
        assert_eq!(s.backend().get("closer:d:settings").unwrap(), None);
    }

    #[test]
    fn a_restore_that_runs_out_of_space_changes_nothing() {
        let s = filled();
        let before = s.backend().snapshot();
        let mut big = s.contents().unwrap();
        let many: Vec<Value> =
            (0..400).map(|i| serde_json::json!({"id": format!("b{i}"), "t": at(2026, 1 + i % 12, 1).0, "x": "words ".repeat(20)})).collect();
        big.entries.insert("note".into(), many);
        s.backend().quota.set(Some(s.backend().units() + 1_500));
        let writes_before = s.backend().snapshot().len();
        assert_eq!(s.write_contents(&big, NOW), Err(StoreError::Full));
        assert_eq!(s.backend().snapshot(), before);
        assert_eq!(s.backend().snapshot().len(), writes_before);
    }

    #[test]
    fn erase_all_leaves_nothing_of_ours() {
        let s = filled();
        s.backend().set("someone-else", "keep").unwrap();
        s.erase_all().unwrap();
        assert_eq!(s.own_keys().unwrap(), Vec::<String>::new());
        assert_eq!(
            s.backend().get("someone-else").unwrap().as_deref(),
            Some("keep")
        );
    }
}
