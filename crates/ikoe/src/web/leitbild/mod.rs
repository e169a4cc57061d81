//! Leitbild processes: an administration writes its mission statement with
//! all its staff, guided by a process team. [`process`]: the list, starting
//! a process, its overview, phase and plan; [`setup`]: its preparation
//! (departments, people taking part, leadership, team); [`links`]: the
//! participation links it hands out; [`participate`]: the page staff open
//! with them; [`rounds`]: feedback rounds and the team's answers;
//! [`evaluation`]: the anonymous survey months after adoption.

pub mod adoption;
pub mod dashboard;
pub mod drafts;
pub mod evaluation;
pub mod forms;
pub mod links;
pub mod participate;
pub mod process;
pub mod published;
pub mod rounds;
pub mod setup;
pub mod translations;
pub mod workshops;
