//! One measure: adding it, changing it, setting its status with a note of
//! evidence, removing it. Every change says which version it was made on;
//! when someone else changed the measure meanwhile, the form comes back with
//! what was typed and a message, and nothing is overwritten.

use askama::Template;
use axum::extract::Path;
use store::leitbild::Process;
use store::measures::{Measure, Plan};
use store::StoreError;

use super::forms::{month_options, status_options, MeasureForm, StatusForm};
use super::list::{principle_label, row, Row};
use super::{planner_path, principles};
use crate::web::confirm::{self, Ask, Confirmed};
use crate::web::error::{AppError, AppResult};
use crate::web::extract::Ctx;
use crate::web::form::Form;
use crate::web::guards::leitbild::ProcessTeam;
use crate::web::page::{FormErrors, Nav, Opt, Page};
use crate::web::spaces::forms::version;
use crate::web::{redirect_flash, render, render_invalid};

#[derive(Template)]
#[template(path = "measures/form.html")]
struct FormPage {
    p: Page,
    process: Process,
    action: String,
    errs: FormErrors,
    f: MeasureForm,
    months: Vec<Opt>,
    principles: Vec<Opt>,
    /// The key of the page's heading.
    heading: &'static str,
}

/// The plan of the process; without one there is nothing to add to (the
/// planner page asks for its first month).
async fn plan(ctx: &Ctx, process: &Process) -> AppResult<Plan> {
    ctx.state
        .store
        .leitbild_plan(process.id)
        .await?
        .ok_or(AppError::NotFound)
}

async fn measure(ctx: &Ctx, process: &Process, id: i64) -> AppResult<Measure> {
    ctx.state
        .store
        .leitbild_measure(process.id, id)
        .await?
        .ok_or(AppError::NotFound)
}

async fn form_page(
    ctx: &Ctx,
    process: Process,
    plan: &Plan,
    measure: Option<i64>,
    errs: FormErrors,
    f: MeasureForm,
) -> AppResult<FormPage> {
    let texts = principles(ctx, &process).await?;
    let (title, action) = match measure {
        Some(id) => ("measures-edit-title", format!("{}/{id}/edit", planner_path(process.id))),
        None => ("measures-new-title", format!("{}/new", planner_path(process.id))),
    };
    let p = ctx.page_titled(format!("{} – {}", ctx.t(title), process.title), Nav::Leitbild);
    let mut months = vec![Opt::new("", p.t("measures-choose-month"))];
    months.extend(month_options(&p, &plan.months()));
    // a month typed or stored outside the plan stays selectable, so it is shown with its error
    if !f.month.is_empty() && !months.iter().any(|o| o.value == f.month) {
        months.push(Opt::new(f.month.clone(), p.month(&f.month)));
    }
    let mut principles = vec![Opt::new("", p.t("measures-principle-none"))];
    principles.extend((1..=texts.len()).filter_map(|n| {
        let n = i64::try_from(n).ok()?;
        principle_label(n, &texts).map(|l| Opt::new(n.to_string(), l))
    }));
    if !f.principle.is_empty() && !principles.iter().any(|o| o.value == f.principle) {
        principles.push(Opt::new(f.principle.clone(), f.principle.clone()));
    }
    Ok(FormPage {
        p,
        process,
        action,
        errs,
        f,
        months,
        principles,
        heading: title,
    })
}

/// GET /leitbild/{id}/planner/new
pub async fn new_get(ProcessTeam { ctx, process }: ProcessTeam) -> AppResult {
    let plan = plan(&ctx, &process).await?;
    let f = MeasureForm {
        version: String::new(),
        ..Default::default()
    };
    render(&form_page(&ctx, process, &plan, None, FormErrors::new(), f).await?)
}

/// POST /leitbild/{id}/planner/new
pub async fn new_post(ProcessTeam { ctx, process }: ProcessTeam, Form(f): Form<MeasureForm>) -> AppResult {
    let plan = plan(&ctx, &process).await?;
    let texts = principles(&ctx, &process).await?;
    let fields = match f.parse(&plan.start_month, texts.len()) {
        Ok(v) => v,
        Err(errs) => return render_invalid(&form_page(&ctx, process, &plan, None, errs, f).await?),
    };
    match ctx
        .state
        .store
        .add_leitbild_measure(ctx.now(), ctx.user_id()?, process.id, &fields)
        .await
    {
        Ok(id) => Ok(redirect_flash(
            &format!("{}#measure-{id}", planner_path(process.id)),
            "flash-measure-added",
        )),
        Err(StoreError::Conflict(_)) => {
            // the plan's year changed since the form was read
            let plan = self::plan(&ctx, &process).await?;
            let errs = FormErrors::one("month", "error-month-outside-plan");
            render_invalid(&form_page(&ctx, process, &plan, None, errs, f).await?)
        }
        Err(e) => Err(e.into()),
    }
}

