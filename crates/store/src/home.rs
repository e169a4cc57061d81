//! The start page's read model: what is next for a signed-in person, and
//! what waits for staff of their organisations. Two statements, whatever
//! the number of registrations or series.

use domain::series::RegStatus;
use domain::Timestamp;

use crate::filter::Filter;
use crate::{Result, Store};

/// A current registration of a person, with the next module of its series.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct MyNext {
    pub token: String,
    pub series_id: i64,
    pub status: RegStatus,
    pub title: String,
    pub module_title: Option<String>,
    pub module_starts_at: Option<Timestamp>,
    pub module_venue: Option<String>,
}

/// A series of one of a person's organisations that needs something done.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct StaffSeries {
    pub id: i64,
    pub org_id: i64,
    pub title: String,
    /// Registrations waiting for approval.
    pub pending: i64,
    /// Modules still to come with no speaker asked or confirmed.
    pub open_slots: i64,
}

/// The texts of a series: the one in `locale` ($1), else German.
const TITLE_JOIN: &str = "JOIN series_texts td ON td.series_id = s.id AND td.locale = 'de' \
     LEFT JOIN series_texts tl ON tl.series_id = s.id AND tl.locale = $1";

impl Store {
    /// A person's registrations of series not yet over (made while signed in
    /// or with their address; not cancelled), each with its next module,
    /// soonest first.
    pub async fn my_next(&self, user: i64, email: &str, locale: &str, now: i64, limit: i64) -> Result<Vec<MyNext>> {
        self.rows(
            &format!(
                "SELECT g.token, g.series_id, g.status, COALESCE(tl.title, td.title) AS title, \
             m.title AS module_title, m.starts_at AS module_starts_at, m.venue AS module_venue \
             FROM registrations g JOIN series s ON s.id = g.series_id {TITLE_JOIN} \
             LEFT JOIN modules m ON m.id = (SELECT n.id FROM modules n WHERE n.series_id = s.id \
               AND n.cancelled_at IS NULL AND n.ends_at > $4 ORDER BY n.starts_at, n.id LIMIT 1) \
             WHERE (g.user_id = $2 OR g.email = $3) AND g.status IN ('confirmed', 'pending', 'waiting') \
             AND s.status = 'active' AND s.ends_at > $4 \
             ORDER BY CASE WHEN m.starts_at IS NULL THEN 1 ELSE 0 END, m.starts_at, g.id LIMIT $5"
            ),
            (locale, user, email, now, limit),
        )
        .await
    }

    /// The active series of `orgs` not yet over with registrations waiting
    /// for approval or modules without a speaker, most waiting first.
    pub async fn staff_series(&self, orgs: &[i64], locale: &str, now: i64, limit: i64) -> Result<Vec<StaffSeries>> {
        if orgs.is_empty() {
            return Ok(vec![]);
        }
        let mut w = Filter::after(3);
        let ids: Vec<String> = orgs.iter().map(|id| w.param(*id)).collect();
        let sql = format!(
            "SELECT * FROM (SELECT s.id, s.org_id, COALESCE(tl.title, td.title) AS title, \
             (SELECT COUNT(*) FROM registrations g WHERE g.series_id = s.id AND g.status = 'pending') AS pending, \
             (SELECT COUNT(*) FROM modules m WHERE m.series_id = s.id AND m.cancelled_at IS NULL \
               AND m.starts_at > $2 AND NOT EXISTS (SELECT 1 FROM speaker_requests q \
               WHERE q.module_id = m.id AND q.status IN ('asked', 'confirmed'))) AS open_slots \
             FROM series s {TITLE_JOIN} \
             WHERE s.status = 'active' AND s.ends_at > $2 AND s.org_id IN ({})) t \
             WHERE t.pending > 0 OR t.open_slots > 0 ORDER BY t.pending DESC, t.open_slots DESC, t.id LIMIT $3",
            ids.join(", ")
        );
        Ok(w.bind_as(
            sqlx::query_as::<_, StaffSeries>(&sql)
                .bind(locale)
                .bind(now)
                .bind(limit),
        )
        .fetch_all(&self.pool)
        .await?)
    }
}
