//! GET/POST /profile: name and language; sessions; links to password, export, deletion.

use askama::Template;
use domain::accounts::PersonName;
use serde::Deserialize;
use store::accounts::User;
use store::orgs::MembershipOf;
use store::sessions::SessionInfo;

use crate::web::error::AppResult;
use crate::web::extract::Ctx;
use crate::web::form::Form;
use crate::web::guards::accounts::OwnAccount;
use crate::web::page::{FormErrors, Nav, Opt, Page};
use crate::web::{redirect_flash, render, render_invalid};

#[derive(Template)]
#[template(path = "accounts/profile.html")]
struct ProfilePage {
    p: Page,
    errs: FormErrors,
    name: String,
    email: String,
    locale: String,
    locales: Vec<Opt>,
    memberships: Vec<MembershipOf>,
    sessions: Vec<SessionInfo>,
}

impl ProfilePage {
    /// A session's device in words: "Firefox auf Windows" (see [`super::device`]).
    fn device(&self, ua: &str) -> String {
        let p = &self.p;
        // proper names in Latin letters; strong characters on both sides keep
        // their order in a right-to-left sentence, no isolation needed
        let name = |s: &str| fluent_bundle::FluentValue::from(s.to_string());
        match super::device::parse(ua) {
            (Some(b), Some(os)) => p.i18n.t_args(
                p.locale.code,
                "profile-device",
                &[("browser", name(b)), ("os", name(os))],
            ),
            (Some(b), None) => b.to_string(),
            (None, Some(os)) => p
                .i18n
                .t_args(p.locale.code, "profile-device-unknown-on", &[("os", name(os))]),
            (None, None) => p.t("profile-device-unknown"),
        }
    }
}

#[derive(Deserialize)]
pub struct ProfileForm {
    name: String,
    locale: String,
}

fn locale_options() -> Vec<Opt> {
    i18n::LOCALES.iter().map(|l| Opt::new(l.code, l.native_name)).collect()
}

async fn page(ctx: &Ctx, u: &User, errs: FormErrors, name: String, locale: String) -> AppResult<ProfilePage> {
    Ok(ProfilePage {
        p: ctx.page("profile-title", Nav::Profile),
        errs,
        name,
        email: u.email.clone(),
        locale,
        locales: locale_options(),
        memberships: ctx.state.store.memberships_of(u.id).await?,
        sessions: ctx.state.store.sessions_of(u.id).await?,
    })
}

pub async fn get(OwnAccount { ctx, user: u }: OwnAccount) -> AppResult {
    let locale = u.locale.clone().unwrap_or_else(|| ctx.locale.code.to_string());
    render(&page(&ctx, &u, FormErrors::new(), u.name.clone(), locale).await?)
}

pub async fn post(OwnAccount { ctx, user: u }: OwnAccount, Form(f): Form<ProfileForm>) -> AppResult {
    let mut errs = FormErrors::new();
    let name = errs.take("name", PersonName::parse(&f.name));
    let locale = i18n::locale(&f.locale);
    if locale.is_none() {
        errs.add("locale", "error-choose-option");
    }
    let (Some(name), Some(locale)) = (name, locale) else {
        return render_invalid(&page(&ctx, &u, errs, f.name, f.locale).await?);
    };
    ctx.state
        .store
        .set_user_name_locale(ctx.now(), u.id, name.as_str(), Some(locale.code))
        .await?;
    let mut res = redirect_flash("/profile", "flash-profile-saved");
    crate::web::site::language::set_cookie(&ctx, &mut res, locale.code);
    Ok(res)
}
