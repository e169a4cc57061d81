-- The adoption of a Leitbild: the version the team puts up for sign-off,
-- the sign-offs of the leadership members (through their personal link),
-- the adopted version and its publication, and the translations of the
-- adopted text, each recording the version it translates.
-- Keep in step with ../postgres/0017_leitbild_adoption.sql.

-- One row per process, made when the team first puts a version up for sign-off.
CREATE TABLE leitbild_adoptions (
    process_id   INTEGER PRIMARY KEY REFERENCES leitbild_processes(id) ON DELETE CASCADE,
    offered_id   INTEGER REFERENCES leitbild_versions(id) ON DELETE SET NULL, -- the version up for sign-off
    offered_at   INTEGER,
    adopted_id   INTEGER REFERENCES leitbild_versions(id) ON DELETE SET NULL, -- the adopted text
    adopted_at   INTEGER,
    declared     INTEGER NOT NULL DEFAULT 0,   -- 1: adopted by the team's decision before every leader signed
    publication  TEXT NOT NULL DEFAULT 'none', -- none | internal | public
    published_at INTEGER,
    updated_at   INTEGER NOT NULL
);

-- A leadership member's sign-off of one version (once per person and version).
CREATE TABLE leitbild_signoffs (
    version_id INTEGER NOT NULL REFERENCES leitbild_versions(id) ON DELETE CASCADE,
    person_id  INTEGER NOT NULL REFERENCES leitbild_people(id) ON DELETE CASCADE,
    signed_at  INTEGER NOT NULL,
    PRIMARY KEY (version_id, person_id)
);
CREATE INDEX leitbild_signoffs_by_person ON leitbild_signoffs(person_id);

-- A translation of the adopted text into one language (en, ar, fa, uk, ru, tr);
-- version_id is the German version it translates: outdated once another is adopted.
CREATE TABLE leitbild_translations (
    id         INTEGER PRIMARY KEY,
    process_id INTEGER NOT NULL REFERENCES leitbild_processes(id) ON DELETE CASCADE,
    lang       TEXT NOT NULL,
    version_id INTEGER NOT NULL REFERENCES leitbild_versions(id) ON DELETE CASCADE,
    slogan     TEXT NOT NULL,
    preamble   TEXT NOT NULL DEFAULT '',
    version    INTEGER NOT NULL DEFAULT 1,
    updated_at INTEGER NOT NULL,
    UNIQUE (process_id, lang)
);

-- The principles of a translation, at the positions of the German ones.
CREATE TABLE leitbild_translated_principles (
    translation_id INTEGER NOT NULL REFERENCES leitbild_translations(id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    text           TEXT NOT NULL,
    goal           TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (translation_id, position)
);
