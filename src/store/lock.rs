//! The app lock: encryption at rest, switched on and off in place, and its passphrase
//! changed, so that stopping after ANY single write leaves everything readable with a
//! passphrase the person knows.
//!
//! Design:
//! - Values are sealed with random **data keys**, each with an id written into every
//!   sealed value (`codec.rs`). The passphrase only guards them: the lock record
//!   (`closer:lock`, never encrypted) holds one **slot** per passphrase, with its salt and
//!   how its key is derived (Argon2id and its cost; PBKDF2 rounds in slots made before),
//!   and the data keys sealed with the key derived from it. A slot that opens is the check
//!   that the passphrase is right.
//! - Every data key the store ever used stays in the slot (retired ones too), so a value
//!   sealed by another tab with an older key, or left behind by a cut-off switch, always
//!   opens. New values are sealed with the record's current key (`cur`).
//! - The record is written in one `setItem`, so it is the commit point of each switch,
//!   and it journals the switch in progress (`op`), which the next unlock completes:
//!   - **on**: the record (op `on`) is written first, then each value is sealed, then the
//!     op is cleared. Cut off, the lock is on (the person just chose that passphrase) and
//!     the next unlock seals what is still plain. A failed write is rolled back (values
//!     opened again, then the record removed, last); if even that fails, the lock stays on.
//!   - **off**: the record gets op `off`, each value is opened, the record is removed last.
//!     Cut off, the next unlock seals everything again: the lock stays on, as the screen
//!     said, never half off.
//!   - **passphrase change**: a new data key is made and the record rewritten with TWO
//!     slots (old and new passphrase, both holding every key) and op `rekey`; each value
//!     is sealed again with the new key; then the record keeps only the new slot. Cut off,
//!     either passphrase opens everything, and the next unlock keeps the one the person
//!     used: with the new one it finishes, with the old one it moves values back.
//! - Records of the first version (`v: 1`: one salt, a check value, the passphrase key
//!   sealing values directly, no key ids) still open: that key becomes the legacy data key
//!   ("0"), the record is rewritten as version 2 at unlock, and values are sealed again in
//!   the current format one by one (each write stands alone).
//! - A slot derived with PBKDF2 (every lock before version 3) is moved to Argon2id at its
//!   next unlock ([`Store::strengthen_slot`]): the same data keys sealed with the
//!   Argon2id key of the same passphrase, in one write of the record. Cut off before that
//!   write, the PBKDF2 slot still opens; after it, the Argon2id one: the data keys and
//!   every value are untouched either way. A record with an Argon2id slot is version 3,
//!   so a build that knows only PBKDF2 calls it unreadable rather than "wrong passphrase".

use super::codec::{self, Codec, Plain, Sealed, LEGACY};
use super::keys;
use super::{Backend, Seal, Store, StoreError};
use crate::base::crypto::{self, Key, KEY_LEN, NONCE_LEN, SALT_LEN};
use crate::base::encoding::{base64, unbase64};
use crate::base::kdf::{Cost, Kdf};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum LockState {
    /// No lock: values are stored plain.
    #[default]
    Off,
    /// Lock on, key not given: nothing can be read or written.
    Locked,
    /// Lock on, key given: values are sealed and opened as they pass.
    Unlocked,
}

/// One passphrase's way in.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Slot {
    /// Base64 salt for the derivation.
    pub salt: String,
    /// PBKDF2 rounds, in a slot without `argon2id`.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub iter: u32,
    /// Argon2id's cost, for a slot derived with it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub argon2id: Option<ArgonCost>,
    /// Base64 of the data keys (`{"id":"base64 key",…}`) sealed with the passphrase key.
    #[serde(default)]
    pub keys: String,
    /// The passphrase key itself is also the legacy data key "0" (a lock turned on before
    /// data keys existed, upgraded in place).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub k0: bool,
    /// Version 1 only: a known text sealed with the passphrase key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub check: Option<String>,
}

impl Slot {
    pub fn salt_bytes(&self) -> Vec<u8> {
        unbase64(&self.salt).unwrap_or_default()
    }

