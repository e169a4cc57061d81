//! Guards of the series pages: the staff of the organisation that runs a
//! series (`Action::ManageSeries`) may manage it, its modules, its
//! registrations, its certificates, the organisation's speakers and their
//! requests. The team of a Leitbild process is staff of its workshops'
//! series (`Action::ManageOneSeries`), whatever organisation they belong to,
//! but not of the administration's other series, speakers or list of series. Each guard reads the route's `{id}`, loads the object (a missing
//! one is 404), then decides through `domain::policy` (others get 403) — in
//! this order, as the access matrix expects. Anonymous visitors are sent to
//! log in before anything is looked up, so they cannot tell which ids exist.

use axum::http::request::Parts;
use domain::policy::Action;
use domain::series::Visibility;
use store::calendar::SpeakerCalendar;
use store::certificates::Certificate;
use store::feedback::Invite;
use store::registrations::Registration;
use store::series::{Module, Series};
use store::speakers::{Request, Speaker};

use crate::web::error::AppError;
use crate::web::extract::Ctx;
use crate::web::guards::{path_id, path_text};

/// The series, after checking the person is its staff: its organisation's, or
/// the team of the Leitbild process whose workshops it holds.
pub async fn staff_series(ctx: &Ctx, id: i64) -> Result<Series, AppError> {
    ctx.require(Action::SignedIn)?;
    let s = ctx.state.store.series(id).await?.ok_or(AppError::NotFound)?;
    // a public series is known to everyone: its staff pages say "not yours" (403); an
    // internal or invitation-only one is not, so another organisation learns nothing (404)
    staff_of_series(ctx, &s, s.visibility == Visibility::Public).await?;
    Ok(s)
}

/// The series of a private object (a registration, a certificate): to anyone but its staff the
/// object does not exist (404), whatever the series' visibility.
async fn staff_series_private(ctx: &Ctx, id: i64) -> Result<Series, AppError> {
    ctx.require(Action::SignedIn)?;
    let s = ctx.state.store.series(id).await?.ok_or(AppError::NotFound)?;
    staff_of_series(ctx, &s, false).await?;
    Ok(s)
}

/// Whether the person is staff of series `s` (`Action::ManageOneSeries`): its
/// organisation's staff, or on the team of the Leitbild process whose
/// workshops it holds. Answers like [`staff_of`].
pub async fn staff_of_series(ctx: &Ctx, s: &Series, known: bool) -> Result<(), AppError> {
    match ctx.require(manage_one(ctx, s).await?) {
        Err(AppError::Forbidden) if !known => Err(AppError::NotFound),
        other => other,
    }
}

/// Whether the visitor is staff of series `s` (see [`staff_of_series`]).
pub async fn is_series_staff(ctx: &Ctx, s: &Series) -> Result<bool, AppError> {
    Ok(ctx.can(manage_one(ctx, s).await?))
}

/// The action of managing series `s`, knowing whether the visitor is on the
/// team of a Leitbild process whose workshops it holds (asked only of those
/// who are not the organisation's staff anyway).
async fn manage_one(ctx: &Ctx, s: &Series) -> Result<Action, AppError> {
    let workshops_team = match ctx.actor.user_id {
        Some(user) if !ctx.can(Action::ManageSeries(s.org_id)) => ctx.state.store.on_workshops_team(s.id, user).await?,
        _ => false,
    };
    Ok(Action::ManageOneSeries {
        org: s.org_id,
        workshops_team,
    })
}

/// Whether the person is staff of the series' organisation itself (not only of
/// one Leitbild workshop series): for what reaches beyond the series (its
/// organisation's speakers, a copy made into the organisation).
pub fn org_staff(ctx: &Ctx, s: &Series) -> Result<(), AppError> {
    ctx.require(Action::ManageSeries(s.org_id))
}

/// Whether the person is staff of `org`'s series: anonymous visitors are sent to log in, others
/// get 403 for an object everyone may know exists (`known`), else 404.
fn staff_of(ctx: &Ctx, org: i64, known: bool) -> Result<(), AppError> {
    match ctx.require(Action::ManageSeries(org)) {
        Err(AppError::Forbidden) if !known => Err(AppError::NotFound),
        other => other,
    }
}

