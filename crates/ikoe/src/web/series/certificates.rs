//! Completion and certificates: staff see who completed a series and issue
//! certificates in one step; participants download theirs through their
//! personal link; anyone checks a certificate on the verification page.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path, Query};
use domain::series::{Attendance, Attended, RegStatus};
use i18n::I18n;
use serde::Deserialize;
use store::certificates::{CertContent, CertModule, Certificate, NewCertificate};
use store::registrations::Registration;
use store::series::Series;
use store::StoreError;

use crate::mail;
use crate::web::confirm::{self, Ask};
use crate::web::error::{AppError, AppResult};
use crate::web::extract::Ctx;
use crate::web::form::Form;
use crate::web::guards::series::{RegistrationLink, StaffCertificate, StaffSeries};
use crate::web::page::{FormErrors, Nav, Opt, Page};
use crate::web::series::attendance::file_response;
use crate::web::{redirect_flash, render, render_invalid};

/// A participant's progress towards completing the series.
pub struct Progress {
    pub reg: Registration,
    pub attended: i64,
    pub hours: i64,
    pub completed: bool,
    /// Why not completed (yet).
    pub missing: domain::series::Missing,
    pub certificate: Option<Certificate>,
}

/// The progress of everyone with a seat, by name.
pub async fn progress(st: &store::Store, s: &Series) -> Result<(Vec<Progress>, i64), AppError> {
    let modules: Vec<_> = st
        .modules(s.id)
        .await?
        .into_iter()
        .filter(|m| !m.is_cancelled())
        .collect();
    let attendance = st.attendance_of_series(s.id).await?;
    let present: HashMap<(i64, i64), bool> = attendance
        .iter()
        .map(|a| ((a.registration_id, a.module_id), a.status == Attendance::Present))
        .collect();
    let certs = st.certificates_of_series(s.id).await?;
    let rule = s.rule();
    let mut out: Vec<Progress> = st
        .registrations_of_series(s.id)
        .await?
        .into_iter()
        .filter(|r| r.status == RegStatus::Confirmed)
        .map(|reg| {
            let marks: Vec<Attended> = modules
                .iter()
                .map(|m| Attended {
                    mandatory: m.is_mandatory(),
                    hours: m.hours,
                    present: present.get(&(reg.id, m.id)).copied().unwrap_or(false),
                })
                .collect();
            let attended = marks.iter().filter(|m| m.present).count() as i64;
            let hours = marks.iter().filter(|m| m.present).map(|m| m.hours).sum();
            let certificate = certs
                .iter()
                .find(|c| c.registration_id == reg.id && c.is_valid())
                .cloned();
            Progress {
                completed: rule.completed(&marks),
                missing: rule.missing(&marks),
                attended,
                hours,
                certificate,
                reg,
            }
        })
        .collect();
    out.sort_by_key(|p| p.reg.name.to_lowercase());
    Ok((out, modules.len() as i64))
}

#[derive(Template)]
#[template(path = "series/certificates.html")]
struct CertificatesPage {
    p: Page,
    s: Series,
    title: String,
    rows: Vec<Progress>,
    module_count: i64,
    revoked: Vec<Certificate>,
    errs: FormErrors,
    locales: Vec<Opt>,
    locale: String,
    place: String,
    to_issue: usize,
    /// People who completed (with or without a certificate).
    completed: usize,
}

impl CertificatesPage {
    /// Why someone has not completed: "Es fehlen: 1 Modul, 4 Stunden".
    fn missing(&self, m: &domain::series::Missing) -> String {
        let p = &self.p;
        let parts: Vec<String> = [
            ("certificates-missing-modules", m.modules),
            ("certificates-missing-mandatory", m.mandatory),
            ("certificates-missing-hours", m.hours),
        ]
        .iter()
        .filter(|(_, n)| *n > 0)
        .map(|(key, n)| p.tn(key, "count", *n))
        .collect();
        format!("{} {}", p.t("certificates-missing"), parts.join(&p.t("list-separator")))
    }

    /// The completion rule as one sentence, its conditions joined with the
    /// language's list separator: "Abschlussregel: mindestens 6 Module
    /// besucht, alle Pflichtmodule besucht." (no stray ";" before the end).
    fn rule(&self) -> String {
        let p = &self.p;
        let s = &self.s;
        let mut parts = vec![];
        if let Some(n) = s.rule_min_modules {
            parts.push(p.tn("certificates-rule-modules", "count", n));
        }
        if s.rule_all_mandatory.on() {
            parts.push(p.t("certificates-rule-mandatory"));
        }
        if let Some(h) = s.rule_min_hours {
            parts.push(p.tn("certificates-rule-hours", "count", h));
        }
        if parts.is_empty() {
            parts.push(p.t("certificates-rule-all"));
        }
        p.i18n.t_args(
            p.locale.code,
            "certificates-rule",
            &[("rules", fluent_bundle::FluentValue::from(p.join(&parts)))],
        )
    }

