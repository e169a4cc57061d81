//! Forgotten password: request a link (same answer for known and unknown
//! e-mails), then set a new password through the link (valid once).

use askama::Template;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse};
use domain::accounts::{Email, NewPassword};
use serde::Deserialize;
use store::invitations::LinkState;

use crate::mail;
use crate::security;
use crate::web::accounts::{link_invalid, LinkTexts};
use crate::web::error::AppResult;
use crate::web::extract::Ctx;
use crate::web::form::Form;
use crate::web::guards::accounts::ResetLink;
use crate::web::page::{FormErrors, Nav, Page};
use crate::web::{redirect_flash, render, render_invalid};

#[derive(Template)]
#[template(path = "accounts/forgot.html")]
struct ForgotPage {
    p: Page,
    errs: FormErrors,
    email: String,
    sent: bool,
}

#[derive(Template)]
#[template(path = "accounts/reset.html")]
struct ResetPage {
    p: Page,
    errs: FormErrors,
}

#[derive(Deserialize)]
pub struct ForgotForm {
    email: String,
}

#[derive(Deserialize)]
pub struct ResetForm {
    password: String,
    password_confirm: String,
}

pub async fn forgot_get(ctx: Ctx) -> AppResult {
    ctx.require(domain::policy::Action::ViewPublic)?;
    render(&ForgotPage {
        p: ctx.page("forgot-title", Nav::Other),
        errs: FormErrors::new(),
        email: String::new(),
        sent: false,
    })
}

pub async fn forgot_post(ctx: Ctx, Form(f): Form<ForgotForm>) -> AppResult {
    ctx.require(domain::policy::Action::ViewPublic)?;
    let st = &ctx.state;
    let now = ctx.now();
    let mut errs = FormErrors::new();
    let Some(email) = errs.take("email", Email::parse(&f.email)) else {
        return render_invalid(&ForgotPage {
            p: ctx.page("forgot-title", Nav::Other),
            errs,
            email: f.email,
            sent: false,
        });
    };
    let ip_hits = st.store.hit(&format!("reset-ip:{}", ctx.ip), now, 3600).await?;
    if ip_hits > st.config.reset_max_per_ip {
        errs.add("email", "error-too-many-attempts");
        let page = ForgotPage {
            p: ctx.page("forgot-title", Nav::Other),
            errs,
            email: f.email,
            sent: false,
        };
        return Ok((StatusCode::TOO_MANY_REQUESTS, Html(page.render()?)).into_response());
    }
    // At most three mails per account and hour; the answer is the same either way.
    let mail_hits = st
        .store
        .hit(&format!("reset-email:{}", email.as_str()), now, 3600)
        .await?;
    if let Some(user) = st.store.user_by_email(&email).await?.filter(|_| mail_hits <= 3) {
        let token = security::random_token();
        let locale = user.locale.clone().unwrap_or_else(|| ctx.locale.code.to_string());
        let link = format!("{}/password/reset/{token}", st.config.public_url.trim_end_matches('/'));
        let m = mail::reset(
            &st.i18n,
            &locale,
            &user.email,
            &user.name,
            &link,
            st.config.reset_ttl_secs / 60,
        );
        st.store
            .create_password_reset(
                now,
                user.id,
                &security::token_hash(&token),
                st.config.reset_ttl_secs,
                &m,
            )
            .await?;
    }
    render(&ForgotPage {
        p: ctx.page("forgot-title", Nav::Other),
        errs,
        email: f.email,
        sent: true,
    })
}

/// What the page says when a password-reset link cannot be used.
pub const RESET_LINK: LinkTexts = LinkTexts {
    title: "reset-invalid-title",
    expired: "reset-expired",
    used: "reset-used",
    unknown: "reset-unknown",
};

pub async fn reset_get(ResetLink { ctx, .. }: ResetLink) -> AppResult {
    render(&ResetPage {
        p: ctx.page("reset-title", Nav::Other),
        errs: FormErrors::new(),
    })
}

pub async fn reset_post(ResetLink { ctx, token_hash: hash }: ResetLink, Form(f): Form<ResetForm>) -> AppResult {
    let mut errs = FormErrors::new();
    let password = match NewPassword::parse(&f.password, &f.password_confirm) {
        Ok(p) => p,
        Err((field, e)) => {
            errs.add(field, e.0);
            return render_invalid(&ResetPage {
                p: ctx.page("reset-title", Nav::Other),
                errs,
            });
        }
    };
    let pw_hash = security::hash_password_async(password.expose()).await?;
    match ctx.state.store.use_password_reset(ctx.now(), &hash, &pw_hash).await {
        Ok(_) => Ok(redirect_flash("/login", "flash-password-reset")),
        Err(store::StoreError::NotFound) => link_invalid(&ctx, &RESET_LINK, Some(LinkState::Used)),
        Err(e) => Err(e.into()),
    }
}
