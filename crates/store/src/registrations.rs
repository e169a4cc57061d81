//! Registrations for a series: double opt-in, capacity with a waiting list
//! that moves up by itself, manual approval, cancellation by personal link.
//!
//! Seats are given out under a lock on the series row (`FOR UPDATE` on
//! PostgreSQL; SQLite writers hold the database's write lock from `BEGIN
//! IMMEDIATE`), so two people taking the last seat at once cannot both get it.

use domain::series::{RegSource, RegStatus};
use domain::{Flag, Timestamp};
use sqlx::{Any, Transaction};

use crate::audit::{self, AuditEntry};
use crate::db;
use crate::outbox::{self, NewMail};
use crate::{Backend, Result, Store, StoreError};

#[derive(Debug, Clone, sqlx::FromRow, serde::Serialize)]
pub struct Registration {
    pub id: i64,
    pub series_id: i64,
    pub user_id: Option<i64>,
    pub name: String,
    pub email: String,
    pub affiliation: String,
    pub target_group: String,
    pub locale: String,
    pub status: RegStatus,
    pub token: String,
    pub source: RegSource,
    pub created_at: Timestamp,
    pub confirmed_at: Option<Timestamp>,
    pub queued_at: Option<Timestamp>,
    pub cancelled_at: Option<Timestamp>,
    pub expires_at: Option<Timestamp>,
    /// The person was deleted: an anonymous row kept for the figures.
    pub forgotten_at: Option<Timestamp>,
}

pub(crate) const REG_COLS: &str =
    "id, series_id, user_id, name, email, affiliation, target_group, locale, status, token, \
     source, created_at, confirmed_at, queued_at, cancelled_at, expires_at, forgotten_at";

/// What a person (or staff, or an import) submits.
#[derive(Debug, Clone)]
pub struct NewRegistration {
    pub name: String,
    /// Already normalised (see `domain::accounts::Email`).
    pub email: String,
    pub affiliation: String,
    pub target_group: String,
    pub locale: String,
    pub user_id: Option<i64>,
    pub source: RegSource,
    /// The person's address is known to be theirs (signed in with it, or added by staff):
    /// no confirmation mail is needed.
    pub address_known: bool,
    /// Optional anonymous answers (question, answer), counted apart from the person.
    pub figures: Vec<(String, String)>,
}

/// How long a confirmation link stays valid.
pub const CONFIRM_SECS: i64 = 48 * 3600;

/// Which mail a registration event sends; the web layer composes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RegMail {
    /// Please confirm your address.
    Confirm,
    /// You have a seat / you are on the waiting list / staff will decide.
    Placed(RegStatus),
    /// A seat became free: you moved up from the waiting list.
    MovedUp,
    /// Your cancellation is recorded.
    Cancelled,
    /// Someone registered this address again: you are registered already (here is your link).
    /// The person registering gets the same answer as for a new address, so nobody learns
    /// who is registered.
    Again,
}

pub type RegMailer<'a> = &'a (dyn Fn(&Registration, RegMail) -> NewMail + Sync);

async fn lock_series(tx: &mut Transaction<'static, Any>, backend: Backend, series: i64) -> Result<(i64, bool)> {
    let sql = match backend {
        Backend::Postgres => "SELECT capacity, manual_approval FROM series WHERE id = $1 FOR UPDATE",
        Backend::Sqlite => "SELECT capacity, manual_approval FROM series WHERE id = $1",
    };
    let row: Option<(i64, Flag)> = db::row(&mut **tx, sql, series).await?;
    row.map(|(c, m)| (c, m.on())).ok_or(StoreError::NotFound)
}

async fn count_status(tx: &mut Transaction<'static, Any>, series: i64, status: RegStatus) -> Result<i64> {
    let n = db::number(
        &mut **tx,
        "SELECT COUNT(*) FROM registrations WHERE series_id = $1 AND status = $2",
        (series, status),
    )
    .await?;
    Ok(n)
}

async fn set_status(tx: &mut Transaction<'static, Any>, id: i64, status: RegStatus, now: i64) -> Result<()> {
    let sql = match status {
        RegStatus::Cancelled => "UPDATE registrations SET status = $1, cancelled_at = $2 WHERE id = $3",
        _ => "UPDATE registrations SET status = $1, queued_at = COALESCE(queued_at, $2) WHERE id = $3",
    };
    db::exec(&mut **tx, sql, (status, now, id)).await?;
    Ok(())
}

async fn reg_in(tx: &mut Transaction<'static, Any>, id: i64) -> Result<Registration> {
    db::row::<Registration>(
        &mut **tx,
        &format!("SELECT {REG_COLS} FROM registrations WHERE id = $1"),
        id,
    )
    .await?
    .ok_or(StoreError::NotFound)
}

