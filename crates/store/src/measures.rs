//! Measures and their plans: the annual planner of a Leitbild process (its
//! year is the twelve months from the plan's first month), each measure with
//! an owner, a month, a status and a note of evidence. A change says which
//! version of the measure it was made on; when someone changed it meanwhile
//! it is refused ([`StoreError::Stale`]) and nothing is overwritten.
//!
//! A measure's month must lie within its plan's year; changing the plan's
//! first month and writing a measure both lock the process first (see
//! [`crate::leitbild::touch`]), so neither can slip past the other's check.
//!
//! Owners with an address are reminded once when their month begins and the
//! measure is not done ([`Store::send_measure_reminders`]): `reminded_at` is
//! set in the same transaction the mail is queued in, and cleared when the
//! month or the address changes.

use domain::measures::{plan_months, MeasureStatus};
use domain::Timestamp;
use sqlx::{Any, Transaction};

use crate::audit::{self, AuditEntry};
use crate::outbox::{self, NewMail};
use crate::write::{self, Written};
use crate::{db, Result, Store, StoreError};

/// A plan's year.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Plan {
    pub id: i64,
    /// Its first month (`YYYY-MM`).
    pub start_month: String,
    pub version: i64,
}

impl Plan {
    /// The plan's twelve months (`YYYY-MM`).
    pub fn months(&self) -> Vec<String> {
        plan_months(&self.start_month)
    }
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Measure {
    pub id: i64,
    pub leitbild_process_id: Option<i64>,
    pub title: String,
    pub description: String,
    /// "" once the owner's account was deleted.
    pub owner_name: String,
    /// "" for none.
    pub owner_email: String,
    /// `YYYY-MM`.
    pub month: String,
    pub status: MeasureStatus,
    pub evidence: String,
    /// The number of the guiding principle it serves (none: the Leitbild as a whole).
    pub principle: Option<i64>,
    pub reminded_at: Option<Timestamp>,
    pub version: i64,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

/// What the measure form holds once parsed (its status is changed on its own).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeasureFields {
    pub title: String,
    pub description: String,
    pub owner_name: String,
    pub owner_email: String,
    pub month: String,
    pub principle: Option<i64>,
}

/// Which measures a list shows; empty fields do not filter.
#[derive(Debug, Clone, Default)]
pub struct MeasureFilter {
    pub status: Option<MeasureStatus>,
    pub month: String,
    pub owner: String,
}

/// How many measures stand where: the planner's figure for the dashboard.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct MeasureCounts {
    pub open: i64,
    pub progress: i64,
    pub done: i64,
}

impl MeasureCounts {
    pub fn total(&self) -> i64 {
        self.open + self.progress + self.done
    }
}

/// A reminder to send: an owner whose measure's month has begun.
#[derive(Debug, Clone)]
pub struct MeasureReminder {
    pub measure: Measure,
    /// The process's title and the administration's name.
    pub process_title: String,
    pub org_name: String,
}

const MEASURE: &str = "SELECT id, leitbild_process_id, title, description, owner_name, owner_email, month, status, \
                       evidence, principle, reminded_at, version, created_at, updated_at FROM measures";

/// The measures whose owner is due a reminder in month `$1`.
const DUE: &str = "month = $1 AND reminded_at IS NULL AND status <> 'done' AND owner_email <> '' \
                   AND leitbild_process_id IS NOT NULL";

/// The audit entry of a change to measure `id` in organisation `org`.
fn entry(actor: i64, action: &'static str, id: i64, org: i64) -> AuditEntry {
    AuditEntry::new(Some(actor), action, "measure", id).org(Some(org))
}

/// Locks process `process` (`NotFound` if there is none) and returns its
/// organisation and the months of its plan (`Conflict("plan")` without one).
async fn lock_plan(tx: &mut Transaction<'static, Any>, now: i64, process: i64) -> Result<(i64, Vec<String>)> {
    crate::leitbild::touch(tx, now, process).await?;
    let (org,): (i64,) = db::one(
        &mut **tx,
        "SELECT org_id FROM leitbild_processes WHERE id = $1",
        process,
    )
    .await?;
    let plan: Option<Plan> = db::row(
        &mut **tx,
        "SELECT id, start_month, version FROM measure_plans WHERE leitbild_process_id = $1",
        process,
    )
    .await?;
    let plan = plan.ok_or(StoreError::Conflict("plan"))?;
    Ok((org, plan.months()))
}

impl Store {
    /// The plan of a Leitbild process, once its first month is set.
    pub async fn leitbild_plan(&self, process: i64) -> Result<Option<Plan>> {
        self.row(
            "SELECT id, start_month, version FROM measure_plans WHERE leitbild_process_id = $1",
            process,
        )
        .await
    }

