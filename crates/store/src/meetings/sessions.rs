//! The agenda's sessions of a meeting, people's choices among parallel
//! sessions, and each session's documentation.

use domain::meetings::SessionFormat;
use domain::{Flag, Timestamp};
use sqlx::any::AnyArguments;
use sqlx::query::Query;
use sqlx::{Any, Row, Transaction};

use super::for_update;
use crate::audit::{self, AuditEntry};
use crate::db;
use crate::write::{self, Written};
use crate::{Result, Store, StoreError};

/// A session of a meeting's agenda.
#[derive(Debug, Clone, sqlx::FromRow, serde::Serialize)]
pub struct Session {
    pub id: i64,
    pub meeting_id: i64,
    pub title: String,
    pub format: SessionFormat,
    pub starts_at: i64,
    pub ends_at: i64,
    pub room: String,
    pub track: String,
    pub capacity: Option<i64>,
    pub description: String,
    pub topic_id: Option<i64>,
    pub tables: Option<i64>,
    pub rounds: Option<i64>,
    pub table_hosts: String,
    pub case_owner: String,
    pub moderator: String,
    pub advisers: String,
    /// Markdown: minutes and results after the meeting.
    pub documentation: String,
    pub version: i64,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

/// A session in the agenda as one person sees it (its fields are the
/// session's, through `Deref`).
#[derive(Debug, Clone, sqlx::FromRow, serde::Serialize)]
pub struct SessionItem {
    #[sqlx(flatten)]
    #[serde(flatten)]
    pub session: Session,
    /// How many people chose it.
    pub chosen: i64,
    /// The person chose it.
    pub mine: Flag,
}

impl std::ops::Deref for SessionItem {
    type Target = Session;
    fn deref(&self) -> &Session {
        &self.session
    }
}

impl SessionItem {
    /// Whether nobody more can choose it.
    pub fn is_full(&self) -> bool {
        self.capacity.is_some_and(|c| self.chosen >= c)
    }
}

/// What a session form holds once parsed.
#[derive(Debug, Clone)]
pub struct NewSession {
    pub title: String,
    pub format: SessionFormat,
    pub starts_at: i64,
    pub ends_at: i64,
    pub room: String,
    pub track: String,
    pub capacity: Option<i64>,
    pub description: String,
    /// The proposed topic this session takes into the agenda.
    pub topic_id: Option<i64>,
    pub tables: Option<i64>,
    pub rounds: Option<i64>,
    pub table_hosts: String,
    pub case_owner: String,
    pub moderator: String,
    pub advisers: String,
}

const SESSION_COLS: &str = "s.id, s.meeting_id, s.title, s.format, s.starts_at, s.ends_at, s.room, s.track, \
     s.capacity, s.description, s.topic_id, s.tables, s.rounds, s.table_hosts, s.case_owner, s.moderator, \
     s.advisers, s.documentation, s.version, s.created_at, s.updated_at";

/// Puts a topic of `meeting` into the agenda as `session`; `NotFound` when
/// the topic is not one of the meeting's, `Conflict("topic_taken")` when
/// another session already took it.
/// Moves a topic of `meeting` into the agenda as `session`, and records it.
async fn topic_to_session(
    tx: &mut Transaction<'static, Any>,
    (now, actor): (i64, i64),
    meeting: i64,
    topic: i64,
    session: i64,
) -> Result<()> {
    let row: Option<(Option<i64>,)> = db::row(
        &mut **tx,
        "SELECT session_id FROM meeting_topics WHERE id = $1 AND meeting_id = $2",
        (topic, meeting),
    )
    .await?;
    match row {
        None => return Err(StoreError::NotFound),
        Some((Some(other),)) if other != session => return Err(StoreError::Conflict("topic_taken")),
        Some(_) => {}
    }
    db::exec(
        &mut **tx,
        "UPDATE meeting_topics SET session_id = $1 WHERE id = $2",
        (session, topic),
    )
    .await?;
    audit::write(
        tx,
        now,
        &AuditEntry::new(Some(actor), "topic.to_agenda", "topic", topic).detail(format!("session {session}")),
    )
    .await
}

/// Binds a session's fields as `$1`…`$15` (title, format, start, end, room,
/// track, capacity, description, topic, tables, rounds, table hosts, case
/// owner, moderator, advisers), for its INSERT and its UPDATE alike.
fn bind_session<'q>(q: Query<'q, Any, AnyArguments<'q>>, s: &'q NewSession) -> Query<'q, Any, AnyArguments<'q>> {
    q.bind(&s.title)
        .bind(s.format)
        .bind(s.starts_at)
        .bind(s.ends_at)
        .bind(&s.room)
        .bind(&s.track)
        .bind(s.capacity)
        .bind(&s.description)
        .bind(s.topic_id)
        .bind(s.tables)
        .bind(s.rounds)
        .bind(&s.table_hosts)
        .bind(&s.case_owner)
        .bind(&s.moderator)
        .bind(&s.advisers)
}

