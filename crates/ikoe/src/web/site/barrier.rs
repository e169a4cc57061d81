//! The barrier report form: anyone reports an accessibility barrier; admins see the reports.

use askama::Template;
use axum::extract::Query;
use domain::accounts::Email;
use serde::Deserialize;

use crate::web::error::AppResult;
use crate::web::extract::Ctx;
use crate::web::form::Form;
use crate::web::page::{FormErrors, Nav, Page};
use crate::web::{redirect_flash, render, render_invalid};

#[derive(Template)]
#[template(path = "site/barrier.html")]
struct BarrierPage {
    p: Page,
    errs: FormErrors,
    f: BarrierForm,
}

#[derive(Deserialize, Default)]
pub struct BarrierForm {
    page: String,
    description: String,
    email: String,
}

#[derive(Deserialize)]
pub struct PageQuery {
    #[serde(default)]
    page: String,
}

pub async fn get(ctx: Ctx, Query(q): Query<PageQuery>) -> AppResult {
    ctx.require(domain::policy::Action::ViewPublic)?;
    let f = BarrierForm {
        page: q.page.chars().take(300).collect(),
        ..Default::default()
    };
    render(&BarrierPage {
        p: ctx.page("barrier-title", Nav::Other),
        errs: FormErrors::new(),
        f,
    })
}

pub async fn post(ctx: Ctx, Form(f): Form<BarrierForm>) -> AppResult {
    ctx.require(domain::policy::Action::ViewPublic)?;
    let mut errs = FormErrors::new();
    let page = errs
        .take("page", domain::text::optional_line(&f.page, 300))
        .flatten()
        .unwrap_or_default();
    let description = errs.take("description", domain::text::multi_line(&f.description, 5000, true));
    let email = if f.email.trim().is_empty() {
        None
    } else {
        errs.take("email", Email::parse(&f.email))
    };
    let Some(description) = description.filter(|_| errs.is_empty()) else {
        return render_invalid(&BarrierPage {
            p: ctx.page("barrier-title", Nav::Other),
            errs,
            f,
        });
    };
    // A barrier report is a change by the public: rate-limited per address.
    let hits = ctx
        .state
        .store
        .hit(&format!("barrier-ip:{}", ctx.ip), ctx.now(), 3600)
        .await?;
    if hits > 20 {
        errs.add("description", "error-too-many-attempts");
        return render_invalid(&BarrierPage {
            p: ctx.page("barrier-title", Nav::Other),
            errs,
            f,
        });
    }
    ctx.state
        .store
        .create_barrier_report(
            ctx.now(),
            ctx.actor.user_id,
            &page,
            &description,
            email.as_ref().map(Email::as_str),
        )
        .await?;
    Ok(redirect_flash("/accessibility", "flash-barrier-sent"))
}