    /// How this slot's key is derived from its passphrase.
    pub fn kdf(&self) -> Kdf {
        match self.argon2id {
            Some(a) => Kdf::Argon2id(Cost {
                memory_kib: a.m,
                passes: a.t,
                lanes: a.p,
            }),
            None => Kdf::Pbkdf2(self.iter),
        }
    }
}

/// Argon2id's cost as a slot stores it: memory in KiB, passes, lanes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArgonCost {
    pub m: u32,
    pub t: u32,
    pub p: u32,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

/// How a slot says it is derived: rounds, or Argon2id's cost.
fn kdf_fields(kdf: Kdf) -> (u32, Option<ArgonCost>) {
    match kdf {
        Kdf::Pbkdf2(n) => (n, None),
        Kdf::Argon2id(c) => (
            0,
            Some(ArgonCost {
                m: c.memory_kib,
                t: c.passes,
                p: c.lanes,
            }),
        ),
    }
}

/// A switch in progress, finished or undone by the next unlock.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "do")]
pub enum LockOp {
    /// Values are being sealed: finish.
    #[serde(rename = "on")]
    On,
    /// Values are being opened for good: undo (seal them again; the lock stays on).
    #[serde(rename = "off")]
    Off,
    /// Values are moving to the data key `to`; `keep` is the new passphrase's slot and
    /// `back` the key they came from.
    #[serde(rename = "rekey")]
    Rekey {
        to: String,
        back: String,
        keep: usize,
    },
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LockRecord {
    pub v: u32,
    pub slots: Vec<Slot>,
    /// The data key new values are sealed with.
    pub cur: String,
    /// Minutes without use before locking again (0: only when the app is closed).
    #[serde(default)]
    pub idle: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub op: Option<LockOp>,
}

/// The first record's shape (one passphrase, no data keys).
#[derive(Deserialize)]
struct RecordV1 {
    salt: String,
    iter: u32,
    check: String,
    #[serde(default)]
    idle: u32,
}

impl LockRecord {
    fn parse(raw: &str) -> Option<LockRecord> {
        let value: Value = serde_json::from_str(raw).ok()?;
        let record = match value.get("v").and_then(Value::as_u64) {
            Some(1) => {
                let v1: RecordV1 = serde_json::from_value(value).ok()?;
                LockRecord {
                    v: 1,
                    slots: vec![Slot {
                        salt: v1.salt,
                        iter: v1.iter,
                        argon2id: None,
                        keys: String::new(),
                        k0: true,
                        check: Some(v1.check),
                    }],
                    cur: LEGACY.into(),
                    idle: v1.idle,
                    op: None,
                }
            }
            Some(2 | 3) => serde_json::from_value(value).ok()?,
            _ => return None,
        };
        let sane = (1..=2).contains(&record.slots.len())
            && record
                .slots
                .iter()
                .all(|s| s.kdf().trusted() && s.salt_bytes().len() == SALT_LEN)
            && valid_id(&record.cur)
            && match &record.op {
                Some(LockOp::Rekey { keep, to, back }) => {
                    *keep < record.slots.len() && valid_id(to) && valid_id(back)
                }
                _ => true,
            };
        sane.then_some(record)
    }

    fn to_json(&self) -> String {
        serde_json::to_string(self).expect("record serialises")
    }

    /// The record as written: version 3 when a slot is derived with Argon2id (a build
    /// that knows only PBKDF2 must not read its slot as rounds), 2 otherwise.
    fn versioned(mut self) -> LockRecord {
        if self.v >= 2 {
            let argon = self.slots.iter().any(|s| s.argon2id.is_some());
            self.v = if argon { 3 } else { 2 };
        }
        self
    }

