//! Domain types and rules of ikoe: newtypes that can only hold valid values
//! ("parse, don't validate"), the permission policy and the clock.
//! No HTTP, no SQL, no reading of the clock or the environment here.

pub mod accounts;
pub mod clock;
pub mod files;
pub mod leitbild;
pub mod leitbild_adoption;
pub mod leitbild_dashboard;
pub mod leitbild_feedback;
pub mod leitbild_workshops;
pub mod measures;
pub mod meetings;
pub mod openness;
pub mod orgs;
pub mod outbox;
pub mod policy;
pub mod series;
pub mod site;
pub mod spaces;
#[cfg(feature = "sqlx")]
mod sql;
pub mod text;
pub mod values;

pub use clock::{Clock, Timestamp};
pub use values::{Flag, UnknownCode};

/// Every validation problem is a translation key (`error-…`) the web layer
/// shows beside the field; never an English sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct Invalid(pub &'static str);
