//! Benchmark files.

use crate::db;
use crate::files::NewBlob;
use crate::{Result, Store};

impl Store {
    /// Benchmark data: files at the top level of spaces, one version each,
    /// their bytes already in the file store; in the search index.
    pub async fn bulk_files(&self, now: i64, author: i64, files: &[(i64, NewBlob)]) -> Result<()> {
        let file0 = self.number("SELECT COALESCE(MAX(id), 0) FROM files", ()).await?;
        for (c, chunk) in files.chunks(500).enumerate() {
            let mut tx = self.write_tx().await?;
            let (mut fs, mut vs, mut fts) = (vec![], vec![], vec![]);
            for (k, (space, b)) in chunk.iter().enumerate() {
                let id = file0 + 1 + (c * 500 + k) as i64;
                let name = b.name.replace('\'', "''");
                let key = domain::files::name_key(&b.name).replace('\'', "''");
                fs.push(format!(
                    "({id}, {space}, NULL, NULL, '{name}', '{key}', 1, {author}, {now}, {now}, NULL, NULL)"
                ));
                vs.push(format!(
                    "({id}, {space}, 1, '{}', {}, '{}', '{}', {author}, {now})",
                    b.key, b.size, b.sha256, b.content_type
                ));
                fts.push(format!("({}, 's{space}', '{name}', '')", id * 4 + 3));
            }
            let inserts: [(&str, &Vec<String>); 3] = [
                (
                    "files (id, space_id, folder_id, post_id, name, name_key, version, created_by, created_at, updated_at, deleted_at, deleted_by)",
                    &fs,
                ),
                (
                    "file_versions (file_id, space_id, version, object_key, size, sha256, content_type, uploaded_by, created_at)",
                    &vs,
                ),
                ("search_fts (rowid, space, title, body)", &fts),
            ];
            for (table, rows) in inserts {
                db::exec(&mut *tx, &format!("INSERT INTO {table} VALUES {}", rows.join(",")), ()).await?;
            }
            tx.commit().await?;
        }
        self.sync_ids(&["files"]).await?;
        Ok(())
    }
}
