//! Guards of the openness self-assessment. An administration's waves and
//! results are seen by its members and run by its admins (and platform
//! admins, the programme's coordination); indicator sets are read by anyone
//! signed in and adapted by programme staff. A rater reaches their wave
//! through their personal link (the link is the permission) or with their
//! account. Anonymous visitors are sent to log in before anything is looked
//! up; a wave of an organisation the person does not belong to is a 404.

use domain::orgs::OrgKind;
use domain::policy::Action;
use store::openness::{IndicatorSet, RaterAccess, Wave};
use store::orgs::Org;

use super::{path_id, path_text};
use crate::security;
use crate::web::error::AppError;
use crate::web::extract::Ctx;

/// The administration `{id}` once `action` is allowed; other kinds of
/// organisation have no self-assessment (404).
async fn administration(ctx: &Ctx, id: i64, action: Action) -> Result<Org, AppError> {
    ctx.require(Action::SignedIn)?;
    if !ctx.can(Action::ViewOpenness(id)) {
        return Err(AppError::NotFound);
    }
    ctx.require(action)?;
    let org = ctx.state.store.org(id).await?.ok_or(AppError::NotFound)?;
    if org.kind != OrgKind::Administration {
        return Err(AppError::NotFound);
    }
    Ok(org)
}

/// An administration's self-assessment page (`/orgs/{id}/openness`), seen by its members.
pub struct OpennessView {
    pub ctx: Ctx,
    pub org: Org,
}

guard!(OpennessView, |ctx, id| {
    let org = administration(&ctx, id, Action::ViewOpenness(id)).await?;
    Ok(OpennessView { ctx, org })
});

/// Starting a wave for an administration (`/orgs/{id}/openness/new`): its admins.
pub struct OpennessRunner {
    pub ctx: Ctx,
    pub org: Org,
}

guard!(OpennessRunner, |ctx, id| {
    let org = administration(&ctx, id, Action::RunOpenness(id)).await?;
    Ok(OpennessRunner { ctx, org })
});

/// A wave (`/openness/waves/{id}`), loaded once the person belongs to its administration.
async fn wave(ctx: &Ctx, id: i64) -> Result<Wave, AppError> {
    ctx.require(Action::SignedIn)?;
    let w = ctx.state.store.openness_wave(id).await?.ok_or(AppError::NotFound)?;
    if !ctx.can(Action::ViewOpenness(w.org_id)) {
        return Err(AppError::NotFound);
    }
    Ok(w)
}

/// A wave's results, seen by the administration's members.
pub struct WaveView {
    pub ctx: Ctx,
    pub wave: Wave,
}

guard!(WaveView, |ctx, id| {
    let wave = wave(&ctx, id).await?;
    Ok(WaveView { ctx, wave })
});

/// A wave run by the administration's admins: its groups, raters and links.
pub struct WaveRunner {
    pub ctx: Ctx,
    pub wave: Wave,
}

guard!(WaveRunner, |ctx, id| {
    let wave = wave(&ctx, id).await?;
    ctx.require(Action::RunOpenness(wave.org_id))?;
    Ok(WaveRunner { ctx, wave })
});

/// An indicator set (`/openness/sets/{id}`), read by anyone signed in, in
/// the page's language; `may_edit` says whether the person adapts sets.
pub struct SetView {
    pub ctx: Ctx,
    pub set: IndicatorSet,
    /// Whether the person adapts sets (copies them, makes versions).
    pub may_edit: bool,
    /// Whether the person may change this set: it is not shipped with ikoe,
    /// and it is their programme organisation's (platform admins: any).
    pub owns: bool,
    /// The programme organisation a copy is attributed to.
    pub programme_org: Option<i64>,
}

async fn set_view(ctx: Ctx, id: i64) -> Result<SetView, AppError> {
    ctx.require(Action::SignedIn)?;
    let set = ctx
        .state
        .store
        .openness_set(id, ctx.locale.code)
        .await?
        .ok_or(AppError::NotFound)?;
    let programme_org = ctx.state.store.programme_org_of(ctx.user_id()?).await?;
    let may_edit = ctx.can(Action::EditIndicatorSets {
        programme_staff: programme_org.is_some(),
    });
    let owns = may_edit
        && set.builtin.is_none()
        && (ctx.actor.platform_admin || (programme_org.is_some() && set.org_id == programme_org));
    Ok(SetView {
        ctx,
        set,
        may_edit,
        owns,
        programme_org,
    })
}

guard!(SetView, |ctx, id| set_view(ctx, id).await);

/// An indicator set adapted by programme staff.
pub struct SetEditor {
    pub ctx: Ctx,
    pub set: IndicatorSet,
    pub owns: bool,
    pub programme_org: Option<i64>,
}

guard!(SetEditor, |ctx, id| {
    let v = set_view(ctx, id).await?;
    if !v.may_edit {
        return Err(AppError::Forbidden);
    }
    Ok(SetEditor {
        ctx: v.ctx,
        set: v.set,
        owns: v.owns,
        programme_org: v.programme_org,
    })
});

/// The rater answering: through a personal link (`/bewertung/{token}`) or
/// with their account (`/openness/waves/{id}/answer`).
pub struct Rater {
    pub ctx: Ctx,
    pub rater: RaterAccess,
    pub wave: Wave,
    /// Where the answer pages live (the link's address, or the account's).
    pub base: String,
    /// The key the rater's answers are kept under.
    pub voter: String,
}

impl Rater {
    fn new(ctx: Ctx, rater: RaterAccess, wave: Wave, base: String) -> Rater {
        let voter = security::rater_key(&ctx.state.secret, rater.wave_id, rater.id);
        Rater {
            ctx,
            rater,
            wave,
            base,
            voter,
        }
    }
}

/// The rater of a personal link. A link that was never made or was replaced is a 404.
pub struct RaterLink(pub Rater);

guard!(RaterLink, path_text("token"), |ctx, token| {
    let hash = security::token_hash(&token);
    let rater = ctx
        .state
        .store
        .openness_rater_by_link(&hash)
        .await?
        .ok_or(AppError::NotFound)?;
    let wave = ctx
        .state
        .store
        .openness_wave(rater.wave_id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(RaterLink(Rater::new(ctx, rater, wave, format!("/bewertung/{token}"))))
});

/// The signed-in rater of wave `{id}`; someone not asked to rate in it gets a 404.
pub struct RaterAccount(pub Rater);

guard!(RaterAccount, |ctx, id| {
    ctx.require(Action::SignedIn)?;
    let rater = ctx
        .state
        .store
        .openness_rater_of_user(id, ctx.user_id()?)
        .await?
        .ok_or(AppError::NotFound)?;
    let wave = ctx.state.store.openness_wave(id).await?.ok_or(AppError::NotFound)?;
    Ok(RaterAccount(Rater::new(
        ctx,
        rater,
        wave,
        format!("/openness/waves/{id}/answer"),
    )))
});
