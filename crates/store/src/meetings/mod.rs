//! The Ideenwerkstatt, the half-yearly network meeting of a space: member
//! organisations willing to host and the hosting history ([`hosts`]),
//! meetings (here), topics people propose and vote on ([`topics`]), the
//! agenda's sessions (a topic moves into the agenda as a session), people's
//! choices among parallel sessions, and the documentation of each session
//! afterwards ([`sessions`]).

use domain::series::RegStatus;
use domain::Timestamp;
use sqlx::any::AnyArguments;
use sqlx::query::Query;
use sqlx::{Any, Row};

use crate::audit::{self, AuditEntry};
use crate::db;
use crate::write::{self, Written};
use crate::{Backend, Result, Store};

mod hosts;
mod sessions;
mod topics;

pub use hosts::{propose_host, HostRow, HostingEntry};
pub use sessions::{NewSession, Session, SessionItem};
pub use topics::TopicItem;

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
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
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

/// ` FOR UPDATE` on PostgreSQL (a row lock until the transaction ends);
/// nothing on SQLite, whose write transactions are serial anyway.
fn for_update(backend: Backend) -> &'static str {
    match backend {
        Backend::Postgres => " FOR UPDATE",
        Backend::Sqlite => "",
    }
}

/// Binds a meeting's fields as `$1`…`$9` (title, start, end, venue, host,
/// proposed host, swap note, series, votes per person), for its INSERT and
/// its UPDATE alike.
fn bind_meeting<'q>(q: Query<'q, Any, AnyArguments<'q>>, m: &'q NewMeeting) -> Query<'q, Any, AnyArguments<'q>> {
    q.bind(&m.title)
        .bind(m.starts_at)
        .bind(m.ends_at)
        .bind(&m.venue)
        .bind(m.host_org_id)
        .bind(m.proposed_host_id)
        .bind(&m.swap_note)
        .bind(m.series_id)
        .bind(m.votes_per_person)
}

impl Store {
    pub async fn create_meeting(&self, now: i64, actor: i64, space: i64, m: &NewMeeting) -> Result<i64> {
        let mut tx = self.write_tx().await?;
        let id = insert_meeting(&mut tx, now, actor, space, m).await?;
        write::commit(tx, now, &meeting_created(actor, space, id)).await?;
        Ok(id)
    }

    /// Plans a meeting with its registration in one transaction: an
    /// invitation-only series of the host organisation (`org`) with one
    /// module, and the meeting pointing to that series. Either all three
    /// exist afterwards, or none.
    #[allow(clippy::too_many_arguments)]
    pub async fn plan_meeting(
        &self,
        now: i64,
        actor: i64,
        space: i64,
        org: i64,
        series: &domain::series::NewSeries,
        invite_key: &str,
        module: &domain::series::NewModule,
        meeting: &NewMeeting,
    ) -> Result<i64> {
        let mut tx = self.write_tx().await?;
        let series_id = crate::series::insert_series(&mut tx, now, org, series, invite_key, None).await?;
        audit::write(
            &mut tx,
            now,
            &AuditEntry::new(Some(actor), "series.create", "series", series_id).org(Some(org)),
        )
        .await?;
        let module_id = crate::series::insert_module(&mut tx, now, series_id, module).await?;
        audit::write(
            &mut tx,
            now,
            &AuditEntry::new(Some(actor), "module.create", "module", module_id).org(Some(org)),
        )
        .await?;
        let m = NewMeeting {
            series_id: Some(series_id),
            ..meeting.clone()
        };
        let id = insert_meeting(&mut tx, now, actor, space, &m).await?;
        self.commit_audited(tx, now, &meeting_created(actor, space, id), &self.series_cache)
            .await?;
        Ok(id)
    }

    /// Updates a meeting if nobody changed it since `version` was read
    /// (`Stale` otherwise).
    pub async fn update_meeting(&self, now: i64, actor: i64, id: i64, version: i64, m: &NewMeeting) -> Result<()> {
        let mut tx = self.write_tx().await?;
        let written = bind_meeting(
            sqlx::query(
                "UPDATE meetings SET title = $1, starts_at = $2, ends_at = $3, venue = $4, host_org_id = $5, \
                 proposed_host_id = $6, swap_note = $7, series_id = $8, votes_per_person = $9, \
                 version = version + 1, updated_at = $10 WHERE id = $11 AND version = $12",
            ),
            m,
        )
        .bind(now)
        .bind(id)
        .bind(version)
        .execute(&mut *tx)
        .await?;
        if let Err(stale) = written.fresh() {
            // a meeting that is gone is NotFound, one changed meanwhile Stale
            crate::owner::space_of_meeting(&mut tx, id).await?;
            return Err(stale);
        }
        write::commit(tx, now, &AuditEntry::new(Some(actor), "meeting.update", "meeting", id)).await
    }

    pub async fn meeting(&self, id: i64) -> Result<Option<Meeting>> {
        self.row(&format!("{MEETING_SELECT} WHERE g.id = $1"), id).await
    }

    /// A space's meetings, newest first.
    pub async fn meetings_of_space(&self, space: i64) -> Result<Vec<Meeting>> {
        self.rows(
            &format!("{MEETING_SELECT} WHERE g.space_id = $1 ORDER BY g.starts_at DESC, g.id DESC"),
            space,
        )
        .await
    }

    /// The space's meeting that is running at `now` or comes next.
    pub async fn next_meeting(&self, space: i64, now: i64) -> Result<Option<Meeting>> {
        self.row(
            &format!("{MEETING_SELECT} WHERE g.space_id = $1 AND g.ends_at > $2 ORDER BY g.starts_at, g.id LIMIT 1"),
            (space, now),
        )
        .await
    }

    /// Whether a person (by account or by address) has a confirmed seat in
    /// the registration of a meeting (its qualification series).
    pub async fn has_confirmed_seat(&self, series: i64, user: i64, email: &str) -> Result<bool> {
        let row: Option<(i64,)> = self.row(
            "SELECT 1 FROM registrations WHERE series_id = $1 AND (user_id = $2 OR email = $3) AND status = $4 LIMIT 1",
            (series, user, email, RegStatus::Confirmed),
        )
        .await?;
        Ok(row.is_some())
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
        let n = db::exec(
            &mut *tx,
            &format!("DELETE FROM {table} WHERE {column} = $1 AND user_id = $2"),
            (id, actor),
        )
        .await?
        .rows_affected();
        if n > 0 {
            audit::write(&mut tx, now, &AuditEntry::new(Some(actor), action, kind, id)).await?;
        }
        tx.commit().await?;
        Ok(())
    }
}

async fn insert_meeting(
    tx: &mut sqlx::Transaction<'static, Any>,
    now: i64,
    actor: i64,
    space: i64,
    m: &NewMeeting,
) -> Result<i64> {
    Ok(bind_meeting(
        sqlx::query(
            "INSERT INTO meetings (title, starts_at, ends_at, venue, host_org_id, proposed_host_id, swap_note, \
             series_id, votes_per_person, space_id, created_by, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12) RETURNING id",
        ),
        m,
    )
    .bind(space)
    .bind(actor)
    .bind(now)
    .fetch_one(&mut **tx)
    .await?
    .try_get(0)?)
}

fn meeting_created(actor: i64, space: i64, id: i64) -> AuditEntry {
    AuditEntry::new(Some(actor), "meeting.create", "meeting", id).detail(format!("space {space}"))
}
