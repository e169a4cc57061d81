//! Typed configuration: defaults → `ikoe.toml` → `IKOE_…` environment
//! variables (nested keys with a double underscore, e.g. `IKOE_SMTP__HOST`).

use figment::providers::{Env, Format, Serialized, Toml};
use figment::Figment;
use serde::{Deserialize, Serialize};

#[derive(Clone, Serialize, Deserialize)]
pub struct Config {
    /// Where to listen.
    pub listen: String,
    /// The address people use to reach ikoe (used in e-mail links; https makes cookies Secure).
    pub public_url: String,
    /// `sqlite://data/ikoe.db` (default) or `postgres://user:pass@host/db`.
    pub database_url: String,
    /// Connections in the pool.
    pub database_max_connections: u32,
    /// Fill demo data when the database is new.
    pub demo: bool,
    /// Let platform admins read the subject and text of mails in `/admin/outbox`. Mails are
    /// personal content, so this holds only while no SMTP server is set (mails then go nowhere
    /// else); unset, it is on for a demo instance (`demo = true`) and off otherwise.
    pub show_mail_text_in_outbox: Option<bool>,
    /// `text` or `json` logs.
    pub log_format: String,
    /// Log filter, e.g. `info` or `ikoe=debug,info`.
    pub log_level: String,
    /// Sessions end after this many seconds without activity …
    pub session_idle_secs: i64,
    /// … and at the latest this many seconds after log-in.
    pub session_absolute_secs: i64,
    /// Invitation links are valid this long.
    pub invitation_ttl_secs: i64,
    /// Password-reset links are valid this long.
    pub reset_ttl_secs: i64,
    /// Failed log-ins per account within the window from browsers that never logged in to
    /// it; then such browsers are refused until the window ends. A browser that logged in to
    /// the account before is not affected (it only waits after its own failures).
    pub login_max_failures: i64,
    /// Failed log-ins per client address within the window (successful ones do not count),
    /// from browsers not known to the account.
    pub login_max_per_ip: i64,
    pub login_window_secs: i64,
    /// Reset requests per client address and per hour.
    pub reset_max_per_ip: i64,
    /// Registrations for series per client address and hour (each sends a mail).
    pub register_max_per_ip: i64,
    /// Take the client address from `X-Forwarded-For` (only behind a trusted proxy).
    pub trust_proxy: bool,
    /// Name of the organisation operating this ikoe (imprint fallback, e-mails).
    pub operator_name: String,
    /// The time zone in which dates and times are shown and typed (IANA name).
    pub time_zone: String,
    pub smtp: Smtp,
    pub files: Files,
    pub server: Server,
}

/// How long the server waits for slow clients, and how many it serves at once.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Server {
    /// A connection must send a request's headers within this many seconds (also an idle
    /// connection between requests); otherwise it is closed.
    pub header_timeout_secs: u64,
    /// A request body (an upload, a form) may pause at most this long between two pieces;
    /// a slow but moving upload is not cut off.
    pub body_idle_timeout_secs: u64,
    /// Open connections at most; one more is answered 503 and closed.
    pub max_connections: usize,
}

/// Where uploaded files live and how much a space may hold.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Files {
    /// The local folder (used unless an S3 bucket is set).
    pub dir: String,
    /// The largest file accepted, in bytes.
    pub max_file_bytes: u64,
    /// What all files of one space (every version, the trash included) may take, in bytes.
    pub space_quota_bytes: u64,
    /// S3-compatible object storage; used when `bucket` is set. Shared by all app nodes.
    pub s3: store::blobs::S3,
}

#[derive(Clone, Serialize, Deserialize)]
pub struct Smtp {
    /// SMTP server; empty means mails stay in the outbox (shown to admins).
    pub host: String,
    pub port: u16,
    /// `starttls`, `tls` or `none`.
    pub security: String,
    pub username: String,
    pub password: String,
    pub from: String,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            listen: "127.0.0.1:8080".into(),
            public_url: "http://127.0.0.1:8080".into(),
            database_url: "sqlite://data/ikoe.db".into(),
            database_max_connections: 8,
            demo: true,
            show_mail_text_in_outbox: None,
            log_format: "text".into(),
            log_level: "info".into(),
            session_idle_secs: 8 * 3600,
            session_absolute_secs: 7 * 24 * 3600,
            invitation_ttl_secs: 7 * 24 * 3600,
            reset_ttl_secs: 3600,
            login_max_failures: 10,
            login_max_per_ip: 50,
            login_window_secs: 15 * 60,
            reset_max_per_ip: 10,
            register_max_per_ip: 30,
            trust_proxy: false,
            operator_name: "ikoe".into(),
            time_zone: "Europe/Berlin".into(),
            smtp: Smtp {
                host: String::new(),
                port: 587,
                security: "starttls".into(),
                username: String::new(),
                password: String::new(),
                from: "ikoe <noreply@localhost>".into(),
            },
            files: Files {
                dir: "data/files".into(),
                max_file_bytes: 250 * 1024 * 1024,
                space_quota_bytes: 10 * 1024 * 1024 * 1024,
                s3: store::blobs::S3::default(),
            },
            server: Server {
                header_timeout_secs: 10,
                body_idle_timeout_secs: 30,
                max_connections: 1024,
            },
        }
    }
}

