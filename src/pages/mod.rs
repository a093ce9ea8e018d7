//! One module per screen (or per feature folder of screens).

pub mod about;
pub mod data;
pub mod beliefs;
pub mod moment;
pub mod feel;
pub mod more;
pub mod not_found;
pub mod partner;
pub mod practice_record;
pub mod progress;
pub mod routine;
pub mod practice;
pub mod settings;
pub mod therapy;
pub mod today;
pub mod welcome;
pub mod quiz;
pub mod understand;
pub mod wins;
