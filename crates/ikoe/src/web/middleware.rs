//! Cross-cutting layers: the CSRF cookie and check, flash clearing,
//! security headers and translated error pages.

use axum::body::{to_bytes, Body};
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, Method};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum_extra::extract::cookie::{Cookie, SameSite};
use axum_extra::extract::CookieJar;

use crate::security;
use crate::state::AppState;
use crate::web::error::{AppError, ErrorKind};
use crate::web::extract::{CSRF_COOKIE, FLASH_COOKIE, LANG_COOKIE};

/// The browser's CSRF cookie value, available to extractors.
#[derive(Clone, Debug)]
pub struct CsrfCookie(pub String);

/// Form bodies larger than this are refused (no uploads in forms yet).
const MAX_FORM_BYTES: usize = 256 * 1024;

pub fn cookie(name: &'static str, value: String, secure: bool) -> Cookie<'static> {
    let mut c = Cookie::new(name, value);
    c.set_path("/");
    c.set_http_only(true);
    c.set_same_site(SameSite::Lax);
    c.set_secure(secure);
    c
}

/// The browser's CSRF cookie (a random value; the token in forms is its HMAC).
pub fn csrf_cookie(value: String, secure: bool) -> Cookie<'static> {
    let mut c = cookie(CSRF_COOKIE, value, secure);
    c.set_max_age(time::Duration::days(365));
    c
}

/// Gives every browser a random CSRF cookie and checks the `_csrf` field of
/// every state-changing request against it. One mechanism for every form.
pub async fn csrf(State(st): State<AppState>, req: Request, next: Next) -> Response {
    let jar = CookieJar::from_headers(req.headers());
    let existing = jar
        .get(CSRF_COOKIE)
        .map(|c| c.value().to_string())
        .filter(|v| v.len() >= 32);
    let is_new = existing.is_none();
    let value = existing.unwrap_or_else(security::random_token);

    let (mut parts, body) = req.into_parts();
    parts.extensions.insert(CsrfCookie(value.clone()));
    let multipart = parts
        .headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        // media types are case-insensitive (RFC 9110): `Multipart/Form-Data` is an upload too
        .is_some_and(|v| v.to_ascii_lowercase().starts_with("multipart/form-data"));
    let req = if multipart && !matches!(parts.method, Method::GET | Method::HEAD | Method::OPTIONS) {
        // Uploads stream: the body is not buffered. The token is the form's first field
        // (browsers send fields in document order), read and checked before the rest of
        // the body, so a forged upload is refused before its file is read — and the token
        // never travels in a URL.
        let boundary = parts
            .headers
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| multer::parse_boundary(v).ok())
            .unwrap_or_default();
        if is_new {
            return AppError::Csrf.into_response();
        }
        let (submitted, body) = first_field_token(body, &boundary).await;
        if !security::csrf_ok(&st.secret, &value, &submitted) {
            tracing::info!(path = %parts.uri.path(), "refused an upload without a valid CSRF token");
            return AppError::Csrf.into_response();
        }
        Request::from_parts(parts, body)
    } else if !matches!(parts.method, Method::GET | Method::HEAD | Method::OPTIONS) {
        let Ok(bytes) = to_bytes(body, MAX_FORM_BYTES).await else {
            let mut res = ErrorKind::TooLarge.status().into_response();
            res.extensions_mut().insert(ErrorKind::TooLarge);
            return res;
        };
        let submitted = url::form_urlencoded::parse(&bytes)
            .find(|(k, _)| k == "_csrf")
            .map(|(_, v)| v.into_owned())
            .unwrap_or_default();
        if is_new || !security::csrf_ok(&st.secret, &value, &submitted) {
            tracing::info!(path = %parts.uri.path(), "refused a request without a valid CSRF token");
            return AppError::Csrf.into_response();
        }
        Request::from_parts(parts, Body::from(bytes))
    } else {
        Request::from_parts(parts, body)
    };

    let had_flash = jar.get(FLASH_COOKIE).is_some();
    let mut res = next.run(req).await;
    // a handler that renewed the cookie (log-in, log-out) has set it already
    let renewed = res
        .headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .any(|v| v.as_bytes().starts_with(format!("{CSRF_COOKIE}=").as_bytes()));
    // a response shared caches may keep (a logo) holds no form, and must not hand one
    // cookie to everyone the cache serves
    let shared = res
        .headers()
        .get(header::CACHE_CONTROL)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("public"));
    if is_new && !renewed && !shared {
        let c = csrf_cookie(value, st.config.secure_cookies());
        if let Ok(v) = HeaderValue::from_str(&c.to_string()) {
            res.headers_mut().append(header::SET_COOKIE, v);
        }
    }
    // The flash cookie is set by handlers that do not know the configuration.
    if st.config.secure_cookies() {
        let flashes: Vec<HeaderValue> = res
            .headers()
            .get_all(header::SET_COOKIE)
            .iter()
            .filter(|v| {
                v.to_str()
                    .is_ok_and(|s| s.starts_with(FLASH_COOKIE) && !s.contains("Secure"))
            })
            .cloned()
            .collect();
        if !flashes.is_empty() {
            let others: Vec<HeaderValue> = res
                .headers()
                .get_all(header::SET_COOKIE)
                .iter()
                .filter(|v| !flashes.contains(v))
                .cloned()
                .collect();
            res.headers_mut().remove(header::SET_COOKIE);
            for v in others {
                res.headers_mut().append(header::SET_COOKIE, v);
            }
            for v in flashes {
                if let Ok(secure) = HeaderValue::from_str(&format!("{}; Secure", v.to_str().unwrap_or_default())) {
                    res.headers_mut().append(header::SET_COOKIE, secure);
                }
            }
        }
    }
    // A flash message is shown once: clear it on the page that showed it.
    let sets_flash = res
        .headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .any(|v| v.to_str().is_ok_and(|s| s.starts_with(FLASH_COOKIE)));
    if had_flash && !sets_flash && res.status().is_success() {
        let mut c = cookie(FLASH_COOKIE, String::new(), st.config.secure_cookies());
        c.set_max_age(time::Duration::ZERO);
        if let Ok(v) = HeaderValue::from_str(&c.to_string()) {
            res.headers_mut().append(header::SET_COOKIE, v);
        }
    }
    res
}

