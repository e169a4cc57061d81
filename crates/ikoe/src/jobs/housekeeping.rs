//! Removing what has expired: sessions, old rate-limit windows, used or
//! expired links and sent mails (see `Store::purge_expired`).

use crate::state::AppState;

/// Removes what has expired; returns 0 (the store does not count it).
pub async fn purge_expired(st: &AppState) -> anyhow::Result<usize> {
    st.store.purge_expired(st.now(), st.config.session_idle_secs).await?;
    Ok(0)
}
