//! Members of a space (organisations and people) with their roles, and
//! requests to join.

use domain::spaces::SpaceRole;
use domain::Timestamp;
use sqlx::{Any, Transaction};

use crate::audit::AuditEntry;
use crate::db;
use crate::outbox::{self, NewMail};
use crate::write::{self, Written};
use crate::{Result, Store, StoreError};

#[derive(Debug, Clone, sqlx::FromRow, serde::Serialize)]
pub struct Member {
    pub id: i64,
    pub org_id: Option<i64>,
    pub user_id: Option<i64>,
    /// The organisation's or the person's name.
    pub name: String,
    /// The person's e-mail address (empty for an organisation).
    pub email: String,
    pub role: SpaceRole,
    pub created_at: Timestamp,
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct JoinRequest {
    pub id: i64,
    pub space_id: i64,
    pub user_id: i64,
    pub name: String,
    pub email: String,
    pub locale: String,
    pub message: String,
    pub created_at: Timestamp,
}

/// Serialises membership changes of one space (PostgreSQL; SQLite's writes
/// are serial anyway), so two admins demoting each other cannot both succeed.
pub(super) async fn lock_space(tx: &mut Transaction<'static, Any>, backend: crate::Backend, space: i64) -> Result<()> {
    if backend == crate::Backend::Postgres {
        sqlx::query("SELECT id FROM spaces WHERE id = $1 FOR UPDATE")
            .bind(space)
            .fetch_optional(&mut **tx)
            .await?;
    }
    Ok(())
}

/// Refuses a change that would leave the space without an admin.
async fn keep_an_admin(tx: &mut Transaction<'static, Any>, space: i64) -> Result<()> {
    let n = db::number(
        &mut **tx,
        "SELECT COUNT(*) FROM space_members WHERE space_id = $1 AND role = 'admin'",
        space,
    )
    .await?;
    if n == 0 {
        return Err(StoreError::Conflict("last_admin"));
    }
    Ok(())
}

impl Store {
    pub async fn space_members(&self, space: i64) -> Result<Vec<Member>> {
        self.rows(
            "SELECT m.id, m.org_id, m.user_id, COALESCE(o.name, u.name, '') AS name, COALESCE(u.email, '') AS email, \
             m.role, m.created_at FROM space_members m LEFT JOIN orgs o ON o.id = m.org_id \
             LEFT JOIN users u ON u.id = m.user_id WHERE m.space_id = $1 \
             ORDER BY CASE WHEN m.org_id IS NULL THEN 1 ELSE 0 END, COALESCE(o.name, u.name), m.id",
            space,
        )
        .await
    }

    /// Adds an organisation (all its people) to a space.
    pub async fn add_space_org(
        &self,
        now: i64,
        actor: i64,
        space: i64,
        org: i64,
        role: SpaceRole,
        mails: &[NewMail],
    ) -> Result<i64> {
        self.add_space_member(now, actor, space, ("org_id", org), role, mails)
            .await
    }

    /// Adds one person to a space (a pending request of theirs is settled by it).
    pub async fn add_space_user(
        &self,
        now: i64,
        actor: i64,
        space: i64,
        user: i64,
        role: SpaceRole,
        mails: &[NewMail],
    ) -> Result<i64> {
        self.add_space_member(now, actor, space, ("user_id", user), role, mails)
            .await
    }

