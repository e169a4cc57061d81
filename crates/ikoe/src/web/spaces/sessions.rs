//! Sessions of a meeting's agenda: the form (format, times, room, track,
//! capacity, and what a World Café or a peer case consultation needs),
//! a session's page with its documentation and files, and participants'
//! choices among parallel sessions.

use askama::Template;
use axum::extract::{Multipart, Query};
use axum::http::HeaderMap;
use domain::meetings::{self as dm, SessionFormat};
use domain::policy::Action;
use domain::series::to_local_input;
use store::files::FileRow;
use store::meetings::{Meeting, Session};
use store::spaces::Space;
use store::StoreError;

use crate::web::confirm::{self, Ask, Confirmed};
use crate::web::error::{AppError, AppResult};
use crate::web::extract::Ctx;
use crate::web::form::Form;
use crate::web::guards::spaces::{Contribute, InSpace, Manage, MeetingGuard, SessionGuard, UploadForm, View};
use crate::web::markdown;
use crate::web::page::{FormErrors, Nav, Opt, Page};
use crate::web::spaces::files::FileField;
use crate::web::spaces::forms::{self, DocumentationForm, SessionForm};
use crate::web::spaces::me;
use crate::web::spaces::meetings::{is_registered, meeting_with_error};
use crate::web::spaces::upload::{self, Limits};
use crate::web::{redirect_flash, render, render_invalid};

#[derive(Template)]
#[template(path = "spaces/session_form.html")]
struct FormPage {
    p: Page,
    s: Space,
    m: Meeting,
    errs: FormErrors,
    f: SessionForm,
    formats: Vec<Opt>,
    action: String,
    /// Editing an existing session (its id).
    editing: Option<i64>,
}

/// The session form: a new session of meeting `m`, or `editing` one.
fn form_page(ctx: &Ctx, s: Space, m: Meeting, errs: FormErrors, f: SessionForm, editing: Option<i64>) -> FormPage {
    let (title_key, action) = match editing {
        Some(id) => ("session-edit-title", format!("/sessions/{id}/edit")),
        None => ("session-new-title", format!("/meetings/{}/sessions/new", m.id)),
    };
    let p = ctx.page(title_key, Nav::Spaces);
    let mut formats = vec![Opt::new("", p.t("choose"))];
    formats.extend(
        SessionFormat::ALL
            .iter()
            .map(|k| Opt::new(k.code(), p.tk("session-format", k.code()))),
    );
    FormPage {
        p,
        s,
        m,
        errs,
        f,
        formats,
        action,
        editing,
    }
}

#[derive(serde::Deserialize)]
pub struct NewQuery {
    topic: Option<i64>,
}

/// The form for a new session; from a topic, it starts with the topic's title.
pub async fn new_get(
    MeetingGuard {
        ctx, meeting: m, sp, ..
    }: MeetingGuard<Manage>,
    Query(q): Query<NewQuery>,
) -> AppResult {
    let mut f = SessionForm {
        starts_at: to_local_input(m.starts_at, i18n::time_zone()),
        ends_at: to_local_input(m.starts_at + 5400, i18n::time_zone()),
        ..SessionForm::default()
    };
    if let Some(t) = q.topic {
        let topic = ctx.state.store.topic(t, me(&ctx)?).await?;
        let topic = topic.filter(|t| t.meeting_id == m.id).ok_or(AppError::NotFound)?;
        f.title = topic.title;
        f.description = topic.description;
        f.topic = t.to_string();
    }
    render(&form_page(&ctx, sp.space, m, FormErrors::new(), f, None))
}

pub async fn new_post(
    MeetingGuard {
        ctx, meeting: m, sp, ..
    }: MeetingGuard<Manage>,
    Form(f): Form<SessionForm>,
) -> AppResult {
    let id = m.id;
    let mut errs = match f.parse() {
        Ok(new) => match ctx
            .state
            .store
            .create_meeting_session(ctx.now(), me(&ctx)?, id, &new)
            .await
        {
            Ok(_) => {
                return Ok(redirect_flash(
                    &format!("/meetings/{id}#agenda"),
                    "flash-session-created",
                ))
            }
            Err(StoreError::Conflict(_)) => FormErrors::one("title", "error-topic-taken"),
            Err(e) => return Err(e.into()),
        },
        Err(errs) => errs,
    };
    if errs.is_empty() {
        errs.add("title", "error-required");
    }
    render_invalid(&form_page(&ctx, sp.space, m, errs, f, None))
}

