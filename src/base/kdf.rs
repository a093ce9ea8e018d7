//! Argon2id, the memory-hard way from a passphrase to a key (RFC 9106), from RustCrypto's
//! `argon2` crate: nothing hand-made. Memory-hard means guessing a passphrase costs every
//! guesser the same memory a phone spends once per unlock, which GPUs can't spread thin.
//!
//! The lock's passphrase slots, encrypted backups and moving files derive their keys with
//! [`Kdf::Argon2id`] at [`CHOSEN`] (issue 24, item 3). Slots and files made before name
//! [`Kdf::Pbkdf2`] (PBKDF2-SHA256, `crypto`, in the browser `store::webkdf`) and keep
//! opening; a lock slot is moved to Argon2id at its next unlock (`store::lock`). Only the
//! lazily loaded lock, data and moving screens call [`argon2id`] (through
//! `store::webkdf::derive`), so the main module carries none of it.

use argon2::{Algorithm, Argon2, AssociatedData, ParamsBuilder, Version};

/// How hard a derivation is: memory in KiB, passes over it, and lanes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cost {
    pub memory_kib: u32,
    pub passes: u32,
    pub lanes: u32,
}

/// OWASP's minimum for Argon2id: 19 MiB, 2 passes, 1 lane.
pub const OWASP_MIN: Cost = Cost {
    memory_kib: 19 * 1024,
    passes: 2,
    lanes: 1,
};

/// The cost of every key derived now: OWASP's minimum (measured: see
/// /work/notes/issue-24.md and README, about a second to unlock on a phone-speed CPU;
/// more memory went past the 1.5 s the lock may take).
pub const CHOSEN: Cost = OWASP_MIN;

/// How a key is derived from a passphrase: what a lock slot or a file says, so what was
/// made before keeps opening.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kdf {
    /// PBKDF2-SHA256 with this many rounds (lock slots and files made before Argon2id).
    Pbkdf2(u32),
    Argon2id(Cost),
}

/// What new slots and files use.
pub const NEW: Kdf = Kdf::Argon2id(CHOSEN);

/// Rounds count as PBKDF2 (records and tests written when that was the only way).
impl From<u32> for Kdf {
    fn from(rounds: u32) -> Kdf {
        Kdf::Pbkdf2(rounds)
    }
}

impl Kdf {
    /// Whether a derivation read from storage or a file may be run: within bounds that
    /// are neither too weak to trust nor so costly they would hang a phone.
    pub fn trusted(self) -> bool {
        match self {
            Kdf::Pbkdf2(n) => {
                (super::crypto::MIN_ITERATIONS..=super::crypto::MAX_ITERATIONS).contains(&n)
            }
            Kdf::Argon2id(c) => c.trusted(),
        }
    }

    /// Whether a slot derived this way should be moved to [`NEW`] at its next unlock:
    /// PBKDF2, or Argon2id cheaper than chosen now.
    pub fn is_weaker_than_new(self) -> bool {
        match self {
            Kdf::Pbkdf2(_) => true,
            Kdf::Argon2id(c) => c.memory_kib < CHOSEN.memory_kib || c.passes < CHOSEN.passes,
        }
    }
}

/// The key for `passphrase` and `salt` derived as `kdf` says, natively (tests, tools; the
/// browser derives PBKDF2 with WebCrypto, `store::webkdf::derive`).
#[cfg(not(target_arch = "wasm32"))]
pub fn derive(
    passphrase: &str,
    salt: &[u8],
    kdf: Kdf,
) -> Result<[u8; super::crypto::KEY_LEN], KdfError> {
    match kdf {
        Kdf::Pbkdf2(n) => Ok(super::crypto::derive_key(passphrase, salt, n)),
        Kdf::Argon2id(cost) => argon2id(passphrase.as_bytes(), salt, cost),
    }
}

/// Bounds for a cost read from a record or a file: below is too weak to trust, above
/// would hang a phone or run it out of memory.
pub const MIN_MEMORY_KIB: u32 = 19 * 1024;
pub const MAX_MEMORY_KIB: u32 = 256 * 1024;
pub const MAX_PASSES: u32 = 10;
pub const MAX_LANES: u32 = 4;

/// Why a derivation didn't run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KdfError {
    /// The cost is outside the bounds above (a damaged or hostile record).
    OutOfBounds,
    /// The crate refused the inputs (a salt too short, say).
    Refused,
}

impl Cost {
    /// Whether a cost read from storage or a file may be used.
    pub fn trusted(self) -> bool {
        (MIN_MEMORY_KIB..=MAX_MEMORY_KIB).contains(&self.memory_kib)
            && (1..=MAX_PASSES).contains(&self.passes)
            && (1..=MAX_LANES).contains(&self.lanes)
    }
}

