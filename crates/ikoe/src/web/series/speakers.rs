//! Speakers: the organisation's directory, asking a speaker to teach a
//! module, the speaker's answer through a link (no account), and the
//! planning board of the next 24 months.

use askama::Template;
use domain::series::{BoardState, RequestStatus};
use store::speakers::{BoardModule, Request, Speaker};
use store::StoreError;

use crate::web::confirm::{self, Ask, Confirmed};
use crate::web::error::{AppError, AppResult};
use crate::web::extract::Ctx;
use crate::web::form::Form;
use crate::web::guards::series::{org_staff, OrgSeriesStaff, SpeakerLink, StaffModule, StaffRequest, StaffSpeaker};
use crate::web::page::{FormErrors, Nav, Opt, Page};
use crate::web::series::forms::{language_checks, language_name, AnswerForm, AskForm, Check, SpeakerForm};
use crate::web::{redirect_flash, render, render_invalid};

#[derive(Template)]
#[template(path = "series/speakers.html")]
struct DirectoryPage {
    p: Page,
    org_id: i64,
    speakers: Vec<Speaker>,
    errs: FormErrors,
    f: SpeakerForm,
    languages: Vec<Check>,
    /// Set when editing one speaker.
    editing: Option<i64>,
}

impl DirectoryPage {
    fn langs(&self, s: &Speaker) -> String {
        let names: Vec<String> = s.languages.split_whitespace().map(language_name).collect();
        self.p.join(&names)
    }
}

async fn directory(
    ctx: &Ctx,
    org: i64,
    errs: FormErrors,
    f: SpeakerForm,
    editing: Option<i64>,
) -> AppResult<DirectoryPage> {
    let o = ctx.state.store.org(org).await?.ok_or(AppError::NotFound)?;
    let speakers = ctx.state.store.speakers_of_org(org).await?;
    let mut p = ctx.page("speakers-title", Nav::Series);
    p.title = p.t1("speakers-title", "org", &o.name);
    Ok(DirectoryPage {
        p,
        org_id: org,
        speakers,
        errs,
        languages: language_checks(&f.languages),
        f,
        editing,
    })
}

pub async fn list(OrgSeriesStaff { ctx, org }: OrgSeriesStaff) -> AppResult {
    render(&directory(&ctx, org, FormErrors::new(), SpeakerForm::default(), None).await?)
}

