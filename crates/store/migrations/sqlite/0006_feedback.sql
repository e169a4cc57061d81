-- Anonymous feedback after a module: a one-time link per attendee, answers
-- stored without any link to the person. Keep in step with ../postgres/0006_feedback.sql.

CREATE TABLE feedback_invites (
    token           TEXT PRIMARY KEY,
    module_id       INTEGER NOT NULL REFERENCES modules(id) ON DELETE CASCADE,
    registration_id INTEGER NOT NULL REFERENCES registrations(id) ON DELETE CASCADE,
    sent_at         INTEGER NOT NULL,
    used_at         INTEGER,
    UNIQUE (module_id, registration_id)
);

CREATE TABLE feedback (
    id           INTEGER PRIMARY KEY,
    module_id    INTEGER NOT NULL REFERENCES modules(id) ON DELETE CASCADE,
    series_id    INTEGER NOT NULL REFERENCES series(id) ON DELETE CASCADE,
    overall      INTEGER NOT NULL,         -- 1 (poor) … 5 (very good)
    content      INTEGER,
    organisation INTEGER,
    comment      TEXT NOT NULL DEFAULT '',
    publish      INTEGER NOT NULL DEFAULT 0, -- the author agreed to publish the comment
    created_at   INTEGER NOT NULL
);
CREATE INDEX feedback_module ON feedback(module_id);
CREATE INDEX feedback_series ON feedback(series_id);
