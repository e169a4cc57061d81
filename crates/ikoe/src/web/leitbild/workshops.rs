//! The workshops of a Leitbild process (`/leitbild/{id}/workshops`): the
//! three of the method and mini-workshops, planned by the team. Each is a
//! module of the process's invitation-only series, so invitations,
//! registration and attendance happen on the series' own pages (linked from
//! here), and the participation per department comes from that attendance.
//!
//! A workshop's page (`/leitbild/{id}/workshops/{item}`) records its
//! results, quick to type during the workshop: value cards and slogan
//! proposals with dot votes, notes, draft principles (taken into the
//! Leitbild draft with one button), and assignments tracked until done. Each
//! result has a small form of its own; its fields are named after it
//! (`c12-text` for card 12, `value-text` for a new value card), so a mistake
//! shows beside the right field with what was typed.

use askama::Template;
use axum::extract::Path;
use domain::leitbild_workshops::{self as dw, AssignmentStatus, CardKind, NoteCategory, Section, WorkshopKind};
use domain::policy::Action;
use domain::series::{self as ds, CompletionRule, NewModule, NewSeries, SeriesKind, SeriesText, Signing, Visibility};
use serde::Deserialize;
use store::leitbild::{Assignment, Card, Drafted, Item, NewAssignment, Note, Participation, Process, Workshop};
use store::StoreError;

use crate::web::confirm::{self, Ask, Confirmed};
use crate::web::error::{AppError, AppResult};
use crate::web::extract::Ctx;
use crate::web::form::{Fields, Form};
use crate::web::guards::leitbild::{ProcessTeam, ProcessView};
use crate::web::page::{FormErrors, Nav, Opt, Page};
use crate::web::spaces::forms::version;
use crate::web::{redirect_flash, render, render_invalid};

/// The planning form of a workshop.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct PlanForm {
    pub kind: String,
    pub title: String,
    pub starts_at: String,
    pub ends_at: String,
    pub venue: String,
    pub online_url: String,
}

impl PlanForm {
    /// The kind and the module; `default_title` names a workshop left without a title.
    fn parse(&self, default_title: impl Fn(WorkshopKind) -> String) -> Result<(WorkshopKind, NewModule), FormErrors> {
        let tz = i18n::time_zone();
        let mut errs = FormErrors::new();
        let kind = errs.take("kind", WorkshopKind::parse(&self.kind));
        let title = kind.and_then(|k| errs.take("title", dw::workshop_title(&self.title, &default_title(k))));
        let starts_at = errs.take("starts_at", ds::local_datetime(&self.starts_at, tz));
        let ends_at = errs.take("ends_at", ds::local_datetime(&self.ends_at, tz));
        let venue = errs.take("venue", domain::text::multi_line(&self.venue, 500, false));
        let online_url = errs.take("online_url", ds::online_url(&self.online_url));
        let (Some(kind), Some(title), Some(starts_at), Some(ends_at), Some(venue), Some(online_url)) =
            (kind, title, starts_at, ends_at, venue, online_url)
        else {
            return Err(errs);
        };
        let m = NewModule {
            title,
            topics: String::new(),
            starts_at,
            ends_at,
            venue,
            access_notes: String::new(),
            online_url,
            // teaching hours, rounded, at least one
            hours: ((ends_at - starts_at + 1800) / 3600).clamp(1, 100),
            mandatory: false,
        };
        for (field, e) in ds::check_module(&m) {
            errs.add(field, e.0);
        }
        if errs.is_empty() {
            Ok((kind, m))
        } else {
            Err(errs)
        }
    }
}

/// Whether the visitor may use the pages of the process's series
/// (invitations, registration, attendance): the administration's members
/// and the process's team (`team`).
fn series_staff(ctx: &Ctx, process: &Process, team: bool) -> bool {
    ctx.can(Action::ManageOneSeries {
        org: process.org_id,
        workshops_team: team,
    })
}

#[derive(Template)]
#[template(path = "leitbild/workshops.html")]
struct ListPage {
    p: Page,
    process: Process,
    team_view: bool,
    series_staff: bool,
    series: Option<i64>,
    workshops: Vec<Workshop>,
    participation: Participation,
    assignments: Vec<Assignment>,
    errs: FormErrors,
    f: PlanForm,
    kinds: Vec<Opt>,
}

