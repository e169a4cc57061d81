//! The Ideenwerkstatt: the recurring meeting of a space. Host rotation
//! (who is willing, the hosting history, the proposed next host, swaps),
//! planning a meeting (its registration is a qualification series),
//! topic collection with votes, and the agenda with parallel sessions.

use askama::Template;
use domain::meetings as dm;
use domain::policy::Action;
use domain::series::{CompletionRule, NewModule, NewSeries, SeriesKind, SeriesText, Visibility};
use store::meetings::{HostRow, HostingEntry, Meeting, NewMeeting, TopicItem};
use store::spaces::Space;
use store::StoreError;

use crate::state::AppState;
use crate::web::error::{AppError, AppResult};
use crate::web::extract::Ctx;
use crate::web::form::Form;
use crate::web::guards::spaces::{
    load_meeting, Contribute, InSpace, Manage, MeetingGuard, SpaceGuard, TopicGuard, View,
};
use crate::web::page::{FormErrors, Nav, Opt, Page};
use crate::web::spaces::agenda::{days, Day};
use crate::web::spaces::forms::{self, HostForm, MeetingForm, TopicForm};
use crate::web::spaces::me;
use crate::web::{redirect_flash, render, render_invalid};

#[derive(Template)]
#[template(path = "spaces/meetings.html")]
struct MeetingsPage {
    p: Page,
    s: Space,
    upcoming: Vec<Meeting>,
    past: Vec<Meeting>,
    hosts: Vec<HostRow>,
    proposed: Option<String>,
    /// Held meetings with a host, newest first.
    history: Vec<HostingEntry>,
    /// Planned meetings with a host, soonest first.
    planned: Vec<HostingEntry>,
    can_manage: bool,
}

pub async fn list(SpaceGuard { ctx, sp, .. }: SpaceGuard<View>) -> AppResult {
    let id = sp.space.id;
    let st = &ctx.state.store;
    let now = ctx.now();
    let (upcoming, past): (Vec<Meeting>, Vec<Meeting>) = st
        .meetings_of_space(id)
        .await?
        .into_iter()
        .partition(|m| !dm::is_held(m.ends_at, now));
    let (history, mut planned): (Vec<HostingEntry>, Vec<HostingEntry>) =
        st.hosting_history(id).await?.into_iter().partition(|e| e.is_held(now));
    planned.reverse();
    let hosts = st.host_candidates(id, now).await?;
    let proposed = store::meetings::propose_host(&hosts)
        .and_then(|o| hosts.iter().find(|h| h.org_id == o).map(|h| h.name.clone()));
    render(&MeetingsPage {
        p: ctx.page("meetings-title", Nav::Spaces),
        can_manage: ctx.can(Action::ManageSpace(sp.role)),
        s: sp.space,
        upcoming,
        past,
        history,
        planned,
        hosts,
        proposed,
    })
}

/// A member organisation says whether it is willing to host.
pub async fn set_host(SpaceGuard { ctx, sp, .. }: SpaceGuard<Manage>, Form(f): Form<HostForm>) -> AppResult {
    let id = sp.space.id;
    let org: i64 = f.org.parse().map_err(|_| AppError::NotFound)?;
    // the note of our form is the one stored, which was valid
    let note = dm::host_note(&f.note).map_err(|_| AppError::BadRequest)?;
    match ctx
        .state
        .store
        .set_host_willing(ctx.now(), me(&ctx)?, id, org, f.willing, &note)
        .await
    {
        Ok(()) => Ok(redirect_flash(&format!("/spaces/{id}/meetings#hosts"), "flash-saved")),
        Err(StoreError::NotFound) => Err(AppError::NotFound),
        Err(e) => Err(e.into()),
    }
}

#[derive(Template)]
#[template(path = "spaces/meeting_form.html")]
struct NewPage {
    p: Page,
    s: Space,
    errs: FormErrors,
    f: MeetingForm,
    /// Editing this meeting (its host and registration stay).
    editing: Option<i64>,
    hosts: Vec<Opt>,
    /// Names the proposed host (whose turn is longest overdue).
    host_hint: String,
}