impl Store {
    /// Adds a session to a meeting's agenda. With `topic_id` the proposed
    /// topic moves into the agenda (`NotFound` when it is not one of the
    /// meeting's topics, `Conflict("topic_taken")` when another session has it).
    pub async fn create_meeting_session(&self, now: i64, actor: i64, meeting: i64, s: &NewSession) -> Result<i64> {
        let mut tx = self.write_tx().await?;
        crate::owner::space_of_meeting(&mut tx, meeting).await?;
        let id: i64 = bind_session(
            sqlx::query(
                "INSERT INTO meeting_sessions (title, format, starts_at, ends_at, room, track, capacity, \
                 description, topic_id, tables, rounds, table_hosts, case_owner, moderator, advisers, meeting_id, \
                 created_at, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $17) RETURNING id",
            ),
            s,
        )
        .bind(meeting)
        .bind(now)
        .fetch_one(&mut *tx)
        .await?
        .try_get(0)?;
        if let Some(topic) = s.topic_id {
            topic_to_session(&mut tx, (now, actor), meeting, topic, id).await?;
        }
        write::commit(tx, now, &AuditEntry::new(Some(actor), "session.create", "session", id)).await?;
        Ok(id)
    }

    /// Updates a session if nobody changed it since `version` was read
    /// (`Stale` otherwise: the second of two editors is told, nothing is
    /// overwritten). A changed `topic_id` moves the topics in and out of the agenda.
    pub async fn update_meeting_session(
        &self,
        now: i64,
        actor: i64,
        id: i64,
        version: i64,
        s: &NewSession,
    ) -> Result<()> {
        let mut tx = self.write_tx().await?;
        let row: Option<(i64, Option<i64>)> = db::row(
            &mut *tx,
            "SELECT meeting_id, topic_id FROM meeting_sessions WHERE id = $1",
            id,
        )
        .await?;
        let Some((meeting, old_topic)) = row else {
            return Err(StoreError::NotFound);
        };
        bind_session(
            sqlx::query(
                "UPDATE meeting_sessions SET title = $1, format = $2, starts_at = $3, ends_at = $4, room = $5, \
                 track = $6, capacity = $7, description = $8, topic_id = $9, tables = $10, rounds = $11, \
                 table_hosts = $12, case_owner = $13, moderator = $14, advisers = $15, version = version + 1, \
                 updated_at = $16 WHERE id = $17 AND version = $18",
            ),
            s,
        )
        .bind(now)
        .bind(id)
        .bind(version)
        .execute(&mut *tx)
        .await?
        .fresh()?;
        if old_topic != s.topic_id {
            db::exec(
                &mut *tx,
                "UPDATE meeting_topics SET session_id = NULL WHERE session_id = $1",
                id,
            )
            .await?;
            if let Some(topic) = s.topic_id {
                topic_to_session(&mut tx, (now, actor), meeting, topic, id).await?;
            }
        }
        write::commit(tx, now, &AuditEntry::new(Some(actor), "session.update", "session", id)).await
    }

    /// Removes a session from the agenda (with people's choices of it); its
    /// topic goes back to the proposals.
    pub async fn delete_meeting_session(&self, now: i64, actor: i64, id: i64) -> Result<()> {
        let mut tx = self.write_tx().await?;
        db::exec(
            &mut *tx,
            "UPDATE meeting_topics SET session_id = NULL WHERE session_id = $1",
            id,
        )
        .await?;
        db::exec(&mut *tx, "DELETE FROM meeting_sessions WHERE id = $1", id)
            .await?
            .found()?;
        write::commit(tx, now, &AuditEntry::new(Some(actor), "session.delete", "session", id)).await
    }

    pub async fn meeting_session(&self, id: i64) -> Result<Option<Session>> {
        self.row(
            &format!("SELECT {SESSION_COLS} FROM meeting_sessions s WHERE s.id = $1"),
            id,
        )
        .await
    }