impl ListPage {
    fn due(&self, a: &Assignment) -> String {
        due_label(&self.p, &a.due)
    }
    /// Whether a workshop's kind is shown beside its title (not when the title is the kind's name).
    fn tagged(&self, w: &Workshop) -> bool {
        w.title != default_title(&self.p.i18n, w.kind)
    }
    /// How many assignments are still open.
    fn open_assignments(&self) -> usize {
        self.assignments
            .iter()
            .filter(|a| a.status == AssignmentStatus::Open)
            .count()
    }
}

/// The kinds of workshop the planning form offers: those of the method not
/// planned yet (or cancelled), and mini-workshops.
fn kind_options(p: &Page, workshops: &[Workshop]) -> Vec<Opt> {
    let mut out = vec![Opt::new("", p.t("choose"))];
    for k in WorkshopKind::ALL {
        let planned = k.once() && workshops.iter().any(|w| w.kind == *k && w.cancelled_at.is_none());
        if !planned {
            out.push(Opt::new(k.code(), p.tk("workshop-kind", k.code())));
        }
    }
    out
}

async fn list_page(ctx: &Ctx, process: Process, team: bool, errs: FormErrors, f: PlanForm) -> AppResult<ListPage> {
    let store = &ctx.state.store;
    let workshops = store.workshops(process.id).await?;
    let p = ctx.page_titled(
        format!("{} – {}", ctx.t("workshops-title"), process.title),
        Nav::Leitbild,
    );
    Ok(ListPage {
        kinds: kind_options(&p, &workshops),
        p,
        team_view: team,
        series_staff: series_staff(ctx, &process, team),
        series: store.workshop_series(process.id).await?,
        participation: store.workshop_participation(process.id).await?,
        assignments: store.assignments_of_process(process.id).await?,
        workshops,
        process,
        errs,
        f,
    })
}

pub async fn list(ProcessView { ctx, process, team }: ProcessView) -> AppResult {
    render(&list_page(&ctx, process, team, FormErrors::new(), PlanForm::default()).await?)
}

/// The series a process's first workshop makes: invitation-only, of the
/// administration, for its staff (seats: the headcount, at least 20; the
/// team can change it on the series' page). Its text is German, as the
/// series' own texts start.
async fn new_series(ctx: &Ctx, process: &Process) -> AppResult<NewSeries> {
    let store = &ctx.state.store;
    let org = store.org(process.org_id).await?.ok_or(AppError::NotFound)?;
    let headcount: i64 = store.departments(process.id).await?.iter().map(|d| d.headcount).sum();
    Ok(series_for(&ctx.state.i18n, &org, process, headcount))
}

/// The settings and German text of the workshop series of `process` of `org`.
pub(crate) fn series_for(i18n: &i18n::I18n, org: &store::orgs::Org, process: &Process, headcount: i64) -> NewSeries {
    let prefix = i18n.t("de", "workshops-series-title");
    let room = ds::TITLE_MAX.saturating_sub(prefix.chars().count() + 1);
    let title: String = process.title.chars().take(room).collect();
    let summary = i18n.t_args("de", "workshops-series-summary", &[("org", org.name.as_str().into())]);
    NewSeries {
        kind: SeriesKind::ExpertDay,
        visibility: Visibility::Invitation,
        region: org.region.clone(),
        target_groups: vec!["administration".into()],
        languages: vec!["de".into()],
        capacity: headcount.clamp(20, 10_000),
        deadline: None,
        manual_approval: false,
        rule: CompletionRule::default(),
        texts: vec![SeriesText {
            locale: "de".into(),
            title: format!("{prefix} {title}"),
            summary: summary.replace(['\u{2068}', '\u{2069}'], ""),
        }],
        signing: Signing::default(),
    }
}

/// The title of a workshop the team left without one: its kind's German name.
pub(crate) fn default_title(i18n: &i18n::I18n, kind: WorkshopKind) -> String {
    i18n.t("de", &format!("workshop-kind-{}", kind.code()))
}

