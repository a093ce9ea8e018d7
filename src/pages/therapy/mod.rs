//! Working with a therapist.

pub mod guide;
