//! Files of a space: folders, files with versions (the bytes are in the
//! file store, see [`crate::blobs`]), attachments of posts, a quota per
//! space, and a trash from which files are restored or, after 30 days,
//! removed for good.

use domain::Timestamp;
use sqlx::{Any, Transaction};

use crate::audit::{self, AuditEntry};
use crate::db;
use crate::search::{self, Kind};
use crate::write;
use domain::files::name_key;

use crate::{conflict_on_unique, Result, Store, StoreError};

/// Files stay this long in the trash.
pub const TRASH_SECS: i64 = 30 * 86_400;

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Folder {
    pub id: i64,
    pub space_id: i64,
    pub parent_id: Option<i64>,
    pub name: String,
    pub created_at: Timestamp,
}

/// A file with its current version.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct FileRow {
    pub id: i64,
    pub space_id: i64,
    pub folder_id: Option<i64>,
    pub post_id: Option<i64>,
    pub session_id: Option<i64>,
    pub name: String,
    pub version: i64,
    pub size: i64,
    pub sha256: String,
    pub content_type: String,
    pub object_key: String,
    pub uploader: String,
    pub updated_at: Timestamp,
    pub deleted_at: Option<Timestamp>,
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct FileVersion {
    pub id: i64,
    pub file_id: i64,
    pub version: i64,
    pub size: i64,
    pub sha256: String,
    pub content_type: String,
    pub object_key: String,
    pub uploader: String,
    pub created_at: Timestamp,
}

/// Bytes already written to the file store, to be recorded.
#[derive(Debug, Clone)]
pub struct NewBlob {
    pub name: String,
    pub key: String,
    pub size: i64,
    pub sha256: String,
    pub content_type: String,
}

const FILE_SELECT: &str =
    "SELECT f.id, f.space_id, f.folder_id, f.post_id, f.session_id, f.name, f.version, v.size, v.sha256, \
     v.content_type, v.object_key, COALESCE(u.name, '') AS uploader, f.updated_at, f.deleted_at \
     FROM files f JOIN file_versions v ON v.file_id = f.id AND v.version = f.version \
     LEFT JOIN users u ON u.id = v.uploaded_by";

/// Refuses bytes that would take the space over its quota (every version
/// counts, the trash too, until it is emptied).
async fn check_quota(tx: &mut Transaction<'static, Any>, space: i64, adding: i64, quota: i64) -> Result<()> {
    let used = db::number(
        &mut **tx,
        "SELECT CAST(COALESCE(SUM(size), 0) AS BIGINT) FROM file_versions WHERE space_id = $1",
        space,
    )
    .await?;
    if used + adding > quota {
        return Err(StoreError::Conflict("quota"));
    }
    Ok(())
}

async fn insert_version(
    tx: &mut Transaction<'static, Any>,
    now: i64,
    actor: i64,
    space: i64,
    file: i64,
    version: i64,
    b: &NewBlob,
) -> Result<()> {
    db::exec(
        &mut **tx,
        "INSERT INTO file_versions (file_id, space_id, version, object_key, size, sha256, content_type, uploaded_by, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        (file, space, version, &b.key, b.size, &b.sha256, &b.content_type, actor, now),
    )
    .await?;
    Ok(())
}

/// Where a new file goes.
#[derive(Debug, Clone, Copy)]
pub enum Place {
    /// A folder (`None`: the top level).
    Folder(Option<i64>),
    /// Attached to a post.
    Post(i64),
    /// Documentation of a session of a meeting.
    Session(i64),
}

/// Records a new file (inside the caller's transaction): quota, unique
/// name in its folder, first version, search entry, audit.
pub(crate) async fn insert_file(
    tx: &mut Transaction<'static, Any>,
    now: i64,
    actor: i64,
    space: i64,
    place: Place,
    b: &NewBlob,
    quota: i64,
) -> Result<i64> {
    check_quota(tx, space, b.size, quota).await?;
    let (folder, post, session) = match place {
        Place::Folder(f) => (f, None, None),
        Place::Post(p) => (None, Some(p), None),
        Place::Session(s) => (None, None, Some(s)),
    };
    let id = db::number(
        &mut **tx,
        "INSERT INTO files (space_id, folder_id, post_id, session_id, name, name_key, created_by, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $8, $6, $7, $7) RETURNING id",
        (space, folder, post, session, &b.name, actor, now, name_key(&b.name)),
    )
    .await
    .map_err(|e| conflict_on_unique(e, "name"))?;
    insert_version(tx, now, actor, space, id, 1, b).await?;
    search::index(tx, Kind::File, id, space, &b.name, "").await?;
    audit::write(
        tx,
        now,
        &AuditEntry::new(Some(actor), "file.upload", "file", id).detail(format!("{} ({} B)", b.name, b.size)),
    )
    .await?;
    Ok(id)
}