async fn new_page(
    ctx: &Ctx,
    s: Space,
    errs: FormErrors,
    mut f: MeetingForm,
    editing: Option<i64>,
) -> AppResult<NewPage> {
    let hosts = ctx.state.store.host_candidates(s.id, ctx.now()).await?;
    let proposed = store::meetings::propose_host(&hosts);
    if f.host.is_empty() {
        f.host = proposed.map(|o| o.to_string()).unwrap_or_default();
    }
    let p = ctx.page(
        if editing.is_some() {
            "meeting-edit-title"
        } else {
            "meeting-new-title"
        },
        Nav::Spaces,
    );
    let mut opts = vec![Opt::new("", p.t("choose"))];
    opts.extend(hosts.iter().map(|h| Opt::new(h.org_id.to_string(), h.name.clone())));
    let proposed_name = proposed.and_then(|o| hosts.iter().find(|h| h.org_id == o).map(|h| h.name.clone()));
    Ok(NewPage {
        host_hint: match proposed_name {
            Some(n) => p.t1("meeting-field-host-hint", "name", n),
            None => p.t("hosts-none-willing"),
        },
        p,
        s,
        errs,
        f,
        editing,
        hosts: opts,
    })
}

pub async fn new_get(SpaceGuard { ctx, sp, .. }: SpaceGuard<Manage>) -> AppResult {
    let f = MeetingForm {
        votes: "3".into(),
        capacity: "40".into(),
        ..MeetingForm::default()
    };
    render(&new_page(&ctx, sp.space, FormErrors::new(), f, None).await?)
}

pub async fn new_post(SpaceGuard { ctx, sp, .. }: SpaceGuard<Manage>, Form(f): Form<MeetingForm>) -> AppResult {
    let id = sp.space.id;
    let st = &ctx.state;
    let mut errs = FormErrors::new();
    let common = f.parse_common(&mut errs);
    let hosts = st.store.host_candidates(id, ctx.now()).await?;
    let host = hosts.iter().find(|h| h.org_id.to_string() == f.host).cloned();
    if host.is_none() {
        errs.add("host", "error-meeting-host");
    }
    let proposed = store::meetings::propose_host(&hosts);
    let swap_note = errs.take("swap_note", dm::swap_note(&f.swap_note));
    if let (Some(h), Some(p), Some(note)) = (&host, proposed, &swap_note) {
        if h.org_id != p && note.is_empty() {
            errs.add("swap_note", "error-meeting-swap-note");
        }
    }
    let capacity = errs.take("capacity", domain::series::number(&f.capacity, 1, 10_000));
    let (Some((title, starts, ends, venue, votes)), Some(host), Some(swap_note), Some(capacity), true) =
        (common, host, swap_note, capacity, errs.is_empty())
    else {
        return render_invalid(&new_page(&ctx, sp.space, errs, f, None).await?);
    };
    let meeting = plan(
        st,
        ctx.now(),
        me(&ctx)?,
        &sp.space,
        &Plan {
            title,
            starts_at: starts,
            ends_at: ends,
            venue,
            host: host.org_id,
            proposed,
            swap_note,
            votes_per_person: votes,
            capacity,
        },
    )
    .await?;
    Ok(redirect_flash(&format!("/meetings/{meeting}"), "flash-meeting-created"))
}

/// The meeting form for a change of title, times, venue or votes. The host
/// and the registration stay; the registration's module follows the times.
pub async fn edit_get(
    MeetingGuard {
        ctx, meeting: m, sp, ..
    }: MeetingGuard<Manage>,
) -> AppResult {
    let id = m.id;
    let tz = i18n::time_zone();
    let f = MeetingForm {
        title: m.title.clone(),
        starts_at: domain::series::to_local_input(m.starts_at, tz),
        ends_at: domain::series::to_local_input(m.ends_at, tz),
        venue: m.venue.clone(),
        votes: m.votes_per_person.to_string(),
        version: m.version.to_string(),
        ..MeetingForm::default()
    };
    render(&new_page(&ctx, sp.space, FormErrors::new(), f, Some(id)).await?)
}

