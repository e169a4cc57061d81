//! A person's Leitbild processes; starting one for an administration; a
//! process's overview with its phases; renaming it, planning its phases and
//! moving it to another phase.

use askama::Template;
use domain::leitbild::Phase;
use domain::orgs::OrgKind;
use domain::policy::Action;
use store::leitbild::{Department, PlannedPhase, Process, ProcessItem, TeamMember};
use store::StoreError;

use crate::web::error::{AppError, AppResult};
use crate::web::extract::Ctx;
use crate::web::form::{Fields, Form};
use crate::web::guards::leitbild::{LeitbildStarter, ProcessTeam, ProcessView};
use crate::web::guards::SignedIn;
use crate::web::leitbild::forms::{phase_options, PhaseForm, ProcessForm};
use crate::web::page::{FormErrors, Nav, Opt, Page};
use crate::web::spaces::forms::version;
use crate::web::{redirect_flash, render, render_invalid};

#[derive(Template)]
#[template(path = "leitbild/list.html")]
struct ListPage {
    p: Page,
    processes: Vec<ProcessItem>,
    /// The administrations the person may start a process for: (id, name).
    may_start: Vec<(i64, String)>,
    /// Platform admins start one from the administration's page in the directory.
    platform_admin: bool,
}

pub async fn list(SignedIn { ctx, user }: SignedIn) -> AppResult {
    let store = &ctx.state.store;
    let processes = store.processes_for(user.id).await?;
    let mut may_start = vec![];
    for m in store.memberships_of(user.id).await? {
        let administration = store
            .org(m.org_id)
            .await?
            .is_some_and(|o| o.kind == OrgKind::Administration);
        if administration && ctx.can(Action::StartLeitbild(m.org_id)) {
            may_start.push((m.org_id, m.org_name));
        }
    }
    render(&ListPage {
        p: ctx.page("leitbild-title", Nav::Leitbild),
        processes,
        may_start,
        platform_admin: ctx.actor.platform_admin,
    })
}

#[derive(Template)]
#[template(path = "leitbild/form.html")]
struct FormPage {
    p: Page,
    /// The administration's name.
    org_name: String,
    action: String,
    cancel_href: String,
    errs: FormErrors,
    f: ProcessForm,
    /// Editing (with the phase plan) rather than starting.
    editing: bool,
}

fn new_page(ctx: &Ctx, org: &store::orgs::Org, errs: FormErrors, f: ProcessForm) -> FormPage {
    FormPage {
        p: ctx.page("leitbild-new-title", Nav::Leitbild),
        org_name: org.name.clone(),
        action: format!("/orgs/{}/leitbild/new", org.id),
        cancel_href: "/leitbild".into(),
        errs,
        f,
        editing: false,
    }
}

pub async fn new_get(LeitbildStarter { ctx, org }: LeitbildStarter) -> AppResult {
    render(&new_page(&ctx, &org, FormErrors::new(), ProcessForm::default()))
}

pub async fn new_post(LeitbildStarter { ctx, org }: LeitbildStarter, Form(fields): Form<Fields>) -> AppResult {
    let f = ProcessForm::sent(&fields, false).ok_or(AppError::BadRequest)?;
    let mut errs = FormErrors::new();
    let title = match errs.take("title", domain::leitbild::process_title(&f.title)) {
        Some(t) => t,
        None => return render_invalid(&new_page(&ctx, &org, errs, f)),
    };
    let id = ctx
        .state
        .store
        .create_process(ctx.now(), ctx.user_id()?, org.id, &title)
        .await?;
    Ok(redirect_flash(
        &format!("/leitbild/{id}/setup"),
        "flash-leitbild-created",
    ))
}

fn edit_page(ctx: &Ctx, process: &Process, errs: FormErrors, f: ProcessForm) -> FormPage {
    FormPage {
        p: ctx.page("leitbild-edit-title", Nav::Leitbild),
        org_name: process.org_name.clone(),
        action: format!("/leitbild/{}/edit", process.id),
        cancel_href: format!("/leitbild/{}", process.id),
        errs,
        f,
        editing: true,
    }
}

