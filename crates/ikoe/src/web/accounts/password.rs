//! GET/POST /profile/password: change the password (current one required).

use askama::Template;
use domain::accounts::NewPassword;
use serde::Deserialize;

use crate::security;
use crate::web::error::AppResult;
use crate::web::form::Form;
use crate::web::guards::accounts::OwnAccount;
use crate::web::page::{FormErrors, Nav, Page};
use crate::web::{redirect_flash, render, render_invalid};

#[derive(Template)]
#[template(path = "accounts/password.html")]
struct PasswordPage {
    p: Page,
    errs: FormErrors,
}

#[derive(Deserialize)]
pub struct PasswordForm {
    current: String,
    password: String,
    password_confirm: String,
}

pub async fn get(OwnAccount { ctx, .. }: OwnAccount) -> AppResult {
    render(&PasswordPage {
        p: ctx.page("password-title", Nav::Profile),
        errs: FormErrors::new(),
    })
}

pub async fn post(OwnAccount { ctx, user: u }: OwnAccount, Form(f): Form<PasswordForm>) -> AppResult {
    let mut errs = FormErrors::new();
    if let Some(key) = super::check_current_password(&ctx, &f.current).await? {
        errs.add("current", key);
    }
    let new = match NewPassword::parse(&f.password, &f.password_confirm) {
        Ok(p) => Some(p),
        Err((field, e)) => {
            errs.add(field, e.0);
            None
        }
    };
    let Some(new) = new.filter(|_| errs.is_empty()) else {
        return render_invalid(&PasswordPage {
            p: ctx.page("password-title", Nav::Profile),
            errs,
        });
    };
    let hash = security::hash_password_async(new.expose()).await?;
    // ends every session, then starts a fresh one here
    ctx.state
        .store
        .set_password(ctx.now(), Some(u.id), u.id, &hash, "user.change_password")
        .await?;
    Ok(super::start_session(&ctx, u.id, redirect_flash("/profile", "flash-password-changed")).await?)
}
