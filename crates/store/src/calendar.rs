//! Calendars and reminders: the secret calendar feed of a signed-in person,
//! the modules behind the personal feeds, and reminder mails before a module.
//!
//! Reminders are recorded in `module_reminders` before their mail is queued,
//! in the same transaction; the row's primary key makes a second node running
//! the task at the same moment skip the person (`ON CONFLICT DO NOTHING`).

use std::collections::HashMap;

use domain::series::RequestStatus;

use crate::audit::{self, AuditEntry};
use crate::db;
use crate::outbox::{self, NewMail};
use crate::registrations::Registration;
use crate::series::Module;
use crate::write;
use crate::{Result, Store, StoreError};

/// Reminders go out for modules that start within this time.
pub const REMINDER_WINDOW_SECS: i64 = 48 * 3600;

/// A speaker's request behind its link, with its module.
#[derive(Debug, Clone)]
pub struct SpeakerCalendar {
    /// Only a confirmed request puts the module into the speaker's calendar.
    pub confirmed: bool,
    pub locale: String,
    pub module: Module,
}

/// One reminder to send: a person with a seat and the module that starts soon.
#[derive(Debug, Clone)]
pub struct Reminder {
    pub registration: Registration,
    pub module: Module,
    /// The series' title in the person's language, else in German.
    pub series_title: String,
}

impl Store {
    /// The token of a person's calendar feed; the first call stores `fresh`.
    pub async fn calendar_feed_token(&self, now: i64, user: i64, fresh: &str) -> Result<String> {
        let row: Option<(String,)> = self
            .row("SELECT token FROM calendar_feeds WHERE user_id = $1", user)
            .await?;
        if let Some((token,)) = row {
            return Ok(token);
        }
        let mut tx = self.write_tx().await?;
        let n = db::exec(
            &mut *tx,
            "INSERT INTO calendar_feeds (user_id, token, created_at) VALUES ($1, $2, $3) \
             ON CONFLICT (user_id) DO NOTHING",
            (user, fresh, now),
        )
        .await?
        .rows_affected();
        if n == 1 {
            audit::write(
                &mut tx,
                now,
                &AuditEntry::new(Some(user), "calendar_feed.create", "user", user),
            )
            .await?;
        }
        let (token,): (String,) =
            db::one(&mut *tx, "SELECT token FROM calendar_feeds WHERE user_id = $1", user).await?;
        tx.commit().await?;
        Ok(token)
    }

    /// Replaces the token of a person's calendar feed: the old address stops working.
    pub async fn reset_calendar_feed(&self, now: i64, user: i64, fresh: &str) -> Result<()> {
        let mut tx = self.write_tx().await?;
        db::exec(
            &mut *tx,
            "INSERT INTO calendar_feeds (user_id, token, created_at) VALUES ($1, $2, $3) \
             ON CONFLICT (user_id) DO UPDATE SET token = excluded.token, created_at = excluded.created_at",
            (user, fresh, now),
        )
        .await?;
        let entry = AuditEntry::new(Some(user), "calendar_feed.reset", "user", user);
        write::commit(tx, now, &entry).await
    }

    /// The active person whose calendar feed has this token.
    pub async fn calendar_feed_owner(&self, token: &str) -> Result<Option<i64>> {
        let row: Option<(i64,)> = self
            .row(
                "SELECT f.user_id FROM calendar_feeds f JOIN users u ON u.id = f.user_id \
             WHERE f.token = $1 AND u.status = 'active'",
                token,
            )
            .await?;
        Ok(row.map(|r| r.0))
    }

    /// The modules of every series in which a person holds a seat (registered
    /// while signed in, or with their address), cancelled ones included.
    pub async fn modules_of_confirmed_registrations(&self, user: i64, email: &str) -> Result<Vec<Module>> {
        self.rows(
            "SELECT m.* FROM modules m WHERE m.series_id IN \
             (SELECT series_id FROM registrations WHERE (user_id = $1 OR email = $2) AND status = 'confirmed') \
             ORDER BY m.starts_at, m.id",
            (user, email),
        )
        .await
    }

