//! The vulnerability wins journal: the searchable list and one screen per win.

pub mod attach;
pub mod edit;
pub mod list;