    /// Adds a member (`("org_id", id)` or `("user_id", id)`) with the mails
    /// that tell them, in one transaction; a person's pending request is settled.
    async fn add_space_member(
        &self,
        now: i64,
        actor: i64,
        space: i64,
        (column, who): (&'static str, i64),
        role: SpaceRole,
        mails: &[NewMail],
    ) -> Result<i64> {
        let mut tx = self.write_tx().await?;
        if column == "user_id" {
            // a deleted account (its pseudonym "#id") is never added again
            let status: Option<(String,)> = db::row(&mut *tx, "SELECT status FROM users WHERE id = $1", who).await?;
            if status.is_none_or(|(s,)| s != "active") {
                return Err(StoreError::NotFound);
            }
        }
        let id = db::number(
            &mut *tx,
            &format!(
                "INSERT INTO space_members (space_id, {column}, role, created_at) VALUES ($1, $2, $3, $4) RETURNING id"
            ),
            (space, who, role, now),
        )
        .await
        .map_err(|e| crate::conflict_on_unique(e, if column == "org_id" { "org" } else { "email" }))?;
        if column == "user_id" {
            db::exec(
                &mut *tx,
                "DELETE FROM space_requests WHERE space_id = $1 AND user_id = $2",
                (space, who),
            )
            .await?;
        }
        for m in mails {
            outbox::enqueue(&mut tx, now, m).await?;
        }
        let org = (column == "org_id").then_some(who);
        write::commit(
            tx,
            now,
            &AuditEntry::new(Some(actor), "space.member_add", "space", space).org(org),
        )
        .await?;
        Ok(id)
    }

    /// Changes a member's role; the space keeps at least one admin.
    pub async fn set_space_role(&self, now: i64, actor: i64, space: i64, member: i64, role: SpaceRole) -> Result<()> {
        self.change_member(now, actor, space, member, Some(role)).await
    }

    /// Removes a member; the space keeps at least one admin.
    pub async fn remove_space_member(&self, now: i64, actor: i64, space: i64, member: i64) -> Result<()> {
        self.change_member(now, actor, space, member, None).await
    }

    /// Gives a member `role`, or removes them (`None`), unless that leaves no admin.
    async fn change_member(
        &self,
        now: i64,
        actor: i64,
        space: i64,
        member: i64,
        role: Option<SpaceRole>,
    ) -> Result<()> {
        let mut tx = self.write_tx().await?;
        lock_space(&mut tx, self.backend, space).await?;
        let (q, action) = match role {
            Some(r) => (
                sqlx::query("UPDATE space_members SET role = $1 WHERE id = $2 AND space_id = $3").bind(r),
                "space.member_role",
            ),
            None => (
                sqlx::query("DELETE FROM space_members WHERE id = $1 AND space_id = $2"),
                "space.member_remove",
            ),
        };
        q.bind(member).bind(space).execute(&mut *tx).await?.found()?;
        keep_an_admin(&mut tx, space).await?;
        write::commit(tx, now, &AuditEntry::new(Some(actor), action, "space", space)).await
    }

    /// A person asks to join a listed space.
    pub async fn request_space(
        &self,
        now: i64,
        user: i64,
        space: i64,
        message: &str,
        mails: &[NewMail],
    ) -> Result<i64> {
        let mut tx = self.write_tx().await?;
        let id = db::number(
            &mut *tx,
            "INSERT INTO space_requests (space_id, user_id, message, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
            (space, user, message, now),
        )
        .await
        .map_err(|e| crate::conflict_on_unique(e, "request"))?;
        for m in mails {
            outbox::enqueue(&mut tx, now, m).await?;
        }
        write::commit(tx, now, &AuditEntry::new(Some(user), "space.request", "space", space)).await?;
        Ok(id)
    }

    pub async fn space_requests(&self, space: i64) -> Result<Vec<JoinRequest>> {
        self.rows(
            "SELECT q.id, q.space_id, q.user_id, u.name, u.email, COALESCE(u.locale, '') AS locale, q.message, q.created_at \
             FROM space_requests q JOIN users u ON u.id = q.user_id WHERE q.space_id = $1 ORDER BY q.created_at, q.id",
            space,
        )
        .await
    }

    /// Declines a request to join (accepting is [`Store::add_space_user`]).
    pub async fn decline_space_request(
        &self,
        now: i64,
        actor: i64,
        space: i64,
        request: i64,
        mails: &[NewMail],
    ) -> Result<()> {
        let mut tx = self
            .begin_change(
                "DELETE FROM space_requests WHERE id = $1 AND space_id = $2",
                (request, space),
            )
            .await?;
        for m in mails {
            outbox::enqueue(&mut tx, now, m).await?;
        }
        write::commit(
            tx,
            now,
            &AuditEntry::new(Some(actor), "space.request_decline", "space", space),
        )
        .await
    }
}
