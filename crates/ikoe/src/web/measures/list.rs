//! The planner's page: the plan's year, the measures month by month with
//! their owner, principle, status and note of evidence, filtered by status,
//! month or owner; for the team, the plan's first month and the actions.

use askama::Template;
use axum::extract::Query;
use domain::measures::{self as dm, MeasureStatus};
use store::leitbild::Process;
use store::measures::{Measure, MeasureCounts, MeasureFilter, Plan};
use store::StoreError;

use super::forms::{month_options, status_options, ListQuery, PlanForm};
use super::{planner_path, principles, status_tag};
use crate::web::error::{AppError, AppResult};
use crate::web::extract::Ctx;
use crate::web::form::Form;
use crate::web::guards::leitbild::{ProcessTeam, ProcessView};
use crate::web::page::{FormErrors, Nav, Opt, Page};
use crate::web::{redirect_flash, render, render_invalid};

/// A measure as the list shows it.
pub struct Row {
    pub m: Measure,
    /// "2 – Wir beraten …": the principle it serves, if any.
    pub principle: Option<String>,
    /// It serves a number the newest version of the text no longer has.
    pub principle_gone: bool,
    pub tag: &'static str,
}

/// The measures of one month.
pub struct MonthGroup {
    pub month: String,
    pub rows: Vec<Row>,
}

#[derive(Template)]
#[template(path = "measures/list.html")]
struct ListPage {
    p: Page,
    process: Process,
    team_view: bool,
    plan: Option<Plan>,
    counts: MeasureCounts,
    groups: Vec<MonthGroup>,
    q: ListQuery,
    filtered: bool,
    status_opts: Vec<Opt>,
    month_opts: Vec<Opt>,
    owner_opts: Vec<Opt>,
    errs: FormErrors,
    plan_form: PlanForm,
    /// The planner in the visitor's calendar: their personal feed's address for it.
    feed_url: String,
}

/// The label of principle `n` ("2 – Wir beraten …", shortened).
pub fn principle_label(n: i64, texts: &[String]) -> Option<String> {
    let text = texts.get(usize::try_from(n).ok()?.checked_sub(1)?)?;
    let short: String = text.chars().take(80).collect();
    let more = if text.chars().count() > 80 { "…" } else { "" };
    Some(format!("{n} \u{2013} {short}{more}"))
}

pub fn row(m: Measure, texts: &[String]) -> Row {
    let principle = m.principle.and_then(|n| principle_label(n, texts));
    Row {
        principle_gone: m.principle.is_some() && principle.is_none(),
        principle,
        tag: status_tag(m.status),
        m,
    }
}

async fn list_page(
    ctx: &Ctx,
    process: Process,
    team_view: bool,
    q: ListQuery,
    errs: FormErrors,
    plan_form: Option<PlanForm>,
) -> AppResult<ListPage> {
    let store = &ctx.state.store;
    let plan = store.leitbild_plan(process.id).await?;
    let status = MeasureStatus::parse(&q.status).ok();
    let months = plan.as_ref().map(Plan::months).unwrap_or_default();
    let filter = MeasureFilter {
        status,
        month: if months.contains(&q.month) {
            q.month.clone()
        } else {
            String::new()
        },
        owner: q.owner.trim().to_string(),
    };
    let filtered = filter.status.is_some() || !filter.month.is_empty() || !filter.owner.is_empty();
    let texts = principles(ctx, &process).await?;
    let mut groups: Vec<MonthGroup> = vec![];
    for m in store.leitbild_measures(process.id, &filter).await? {
        let r = row(m, &texts);
        match groups.last_mut() {
            Some(g) if g.month == r.m.month => g.rows.push(r),
            _ => groups.push(MonthGroup {
                month: r.m.month.clone(),
                rows: vec![r],
            }),
        }
    }
    let p = ctx.page_titled(
        format!("{} – {}", ctx.t("measures-title"), process.title),
        Nav::Leitbild,
    );
    let all = Opt::new("", p.t("measures-filter-all"));
    let mut status_opts = vec![Opt::new("", p.t("measures-filter-all"))];
    status_opts.extend(status_options(&p));
    let mut month_opts = vec![Opt::new("", p.t("measures-filter-all"))];
    month_opts.extend(month_options(&p, &months));
    let mut owner_opts = vec![all];
    owner_opts.extend(
        store
            .measure_owners(process.id)
            .await?
            .into_iter()
            .map(|o| Opt::new(o.clone(), o)),
    );
    let plan_form = plan_form.unwrap_or_else(|| match &plan {
        Some(plan) => PlanForm {
            plan_version: plan.version.to_string(),
            start_month: plan.start_month.clone(),
        },
        None => PlanForm {
            plan_version: "0".into(),
            start_month: String::new(),
        },
    });
    let token = store
        .calendar_feed_token(ctx.now(), ctx.user_id()?, &crate::security::random_token())
        .await?;
    let feed_url = format!(
        "{}{}/feed/{token}.ics",
        ctx.state.config.public_url.trim_end_matches('/'),
        planner_path(process.id)
    );
    Ok(ListPage {
        counts: store.planner_produced(process.id).await?,
        p,
        process,
        team_view,
        plan,
        groups,
        q,
        filtered,
        status_opts,
        month_opts,
        owner_opts,
        errs,
        plan_form,
        feed_url,
    })
}

/// GET /leitbild/{id}/planner
pub async fn show(ProcessView { ctx, process, team }: ProcessView, Query(q): Query<ListQuery>) -> AppResult {
    render(&list_page(&ctx, process, team, q, FormErrors::new(), None).await?)
}

/// POST /leitbild/{id}/planner/plan: the plan's first month.
pub async fn set_plan(ProcessTeam { ctx, process }: ProcessTeam, Form(f): Form<PlanForm>) -> AppResult {
    let version: i64 = f.plan_version.trim().parse().map_err(|_| AppError::BadRequest)?;
    let mut errs = FormErrors::new();
    let Some(start) = errs.take("start_month", dm::plan_start(&f.start_month)) else {
        return invalid(&ctx, process, errs, f).await;
    };
    let store = &ctx.state.store;
    match store
        .set_leitbild_plan(ctx.now(), ctx.user_id()?, process.id, version, &start)
        .await
    {
        Ok(()) => Ok(redirect_flash(&planner_path(process.id), "flash-saved")),
        Err(StoreError::Conflict(_)) => {
            errs.add("start_month", "error-plan-measures-outside");
            invalid(&ctx, process, errs, f).await
        }
        Err(StoreError::Stale) => {
            errs.add("start_month", "error-stale");
            // what was typed stays, written on the plan as it is now
            let mut f = f;
            f.plan_version = store
                .leitbild_plan(process.id)
                .await?
                .map_or(0, |p| p.version)
                .to_string();
            invalid(&ctx, process, errs, f).await
        }
        Err(e) => Err(e.into()),
    }
}

async fn invalid(ctx: &Ctx, process: Process, errs: FormErrors, f: PlanForm) -> AppResult {
    render_invalid(&list_page(ctx, process, true, ListQuery::default(), errs, Some(f)).await?)
}