    /// The salt and derivation of each passphrase that may open the store (two only while
    /// a change of passphrase is unfinished).
    pub fn passphrases(&self) -> Vec<(Vec<u8>, Kdf)> {
        self.slots
            .iter()
            .map(|s| (s.salt_bytes(), s.kdf()))
            .collect()
    }
}

fn valid_id(id: &str) -> bool {
    (1..=16).contains(&id.len()) && id.bytes().all(|b| b.is_ascii_alphanumeric())
}

const CHECK: &str = "closer-lock-check";

fn keys_context(salt: &str) -> Vec<u8> {
    format!("closer-lock-keys:{salt}").into_bytes()
}

/// The data keys a passphrase key opens through `slot`, or `None` for a wrong passphrase.
fn open_slot(slot: &Slot, kek: &[u8; KEY_LEN]) -> Option<Vec<(String, [u8; KEY_LEN])>> {
    let key = Key::from_bytes(kek);
    let mut ring = Vec::new();
    if let Some(check) = &slot.check {
        let legacy = Sealed::single(LEGACY, kek);
        if !codec::is_sealed(check) || legacy.open(keys::LOCK, check).ok().as_deref() != Some(CHECK)
        {
            return None;
        }
    } else {
        let bytes = unbase64(&slot.keys)?;
        let plain = crypto::open(&key, &keys_context(&slot.salt), &bytes).ok()?;
        let map: BTreeMap<String, String> = serde_json::from_slice(&plain).ok()?;
        for (id, b64) in map {
            let k: [u8; KEY_LEN] = unbase64(&b64)?.try_into().ok()?;
            ring.push((id, k));
        }
    }
    if slot.k0 {
        ring.push((LEGACY.to_string(), *kek));
    }
    Some(ring)
}

/// A slot for a passphrase key (derived as `kdf` says, with `salt`), holding `ring`.
fn make_slot(
    salt: &[u8],
    kdf: Kdf,
    kek: &[u8; KEY_LEN],
    ring: &[(String, [u8; KEY_LEN])],
) -> Result<Slot, StoreError> {
    let salt = base64(salt);
    let map: BTreeMap<&str, String> = ring
        .iter()
        .map(|(id, k)| (id.as_str(), base64(k)))
        .collect();
    let json = serde_json::to_vec(&map).expect("keys serialise");
    let nonce: [u8; NONCE_LEN] = super::random::bytes().map_err(|_| StoreError::Unavailable)?;
    let sealed = crypto::seal(&Key::from_bytes(kek), nonce, &keys_context(&salt), &json);
    let (iter, argon2id) = kdf_fields(kdf);
    Ok(Slot {
        salt,
        iter,
        argon2id,
        keys: base64(&sealed),
        k0: false,
        check: None,
    })
}

/// A new data key and its id.
fn new_data_key() -> Result<(String, [u8; KEY_LEN]), StoreError> {
    let id: [u8; 4] = super::random::bytes().map_err(|_| StoreError::Unavailable)?;
    let key: [u8; KEY_LEN] = super::random::bytes().map_err(|_| StoreError::Unavailable)?;
    let id: String = id.iter().map(|b| format!("{b:02x}")).collect();
    Ok((id, key))
}

/// The passphrase didn't give the key that sealed the data.
#[derive(Clone, Debug, PartialEq)]
pub enum UnlockError {
    WrongPassphrase,
    Store(StoreError),
}

/// What an unlock found and finished from a switch that had been cut short.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Finished {
    /// Turning the lock on: finished.
    LockOn,
    /// Turning the lock off: undone, the lock is still on.
    LockStaysOn,
    /// A change of passphrase: finished, the new one is in use.
    NewPassphrase,
    /// A change of passphrase: undone, the one just used stays.
    SamePassphrase,
}

impl Finished {
    pub fn message(self) -> &'static str {
        match self {
            Finished::LockOn => "Turning the lock on was cut short last time; it's finished now, and everything is encrypted.",
            Finished::LockStaysOn => "Turning the lock off was cut short last time, so the lock is still on. You can turn it off again in App lock.",
            Finished::NewPassphrase => "Changing your passphrase was cut short last time; it's finished now. The passphrase you just used is the one from now on.",
            Finished::SamePassphrase => "Changing your passphrase was cut short last time, so it wasn't changed. The passphrase you just used is still the one.",
        }
    }
}

