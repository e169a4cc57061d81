//! The statements of a person's data export (see [`crate::export`]), one a
//! section, in the order the export lists them. Each is named after its
//! table and after the `personal_…` function of the feature that owns the
//! table; what it binds says which of the person's values stand for `$1`
//! (and `$2`).

/// The values a section's statement binds, in order.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Binds {
    /// `$1`: the account id.
    User,
    /// `$1`: the address.
    Email,
    /// `$1`: the account id, `$2`: the address.
    UserEmail,
    /// `$1`: the address, `$2`: the account id.
    EmailUser,
}

/// One section of the export: a table's rows of one person.
#[derive(Debug)]
pub(crate) struct Section {
    /// The feature it belongs to (`personal_{of}`).
    pub of: &'static str,
    pub table: &'static str,
    pub binds: Binds,
    pub sql: &'static str,
}

use Binds::{Email, EmailUser, User, UserEmail};

pub(crate) const SECTIONS: &[Section] = &[
    Section {
        of: "accounts",
        table: "users",
        binds: User,
        sql: "SELECT id, email, name, locale, platform_admin, status, created_at, updated_at FROM users WHERE id = $1",
    },
    Section {
        of: "accounts",
        table: "memberships",
        binds: User,
        sql: "SELECT m.org_id, o.name AS org_name, m.role, m.created_at FROM memberships m JOIN orgs o ON o.id = m.org_id WHERE m.user_id = $1",
    },
    Section {
        of: "accounts",
        table: "sessions",
        binds: User,
        sql: "SELECT created_at, last_seen_at, expires_at, user_agent FROM sessions WHERE user_id = $1",
    },
    Section {
        of: "accounts",
        table: "consents",
        binds: User,
        sql: "SELECT kind, version, at FROM consents WHERE user_id = $1",
    },
    Section {
        of: "accounts",
        table: "password_resets",
        binds: User,
        sql: "SELECT created_at, expires_at, used_at FROM password_resets WHERE user_id = $1",
    },
    Section {
        of: "invitations",
        table: "invitations",
        binds: UserEmail,
        sql: "SELECT org_id, role, locale, created_at, expires_at, used_at, CASE WHEN email = $2 THEN email ELSE '' END AS email FROM invitations WHERE email = $2 OR invited_by = $1",
    },
    Section {
        of: "audit",
        table: "audit_log",
        binds: UserEmail,
        sql: "SELECT id, at, actor_id, action, object_kind, object_id, org_id, detail FROM audit_log WHERE actor_id = $1 OR (object_kind = 'user' AND object_id = CAST($1 AS TEXT)) OR (object_kind = 'registration' AND object_id IN (SELECT CAST(id AS TEXT) FROM registrations WHERE user_id = $1 OR email = $2)) ORDER BY id",
    },
    Section {
        of: "outbox",
        table: "outbox",
        binds: Email,
        sql: "SELECT id, to_addr, to_name, subject, body, locale, kind, created_at, status, sent_at FROM outbox WHERE to_addr = $1 ORDER BY id",
    },
    Section {
        of: "site",
        table: "barrier_reports",
        binds: Email,
        sql: "SELECT id, at, page, description, email, status FROM barrier_reports WHERE email = $1",
    },
    Section {
        of: "site",
        table: "site_texts",
        binds: User,
        sql: "SELECT key, locale, updated_at FROM site_texts WHERE updated_by = $1",
    },
    Section {
        of: "registrations",
        table: "registrations",
        binds: UserEmail,
        sql: "SELECT r.id, r.series_id, (SELECT MIN(t.title) FROM series_texts t WHERE t.series_id = r.series_id) AS series_title, r.name, r.email, r.affiliation, r.target_group, r.locale, r.status, r.source, r.consent_at, r.created_at, r.confirmed_at, r.queued_at, r.cancelled_at, r.expires_at FROM registrations r WHERE r.user_id = $1 OR r.email = $2 ORDER BY r.id",
    },
    Section {
        of: "attendance",
        table: "attendance",
        binds: UserEmail,
        sql: "SELECT a.registration_id, a.module_id, m.title AS module_title, m.starts_at, a.status, a.via, a.marked_at FROM attendance a JOIN registrations r ON r.id = a.registration_id JOIN modules m ON m.id = a.module_id WHERE r.user_id = $1 OR r.email = $2 ORDER BY m.starts_at",
    },
    Section {
        of: "attendance",
        table: "attendance_scans",
        binds: User,
        sql: "SELECT module_id, filename, content_type, size, sha256, uploaded_at FROM attendance_scans WHERE uploaded_by = $1",
    },
    Section {
        of: "certificates",
        table: "certificates",
        binds: UserEmail,
        sql: "SELECT c.code, c.registration_id, c.series_id, CASE WHEN r.user_id = $1 OR r.email = $2 THEN c.participant ELSE '' END AS participant, CASE WHEN r.user_id = $1 OR r.email = $2 THEN c.content ELSE '' END AS content, c.issued_at, c.revoked_at, c.revoke_reason FROM certificates c JOIN registrations r ON r.id = c.registration_id WHERE r.user_id = $1 OR r.email = $2 OR c.issued_by = $1 OR c.revoked_by = $1 ORDER BY c.id",
    },
    Section {
        of: "calendar",
        table: "calendar_feeds",
        binds: User,
        sql: "SELECT created_at FROM calendar_feeds WHERE user_id = $1",
    },
    Section {
        of: "calendar",
        table: "module_reminders",
        binds: UserEmail,
        sql: "SELECT x.module_id, x.registration_id, x.sent_at FROM module_reminders x JOIN registrations r ON r.id = x.registration_id WHERE r.user_id = $1 OR r.email = $2",
    },
    Section {
        of: "feedback",
        table: "feedback_invites",
        binds: UserEmail,
        sql: "SELECT x.module_id, x.registration_id, x.sent_at, x.used_at FROM feedback_invites x JOIN registrations r ON r.id = x.registration_id WHERE r.user_id = $1 OR r.email = $2",
    },
    Section {
        of: "speakers",
        table: "speakers",
        binds: UserEmail,
        sql: "SELECT id, owner_org, name, email, affiliation, bio, topics, languages, created_at, updated_at FROM speakers WHERE user_id = $1 OR email = $2",
    },
    Section {
        of: "speakers",
        table: "speaker_requests",
        binds: UserEmail,
        sql: "SELECT q.id, q.module_id, q.speaker_id, q.status, q.message, q.deadline, q.asked_at, q.answered_at FROM speaker_requests q WHERE q.asked_by = $1 OR q.speaker_id IN (SELECT id FROM speakers WHERE user_id = $1 OR email = $2)",
    },
    Section {
        of: "spaces",
        table: "spaces",
        binds: User,
        sql: "SELECT id, name, kind, created_at FROM spaces WHERE created_by = $1",
    },
    Section {
        of: "space_members",
        table: "space_members",
        binds: User,
        sql: "SELECT m.space_id, s.name AS space_name, m.role, m.created_at FROM space_members m JOIN spaces s ON s.id = m.space_id WHERE m.user_id = $1",
    },
    Section {
        of: "space_members",
        table: "space_requests",
        binds: User,
        sql: "SELECT q.space_id, s.name AS space_name, q.message, q.created_at FROM space_requests q JOIN spaces s ON s.id = q.space_id WHERE q.user_id = $1",
    },
    Section {
        of: "space_invitations",
        table: "space_invitations",
        binds: EmailUser,
        sql: "SELECT i.space_id, s.name AS space_name, CASE WHEN i.email = $1 THEN i.email END AS email, \
                 i.role, i.state, CASE WHEN i.invited_by = $2 THEN 'sent' ELSE 'received' END AS direction, \
                 i.created_at, i.expires_at, i.answered_at \
                 FROM space_invitations i JOIN spaces s ON s.id = i.space_id \
                 WHERE i.email = $1 OR i.invited_by = $2 ORDER BY i.id",
    },
    Section {
        of: "discussions",
        table: "threads",
        binds: User,
        sql: "SELECT id, space_id, title, created_at FROM threads WHERE created_by = $1",
    },
    Section {
        of: "discussions",
        table: "posts",
        binds: User,
        sql: "SELECT id, thread_id, space_id, body, version, created_at, edited_at FROM posts WHERE author_id = $1 ORDER BY id",
    },
    Section {
        of: "discussions",
        table: "post_revisions",
        binds: User,
        sql: "SELECT id, post_id, body, edited_at FROM post_revisions WHERE edited_by = $1 OR post_id IN (SELECT id FROM posts WHERE author_id = $1) ORDER BY id",
    },
    Section {
        of: "discussions",
        table: "thread_reads",
        binds: User,
        sql: "SELECT thread_id, last_post_id FROM thread_reads WHERE user_id = $1",
    },
    Section {
        of: "notifications",
        table: "thread_follows",
        binds: User,
        sql: "SELECT thread_id, created_at FROM thread_follows WHERE user_id = $1",
    },
    Section {
        of: "notifications",
        table: "notify_prefs",
        binds: User,
        sql: "SELECT mode, last_digest_at FROM notify_prefs WHERE user_id = $1",
    },
    Section {
        of: "notifications",
        table: "digest_items",
        binds: User,
        sql: "SELECT post_id, created_at FROM digest_items WHERE user_id = $1",
    },
    Section {
        of: "notifications",
        table: "space_visits",
        binds: User,
        sql: "SELECT space_id, visited_at FROM space_visits WHERE user_id = $1",
    },
    Section {
        of: "files",
        table: "folders",
        binds: User,
        sql: "SELECT id, space_id, parent_id, name, created_at FROM folders WHERE created_by = $1",
    },
    Section {
        of: "files",
        table: "files",
        binds: User,
        sql: "SELECT id, space_id, folder_id, name, created_at, updated_at, deleted_at FROM files WHERE created_by = $1 OR deleted_by = $1",
    },
    Section {
        of: "files",
        table: "file_versions",
        binds: User,
        sql: "SELECT v.file_id, f.name, v.version, v.size, v.sha256, v.content_type, v.space_id, f.folder_id, v.created_at FROM file_versions v JOIN files f ON f.id = v.file_id WHERE v.uploaded_by = $1 ORDER BY v.id",
    },
    Section {
        of: "meetings",
        table: "meetings",
        binds: User,
        sql: "SELECT id, space_id, title, created_at FROM meetings WHERE created_by = $1",
    },
    Section {
        of: "meetings",
        table: "meeting_topics",
        binds: User,
        sql: "SELECT id, meeting_id, title, description, created_at FROM meeting_topics WHERE proposed_by = $1",
    },
    Section {
        of: "meetings",
        table: "topic_votes",
        binds: User,
        sql: "SELECT topic_id, meeting_id, created_at FROM topic_votes WHERE user_id = $1",
    },
    Section {
        of: "meetings",
        table: "session_choices",
        binds: User,
        sql: "SELECT session_id, meeting_id, created_at FROM session_choices WHERE user_id = $1",
    },
    Section {
        of: "leitbild",
        table: "leitbild_processes",
        binds: User,
        sql: "SELECT p.id, p.title, o.name AS org_name, p.created_at FROM leitbild_processes p JOIN orgs o ON o.id = p.org_id WHERE p.created_by = $1",
    },
    Section {
        of: "leitbild",
        table: "leitbild_team",
        binds: User,
        sql: "SELECT t.process_id, p.title, t.created_at FROM leitbild_team t JOIN leitbild_processes p ON p.id = t.process_id WHERE t.user_id = $1",
    },
    Section {
        of: "leitbild",
        table: "leitbild_people",
        binds: Email,
        sql: "SELECT x.process_id, p.title, x.name, x.email, x.function, COALESCE(d.name, '') AS department, x.leader, x.created_at \
              FROM leitbild_people x JOIN leitbild_processes p ON p.id = x.process_id \
              LEFT JOIN leitbild_departments d ON d.id = x.department_id WHERE x.email = $1",
    },
    Section {
        of: "leitbild",
        table: "leitbild_rounds",
        binds: User,
        sql: "SELECT r.id, r.process_id, p.title, r.opens_at, r.closes_at, r.created_at FROM leitbild_rounds r \
              JOIN leitbild_processes p ON p.id = r.process_id WHERE r.created_by = $1",
    },
    Section {
        of: "leitbild",
        table: "leitbild_surveys",
        binds: User,
        sql: "SELECT s.id, s.process_id, p.title, s.opens_at, s.closes_at, s.created_at FROM leitbild_surveys s \
              JOIN leitbild_processes p ON p.id = s.process_id WHERE s.created_by = $1",
    },
    Section {
        of: "leitbild",
        table: "leitbild_comments",
        binds: UserEmail,
        sql: "SELECT c.id, r.process_id, c.target, c.body, c.proposal, c.answer, c.reason, c.created_at, c.answered_at, \
                     CASE WHEN c.answered_by = $1 THEN 1 ELSE 0 END AS answered_by_you \
              FROM leitbild_comments c JOIN leitbild_rounds r ON r.id = c.round_id \
              WHERE c.answered_by = $1 OR c.person_id IN (SELECT id FROM leitbild_people WHERE email = $2 AND email <> '')",
    },
    Section {
        of: "leitbild",
        table: "leitbild_versions",
        binds: User,
        sql: "SELECT v.process_id, p.title, v.number, v.slogan, v.created_at FROM leitbild_versions v \
              JOIN leitbild_processes p ON p.id = v.process_id WHERE v.created_by = $1",
    },
    Section {
        of: "leitbild",
        table: "measures",
        binds: UserEmail,
        sql: "SELECT m.id, m.leitbild_process_id, p.title AS process, m.title, m.owner_name, m.owner_email, m.month, m.status, \
              m.evidence, m.reminded_at, m.created_at, m.updated_at FROM measures m \
              LEFT JOIN leitbild_processes p ON p.id = m.leitbild_process_id WHERE m.created_by = $1 OR m.owner_email = $2",
    },
    Section {
        of: "openness",
        table: "openness_sets",
        binds: User,
        sql: "SELECT s.id, s.family, s.number, s.created_at FROM openness_sets s WHERE s.created_by = $1",
    },
    Section {
        of: "openness",
        table: "openness_waves",
        binds: User,
        sql: "SELECT w.id, o.name AS org_name, w.title, w.opens_at, w.closes_at, w.created_at FROM openness_waves w \
              JOIN orgs o ON o.id = w.org_id WHERE w.created_by = $1",
    },
    Section {
        of: "openness",
        table: "openness_raters",
        binds: EmailUser,
        sql: "SELECT r.wave_id, w.title, g.name AS group_name, r.name, r.email, r.submitted, r.created_at \
              FROM openness_raters r JOIN openness_waves w ON w.id = r.wave_id JOIN openness_groups g ON g.id = r.group_id \
              WHERE (r.email = $1 AND r.email <> '') OR r.user_id = $2",
    },
    Section {
        of: "leitbild",
        table: "leitbild_signoffs",
        binds: Email,
        sql: "SELECT x.process_id, p.title, v.number, s.signed_at FROM leitbild_signoffs s \
              JOIN leitbild_people x ON x.id = s.person_id JOIN leitbild_versions v ON v.id = s.version_id \
              JOIN leitbild_processes p ON p.id = x.process_id WHERE x.email = $1",
    },
];
