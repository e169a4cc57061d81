//! `TestApp`: a fresh database, a fake clock, the router called in-process,
//! a cookie jar, and the outbox as captured mail.

use std::collections::HashMap;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use axum::Router;
use domain::Clock;
use http_body_util::BodyExt;
use ikoe::config::Config;
use ikoe::state::AppState;
use tower::ServiceExt;

pub const START: i64 = 1_780_000_000; // 2026-05-28
pub const PASSWORD: &str = "richtig-langes-passwort";

pub struct TestApp {
    pub state: AppState,
    router: Router,
    pub cookies: HashMap<String, String>,
    pub accept_language: Option<String>,
    /// The client address this browser's requests come from (`X-Forwarded-For`; the app
    /// must be made with `trust_proxy`).
    pub forwarded_for: Option<String>,
    _dir: Option<tempfile::TempDir>,
    /// The file store's folder (kept by the first browser only).
    _files: Option<std::sync::Arc<tempfile::TempDir>>,
}

pub struct Resp {
    pub status: StatusCode,
    pub headers: axum::http::HeaderMap,
    pub body: String,
    /// The body as sent (for files).
    pub bytes: Vec<u8>,
}

impl Resp {
    pub fn location(&self) -> &str {
        self.headers
            .get(header::LOCATION)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
    }
    #[track_caller]
    pub fn assert_contains(&self, s: &str) -> &Self {
        assert!(
            self.body.contains(s),
            "expected {s:?} in body ({}):\n{}",
            self.status,
            self.body
        );
        self
    }
    /// Asserts the status, showing the body when it differs.
    #[track_caller]
    pub fn assert_status(&self, status: StatusCode) -> &Self {
        assert_eq!(self.status, status, "{}", self.body);
        self
    }
    /// The `Set-Cookie` headers as sent.
    pub fn set_cookies(&self) -> Vec<String> {
        let all = self.headers.get_all(header::SET_COOKIE);
        all.iter().map(|v| v.to_str().unwrap().to_string()).collect()
    }
    /// Asserts a 200 that the browser saves as a file (`Content-Disposition: attachment…`).
    #[track_caller]
    pub fn assert_attachment(&self) -> &Self {
        assert_eq!(self.status, StatusCode::OK, "{}", self.body);
        let disposition = self.headers[header::CONTENT_DISPOSITION].to_str().unwrap();
        assert!(disposition.starts_with("attachment"), "{disposition}");
        self
    }
    /// The id in a redirect to `{prefix}{id}`.
    #[track_caller]
    pub fn id_after(&self, prefix: &str) -> i64 {
        self.id_between(prefix, "")
    }
    /// The id in a redirect to `{prefix}{id}{suffix}` (or `{prefix}{id}`).
    #[track_caller]
    pub fn id_between(&self, prefix: &str, suffix: &str) -> i64 {
        let location = self.location();
        let id = location.strip_prefix(prefix).map(|rest| rest.trim_end_matches(suffix));
        id.and_then(|id| id.parse().ok()).unwrap_or_else(|| {
            panic!(
                "expected a redirect to {prefix}…{suffix}, got {location:?} ({}): {}",
                self.status, self.body
            )
        })
    }
    #[track_caller]
    pub fn assert_not_contains(&self, s: &str) -> &Self {
        assert!(!self.body.contains(s), "did not expect {s:?} in body:\n{}", self.body);
        self
    }
}

/// A database URL for one test: a temporary SQLite file, or a fresh
/// PostgreSQL database when IKOE_TEST_DATABASE_URL is set.
pub async fn test_database() -> (String, Option<tempfile::TempDir>) {
    match std::env::var("IKOE_TEST_DATABASE_URL") {
        Ok(base) if !base.is_empty() => {
            let name = format!(
                "ikoe_t_{}",
                ikoe::security::random_token().to_lowercase().replace(['-', '_'], "")[..16].to_owned()
            );
            let admin = store::Store::connect(&base, 1)
                .await
                .expect("connect to IKOE_TEST_DATABASE_URL");
            sqlx::query(&format!("CREATE DATABASE {name}"))
                .execute(admin.pool())
                .await
                .expect("create test database");
            admin.close().await;
            let (prefix, _) = base.rsplit_once('/').expect("database URL with a database name");
            (format!("{prefix}/{name}"), None)
        }
        _ => {
            let dir = tempfile::tempdir().expect("tempdir");
            let url = format!("sqlite://{}", dir.path().join("test.db").display());
            (url, Some(dir))
        }
    }
}

