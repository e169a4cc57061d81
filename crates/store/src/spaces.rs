//! Network spaces: members (organisations and people) with roles, requests
//! to join, visits, and discussions (threads, posts, edit history, reads).

use domain::spaces::{SpaceKind, SpaceRole};
use sqlx::{Any, Transaction};

use crate::audit::{self, AuditEntry};
use crate::files::{self, NewBlob, Place};
use crate::outbox::{self, NewMail};
use crate::search::{self, Kind};
use crate::{Result, Store, StoreError};

#[derive(Debug, Clone, sqlx::FromRow, serde::Serialize)]
pub struct Space {
    pub id: i64,
    pub name: String,
    pub kind: String,
    pub description: String,
    pub listed: i64,
    pub version: i64,
    pub created_at: i64,
    pub updated_at: i64,
}

/// What a space form holds once parsed.
#[derive(Debug, Clone)]
pub struct NewSpace {
    pub name: String,
    pub kind: SpaceKind,
    pub description: String,
    pub listed: bool,
}

/// A space in a person's list, with their role (`None`: listed, not a member)
/// and what is new for them.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct SpaceItem {
    pub id: i64,
    pub name: String,
    pub kind: String,
    pub description: String,
    pub members: i64,
    /// Posts since the person's last visit (0 for non-members).
    pub new_posts: i64,
    pub requested: i64,
}

