//! Organisations: directory, organisation page, profile editing, members.

pub mod directory;
pub mod edit;
pub mod forms;
pub mod logo;
pub mod members;
pub mod show;