pub async fn plan(ProcessTeam { ctx, process }: ProcessTeam, Form(f): Form<PlanForm>) -> AppResult {
    let i18n = ctx.state.i18n.clone();
    let parsed = f.parse(|k| default_title(&i18n, k));
    let (kind, module) = match parsed {
        Ok(v) => v,
        Err(errs) => return render_invalid(&list_page(&ctx, process, true, errs, f).await?),
    };
    let series = new_series(&ctx, &process).await?;
    let key = crate::security::random_token();
    let result = ctx
        .state
        .store
        .plan_workshop(ctx.now(), ctx.user_id()?, process.id, kind, &module, &series, &key)
        .await;
    let (field, message) = match result {
        Ok(id) => {
            return Ok(redirect_flash(
                &format!("/leitbild/{}/workshops/{id}", process.id),
                "flash-workshop-planned",
            ))
        }
        Err(StoreError::Conflict("kind")) => ("kind", "error-workshop-planned"),
        Err(StoreError::Conflict(_)) => ("starts_at", "error-workshop-twice"),
        Err(e) => return Err(e.into()),
    };
    render_invalid(&list_page(&ctx, process, true, FormErrors::one(field, message), f).await?)
}

#[derive(Template)]
#[template(path = "leitbild/workshop.html")]
struct WorkshopPage {
    p: Page,
    process: Process,
    team_view: bool,
    series_staff: bool,
    w: Workshop,
    /// The sections of the workshop's kind, then any other that holds results.
    sections: Vec<Section>,
    values: Vec<Card>,
    slogans: Vec<Card>,
    notes: Vec<Note>,
    drafted: Vec<Drafted>,
    assignments: Vec<Assignment>,
    categories: Vec<Opt>,
    statuses: Vec<Opt>,
    errs: FormErrors,
    /// The prefix of the fields of the form sent with a mistake ("" for none).
    open: String,
    /// What was typed into it.
    typed: Fields,
}

impl WorkshopPage {
    /// The name of field `field` of result `id` of a kind (`c`, `n`, `d`, `a`): "c12-text".
    fn name(&self, kind: &str, id: impl std::fmt::Display, field: &str) -> String {
        format!("{kind}{id}-{field}")
    }
    /// The name of field `field` of a new card of a kind: "value-text".
    fn new_name(&self, kind: &str, field: &str) -> String {
        format!("{kind}-{field}")
    }
    /// The value field `name` shows: what was typed into the form sent with
    /// a mistake, else `stored`.
    fn v(&self, name: impl AsRef<str>, stored: impl std::fmt::Display) -> String {
        let name = name.as_ref();
        if !self.open.is_empty() && name.starts_with(&self.open) && self.typed.has(name) {
            self.typed.get(name).to_string()
        } else {
            stored.to_string()
        }
    }
    /// Whether the form with this prefix was sent with a mistake (its editor stays open).
    fn is_open(&self, prefix: impl AsRef<str>) -> bool {
        self.open == prefix.as_ref()
    }
    /// Whether the workshop's kind is shown beside its title (not when the title is the kind's name).
    fn tagged(&self) -> bool {
        self.w.title != default_title(&self.p.i18n, self.w.kind)
    }
    /// The kind of card a section holds.
    fn card_kind(&self, s: &Section) -> &'static str {
        match s {
            Section::Slogans => CardKind::Slogan.code(),
            _ => CardKind::Value.code(),
        }
    }
    fn cards_of(&self, s: &Section) -> &[Card] {
        match s {
            Section::Slogans => &self.slogans,
            _ => &self.values,
        }
    }
    /// The category a new note starts with: workshop 1 begins with the story.
    fn default_category(&self) -> &'static str {
        match self.w.kind {
            WorkshopKind::Vision => NoteCategory::Story.code(),
            _ => NoteCategory::Other.code(),
        }
    }
    fn due(&self, a: &Assignment) -> String {
        due_label(&self.p, &a.due)
    }
}