pub async fn create(OrgSeriesStaff { ctx, org }: OrgSeriesStaff, Form(f): Form<SpeakerForm>) -> AppResult {
    let new = match f.parse() {
        Ok(n) => n,
        Err(errs) => return render_invalid(&directory(&ctx, org, errs, f, None).await?),
    };
    match ctx
        .state
        .store
        .create_speaker(ctx.now(), ctx.user()?.id, org, &new)
        .await
    {
        Ok(_) => Ok(redirect_flash(&format!("/orgs/{org}/speakers"), "flash-speaker-added")),
        Err(StoreError::Conflict(_)) => {
            let errs = FormErrors::one("email", "error-speaker-exists");
            render_invalid(&directory(&ctx, org, errs, f, None).await?)
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn edit_get(StaffSpeaker { ctx, speaker: s }: StaffSpeaker) -> AppResult {
    let id = s.id;
    render(
        &directory(
            &ctx,
            s.owner_org,
            FormErrors::new(),
            SpeakerForm::from_speaker(&s),
            Some(id),
        )
        .await?,
    )
}

pub async fn edit_post(StaffSpeaker { ctx, speaker: s }: StaffSpeaker, Form(f): Form<SpeakerForm>) -> AppResult {
    let id = s.id;
    let new = match f.parse() {
        Ok(n) => n,
        Err(errs) => return render_invalid(&directory(&ctx, s.owner_org, errs, f, Some(id)).await?),
    };
    match ctx
        .state
        .store
        .update_speaker(ctx.now(), ctx.user()?.id, id, &new)
        .await
    {
        Ok(()) => Ok(redirect_flash(
            &format!("/orgs/{}/speakers", s.owner_org),
            "flash-saved",
        )),
        Err(StoreError::Conflict(_)) => {
            let errs = FormErrors::one("email", "error-speaker-exists");
            render_invalid(&directory(&ctx, s.owner_org, errs, f, Some(id)).await?)
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Template)]
#[template(path = "series/module_speakers.html")]
struct ModuleSpeakersPage {
    p: Page,
    m: store::series::Module,
    series_id: i64,
    org_id: i64,
    requests: Vec<Request>,
    speakers: Vec<Opt>,
    errs: FormErrors,
    speaker: String,
    deadline: String,
    message: String,
}

impl ModuleSpeakersPage {
    fn tag(&self, r: &Request) -> &'static str {
        match r.status {
            RequestStatus::Confirmed => "green",
            RequestStatus::Asked => "yellow",
            RequestStatus::Declined | RequestStatus::Expired => "red",
            RequestStatus::Withdrawn => "grey",
        }
    }
}

async fn module_page(
    ctx: &Ctx,
    m: store::series::Module,
    org: i64,
    errs: FormErrors,
    speaker: String,
    deadline: String,
    message: String,
) -> AppResult<ModuleSpeakersPage> {
    let requests = ctx.state.store.requests_of_module(m.id).await?;
    let mut p = ctx.page("module-speakers-title", Nav::Series);
    p.title = p.t1("module-speakers-title", "title", &m.title);
    let mut speakers = vec![Opt::new("", p.t("choose"))];
    speakers.extend(
        ctx.state
            .store
            .speakers_of_org(org)
            .await?
            .into_iter()
            .map(|s| Opt::new(s.id.to_string(), s.name)),
    );
    Ok(ModuleSpeakersPage {
        p,
        series_id: m.series_id,
        org_id: org,
        m,
        requests,
        speakers,
        errs,
        speaker,
        deadline,
        message,
    })
}

pub async fn module_get(
    StaffModule {
        ctx,
        module: m,
        series: s,
    }: StaffModule,
) -> AppResult {
    // the organisation's speakers are its staff's, not a Leitbild team's
    org_staff(&ctx, &s)?;
    // suggest answering within three weeks, and at least a week before the module
    let deadline = (ctx.now() + 21 * 86400)
        .min(m.starts_at.0 - 7 * 86400)
        .max(ctx.now() + 86400);
    let deadline = domain::series::to_local_date_input(deadline, i18n::time_zone());
    render(
        &module_page(
            &ctx,
            m,
            s.org_id,
            FormErrors::new(),
            String::new(),
            deadline,
            String::new(),
        )
        .await?,
    )
}

pub async fn ask(
    StaffModule {
        ctx,
        module: m,
        series: s,
    }: StaffModule,
    Form(f): Form<AskForm>,
) -> AppResult {
    org_staff(&ctx, &s)?;
    let st = &ctx.state;
    let now = ctx.now();
    let AskForm {
        speaker: speaker_in,
        deadline: deadline_in,
        message: message_in,
    } = f;
    let mut errs = FormErrors::new();
    let speaker = match speaker_in.parse::<i64>() {
        Ok(sid) => st.store.speaker(sid).await?.filter(|sp| sp.owner_org == s.org_id),
        Err(_) => None,
    };
    if speaker.is_none() {
        errs.add("speaker", "error-choose-option");
    }
    let deadline = errs.take(
        "deadline",
        domain::series::end_of_local_day(&deadline_in, i18n::time_zone()),
    );
    let deadline = match deadline {
        Some(Some(d)) if d <= now => {
            errs.add("deadline", "error-deadline-past");
            None
        }
        Some(Some(d)) => Some(d),
        Some(None) => {
            errs.add("deadline", "error-required");
            None
        }
        None => None,
    };
    let message = errs.take("message", domain::text::multi_line(&message_in, 2000, false));
    if m.is_cancelled() {
        errs.add("speaker", "error-module-cancelled");
    }
    // a speaker cannot be booked for two modules at the same time
    if let Some(sp) = &speaker {
        let clash = st
            .store
            .overlapping_requests(sp.id, m.id, m.starts_at.0, m.ends_at.0)
            .await?;
        if !clash.is_empty() {
            errs.add("speaker", "error-speaker-double-booked");
        }
    }
    let (Some(sp), Some(deadline), Some(message), true) = (speaker, deadline, message, errs.is_empty()) else {
        return render_invalid(&module_page(&ctx, m, s.org_id, errs, speaker_in, deadline_in, message_in).await?);
    };
    let token = crate::security::random_token();
    let me = ctx.user()?;
    let series_title = st.store.series_text(s.id, i18n::DEFAULT).await?.title;
    let locale = i18n::DEFAULT;
    let mail = crate::mail::speaker_request(
        &st.i18n,
        locale,
        &sp,
        &me.name,
        &series_title,
        &m,
        &message,
        &format!(
            "{}/speaker-requests/{token}",
            st.config.public_url.trim_end_matches('/')
        ),
        deadline,
    );
    match st
        .store
        .ask_speaker(now, me.id, m.id, sp.id, &token, deadline, &message, locale, &mail)
        .await
    {
        Ok(_) => Ok(redirect_flash(
            &format!("/modules/{}/speakers", m.id),
            "flash-speaker-asked",
        )),
        Err(StoreError::Conflict(_)) => {
            let errs = FormErrors::one("speaker", "error-speaker-already-asked");
            render_invalid(&module_page(&ctx, m, s.org_id, errs, speaker_in, deadline_in, message_in).await?)
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn withdraw(StaffRequest { ctx, request: r }: StaffRequest, Form(c): Form<Confirmed>) -> AppResult {
    let id = r.id;
    if !c.confirmed {
        let ask = Ask {
            what: "speaker-withdraw",
            action: format!("/speaker-requests/{id}/withdraw"),
            back: format!("/modules/{}/speakers", r.module_id),
            args: &[("name", r.speaker_name.clone()), ("module", r.module_title.clone())],
            fields: vec![],
        };
        return confirm::ask(&ctx, ask, Nav::Series);
    }
    match ctx.state.store.withdraw_request(ctx.now(), ctx.user()?.id, id).await {
        Ok(()) | Err(StoreError::Stale) => Ok(redirect_flash(
            &format!("/modules/{}/speakers", r.module_id),
            "flash-saved",
        )),
        Err(e) => Err(e.into()),
    }
}

#[derive(Template)]
#[template(path = "series/speaker_answer.html")]
struct AnswerPage {
    p: Page,
    r: Request,
    series_title: String,
    open: bool,
}

pub async fn answer_get(SpeakerLink { ctx, request: r }: SpeakerLink) -> AppResult {
    let series_title = ctx.state.store.series_text(r.series_id, ctx.locale.code).await?.title;
    let mut p = ctx.page("speaker-answer-title", Nav::Other);
    p.title = p.t1("speaker-answer-title", "title", &r.module_title);
    let open = r.status == RequestStatus::Asked && r.deadline.0 >= ctx.now() && r.module_cancelled.is_none();
    render(&AnswerPage {
        p,
        r,
        series_title,
        open,
    })
}

pub async fn answer_post(SpeakerLink { ctx, request: r }: SpeakerLink, Form(f): Form<AnswerForm>) -> AppResult {
    let st = &ctx.state;
    let token = r.token.clone();
    let confirm = match f.answer.as_str() {
        "confirm" => true,
        "decline" => false,
        _ => return Err(AppError::NotFound),
    };
    let i18n = st.i18n.clone();
    let store = st.store.clone();
    // the staff member who asked is told (their address is read before the transaction)
    let asker = match r.asked_by {
        Some(uid) => store.user_by_id(uid).await?,
        None => None,
    };
    let notice = move |req: &Request| {
        asker
            .as_ref()
            .map(|u| crate::mail::speaker_answered(&i18n, u.locale.as_deref().unwrap_or("de"), &u.email, &u.name, req))
    };
    match st.store.answer_request(ctx.now(), &token, confirm, &notice).await {
        Ok(_) => Ok(redirect_flash(
            &format!("/speaker-requests/{token}"),
            if confirm {
                "flash-speaker-confirmed"
            } else {
                "flash-speaker-declined"
            },
        )),
        Err(StoreError::Stale) => Ok(redirect_flash(
            &format!("/speaker-requests/{token}"),
            "flash-speaker-closed",
        )),
        Err(e) => Err(e.into()),
    }
}

/// A module on the board with its speakers and warnings.
pub struct BoardRow {
    pub m: BoardModule,
    pub requests: Vec<Request>,
    pub state: BoardState,
    /// Names of speakers booked elsewhere at the same time.
    pub clashes: Vec<String>,
}

impl BoardRow {
    /// The colour of the state's tag.
    pub fn tag(&self) -> &'static str {
        match self.state {
            BoardState::Confirmed => "green",
            BoardState::Asked => "yellow",
            BoardState::Open | BoardState::Declined => "red",
        }
    }
}

#[derive(Template)]
#[template(path = "series/board.html")]
struct BoardPage {
    p: Page,
    org_id: i64,
    rows: Vec<BoardRow>,
    gaps_only: bool,
    gaps: usize,
    clashes: usize,
}

#[derive(serde::Deserialize, Default)]
pub struct BoardQuery {
    #[serde(default)]
    gaps: String,
}

pub async fn board(
    OrgSeriesStaff { ctx, org }: OrgSeriesStaff,
    axum::extract::Query(q): axum::extract::Query<BoardQuery>,
) -> AppResult {
    let o = ctx.state.store.org(org).await?.ok_or(AppError::NotFound)?;
    let now = ctx.now();
    let until = now + 24 * 31 * 86400;
    let modules = ctx.state.store.board_modules(org, ctx.locale.code, now, until).await?;
    let requests = ctx.state.store.requests_of_org(org, now, until).await?;
    let active = |r: &&Request| r.status.is_open();
    let mut rows: Vec<BoardRow> = modules
        .into_iter()
        .map(|m| {
            let mine: Vec<Request> = requests.iter().filter(|r| r.module_id == m.id).cloned().collect();
            let state = BoardState::of(mine.iter().map(|r| r.status));
            let mut clashes: Vec<String> = mine
                .iter()
                .filter(active)
                .filter(|r| {
                    requests.iter().filter(active).any(|o| {
                        o.speaker_id == r.speaker_id
                            && o.module_id != r.module_id
                            && o.module_cancelled.is_none()
                            && o.starts_at < m.ends_at
                            && o.ends_at > m.starts_at
                    })
                })
                .map(|r| r.speaker_name.clone())
                .collect();
            clashes.dedup();
            BoardRow {
                m,
                requests: mine,
                state,
                clashes,
            }
        })
        .collect();
    let gaps = rows.iter().filter(|r| r.state.is_gap()).count();
    let clashes = rows.iter().filter(|r| !r.clashes.is_empty()).count();
    let gaps_only = q.gaps == "1";
    if gaps_only {
        rows.retain(|r| r.state.is_gap());
    }
    let mut p = ctx.page("board-title", Nav::Series);
    p.title = p.t1("board-title", "org", &o.name);
    render(&BoardPage {
        p,
        org_id: org,
        rows,
        gaps_only,
        gaps,
        clashes,
    })
}