    /// Sets the first month of a process's plan, written on the plan's
    /// `version` (0: there is none yet). `Conflict("month")` when measures
    /// would fall outside the new twelve months (the caller counts them with
    /// [`Store::measures_outside`]); `Stale` when the plan changed meanwhile.
    pub async fn set_leitbild_plan(&self, now: i64, actor: i64, process: i64, version: i64, start: &str) -> Result<()> {
        let mut tx = self.write_tx().await?;
        crate::leitbild::touch(&mut tx, now, process).await?;
        let (org,): (i64,) = db::one(&mut *tx, "SELECT org_id FROM leitbild_processes WHERE id = $1", process).await?;
        let months = plan_months(start);
        let (first, last) = (months.first().cloned(), months.last().cloned());
        let (Some(first), Some(last)) = (first, last) else {
            return Err(StoreError::Conflict("month"));
        };
        let outside = db::number(
            &mut *tx,
            "SELECT COUNT(*) FROM measures WHERE leitbild_process_id = $1 AND (month < $2 OR month > $3)",
            (process, &first, &last),
        )
        .await?;
        if outside > 0 {
            return Err(StoreError::Conflict("month"));
        }
        if version == 0 {
            db::exec(
                &mut *tx,
                "INSERT INTO measure_plans (leitbild_process_id, start_month, created_at, updated_at) \
                 VALUES ($1, $2, $3, $3) ON CONFLICT (leitbild_process_id) DO NOTHING",
                (process, start, now),
            )
            .await?
            .fresh()?;
        } else {
            db::exec(
                &mut *tx,
                "UPDATE measure_plans SET start_month = $1, version = version + 1, updated_at = $2 \
                 WHERE leitbild_process_id = $3 AND version = $4",
                (start, now, process, version),
            )
            .await?
            .fresh()?;
        }
        write::commit(
            tx,
            now,
            &AuditEntry::new(Some(actor), "measure.plan", "leitbild", process)
                .org(Some(org))
                .detail(start),
        )
        .await
    }

    /// How many measures of a process lie outside the twelve months from `start`.
    pub async fn measures_outside(&self, process: i64, start: &str) -> Result<i64> {
        let months = plan_months(start);
        let (first, last) = (
            months.first().cloned().unwrap_or_default(),
            months.last().cloned().unwrap_or_default(),
        );
        self.number(
            "SELECT COUNT(*) FROM measures WHERE leitbild_process_id = $1 AND (month < $2 OR month > $3)",
            (process, &first, &last),
        )
        .await
    }

    /// The measures of a process that pass `f`, by month, then in the order they were added.
    pub async fn leitbild_measures(&self, process: i64, f: &MeasureFilter) -> Result<Vec<Measure>> {
        let status = f.status.map_or("", MeasureStatus::code);
        self.rows(
            &format!(
                "{MEASURE} WHERE leitbild_process_id = $1 AND ($2 = '' OR status = $2) \
                 AND ($3 = '' OR month = $3) AND ($4 = '' OR owner_name = $4) ORDER BY month, id"
            ),
            (process, status, f.month.as_str(), f.owner.as_str()),
        )
        .await
    }

    /// Measure `id` of a process.
    pub async fn leitbild_measure(&self, process: i64, id: i64) -> Result<Option<Measure>> {
        self.row(
            &format!("{MEASURE} WHERE id = $1 AND leitbild_process_id = $2"),
            (id, process),
        )
        .await
    }

    /// The owners named in a process's measures, by name (for the list's filter).
    pub async fn measure_owners(&self, process: i64) -> Result<Vec<String>> {
        let rows: Vec<(String,)> = self
            .rows(
                "SELECT DISTINCT owner_name FROM measures WHERE leitbild_process_id = $1 AND owner_name <> '' \
                 ORDER BY owner_name",
                process,
            )
            .await?;
        Ok(rows.into_iter().map(|(n,)| n).collect())
    }

    /// How many measures of a process are open, in progress and done: the
    /// planner's part of the dashboard's "products produced".
    pub async fn planner_produced(&self, process: i64) -> Result<MeasureCounts> {
        let rows: Vec<(MeasureStatus, i64)> = self
            .rows(
                "SELECT status, COUNT(*) FROM measures WHERE leitbild_process_id = $1 GROUP BY status",
                process,
            )
            .await?;
        let mut c = MeasureCounts::default();
        for (status, n) in rows {
            match status {
                MeasureStatus::Open => c.open = n,
                MeasureStatus::Progress => c.progress = n,
                MeasureStatus::Done => c.done = n,
            }
        }
        Ok(c)
    }

