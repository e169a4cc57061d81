//! The departments of a Leitbild process with their headcount (the basis of
//! every coverage figure), and the people taking part, the leadership
//! members among them. A department never has fewer staff than people
//! taking part from it: the store checks it in the same statement that
//! writes, so two team members working at once cannot break it.

use domain::{Flag, Timestamp};
use sqlx::{Any, Transaction};

use super::{entry, org_of};
use crate::write::{self, Written};
use crate::{conflict_on_unique, db, Result, Store, StoreError};

/// A department and how many people take part from it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Department {
    pub id: i64,
    pub name: String,
    pub headcount: i64,
    pub participants: i64,
    /// The department has a link for the intranet.
    pub has_link: Flag,
}

/// Whose link a participation link is: a person's (personal) or a
/// department's (anonymous), in a process.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkOwner {
    Person {
        process: i64,
        person: i64,
        name: String,
        department: Option<i64>,
        leader: bool,
    },
    Department {
        process: i64,
        department: i64,
        name: String,
    },
}

impl LinkOwner {
    pub fn process(&self) -> i64 {
        match self {
            LinkOwner::Person { process, .. } | LinkOwner::Department { process, .. } => *process,
        }
    }
}

/// A person taking part.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Person {
    pub id: i64,
    pub name: String,
    pub email: String,
    pub function: String,
    pub department_id: Option<i64>,
    /// The department's name ("" for none).
    pub department: String,
    pub leader: Flag,
    /// When the person's participation link was made (none: no link, or revoked).
    pub link_at: Option<Timestamp>,
    /// When they first opened it.
    pub seen_at: Option<Timestamp>,
    pub created_at: Timestamp,
}

/// What the form for a person holds once parsed.
#[derive(Debug, Clone)]
pub struct NewPerson {
    pub name: String,
    /// Empty: no work mailbox (the personal link is printed).
    pub email: String,
    pub function: String,
    pub department_id: Option<i64>,
    pub leader: bool,
}

/// Touches department `dep` of `process` (`NotFound` if it has none): its row
/// stays locked until the commit on PostgreSQL (SQLite writes one at a time),
/// so a headcount and the people counted against it change one after the other.
async fn lock_department(tx: &mut Transaction<'static, Any>, process: i64, dep: i64) -> Result<()> {
    db::exec(
        &mut **tx,
        "UPDATE leitbild_departments SET headcount = headcount WHERE id = $1 AND process_id = $2",
        (dep, process),
    )
    .await?
    .found()?;
    Ok(())
}

/// A transaction's change to process `id`, audited and committed.
async fn commit(
    tx: Transaction<'static, Any>,
    now: i64,
    actor: i64,
    action: &'static str,
    id: i64,
    detail: i64,
) -> Result<()> {
    let mut tx = tx;
    let org = org_of(&mut tx, id).await?;
    write::commit(tx, now, &entry(actor, action, id, org).detail(detail.to_string())).await
}

impl Store {
    /// The departments of a process, by name.
    pub async fn departments(&self, process: i64) -> Result<Vec<Department>> {
        self.rows(
            "SELECT d.id, d.name, d.headcount, \
                    (SELECT COUNT(*) FROM leitbild_people p WHERE p.department_id = d.id) AS participants, \
                    CASE WHEN d.token_hash IS NULL THEN 0 ELSE 1 END AS has_link \
             FROM leitbild_departments d WHERE d.process_id = $1 ORDER BY d.name, d.id",
            process,
        )
        .await
    }

    /// Adds a department (`Conflict("dep_name")` when the process has one of that name).
    pub async fn add_department(&self, now: i64, actor: i64, process: i64, name: &str, headcount: i64) -> Result<i64> {
        let mut tx = self.write_tx().await?;
        let (id,): (i64,) = db::one(&mut *tx, "INSERT INTO leitbild_departments (process_id, name, headcount, created_at) VALUES ($1, $2, $3, $4) RETURNING id", (process, name, headcount, now))
        .await
        .map_err(|e| conflict_on_unique(e, "dep_name"))?;
        commit(tx, now, actor, "leitbild.department.add", process, id).await?;
        Ok(id)
    }

    /// Renames a department and sets its headcount, which may not fall below
    /// the people taking part from it (`Conflict("headcount")`).
    pub async fn update_department(
        &self,
        now: i64,
        actor: i64,
        process: i64,
        dep: i64,
        name: &str,
        headcount: i64,
    ) -> Result<()> {
        let mut tx = self.write_tx().await?;
        // the department's row first, locked until the commit (as `add_person`
        // does): the count below then sees every person added before
        lock_department(&mut tx, process, dep).await?;
        let written = db::exec(
            &mut *tx,
            "UPDATE leitbild_departments SET name = $1, headcount = $2 WHERE id = $3 AND process_id = $4 \
             AND $2 >= (SELECT COUNT(*) FROM leitbild_people p WHERE p.department_id = $3)",
            (name, headcount, dep, process),
        )
        .await
        .map_err(|e| conflict_on_unique(e, "dep_name"))?;
        if written.rows_affected() == 0 {
            let found: Option<(i64,)> = db::row(
                &mut *tx,
                "SELECT id FROM leitbild_departments WHERE id = $1 AND process_id = $2",
                (dep, process),
            )
            .await?;
            return Err(if found.is_some() {
                StoreError::Conflict("headcount")
            } else {
                StoreError::NotFound
            });
        }
        commit(tx, now, actor, "leitbild.department.update", process, dep).await
    }

