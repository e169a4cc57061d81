//! Leitbild processes: the process of an administration (an organisation),
//! its phase and phase plan, and its team. The departments and the people
//! taking part are in [`people`], the versions of the text in [`drafts`].

use domain::leitbild::Phase;
use domain::{Flag, Timestamp};
use sqlx::{Any, Transaction};

use crate::audit::AuditEntry;
use crate::write::{self, Written};
use crate::{conflict_on_unique, db, Result, Store, StoreError};

mod adoption;
mod dashboard;
mod drafts;
mod evaluation;
mod people;
mod rounds;
mod workshops;

pub use adoption::{Adoption, Leader, PublishedText, SignOff, SignedOff, Translation};
pub(crate) use adoption::{PublishedCache, PUBLISHED_VERSION};
pub use drafts::Version;
pub use evaluation::{PrincipleResult, Survey};
pub use people::{Department, LinkOwner, NewPerson, Person};
pub use rounds::{Comment, NewRound, Question, Reply, Round, RoundReminder, Support};
pub use workshops::{Assignment, Card, Drafted, Item, NewAssignment, Note, Participation, Turnout, Workshop};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Process {
    pub id: i64,
    pub org_id: i64,
    /// The administration's name.
    pub org_name: String,
    pub title: String,
    pub phase: Phase,
    pub version: i64,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

/// A process in a person's list.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ProcessItem {
    pub id: i64,
    pub title: String,
    pub org_name: String,
    pub phase: Phase,
    /// The person is on the process team.
    pub team: Flag,
}

/// A member of the process team.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct TeamMember {
    pub user_id: i64,
    pub name: String,
    pub email: String,
}

/// The month a phase is planned to start.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct PlannedPhase {
    pub phase: Phase,
    pub month: String,
}

const PROCESS: &str =
    "SELECT p.id, p.org_id, o.name AS org_name, p.title, p.phase, p.version, p.created_at, p.updated_at \
                       FROM leitbild_processes p JOIN orgs o ON o.id = p.org_id";

/// The audit entry of a change to process `id` of organisation `org`.
fn entry(actor: i64, action: &'static str, id: i64, org: i64) -> AuditEntry {
    AuditEntry::new(Some(actor), action, "leitbild", id).org(Some(org))
}

/// The organisation of process `id` (for audit entries), or `NotFound`.
async fn org_of(tx: &mut Transaction<'static, Any>, id: i64) -> Result<i64> {
    let row: Option<(i64,)> = db::row(&mut **tx, "SELECT org_id FROM leitbild_processes WHERE id = $1", id).await?;
    row.map(|(o,)| o).ok_or(StoreError::NotFound)
}

impl Store {
    /// Starts a process for organisation `org`; its creator is its first team member.
    pub async fn create_process(&self, now: i64, actor: i64, org: i64, title: &str) -> Result<i64> {
        let mut tx = self.write_tx().await?;
        let id = db::number(
            &mut *tx,
            "INSERT INTO leitbild_processes (org_id, title, created_by, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $4) RETURNING id",
            (org, title, actor, now),
        )
        .await?;
        add_team(&mut tx, now, id, actor).await?;
        write::commit(tx, now, &entry(actor, "leitbild.create", id, org)).await?;
        Ok(id)
    }

    pub async fn process(&self, id: i64) -> Result<Option<Process>> {
        self.row(&format!("{PROCESS} WHERE p.id = $1"), id).await
    }

    /// Process `id` and whether `user` is on its team.
    pub async fn process_for(&self, id: i64, user: i64) -> Result<Option<(Process, bool)>> {
        let Some(p) = self.process(id).await? else {
            return Ok(None);
        };
        let team: Option<(i64,)> = self
            .row(
                "SELECT 1 FROM leitbild_team WHERE process_id = $1 AND user_id = $2",
                (id, user),
            )
            .await?;
        Ok(Some((p, team.is_some())))
    }

    /// The processes `user` runs (on the team) or belongs to (a member of the administration).
    pub async fn processes_for(&self, user: i64) -> Result<Vec<ProcessItem>> {
        self.rows(
            "SELECT p.id, p.title, o.name AS org_name, p.phase, \
                    CASE WHEN EXISTS (SELECT 1 FROM leitbild_team t WHERE t.process_id = p.id AND t.user_id = $1) \
                         THEN 1 ELSE 0 END AS team \
             FROM leitbild_processes p JOIN orgs o ON o.id = p.org_id \
             WHERE EXISTS (SELECT 1 FROM leitbild_team t WHERE t.process_id = p.id AND t.user_id = $1) \
                OR p.org_id IN (SELECT org_id FROM memberships WHERE user_id = $1) \
             ORDER BY o.name, p.created_at DESC, p.id",
            user,
        )
        .await
    }

