//! Who owns what: the look-ups that name an object's parent (for audit
//! entries and permission checks). A leaf: every feature module may use it,
//! it uses none of them.

use sqlx::{Any, Transaction};

use crate::db;
use crate::{Result, StoreError};

/// The one id a `SELECT parent FROM table WHERE id = $1` returns, or `NotFound`.
async fn parent(tx: &mut Transaction<'static, Any>, sql: &'static str, id: i64) -> Result<i64> {
    let row: Option<(i64,)> = db::row(&mut **tx, sql, id).await?;
    row.map(|(p,)| p).ok_or(StoreError::NotFound)
}

/// The organisation that runs a series.
pub(crate) async fn org_of_series(tx: &mut Transaction<'static, Any>, series: i64) -> Result<i64> {
    parent(tx, "SELECT org_id FROM series WHERE id = $1", series).await
}

/// The series a module belongs to.
pub(crate) async fn series_of_module(tx: &mut Transaction<'static, Any>, module: i64) -> Result<i64> {
    parent(tx, "SELECT series_id FROM modules WHERE id = $1", module).await
}

/// The space a meeting belongs to.
pub(crate) async fn space_of_meeting(tx: &mut Transaction<'static, Any>, meeting: i64) -> Result<i64> {
    parent(tx, "SELECT space_id FROM meetings WHERE id = $1", meeting).await
}

/// The meeting a session of an agenda belongs to.
pub(crate) async fn meeting_of_session(tx: &mut Transaction<'static, Any>, session: i64) -> Result<i64> {
    parent(tx, "SELECT meeting_id FROM meeting_sessions WHERE id = $1", session).await
}

/// The organisation whose directory holds a speaker.
pub(crate) async fn org_of_speaker(tx: &mut Transaction<'static, Any>, speaker: i64) -> Result<i64> {
    parent(tx, "SELECT owner_org FROM speakers WHERE id = $1", speaker).await
}

/// The series a certificate was issued for.
pub(crate) async fn series_of_certificate(tx: &mut Transaction<'static, Any>, certificate: i64) -> Result<i64> {
    parent(tx, "SELECT series_id FROM certificates WHERE id = $1", certificate).await
}
