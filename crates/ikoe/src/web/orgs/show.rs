//! GET /orgs/{id}: an organisation's public page.

use askama::Template;
use axum::extract::Path;
use domain::policy::Action;
use store::orgs::Org;

use crate::web::error::{AppError, AppResult};
use crate::web::extract::Ctx;
use crate::web::page::{Nav, Page};
use crate::web::render;

#[derive(Template)]
#[template(path = "orgs/show.html")]
struct ShowPage {
    p: Page,
    org: Org,
    can_view_members: bool,
    can_manage: bool,
    member_count: i64,
}

pub async fn get(ctx: Ctx, Path(id): Path<i64>) -> AppResult {
    ctx.require(Action::ViewPublic)?;
    let org = ctx.state.store.org(id).await?.ok_or(AppError::NotFound)?;
    let can_view_members = ctx.can(Action::ViewMembers(id));
    let member_count = if can_view_members {
        ctx.state.store.members(id).await?.len() as i64
    } else {
        0
    };
    render(&ShowPage {
        p: ctx.page_titled(org.name.clone(), Nav::Orgs),
        can_view_members,
        can_manage: ctx.can(Action::ManageOrg(id)),
        member_count,
        org,
    })
}
