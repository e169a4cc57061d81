//! /spaces/{id}/members: who belongs to a space. Its admins add
//! organisations and people, change roles, remove members, and accept or
//! decline requests to join; anyone signed in may ask to join a listed space.

use askama::Template;
use axum::extract::Path;
use domain::accounts::Email;
use domain::outbox::MailKind;
use domain::policy::Action;
use domain::spaces::{self as ds, SpaceRole};
use store::outbox::NewMail;
use store::spaces::{JoinRequest, Member, Space};
use store::StoreError;

use crate::mail;
use crate::web::confirm::{self, Ask, Confirmed};
use crate::web::error::{AppError, AppResult};
use crate::web::extract::Ctx;
use crate::web::form::Form;
use crate::web::guards::spaces::{InSpace, Manage, SpaceGuard, View, Visit};
use crate::web::page::{FormErrors, Nav, Opt, Page};
use crate::web::spaces::forms::{role_options, AddOrgForm, AddPersonForm, RequestForm, RoleForm};
use crate::web::spaces::home::outside_page;
use crate::web::spaces::me;
use crate::web::{redirect_flash, render, render_invalid};

#[derive(Template)]
#[template(path = "spaces/members.html")]
struct MembersPage {
    p: Page,
    s: Space,
    members: Vec<Member>,
    requests: Vec<JoinRequest>,
    can_manage: bool,
    errs: FormErrors,
    org_name: String,
    email: String,
    org_role: String,
    person_role: String,
    roles: Vec<Opt>,
}

#[derive(Default)]
struct Typed {
    org_name: String,
    email: String,
    org_role: String,
    person_role: String,
}

async fn page(ctx: &Ctx, s: Space, role: Option<SpaceRole>, errs: FormErrors, t: Typed) -> AppResult<MembersPage> {
    let can_manage = ctx.can(Action::ManageSpace(role));
    let st = &ctx.state.store;
    let mut p = ctx.page("space-members-title", Nav::Spaces);
    p.title = p.t1("space-members-title", "space", &s.name);
    Ok(MembersPage {
        members: st.space_members(s.id).await?,
        requests: if can_manage {
            st.space_requests(s.id).await?
        } else {
            vec![]
        },
        roles: role_options(&p),
        can_manage,
        errs,
        org_name: t.org_name,
        email: t.email,
        org_role: if t.org_role.is_empty() {
            "member".into()
        } else {
            t.org_role
        },
        person_role: if t.person_role.is_empty() {
            "member".into()
        } else {
            t.person_role
        },
        s,
        p,
    })
}

pub async fn get(SpaceGuard { ctx, sp, .. }: SpaceGuard<View>) -> AppResult {
    render(&page(&ctx, sp.space, sp.role, FormErrors::new(), Typed::default()).await?)
}

fn link(ctx: &Ctx, id: i64) -> String {
    format!("{}/spaces/{id}", ctx.state.config.public_url.trim_end_matches('/'))
}

fn my_name(ctx: &Ctx) -> String {
    ctx.user.as_ref().map(|u| u.name.clone()).unwrap_or_default()
}

/// Adds an organisation (all its people); its admins are told.
pub async fn add_org(SpaceGuard { ctx, sp, .. }: SpaceGuard<Manage>, Form(f): Form<AddOrgForm>) -> AppResult {
    let id = sp.space.id;
    let st = &ctx.state;
    let t = Typed {
        org_name: f.org,
        org_role: f.role,
        ..Default::default()
    };
    let mut errs = FormErrors::new();
    let role = errs.take("role", SpaceRole::parse(&t.org_role));
    let org = if t.org_name.trim().is_empty() {
        errs.add("org", "error-required");
        None
    } else {
        let o = st.store.org_by_name(&t.org_name).await?;
        if o.is_none() {
            errs.add("org", "error-space-no-such-org");
        }
        o
    };
    let (Some(role), Some(org)) = (role, org) else {
        return render_invalid(&page(&ctx, sp.space, sp.role, errs, t).await?);
    };
    let mails: Vec<NewMail> = st
        .store
        .org_admin_contacts(org.id)
        .await?
        .iter()
        .map(|(email, name, locale)| {
            let locale = locale.as_deref().unwrap_or(i18n::DEFAULT);
            mail::space_note(
                &st.i18n,
                locale,
                MailKind::SpaceAdded,
                email,
                name,
                &sp.space.name,
                &org.name,
                &link(&ctx, id),
            )
        })
        .collect();
    match st
        .store
        .add_space_org(ctx.now(), me(&ctx)?, id, org.id, role, &mails)
        .await
    {
        Ok(_) => Ok(redirect_flash(
            &format!("/spaces/{id}/members"),
            "flash-space-member-added",
        )),
        Err(StoreError::Conflict(_)) => {
            errs.add("org", "error-space-already-member");
            render_invalid(&page(&ctx, sp.space, sp.role, errs, t).await?)
        }
        Err(e) => Err(e.into()),
    }
}

