//! Settings the nodes share, such as the secret that signs CSRF tokens.

use crate::{Result, Store};

impl Store {
    pub async fn setting(&self, key: &str) -> Result<Option<String>> {
        let row: Option<(String,)> = self.row("SELECT value FROM settings WHERE key = $1", key).await?;
        Ok(row.map(|r| r.0))
    }

    /// Stores `value` unless the key is already set; returns the value in force
    /// (so two nodes starting at once agree on one secret).
    pub async fn setting_or_insert(&self, key: &str, value: &str) -> Result<String> {
        self.exec(
            "INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING",
            (key, value),
        )
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
        self.exec("VACUUM INTO $1", target).await?;
        Ok(())
    }
}
