//! Partner attunement: the daily question and need log, and the page for partners.

pub mod attune;
pub mod for_partners;