/// Security headers on every response.
pub async fn security_headers(req: Request, next: Next) -> Response {
    let is_static = req.uri().path().starts_with("/static/");
    let mut res = next.run(req).await;
    let h = res.headers_mut();
    let set = |h: &mut axum::http::HeaderMap, k: &'static str, v: &'static str| {
        h.insert(k, HeaderValue::from_static(v));
    };
    set(
        h,
        "content-security-policy",
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
         font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; \
         base-uri 'none'; object-src 'none'",
    );
    set(h, "x-content-type-options", "nosniff");
    set(h, "x-frame-options", "DENY");
    set(h, "referrer-policy", "same-origin");
    set(
        h,
        "permissions-policy",
        "camera=(), microphone=(), geolocation=(), interest-cohort=()",
    );
    set(h, "cross-origin-opener-policy", "same-origin");
    if !is_static && !h.contains_key(header::CACHE_CONTROL) {
        set(h, "cache-control", "no-store");
    }
    res
}

/// Renders the translated error page for responses that carry an [`ErrorKind`].
pub async fn error_pages(State(st): State<AppState>, req: Request, next: Next) -> Response {
    let jar = CookieJar::from_headers(req.headers());
    let locale = jar
        .get(LANG_COOKIE)
        .and_then(|c| i18n::locale(c.value()))
        .or_else(|| {
            req.headers()
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .and_then(i18n::negotiate)
                .and_then(i18n::locale)
        })
        .unwrap_or(i18n::LOCALES[0]);
    let cookie_value = jar.get(CSRF_COOKIE).map(|c| c.value().to_string());
    let path = req.uri().path().to_string();
    let res = next.run(req).await;
    let status = res.status();
    // axum's own rejections (an id that is not a number, a wrong method) are
    // plain English text or empty: show the translated "not found" page instead.
    let plain = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_none_or(|v| v.starts_with("text/plain"));
    let kind = match res.extensions().get::<ErrorKind>().copied() {
        Some(kind) => kind,
        None if matches!(status.as_u16(), 400 | 404 | 405) && plain => ErrorKind::NotFound,
        None => return res,
    };
    // The CSRF cookie is the request's, or the one this response sets.
    let cookie_value = cookie_value.or_else(|| {
        res.headers().get_all(header::SET_COOKIE).iter().find_map(|v| {
            let s = v.to_str().ok()?;
            let rest = s.strip_prefix(CSRF_COOKIE)?.strip_prefix('=')?;
            Some(rest.split(';').next().unwrap_or_default().to_string())
        })
    });
    let csrf = cookie_value
        .map(|c| security::csrf_token(&st.secret, &c))
        .unwrap_or_default();
    let mut out = crate::web::site::error_page(&st, locale, csrf, path, kind);
    *out.status_mut() = status;
    // keep cookies the handler set (e.g. a fresh CSRF cookie)
    for v in res.headers().get_all(header::SET_COOKIE) {
        out.headers_mut().append(header::SET_COOKIE, v.clone());
    }
    out
}