/// GET /leitbild/{id}/planner/{item}/edit
pub async fn edit_get(ProcessTeam { ctx, process }: ProcessTeam, Path((_, id)): Path<(i64, i64)>) -> AppResult {
    let m = measure(&ctx, &process, id).await?;
    let plan = plan(&ctx, &process).await?;
    let f = MeasureForm::from_measure(&m);
    render(&form_page(&ctx, process, &plan, Some(id), FormErrors::new(), f).await?)
}

/// POST /leitbild/{id}/planner/{item}/edit
pub async fn edit_post(
    ProcessTeam { ctx, process }: ProcessTeam,
    Path((_, id)): Path<(i64, i64)>,
    Form(f): Form<MeasureForm>,
) -> AppResult {
    measure(&ctx, &process, id).await?;
    let plan = plan(&ctx, &process).await?;
    let written_on = version(&f.version)?;
    let texts = principles(&ctx, &process).await?;
    let fields = match f.parse(&plan.start_month, texts.len()) {
        Ok(v) => v,
        Err(errs) => return render_invalid(&form_page(&ctx, process, &plan, Some(id), errs, f).await?),
    };
    let result = ctx
        .state
        .store
        .update_leitbild_measure(ctx.now(), ctx.user_id()?, process.id, id, written_on, &fields)
        .await;
    let (field, key) = match result {
        Ok(()) => {
            return Ok(redirect_flash(
                &format!("{}#measure-{id}", planner_path(process.id)),
                "flash-saved",
            ))
        }
        Err(StoreError::Stale) => ("title", "error-measure-stale"),
        Err(StoreError::Conflict(_)) => ("month", "error-month-outside-plan"),
        Err(e) => return Err(e.into()),
    };
    // what was typed stays; saved again, it is written on the measure as it is now
    let mut f = f;
    f.version = measure(&ctx, &process, id).await?.version.to_string();
    let plan = self::plan(&ctx, &process).await?;
    let errs = FormErrors::one(field, key);
    render_invalid(&form_page(&ctx, process, &plan, Some(id), errs, f).await?)
}

#[derive(Template)]
#[template(path = "measures/status.html")]
struct StatusPage {
    p: Page,
    process: Process,
    row: Row,
    errs: FormErrors,
    f: StatusForm,
    statuses: Vec<Opt>,
}

async fn status_page(
    ctx: &Ctx,
    process: Process,
    m: Measure,
    errs: FormErrors,
    f: StatusForm,
) -> AppResult<StatusPage> {
    let texts = principles(ctx, &process).await?;
    let p = ctx.page_titled(
        format!("{} – {}", ctx.t("measures-status-title"), m.title),
        Nav::Leitbild,
    );
    Ok(StatusPage {
        statuses: status_options(&p),
        p,
        process,
        row: row(m, &texts),
        errs,
        f,
    })
}

/// GET /leitbild/{id}/planner/{item}/status
pub async fn status_get(ProcessTeam { ctx, process }: ProcessTeam, Path((_, id)): Path<(i64, i64)>) -> AppResult {
    let m = measure(&ctx, &process, id).await?;
    let f = StatusForm::from_measure(&m);
    render(&status_page(&ctx, process, m, FormErrors::new(), f).await?)
}

/// POST /leitbild/{id}/planner/{item}/status
pub async fn status_post(
    ProcessTeam { ctx, process }: ProcessTeam,
    Path((_, id)): Path<(i64, i64)>,
    Form(f): Form<StatusForm>,
) -> AppResult {
    let m = measure(&ctx, &process, id).await?;
    let written_on = version(&f.version)?;
    let (status, evidence) = match f.parse() {
        Ok(v) => v,
        Err(errs) => return render_invalid(&status_page(&ctx, process, m, errs, f).await?),
    };
    match ctx
        .state
        .store
        .set_measure_status(ctx.now(), ctx.user_id()?, process.id, id, written_on, status, &evidence)
        .await
    {
        Ok(()) => Ok(redirect_flash(
            &format!("{}#measure-{id}", planner_path(process.id)),
            "flash-measure-status",
        )),
        Err(StoreError::Stale) => {
            let m = measure(&ctx, &process, id).await?;
            let mut f = f;
            f.version = m.version.to_string();
            let errs = FormErrors::one("status", "error-measure-stale");
            render_invalid(&status_page(&ctx, process, m, errs, f).await?)
        }
        Err(e) => Err(e.into()),
    }
}

/// POST /leitbild/{id}/planner/{item}/remove (asks first)
pub async fn remove(
    ProcessTeam { ctx, process }: ProcessTeam,
    Path((_, id)): Path<(i64, i64)>,
    Form(c): Form<Confirmed>,
) -> AppResult {
    let m = measure(&ctx, &process, id).await?;
    if !c.confirmed {
        let ask = Ask {
            what: "measure-remove",
            action: format!("{}/{id}/remove", planner_path(process.id)),
            back: planner_path(process.id),
            args: &[("title", m.title.clone()), ("process", process.title.clone())],
            fields: vec![],
        };
        return confirm::ask(&ctx, ask, Nav::Leitbild);
    }
    ctx.state
        .store
        .remove_leitbild_measure(ctx.now(), ctx.user_id()?, process.id, id)
        .await?;
    Ok(redirect_flash(&planner_path(process.id), "flash-removed"))
}
