//! POST /logout and POST /profile/logout-everywhere.

use axum::response::Response;

use crate::web::error::AppResult;
use crate::web::extract::Ctx;
use crate::web::guards::accounts::OwnAccount;
use crate::web::redirect_flash;

pub async fn post(ctx: Ctx) -> AppResult<Response> {
    ctx.require(domain::policy::Action::ViewPublic)?;
    if let Some(s) = &ctx.session {
        ctx.state.store.delete_session(s).await?;
        if let Some(id) = ctx.actor.user_id {
            ctx.state
                .store
                .audit(
                    ctx.now(),
                    &store::AuditEntry::new(Some(id), "session.logout", "user", id),
                )
                .await?;
        }
    }
    let mut res = redirect_flash("/", "flash-logged-out");
    super::clear_session_cookie(&ctx, &mut res);
    Ok(res)
}

/// Ends every session of the user, this one included.
pub async fn everywhere(OwnAccount { ctx, user }: OwnAccount) -> AppResult<Response> {
    ctx.state.store.delete_sessions_of(ctx.now(), user.id).await?;
    let mut res = redirect_flash("/login", "flash-logged-out-everywhere");
    super::clear_session_cookie(&ctx, &mut res);
    Ok(res)
}
