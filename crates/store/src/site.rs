//! Operator texts (imprint, privacy, accessibility statement) and barrier reports.

use domain::site::BarrierStatus;
use domain::Timestamp;

use crate::audit::AuditEntry;
use crate::db;
use crate::write;
use crate::{Result, Store};

#[derive(Debug, Clone, sqlx::FromRow, serde::Serialize)]
pub struct BarrierReport {
    pub id: i64,
    pub at: Timestamp,
    pub page: String,
    pub description: String,
    pub email: Option<String>,
    pub status: BarrierStatus,
}

impl Store {
    /// The text for `key` in `locale`, falling back to German: (body, changed at, its locale).
    pub async fn site_text(&self, key: &str, locale: &str) -> Result<Option<(String, i64, String)>> {
        let rows: Vec<(String, String, i64)> = self
            .rows(
                "SELECT locale, body, updated_at FROM site_texts WHERE key = $1 AND (locale = $2 OR locale = 'de')",
                (key, locale),
            )
            .await?;
        let pick = rows
            .iter()
            .find(|r| r.0 == locale)
            .or_else(|| rows.iter().find(|r| r.0 == "de"));
        Ok(pick.map(|r| (r.1.clone(), r.2, r.0.clone())))
    }

    /// The exact text for `key` in `locale` (no fallback), for editing.
    pub async fn site_text_exact(&self, key: &str, locale: &str) -> Result<Option<String>> {
        let row: Option<(String,)> = self
            .row(
                "SELECT body FROM site_texts WHERE key = $1 AND locale = $2",
                (key, locale),
            )
            .await?;
        Ok(row.map(|r| r.0))
    }

    pub async fn set_site_text(&self, now: i64, actor: Option<i64>, key: &str, locale: &str, body: &str) -> Result<()> {
        let mut tx = self.write_tx().await?;
        if body.is_empty() {
            db::exec(
                &mut *tx,
                "DELETE FROM site_texts WHERE key = $1 AND locale = $2",
                (key, locale),
            )
            .await?;
        } else {
            db::exec(
                &mut *tx,
                "INSERT INTO site_texts (key, locale, body, updated_at, updated_by) VALUES ($1, $2, $3, $4, $5) \
                 ON CONFLICT (key, locale) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at, \
                 updated_by = excluded.updated_by",
                (key, locale, body, now, actor),
            )
            .await?;
        }
        let entry = AuditEntry::new(actor, "site_text.update", "site_text", format!("{key}/{locale}"));
        write::commit(tx, now, &entry).await
    }

    pub async fn create_barrier_report(
        &self,
        now: i64,
        actor: Option<i64>,
        page: &str,
        description: &str,
        email: Option<&str>,
    ) -> Result<i64> {
        let mut tx = self.write_tx().await?;
        // the same report again within ten minutes (a double submit) is stored once
        let same: Option<(i64,)> = db::row(
            &mut *tx,
            "SELECT id FROM barrier_reports WHERE page = $1 AND description = $2 AND at > $3",
            (page, description, now - 600),
        )
        .await?;
        if let Some((id,)) = same {
            return Ok(id);
        }
        let id = db::number(
            &mut *tx,
            "INSERT INTO barrier_reports (at, page, description, email, status) VALUES ($1, $2, $3, $4, $5) RETURNING id",
            (now, page, description, email.map(str::to_string), BarrierStatus::Open),
        )
        .await?;
        write::commit(
            tx,
            now,
            &AuditEntry::new(actor, "barrier_report.create", "barrier_report", id),
        )
        .await?;
        Ok(id)
    }

    pub async fn barrier_reports(&self, limit: i64, offset: i64) -> Result<(Vec<BarrierReport>, i64)> {
        let rows = self.rows::<BarrierReport>(
            "SELECT id, at, page, description, email, status FROM barrier_reports ORDER BY id DESC LIMIT $1 OFFSET $2",
            (limit, offset),
        )
        .await?;
        let total = self.number("SELECT COUNT(*) FROM barrier_reports", ()).await?;
        Ok((rows, total))
    }

    pub async fn set_barrier_report_status(&self, now: i64, actor: i64, id: i64, status: BarrierStatus) -> Result<()> {
        let entry =
            AuditEntry::new(Some(actor), "barrier_report.set_status", "barrier_report", id).detail(status.code());
        self.change(
            now,
            "UPDATE barrier_reports SET status = $1 WHERE id = $2",
            (status, id),
            &entry,
        )
        .await
    }
}
