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

/// Implements the extractor of a guard `Name` (or `Name<N>`, generic over a
/// space [`spaces::Need`]): it takes the request context and the route's
/// parameter (`id` through [`path_id`] unless another reader and name are
/// given), optionally the request parts, and `$load` builds the guard from them.
///
/// ```ignore
/// guard!(StaffSeries, |ctx, id| {
///     let series = staff_series(&ctx, id).await?;
///     Ok(StaffSeries { ctx, series })
/// });
/// guard!(SpeakerLink, path_text("token"), |ctx, token| { … });
/// ```
macro_rules! guard {
    ($name:ident $(<$n:ident>)?, |$ctx:ident, $id:ident $(, $parts:ident)?| $load:expr) => {
        guard!($name $(<$n>)?, path_id("id"), |$ctx, $id $(, $parts)?| $load);
    };
    ($name:ident $(<$n:ident>)?, $read:ident($param:literal), |$ctx:ident, $id:ident $(, $parts:ident)?| $load:expr) => {
        impl$(<$n: $crate::web::guards::spaces::Need>)? ::axum::extract::FromRequestParts<$crate::state::AppState> for $name$(<$n>)? {
            type Rejection = $crate::web::error::AppError;

            async fn from_request_parts(
                parts: &mut ::axum::http::request::Parts,
                state: &$crate::state::AppState,
            ) -> Result<Self, Self::Rejection> {
                let $ctx = <$crate::web::extract::Ctx as ::axum::extract::FromRequestParts<_>>::from_request_parts(parts, state).await?;
                let $id = $read(parts, state, $param).await?;
                $(let $parts: &::axum::http::request::Parts = parts;)?
                $load
            }
        }
    };
}

/// Declares the guard `Name` of an action on no particular object: the
/// request context (and, with `+ user`, the signed-in person) once the
/// request's person may do `$action`; anonymous visitors are sent to log in.
///
/// ```ignore
/// action_guard!(
///     /// A platform administrator.
///     PlatformAdmin,
///     Action::AdministerPlatform
/// );
/// ```
macro_rules! action_guard {
    ($(#[$doc:meta])* $name:ident $(+ $user:ident)?, $action:expr) => {
        $(#[$doc])*
        pub struct $name {
            pub ctx: $crate::web::extract::Ctx,
            $(pub $user: ::store::accounts::User,)?
        }

        impl ::axum::extract::FromRequestParts<$crate::state::AppState> for $name {
            type Rejection = $crate::web::error::AppError;

            async fn from_request_parts(
                parts: &mut ::axum::http::request::Parts,
                state: &$crate::state::AppState,
            ) -> Result<Self, Self::Rejection> {
                let ctx = <$crate::web::extract::Ctx as ::axum::extract::FromRequestParts<_>>::from_request_parts(parts, state).await?;
                ctx.require($action)?;
                $(let $user = ctx.user()?.clone();)?
                Ok($name { ctx, $($user)? })
            }
        }
    };
}

pub mod accounts;
pub mod leitbild;
pub mod openness;
pub mod orgs;
pub mod series;
pub mod spaces;

use std::collections::HashMap;

use axum::extract::{FromRequestParts, Path};
use axum::http::request::Parts;
use domain::policy::Action;

use crate::state::AppState;
use crate::web::error::AppError;

action_guard!(
    /// A signed-in person (anonymous visitors are sent to log in).
    SignedIn + user,
    Action::SignedIn
);

action_guard!(
    /// A platform administrator.
    PlatformAdmin,
    Action::AdministerPlatform
);

/// The numeric path parameter `name` of the route (`/series/{id}` → `id`).
/// One that is missing or not a number is answered like a page that does not exist.
pub async fn path_id(parts: &mut Parts, state: &AppState, name: &str) -> Result<i64, AppError> {
    let Path(params) = Path::<HashMap<String, String>>::from_request_parts(parts, state)
        .await
        .map_err(|_| AppError::NotFound)?;
    params.get(name).and_then(|v| v.parse().ok()).ok_or(AppError::NotFound)
}

/// The text path parameter `name` (a token in a personal link).
pub async fn path_text(parts: &mut Parts, state: &AppState, name: &str) -> Result<String, AppError> {
    let Path(params) = Path::<HashMap<String, String>>::from_request_parts(parts, state)
        .await
        .map_err(|_| AppError::NotFound)?;
    params.get(name).cloned().ok_or(AppError::NotFound)
}