pub async fn edit_post(
    MeetingGuard {
        ctx, meeting: m, sp, ..
    }: MeetingGuard<Manage>,
    Form(f): Form<MeetingForm>,
) -> AppResult {
    let id = m.id;
    let version = forms::version(&f.version)?;
    let mut errs = FormErrors::new();
    if let (Some((title, starts_at, ends_at, venue, votes)), true) = (f.parse_common(&mut errs), errs.is_empty()) {
        let st = &ctx.state;
        let user = me(&ctx)?;
        let new = NewMeeting {
            title,
            starts_at,
            ends_at,
            venue,
            host_org_id: m.host_org_id,
            proposed_host_id: m.proposed_host_id,
            swap_note: m.swap_note.clone(),
            votes_per_person: votes,
            series_id: m.series_id,
        };
        match st.store.update_meeting(ctx.now(), user, id, version, &new).await {
            Ok(()) => {
                follow_meeting(st, ctx.now(), user, &new).await?;
                return Ok(redirect_flash(&format!("/meetings/{id}"), "flash-saved"));
            }
            Err(StoreError::Stale) => errs.add("title", "error-stale"),
            Err(e) => return Err(e.into()),
        }
    }
    render_invalid(&new_page(&ctx, sp.space, errs, f, Some(id)).await?)
}

/// Moves the registration's module with the meeting (title, times, venue).
async fn follow_meeting(st: &AppState, now: i64, actor: i64, m: &NewMeeting) -> anyhow::Result<()> {
    let Some(series) = m.series_id else { return Ok(()) };
    for module in st.store.modules(series).await?.into_iter().take(1) {
        let new = NewModule {
            title: m.title.clone(),
            topics: module.topics.clone(),
            starts_at: m.starts_at,
            ends_at: m.ends_at,
            venue: m.venue.clone(),
            access_notes: module.access_notes.clone(),
            online_url: module.online_url.clone(),
            hours: ((m.ends_at - m.starts_at) / 3600).clamp(1, 16),
            mandatory: module.is_mandatory(),
        };
        st.store
            .update_module(now, actor, module.id, module.version, &new)
            .await?;
    }
    Ok(())
}

/// A meeting as planned by the steering group.
pub struct Plan {
    pub title: String,
    pub starts_at: i64,
    pub ends_at: i64,
    pub venue: String,
    pub host: i64,
    pub proposed: Option<i64>,
    pub swap_note: String,
    pub votes_per_person: i64,
    /// Seats of the registration.
    pub capacity: i64,
}

/// Creates a meeting with its registration: an invitation-only series of
/// the host organisation with one module for the whole meeting, so that
/// waiting list, reminders, attendance and calendar files work as for
/// every series.
pub async fn plan(st: &AppState, now: i64, actor: i64, space: &Space, m: &Plan) -> anyhow::Result<i64> {
    let org = st
        .store
        .org(m.host)
        .await?
        .ok_or_else(|| anyhow::anyhow!("host organisation {} missing", m.host))?;
    let series = NewSeries {
        kind: SeriesKind::ExpertDay,
        visibility: Visibility::Invitation,
        region: org.region.clone(),
        target_groups: vec!["administration".into()],
        languages: vec!["de".into()],
        capacity: m.capacity,
        deadline: None,
        manual_approval: false,
        rule: CompletionRule {
            min_modules: None,
            all_mandatory: true,
            min_hours: None,
        },
        texts: vec![SeriesText {
            locale: "de".into(),
            title: m.title.clone(),
            // the series' text is German, like every series' first text
            summary: st.i18n.t_args(
                "de",
                "meeting-series-summary",
                &[("space", fluent_bundle::FluentValue::from(space.name.clone()))],
            ),
        }],
        signing: Default::default(),
    };
    let module = NewModule {
        title: m.title.clone(),
        topics: String::new(),
        starts_at: m.starts_at,
        ends_at: m.ends_at,
        venue: m.venue.clone(),
        access_notes: String::new(),
        online_url: None,
        hours: ((m.ends_at - m.starts_at) / 3600).clamp(1, 16),
        mandatory: true,
    };
    let meeting = NewMeeting {
        title: m.title.clone(),
        starts_at: m.starts_at,
        ends_at: m.ends_at,
        venue: m.venue.clone(),
        host_org_id: Some(m.host),
        proposed_host_id: m.proposed,
        swap_note: m.swap_note.clone(),
        votes_per_person: m.votes_per_person,
        series_id: None,
    };
    let token = crate::security::random_token();
    Ok(st
        .store
        .plan_meeting(now, actor, space.id, org.id, &series, &token, &module, &meeting)
        .await?)
}

