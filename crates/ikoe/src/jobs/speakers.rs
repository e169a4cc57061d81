//! Reminders of open speaker requests, and their expiry.

use store::speakers::Request;

use crate::state::AppState;

/// Expires unanswered requests past their deadline and reminds speakers who
/// have not answered; run by the periodic housekeeping task.
pub async fn send_reminders(st: &AppState) -> anyhow::Result<usize> {
    let base = st.config.public_url.clone();
    let i18n = st.i18n.clone();
    let store = st.store.clone();
    // series titles are looked up before the transaction (the mails need them)
    let now = st.now();
    let mut titles = std::collections::HashMap::new();
    for r in store.requests_due_for_reminder(now).await? {
        if let std::collections::hash_map::Entry::Vacant(e) = titles.entry(r.series_id) {
            e.insert(store.series_text(r.series_id, i18n::DEFAULT).await?.title);
        }
    }
    let compose = move |r: &Request| {
        let title = titles.get(&r.series_id).cloned().unwrap_or_default();
        crate::mail::speaker_reminder(&i18n, r, &title, &base)
    };
    Ok(st.store.speaker_reminders(now, &compose).await?)
}
