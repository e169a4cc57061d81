//! The adoption of a Leitbild. The team puts one version up for sign-off
//! and follows who of the leadership signed it (`/leitbild/{id}/adoption`);
//! a leadership member signs it off through their personal participation
//! link (`/mitmachen/{token}/freigabe`), which shows the version in full.
//! When every leadership member signed, the version is adopted; the team
//! may declare it adopted once at least one did (see
//! `domain::leitbild_adoption`). Then the team publishes it, inside the
//! administration or for everyone, and adds translations.
//!
//! A link nobody has (unknown, replaced, revoked) gets a page saying so
//! (404); a department's link (anonymous) and a person who is not
//! leadership get a page saying that only leadership members sign off
//! (403). Nothing is recorded then.

use askama::Template;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use domain::leitbild::Draft;
use domain::leitbild_adoption::{all_signed, may_declare, Publication, TranslationLang};
use fluent_bundle::FluentValue;
use serde::Deserialize;
use store::leitbild::{Adoption, Leader, LinkOwner, Process, SignedOff, Translation, Version};
use store::StoreError;

use crate::security;
use crate::web::confirm::{self, Ask};
use crate::web::error::{AppError, AppResult};
use crate::web::extract::Ctx;
use crate::web::form::{Fields, Form};
use crate::web::guards::leitbild::ProcessTeam;
use crate::web::page::{FormErrors, Nav, Opt, Page};
use crate::web::{redirect_flash, render, render_invalid};

// ---------- The sign-off through a personal link ----------

/// A leadership member holding their personal link.
struct Signer {
    process: Process,
    person: i64,
    name: String,
}

#[derive(Template)]
#[template(path = "leitbild/signoff_refused.html")]
struct RefusedPage {
    p: Page,
    /// "unknown", "department" or "not-leader".
    reason: &'static str,
}

fn refused(ctx: &Ctx, reason: &'static str, status: StatusCode) -> AppResult {
    let page = RefusedPage {
        p: ctx.page(&format!("leitbild-signoff-refused-{reason}-title"), Nav::Other),
        reason,
    };
    Ok((status, Html(page.render()?)).into_response())
}

/// The leadership member whose link `token` is, or the page refusing it.
async fn signer(ctx: &Ctx, token: &str) -> AppResult<Result<Signer, Response>> {
    let store = &ctx.state.store;
    let (process, person, name) = match store.link_owner(&security::token_hash(token)).await? {
        None => return Ok(Err(refused(ctx, "unknown", StatusCode::NOT_FOUND)?)),
        Some(LinkOwner::Department { .. }) => return Ok(Err(refused(ctx, "department", StatusCode::FORBIDDEN)?)),
        Some(LinkOwner::Person {
            process, person, name, ..
        }) => (process, person, name),
    };
    if store.is_leader(process, person).await? != Some(true) {
        return Ok(Err(refused(ctx, "not-leader", StatusCode::FORBIDDEN)?));
    }
    let process = store.process(process).await?.ok_or(AppError::NotFound)?;
    Ok(Ok(Signer { process, person, name }))
}

#[derive(Template)]
#[template(path = "leitbild/signoff.html")]
struct SignoffPage {
    p: Page,
    process: Process,
    name: String,
    /// The version up for sign-off and its text.
    offered: Option<(Version, Draft)>,
    adoption: Adoption,
    /// The person's sign-offs, the newest version first.
    me: Option<Leader>,
    /// Why the sign-off was not recorded: a message key.
    error: Option<&'static str>,
}

