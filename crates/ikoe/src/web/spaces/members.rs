//! /spaces/{id}/members: who belongs to a space. Its admins invite
//! organisations and people (who accept or decline, see `invitations.rs`),
//! revoke open invitations, change roles, remove members, and accept or
//! decline requests to join; anyone signed in may ask to join a listed space.

use askama::Template;
use axum::extract::Path;
use domain::accounts::Email;
use domain::outbox::MailKind;
use domain::policy::Action;
use domain::spaces::{self as ds, SpaceRole};
use store::outbox::NewMail;
use store::spaces::{Invitee, JoinRequest, Member, Space, SpaceInvitation};
use store::StoreError;

use crate::mail;
use crate::security;
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
    /// Open invitations (for its admins): only what the admin typed or picked.
    invitations: Vec<SpaceInvitation>,
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
        invitations: if can_manage {
            st.open_space_invitations(s.id, ctx.now()).await?
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

/// The inviter's organisation, named in invitation mails (the one of theirs
/// with the lowest id; empty when they belong to none).
async fn inviter_org(ctx: &Ctx) -> AppResult<String> {
    let Some(org) = ctx.actor.memberships.keys().min() else {
        return Ok(String::new());
    };
    Ok(ctx.state.store.org(*org).await?.map(|o| o.name).unwrap_or_default())
}

fn invite_base(ctx: &Ctx) -> String {
    ctx.state.config.public_url.trim_end_matches('/').to_string()
}

/// Shows the reason an invitation was refused beside `field`, or fails.
async fn refused(ctx: &Ctx, sp: InSpace, field: &'static str, e: StoreError, t: Typed) -> AppResult {
    let key = match e {
        StoreError::Conflict("member") => "error-space-already-member",
        StoreError::Conflict("pending") => "error-space-invitation-pending",
        StoreError::Conflict("declined") => "error-space-invitation-declined",
        StoreError::Conflict("limit") => "error-space-invitation-limit",
        StoreError::Conflict("invitee-limit") => "error-space-invitation-invitee-limit",
        e => return Err(e.into()),
    };
    let errs = FormErrors::one(field, key);
    render_invalid(&page(ctx, sp.space, sp.role, errs, t).await?)
}

/// Invites an organisation; its admins accept or decline. An admin of that
/// organisation who invites it has answered for it: it joins at once.
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
    let me = ctx.user()?;
    let own = ctx.can(Action::AnswerSpaceInvitation { org: org.id });
    let mut mails = vec![];
    if !own {
        let from = inviter_org(&ctx).await?;
        let link = format!("{}/spaces#invitations", invite_base(&ctx));
        let inv = mail::SpaceInvite {
            space: &sp.space.name,
            inviter: &me.name,
            inviter_org: &from,
            org: &org.name,
            role,
            link: &link,
            days: ds::INVITATION_DAYS,
        };
        for (email, name, locale) in st.store.org_admin_contacts(org.id).await? {
            let locale = locale.as_deref().unwrap_or(i18n::DEFAULT);
            mails.push(mail::space_invitation(
                &st.i18n,
                locale,
                MailKind::SpaceInvitationOrg,
                &email,
                &name,
                &inv,
            ));
        }
    }
    let invited = st
        .store
        .invite_to_space(ctx.now(), me.id, id, Invitee::Org(org.id), role, &mails)
        .await;
    match invited {
        Ok(inv) if own => {
            st.store.accept_space_invitation(ctx.now(), inv, me.id).await?;
            Ok(redirect_flash(
                &format!("/spaces/{id}/members"),
                "flash-space-own-org-added",
            ))
        }
        Ok(_) => Ok(redirect_flash(&format!("/spaces/{id}/members"), "flash-space-invited")),
        Err(e) => refused(&ctx, sp, "org", e, t).await,
    }
}

/// Invites a person by their e-mail address. The answer is the same
/// whether or not the address has an account: an invitation is stored and
/// a mail with a personal link goes to the address; nothing else happens
/// until they accept.
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
    let (Some(role), Some(email)) = (role, email) else {
        return render_invalid(&page(&ctx, sp.space, sp.role, errs, t).await?);
    };
    let me = ctx.user()?;
    // the mail is in the account's language when there is one; the inviter
    // learns nothing of it
    let locale = match st.store.user_by_email(&email).await? {
        Some(u) => u.locale.unwrap_or_else(|| ctx.locale.code.to_string()),
        None => ctx.locale.code.to_string(),
    };
    let token = security::random_token();
    let link = format!("{}/spaces/invitations/{token}", invite_base(&ctx));
    let from = inviter_org(&ctx).await?;
    let note = mail::space_invitation(
        &st.i18n,
        &locale,
        MailKind::SpaceInvitation,
        email.as_str(),
        "",
        &mail::SpaceInvite {
            space: &sp.space.name,
            inviter: &me.name,
            inviter_org: &from,
            org: "",
            role,
            link: &link,
            days: ds::INVITATION_DAYS,
        },
    );
    let invitee = Invitee::Person {
        email: &email,
        token_hash: &security::token_hash(&token),
    };
    match st
        .store
        .invite_to_space(ctx.now(), me.id, id, invitee, role, &[note])
        .await
    {
        Ok(_) => Ok(redirect_flash(&format!("/spaces/{id}/members"), "flash-space-invited")),
        Err(e) => refused(&ctx, sp, "email", e, t).await,
    }
}

/// An admin takes back an open invitation.
pub async fn revoke(
    SpaceGuard { ctx, .. }: SpaceGuard<Manage>,
    Path((id, inv)): Path<(i64, i64)>,
    Form(c): Form<Confirmed>,
) -> AppResult {
    if !c.confirmed {
        let i = ctx
            .state
            .store
            .space_invitation(inv)
            .await?
            .filter(|i| i.space_id == id && i.state == domain::spaces::InvitationState::Pending)
            .ok_or(AppError::NotFound)?;
        let who = i.email.or(i.org_name).unwrap_or_default();
        let ask = Ask {
            what: "space-invitation-revoke",
            action: format!("/spaces/{id}/invitations/{inv}/revoke"),
            back: format!("/spaces/{id}/members"),
            args: &[("who", who)],
            fields: vec![],
        };
        return confirm::ask(&ctx, ask, Nav::Spaces);
    }
    ctx.state
        .store
        .revoke_space_invitation(ctx.now(), me(&ctx)?, id, inv)
        .await?;
    Ok(redirect_flash(
        &format!("/spaces/{id}/members"),
        "flash-space-invitation-revoked",
    ))
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
