//! Anonymous feedback after a module. Each attendee gets a one-time link;
//! the answer is stored without any reference to the person, and a comment is
//! shown publicly only when its author agreed.

use domain::{Flag, Timestamp};

use crate::audit::AuditEntry;
use crate::db;
use crate::filter::Filter;
use crate::outbox::{self, NewMail};
use crate::registrations::Registration;
use crate::write::Written;
use crate::{Result, Store};

/// What an attendee answers.
#[derive(Debug, Clone)]
pub struct NewFeedback {
    pub overall: i64,
    pub content: Option<i64>,
    pub organisation: Option<i64>,
    pub comment: String,
    pub publish: bool,
}

/// The module a feedback link is for.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Invite {
    pub token: String,
    pub module_id: i64,
    pub used_at: Option<Timestamp>,
}

/// Averages of one group of answers (a module, a speaker, a series).
#[derive(Debug, Clone, sqlx::FromRow, serde::Serialize)]
pub struct Summary {
    pub key: i64,
    pub label: String,
    pub answers: i64,
    /// Averages × 10, rounded (one decimal without floating point in the templates).
    pub overall10: Option<i64>,
    pub content10: Option<i64>,
    pub organisation10: Option<i64>,
}

#[derive(Debug, Clone, sqlx::FromRow, serde::Serialize)]
pub struct Comment {
    pub module_title: String,
    pub comment: String,
    pub publish: Flag,
    pub created_at: Timestamp,
}

/// How long after a module its attendees are still invited to give feedback.
pub const INVITE_WINDOW_SECS: i64 = 7 * 86400;

const AVERAGES: &str = "COUNT(f.id) AS answers, \
     CAST(ROUND(AVG(f.overall) * 10) AS BIGINT) AS overall10, \
     CAST(ROUND(AVG(f.content) * 10) AS BIGINT) AS content10, \
     CAST(ROUND(AVG(f.organisation) * 10) AS BIGINT) AS organisation10";

impl Store {
    /// Invites everyone marked present at a module that ended within the
    /// window and has not been invited yet. Safe on several nodes at once:
    /// the invite row is claimed first, the mail follows only when it was new.
    pub async fn send_feedback_invites(
        &self,
        now: i64,
        compose: &(dyn Fn(&Registration, i64, &str) -> NewMail + Sync),
        token: &(dyn Fn() -> String + Sync),
    ) -> Result<usize> {
        let due: Vec<(i64, i64)> = self
            .rows(
                "SELECT a.module_id, a.registration_id FROM attendance a \
             JOIN modules m ON m.id = a.module_id \
             JOIN registrations g ON g.id = a.registration_id \
             WHERE a.status = 'present' AND m.cancelled_at IS NULL AND m.ends_at <= $1 AND m.ends_at > $2 \
             AND g.status = 'confirmed' AND g.forgotten_at IS NULL \
             AND NOT EXISTS (SELECT 1 FROM feedback_invites i WHERE i.module_id = a.module_id \
                             AND i.registration_id = a.registration_id)",
                (now, now - INVITE_WINDOW_SECS),
            )
            .await?;
        let mut sent = 0;
        for (module, reg) in due {
            let mut tx = self.write_tx().await?;
            let t = token();
            let n = db::exec(
                &mut *tx,
                "INSERT INTO feedback_invites (token, module_id, registration_id, sent_at) VALUES ($1, $2, $3, $4) \
                 ON CONFLICT (module_id, registration_id) DO NOTHING",
                (&t, module, reg, now),
            )
            .await?
            .rows_affected();
            if n == 1 {
                let r: Registration = db::one(
                    &mut *tx,
                    &format!(
                        "SELECT {} FROM registrations WHERE id = $1",
                        crate::registrations::REG_COLS
                    ),
                    reg,
                )
                .await?;
                outbox::enqueue(&mut tx, now, &compose(&r, module, &t)).await?;
                sent += 1;
            }
            tx.commit().await?;
        }
        Ok(sent)
    }

    /// Modules that ended within the window: (module, series, title).
    pub async fn recently_ended_modules(&self, now: i64, window: i64) -> Result<Vec<(i64, i64, String)>> {
        self.rows(
            "SELECT id, series_id, title FROM modules WHERE cancelled_at IS NULL AND ends_at <= $1 AND ends_at > $2",
            (now, now - window),
        )
        .await
    }

    pub async fn feedback_invite(&self, token: &str) -> Result<Option<Invite>> {
        self.row(
            "SELECT token, module_id, used_at FROM feedback_invites WHERE token = $1",
            token,
        )
        .await
    }