/// The module and its series, after checking the person is the series' staff
/// (for upload handlers, which read the multipart body before deciding).
pub async fn staff_module(ctx: &Ctx, id: i64) -> Result<(Module, Series), AppError> {
    ctx.require(Action::SignedIn)?;
    let module = ctx.state.store.module(id).await?.ok_or(AppError::NotFound)?;
    let series = staff_series(ctx, module.series_id).await?;
    Ok((module, series))
}

/// The staff of the organisation `/orgs/{id}/…` (its series list, speakers, planning board).
pub struct OrgSeriesStaff {
    pub ctx: Ctx,
    pub org: i64,
}

guard!(OrgSeriesStaff, |ctx, org| {
    ctx.require(Action::ManageSeries(org))?;
    Ok(OrgSeriesStaff { ctx, org })
});

/// A series `/series/{id}/…` managed by its staff.
pub struct StaffSeries {
    pub ctx: Ctx,
    pub series: Series,
}

guard!(StaffSeries, |ctx, id| {
    let series = staff_series(&ctx, id).await?;
    Ok(StaffSeries { ctx, series })
});

/// A module `/modules/{id}/…` and its series, for the series' staff.
pub struct StaffModule {
    pub ctx: Ctx,
    pub module: Module,
    pub series: Series,
}

guard!(StaffModule, |ctx, id| {
    let (module, series) = staff_module(&ctx, id).await?;
    Ok(StaffModule { ctx, module, series })
});

/// A registration `/registrations/{id}/…` and its series, for the series' staff.
pub struct StaffRegistration {
    pub ctx: Ctx,
    pub registration: Registration,
    pub series: Series,
}

guard!(StaffRegistration, |ctx, id| {
    ctx.require(Action::SignedIn)?;
    let registration = ctx.state.store.registration(id).await?.ok_or(AppError::NotFound)?;
    let series = staff_series_private(&ctx, registration.series_id).await?;
    Ok(StaffRegistration {
        ctx,
        registration,
        series,
    })
});

/// A speaker `/speakers/{id}/…` of an organisation's directory, for its staff.
pub struct StaffSpeaker {
    pub ctx: Ctx,
    pub speaker: Speaker,
}

guard!(StaffSpeaker, |ctx, id| {
    ctx.require(Action::SignedIn)?;
    let speaker = ctx.state.store.speaker(id).await?.ok_or(AppError::NotFound)?;
    staff_of(&ctx, speaker.owner_org, false)?;
    Ok(StaffSpeaker { ctx, speaker })
});

/// A request to a speaker `/speaker-requests/{id}/…`, for the staff of the module's series.
pub struct StaffRequest {
    pub ctx: Ctx,
    pub request: Request,
}

guard!(StaffRequest, |ctx, id| {
    ctx.require(Action::SignedIn)?;
    let request = ctx.state.store.request(id).await?.ok_or(AppError::NotFound)?;
    staff_of(&ctx, request.org_id, false)?;
    Ok(StaffRequest { ctx, request })
});

/// A certificate `/certificates/{id}/…` and its series, for the series' staff.
pub struct StaffCertificate {
    pub ctx: Ctx,
    pub certificate: Certificate,
    pub series: Series,
}

guard!(StaffCertificate, |ctx, id| {
    ctx.require(Action::SignedIn)?;
    let certificate = ctx.state.store.certificate(id).await?.ok_or(AppError::NotFound)?;
    let series = staff_series_private(&ctx, certificate.series_id).await?;
    Ok(StaffCertificate {
        ctx,
        certificate,
        series,
    })
});

/// The series, if this person may see it (an invitation-only one needs its `key`).
pub async fn visible_series(ctx: &Ctx, id: i64, key: &str) -> Result<Series, AppError> {
    let s = ctx.state.store.series(id).await?.ok_or(AppError::NotFound)?;
    check_visible_or_staff(ctx, &s, key).await?;
    Ok(s)
}

/// [`check_visible`], and a series is always visible to its staff (the team
/// of a Leitbild process its workshops' series, without the invitation's key).
pub async fn check_visible_or_staff(ctx: &Ctx, s: &Series, key: &str) -> Result<(), AppError> {
    match check_visible(ctx, s, key) {
        Err(e) if !is_series_staff(ctx, s).await? => Err(e),
        _ => Ok(()),
    }
}

