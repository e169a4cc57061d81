-- Following threads and being told of new posts, at once or in a daily
-- digest. Keep in step with ../postgres/0008_space_notifications.sql.

CREATE TABLE thread_follows (
    thread_id  INTEGER NOT NULL REFERENCES threads(id) ON DELETE CASCADE,
    user_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (thread_id, user_id)
);
CREATE INDEX thread_follows_user ON thread_follows(user_id);

-- How a person wants to hear of new posts in threads they follow.
CREATE TABLE notify_prefs (
    user_id        INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    mode           TEXT NOT NULL,         -- immediate | digest | off
    last_digest_at INTEGER
);

-- Posts waiting for a person's next daily digest.
CREATE TABLE digest_items (
    user_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    post_id    INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (user_id, post_id)
);
