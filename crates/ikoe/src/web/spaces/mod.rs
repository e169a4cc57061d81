//! Network spaces: protected places with members, join requests and
//! discussions. A space is private: only its members read it; a listed
//! space shows its name to signed-in people, who may ask to join.

pub mod agenda;
pub mod files;
pub mod forms;
pub mod home;
pub mod invitations;
pub mod meetings;
pub mod members;
pub mod sessions;
pub mod threads;
pub mod upload;

use crate::web::error::AppError;
use crate::web::extract::Ctx;

/// The signed-in person's id (routes here require signing in first).
pub fn me(ctx: &Ctx) -> Result<i64, AppError> {
    ctx.user().map(|u| u.id)
}
