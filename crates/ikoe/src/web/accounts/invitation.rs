//! GET/POST /invitations/{token}: a new person sets name and password; a
//! person who already has an account logs in and accepts.

use askama::Template;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse};
use axum::Form;
use domain::accounts::{Email, NewPassword, PersonName};
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

/// How the invitation page is shown.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// No account yet: name, password, consent.
    New,
    /// Signed in with the invited account: one button.
    Join,
    /// The invited address has an account, but it is not signed in here.
    SignIn,
}

#[derive(Template)]
#[template(path = "accounts/invitation.html")]
struct InvitationPage {
    p: Page,
    errs: FormErrors,
    inv: Invitation,
    mode: Mode,
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

/// The valid invitation behind a token and how to show it, or the page saying why not.
async fn load(ctx: &Ctx, token: &str) -> Result<(Invitation, Mode), AppResult> {
    let inv = match ctx.state.store.invitation_by_token(&security::token_hash(token)).await {
        Ok(Some(inv)) => inv,
        Ok(None) => return Err(link_invalid(ctx, None)),
        Err(e) => return Err(Err(e.into())),
    };
    if inv.state(ctx.now()) != LinkState::Valid {
        return Err(link_invalid(ctx, Some(inv.state(ctx.now()))));
    }
    let existing = match Email::parse(&inv.email) {
        Ok(e) => ctx.state.store.user_by_email(&e).await.map_err(|e| Err(e.into()))?,
        Err(_) => None,
    };
    let mode = match (existing, &ctx.user) {
        (None, _) => Mode::New,
        (Some(owner), Some(me)) if owner.id == me.id => Mode::Join,
        (Some(_), _) => Mode::SignIn,
    };
    Ok((inv, mode))
}

impl InvitationPage {
    /// The page as first shown: empty form, no errors.
    fn fresh(ctx: &Ctx, inv: Invitation, mode: Mode) -> Self {
        InvitationPage {
            p: ctx.page("invitation-title", Nav::Other),
            errs: FormErrors::new(),
            inv,
            mode,
            name: String::new(),
            consent: false,
        }
    }

    fn join_lead(&self) -> String {
        let inviter = self.inv.inviter_name.clone().unwrap_or_default();
        let org = self.inv.org_name.clone().unwrap_or_else(|| self.p.t("app-name"));
        self.p.i18n.t_args(
            self.p.lang(),
            "invitation-join-lead",
            &[
                ("inviter", format!("\u{2068}{inviter}\u{2069}").into()),
                ("org", format!("\u{2068}{org}\u{2069}").into()),
            ],
        )
    }
    fn is(&self, mode: &str) -> bool {
        matches!(
            (mode, self.mode),
            ("new", Mode::New) | ("join", Mode::Join) | ("sign-in", Mode::SignIn)
        )
    }
}

pub async fn get(ctx: Ctx, Path(token): Path<String>) -> AppResult {
    ctx.require(domain::policy::Action::ViewPublic)?;
    let (inv, mode) = match load(&ctx, &token).await {
        Ok(v) => v,
        Err(page) => return page,
    };
    render(&InvitationPage::fresh(&ctx, inv, mode))
}

pub async fn post(ctx: Ctx, Path(token): Path<String>, Form(f): Form<AcceptForm>) -> AppResult {
    ctx.require(domain::policy::Action::ViewPublic)?;
    let (inv, mode) = match load(&ctx, &token).await {
        Ok(v) => v,
        Err(page) => return page,
    };
    let hash = security::token_hash(&token);
    match mode {
        // signed out, or signed in as someone else: nothing happens, the page says why
        Mode::SignIn => return render_invalid(&InvitationPage::fresh(&ctx, inv, mode)),
        Mode::Join => {
            let me = ctx.user()?;
            return match ctx.state.store.accept_invitation_existing(ctx.now(), &hash, me).await {
                Ok(Some(org)) => Ok(redirect_flash(&format!("/orgs/{org}"), "flash-joined")),
                Ok(None) => Ok(redirect_flash("/", "flash-joined")),
                Err(StoreError::NotFound) => link_invalid(&ctx, Some(LinkState::Used)),
                Err(e) => Err(e.into()),
            };
        }
        Mode::New => {}
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
            mode,
            name: f.name.clone(),
            consent,
        })
    };
    let (Some(name), Some(password), true) = (name, password, errs.is_empty()) else {
        return invalid(errs, inv);
    };
    let hash_pw = security::hash_password_async(password.expose()).await?;
    // the language the person sees now becomes their choice
    let user = match ctx
        .state
        .store
        .accept_invitation(
            ctx.now(),
            &hash,
            name.as_str(),
            &hash_pw,
            ctx.locale.code,
            PRIVACY_VERSION,
        )
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
