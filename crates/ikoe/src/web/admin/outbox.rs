//! /admin/outbox: mails waiting, sent or failed; read one.

use askama::Template;
use axum::extract::{Path, Query};
use domain::outbox::MailStatus;
use store::outbox::Mail;

use super::PageQuery;
use crate::web::error::{AppError, AppResult};
use crate::web::guards::PlatformAdmin;
use crate::web::page::{Page, Pager};
use crate::web::render;

#[derive(Template)]
#[template(path = "admin/outbox.html")]
struct OutboxPage {
    p: Page,
    mails: Vec<Mail>,
    pager: Pager,
    smtp: bool,
}

#[derive(Template)]
#[template(path = "admin/mail.html")]
struct MailPage {
    p: Page,
    mail: Mail,
    /// A password-reset mail carries a link to take over the account: once
    /// mail goes out through SMTP, nobody needs to read it here.
    hidden: bool,
}

pub async fn list(PlatformAdmin { ctx }: PlatformAdmin, Query(q): Query<PageQuery>) -> AppResult {
    let (mails, total) = ctx
        .state
        .store
        .outbox_list(Pager::SIZE, Pager::offset(q.page_no()))
        .await?;
    render(&OutboxPage {
        p: ctx.admin_page("admin-outbox-title", "outbox"),
        mails,
        pager: Pager::new(q.page_no(), total, String::new()),
        smtp: !ctx.state.config.smtp.host.is_empty(),
    })
}

pub async fn show(PlatformAdmin { ctx }: PlatformAdmin, Path(id): Path<i64>) -> AppResult {
    let m = ctx.state.store.mail(id).await?.ok_or(AppError::NotFound)?;
    let mut p = ctx.admin_page("admin-mail-title", "outbox");
    p.title = m.subject.clone();
    let hidden = m.kind == "reset" && !ctx.state.config.smtp.host.is_empty();
    render(&MailPage { p, mail: m, hidden })
}