    /// The error of a revocation form (its field is named after the certificate).
    fn revoke_error_for(&self, id: &i64) -> Option<&str> {
        self.errs.get(&format!("reason-{id}"))
    }
}

async fn page(ctx: &Ctx, s: Series, errs: FormErrors, locale: String, place: String) -> AppResult<CertificatesPage> {
    let text = ctx.state.store.series_text(s.id, ctx.locale.code).await?;
    let (rows, module_count) = progress(&ctx.state.store, &s).await?;
    let revoked = ctx
        .state
        .store
        .certificates_of_series(s.id)
        .await?
        .into_iter()
        .filter(|c| !c.is_valid())
        .collect();
    let mut p = ctx.page("certificates-title", Nav::Series);
    p.title = p.t1("certificates-title", "title", &text.title);
    let locales = i18n::LOCALES.iter().map(|l| Opt::new(l.code, l.native_name)).collect();
    let to_issue = rows
        .iter()
        .filter(|r| r.completed && r.certificate.is_none() && r.reg.forgotten_at.is_none())
        .count();
    let completed = rows.iter().filter(|r| r.completed).count();
    Ok(CertificatesPage {
        completed,
        p,
        title: text.title,
        rows,
        module_count,
        revoked,
        errs,
        locales,
        locale,
        place,
        to_issue,
        s,
    })
}

pub async fn list(StaffSeries { ctx, series: s }: StaffSeries) -> AppResult {
    // the place a certificate names is a town: the series' region only when it is one
    let place = ctx
        .state
        .regions
        .iter()
        .find(|r| r.code == s.region && r.kind == domain::orgs::RegionKind::City)
        .map(|r| r.name.clone())
        .unwrap_or_default();
    render(&page(&ctx, s, FormErrors::new(), "de".into(), place).await?)
}

/// Issuing certificates: their language and the place they name.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct IssueForm {
    pub locale: String,
    pub place: String,
}

/// Revoking a certificate, with the reason.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct RevokeForm {
    pub reason: String,
    /// Sent by the confirmation page (see `web::confirm`).
    #[serde(default)]
    pub confirmed: bool,
}

/// A verification code like "K7P2-9XQM-4TRA".
fn new_code() -> String {
    let raw = crate::security::short_code(12);
    format!("{}-{}-{}", &raw[0..4], &raw[4..8], &raw[8..12])
}

pub async fn issue(StaffSeries { ctx, series: s }: StaffSeries, Form(f): Form<IssueForm>) -> AppResult {
    let id = s.id;
    let IssueForm {
        locale,
        place: place_in,
    } = f;
    let mut errs = FormErrors::new();
    let place = errs.take("place", domain::text::one_line(&place_in, 100));
    if i18n::locale(&locale).is_none() {
        errs.add("locale", "error-choose-option");
    }
    let Some(place) = place.filter(|_| errs.is_empty()) else {
        return render_invalid(&page(&ctx, s, errs, locale, place_in).await?);
    };
    let st = &ctx.state;
    let certs = build_certificates(st, &s, &locale, &place).await?;
    let n = st
        .store
        .issue_certificates(ctx.now(), ctx.user()?.id, s.id, &certs)
        .await?;
    let key = if n == 0 {
        "flash-certificates-none"
    } else {
        "flash-certificates-issued"
    };
    Ok(redirect_flash(&format!("/series/{id}/certificates"), key))
}