    /// Removes a department; its people stay, without a department.
    pub async fn remove_department(&self, now: i64, actor: i64, process: i64, dep: i64) -> Result<()> {
        let mut tx = self.write_tx().await?;
        db::exec(
            &mut *tx,
            "DELETE FROM leitbild_departments WHERE id = $1 AND process_id = $2",
            (dep, process),
        )
        .await?
        .found()?;
        commit(tx, now, actor, "leitbild.department.remove", process, dep).await
    }

    /// The people taking part, leadership first, then by name.
    pub async fn people(&self, process: i64) -> Result<Vec<Person>> {
        self.rows(
            "SELECT p.id, p.name, p.email, p.function, p.department_id, COALESCE(d.name, '') AS department, \
                    p.leader, p.link_at, p.seen_at, p.created_at \
             FROM leitbild_people p LEFT JOIN leitbild_departments d ON d.id = p.department_id \
             WHERE p.process_id = $1 ORDER BY p.leader DESC, p.name, p.id",
            process,
        )
        .await
    }

    /// Adds a person. Their department must belong to the process
    /// (`NotFound`) and have room below its headcount (`Conflict("department")`).
    pub async fn add_person(&self, now: i64, actor: i64, process: i64, p: &NewPerson) -> Result<i64> {
        let mut tx = self.write_tx().await?;
        if let Some(dep) = p.department_id {
            lock_department(&mut tx, process, dep).await?;
            let (headcount, taking_part): (i64, i64) = db::one(
                &mut *tx,
                "SELECT d.headcount, (SELECT COUNT(*) FROM leitbild_people p WHERE p.department_id = d.id) \
                 FROM leitbild_departments d WHERE d.id = $1",
                dep,
            )
            .await?;
            if taking_part >= headcount {
                return Err(StoreError::Conflict("department"));
            }
        }
        let (id,): (i64,) = db::one(
            &mut *tx,
            "INSERT INTO leitbild_people (process_id, department_id, name, email, function, leader, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
            (
                process,
                p.department_id,
                &p.name,
                &p.email,
                &p.function,
                Flag(p.leader),
                now,
            ),
        )
        .await?;
        commit(tx, now, actor, "leitbild.person.add", process, id).await?;
        Ok(id)
    }

    pub async fn remove_person(&self, now: i64, actor: i64, process: i64, person: i64) -> Result<()> {
        let mut tx = self.write_tx().await?;
        db::exec(
            &mut *tx,
            "DELETE FROM leitbild_people WHERE id = $1 AND process_id = $2",
            (person, process),
        )
        .await?
        .found()?;
        commit(tx, now, actor, "leitbild.person.remove", process, person).await
    }

    /// Gives person `person` a new participation link (its token's hash;
    /// an earlier link stops working) or, with `None`, takes it away.
    pub async fn set_person_link(
        &self,
        now: i64,
        actor: i64,
        process: i64,
        person: i64,
        hash: Option<&str>,
    ) -> Result<()> {
        let mut tx = self.write_tx().await?;
        db::exec(
            &mut *tx,
            "UPDATE leitbild_people SET token_hash = $1, link_at = $2 WHERE id = $3 AND process_id = $4",
            (hash, hash.map(|_| now), person, process),
        )
        .await?
        .found()?;
        let action = if hash.is_some() {
            "leitbild.link.person"
        } else {
            "leitbild.link.person.revoke"
        };
        commit(tx, now, actor, action, process, person).await
    }

    /// Gives department `department` a new link for the intranet, or takes it away.
    pub async fn set_department_link(
        &self,
        now: i64,
        actor: i64,
        process: i64,
        department: i64,
        hash: Option<&str>,
    ) -> Result<()> {
        let mut tx = self.write_tx().await?;
        db::exec(
            &mut *tx,
            "UPDATE leitbild_departments SET token_hash = $1 WHERE id = $2 AND process_id = $3",
            (hash, department, process),
        )
        .await?
        .found()?;
        let action = if hash.is_some() {
            "leitbild.link.department"
        } else {
            "leitbild.link.department.revoke"
        };
        commit(tx, now, actor, action, process, department).await
    }

    /// Whose participation link has the token with this hash, if it still works.
    pub async fn link_owner(&self, hash: &str) -> Result<Option<LinkOwner>> {
        let person: Option<(i64, i64, String, Option<i64>, Flag)> = self
            .row(
                "SELECT process_id, id, name, department_id, leader FROM leitbild_people WHERE token_hash = $1",
                hash,
            )
            .await?;
        if let Some((process, person, name, department, leader)) = person {
            return Ok(Some(LinkOwner::Person {
                process,
                person,
                name,
                department,
                leader: leader.on(),
            }));
        }
        let dep: Option<(i64, i64, String)> = self
            .row(
                "SELECT process_id, id, name FROM leitbild_departments WHERE token_hash = $1",
                hash,
            )
            .await?;
        Ok(dep.map(|(process, department, name)| LinkOwner::Department {
            process,
            department,
            name,
        }))
    }
}
