-- The evaluation of a Leitbild: months after adoption, staff say per
-- principle whether it is lived in their daily work (a rating and free text),
-- anonymously; repeated as often as the team likes.
-- Keep in step with ../postgres/0020_leitbild_evaluation.sql.

CREATE TABLE leitbild_surveys (
    id         INTEGER PRIMARY KEY,
    process_id INTEGER NOT NULL REFERENCES leitbild_processes(id) ON DELETE CASCADE,
    version_id INTEGER NOT NULL REFERENCES leitbild_versions(id) ON DELETE CASCADE, -- the text asked about
    opens_at   INTEGER NOT NULL,
    closes_at  INTEGER NOT NULL,
    created_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX leitbild_surveys_by_process ON leitbild_surveys(process_id);

-- One row per respondent and principle. `voter` is an HMAC of the survey and
-- the link under the server's secret: it keeps one answer per link without
-- the database saying whose; no time is stored.
CREATE TABLE leitbild_survey_answers (
    survey_id     INTEGER NOT NULL REFERENCES leitbild_surveys(id) ON DELETE CASCADE,
    voter         TEXT NOT NULL,
    department_id INTEGER REFERENCES leitbild_departments(id) ON DELETE SET NULL,
    principle     INTEGER NOT NULL,
    rating        INTEGER CHECK (rating BETWEEN 1 AND 5), -- none: only a text
    note          TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (survey_id, voter, principle)
);
