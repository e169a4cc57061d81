-- Foundation: settings, regions, accounts, organisations, sessions,
-- rate limits, audit log, outbox, consents, site texts, barrier reports.
-- Timestamps are Unix seconds (UTC). Keep in step with ../postgres/0001_foundation.sql.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE regions (
    code   TEXT PRIMARY KEY,
    name   TEXT NOT NULL,
    kind   TEXT NOT NULL,            -- state | district | city
    parent TEXT REFERENCES regions(code),
    sort   INTEGER NOT NULL
);

CREATE TABLE users (
    id             INTEGER PRIMARY KEY,
    email          TEXT NOT NULL UNIQUE,
    name           TEXT NOT NULL,
    password_hash  TEXT NOT NULL,
    locale         TEXT,
    platform_admin INTEGER NOT NULL DEFAULT 0,
    status         TEXT NOT NULL DEFAULT 'active',  -- active | deleted
    created_at     INTEGER NOT NULL,
    updated_at     INTEGER NOT NULL
);

CREATE TABLE orgs (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    name_search TEXT NOT NULL,
    kind        TEXT NOT NULL,
    region      TEXT NOT NULL REFERENCES regions(code),
    description TEXT NOT NULL DEFAULT '',
    website     TEXT,
    version     INTEGER NOT NULL DEFAULT 1,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
);
CREATE INDEX orgs_name_search ON orgs(name_search);
CREATE INDEX orgs_kind_region ON orgs(kind, region);

CREATE TABLE memberships (
    org_id     INTEGER NOT NULL REFERENCES orgs(id) ON DELETE CASCADE,
    user_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    role       TEXT NOT NULL,        -- admin | member
    created_at INTEGER NOT NULL,
    PRIMARY KEY (org_id, user_id)
);
CREATE INDEX memberships_user ON memberships(user_id);

CREATE TABLE invitations (
    id          INTEGER PRIMARY KEY,
    token_hash  TEXT NOT NULL UNIQUE,
    email       TEXT NOT NULL,
    org_id      INTEGER REFERENCES orgs(id) ON DELETE CASCADE,
    role        TEXT,
    locale      TEXT NOT NULL,
    invited_by  INTEGER REFERENCES users(id),
    created_at  INTEGER NOT NULL,
    expires_at  INTEGER NOT NULL,
    used_at     INTEGER
);
CREATE INDEX invitations_org ON invitations(org_id);

CREATE TABLE password_resets (
    token_hash TEXT PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    used_at    INTEGER
);

CREATE TABLE sessions (
    id_hash      TEXT PRIMARY KEY,
    user_id      INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at   INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL,
    expires_at   INTEGER NOT NULL,
    user_agent   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sessions_user ON sessions(user_id);

CREATE TABLE rate_limits (
    key          TEXT PRIMARY KEY,
    window_start INTEGER NOT NULL,
    count        INTEGER NOT NULL
);

CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          INTEGER NOT NULL,
    actor_id    INTEGER REFERENCES users(id),
    action      TEXT NOT NULL,
    object_kind TEXT NOT NULL,
    object_id   TEXT NOT NULL,
    org_id      INTEGER,
    detail      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_at ON audit_log(at);
CREATE INDEX audit_log_org ON audit_log(org_id);

CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY,
    to_addr         TEXT NOT NULL,
    to_name         TEXT NOT NULL DEFAULT '',
    subject         TEXT NOT NULL,
    body            TEXT NOT NULL,
    locale          TEXT NOT NULL,
    kind            TEXT NOT NULL,
    created_at      INTEGER NOT NULL,
    status          TEXT NOT NULL DEFAULT 'pending', -- pending | sent | failed
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    claimed_until   INTEGER NOT NULL DEFAULT 0,
    last_error      TEXT,
    sent_at         INTEGER
);
CREATE INDEX outbox_due ON outbox(status, next_attempt_at);

CREATE TABLE consents (
    id      INTEGER PRIMARY KEY,
    user_id INTEGER REFERENCES users(id) ON DELETE CASCADE,
    kind    TEXT NOT NULL,
    version TEXT NOT NULL,
    at      INTEGER NOT NULL
);

CREATE TABLE site_texts (
    key        TEXT NOT NULL,
    locale     TEXT NOT NULL,
    body       TEXT NOT NULL,
    updated_at INTEGER NOT NULL,
    updated_by INTEGER REFERENCES users(id),
    PRIMARY KEY (key, locale)
);

CREATE TABLE barrier_reports (
    id          INTEGER PRIMARY KEY,
    at          INTEGER NOT NULL,
    page        TEXT NOT NULL,
    description TEXT NOT NULL,
    email       TEXT,
    status      TEXT NOT NULL DEFAULT 'open'   -- open | done
);
