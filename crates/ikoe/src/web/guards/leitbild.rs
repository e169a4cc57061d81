//! Guards of Leitbild processes. A process is seen by its team and by the
//! members of the administration it belongs to, and run by its team only.
//! Anonymous visitors are sent to log in before anything is looked up; a
//! process the person is not involved in does not reveal that it exists
//! (404); a member of the administration who is not on the team gets 403
//! for the team's pages.

use axum_extra::extract::CookieJar;
use domain::leitbild_feedback::Contributor;
use domain::orgs::OrgKind;
use domain::policy::Action;
use store::leitbild::{LinkOwner, Process};
use store::orgs::Org;

use super::{path_id, path_text};
use crate::security;
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

/// The browser cookie holding an anonymous visitor's key on department links.
pub const VISITOR_COOKIE: &str = "ikoe_visitor";

/// The visitor of a participation link `/mitmachen/{token}` (the link is the
/// permission): a person through their personal link, or an anonymous
/// visitor through their department's link. A link that was never made, was
/// revoked or replaced is a 404 like any unknown address.
pub struct Participant {
    pub ctx: Ctx,
    pub process: Process,
    pub token: String,
    pub who: Contributor,
    /// The department contributions are counted for.
    pub department: Option<i64>,
    /// The person's name (personal links), or the department's name (department links).
    pub name: String,
    /// Whether the link is a department's (anonymous).
    pub anonymous: bool,
    /// A leadership member's personal link.
    pub leader: bool,
    /// A visitor key made now, to be kept in the browser (first visit of a department link).
    pub new_visitor: Option<String>,
}

guard!(Participant, path_text("token"), |ctx, token, parts| {
    let hash = security::token_hash(&token);
    let owner = ctx.state.store.link_owner(&hash).await?.ok_or(AppError::NotFound)?;
    let process = ctx
        .state
        .store
        .process(owner.process())
        .await?
        .ok_or(AppError::NotFound)?;
    let jar = CookieJar::from_headers(&parts.headers);
    Ok(match owner {
        LinkOwner::Person {
            person,
            name,
            department,
            leader,
            ..
        } => Participant {
            ctx,
            process,
            token,
            who: Contributor::Person(person),
            department,
            name,
            anonymous: false,
            leader,
            new_visitor: None,
        },
        LinkOwner::Department { department, name, .. } => {
            // the key is random and kept in the browser; the store keeps its hash
            let (key, new_visitor) = match jar.get(VISITOR_COOKIE).map(|c| c.value().to_string()) {
                Some(k) if k.len() == 43 && k.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_') => {
                    (k, None)
                }
                _ => {
                    let k = security::random_token();
                    (k.clone(), Some(k))
                }
            };
            Participant {
                ctx,
                process,
                token,
                who: Contributor::Visitor(security::token_hash(&key)),
                department: Some(department),
                name,
                anonymous: true,
                leader: false,
                new_visitor,
            }
        }
    })
});
