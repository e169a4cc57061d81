//! The steps every change shares: check that the row written was there (or
//! unchanged since the form was loaded), write the audit entry, commit.
//!
//! ```ignore
//! let mut tx = self.write_tx().await?;
//! db::exec(&mut *tx, "UPDATE speakers SET … WHERE id = $1", id).await?.found()?;
//! let org = owner::org_of_speaker(&mut tx, id).await?;
//! write::commit(tx, now, &AuditEntry::new(actor, "speaker.update", "speaker", id).org(Some(org))).await
//! ```

use sqlx::any::{AnyArguments, AnyQueryResult};
use sqlx::query::Query;
use sqlx::{Any, Transaction};

use crate::audit::{self, AuditEntry};
use crate::db::{self, Params};
use crate::{Result, Store, StoreError};

/// What a write statement's result says about the row it meant.
pub(crate) trait Written: Sized {
    /// At least one row was written; none means the object does not exist ([`StoreError::NotFound`]).
    fn found(self) -> Result<u64>;
    /// At least one row was written; none means it changed since it was read ([`StoreError::Stale`]).
    fn fresh(self) -> Result<u64>;
}

impl Written for AnyQueryResult {
    fn found(self) -> Result<u64> {
        match self.rows_affected() {
            0 => Err(StoreError::NotFound),
            n => Ok(n),
        }
    }
    fn fresh(self) -> Result<u64> {
        match self.rows_affected() {
            0 => Err(StoreError::Stale),
            n => Ok(n),
        }
    }
}

/// An optimistic write's result, with a row that is gone told apart from one
/// changed meanwhile: when `written` is [`StoreError::Stale`], `exists`
/// (`SELECT id FROM … WHERE id = $1`) decides between `Stale` and
/// [`StoreError::NotFound`]. It reads in the same transaction: a read on the
/// pool would wait for this transaction's own write lock on SQLite, and many
/// such writes at once would hold every connection of the pool.
pub(crate) async fn fresh_or_gone(
    tx: &mut Transaction<'static, Any>,
    written: Result<u64>,
    exists: &'static str,
    id: i64,
) -> Result<u64> {
    match written {
        Err(StoreError::Stale) => {
            let found: Option<(i64,)> = crate::db::row(&mut **tx, exists, id).await?;
            Err(if found.is_some() {
                StoreError::Stale
            } else {
                StoreError::NotFound
            })
        }
        w => w,
    }
}

/// An optimistic update in `tx`: `q` has the object's fields bound, and
/// takes `now`, the id and the version read with the form as its last three
/// parameters (`… updated_at = $n WHERE id = $n+1 AND version = $n+2`).
/// `Stale` when someone changed the row since, `NotFound` when `exists`
/// (see [`fresh_or_gone`]) finds it gone.
pub(crate) async fn update_versioned<'q>(
    tx: &mut Transaction<'static, Any>,
    q: Query<'q, Any, AnyArguments<'q>>,
    (now, id, version): (i64, i64, i64),
    exists: &'static str,
) -> Result<()> {
    let written = q.bind(now).bind(id).bind(version).execute(&mut **tx).await?.fresh();
    fresh_or_gone(tx, written, exists, id).await?;
    Ok(())
}

/// Writes the audit entry of a change and commits it with the change.
pub(crate) async fn commit(mut tx: Transaction<'static, Any>, now: i64, entry: &AuditEntry) -> Result<()> {
    audit::write(&mut tx, now, entry).await?;
    tx.commit().await?;
    Ok(())
}

impl Store {
    /// Begins a write transaction with a statement that must find its row
    /// ([`StoreError::NotFound`] otherwise), for a change that goes on in it.
    pub(crate) async fn begin_change<'q>(&self, sql: &'q str, p: impl Params<'q>) -> Result<Transaction<'static, Any>> {
        let mut tx = self.write_tx().await?;
        db::exec(&mut *tx, sql, p).await?.found()?;
        Ok(tx)
    }

    /// The number a writing statement returns (`… RETURNING count`), run in
    /// its own write transaction.
    pub(crate) async fn write_number<'q>(&self, sql: &'q str, p: impl Params<'q>) -> Result<i64> {
        let mut tx = self.write_tx().await?;
        let n = db::number(&mut *tx, sql, p).await?;
        tx.commit().await?;
        Ok(n)
    }

    /// A change that is one statement finding its row ([`StoreError::NotFound`]
    /// otherwise), committed with its audit entry.
    pub(crate) async fn change<'q>(
        &self,
        now: i64,
        sql: &'q str,
        p: impl Params<'q>,
        entry: &AuditEntry,
    ) -> Result<()> {
        let tx = self.begin_change(sql, p).await?;
        commit(tx, now, entry).await
    }
}
