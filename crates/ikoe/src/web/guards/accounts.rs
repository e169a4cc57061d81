//! Guards of the account pages.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use domain::policy::Action;
use store::accounts::User;

use crate::state::AppState;
use crate::web::error::AppError;
use crate::web::extract::Ctx;

/// The signed-in person's own account (profile, password, sessions, data
/// export, deletion); anonymous visitors are sent to log in.
pub struct OwnAccount {
    pub ctx: Ctx,
    pub user: User,
}

impl FromRequestParts<AppState> for OwnAccount {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let ctx = Ctx::from_request_parts(parts, state).await?;
        ctx.require(Action::ManageOwnAccount)?;
        let user = ctx.user()?.clone();
        Ok(OwnAccount { ctx, user })
    }
}
