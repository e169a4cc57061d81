//! /orgs/{id}/members: who belongs to an organisation; its admins invite,
//! change roles, remove members and revoke open invitations.

use askama::Template;
use axum::extract::Path;
use domain::accounts::Email;
use domain::orgs::Role;
use domain::policy::{self, Action};
use serde::Deserialize;
use store::invitations::{Invitation, NewInvitation};
use store::orgs::{Member, Org};
use store::StoreError;

use crate::mail;
use crate::security;
use crate::web::confirm::{self, Ask, Confirmed};
use crate::web::error::{AppError, AppResult};
use crate::web::extract::Ctx;
use crate::web::form::Form;
use crate::web::guards::orgs::{OrgAdmin, OrgMembersView};
use crate::web::page::{FormErrors, Nav, Opt, Page};
use crate::web::{redirect_flash, render, render_invalid};

#[derive(Template)]
#[template(path = "orgs/members.html")]
struct MembersPage {
    p: Page,
    org: Org,
    members: Vec<Member>,
    invitations: Vec<Invitation>,
    can_manage: bool,
    errs: FormErrors,
    f: InviteForm,
    roles: Vec<Opt>,
    locales: Vec<Opt>,
}

#[derive(Deserialize, Default)]
pub struct InviteForm {
    pub email: String,
    pub role: String,
    pub locale: String,
    /// Only on the platform admin's form: the organisation to join ("" = none).
    #[serde(default)]
    pub org: String,
}

#[derive(Deserialize)]
pub struct RoleForm {
    role: String,
}

pub fn role_options(p: &Page) -> Vec<Opt> {
    Role::ALL.iter().map(|r| Opt::new(r.code(), p.role(r.code()))).collect()
}

pub fn locale_options() -> Vec<Opt> {
    i18n::LOCALES.iter().map(|l| Opt::new(l.code, l.native_name)).collect()
}

async fn page(ctx: &Ctx, org: Org, errs: FormErrors, f: InviteForm) -> AppResult<MembersPage> {
    let id = org.id;
    let mut p = ctx.page("members-title", Nav::Orgs);
    p.title = p.t1("members-title", "org", &org.name);
    let can_manage = ctx.can(Action::ManageOrg(id));
    let invitations = if can_manage {
        ctx.state.store.open_invitations(id, ctx.now()).await?
    } else {
        vec![]
    };
    let roles = role_options(&p);
    Ok(MembersPage {
        members: ctx.state.store.members(id).await?,
        invitations,
        can_manage,
        errs,
        f,
        roles,
        locales: locale_options(),
        org,
        p,
    })
}

pub async fn get(OrgMembersView { ctx, org }: OrgMembersView) -> AppResult {
    let f = InviteForm {
        role: "member".into(),
        locale: ctx.locale.code.into(),
        ..Default::default()
    };
    render(&page(&ctx, org, FormErrors::new(), f).await?)
}

/// What an invitation led to.
pub enum Invited {
    /// An invitation link was mailed.
    Invitation,
}

/// Invites `email` (to `org` with `role`, if given). Shared by organisation
/// admins and platform admins. Field errors come back for the form.
pub async fn send_invitation(ctx: &Ctx, f: &InviteForm, org: Option<&Org>) -> Result<Invited, FormErrors> {
    let mut errs = FormErrors::new();
    let email = errs.take("email", Email::parse(&f.email));
    let role = if org.is_some() {
        errs.take("role", Role::parse(&f.role))
    } else {
        Some(Role::Member)
    };
    let locale = i18n::locale(&f.locale);
    if locale.is_none() {
        errs.add("locale", "error-choose-option");
    }
    let (Some(email), Some(role), Some(locale)) = (email, role, locale) else {
        return Err(errs);
    };
    if let Some(o) = org {
        if !policy::may_grant(&ctx.actor, o.id, role) {
            errs.add("role", "error-choose-option");
            return Err(errs);
        }
    }
    let internal = |errs: &mut FormErrors| errs.add("email", "error-internal");
    let st = &ctx.state;
    let now = ctx.now();
    let Some(me) = ctx.user.as_ref() else {
        internal(&mut errs);
        return Err(errs);
    };
    let base = st.config.public_url.trim_end_matches('/').to_string();

    // Someone who already has an account gets an invitation too and accepts
    // it after logging in: nobody is added without consent, and the answer
    // does not tell whether the address has an account.
    let existing = match st.store.user_by_email(&email).await {
        Ok(u) => u,
        Err(_) => {
            internal(&mut errs);
            return Err(errs);
        }
    };
    if let (Some(user), Some(o)) = (&existing, org) {
        let members = st.store.members(o.id).await.unwrap_or_default();
        if members.iter().any(|m| m.user_id == user.id) {
            errs.add("email", "error-already-member");
            return Err(errs);
        }
    }

    // a double submit, or inviting twice, sends no second mail
    match st.store.open_invitation_exists(&email, org.map(|o| o.id), now).await {
        Ok(false) => {}
        Ok(true) => {
            errs.add("email", "error-already-invited");
            return Err(errs);
        }
        Err(_) => {
            internal(&mut errs);
            return Err(errs);
        }
    }
    let token = security::random_token();
    let link = format!("{base}/invitations/{token}");
    let days = st.config.invitation_ttl_secs / 86_400;
    let org_name = org
        .map(|o| o.name.clone())
        .unwrap_or_else(|| st.i18n.t(locale.code, "app-name"));
    let m = match &existing {
        Some(user) => {
            let ulocale = user.locale.clone().unwrap_or_else(|| locale.code.to_string());
            mail::invitation_existing(
                &st.i18n,
                &ulocale,
                &user.email,
                &user.name,
                &me.name,
                &org_name,
                &link,
                days,
            )
        }
        None => mail::invitation(&st.i18n, locale.code, email.as_str(), &me.name, &org_name, &link, days),
    };
    match st
        .store
        .create_invitation(
            now,
            me.id,
            &NewInvitation {
                token_hash: &security::token_hash(&token),
                email: &email,
                org: org.map(|o| (o.id, role)),
                locale: locale.code,
                ttl_secs: st.config.invitation_ttl_secs,
            },
            &m,
        )
        .await
    {
        Ok(_) => Ok(Invited::Invitation),
        Err(store::StoreError::Conflict(_)) => {
            errs.add("email", "error-already-invited");
            Err(errs)
        }
        Err(_) => {
            internal(&mut errs);
            Err(errs)
        }
    }
}