/// Gives a seat, a place on the waiting list, or (with manual approval and
/// `approving` false) the pending state to a registration whose address is confirmed.
async fn place(
    tx: &mut Transaction<'static, Any>,
    backend: Backend,
    now: i64,
    reg: &Registration,
    approving: bool,
) -> Result<RegStatus> {
    let (capacity, manual) = lock_series(tx, backend, reg.series_id).await?;
    let status = if manual && !approving && reg.source == RegSource::Form {
        RegStatus::Pending
    } else {
        let taken = count_status(tx, reg.series_id, RegStatus::Confirmed).await?;
        let waiting = count_status(tx, reg.series_id, RegStatus::Waiting).await?;
        if taken < capacity && waiting == 0 {
            RegStatus::Confirmed
        } else {
            RegStatus::Waiting
        }
    };
    set_status(tx, reg.id, status, now).await?;
    Ok(status)
}

/// Moves people up from the waiting list while seats are free (in order of
/// their place in the list); each is told through `mailer`.
pub(crate) async fn fill_seats(
    tx: &mut Transaction<'static, Any>,
    backend: Backend,
    now: i64,
    series: i64,
    mailer: &(dyn Fn(&Registration) -> NewMail + Sync),
) -> Result<usize> {
    let (capacity, _) = lock_series(tx, backend, series).await?;
    let taken = count_status(tx, series, RegStatus::Confirmed).await?;
    let free = capacity - taken;
    if free <= 0 {
        return Ok(0);
    }
    let next: Vec<Registration> = db::rows(
        &mut **tx,
        &format!(
            "SELECT {REG_COLS} FROM registrations WHERE series_id = $1 AND status = 'waiting' \
         ORDER BY queued_at, id LIMIT $2"
        ),
        (series, free),
    )
    .await?;
    for r in &next {
        set_status(tx, r.id, RegStatus::Confirmed, now).await?;
        outbox::enqueue(tx, now, &mailer(r)).await?;
        audit::write(
            tx,
            now,
            &AuditEntry::new(None, "registration.moved_up", "registration", r.id),
        )
        .await?;
    }
    Ok(next.len())
}

/// The registrations that hold or wait for a seat (for notices to all).
pub(crate) async fn active_registrations(tx: &mut Transaction<'static, Any>, series: i64) -> Result<Vec<Registration>> {
    Ok(db::rows(
        &mut **tx,
        &format!(
        "SELECT {REG_COLS} FROM registrations WHERE series_id = $1 AND status IN ('confirmed', 'waiting', 'pending') \
         ORDER BY id"
    ),
        series,
    )
    .await?)
}

impl Store {
    /// Registers someone for a series. A known address is placed at once;
    /// otherwise a confirmation mail goes out and the seat is decided on
    /// confirmation. The same address twice is refused (`Conflict("email")`).
    pub async fn register(
        &self,
        now: i64,
        actor: Option<i64>,
        series: i64,
        r: &NewRegistration,
        token: &str,
        mailer: RegMailer<'_>,
    ) -> Result<Registration> {
        let mut tx = self.write_tx().await?;
        // a lapsed, never confirmed registration of the same address makes way
        db::exec(
            &mut *tx,
            "DELETE FROM registrations WHERE series_id = $1 AND email = $2 AND status = 'unconfirmed' \
             AND expires_at < $3",
            (series, &r.email, now),
        )
        .await?;
        let (status, expires) = if r.address_known {
            (RegStatus::Unconfirmed, None)
        } else {
            (RegStatus::Unconfirmed, Some(now + CONFIRM_SECS))
        };
        let id = db::number(
            &mut *tx,
            "INSERT INTO registrations (series_id, user_id, name, email, affiliation, target_group, locale, status, \
             token, consent_at, source, created_at, confirmed_at, expires_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $10, $12, $13) RETURNING id",
            (
                series,
                r.user_id,
                &r.name,
                &r.email,
                &r.affiliation,
                &r.target_group,
                &r.locale,
                status,
                token,
                now,
                r.source,
                if r.address_known { Some(now) } else { None },
                expires,
            ),
        )
        .await
        .map_err(|e| crate::conflict_on_unique(e, "email"))?;
        for (q, a) in &r.figures {
            db::exec(
                &mut *tx,
                "INSERT INTO registration_figures (series_id, question, answer, count) VALUES ($1, $2, $3, 1) \
                 ON CONFLICT (series_id, question, answer) DO UPDATE SET count = registration_figures.count + 1",
                (series, q, a),
            )
            .await?;
        }
        let mut reg = reg_in(&mut tx, id).await?;
        let event = if r.address_known {
            let placed = place(&mut tx, self.backend, now, &reg, false).await?;
            reg.status = placed;
            RegMail::Placed(placed)
        } else {
            RegMail::Confirm
        };
        outbox::enqueue(&mut tx, now, &mailer(&reg, event)).await?;
        let org = crate::owner::org_of_series(&mut tx, series).await?;
        let entry = AuditEntry::new(actor, "registration.create", "registration", id)
            .org(Some(org))
            .detail(format!("{} {}", r.source, reg.status));
        self.commit_audited(tx, now, &entry, &self.series_cache).await?;
        Ok(reg)
    }

