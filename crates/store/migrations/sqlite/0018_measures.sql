-- Measures: what an administration resolves to do, each with an owner, the
-- month it is due, a status and, once done, a note of evidence; owners are
-- reminded by mail when their month begins.
--
-- Measures and plans belong to a Leitbild process now (its annual planner,
-- *Jahresplaner*: twelve months from the plan's first month). The openness
-- audit (issue 13) adds a column of its own to both tables for the plans its
-- recommendations become; a row then belongs to exactly one owner. That is
-- why leitbild_process_id may be NULL and no CHECK demands it here: SQLite
-- cannot change a CHECK without rebuilding the table.
-- Keep in step with ../postgres/0018_measures.sql.

-- A plan's year: the twelve months from start_month (YYYY-MM) on.
CREATE TABLE measure_plans (
    id                  INTEGER PRIMARY KEY,
    leitbild_process_id INTEGER UNIQUE REFERENCES leitbild_processes(id) ON DELETE CASCADE,
    start_month         TEXT NOT NULL,
    version             INTEGER NOT NULL DEFAULT 1,
    created_at          INTEGER NOT NULL,
    updated_at          INTEGER NOT NULL
);

CREATE TABLE measures (
    id                  INTEGER PRIMARY KEY,
    leitbild_process_id INTEGER REFERENCES leitbild_processes(id) ON DELETE CASCADE,
    title               TEXT NOT NULL,
    description         TEXT NOT NULL DEFAULT '',
    owner_name          TEXT NOT NULL,            -- '' once the owner's account was deleted
    owner_email         TEXT NOT NULL DEFAULT '', -- for the reminder; owners usually have no account
    month               TEXT NOT NULL,            -- YYYY-MM, one of the plan's twelve months
    status              TEXT NOT NULL DEFAULT 'open', -- open | progress | done
    evidence            TEXT NOT NULL DEFAULT '', -- what shows it is done (required once done)
    principle           INTEGER,                  -- number of the guiding principle it serves; NULL: the Leitbild as a whole
    reminded_at         INTEGER,                  -- the owner's reminder went out (once per month and address)
    version             INTEGER NOT NULL DEFAULT 1,
    created_by          INTEGER REFERENCES users(id) ON DELETE SET NULL,
    created_at          INTEGER NOT NULL,
    updated_at          INTEGER NOT NULL
);
CREATE INDEX measures_by_process ON measures(leitbild_process_id, month);
CREATE INDEX measures_by_owner_email ON measures(owner_email);
CREATE INDEX measures_due ON measures(month) WHERE reminded_at IS NULL;
