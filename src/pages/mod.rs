//! One module per screen (or per feature folder of screens).

pub mod about;
pub mod more;
pub mod not_found;
pub mod settings;
pub mod today;
pub mod welcome;
