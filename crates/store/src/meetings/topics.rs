//! Topics people propose for a meeting, and their votes.

use domain::{Flag, Timestamp};

use super::for_update;
use crate::audit::AuditEntry;
use crate::db;
use crate::write;
use crate::{Result, Store, StoreError};

/// A proposed topic as one person sees it.
#[derive(Debug, Clone, sqlx::FromRow, serde::Serialize)]
pub struct TopicItem {
    pub id: i64,
    pub meeting_id: i64,
    pub title: String,
    pub description: String,
    pub proposed_by: Option<i64>,
    /// The proposer's name (empty when their account is gone).
    pub proposer: String,
    pub votes: i64,
    /// The person voted for it.
    pub mine: Flag,
    /// The session it went into (in the agenda).
    pub session_id: Option<i64>,
    pub created_at: Timestamp,
}

/// Topics with their votes; `$2` is the person looking.
const TOPIC_SELECT: &str = "SELECT t.id, t.meeting_id, t.title, t.description, t.proposed_by, \
     COALESCE(u.name, '') AS proposer, \
     (SELECT COUNT(*) FROM topic_votes v WHERE v.topic_id = t.id) AS votes, \
     (SELECT COUNT(*) FROM topic_votes v WHERE v.topic_id = t.id AND v.user_id = $2) AS mine, \
     t.session_id, t.created_at \
     FROM meeting_topics t LEFT JOIN users u ON u.id = t.proposed_by";

impl Store {
    /// A person proposes a topic for a meeting.
    pub async fn propose_topic(
        &self,
        now: i64,
        actor: i64,
        meeting: i64,
        title: &str,
        description: &str,
    ) -> Result<i64> {
        let mut tx = self.write_tx().await?;
        crate::owner::space_of_meeting(&mut tx, meeting).await?;
        let id = db::number(
            &mut *tx,
            "INSERT INTO meeting_topics (meeting_id, title, description, proposed_by, created_at) \
             VALUES ($1, $2, $3, $4, $5) RETURNING id",
            (meeting, title, description, actor, now),
        )
        .await?;
        write::commit(tx, now, &AuditEntry::new(Some(actor), "topic.propose", "topic", id)).await?;
        Ok(id)
    }

    /// A meeting's topics as `user` sees them: most votes first, then oldest.
    pub async fn topics(&self, meeting: i64, user: i64) -> Result<Vec<TopicItem>> {
        self.rows(
            &format!("{TOPIC_SELECT} WHERE t.meeting_id = $1 ORDER BY votes DESC, t.created_at, t.id"),
            (meeting, user),
        )
        .await
    }

    /// One topic as `user` sees it.
    pub async fn topic(&self, id: i64, user: i64) -> Result<Option<TopicItem>> {
        self.row::<TopicItem>(&format!("{TOPIC_SELECT} WHERE t.id = $1"), (id, user))
            .await
    }

    /// How many of their votes in a meeting a person has given.
    pub async fn votes_used(&self, meeting: i64, user: i64) -> Result<i64> {
        self.number(
            "SELECT COUNT(*) FROM topic_votes WHERE meeting_id = $1 AND user_id = $2",
            (meeting, user),
        )
        .await
    }

    /// A person votes for a topic: `Conflict("voted")` when they already
    /// did, `Conflict("votes")` when they have no votes left in the meeting.
    pub async fn vote(&self, now: i64, actor: i64, topic: i64) -> Result<()> {
        let mut tx = self.write_tx().await?;
        let row: Option<(i64,)> =
            db::row(&mut *tx, "SELECT meeting_id FROM meeting_topics WHERE id = $1", topic).await?;
        let Some((meeting,)) = row else {
            return Err(StoreError::NotFound);
        };
        // the meeting row lock makes a person's parallel votes wait for each other
        let allowance = db::number(
            &mut *tx,
            &format!(
                "SELECT votes_per_person FROM meetings WHERE id = $1{}",
                for_update(self.backend)
            ),
            meeting,
        )
        .await?;
        let already = db::number(
            &mut *tx,
            "SELECT COUNT(*) FROM topic_votes WHERE topic_id = $1 AND user_id = $2",
            (topic, actor),
        )
        .await?;
        if already > 0 {
            return Err(StoreError::Conflict("voted"));
        }
        let used = db::number(
            &mut *tx,
            "SELECT COUNT(*) FROM topic_votes WHERE meeting_id = $1 AND user_id = $2",
            (meeting, actor),
        )
        .await?;
        if used >= allowance {
            return Err(StoreError::Conflict("votes"));
        }
        db::exec(
            &mut *tx,
            "INSERT INTO topic_votes (topic_id, user_id, meeting_id, created_at) VALUES ($1, $2, $3, $4)",
            (topic, actor, meeting, now),
        )
        .await
        .map_err(|e| crate::conflict_on_unique(e, "voted"))?;
        write::commit(tx, now, &AuditEntry::new(Some(actor), "topic.vote", "topic", topic)).await
    }

    /// A person takes back their vote for a topic (nothing happens when there was none).
    pub async fn unvote(&self, now: i64, actor: i64, topic: i64) -> Result<()> {
        self.take_back(now, actor, "topic_votes", "topic_id", topic, ("topic.unvote", "topic"))
            .await
    }
}
