//! Network spaces: protected places with members, join requests and
//! discussions. A space is private: only its members read it; a listed
//! space shows its name to signed-in people, who may ask to join.

pub mod files;
pub mod forms;
pub mod home;
pub mod meetings;
pub mod members;
pub mod sessions;
pub mod threads;
pub mod upload;

use domain::policy::Action;
use domain::spaces::SpaceRole;
use store::spaces::Space;

use crate::web::error::AppError;
use crate::web::extract::Ctx;

/// A space and the visitor's role in it.
pub struct InSpace {
    pub space: Space,
    pub role: Option<SpaceRole>,
}

/// Loads a space for `action` (given the visitor's role). A space that is
/// neither listed nor the visitor's own does not reveal that it exists.
pub async fn load(ctx: &Ctx, id: i64, action: fn(Option<SpaceRole>) -> Action) -> Result<InSpace, AppError> {
    ctx.require(Action::ManageOwnAccount)?;
    let space = ctx.state.store.space(id).await?.ok_or(AppError::NotFound)?;
    let role = match &ctx.user {
        Some(u) => ctx.state.store.space_role(id, u.id).await?,
        None => None,
    };
    if role.is_none() && !space.listed.on() {
        return Err(AppError::NotFound);
    }
    ctx.require(action(role))?;
    Ok(InSpace { space, role })
}

/// Like [`load`], for members only: outsiders of a listed space see nothing.
pub async fn member_of(ctx: &Ctx, id: i64, action: fn(Option<SpaceRole>) -> Action) -> Result<InSpace, AppError> {
    let sp = load(ctx, id, action).await?;
    if sp.role.is_none() {
        return Err(AppError::NotFound);
    }
    Ok(sp)
}

/// The signed-in person's id (routes here require signing in first).
pub fn me(ctx: &Ctx) -> Result<i64, AppError> {
    ctx.user().map(|u| u.id)
}
