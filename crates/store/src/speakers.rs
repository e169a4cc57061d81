//! The speaker directory of an organisation and requests to speakers to
//! teach a module, answered through a link without an account; reminders
//! until they answer or the deadline passes; the planning board.

use domain::series::RequestStatus;
use domain::Timestamp;
use sqlx::any::AnyArguments;
use sqlx::query::Query;
use sqlx::{Any, Row};

use crate::audit::AuditEntry;
use crate::db;
use crate::outbox::{self, NewMail};
use crate::write::{self, Written};
use crate::{owner, Result, Store};

#[derive(Debug, Clone, sqlx::FromRow, serde::Serialize)]
pub struct Speaker {
    pub id: i64,
    pub owner_org: i64,
    pub name: String,
    pub email: String,
    pub affiliation: String,
    pub bio: String,
    pub topics: String,
    pub languages: String,
}

const SPEAKER_COLS: &str = "id, owner_org, name, email, affiliation, bio, topics, languages";

#[derive(Debug, Clone)]
pub struct NewSpeaker {
    pub name: String,
    pub email: String,
    pub affiliation: String,
    pub bio: String,
    pub topics: String,
    pub languages: Vec<String>,
}

/// Binds a speaker's fields as `$1`…`$6` (their INSERT and UPDATE share them).
fn bind_speaker<'q>(q: Query<'q, Any, AnyArguments<'q>>, s: &'q NewSpeaker) -> Query<'q, Any, AnyArguments<'q>> {
    q.bind(&s.name)
        .bind(&s.email)
        .bind(&s.affiliation)
        .bind(&s.bio)
        .bind(&s.topics)
        .bind(s.languages.join(" "))
}

/// A request with what the speaker and the board need to know.
#[derive(Debug, Clone, sqlx::FromRow, serde::Serialize)]
pub struct Request {
    pub id: i64,
    pub module_id: i64,
    pub speaker_id: i64,
    pub status: RequestStatus,
    pub token: String,
    pub message: String,
    pub locale: String,
    pub deadline: Timestamp,
    pub asked_by: Option<i64>,
    pub asked_at: Timestamp,
    pub answered_at: Option<Timestamp>,
    pub reminders_sent: i64,
    pub speaker_name: String,
    pub speaker_email: String,
    pub series_id: i64,
    pub org_id: i64,
    pub module_title: String,
    pub starts_at: Timestamp,
    pub ends_at: Timestamp,
    pub venue: String,
    pub module_cancelled: Option<Timestamp>,
}

const REQUEST_SELECT: &str = "SELECT q.id, q.module_id, q.speaker_id, q.status, q.token, q.message, q.locale, \
     q.deadline, q.asked_by, q.asked_at, q.answered_at, q.reminders_sent, p.name AS speaker_name, \
     p.email AS speaker_email, m.series_id, s.org_id, m.title AS module_title, m.starts_at, m.ends_at, m.venue, \
     m.cancelled_at AS module_cancelled \
     FROM speaker_requests q JOIN speakers p ON p.id = q.speaker_id JOIN modules m ON m.id = q.module_id \
     JOIN series s ON s.id = m.series_id";

/// A module on the planning board.
#[derive(Debug, Clone, sqlx::FromRow, serde::Serialize)]
pub struct BoardModule {
    pub id: i64,
    pub series_id: i64,
    pub title: String,
    pub starts_at: Timestamp,
    pub ends_at: Timestamp,
    pub series_title: String,
}

/// Days between reminders to a speaker who has not answered, and how many at most.
pub const REMINDER_EVERY_SECS: i64 = 3 * 86400;
pub const MAX_REMINDERS: i64 = 3;

impl Store {
    pub async fn create_speaker(&self, now: i64, actor: i64, org: i64, s: &NewSpeaker) -> Result<i64> {
        let mut tx = self.write_tx().await?;
        let q = sqlx::query(
            "INSERT INTO speakers (name, email, affiliation, bio, topics, languages, owner_org, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING id",
        );
        let row = bind_speaker(q, s)
            .bind(org)
            .bind(now)
            .fetch_one(&mut *tx)
            .await
            .map_err(|e| crate::conflict_on_unique(e, "email"))?;
        let id: i64 = row.try_get(0)?;
        let entry = AuditEntry::new(Some(actor), "speaker.create", "speaker", id).org(Some(org));
        write::commit(tx, now, &entry).await?;
        Ok(id)
    }

    pub async fn update_speaker(&self, now: i64, actor: i64, id: i64, s: &NewSpeaker) -> Result<()> {
        let mut tx = self.write_tx().await?;
        let q = sqlx::query(
            "UPDATE speakers SET name = $1, email = $2, affiliation = $3, bio = $4, topics = $5, languages = $6, \
             updated_at = $7 WHERE id = $8",
        );
        bind_speaker(q, s)
            .bind(now)
            .bind(id)
            .execute(&mut *tx)
            .await
            .map_err(|e| crate::conflict_on_unique(e, "email"))?
            .found()?;
        let org = owner::org_of_speaker(&mut tx, id).await?;
        let entry = AuditEntry::new(Some(actor), "speaker.update", "speaker", id).org(Some(org));
        write::commit(tx, now, &entry).await
    }