/// A due date ("2027-03-04") as the page's language writes dates.
fn due_label(p: &Page, due: &str) -> String {
    match dw::due_noon(due, i18n::time_zone()) {
        Some(t) => p.date(&t),
        None => due.to_string(),
    }
}

/// The page of workshop `id` of the process, with a form's mistakes.
async fn workshop_page(
    ctx: &Ctx,
    process: Process,
    team: bool,
    id: i64,
    errs: FormErrors,
    open: String,
    typed: Fields,
) -> AppResult<WorkshopPage> {
    let store = &ctx.state.store;
    let w = store.workshop(process.id, id).await?.ok_or(AppError::NotFound)?;
    let p = ctx.page_titled(w.title.clone(), Nav::Leitbild);
    let categories = NoteCategory::ALL
        .iter()
        .map(|c| Opt::new(c.code(), p.tk("workshop-note", c.code())))
        .collect();
    let statuses = AssignmentStatus::ALL
        .iter()
        .map(|s| Opt::new(s.code(), p.tk("assignment-status", s.code())))
        .collect();
    let values = store.cards(id, CardKind::Value).await?;
    let slogans = store.cards(id, CardKind::Slogan).await?;
    let notes = store.notes(id).await?;
    let drafted = store.drafted(id).await?;
    let assignments = store.assignments(id).await?;
    let mut sections = w.kind.sections().to_vec();
    // (and the one whose new result's form was sent with a mistake)
    let sent = |prefix: &str| open == prefix;
    for (s, any) in [
        (Section::Notes, !notes.is_empty() || sent("note-")),
        (Section::Values, !values.is_empty() || sent("value-")),
        (Section::Slogans, !slogans.is_empty() || sent("slogan-")),
        (Section::Principles, !drafted.is_empty() || sent("drafted-")),
        (Section::Assignments, !assignments.is_empty() || sent("assignment-")),
    ] {
        if any && !sections.contains(&s) {
            sections.push(s);
        }
    }
    Ok(WorkshopPage {
        series_staff: series_staff(ctx, &process, team),
        sections,
        values,
        slogans,
        notes,
        drafted,
        assignments,
        categories,
        statuses,
        p,
        process,
        team_view: team,
        w,
        errs,
        open,
        typed,
    })
}

pub async fn show(ProcessView { ctx, process, team }: ProcessView, Path((_, id)): Path<(i64, i64)>) -> AppResult {
    let page = workshop_page(
        &ctx,
        process,
        team,
        id,
        FormErrors::new(),
        String::new(),
        Fields::default(),
    )
    .await?;
    render(&page)
}

/// The workshop page again with the mistake of the form with fields `prefix…`.
async fn invalid(
    ctx: &Ctx,
    process: Process,
    workshop: i64,
    errs: FormErrors,
    prefix: &str,
    typed: Fields,
) -> AppResult {
    let page = workshop_page(ctx, process, true, workshop, errs, prefix.to_string(), typed).await?;
    render_invalid(&page)
}

/// Back to the workshop's page, at `anchor`.
fn back(process: &Process, workshop: i64, anchor: &str, flash: &str) -> AppResult {
    Ok(redirect_flash(
        &format!("/leitbild/{}/workshops/{workshop}#{anchor}", process.id),
        flash,
    ))
}

/// The fields `prefix{name}` a form always sends; any missing: not our form (400).
fn sent(f: &Fields, prefix: &str, names: &[&str]) -> Result<(), AppError> {
    if names.iter().all(|n| f.has(&format!("{prefix}{n}"))) {
        Ok(())
    } else {
        Err(AppError::BadRequest)
    }
}

/// The workshop of result `id` (404 when it is no result of this process).
async fn workshop_of(ctx: &Ctx, process: &Process, item: Item, id: i64) -> AppResult<i64> {
    ctx.state
        .store
        .result_workshop(process.id, item, id)
        .await?
        .ok_or(AppError::NotFound)
}

// ---- value cards and slogan proposals ----