/// The certificates for everyone who completed the series and holds none yet.
pub async fn build_certificates(
    st: &crate::state::AppState,
    s: &Series,
    locale: &str,
    place: &str,
) -> Result<Vec<NewCertificate>, AppError> {
    let title = st.store.series_text(s.id, locale).await?.title;
    let modules: Vec<_> = st
        .store
        .modules(s.id)
        .await?
        .into_iter()
        .filter(|m| !m.is_cancelled())
        .collect();
    let attendance = st.store.attendance_of_series(s.id).await?;
    let (rows, _) = progress(&st.store, s).await?;
    let base = st.config.public_url.clone();
    let mut certs = vec![];
    // a deleted person gets no certificate (it would carry no name and reach nobody)
    for row in rows
        .iter()
        .filter(|r| r.completed && r.certificate.is_none() && r.reg.forgotten_at.is_none())
    {
        let attended: Vec<CertModule> = modules
            .iter()
            .filter(|m| {
                attendance
                    .iter()
                    .any(|a| a.module_id == m.id && a.registration_id == row.reg.id && a.status == Attendance::Present)
            })
            .map(|m| CertModule {
                starts_at: m.starts_at.0,
                ends_at: m.ends_at.0,
                title: m.title.clone(),
                topics: m.topics.clone(),
                hours: m.hours,
            })
            .collect();
        let content = CertContent {
            series_title: title.clone(),
            issuer: s.org_name.clone(),
            // a state or region is named in the certificate's language
            place: crate::regions::localise(&st.i18n, locale, place),
            total_hours: attended.iter().map(|m| m.hours).sum(),
            modules: attended,
            signatory_name: s.signatory_name.clone(),
            signatory_role: s.signatory_role.clone(),
            funding_notice: s.funding_notice.clone(),
        };
        certs.push(NewCertificate {
            registration_id: row.reg.id,
            code: new_code(),
            locale: locale.to_string(),
            participant: row.reg.name.clone(),
            content,
            mail: mail::certificate_issued(&st.i18n, &row.reg, &title, &base),
        });
    }
    Ok(certs)
}

pub async fn revoke(
    StaffCertificate {
        ctx,
        certificate: c,
        series: s,
    }: StaffCertificate,
    Form(f): Form<RevokeForm>,
) -> AppResult {
    let id = c.id;
    let reason = match domain::text::one_line(&f.reason, 300) {
        Ok(r) => r,
        Err(e) => {
            let errs = FormErrors::one(&format!("reason-{id}"), e.0);
            return render_invalid(&page(&ctx, s, errs, "de".into(), String::new()).await?);
        }
    };
    if !f.confirmed {
        let ask = Ask {
            what: "certificate-revoke",
            action: format!("/certificates/{id}/revoke"),
            back: format!("/series/{}/certificates", c.series_id),
            args: &[("name", c.participant.clone())],
            fields: vec![("reason", reason)],
        };
        return confirm::ask(&ctx, ask, Nav::Series);
    }
    match ctx
        .state
        .store
        .revoke_certificate(ctx.now(), ctx.user()?.id, id, &reason)
        .await
    {
        Ok(()) | Err(StoreError::Stale) => Ok(redirect_flash(
            &format!("/series/{}/certificates", c.series_id),
            "flash-certificate-revoked",
        )),
        Err(e) => Err(e.into()),
    }
}

/// The certificate as PDF/A, in its own language, with the issuing organisation's
/// logo if it has one (see [`crate::web::orgs::logo::for_certificate`]).
pub fn certificate_pdf(
    i18n: &I18n,
    c: &Certificate,
    public_url: &str,
    logo: Option<pdf::Logo>,
) -> Result<Vec<u8>, AppError> {
    let content = c.content().map_err(anyhow::Error::from)?;
    let loc = i18n::locale(&c.locale).unwrap_or(i18n::LOCALES[0]);
    let t = |k: &str| i18n.t(loc.code, k);
    let logo = logo.map(|l| pdf::Logo {
        alt: i18n.t_args(
            loc.code,
            "org-logo-alt",
            &[("org", fluent_bundle::FluentValue::from(content.issuer.clone()))],
        ),
        ..l
    });
    let num = |n: i64| i18n::format_number(loc.code, n);
    let verify_url = format!("{}/verify/{}", public_url.trim_end_matches('/'), c.code);
    let doc = pdf::Certificate {
        lang: loc.code.to_string(),
        rtl: loc.rtl,
        heading: t("certificate-heading"),
        participant: c.participant.clone(),
        intro: t("certificate-intro"),
        series_title: content.series_title.clone(),
        modules_heading: t("certificate-modules"),
        col_date: t("certificate-col-date"),
        col_module: t("certificate-col-module"),
        col_hours: t("certificate-col-hours"),
        modules: content
            .modules
            .iter()
            .map(|m| pdf::CertModule {
                date: format!("\u{2066}{}\u{2069}", i18n::format_date(loc.code, m.starts_at)),
                title: m.title.clone(),
                topics: m.topics.replace('\n', ", "),
                hours: num(m.hours),
            })
            .collect(),
        total_label: t("certificate-total"),
        total_hours: num(content.total_hours),
        issuer: content.issuer.clone(),
        signatory_name: content.signatory_name.clone(),
        signatory_role: content.signatory_role.clone(),
        funding_notice: content.funding_notice.clone(),
        logo,
        annex_heading: t("certificate-annex-heading"),
        annex_note: i18n.t_args(
            loc.code,
            "certificate-annex-note",
            &[
                (
                    "count",
                    fluent_bundle::FluentValue::from(num(i64::try_from(content.modules.len()).unwrap_or(i64::MAX))),
                ),
                ("hours", fluent_bundle::FluentValue::from(num(content.total_hours))),
            ],
        ),
        place_date: format!(
            "{}, \u{2066}{}\u{2069}",
            content.place,
            i18n::format_date(loc.code, c.issued_at.0)
        ),
        verify_label: t("certificate-verify"),
        verify_code: c.code.clone(),
        verify_url,
        created_at: c.issued_at.0,
    };
    pdf::certificate(&doc).map_err(|e| AppError::Internal(e.into()))
}

