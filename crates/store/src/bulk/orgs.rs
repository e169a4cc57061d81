//! Benchmark organisations and people.

use crate::audit::{self, AuditEntry};
use crate::db;
use crate::orgs::search_key;
use crate::{Result, Store};

impl Store {
    /// Inserts many organisations at once (benchmark data). Returns the first new id;
    /// the ids that follow are consecutive.
    pub async fn bulk_orgs(&self, now: i64, orgs: &[(String, &str, String)]) -> Result<i64> {
        let mut tx = self.write_tx().await?;
        let mut first = None;
        for (name, kind, region) in orgs {
            let id = db::number(
                &mut *tx,
                "INSERT INTO orgs (name, name_search, kind, region, description, version, created_at, updated_at) \
                 VALUES ($1, $2, $3, $4, '', 1, $5, $5) RETURNING id",
                (name, search_key(name), *kind, region, now),
            )
            .await?;
            first.get_or_insert(id);
        }
        audit::write(
            &mut tx,
            now,
            &AuditEntry::new(None, "org.bulk_create", "org", orgs.len()),
        )
        .await?;
        self.commit_changing(tx, &self.dir_cache).await?;
        Ok(first.unwrap_or(0))
    }

    /// Inserts many users with one membership each (benchmark data).
    pub async fn bulk_users(&self, now: i64, hash: &str, users: &[(String, String, i64)]) -> Result<()> {
        for chunk in users.chunks(2000) {
            let mut tx = self.write_tx().await?;
            for (email, name, org) in chunk {
                let id = db::number(
                    &mut *tx,
                    "INSERT INTO users (email, name, password_hash, platform_admin, status, created_at, updated_at) \
                     VALUES ($1, $2, $3, 0, 'active', $4, $4) RETURNING id",
                    (email, name, hash, now),
                )
                .await?;
                db::exec(
                    &mut *tx,
                    "INSERT INTO memberships (org_id, user_id, role, created_at) VALUES ($1, $2, 'member', $3)",
                    (org, id, now),
                )
                .await?;
            }
            audit::write(
                &mut tx,
                now,
                &AuditEntry::new(None, "user.bulk_create", "user", chunk.len()),
            )
            .await?;
            tx.commit().await?;
        }
        Ok(())
    }
}
