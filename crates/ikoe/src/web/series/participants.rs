//! Staff see who registered for a series, add people by hand, approve
//! pending registrations and cancel registrations.

use askama::Template;
use axum::extract::Path;
use axum::Form;
use domain::accounts::{Email, PersonName};
use store::registrations::{NewRegistration, Registration};
use store::series::Series;
use store::StoreError;

use crate::web::error::{AppError, AppResult};
use crate::web::extract::Ctx;
use crate::web::form::Fields;
use crate::web::page::{FormErrors, Nav, Opt, Page};
use crate::web::series::public::registration_mailer;
use crate::web::series::staff::staff_series;
use crate::web::{redirect_flash, render, render_invalid};

#[derive(Debug, Clone, Default)]
pub struct AddForm {
    pub name: String,
    pub email: String,
    pub affiliation: String,
    pub target_group: String,
}

#[derive(Template)]
#[template(path = "series/participants.html")]
struct ParticipantsPage {
    p: Page,
    s: Series,
    title: String,
    regs: Vec<Registration>,
    errs: FormErrors,
    f: AddForm,
    groups: Vec<Opt>,
}

async fn page(ctx: &Ctx, s: Series, errs: FormErrors, f: AddForm) -> AppResult<ParticipantsPage> {
    let text = ctx.state.store.series_text(s.id, ctx.locale.code).await?;
    let regs = ctx.state.store.registrations_of_series(s.id).await?;
    let mut p = ctx.page("participants-title", Nav::Series);
    p.title = p.t1("participants-title", "title", &text.title);
    let mut groups = vec![Opt::new("", p.t("choose"))];
    groups.extend(
        s.target_group_list()
            .iter()
            .map(|g| Opt::new(g.clone(), p.tk("target-group", g))),
    );
    Ok(ParticipantsPage {
        p,
        s,
        title: text.title,
        regs,
        errs,
        f,
        groups,
    })
}

pub async fn list(ctx: Ctx, Path(id): Path<i64>) -> AppResult {
    let s = staff_series(&ctx, id).await?;
    render(&page(&ctx, s, FormErrors::new(), AddForm::default()).await?)
}

pub async fn add(ctx: Ctx, Path(id): Path<i64>, Form(fields): Form<Fields>) -> AppResult {
    let s = staff_series(&ctx, id).await?;
    let f = AddForm {
        name: fields.get("name").to_string(),
        email: fields.get("email").to_string(),
        affiliation: fields.get("affiliation").to_string(),
        target_group: fields.get("target_group").to_string(),
    };
    let mut errs = FormErrors::new();
    let name = errs.take("name", PersonName::parse(&f.name));
    let email = errs.take("email", Email::parse(&f.email));
    let affiliation = errs.take("affiliation", domain::text::optional_line(&f.affiliation, 200));
    if !s.target_group_list().contains(&f.target_group) {
        errs.add("target_group", "error-choose-option");
    }
    let (Some(name), Some(email), Some(affiliation)) = (name, email, affiliation) else {
        return render_invalid(&page(&ctx, s, errs, f).await?);
    };
    if !errs.is_empty() {
        return render_invalid(&page(&ctx, s, errs, f).await?);
    }
    let new = NewRegistration {
        name: name.into_inner(),
        email: email.as_str().to_string(),
        affiliation: affiliation.unwrap_or_default(),
        target_group: f.target_group.clone(),
        locale: i18n::DEFAULT.to_string(),
        user_id: None,
        source: "staff",
        address_known: true,
        figures: vec![],
    };
    let mailer = registration_mailer(&ctx, ctx.state.store.series_texts(s.id).await?);
    let token = crate::security::random_token();
    match ctx
        .state
        .store
        .register(ctx.now(), ctx.user_id(), s.id, &new, &token, &mailer)
        .await
    {
        Ok(_) => Ok(redirect_flash(
            &format!("/series/{id}/participants"),
            "flash-participant-added",
        )),
        Err(StoreError::Conflict(_)) => {
            errs.add("email", "error-already-registered");
            render_invalid(&page(&ctx, s, errs, f).await?)
        }
        Err(e) => Err(e.into()),
    }
}

/// A registration of a series the person is staff of.
async fn staff_registration(ctx: &Ctx, id: i64) -> Result<(Registration, Series), AppError> {
    let r = ctx.state.store.registration(id).await?.ok_or(AppError::NotFound)?;
    let s = staff_series(ctx, r.series_id).await?;
    Ok((r, s))
}

pub async fn approve(ctx: Ctx, Path(id): Path<i64>) -> AppResult {
    let (r, s) = staff_registration(&ctx, id).await?;
    let mailer = registration_mailer(&ctx, ctx.state.store.series_texts(s.id).await?);
    match ctx
        .state
        .store
        .approve_registration(ctx.now(), ctx.user()?.id, r.id, &mailer)
        .await
    {
        Ok(_) | Err(StoreError::Stale) => Ok(redirect_flash(
            &format!("/series/{}/participants", s.id),
            "flash-participant-approved",
        )),
        Err(e) => Err(e.into()),
    }
}

pub async fn cancel(ctx: Ctx, Path(id): Path<i64>) -> AppResult {
    let (r, s) = staff_registration(&ctx, id).await?;
    let mailer = registration_mailer(&ctx, ctx.state.store.series_texts(s.id).await?);
    ctx.state
        .store
        .cancel_registration(ctx.now(), ctx.user_id(), r.id, &mailer)
        .await?;
    Ok(redirect_flash(
        &format!("/series/{}/participants", s.id),
        "flash-participant-cancelled",
    ))
}
