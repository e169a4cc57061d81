//! Guards of network spaces and their meetings. A space is private: only
//! its members read it; a listed space shows its name to signed-in people,
//! who may ask to join. Each guard loads its object from the route's `id`,
//! then the space it belongs to, and asks `domain::policy` whether the
//! visitor's role in that space allows what the guard's [`Need`] names:
//!
//! ```ignore
//! pub async fn edit_get(SpaceGuard { ctx, sp, .. }: SpaceGuard<Manage>) -> AppResult { … }
//! pub async fn show(ThreadGuard { ctx, thread, sp, .. }: ThreadGuard<View>) -> AppResult { … }
//! ```
//!
//! Anonymous visitors are sent to log in before anything is looked up (so
//! they cannot tell which ids exist); then an object that does not exist is
//! 404; a space that is neither listed nor the visitor's own is 404; a
//! visitor whose role does not allow the action gets 403.

use std::marker::PhantomData;

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use domain::policy::Action;
use domain::spaces::SpaceRole;
use store::files::{FileRow, Folder};
use store::meetings::{Meeting, Session, TopicItem};
use store::spaces::{Post, Space, SpaceInvitation, Thread};

use super::{path_id, path_text};
use crate::web::error::AppError;
use crate::web::extract::Ctx;

/// A space and the visitor's role in it (`None`: an outsider of a listed space).
pub struct InSpace {
    pub space: Space,
    pub role: Option<SpaceRole>,
}

/// What a guard asks of the visitor's role in the space: an action of `domain::policy`.
pub trait Need: 'static {
    fn action(role: Option<SpaceRole>) -> Action;
}

/// Any signed-in person, outsiders of a listed space included (its home, the request to join).
pub struct Visit;
/// Read the space: its members.
pub struct View;
/// Start threads, post, propose, upload: the space's admins and members, not its readers.
pub struct Contribute;
/// Manage members, meetings and the space itself: its admins.
pub struct Manage;

impl Need for Visit {
    fn action(_: Option<SpaceRole>) -> Action {
        Action::SignedIn
    }
}

impl Need for View {
    fn action(role: Option<SpaceRole>) -> Action {
        Action::ViewSpace(role)
    }
}

impl Need for Contribute {
    fn action(role: Option<SpaceRole>) -> Action {
        Action::PostInSpace(role)
    }
}

impl Need for Manage {
    fn action(role: Option<SpaceRole>) -> Action {
        Action::ManageSpace(role)
    }
}

/// Loads space `id` for `N`. A space that is neither listed nor the
/// visitor's own does not reveal that it exists.
pub async fn load_space<N: Need>(ctx: &Ctx, id: i64) -> Result<InSpace, AppError> {
    ctx.require(Action::SignedIn)?;
    let (space, role) = ctx
        .state
        .store
        .space_for(id, ctx.user_id()?)
        .await?
        .ok_or(AppError::NotFound)?;
    if role.is_none() && !space.listed.on() {
        return Err(AppError::NotFound);
    }
    ctx.require(N::action(role))?;
    Ok(InSpace { space, role })
}

/// A thread and its space, for `N`.
pub async fn load_thread<N: Need>(ctx: &Ctx, id: i64) -> Result<(Thread, InSpace), AppError> {
    ctx.require(Action::SignedIn)?;
    let t = ctx.state.store.thread(id).await?.ok_or(AppError::NotFound)?;
    let sp = load_space::<N>(ctx, t.space_id).await?;
    Ok((t, sp))
}

/// A meeting and its space, for `N`.
pub async fn load_meeting<N: Need>(ctx: &Ctx, id: i64) -> Result<(Meeting, InSpace), AppError> {
    ctx.require(Action::SignedIn)?;
    let m = ctx.state.store.meeting(id).await?.ok_or(AppError::NotFound)?;
    let sp = load_space::<N>(ctx, m.space_id).await?;
    Ok((m, sp))
}

/// A space (`/spaces/{id}/…`) for `N`.
pub struct SpaceGuard<N> {
    pub ctx: Ctx,
    pub sp: InSpace,
    pub need: PhantomData<fn() -> N>,
}

guard!(SpaceGuard<N>, |ctx, id| {
    let sp = load_space::<N>(&ctx, id).await?;
    Ok(SpaceGuard {
        ctx,
        sp,
        need: PhantomData,
    })
});

/// A thread (`/threads/{id}/…`) and its space, for `N`.
pub struct ThreadGuard<N> {
    pub ctx: Ctx,
    pub thread: Thread,
    pub sp: InSpace,
    pub need: PhantomData<fn() -> N>,
}

guard!(ThreadGuard<N>, |ctx, id| {
    let (thread, sp) = load_thread::<N>(&ctx, id).await?;
    Ok(ThreadGuard {
        ctx,
        thread,
        sp,
        need: PhantomData,
    })
});

/// A post (`/posts/{id}/…`) with its thread and space, for a member who may read it.
pub struct PostGuard {
    pub ctx: Ctx,
    pub post: Post,
    pub thread: Thread,
    pub sp: InSpace,
}

guard!(PostGuard, |ctx, id| {
    ctx.require(Action::SignedIn)?;
    let post = ctx.state.store.post(id).await?.ok_or(AppError::NotFound)?;
    let (thread, sp) = load_thread::<View>(&ctx, post.thread_id).await?;
    Ok(PostGuard { ctx, post, thread, sp })
});

/// A post (`/posts/{id}/…`) the visitor wrote and may still post in its space.
pub struct OwnPost {
    pub ctx: Ctx,
    pub post: Post,
    pub thread: Thread,
    pub sp: InSpace,
}