pub async fn edit_get(ProcessTeam { ctx, process }: ProcessTeam) -> AppResult {
    let plan = ctx.state.store.phase_plan(process.id).await?;
    let f = ProcessForm::from_process(&process, &plan);
    render(&edit_page(&ctx, &process, FormErrors::new(), f))
}

pub async fn edit_post(ProcessTeam { ctx, process }: ProcessTeam, Form(fields): Form<Fields>) -> AppResult {
    let f = ProcessForm::sent(&fields, true).ok_or(AppError::BadRequest)?;
    let version = version(&f.version)?;
    let (title, plan) = match f.parse() {
        Ok(v) => v,
        Err(errs) => return render_invalid(&edit_page(&ctx, &process, errs, f)),
    };
    let id = process.id;
    match ctx
        .state
        .store
        .update_process(ctx.now(), ctx.user_id()?, id, version, &title, &plan)
        .await
    {
        Ok(()) => Ok(redirect_flash(&format!("/leitbild/{id}"), "flash-saved")),
        Err(StoreError::Stale) => {
            let errs = FormErrors::one("title", "error-stale");
            render_invalid(&edit_page(&ctx, &process, errs, f))
        }
        Err(e) => Err(e.into()),
    }
}

/// A phase of the overview's timeline.
struct Step {
    phase: Phase,
    month: Option<String>,
    /// Before, at or after the current phase: "done", "current", "next".
    state: &'static str,
}

#[derive(Template)]
#[template(path = "leitbild/show.html")]
struct ShowPage {
    p: Page,
    process: Process,
    team_view: bool,
    steps: Vec<Step>,
    phases: Vec<Opt>,
    departments: Vec<Department>,
    headcount: i64,
    participants: i64,
    leaders: usize,
    team: Vec<TeamMember>,
    /// The visitor may read the adopted text (`/leitbild/{id}/text`).
    adopted_text: bool,
}

pub async fn show(ProcessView { ctx, process, team }: ProcessView) -> AppResult {
    let store = &ctx.state.store;
    let plan: Vec<PlannedPhase> = store.phase_plan(process.id).await?;
    let current = process.phase.index();
    let steps = Phase::ALL
        .iter()
        .map(|&phase| Step {
            phase,
            month: plan.iter().find(|m| m.phase == phase).map(|m| m.month.clone()),
            state: match phase.index() {
                i if i < current => "done",
                i if i == current => "current",
                _ => "next",
            },
        })
        .collect();
    let departments = store.departments(process.id).await?;
    let people = store.people(process.id).await?;
    let adopted_text = store
        .publication_of(process.id)
        .await?
        .is_some_and(|(org, publication)| ctx.can(Action::ReadLeitbildText { org, team, publication }));
    let p = ctx.page_titled(process.title.clone(), Nav::Leitbild);
    render(&ShowPage {
        adopted_text,
        phases: phase_options(&p),
        p,
        team_view: team,
        steps,
        headcount: departments.iter().map(|d| d.headcount).sum(),
        participants: people.len() as i64,
        leaders: people.iter().filter(|x| x.leader.on()).count(),
        departments,
        team: store.team(process.id).await?,
        process,
    })
}

/// Moves the process to another phase.
pub async fn set_phase(ProcessTeam { ctx, process }: ProcessTeam, Form(f): Form<PhaseForm>) -> AppResult {
    let phase = Phase::parse(&f.phase).map_err(|_| AppError::BadRequest)?;
    ctx.state
        .store
        .set_phase(ctx.now(), ctx.user_id()?, process.id, phase)
        .await?;
    Ok(redirect_flash(
        &format!("/leitbild/{}", process.id),
        "flash-leitbild-phase",
    ))
}
