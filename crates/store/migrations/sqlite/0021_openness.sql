-- The openness audit, part one: the self-assessment (tables openness_*; audit_log is the change log). Indicator sets are
-- versioned (a family of versions numbered from 1); each has dimensions and
-- indicators with a statement and four maturity levels described in words.
-- Texts are kept per language, German always; a language's texts carry a
-- status (draft | reviewed). A set that a wave uses is frozen: changes make a
-- new version. Waves compare on the indicators they share by code.
-- Keep in step with ../postgres/0021_openness.sql.

CREATE TABLE openness_sets (
    id         INTEGER PRIMARY KEY,
    family     INTEGER,                 -- the id of the family's first version (set right after it is written)
    number     INTEGER NOT NULL,        -- version number within the family, from 1
    builtin    TEXT UNIQUE,             -- the key of a set ikoe ships ('default'); NULL for sets made here
    org_id     INTEGER REFERENCES orgs(id) ON DELETE SET NULL, -- the organisation that adapted it; NULL: shipped
    created_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
    version    INTEGER NOT NULL DEFAULT 1,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX openness_sets_version ON openness_sets(family, number);

CREATE TABLE openness_set_texts (
    set_id      INTEGER NOT NULL REFERENCES openness_sets(id) ON DELETE CASCADE,
    lang        TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'draft', -- draft | reviewed
    title       TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (set_id, lang)
);

CREATE TABLE openness_dimensions (
    id       INTEGER PRIMARY KEY,
    set_id   INTEGER NOT NULL REFERENCES openness_sets(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    code     TEXT NOT NULL,
    UNIQUE (set_id, code)
);

CREATE TABLE openness_dimension_texts (
    dimension_id INTEGER NOT NULL REFERENCES openness_dimensions(id) ON DELETE CASCADE,
    lang         TEXT NOT NULL,
    title        TEXT NOT NULL,
    PRIMARY KEY (dimension_id, lang)
);

CREATE TABLE openness_indicators (
    id           INTEGER PRIMARY KEY,
    set_id       INTEGER NOT NULL REFERENCES openness_sets(id) ON DELETE CASCADE,
    dimension_id INTEGER NOT NULL REFERENCES openness_dimensions(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    code         TEXT NOT NULL,         -- kept across versions: waves compare on shared codes
    UNIQUE (set_id, code)
);
CREATE INDEX openness_indicators_by_dimension ON openness_indicators(dimension_id, position);

CREATE TABLE openness_indicator_texts (
    indicator_id INTEGER NOT NULL REFERENCES openness_indicators(id) ON DELETE CASCADE,
    lang         TEXT NOT NULL,
    statement    TEXT NOT NULL,
    level0       TEXT NOT NULL,
    level1       TEXT NOT NULL,
    level2       TEXT NOT NULL,
    level3       TEXT NOT NULL,
    PRIMARY KEY (indicator_id, lang)
);

-- A wave: an administration assesses itself on one set over a period.
-- Results of a group show only from `threshold` submitted answers on.
CREATE TABLE openness_waves (
    id         INTEGER PRIMARY KEY,
    org_id     INTEGER NOT NULL REFERENCES orgs(id) ON DELETE CASCADE,
    set_id     INTEGER NOT NULL REFERENCES openness_sets(id),
    title      TEXT NOT NULL,
    opens_at   INTEGER NOT NULL,
    closes_at  INTEGER NOT NULL,
    threshold  INTEGER NOT NULL DEFAULT 5 CHECK (threshold >= 3),
    created_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
    version    INTEGER NOT NULL DEFAULT 1,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX openness_waves_by_org ON openness_waves(org_id, opens_at);
CREATE INDEX openness_waves_by_set ON openness_waves(set_id);

-- Rater groups: leadership, staff (one group per department), outside view.
CREATE TABLE openness_groups (
    id         INTEGER PRIMARY KEY,
    wave_id    INTEGER NOT NULL REFERENCES openness_waves(id) ON DELETE CASCADE,
    kind       TEXT NOT NULL,           -- leadership | staff | outside
    name       TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    UNIQUE (wave_id, name)
);

-- Raters: a personal link (no account needed) or an account; whether they
-- finished is known, what they answered is not tied to them (see below).
CREATE TABLE openness_raters (
    id           INTEGER PRIMARY KEY,
    wave_id      INTEGER NOT NULL REFERENCES openness_waves(id) ON DELETE CASCADE,
    group_id     INTEGER NOT NULL REFERENCES openness_groups(id) ON DELETE CASCADE,
    name         TEXT NOT NULL DEFAULT '',
    email        TEXT NOT NULL DEFAULT '',
    user_id      INTEGER REFERENCES users(id) ON DELETE SET NULL,
    token_hash   TEXT UNIQUE,           -- SHA-256 of the personal link's token
    submitted    INTEGER NOT NULL DEFAULT 0, -- finished (no time: it would line up with the answers)
    created_at   INTEGER NOT NULL
);
CREATE INDEX openness_raters_by_wave ON openness_raters(wave_id, group_id);
CREATE INDEX openness_raters_by_user ON openness_raters(user_id);

-- A rater's answers. While they answer, `voter` is an HMAC of the wave and
-- the rater under the server's secret, so they can pause and continue; when
-- they submit, it is replaced by a random key, and from then on nothing ties
-- the answers to the rater. Only submitted responses count.
CREATE TABLE openness_responses (
    wave_id   INTEGER NOT NULL REFERENCES openness_waves(id) ON DELETE CASCADE,
    voter     TEXT NOT NULL,
    group_id  INTEGER NOT NULL REFERENCES openness_groups(id) ON DELETE CASCADE,
    submitted INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (wave_id, voter)
);

CREATE TABLE openness_answers (
    wave_id      INTEGER NOT NULL REFERENCES openness_waves(id) ON DELETE CASCADE,
    voter        TEXT NOT NULL,
    indicator_id INTEGER NOT NULL REFERENCES openness_indicators(id),
    choice       TEXT NOT NULL,         -- 0 | 1 | 2 | 3 | unknown | na
    note         TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (wave_id, voter, indicator_id)
);
CREATE INDEX openness_answers_by_indicator ON openness_answers(wave_id, indicator_id);
