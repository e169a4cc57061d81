//! Daily digests of new posts for the people who follow threads.

use crate::mail;
use crate::state::AppState;

/// Sends the daily digests that are due (from the housekeeping loop).
pub async fn send_digests(st: &AppState) -> anyhow::Result<usize> {
    let now = st.now();
    let base = st.config.public_url.trim_end_matches('/').to_string();
    let due = st.store.due_digests(now).await?;
    for r in &due {
        let items = st.store.digest_items(r.user_id).await?;
        let Some(up_to) = items.iter().map(|d| d.post_id).max() else {
            continue;
        };
        let m = mail::space_digest(&st.i18n, r, &items, &base, &format!("{base}/spaces#notifications"));
        st.store.send_digest(now, r.user_id, up_to, &m).await?;
    }
    Ok(due.len())
}
