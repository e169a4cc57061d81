//! GET/POST /invitations/{token}: the invitee sets name and password.

use askama::Template;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse};
use axum::Form;
use domain::accounts::{NewPassword, PersonName};
use serde::Deserialize;
use store::accounts::{Invitation, LinkState};
use store::StoreError;

use crate::security;
use crate::web::error::AppResult;
use crate::web::extract::Ctx;
use crate::web::page::{FormErrors, Nav, Page};
use crate::web::{redirect_flash, render, render_invalid};

/// Version of the privacy notice people agree to (recorded with the consent).
pub const PRIVACY_VERSION: &str = "2026-11";

#[derive(Template)]
#[template(path = "accounts/invitation.html")]
struct InvitationPage {
    p: Page,
    errs: FormErrors,
    inv: Invitation,
    name: String,
    consent: bool,
}

#[derive(Template)]
#[template(path = "accounts/link_invalid.html")]
struct LinkInvalidPage {
    p: Page,
    text: String,
}

#[derive(Deserialize)]
pub struct AcceptForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    password_confirm: String,
    #[serde(default)]
    consent: String,
}

fn link_invalid(ctx: &Ctx, state: Option<LinkState>) -> AppResult {
    let key = match state {
        Some(LinkState::Expired) => "invitation-expired",
        Some(LinkState::Used) => "invitation-used",
        _ => "invitation-unknown",
    };
    let page = LinkInvalidPage {
        p: ctx.page("invitation-invalid-title", Nav::Other),
        text: ctx.t(key),
    };
    Ok((StatusCode::GONE, Html(page.render()?)).into_response())
}

pub async fn get(ctx: Ctx, Path(token): Path<String>) -> AppResult {
    ctx.require(domain::policy::Action::ViewPublic)?;
    let inv = ctx
        .state
        .store
        .invitation_by_token(&security::token_hash(&token))
        .await?;
    match inv {
        Some(inv) if inv.state(ctx.now()) == LinkState::Valid => render(&InvitationPage {
            p: ctx.page("invitation-title", Nav::Other),
            errs: FormErrors::new(),
            inv,
            name: String::new(),
            consent: false,
        }),
        Some(inv) => link_invalid(&ctx, Some(inv.state(ctx.now()))),
        None => link_invalid(&ctx, None),
    }
}

pub async fn post(ctx: Ctx, Path(token): Path<String>, Form(f): Form<AcceptForm>) -> AppResult {
    ctx.require(domain::policy::Action::ViewPublic)?;
    let hash = security::token_hash(&token);
    let Some(inv) = ctx.state.store.invitation_by_token(&hash).await? else {
        return link_invalid(&ctx, None);
    };
    if inv.state(ctx.now()) != LinkState::Valid {
        return link_invalid(&ctx, Some(inv.state(ctx.now())));
    }
    let mut errs = FormErrors::new();
    let name = errs.take("name", PersonName::parse(&f.name));
    let password = match NewPassword::parse(&f.password, &f.password_confirm) {
        Ok(p) => Some(p),
        Err((field, e)) => {
            errs.add(field, e.0);
            None
        }
    };
    let consent = f.consent == "yes";
    if !consent {
        errs.add("consent", "error-consent-required");
    }
    let invalid = |errs: FormErrors, inv: Invitation| {
        render_invalid(&InvitationPage {
            p: ctx.page("invitation-title", Nav::Other),
            errs,
            inv,
            name: f.name.clone(),
            consent,
        })
    };
    let (Some(name), Some(password), true) = (name, password, errs.is_empty()) else {
        return invalid(errs, inv);
    };
    let hash_pw = security::hash_password(password.expose())?;
    let user = match ctx
        .state
        .store
        .accept_invitation(ctx.now(), &hash, name.as_str(), &hash_pw, &inv.locale, PRIVACY_VERSION)
        .await
    {
        Ok(u) => u,
        // used meanwhile (double submit) or expired this second
        Err(StoreError::NotFound) => return link_invalid(&ctx, Some(LinkState::Used)),
        Err(StoreError::Conflict(_)) => {
            errs.add("name", "error-account-exists");
            return invalid(errs, inv);
        }
        Err(e) => return Err(e.into()),
    };
    let to = inv.org_id.map(|o| format!("/orgs/{o}")).unwrap_or_else(|| "/".into());
    Ok(super::start_session(&ctx, user.id, redirect_flash(&to, "flash-welcome")).await?)
}