impl TestApp {
    pub async fn new() -> Self {
        Self::with_config(|_| {}).await
    }

    pub async fn with_config(f: impl FnOnce(&mut Config)) -> Self {
        let (url, dir) = test_database().await;
        let files = std::sync::Arc::new(tempfile::tempdir().expect("file store folder"));
        let mut cfg = Config {
            database_url: url,
            demo: false,
            ..Config::default()
        };
        cfg.files.dir = files.path().display().to_string();
        // with IKOE_TEST_S3_ENDPOINT (CI's PostgreSQL run) files go to S3-compatible storage,
        // each test app in a folder of its own
        if let Ok(endpoint) = std::env::var("IKOE_TEST_S3_ENDPOINT") {
            static APPS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
            let n = APPS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            cfg.files.s3 = store::blobs::S3 {
                bucket: std::env::var("IKOE_TEST_S3_BUCKET").unwrap_or_else(|_| "ikoe-test".into()),
                endpoint,
                region: "us-east-1".into(),
                access_key_id: "test".into(),
                secret_access_key: "test".into(),
                allow_http: true,
                prefix: format!("t{}-{n}", std::process::id()),
            };
        }
        f(&mut cfg);
        let store = ikoe::startup::open_store(&cfg).await.expect("open store");
        let state = ikoe::startup::state(cfg, store, Clock::fake(START))
            .await
            .expect("state");
        TestApp {
            _dir: dir,
            _files: Some(files),
            ..Self::node(state)
        }
    }

    /// A browser without cookies on a new router over `state`.
    fn node(state: AppState) -> TestApp {
        let router = ikoe::router::router(state.clone());
        Self::from_parts(state, router)
    }

    /// A browser without cookies on `router`; it keeps no temporary folders.
    fn from_parts(state: AppState, router: Router) -> TestApp {
        TestApp {
            state,
            router,
            cookies: HashMap::new(),
            accept_language: None,
            forwarded_for: None,
            _dir: None,
            _files: None,
        }
    }

    /// A second app node on the same database and file store (own caches), as
    /// behind a load balancer; the caller keeps `self` alive.
    pub async fn other_node(&self) -> TestApp {
        let cfg = (*self.state.config).clone();
        let store = ikoe::startup::open_store(&cfg).await.expect("open store");
        let state = ikoe::startup::state(cfg, store, self.state.clock.clone())
            .await
            .expect("state");
        Self::node(state)
    }

    /// Another browser on the same server (own cookies).
    pub fn browser(&self) -> TestApp {
        Self::from_parts(self.state.clone(), self.router.clone())
    }

    pub fn clock(&self) -> &Clock {
        &self.state.clock
    }