/// Adds one person with an account; they are told.
pub async fn add_person(SpaceGuard { ctx, sp, .. }: SpaceGuard<Manage>, Form(f): Form<AddPersonForm>) -> AppResult {
    let id = sp.space.id;
    let st = &ctx.state;
    let t = Typed {
        email: f.email,
        person_role: f.person_role,
        ..Default::default()
    };
    let mut errs = FormErrors::new();
    let email = errs.take("email", Email::parse(&t.email));
    let role = errs.take("person_role", SpaceRole::parse(&t.person_role));
    let user = match &email {
        Some(e) => {
            let u = st.store.user_by_email(e).await?.filter(|u| u.is_active());
            if u.is_none() {
                errs.add("email", "error-space-no-account");
            }
            u
        }
        None => None,
    };
    let (Some(role), Some(user)) = (role, user) else {
        return render_invalid(&page(&ctx, sp.space, sp.role, errs, t).await?);
    };
    let locale = user.locale.as_deref().unwrap_or(i18n::DEFAULT);
    let note = mail::space_note(
        &st.i18n,
        locale,
        MailKind::SpaceAdded,
        &user.email,
        &user.name,
        &sp.space.name,
        &user.name,
        &link(&ctx, id),
    );
    match st
        .store
        .add_space_user(ctx.now(), me(&ctx)?, id, user.id, role, &[note])
        .await
    {
        Ok(_) => Ok(redirect_flash(
            &format!("/spaces/{id}/members"),
            "flash-space-member-added",
        )),
        Err(StoreError::Conflict(_)) => {
            errs.add("email", "error-space-already-member");
            render_invalid(&page(&ctx, sp.space, sp.role, errs, t).await?)
        }
        Err(e) => Err(e.into()),
    }
}

/// Errors of the row actions (role, remove) are shown at the members table.
async fn row_error(ctx: &Ctx, sp: InSpace, e: StoreError) -> AppResult {
    let mut errs = FormErrors::new();
    match e {
        StoreError::Conflict(_) => errs.add("members", "error-space-last-admin"),
        StoreError::NotFound => return Err(AppError::NotFound),
        e => return Err(e.into()),
    }
    render_invalid(&page(ctx, sp.space, sp.role, errs, Typed::default()).await?)
}

pub async fn set_role(
    SpaceGuard { ctx, sp, .. }: SpaceGuard<Manage>,
    Path((id, member)): Path<(i64, i64)>,
    Form(f): Form<RoleForm>,
) -> AppResult {
    let role = SpaceRole::parse(&f.role).map_err(|_| AppError::NotFound)?;
    match ctx
        .state
        .store
        .set_space_role(ctx.now(), me(&ctx)?, id, member, role)
        .await
    {
        Ok(()) => Ok(redirect_flash(&format!("/spaces/{id}/members"), "flash-saved")),
        Err(e) => row_error(&ctx, sp, e).await,
    }
}

pub async fn remove(
    SpaceGuard { ctx, sp, .. }: SpaceGuard<Manage>,
    Path((id, member)): Path<(i64, i64)>,
    Form(c): Form<Confirmed>,
) -> AppResult {
    if !c.confirmed {
        let members = ctx.state.store.space_members(id).await?;
        let m = members.iter().find(|m| m.id == member).ok_or(AppError::NotFound)?;
        let ask = Ask {
            what: "space-member-remove",
            action: format!("/spaces/{id}/members/{member}/remove"),
            back: format!("/spaces/{id}/members"),
            args: &[("name", m.name.clone()), ("space", sp.space.name.clone())],
            fields: vec![],
        };
        return confirm::ask(&ctx, ask, Nav::Spaces);
    }
    match ctx
        .state
        .store
        .remove_space_member(ctx.now(), me(&ctx)?, id, member)
        .await
    {
        Ok(()) => Ok(redirect_flash(
            &format!("/spaces/{id}/members"),
            "flash-space-member-removed",
        )),
        Err(e) => row_error(&ctx, sp, e).await,
    }
}

