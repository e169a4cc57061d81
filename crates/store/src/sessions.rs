//! Server-side sessions. The cookie holds a random token; the database holds
//! only its SHA-256 hash, so a leaked database does not leak sessions.

use std::sync::LazyLock;

use domain::Timestamp;

use crate::accounts::User;
use crate::db;

use crate::write;
use crate::{AuditEntry, Result, Store};

/// A session with the account it belongs to, read in one query (every
/// signed-in request starts with it).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct SessionUser {
    #[sqlx(rename = "s_last_seen_at")]
    pub last_seen_at: Timestamp,
    #[sqlx(rename = "s_expires_at")]
    pub expires_at: Timestamp,
    #[sqlx(flatten)]
    pub user: User,
}

#[derive(Debug, Clone, sqlx::FromRow, serde::Serialize)]
pub struct SessionInfo {
    pub created_at: Timestamp,
    pub last_seen_at: Timestamp,
    pub user_agent: String,
}

impl Store {
    pub async fn create_session(&self, now: i64, id_hash: &str, user: i64, absolute_secs: i64, ua: &str) -> Result<()> {
        let mut tx = self.write_tx().await?;
        db::exec(
            &mut *tx,
            "INSERT INTO sessions (id_hash, user_id, created_at, last_seen_at, expires_at, user_agent) \
             VALUES ($1, $2, $3, $3, $4, $5)",
            (
                id_hash,
                user,
                now,
                now + absolute_secs,
                ua.chars().take(200).collect::<String>(),
            ),
        )
        .await?;
        write::commit(tx, now, &AuditEntry::new(Some(user), "session.login", "user", user)).await
    }

    /// The session with this token hash and its account.
    pub async fn session_user(&self, id_hash: &str) -> Result<Option<SessionUser>> {
        static SQL: LazyLock<String> = LazyLock::new(|| {
            format!(
                "SELECT s.last_seen_at AS s_last_seen_at, s.expires_at AS s_expires_at, {} \
                 FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.id_hash = $1",
                crate::accounts::user_cols("u")
            )
        });
        self.row(&SQL, id_hash).await
    }

    pub async fn touch_session(&self, id_hash: &str, now: i64) -> Result<()> {
        self.exec(
            "UPDATE sessions SET last_seen_at = $1 WHERE id_hash = $2",
            (now, id_hash),
        )
        .await?;
        Ok(())
    }

    pub async fn delete_session(&self, id_hash: &str) -> Result<()> {
        self.exec("DELETE FROM sessions WHERE id_hash = $1", id_hash).await?;
        Ok(())
    }

    /// "Log out everywhere": ends every session of the user.
    pub async fn delete_sessions_of(&self, now: i64, user: i64) -> Result<()> {
        let mut tx = self.write_tx().await?;
        db::exec(&mut *tx, "DELETE FROM sessions WHERE user_id = $1", user).await?;
        let entry = AuditEntry::new(Some(user), "session.logout_everywhere", "user", user);
        write::commit(tx, now, &entry).await
    }

    pub async fn sessions_of(&self, user: i64) -> Result<Vec<SessionInfo>> {
        self.rows(
            "SELECT created_at, last_seen_at, user_agent FROM sessions WHERE user_id = $1 ORDER BY last_seen_at DESC",
            user,
        )
        .await
    }

    /// Removes expired sessions, links used or expired over 30 days ago, mails
    /// sent over 30 days ago (they may hold links) and old rate-limit windows.
    pub async fn purge_expired(&self, now: i64, idle_secs: i64) -> Result<()> {
        self.exec(
            "DELETE FROM sessions WHERE expires_at <= $1 OR last_seen_at <= $2",
            (now, now - idle_secs),
        )
        .await?;
        // links that were used or ran out a month ago, and mails sent a month ago
        let month_ago = now - 30 * 86_400;
        self.exec(
            "DELETE FROM invitations WHERE (used_at IS NOT NULL AND used_at <= $1) OR expires_at <= $1",
            month_ago,
        )
        .await?;
        self.exec("DELETE FROM password_resets WHERE expires_at <= $1", month_ago)
            .await?;
        self.exec("DELETE FROM outbox WHERE status = 'sent' AND sent_at <= $1", month_ago)
            .await?;
        self.exec("DELETE FROM rate_limits WHERE window_start <= $1", now - 86_400)
            .await?;
        Ok(())
    }
}