#[derive(Debug, Clone, sqlx::FromRow, serde::Serialize)]
pub struct Member {
    pub id: i64,
    pub org_id: Option<i64>,
    pub user_id: Option<i64>,
    /// The organisation's or the person's name.
    pub name: String,
    /// The person's e-mail address (empty for an organisation).
    pub email: String,
    pub role: String,
    pub created_at: i64,
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
    pub created_at: i64,
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ThreadItem {
    pub id: i64,
    pub space_id: i64,
    pub title: String,
    pub author: String,
    pub created_at: i64,
    pub last_post_at: i64,
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
    pub created_at: i64,
    pub last_post_at: i64,
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
    pub created_at: i64,
    pub edited_at: Option<i64>,
    pub revisions: i64,
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Revision {
    pub id: i64,
    pub body: String,
    pub editor: String,
    pub edited_at: i64,
}

/// What changed in a space since a visit.
#[derive(Debug, Clone, Default)]
pub struct News {
    pub threads: i64,
    pub posts: i64,
    pub members: i64,
    /// Files uploaded by others (in folders, on posts, with sessions).
    pub files: i64,
}

impl News {
    pub fn is_empty(&self) -> bool {
        self.threads == 0 && self.posts == 0 && self.members == 0 && self.files == 0
    }
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

const SPACE_COLS: &str = "id, name, kind, description, listed, version, created_at, updated_at";

const POST_SELECT: &str = "SELECT p.id, p.thread_id, p.space_id, p.author_id, COALESCE(u.name, '') AS author, \
     p.body, p.version, p.created_at, p.edited_at, \
     (SELECT COUNT(*) FROM post_revisions r WHERE r.post_id = p.id) AS revisions \
     FROM posts p LEFT JOIN users u ON u.id = p.author_id";

/// The member rows that make `$2` (a person) a member of a space: their own
/// and their organisations'.
const MINE: &str = "(m.user_id = $2 OR m.org_id IN (SELECT org_id FROM memberships WHERE user_id = $2))";

/// Serialises membership changes of one space (PostgreSQL; SQLite's writes
/// are serial anyway), so two admins demoting each other cannot both succeed.
async fn lock_space(tx: &mut Transaction<'static, Any>, backend: crate::Backend, space: i64) -> Result<()> {
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
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM space_members WHERE space_id = $1 AND role = 'admin'")
        .bind(space)
        .fetch_one(&mut **tx)
        .await?;
    if n == 0 {
        return Err(StoreError::Conflict("last_admin"));
    }
    Ok(())
}

async fn insert_post(
    tx: &mut Transaction<'static, Any>,
    now: i64,
    space: i64,
    thread: i64,
    author: i64,
    post: NewPost<'_>,
) -> Result<i64> {
    let body = post.body;
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO posts (thread_id, space_id, author_id, body, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(thread)
    .bind(space)
    .bind(author)
    .bind(body)
    .bind(now)
    .fetch_one(&mut **tx)
    .await?;
    sqlx::query("UPDATE threads SET posts = posts + 1, last_post_at = $1 WHERE id = $2")
        .bind(now)
        .bind(thread)
        .execute(&mut **tx)
        .await?;
    for b in post.files {
        files::insert_file(tx, now, author, space, Place::Post(id), b, post.quota).await?;
    }
    search::index(tx, Kind::Post, id, space, "", body).await?;
    mark_read_in(tx, thread, author).await?;
    // who writes in a thread follows it
    sqlx::query(
        "INSERT INTO thread_follows (thread_id, user_id, created_at) VALUES ($1, $2, $3) \
         ON CONFLICT (thread_id, user_id) DO NOTHING",
    )
    .bind(thread)
    .bind(author)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(id)
}

/// Someone to tell of a new post.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Recipient {
    pub user_id: i64,
    pub email: String,
    pub name: String,
    pub locale: String,
    /// immediate | digest
    pub mode: String,
}

/// A post waiting in a person's daily digest.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct DigestItem {
    pub post_id: i64,
    pub space: String,
    pub thread_id: i64,
    pub thread: String,
    pub author: String,
    pub created_at: i64,
}

/// A visit this soon after the last one, with nothing new, is not recorded.
const REVISIT_SECS: i64 = 300;

/// How a person hears of new posts in threads they follow.
pub const NOTIFY_MODES: &[&str] = &["immediate", "digest", "off"];
/// A digest goes out at most once in this many seconds.
pub const DIGEST_EVERY_SECS: i64 = 86_400;

/// Marks all posts of a thread as seen by `user`.
async fn mark_read_in(tx: &mut Transaction<'static, Any>, thread: i64, user: i64) -> Result<()> {
    sqlx::query(
        "INSERT INTO thread_reads (thread_id, user_id, last_post_id) \
         SELECT $1, $2, COALESCE(MAX(id), 0) FROM posts WHERE thread_id = $1 \
         ON CONFLICT (thread_id, user_id) DO UPDATE SET last_post_id = excluded.last_post_id",
    )
    .bind(thread)
    .bind(user)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

impl Store {
    /// Creates a space; its creator becomes its first admin.
    pub async fn create_space(&self, now: i64, actor: i64, s: &NewSpace) -> Result<i64> {
        let mut tx = self.write_tx().await?;
        let (id,): (i64,) = sqlx::query_as(
            "INSERT INTO spaces (name, kind, description, listed, created_by, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id",
        )
        .bind(&s.name)
        .bind(s.kind.code())
        .bind(&s.description)
        .bind(crate::flag(s.listed))
        .bind(actor)
        .bind(now)
        .fetch_one(&mut *tx)
        .await?;
        sqlx::query("INSERT INTO space_members (space_id, user_id, role, created_at) VALUES ($1, $2, 'admin', $3)")
            .bind(id)
            .bind(actor)
            .bind(now)
            .execute(&mut *tx)
            .await?;
        audit::write(&mut tx, now, &AuditEntry::new(Some(actor), "space.create", "space", id)).await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Updates a space if nobody changed it since `version` was read.
    pub async fn update_space(&self, now: i64, actor: i64, id: i64, version: i64, s: &NewSpace) -> Result<()> {
        let mut tx = self.write_tx().await?;
        let n = sqlx::query(
            "UPDATE spaces SET name = $1, kind = $2, description = $3, listed = $4, version = version + 1, \
             updated_at = $5 WHERE id = $6 AND version = $7",
        )
        .bind(&s.name)
        .bind(s.kind.code())
        .bind(&s.description)
        .bind(crate::flag(s.listed))
        .bind(now)
        .bind(id)
        .bind(version)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if n == 0 {
            return Err(if self.space(id).await?.is_some() {
                StoreError::Stale
            } else {
                StoreError::NotFound
            });
        }
        audit::write(&mut tx, now, &AuditEntry::new(Some(actor), "space.update", "space", id)).await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn space(&self, id: i64) -> Result<Option<Space>> {
        Ok(
            sqlx::query_as::<_, Space>(&format!("SELECT {SPACE_COLS} FROM spaces WHERE id = $1"))
                .bind(id)
                .fetch_optional(&self.pool)
                .await?,
        )
    }

    /// A person's role in a space: the highest of their own membership and
    /// their organisations'.
    pub async fn space_role(&self, space: i64, user: i64) -> Result<Option<SpaceRole>> {
        let rows: Vec<(String,)> = sqlx::query_as(&format!(
            "SELECT m.role FROM space_members m WHERE m.space_id = $1 AND {MINE}"
        ))
        .bind(space)
        .bind(user)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .iter()
            .filter_map(|(r,)| SpaceRole::parse(r).ok())
            .reduce(SpaceRole::max))
    }

    /// The spaces a person belongs to (with what is new since their last
    /// visit), then the listed spaces they do not belong to.
    pub async fn spaces_for(&self, user: i64) -> Result<(Vec<SpaceItem>, Vec<SpaceItem>)> {
        let mine = sqlx::query_as::<_, SpaceItem>(&format!(
            "SELECT s.id, s.name, s.kind, s.description, \
             (SELECT COUNT(*) FROM space_members c WHERE c.space_id = s.id) AS members, \
             (SELECT COUNT(*) FROM posts p WHERE p.space_id = s.id AND p.id > \
                COALESCE((SELECT v.last_post_id FROM space_visits v WHERE v.space_id = s.id AND v.user_id = $2), 0) \
                AND (p.author_id IS NULL OR p.author_id <> $2)) AS new_posts, \
             0 AS requested \
             FROM spaces s WHERE $1 = 1 AND s.id IN (SELECT m.space_id FROM space_members m WHERE {MINE}) \
             ORDER BY s.name, s.id"
        ))
        .bind(1_i64)
        .bind(user)
        .fetch_all(&self.pool)
        .await?;
        let listed = sqlx::query_as::<_, SpaceItem>(&format!(
            "SELECT s.id, s.name, s.kind, s.description, \
             (SELECT COUNT(*) FROM space_members c WHERE c.space_id = s.id) AS members, 0 AS new_posts, \
             (SELECT COUNT(*) FROM space_requests q WHERE q.space_id = s.id AND q.user_id = $2) AS requested \
             FROM spaces s WHERE s.listed = $1 \
             AND s.id NOT IN (SELECT m.space_id FROM space_members m WHERE {MINE}) ORDER BY s.name, s.id"
        ))
        .bind(1_i64)
        .bind(user)
        .fetch_all(&self.pool)
        .await?;
        Ok((mine, listed))
    }

    pub async fn space_members(&self, space: i64) -> Result<Vec<Member>> {
        Ok(sqlx::query_as::<_, Member>(
            "SELECT m.id, m.org_id, m.user_id, COALESCE(o.name, u.name, '') AS name, COALESCE(u.email, '') AS email, \
             m.role, m.created_at FROM space_members m LEFT JOIN orgs o ON o.id = m.org_id \
             LEFT JOIN users u ON u.id = m.user_id WHERE m.space_id = $1 \
             ORDER BY CASE WHEN m.org_id IS NULL THEN 1 ELSE 0 END, COALESCE(o.name, u.name), m.id",
        )
        .bind(space)
        .fetch_all(&self.pool)
        .await?)
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
        let (id,): (i64,) = sqlx::query_as(&format!(
            "INSERT INTO space_members (space_id, {column}, role, created_at) VALUES ($1, $2, $3, $4) RETURNING id"
        ))
        .bind(space)
        .bind(who)
        .bind(role.code())
        .bind(now)
        .fetch_one(&mut *tx)
        .await
        .map_err(|e| crate::conflict_on_unique(e, if column == "org_id" { "org" } else { "email" }))?;
        if column == "user_id" {
            sqlx::query("DELETE FROM space_requests WHERE space_id = $1 AND user_id = $2")
                .bind(space)
                .bind(who)
                .execute(&mut *tx)
                .await?;
        }
        for m in mails {
            outbox::enqueue(&mut tx, now, m).await?;
        }
        let org = (column == "org_id").then_some(who);
        audit::write(
            &mut tx,
            now,
            &AuditEntry::new(Some(actor), "space.member_add", "space", space).org(org),
        )
        .await?;
        tx.commit().await?;
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
                sqlx::query("UPDATE space_members SET role = $1 WHERE id = $2 AND space_id = $3").bind(r.code()),
                "space.member_role",
            ),
            None => (
                sqlx::query("DELETE FROM space_members WHERE id = $1 AND space_id = $2"),
                "space.member_remove",
            ),
        };
        let n = q.bind(member).bind(space).execute(&mut *tx).await?.rows_affected();
        if n == 0 {
            return Err(StoreError::NotFound);
        }
        keep_an_admin(&mut tx, space).await?;
        audit::write(&mut tx, now, &AuditEntry::new(Some(actor), action, "space", space)).await?;
        tx.commit().await?;
        Ok(())
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
        let (id,): (i64,) = sqlx::query_as(
            "INSERT INTO space_requests (space_id, user_id, message, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
        )
        .bind(space)
        .bind(user)
        .bind(message)
        .bind(now)
        .fetch_one(&mut *tx)
        .await
        .map_err(|e| crate::conflict_on_unique(e, "request"))?;
        for m in mails {
            outbox::enqueue(&mut tx, now, m).await?;
        }
        audit::write(
            &mut tx,
            now,
            &AuditEntry::new(Some(user), "space.request", "space", space),
        )
        .await?;
        tx.commit().await?;
        Ok(id)
    }

    pub async fn space_requests(&self, space: i64) -> Result<Vec<JoinRequest>> {
        Ok(sqlx::query_as::<_, JoinRequest>(
            "SELECT q.id, q.space_id, q.user_id, u.name, u.email, COALESCE(u.locale, '') AS locale, q.message, q.created_at \
             FROM space_requests q JOIN users u ON u.id = q.user_id WHERE q.space_id = $1 ORDER BY q.created_at, q.id",
        )
        .bind(space)
        .fetch_all(&self.pool)
        .await?)
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
        let mut tx = self.write_tx().await?;
        let n = sqlx::query("DELETE FROM space_requests WHERE id = $1 AND space_id = $2")
            .bind(request)
            .bind(space)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        if n == 0 {
            return Err(StoreError::NotFound);
        }
        for m in mails {
            outbox::enqueue(&mut tx, now, m).await?;
        }
        audit::write(
            &mut tx,
            now,
            &AuditEntry::new(Some(actor), "space.request_decline", "space", space),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Records a visit to a space's home; returns what others did since the
    /// visit before (`None` on the first visit) and when that visit was.
    pub async fn visit_space(&self, now: i64, space: i64, user: i64) -> Result<Option<(i64, News)>> {
        // a visit again within minutes with nothing new is not written (most page views)
        let news = self.news_since_visit(space, user).await?;
        if let Some((at, n)) = &news {
            if now - at < REVISIT_SECS && n.is_empty() {
                return Ok(news);
            }
        }
        let mut tx = self.write_tx().await?;
        sqlx::query(
            "INSERT INTO space_visits (space_id, user_id, visited_at, last_thread_id, last_post_id, last_member_id, \
             last_file_id) \
             SELECT $1, $2, $3, \
             (SELECT COALESCE(MAX(id), 0) FROM threads WHERE space_id = $1), \
             (SELECT COALESCE(MAX(id), 0) FROM posts WHERE space_id = $1), \
             (SELECT COALESCE(MAX(id), 0) FROM space_members WHERE space_id = $1), \
             (SELECT COALESCE(MAX(id), 0) FROM files WHERE space_id = $1) \
             ON CONFLICT (space_id, user_id) DO UPDATE SET visited_at = excluded.visited_at, \
             last_thread_id = excluded.last_thread_id, last_post_id = excluded.last_post_id, \
             last_member_id = excluded.last_member_id, last_file_id = excluded.last_file_id",
        )
        .bind(space)
        .bind(user)
        .bind(now)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(news)
    }

    /// When the person last visited a space and what is new since.
    async fn news_since_visit(&self, space: i64, user: i64) -> Result<Option<(i64, News)>> {
        let before: Option<(i64, i64, i64, i64, i64)> = sqlx::query_as(
            "SELECT visited_at, last_thread_id, last_post_id, last_member_id, last_file_id FROM space_visits \
             WHERE space_id = $1 AND user_id = $2",
        )
        .bind(space)
        .bind(user)
        .fetch_optional(&self.pool)
        .await?;
        let Some((at, thread, post, member, file)) = before else {
            return Ok(None);
        };
        let (threads, posts, members, files): (i64, i64, i64, i64) = sqlx::query_as(
            "SELECT \
             (SELECT COUNT(*) FROM threads WHERE space_id = $1 AND id > $3 \
                AND (created_by IS NULL OR created_by <> $2)), \
             (SELECT COUNT(*) FROM posts WHERE space_id = $1 AND id > $4 \
                AND (author_id IS NULL OR author_id <> $2)), \
             (SELECT COUNT(*) FROM space_members WHERE space_id = $1 AND id > $5), \
             (SELECT COUNT(*) FROM files WHERE space_id = $1 AND id > $6 AND deleted_at IS NULL \
                AND (created_by IS NULL OR created_by <> $2))",
        )
        .bind(space)
        .bind(user)
        .bind(thread)
        .bind(post)
        .bind(member)
        .bind(file)
        .fetch_one(&self.pool)
        .await?;
        Ok(Some((
            at,
            News {
                threads,
                posts,
                members,
                files,
            },
        )))
    }

    /// A space's threads, latest activity first, with the person's unread posts.
    pub async fn threads(&self, space: i64, user: i64, limit: i64, offset: i64) -> Result<Vec<ThreadItem>> {
        Ok(sqlx::query_as::<_, ThreadItem>(&format!(
            "SELECT t.id, t.space_id, t.title, COALESCE(u.name, '') AS author, t.created_at, t.last_post_at, t.posts, \
             (SELECT COUNT(*) FROM posts p WHERE p.thread_id = t.id AND p.id > \
                COALESCE((SELECT r.last_post_id FROM thread_reads r WHERE r.thread_id = t.id AND r.user_id = $2), 0)) AS unread \
             FROM threads t LEFT JOIN users u ON u.id = t.created_by WHERE t.space_id = $1 \
             ORDER BY t.last_post_at DESC, t.id DESC LIMIT {} OFFSET {}",
            limit.max(0),
            offset.max(0)
        ))
        .bind(space)
        .bind(user)
        .fetch_all(&self.pool)
        .await?)
    }

    pub async fn thread_count(&self, space: i64) -> Result<i64> {
        let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM threads WHERE space_id = $1")
            .bind(space)
            .fetch_one(&self.pool)
            .await?;
        Ok(n)
    }

    pub async fn thread(&self, id: i64) -> Result<Option<Thread>> {
        Ok(sqlx::query_as::<_, Thread>(
            "SELECT id, space_id, title, created_by, created_at, last_post_at, posts FROM threads WHERE id = $1",
        )
        .bind(id)
        .fetch_optional(&self.pool)
        .await?)
    }

    /// Starts a thread with its first post. Returns the thread's id.
    pub async fn create_thread(&self, now: i64, actor: i64, space: i64, title: &str, post: NewPost<'_>) -> Result<i64> {
        let mut tx = self.write_tx().await?;
        let (id,): (i64,) = sqlx::query_as(
            "INSERT INTO threads (space_id, title, created_by, created_at, last_post_at) \
             VALUES ($1, $2, $3, $4, $4) RETURNING id",
        )
        .bind(space)
        .bind(title)
        .bind(actor)
        .bind(now)
        .fetch_one(&mut *tx)
        .await?;
        search::index(&mut tx, Kind::Thread, id, space, title, "").await?;
        insert_post(&mut tx, now, space, id, actor, post).await?;
        audit::write(
            &mut tx,
            now,
            &AuditEntry::new(Some(actor), "thread.create", "thread", id),
        )
        .await?;
        tx.commit().await?;
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
        let followers: Vec<Recipient> = sqlx::query_as(
            "SELECT u.id AS user_id, u.email, u.name, COALESCE(u.locale, '') AS locale, \
             COALESCE(p.mode, 'immediate') AS mode FROM thread_follows f JOIN users u ON u.id = f.user_id \
             LEFT JOIN notify_prefs p ON p.user_id = u.id \
             WHERE f.thread_id = $1 AND f.user_id <> $2 AND u.status = 'active' \
             AND COALESCE(p.mode, 'immediate') <> 'off' \
             AND EXISTS (SELECT 1 FROM space_members m WHERE m.space_id = $3 \
                AND (m.user_id = u.id OR m.org_id IN (SELECT org_id FROM memberships WHERE user_id = u.id))) \
             ORDER BY u.id",
        )
        .bind(thread.id)
        .bind(actor)
        .bind(thread.space_id)
        .fetch_all(&mut *tx)
        .await?;
        for r in &followers {
            if r.mode == "digest" {
                sqlx::query("INSERT INTO digest_items (user_id, post_id, created_at) VALUES ($1, $2, $3)")
                    .bind(r.user_id)
                    .bind(id)
                    .bind(now)
                    .execute(&mut *tx)
                    .await?;
            } else {
                outbox::enqueue(&mut tx, now, &compose(r)).await?;
            }
        }
        audit::write(&mut tx, now, &AuditEntry::new(Some(actor), "post.create", "post", id)).await?;
        tx.commit().await?;
        Ok(id)
    }

    pub async fn is_following(&self, thread: i64, user: i64) -> Result<bool> {
        let row: Option<(i64,)> = sqlx::query_as("SELECT 1 FROM thread_follows WHERE thread_id = $1 AND user_id = $2")
            .bind(thread)
            .bind(user)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.is_some())
    }

    /// Follows (`true`) or stops following a thread.
    pub async fn follow_thread(&self, now: i64, thread: i64, user: i64, follow: bool) -> Result<()> {
        let mut tx = self.write_tx().await?;
        if follow {
            sqlx::query(
                "INSERT INTO thread_follows (thread_id, user_id, created_at) VALUES ($1, $2, $3) \
                 ON CONFLICT (thread_id, user_id) DO NOTHING",
            )
            .bind(thread)
            .bind(user)
            .bind(now)
            .execute(&mut *tx)
            .await?;
        } else {
            sqlx::query("DELETE FROM thread_follows WHERE thread_id = $1 AND user_id = $2")
                .bind(thread)
                .bind(user)
                .execute(&mut *tx)
                .await?;
        }
        let action = if follow { "thread.follow" } else { "thread.unfollow" };
        audit::write(&mut tx, now, &AuditEntry::new(Some(user), action, "thread", thread)).await?;
        tx.commit().await?;
        Ok(())
    }

    /// How a person hears of new posts (immediate unless they chose otherwise).
    pub async fn notify_mode(&self, user: i64) -> Result<String> {
        let row: Option<(String,)> = sqlx::query_as("SELECT mode FROM notify_prefs WHERE user_id = $1")
            .bind(user)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.map(|(m,)| m).unwrap_or_else(|| "immediate".into()))
    }

    pub async fn set_notify_mode(&self, now: i64, user: i64, mode: &str) -> Result<()> {
        if !NOTIFY_MODES.contains(&mode) {
            return Err(StoreError::Conflict("mode"));
        }
        let mut tx = self.write_tx().await?;
        sqlx::query(
            "INSERT INTO notify_prefs (user_id, mode) VALUES ($1, $2) \
             ON CONFLICT (user_id) DO UPDATE SET mode = excluded.mode",
        )
        .bind(user)
        .bind(mode)
        .execute(&mut *tx)
        .await?;
        if mode != "digest" {
            sqlx::query("DELETE FROM digest_items WHERE user_id = $1")
                .bind(user)
                .execute(&mut *tx)
                .await?;
        }
        audit::write(&mut tx, now, &AuditEntry::new(Some(user), "notify.mode", "user", user)).await?;
        tx.commit().await?;
        Ok(())
    }

    /// People whose daily digest is due: posts are waiting and the last
    /// digest went out at least [`DIGEST_EVERY_SECS`] ago.
    pub async fn due_digests(&self, now: i64) -> Result<Vec<Recipient>> {
        Ok(sqlx::query_as::<_, Recipient>(
            "SELECT u.id AS user_id, u.email, u.name, COALESCE(u.locale, '') AS locale, p.mode \
             FROM notify_prefs p JOIN users u ON u.id = p.user_id \
             WHERE p.mode = 'digest' AND u.status = 'active' \
             AND (p.last_digest_at IS NULL OR p.last_digest_at <= $1) \
             AND EXISTS (SELECT 1 FROM digest_items d WHERE d.user_id = u.id) ORDER BY u.id",
        )
        .bind(now - DIGEST_EVERY_SECS)
        .fetch_all(&self.pool)
        .await?)
    }

    /// The posts waiting in a person's digest, oldest first.
    pub async fn digest_items(&self, user: i64) -> Result<Vec<DigestItem>> {
        Ok(sqlx::query_as::<_, DigestItem>(
            "SELECT p.id AS post_id, s.name AS space, t.id AS thread_id, t.title AS thread, COALESCE(u.name, '') AS author, \
             p.created_at FROM digest_items d JOIN posts p ON p.id = d.post_id JOIN threads t ON t.id = p.thread_id \
             JOIN spaces s ON s.id = t.space_id LEFT JOIN users u ON u.id = p.author_id \
             WHERE d.user_id = $1 ORDER BY p.created_at, p.id",
        )
        .bind(user)
        .fetch_all(&self.pool)
        .await?)
    }

    /// Sends a digest of the items up to post `up_to`: the mail goes to the
    /// outbox and those items are cleared in one step (later ones wait).
    pub async fn send_digest(&self, now: i64, user: i64, up_to: i64, mail: &NewMail) -> Result<()> {
        let mut tx = self.write_tx().await?;
        sqlx::query("DELETE FROM digest_items WHERE user_id = $1 AND post_id <= $2")
            .bind(user)
            .bind(up_to)
            .execute(&mut *tx)
            .await?;
        sqlx::query("UPDATE notify_prefs SET last_digest_at = $1 WHERE user_id = $2")
            .bind(now)
            .bind(user)
            .execute(&mut *tx)
            .await?;
        outbox::enqueue(&mut tx, now, mail).await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn posts(&self, thread: i64) -> Result<Vec<Post>> {
        Ok(sqlx::query_as::<_, Post>(&format!(
            "{POST_SELECT} WHERE p.thread_id = $1 ORDER BY p.created_at, p.id"
        ))
        .bind(thread)
        .fetch_all(&self.pool)
        .await?)
    }

    pub async fn post(&self, id: i64) -> Result<Option<Post>> {
        Ok(sqlx::query_as::<_, Post>(&format!("{POST_SELECT} WHERE p.id = $1"))
            .bind(id)
            .fetch_optional(&self.pool)
            .await?)
    }

    /// Replaces a post's text if nobody changed it since `version`; the old
    /// wording is kept as a revision.
    pub async fn edit_post(&self, now: i64, actor: i64, id: i64, version: i64, body: &str) -> Result<()> {
        let mut tx = self.write_tx().await?;
        let old: Option<(String, i64)> =
            sqlx::query_as("SELECT body, space_id FROM posts WHERE id = $1 AND version = $2")
                .bind(id)
                .bind(version)
                .fetch_optional(&mut *tx)
                .await?;
        let Some((old, space)) = old else {
            return Err(if self.post(id).await?.is_some() {
                StoreError::Stale
            } else {
                StoreError::NotFound
            });
        };
        let n = sqlx::query(
            "UPDATE posts SET body = $1, version = version + 1, edited_at = $2 WHERE id = $3 AND version = $4",
        )
        .bind(body)
        .bind(now)
        .bind(id)
        .bind(version)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if n == 0 {
            return Err(StoreError::Stale);
        }
        sqlx::query("INSERT INTO post_revisions (post_id, body, edited_by, edited_at) VALUES ($1, $2, $3, $4)")
            .bind(id)
            .bind(old)
            .bind(actor)
            .bind(now)
            .execute(&mut *tx)
            .await?;
        search::index(&mut tx, Kind::Post, id, space, "", body).await?;
        audit::write(&mut tx, now, &AuditEntry::new(Some(actor), "post.edit", "post", id)).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Earlier wordings of a post, newest first.
    pub async fn post_revisions(&self, post: i64) -> Result<Vec<Revision>> {
        Ok(sqlx::query_as::<_, Revision>(
            "SELECT r.id, r.body, COALESCE(u.name, '') AS editor, r.edited_at FROM post_revisions r \
             LEFT JOIN users u ON u.id = r.edited_by WHERE r.post_id = $1 ORDER BY r.edited_at DESC, r.id DESC",
        )
        .bind(post)
        .fetch_all(&self.pool)
        .await?)
    }

    /// Marks a thread read; returns the newest post seen before (0: none).
    pub async fn read_thread(&self, thread: i64, user: i64) -> Result<i64> {
        // already read to the end: nothing to write (most page views)
        let (seen, newest): (Option<i64>, i64) = sqlx::query_as(
            "SELECT (SELECT last_post_id FROM thread_reads WHERE thread_id = $1 AND user_id = $2), \
             (SELECT COALESCE(MAX(id), 0) FROM posts WHERE thread_id = $1)",
        )
        .bind(thread)
        .bind(user)
        .fetch_one(&self.pool)
        .await?;
        if seen == Some(newest) {
            return Ok(newest);
        }
        let mut tx = self.write_tx().await?;
        let before: Option<(i64,)> =
            sqlx::query_as("SELECT last_post_id FROM thread_reads WHERE thread_id = $1 AND user_id = $2")
                .bind(thread)
                .bind(user)
                .fetch_optional(&mut *tx)
                .await?;
        mark_read_in(&mut tx, thread, user).await?;
        tx.commit().await?;
        Ok(before.map(|(t,)| t).unwrap_or(0))
    }
}