impl<B: Backend> Store<B> {
    pub(super) fn start_locked_if_set(&self) -> Result<(), StoreError> {
        if self.backend.get(keys::LOCK)?.is_some() {
            self.set_seal(Seal::Locked);
            self.lock.set(LockState::Locked);
        }
        Ok(())
    }

    pub fn lock_state(&self) -> LockState {
        self.lock.get()
    }

    /// The lock's record, if the lock is on. An unreadable or implausible record (rounds
    /// outside the sane range, a salt of the wrong size) reads as `Unreadable`.
    pub fn lock_record(&self) -> Result<Option<LockRecord>, StoreError> {
        match self.backend.get(keys::LOCK)? {
            None => Ok(None),
            Some(raw) => LockRecord::parse(&raw)
                .map(Some)
                .ok_or_else(|| StoreError::Unreadable(keys::LOCK.into())),
        }
    }

    fn ring(&self) -> Option<Sealed> {
        match &*self.seal.borrow() {
            Seal::Sealed(s) => Some(s.clone()),
            _ => None,
        }
    }

    fn write_record(&self, r: &LockRecord) -> Result<(), StoreError> {
        self.backend
            .set(keys::LOCK, &r.clone().versioned().to_json())
    }

    /// Turns the lock on with a passphrase key (`kek`, derived with `salt` as `kdf`
    /// says): a new data key seals every stored value in place.
    pub fn lock_on(
        &self,
        kek: &[u8; KEY_LEN],
        salt: &[u8],
        kdf: impl Into<Kdf>,
        idle: u32,
    ) -> Result<(), StoreError> {
        self.writable()?;
        if self.lock.get() != LockState::Off {
            return Err(StoreError::Locked);
        }
        let (id, dek) = new_data_key()?;
        let ring = Sealed::single(&id, &dek);
        let mut record = LockRecord {
            v: 2,
            slots: vec![make_slot(salt, kdf.into(), kek, &ring.keys())?],
            cur: id,
            idle,
            op: Some(LockOp::On),
        };
        // The commit point: from here the lock is on.
        self.write_record(&record)?;
        if let Err(e) = self.reseal_where(&ring, &ring, |_| true) {
            // Put everything back as it was: values opened, then the record removed last.
            // If storage refuses even that, the lock stays on and the next unlock finishes it.
            let back = self
                .reseal_where(&ring, &Plain, codec::is_sealed)
                .and_then(|_| self.backend.remove(keys::LOCK));
            if back.is_err() {
                self.set_seal(Seal::Sealed(ring));
                self.lock.set(LockState::Unlocked);
            }
            return Err(e);
        }
        record.op = None;
        // If this last write fails, the lock is on and the next unlock clears the op.
        let _ = self.write_record(&record);
        self.set_seal(Seal::Sealed(ring));
        self.lock.set(LockState::Unlocked);
        Ok(())
    }

    /// Turns the lock off (the app must be unlocked): every value is opened in place, and
    /// the record goes last. Cut off, the lock stays on.
    pub fn lock_off(&self) -> Result<(), StoreError> {
        self.writable()?;
        let (Some(ring), Some(mut record)) = (self.ring(), self.lock_record()?) else {
            return Err(StoreError::Locked);
        };
        record.op = Some(LockOp::Off);
        self.write_record(&record)?;
        let done = self
            .reseal_where(&ring, &Plain, codec::is_sealed)
            .and_then(|_| self.backend.remove(keys::LOCK));
        if let Err(e) = done {
            // Seal again what was opened; the lock stays on.
            if self.reseal_where(&ring, &ring, |_| true).is_ok() {
                record.op = None;
                let _ = self.write_record(&record);
            }
            return Err(e);
        }
        // A value another tab sealed meanwhile is opened too.
        let _ = self.reseal_where(&ring, &Plain, codec::is_sealed);
        self.set_seal(Seal::Plain);
        self.lock.set(LockState::Off);
        Ok(())
    }

