//! The evaluation (`/leitbild/{id}/evaluation`), for the process team:
//! opening an anonymous survey per principle for a time, closing it, and the
//! results of each survey — per principle the share of each rating as a bar
//! chart with the same figures in a table, and the free texts — beside the
//! earlier surveys, so a repeated survey shows the change.

use askama::Template;
use axum::extract::Path;
use domain::leitbild_feedback::RoundState;
use domain::series as ds;
use serde::Deserialize;
use store::leitbild::{PrincipleResult, Process, Survey};
use store::StoreError;

use crate::web::confirm::{self, Ask, Confirmed};
use crate::web::error::{AppError, AppResult};
use crate::web::extract::Ctx;
use crate::web::form::Form;
use crate::web::guards::leitbild::ProcessTeam;
use crate::web::page::{FormErrors, Nav, Page};
use crate::web::{redirect_flash, render, render_invalid};

#[derive(Debug, Clone, Deserialize)]
pub struct SurveyForm {
    pub opens: String,
    pub closes: String,
}

impl SurveyForm {
    fn blank(ctx: &Ctx) -> Self {
        let tz = i18n::time_zone();
        SurveyForm {
            opens: ds::to_local_date_input(ctx.now(), tz),
            closes: ds::to_local_date_input(ds::shift_days(ctx.now(), 28, tz), tz),
        }
    }

    fn parse(&self, now: i64) -> Result<(i64, i64), FormErrors> {
        let mut errs = FormErrors::new();
        let period = crate::web::form::period(
            &mut errs,
            &self.opens,
            &self.closes,
            now,
            domain::leitbild_feedback::ROUND_DAYS_MAX,
            "error-leitbild-round-too-long",
        );
        period.filter(|_| errs.is_empty()).ok_or(errs)
    }
}

/// A principle's results with its text.
pub struct ResultRow {
    pub text: String,
    pub r: PrincipleResult,
}

impl ResultRow {
    /// The mean as written in the page's language, e.g. "3,7".
    pub fn mean(&self, p: &Page) -> String {
        match self.r.mean_tenths() {
            Some(t) => p.decimal(t),
            None => "–".into(),
        }
    }
    /// Width in percent of rating `k`'s bar.
    pub fn bar(&self, k: &usize) -> i64 {
        let n = self.r.counts.get(*k).copied().unwrap_or(0);
        if self.r.rated == 0 {
            0
        } else {
            n * 100 / self.r.rated
        }
    }
    pub fn count(&self, k: &usize) -> i64 {
        self.r.counts.get(*k).copied().unwrap_or(0)
    }
}

#[derive(Template)]
#[template(path = "leitbild/evaluation.html")]
struct EvaluationPage {
    p: Page,
    process: Process,
    surveys: Vec<Survey>,
    /// The survey shown, with its state and results.
    shown: Option<(Survey, RoundState, Vec<ResultRow>)>,
    latest: i64,
    errs: FormErrors,
    f: SurveyForm,
}

async fn evaluation_page(
    ctx: &Ctx,
    process: Process,
    which: Option<i64>,
    errs: FormErrors,
    f: SurveyForm,
) -> AppResult<EvaluationPage> {
    let store = &ctx.state.store;
    let surveys = store.surveys(process.id).await?;
    let chosen = match which {
        Some(id) => Some(surveys.iter().find(|s| s.id == id).cloned().ok_or(AppError::NotFound)?),
        None => surveys.first().cloned(),
    };
    let shown = match chosen {
        None => None,
        Some(s) => {
            let principles = store
                .version(process.id, s.version_number)
                .await?
                .map(|(_, d)| d.principles)
                .unwrap_or_default();
            // results only once it is over: while it runs, each new answer
            // could be read off the change
            let state = s.state(ctx.now());
            let rows = if state == RoundState::Closed {
                let results = store.survey_results(s.id, principles.len() as i64).await?;
                principles
                    .into_iter()
                    .zip(results)
                    .map(|(p, r)| ResultRow { text: p.text, r })
                    .collect()
            } else {
                vec![]
            };
            Some((s, state, rows))
        }
    };
    Ok(EvaluationPage {
        p: ctx.page_titled(
            format!("{} – {}", ctx.t("leitbild-evaluation-title"), process.title),
            Nav::Leitbild,
        ),
        latest: store.latest_version(process.id).await?,
        process,
        surveys,
        shown,
        errs,
        f,
    })
}

pub async fn show(ProcessTeam { ctx, process }: ProcessTeam) -> AppResult {
    let f = SurveyForm::blank(&ctx);
    render(&evaluation_page(&ctx, process, None, FormErrors::new(), f).await?)
}

pub async fn survey(ProcessTeam { ctx, process }: ProcessTeam, Path((_, item)): Path<(i64, i64)>) -> AppResult {
    let f = SurveyForm::blank(&ctx);
    render(&evaluation_page(&ctx, process, Some(item), FormErrors::new(), f).await?)
}

pub async fn start(ProcessTeam { ctx, process }: ProcessTeam, Form(f): Form<SurveyForm>) -> AppResult {
    let (opens, closes) = match f.parse(ctx.now()) {
        Ok(v) => v,
        Err(errs) => return render_invalid(&evaluation_page(&ctx, process, None, errs, f).await?),
    };
    let id = process.id;
    let key = match ctx
        .state
        .store
        .start_survey(ctx.now(), ctx.user_id()?, id, opens, closes)
        .await
    {
        Ok(s) => {
            return Ok(redirect_flash(
                &format!("/leitbild/{id}/evaluation/{s}"),
                "flash-leitbild-survey-started",
            ))
        }
        Err(StoreError::NotFound) => "error-leitbild-no-version",
        Err(StoreError::Conflict(_)) => "error-leitbild-survey-running",
        Err(e) => return Err(e.into()),
    };
    render_invalid(&evaluation_page(&ctx, process, None, FormErrors::one("opens", key), f).await?)
}

pub async fn close(
    ProcessTeam { ctx, process }: ProcessTeam,
    Path((_, item)): Path<(i64, i64)>,
    Form(c): Form<Confirmed>,
) -> AppResult {
    let s = ctx
        .state
        .store
        .survey(process.id, item)
        .await?
        .ok_or(AppError::NotFound)?;
    if !c.confirmed {
        let ask = Ask {
            what: "leitbild-survey-close",
            action: format!("/leitbild/{}/evaluation/{}/close", process.id, s.id),
            back: format!("/leitbild/{}/evaluation/{}", process.id, s.id),
            args: &[("process", process.title.clone())],
            fields: vec![],
        };
        return confirm::ask(&ctx, ask, Nav::Leitbild);
    }
    ctx.state
        .store
        .close_survey(ctx.now(), ctx.user_id()?, process.id, s.id)
        .await?;
    Ok(redirect_flash(
        &format!("/leitbild/{}/evaluation/{}", process.id, s.id),
        "flash-leitbild-survey-closed",
    ))
}