    pub fn cookie_header(&self) -> String {
        self.cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    pub async fn request(&mut self, mut req: Request<Body>) -> Resp {
        if let Some(ip) = &self.forwarded_for {
            req.headers_mut()
                .insert("x-forwarded-for", ip.parse().expect("address"));
        }
        let res = self.router.clone().oneshot(req).await.expect("response");
        for v in res.headers().get_all(header::SET_COOKIE) {
            let s = v.to_str().unwrap_or_default();
            let first = s.split(';').next().unwrap_or_default();
            if let Some((k, val)) = first.split_once('=') {
                let expired = s.contains("Max-Age=0");
                if expired || val.is_empty() {
                    self.cookies.remove(k);
                } else {
                    self.cookies.insert(k.to_string(), val.to_string());
                }
            }
        }
        let status = res.status();
        let headers = res.headers().clone();
        let bytes = res.into_body().collect().await.expect("body").to_bytes();
        Resp {
            status,
            headers,
            body: String::from_utf8_lossy(&bytes).into_owned(),
            bytes: bytes.to_vec(),
        }
    }

    pub async fn get(&mut self, path: &str) -> Resp {
        let mut b = Request::get(path).header(header::COOKIE, self.cookie_header());
        if let Some(al) = &self.accept_language {
            b = b.header(header::ACCEPT_LANGUAGE, al);
        }
        self.request(b.body(Body::empty()).expect("request")).await
    }

    /// The CSRF token this browser's forms carry (fetches a page first if it has no cookie yet).
    pub async fn csrf(&mut self) -> String {
        if !self.cookies.contains_key("ikoe_csrf") {
            self.get("/healthz").await; // no cookie there
            self.get("/imprint").await;
        }
        ikoe::security::csrf_token(&self.state.secret, &self.cookies["ikoe_csrf"])
    }

    /// POSTs a form with this browser's CSRF token.
    pub async fn post(&mut self, path: &str, fields: &[(&str, &str)]) -> Resp {
        let token = self.csrf().await;
        let mut all: Vec<(&str, &str)> = vec![("_csrf", token.as_str())];
        all.extend_from_slice(fields);
        self.post_raw(path, &all).await
    }

    /// POSTs exactly these fields (no CSRF token added).
    pub async fn post_raw(&mut self, path: &str, fields: &[(&str, &str)]) -> Resp {
        let body = url::form_urlencoded::Serializer::new(String::new())
            .extend_pairs(fields)
            .finish();
        let mut b = Request::post(path)
            .header(header::COOKIE, self.cookie_header())
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
        if let Some(al) = &self.accept_language {
            b = b.header(header::ACCEPT_LANGUAGE, al);
        }
        self.request(b.body(Body::from(body)).expect("request")).await
    }

    /// Posts a `multipart/form-data` form without files.
    pub async fn post_mp(&mut self, path: &str, fields: &[(&str, &str)]) -> Resp {
        self.post_files(path, fields, &[]).await
    }

    /// Posts a `multipart/form-data` form: the CSRF token as the first field (as the
    /// forms send it), text fields, then files as (field, file name, bytes).
    pub async fn post_files(&mut self, path: &str, fields: &[(&str, &str)], files: &[(&str, &str, &[u8])]) -> Resp {
        let token = self.csrf().await;
        self.multipart(path, &token, fields, files).await
    }

    /// A `multipart/form-data` POST with `token` as the first field, `_csrf`.
    async fn multipart(
        &mut self,
        path: &str,
        token: &str,
        fields: &[(&str, &str)],
        files: &[(&str, &str, &[u8])],
    ) -> Resp {
        let boundary = "XyZboundary";
        let mut body = Vec::new();
        for (name, value) in std::iter::once(&("_csrf", token)).chain(fields) {
            body.extend_from_slice(
                format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n")
                    .as_bytes(),
            );
        }
        for (field, filename, data) in files {
            body.extend_from_slice(
                format!(
                    "--{boundary}\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"{filename}\"\r\n\
                     Content-Type: application/octet-stream\r\n\r\n"
                )
                .as_bytes(),
            );
            body.extend_from_slice(data);
            body.extend_from_slice(b"\r\n");
        }
        body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
        let req = Request::post(path)
            .header(header::COOKIE, self.cookie_header())
            .header(
                header::CONTENT_TYPE,
                format!("multipart/form-data; boundary={boundary}"),
            )
            .body(Body::from(body))
            .expect("request");
        self.request(req).await
    }

    /// Uploads one file as `multipart/form-data`.
    pub async fn upload(&mut self, path: &str, field: &str, filename: &str, data: &[u8]) -> Resp {
        let token = self.csrf().await;
        self.upload_with_token(path, &token, field, filename, data).await
    }

    pub async fn upload_with_token(
        &mut self,
        path: &str,
        token: &str,
        field: &str,
        filename: &str,
        data: &[u8],
    ) -> Resp {
        self.multipart(path, token, &[], &[(field, filename, data)]).await
    }

    /// Another browser on the same server, signed in as `email`.
    pub async fn browser_as(&self, email: &str) -> TestApp {
        let mut b = self.browser();
        b.login(email, PASSWORD).await;
        b
    }

    /// GETs each path and asserts that its page contains the text given with it (a failure
    /// names the path).
    pub async fn assert_pages_contain(&mut self, cases: &[(&str, &str)]) {
        for (path, text) in cases {
            let r = self.get(path).await;
            assert!(
                r.body.contains(text),
                "expected {text:?} on {path} ({}):\n{}",
                r.status,
                r.body
            );
        }
    }

    /// POSTs `body` as it is, with this browser's cookies, the given content type and extra headers.
    pub async fn post_body(
        &mut self,
        path: &str,
        content_type: &str,
        extra: &[(header::HeaderName, &str)],
        body: impl Into<Body>,
    ) -> Resp {
        let mut b = Request::post(path)
            .header(header::COOKIE, self.cookie_header())
            .header(header::CONTENT_TYPE, content_type);
        for (name, value) in extra {
            b = b.header(name, *value);
        }
        self.request(b.body(body.into()).expect("request")).await
    }

    pub async fn login(&mut self, email: &str, password: &str) -> Resp {
        let r = self.post("/login", &[("email", email), ("password", password)]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "login as {email} failed: {}", r.body);
        r
    }

    /// Creates a user directly in the store (with a membership), returns its id.
    pub async fn user(
        &self,
        email: &str,
        name: &str,
        platform_admin: bool,
        org: Option<(i64, domain::orgs::Role)>,
    ) -> i64 {
        let hash = ikoe::security::hash_password(PASSWORD).unwrap();
        let new = crate::builders::new_user(email, name, hash, platform_admin);
        let u = self.state.store.create_user(self.state.now(), None, &new, org).await;
        u.unwrap().id
    }

    /// Creates a coordination office directly in the store, returns its id.
    pub async fn org(&self, name: &str, region: &str) -> i64 {
        let new = domain::orgs::NewOrg {
            name: domain::orgs::OrgName::parse(name).unwrap(),
            kind: domain::orgs::OrgKind::CoordinationOffice,
            region: region.into(),
            description: String::new(),
            website: None,
        };
        self.state.store.create_org(self.state.now(), None, &new).await.unwrap()
    }

    /// The newest mails in the outbox (captured mail).
    pub async fn mails(&self) -> Vec<store::outbox::Mail> {
        self.state.store.outbox_list(100, 0).await.unwrap().0
    }

    /// The first link to this server in the newest mail to `to`.
    pub async fn link_in_mail_to(&self, to: &str) -> String {
        let mails = self.mails().await;
        let m = mails
            .iter()
            .find(|m| m.to_addr == to)
            .unwrap_or_else(|| panic!("no mail to {to}"));
        let base = &self.state.config.public_url;
        let start = m.body.find(base.as_str()).expect("link in mail");
        let link: String = m.body[start..].chars().take_while(|c| !c.is_whitespace()).collect();
        link.trim_start_matches(base.as_str()).to_string()
    }

    /// Whether `user` is a member of the organisation `org`.
    pub async fn is_member(&self, org: i64, user: i64) -> bool {
        let members = self.state.store.members(org).await.unwrap();
        members.iter().any(|m| m.user_id == user)
    }

    /// Asserts that each of `actions` is in the audit log.
    pub async fn assert_audited(&self, actions: &[&str]) {
        let all = self.audit_actions().await;
        for a in actions {
            assert!(all.iter().any(|x| x == a), "{a} missing in {all:?}");
        }
    }

    /// Creates a network space directly in the store, `by` being its admin; returns its id.
    pub async fn space(&self, by: i64, name: &str) -> i64 {
        let new = store::spaces::NewSpace {
            name: name.into(),
            kind: domain::spaces::SpaceKind::Network,
            description: String::new(),
            listed: false,
        };
        self.state.store.create_space(self.state.now(), by, &new).await.unwrap()
    }

    pub async fn audit_actions(&self) -> Vec<String> {
        self.state
            .store
            .audit_list(&Default::default(), 1000, 0)
            .await
            .unwrap()
            .0
            .into_iter()
            .map(|r| r.action)
            .collect()
    }
}

/// The standard cast: an org with an admin and a member, another org with its admin, a platform admin.
pub struct Cast {
    pub org: i64,
    pub other_org: i64,
    pub admin: i64,
    pub member: i64,
    pub other: i64,
    pub platform: i64,
}

pub async fn cast(app: &TestApp) -> Cast {
    use domain::orgs::Role;
    let org = app.org("Koordinierungsstelle Harz", "ST-HZ").await;
    let other_org = app.org("Koordinierungsstelle Stendal", "ST-SDL").await;
    Cast {
        org,
        other_org,
        admin: app
            .user("orgadmin@example.org", "Olga Admin", false, Some((org, Role::Admin)))
            .await,
        member: app
            .user("member@example.org", "Mia Mitglied", false, Some((org, Role::Member)))
            .await,
        other: app
            .user(
                "other@example.org",
                "Otto Anders",
                false,
                Some((other_org, Role::Admin)),
            )
            .await,
        platform: app.user("platform@example.org", "Paula Plattform", true, None).await,
    }
}

/// A fresh app with the standard cast.
pub async fn with_cast() -> (TestApp, Cast) {
    let app = TestApp::new().await;
    let c = cast(&app).await;
    (app, c)
}

/// A fresh app with the standard cast, signed in as `email` (one of the cast's addresses).
pub async fn signed_in(email: &str) -> (TestApp, Cast) {
    let (mut app, c) = with_cast().await;
    app.login(email, PASSWORD).await;
    (app, c)
}
