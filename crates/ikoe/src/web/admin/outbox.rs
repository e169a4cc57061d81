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
    /// Subjects and texts are personal content: shown only where the operator allows it.
    text: bool,
}

#[derive(Template)]
#[template(path = "admin/mail.html")]
struct MailPage {
    p: Page,
    mail: Mail,
    /// Whether the subject and text may be shown (see `Config::outbox_shows_mail_text`).
    text: bool,
}

pub async fn list(PlatformAdmin { ctx }: PlatformAdmin, Query(q): Query<PageQuery>) -> AppResult {
    let (mails, total) = ctx.state.store.outbox_list(Pager::SIZE, q.offset()).await?;
    render(&OutboxPage {
        p: ctx.admin_page("admin-outbox-title", "outbox"),
        mails,
        pager: q.pager(total, String::new()),
        smtp: !ctx.state.config.smtp.host.is_empty(),
        text: ctx.state.config.outbox_shows_mail_text(),
    })
}

pub async fn show(PlatformAdmin { ctx }: PlatformAdmin, Path(id): Path<i64>) -> AppResult {
    let m = ctx.state.store.mail(id).await?.ok_or(AppError::NotFound)?;
    let text = ctx.state.config.outbox_shows_mail_text();
    let mut p = ctx.admin_page("admin-mail-title", "outbox");
    if text {
        p.title = m.subject.clone();
    }
    render(&MailPage { p, mail: m, text })
}
