//! Settings the nodes share, such as the secret that signs CSRF tokens.

use crate::{Result, Store};

impl Store {
    pub async fn setting(&self, key: &str) -> Result<Option<String>> {
        let row: Option<(String,)> = sqlx::query_as("SELECT value FROM settings WHERE key = $1")
            .bind(key)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.map(|r| r.0))
    }

    /// Stores `value` unless the key is already set; returns the value in force
    /// (so two nodes starting at once agree on one secret).
    pub async fn setting_or_insert(&self, key: &str, value: &str) -> Result<String> {
        sqlx::query("INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING")
            .bind(key)
            .bind(value)
            .execute(&self.pool)
            .await?;
        Ok(self.setting(key).await?.unwrap_or_else(|| value.to_string()))
    }
}

impl Store {
    /// Writes a consistent copy of a SQLite database (`VACUUM INTO`), safe while ikoe runs.
    pub async fn backup_sqlite(&self, target: &str) -> Result<()> {
        if self.backend != crate::Backend::Sqlite {
            return Err(crate::StoreError::Config(
                "ikoe backup copies SQLite databases; for PostgreSQL use pg_dump".into(),
            ));
        }
        if std::path::Path::new(target).exists() {
            return Err(crate::StoreError::Config(format!("{target} exists already")));
        }
        sqlx::query("VACUUM INTO $1").bind(target).execute(&self.pool).await?;
        Ok(())
    }
}