    pub async fn speaker(&self, id: i64) -> Result<Option<Speaker>> {
        self.row(&format!("SELECT {SPEAKER_COLS} FROM speakers WHERE id = $1"), id)
            .await
    }

    pub async fn speakers_of_org(&self, org: i64) -> Result<Vec<Speaker>> {
        self.rows(
            &format!(
                "SELECT {SPEAKER_COLS} FROM speakers WHERE owner_org = $1 AND forgotten_at IS NULL ORDER BY name, id"
            ),
            org,
        )
        .await
    }

    /// Asks a speaker to teach a module; the mail goes out in the same
    /// transaction. Asking the same speaker again while a request is open is
    /// a `Conflict("speaker")`.
    #[expect(clippy::too_many_arguments, reason = "the parts of a request")]
    pub async fn ask_speaker(
        &self,
        now: i64,
        actor: i64,
        module: i64,
        speaker: i64,
        token: &str,
        deadline: i64,
        message: &str,
        locale: &str,
        mail: &NewMail,
    ) -> Result<i64> {
        let mut tx = self.write_tx().await?;
        let id = db::number(
            &mut *tx,
            "INSERT INTO speaker_requests (module_id, speaker_id, status, token, message, locale, deadline, asked_by, \
             asked_at) VALUES ($1, $2, 'asked', $3, $4, $5, $6, $7, $8) RETURNING id",
            (module, speaker, token, message, locale, deadline, actor, now),
        )
        .await
        .map_err(|e| crate::conflict_on_unique(e, "speaker"))?;
        outbox::enqueue(&mut tx, now, mail).await?;
        let series = owner::series_of_module(&mut tx, module).await?;
        let org = owner::org_of_series(&mut tx, series).await?;
        let entry = AuditEntry::new(Some(actor), "speaker.ask", "speaker_request", id)
            .org(Some(org))
            .detail(format!("speaker #{speaker} module #{module}"));
        write::commit(tx, now, &entry).await?;
        Ok(id)
    }

    pub async fn request_by_token(&self, token: &str) -> Result<Option<Request>> {
        self.row(&format!("{REQUEST_SELECT} WHERE q.token = $1"), token).await
    }

    /// The speaker answers. Only an open request before its deadline can be
    /// answered (`Stale` otherwise). `notice` is the mail to staff, if any.
    pub async fn answer_request(
        &self,
        now: i64,
        token: &str,
        confirm: bool,
        notice: &(dyn Fn(&Request) -> Option<NewMail> + Sync),
    ) -> Result<Request> {
        let mut tx = self.write_tx().await?;
        let status = if confirm {
            RequestStatus::Confirmed
        } else {
            RequestStatus::Declined
        };
        db::exec(
            &mut *tx,
            "UPDATE speaker_requests SET status = $1, answered_at = $2 \
             WHERE token = $3 AND status = 'asked' AND deadline >= $2",
            (status, now, token),
        )
        .await?
        .fresh()?;
        let r: Request = db::one(&mut *tx, &format!("{REQUEST_SELECT} WHERE q.token = $1"), token).await?;
        if let Some(mail) = notice(&r) {
            outbox::enqueue(&mut tx, now, &mail).await?;
        }
        let entry = AuditEntry::new(None, "speaker.answer", "speaker_request", r.id)
            .org(Some(r.org_id))
            .detail(status.code());
        write::commit(tx, now, &entry).await?;
        Ok(r)
    }

    /// Staff withdraw an open request (e.g. another speaker took the module).
    pub async fn withdraw_request(&self, now: i64, actor: i64, id: i64) -> Result<()> {
        let mut tx = self.write_tx().await?;
        db::exec(
            &mut *tx,
            "UPDATE speaker_requests SET status = 'withdrawn', answered_at = $1 \
             WHERE id = $2 AND status IN ('asked', 'confirmed')",
            (now, id),
        )
        .await?
        .fresh()?;
        let entry = AuditEntry::new(Some(actor), "speaker.withdraw", "speaker_request", id);
        write::commit(tx, now, &entry).await
    }

    pub async fn request(&self, id: i64) -> Result<Option<Request>> {
        self.row(&format!("{REQUEST_SELECT} WHERE q.id = $1"), id).await
    }

    pub async fn requests_of_module(&self, module: i64) -> Result<Vec<Request>> {
        self.rows(
            &format!("{REQUEST_SELECT} WHERE q.module_id = $1 ORDER BY q.asked_at, q.id"),
            module,
        )
        .await
    }

    /// Open and confirmed requests of an organisation's modules between two instants
    /// (for the planning board and the double-booking check).
    pub async fn requests_of_org(&self, org: i64, from: i64, to: i64) -> Result<Vec<Request>> {
        self.rows(
            &format!(
            "{REQUEST_SELECT} WHERE s.org_id = $1 AND m.ends_at >= $2 AND m.starts_at < $3 ORDER BY m.starts_at, q.id"
        ),
            (org, from, to),
        )
        .await
    }

