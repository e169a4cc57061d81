//! The start page.

use askama::Template;
use domain::orgs::Role;
use store::accounts::User;
use store::orgs::MembershipOf;

use crate::web::error::AppResult;
use crate::web::extract::Ctx;
use crate::web::page::{Nav, Page};
use crate::web::render;

#[derive(Template)]
#[template(path = "home/index.html")]
struct HomePage {
    p: Page,
    user: Option<User>,
    memberships: Vec<MembershipOf>,
    org_count: i64,
}

pub async fn get(ctx: Ctx) -> AppResult {
    ctx.require(domain::policy::Action::ViewPublic)?;
    let memberships = match ctx.actor.user_id {
        Some(me) => ctx.state.store.memberships_of(me).await?,
        None => vec![],
    };
    let org_count = ctx.state.store.count_orgs().await?;
    render(&HomePage {
        p: ctx.page("home-title", Nav::Home),
        user: ctx.user.clone(),
        memberships,
        org_count,
    })
}