    /// Checks a passphrase key against each of the record's slots and, if one opens, opens
    /// the store. Then finishes (or undoes) a switch that was cut short, and seals again
    /// what isn't sealed with the current key.
    pub fn unlock(&self, kek: &[u8; KEY_LEN]) -> Result<Option<Finished>, UnlockError> {
        let record = self
            .lock_record()
            .map_err(UnlockError::Store)?
            .ok_or(UnlockError::Store(StoreError::Unavailable))?;
        let Some((slot, ring)) = record
            .slots
            .iter()
            .enumerate()
            .find_map(|(i, s)| open_slot(s, kek).map(|r| (i, r)))
        else {
            return Err(UnlockError::WrongPassphrase);
        };
        if !ring.iter().any(|(id, _)| *id == record.cur) {
            return Err(UnlockError::Store(StoreError::Unreadable(
                keys::LOCK.into(),
            )));
        }
        let sealed = Sealed::new(ring, &record.cur);
        self.set_seal(Seal::Sealed(sealed.clone()));
        self.lock.set(LockState::Unlocked);
        let mut finished = None;
        if self.read_only().is_none() {
            // Best effort: a full storage must not keep the person out; what isn't
            // finished now is finished at a later unlock.
            finished = self.settle_lock(&record, slot, kek, &sealed).ok().flatten();
            if let Some(f) = finished {
                self.settled
                    .borrow_mut()
                    .push(super::journal::Settled::Lock(f));
            }
            self.settle();
        }
        Ok(finished)
    }

    /// Completes what the record says is under way, upgrades a first-version record, and
    /// seals again every value that is plain or under an older key.
    fn settle_lock(
        &self,
        record: &LockRecord,
        slot: usize,
        kek: &[u8; KEY_LEN],
        ring: &Sealed,
    ) -> Result<Option<Finished>, StoreError> {
        let mut record = record.clone();
        let mut finished = None;
        match record.op.clone() {
            None => {}
            Some(LockOp::On) => finished = Some(Finished::LockOn),
            Some(LockOp::Off) => finished = Some(Finished::LockStaysOn),
            Some(LockOp::Rekey { to, back, keep }) => {
                let target = if slot == keep {
                    finished = Some(Finished::NewPassphrase);
                    to
                } else {
                    finished = Some(Finished::SamePassphrase);
                    back
                };
                let ring = ring.sealing_with(&target);
                self.reseal_where(&ring, &ring, |raw| ring.is_behind(raw))?;
                record = LockRecord {
                    slots: vec![record.slots[slot].clone()],
                    cur: target.clone(),
                    op: None,
                    ..record
                };
                self.write_record(&record)?;
                self.set_seal(Seal::Sealed(ring));
            }
        }
        let ring = self.ring().expect("unlocked");
        if record.v == 1 {
            let salt = record.slots[0].salt_bytes();
            let mut slot = make_slot(&salt, record.slots[0].kdf(), kek, &[])?;
            slot.k0 = true;
            record = LockRecord {
                v: 2,
                slots: vec![slot],
                ..record
            };
            self.write_record(&record)?;
        }
        // Plain values (a cut-off "on", an undone "off", a tab that didn't know) and values
        // under an older key or format: sealed with the current key, one by one.
        self.reseal_where(&ring, &ring, |raw| ring.is_behind(raw))?;
        if record.op.is_some() {
            record.op = None;
            self.write_record(&record)?;
        }
        Ok(finished)
    }

    /// True when `kek` opens one of the lock's passphrase slots.
    pub fn is_lock_key(&self, kek: &[u8; KEY_LEN]) -> Result<bool, StoreError> {
        let record = self.lock_record()?.ok_or(StoreError::Locked)?;
        Ok(record.slots.iter().any(|s| open_slot(s, kek).is_some()))
    }

