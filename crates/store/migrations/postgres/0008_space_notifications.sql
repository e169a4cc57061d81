-- Following threads and being told of new posts, at once or in a daily
-- digest. Keep in step with ../sqlite/0008_space_notifications.sql.

CREATE TABLE thread_follows (
    thread_id  BIGINT NOT NULL REFERENCES threads(id) ON DELETE CASCADE,
    user_id    BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (thread_id, user_id)
);
CREATE INDEX thread_follows_user ON thread_follows(user_id);

-- How a person wants to hear of new posts in threads they follow.
CREATE TABLE notify_prefs (
    user_id        BIGINT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    mode           TEXT NOT NULL,         -- immediate | digest | off
    last_digest_at BIGINT
);

-- Posts waiting for a person's next daily digest.
CREATE TABLE digest_items (
    user_id    BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    post_id    BIGINT NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (user_id, post_id)
);