async fn pdf_response(ctx: &Ctx, c: Certificate) -> AppResult {
    // the person was deleted: the certificate keeps no name to print
    if c.is_anonymised() {
        return Err(AppError::NotFound);
    }
    let i18n = ctx.state.i18n.clone();
    let base = ctx.state.config.public_url.clone();
    let code = c.code.clone();
    let org = ctx.state.store.series(c.series_id).await?.map(|s| s.org_id);
    let logo = match org {
        Some(org) => crate::web::orgs::logo::for_certificate(&ctx.state, org).await?,
        None => None,
    };
    let bytes = tokio::task::spawn_blocking(move || certificate_pdf(&i18n, &c, &base, logo))
        .await
        .map_err(|e| AppError::Internal(e.into()))??;
    Ok(file_response(
        bytes,
        "application/pdf",
        &format!("bescheinigung-{code}.pdf"),
        false,
    ))
}

pub async fn staff_pdf(
    StaffCertificate {
        ctx, certificate: c, ..
    }: StaffCertificate,
) -> AppResult {
    pdf_response(&ctx, c).await
}

/// A participant's own valid certificate, through the personal link.
pub async fn own_pdf(
    RegistrationLink {
        ctx, registration: r, ..
    }: RegistrationLink,
) -> AppResult {
    let c = ctx
        .state
        .store
        .valid_certificate_of(r.id)
        .await?
        .ok_or(AppError::NotFound)?;
    pdf_response(&ctx, c).await
}

#[derive(Template)]
#[template(path = "series/verify.html")]
struct VerifyPage {
    p: Page,
    code: String,
    searched: bool,
    cert: Option<Certificate>,
    content: CertContent,
    /// The name a visitor typed to compare with an anonymised certificate ("" when none).
    name: String,
    /// Whether it is the name printed on it (`None`: not asked, or too many tries).
    name_matches: Option<bool>,
    /// Too many names tried from this address in the last hour.
    name_limited: bool,
}

#[derive(serde::Deserialize, Default)]
pub struct VerifyQuery {
    #[serde(default)]
    code: String,
}

/// `?name=` on a certificate's verification page.
#[derive(serde::Deserialize, Default)]
pub struct NameQuery {
    #[serde(default)]
    name: String,
}

/// Names one address may compare with certificates in an hour.
const NAME_TRIES_PER_HOUR: i64 = 30;

fn normalise_code(code: &str) -> String {
    code.trim().to_uppercase().replace([' ', '\u{2010}', '\u{2013}'], "-")
}

async fn verify_page(ctx: &Ctx, code: String, name: String) -> AppResult {
    let code = normalise_code(&code);
    let searched = !code.is_empty();
    let cert = if searched {
        ctx.state.store.certificate_by_code(&code).await?
    } else {
        None
    };
    let content = match &cert {
        Some(c) => c.content().map_err(anyhow::Error::from)?,
        None => CertContent::default(),
    };
    let p = ctx.page("verify-title", Nav::Other);
    let found = cert.is_some();
    let name = name.trim().to_string();
    let (mut name_matches, mut name_limited) = (None, false);
    if let Some(c) = cert.as_ref().filter(|c| c.is_anonymised() && !name.is_empty()) {
        let key = format!("verify-name-ip:{}", ctx.ip);
        if ctx.state.store.hit(&key, ctx.now(), 3600).await? > NAME_TRIES_PER_HOUR {
            name_limited = true;
        } else {
            name_matches = Some(c.name_matches(&name));
        }
    }
    let page = VerifyPage {
        p,
        code,
        searched,
        cert,
        content,
        name,
        name_matches,
        name_limited,
    };
    if searched && !found {
        let mut res = render(&page)?;
        *res.status_mut() = axum::http::StatusCode::NOT_FOUND;
        return Ok(res);
    }
    render(&page)
}

pub async fn verify_form(ctx: Ctx, Query(q): Query<VerifyQuery>) -> AppResult {
    verify_page(&ctx, q.code, String::new()).await
}

pub async fn verify(ctx: Ctx, Path(code): Path<String>, Query(q): Query<NameQuery>) -> AppResult {
    verify_page(&ctx, code, q.name).await
}
