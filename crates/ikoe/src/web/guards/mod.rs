//! Every permission loader of the web layer, as typed extractors. A guard
//! reads the route's id, loads the object, asks `domain::policy` whether the
//! request's person may do the action, and hands the handler the object
//! together with the request context. A handler that takes a guard cannot
//! run without the permission, so the check cannot be forgotten:
//!
//! ```ignore
//! pub async fn get(StaffSeries { ctx, series }: StaffSeries) -> AppResult { … }
//! ```
//!
//! Anonymous visitors are sent to log in; signed-in people without the
//! permission get 403; an object that does not exist, or whose existence
//! the person may not learn, is 404. One file per feature (`series.rs`,
//! `spaces.rs`, …); this file holds what they share.

pub mod accounts;
pub mod orgs;
pub mod series;
pub mod spaces;

use std::collections::HashMap;

use axum::extract::{FromRequestParts, Path};
use axum::http::request::Parts;
use domain::policy::Action;
use store::accounts::User;

use crate::state::AppState;
use crate::web::error::AppError;
use crate::web::extract::Ctx;

/// A signed-in person (anonymous visitors are sent to log in).
pub struct SignedIn {
    pub ctx: Ctx,
    pub user: User,
}

impl FromRequestParts<AppState> for SignedIn {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let ctx = Ctx::from_request_parts(parts, state).await?;
        ctx.require(Action::SignedIn)?;
        let user = ctx.user()?.clone();
        Ok(SignedIn { ctx, user })
    }
}

/// A platform administrator.
pub struct PlatformAdmin {
    pub ctx: Ctx,
}

impl FromRequestParts<AppState> for PlatformAdmin {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let ctx = Ctx::from_request_parts(parts, state).await?;
        ctx.require(Action::AdministerPlatform)?;
        Ok(PlatformAdmin { ctx })
    }
}

/// The numeric path parameter `name` of the route (`/series/{id}` → `id`).
/// One that is missing or not a number is answered like a page that does not exist.
pub async fn path_id(parts: &mut Parts, state: &AppState, name: &str) -> Result<i64, AppError> {
    let Path(params) = Path::<HashMap<String, String>>::from_request_parts(parts, state)
        .await
        .map_err(|_| AppError::NotFound)?;
    params.get(name).and_then(|v| v.parse().ok()).ok_or(AppError::NotFound)
}
