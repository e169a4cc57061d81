//! Guards of the organisation pages: the organisation of the route's `{id}`,
//! loaded after the permission is decided (so a refused person learns
//! nothing), and handed over with the request context.

use std::collections::HashMap;

use axum::extract::{FromRequestParts, Path};
use axum::http::request::Parts;
use axum::response::{IntoResponse, Response};
use domain::policy::Action;
use store::orgs::Org;

use crate::state::AppState;
use crate::web::error::AppError;
use crate::web::extract::Ctx;

/// The organisation `{id}` and the request's person, once `action(id)` is allowed.
/// An id that is not a number gets axum's own answer (400, shown as the
/// translated "not found" page), as before the guards.
async fn org_for(parts: &mut Parts, state: &AppState, action: fn(i64) -> Action) -> Result<(Ctx, Org), Response> {
    let ctx = Ctx::from_request_parts(parts, state)
        .await
        .map_err(IntoResponse::into_response)?;
    let Path(ids) = Path::<HashMap<String, i64>>::from_request_parts(parts, state)
        .await
        .map_err(IntoResponse::into_response)?;
    let id = *ids.get("id").ok_or_else(|| AppError::NotFound.into_response())?;
    let org = async {
        ctx.require(action(id))?;
        ctx.state.store.org(id).await?.ok_or(AppError::NotFound)
    }
    .await
    .map_err(IntoResponse::into_response)?;
    Ok((ctx, org))
}

/// Declares the guard `$name` of an organisation page: the organisation `{id}`
/// and the request context, once `$action(id)` is allowed (see [`org_for`]).
macro_rules! org_guard {
    ($(#[$doc:meta])* $name:ident, $action:expr) => {
        $(#[$doc])*
        pub struct $name {
            pub ctx: Ctx,
            pub org: Org,
        }

        impl FromRequestParts<AppState> for $name {
            type Rejection = Response;

            async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
                let (ctx, org) = org_for(parts, state, $action).await?;
                Ok($name { ctx, org })
            }
        }
    };
}

org_guard!(
    /// An organisation's public page: anyone.
    PublicOrg,
    |_| Action::ViewPublic
);

org_guard!(
    /// Who belongs to an organisation: its members and platform admins.
    OrgMembersView,
    Action::ViewMembers
);

org_guard!(
    /// Managing an organisation (profile, members, invitations): its admins and platform admins.
    OrgAdmin,
    Action::ManageOrg
);
