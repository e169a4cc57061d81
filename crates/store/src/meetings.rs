//! The Ideenwerkstatt, the half-yearly network meeting of a space: member
//! organisations willing to host and the hosting history, meetings, topics
//! people propose and vote on, the agenda's sessions (a topic moves into the
//! agenda as a session), people's choices among parallel sessions, and the
//! documentation of each session afterwards.

use domain::meetings::{HostCandidate, SessionFormat};
use sqlx::{Any, Transaction};

use crate::audit::{self, AuditEntry};
use crate::{flag, Backend, Result, Store, StoreError};

/// A member organisation of a space as a possible host.
#[derive(Debug, Clone, sqlx::FromRow, serde::Serialize)]
pub struct HostRow {
    pub org_id: i64,
    pub name: String,
    /// 1 when the organisation said it is willing to host.
    pub willing: i64,
    pub note: String,
    /// Start of the last meeting it hosted before `now`.
    pub last_hosted: Option<i64>,
    /// Meetings it hosted before `now`.
    pub times_hosted: i64,
}

impl HostRow {
    pub fn is_willing(&self) -> bool {
        self.willing != 0
    }
    pub fn candidate(&self) -> HostCandidate {
        HostCandidate {
            org_id: self.org_id,
            name: self.name.clone(),
            last_hosted: self.last_hosted,
        }
    }
}

/// The willing organisation whose turn to host is longest overdue (see
/// [`domain::meetings::propose_host`]).
pub fn propose_host(rows: &[HostRow]) -> Option<i64> {
    let willing: Vec<HostCandidate> = rows.iter().filter(|r| r.is_willing()).map(HostRow::candidate).collect();
    domain::meetings::propose_host(&willing)
}

/// A line of a space's hosting history.
#[derive(Debug, Clone, sqlx::FromRow, serde::Serialize)]
pub struct HostingEntry {
    pub meeting_id: i64,
    pub title: String,
    pub starts_at: i64,
    pub host_org_id: Option<i64>,
    /// The hosting organisation's name.
    pub host: Option<String>,
    pub proposed_host_id: Option<i64>,
    /// The name of the organisation whose turn it was.
    pub proposed: Option<String>,
    pub swap_note: String,
}

impl HostingEntry {
    /// Whether another organisation hosted than the one proposed.
    pub fn is_swap(&self) -> bool {
        self.proposed_host_id.is_some() && self.proposed_host_id != self.host_org_id
    }
}

#[derive(Debug, Clone, sqlx::FromRow, serde::Serialize)]
pub struct Meeting {
    pub id: i64,
    pub space_id: i64,
    pub title: String,
    pub starts_at: i64,
    pub ends_at: i64,
    pub venue: String,
    pub host_org_id: Option<i64>,
    /// The hosting organisation's name.
    pub host_name: Option<String>,
    pub proposed_host_id: Option<i64>,
    /// The proposed host's name.
    pub proposed_host_name: Option<String>,
    pub swap_note: String,
    /// The qualification series people register through.
    pub series_id: Option<i64>,
    pub votes_per_person: i64,
    pub version: i64,
    pub created_by: Option<i64>,
    pub created_at: i64,
    pub updated_at: i64,
}

/// What a meeting form holds once parsed.
#[derive(Debug, Clone)]
pub struct NewMeeting {
    pub title: String,
    pub starts_at: i64,
    pub ends_at: i64,
    pub venue: String,
    pub host_org_id: Option<i64>,
    pub proposed_host_id: Option<i64>,
    pub swap_note: String,
    pub votes_per_person: i64,
    pub series_id: Option<i64>,
}

const MEETING_SELECT: &str = "SELECT g.id, g.space_id, g.title, g.starts_at, g.ends_at, g.venue, g.host_org_id, \
     h.name AS host_name, g.proposed_host_id, p.name AS proposed_host_name, g.swap_note, g.series_id, \
     g.votes_per_person, g.version, g.created_by, g.created_at, g.updated_at \
     FROM meetings g LEFT JOIN orgs h ON h.id = g.host_org_id LEFT JOIN orgs p ON p.id = g.proposed_host_id";

/// A proposed topic as one person sees it.
#[derive(Debug, Clone, sqlx::FromRow, serde::Serialize)]
pub struct TopicItem {
    pub id: i64,
    pub meeting_id: i64,
    pub title: String,
    pub description: String,
    pub proposed_by: Option<i64>,
    /// The proposer's name (empty when their account is gone).
    pub proposer: String,
    pub votes: i64,
    /// 1 when the person voted for it.
    pub mine: i64,
    /// The session it went into (in the agenda).
    pub session_id: Option<i64>,
    pub created_at: i64,
}

