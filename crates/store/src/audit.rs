//! The audit log: every change, who made it, on what, in which organisation, when.

use sqlx::{Any, Transaction};

use crate::{Result, Store};

/// One change, written in the same transaction as the change itself.
#[derive(Debug, Clone)]
pub struct AuditEntry {
    pub actor: Option<i64>,
    pub action: &'static str,
    pub object_kind: &'static str,
    pub object_id: String,
    pub org_id: Option<i64>,
    pub detail: String,
}

impl AuditEntry {
    pub fn new(actor: Option<i64>, action: &'static str, object_kind: &'static str, object_id: impl ToString) -> Self {
        AuditEntry {
            actor,
            action,
            object_kind,
            object_id: object_id.to_string(),
            org_id: None,
            detail: String::new(),
        }
    }
    pub fn org(mut self, org: Option<i64>) -> Self {
        self.org_id = org;
        self
    }
    pub fn detail(mut self, detail: impl Into<String>) -> Self {
        self.detail = detail.into();
        self
    }
}

pub(crate) async fn write(tx: &mut Transaction<'static, Any>, at: i64, e: &AuditEntry) -> Result<()> {
    sqlx::query(
        "INSERT INTO audit_log (at, actor_id, action, object_kind, object_id, org_id, detail) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(at)
    .bind(e.actor)
    .bind(e.action)
    .bind(e.object_kind)
    .bind(&e.object_id)
    .bind(e.org_id)
    .bind(&e.detail)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

#[derive(Debug, Clone, sqlx::FromRow, serde::Serialize)]
pub struct AuditRow {
    pub id: i64,
    pub at: i64,
    pub actor_id: Option<i64>,
    pub actor_name: Option<String>,
    pub action: String,
    pub object_kind: String,
    pub object_id: String,
    pub org_id: Option<i64>,
    pub org_name: Option<String>,
    pub detail: String,
}

#[derive(Debug, Clone, Default)]
pub struct AuditFilter {
    pub action: Option<String>,
    pub actor: Option<i64>,
    pub org: Option<i64>,
    pub object_kind: Option<String>,
}

const AUDIT_SELECT: &str = "SELECT a.id, a.at, a.actor_id, u.name AS actor_name, a.action, a.object_kind, \
     a.object_id, a.org_id, o.name AS org_name, a.detail \
     FROM audit_log a LEFT JOIN users u ON u.id = a.actor_id LEFT JOIN orgs o ON o.id = a.org_id";

impl Store {
    /// Writes one audit entry in its own transaction (for changes that are a single statement elsewhere).
    pub async fn audit(&self, at: i64, e: &AuditEntry) -> Result<()> {
        let mut tx = self.write_tx().await?;
        write(&mut tx, at, e).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Newest first, filtered; `limit` rows starting at `offset`. Returns the rows and the total count.
    pub async fn audit_list(&self, f: &AuditFilter, limit: i64, offset: i64) -> Result<(Vec<AuditRow>, i64)> {
        let where_ = "WHERE ($1 = '' OR a.action = $1) AND ($2 = 0 OR a.actor_id = $2) \
                      AND ($3 = 0 OR a.org_id = $3) AND ($4 = '' OR a.object_kind = $4)";
        let action = f.action.clone().unwrap_or_default();
        let kind = f.object_kind.clone().unwrap_or_default();
        let rows = sqlx::query_as::<_, AuditRow>(&format!(
            "{AUDIT_SELECT} {where_} ORDER BY a.id DESC LIMIT $5 OFFSET $6"
        ))
        .bind(&action)
        .bind(f.actor.unwrap_or(0))
        .bind(f.org.unwrap_or(0))
        .bind(&kind)
        .bind(limit)
        .bind(offset)
        .fetch_all(&self.pool)
        .await?;
        let (total,): (i64,) = sqlx::query_as(&format!("SELECT COUNT(*) FROM audit_log a {where_}"))
            .bind(&action)
            .bind(f.actor.unwrap_or(0))
            .bind(f.org.unwrap_or(0))
            .bind(&kind)
            .fetch_one(&self.pool)
            .await?;
        Ok((rows, total))
    }

    /// The distinct actions recorded so far (for the filter's select).
    pub async fn audit_actions(&self) -> Result<Vec<String>> {
        let rows: Vec<(String,)> = sqlx::query_as("SELECT DISTINCT action FROM audit_log ORDER BY action")
            .fetch_all(&self.pool)
            .await?;
        Ok(rows.into_iter().map(|r| r.0).collect())
    }

    /// Entries about one user made by anyone (role changes, deletions …), for their data export.
    pub async fn audit_about_user(&self, user: i64) -> Result<Vec<AuditRow>> {
        Ok(sqlx::query_as::<_, AuditRow>(&format!(
            "{AUDIT_SELECT} WHERE a.object_kind = 'user' AND a.object_id = $1 ORDER BY a.id"
        ))
        .bind(user.to_string())
        .fetch_all(&self.pool)
        .await?)
    }

    /// Entries made by one user (for their data export).
    pub async fn audit_by_actor(&self, user: i64) -> Result<Vec<AuditRow>> {
        Ok(
            sqlx::query_as::<_, AuditRow>(&format!("{AUDIT_SELECT} WHERE a.actor_id = $1 ORDER BY a.id"))
                .bind(user)
                .fetch_all(&self.pool)
                .await?,
        )
    }
}
