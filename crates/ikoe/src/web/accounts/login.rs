//! GET/POST /login. The same answer whether or not the e-mail is known;
//! guessing is slowed down per account and client (see `throttle`).

use askama::Template;
use axum::extract::Query;
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum_extra::extract::CookieJar;
use domain::accounts::Email;
use serde::Deserialize;

use super::throttle::{remember_device, Attempt};
use crate::security;
use crate::web::error::AppResult;
use crate::web::extract::Ctx;
use crate::web::form::Form;
use crate::web::page::{FormErrors, Nav, Page};
use crate::web::{redirect, render, safe_next};

#[derive(Template)]
#[template(path = "accounts/login.html")]
struct LoginPage {
    p: Page,
    errs: FormErrors,
    email: String,
    next: String,
}

#[derive(Deserialize)]
pub struct NextQuery {
    #[serde(default)]
    next: String,
}

#[derive(Deserialize)]
pub struct LoginForm {
    email: String,
    password: String,
    /// Where to go after logging in; a log-in without it goes home.
    #[serde(default)]
    next: String,
}

pub async fn get(ctx: Ctx, Query(q): Query<NextQuery>) -> AppResult {
    ctx.require(domain::policy::Action::ViewPublic)?;
    if ctx.user.is_some() {
        return Ok(redirect(safe_next(&q.next)));
    }
    render(&LoginPage {
        p: ctx.page("login-title", Nav::Other),
        errs: FormErrors::new(),
        email: String::new(),
        next: q.next,
    })
}

pub async fn post(ctx: Ctx, jar: CookieJar, Form(f): Form<LoginForm>) -> AppResult {
    ctx.require(domain::policy::Action::ViewPublic)?;
    let st = &ctx.state;
    let mut errs = FormErrors::new();
    let email = errs.take("email", Email::parse(&f.email));
    if f.password.is_empty() {
        errs.add("password", "error-required");
    }
    let invalid = |ctx: &Ctx, errs: FormErrors, status: StatusCode| -> AppResult {
        let page = LoginPage {
            p: ctx.page("login-title", Nav::Other),
            errs,
            email: f.email.clone(),
            next: f.next.clone(),
        };
        Ok((status, axum::response::Html(page.render()?)).into_response())
    };
    let Some(email) = email.filter(|_| errs.is_empty()) else {
        return invalid(&ctx, errs, StatusCode::UNPROCESSABLE_ENTITY);
    };

    let user = st.store.user_by_email(&email).await?;
    let attempt = Attempt::new(&ctx, Some(&jar), email.as_str(), user.as_ref().map(|u| u.id), None);
    if attempt.refused(&ctx).await? {
        tracing::warn!(ip = %ctx.ip, "log-in refused by rate limit");
        errs.add("email", "error-too-many-attempts");
        return invalid(&ctx, errs, StatusCode::TOO_MANY_REQUESTS);
    }
    let ok = match &user {
        Some(u) => security::verify_password_async(&f.password, &u.password_hash).await,
        None => {
            // as slow as a real check, so timing does not tell whether the e-mail is known
            let _ = security::verify_password_async(&f.password, &security::DUMMY_HASH).await;
            false
        }
    };
    match user.filter(|_| ok) {
        Some(u) => {
            attempt.succeeded(&ctx).await?;
            let mut res = redirect(safe_next(&f.next));
            if !attempt.known {
                remember_device(&ctx, u.id, &mut res);
            }
            Ok(super::start_session(&ctx, u.id, res).await?)
        }
        None => {
            attempt.failed(&ctx).await?;
            errs.add("email", "error-login-failed");
            invalid(&ctx, errs, StatusCode::UNPROCESSABLE_ENTITY)
        }
    }
}
