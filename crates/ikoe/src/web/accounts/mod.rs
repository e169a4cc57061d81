//! Accounts: log in and out, invitations, password reset, profile, own data.

pub mod delete;
pub mod device;
pub mod export;
pub mod invitation;
pub mod login;
pub mod logout;
pub mod password;
pub mod profile;
pub mod reset;
pub mod throttle;

use askama::Template;
use axum::http::{header, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use store::invitations::LinkState;

use crate::security;
use crate::web::error::AppResult;
use crate::web::extract::{Ctx, SESSION_COOKIE};
use crate::web::middleware::cookie;
use crate::web::page::{Nav, Page};

/// Starts a new session for `user` (a new id at every log-in) and sets its cookie.
pub async fn start_session(ctx: &Ctx, user: i64, mut res: Response) -> anyhow::Result<Response> {
    if let Some(old) = &ctx.session {
        ctx.state.store.delete_session(old).await?;
    }
    let token = security::random_token();
    let cfg = &ctx.state.config;
    ctx.state
        .store
        .create_session(
            ctx.now(),
            &security::token_hash(&token),
            user,
            cfg.session_absolute_secs,
            &ctx.user_agent,
        )
        .await?;
    let c = cookie(SESSION_COOKIE, token, cfg.secure_cookies());
    res.headers_mut().append(header::SET_COOKIE, c.to_string().parse()?);
    renew_csrf_cookie(ctx, &mut res);
    Ok(res)
}

/// Removes the session cookie (and renews the CSRF cookie).
pub fn clear_session_cookie(ctx: &Ctx, res: &mut Response) {
    let mut c = cookie(SESSION_COOKIE, String::new(), ctx.state.config.secure_cookies());
    c.set_max_age(time::Duration::ZERO);
    if let Ok(v) = c.to_string().parse() {
        res.headers_mut().append(header::SET_COOKIE, v);
    }
    renew_csrf_cookie(ctx, res);
}

/// A new CSRF cookie at log-in and log-out: a token seen before (in a page, a log) does not
/// outlive the session it belonged to.
fn renew_csrf_cookie(ctx: &Ctx, res: &mut Response) {
    let c = crate::web::middleware::csrf_cookie(security::random_token(), ctx.state.config.secure_cookies());
    if let Ok(v) = c.to_string().parse() {
        res.headers_mut().append(header::SET_COOKIE, v);
    }
}

/// Checks the signed-in person's current password (before a password change
/// or deletion). Failures count towards the same limit as failed log-ins, so
/// a taken-over session cannot guess the password. Returns the field error key.
pub async fn check_current_password(ctx: &Ctx, password: &str) -> anyhow::Result<Option<&'static str>> {
    let Some(u) = &ctx.user else {
        return Ok(Some("error-current-password"));
    };
    // the session is the client: a taken-over session cannot guess on and on
    let attempt = throttle::Attempt::new(ctx, None, &u.email, Some(u.id), Some("session"));
    if attempt.refused(ctx).await? {
        return Ok(Some("error-too-many-attempts"));
    }
    if password.is_empty() {
        return Ok(Some("error-required"));
    }
    if security::verify_password_async(password, &u.password_hash).await {
        attempt.succeeded(ctx).await?;
        return Ok(None);
    }
    attempt.failed(ctx).await?;
    Ok(Some("error-current-password"))
}

/// The keys of what the page says when a personal link cannot be used.
pub struct LinkTexts {
    pub title: &'static str,
    pub expired: &'static str,
    pub used: &'static str,
    pub unknown: &'static str,
}

#[derive(Template)]
#[template(path = "accounts/link_invalid.html")]
struct LinkInvalidPage {
    p: Page,
    text: String,
}

/// The page saying why a personal link (an invitation, a password reset) cannot be used (410).
pub fn link_invalid(ctx: &Ctx, t: &LinkTexts, state: Option<LinkState>) -> AppResult {
    let key = match state {
        Some(LinkState::Expired) => t.expired,
        Some(LinkState::Used) => t.used,
        _ => t.unknown,
    };
    let page = LinkInvalidPage {
        p: ctx.page(t.title, Nav::Other),
        text: ctx.t(key),
    };
    Ok((StatusCode::GONE, Html(page.render()?)).into_response())
}
