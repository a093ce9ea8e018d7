//! Notes that belong to this device only (`closer:device:<name>`): never part of a backup,
//! which holds entries and documents; sealed like every other value while the app lock is
//! on; removed with everything else by "delete everything".

use super::{keys, Backend, Store, StoreError};

impl<B: Backend> Store<B> {
    /// The note, if this device has one (`Err(Locked)` while the lock is closed).
    pub fn device_note(&self, name: &str) -> Result<Option<String>, StoreError> {
        let key = keys::device(name);
        match self.backend.get(&key)? {
            Some(raw) => self.opened(&key, &raw),
            None => Ok(None),
        }
    }

    /// Writes the note, or removes it (`None`).
    pub fn set_device_note(&self, name: &str, value: Option<&str>) -> Result<(), StoreError> {
        self.writable()?;
        let key = keys::device(name);
        match value {
            Some(v) => {
                let sealed = self.seal_for(&key, v)?;
                self.backend.set(&key, &sealed)
            }
            None => self.backend.remove(&key),
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::store::transfer::tests::filled;
    use crate::store::Backend;

    #[test]
    fn a_device_note_stays_out_of_backups_and_goes_with_everything() {
        let s = filled();
        let before = s.contents().unwrap();
        assert_eq!(s.device_note("moving").unwrap(), None);
        s.set_device_note("moving", Some("made at noon")).unwrap();
        assert_eq!(
            s.device_note("moving").unwrap().as_deref(),
            Some("made at noon")
        );
        assert_eq!(s.contents().unwrap(), before, "not part of a backup");
        s.set_device_note("moving", None).unwrap();
        assert_eq!(s.device_note("moving").unwrap(), None);
        s.set_device_note("moving", Some("again")).unwrap();
        s.erase_all().unwrap();
        assert_eq!(s.device_note("moving").unwrap(), None);
        assert_eq!(
            s.own_keys().unwrap(),
            vec![crate::store::keys::META.to_string()]
        );
    }

    #[test]
    fn a_device_note_is_sealed_while_the_lock_is_on() {
        let s = filled();
        s.set_device_note("moving", Some("plain words")).unwrap();
        let key = [7u8; crate::base::crypto::KEY_LEN];
        s.lock_on(&key, b"salt-salt-salt-1", 1000, 0).unwrap();
        let raw = s.backend().get("closer:device:moving").unwrap().unwrap();
        assert!(!raw.contains("plain words"), "{raw}");
        assert_eq!(
            s.device_note("moving").unwrap().as_deref(),
            Some("plain words")
        );
    }
}