    /// Adds a measure (open) to a process's plan. `Conflict("plan")` when the
    /// process has no plan yet, `Conflict("month")` when the month lies
    /// outside it (the plan changed since the form was read).
    pub async fn add_leitbild_measure(&self, now: i64, actor: i64, process: i64, m: &MeasureFields) -> Result<i64> {
        self.add_measure_from(now, actor, process, m, "").await
    }

    /// Adds a measure that came from `source` (see the `source` column:
    /// `openness:{wave}:{code}` for a proposed weak indicator); one source
    /// makes one measure per plan (`Conflict("proposed")` the second time).
    pub async fn add_measure_from(
        &self,
        now: i64,
        actor: i64,
        process: i64,
        m: &MeasureFields,
        source: &str,
    ) -> Result<i64> {
        let mut tx = self.write_tx().await?;
        let (org, months) = lock_plan(&mut tx, now, process).await?;
        if !months.contains(&m.month) {
            return Err(StoreError::Conflict("month"));
        }
        if !source.is_empty() {
            let (n,): (i64,) = db::one(
                &mut *tx,
                "SELECT COUNT(*) FROM measures WHERE leitbild_process_id = $1 AND source = $2",
                (process, source),
            )
            .await?;
            if n > 0 {
                return Err(StoreError::Conflict("proposed"));
            }
        }
        let id = db::number(
            &mut *tx,
            "INSERT INTO measures (leitbild_process_id, title, description, owner_name, owner_email, month, principle, \
             source, created_by, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) RETURNING id",
            (
                process,
                &m.title,
                &m.description,
                &m.owner_name,
                &m.owner_email,
                &m.month,
                m.principle,
                source,
                actor,
                now,
            ),
        )
        .await?;
        write::commit(
            tx,
            now,
            &entry(actor, "measure.create", id, org).detail(source.to_string()),
        )
        .await?;
        Ok(id)
    }

    /// The sources of a plan's measures that start with `prefix`.
    pub async fn measure_sources(&self, process: i64, prefix: &str) -> Result<Vec<String>> {
        let all: Vec<(String,)> = self
            .rows(
                "SELECT source FROM measures WHERE leitbild_process_id = $1 AND source <> ''",
                process,
            )
            .await?;
        Ok(all
            .into_iter()
            .map(|(s,)| s)
            .filter(|s| s.starts_with(prefix))
            .collect())
    }

    /// The annual planner of administration `org`: its newest Leitbild
    /// process that has a plan (the process's id and title), if any.
    pub async fn administration_planner(&self, org: i64) -> Result<Option<(i64, String)>> {
        self.row(
            "SELECT p.id, p.title FROM leitbild_processes p JOIN measure_plans m ON m.leitbild_process_id = p.id \
             WHERE p.org_id = $1 ORDER BY p.id DESC LIMIT 1",
            org,
        )
        .await
    }

    /// Changes a measure written on `version`. A new month or address means
    /// a new reminder when that month begins.
    pub async fn update_leitbild_measure(
        &self,
        now: i64,
        actor: i64,
        process: i64,
        id: i64,
        version: i64,
        m: &MeasureFields,
    ) -> Result<()> {
        let mut tx = self.write_tx().await?;
        let (org, months) = lock_plan(&mut tx, now, process).await?;
        if !months.contains(&m.month) {
            return Err(StoreError::Conflict("month"));
        }
        let written = db::exec(
            &mut *tx,
            // (SQLite numbers `$n` in the order they first appear: keep them in order)
            "UPDATE measures SET title = $1, description = $2, owner_name = $3, owner_email = $4, month = $5, \
             principle = $6, version = version + 1, updated_at = $7, \
             reminded_at = CASE WHEN month = $5 AND owner_email = $4 THEN reminded_at ELSE NULL END \
             WHERE id = $8 AND leitbild_process_id = $9 AND version = $10",
            (
                &m.title,
                &m.description,
                &m.owner_name,
                &m.owner_email,
                &m.month,
                m.principle,
                now,
                id,
                process,
                version,
            ),
        )
        .await?
        .fresh();
        stale_or_gone(&mut tx, written, process, id).await?;
        write::commit(tx, now, &entry(actor, "measure.update", id, org)).await
    }

