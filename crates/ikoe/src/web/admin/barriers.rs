//! /admin/barrier-reports: reports from the barrier form; mark them done.

use askama::Template;
use axum::extract::{Path, Query};
use domain::site::BarrierStatus;
use serde::Deserialize;
use store::site::BarrierReport;

use super::PageQuery;
use crate::web::error::{AppError, AppResult};
use crate::web::form::Form;
use crate::web::guards::PlatformAdmin;
use crate::web::page::{Page, Pager};
use crate::web::{redirect_flash, render};

#[derive(Template)]
#[template(path = "admin/barriers.html")]
struct BarriersPage {
    p: Page,
    reports: Vec<BarrierReport>,
    pager: Pager,
}

#[derive(Deserialize)]
pub struct StatusForm {
    status: String,
}

pub async fn list(PlatformAdmin { ctx }: PlatformAdmin, Query(q): Query<PageQuery>) -> AppResult {
    let (reports, total) = ctx.state.store.barrier_reports(Pager::SIZE, q.offset()).await?;
    render(&BarriersPage {
        p: ctx.admin_page("admin-barriers-title", "barriers"),
        reports,
        pager: q.pager(total, String::new()),
    })
}

pub async fn set_status(
    PlatformAdmin { ctx }: PlatformAdmin,
    Path(id): Path<i64>,
    Form(f): Form<StatusForm>,
) -> AppResult {
    let status = BarrierStatus::parse(&f.status).map_err(|_| AppError::NotFound)?;
    let me = ctx.user_id()?;
    ctx.state
        .store
        .set_barrier_report_status(ctx.now(), me, id, status)
        .await?;
    Ok(redirect_flash("/admin/barrier-reports", "flash-saved"))
}
