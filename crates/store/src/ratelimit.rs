//! Rate limits kept in the database, so they hold across several app nodes.
//! A fixed window per key: the first hit opens a window of `window_secs`.

use crate::{Result, Store};

impl Store {
    /// Counts one hit for `key` and returns the hits in the current window
    /// (this one included).
    pub async fn hit(&self, key: &str, now: i64, window_secs: i64) -> Result<i64> {
        self.write_number(
            "INSERT INTO rate_limits (key, window_start, count) VALUES ($1, $2, 1) \
             ON CONFLICT (key) DO UPDATE SET \
               count = CASE WHEN rate_limits.window_start <= $3 THEN 1 ELSE rate_limits.count + 1 END, \
               window_start = CASE WHEN rate_limits.window_start <= $3 THEN $2 ELSE rate_limits.window_start END \
             RETURNING count",
            (key, now, now - window_secs),
        )
        .await
    }

    /// Hits in the current window without counting one.
    pub async fn hits(&self, key: &str, now: i64, window_secs: i64) -> Result<i64> {
        let row: Option<(i64,)> = self
            .row(
                "SELECT count FROM rate_limits WHERE key = $1 AND window_start > $2",
                (key, now - window_secs),
            )
            .await?;
        Ok(row.map(|r| r.0).unwrap_or(0))
    }

    pub async fn clear_hits(&self, key: &str) -> Result<()> {
        self.exec("DELETE FROM rate_limits WHERE key = $1", key).await?;
        Ok(())
    }
}

/// Consecutive failures under one key: how many, and when the last one was.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Strikes {
    pub count: i64,
    pub last: i64,
}

impl Store {
    /// Counts one failure for `key` at `now`. Failures further apart than
    /// `forget_secs` start counting again from one. Returns the count.
    pub async fn strike(&self, key: &str, now: i64, forget_secs: i64) -> Result<i64> {
        self.write_number(
            "INSERT INTO rate_limits (key, window_start, count) VALUES ($1, $2, 1) \
             ON CONFLICT (key) DO UPDATE SET \
               count = CASE WHEN rate_limits.window_start <= $3 THEN 1 ELSE rate_limits.count + 1 END, \
               window_start = $2 \
             RETURNING count",
            (key, now, now - forget_secs),
        )
        .await
    }

    /// The failures counted under `key` (none once `forget_secs` have passed since the last).
    pub async fn strikes(&self, key: &str, now: i64, forget_secs: i64) -> Result<Option<Strikes>> {
        let row: Option<(i64, i64)> = self
            .row(
                "SELECT count, window_start FROM rate_limits WHERE key = $1 AND window_start > $2",
                (key, now - forget_secs),
            )
            .await?;
        Ok(row.map(|(count, last)| Strikes { count, last }))
    }
}
