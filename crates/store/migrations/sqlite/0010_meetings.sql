-- Ideenwerkstatt: the half-yearly network meeting of a space. Member
-- organisations willing to host, meetings (a past meeting with a host is a
-- line of the hosting history), topics proposed and voted on by people,
-- sessions of the agenda and people's choices among parallel sessions.
-- Keep in step with ../postgres/0010_meetings.sql.

-- A member organisation of a space says whether it is willing to host.
CREATE TABLE space_hosts (
    space_id INTEGER NOT NULL REFERENCES spaces(id) ON DELETE CASCADE,
    org_id   INTEGER NOT NULL REFERENCES orgs(id) ON DELETE CASCADE,
    willing  INTEGER NOT NULL DEFAULT 0,
    note     TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (space_id, org_id)
);

-- When host_org_id differs from proposed_host_id the hosting was swapped
-- (swap_note says why).
CREATE TABLE meetings (
    id               INTEGER PRIMARY KEY,
    space_id         INTEGER NOT NULL REFERENCES spaces(id) ON DELETE CASCADE,
    title            TEXT NOT NULL,
    starts_at        INTEGER NOT NULL,
    ends_at          INTEGER NOT NULL,
    venue            TEXT NOT NULL DEFAULT '',
    host_org_id      INTEGER REFERENCES orgs(id) ON DELETE SET NULL,
    proposed_host_id INTEGER REFERENCES orgs(id) ON DELETE SET NULL,
    swap_note        TEXT NOT NULL DEFAULT '',
    series_id        INTEGER REFERENCES series(id) ON DELETE SET NULL,  -- registration goes through a qualification series
    votes_per_person INTEGER NOT NULL,
    version          INTEGER NOT NULL DEFAULT 1,
    created_by       INTEGER REFERENCES users(id) ON DELETE SET NULL,
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL
);
CREATE INDEX meetings_space ON meetings(space_id, starts_at);

CREATE TABLE meeting_topics (
    id          INTEGER PRIMARY KEY,
    meeting_id  INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    title       TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    proposed_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
    created_at  INTEGER NOT NULL,
    session_id  INTEGER REFERENCES meeting_sessions(id) ON DELETE SET NULL  -- set when the topic went into the agenda
);
CREATE INDEX meeting_topics_meeting ON meeting_topics(meeting_id, created_at);

-- One vote per person per topic; each person has meetings.votes_per_person
-- votes per meeting.
CREATE TABLE topic_votes (
    topic_id   INTEGER NOT NULL REFERENCES meeting_topics(id) ON DELETE CASCADE,
    user_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (topic_id, user_id)
);
CREATE INDEX topic_votes_person ON topic_votes(meeting_id, user_id);

CREATE TABLE meeting_sessions (
    id            INTEGER PRIMARY KEY,
    meeting_id    INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    title         TEXT NOT NULL,
    format        TEXT NOT NULL,        -- talk | workshop | world_cafe | case_consultation | best_practice | plenary
    starts_at     INTEGER NOT NULL,
    ends_at       INTEGER NOT NULL,
    room          TEXT NOT NULL DEFAULT '',
    track         TEXT NOT NULL DEFAULT '',
    capacity      INTEGER,               -- NULL: no limit
    description   TEXT NOT NULL DEFAULT '',
    topic_id      INTEGER REFERENCES meeting_topics(id) ON DELETE SET NULL,
    tables        INTEGER,               -- world café
    rounds        INTEGER,               -- world café
    table_hosts   TEXT NOT NULL DEFAULT '',
    case_owner    TEXT NOT NULL DEFAULT '',  -- case consultation
    moderator     TEXT NOT NULL DEFAULT '',
    advisers      TEXT NOT NULL DEFAULT '',
    documentation TEXT NOT NULL DEFAULT '',  -- Markdown: minutes and results after the meeting
    version       INTEGER NOT NULL DEFAULT 1,
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL
);
CREATE INDEX meeting_sessions_meeting ON meeting_sessions(meeting_id, starts_at);

-- A participant's choice among parallel sessions.
CREATE TABLE session_choices (
    session_id INTEGER NOT NULL REFERENCES meeting_sessions(id) ON DELETE CASCADE,
    user_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (session_id, user_id)
);
CREATE INDEX session_choices_person ON session_choices(meeting_id, user_id);

-- Documentation of a session (minutes, photos, results) is kept as files
-- attached to it; they are not in the folder tree.
ALTER TABLE files ADD COLUMN session_id INTEGER REFERENCES meeting_sessions(id) ON DELETE CASCADE;
DROP INDEX files_name;
CREATE UNIQUE INDEX files_name ON files(space_id, COALESCE(folder_id, 0), lower(name))
    WHERE deleted_at IS NULL AND post_id IS NULL AND session_id IS NULL;
CREATE INDEX files_session ON files(session_id) WHERE session_id IS NOT NULL;
