//! Reminders to the owners of measures when their month begins.

use std::collections::HashMap;

use crate::state::AppState;

/// Queues a reminder to the owner of every measure whose month began and
/// that is not done, once (see `Store::send_measure_reminders`).
pub async fn send_reminders(st: &AppState) -> anyhow::Result<usize> {
    let now = st.now();
    let month = domain::measures::current_month(now, i18n::time_zone());
    let store = &st.store;
    // the principles' texts for the mails, read before (the closure cannot wait)
    let mut texts: HashMap<i64, Vec<String>> = HashMap::new();
    for process in store.processes_with_due_measures(&month).await? {
        let latest = store.latest_version(process).await?;
        let principles = store
            .version(process, latest)
            .await?
            .map(|(_, d)| d.principles.into_iter().map(|p| p.text).collect())
            .unwrap_or_default();
        texts.insert(process, principles);
    }
    let i18n = st.i18n.clone();
    let compose = move |r: &store::measures::MeasureReminder| {
        let principle = r
            .measure
            .leitbild_process_id
            .and_then(|p| texts.get(&p))
            .zip(r.measure.principle)
            .and_then(|(t, n)| t.get(usize::try_from(n - 1).ok()?))
            .map(String::as_str);
        crate::mail::measure_due(&i18n, r, principle)
    };
    Ok(store.send_measure_reminders(now, &month, &compose).await?)
}
