//! Staff add, edit and cancel the modules of a series.

use askama::Template;
use store::series::{Module, Series};
use store::StoreError;

use crate::mail;
use crate::web::confirm::Confirmed;
use crate::web::error::{AppError, AppResult};
use crate::web::extract::Ctx;
use crate::web::form::Form;
use crate::web::guards::series::{StaffModule, StaffSeries};
use crate::web::page::{FormErrors, Nav, Page};
use crate::web::series::forms::ModuleForm;
use crate::web::{redirect, redirect_flash, render, render_invalid};

#[derive(Template)]
#[template(path = "series/module_form.html")]
struct FormPage {
    p: Page,
    series_id: i64,
    series_title: String,
    action: String,
    errs: FormErrors,
    f: ModuleForm,
}

async fn form_page(
    ctx: &Ctx,
    s: &Series,
    title_key: &str,
    action: String,
    errs: FormErrors,
    f: ModuleForm,
) -> AppResult<FormPage> {
    let text = ctx.state.store.series_text(s.id, ctx.locale.code).await?;
    let p = ctx.page(title_key, Nav::Series);
    Ok(FormPage {
        p,
        series_id: s.id,
        series_title: text.title,
        action,
        errs,
        f,
    })
}

pub async fn new_get(StaffSeries { ctx, series: s }: StaffSeries) -> AppResult {
    let id = s.id;
    let f = ModuleForm {
        hours: "8".into(),
        ..Default::default()
    };
    render(
        &form_page(
            &ctx,
            &s,
            "module-new-title",
            format!("/series/{id}/modules/new"),
            FormErrors::new(),
            f,
        )
        .await?,
    )
}

pub async fn new_post(StaffSeries { ctx, series: s }: StaffSeries, Form(f): Form<ModuleForm>) -> AppResult {
    let id = s.id;
    match f.parse() {
        Ok(m) => {
            ctx.state.store.add_module(ctx.now(), ctx.user()?.id, id, &m).await?;
            Ok(redirect_flash(&format!("/series/{id}/manage"), "flash-module-added"))
        }
        Err(errs) => render_invalid(
            &form_page(
                &ctx,
                &s,
                "module-new-title",
                format!("/series/{id}/modules/new"),
                errs,
                f,
            )
            .await?,
        ),
    }
}

pub async fn edit_get(g: StaffModule) -> AppResult {
    let f = ModuleForm::from_module(&g.module);
    let action = format!("/modules/{}/edit", g.module.id);
    render(&form_page(&g.ctx, &g.series, "module-edit-title", action, FormErrors::new(), f).await?)
}

pub async fn edit_post(
    StaffModule {
        ctx,
        module: m,
        series: s,
    }: StaffModule,
    Form(f): Form<ModuleForm>,
) -> AppResult {
    let id = m.id;
    let action = format!("/modules/{id}/edit");
    let new = match f.parse() {
        Ok(n) => n,
        Err(errs) => return render_invalid(&form_page(&ctx, &s, "module-edit-title", action, errs, f).await?),
    };
    match ctx
        .state
        .store
        .update_module(ctx.now(), ctx.user()?.id, id, f.version(), &new)
        .await
    {
        Ok(()) => Ok(redirect_flash(&format!("/series/{}/manage", s.id), "flash-saved")),
        Err(StoreError::Stale) => {
            let errs = FormErrors::one("title", "error-stale");
            let f = ModuleForm {
                version: m.version.to_string(),
                ..f
            };
            render_invalid(&form_page(&ctx, &s, "module-edit-title", action, errs, f).await?)
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Template)]
#[template(path = "series/module_cancel.html")]
struct CancelPage {
    p: Page,
    m: Module,
    series_id: i64,
    people: i64,
}

pub async fn cancel_get(StaffModule { ctx, module: m, .. }: StaffModule) -> AppResult {
    if m.is_cancelled() {
        return Err(AppError::NotFound);
    }
    let counts = ctx.state.store.registration_counts(m.series_id).await?;
    let people = counts.iter().filter(|(st, _)| st.is_active()).map(|(_, n)| n).sum();
    let mut p = ctx.page("module-cancel-title", Nav::Series);
    p.title = p.t1("module-cancel-title", "title", &m.title);
    render(&CancelPage {
        p,
        series_id: m.series_id,
        m,
        people,
    })
}

pub async fn cancel_post(StaffModule { ctx, module: m, .. }: StaffModule, Form(c): Form<Confirmed>) -> AppResult {
    let (id, series) = (m.id, m.series_id);
    // the cancel page says who is told; a post without its confirmation goes there
    if !c.confirmed {
        return Ok(redirect(&format!("/modules/{id}/cancel")));
    }
    let texts = ctx.state.store.series_texts(series).await?;
    let i18n = ctx.state.i18n.clone();
    let base = ctx.state.config.public_url.clone();
    let notice = move |r: &store::registrations::Registration| {
        let title = crate::web::series::staff::pick_title(&texts, &r.locale);
        let when = i18n::format_span(&r.locale, m.starts_at.0, m.ends_at.0);
        mail::module_cancelled(&i18n, r, &title, &m.title, &when, &base)
    };
    match ctx
        .state
        .store
        .cancel_module(ctx.now(), ctx.user()?.id, id, &notice)
        .await
    {
        Ok(_) | Err(StoreError::NotFound) => Ok(redirect_flash(
            &format!("/series/{series}/manage"),
            "flash-module-cancelled",
        )),
        Err(e) => Err(e.into()),
    }
}