/// Whether the visitor may see the series (an invitation-only one needs its key).
pub fn check_visible(ctx: &Ctx, s: &Series, key: &str) -> Result<(), AppError> {
    let has_key = !key.is_empty() && crate::security::constant_time_eq(key, &s.invite_key);
    let action = Action::ViewSeries {
        org: s.org_id,
        visibility: s.visibility,
        has_key,
    };
    if !ctx.can(action) {
        // an invitation-only series does not reveal that it exists
        return Err(if s.visibility == Visibility::Invitation {
            AppError::NotFound
        } else {
            ctx.require(action).err().unwrap_or(AppError::NotFound)
        });
    }
    Ok(())
}

/// The `?key=` of an invitation-only series' link ("" when there is none).
fn key_of(parts: &Parts) -> String {
    parts
        .uri
        .query()
        .and_then(|q| {
            url::form_urlencoded::parse(q.as_bytes())
                .find(|(k, _)| k == "key")
                .map(|(_, v)| v.into_owned())
        })
        .unwrap_or_default()
}

/// A series `/series/{id}/…` this visitor may see (with `?key=` for an invitation-only one).
pub struct VisibleSeries {
    pub ctx: Ctx,
    pub series: Series,
    /// The key the visitor came with ("" when none).
    pub key: String,
}

guard!(VisibleSeries, |ctx, id, parts| {
    let key = key_of(parts);
    let series = visible_series(&ctx, id, &key).await?;
    Ok(VisibleSeries { ctx, series, key })
});

/// A module `/modules/{id}/…` of a series this visitor may see (with `?key=`).
pub struct VisibleModule {
    pub ctx: Ctx,
    pub module: Module,
    pub series: Series,
    /// The key the visitor came with ("" when none).
    pub key: String,
}

guard!(VisibleModule, |ctx, id, parts| {
    let key = key_of(parts);
    let module = ctx.state.store.module(id).await?.ok_or(AppError::NotFound)?;
    let series = visible_series(&ctx, module.series_id, &key).await?;
    Ok(VisibleModule {
        ctx,
        module,
        series,
        key,
    })
});

/// The registration behind a personal link `/r/{token}/…` and its series
/// (the link is the permission).
pub struct RegistrationLink {
    pub ctx: Ctx,
    pub registration: Registration,
    pub series: Series,
}

guard!(RegistrationLink, path_text("token"), |ctx, token| {
    let registration = ctx
        .state
        .store
        .registration_by_token(&token)
        .await?
        .filter(|r| r.forgotten_at.is_none())
        .ok_or(AppError::NotFound)?;
    let series = ctx
        .state
        .store
        .series(registration.series_id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(RegistrationLink {
        ctx,
        registration,
        series,
    })
});

/// A request to a speaker behind its link `/speaker-requests/{token}` (the link is the permission).
pub struct SpeakerLink {
    pub ctx: Ctx,
    pub request: Request,
}

guard!(SpeakerLink, path_text("token"), |ctx, token| {
    let request = ctx
        .state
        .store
        .request_by_token(&token)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(SpeakerLink { ctx, request })
});

/// The one-time feedback link `/feedback/{token}` (the link is the permission).
pub struct FeedbackLink {
    pub ctx: Ctx,
    pub token: String,
    pub invite: Invite,
}

guard!(FeedbackLink, path_text("token"), |ctx, token| {
    let invite = ctx
        .state
        .store
        .feedback_invite(&token)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(FeedbackLink { ctx, token, invite })
});

/// The calendar feed of a speaker's request `/speaker-requests/{token}/calendar.ics`, with the
/// module's series (the link is the permission).
pub struct SpeakerCalendarLink {
    pub ctx: Ctx,
    pub calendar: SpeakerCalendar,
    pub series: Series,
}

guard!(SpeakerCalendarLink, path_text("token"), |ctx, token| {
    let calendar = ctx
        .state
        .store
        .speaker_calendar(&token)
        .await?
        .ok_or(AppError::NotFound)?;
    let series = ctx
        .state
        .store
        .series(calendar.module.series_id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(SpeakerCalendarLink { ctx, calendar, series })
});