    /// Changes the passphrase (the app must be unlocked; `old_kek` from the current
    /// passphrase, `new_kek` from the new one with `salt`, derived as `kdf` says): a new data key
    /// seals every value again. On a failed write everything is moved back and the old
    /// passphrase stays; cut off, either passphrase opens everything (see the top).
    pub fn change_key(
        &self,
        old_kek: &[u8; KEY_LEN],
        new_kek: &[u8; KEY_LEN],
        salt: &[u8],
        kdf: impl Into<Kdf>,
    ) -> Result<(), StoreError> {
        self.writable()?;
        let (Some(ring), Some(record)) = (self.ring(), self.lock_record()?) else {
            return Err(StoreError::Locked);
        };
        let Some(old) = record
            .slots
            .iter()
            .find(|s| open_slot(s, old_kek).is_some())
            .cloned()
        else {
            return Err(StoreError::Locked);
        };
        let back = ring.current().to_string();
        let (id, dek) = new_data_key()?;
        let mut all = ring.keys();
        all.push((id.clone(), dek));
        let old_slot = make_slot(&old.salt_bytes(), old.kdf(), old_kek, &all)?;
        let new_slot = make_slot(salt, kdf.into(), new_kek, &all)?;
        let both = LockRecord {
            v: 2,
            slots: vec![old_slot.clone(), new_slot.clone()],
            cur: id.clone(),
            idle: record.idle,
            op: Some(LockOp::Rekey {
                to: id.clone(),
                back: back.clone(),
                keep: 1,
            }),
        };
        // The commit point: from here both passphrases open everything.
        self.write_record(&both)?;
        let new_ring = Sealed::new(all, &id);
        if let Err(e) = self.reseal_where(&new_ring, &new_ring, |r| new_ring.is_behind(r)) {
            // Move back what moved, then keep only the old passphrase (with every key).
            let old_ring = new_ring.sealing_with(&back);
            let undone = self
                .reseal_where(&old_ring, &old_ring, |r| old_ring.is_behind(r))
                .and_then(|_| {
                    self.write_record(&LockRecord {
                        slots: vec![old_slot],
                        cur: back.clone(),
                        op: None,
                        ..both.clone()
                    })
                });
            self.set_seal(Seal::Sealed(if undone.is_ok() {
                old_ring
            } else {
                new_ring
            }));
            return Err(e);
        }
        self.set_seal(Seal::Sealed(new_ring.clone()));
        let done = LockRecord {
            slots: vec![new_slot],
            op: None,
            ..both
        };
        self.write_record(&done)?;
        // A value another tab sealed meanwhile with the old key moves too.
        let _ = self.reseal_where(&new_ring, &new_ring, |r| new_ring.is_behind(r));
        Ok(())
    }

    /// Moves the passphrase slot that `kek` opens to a stronger derivation: the same data
    /// keys, sealed with `new_kek` (the same passphrase derived with `salt` as `kdf` says).
    /// One write of the record, the commit point: cut off before it, the old slot opens;
    /// after it, the new one; no value is touched. Only while unlocked with no switch
    /// under way (a change of passphrase cut short keeps its two slots until it is
    /// finished). False when there was nothing to do.
    pub fn strengthen_slot(
        &self,
        kek: &[u8; KEY_LEN],
        new_kek: &[u8; KEY_LEN],
        salt: &[u8],
        kdf: Kdf,
    ) -> Result<bool, StoreError> {
        self.writable()?;
        let (Some(_), Some(record)) = (self.ring(), self.lock_record()?) else {
            return Err(StoreError::Locked);
        };
        if record.op.is_some() || record.slots.len() != 1 {
            return Err(StoreError::Busy);
        }
        let old = &record.slots[0];
        // A first-version record is brought up to date by the unlock first.
        if record.v < 2 || old.kdf() == kdf || !kdf.trusted() || salt.len() != SALT_LEN {
            return Ok(false);
        }
        let ring = open_slot(old, kek).ok_or(StoreError::Locked)?;
        let slot = make_slot(salt, kdf, new_kek, &ring)?;
        self.write_record(&LockRecord {
            slots: vec![slot],
            ..record
        })?;
        Ok(true)
    }

