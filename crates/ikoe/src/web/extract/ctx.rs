use std::collections::HashMap;
use std::net::SocketAddr;

use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::header;
use axum::http::request::Parts;
use axum_extra::extract::CookieJar;
use domain::policy::{self, Action, Actor};
use i18n::Locale;
use store::accounts::User;

use crate::security;
use crate::state::AppState;
use crate::web::error::AppError;
use crate::web::middleware::CsrfCookie;
use crate::web::page::{Nav, Page};

pub const SESSION_COOKIE: &str = "ikoe_session";
pub const CSRF_COOKIE: &str = "ikoe_csrf";
pub const LANG_COOKIE: &str = "ikoe_lang";
pub const FLASH_COOKIE: &str = "ikoe_flash";

/// Everything a handler needs to know about the request's person.
///
/// The current person's id has one way in: `ctx.user_id()?` — the signed-in
/// person's id, or, for an anonymous visitor, the answer "log in first"
/// (behind a guard such as `SignedIn` it cannot fail). Where anonymous
/// visitors are welcome and the id is optional (an audit entry, a barrier
/// report), it is `ctx.actor.user_id`. The whole account, when a handler
/// needs more than the id, is `ctx.user()?`.
pub struct Ctx {
    pub state: AppState,
    pub locale: Locale,
    pub user: Option<User>,
    pub actor: Actor,
    /// Hash of the session token, when signed in.
    pub session: Option<String>,
    pub csrf: String,
    pub flash: Option<String>,
    pub path: String,
    pub ip: String,
    pub user_agent: String,
}

impl FromRequestParts<AppState> for Ctx {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let jar = CookieJar::from_headers(&parts.headers);
        let now = state.now();
        let cfg = &state.config;

        let mut user = None;
        let mut session = None;
        if let Some(token) = jar.get(SESSION_COOKIE).map(|c| c.value().to_string()) {
            let hash = security::token_hash(&token);
            if let Some(s) = state.store.session_user(&hash).await? {
                let fresh = s.expires_at.0 > now && s.last_seen_at.0 > now - cfg.session_idle_secs;
                if fresh {
                    if s.user.is_active() {
                        if now - s.last_seen_at.0 > 60 {
                            state.store.touch_session(&hash, now).await?;
                        }
                        user = Some(s.user);
                        session = Some(hash);
                    }
                } else {
                    state.store.delete_session(&hash).await?;
                }
            }
        }

        let mut actor = Actor::anonymous();
        if let Some(u) = &user {
            actor.user_id = Some(u.id);
            actor.platform_admin = u.is_platform_admin();
            let ms = state.store.memberships_of(u.id).await?;
            actor.memberships = ms.iter().map(|m| (m.org_id, m.role)).collect::<HashMap<_, _>>();
        }

        let locale = user
            .as_ref()
            .and_then(|u| u.locale.as_deref())
            .and_then(i18n::locale)
            .or_else(|| jar.get(LANG_COOKIE).and_then(|c| i18n::locale(c.value())))
            .or_else(|| {
                parts
                    .headers
                    .get(header::ACCEPT_LANGUAGE)
                    .and_then(|v| v.to_str().ok())
                    .and_then(i18n::negotiate)
                    .and_then(i18n::locale)
            })
            .unwrap_or(i18n::LOCALES[0]);

        let csrf_cookie = parts
            .extensions
            .get::<CsrfCookie>()
            .map(|c| c.0.clone())
            .unwrap_or_default();
        let csrf = security::csrf_token(&state.secret, &csrf_cookie);

        let ip = client_ip(parts, cfg.trust_proxy);
        let user_agent = parts
            .headers
            .get(header::USER_AGENT)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_string();
        let path = parts
            .uri
            .path_and_query()
            .map(|p| p.as_str().to_string())
            .unwrap_or_else(|| "/".into());
        let flash = jar
            .get(FLASH_COOKIE)
            .map(|c| c.value().to_string())
            .filter(|v| v.starts_with("flash-"));

        Ok(Ctx {
            state: state.clone(),
            locale,
            user,
            actor,
            session,
            csrf,
            flash,
            path,
            ip,
            user_agent,
        })
    }
}

fn client_ip(parts: &Parts, trust_proxy: bool) -> String {
    if trust_proxy {
        if let Some(ip) = parts
            .headers
            .get("x-forwarded-for")
            .and_then(|v| v.to_str().ok())
            // the entry the trusted proxy appended; earlier ones come from the client
            .and_then(|v| v.rsplit(',').next())
            .filter(|v| !v.trim().is_empty())
        {
            return ip.trim().to_string();
        }
    }
    parts
        .extensions
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0.ip().to_string())
        .unwrap_or_else(|| "local".into())
}

impl Ctx {
    pub fn now(&self) -> i64 {
        self.state.now()
    }

    /// The route's permission check: anonymous visitors are sent to log in,
    /// signed-in people without the permission get 403.
    pub fn require(&self, action: Action) -> Result<(), AppError> {
        if policy::allows(&self.actor, action) {
            Ok(())
        } else if !self.actor.is_signed_in() {
            Err(AppError::SignIn(self.path.clone()))
        } else {
            Err(AppError::Forbidden)
        }
    }

    pub fn can(&self, action: Action) -> bool {
        policy::allows(&self.actor, action)
    }

    /// The signed-in user; an anonymous visitor is sent to log in.
    pub fn user(&self) -> Result<&User, AppError> {
        self.user.as_ref().ok_or_else(|| AppError::SignIn(self.path.clone()))
    }

    /// The signed-in person's id; an anonymous visitor is sent to log in.
    /// (Optional, where anonymous visitors are welcome: `ctx.actor.user_id`.)
    pub fn user_id(&self) -> Result<i64, AppError> {
        self.actor.user_id.ok_or_else(|| AppError::SignIn(self.path.clone()))
    }

    pub fn t(&self, key: &str) -> String {
        self.state.i18n.t(self.locale.code, key)
    }

    pub fn page(&self, title_key: &str, nav: Nav) -> Page {
        Page {
            locale: self.locale,
            i18n: self.state.i18n.clone(),
            csrf: self.csrf.clone(),
            user_name: self.user.as_ref().map(|u| u.name.clone()),
            is_admin: self.actor.platform_admin,
            org_admin: self.actor.admin_of_any(),
            path: self.path.clone(),
            flash: self.flash.as_deref().map(|k| self.t(k)),
            title: self.t(title_key),
            nav,
            admin_section: "",
        }
    }

    /// A page whose title is a text rather than a key (e.g. an organisation's name).
    pub fn page_titled(&self, title: String, nav: Nav) -> Page {
        let mut p = self.page("app-name", nav);
        p.title = title;
        p
    }

    pub fn admin_page(&self, title_key: &str, section: &'static str) -> Page {
        let mut p = self.page(title_key, Nav::Admin);
        p.admin_section = section;
        p
    }
}