    /// Imports registrations (all or none): each is placed at once (a seat or
    /// the waiting list) and told. Addresses already registered are a
    /// `Conflict("email")`, and nothing is imported.
    pub async fn import_registrations(
        &self,
        now: i64,
        actor: i64,
        series: i64,
        people: &[(NewRegistration, String)],
        mailer: RegMailer<'_>,
    ) -> Result<usize> {
        let mut tx = self.write_tx().await?;
        for (r, token) in people {
            let id = db::number(
                &mut *tx,
                "INSERT INTO registrations (series_id, user_id, name, email, affiliation, target_group, locale, status, \
                 token, consent_at, source, created_at, confirmed_at) \
                 VALUES ($1, NULL, $2, $3, $4, $5, $6, 'unconfirmed', $7, NULL, 'import', $8, $8) RETURNING id",
                (series, &r.name, &r.email, &r.affiliation, &r.target_group, &r.locale, token, now),
            )
            .await
            .map_err(|e| crate::conflict_on_unique(e, "email"))?;
            let mut reg = reg_in(&mut tx, id).await?;
            let placed = place(&mut tx, self.backend, now, &reg, true).await?;
            reg.status = placed;
            outbox::enqueue(&mut tx, now, &mailer(&reg, RegMail::Placed(placed))).await?;
        }
        let org = crate::owner::org_of_series(&mut tx, series).await?;
        let entry = AuditEntry::new(Some(actor), "registration.import", "series", series)
            .org(Some(org))
            .detail(format!("{} imported", people.len()));
        self.commit_audited(tx, now, &entry, &self.series_cache).await?;
        Ok(people.len())
    }

    /// The addresses already registered (not cancelled) for a series.
    pub async fn registered_emails(&self, series: i64) -> Result<Vec<String>> {
        let rows: Vec<(String,)> = self
            .rows(
                "SELECT email FROM registrations WHERE series_id = $1 AND status <> 'cancelled'",
                series,
            )
            .await?;
        Ok(rows.into_iter().map(|r| r.0).collect())
    }

    /// Tells the owner of an address that is already registered (not cancelled) for a series
    /// that someone registered it again, with their personal link. Returns whether a mail
    /// was written (no registration: none).
    pub async fn remind_registered(&self, now: i64, series: i64, email: &str, mailer: RegMailer<'_>) -> Result<bool> {
        let mut tx = self.write_tx().await?;
        let reg = db::row::<Registration>(
            &mut *tx,
            &format!(
                "SELECT {REG_COLS} FROM registrations WHERE series_id = $1 AND email = $2 AND status <> 'cancelled'"
            ),
            (series, email),
        )
        .await?;
        let Some(reg) = reg else {
            return Ok(false);
        };
        outbox::enqueue(&mut tx, now, &mailer(&reg, RegMail::Again)).await?;
        tx.commit().await?;
        Ok(true)
    }

    /// The registration behind a personal link.
    pub async fn registration_by_token(&self, token: &str) -> Result<Option<Registration>> {
        self.row(&format!("SELECT {REG_COLS} FROM registrations WHERE token = $1"), token)
            .await
    }

    pub async fn registration(&self, id: i64) -> Result<Option<Registration>> {
        self.row(&format!("SELECT {REG_COLS} FROM registrations WHERE id = $1"), id)
            .await
    }

    /// Confirms the address of an unconfirmed registration (double opt-in)
    /// and places it. An expired link is `NotFound`; confirming twice is harmless.
    pub async fn confirm_registration(&self, now: i64, token: &str, mailer: RegMailer<'_>) -> Result<Registration> {
        let mut tx = self.write_tx().await?;
        let reg: Option<Registration> = db::row(
            &mut *tx,
            &format!("SELECT {REG_COLS} FROM registrations WHERE token = $1"),
            token,
        )
        .await?;
        let mut reg = reg.ok_or(StoreError::NotFound)?;
        if reg.status != RegStatus::Unconfirmed {
            return Ok(reg);
        }
        if reg.expires_at.is_some_and(|e| e.0 < now) {
            return Err(StoreError::NotFound);
        }
        db::exec(
            &mut *tx,
            "UPDATE registrations SET confirmed_at = $1, expires_at = NULL WHERE id = $2",
            (now, reg.id),
        )
        .await?;
        let placed = place(&mut tx, self.backend, now, &reg, false).await?;
        reg.status = placed;
        outbox::enqueue(&mut tx, now, &mailer(&reg, RegMail::Placed(placed))).await?;
        let entry = AuditEntry::new(None, "registration.confirm", "registration", reg.id).detail(placed.code());
        self.commit_audited(tx, now, &entry, &self.series_cache).await?;
        Ok(reg)
    }

