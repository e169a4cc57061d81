-- Calendars and reminders: the secret calendar feed of a signed-in person,
-- and which reminder mails before a module have gone out.
-- Keep in step with ../sqlite/0004_calendar_feeds.sql.

CREATE TABLE calendar_feeds (
    user_id    BIGINT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    token      TEXT NOT NULL UNIQUE,   -- in the feed's address; replaced when the person asks
    created_at BIGINT NOT NULL
);

-- One row per reminder sent; inserted before the mail is queued, in the same
-- transaction, so two nodes running the reminder task never send twice.
CREATE TABLE module_reminders (
    module_id       BIGINT NOT NULL REFERENCES modules(id) ON DELETE CASCADE,
    registration_id BIGINT NOT NULL REFERENCES registrations(id) ON DELETE CASCADE,
    sent_at         BIGINT NOT NULL,
    PRIMARY KEY (module_id, registration_id)
);
CREATE INDEX module_reminders_registration ON module_reminders(registration_id);
