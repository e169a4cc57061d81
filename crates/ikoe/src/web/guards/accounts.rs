//! Guards of the account pages.

use axum::extract::{FromRequestParts, Path};
use axum::http::request::Parts;
use axum::response::{IntoResponse, Response};
use domain::accounts::Email;
use domain::policy::Action;
use store::accounts::User;
use store::invitations::{Invitation, LinkState};

use crate::security;
use crate::state::AppState;
use crate::web::accounts::{invitation, link_invalid, reset};
use crate::web::error::{AppError, AppResult};
use crate::web::extract::Ctx;
use crate::web::guards::path_text;

action_guard!(
    /// The signed-in person's own account (profile, password, sessions, data
    /// export, deletion); anonymous visitors are sent to log in.
    OwnAccount + user,
    Action::ManageOwnAccount
);

/// The owner of a personal calendar feed `/calendar/{token}.ics` (the address is the permission).
pub struct FeedOwner {
    pub ctx: Ctx,
    pub owner: User,
}

guard!(FeedOwner, path_text("file"), |ctx, file| {
    let token = file.strip_suffix(".ics").ok_or(AppError::NotFound)?;
    let store = &ctx.state.store;
    let id = store.calendar_feed_owner(token).await?.ok_or(AppError::NotFound)?;
    let owner = store.user_by_id(id).await?.ok_or(AppError::NotFound)?;
    Ok(FeedOwner { ctx, owner })
});

/// Answers a link guard's refusal: the page saying why the link is unusable,
/// or the error page.
fn refused(page: AppResult) -> Response {
    match page {
        Ok(res) => res,
        Err(e) => e.into_response(),
    }
}

/// The request context and the hash of the route's link token, for anyone
/// who may see public pages.
async fn link_token(parts: &mut Parts, state: &AppState) -> Result<(Ctx, String), Response> {
    let ctx = Ctx::from_request_parts(parts, state)
        .await
        .map_err(IntoResponse::into_response)?;
    ctx.require(Action::ViewPublic).map_err(IntoResponse::into_response)?;
    let Path(token) = Path::<String>::from_request_parts(parts, state)
        .await
        .map_err(IntoResponse::into_response)?;
    Ok((ctx, security::token_hash(&token)))
}

/// A usable password-reset link `/password/reset/{token}` (anyone holding
/// it). An unknown, used or expired link gets the page that says so (410),
/// before any form is read.
pub struct ResetLink {
    pub ctx: Ctx,
    /// The hash of the link's token, as stored.
    pub token_hash: String,
}

impl FromRequestParts<AppState> for ResetLink {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let (ctx, token_hash) = link_token(parts, state).await?;
        let found = ctx
            .state
            .store
            .password_reset(&token_hash, ctx.now())
            .await
            .map_err(|e| AppError::from(e).into_response())?;
        match found {
            Some((_, LinkState::Valid)) => Ok(ResetLink { ctx, token_hash }),
            Some((_, s)) => Err(refused(link_invalid(&ctx, &reset::RESET_LINK, Some(s)))),
            None => Err(refused(link_invalid(&ctx, &reset::RESET_LINK, None))),
        }
    }
}

/// How an invitation is answered.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Joining {
    /// No account yet: name, password, consent.
    New,
    /// Signed in with the invited account: one button.
    Join,
    /// The invited address has an account, but it is not signed in here.
    SignIn,
}

/// A usable invitation link `/invitations/{token}` (anyone holding it), and
/// how the person answers it. An unknown, used or expired link gets the page
/// that says so (410), before any form is read.
pub struct InvitationLink {
    pub ctx: Ctx,
    /// The hash of the link's token, as stored.
    pub token_hash: String,
    pub inv: Invitation,
    pub joining: Joining,
}

impl FromRequestParts<AppState> for InvitationLink {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let (ctx, token_hash) = link_token(parts, state).await?;
        let internal = |e: store::StoreError| AppError::from(e).into_response();
        let Some(inv) = ctx
            .state
            .store
            .invitation_by_token(&token_hash)
            .await
            .map_err(internal)?
        else {
            return Err(refused(link_invalid(&ctx, &invitation::INVITATION_LINK, None)));
        };
        let state = inv.state(ctx.now());
        if state != LinkState::Valid {
            return Err(refused(link_invalid(&ctx, &invitation::INVITATION_LINK, Some(state))));
        }
        let existing = match Email::parse(&inv.email) {
            Ok(e) => ctx.state.store.user_by_email(&e).await.map_err(internal)?,
            Err(_) => None,
        };
        let joining = match (existing, &ctx.user) {
            (None, _) => Joining::New,
            (Some(owner), Some(me)) if owner.id == me.id => Joining::Join,
            (Some(_), _) => Joining::SignIn,
        };
        Ok(InvitationLink {
            ctx,
            token_hash,
            inv,
            joining,
        })
    }
}