#[derive(Template)]
#[template(path = "spaces/meeting.html")]
struct MeetingPage {
    p: Page,
    s: Space,
    m: Meeting,
    topics: Vec<TopicItem>,
    votes_left: i64,
    /// The agenda by day and time slot.
    days: Vec<Day>,
    can_post: bool,
    can_manage: bool,
    /// The invitation link of the registration.
    register_url: Option<String>,
    /// The visitor's registration is confirmed (they may choose sessions).
    registered: bool,
    errs: FormErrors,
    topic_title: String,
    topic_description: String,
}

/// Whether the person has a confirmed seat in the meeting's registration.
pub(crate) async fn is_registered(ctx: &Ctx, m: &Meeting) -> Result<bool, AppError> {
    let (Some(series), Some(u)) = (m.series_id, ctx.user.as_ref()) else {
        return Ok(false);
    };
    Ok(ctx.state.store.has_confirmed_seat(series, u.id, &u.email).await?)
}

async fn meeting_page(
    ctx: &Ctx,
    m: Meeting,
    sp: InSpace,
    errs: FormErrors,
    topic_title: String,
    topic_description: String,
) -> AppResult<MeetingPage> {
    let st = &ctx.state;
    let user = me(ctx)?;
    let register_url = match m.series_id {
        Some(id) => st
            .store
            .series(id)
            .await?
            .map(|s| format!("/series/{id}?key={}", s.invite_key)),
        None => None,
    };
    Ok(MeetingPage {
        topics: st.store.topics(m.id, user).await?,
        votes_left: (m.votes_per_person - st.store.votes_used(m.id, user).await?).max(0),
        days: days(st.store.agenda(m.id, user).await?),
        can_post: ctx.can(Action::PostInSpace(sp.role)),
        can_manage: ctx.can(Action::ManageSpace(sp.role)),
        registered: is_registered(ctx, &m).await?,
        register_url,
        p: ctx.page_titled(m.title.clone(), Nav::Spaces),
        s: sp.space,
        m,
        errs,
        topic_title,
        topic_description,
    })
}

pub async fn show(
    MeetingGuard {
        ctx, meeting: m, sp, ..
    }: MeetingGuard<View>,
) -> AppResult {
    render(&meeting_page(&ctx, m, sp, FormErrors::new(), String::new(), String::new()).await?)
}

/// Shows the meeting page again with one message (a refused vote or choice).
pub(crate) async fn meeting_with_error(ctx: &Ctx, meeting: i64, field: &str, key: &str) -> AppResult {
    let (m, sp) = load_meeting::<View>(ctx, meeting).await?;
    let errs = FormErrors::one(field, key);
    render_invalid(&meeting_page(ctx, m, sp, errs, String::new(), String::new()).await?)
}

pub async fn propose(
    MeetingGuard {
        ctx, meeting: m, sp, ..
    }: MeetingGuard<Contribute>,
    Form(f): Form<TopicForm>,
) -> AppResult {
    let id = m.id;
    let TopicForm { title, description } = f;
    let mut errs = FormErrors::new();
    let t = errs.take("title", dm::topic_title(&title));
    let d = errs.take("description", dm::topic_description(&description));
    let (Some(t), Some(d)) = (t, d) else {
        return render_invalid(&meeting_page(&ctx, m, sp, errs, title, description).await?);
    };
    ctx.state.store.propose_topic(ctx.now(), me(&ctx)?, id, &t, &d).await?;
    Ok(redirect_flash(
        &format!("/meetings/{id}#topics"),
        "flash-topic-proposed",
    ))
}

pub async fn vote(
    TopicGuard {
        ctx,
        topic: t,
        meeting: m,
    }: TopicGuard,
) -> AppResult {
    let id = t.id;
    match ctx.state.store.vote(ctx.now(), me(&ctx)?, id).await {
        Ok(()) => Ok(redirect_flash(&format!("/meetings/{}#topic-{id}", m.id), "flash-voted")),
        Err(StoreError::Conflict("votes")) => {
            meeting_with_error(&ctx, t.meeting_id, &format!("topic-{id}"), "error-votes-used").await
        }
        Err(StoreError::Conflict(_)) => {
            meeting_with_error(&ctx, t.meeting_id, &format!("topic-{id}"), "error-voted-already").await
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn unvote(TopicGuard { ctx, topic, meeting: m }: TopicGuard) -> AppResult {
    let id = topic.id;
    ctx.state.store.unvote(ctx.now(), me(&ctx)?, id).await?;
    Ok(redirect_flash(
        &format!("/meetings/{}#topic-{id}", m.id),
        "flash-unvoted",
    ))
}