impl Store {
    pub async fn create_folder(
        &self,
        now: i64,
        actor: i64,
        space: i64,
        parent: Option<i64>,
        name: &str,
    ) -> Result<i64> {
        let mut tx = self.write_tx().await?;
        let id = db::number(
            &mut *tx,
            "INSERT INTO folders (space_id, parent_id, name, name_key, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
            (space, parent, name, name_key(name), actor, now),
        )
        .await
        .map_err(|e| conflict_on_unique(e, "name"))?;
        write::commit(
            tx,
            now,
            &AuditEntry::new(Some(actor), "folder.create", "folder", id).detail(name),
        )
        .await?;
        Ok(id)
    }

    pub async fn folder(&self, id: i64) -> Result<Option<Folder>> {
        self.row(
            "SELECT id, space_id, parent_id, name, created_at FROM folders WHERE id = $1",
            id,
        )
        .await
    }

    /// The folders in a folder (`None`: the top level), by name.
    pub async fn folders(&self, space: i64, parent: Option<i64>) -> Result<Vec<Folder>> {
        self.rows(
            "SELECT id, space_id, parent_id, name, created_at FROM folders \
             WHERE space_id = $1 AND COALESCE(parent_id, 0) = COALESCE($2, 0) ORDER BY lower(name)",
            (space, parent),
        )
        .await
    }

    /// A folder and its parents, top first (for breadcrumbs).
    pub async fn folder_path(&self, id: i64) -> Result<Vec<Folder>> {
        let mut path = Vec::new();
        let mut next = Some(id);
        while let Some(id) = next {
            let Some(f) = self.folder(id).await? else { break };
            next = f.parent_id;
            path.push(f);
            if path.len() > 32 {
                break;
            }
        }
        path.reverse();
        Ok(path)
    }

    /// Removes an empty folder.
    pub async fn delete_folder(&self, now: i64, actor: i64, id: i64) -> Result<()> {
        let mut tx = self.write_tx().await?;
        let n = db::number(
            &mut *tx,
            "SELECT (SELECT COUNT(*) FROM folders WHERE parent_id = $1) + (SELECT COUNT(*) FROM files WHERE folder_id = $1)",
            id,
        )
        .await?;
        if n > 0 {
            return Err(StoreError::Conflict("not_empty"));
        }
        db::exec(&mut *tx, "DELETE FROM folders WHERE id = $1", id).await?;
        write::commit(tx, now, &AuditEntry::new(Some(actor), "folder.delete", "folder", id)).await
    }

    /// The files in a folder (not in the trash), by name.
    pub async fn files_in(&self, space: i64, folder: Option<i64>) -> Result<Vec<FileRow>> {
        self.rows(
            &format!(
                "{FILE_SELECT} WHERE f.space_id = $1 AND COALESCE(f.folder_id, 0) = COALESCE($2, 0) \
             AND f.post_id IS NULL AND f.session_id IS NULL AND f.deleted_at IS NULL ORDER BY lower(f.name)"
            ),
            (space, folder),
        )
        .await
    }

    /// Files attached to the posts of a thread (not in the trash).
    pub async fn attachments(&self, thread: i64) -> Result<Vec<FileRow>> {
        self.rows(
            &format!(
                "{FILE_SELECT} WHERE f.post_id IN (SELECT id FROM posts WHERE thread_id = $1) \
             AND f.deleted_at IS NULL ORDER BY f.id"
            ),
            thread,
        )
        .await
    }

    /// Files documenting a session (not in the trash).
    pub async fn session_files(&self, session: i64) -> Result<Vec<FileRow>> {
        self.rows(
            &format!("{FILE_SELECT} WHERE f.session_id = $1 AND f.deleted_at IS NULL ORDER BY f.id"),
            session,
        )
        .await
    }

    pub async fn file(&self, id: i64) -> Result<Option<FileRow>> {
        self.row(&format!("{FILE_SELECT} WHERE f.id = $1"), id).await
    }

    /// All versions of a file, newest first.
    pub async fn file_versions(&self, file: i64) -> Result<Vec<FileVersion>> {
        self.rows(
            "SELECT v.id, v.file_id, v.version, v.size, v.sha256, v.content_type, v.object_key, \
             COALESCE(u.name, '') AS uploader, v.created_at FROM file_versions v \
             LEFT JOIN users u ON u.id = v.uploaded_by WHERE v.file_id = $1 ORDER BY v.version DESC",
            file,
        )
        .await
    }

