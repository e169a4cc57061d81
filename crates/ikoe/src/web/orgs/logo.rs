//! An organisation's logo: uploaded by its admins on the edit page, checked by
//! content (PNG or JPEG, decoded in full, sane dimensions, at most 1 MB), shown
//! on the organisation's page and printed on its certificates.
//!
//! Kept in the database (table `org_logos`), not in the file store: it is small,
//! one per organisation, written in the same transaction as its audit entry, and
//! the certificate renderer reads it with the rest of the certificate's data.

use axum::extract::Multipart;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};

use crate::web::confirm::{self, Ask, Confirmed};
use crate::web::error::{AppError, AppResult};
use crate::web::form::{file_field, Form};
use crate::web::guards::orgs::{OrgAdmin, PublicOrg};
use crate::web::orgs::edit;
use crate::web::page::{FormErrors, Nav};
use crate::web::redirect_flash;

/// The largest logo file.
pub const LOGO_MAX_BYTES: usize = 1024 * 1024;

/// POST /orgs/{id}/logo: upload (or replace) the logo.
pub async fn upload(OrgAdmin { ctx, org }: OrgAdmin, mut mp: Multipart) -> AppResult {
    let mut errs = FormErrors::new();
    let data = file_field(&mut mp, "logo", LOGO_MAX_BYTES, &mut errs, "error-logo-too-large").await;
    if errs.is_empty() && data.is_empty() {
        errs.add("logo", "error-upload-empty");
    }
    let info = if errs.is_empty() {
        // decoding takes a moment for a large image: not on the async threads
        let bytes = data.clone();
        let checked = tokio::task::spawn_blocking(move || pdf::check_logo(&bytes))
            .await
            .map_err(|e| AppError::Internal(e.into()))?;
        match checked {
            Ok(info) => Some(info),
            Err(e) => {
                let message = match e {
                    pdf::LogoError::NotAnImage => "error-logo-type",
                    pdf::LogoError::Dimensions(..) => "error-logo-dimensions",
                    pdf::LogoError::Incomplete => "error-logo-incomplete",
                };
                errs.add("logo", message);
                None
            }
        }
    } else {
        None
    };
    let Some(info) = info.filter(|_| errs.is_empty()) else {
        return edit::show_invalid(&ctx, &org, errs).await;
    };
    let sha: String = Sha256::digest(&data).iter().map(|b| format!("{b:02x}")).collect();
    ctx.state
        .store
        .save_logo(
            ctx.now(),
            ctx.user_id()?,
            org.id,
            &store::logos::NewLogo {
                content_type: info.kind.content_type(),
                width: i64::from(info.width),
                height: i64::from(info.height),
                sha256: &sha,
                data: &data,
            },
        )
        .await?;
    Ok(redirect_flash(
        &format!("/orgs/{}/edit", org.id),
        "flash-org-logo-saved",
    ))
}

/// POST /orgs/{id}/logo/remove: asks first, then removes the logo.
pub async fn remove(OrgAdmin { ctx, org }: OrgAdmin, Form(f): Form<Confirmed>) -> AppResult {
    if !f.confirmed {
        let ask = Ask {
            what: "org-logo-remove",
            action: format!("/orgs/{}/logo/remove", org.id),
            back: format!("/orgs/{}/edit", org.id),
            args: &[("org", org.name.clone())],
            fields: vec![],
        };
        return confirm::ask(&ctx, ask, Nav::Orgs);
    }
    ctx.state.store.remove_logo(ctx.now(), ctx.user_id()?, org.id).await?;
    Ok(redirect_flash(
        &format!("/orgs/{}/edit", org.id),
        "flash-org-logo-removed",
    ))
}

/// GET /orgs/{id}/logo: the logo, for anyone who may see the organisation. Its
/// type is taken from its bytes again (only PNG and JPEG are ever served).
pub async fn get(PublicOrg { ctx, org }: PublicOrg) -> AppResult {
    let logo = ctx.state.store.logo(org.id).await?.ok_or(AppError::NotFound)?;
    let kind = pdf::ImageKind::sniff(&logo.data).ok_or(AppError::NotFound)?;
    Ok(image_response(logo.data, kind))
}

fn image_response(data: Vec<u8>, kind: pdf::ImageKind) -> Response {
    (
        [
            (header::CONTENT_TYPE, kind.content_type()),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
            (header::CONTENT_DISPOSITION, "inline"),
            // the page links it with its hash: a new logo has a new address
            (header::CACHE_CONTROL, "public, max-age=86400"),
        ],
        data,
    )
        .into_response()
}

/// The logo for a certificate of the organisation (none when it has none or it
/// no longer reads as PNG/JPEG); the alternative text is set by the certificate.
pub async fn for_certificate(st: &crate::state::AppState, org: i64) -> Result<Option<pdf::Logo>, AppError> {
    Ok(st.store.logo(org).await?.and_then(|l| {
        pdf::ImageKind::sniff(&l.data).map(|kind| pdf::Logo {
            kind,
            data: l.data,
            alt: String::new(),
        })
    }))
}
