//! How people hear of new posts in threads they follow: following,
//! each person's mode (at once, a daily digest, not at all) and the digests.

use domain::spaces::NotifyMode;
use domain::Timestamp;
use sqlx::{Any, Transaction};

use crate::audit::AuditEntry;
use crate::db;
use crate::outbox::{self, NewMail};
use crate::write;
use crate::{Result, Store};

/// Someone to tell of a new post.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Recipient {
    pub user_id: i64,
    pub email: String,
    pub name: String,
    pub locale: String,
    pub mode: NotifyMode,
}

/// A post waiting in a person's daily digest.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct DigestItem {
    pub post_id: i64,
    pub space: String,
    pub thread_id: i64,
    pub thread: String,
    pub author: String,
    pub created_at: Timestamp,
}

/// A digest goes out at most once in this many seconds.
pub const DIGEST_EVERY_SECS: i64 = 86_400;

/// Makes `user` follow `thread` (nothing when they already do).
pub(super) async fn follow_in(tx: &mut Transaction<'static, Any>, now: i64, thread: i64, user: i64) -> Result<()> {
    db::exec(
        &mut **tx,
        "INSERT INTO thread_follows (thread_id, user_id, created_at) VALUES ($1, $2, $3) \
         ON CONFLICT (thread_id, user_id) DO NOTHING",
        (thread, user, now),
    )
    .await?;
    Ok(())
}

impl Store {
    pub async fn is_following(&self, thread: i64, user: i64) -> Result<bool> {
        let row: Option<(i64,)> = self
            .row(
                "SELECT 1 FROM thread_follows WHERE thread_id = $1 AND user_id = $2",
                (thread, user),
            )
            .await?;
        Ok(row.is_some())
    }

    /// Follows (`true`) or stops following a thread.
    pub async fn follow_thread(&self, now: i64, thread: i64, user: i64, follow: bool) -> Result<()> {
        let mut tx = self.write_tx().await?;
        if follow {
            follow_in(&mut tx, now, thread, user).await?;
        } else {
            db::exec(
                &mut *tx,
                "DELETE FROM thread_follows WHERE thread_id = $1 AND user_id = $2",
                (thread, user),
            )
            .await?;
        }
        let action = if follow { "thread.follow" } else { "thread.unfollow" };
        write::commit(tx, now, &AuditEntry::new(Some(user), action, "thread", thread)).await
    }

    /// How a person hears of new posts (immediate unless they chose otherwise).
    pub async fn notify_mode(&self, user: i64) -> Result<NotifyMode> {
        let row: Option<(NotifyMode,)> = self
            .row("SELECT mode FROM notify_prefs WHERE user_id = $1", user)
            .await?;
        // no row: the person never chose, and hears of each post at once
        Ok(row.map_or(NotifyMode::Immediate, |(m,)| m))
    }

    pub async fn set_notify_mode(&self, now: i64, user: i64, mode: NotifyMode) -> Result<()> {
        let mut tx = self.write_tx().await?;
        db::exec(
            &mut *tx,
            "INSERT INTO notify_prefs (user_id, mode) VALUES ($1, $2) \
             ON CONFLICT (user_id) DO UPDATE SET mode = excluded.mode",
            (user, mode),
        )
        .await?;
        if mode != NotifyMode::Digest {
            db::exec(&mut *tx, "DELETE FROM digest_items WHERE user_id = $1", user).await?;
        }
        write::commit(tx, now, &AuditEntry::new(Some(user), "notify.mode", "user", user)).await
    }

    /// People whose daily digest is due: posts are waiting and the last
    /// digest went out at least [`DIGEST_EVERY_SECS`] ago.
    pub async fn due_digests(&self, now: i64) -> Result<Vec<Recipient>> {
        self.rows(
            "SELECT u.id AS user_id, u.email, u.name, COALESCE(u.locale, '') AS locale, p.mode \
             FROM notify_prefs p JOIN users u ON u.id = p.user_id \
             WHERE p.mode = 'digest' AND u.status = 'active' \
             AND (p.last_digest_at IS NULL OR p.last_digest_at <= $1) \
             AND EXISTS (SELECT 1 FROM digest_items d WHERE d.user_id = u.id) ORDER BY u.id",
            now - DIGEST_EVERY_SECS,
        )
        .await
    }

    /// The posts waiting in a person's digest, oldest first.
    pub async fn digest_items(&self, user: i64) -> Result<Vec<DigestItem>> {
        self.rows(
            "SELECT p.id AS post_id, s.name AS space, t.id AS thread_id, t.title AS thread, CASE WHEN u.status = 'deleted' THEN '' ELSE COALESCE(u.name, '') END AS author, \
             p.created_at FROM digest_items d JOIN posts p ON p.id = d.post_id JOIN threads t ON t.id = p.thread_id \
             JOIN spaces s ON s.id = t.space_id LEFT JOIN users u ON u.id = p.author_id \
             WHERE d.user_id = $1 ORDER BY p.created_at, p.id",
            user,
        )
        .await
    }

    /// Sends a digest of the items up to post `up_to`: the mail goes to the
    /// outbox and those items are cleared in one step (later ones wait).
    pub async fn send_digest(&self, now: i64, user: i64, up_to: i64, mail: &NewMail) -> Result<()> {
        let mut tx = self.write_tx().await?;
        db::exec(
            &mut *tx,
            "DELETE FROM digest_items WHERE user_id = $1 AND post_id <= $2",
            (user, up_to),
        )
        .await?;
        db::exec(
            &mut *tx,
            "UPDATE notify_prefs SET last_digest_at = $1 WHERE user_id = $2",
            (now, user),
        )
        .await?;
        outbox::enqueue(&mut tx, now, mail).await?;
        tx.commit().await?;
        Ok(())
    }
}
