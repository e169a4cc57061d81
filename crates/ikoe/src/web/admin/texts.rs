//! /admin/texts: the operator edits imprint, privacy notice and the
//! sections of the accessibility statement, per language (German is the fallback).

use askama::Template;
use axum::extract::{Path, Query};
use serde::Deserialize;

use crate::web::error::{AppError, AppResult};
use crate::web::extract::Ctx;
use crate::web::form::Form;
use crate::web::guards::PlatformAdmin;
use crate::web::page::{FormErrors, Opt, Page};
use crate::web::{redirect_flash, render, render_invalid};

#[derive(Template)]
#[template(path = "admin/texts.html")]
struct TextsPage {
    p: Page,
    keys: Vec<String>,
}

#[derive(Template)]
#[template(path = "admin/text_edit.html")]
struct TextEditPage {
    p: Page,
    key: String,
    lang: String,
    body: String,
    errs: FormErrors,
    langs: Vec<Opt>,
}

#[derive(Deserialize)]
pub struct LangQuery {
    #[serde(default)]
    lang: String,
}

#[derive(Deserialize)]
pub struct TextForm {
    lang: String,
    body: String,
}

pub async fn list(PlatformAdmin { ctx }: PlatformAdmin) -> AppResult {
    render(&TextsPage {
        p: ctx.admin_page("admin-texts-title", "texts"),
        keys: domain::site::TEXT_KEYS.iter().map(|k| k.to_string()).collect(),
    })
}

fn edit_page(ctx: &Ctx, key: &str, lang: &str, body: String, errs: FormErrors) -> TextEditPage {
    let mut p = ctx.admin_page("admin-texts-title", "texts");
    p.title = p.t(&format!("site-{key}-title"));
    TextEditPage {
        p,
        key: key.to_string(),
        lang: lang.to_string(),
        body,
        errs,
        langs: i18n::LOCALES.iter().map(|l| Opt::new(l.code, l.native_name)).collect(),
    }
}

/// Only the texts the site has can be edited: any other key is 404.
fn editable(key: &str) -> Result<(), AppError> {
    if domain::site::is_text_key(key) {
        Ok(())
    } else {
        Err(AppError::NotFound)
    }
}

pub async fn edit_get(
    PlatformAdmin { ctx }: PlatformAdmin,
    Path(key): Path<String>,
    Query(q): Query<LangQuery>,
) -> AppResult {
    editable(&key)?;
    let lang = i18n::locale(&q.lang).map(|l| l.code).unwrap_or(i18n::DEFAULT);
    let body = ctx.state.store.site_text_exact(&key, lang).await?.unwrap_or_default();
    render(&edit_page(&ctx, &key, lang, body, FormErrors::new()))
}

pub async fn edit_post(
    PlatformAdmin { ctx }: PlatformAdmin,
    Path(key): Path<String>,
    Form(f): Form<TextForm>,
) -> AppResult {
    editable(&key)?;
    let mut errs = FormErrors::new();
    let Some(lang) = i18n::locale(&f.lang) else {
        errs.add("lang", "error-choose-option");
        return render_invalid(&edit_page(&ctx, &key, i18n::DEFAULT, f.body, errs));
    };
    let Some(body) = errs.take("body", domain::text::multi_line(&f.body, 20_000, false)) else {
        return render_invalid(&edit_page(&ctx, &key, lang.code, f.body, errs));
    };
    ctx.state
        .store
        .set_site_text(ctx.now(), Some(ctx.user_id()?), &key, lang.code, &body)
        .await?;
    Ok(redirect_flash("/admin/texts", "flash-saved"))
}