pub async fn edit_get(
    SessionGuard {
        ctx,
        session: s,
        meeting: m,
        sp,
        ..
    }: SessionGuard<Manage>,
) -> AppResult {
    let id = s.id;
    let f = SessionForm::from_session(&s);
    render(&form_page(&ctx, sp.space, m, FormErrors::new(), f, Some(id)))
}

pub async fn edit_post(
    SessionGuard {
        ctx,
        session,
        meeting: m,
        sp,
        ..
    }: SessionGuard<Manage>,
    Form(f): Form<SessionForm>,
) -> AppResult {
    let id = session.id;
    let version = forms::version(&f.version)?;
    let errs = match f.parse() {
        Ok(new) => {
            match ctx
                .state
                .store
                .update_meeting_session(ctx.now(), me(&ctx)?, id, version, &new)
                .await
            {
                Ok(()) => return Ok(redirect_flash(&format!("/sessions/{id}"), "flash-saved")),
                // someone else saved it meanwhile: say so, keep what was typed
                Err(StoreError::Stale) => FormErrors::one("title", "error-stale"),
                Err(StoreError::Conflict(_)) => FormErrors::one("title", "error-topic-taken"),
                Err(e) => return Err(e.into()),
            }
        }
        Err(errs) => errs,
    };
    render_invalid(&form_page(&ctx, sp.space, m, errs, f, Some(id)))
}

pub async fn delete(
    SessionGuard {
        ctx,
        session,
        meeting: m,
        ..
    }: SessionGuard<Manage>,
    Form(c): Form<Confirmed>,
) -> AppResult {
    let id = session.id;
    if !c.confirmed {
        let ask = Ask {
            what: "session-delete",
            action: format!("/sessions/{id}/delete"),
            back: format!("/sessions/{id}"),
            args: &[("title", session.title.clone())],
            fields: vec![],
        };
        return confirm::ask(&ctx, ask, Nav::Spaces);
    }
    ctx.state.store.delete_meeting_session(ctx.now(), me(&ctx)?, id).await?;
    Ok(redirect_flash(
        &format!("/meetings/{}#agenda", m.id),
        "flash-session-deleted",
    ))
}

#[derive(Template)]
#[template(path = "spaces/session.html")]
struct SessionPage {
    p: Page,
    s: Space,
    m: Meeting,
    x: Session,
    html: String,
    files: Vec<FileRow>,
    phases: Vec<String>,
    can_post: bool,
    can_manage: bool,
    errs: FormErrors,
    documentation: String,
    version: String,
    ff: FileField,
}

async fn session_page(
    ctx: &Ctx,
    x: Session,
    m: Meeting,
    sp: InSpace,
    errs: FormErrors,
    documentation: Option<String>,
) -> AppResult<SessionPage> {
    let p = ctx.page_titled(x.title.clone(), Nav::Spaces);
    let phases = if x.format == SessionFormat::CaseConsultation {
        dm::CASE_PHASES.iter().map(|c| p.tk("case-phase", c)).collect()
    } else {
        Vec::new()
    };
    Ok(SessionPage {
        ff: FileField::new(&p, &ctx.state),
        files: ctx.state.store.session_files(x.id).await?,
        html: markdown::render(&x.documentation),
        documentation: documentation.unwrap_or_else(|| x.documentation.clone()),
        version: x.version.to_string(),
        can_post: ctx.can(Action::PostInSpace(sp.role)),
        can_manage: ctx.can(Action::ManageSpace(sp.role)),
        phases,
        p,
        s: sp.space,
        m,
        x,
        errs,
    })
}

