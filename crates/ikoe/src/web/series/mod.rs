//! Qualification series: the catalogue and a series' page with registration
//! (public), the personal registration link, and the staff pages for series,
//! modules and participants.

pub mod attendance;
pub mod calendar;
pub mod certificates;
pub mod feedback;
pub mod figures;
pub mod forms;
pub mod modules;
pub mod mydata;
pub mod participants;
pub mod public;
pub mod speakers;
pub mod staff;
