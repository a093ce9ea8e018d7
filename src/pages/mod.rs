//! One module per screen (or per feature folder of screens).

pub mod about;
pub mod beliefs;
pub mod data;
pub mod feel;
pub mod moment;
pub mod more;
pub mod moving;
pub mod not_found;
pub mod partner;
pub mod practice;
pub mod progress;
pub mod quiz;
pub mod routine;
pub mod safety;
pub mod settings;
pub mod summary;
pub mod therapy;
pub mod today;
pub mod understand;
pub mod welcome;
pub mod wins;
