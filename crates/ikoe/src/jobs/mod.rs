//! Background work: every job of ikoe, in one registry, run from one loop
//! ([`run_forever`], started by `ikoe serve`). Each job does what is due at
//! the clock's time and returns how many things it handled; it may run on
//! any node at any time (what it takes is claimed in the database), so two
//! nodes running the same job at once do no harm. A new job is a file here
//! and one line in [`JOBS`]. Sending the outbox is the mail worker's
//! (`crate::mail::worker`), which runs beside this loop.

pub mod digests;
pub mod feedback;
pub mod housekeeping;
pub mod leitbild;
pub mod measures;
pub mod reminders;
pub mod speakers;
pub mod trash;

use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

use crate::state::AppState;

type JobFuture<'a> = Pin<Box<dyn Future<Output = anyhow::Result<usize>> + Send + 'a>>;

/// A background job: a name for the logs and what it runs.
pub struct Job {
    pub name: &'static str,
    pub run: for<'a> fn(&'a AppState) -> JobFuture<'a>,
}

/// The [`JOBS`] table: each `"name" => function` becomes a [`Job`] that runs
/// `function(state)`.
macro_rules! jobs {
    ($($name:literal => $run:path),* $(,)?) => {
        &[$(Job {
            name: $name,
            run: |st| Box::pin($run(st)),
        }),*]
    };
}

/// Every job, in the order the loop runs them.
pub const JOBS: &[Job] = jobs![
    "housekeeping" => housekeeping::purge_expired,
    "feedback invitations" => feedback::send_invites,
    "speaker reminders" => speakers::send_reminders,
    "module reminders" => reminders::send_reminders,
    "digests" => digests::send_digests,
    "emptying the trash" => trash::empty_trash,
    "feedback round reminders" => leitbild::send_round_reminders,
    "measure reminders" => measures::send_reminders,
];

/// How often the loop runs every job.
pub const PERIOD: Duration = Duration::from_secs(300);

/// Runs every job once; a failing job is logged and does not stop the others.
pub async fn run_all(st: &AppState) {
    for job in JOBS {
        match (job.run)(st).await {
            Ok(0) => {}
            Ok(n) => tracing::info!(job = job.name, handled = n, "job done"),
            Err(e) => tracing::warn!(job = job.name, error = %e, "job failed"),
        }
    }
}

/// Runs every job every [`PERIOD`] until `stop` changes.
pub async fn run_forever(st: AppState, mut stop: tokio::sync::watch::Receiver<bool>) {
    loop {
        run_all(&st).await;
        tokio::select! {
            _ = tokio::time::sleep(PERIOD) => {}
            _ = stop.changed() => return,
        }
    }
}