    /// Changes how long the app may sit unused before it locks again.
    pub fn set_lock_idle(&self, idle: u32) -> Result<(), StoreError> {
        let raw = self.backend.get(keys::LOCK)?.ok_or(StoreError::Locked)?;
        self.lock_record()?;
        let mut v: Value =
            serde_json::from_str(&raw).map_err(|_| StoreError::Unreadable(keys::LOCK.into()))?;
        v["idle"] = idle.into();
        self.backend.set(keys::LOCK, &v.to_string())
    }

    /// Forgets the key: nothing can be read or written until `unlock`.
    pub fn lock(&self) {
        if self.lock.get() == LockState::Unlocked {
            self.set_seal(Seal::Locked);
            self.lock.set(LockState::Locked);
        }
    }

    /// Another tab turned the lock on or off, or changed the passphrase: follow what
    /// storage now says.
    pub fn follow_lock_record(&self) -> Result<(), StoreError> {
        let record = self.backend.get(keys::LOCK)?;
        match (record, self.lock.get()) {
            (Some(_), LockState::Off) => {
                self.set_seal(Seal::Locked);
                self.lock.set(LockState::Locked);
            }
            (None, LockState::Locked | LockState::Unlocked) => {
                self.set_seal(Seal::Plain);
                self.lock.set(LockState::Off);
            }
            // The data key was changed there (or is being changed): the key held here no
            // longer seals new values, so this tab asks for the passphrase again.
            (Some(raw), LockState::Unlocked) => {
                let current = self.ring().map(|r| r.current().to_string());
                let theirs = LockRecord::parse(&raw).map(|r| r.cur);
                if theirs.is_none() || theirs != current {
                    self.lock();
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// Before a write: the lock must still be as this tab believes. Another tab may have
    /// turned it on (don't write plain words), off (write plain, not sealed for a record
    /// that is gone), changed the key, or be switching it right now.
    pub(super) fn lock_unchanged(&self) -> Result<(), StoreError> {
        let before = self.lock.get();
        self.follow_lock_record()?;
        match (before, self.lock.get()) {
            (_, LockState::Locked) => return Err(StoreError::Locked),
            (LockState::Off, LockState::Unlocked) => return Err(StoreError::Locked),
            _ => {}
        }
        if self.lock.get() == LockState::Unlocked {
            if let Some(r) = self.lock_record()? {
                if r.op.is_some() {
                    return Err(StoreError::Busy);
                }
            }
        }
        Ok(())
    }

    /// With the lock on: whether some value is stored in the clear (a switch refused
    /// part-way by a full storage), so the screen can say so.
    pub fn plain_values_left(&self) -> bool {
        matches!(self.backend.get(keys::LOCK), Ok(Some(_)))
            && self.sealable_keys().is_ok_and(|keys| {
                keys.iter().any(|k| {
                    self.backend
                        .get(k)
                        .ok()
                        .flatten()
                        .is_some_and(|v| !codec::is_sealed(&v))
                })
            })
    }

    /// Every key whose value the codec seals: entries, documents, set-aside and staged
    /// copies, drafts (not the schema version, the lock record or the journals).
    pub(super) fn sealable_keys(&self) -> Result<Vec<String>, StoreError> {
        Ok(self
            .own_keys()?
            .into_iter()
            .filter(|k| {
                k != keys::META
                    && k != keys::LOCK
                    && k != keys::OP
                    && !k.starts_with(keys::JOURNALS)
                    && !k.starts_with(keys::GONE)
            })
            .collect())
    }

    /// Rewrites every value `pick` chooses: opened with `from`, sealed with `to`. Values
    /// `from` can't open are left as they are. Each write stands alone.
    fn reseal_where(
        &self,
        from: &dyn Codec,
        to: &dyn Codec,
        pick: impl Fn(&str) -> bool,
    ) -> Result<(), StoreError> {
        for key in self.sealable_keys()? {
            let Some(raw) = self.backend.get(&key)? else {
                continue;
            };
            if !pick(&raw) {
                continue;
            }
            let Ok(plain) = from.open(&key, &raw) else {
                continue;
            };
            let stored = to.seal(&key, &plain)?;
            if stored != raw {
                self.backend.set(&key, &stored)?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
pub(crate) mod tests;
