//! Discussions of a space: threads, posts with their edit history and
//! attachments, and what each person has read.

use domain::spaces::NotifyMode;
use domain::Timestamp;
use sqlx::{Any, Transaction};

use super::notifications::{follow_in, Recipient};
use crate::audit::AuditEntry;
use crate::db;
use crate::files::{self, NewBlob, Place};
use crate::outbox::{self, NewMail};
use crate::search::{self, Kind};
use crate::write::{self, Written};
use crate::{Result, Store, StoreError};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ThreadItem {
    pub id: i64,
    pub space_id: i64,
    pub title: String,
    pub author: String,
    pub created_at: Timestamp,
    pub last_post_at: Timestamp,
    pub posts: i64,
    /// Posts newer than what the person has read.
    pub unread: i64,
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Thread {
    pub id: i64,
    pub space_id: i64,
    pub title: String,
    pub created_by: Option<i64>,
    pub created_at: Timestamp,
    pub last_post_at: Timestamp,
    pub posts: i64,
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Post {
    pub id: i64,
    pub thread_id: i64,
    pub space_id: i64,
    pub author_id: Option<i64>,
    pub author: String,
    pub body: String,
    pub version: i64,
    pub created_at: Timestamp,
    pub edited_at: Option<Timestamp>,
    pub revisions: i64,
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Revision {
    pub id: i64,
    pub body: String,
    pub editor: String,
    pub edited_at: Timestamp,
}

/// A post as written: its Markdown and the files attached to it (already
/// in the file store), with the space's quota to check them against.
#[derive(Debug, Clone, Copy)]
pub struct NewPost<'a> {
    pub body: &'a str,
    pub files: &'a [NewBlob],
    pub quota: i64,
}

impl<'a> NewPost<'a> {
    /// A post without files.
    pub fn text(body: &'a str) -> Self {
        NewPost {
            body,
            files: &[],
            quota: i64::MAX,
        }
    }
}

const POST_SELECT: &str = "SELECT p.id, p.thread_id, p.space_id, p.author_id, CASE WHEN u.status = 'deleted' THEN '' ELSE COALESCE(u.name, '') END AS author, \
     p.body, p.version, p.created_at, p.edited_at, \
     (SELECT COUNT(*) FROM post_revisions r WHERE r.post_id = p.id) AS revisions \
     FROM posts p LEFT JOIN users u ON u.id = p.author_id";

async fn insert_post(
    tx: &mut Transaction<'static, Any>,
    now: i64,
    space: i64,
    thread: i64,
    author: i64,
    post: NewPost<'_>,
) -> Result<i64> {
    let body = post.body;
    let id = db::number(
        &mut **tx,
        "INSERT INTO posts (thread_id, space_id, author_id, body, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id",
        (thread, space, author, body, now),
    )
    .await?;
    db::exec(
        &mut **tx,
        "UPDATE threads SET posts = posts + 1, last_post_at = $1 WHERE id = $2",
        (now, thread),
    )
    .await?;
    for b in post.files {
        files::insert_file(tx, now, author, space, Place::Post(id), b, post.quota).await?;
    }
    search::index(tx, Kind::Post, id, space, "", body).await?;
    mark_read_in(tx, thread, author).await?;
    // who writes in a thread follows it
    follow_in(tx, now, thread, author).await?;
    Ok(id)
}

/// Marks all posts of a thread as seen by `user`.
async fn mark_read_in(tx: &mut Transaction<'static, Any>, thread: i64, user: i64) -> Result<()> {
    db::exec(
        &mut **tx,
        "INSERT INTO thread_reads (thread_id, user_id, last_post_id) \
         SELECT $1, $2, COALESCE(MAX(id), 0) FROM posts WHERE thread_id = $1 \
         ON CONFLICT (thread_id, user_id) DO UPDATE SET last_post_id = excluded.last_post_id",
        (thread, user),
    )
    .await?;
    Ok(())
}

impl Store {
    /// A space's threads, latest activity first, with the person's unread posts.
    pub async fn threads(&self, space: i64, user: i64, limit: i64, offset: i64) -> Result<Vec<ThreadItem>> {
        self.rows(&format!(
            "SELECT t.id, t.space_id, t.title, CASE WHEN u.status = 'deleted' THEN '' ELSE COALESCE(u.name, '') END AS author, t.created_at, t.last_post_at, t.posts, \
             (SELECT COUNT(*) FROM posts p WHERE p.thread_id = t.id AND p.id > \
                COALESCE((SELECT r.last_post_id FROM thread_reads r WHERE r.thread_id = t.id AND r.user_id = $2), 0)) AS unread \
             FROM threads t LEFT JOIN users u ON u.id = t.created_by WHERE t.space_id = $1 \
             ORDER BY t.last_post_at DESC, t.id DESC LIMIT {} OFFSET {}",
            limit.max(0),
            offset.max(0)
        ), (space, user)).await
    }

    pub async fn thread_count(&self, space: i64) -> Result<i64> {
        self.number("SELECT COUNT(*) FROM threads WHERE space_id = $1", space)
            .await
    }

    pub async fn thread(&self, id: i64) -> Result<Option<Thread>> {
        self.row(
            "SELECT id, space_id, title, created_by, created_at, last_post_at, posts FROM threads WHERE id = $1",
            id,
        )
        .await
    }

    /// Starts a thread with its first post. Returns the thread's id.
    pub async fn create_thread(&self, now: i64, actor: i64, space: i64, title: &str, post: NewPost<'_>) -> Result<i64> {
        let mut tx = self.write_tx().await?;
        let id = db::number(
            &mut *tx,
            "INSERT INTO threads (space_id, title, created_by, created_at, last_post_at) \
             VALUES ($1, $2, $3, $4, $4) RETURNING id",
            (space, title, actor, now),
        )
        .await?;
        search::index(&mut tx, Kind::Thread, id, space, title, "").await?;
        insert_post(&mut tx, now, space, id, actor, post).await?;
        write::commit(tx, now, &AuditEntry::new(Some(actor), "thread.create", "thread", id)).await?;
        Ok(id)
    }

    /// Adds a reply to a thread and tells its followers (except the author,
    /// and only while they still belong to the space): at once by the mail
    /// `compose` makes, or in their next daily digest. Returns the post's id.
    pub async fn reply(
        &self,
        now: i64,
        actor: i64,
        thread: &Thread,
        post: NewPost<'_>,
        compose: &(dyn Fn(&Recipient) -> NewMail + Sync),
    ) -> Result<i64> {
        let mut tx = self.write_tx().await?;
        let id = insert_post(&mut tx, now, thread.space_id, thread.id, actor, post).await?;
        let followers: Vec<Recipient> = db::rows(
            &mut *tx,
            "SELECT u.id AS user_id, u.email, u.name, COALESCE(u.locale, '') AS locale, \
             COALESCE(p.mode, 'immediate') AS mode FROM thread_follows f JOIN users u ON u.id = f.user_id \
             LEFT JOIN notify_prefs p ON p.user_id = u.id \
             WHERE f.thread_id = $1 AND f.user_id <> $2 AND u.status = 'active' \
             AND COALESCE(p.mode, 'immediate') <> 'off' \
             AND EXISTS (SELECT 1 FROM space_members m WHERE m.space_id = $3 \
                AND (m.user_id = u.id OR m.org_id IN (SELECT org_id FROM memberships WHERE user_id = u.id))) \
             ORDER BY u.id",
            (thread.id, actor, thread.space_id),
        )
        .await?;
        for r in &followers {
            if r.mode == NotifyMode::Digest {
                db::exec(
                    &mut *tx,
                    "INSERT INTO digest_items (user_id, post_id, created_at) VALUES ($1, $2, $3)",
                    (r.user_id, id, now),
                )
                .await?;
            } else {
                outbox::enqueue(&mut tx, now, &compose(r)).await?;
            }
        }
        write::commit(tx, now, &AuditEntry::new(Some(actor), "post.create", "post", id)).await?;
        Ok(id)
    }

    pub async fn posts(&self, thread: i64) -> Result<Vec<Post>> {
        self.rows(
            &format!("{POST_SELECT} WHERE p.thread_id = $1 ORDER BY p.created_at, p.id"),
            thread,
        )
        .await
    }

    pub async fn post(&self, id: i64) -> Result<Option<Post>> {
        self.row(&format!("{POST_SELECT} WHERE p.id = $1"), id).await
    }

    /// Replaces a post's text if nobody changed it since `version`; the old
    /// wording is kept as a revision.
    pub async fn edit_post(&self, now: i64, actor: i64, id: i64, version: i64, body: &str) -> Result<()> {
        let mut tx = self.write_tx().await?;
        let old: Option<(String, i64)> = db::row(
            &mut *tx,
            "SELECT body, space_id FROM posts WHERE id = $1 AND version = $2",
            (id, version),
        )
        .await?;
        let Some((old, space)) = old else {
            return Err(if self.post(id).await?.is_some() {
                StoreError::Stale
            } else {
                StoreError::NotFound
            });
        };
        db::exec(
            &mut *tx,
            "UPDATE posts SET body = $1, version = version + 1, edited_at = $2 WHERE id = $3 AND version = $4",
            (body, now, id, version),
        )
        .await?
        .fresh()?;
        db::exec(
            &mut *tx,
            "INSERT INTO post_revisions (post_id, body, edited_by, edited_at) VALUES ($1, $2, $3, $4)",
            (id, old, actor, now),
        )
        .await?;
        search::index(&mut tx, Kind::Post, id, space, "", body).await?;
        write::commit(tx, now, &AuditEntry::new(Some(actor), "post.edit", "post", id)).await
    }

    /// Earlier wordings of a post, newest first.
    pub async fn post_revisions(&self, post: i64) -> Result<Vec<Revision>> {
        self.rows(
            "SELECT r.id, r.body, COALESCE(u.name, '') AS editor, r.edited_at FROM post_revisions r \
             LEFT JOIN users u ON u.id = r.edited_by WHERE r.post_id = $1 ORDER BY r.edited_at DESC, r.id DESC",
            post,
        )
        .await
    }

    /// Marks a thread read; returns the newest post seen before (0: none).
    pub async fn read_thread(&self, thread: i64, user: i64) -> Result<i64> {
        // already read to the end: nothing to write (most page views)
        let (seen, newest): (Option<i64>, i64) = self
            .one(
                "SELECT (SELECT last_post_id FROM thread_reads WHERE thread_id = $1 AND user_id = $2), \
             (SELECT COALESCE(MAX(id), 0) FROM posts WHERE thread_id = $1)",
                (thread, user),
            )
            .await?;
        if seen == Some(newest) {
            return Ok(newest);
        }
        let mut tx = self.write_tx().await?;
        let before: Option<(i64,)> = db::row(
            &mut *tx,
            "SELECT last_post_id FROM thread_reads WHERE thread_id = $1 AND user_id = $2",
            (thread, user),
        )
        .await?;
        mark_read_in(&mut tx, thread, user).await?;
        tx.commit().await?;
        Ok(before.map(|(t,)| t).unwrap_or(0))
    }
}
