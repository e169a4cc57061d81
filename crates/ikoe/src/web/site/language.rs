//! POST /language: remember the chosen interface language.

use axum::http::header;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use crate::web::error::AppResult;
use crate::web::extract::{Ctx, LANG_COOKIE};
use crate::web::form::Form;
use crate::web::middleware::cookie;
use crate::web::{redirect, safe_next};

#[derive(Deserialize)]
pub struct LangForm {
    lang: String,
    next: String,
}

pub async fn post(ctx: Ctx, Form(f): Form<LangForm>) -> AppResult<Response> {
    ctx.require(domain::policy::Action::ViewPublic)?;
    let Some(locale) = i18n::locale(&f.lang) else {
        return Ok(redirect(safe_next(&f.next)));
    };
    if let Some(me) = ctx.actor.user_id {
        ctx.state.store.set_user_locale(ctx.now(), me, locale.code).await?;
    }
    let mut res = redirect(safe_next(&f.next));
    set_cookie(&ctx, &mut res, locale.code);
    Ok(res.into_response())
}

/// Remembers the interface language in a cookie (also read by error pages).
pub fn set_cookie(ctx: &Ctx, res: &mut Response, code: &str) {
    let mut c = cookie(LANG_COOKIE, code.to_string(), ctx.state.config.secure_cookies());
    c.set_max_age(time::Duration::days(365));
    if let Ok(v) = c.to_string().parse() {
        res.headers_mut().append(header::SET_COOKIE, v);
    }
}