/// The key for `passphrase` and `salt` at `cost`: Argon2id, version 0x13, 32 bytes.
pub fn argon2id(
    passphrase: &[u8],
    salt: &[u8],
    cost: Cost,
) -> Result<[u8; super::crypto::KEY_LEN], KdfError> {
    if !cost.trusted() {
        return Err(KdfError::OutOfBounds);
    }
    let mut out = [0u8; super::crypto::KEY_LEN];
    raw(passphrase, salt, &[], &[], cost, &mut out)?;
    Ok(out)
}

/// The whole of RFC 9106's inputs (a secret and associated data too), for the test
/// vectors; Closer uses neither.
fn raw(
    passphrase: &[u8],
    salt: &[u8],
    secret: &[u8],
    data: &[u8],
    cost: Cost,
    out: &mut [u8],
) -> Result<(), KdfError> {
    let mut params = ParamsBuilder::new();
    params
        .m_cost(cost.memory_kib)
        .t_cost(cost.passes)
        .p_cost(cost.lanes)
        .output_len(out.len());
    if !data.is_empty() {
        params.data(AssociatedData::new(data).map_err(|_| KdfError::Refused)?);
    }
    let params = params.build().map_err(|_| KdfError::Refused)?;
    let argon = if secret.is_empty() {
        Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
    } else {
        Argon2::new_with_secret(secret, Algorithm::Argon2id, Version::V0x13, params)
            .map_err(|_| KdfError::Refused)?
    };
    argon
        .hash_password_into(passphrase, salt, out)
        .map_err(|_| KdfError::Refused)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(bytes: &[u8]) -> String {
        bytes.iter().map(|b| format!("{b:02x}")).collect()
    }

    /// RFC 9106, section 5.3: Argon2id, version 0x13, 32 KiB, 3 passes, 4 lanes, with a
    /// secret and associated data.
    #[test]
    fn rfc_9106_argon2id_test_vector() {
        let mut tag = [0u8; 32];
        let cost = Cost {
            memory_kib: 32,
            passes: 3,
            lanes: 4,
        };
        raw(&[1; 32], &[2; 16], &[3; 8], &[4; 12], cost, &mut tag).unwrap();
        assert_eq!(
            hex(&tag),
            "0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659"
        );
    }

    /// The same inputs through Argon2i and Argon2d give RFC 9106's other two tags, so the
    /// one above isn't a coincidence of the crate's defaults.
    #[test]
    fn rfc_9106_argon2i_and_argon2d_test_vectors() {
        for (alg, want) in [
            (
                Algorithm::Argon2d,
                "512b391b6f1162975371d30919734294f868e3be3984f3c1a13a4db9fabe4acb",
            ),
            (
                Algorithm::Argon2i,
                "c814d9d1dc7f37aa13f0d77f2494bda1c8de6b016dd388d29952a4c4672b6ce8",
            ),
        ] {
            let params = ParamsBuilder::new()
                .m_cost(32)
                .t_cost(3)
                .p_cost(4)
                .data(AssociatedData::new(&[4; 12]).unwrap())
                .output_len(32)
                .build()
                .unwrap();
            let a = Argon2::new_with_secret(&[3; 8], alg, Version::V0x13, params).unwrap();
            let mut tag = [0u8; 32];
            a.hash_password_into(&[1; 32], &[2; 16], &mut tag).unwrap();
            assert_eq!(hex(&tag), want, "{alg:?}");
        }
    }

    #[test]
    fn the_key_depends_on_every_input_and_costs_are_bounded() {
        let salt = [9u8; 16];
        let a = argon2id(b"seven blue kites", &salt, OWASP_MIN).unwrap();
        assert_eq!(a, argon2id(b"seven blue kites", &salt, OWASP_MIN).unwrap());
        assert_ne!(a, argon2id(b"seven blue kite", &salt, OWASP_MIN).unwrap());
        assert_ne!(
            a,
            argon2id(b"seven blue kites", &[8u8; 16], OWASP_MIN).unwrap()
        );
        let more = Cost {
            passes: 3,
            ..OWASP_MIN
        };
        assert_ne!(a, argon2id(b"seven blue kites", &salt, more).unwrap());
        for bad in [
            Cost {
                memory_kib: 1024,
                ..OWASP_MIN
            },
            Cost {
                memory_kib: MAX_MEMORY_KIB + 1,
                ..OWASP_MIN
            },
            Cost {
                passes: 0,
                ..OWASP_MIN
            },
            Cost {
                passes: MAX_PASSES + 1,
                ..OWASP_MIN
            },
            Cost {
                lanes: 0,
                ..OWASP_MIN
            },
            Cost {
                lanes: MAX_LANES + 1,
                ..OWASP_MIN
            },
        ] {
            assert_eq!(
                argon2id(b"x", &salt, bad),
                Err(KdfError::OutOfBounds),
                "{bad:?}"
            );
        }
        assert!(OWASP_MIN.trusted());
    }
}
