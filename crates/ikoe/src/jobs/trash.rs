//! Removing files that have been in the trash for 30 days.

use crate::state::AppState;

/// Removes files that have been in the trash for 30 days, bytes first
/// (from the housekeeping loop).
pub async fn empty_trash(st: &AppState) -> anyhow::Result<usize> {
    let expired = st.store.expired_trash(st.now(), 200).await?;
    let mut purged = 0;
    for (id, keys) in expired {
        let mut ok = true;
        for k in &keys {
            if let Err(e) = st.blobs.delete(k).await {
                tracing::warn!(error = %e, key = %k, "removing an expired file failed");
                ok = false;
            }
        }
        if ok {
            st.store.purge_file(st.now(), id).await?;
            purged += 1;
        }
    }
    Ok(purged)
}
