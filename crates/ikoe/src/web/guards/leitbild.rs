//! Guards of Leitbild processes. A process is seen by its team and by the
//! members of the administration it belongs to, and run by its team only.
//! Anonymous visitors are sent to log in before anything is looked up; a
//! process the person is not involved in does not reveal that it exists
//! (404); a member of the administration who is not on the team gets 403
//! for the team's pages.

use domain::orgs::OrgKind;
use domain::policy::Action;
use store::leitbild::Process;
use store::orgs::Org;

use super::path_id;
use crate::web::error::AppError;
use crate::web::extract::Ctx;

/// A process and whether the visitor is on its team, once they may see it.
pub async fn load_process(ctx: &Ctx, id: i64) -> Result<(Process, bool), AppError> {
    ctx.require(Action::SignedIn)?;
    let (process, team) = ctx
        .state
        .store
        .process_for(id, ctx.user_id()?)
        .await?
        .ok_or(AppError::NotFound)?;
    if !ctx.can(Action::ViewLeitbild {
        org: process.org_id,
        team,
    }) {
        return Err(AppError::NotFound);
    }
    Ok((process, team))
}

/// A process (`/leitbild/{id}`) seen by someone involved.
pub struct ProcessView {
    pub ctx: Ctx,
    pub process: Process,
    pub team: bool,
}

guard!(ProcessView, |ctx, id| {
    let (process, team) = load_process(&ctx, id).await?;
    Ok(ProcessView { ctx, process, team })
});

/// A process (`/leitbild/{id}/…`) run by its team.
pub struct ProcessTeam {
    pub ctx: Ctx,
    pub process: Process,
}

guard!(ProcessTeam, |ctx, id| {
    let (process, team) = load_process(&ctx, id).await?;
    ctx.require(Action::RunLeitbild { team })?;
    Ok(ProcessTeam { ctx, process })
});

/// An administration (`/orgs/{id}/leitbild/new`) for which the visitor may
/// start a process. Other kinds of organisation have no Leitbild process (404).
pub struct LeitbildStarter {
    pub ctx: Ctx,
    pub org: Org,
}

guard!(LeitbildStarter, |ctx, id| {
    ctx.require(Action::SignedIn)?;
    ctx.require(Action::StartLeitbild(id))?;
    let org = ctx.state.store.org(id).await?.ok_or(AppError::NotFound)?;
    if org.kind != OrgKind::Administration {
        return Err(AppError::NotFound);
    }
    Ok(LeitbildStarter { ctx, org })
});
