//! GET/POST /login. The same answer whether or not the e-mail is known;
//! failures are rate-limited per account and per client address.

use askama::Template;
use axum::extract::Query;
use axum::http::StatusCode;
use axum::response::IntoResponse;
use domain::accounts::Email;
use serde::Deserialize;

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

pub async fn post(ctx: Ctx, Form(f): Form<LoginForm>) -> AppResult {
    ctx.require(domain::policy::Action::ViewPublic)?;
    let st = &ctx.state;
    let cfg = &st.config;
    let now = ctx.now();
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

    let ip_key = format!("login-ip:{}", ctx.ip);
    let email_key = format!("login-email:{}", email.as_str());
    let ip_hits = st.store.hit(&ip_key, now, cfg.login_window_secs).await?;
    let email_failures = st.store.hits(&email_key, now, cfg.login_window_secs).await?;
    if ip_hits > cfg.login_max_per_ip || email_failures >= cfg.login_max_failures {
        tracing::warn!(ip = %ctx.ip, "log-in refused by rate limit");
        errs.add("email", "error-too-many-attempts");
        return invalid(&ctx, errs, StatusCode::TOO_MANY_REQUESTS);
    }

    let user = st.store.user_by_email(&email).await?;
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
            st.store.clear_hits(&email_key).await?;
            let res = redirect(safe_next(&f.next));
            Ok(super::start_session(&ctx, u.id, res).await?)
        }
        None => {
            st.store.hit(&email_key, now, cfg.login_window_secs).await?;
            errs.add("email", "error-login-failed");
            invalid(&ctx, errs, StatusCode::UNPROCESSABLE_ENTITY)
        }
    }
}
