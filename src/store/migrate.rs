//! Schema versions and the migrations between them, run once at start-up.
//!
//! Version 1 is the first shipped layout (see `keys.rs`). To change a stored shape:
//! bump [`CURRENT`], add a step to [`STEPS`] that rewrites the old values, and add a
//! fixture of the old version under `tests/fixtures/` with a test that migrates it.

use super::backend::{Backend, StoreError};
use super::keys;
use super::Quarantined;
use serde::{Deserialize, Serialize};

pub const CURRENT: u32 = 1;

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct Meta {
    pub schema: u32,
}

/// One step: rewrites a store at version `n` into version `n + 1`.
pub type Step = fn(&dyn Backend) -> Result<(), StoreError>;

/// `STEPS[n]` migrates from version `n` to `n + 1`. Version 0 is "no meta key": a store
/// that is empty or holds only keys from before versioning, which need no rewrite.
pub const STEPS: &[Step] = &[|_| Ok(())];

#[derive(Debug, Default, PartialEq)]
pub struct Report {
    pub from: u32,
    pub to: u32,
    pub quarantined: Vec<Quarantined>,
}

/// Brings the store to [`CURRENT`]. A newer store is left alone (`NewerSchema`).
/// An unreadable meta value is set aside and the store treated as version 1.
pub fn run(backend: &dyn Backend) -> Result<Report, StoreError> {
    run_with(backend, STEPS, CURRENT)
}

pub fn run_with(
    backend: &dyn Backend,
    steps: &[Step],
    current: u32,
) -> Result<Report, StoreError> {
    let mut report = Report::default();
    let from = match backend.get(keys::META)? {
        None => 0,
        Some(raw) => match serde_json::from_str::<Meta>(&raw) {
            Ok(m) => m.schema,
            Err(_) => {
                let kept_at = keys::quarantine(keys::META);
                backend
                    .set(&kept_at, &raw)
                    .map_err(|_| StoreError::Unreadable(keys::META.into()))?;
                report.quarantined.push(Quarantined {
                    key: keys::META.into(),
                    kept_at,
                });
                1
            }
        },
    };
    if from > current {
        return Err(StoreError::NewerSchema(from));
    }
    report.from = from;
    for v in from..current {
        (steps[v as usize])(backend)?;
        // Record each step as it lands, so an interrupted run resumes where it stopped.
        write_meta(backend, v + 1)?;
    }
    if from == current && report.quarantined.iter().any(|q| q.key == keys::META)
    {
        write_meta(backend, current)?;
    }
    report.to = current;
    Ok(report)
}

fn write_meta(backend: &dyn Backend, schema: u32) -> Result<(), StoreError> {
    backend.set(
        keys::META,
        &serde_json::to_string(&Meta { schema }).expect("meta serialises"),
    )
}