    /// Bytes a space holds (every version, the trash included).
    pub async fn space_usage(&self, space: i64) -> Result<i64> {
        self.number(
            "SELECT CAST(COALESCE(SUM(size), 0) AS BIGINT) FROM file_versions WHERE space_id = $1",
            space,
        )
        .await
    }

    /// Records an uploaded file in a folder of a space (or with a session).
    pub async fn add_file(
        &self,
        now: i64,
        actor: i64,
        space: i64,
        place: Place,
        b: &NewBlob,
        quota: i64,
    ) -> Result<i64> {
        let mut tx = self.write_tx().await?;
        let id = insert_file(&mut tx, now, actor, space, place, b, quota).await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Records a new version of a file; the earlier ones stay.
    pub async fn add_file_version(&self, now: i64, actor: i64, file: &FileRow, b: &NewBlob, quota: i64) -> Result<i64> {
        let mut tx = self.write_tx().await?;
        if self.backend == crate::Backend::Postgres {
            db::exec(&mut *tx, "SELECT id FROM files WHERE id = $1 FOR UPDATE", file.id).await?;
        }
        check_quota(&mut tx, file.space_id, b.size, quota).await?;
        let (version,): (i64,) =
            db::row(
                &mut *tx,
                "UPDATE files SET version = version + 1, updated_at = $1 WHERE id = $2 AND deleted_at IS NULL RETURNING version",
                (now, file.id),
            )
            .await?
                .ok_or(StoreError::NotFound)?;
        insert_version(&mut tx, now, actor, file.space_id, file.id, version, b).await?;
        write::commit(
            tx,
            now,
            &AuditEntry::new(Some(actor), "file.version", "file", file.id).detail(format!("v{version} ({} B)", b.size)),
        )
        .await?;
        Ok(version)
    }

    /// Moves a file to the trash.
    pub async fn trash_file(&self, now: i64, actor: i64, id: i64) -> Result<()> {
        let mut tx = self
            .begin_change(
                "UPDATE files SET deleted_at = $1, deleted_by = $2 WHERE id = $3 AND deleted_at IS NULL",
                (now, actor, id),
            )
            .await?;
        search::unindex(&mut tx, Kind::File, id).await?;
        write::commit(tx, now, &AuditEntry::new(Some(actor), "file.trash", "file", id)).await
    }

    /// Takes a file out of the trash; refused when its name is taken meanwhile.
    pub async fn restore_file(&self, now: i64, actor: i64, id: i64) -> Result<()> {
        let mut tx = self.write_tx().await?;
        let row: Option<(i64, String)> = db::row(
            &mut *tx,
            "UPDATE files SET deleted_at = NULL, deleted_by = NULL WHERE id = $1 AND deleted_at IS NOT NULL RETURNING space_id, name",
            id,
        )
        .await
        .map_err(|e| conflict_on_unique(e, "name"))?;
        let (space, name) = row.ok_or(StoreError::NotFound)?;
        search::index(&mut tx, Kind::File, id, space, &name, "").await?;
        write::commit(tx, now, &AuditEntry::new(Some(actor), "file.restore", "file", id)).await
    }

    /// The trash of a space, most recently deleted first.
    pub async fn trash(&self, space: i64) -> Result<Vec<FileRow>> {
        self.rows(
            &format!("{FILE_SELECT} WHERE f.space_id = $1 AND f.deleted_at IS NOT NULL ORDER BY f.deleted_at DESC"),
            space,
        )
        .await
    }

    /// Object keys of the files that have been in the trash for
    /// [`TRASH_SECS`], with the files' ids (at most `limit` files).
    pub async fn expired_trash(&self, now: i64, limit: i64) -> Result<Vec<(i64, Vec<String>)>> {
        let ids: Vec<(i64,)> = self
            .rows(
                "SELECT id FROM files WHERE deleted_at < $1 ORDER BY deleted_at LIMIT $2",
                (now - TRASH_SECS, limit),
            )
            .await?;
        let mut out = Vec::with_capacity(ids.len());
        for (id,) in ids {
            let keys: Vec<(String,)> = self
                .rows("SELECT object_key FROM file_versions WHERE file_id = $1", id)
                .await?;
            out.push((id, keys.into_iter().map(|(k,)| k).collect()));
        }
        Ok(out)
    }

    /// Forgets a file whose bytes were removed from the file store.
    pub async fn purge_file(&self, now: i64, id: i64) -> Result<()> {
        let mut tx = self.write_tx().await?;
        db::exec(
            &mut *tx,
            "DELETE FROM files WHERE id = $1 AND deleted_at IS NOT NULL",
            id,
        )
        .await?;
        write::commit(tx, now, &AuditEntry::new(None, "file.purge", "file", id)).await
    }
}