pub async fn invite(OrgAdmin { ctx, org }: OrgAdmin, Form(f): Form<InviteForm>) -> AppResult {
    let id = org.id;
    match send_invitation(&ctx, &f, Some(&org)).await {
        Ok(Invited::Invitation) => Ok(redirect_flash(&format!("/orgs/{id}/members"), "flash-invitation-sent")),
        Err(errs) => render_invalid(&page(&ctx, org, errs, f).await?),
    }
}

async fn member_error(ctx: &Ctx, org: Org, e: StoreError) -> AppResult {
    match e {
        StoreError::Conflict("last_admin") => {
            let errs = FormErrors::one("members", "error-last-admin");
            let f = InviteForm {
                role: "member".into(),
                locale: ctx.locale.code.into(),
                ..Default::default()
            };
            render_invalid(&page(ctx, org, errs, f).await?)
        }
        other => Err(other.into()),
    }
}

pub async fn set_role(
    OrgAdmin { ctx, org }: OrgAdmin,
    Path((_, user)): Path<(i64, i64)>,
    Form(f): Form<RoleForm>,
) -> AppResult {
    let id = org.id;
    let role = Role::parse(&f.role).map_err(|_| AppError::NotFound)?;
    let me = ctx.user_id()?;
    match ctx.state.store.set_member_role(ctx.now(), me, id, user, role).await {
        Ok(()) => Ok(redirect_flash(&format!("/orgs/{id}/members"), "flash-role-changed")),
        Err(e) => member_error(&ctx, org, e).await,
    }
}

pub async fn remove(
    OrgAdmin { ctx, org }: OrgAdmin,
    Path((_, user)): Path<(i64, i64)>,
    Form(c): Form<Confirmed>,
) -> AppResult {
    let id = org.id;
    let me = ctx.user_id()?;
    if !c.confirmed {
        let members = ctx.state.store.members(id).await?;
        let m = members.iter().find(|m| m.user_id == user).ok_or(AppError::NotFound)?;
        let ask = Ask {
            what: "member-remove",
            action: format!("/orgs/{id}/members/{user}/remove"),
            back: format!("/orgs/{id}/members"),
            args: &[("name", m.name.clone()), ("org", org.name.clone())],
            fields: vec![],
        };
        return confirm::ask(&ctx, ask, Nav::Orgs);
    }
    match ctx.state.store.remove_member(ctx.now(), me, id, user).await {
        Ok(()) => Ok(redirect_flash(&format!("/orgs/{id}/members"), "flash-member-removed")),
        Err(e) => member_error(&ctx, org, e).await,
    }
}

pub async fn revoke(
    OrgAdmin { ctx, org }: OrgAdmin,
    Path((_, inv)): Path<(i64, i64)>,
    Form(c): Form<Confirmed>,
) -> AppResult {
    let id = org.id;
    let me = ctx.user_id()?;
    if !c.confirmed {
        let open = ctx.state.store.open_invitations(id, ctx.now()).await?;
        let i = open.iter().find(|i| i.id == inv).ok_or(AppError::NotFound)?;
        let ask = Ask {
            what: "invitation-revoke",
            action: format!("/orgs/{id}/invitations/{inv}/revoke"),
            back: format!("/orgs/{id}/members"),
            args: &[("email", i.email.clone())],
            fields: vec![],
        };
        return confirm::ask(&ctx, ask, Nav::Orgs);
    }
    ctx.state.store.revoke_invitation(ctx.now(), me, id, inv).await?;
    Ok(redirect_flash(
        &format!("/orgs/{id}/members"),
        "flash-invitation-revoked",
    ))
}
