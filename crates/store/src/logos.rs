//! Organisations' logos: the bytes in the database (at most 1 MB each, one per
//! organisation), written together with their audit entry. What is stored was
//! checked by the caller (PNG or JPEG, decoded, sane dimensions). Who uploaded
//! it is in the audit log only: the row names nobody.

use domain::Timestamp;

use crate::audit::AuditEntry;
use crate::db;
use crate::write;
use crate::{Result, Store};

/// A stored logo.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct OrgLogo {
    pub content_type: String,
    pub width: i64,
    pub height: i64,
    pub sha256: String,
    pub data: Vec<u8>,
    pub uploaded_at: Timestamp,
}

/// What is known of a logo without its bytes.
#[derive(Debug, Clone, sqlx::FromRow, serde::Serialize)]
pub struct LogoMeta {
    pub content_type: String,
    pub width: i64,
    pub height: i64,
    pub sha256: String,
    pub uploaded_at: Timestamp,
}

/// A logo as uploaded and checked.
#[derive(Debug, Clone, Copy)]
pub struct NewLogo<'a> {
    pub content_type: &'a str,
    pub width: i64,
    pub height: i64,
    pub sha256: &'a str,
    pub data: &'a [u8],
}

impl Store {
    /// Saves (or replaces) an organisation's logo.
    pub async fn save_logo(&self, now: i64, actor: i64, org: i64, logo: &NewLogo<'_>) -> Result<()> {
        let mut tx = self.write_tx().await?;
        db::exec(
            &mut *tx,
            "INSERT INTO org_logos (org_id, content_type, width, height, sha256, data, uploaded_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (org_id) DO UPDATE SET \
             content_type = excluded.content_type, width = excluded.width, height = excluded.height, \
             sha256 = excluded.sha256, data = excluded.data, uploaded_at = excluded.uploaded_at",
            (
                org,
                logo.content_type,
                logo.width,
                logo.height,
                logo.sha256,
                logo.data,
                now,
            ),
        )
        .await?;
        let entry = AuditEntry::new(Some(actor), "org.logo_upload", "org", org)
            .org(Some(org))
            .detail(format!(
                "{} {}x{} {} bytes sha256:{}",
                logo.content_type,
                logo.width,
                logo.height,
                logo.data.len(),
                logo.sha256
            ));
        write::commit(tx, now, &entry).await
    }

    /// Removes an organisation's logo; false if it had none (nothing is written then).
    pub async fn remove_logo(&self, now: i64, actor: i64, org: i64) -> Result<bool> {
        let mut tx = self.write_tx().await?;
        let gone = db::exec(&mut *tx, "DELETE FROM org_logos WHERE org_id = $1", org)
            .await?
            .rows_affected();
        if gone == 0 {
            return Ok(false);
        }
        let entry = AuditEntry::new(Some(actor), "org.logo_remove", "org", org).org(Some(org));
        write::commit(tx, now, &entry).await?;
        Ok(true)
    }

    pub async fn logo(&self, org: i64) -> Result<Option<OrgLogo>> {
        self.row(
            "SELECT content_type, width, height, sha256, data, uploaded_at FROM org_logos WHERE org_id = $1",
            org,
        )
        .await
    }

    pub async fn logo_meta(&self, org: i64) -> Result<Option<LogoMeta>> {
        self.row(
            "SELECT content_type, width, height, sha256, uploaded_at FROM org_logos WHERE org_id = $1",
            org,
        )
        .await
    }
}
