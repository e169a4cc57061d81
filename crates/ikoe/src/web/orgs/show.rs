//! GET /orgs/{id}: an organisation's public page.

use askama::Template;
use domain::orgs::OrgKind;
use domain::policy::Action;
use store::orgs::Org;

use crate::web::error::AppResult;
use crate::web::guards::orgs::PublicOrg;
use crate::web::page::{Nav, Page};
use crate::web::render;

#[derive(Template)]
#[template(path = "orgs/show.html")]
struct ShowPage {
    p: Page,
    org: Org,
    can_view_members: bool,
    can_manage: bool,
    /// An administration whose admins (and platform admins) may start a Leitbild process for it.
    can_start_leitbild: bool,
    /// An administration whose self-assessment the visitor may see (its members).
    can_view_openness: bool,
    member_count: i64,
    logo: Option<store::logos::LogoMeta>,
    logo_alt: String,
}

pub async fn get(PublicOrg { ctx, org }: PublicOrg) -> AppResult {
    let id = org.id;
    let can_view_members = ctx.can(Action::ViewMembers(id));
    let member_count = if can_view_members {
        ctx.state.store.members(id).await?.len() as i64
    } else {
        0
    };
    let logo = ctx.state.store.logo_meta(id).await?;
    let p = ctx.page_titled(org.name.clone(), Nav::Orgs);
    let logo_alt = p.t1("org-logo-alt", "org", &org.name);
    render(&ShowPage {
        p,
        logo,
        logo_alt,
        can_view_members,
        can_manage: ctx.can(Action::ManageOrg(id)),
        can_start_leitbild: org.kind == OrgKind::Administration && ctx.can(Action::StartLeitbild(id)),
        can_view_openness: org.kind == OrgKind::Administration && ctx.can(Action::ViewOpenness(id)),
        member_count,
        org,
    })
}