    /// Cancels a registration (by the person through their link, or by
    /// staff). A freed seat goes to the next on the waiting list at once.
    pub async fn cancel_registration(
        &self,
        now: i64,
        actor: Option<i64>,
        id: i64,
        mailer: RegMailer<'_>,
    ) -> Result<Registration> {
        let mut tx = self.write_tx().await?;
        let mut reg = reg_in(&mut tx, id).await?;
        if reg.status == RegStatus::Cancelled {
            return Ok(reg);
        }
        let had_seat = reg.status == RegStatus::Confirmed;
        set_status(&mut tx, id, RegStatus::Cancelled, now).await?;
        reg.status = RegStatus::Cancelled;
        outbox::enqueue(&mut tx, now, &mailer(&reg, RegMail::Cancelled)).await?;
        if had_seat {
            fill_seats(&mut tx, self.backend, now, reg.series_id, &|r| {
                mailer(r, RegMail::MovedUp)
            })
            .await?;
        }
        let org = crate::owner::org_of_series(&mut tx, reg.series_id).await?;
        let entry = AuditEntry::new(actor, "registration.cancel", "registration", id).org(Some(org));
        self.commit_audited(tx, now, &entry, &self.series_cache).await?;
        Ok(reg)
    }

    /// Staff approve a pending registration: it gets a seat or a place on the waiting list.
    pub async fn approve_registration(
        &self,
        now: i64,
        actor: i64,
        id: i64,
        mailer: RegMailer<'_>,
    ) -> Result<Registration> {
        let mut tx = self.write_tx().await?;
        let mut reg = reg_in(&mut tx, id).await?;
        if reg.status != RegStatus::Pending {
            return Err(StoreError::Stale);
        }
        let placed = place(&mut tx, self.backend, now, &reg, true).await?;
        reg.status = placed;
        outbox::enqueue(&mut tx, now, &mailer(&reg, RegMail::Placed(placed))).await?;
        let org = crate::owner::org_of_series(&mut tx, reg.series_id).await?;
        let entry = AuditEntry::new(Some(actor), "registration.approve", "registration", id)
            .org(Some(org))
            .detail(placed.code());
        self.commit_audited(tx, now, &entry, &self.series_cache).await?;
        Ok(reg)
    }

    /// Everyone registered for a series (cancelled ones last), in order of their place.
    pub async fn registrations_of_series(&self, series: i64) -> Result<Vec<Registration>> {
        self.rows(
            &format!(
                "SELECT {REG_COLS} FROM registrations WHERE series_id = $1 \
             ORDER BY CASE status WHEN 'confirmed' THEN 0 WHEN 'pending' THEN 1 WHEN 'waiting' THEN 2 \
             WHEN 'unconfirmed' THEN 3 ELSE 4 END, queued_at, id"
            ),
            series,
        )
        .await
    }

    /// The registrations of a signed-in person: made while signed in, or with their address.
    pub async fn registrations_of_user(&self, user: i64, email: &str) -> Result<Vec<Registration>> {
        self.rows(
            &format!(
                "SELECT {REG_COLS} FROM registrations WHERE (user_id = $1 OR email = $2) AND status <> 'unconfirmed' \
             ORDER BY created_at DESC, id DESC"
            ),
            (user, email),
        )
        .await
    }

    /// Counts per status of a series.
    pub async fn registration_counts(&self, series: i64) -> Result<Vec<(RegStatus, i64)>> {
        self.rows(
            "SELECT status, COUNT(*) FROM registrations WHERE series_id = $1 GROUP BY status ORDER BY status",
            series,
        )
        .await
    }

    /// Confirmed registrations of a series: the seats taken.
    pub async fn seats_taken(&self, series: i64) -> Result<i64> {
        self.number(
            "SELECT COUNT(*) FROM registrations WHERE series_id = $1 AND status = 'confirmed'",
            series,
        )
        .await
    }

    /// The anonymous figures of a series: (question, answer, count).
    pub async fn registration_figures(&self, series: i64) -> Result<Vec<(String, String, i64)>> {
        self.rows(
            "SELECT question, answer, count FROM registration_figures WHERE series_id = $1 ORDER BY question, answer",
            series,
        )
        .await
    }
}
