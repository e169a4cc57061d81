//! The web layer: one folder per feature, one file per action.

pub mod accounts;
pub mod admin;
pub mod charts;
pub mod confirm;
pub mod crumbs;
pub mod error;
pub mod extract;
pub mod form;
pub mod guards;
pub mod home;
pub mod leitbild;
pub mod markdown;
pub mod measures;
pub mod middleware;
pub mod openness;
pub mod ops;
pub mod orgs;
pub mod page;
pub mod series;
pub mod sheets;
pub mod site;
pub mod spaces;

use askama::Template;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{Html, IntoResponse, Response};

use crate::web::error::AppError;
use crate::web::extract::FLASH_COOKIE;

/// Renders a template as an HTML response.
pub fn render<T: Template>(t: &T) -> Result<Response, AppError> {
    Ok(Html(t.render()?).into_response())
}

/// Renders a form page again with its errors (status 422, what was typed kept).
pub fn render_invalid<T: Template>(t: &T) -> Result<Response, AppError> {
    Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(t.render()?)).into_response())
}

/// Redirects after a successful POST (303), with a one-time success message.
pub fn redirect_flash(to: &str, flash_key: &str) -> Response {
    let mut res = redirect(to);
    let c = format!("{FLASH_COOKIE}={flash_key}; Path=/; HttpOnly; SameSite=Lax");
    if let Ok(v) = HeaderValue::from_str(&c) {
        res.headers_mut().append(header::SET_COOKIE, v);
    }
    res
}

pub fn redirect(to: &str) -> Response {
    (StatusCode::SEE_OTHER, [(header::LOCATION, to.to_string())]).into_response()
}

/// Only same-site relative paths may be redirect targets.
pub fn safe_next(next: &str) -> &str {
    // Browsers drop tabs and line breaks and read a backslash as a slash, so
    // "/\t/evil.example" would become "//evil.example": refuse all of them.
    let clean = !next.chars().any(|c| c.is_control() || c.is_whitespace() || c == '\\');
    if clean && next.starts_with('/') && !next.starts_with("//") {
        next
    } else {
        "/"
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn next_must_be_local() {
        assert_eq!(super::safe_next("/orgs?x=1"), "/orgs?x=1");
        assert_eq!(super::safe_next("//evil.example"), "/");
        assert_eq!(super::safe_next("https://evil.example"), "/");
        assert_eq!(super::safe_next("/\\evil.example"), "/");
        assert_eq!(super::safe_next("/\t/evil.example"), "/");
        assert_eq!(super::safe_next("/\u{b}/evil.example"), "/");
        assert_eq!(super::safe_next("/ /evil.example"), "/");
    }
}