    /// A speaker's open or confirmed requests for modules that overlap `[from, to)`, other than `module`.
    pub async fn overlapping_requests(&self, speaker: i64, module: i64, from: i64, to: i64) -> Result<Vec<Request>> {
        self.rows(
            &format!(
            "{REQUEST_SELECT} WHERE q.speaker_id = $1 AND q.module_id <> $2 AND q.status IN ('asked', 'confirmed') \
             AND m.cancelled_at IS NULL AND m.starts_at < $4 AND m.ends_at > $3"
        ),
            (speaker, module, from, to),
        )
        .await
    }

    /// Every module of an organisation's active series between two instants, with the series title.
    pub async fn board_modules(&self, org: i64, locale: &str, from: i64, to: i64) -> Result<Vec<BoardModule>> {
        self.rows(
            "SELECT m.id, m.series_id, m.title, m.starts_at, m.ends_at, COALESCE(tl.title, td.title) AS series_title \
             FROM modules m JOIN series s ON s.id = m.series_id \
             JOIN series_texts td ON td.series_id = s.id AND td.locale = 'de' \
             LEFT JOIN series_texts tl ON tl.series_id = s.id AND tl.locale = $2 \
             WHERE s.org_id = $1 AND s.status = 'active' AND m.cancelled_at IS NULL \
             AND m.ends_at >= $3 AND m.starts_at < $4 ORDER BY m.starts_at, m.id",
            (org, locale, from, to),
        )
        .await
    }

    /// Requests that [`Store::speaker_reminders`] would remind now.
    pub async fn requests_due_for_reminder(&self, now: i64) -> Result<Vec<Request>> {
        self.rows(
            &format!(
                "{REQUEST_SELECT} WHERE q.status = 'asked' AND q.reminders_sent < $1 AND q.deadline >= $3 \
             AND COALESCE(q.last_reminder_at, q.asked_at) <= $2 AND m.cancelled_at IS NULL"
            ),
            (MAX_REMINDERS, now - REMINDER_EVERY_SECS, now),
        )
        .await
    }

    /// Expires requests past their deadline and sends reminders to speakers
    /// who have not answered (every few days, a few times). Safe to run on
    /// several nodes at once: each reminder is claimed by an update first.
    pub async fn speaker_reminders(&self, now: i64, reminder: &(dyn Fn(&Request) -> NewMail + Sync)) -> Result<usize> {
        let mut tx = self.write_tx().await?;
        db::exec(
            &mut *tx,
            "UPDATE speaker_requests SET status = 'expired' WHERE status = 'asked' AND deadline < $1",
            now,
        )
        .await?;
        let due: Vec<Request> = db::rows(
            &mut *tx,
            &format!(
                "{REQUEST_SELECT} WHERE q.status = 'asked' AND q.reminders_sent < $1 \
             AND COALESCE(q.last_reminder_at, q.asked_at) <= $2 AND m.cancelled_at IS NULL"
            ),
            (MAX_REMINDERS, now - REMINDER_EVERY_SECS),
        )
        .await?;
        let mut sent = 0;
        for r in &due {
            let claimed = db::exec(
                &mut *tx,
                "UPDATE speaker_requests SET reminders_sent = reminders_sent + 1, last_reminder_at = $1 \
                 WHERE id = $2 AND reminders_sent = $3",
                (now, r.id, r.reminders_sent),
            )
            .await?
            .rows_affected();
            if claimed == 1 {
                outbox::enqueue(&mut tx, now, &reminder(r)).await?;
                sent += 1;
            }
        }
        tx.commit().await?;
        Ok(sent)
    }
}

/// A deleted person's speaker entry stays as an empty "former speaker" (so
/// planned and past modules keep their place on the board); open requests
/// are withdrawn and every request link stops working.
pub(crate) async fn forget_speaker(tx: &mut sqlx::Transaction<'static, Any>, now: i64, id: i64) -> Result<()> {
    db::exec(
        &mut **tx,
        "UPDATE speakers SET name = '', email = $1, affiliation = '', bio = '', topics = '', languages = '', \
         user_id = NULL, forgotten_at = $2, updated_at = $2 WHERE id = $3",
        (format!("deleted-s{id}@invalid"), now, id),
    )
    .await?;
    db::exec(
        &mut **tx,
        "UPDATE speaker_requests SET status = 'withdrawn', answered_at = $1 WHERE speaker_id = $2 AND status = 'asked'",
        (now, id),
    )
    .await?;
    let tokens: Vec<(i64, String)> = db::rows(
        &mut **tx,
        "SELECT id, token FROM speaker_requests WHERE speaker_id = $1",
        id,
    )
    .await?;
    for (rid, token) in tokens {
        db::exec(
            &mut **tx,
            "UPDATE speaker_requests SET token = $1 WHERE id = $2",
            (crate::certificates::sha256_hex(&format!("forgotten\0{token}")), rid),
        )
        .await?;
    }
    Ok(())
}
