//! Invitations to give feedback after a module.

use crate::state::AppState;

/// Invites the attendees of modules that just ended; run by the housekeeping task.
pub async fn send_invites(st: &AppState) -> anyhow::Result<usize> {
    let i18n = st.i18n.clone();
    let base = st.config.public_url.trim_end_matches('/').to_string();
    let store = st.store.clone();
    let now = st.now();
    // module and series titles for the mails, read before (the closure cannot wait)
    let mut titles = std::collections::HashMap::new();
    let recent: Vec<(i64, i64, String)> = store
        .recently_ended_modules(now, store::feedback::INVITE_WINDOW_SECS)
        .await?;
    for (module, series, module_title) in recent {
        let series_title = store.series_text(series, i18n::DEFAULT).await?.title;
        titles.insert(module, (module_title, series_title));
    }
    let compose = move |r: &store::registrations::Registration, module: i64, token: &str| {
        let (m, s) = titles.get(&module).cloned().unwrap_or_default();
        crate::mail::feedback_invite(&i18n, r, &m, &s, &format!("{base}/feedback/{token}"))
    };
    Ok(st
        .store
        .send_feedback_invites(now, &compose, &crate::security::random_token)
        .await?)
}