    /// Sets a measure's status and note of evidence, written on `version`.
    #[expect(
        clippy::too_many_arguments,
        reason = "who, when, which measure of which process, and what"
    )]
    pub async fn set_measure_status(
        &self,
        now: i64,
        actor: i64,
        process: i64,
        id: i64,
        version: i64,
        status: MeasureStatus,
        evidence: &str,
    ) -> Result<()> {
        let mut tx = self.write_tx().await?;
        let written = db::exec(
            &mut *tx,
            "UPDATE measures SET status = $1, evidence = $2, version = version + 1, updated_at = $3 \
             WHERE id = $4 AND leitbild_process_id = $5 AND version = $6",
            (status, evidence, now, id, process, version),
        )
        .await?
        .fresh();
        stale_or_gone(&mut tx, written, process, id).await?;
        let org = org_of_process(&mut tx, process).await?;
        write::commit(tx, now, &entry(actor, "measure.status", id, org).detail(status.code())).await
    }

    pub async fn remove_leitbild_measure(&self, now: i64, actor: i64, process: i64, id: i64) -> Result<()> {
        let mut tx = self.write_tx().await?;
        db::exec(
            &mut *tx,
            "DELETE FROM measures WHERE id = $1 AND leitbild_process_id = $2",
            (id, process),
        )
        .await?
        .found()?;
        let org = org_of_process(&mut tx, process).await?;
        write::commit(tx, now, &entry(actor, "measure.remove", id, org)).await
    }

    /// The processes with measures whose owners are due a reminder in `month`
    /// (see [`Store::send_measure_reminders`]).
    pub async fn processes_with_due_measures(&self, month: &str) -> Result<Vec<i64>> {
        let rows: Vec<(i64,)> = self
            .rows(
                &format!("SELECT DISTINCT leitbild_process_id FROM measures WHERE {DUE} ORDER BY leitbild_process_id"),
                month,
            )
            .await?;
        Ok(rows.into_iter().map(|(p,)| p).collect())
    }

    /// Queues a reminder for the owner of every measure whose month is
    /// `month` (the current one), that is not done, has an address and was
    /// not reminded of yet. The mail comes from `compose`. Returns how many
    /// were queued; safe to run on several nodes at once.
    pub async fn send_measure_reminders(
        &self,
        now: i64,
        month: &str,
        compose: &(dyn Fn(&MeasureReminder) -> NewMail + Sync),
    ) -> Result<usize> {
        let mut tx = self.write_tx().await?;
        let due: Vec<Measure> = db::rows(
            &mut *tx,
            &format!("{MEASURE} WHERE {DUE} ORDER BY leitbild_process_id, id"),
            month,
        )
        .await?;
        let mut sent: Vec<(i64, i64)> = vec![]; // process, count
        for measure in due {
            let claimed = db::exec(
                &mut *tx,
                "UPDATE measures SET reminded_at = $1 WHERE id = $2 AND reminded_at IS NULL",
                (now, measure.id),
            )
            .await?
            .rows_affected();
            if claimed == 0 {
                continue; // another node reminded the owner meanwhile
            }
            let Some(process) = measure.leitbild_process_id else {
                continue;
            };
            let (process_title, org_name): (String, String) = db::one(
                &mut *tx,
                "SELECT p.title, o.name FROM leitbild_processes p JOIN orgs o ON o.id = p.org_id WHERE p.id = $1",
                process,
            )
            .await?;
            let reminder = MeasureReminder {
                measure,
                process_title,
                org_name,
            };
            outbox::enqueue(&mut tx, now, &compose(&reminder)).await?;
            match sent.iter_mut().find(|(p, _)| *p == process) {
                Some(s) => s.1 += 1,
                None => sent.push((process, 1)),
            }
        }
        for (process, count) in &sent {
            let org = org_of_process(&mut tx, *process).await?;
            audit::write(
                &mut tx,
                now,
                &AuditEntry::new(None, "measure.reminders", "leitbild", process)
                    .org(Some(org))
                    .detail(format!("{count} reminded")),
            )
            .await?;
        }
        tx.commit().await?;
        Ok(sent.iter().map(|s| usize::try_from(s.1).unwrap_or(0)).sum())
    }
}

/// The organisation of process `process`, or `NotFound`.
async fn org_of_process(tx: &mut Transaction<'static, Any>, process: i64) -> Result<i64> {
    let row: Option<(i64,)> = db::row(
        &mut **tx,
        "SELECT org_id FROM leitbild_processes WHERE id = $1",
        process,
    )
    .await?;
    row.map(|(o,)| o).ok_or(StoreError::NotFound)
}

/// A versioned write's result: `Stale` while measure `id` of the process is
/// still there, `NotFound` once it is gone.
async fn stale_or_gone(tx: &mut Transaction<'static, Any>, written: Result<u64>, process: i64, id: i64) -> Result<()> {
    if let Err(StoreError::Stale) = written {
        let found: Option<(i64,)> = db::row(
            &mut **tx,
            "SELECT id FROM measures WHERE id = $1 AND leitbild_process_id = $2",
            (id, process),
        )
        .await?;
        return Err(if found.is_some() {
            StoreError::Stale
        } else {
            StoreError::NotFound
        });
    }
    written.map(|_| ())
}
