//! A participant without an account and their data, through the personal
//! link: `/r/{token}/data.json` downloads everything belonging to the link's
//! address (registrations, attendance, certificates, mails …), and
//! `/r/{token}/delete` (a confirmation page, then a POST) deletes it: the
//! registrations become anonymous rows (cancelled where the series is not
//! over), the link stops working (see `store::forget`).

use std::collections::HashMap;

use askama::Template;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use domain::series::SeriesText;
use store::export::Person;
use store::registrations::{RegMail, Registration};
use store::series::Series;

use crate::mail;
use crate::web::error::AppResult;
use crate::web::extract::Ctx;
use crate::web::form::Form;
use crate::web::guards::series::RegistrationLink;
use crate::web::page::{Nav, Page};
use crate::web::series::staff::pick_title;
use crate::web::{redirect_flash, render};

/// The "you moved up from the waiting list" mails of the given series, for
/// seats a deleted person frees (texts loaded beforehand: the mailer runs
/// inside the store's transaction).
pub async fn moved_up_mailer(
    ctx: &Ctx,
    series: Vec<i64>,
) -> AppResult<impl Fn(&Registration) -> store::outbox::NewMail + Sync> {
    let mut texts: HashMap<i64, Vec<SeriesText>> = HashMap::new();
    for id in series {
        if let std::collections::hash_map::Entry::Vacant(e) = texts.entry(id) {
            e.insert(ctx.state.store.series_texts(id).await?);
        }
    }
    let i18n = ctx.state.i18n.clone();
    let base = ctx.state.config.public_url.clone();
    Ok(move |r: &Registration| {
        let title = pick_title(texts.get(&r.series_id).map_or(&[][..], Vec::as_slice), &r.locale);
        mail::registration(&i18n, r, RegMail::MovedUp, &title, &base)
    })
}

/// A JSON download of a person's data.
pub fn json_download(data: &serde_json::Value) -> AppResult<Response> {
    let body = serde_json::to_string_pretty(data).map_err(anyhow::Error::from)?;
    Ok((
        [
            (header::CONTENT_TYPE, "application/json; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"ikoe-my-data.json\"",
            ),
        ],
        body,
    )
        .into_response())
}

/// GET /r/{token}/data.json
pub async fn export(
    RegistrationLink {
        ctx, registration: r, ..
    }: RegistrationLink,
) -> AppResult<Response> {
    let st = &ctx.state.store;
    let person = Person {
        user: None,
        email: r.email.clone(),
    };
    let mut data = st.personal_data(&person).await?;
    data.insert("exported_at".into(), ctx.now().into());
    st.audit(
        ctx.now(),
        &store::AuditEntry::new(None, "registration.export", "registration", r.id),
    )
    .await?;
    json_download(&serde_json::Value::Object(data))
}

#[derive(Template)]
#[template(path = "series/delete_data.html")]
struct DeletePage {
    p: Page,
    r: Registration,
    s: Series,
    /// Other registrations of the same address, deleted too.
    others: usize,
}

/// GET /r/{token}/delete: what will happen, and the button.
pub async fn delete_get(
    RegistrationLink {
        ctx,
        registration: r,
        series: s,
    }: RegistrationLink,
) -> AppResult {
    let others = ctx
        .state
        .store
        .registrations_of_user(0, &r.email)
        .await?
        .iter()
        .filter(|o| o.id != r.id)
        .count();
    let p = ctx.page("delete-data-title", Nav::Series);
    render(&DeletePage { p, r, s, others })
}

/// The confirmation form (its one field says the button was pressed).
#[derive(serde::Deserialize)]
pub struct DeleteForm {
    #[expect(dead_code, reason = "present in our form; a POST without it is refused")]
    confirm: String,
}

/// POST /r/{token}/delete
pub async fn delete_post(
    RegistrationLink {
        ctx, registration: r, ..
    }: RegistrationLink,
    Form(_f): Form<DeleteForm>,
) -> AppResult {
    let series = ctx.state.store.registrations_of_user(0, &r.email).await?;
    let ids: Vec<i64> = series.iter().map(|x| x.series_id).collect();
    let mailer = moved_up_mailer(&ctx, ids).await?;
    ctx.state.store.forget_registration(ctx.now(), r.id, &mailer).await?;
    Ok(redirect_flash("/", "flash-data-deleted"))
}
