//! Answering an invitation to a space: by its personal link
//! `/spaces/invitations/{token}` (a person; declining needs no account), or
//! from the list on `/spaces` (`/space-invitations/{id}/…`: a person signed
//! in with the invited address, or an admin of the invited organisation).

use askama::Template;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse};
use domain::accounts::Email;
use domain::spaces::InvitationState;
use store::spaces::SpaceInvitation;
use store::StoreError;

use crate::web::error::{AppError, AppResult};
use crate::web::extract::Ctx;
use crate::web::guards::spaces::{InvitationLink, InvitationToMe};
use crate::web::page::{Nav, Page};
use crate::web::{redirect_flash, render};

/// Who holds an invitation link.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Holder {
    /// Signed in with the invited address: accept or decline.
    Invited,
    /// Signed in with another address.
    Other,
    /// Not signed in; the address has an account.
    SignIn,
    /// The address has no account (yet).
    NoAccount,
}

#[derive(Template)]
#[template(path = "spaces/invitation.html")]
struct LinkPage {
    p: Page,
    inv: SpaceInvitation,
    holder: Holder,
    token: String,
    lead: String,
}

#[derive(Template)]
#[template(path = "spaces/invitation_gone.html")]
struct GonePage {
    p: Page,
    text: String,
}

/// The page saying why an invitation cannot be answered (any more): 410.
fn gone(ctx: &Ctx, state: Option<InvitationState>) -> AppResult {
    let key = match state {
        Some(InvitationState::Accepted) => "space-invitation-was-accepted",
        Some(InvitationState::Declined) => "space-invitation-was-declined",
        Some(InvitationState::Revoked) => "space-invitation-was-revoked",
        Some(InvitationState::Expired) => "space-invitation-was-expired",
        Some(InvitationState::Pending) | None => "space-invitation-unknown",
    };
    let page = GonePage {
        p: ctx.page("space-invitation-title", Nav::Other),
        text: ctx.t(key),
    };
    Ok((StatusCode::GONE, Html(page.render()?)).into_response())
}

/// "… invites you to the space … as …", names isolated for right-to-left text.
fn lead(ctx: &Ctx, inv: &SpaceInvitation) -> String {
    let iso = |s: &str| format!("\u{2068}{s}\u{2069}");
    let role = ctx.t(&format!("space-role-{}", inv.role.code()));
    ctx.state.i18n.t_args(
        ctx.locale.code,
        "space-invitation-lead",
        &[
            ("who", iso(inv.inviter_name.as_deref().unwrap_or("")).into()),
            ("space", iso(&inv.space_name).into()),
            ("role", role.into()),
        ],
    )
}

async fn holder(ctx: &Ctx, inv: &SpaceInvitation) -> AppResult<Holder> {
    let invited = inv.email.as_deref().unwrap_or_default();
    Ok(match &ctx.user {
        Some(u) if u.email == invited => Holder::Invited,
        Some(_) => Holder::Other,
        None => {
            let known = match Email::parse(invited) {
                Ok(e) => ctx.state.store.user_by_email(&e).await?.is_some(),
                Err(_) => false,
            };
            if known {
                Holder::SignIn
            } else {
                Holder::NoAccount
            }
        }
    })
}

/// The link's page: what the invitation offers and how to answer it.
pub async fn show(InvitationLink { ctx, token, inv }: InvitationLink) -> AppResult {
    let now = ctx.now();
    let inv = match inv {
        Some(i) if i.is_open(now) => i,
        other => return gone(&ctx, other.map(|i| i.state_at(now))),
    };
    let holder = holder(&ctx, &inv).await?;
    render(&LinkPage {
        p: ctx.page("space-invitation-title", Nav::Other),
        lead: lead(&ctx, &inv),
        inv,
        holder,
        token,
    })
}

/// What an answer that came too late is told.
fn too_late(ctx: &Ctx, inv: &SpaceInvitation, e: StoreError) -> AppResult {
    match e {
        StoreError::Conflict(_) => gone(ctx, Some(inv.state_at(ctx.now()))),
        StoreError::NotFound => Err(AppError::Forbidden),
        e => Err(e.into()),
    }
}

/// Accepting by the link: only signed in with the invited address.
pub async fn link_accept(InvitationLink { ctx, inv, .. }: InvitationLink) -> AppResult {
    let Some(inv) = inv else {
        return gone(&ctx, None);
    };
    let me = ctx.user()?;
    if inv.email.as_deref() != Some(me.email.as_str()) {
        return Err(AppError::Forbidden);
    }
    match ctx.state.store.accept_space_invitation(ctx.now(), inv.id, me.id).await {
        Ok(space) => Ok(redirect_flash(
            &format!("/spaces/{space}"),
            "flash-space-invitation-accepted",
        )),
        Err(e) => too_late(&ctx, &inv, e),
    }
}

/// Declining by the link ("this is not for me"): anyone holding it, with or without an account.
pub async fn link_decline(InvitationLink { ctx, inv, .. }: InvitationLink) -> AppResult {
    let Some(inv) = inv else {
        return gone(&ctx, None);
    };
    let next = if ctx.user.is_some() { "/spaces" } else { "/" };
    decline_and_go(&ctx, &inv, next).await
}

/// Accepting from the list on /spaces (a person, or an organisation's admin for it).
pub async fn accept(InvitationToMe { ctx, inv }: InvitationToMe) -> AppResult {
    let me = ctx.user()?.id;
    match ctx.state.store.accept_space_invitation(ctx.now(), inv.id, me).await {
        Ok(space) => Ok(redirect_flash(
            &format!("/spaces/{space}"),
            "flash-space-invitation-accepted",
        )),
        Err(e) => too_late(&ctx, &inv, e),
    }
}

/// Declining from the list on /spaces.
pub async fn decline(InvitationToMe { ctx, inv }: InvitationToMe) -> AppResult {
    decline_and_go(&ctx, &inv, "/spaces").await
}

/// Declines the invitation (again, if it was: a second click is no error)
/// and goes to `next`; one accepted, revoked or expired meanwhile gets the
/// page that says so.
async fn decline_and_go(ctx: &Ctx, inv: &SpaceInvitation, next: &str) -> AppResult {
    let now = ctx.now();
    if !inv.is_open(now) && inv.state != InvitationState::Declined {
        return gone(ctx, Some(inv.state_at(now)));
    }
    match ctx
        .state
        .store
        .decline_space_invitation(now, ctx.actor.user_id, inv.id)
        .await
    {
        Ok(_) => Ok(redirect_flash(next, "flash-space-invitation-declined")),
        Err(e) => too_late(ctx, inv, e),
    }
}