/// Runs each request to its end in a task of its own, even when the client
/// goes away or the request times out. Dropping a request halfway could
/// otherwise drop a database transaction between its statements, and a
/// SQLite connection could go back to the pool still holding the write lock.
pub async fn run_to_completion(req: Request, next: Next) -> Response {
    match tokio::spawn(next.run(req)).await {
        Ok(res) => res,
        Err(e) => {
            tracing::error!(error = %e, "a request's task failed");
            AppError::Internal(anyhow::anyhow!("request task failed")).into_response()
        }
    }
}

/// The most a multipart body's first part (the `_csrf` field) may take.
const FIRST_FIELD_MAX: usize = 4096;

/// Reads a multipart body up to the end of its first part and returns that part's value if
/// it is the `_csrf` field (otherwise an empty token), with a body that yields the whole
/// stream again, the part read included. At most [`FIRST_FIELD_MAX`] bytes are read ahead.
async fn first_field_token(body: Body, boundary: &str) -> (String, Body) {
    use futures_util::StreamExt;
    let mut stream = body.into_data_stream();
    let mut head: Vec<u8> = Vec::new();
    let mut token = None;
    while head.len() <= FIRST_FIELD_MAX && !boundary.is_empty() {
        match stream.next().await {
            Some(Ok(chunk)) => head.extend_from_slice(&chunk),
            _ => break,
        }
        match first_part(&head, boundary) {
            FirstPart::Incomplete => continue,
            FirstPart::Token(t) => token = Some(t),
            FirstPart::Other => {}
        }
        break;
    }
    let read: Vec<Result<bytes::Bytes, axum::Error>> = vec![Ok(bytes::Bytes::from(head))];
    let body = Body::from_stream(futures_util::stream::iter(read).chain(stream));
    (token.unwrap_or_default(), body)
}

enum FirstPart {
    Incomplete,
    Token(String),
    Other,
}

/// Looks at the start of a multipart body: `--boundary CRLF headers CRLF CRLF value CRLF --boundary`.
fn first_part(head: &[u8], boundary: &str) -> FirstPart {
    let open = format!("--{boundary}\r\n");
    let close = format!("\r\n--{boundary}");
    if head.len() < open.len() {
        return FirstPart::Incomplete;
    }
    let Some(rest) = head.strip_prefix(open.as_bytes()) else {
        return FirstPart::Other;
    };
    let Some(end_of_headers) = find(rest, b"\r\n\r\n") else {
        return FirstPart::Incomplete;
    };
    let headers = String::from_utf8_lossy(&rest[..end_of_headers]).to_ascii_lowercase();
    let is_token = headers
        .lines()
        .any(|l| l.starts_with("content-disposition:") && l.contains("name=\"_csrf\"") && !l.contains("filename"));
    if !is_token {
        return FirstPart::Other;
    }
    let value = &rest[end_of_headers + 4..];
    match find(value, close.as_bytes()) {
        Some(at) => FirstPart::Token(String::from_utf8_lossy(&value[..at]).into_owned()),
        None => FirstPart::Incomplete,
    }
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Hands an upload's body to the form parser one piece at a time. The
/// parser (multer) reads everything that has already arrived before it
/// returns a chunk; on a fast network that is tens of megabytes, so memory
/// would grow with the file. Pausing after each piece keeps it to one piece.
pub async fn pace_uploads(req: Request, next: Next) -> Response {
    let (parts, body) = req.into_parts();
    let paced = Body::from_stream(OnePiecePerPoll {
        inner: body.into_data_stream(),
        paused: false,
    });
    next.run(Request::from_parts(parts, paced)).await
}

struct OnePiecePerPoll<S> {
    inner: S,
    paused: bool,
}

impl<S: futures_util::Stream + Unpin> futures_util::Stream for OnePiecePerPoll<S> {
    type Item = S::Item;

    fn poll_next(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<S::Item>> {
        if self.paused {
            // let the reader work on what it has; it is polled again at once
            self.paused = false;
            cx.waker().wake_by_ref();
            return std::task::Poll::Pending;
        }
        let next = std::pin::Pin::new(&mut self.inner).poll_next(cx);
        if matches!(next, std::task::Poll::Ready(Some(_))) {
            self.paused = true;
        }
        next
    }
}
