-- Network spaces: protected places of a network, a steering group or a
-- working group, with members (whole organisations or single people) and
-- discussions. Keep in step with ../postgres/0007_spaces.sql.

CREATE TABLE spaces (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL,               -- network | steering | working
    description TEXT NOT NULL DEFAULT '',
    listed      INTEGER NOT NULL DEFAULT 0,     -- name and description shown to signed-in people, who may ask to join
    created_by  INTEGER REFERENCES users(id) ON DELETE SET NULL,
    version     INTEGER NOT NULL DEFAULT 1,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
);

-- Exactly one of org_id and user_id is set: an organisation (all its people) or one person.
CREATE TABLE space_members (
    id         INTEGER PRIMARY KEY,
    space_id   INTEGER NOT NULL REFERENCES spaces(id) ON DELETE CASCADE,
    org_id     INTEGER REFERENCES orgs(id) ON DELETE CASCADE,
    user_id    INTEGER REFERENCES users(id) ON DELETE CASCADE,
    role       TEXT NOT NULL,                -- admin | member | reader
    created_at INTEGER NOT NULL,
    CHECK ((org_id IS NULL) <> (user_id IS NULL))
);
CREATE UNIQUE INDEX space_members_org ON space_members(space_id, org_id) WHERE org_id IS NOT NULL;
CREATE UNIQUE INDEX space_members_user ON space_members(space_id, user_id) WHERE user_id IS NOT NULL;
CREATE INDEX space_members_by_org ON space_members(org_id);
CREATE INDEX space_members_by_user ON space_members(user_id);

-- A person asks to join; a space admin accepts or declines.
CREATE TABLE space_requests (
    id         INTEGER PRIMARY KEY,
    space_id   INTEGER NOT NULL REFERENCES spaces(id) ON DELETE CASCADE,
    user_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    message    TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX space_requests_open ON space_requests(space_id, user_id);

-- What a person had seen when they last opened a space's home (for "new
-- since your last visit"): the newest thread, post and member then.
CREATE TABLE space_visits (
    space_id       INTEGER NOT NULL REFERENCES spaces(id) ON DELETE CASCADE,
    user_id        INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    visited_at     INTEGER NOT NULL,
    last_thread_id INTEGER NOT NULL,
    last_post_id   INTEGER NOT NULL,
    last_member_id INTEGER NOT NULL,
    PRIMARY KEY (space_id, user_id)
);

CREATE TABLE threads (
    id           INTEGER PRIMARY KEY,
    space_id     INTEGER NOT NULL REFERENCES spaces(id) ON DELETE CASCADE,
    title        TEXT NOT NULL,
    created_by   INTEGER REFERENCES users(id) ON DELETE SET NULL,
    created_at   INTEGER NOT NULL,
    last_post_at INTEGER NOT NULL,
    posts        INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX threads_space ON threads(space_id, last_post_at);

CREATE TABLE posts (
    id         INTEGER PRIMARY KEY,
    thread_id  INTEGER NOT NULL REFERENCES threads(id) ON DELETE CASCADE,
    space_id   INTEGER NOT NULL REFERENCES spaces(id) ON DELETE CASCADE,
    author_id  INTEGER REFERENCES users(id) ON DELETE SET NULL,
    body       TEXT NOT NULL,                -- Markdown as written; rendered through the sanitiser
    version    INTEGER NOT NULL DEFAULT 1,
    created_at INTEGER NOT NULL,
    edited_at  INTEGER
);
CREATE INDEX posts_thread ON posts(thread_id, created_at);
CREATE INDEX posts_space ON posts(space_id, created_at);

-- Earlier wordings of an edited post.
CREATE TABLE post_revisions (
    id        INTEGER PRIMARY KEY,
    post_id   INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
    body      TEXT NOT NULL,
    edited_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
    edited_at INTEGER NOT NULL           -- when this wording was replaced
);
CREATE INDEX post_revisions_post ON post_revisions(post_id);

-- How far a person has read a thread (for unread markers).
CREATE TABLE thread_reads (
    thread_id INTEGER NOT NULL REFERENCES threads(id) ON DELETE CASCADE,
    user_id   INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    last_post_id INTEGER NOT NULL,  -- the newest post the person has seen
    PRIMARY KEY (thread_id, user_id)
);