    /// The speaker request behind a link, with its module.
    pub async fn speaker_calendar(&self, token: &str) -> Result<Option<SpeakerCalendar>> {
        let row: Option<(i64, RequestStatus, String)> = self
            .row(
                "SELECT module_id, status, locale FROM speaker_requests WHERE token = $1",
                token,
            )
            .await?;
        let Some((module_id, status, locale)) = row else {
            return Ok(None);
        };
        let module = self.module(module_id).await?.ok_or(StoreError::NotFound)?;
        Ok(Some(SpeakerCalendar {
            confirmed: status == RequestStatus::Confirmed,
            locale,
            module,
        }))
    }

    /// Queues a reminder for every person with a seat in a module that starts
    /// within `window` seconds after `now` (not cancelled, its series active)
    /// and who has not been reminded of it yet. The mail comes from `compose`.
    /// Returns how many were queued; safe to run on several nodes at once.
    pub async fn send_module_reminders(
        &self,
        now: i64,
        window: i64,
        compose: &(dyn Fn(&Reminder) -> NewMail + Sync),
    ) -> Result<usize> {
        let mut tx = self.write_tx().await?;
        let due: Vec<(i64, i64, String)> = db::rows(
            &mut *tx,
            "SELECT m.id, r.id, COALESCE(tl.title, td.title, '') FROM modules m \
             JOIN series s ON s.id = m.series_id \
             JOIN registrations r ON r.series_id = m.series_id \
             LEFT JOIN series_texts td ON td.series_id = s.id AND td.locale = 'de' \
             LEFT JOIN series_texts tl ON tl.series_id = s.id AND tl.locale = r.locale \
             WHERE m.cancelled_at IS NULL AND s.status = 'active' AND m.starts_at > $1 AND m.starts_at <= $2 \
             AND r.status = 'confirmed' AND r.forgotten_at IS NULL \
             AND NOT EXISTS (SELECT 1 FROM module_reminders x WHERE x.module_id = m.id AND x.registration_id = r.id) \
             ORDER BY m.starts_at, m.id, r.id",
            (now, now + window),
        )
        .await?;
        let mut modules: HashMap<i64, Module> = HashMap::new();
        let mut sent: Vec<(i64, i64, usize)> = vec![]; // module, series, count
        for (module_id, reg_id, series_title) in due {
            let n = db::exec(
                &mut *tx,
                "INSERT INTO module_reminders (module_id, registration_id, sent_at) VALUES ($1, $2, $3) \
                 ON CONFLICT (module_id, registration_id) DO NOTHING",
                (module_id, reg_id, now),
            )
            .await?
            .rows_affected();
            if n == 0 {
                continue; // another node reminded this person meanwhile
            }
            let module = match modules.get(&module_id) {
                Some(m) => m.clone(),
                None => {
                    let m: Module = db::one(&mut *tx, "SELECT * FROM modules WHERE id = $1", module_id).await?;
                    modules.insert(module_id, m.clone());
                    m
                }
            };
            let registration: Registration =
                db::one(&mut *tx, "SELECT * FROM registrations WHERE id = $1", reg_id).await?;
            let reminder = Reminder {
                registration,
                module,
                series_title,
            };
            outbox::enqueue(&mut tx, now, &compose(&reminder)).await?;
            match sent.iter_mut().find(|(m, _, _)| *m == module_id) {
                Some(s) => s.2 += 1,
                None => sent.push((module_id, reminder.module.series_id, 1)),
            }
        }
        for (module_id, series_id, count) in &sent {
            let org = crate::owner::org_of_series(&mut tx, *series_id).await?;
            audit::write(
                &mut tx,
                now,
                &AuditEntry::new(None, "module.reminders", "module", module_id)
                    .org(Some(org))
                    .detail(format!("{count} reminded")),
            )
            .await?;
        }
        tx.commit().await?;
        Ok(sent.iter().map(|s| s.2).sum())
    }
}