impl SignoffPage {
    /// When the person signed the version up for sign-off.
    fn signed(&self) -> Option<domain::Timestamp> {
        let (v, _) = self.offered.as_ref()?;
        self.me.as_ref()?.signed(v.number).map(|s| s.signed_at)
    }
    /// What the page says when the person signed an older version than the one up now.
    fn older(&self) -> Option<String> {
        let number = self.offered.as_ref().map(|(v, _)| v.number)?;
        let me = self.me.as_ref()?;
        if me.signed(number).is_some() {
            return None;
        }
        let s = me.signed_other(number)?;
        let args = [
            ("signed", FluentValue::from(s.number)),
            ("offered", FluentValue::from(number)),
            (
                "date",
                FluentValue::from(format!("\u{2068}{}\u{2069}", self.p.datetime(&s.signed_at))),
            ),
        ];
        Some(self.p.i18n.t_args(self.p.lang(), "leitbild-signoff-older", &args))
    }
    /// Whether the version up for sign-off is the adopted one.
    fn offered_adopted(&self) -> bool {
        self.offered
            .as_ref()
            .is_some_and(|(v, _)| self.adoption.adopted == Some(v.number))
    }
}

async fn signoff_page(ctx: &Ctx, s: Signer, error: Option<&'static str>) -> AppResult<SignoffPage> {
    let store = &ctx.state.store;
    let adoption = store.adoption(s.process.id).await?;
    let offered = match adoption.offered {
        Some(n) => store.version(s.process.id, n).await?,
        None => None,
    };
    let me = store
        .leaders(s.process.id)
        .await?
        .into_iter()
        .find(|l| l.id == s.person);
    Ok(SignoffPage {
        p: ctx.page("leitbild-signoff-title", Nav::Other),
        process: s.process,
        name: s.name,
        offered,
        adoption,
        me,
        error,
    })
}

pub async fn signoff_get(ctx: Ctx, Path(token): Path<String>) -> AppResult {
    let s = match signer(&ctx, &token).await? {
        Ok(s) => s,
        Err(refusal) => return Ok(refusal),
    };
    render(&signoff_page(&ctx, s, None).await?)
}

/// The sign-off form holds the number of the version the person read
/// (`version`); the link is checked before the form is read.
pub async fn signoff_post(ctx: Ctx, Path(token): Path<String>, Form(f): Form<Fields>) -> AppResult {
    let s = match signer(&ctx, &token).await? {
        Ok(s) => s,
        Err(refusal) => return Ok(refusal),
    };
    let number: i64 = f.get("version").trim().parse().map_err(|_| AppError::BadRequest)?;
    let flash = match ctx
        .state
        .store
        .sign_off(ctx.now(), s.process.id, s.person, number)
        .await
    {
        Ok(SignedOff::Recorded { adopted: true }) => "flash-leitbild-signed-adopted",
        Ok(SignedOff::Recorded { adopted: false }) => "flash-leitbild-signed",
        Ok(SignedOff::Already) => "flash-leitbild-signed-already",
        // the team put another version up meanwhile: the person reads that one first
        Err(StoreError::Stale) => {
            return render_invalid(&signoff_page(&ctx, s, Some("error-leitbild-offer-changed")).await?);
        }
        Err(StoreError::Conflict("offer")) => {
            return render_invalid(&signoff_page(&ctx, s, Some("error-leitbild-nothing-offered")).await?);
        }
        Err(StoreError::Conflict(_)) => return refused(&ctx, "not-leader", StatusCode::FORBIDDEN),
        Err(e) => return Err(e.into()),
    };
    Ok(redirect_flash(&ctx.path, flash))
}

// ---------- The team's page ----------

/// A language the team may translate into, and its translation if there is one.
pub struct LangRow {
    pub lang: TranslationLang,
    pub name: &'static str,
    pub translation: Option<Translation>,
}

impl LangRow {
    pub fn dir(&self) -> &'static str {
        if self.lang.rtl() {
            "rtl"
        } else {
            "ltr"
        }
    }
}

#[derive(Template)]
#[template(path = "leitbild/adoption.html")]
struct AdoptionPage {
    p: Page,
    process: Process,
    adoption: Adoption,
    /// The versions, the newest first.
    versions: Vec<Version>,
    version_options: Vec<Opt>,
    leaders: Vec<Leader>,
    /// How many leadership members signed the version up for sign-off.
    signed: usize,
    langs: Vec<LangRow>,
    /// The address of the public page, in full.
    public_url: String,
    errs: FormErrors,
}