// Secrets never appear in logs or debug output.
impl std::fmt::Debug for Config {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Config")
            .field("listen", &self.listen)
            .field("public_url", &self.public_url)
            .field("database_url", &store::redact(&self.database_url))
            .field("demo", &self.demo)
            .field("show_mail_text_in_outbox", &self.show_mail_text_in_outbox)
            .field("smtp", &self.smtp)
            .field("files", &self.files)
            .field("server", &self.server)
            .finish_non_exhaustive()
    }
}

impl std::fmt::Debug for Smtp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Smtp")
            .field("host", &self.host)
            .field("port", &self.port)
            .field("security", &self.security)
            .field("username", &self.username)
            .field("password", &if self.password.is_empty() { "" } else { "***" })
            .field("from", &self.from)
            .finish()
    }
}

impl Config {
    /// Loads defaults, then `path` (if it exists), then the environment.
    pub fn load(path: &str) -> anyhow::Result<Self> {
        let cfg: Config = Figment::from(Serialized::defaults(Config::default()))
            .merge(Toml::file(path))
            .merge(Env::prefixed("IKOE_").split("__"))
            .extract()?;
        let mut cfg = cfg;
        // Only the address changed: links in mails follow it.
        let d = Config::default();
        if cfg.public_url == d.public_url && cfg.listen != d.listen {
            cfg.public_url = format!("http://{}", cfg.listen);
        }
        Ok(cfg)
    }

    /// Whether `/admin/outbox` shows mails' subjects and texts: only without SMTP, and only
    /// when the operator allows it (a demo instance does unless told otherwise).
    pub fn outbox_shows_mail_text(&self) -> bool {
        self.smtp.host.is_empty() && self.show_mail_text_in_outbox.unwrap_or(self.demo)
    }

    pub fn secure_cookies(&self) -> bool {
        self.public_url.starts_with("https://")
    }