/// Topics with their votes; `$2` is the person looking.
const TOPIC_SELECT: &str = "SELECT t.id, t.meeting_id, t.title, t.description, t.proposed_by, \
     COALESCE(u.name, '') AS proposer, \
     (SELECT COUNT(*) FROM topic_votes v WHERE v.topic_id = t.id) AS votes, \
     (SELECT COUNT(*) FROM topic_votes v WHERE v.topic_id = t.id AND v.user_id = $2) AS mine, \
     t.session_id, t.created_at \
     FROM meeting_topics t LEFT JOIN users u ON u.id = t.proposed_by";

/// A session of a meeting's agenda.
#[derive(Debug, Clone, sqlx::FromRow, serde::Serialize)]
pub struct Session {
    pub id: i64,
    pub meeting_id: i64,
    pub title: String,
    /// A [`SessionFormat`] code.
    pub format: String,
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
    pub created_at: i64,
    pub updated_at: i64,
}

impl Session {
    pub fn format(&self) -> Option<SessionFormat> {
        SessionFormat::parse(&self.format).ok()
    }
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
    /// 1 when the person chose it.
    pub mine: i64,
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

/// ` FOR UPDATE` on PostgreSQL (a row lock until the transaction ends);
/// nothing on SQLite, whose write transactions are serial anyway.
fn for_update(backend: Backend) -> &'static str {
    match backend {
        Backend::Postgres => " FOR UPDATE",
        Backend::Sqlite => "",
    }
}

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
    let row: Option<(Option<i64>,)> =
        sqlx::query_as("SELECT session_id FROM meeting_topics WHERE id = $1 AND meeting_id = $2")
            .bind(topic)
            .bind(meeting)
            .fetch_optional(&mut **tx)
            .await?;
    match row {
        None => return Err(StoreError::NotFound),
        Some((Some(other),)) if other != session => return Err(StoreError::Conflict("topic_taken")),
        Some(_) => {}
    }
    sqlx::query("UPDATE meeting_topics SET session_id = $1 WHERE id = $2")
        .bind(session)
        .bind(topic)
        .execute(&mut **tx)
        .await?;
    audit::write(
        tx,
        now,
        &AuditEntry::new(Some(actor), "topic.to_agenda", "topic", topic).detail(format!("session {session}")),
    )
    .await
}

impl Store {
    // ---- hosts -------------------------------------------------------------

