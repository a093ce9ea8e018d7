//! Shared widgets. Each file is one widget or one piece of the shell.

pub mod arrive;
pub mod attachment_map;
pub mod backup_reminder;
pub mod body_map;
pub mod breath;
pub mod chart;
pub mod choice;
pub mod confirm;
pub mod drafts;
pub mod due_checkins;
pub mod files;
pub mod idle_lock;
pub mod nav;
pub mod notices;
pub mod page;
pub mod paint;
pub mod passphrase;
pub mod prose;
pub mod safety;
pub mod save_error;
pub mod sheet;
pub mod timer;
pub mod transfer;
pub mod wheel;
