//! Reminders of Leitbild feedback rounds: when a round's reminder is due,
//! everyone with a work mailbox who has not taken part yet gets a mail with a
//! new participation link (see `Store::send_round_reminders`).

use crate::state::AppState;
use crate::web::leitbild::links::new_link;

pub async fn send_round_reminders(st: &AppState) -> anyhow::Result<usize> {
    let i18n = st.i18n.clone();
    let base = st.config.public_url.clone();
    let compose = move |r: &store::leitbild::RoundReminder| crate::mail::leitbild_reminder(&i18n, r, &base);
    Ok(st.store.send_round_reminders(st.now(), &new_link, &compose).await?)
}
