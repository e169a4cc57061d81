//! /admin/users: all accounts; invite someone; grant or revoke platform admin.

use askama::Template;
use axum::extract::{Path, Query};
use serde::Deserialize;
use store::accounts::User;

use super::PageQuery;
use crate::web::error::{AppError, AppResult};
use crate::web::extract::Ctx;
use crate::web::form::Form;
use crate::web::guards::PlatformAdmin;
use crate::web::orgs::members::{locale_options, role_options, send_invitation, InviteForm, Invited};
use crate::web::page::{FormErrors, Opt, Page, Pager};
use crate::web::{redirect_flash, render, render_invalid};

#[derive(Template)]
#[template(path = "admin/users.html")]
struct UsersPage {
    p: Page,
    users: Vec<User>,
    pager: Pager,
    q: String,
    me: i64,
    errs: FormErrors,
    f: InviteForm,
    orgs: Vec<Opt>,
    roles: Vec<Opt>,
    locales: Vec<Opt>,
}

/// Grant (`on=true`) or revoke (`on=false`) platform admin rights.
#[derive(Deserialize)]
pub struct AdminFlagForm {
    on: bool,
}

async fn page(ctx: &Ctx, q: &PageQuery, errs: FormErrors, f: InviteForm) -> AppResult<UsersPage> {
    let (users, total) = ctx.state.store.users_list(&q.q, Pager::SIZE, q.offset()).await?;
    let p = ctx.admin_page("admin-users-title", "users");
    let (orgs, _) = ctx.state.store.orgs_list(&Default::default(), 2000, 0).await?;
    let mut org_opts = vec![Opt::new("", p.t("admin-invite-no-org"))];
    org_opts.extend(orgs.into_iter().map(|o| Opt::new(o.id.to_string(), o.name)));
    let roles = role_options(&p);
    Ok(UsersPage {
        users,
        pager: q.pager(total, q.search_base()),
        q: q.q.clone(),
        me: ctx.user_id()?,
        errs,
        f,
        orgs: org_opts,
        roles,
        locales: locale_options(),
        p,
    })
}

pub async fn get(PlatformAdmin { ctx }: PlatformAdmin, Query(q): Query<PageQuery>) -> AppResult {
    let f = InviteForm {
        role: "member".into(),
        locale: ctx.locale.code.into(),
        ..Default::default()
    };
    render(&page(&ctx, &q, FormErrors::new(), f).await?)
}

pub async fn invite(PlatformAdmin { ctx }: PlatformAdmin, Form(f): Form<InviteForm>) -> AppResult {
    let org = match f.org.parse::<i64>() {
        Ok(id) => ctx.state.store.org(id).await?,
        Err(_) => None,
    };
    if org.is_none() && !f.org.is_empty() {
        let errs = FormErrors::one("org", "error-choose-option");
        return render_invalid(&page(&ctx, &PageQuery::default(), errs, f).await?);
    }
    match send_invitation(&ctx, &f, org.as_ref()).await {
        Ok(Invited::Invitation) => Ok(redirect_flash("/admin/users", "flash-invitation-sent")),
        Err(errs) => render_invalid(&page(&ctx, &PageQuery::default(), errs, f).await?),
    }
}

pub async fn platform_admin(
    PlatformAdmin { ctx }: PlatformAdmin,
    Path(id): Path<i64>,
    Form(f): Form<AdminFlagForm>,
) -> AppResult {
    let me = ctx.user_id()?;
    if id == me {
        // nobody removes their own admin rights by accident
        return Err(AppError::Forbidden);
    }
    ctx.state.store.set_platform_admin(ctx.now(), me, id, f.on).await?;
    Ok(redirect_flash("/admin/users", "flash-saved"))
}