guard!(OwnPost, |ctx, id| {
    ctx.require(Action::SignedIn)?;
    let post = ctx.state.store.post(id).await?.ok_or(AppError::NotFound)?;
    let (thread, sp) = load_thread::<Contribute>(&ctx, post.thread_id).await?;
    if post.author_id != Some(ctx.user()?.id) {
        return Err(AppError::Forbidden);
    }
    Ok(OwnPost { ctx, post, thread, sp })
});

/// A folder (`/folders/{id}/…`) and its space, for `N`.
pub struct FolderGuard<N> {
    pub ctx: Ctx,
    pub folder: Folder,
    pub sp: InSpace,
    pub need: PhantomData<fn() -> N>,
}

guard!(FolderGuard<N>, |ctx, id| {
    ctx.require(Action::SignedIn)?;
    let folder = ctx.state.store.folder(id).await?.ok_or(AppError::NotFound)?;
    let sp = load_space::<N>(&ctx, folder.space_id).await?;
    Ok(FolderGuard {
        ctx,
        folder,
        sp,
        need: PhantomData,
    })
});

/// A file (`/files/{id}/…`) and its space, for `N`.
pub struct FileGuard<N> {
    pub ctx: Ctx,
    pub file: FileRow,
    pub sp: InSpace,
    pub need: PhantomData<fn() -> N>,
}

guard!(FileGuard<N>, |ctx, id| {
    ctx.require(Action::SignedIn)?;
    let file = ctx.state.store.file(id).await?.ok_or(AppError::NotFound)?;
    let sp = load_space::<N>(&ctx, file.space_id).await?;
    Ok(FileGuard {
        ctx,
        file,
        sp,
        need: PhantomData,
    })
});

/// A meeting (`/meetings/{id}/…`) and its space, for `N`.
pub struct MeetingGuard<N> {
    pub ctx: Ctx,
    pub meeting: Meeting,
    pub sp: InSpace,
    pub need: PhantomData<fn() -> N>,
}

guard!(MeetingGuard<N>, |ctx, id| {
    let (meeting, sp) = load_meeting::<N>(&ctx, id).await?;
    Ok(MeetingGuard {
        ctx,
        meeting,
        sp,
        need: PhantomData,
    })
});

/// A proposed topic (`/topics/{id}/…`) as the visitor sees it, and its
/// meeting, for a member who may contribute (vote).
pub struct TopicGuard {
    pub ctx: Ctx,
    pub topic: TopicItem,
    pub meeting: Meeting,
}

guard!(TopicGuard, |ctx, id| {
    ctx.require(Action::SignedIn)?;
    let topic = ctx
        .state
        .store
        .topic(id, ctx.user()?.id)
        .await?
        .ok_or(AppError::NotFound)?;
    let (meeting, _) = load_meeting::<Contribute>(&ctx, topic.meeting_id).await?;
    Ok(TopicGuard { ctx, topic, meeting })
});

/// A session of an agenda (`/sessions/{id}/…`) with its meeting and space, for `N`.
pub struct SessionGuard<N> {
    pub ctx: Ctx,
    pub session: Session,
    pub meeting: Meeting,
    pub sp: InSpace,
    pub need: PhantomData<fn() -> N>,
}

guard!(SessionGuard<N>, |ctx, id| {
    ctx.require(Action::SignedIn)?;
    let session = ctx.state.store.meeting_session(id).await?.ok_or(AppError::NotFound)?;
    let (meeting, sp) = load_meeting::<N>(&ctx, session.meeting_id).await?;
    Ok(SessionGuard {
        ctx,
        session,
        meeting,
        sp,
        need: PhantomData,
    })
});

/// An invitation behind its personal link `/spaces/invitations/{token}`
/// (`None`: no such link). The link is the permission: whoever holds it
/// sees the invitation and may decline it; only the invited address accepts.
pub struct InvitationLink {
    pub ctx: Ctx,
    /// The link's token, as in the route (for the page's forms).
    pub token: String,
    pub inv: Option<SpaceInvitation>,
}

guard!(InvitationLink, path_text("token"), |ctx, token| {
    ctx.require(Action::ViewPublic)?;
    let inv = ctx
        .state
        .store
        .space_invitation_by_token(&crate::security::token_hash(&token))
        .await?
        .filter(|i| i.email.is_some());
    Ok(InvitationLink { ctx, token, inv })
});

/// An invitation (`/space-invitations/{id}/…`) the visitor may answer: one
/// to their own address, or to an organisation they are an admin of
/// (`domain::policy`). Anyone else's is 404, not to tell that it exists.
pub struct InvitationToMe {
    pub ctx: Ctx,
    pub inv: SpaceInvitation,
}

guard!(InvitationToMe, |ctx, id| {
    ctx.require(Action::SignedIn)?;
    let inv = ctx.state.store.space_invitation(id).await?.ok_or(AppError::NotFound)?;
    let mine = match (inv.org_id, &inv.email) {
        (Some(org), _) => ctx.can(Action::AnswerSpaceInvitation { org }),
        (None, Some(email)) => ctx.user()?.email == *email,
        (None, None) => false,
    };
    if !mine {
        return Err(AppError::NotFound);
    }
    Ok(InvitationToMe { ctx, inv })
});

action_guard!(
    /// Someone who may start a new space (and become its admin).
    SpaceCreator,
    Action::CreateSpace
);

/// A form with files (`multipart/form-data` with a boundary). Placed before
/// the guard of an upload route, it refuses any other body with 400 before
/// permissions are looked at, as the route always has.
pub struct UploadForm;

impl<S: Send + Sync> FromRequestParts<S> for UploadForm {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        let content_type = parts
            .headers
            .get(axum::http::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_ascii_lowercase();
        if content_type.starts_with("multipart/form-data") && content_type.contains("boundary=") {
            Ok(UploadForm)
        } else {
            Err(AppError::BadRequest)
        }
    }
}
