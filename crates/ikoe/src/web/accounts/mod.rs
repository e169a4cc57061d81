//! Accounts: log in and out, invitations, password reset, profile, own data.

pub mod delete;
pub mod export;
pub mod invitation;
pub mod login;
pub mod logout;
pub mod password;
pub mod profile;
pub mod reset;

use axum::http::header;
use axum::response::Response;

use crate::security;
use crate::web::extract::{Ctx, SESSION_COOKIE};
use crate::web::middleware::cookie;

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
    Ok(res)
}

/// Removes the session cookie.
pub fn clear_session_cookie(ctx: &Ctx, res: &mut Response) {
    let mut c = cookie(SESSION_COOKIE, String::new(), ctx.state.config.secure_cookies());
    c.set_max_age(time::Duration::ZERO);
    if let Ok(v) = c.to_string().parse() {
        res.headers_mut().append(header::SET_COOKIE, v);
    }
}
