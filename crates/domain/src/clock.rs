//! Time is a parameter: the web layer gets a [`Clock`] from its state, tests
//! pass a fake one.

use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;

/// Seconds since the Unix epoch, UTC. Stored as a 64-bit integer in both databases.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
pub struct Timestamp(pub i64);

impl Timestamp {
    pub fn plus_secs(self, secs: i64) -> Self {
        Timestamp(self.0.saturating_add(secs))
    }
    pub fn to_datetime(self) -> time::OffsetDateTime {
        time::OffsetDateTime::from_unix_timestamp(self.0).unwrap_or(time::OffsetDateTime::UNIX_EPOCH)
    }
}

/// Source of the current time.
#[derive(Clone, Debug)]
pub enum Clock {
    System,
    /// A clock that only moves when told to (tests).
    Fake(Arc<AtomicI64>),
}

impl Clock {
    pub fn fake(start: i64) -> Self {
        Clock::Fake(Arc::new(AtomicI64::new(start)))
    }
    pub fn now(&self) -> Timestamp {
        match self {
            #[expect(clippy::disallowed_methods, reason = "the one place that reads the system clock")]
            Clock::System => Timestamp(time::OffsetDateTime::now_utc().unix_timestamp()),
            Clock::Fake(t) => Timestamp(t.load(Ordering::SeqCst)),
        }
    }
    /// Moves a fake clock forward; does nothing on the system clock.
    pub fn advance(&self, secs: i64) {
        if let Clock::Fake(t) = self {
            t.fetch_add(secs, Ordering::SeqCst);
        }
    }
}