impl AdoptionPage {
    /// The newest version, if it is newer than the one up for sign-off.
    fn newer(&self) -> Option<i64> {
        let newest = self.versions.first()?.number;
        match self.adoption.offered {
            Some(o) if newest > o => Some(newest),
            _ => None,
        }
    }
    /// Whether the team may declare the version up for sign-off adopted now.
    fn may_declare(&self) -> bool {
        self.adoption.offered.is_some()
            && self.adoption.adopted != self.adoption.offered
            && may_declare(self.signed)
            && !all_signed(self.leaders.len(), self.signed)
    }
    /// A leader's sign-off of the version up for sign-off.
    fn signed_now<'a>(&self, l: &'a Leader) -> Option<&'a store::leitbild::SignOff> {
        l.signed(self.adoption.offered?)
    }
    /// A leader's newest sign-off of another version than the one up for sign-off.
    fn signed_before<'a>(&self, l: &'a Leader) -> Option<&'a store::leitbild::SignOff> {
        l.signed_other(self.adoption.offered.unwrap_or_default())
    }
    /// Whether a translation translates the adopted version.
    fn current(&self, t: &Translation) -> bool {
        self.adoption.adopted == Some(t.number)
    }
    /// The version the offer form shows chosen: the one up for sign-off, else the newest.
    fn selected(&self) -> String {
        self.adoption
            .offered
            .or(self.versions.first().map(|v| v.number))
            .map(|n| n.to_string())
            .unwrap_or_default()
    }
    fn publication_is(&self, code: &str) -> bool {
        self.adoption.publication.code() == code
    }
}

/// The languages a Leitbild is translated into, with their names in themselves.
pub fn lang_name(lang: TranslationLang) -> &'static str {
    i18n::locale(lang.code()).map_or("", |l| l.native_name)
}

async fn adoption_page(ctx: &Ctx, process: Process, errs: FormErrors) -> AppResult<AdoptionPage> {
    let store = &ctx.state.store;
    let adoption = store.adoption(process.id).await?;
    let versions = store.versions(process.id).await?;
    let leaders = store.leaders(process.id).await?;
    let signed = adoption
        .offered
        .map_or(0, |n| leaders.iter().filter(|l| l.signed(n).is_some()).count());
    let translations = store.translations(process.id).await?;
    let langs = TranslationLang::ALL
        .iter()
        .map(|&lang| LangRow {
            lang,
            name: lang_name(lang),
            translation: translations.iter().find(|t| t.lang == lang).cloned(),
        })
        .collect();
    let p = ctx.page_titled(
        format!("{} – {}", ctx.t("leitbild-adoption-title"), process.title),
        Nav::Leitbild,
    );
    let version_options = versions
        .iter()
        .map(|v| {
            Opt::new(
                v.number.to_string(),
                format!(
                    "{} {} – {}",
                    p.t("leitbild-version"),
                    v.number,
                    p.datetime(&v.created_at)
                ),
            )
        })
        .collect();
    Ok(AdoptionPage {
        p,
        adoption,
        versions,
        version_options,
        leaders,
        signed,
        langs,
        public_url: format!("{}/l/{}", ctx.state.config.public_url.trim_end_matches('/'), process.id),
        process,
        errs,
    })
}

pub async fn get(ProcessTeam { ctx, process }: ProcessTeam) -> AppResult {
    render(&adoption_page(&ctx, process, FormErrors::new()).await?)
}

async fn invalid(ctx: &Ctx, process: Process, field: &str, key: &str) -> AppResult {
    render_invalid(&adoption_page(ctx, process, FormErrors::one(field, key)).await?)
}

fn back(process: &Process, anchor: &str, flash: &str) -> AppResult {
    Ok(redirect_flash(
        &format!("/leitbild/{}/adoption#{anchor}", process.id),
        flash,
    ))
}

