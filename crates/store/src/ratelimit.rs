//! Rate limits kept in the database, so they hold across several app nodes.
//! A fixed window per key: the first hit opens a window of `window_secs`.

use crate::{Result, Store};

impl Store {
    /// Counts one hit for `key` and returns the hits in the current window
    /// (this one included).
    pub async fn hit(&self, key: &str, now: i64, window_secs: i64) -> Result<i64> {
        let mut tx = self.write_tx().await?;
        let (count,): (i64,) = sqlx::query_as(
            "INSERT INTO rate_limits (key, window_start, count) VALUES ($1, $2, 1) \
             ON CONFLICT (key) DO UPDATE SET \
               count = CASE WHEN rate_limits.window_start <= $3 THEN 1 ELSE rate_limits.count + 1 END, \
               window_start = CASE WHEN rate_limits.window_start <= $3 THEN $2 ELSE rate_limits.window_start END \
             RETURNING count",
        )
        .bind(key)
        .bind(now)
        .bind(now - window_secs)
        .fetch_one(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(count)
    }

    /// Hits in the current window without counting one.
    pub async fn hits(&self, key: &str, now: i64, window_secs: i64) -> Result<i64> {
        let row: Option<(i64,)> = sqlx::query_as("SELECT count FROM rate_limits WHERE key = $1 AND window_start > $2")
            .bind(key)
            .bind(now - window_secs)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.map(|r| r.0).unwrap_or(0))
    }

    pub async fn clear_hits(&self, key: &str) -> Result<()> {
        sqlx::query("DELETE FROM rate_limits WHERE key = $1")
            .bind(key)
            .execute(&self.pool)
            .await?;
        Ok(())
    }
}
