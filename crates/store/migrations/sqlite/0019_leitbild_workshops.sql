-- The workshops of a Leitbild process: the three of the method (vision,
-- values, goals) and any number of mini-workshops. Invitations,
-- registration and attendance are those of a qualification series: a
-- process gets one invitation-only series of its administration, and each
-- workshop is a module of it. The results recorded per workshop: value
-- cards and slogan proposals with their dot votes, notes (workshop 1's
-- story), draft principles, and the assignments of mini-workshops.
-- Keep in step with ../postgres/0019_leitbild_workshops.sql.

-- The series of a process's workshops (made when the first workshop is planned).
CREATE TABLE leitbild_workshop_series (
    process_id INTEGER PRIMARY KEY REFERENCES leitbild_processes(id) ON DELETE CASCADE,
    series_id  INTEGER NOT NULL UNIQUE REFERENCES series(id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL
);

CREATE TABLE leitbild_workshops (
    id         INTEGER PRIMARY KEY,
    process_id INTEGER NOT NULL REFERENCES leitbild_processes(id) ON DELETE CASCADE,
    kind       TEXT NOT NULL,              -- vision | values | goals | mini
    module_id  INTEGER NOT NULL UNIQUE REFERENCES modules(id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL
);
CREATE INDEX leitbild_workshops_by_process ON leitbild_workshops(process_id);

-- Value cards and slogan proposals: a text and its dot votes.
CREATE TABLE leitbild_cards (
    id          INTEGER PRIMARY KEY,
    workshop_id INTEGER NOT NULL REFERENCES leitbild_workshops(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL,             -- value | slogan
    text        TEXT NOT NULL,
    votes       INTEGER NOT NULL DEFAULT 0 CHECK (votes >= 0 AND votes <= 999),
    version     INTEGER NOT NULL DEFAULT 1,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
);
CREATE INDEX leitbild_cards_by_workshop ON leitbild_cards(workshop_id, kind);

-- Notes, each with its category (workshop 1: "Es war einmal…", what was good,
-- values to keep, the shared core task).
CREATE TABLE leitbild_notes (
    id          INTEGER PRIMARY KEY,
    workshop_id INTEGER NOT NULL REFERENCES leitbild_workshops(id) ON DELETE CASCADE,
    category    TEXT NOT NULL,             -- story | good | keep | core_task | other
    text        TEXT NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
);
CREATE INDEX leitbild_notes_by_workshop ON leitbild_notes(workshop_id);

-- Principles drafted in a workshop, with the goal behind each; taken into
-- the Leitbild draft as version `taken_version` (none: not yet).
CREATE TABLE leitbild_drafted (
    id            INTEGER PRIMARY KEY,
    workshop_id   INTEGER NOT NULL REFERENCES leitbild_workshops(id) ON DELETE CASCADE,
    text          TEXT NOT NULL,
    goal          TEXT NOT NULL DEFAULT '',
    taken_at      INTEGER,
    taken_version INTEGER,
    version       INTEGER NOT NULL DEFAULT 1,
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL
);
CREATE INDEX leitbild_drafted_by_workshop ON leitbild_drafted(workshop_id);

-- Assignments (Arbeitsaufträge) a workshop hands to a group, tracked until done.
CREATE TABLE leitbild_assignments (
    id          INTEGER PRIMARY KEY,
    workshop_id INTEGER NOT NULL REFERENCES leitbild_workshops(id) ON DELETE CASCADE,
    group_name  TEXT NOT NULL,
    task        TEXT NOT NULL,
    due         TEXT NOT NULL,             -- YYYY-MM-DD
    status      TEXT NOT NULL DEFAULT 'open', -- open | done
    done_at     INTEGER,
    version     INTEGER NOT NULL DEFAULT 1,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
);
CREATE INDEX leitbild_assignments_by_workshop ON leitbild_assignments(workshop_id, status);
