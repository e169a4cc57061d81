//! Member organisations willing to host a space's meetings, and the
//! hosting history.

use domain::meetings::HostCandidate;
use domain::Flag;

use crate::audit::AuditEntry;
use crate::db;
use crate::write;
use crate::{Result, Store, StoreError};

/// A member organisation of a space as a possible host.
#[derive(Debug, Clone, sqlx::FromRow, serde::Serialize)]
pub struct HostRow {
    pub org_id: i64,
    pub name: String,
    /// The organisation said it is willing to host.
    pub willing: Flag,
    pub note: String,
    /// Start of the last meeting it hosted that is held (over by `now`,
    /// see [`domain::meetings::is_held`]).
    pub last_hosted: Option<i64>,
    /// Held meetings it hosted.
    pub times_hosted: i64,
    /// Start of the first planned meeting (not over by `now`) it hosts.
    pub planned: Option<i64>,
}

impl HostRow {
    pub fn is_willing(&self) -> bool {
        self.willing.on()
    }
    /// It hosts a planned meeting already.
    pub fn hosts_planned(&self) -> bool {
        self.planned.is_some()
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
/// [`domain::meetings::propose_host`]). An organisation that hosts a
/// planned meeting already has its turn and is left out.
pub fn propose_host(rows: &[HostRow]) -> Option<i64> {
    let willing: Vec<HostCandidate> = rows
        .iter()
        .filter(|r| r.is_willing() && !r.hosts_planned())
        .map(HostRow::candidate)
        .collect();
    domain::meetings::propose_host(&willing)
}

/// A line of a space's hosting history.
#[derive(Debug, Clone, sqlx::FromRow, serde::Serialize)]
pub struct HostingEntry {
    pub meeting_id: i64,
    pub title: String,
    pub starts_at: i64,
    pub ends_at: i64,
    pub host_org_id: Option<i64>,
    /// The hosting organisation's name.
    pub host: Option<String>,
    pub proposed_host_id: Option<i64>,
    /// The name of the organisation whose turn it was.
    pub proposed: Option<String>,
    pub swap_note: String,
}

impl HostingEntry {
    /// The meeting is over at `now` (held), not planned.
    pub fn is_held(&self, now: i64) -> bool {
        domain::meetings::is_held(self.ends_at, now)
    }
    /// Whether another organisation hosted than the one proposed.
    pub fn is_swap(&self) -> bool {
        self.proposed_host_id.is_some() && self.proposed_host_id != self.host_org_id
    }
}

impl Store {
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
        let member: Option<(i64,)> = db::row(
            &mut *tx,
            "SELECT id FROM space_members WHERE space_id = $1 AND org_id = $2",
            (space, org),
        )
        .await?;
        if member.is_none() {
            return Err(StoreError::NotFound);
        }
        db::exec(
            &mut *tx,
            "INSERT INTO space_hosts (space_id, org_id, willing, note) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (space_id, org_id) DO UPDATE SET willing = excluded.willing, note = excluded.note",
            (space, org, Flag(willing), note),
        )
        .await?;
        write::commit(
            tx,
            now,
            &AuditEntry::new(Some(actor), "meeting.host", "space", space)
                .org(Some(org))
                .detail(if willing { "willing" } else { "not_willing" }),
        )
        .await
    }

    /// Every member organisation of a space with its willingness to host and
    /// its hosting history: the held meetings it hosted (over by `now`) and
    /// the first planned one (not over yet), by name.
    pub async fn host_candidates(&self, space: i64, now: i64) -> Result<Vec<HostRow>> {
        self.rows(
            "SELECT o.id AS org_id, o.name, COALESCE(h.willing, 0) AS willing, COALESCE(h.note, '') AS note, \
             (SELECT MAX(g.starts_at) FROM meetings g \
                WHERE g.space_id = $1 AND g.host_org_id = o.id AND g.ends_at <= $2) AS last_hosted, \
             (SELECT COUNT(*) FROM meetings g \
                WHERE g.space_id = $1 AND g.host_org_id = o.id AND g.ends_at <= $2) AS times_hosted, \
             (SELECT MIN(g.starts_at) FROM meetings g \
                WHERE g.space_id = $1 AND g.host_org_id = o.id AND g.ends_at > $2) AS planned \
             FROM space_members m JOIN orgs o ON o.id = m.org_id \
             LEFT JOIN space_hosts h ON h.space_id = m.space_id AND h.org_id = m.org_id \
             WHERE m.space_id = $1 ORDER BY o.name, o.id",
            (space, now),
        )
        .await
    }

    /// The meetings of a space that have a host, newest first; where the host
    /// is not the proposed organisation it was a swap (see
    /// [`HostingEntry::is_swap`]). Planned meetings are included; tell them
    /// apart with [`HostingEntry::is_held`].
    pub async fn hosting_history(&self, space: i64) -> Result<Vec<HostingEntry>> {
        self.rows(
            "SELECT g.id AS meeting_id, g.title, g.starts_at, g.ends_at, g.host_org_id, h.name AS host, \
             g.proposed_host_id, p.name AS proposed, g.swap_note \
             FROM meetings g LEFT JOIN orgs h ON h.id = g.host_org_id LEFT JOIN orgs p ON p.id = g.proposed_host_id \
             WHERE g.space_id = $1 AND g.host_org_id IS NOT NULL ORDER BY g.starts_at DESC, g.id DESC",
            space,
        )
        .await
    }
}