pub async fn show(
    SessionGuard {
        ctx,
        session: x,
        meeting: m,
        sp,
        ..
    }: SessionGuard<View>,
) -> AppResult {
    render(&session_page(&ctx, x, m, sp, FormErrors::new(), None).await?)
}

/// Minutes and results after the meeting (Markdown).
pub async fn document(
    SessionGuard {
        ctx,
        session: x,
        meeting: m,
        sp,
        ..
    }: SessionGuard<Contribute>,
    Form(f): Form<DocumentationForm>,
) -> AppResult {
    let id = x.id;
    let version = forms::version(&f.version)?;
    let typed = f.documentation;
    let mut errs = FormErrors::new();
    if let Some(doc) = errs.take("documentation", dm::documentation(&typed)) {
        match ctx
            .state
            .store
            .document_session(ctx.now(), me(&ctx)?, id, version, &doc)
            .await
        {
            Ok(()) => return Ok(redirect_flash(&format!("/sessions/{id}#documentation"), "flash-saved")),
            Err(StoreError::Stale) => errs.add("documentation", "error-stale"),
            Err(e) => return Err(e.into()),
        }
    }
    render_invalid(&session_page(&ctx, x, m, sp, errs, Some(typed)).await?)
}

/// Photos, minutes and results as files of the session.
pub async fn upload(
    _: UploadForm,
    SessionGuard {
        ctx,
        session: x,
        meeting: m,
        sp,
        ..
    }: SessionGuard<Contribute>,
    headers: HeaderMap,
    mp: Multipart,
) -> AppResult {
    let id = x.id;
    let st = &ctx.state;
    let mut errs = FormErrors::new();
    let limits = Limits::of_space(st, m.space_id).await?;
    let got = upload::receive(st, &headers, mp, m.space_id, "file", limits, &mut errs).await;
    if errs.is_empty() && got.blobs.is_empty() {
        errs.add("file", "error-file-none");
    }
    if errs.is_empty() {
        let place = store::files::Place::Session(id);
        let mut stored = 0;
        for b in &got.blobs {
            match st
                .store
                .add_file(ctx.now(), me(&ctx)?, m.space_id, place, b, upload::quota(st))
                .await
            {
                Ok(_) => stored += 1,
                Err(StoreError::Conflict(_)) => {
                    errs.add("file", "error-quota");
                    break;
                }
                Err(e) => return Err(e.into()),
            }
        }
        if errs.is_empty() {
            return Ok(redirect_flash(&format!("/sessions/{id}#files"), "flash-files-uploaded"));
        }
        upload::discard(st, &got.blobs[stored..]).await;
    }
    render_invalid(&session_page(&ctx, x, m, sp, errs, None).await?)
}

/// A registered participant chooses this session among the parallel ones.
pub async fn choose(
    SessionGuard {
        ctx,
        session,
        meeting: m,
        ..
    }: SessionGuard<View>,
) -> AppResult {
    let id = session.id;
    let field = format!("session-{id}");
    if !is_registered(&ctx, &m).await? {
        return meeting_with_error(&ctx, m.id, &field, "error-choose-register-first").await;
    }
    match ctx.state.store.choose_session(ctx.now(), me(&ctx)?, id).await {
        Ok(()) => Ok(redirect_flash(
            &format!("/meetings/{}#session-{id}", m.id),
            "flash-session-chosen",
        )),
        Err(StoreError::Conflict("full")) => meeting_with_error(&ctx, m.id, &field, "error-session-full").await,
        Err(StoreError::Conflict(_)) => Err(AppError::NotFound),
        Err(e) => Err(e.into()),
    }
}

pub async fn unchoose(
    SessionGuard {
        ctx,
        session,
        meeting: m,
        ..
    }: SessionGuard<View>,
) -> AppResult {
    let id = session.id;
    ctx.state.store.unchoose_session(ctx.now(), me(&ctx)?, id).await?;
    Ok(redirect_flash(
        &format!("/meetings/{}#session-{id}", m.id),
        "flash-session-unchosen",
    ))
}
