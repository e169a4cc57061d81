//! Leitbild processes: an administration writes its mission statement with
//! all its staff, guided by a process team. [`process`]: the list, starting
//! a process, its overview, phase and plan; [`setup`]: its preparation
//! (departments, people taking part, leadership, team).

pub mod adoption;
pub mod drafts;
pub mod forms;
pub mod process;
pub mod published;
pub mod setup;
pub mod translations;
