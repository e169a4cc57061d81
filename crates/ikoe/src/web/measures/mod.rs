//! The measures planner of a Leitbild process (`/leitbild/{id}/planner…`):
//! [`list`], the tracked list with its filters and the plan's year;
//! [`measure`], adding, changing, removing a measure and setting its status;
//! [`files`], the wall calendar (PDF) and the calendar feed (.ics). Seen by
//! everyone who may see the process, changed by its team.

pub mod files;
pub mod forms;
pub mod list;
pub mod measure;

use domain::measures::MeasureStatus;
use store::leitbild::Process;

use crate::web::error::AppResult;
use crate::web::extract::Ctx;

/// The texts of the principles of the newest version of a process's text
/// (the numbers a measure may serve are 1 to their count).
pub async fn principles(ctx: &Ctx, process: &Process) -> AppResult<Vec<String>> {
    let store = &ctx.state.store;
    let latest = store.latest_version(process.id).await?;
    Ok(store
        .version(process.id, latest)
        .await?
        .map(|(_, d)| d.principles.into_iter().map(|p| p.text).collect())
        .unwrap_or_default())
}

/// The slogan of the newest version, else the process's title.
pub async fn slogan(ctx: &Ctx, process: &Process) -> AppResult<String> {
    let store = &ctx.state.store;
    let latest = store.latest_version(process.id).await?;
    Ok(store
        .version(process.id, latest)
        .await?
        .map(|(v, _)| v.slogan)
        .filter(|s| !s.trim().is_empty())
        .unwrap_or_else(|| process.title.clone()))
}

/// The tag colour of a status.
pub fn status_tag(s: MeasureStatus) -> &'static str {
    match s {
        MeasureStatus::Open => "tag--grey",
        MeasureStatus::Progress => "tag--yellow",
        MeasureStatus::Done => "tag--green",
    }
}

/// The planner's address.
pub fn planner_path(process: i64) -> String {
    format!("/leitbild/{process}/planner")
}