    /// Renames a process and sets its phase plan (one month or none per
    /// phase), if nobody changed it since `version` was read.
    pub async fn update_process(
        &self,
        now: i64,
        actor: i64,
        id: i64,
        version: i64,
        title: &str,
        plan: &[(Phase, Option<String>)],
    ) -> Result<()> {
        let mut tx = self.write_tx().await?;
        let written = db::exec(
            &mut *tx,
            "UPDATE leitbild_processes SET title = $1, version = version + 1, updated_at = $2 \
             WHERE id = $3 AND version = $4",
            (title, now, id, version),
        )
        .await?
        .fresh();
        write::fresh_or_gone(&mut tx, written, "SELECT id FROM leitbild_processes WHERE id = $1", id).await?;
        db::exec(&mut *tx, "DELETE FROM leitbild_phase_plan WHERE process_id = $1", id).await?;
        for (phase, month) in plan {
            if let Some(month) = month {
                db::exec(
                    &mut *tx,
                    "INSERT INTO leitbild_phase_plan (process_id, phase, month) VALUES ($1, $2, $3)",
                    (id, *phase, month),
                )
                .await?;
            }
        }
        let org = org_of(&mut tx, id).await?;
        write::commit(tx, now, &entry(actor, "leitbild.update", id, org)).await
    }

    /// Moves a process to `phase`.
    pub async fn set_phase(&self, now: i64, actor: i64, id: i64, phase: Phase) -> Result<()> {
        let mut tx = self.write_tx().await?;
        db::exec(
            &mut *tx,
            "UPDATE leitbild_processes SET phase = $1, updated_at = $2 WHERE id = $3",
            (phase, now, id),
        )
        .await?
        .found()?;
        let org = org_of(&mut tx, id).await?;
        write::commit(tx, now, &entry(actor, "leitbild.phase", id, org).detail(phase.code())).await
    }

    /// The planned months of a process, in the order of the phases.
    pub async fn phase_plan(&self, id: i64) -> Result<Vec<PlannedPhase>> {
        let mut plan: Vec<PlannedPhase> = self
            .rows("SELECT phase, month FROM leitbild_phase_plan WHERE process_id = $1", id)
            .await?;
        plan.sort_by_key(|p| p.phase.index());
        Ok(plan)
    }

    pub async fn team(&self, id: i64) -> Result<Vec<TeamMember>> {
        self.rows(
            "SELECT u.id AS user_id, u.name, u.email FROM leitbild_team t \
             JOIN users u ON u.id = t.user_id WHERE t.process_id = $1 ORDER BY u.name, u.id",
            id,
        )
        .await
    }

    /// Adds `user` to the team (`Conflict("email")` if already on it).
    pub async fn add_team_member(&self, now: i64, actor: i64, id: i64, user: i64) -> Result<()> {
        let mut tx = self.write_tx().await?;
        let org = org_of(&mut tx, id).await?;
        add_team(&mut tx, now, id, user).await.map_err(|e| match e {
            StoreError::Db(e) => conflict_on_unique(e, "email"),
            e => e,
        })?;
        write::commit(
            tx,
            now,
            &entry(actor, "leitbild.team.add", id, org).detail(user.to_string()),
        )
        .await
    }

    /// Takes `user` off the team; the last member stays (`Conflict("team")`),
    /// so that a process is never left without anyone to run it.
    pub async fn remove_team_member(&self, now: i64, actor: i64, id: i64, user: i64) -> Result<()> {
        let mut tx = self.write_tx().await?;
        // touching the process locks it until the commit (on PostgreSQL), so
        // two removals at once cannot both count two and leave nobody
        touch(&mut tx, now, id).await?;
        let org = org_of(&mut tx, id).await?;
        let (n,): (i64,) = db::one(&mut *tx, "SELECT COUNT(*) FROM leitbild_team WHERE process_id = $1", id).await?;
        if n <= 1 {
            return Err(StoreError::Conflict("team"));
        }
        db::exec(
            &mut *tx,
            "DELETE FROM leitbild_team WHERE process_id = $1 AND user_id = $2",
            (id, user),
        )
        .await?
        .found()?;
        write::commit(
            tx,
            now,
            &entry(actor, "leitbild.team.remove", id, org).detail(user.to_string()),
        )
        .await
    }
}

async fn add_team(tx: &mut Transaction<'static, Any>, now: i64, id: i64, user: i64) -> Result<()> {
    db::exec(
        &mut **tx,
        "INSERT INTO leitbild_team (process_id, user_id, created_at) VALUES ($1, $2, $3)",
        (id, user, now),
    )
    .await?;
    Ok(())
}

/// Touches process `id` (`NotFound` if there is none): on PostgreSQL its row
/// stays locked until the transaction ends, so changes that first count
/// something of the process and then write queue one after the other;
/// SQLite writes one at a time anyway.
pub(crate) async fn touch(tx: &mut Transaction<'static, Any>, now: i64, id: i64) -> Result<()> {
    db::exec(
        &mut **tx,
        "UPDATE leitbild_processes SET updated_at = $1 WHERE id = $2",
        (now, id),
    )
    .await?
    .found()?;
    Ok(())
}
