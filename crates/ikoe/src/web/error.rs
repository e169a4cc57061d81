//! The one error type of the web layer. Its response carries the error kind
//! as an extension; the `error_pages` middleware renders the translated page.

use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// A request that no page of ikoe sends (a form with a field missing).
    BadRequest,
    NotFound,
    Forbidden,
    Csrf,
    RateLimited,
    TooLarge,
    Internal,
}

impl ErrorKind {
    pub fn status(self) -> StatusCode {
        match self {
            ErrorKind::BadRequest => StatusCode::BAD_REQUEST,
            ErrorKind::NotFound => StatusCode::NOT_FOUND,
            ErrorKind::Forbidden | ErrorKind::Csrf => StatusCode::FORBIDDEN,
            ErrorKind::RateLimited => StatusCode::TOO_MANY_REQUESTS,
            ErrorKind::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            ErrorKind::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
    /// Translation key prefix of the page: `<key>-title`, `<key>-text`.
    pub fn key(self) -> &'static str {
        match self {
            ErrorKind::BadRequest => "error-page-bad-request",
            ErrorKind::NotFound => "error-page-not-found",
            ErrorKind::Forbidden => "error-page-forbidden",
            ErrorKind::Csrf => "error-page-csrf",
            ErrorKind::RateLimited => "error-page-rate-limited",
            ErrorKind::TooLarge => "error-page-too-large",
            ErrorKind::Internal => "error-page-internal",
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// A form or query that does not fit its handler (see `web::form::Form`).
    #[error("bad request")]
    BadRequest,
    #[error("not found")]
    NotFound,
    #[error("forbidden")]
    Forbidden,
    /// Not signed in: go to the log-in page and come back.
    #[error("sign-in required")]
    SignIn(String),
    #[error("csrf")]
    Csrf,
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl From<store::StoreError> for AppError {
    fn from(e: store::StoreError) -> Self {
        match e {
            store::StoreError::NotFound => AppError::NotFound,
            other => AppError::Internal(other.into()),
        }
    }
}

impl From<askama::Error> for AppError {
    fn from(e: askama::Error) -> Self {
        AppError::Internal(e.into())
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let kind = match self {
            AppError::BadRequest => ErrorKind::BadRequest,
            AppError::NotFound => ErrorKind::NotFound,
            AppError::Forbidden => ErrorKind::Forbidden,
            AppError::Csrf => ErrorKind::Csrf,
            AppError::SignIn(next) => {
                let to = format!(
                    "/login?next={}",
                    url::form_urlencoded::byte_serialize(next.as_bytes()).collect::<String>()
                );
                return (StatusCode::SEE_OTHER, [(header::LOCATION, to)]).into_response();
            }
            AppError::Internal(e) => {
                tracing::error!(error = ?e, "internal error");
                ErrorKind::Internal
            }
        };
        let mut res = kind.status().into_response();
        res.extensions_mut().insert(kind);
        res
    }
}

pub type AppResult<T = Response> = Result<T, AppError>;
