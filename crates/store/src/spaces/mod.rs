//! Network spaces: the spaces themselves and a person's list of them; the
//! sub-features in their own files: members and requests to join
//! ([`members`]), invitations to join ([`invitations`]), discussions ([`discussions`]), notifications of new posts
//! ([`notifications`]) and what is new since a visit ([`news`]).

use std::sync::LazyLock;

use domain::spaces::{SpaceKind, SpaceRole};
use domain::{Flag, Timestamp};

use sqlx::any::AnyArguments;
use sqlx::query::Query;
use sqlx::{Any, Row};

use crate::audit::AuditEntry;
use crate::db;
use crate::write;
use crate::{Result, Store};

mod discussions;
mod invitations;
mod members;
mod news;
mod notifications;

pub use discussions::{NewPost, Post, Revision, Thread, ThreadItem};
pub use invitations::{Invitee, SpaceInvitation};
pub use members::{JoinRequest, Member};
pub use news::News;
pub use notifications::{DigestItem, Recipient, DIGEST_EVERY_SECS};

#[derive(Debug, Clone, sqlx::FromRow, serde::Serialize)]
pub struct Space {
    pub id: i64,
    pub name: String,
    pub kind: SpaceKind,
    pub description: String,
    pub listed: Flag,
    pub version: i64,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
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
    pub kind: SpaceKind,
    pub description: String,
    pub members: i64,
    /// Posts since the person's last visit (0 for non-members).
    pub new_posts: i64,
    /// The person has asked to join (listed spaces only).
    pub requested: Flag,
}

const SPACE_COLS: &str = "id, name, kind, description, listed, version, created_at, updated_at";

/// The member rows that make `$2` (a person) a member of a space: their own
/// and their organisations'.
const MINE: &str = "(m.user_id = $2 OR m.org_id IN (SELECT org_id FROM memberships WHERE user_id = $2))";

/// Binds a space's fields as `$1`…`$4` (name, kind, description, listed),
/// for its INSERT and its UPDATE alike.
fn bind_space<'q>(q: Query<'q, Any, AnyArguments<'q>>, s: &'q NewSpace) -> Query<'q, Any, AnyArguments<'q>> {
    q.bind(&s.name).bind(s.kind).bind(&s.description).bind(Flag(s.listed))
}

impl Store {
    /// Creates a space; its creator becomes its first admin.
    pub async fn create_space(&self, now: i64, actor: i64, s: &NewSpace) -> Result<i64> {
        let mut tx = self.write_tx().await?;
        let id: i64 = bind_space(
            sqlx::query(
                "INSERT INTO spaces (name, kind, description, listed, created_by, created_at, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id",
            ),
            s,
        )
        .bind(actor)
        .bind(now)
        .fetch_one(&mut *tx)
        .await?
        .try_get(0)?;
        db::exec(
            &mut *tx,
            "INSERT INTO space_members (space_id, user_id, role, created_at) VALUES ($1, $2, 'admin', $3)",
            (id, actor, now),
        )
        .await?;
        write::commit(tx, now, &AuditEntry::new(Some(actor), "space.create", "space", id)).await?;
        Ok(id)
    }

    /// Updates a space if nobody changed it since `version` was read.
    pub async fn update_space(&self, now: i64, actor: i64, id: i64, version: i64, s: &NewSpace) -> Result<()> {
        let mut tx = self.write_tx().await?;
        let q = sqlx::query(
            "UPDATE spaces SET name = $1, kind = $2, description = $3, listed = $4, version = version + 1, \
             updated_at = $5 WHERE id = $6 AND version = $7",
        );
        write::update_versioned(
            &mut tx,
            bind_space(q, s),
            (now, id, version),
            "SELECT id FROM spaces WHERE id = $1",
        )
        .await?;
        write::commit(tx, now, &AuditEntry::new(Some(actor), "space.update", "space", id)).await
    }

    pub async fn space(&self, id: i64) -> Result<Option<Space>> {
        self.row(&format!("SELECT {SPACE_COLS} FROM spaces WHERE id = $1"), id)
            .await
    }

    /// A person's role in a space: the highest of their own membership and
    /// their organisations'.
    pub async fn space_role(&self, space: i64, user: i64) -> Result<Option<SpaceRole>> {
        Ok(self.space_for(space, user).await?.and_then(|(_, role)| role))
    }

    /// A space and the person's role in it, in one query (every space page
    /// starts with it).
    pub async fn space_for(&self, space: i64, user: i64) -> Result<Option<(Space, Option<SpaceRole>)>> {
        #[derive(sqlx::FromRow)]
        struct Row {
            #[sqlx(flatten)]
            space: Space,
            role: Option<SpaceRole>,
        }
        static SQL: LazyLock<String> = LazyLock::new(|| {
            let cols = SPACE_COLS
                .split(", ")
                .map(|c| format!("s.{c}"))
                .collect::<Vec<_>>()
                .join(", ");
            format!(
                "SELECT {cols}, m.role FROM spaces s LEFT JOIN space_members m ON m.space_id = s.id AND {MINE} \
                 WHERE s.id = $1"
            )
        });
        let rows: Vec<Row> = self.rows(&SQL, (space, user)).await?;
        let role = rows.iter().filter_map(|r| r.role).reduce(SpaceRole::max);
        Ok(rows.into_iter().next().map(|r| (r.space, role)))
    }

    /// The spaces a person belongs to (with what is new since their last
    /// visit), then the listed spaces they do not belong to.
    pub async fn spaces_for(&self, user: i64) -> Result<(Vec<SpaceItem>, Vec<SpaceItem>)> {
        let mine = self
            .rows::<SpaceItem>(
                &format!(
                    "SELECT s.id, s.name, s.kind, s.description, \
             (SELECT COUNT(*) FROM space_members c WHERE c.space_id = s.id) AS members, \
             (SELECT COUNT(*) FROM posts p WHERE p.space_id = s.id AND p.id > \
                COALESCE((SELECT v.last_post_id FROM space_visits v WHERE v.space_id = s.id AND v.user_id = $2), 0) \
                AND (p.author_id IS NULL OR p.author_id <> $2)) AS new_posts, \
             0 AS requested \
             FROM spaces s WHERE $1 = 1 AND s.id IN (SELECT m.space_id FROM space_members m WHERE {MINE}) \
             ORDER BY s.name, s.id"
                ),
                (1_i64, user),
            )
            .await?;
        let listed = self
            .rows::<SpaceItem>(
                &format!(
                    "SELECT s.id, s.name, s.kind, s.description, \
             (SELECT COUNT(*) FROM space_members c WHERE c.space_id = s.id) AS members, 0 AS new_posts, \
             (SELECT COUNT(*) FROM space_requests q WHERE q.space_id = s.id AND q.user_id = $2) AS requested \
             FROM spaces s WHERE s.listed = $1 \
             AND s.id NOT IN (SELECT m.space_id FROM space_members m WHERE {MINE}) ORDER BY s.name, s.id"
                ),
                (1_i64, user),
            )
            .await?;
        Ok((mine, listed))
    }
}
