//! GET/POST /invitations/{token}: a new person sets name and password; a
//! person who already has an account logs in and accepts.

use askama::Template;
use domain::accounts::{NewPassword, PersonName};
use serde::Deserialize;
use store::invitations::{Invitation, LinkState};
use store::StoreError;

use crate::security;
use crate::web::accounts::{link_invalid, LinkTexts};
use crate::web::error::AppResult;
use crate::web::extract::Ctx;
use crate::web::form::{checkbox, Form};
use crate::web::guards::accounts::{InvitationLink, Joining};
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
    mode: Joining,
    name: String,
    consent: bool,
}

/// The answer to an invitation. Name and passwords come only from the form
/// of a person without an account; the "join" form is one button.
#[derive(Deserialize)]
pub struct AcceptForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    password_confirm: String,
    #[serde(default, deserialize_with = "checkbox")]
    consent: bool,
}

/// What the page says when an invitation link cannot be used.
pub const INVITATION_LINK: LinkTexts = LinkTexts {
    title: "invitation-invalid-title",
    expired: "invitation-expired",
    used: "invitation-used",
    unknown: "invitation-unknown",
};

impl InvitationPage {
    /// The page as first shown: empty form, no errors.
    fn fresh(ctx: &Ctx, inv: Invitation, mode: Joining) -> Self {
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
}

pub async fn get(InvitationLink { ctx, inv, joining, .. }: InvitationLink) -> AppResult {
    render(&InvitationPage::fresh(&ctx, inv, joining))
}

pub async fn post(link: InvitationLink, Form(f): Form<AcceptForm>) -> AppResult {
    let InvitationLink {
        ctx,
        token_hash: hash,
        inv,
        joining: mode,
    } = link;
    match mode {
        // signed out, or signed in as someone else: nothing happens, the page says why
        Joining::SignIn => return render_invalid(&InvitationPage::fresh(&ctx, inv, mode)),
        Joining::Join => {
            let me = ctx.user()?;
            return match ctx.state.store.accept_invitation_existing(ctx.now(), &hash, me).await {
                Ok(Some(org)) => Ok(redirect_flash(&format!("/orgs/{org}"), "flash-joined")),
                Ok(None) => Ok(redirect_flash("/", "flash-joined")),
                Err(StoreError::NotFound) => link_invalid(&ctx, &INVITATION_LINK, Some(LinkState::Used)),
                Err(e) => Err(e.into()),
            };
        }
        Joining::New => {}
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
    let consent = f.consent;
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
        Err(StoreError::NotFound) => return link_invalid(&ctx, &INVITATION_LINK, Some(LinkState::Used)),
        Err(StoreError::Conflict(_)) => {
            errs.add("name", "error-account-exists");
            return invalid(errs, inv);
        }
        Err(e) => return Err(e.into()),
    };
    let to = inv.org_id.map(|o| format!("/orgs/{o}")).unwrap_or_else(|| "/".into());
    Ok(super::start_session(&ctx, user.id, redirect_flash(&to, "flash-welcome")).await?)
}
