-- Qualification series: series with texts per language, modules, the
-- speaker directory and speaker requests, registrations with waiting list,
-- anonymous figures, attendance. Keep in step with ../postgres/0003_series.sql.

CREATE TABLE series (
    id                INTEGER PRIMARY KEY,
    org_id            INTEGER NOT NULL REFERENCES orgs(id) ON DELETE CASCADE,
    kind              TEXT NOT NULL,      -- trainer | volunteer | apprentice | expert_day
    visibility        TEXT NOT NULL,      -- public | members | invitation
    region            TEXT NOT NULL REFERENCES regions(code),
    target_groups     TEXT NOT NULL,      -- codes separated by spaces
    languages         TEXT NOT NULL,      -- locale codes separated by spaces
    capacity          INTEGER NOT NULL,
    deadline          INTEGER,             -- registrations close after this instant
    manual_approval   INTEGER NOT NULL DEFAULT 0,
    rule_min_modules  INTEGER,
    rule_all_mandatory INTEGER NOT NULL DEFAULT 0,
    rule_min_hours    INTEGER,
    status            TEXT NOT NULL DEFAULT 'active',   -- active | cancelled
    copied_from       INTEGER REFERENCES series(id) ON DELETE SET NULL,
    starts_at         INTEGER,             -- first module (kept in step by the store)
    ends_at           INTEGER,             -- end of the last module (kept in step by the store)
    invite_key        TEXT NOT NULL,      -- in the link of an invitation-only series
    version           INTEGER NOT NULL DEFAULT 1,
    created_at        INTEGER NOT NULL,
    updated_at        INTEGER NOT NULL
);
CREATE INDEX series_org ON series(org_id);
CREATE INDEX series_catalogue ON series(visibility, status, starts_at);

CREATE TABLE series_texts (
    series_id   INTEGER NOT NULL REFERENCES series(id) ON DELETE CASCADE,
    locale      TEXT NOT NULL,
    title       TEXT NOT NULL,
    summary     TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (series_id, locale)
);

CREATE TABLE modules (
    id           INTEGER PRIMARY KEY,
    series_id    INTEGER NOT NULL REFERENCES series(id) ON DELETE CASCADE,
    title        TEXT NOT NULL,
    topics       TEXT NOT NULL DEFAULT '',
    starts_at    INTEGER NOT NULL,
    ends_at      INTEGER NOT NULL,
    venue        TEXT NOT NULL DEFAULT '',
    access_notes TEXT NOT NULL DEFAULT '',
    online_url   TEXT,
    hours        INTEGER NOT NULL,
    mandatory    INTEGER NOT NULL DEFAULT 0,
    cancelled_at INTEGER,
    checkin_code TEXT,
    version      INTEGER NOT NULL DEFAULT 1,
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL
);
CREATE INDEX modules_series ON modules(series_id, starts_at);
CREATE INDEX modules_starts ON modules(starts_at);

CREATE TABLE speakers (
    id          INTEGER PRIMARY KEY,
    owner_org   INTEGER NOT NULL REFERENCES orgs(id) ON DELETE CASCADE,
    user_id     INTEGER REFERENCES users(id) ON DELETE SET NULL,
    name        TEXT NOT NULL,
    email       TEXT NOT NULL,
    affiliation TEXT NOT NULL DEFAULT '',
    bio         TEXT NOT NULL DEFAULT '',
    topics      TEXT NOT NULL DEFAULT '',
    languages   TEXT NOT NULL DEFAULT '',
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
);
CREATE UNIQUE INDEX speakers_owner_email ON speakers(owner_org, email);

CREATE TABLE speaker_requests (
    id             INTEGER PRIMARY KEY,
    module_id      INTEGER NOT NULL REFERENCES modules(id) ON DELETE CASCADE,
    speaker_id     INTEGER NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,
    status         TEXT NOT NULL,        -- asked | confirmed | declined | expired | withdrawn
    token          TEXT NOT NULL UNIQUE,  -- the link in the mails (resent with reminders)
    message        TEXT NOT NULL DEFAULT '',
    locale         TEXT NOT NULL,
    deadline       INTEGER NOT NULL,
    asked_by       INTEGER REFERENCES users(id) ON DELETE SET NULL,
    asked_at       INTEGER NOT NULL,
    answered_at    INTEGER,
    reminders_sent INTEGER NOT NULL DEFAULT 0,
    last_reminder_at INTEGER
);
CREATE INDEX speaker_requests_module ON speaker_requests(module_id);
CREATE INDEX speaker_requests_speaker ON speaker_requests(speaker_id);
CREATE UNIQUE INDEX speaker_requests_open ON speaker_requests(module_id, speaker_id)
    WHERE status IN ('asked', 'confirmed');

CREATE TABLE registrations (
    id           INTEGER PRIMARY KEY,
    series_id    INTEGER NOT NULL REFERENCES series(id) ON DELETE CASCADE,
    user_id      INTEGER REFERENCES users(id) ON DELETE SET NULL,
    name         TEXT NOT NULL,
    email        TEXT NOT NULL,         -- normalised (lower case)
    affiliation  TEXT NOT NULL DEFAULT '',
    target_group TEXT NOT NULL,
    locale       TEXT NOT NULL,
    status       TEXT NOT NULL,         -- unconfirmed | pending | confirmed | waiting | cancelled
    token        TEXT NOT NULL UNIQUE,  -- the personal link (resent in later mails, so kept as is)
    consent_at   INTEGER,
    source       TEXT NOT NULL,         -- form | staff | import
    created_at   INTEGER NOT NULL,
    confirmed_at INTEGER,                -- e-mail address confirmed
    queued_at    INTEGER,                -- place in the waiting list / seat order
    cancelled_at INTEGER,
    expires_at   INTEGER                 -- an unconfirmed registration lapses
);
CREATE UNIQUE INDEX registrations_active ON registrations(series_id, email) WHERE status <> 'cancelled';
CREATE INDEX registrations_series_status ON registrations(series_id, status, queued_at);
CREATE INDEX registrations_user ON registrations(user_id);
CREATE INDEX registrations_email ON registrations(email);

-- Optional figures for funder statistics, counted apart from any person.
CREATE TABLE registration_figures (
    series_id INTEGER NOT NULL REFERENCES series(id) ON DELETE CASCADE,
    question  TEXT NOT NULL,
    answer    TEXT NOT NULL,
    count     INTEGER NOT NULL,
    PRIMARY KEY (series_id, question, answer)
);

CREATE TABLE attendance (
    module_id       INTEGER NOT NULL REFERENCES modules(id) ON DELETE CASCADE,
    registration_id INTEGER NOT NULL REFERENCES registrations(id) ON DELETE CASCADE,
    status          TEXT NOT NULL,      -- present | absent | excused
    via             TEXT NOT NULL,      -- roll_call | check_in
    marked_by       INTEGER REFERENCES users(id) ON DELETE SET NULL,
    marked_at       INTEGER NOT NULL,
    PRIMARY KEY (module_id, registration_id)
);
CREATE INDEX attendance_registration ON attendance(registration_id);
