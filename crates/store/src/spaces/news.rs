//! What is new in a space since a person's last visit.

use crate::db;
use crate::{Result, Store};

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

/// A visit this soon after the last one, with nothing new, is not recorded.
const REVISIT_SECS: i64 = 300;

impl Store {
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
        db::exec(
            &mut *tx,
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
            (space, user, now),
        )
        .await?;
        tx.commit().await?;
        Ok(news)
    }

    /// When the person last visited a space and what is new since (one query:
    /// the space home reads it on every view).
    async fn news_since_visit(&self, space: i64, user: i64) -> Result<Option<(i64, News)>> {
        let row: Option<(i64, i64, i64, i64, i64)> = self
            .row(
                "SELECT v.visited_at, \
             (SELECT COUNT(*) FROM threads WHERE space_id = $1 AND id > v.last_thread_id \
                AND (created_by IS NULL OR created_by <> $2)), \
             (SELECT COUNT(*) FROM posts WHERE space_id = $1 AND id > v.last_post_id \
                AND (author_id IS NULL OR author_id <> $2)), \
             (SELECT COUNT(*) FROM space_members WHERE space_id = $1 AND id > v.last_member_id), \
             (SELECT COUNT(*) FROM files WHERE space_id = $1 AND id > v.last_file_id AND deleted_at IS NULL \
                AND (created_by IS NULL OR created_by <> $2)) \
             FROM space_visits v WHERE v.space_id = $1 AND v.user_id = $2",
                (space, user),
            )
            .await?;
        Ok(row.map(|(at, threads, posts, members, files)| {
            (
                at,
                News {
                    threads,
                    posts,
                    members,
                    files,
                },
            )
        }))
    }
}
