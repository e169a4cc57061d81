//! Reminders to participants two days before a module.

use crate::state::AppState;

/// Queues the reminder mails before modules (see `Store::send_module_reminders`);
/// run by the periodic housekeeping task.
pub async fn send_reminders(st: &AppState) -> anyhow::Result<usize> {
    let i18n = st.i18n.clone();
    let base = st.config.public_url.clone();
    let compose = move |r: &store::calendar::Reminder| crate::mail::module_reminder(&i18n, r, &base);
    Ok(st
        .store
        .send_module_reminders(st.now(), store::calendar::REMINDER_WINDOW_SECS, &compose)
        .await?)
}