/// A card's text and votes from the fields `prefix…`.
fn parse_card(f: &Fields, prefix: &str) -> Result<(String, i64), FormErrors> {
    let mut errs = FormErrors::new();
    let text = errs.take(&format!("{prefix}text"), dw::card_text(f.get(&format!("{prefix}text"))));
    let votes = errs.take(&format!("{prefix}votes"), dw::votes(f.get(&format!("{prefix}votes"))));
    match (text, votes) {
        (Some(t), Some(v)) => Ok((t, v)),
        _ => Err(errs),
    }
}

fn card_anchor(kind: CardKind) -> &'static str {
    match kind {
        CardKind::Value => "values",
        CardKind::Slogan => "slogans",
    }
}

pub async fn add_card(
    ProcessTeam { ctx, process }: ProcessTeam,
    Path((_, w)): Path<(i64, i64)>,
    Form(f): Form<Fields>,
) -> AppResult {
    let kind = CardKind::parse(f.get("kind")).map_err(|_| AppError::BadRequest)?;
    let prefix = format!("{}-", kind.code());
    sent(&f, &prefix, &["text", "votes"])?;
    let (text, votes) = match parse_card(&f, &prefix) {
        Ok(v) => v,
        Err(errs) => return invalid(&ctx, process, w, errs, &prefix, f).await,
    };
    ctx.state
        .store
        .add_card(ctx.now(), ctx.user_id()?, process.id, w, kind, &text, votes)
        .await?;
    back(&process, w, card_anchor(kind), "flash-saved")
}