    /// Stores an answer; a link can be used once (`Stale` the second time).
    pub async fn submit_feedback(&self, now: i64, token: &str, f: &NewFeedback) -> Result<()> {
        let mut tx = self.write_tx().await?;
        db::exec(
            &mut *tx,
            "UPDATE feedback_invites SET used_at = $1 WHERE token = $2 AND used_at IS NULL",
            (now, token),
        )
        .await?
        .fresh()?;
        let module = db::number(
            &mut *tx,
            "SELECT module_id FROM feedback_invites WHERE token = $1",
            token,
        )
        .await?;
        let series = crate::owner::series_of_module(&mut tx, module).await?;
        let id = db::number(
            &mut *tx,
            "INSERT INTO feedback (module_id, series_id, overall, content, organisation, comment, publish, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
            (module, series, f.overall, f.content, f.organisation, &f.comment, Flag(f.publish), now),
        )
        .await?;
        let org = crate::owner::org_of_series(&mut tx, series).await?;
        // anonymous: the audit names the module, not the person
        let entry = AuditEntry::new(None, "feedback.submit", "feedback", id)
            .org(Some(org))
            .detail(format!("module #{module}"));
        self.commit_audited(tx, now, &entry, &self.series_cache).await?;
        Ok(())
    }

    /// Averages per module of a series.
    pub async fn feedback_by_module(&self, series: i64) -> Result<Vec<Summary>> {
        self.rows(
            &format!(
                "SELECT m.id AS key, m.title AS label, {AVERAGES} FROM modules m \
             LEFT JOIN feedback f ON f.module_id = m.id WHERE m.series_id = $1 \
             GROUP BY m.id, m.title, m.starts_at ORDER BY m.starts_at, m.id"
            ),
            series,
        )
        .await
    }

    /// Averages per speaker (who confirmed to teach the modules) of a series.
    pub async fn feedback_by_speaker(&self, series: i64) -> Result<Vec<Summary>> {
        self.rows(
            &format!(
                "SELECT p.id AS key, p.name AS label, {AVERAGES} FROM speaker_requests q \
             JOIN speakers p ON p.id = q.speaker_id JOIN modules m ON m.id = q.module_id \
             JOIN feedback f ON f.module_id = m.id \
             WHERE m.series_id = $1 AND q.status = 'confirmed' GROUP BY p.id, p.name ORDER BY p.name"
            ),
            series,
        )
        .await
    }

    /// Averages per cohort: this series, the ones it was copied from, and their copies.
    pub async fn feedback_by_cohort(&self, series: i64, locale: &str) -> Result<Vec<Summary>> {
        // walk up to the first cohort, then take every series copied from it (two generations deep is
        // plenty for yearly cohorts; deeper chains are walked by the loop below)
        let mut root = series;
        for _ in 0..50 {
            let parent: Option<(Option<i64>,)> = self.row("SELECT copied_from FROM series WHERE id = $1", root).await?;
            match parent {
                Some((Some(p),)) => root = p,
                _ => break,
            }
        }
        let mut family = vec![root];
        let mut frontier = vec![root];
        for _ in 0..50 {
            if frontier.is_empty() {
                break;
            }
            let mut w = Filter::after(0);
            let ids: Vec<String> = frontier.iter().map(|id| w.param(*id)).collect();
            w.and(format!("copied_from IN ({})", ids.join(", ")));
            let sql = format!("SELECT id FROM series {}", w.where_clause());
            let children: Vec<(i64,)> = w.bind_as(sqlx::query_as(&sql)).fetch_all(&self.pool).await?;
            frontier = children
                .into_iter()
                .map(|c| c.0)
                .filter(|c| !family.contains(c))
                .collect();
            family.extend(&frontier);
        }
        let mut w = Filter::after(1);
        let ids: Vec<String> = family.iter().map(|id| w.param(*id)).collect();
        w.and(format!("s.id IN ({})", ids.join(", ")));
        let cond = w.where_clause();
        let sql = format!(
            "SELECT s.id AS key, COALESCE(tl.title, td.title) AS label, {AVERAGES} FROM series s \
             JOIN series_texts td ON td.series_id = s.id AND td.locale = 'de' \
             LEFT JOIN series_texts tl ON tl.series_id = s.id AND tl.locale = $1 \
             LEFT JOIN feedback f ON f.series_id = s.id {cond} \
             GROUP BY s.id, tl.title, td.title, s.starts_at ORDER BY s.starts_at, s.id"
        );
        Ok(w.bind_as(sqlx::query_as::<_, Summary>(&sql).bind(locale))
            .fetch_all(&self.pool)
            .await?)
    }

    /// The comments of a series (for staff: all; `published_only` for the public page).
    pub async fn feedback_comments(&self, series: i64, published_only: bool) -> Result<Vec<Comment>> {
        let filter = if published_only { " AND f.publish = 1" } else { "" };
        self.rows(
            &format!(
                "SELECT m.title AS module_title, f.comment, f.publish, f.created_at FROM feedback f \
             JOIN modules m ON m.id = f.module_id WHERE f.series_id = $1 AND f.comment <> ''{filter} \
             ORDER BY f.created_at DESC, f.id DESC LIMIT 200"
            ),
            series,
        )
        .await
    }
}