    /// Every key with its default and meaning, as a commented `ikoe.toml`.
    pub fn default_toml() -> String {
        let d = Config::default();
        format!(
            r#"# ikoe configuration. Every key can also be set as an environment variable:
# IKOE_<KEY> (upper case), nested keys with a double underscore: IKOE_SMTP__HOST.

# Address and port to listen on.
listen = "{listen}"
# The address people use to reach ikoe; used in e-mail links. With https://,
# cookies are marked Secure.
public_url = "{public_url}"
# sqlite://path/to/file.db (the folder must exist) or postgres://user:password@host/db
database_url = "{database_url}"
database_max_connections = {maxc}
# Fill demo data (invented people) when the database is new.
demo = {demo}
# Let platform admins read the subject and text of mails at /admin/outbox. Mails are personal
# content: this works only while [smtp] host is empty, and is meant for a demo or test instance.
# Unset: on when demo = true, off otherwise.
# show_mail_text_in_outbox = false
# "text" or "json"
log_format = "{log_format}"
# e.g. "info", "debug", "ikoe=debug,info"
log_level = "{log_level}"
# Seconds without activity after which a session ends.
session_idle_secs = {idle}
# Seconds after log-in after which a session ends in any case.
session_absolute_secs = {abs}
# Seconds an invitation link stays valid.
invitation_ttl_secs = {inv}
# Seconds a password-reset link stays valid.
reset_ttl_secs = {reset}
# Every browser waits after 4 wrong passwords for an account (30 s, doubling up to 15 min).
# Failed log-ins per account within login_window_secs from browsers that never logged in to
# it; then such browsers are refused until the window ends. A browser that logged in to the
# account before keeps working, so failures elsewhere cannot lock the owner out.
login_max_failures = {lmf}
# Failed log-ins per client address within login_window_secs (successful ones do not count).
login_max_per_ip = {lmi}
login_window_secs = {lw}
# Password-reset requests per client address and hour.
reset_max_per_ip = {rmi}
# Registrations for series per client address and hour (each sends a mail).
register_max_per_ip = {rgi}
# Read the client address from X-Forwarded-For (only behind a proxy you trust).
trust_proxy = {tp}
# Name of the organisation that runs this ikoe.
operator_name = "{op}"
# Time zone (IANA name) in which dates and times are shown and typed.
time_zone = "{tz}"

[smtp]
# SMTP server. Empty: mails stay in the outbox and admins read them at /admin/outbox.
host = ""
port = {port}
# "starttls", "tls" or "none"
security = "{sec}"
username = ""
# Secret: prefer IKOE_SMTP__PASSWORD in the environment.
password = ""
from = "{from}"

[files]
# Folder for uploaded files (used unless an S3 bucket is set below).
dir = "{fdir}"
# The largest file accepted, in bytes.
max_file_bytes = {fmax}
# What all files of one space may take (every version, the trash included), in bytes.
space_quota_bytes = {fquota}

[files.s3]
# S3-compatible object storage, shared by several app nodes. Empty bucket: the folder above.
bucket = ""
# e.g. "https://s3.example.org"; empty: Amazon S3
endpoint = ""
region = ""
access_key_id = ""
# Secret: prefer IKOE_FILES__S3__SECRET_ACCESS_KEY in the environment.
secret_access_key = ""
allow_http = false
# A folder inside the bucket for this ikoe's files (empty: the bucket's top).
prefix = ""

[server]
# Seconds a connection may take to send a request's headers (and stay idle between requests).
header_timeout_secs = {sht}
# Seconds a request body (an upload) may pause between two pieces; a slow but moving upload
# goes on. A proxy in front should have timeouts of its own.
body_idle_timeout_secs = {sbt}
# Open connections at most; more are answered 503 Service Unavailable.
max_connections = {smc}
"#,
            sht = d.server.header_timeout_secs,
            sbt = d.server.body_idle_timeout_secs,
            smc = d.server.max_connections,
            fdir = d.files.dir,
            fmax = d.files.max_file_bytes,
            fquota = d.files.space_quota_bytes,
            listen = d.listen,
            public_url = d.public_url,
            database_url = d.database_url,
            maxc = d.database_max_connections,
            demo = d.demo,
            log_format = d.log_format,
            log_level = d.log_level,
            idle = d.session_idle_secs,
            abs = d.session_absolute_secs,
            inv = d.invitation_ttl_secs,
            reset = d.reset_ttl_secs,
            lmf = d.login_max_failures,
            lmi = d.login_max_per_ip,
            lw = d.login_window_secs,
            rmi = d.reset_max_per_ip,
            rgi = d.register_max_per_ip,
            tp = d.trust_proxy,
            op = d.operator_name,
            tz = d.time_zone,
            port = d.smtp.port,
            sec = d.smtp.security,
            from = d.smtp.from,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_toml_parses_to_defaults() {
        let parsed: Config = Figment::from(Toml::string(&Config::default_toml())).extract().unwrap();
        let d = Config::default();
        assert_eq!(parsed.listen, d.listen);
        assert_eq!(parsed.session_idle_secs, d.session_idle_secs);
        assert_eq!(parsed.smtp.from, d.smtp.from);
        assert_eq!(parsed.server.max_connections, d.server.max_connections);
    }

    #[test]
    fn debug_hides_secrets() {
        let mut c = Config::default();
        c.smtp.password = "hunter2-secret".into();
        c.database_url = "postgres://u:pgsecret@h/db".into();
        let s = format!("{c:?}");
        assert!(!s.contains("hunter2-secret") && !s.contains("pgsecret"), "{s}");
    }

    #[test]
    fn mail_text_is_shown_only_without_smtp_and_when_allowed() {
        let mut c = Config::default();
        assert!(c.outbox_shows_mail_text(), "the demo default shows it");
        c.demo = false;
        assert!(!c.outbox_shows_mail_text(), "off by default without demo");
        c.show_mail_text_in_outbox = Some(true);
        assert!(c.outbox_shows_mail_text());
        c.smtp.host = "smtp.example.org".into();
        assert!(!c.outbox_shows_mail_text(), "never once mail goes out");
        c.demo = true;
        c.show_mail_text_in_outbox = Some(false);
        c.smtp.host.clear();
        assert!(!c.outbox_shows_mail_text(), "the operator can turn it off for a demo");
    }
}