/// Putting a version up for sign-off.
#[derive(Debug, Deserialize)]
pub struct OfferForm {
    pub number: String,
}

pub async fn offer(ProcessTeam { ctx, process }: ProcessTeam, Form(f): Form<OfferForm>) -> AppResult {
    let Ok(number) = f.number.trim().parse::<i64>() else {
        return invalid(&ctx, process, "number", "error-choose-option").await;
    };
    match ctx
        .state
        .store
        .offer_version(ctx.now(), ctx.user_id()?, process.id, number)
        .await
    {
        Ok(()) => back(&process, "signoffs", "flash-leitbild-offered"),
        Err(StoreError::NotFound) => invalid(&ctx, process, "number", "error-choose-option").await,
        Err(e) => Err(e.into()),
    }
}

/// Declaring the version up for sign-off adopted (asks first).
#[derive(Debug, Deserialize)]
pub struct DeclareForm {
    pub number: String,
    #[serde(default)]
    pub confirmed: bool,
}

pub async fn declare(ProcessTeam { ctx, process }: ProcessTeam, Form(f): Form<DeclareForm>) -> AppResult {
    let number: i64 = f.number.trim().parse().map_err(|_| AppError::BadRequest)?;
    if !f.confirmed {
        let ask = Ask {
            what: "leitbild-declare",
            action: format!("/leitbild/{}/adoption/declare", process.id),
            back: format!("/leitbild/{}/adoption", process.id),
            args: &[("number", number.to_string()), ("process", process.title.clone())],
            fields: vec![("number", number.to_string())],
        };
        return confirm::ask(&ctx, ask, Nav::Leitbild);
    }
    match ctx
        .state
        .store
        .declare_adopted(ctx.now(), ctx.user_id()?, process.id, number)
        .await
    {
        Ok(()) => back(&process, "adopted", "flash-leitbild-adopted"),
        Err(StoreError::Stale) => invalid(&ctx, process, "declare", "error-leitbild-offer-changed").await,
        Err(StoreError::Conflict(_)) => invalid(&ctx, process, "declare", "error-leitbild-no-signoff").await,
        Err(e) => Err(e.into()),
    }
}

/// Publishing the adopted text.
#[derive(Debug, Deserialize)]
pub struct PublishForm {
    pub publication: String,
}

pub async fn publish(ProcessTeam { ctx, process }: ProcessTeam, Form(f): Form<PublishForm>) -> AppResult {
    let publication = match Publication::parse(&f.publication) {
        Ok(p) if p != Publication::Unpublished => p,
        _ => return invalid(&ctx, process, "publication", "error-choose-option").await,
    };
    set_publication(ctx, process, publication).await
}

async fn set_publication(ctx: Ctx, process: Process, publication: Publication) -> AppResult {
    match ctx
        .state
        .store
        .publish(ctx.now(), ctx.user_id()?, process.id, publication)
        .await
    {
        Ok(()) if publication == Publication::Unpublished => {
            back(&process, "publication", "flash-leitbild-unpublished")
        }
        Ok(()) => back(&process, "publication", "flash-leitbild-published"),
        Err(StoreError::Conflict(_)) => invalid(&ctx, process, "publication", "error-leitbild-not-adopted").await,
        Err(e) => Err(e.into()),
    }
}

/// Withdrawing the publication (asks first).
pub async fn withdraw(
    ProcessTeam { ctx, process }: ProcessTeam,
    Form(c): Form<crate::web::confirm::Confirmed>,
) -> AppResult {
    if !c.confirmed {
        let ask = Ask {
            what: "leitbild-publication-withdraw",
            action: format!("/leitbild/{}/publication/withdraw", process.id),
            back: format!("/leitbild/{}/adoption", process.id),
            args: &[("process", process.title.clone())],
            fields: vec![],
        };
        return confirm::ask(&ctx, ask, Nav::Leitbild);
    }
    set_publication(ctx, process, Publication::Unpublished).await
}
