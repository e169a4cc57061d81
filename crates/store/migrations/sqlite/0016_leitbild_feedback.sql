-- Feedback rounds of a Leitbild process: staff comment on and support the
-- slogan and each principle of one version, propose wording and answer short
-- questions, through their personal link or (anonymously) through their
-- department's link; the team answers every comment.
-- Keep in step with ../postgres/0016_leitbild_feedback.sql.

-- When a person first opened their participation link (staff reached).
ALTER TABLE leitbild_people ADD COLUMN seen_at INTEGER;

CREATE TABLE leitbild_rounds (
    id          INTEGER PRIMARY KEY,
    process_id  INTEGER NOT NULL REFERENCES leitbild_processes(id) ON DELETE CASCADE,
    version_id  INTEGER NOT NULL REFERENCES leitbild_versions(id) ON DELETE CASCADE, -- the version commented on
    opens_at    INTEGER NOT NULL,
    closes_at   INTEGER NOT NULL,          -- the deadline (end of its day); set to the moment the team closes it early
    remind_at   INTEGER NOT NULL,          -- when those who have not taken part yet get a reminder
    reminded_at INTEGER,                   -- when the reminder went out
    created_by  INTEGER REFERENCES users(id) ON DELETE SET NULL,
    created_at  INTEGER NOT NULL
);
CREATE INDEX leitbild_rounds_by_process ON leitbild_rounds(process_id);

-- The short questions of a round, in their order.
CREATE TABLE leitbild_questions (
    id       INTEGER PRIMARY KEY,
    round_id INTEGER NOT NULL REFERENCES leitbild_rounds(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text     TEXT NOT NULL,
    UNIQUE (round_id, position)
);

-- Who contributed: 'p<person id>' for a personal link, 'v<hash>' for an
-- anonymous visitor of a department link (a random key kept in their browser).
CREATE TABLE leitbild_comments (
    id            INTEGER PRIMARY KEY,
    round_id      INTEGER NOT NULL REFERENCES leitbild_rounds(id) ON DELETE CASCADE,
    target        TEXT NOT NULL,            -- general | slogan | preamble | principle:<position>
    person_id     INTEGER REFERENCES leitbild_people(id) ON DELETE SET NULL,
    department_id INTEGER REFERENCES leitbild_departments(id) ON DELETE SET NULL,
    contributor   TEXT NOT NULL,
    body          TEXT NOT NULL,
    proposal      TEXT NOT NULL DEFAULT '', -- a proposed wording
    answer        TEXT,                     -- taken | changed | declined (none: not answered yet)
    reason        TEXT NOT NULL DEFAULT '',
    answered_by   INTEGER REFERENCES users(id) ON DELETE SET NULL,
    answered_at   INTEGER,
    version       INTEGER NOT NULL DEFAULT 1,
    created_at    INTEGER NOT NULL
);
CREATE INDEX leitbild_comments_by_round ON leitbild_comments(round_id, target);
CREATE INDEX leitbild_comments_by_contributor ON leitbild_comments(contributor);

CREATE TABLE leitbild_supports (
    round_id      INTEGER NOT NULL REFERENCES leitbild_rounds(id) ON DELETE CASCADE,
    target        TEXT NOT NULL,
    contributor   TEXT NOT NULL,
    department_id INTEGER REFERENCES leitbild_departments(id) ON DELETE SET NULL,
    created_at    INTEGER NOT NULL,
    PRIMARY KEY (round_id, target, contributor)
);

CREATE TABLE leitbild_answers (
    question_id   INTEGER NOT NULL REFERENCES leitbild_questions(id) ON DELETE CASCADE,
    contributor   TEXT NOT NULL,
    department_id INTEGER REFERENCES leitbild_departments(id) ON DELETE SET NULL,
    answer        TEXT NOT NULL,
    created_at    INTEGER NOT NULL,
    PRIMARY KEY (question_id, contributor)
);
