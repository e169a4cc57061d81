-- Leitbild processes: an administration (an organisation) writes its mission
-- statement with all its staff, run by a process team. This migration holds
-- the preparation (the process and its phase plan, the team, the departments
-- with their headcount and the people taking part, leadership among them)
-- and the drafts: numbered versions of the text.
-- Keep in step with ../postgres/0015_leitbild.sql.

CREATE TABLE leitbild_processes (
    id         INTEGER PRIMARY KEY,
    org_id     INTEGER NOT NULL REFERENCES orgs(id) ON DELETE CASCADE,
    title      TEXT NOT NULL,
    phase      TEXT NOT NULL DEFAULT 'preparation', -- preparation | vision | values | goals | feedback | adoption | evaluation
    created_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
    version    INTEGER NOT NULL DEFAULT 1,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX leitbild_processes_by_org ON leitbild_processes(org_id);

-- The month each phase is planned to start (YYYY-MM); a phase without a row is not planned yet.
CREATE TABLE leitbild_phase_plan (
    process_id INTEGER NOT NULL REFERENCES leitbild_processes(id) ON DELETE CASCADE,
    phase      TEXT NOT NULL,
    month      TEXT NOT NULL,
    PRIMARY KEY (process_id, phase)
);

-- The process team: accounts of programme staff and of the administration's contacts.
CREATE TABLE leitbild_team (
    process_id INTEGER NOT NULL REFERENCES leitbild_processes(id) ON DELETE CASCADE,
    user_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (process_id, user_id)
);
CREATE INDEX leitbild_team_by_user ON leitbild_team(user_id);

CREATE TABLE leitbild_departments (
    id         INTEGER PRIMARY KEY,
    process_id INTEGER NOT NULL REFERENCES leitbild_processes(id) ON DELETE CASCADE,
    name       TEXT NOT NULL,
    headcount  INTEGER NOT NULL CHECK (headcount > 0),
    token_hash TEXT,                          -- the department's link for the intranet (anonymous): SHA-256 of its token
    created_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX leitbild_departments_name ON leitbild_departments(process_id, name);
CREATE UNIQUE INDEX leitbild_departments_token ON leitbild_departments(token_hash) WHERE token_hash IS NOT NULL;

-- Staff taking part (they need no account); leader = 1 for the leadership members who sign off.
CREATE TABLE leitbild_people (
    id            INTEGER PRIMARY KEY,
    process_id    INTEGER NOT NULL REFERENCES leitbild_processes(id) ON DELETE CASCADE,
    department_id INTEGER REFERENCES leitbild_departments(id) ON DELETE SET NULL,
    name          TEXT NOT NULL,
    email         TEXT NOT NULL DEFAULT '',
    function      TEXT NOT NULL DEFAULT '',
    leader        INTEGER NOT NULL DEFAULT 0,
    token_hash    TEXT,                    -- the personal participation link: SHA-256 of its token (none: no link or revoked)
    link_at       INTEGER,                 -- when the link was made
    created_at    INTEGER NOT NULL
);
CREATE INDEX leitbild_people_by_process ON leitbild_people(process_id, department_id);
CREATE UNIQUE INDEX leitbild_people_token ON leitbild_people(token_hash) WHERE token_hash IS NOT NULL;

-- The text, versioned: every save of the draft is a new version, numbered from 1 per process.
CREATE TABLE leitbild_versions (
    id         INTEGER PRIMARY KEY,
    process_id INTEGER NOT NULL REFERENCES leitbild_processes(id) ON DELETE CASCADE,
    number     INTEGER NOT NULL,
    slogan     TEXT NOT NULL,
    preamble   TEXT NOT NULL DEFAULT '',
    created_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL,
    UNIQUE (process_id, number)
);

-- The guiding principles of a version, each with the goal behind it, in their order.
CREATE TABLE leitbild_principles (
    id         INTEGER PRIMARY KEY,
    version_id INTEGER NOT NULL REFERENCES leitbild_versions(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    text       TEXT NOT NULL,
    goal       TEXT NOT NULL DEFAULT '',
    UNIQUE (version_id, position)
);
