//! The mail outbox: mails are written in the same transaction as the change
//! that causes them; a worker on any node claims due mails and sends them.

use domain::outbox::{MailKind, MailStatus};
use domain::Timestamp;
use sqlx::{Any, Transaction};

use crate::db;
use crate::{Backend, Result, Store};

#[derive(Debug, Clone)]
pub struct NewMail {
    pub to_addr: String,
    pub to_name: String,
    pub subject: String,
    pub body: String,
    pub locale: String,
    pub kind: MailKind,
}

#[derive(Debug, Clone, sqlx::FromRow, serde::Serialize)]
pub struct Mail {
    pub id: i64,
    pub to_addr: String,
    pub to_name: String,
    pub subject: String,
    pub body: String,
    pub locale: String,
    pub kind: MailKind,
    pub created_at: Timestamp,
    pub status: MailStatus,
    pub attempts: i64,
    pub last_error: Option<String>,
    pub sent_at: Option<Timestamp>,
}

const MAIL_COLS: &str =
    "id, to_addr, to_name, subject, body, locale, kind, created_at, status, attempts, last_error, sent_at";

/// Attempts before a mail is given up as failed.
pub const MAX_ATTEMPTS: i64 = 8;

pub(crate) async fn enqueue(tx: &mut Transaction<'static, Any>, now: i64, m: &NewMail) -> Result<()> {
    db::exec(
        &mut **tx,
        "INSERT INTO outbox (to_addr, to_name, subject, body, locale, kind, created_at, next_attempt_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $7)",
        (&m.to_addr, &m.to_name, &m.subject, &m.body, &m.locale, m.kind, now),
    )
    .await?;
    Ok(())
}

impl Store {
    pub async fn enqueue_mail(&self, now: i64, m: &NewMail) -> Result<()> {
        let mut tx = self.write_tx().await?;
        enqueue(&mut tx, now, m).await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn outbox_list(&self, limit: i64, offset: i64) -> Result<(Vec<Mail>, i64)> {
        let rows = self
            .rows::<Mail>(
                &format!("SELECT {MAIL_COLS} FROM outbox ORDER BY id DESC LIMIT $1 OFFSET $2"),
                (limit, offset),
            )
            .await?;
        let total = self.number("SELECT COUNT(*) FROM outbox", ()).await?;
        Ok((rows, total))
    }

    /// Mails to one address (for the recipient's data export).
    pub async fn mails_to(&self, addr: &str) -> Result<Vec<Mail>> {
        self.rows(
            &format!("SELECT {MAIL_COLS} FROM outbox WHERE to_addr = $1 ORDER BY id"),
            addr,
        )
        .await
    }

    pub async fn mail(&self, id: i64) -> Result<Option<Mail>> {
        self.row(&format!("SELECT {MAIL_COLS} FROM outbox WHERE id = $1"), id)
            .await
    }

    /// Claims up to `n` due mails for `lease_secs`, so that no other node
    /// sends them meanwhile. PostgreSQL uses `FOR UPDATE SKIP LOCKED`;
    /// SQLite has a single writer, so one UPDATE … RETURNING suffices.
    pub async fn claim_mails(&self, now: i64, n: i64, lease_secs: i64) -> Result<Vec<Mail>> {
        let sql = match self.backend {
            Backend::Postgres => format!(
                "UPDATE outbox SET claimed_until = $1 WHERE id IN (SELECT id FROM outbox \
                 WHERE status = 'pending' AND next_attempt_at <= $2 AND claimed_until <= $2 \
                 ORDER BY id LIMIT $3 FOR UPDATE SKIP LOCKED) RETURNING {MAIL_COLS}"
            ),
            Backend::Sqlite => format!(
                "UPDATE outbox SET claimed_until = $1 WHERE id IN (SELECT id FROM outbox \
                 WHERE status = 'pending' AND next_attempt_at <= $2 AND claimed_until <= $2 \
                 ORDER BY id LIMIT $3) RETURNING {MAIL_COLS}"
            ),
        };
        let mut tx = self.write_tx().await?;
        let rows = db::rows::<Mail>(&mut *tx, &sql, (now + lease_secs, now, n)).await?;
        tx.commit().await?;
        Ok(rows)
    }

    /// Marks a mail delivered. Its text is personal content that has reached its reader:
    /// the outbox keeps neither subject nor body once a mail is sent (its kind stays).
    pub async fn mark_mail_sent(&self, now: i64, id: i64) -> Result<()> {
        self.exec(
            "UPDATE outbox SET status = 'sent', sent_at = $1, attempts = attempts + 1, claimed_until = 0, subject = '', body = '' \
             WHERE id = $2",
            (now, id),
        )
        .await?;
        Ok(())
    }

    /// Records a failed attempt; retries with exponential back-off, gives up after [`MAX_ATTEMPTS`].
    pub async fn mark_mail_failed(&self, now: i64, id: i64, error: &str) -> Result<()> {
        let attempts = self.number("SELECT attempts FROM outbox WHERE id = $1", id).await?;
        let attempts = attempts + 1;
        let status = if attempts >= MAX_ATTEMPTS {
            MailStatus::Failed
        } else {
            MailStatus::Pending
        };
        let backoff = 60_i64.saturating_mul(1_i64 << attempts.min(10));
        self.exec(
            "UPDATE outbox SET status = $1, attempts = $2, next_attempt_at = $3, last_error = $4, claimed_until = 0 \
             WHERE id = $5",
            (
                status,
                attempts,
                now + backoff,
                error.chars().take(500).collect::<String>(),
                id,
            ),
        )
        .await?;
        Ok(())
    }
}
