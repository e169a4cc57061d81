//! The audit log: every change, who made it, on what, in which organisation, when.

use sqlx::{Any, Transaction};

use crate::db;
use crate::filter::Filter;
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
    db::exec(
        &mut **tx,
        "INSERT INTO audit_log (at, actor_id, action, object_kind, object_id, org_id, detail) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
        (at, e.actor, e.action, e.object_kind, &e.object_id, e.org_id, &e.detail),
    )
    .await?;
    Ok(())
}

#[derive(Debug, Clone, sqlx::FromRow, serde::Serialize)]
pub struct AuditRow {
    pub id: i64,
    pub at: domain::Timestamp,
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

/// The log's conditions, numbered after `fixed` parameters of the statement
/// (an empty text or a zero id is no filter).
fn audit_filter(f: &AuditFilter) -> Filter {
    let mut w = Filter::after(0);
    if let Some(action) = f.action.as_ref().filter(|a| !a.is_empty()) {
        let p = w.param(action.as_str());
        w.and(format!("a.action = {p}"));
    }
    if let Some(actor) = f.actor.filter(|a| *a != 0) {
        let p = w.param(actor);
        w.and(format!("a.actor_id = {p}"));
    }
    if let Some(org) = f.org.filter(|o| *o != 0) {
        let p = w.param(org);
        w.and(format!("a.org_id = {p}"));
    }
    if let Some(kind) = f.object_kind.as_ref().filter(|k| !k.is_empty()) {
        let p = w.param(kind.as_str());
        w.and(format!("a.object_kind = {p}"));
    }
    w
}

const AUDIT_SELECT: &str = "SELECT a.id, a.at, a.actor_id, u.name AS actor_name, a.action, a.object_kind, \
     a.object_id, a.org_id, o.name AS org_name, a.detail \
     FROM audit_log a LEFT JOIN users u ON u.id = a.actor_id LEFT JOIN orgs o ON o.id = a.org_id";

impl Store {
    /// Writes one audit entry in its own transaction (for changes that are a single statement elsewhere).
    pub async fn audit(&self, at: i64, e: &AuditEntry) -> Result<()> {
        let tx = self.write_tx().await?;
        crate::write::commit(tx, at, e).await
    }

    /// Newest first, filtered; `limit` rows starting at `offset`. Returns the rows and the total count.
    pub async fn audit_list(&self, f: &AuditFilter, limit: i64, offset: i64) -> Result<(Vec<AuditRow>, i64)> {
        let w = audit_filter(f);
        let filter = w.where_clause();
        self.page(
            &w,
            &format!("{AUDIT_SELECT} {filter}"),
            "ORDER BY a.id DESC",
            &format!("FROM audit_log a {filter}"),
            limit,
            offset,
        )
        .await
    }

    /// The distinct actions recorded so far (for the filter's select).
    pub async fn audit_actions(&self) -> Result<Vec<String>> {
        let rows: Vec<(String,)> = self
            .rows("SELECT DISTINCT action FROM audit_log ORDER BY action", ())
            .await?;
        Ok(rows.into_iter().map(|r| r.0).collect())
    }

    /// Entries about one user made by anyone (role changes, deletions …), for their data export.
    pub async fn audit_about_user(&self, user: i64) -> Result<Vec<AuditRow>> {
        self.rows(
            &format!("{AUDIT_SELECT} WHERE a.object_kind = 'user' AND a.object_id = $1 ORDER BY a.id"),
            user.to_string(),
        )
        .await
    }

    /// Entries made by one user (for their data export).
    pub async fn audit_by_actor(&self, user: i64) -> Result<Vec<AuditRow>> {
        self.rows(&format!("{AUDIT_SELECT} WHERE a.actor_id = $1 ORDER BY a.id"), user)
            .await
    }
}
