//! Operator texts (imprint, privacy, accessibility statement) and barrier reports.

use domain::site::BarrierStatus;
use domain::Timestamp;

use crate::audit::AuditEntry;
use crate::write::{self, Written};
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
        let rows: Vec<(String, String, i64)> = sqlx::query_as(
            "SELECT locale, body, updated_at FROM site_texts WHERE key = $1 AND (locale = $2 OR locale = 'de')",
        )
        .bind(key)
        .bind(locale)
        .fetch_all(&self.pool)
        .await?;
        let pick = rows
            .iter()
            .find(|r| r.0 == locale)
            .or_else(|| rows.iter().find(|r| r.0 == "de"));
        Ok(pick.map(|r| (r.1.clone(), r.2, r.0.clone())))
    }

    /// The exact text for `key` in `locale` (no fallback), for editing.
    pub async fn site_text_exact(&self, key: &str, locale: &str) -> Result<Option<String>> {
        let row: Option<(String,)> = sqlx::query_as("SELECT body FROM site_texts WHERE key = $1 AND locale = $2")
            .bind(key)
            .bind(locale)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.map(|r| r.0))
    }

    pub async fn set_site_text(&self, now: i64, actor: Option<i64>, key: &str, locale: &str, body: &str) -> Result<()> {
        let mut tx = self.write_tx().await?;
        if body.is_empty() {
            sqlx::query("DELETE FROM site_texts WHERE key = $1 AND locale = $2")
                .bind(key)
                .bind(locale)
                .execute(&mut *tx)
                .await?;
        } else {
            sqlx::query(
                "INSERT INTO site_texts (key, locale, body, updated_at, updated_by) VALUES ($1, $2, $3, $4, $5) \
                 ON CONFLICT (key, locale) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at, \
                 updated_by = excluded.updated_by",
            )
            .bind(key)
            .bind(locale)
            .bind(body)
            .bind(now)
            .bind(actor)
            .execute(&mut *tx)
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
        let same: Option<(i64,)> =
            sqlx::query_as("SELECT id FROM barrier_reports WHERE page = $1 AND description = $2 AND at > $3")
                .bind(page)
                .bind(description)
                .bind(now - 600)
                .fetch_optional(&mut *tx)
                .await?;
        if let Some((id,)) = same {
            return Ok(id);
        }
        let (id,): (i64,) = sqlx::query_as(
            "INSERT INTO barrier_reports (at, page, description, email, status) VALUES ($1, $2, $3, $4, $5) RETURNING id",
        )
        .bind(now)
        .bind(page)
        .bind(description)
        .bind(email.map(str::to_string))
        .bind(BarrierStatus::Open)
        .fetch_one(&mut *tx)
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
        let rows = sqlx::query_as::<_, BarrierReport>(
            "SELECT id, at, page, description, email, status FROM barrier_reports ORDER BY id DESC LIMIT $1 OFFSET $2",
        )
        .bind(limit)
        .bind(offset)
        .fetch_all(&self.pool)
        .await?;
        let (total,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM barrier_reports")
            .fetch_one(&self.pool)
            .await?;
        Ok((rows, total))
    }

    pub async fn set_barrier_report_status(&self, now: i64, actor: i64, id: i64, status: BarrierStatus) -> Result<()> {
        let mut tx = self.write_tx().await?;
        sqlx::query("UPDATE barrier_reports SET status = $1 WHERE id = $2")
            .bind(status)
            .bind(id)
            .execute(&mut *tx)
            .await?
            .found()?;
        let entry =
            AuditEntry::new(Some(actor), "barrier_report.set_status", "barrier_report", id).detail(status.code());
        write::commit(tx, now, &entry).await
    }
}

impl Store {
    /// Data export: barrier reports sent with this address, operator texts this person last changed.
    pub async fn personal_site(&self, p: &crate::export::Person) -> Result<crate::export::Sections> {
        use crate::export::Arg::{Int, Text};
        Ok(vec![
            self.section(
                "barrier_reports",
                "SELECT id, at, page, description, email, status FROM barrier_reports WHERE email = $1",
                &[Text(&p.email)],
            )
            .await?,
            self.section(
                "site_texts",
                "SELECT key, locale, updated_at FROM site_texts WHERE updated_by = $1",
                &[Int(p.user_id())],
            )
            .await?,
        ])
    }
}
