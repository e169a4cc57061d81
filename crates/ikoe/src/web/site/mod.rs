//! Public site texts (imprint, privacy, accessibility statement), the
//! barrier report form, the language switch and error pages.

pub mod barrier;
pub mod language;
pub mod legal;

use askama::Template;
use axum::response::{Html, IntoResponse, Response};
use i18n::Locale;

use crate::state::AppState;
use crate::web::error::ErrorKind;
use crate::web::page::{Nav, Page};

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage {
    p: Page,
    text: String,
}

/// The translated page for an error response.
pub fn error_page(st: &AppState, locale: Locale, csrf: String, path: String, kind: ErrorKind) -> Response {
    let t = |k: &str| st.i18n.t(locale.code, k);
    let page = ErrorPage {
        p: Page {
            locale,
            i18n: st.i18n.clone(),
            csrf,
            user_name: None,
            is_admin: false,
            org_admin: false,
            path,
            flash: None,
            title: t(&format!("{}-title", kind.key())),
            nav: Nav::Other,
            admin_section: "",
        },
        text: t(&format!("{}-text", kind.key())),
    };
    let body = page.render().unwrap_or_else(|_| "error".into());
    (kind.status(), Html(body)).into_response()
}