    /// A meeting's agenda as `user` sees it: by start, track, id.
    pub async fn agenda(&self, meeting: i64, user: i64) -> Result<Vec<SessionItem>> {
        self.rows(
            &format!(
                "SELECT {SESSION_COLS}, \
             (SELECT COUNT(*) FROM session_choices c WHERE c.session_id = s.id) AS chosen, \
             (SELECT COUNT(*) FROM session_choices c WHERE c.session_id = s.id AND c.user_id = $2) AS mine \
             FROM meeting_sessions s WHERE s.meeting_id = $1 ORDER BY s.starts_at, s.track, s.id"
            ),
            (meeting, user),
        )
        .await
    }

    /// Writes a session's documentation (minutes, results) if nobody changed
    /// the session since `version` was read (`Stale` otherwise).
    pub async fn document_session(
        &self,
        now: i64,
        actor: i64,
        id: i64,
        version: i64,
        documentation: &str,
    ) -> Result<()> {
        let mut tx = self.write_tx().await?;
        let written = db::exec(
            &mut *tx,
            "UPDATE meeting_sessions SET documentation = $1, version = version + 1, updated_at = $2 \
             WHERE id = $3 AND version = $4",
            (documentation, now, id, version),
        )
        .await?;
        if let Err(stale) = written.fresh() {
            // a session that is gone is NotFound, one changed meanwhile Stale
            crate::owner::meeting_of_session(&mut tx, id).await?;
            return Err(stale);
        }
        write::commit(
            tx,
            now,
            &AuditEntry::new(Some(actor), "session.document", "session", id),
        )
        .await
    }

    /// A person chooses a session. Their earlier choice among the sessions of
    /// the meeting that overlap this one in time is replaced.
    /// `Conflict("full")` when the session's capacity is reached (the earlier
    /// choice is then kept), `Conflict("not_choosable")` for a session for
    /// everyone (talk, plenary, best practice). Choosing a session again is no change.
    pub async fn choose_session(&self, now: i64, actor: i64, session: i64) -> Result<()> {
        let mut tx = self.write_tx().await?;
        // the session row lock makes parallel choices of it wait for each other
        let row: Option<(i64, i64, i64, Option<i64>, SessionFormat)> = db::row(
            &mut *tx,
            &format!(
                "SELECT meeting_id, starts_at, ends_at, capacity, format FROM meeting_sessions WHERE id = $1{}",
                for_update(self.backend)
            ),
            session,
        )
        .await?;
        let Some((meeting, starts_at, ends_at, capacity, format)) = row else {
            return Err(StoreError::NotFound);
        };
        if !format.choosable() {
            return Err(StoreError::Conflict("not_choosable"));
        }
        let mine = db::number(
            &mut *tx,
            "SELECT COUNT(*) FROM session_choices WHERE session_id = $1 AND user_id = $2",
            (session, actor),
        )
        .await?;
        if mine > 0 {
            return Ok(());
        }
        if let Some(cap) = capacity {
            let taken = db::number(
                &mut *tx,
                "SELECT COUNT(*) FROM session_choices WHERE session_id = $1",
                session,
            )
            .await?;
            if taken >= cap {
                return Err(StoreError::Conflict("full"));
            }
        }
        // the earlier choice among the parallel sessions gives way
        db::exec(
            &mut *tx,
            "DELETE FROM session_choices WHERE user_id = $1 AND meeting_id = $2 AND session_id IN \
             (SELECT o.id FROM meeting_sessions o WHERE o.meeting_id = $2 AND o.id <> $3 \
              AND o.starts_at < $4 AND o.ends_at > $5)",
            (actor, meeting, session, ends_at, starts_at),
        )
        .await?;
        db::exec(
            &mut *tx,
            "INSERT INTO session_choices (session_id, user_id, meeting_id, created_at) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (session_id, user_id) DO NOTHING",
            (session, actor, meeting, now),
        )
        .await?;
        write::commit(
            tx,
            now,
            &AuditEntry::new(Some(actor), "session.choose", "session", session),
        )
        .await
    }

    /// A person takes back their choice of a session (nothing happens when there was none).
    pub async fn unchoose_session(&self, now: i64, actor: i64, session: i64) -> Result<()> {
        self.take_back(
            now,
            actor,
            "session_choices",
            "session_id",
            session,
            ("session.unchoose", "session"),
        )
        .await
    }
}