    /// A member organisation says whether it is willing to host the space's
    /// meetings. `NotFound` when the organisation is not a member of the space.
    pub async fn set_host_willing(
        &self,
        now: i64,
        actor: i64,
        space: i64,
        org: i64,
        willing: bool,
        note: &str,
    ) -> Result<()> {
        let mut tx = self.write_tx().await?;
        let member: Option<(i64,)> = sqlx::query_as("SELECT id FROM space_members WHERE space_id = $1 AND org_id = $2")
            .bind(space)
            .bind(org)
            .fetch_optional(&mut *tx)
            .await?;
        if member.is_none() {
            return Err(StoreError::NotFound);
        }
        sqlx::query(
            "INSERT INTO space_hosts (space_id, org_id, willing, note) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (space_id, org_id) DO UPDATE SET willing = excluded.willing, note = excluded.note",
        )
        .bind(space)
        .bind(org)
        .bind(flag(willing))
        .bind(note)
        .execute(&mut *tx)
        .await?;
        audit::write(
            &mut tx,
            now,
            &AuditEntry::new(Some(actor), "meeting.host", "space", space)
                .org(Some(org))
                .detail(if willing { "willing" } else { "not_willing" }),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Every member organisation of a space with its willingness to host and
    /// its hosting history (meetings that started before `now`), by name.
    pub async fn host_candidates(&self, space: i64, now: i64) -> Result<Vec<HostRow>> {
        Ok(sqlx::query_as::<_, HostRow>(
            "SELECT o.id AS org_id, o.name, COALESCE(h.willing, 0) AS willing, COALESCE(h.note, '') AS note, \
             (SELECT MAX(g.starts_at) FROM meetings g \
                WHERE g.space_id = $1 AND g.host_org_id = o.id AND g.starts_at < $2) AS last_hosted, \
             (SELECT COUNT(*) FROM meetings g \
                WHERE g.space_id = $1 AND g.host_org_id = o.id AND g.starts_at < $2) AS times_hosted \
             FROM space_members m JOIN orgs o ON o.id = m.org_id \
             LEFT JOIN space_hosts h ON h.space_id = m.space_id AND h.org_id = m.org_id \
             WHERE m.space_id = $1 ORDER BY o.name, o.id",
        )
        .bind(space)
        .bind(now)
        .fetch_all(&self.pool)
        .await?)
    }

    /// The meetings of a space that have a host, newest first; where the host
    /// is not the proposed organisation it was a swap (see
    /// [`HostingEntry::is_swap`]). Planned meetings are included; compare
    /// `starts_at` with the clock to tell them apart.
    pub async fn hosting_history(&self, space: i64) -> Result<Vec<HostingEntry>> {
        Ok(sqlx::query_as::<_, HostingEntry>(
            "SELECT g.id AS meeting_id, g.title, g.starts_at, g.host_org_id, h.name AS host, \
             g.proposed_host_id, p.name AS proposed, g.swap_note \
             FROM meetings g LEFT JOIN orgs h ON h.id = g.host_org_id LEFT JOIN orgs p ON p.id = g.proposed_host_id \
             WHERE g.space_id = $1 AND g.host_org_id IS NOT NULL ORDER BY g.starts_at DESC, g.id DESC",
        )
        .bind(space)
        .fetch_all(&self.pool)
        .await?)
    }

    // ---- meetings ----------------------------------------------------------

    pub async fn create_meeting(&self, now: i64, actor: i64, space: i64, m: &NewMeeting) -> Result<i64> {
        let mut tx = self.write_tx().await?;
        let (id,): (i64,) = sqlx::query_as(
            "INSERT INTO meetings (space_id, title, starts_at, ends_at, venue, host_org_id, proposed_host_id, \
             swap_note, series_id, votes_per_person, created_by, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12) RETURNING id",
        )
        .bind(space)
        .bind(&m.title)
        .bind(m.starts_at)
        .bind(m.ends_at)
        .bind(&m.venue)
        .bind(m.host_org_id)
        .bind(m.proposed_host_id)
        .bind(&m.swap_note)
        .bind(m.series_id)
        .bind(m.votes_per_person)
        .bind(actor)
        .bind(now)
        .fetch_one(&mut *tx)
        .await?;
        audit::write(
            &mut tx,
            now,
            &AuditEntry::new(Some(actor), "meeting.create", "meeting", id).detail(format!("space {space}")),
        )
        .await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Updates a meeting if nobody changed it since `version` was read
    /// (`Stale` otherwise).
    pub async fn update_meeting(&self, now: i64, actor: i64, id: i64, version: i64, m: &NewMeeting) -> Result<()> {
        let mut tx = self.write_tx().await?;
        let n = sqlx::query(
            "UPDATE meetings SET title = $1, starts_at = $2, ends_at = $3, venue = $4, host_org_id = $5, \
             proposed_host_id = $6, swap_note = $7, series_id = $8, votes_per_person = $9, version = version + 1, \
             updated_at = $10 WHERE id = $11 AND version = $12",
        )
        .bind(&m.title)
        .bind(m.starts_at)
        .bind(m.ends_at)
        .bind(&m.venue)
        .bind(m.host_org_id)
        .bind(m.proposed_host_id)
        .bind(&m.swap_note)
        .bind(m.series_id)
        .bind(m.votes_per_person)
        .bind(now)
        .bind(id)
        .bind(version)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if n == 0 {
            crate::owner::space_of_meeting(&mut tx, id).await?;
            return Err(StoreError::Stale);
        }
        audit::write(
            &mut tx,
            now,
            &AuditEntry::new(Some(actor), "meeting.update", "meeting", id),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn meeting(&self, id: i64) -> Result<Option<Meeting>> {
        Ok(
            sqlx::query_as::<_, Meeting>(&format!("{MEETING_SELECT} WHERE g.id = $1"))
                .bind(id)
                .fetch_optional(&self.pool)
                .await?,
        )
    }

    /// A space's meetings, newest first.
    pub async fn meetings_of_space(&self, space: i64) -> Result<Vec<Meeting>> {
        Ok(sqlx::query_as::<_, Meeting>(&format!(
            "{MEETING_SELECT} WHERE g.space_id = $1 ORDER BY g.starts_at DESC, g.id DESC"
        ))
        .bind(space)
        .fetch_all(&self.pool)
        .await?)
    }

    /// The space's meeting that is running at `now` or comes next.
    pub async fn next_meeting(&self, space: i64, now: i64) -> Result<Option<Meeting>> {
        Ok(sqlx::query_as::<_, Meeting>(&format!(
            "{MEETING_SELECT} WHERE g.space_id = $1 AND g.ends_at > $2 ORDER BY g.starts_at, g.id LIMIT 1"
        ))
        .bind(space)
        .bind(now)
        .fetch_optional(&self.pool)
        .await?)
    }

    // ---- topics ------------------------------------------------------------

    /// A person proposes a topic for a meeting.
    pub async fn propose_topic(
        &self,
        now: i64,
        actor: i64,
        meeting: i64,
        title: &str,
        description: &str,
    ) -> Result<i64> {
        let mut tx = self.write_tx().await?;
        crate::owner::space_of_meeting(&mut tx, meeting).await?;
        let (id,): (i64,) = sqlx::query_as(
            "INSERT INTO meeting_topics (meeting_id, title, description, proposed_by, created_at) \
             VALUES ($1, $2, $3, $4, $5) RETURNING id",
        )
        .bind(meeting)
        .bind(title)
        .bind(description)
        .bind(actor)
        .bind(now)
        .fetch_one(&mut *tx)
        .await?;
        audit::write(
            &mut tx,
            now,
            &AuditEntry::new(Some(actor), "topic.propose", "topic", id),
        )
        .await?;
        tx.commit().await?;
        Ok(id)
    }

    /// A meeting's topics as `user` sees them: most votes first, then oldest.
    pub async fn topics(&self, meeting: i64, user: i64) -> Result<Vec<TopicItem>> {
        Ok(sqlx::query_as::<_, TopicItem>(&format!(
            "{TOPIC_SELECT} WHERE t.meeting_id = $1 ORDER BY votes DESC, t.created_at, t.id"
        ))
        .bind(meeting)
        .bind(user)
        .fetch_all(&self.pool)
        .await?)
    }

    /// One topic as `user` sees it.
    pub async fn topic(&self, id: i64, user: i64) -> Result<Option<TopicItem>> {
        Ok(
            sqlx::query_as::<_, TopicItem>(&format!("{TOPIC_SELECT} WHERE t.id = $1"))
                .bind(id)
                .bind(user)
                .fetch_optional(&self.pool)
                .await?,
        )
    }

    /// How many of their votes in a meeting a person has given.
    pub async fn votes_used(&self, meeting: i64, user: i64) -> Result<i64> {
        let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM topic_votes WHERE meeting_id = $1 AND user_id = $2")
            .bind(meeting)
            .bind(user)
            .fetch_one(&self.pool)
            .await?;
        Ok(n)
    }

    /// A person votes for a topic: `Conflict("voted")` when they already
    /// did, `Conflict("votes")` when they have no votes left in the meeting.
    pub async fn vote(&self, now: i64, actor: i64, topic: i64) -> Result<()> {
        let mut tx = self.write_tx().await?;
        let row: Option<(i64,)> = sqlx::query_as("SELECT meeting_id FROM meeting_topics WHERE id = $1")
            .bind(topic)
            .fetch_optional(&mut *tx)
            .await?;
        let Some((meeting,)) = row else {
            return Err(StoreError::NotFound);
        };
        // the meeting row lock makes a person's parallel votes wait for each other
        let (allowance,): (i64,) = sqlx::query_as(&format!(
            "SELECT votes_per_person FROM meetings WHERE id = $1{}",
            for_update(self.backend)
        ))
        .bind(meeting)
        .fetch_one(&mut *tx)
        .await?;
        let (already,): (i64,) =
            sqlx::query_as("SELECT COUNT(*) FROM topic_votes WHERE topic_id = $1 AND user_id = $2")
                .bind(topic)
                .bind(actor)
                .fetch_one(&mut *tx)
                .await?;
        if already > 0 {
            return Err(StoreError::Conflict("voted"));
        }
        let (used,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM topic_votes WHERE meeting_id = $1 AND user_id = $2")
            .bind(meeting)
            .bind(actor)
            .fetch_one(&mut *tx)
            .await?;
        if used >= allowance {
            return Err(StoreError::Conflict("votes"));
        }
        sqlx::query("INSERT INTO topic_votes (topic_id, user_id, meeting_id, created_at) VALUES ($1, $2, $3, $4)")
            .bind(topic)
            .bind(actor)
            .bind(meeting)
            .bind(now)
            .execute(&mut *tx)
            .await
            .map_err(|e| crate::conflict_on_unique(e, "voted"))?;
        audit::write(
            &mut tx,
            now,
            &AuditEntry::new(Some(actor), "topic.vote", "topic", topic),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// A person takes back their vote for a topic (nothing happens when there was none).
    pub async fn unvote(&self, now: i64, actor: i64, topic: i64) -> Result<()> {
        self.take_back(now, actor, "topic_votes", "topic_id", topic, ("topic.unvote", "topic"))
            .await
    }

    /// Deletes the person's own row of `table` for `id` (a vote, a choice)
    /// and records it, if there was one.
    async fn take_back(
        &self,
        now: i64,
        actor: i64,
        table: &str,
        column: &str,
        id: i64,
        (action, kind): (&'static str, &'static str),
    ) -> Result<()> {
        let mut tx = self.write_tx().await?;
        let n = sqlx::query(&format!("DELETE FROM {table} WHERE {column} = $1 AND user_id = $2"))
            .bind(id)
            .bind(actor)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        if n > 0 {
            audit::write(&mut tx, now, &AuditEntry::new(Some(actor), action, kind, id)).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    // ---- sessions ----------------------------------------------------------

    /// Adds a session to a meeting's agenda. With `topic_id` the proposed
    /// topic moves into the agenda (`NotFound` when it is not one of the
    /// meeting's topics, `Conflict("topic_taken")` when another session has it).
    pub async fn create_meeting_session(&self, now: i64, actor: i64, meeting: i64, s: &NewSession) -> Result<i64> {
        let mut tx = self.write_tx().await?;
        crate::owner::space_of_meeting(&mut tx, meeting).await?;
        let (id,): (i64,) = sqlx::query_as(
            "INSERT INTO meeting_sessions (meeting_id, title, format, starts_at, ends_at, room, track, capacity, \
             description, topic_id, tables, rounds, table_hosts, case_owner, moderator, advisers, created_at, \
             updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $17) RETURNING id",
        )
        .bind(meeting)
        .bind(&s.title)
        .bind(s.format.code())
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
        .bind(now)
        .fetch_one(&mut *tx)
        .await?;
        if let Some(topic) = s.topic_id {
            topic_to_session(&mut tx, (now, actor), meeting, topic, id).await?;
        }
        audit::write(
            &mut tx,
            now,
            &AuditEntry::new(Some(actor), "session.create", "session", id),
        )
        .await?;
        tx.commit().await?;
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
        let row: Option<(i64, Option<i64>)> =
            sqlx::query_as("SELECT meeting_id, topic_id FROM meeting_sessions WHERE id = $1")
                .bind(id)
                .fetch_optional(&mut *tx)
                .await?;
        let Some((meeting, old_topic)) = row else {
            return Err(StoreError::NotFound);
        };
        let n = sqlx::query(
            "UPDATE meeting_sessions SET title = $1, format = $2, starts_at = $3, ends_at = $4, room = $5, \
             track = $6, capacity = $7, description = $8, topic_id = $9, tables = $10, rounds = $11, \
             table_hosts = $12, case_owner = $13, moderator = $14, advisers = $15, version = version + 1, \
             updated_at = $16 WHERE id = $17 AND version = $18",
        )
        .bind(&s.title)
        .bind(s.format.code())
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
        .bind(now)
        .bind(id)
        .bind(version)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if n == 0 {
            return Err(StoreError::Stale);
        }
        if old_topic != s.topic_id {
            sqlx::query("UPDATE meeting_topics SET session_id = NULL WHERE session_id = $1")
                .bind(id)
                .execute(&mut *tx)
                .await?;
            if let Some(topic) = s.topic_id {
                topic_to_session(&mut tx, (now, actor), meeting, topic, id).await?;
            }
        }
        audit::write(
            &mut tx,
            now,
            &AuditEntry::new(Some(actor), "session.update", "session", id),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Removes a session from the agenda (with people's choices of it); its
    /// topic goes back to the proposals.
    pub async fn delete_meeting_session(&self, now: i64, actor: i64, id: i64) -> Result<()> {
        let mut tx = self.write_tx().await?;
        sqlx::query("UPDATE meeting_topics SET session_id = NULL WHERE session_id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        let n = sqlx::query("DELETE FROM meeting_sessions WHERE id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        if n == 0 {
            return Err(StoreError::NotFound);
        }
        audit::write(
            &mut tx,
            now,
            &AuditEntry::new(Some(actor), "session.delete", "session", id),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn meeting_session(&self, id: i64) -> Result<Option<Session>> {
        Ok(sqlx::query_as::<_, Session>(&format!(
            "SELECT {SESSION_COLS} FROM meeting_sessions s WHERE s.id = $1"
        ))
        .bind(id)
        .fetch_optional(&self.pool)
        .await?)
    }

    /// A meeting's agenda as `user` sees it: by start, track, id.
    pub async fn agenda(&self, meeting: i64, user: i64) -> Result<Vec<SessionItem>> {
        Ok(sqlx::query_as::<_, SessionItem>(&format!(
            "SELECT {SESSION_COLS}, \
             (SELECT COUNT(*) FROM session_choices c WHERE c.session_id = s.id) AS chosen, \
             (SELECT COUNT(*) FROM session_choices c WHERE c.session_id = s.id AND c.user_id = $2) AS mine \
             FROM meeting_sessions s WHERE s.meeting_id = $1 ORDER BY s.starts_at, s.track, s.id"
        ))
        .bind(meeting)
        .bind(user)
        .fetch_all(&self.pool)
        .await?)
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
        let n = sqlx::query(
            "UPDATE meeting_sessions SET documentation = $1, version = version + 1, updated_at = $2 \
             WHERE id = $3 AND version = $4",
        )
        .bind(documentation)
        .bind(now)
        .bind(id)
        .bind(version)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if n == 0 {
            let exists: Option<(i64,)> = sqlx::query_as("SELECT id FROM meeting_sessions WHERE id = $1")
                .bind(id)
                .fetch_optional(&mut *tx)
                .await?;
            return Err(if exists.is_some() {
                StoreError::Stale
            } else {
                StoreError::NotFound
            });
        }
        audit::write(
            &mut tx,
            now,
            &AuditEntry::new(Some(actor), "session.document", "session", id),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    // ---- choices -----------------------------------------------------------

    /// A person chooses a session. Their earlier choice among the sessions of
    /// the meeting that overlap this one in time is replaced.
    /// `Conflict("full")` when the session's capacity is reached (the earlier
    /// choice is then kept), `Conflict("not_choosable")` for a session for
    /// everyone (talk, plenary, best practice). Choosing a session again is no change.
    pub async fn choose_session(&self, now: i64, actor: i64, session: i64) -> Result<()> {
        let mut tx = self.write_tx().await?;
        // the session row lock makes parallel choices of it wait for each other
        let row: Option<(i64, i64, i64, Option<i64>, String)> = sqlx::query_as(&format!(
            "SELECT meeting_id, starts_at, ends_at, capacity, format FROM meeting_sessions WHERE id = $1{}",
            for_update(self.backend)
        ))
        .bind(session)
        .fetch_optional(&mut *tx)
        .await?;
        let Some((meeting, starts_at, ends_at, capacity, format)) = row else {
            return Err(StoreError::NotFound);
        };
        if !SessionFormat::parse(&format).is_ok_and(SessionFormat::choosable) {
            return Err(StoreError::Conflict("not_choosable"));
        }
        let (mine,): (i64,) =
            sqlx::query_as("SELECT COUNT(*) FROM session_choices WHERE session_id = $1 AND user_id = $2")
                .bind(session)
                .bind(actor)
                .fetch_one(&mut *tx)
                .await?;
        if mine > 0 {
            return Ok(());
        }
        if let Some(cap) = capacity {
            let (taken,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM session_choices WHERE session_id = $1")
                .bind(session)
                .fetch_one(&mut *tx)
                .await?;
            if taken >= cap {
                return Err(StoreError::Conflict("full"));
            }
        }
        // the earlier choice among the parallel sessions gives way
        sqlx::query(
            "DELETE FROM session_choices WHERE user_id = $1 AND meeting_id = $2 AND session_id IN \
             (SELECT o.id FROM meeting_sessions o WHERE o.meeting_id = $2 AND o.id <> $3 \
              AND o.starts_at < $4 AND o.ends_at > $5)",
        )
        .bind(actor)
        .bind(meeting)
        .bind(session)
        .bind(ends_at)
        .bind(starts_at)
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "INSERT INTO session_choices (session_id, user_id, meeting_id, created_at) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (session_id, user_id) DO NOTHING",
        )
        .bind(session)
        .bind(actor)
        .bind(meeting)
        .bind(now)
        .execute(&mut *tx)
        .await?;
        audit::write(
            &mut tx,
            now,
            &AuditEntry::new(Some(actor), "session.choose", "session", session),
        )
        .await?;
        tx.commit().await?;
        Ok(())
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