async fn request_of(ctx: &Ctx, id: i64, request: i64) -> Result<JoinRequest, AppError> {
    ctx.state
        .store
        .space_requests(id)
        .await?
        .into_iter()
        .find(|r| r.id == request)
        .ok_or(AppError::NotFound)
}

fn answer(ctx: &Ctx, kind: MailKind, r: &JoinRequest, s: &Space) -> NewMail {
    let locale = mail::locale_or_default(&r.locale);
    mail::space_note(
        &ctx.state.i18n,
        locale,
        kind,
        &r.email,
        &r.name,
        &s.name,
        &my_name(ctx),
        &link(ctx, s.id),
    )
}

pub async fn accept(
    SpaceGuard { ctx, sp, .. }: SpaceGuard<Manage>,
    Path((id, request)): Path<(i64, i64)>,
) -> AppResult {
    let r = request_of(&ctx, id, request).await?;
    let note = answer(&ctx, MailKind::SpaceRequestAccepted, &r, &sp.space);
    match ctx
        .state
        .store
        .add_space_user(ctx.now(), me(&ctx)?, id, r.user_id, SpaceRole::Member, &[note])
        .await
    {
        // already a member in their own right: the request is settled either way
        Ok(_) | Err(StoreError::Conflict(_)) => Ok(redirect_flash(
            &format!("/spaces/{id}/members"),
            "flash-space-request-accepted",
        )),
        Err(e) => Err(e.into()),
    }
}

pub async fn decline(
    SpaceGuard { ctx, sp, .. }: SpaceGuard<Manage>,
    Path((id, request)): Path<(i64, i64)>,
) -> AppResult {
    let r = request_of(&ctx, id, request).await?;
    let note = answer(&ctx, MailKind::SpaceRequestDeclined, &r, &sp.space);
    ctx.state
        .store
        .decline_space_request(ctx.now(), me(&ctx)?, id, request, &[note])
        .await?;
    Ok(redirect_flash(
        &format!("/spaces/{id}/members"),
        "flash-space-request-declined",
    ))
}

/// Someone outside a listed space asks to join; its admins are told.
pub async fn request(SpaceGuard { ctx, sp, .. }: SpaceGuard<Visit>, Form(f): Form<RequestForm>) -> AppResult {
    let id = sp.space.id;
    if sp.role.is_some() {
        return Ok(crate::web::redirect(&format!("/spaces/{id}")));
    }
    let message = f.message;
    let invalid = |ctx: Ctx, s: Space, errs: FormErrors, message: String| async move {
        render_invalid(&outside_page(&ctx, s, errs, message).await?)
    };
    let mut errs = FormErrors::new();
    let Some(text) = errs.take("message", ds::request_message(&message)) else {
        return invalid(ctx, sp.space, errs, message).await;
    };
    let st = &ctx.state;
    let admins: Vec<Member> = st
        .store
        .space_members(id)
        .await?
        .into_iter()
        .filter(|m| m.role == SpaceRole::Admin && m.user_id.is_some())
        .collect();
    let mut mails = vec![];
    for a in &admins {
        let locale = match a.user_id {
            Some(uid) => st.store.user_by_id(uid).await?.and_then(|u| u.locale),
            None => None,
        };
        mails.push(mail::space_note(
            &st.i18n,
            locale.as_deref().unwrap_or(i18n::DEFAULT),
            MailKind::SpaceRequestNew,
            &a.email,
            &a.name,
            &sp.space.name,
            &my_name(&ctx),
            &format!("{}/members", link(&ctx, id)),
        ));
    }
    match st.store.request_space(ctx.now(), me(&ctx)?, id, &text, &mails).await {
        Ok(_) => Ok(redirect_flash(&format!("/spaces/{id}"), "flash-space-requested")),
        Err(StoreError::Conflict(_)) => Ok(redirect_flash(&format!("/spaces/{id}"), "flash-space-requested")),
        Err(e) => Err(e.into()),
    }
}