pub async fn update_card(
    ProcessTeam { ctx, process }: ProcessTeam,
    Path((_, id)): Path<(i64, i64)>,
    Form(f): Form<Fields>,
) -> AppResult {
    let w = workshop_of(&ctx, &process, Item::Card, id).await?;
    let prefix = format!("c{id}-");
    sent(&f, &prefix, &["text", "votes"])?;
    let v = version(f.get("version"))?;
    let (text, votes) = match parse_card(&f, &prefix) {
        Ok(v) => v,
        Err(errs) => return invalid(&ctx, process, w, errs, &prefix, f).await,
    };
    match ctx
        .state
        .store
        .update_card(ctx.now(), ctx.user_id()?, process.id, id, v, &text, votes)
        .await
    {
        Ok(()) => back(&process, w, &format!("c{id}"), "flash-saved"),
        Err(StoreError::Stale) => {
            let errs = FormErrors::one(&format!("{prefix}text"), "error-stale");
            invalid(&ctx, process, w, errs, &prefix, f).await
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn vote_card(ProcessTeam { ctx, process }: ProcessTeam, Path((_, id)): Path<(i64, i64)>) -> AppResult {
    let w = workshop_of(&ctx, &process, Item::Card, id).await?;
    match ctx
        .state
        .store
        .vote_card(ctx.now(), ctx.user_id()?, process.id, id)
        .await
    {
        Ok(()) => back(&process, w, &format!("c{id}"), "flash-vote-counted"),
        Err(StoreError::Conflict(_)) => {
            let prefix = format!("c{id}-");
            let errs = FormErrors::one(&format!("{prefix}votes"), "error-votes-range");
            invalid(&ctx, process, w, errs, &prefix, Fields::default()).await
        }
        Err(e) => Err(e.into()),
    }
}

// ---- notes ----

fn parse_note(f: &Fields, prefix: &str) -> Result<(NoteCategory, String), FormErrors> {
    let mut errs = FormErrors::new();
    let category = errs.take(
        &format!("{prefix}category"),
        NoteCategory::parse(f.get(&format!("{prefix}category"))),
    );
    let text = errs.take(&format!("{prefix}text"), dw::note_text(f.get(&format!("{prefix}text"))));
    match (category, text) {
        (Some(c), Some(t)) => Ok((c, t)),
        _ => Err(errs),
    }
}

pub async fn add_note(
    ProcessTeam { ctx, process }: ProcessTeam,
    Path((_, w)): Path<(i64, i64)>,
    Form(f): Form<Fields>,
) -> AppResult {
    let prefix = "note-";
    sent(&f, prefix, &["category", "text"])?;
    let (category, text) = match parse_note(&f, prefix) {
        Ok(v) => v,
        Err(errs) => return invalid(&ctx, process, w, errs, prefix, f).await,
    };
    ctx.state
        .store
        .add_note(ctx.now(), ctx.user_id()?, process.id, w, category, &text)
        .await?;
    back(&process, w, "notes", "flash-saved")
}

pub async fn update_note(
    ProcessTeam { ctx, process }: ProcessTeam,
    Path((_, id)): Path<(i64, i64)>,
    Form(f): Form<Fields>,
) -> AppResult {
    let w = workshop_of(&ctx, &process, Item::Note, id).await?;
    let prefix = format!("n{id}-");
    sent(&f, &prefix, &["category", "text"])?;
    let v = version(f.get("version"))?;
    let (category, text) = match parse_note(&f, &prefix) {
        Ok(v) => v,
        Err(errs) => return invalid(&ctx, process, w, errs, &prefix, f).await,
    };
    match ctx
        .state
        .store
        .update_note(ctx.now(), ctx.user_id()?, process.id, id, v, category, &text)
        .await
    {
        Ok(()) => back(&process, w, &format!("n{id}"), "flash-saved"),
        Err(StoreError::Stale) => {
            let errs = FormErrors::one(&format!("{prefix}text"), "error-stale");
            invalid(&ctx, process, w, errs, &prefix, f).await
        }
        Err(e) => Err(e.into()),
    }
}

// ---- draft principles ----

fn parse_drafted(f: &Fields, prefix: &str) -> Result<(String, String), FormErrors> {
    let mut errs = FormErrors::new();
    let text = errs.take(
        &format!("{prefix}text"),
        domain::leitbild::principle_text(f.get(&format!("{prefix}text"))),
    );
    let goal = errs.take(
        &format!("{prefix}goal"),
        domain::leitbild::goal(f.get(&format!("{prefix}goal"))),
    );
    match (text, goal) {
        (Some(t), Some(g)) => Ok((t, g)),
        _ => Err(errs),
    }
}

pub async fn add_drafted(
    ProcessTeam { ctx, process }: ProcessTeam,
    Path((_, w)): Path<(i64, i64)>,
    Form(f): Form<Fields>,
) -> AppResult {
    let prefix = "drafted-";
    sent(&f, prefix, &["text", "goal"])?;
    let (text, goal) = match parse_drafted(&f, prefix) {
        Ok(v) => v,
        Err(errs) => return invalid(&ctx, process, w, errs, prefix, f).await,
    };
    ctx.state
        .store
        .add_drafted(ctx.now(), ctx.user_id()?, process.id, w, &text, &goal)
        .await?;
    back(&process, w, "principles", "flash-saved")
}

pub async fn update_drafted(
    ProcessTeam { ctx, process }: ProcessTeam,
    Path((_, id)): Path<(i64, i64)>,
    Form(f): Form<Fields>,
) -> AppResult {
    let w = workshop_of(&ctx, &process, Item::Drafted, id).await?;
    let prefix = format!("d{id}-");
    sent(&f, &prefix, &["text", "goal"])?;
    let v = version(f.get("version"))?;
    let (text, goal) = match parse_drafted(&f, &prefix) {
        Ok(v) => v,
        Err(errs) => return invalid(&ctx, process, w, errs, &prefix, f).await,
    };
    match ctx
        .state
        .store
        .update_drafted(ctx.now(), ctx.user_id()?, process.id, id, v, &text, &goal)
        .await
    {
        Ok(()) => back(&process, w, &format!("d{id}"), "flash-saved"),
        Err(StoreError::Stale) => {
            let errs = FormErrors::one(&format!("{prefix}text"), "error-stale");
            invalid(&ctx, process, w, errs, &prefix, f).await
        }
        Err(e) => Err(e.into()),
    }
}

/// Takes a drafted principle into the Leitbild draft as a new version.
pub async fn take_drafted(ProcessTeam { ctx, process }: ProcessTeam, Path((_, id)): Path<(i64, i64)>) -> AppResult {
    let w = workshop_of(&ctx, &process, Item::Drafted, id).await?;
    let store = &ctx.state.store;
    let uid = ctx.user_id()?;
    // someone saving a version at the same moment only means trying again
    let mut result = store.take_drafted(ctx.now(), uid, process.id, id).await;
    for _ in 0..2 {
        if !matches!(result, Err(StoreError::Stale)) {
            break;
        }
        result = store.take_drafted(ctx.now(), uid, process.id, id).await;
    }
    let key = match result {
        Ok(n) => {
            return Ok(redirect_flash(
                &format!("/leitbild/{}/versions/{n}", process.id),
                "flash-drafted-taken",
            ))
        }
        Err(StoreError::Conflict("taken")) => "error-drafted-taken",
        Err(StoreError::Conflict("no_draft")) => "error-drafted-no-draft",
        Err(StoreError::Conflict("round-open")) => "error-leitbild-round-open-save",
        Err(StoreError::Conflict("unanswered")) => "error-leitbild-unanswered",
        Err(StoreError::Conflict(_)) => "error-too-many-principles",
        Err(StoreError::Stale) => "error-version-stale-take",
        Err(e) => return Err(e.into()),
    };
    let prefix = format!("d{id}-");
    let errs = FormErrors::one(&format!("{prefix}take"), key);
    invalid(&ctx, process, w, errs, &prefix, Fields::default()).await
}

// ---- assignments ----

fn parse_assignment(f: &Fields, prefix: &str) -> Result<NewAssignment, FormErrors> {
    let mut errs = FormErrors::new();
    let field = |n: &str| format!("{prefix}{n}");
    let group_name = errs.take(&field("group"), dw::group_name(f.get(&field("group"))));
    let task = errs.take(&field("task"), dw::task(f.get(&field("task"))));
    let due = errs.take(&field("due"), dw::due_date(f.get(&field("due"))));
    let status = errs.take(&field("status"), AssignmentStatus::parse(f.get(&field("status"))));
    match (group_name, task, due, status) {
        (Some(group_name), Some(task), Some(due), Some(status)) => Ok(NewAssignment {
            group_name,
            task,
            due,
            status,
        }),
        _ => Err(errs),
    }
}

pub async fn add_assignment(
    ProcessTeam { ctx, process }: ProcessTeam,
    Path((_, w)): Path<(i64, i64)>,
    Form(f): Form<Fields>,
) -> AppResult {
    let prefix = "assignment-";
    sent(&f, prefix, &["group", "task", "due", "status"])?;
    let a = match parse_assignment(&f, prefix) {
        Ok(v) => v,
        Err(errs) => return invalid(&ctx, process, w, errs, prefix, f).await,
    };
    ctx.state
        .store
        .add_assignment(ctx.now(), ctx.user_id()?, process.id, w, &a)
        .await?;
    back(&process, w, "assignments", "flash-saved")
}

pub async fn update_assignment(
    ProcessTeam { ctx, process }: ProcessTeam,
    Path((_, id)): Path<(i64, i64)>,
    Form(f): Form<Fields>,
) -> AppResult {
    let w = workshop_of(&ctx, &process, Item::Assignment, id).await?;
    let prefix = format!("a{id}-");
    sent(&f, &prefix, &["group", "task", "due", "status"])?;
    let v = version(f.get("version"))?;
    let a = match parse_assignment(&f, &prefix) {
        Ok(v) => v,
        Err(errs) => return invalid(&ctx, process, w, errs, &prefix, f).await,
    };
    match ctx
        .state
        .store
        .update_assignment(ctx.now(), ctx.user_id()?, process.id, id, v, &a)
        .await
    {
        Ok(()) => back(&process, w, &format!("a{id}"), "flash-saved"),
        Err(StoreError::Stale) => {
            let errs = FormErrors::one(&format!("{prefix}task"), "error-stale");
            invalid(&ctx, process, w, errs, &prefix, f).await
        }
        Err(e) => Err(e.into()),
    }
}

/// Marking an assignment done (or open again), from the workshop's page or the list.
#[derive(Debug, Clone, Deserialize)]
pub struct StatusForm {
    pub status: String,
    /// "list": back to the workshops page; otherwise to the workshop's.
    #[serde(default)]
    pub from: String,
}

pub async fn assignment_status(
    ProcessTeam { ctx, process }: ProcessTeam,
    Path((_, id)): Path<(i64, i64)>,
    Form(f): Form<StatusForm>,
) -> AppResult {
    let w = workshop_of(&ctx, &process, Item::Assignment, id).await?;
    let status = AssignmentStatus::parse(&f.status).map_err(|_| AppError::BadRequest)?;
    ctx.state
        .store
        .set_assignment_status(ctx.now(), ctx.user_id()?, process.id, id, status)
        .await?;
    let flash = match status {
        AssignmentStatus::Done => "flash-assignment-done",
        AssignmentStatus::Open => "flash-assignment-open",
    };
    if f.from == "list" {
        Ok(redirect_flash(
            &format!("/leitbild/{}/workshops#a{id}", process.id),
            flash,
        ))
    } else {
        back(&process, w, &format!("a{id}"), flash)
    }
}

// ---- removing a result ----

/// Removes result `id` once confirmed; first asks, naming it.
async fn remove(ctx: Ctx, process: Process, item: Item, id: i64, c: Confirmed) -> AppResult {
    let w = workshop_of(&ctx, &process, item, id).await?;
    let store = &ctx.state.store;
    let (what, path, anchor) = match item {
        Item::Card => ("leitbild-card-remove", "workshop-cards", "values"),
        Item::Note => ("leitbild-note-remove", "workshop-notes", "notes"),
        Item::Drafted => ("leitbild-drafted-remove", "workshop-principles", "principles"),
        Item::Assignment => ("leitbild-assignment-remove", "assignments", "assignments"),
    };
    if !c.confirmed {
        let text = match item {
            Item::Card => {
                let mut all = store.cards(w, CardKind::Value).await?;
                all.extend(store.cards(w, CardKind::Slogan).await?);
                all.into_iter().find(|x| x.id == id).map(|x| x.text)
            }
            Item::Note => store.notes(w).await?.into_iter().find(|x| x.id == id).map(|x| x.text),
            Item::Drafted => store.drafted(w).await?.into_iter().find(|x| x.id == id).map(|x| x.text),
            Item::Assignment => store
                .assignments(w)
                .await?
                .into_iter()
                .find(|x| x.id == id)
                .map(|x| x.group_name),
        }
        .ok_or(AppError::NotFound)?;
        // a long text is named by its beginning
        let name: String = if text.chars().count() > 80 {
            format!("{}…", text.chars().take(80).collect::<String>())
        } else {
            text
        };
        let ask = Ask {
            what,
            action: format!("/leitbild/{}/{path}/{id}/remove", process.id),
            back: format!("/leitbild/{}/workshops/{w}", process.id),
            args: &[("name", name)],
            fields: vec![],
        };
        return confirm::ask(&ctx, ask, Nav::Leitbild);
    }
    let slogan = item == Item::Card && store.cards(w, CardKind::Slogan).await?.iter().any(|x| x.id == id);
    store
        .remove_result(ctx.now(), ctx.user_id()?, process.id, item, id)
        .await?;
    back(&process, w, if slogan { "slogans" } else { anchor }, "flash-removed")
}

pub async fn remove_card(
    ProcessTeam { ctx, process }: ProcessTeam,
    Path((_, id)): Path<(i64, i64)>,
    Form(c): Form<Confirmed>,
) -> AppResult {
    remove(ctx, process, Item::Card, id, c).await
}

pub async fn remove_note(
    ProcessTeam { ctx, process }: ProcessTeam,
    Path((_, id)): Path<(i64, i64)>,
    Form(c): Form<Confirmed>,
) -> AppResult {
    remove(ctx, process, Item::Note, id, c).await
}

pub async fn remove_drafted(
    ProcessTeam { ctx, process }: ProcessTeam,
    Path((_, id)): Path<(i64, i64)>,
    Form(c): Form<Confirmed>,
) -> AppResult {
    remove(ctx, process, Item::Drafted, id, c).await
}

pub async fn remove_assignment(
    ProcessTeam { ctx, process }: ProcessTeam,
    Path((_, id)): Path<(i64, i64)>,
    Form(c): Form<Confirmed>,
) -> AppResult {
    remove(ctx, process, Item::Assignment, id, c).await
}
