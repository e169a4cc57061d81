//! Forgetting a person (issue 10.5): deleting an account, or a participant
//! without an account deleting their data through their personal link.
//!
//! What stays, and why:
//! - registrations and attendance stay as anonymous rows (no name, address
//!   or affiliation; `forgotten_at` set) so a series' figures do not change;
//!   a registration that still holds or waits for a seat is cancelled and the
//!   seat goes to the next on the waiting list;
//! - an issued certificate keeps its code and what it shows, but instead of
//!   the name only a salted hash of it ([`crate::certificates::participant_hash`]),
//!   so the verification page can confirm a name typed from the paper;
//! - signed attendance lists (scans) of modules the person attended are
//!   deleted: they carry the name and cannot be anonymised;
//! - posts, files, votes and session choices stay under the account's
//!   pseudonym (they belong to the discussion, the space, the counts);
//! - audit entries stay under the pseudonym, with the name and address
//!   replaced in their details;
//! - mails: unsent ones to the person are deleted, sent ones lose address,
//!   subject and body; in mails to others the name and address are replaced.
//!
//! - the people fields of meeting sessions (moderator, case owner, advisers,
//!   table hosts) get the pseudonym instead of the name; minutes and post
//!   bodies written by others are left as they are.
//!
//! - a person taking part in a Leitbild process under the account's address
//!   stays as a nameless row of their department (the coverage figures do
//!   not change); a place on a process team is deleted (a process left
//!   without a team goes to the admins of its administration). A measure of a
//!   planner owned under the address stays, without its owner's name and address.
//!
//! Everything else that names the person (sessions, memberships, join
//! requests, invitations to the address, follows, speaker entries, rate-limit
//! windows, barrier reports' reply address) is deleted or anonymised.

use std::collections::BTreeSet;

use domain::series::RegStatus;
use sqlx::{Any, Transaction};

use crate::audit::AuditEntry;
use crate::db;
use crate::outbox::NewMail;
use crate::registrations::{fill_seats, Registration, REG_COLS};
use crate::{Backend, Result, Store};

/// Texts that identify the person (names, addresses, affiliations), to be
/// replaced wherever they stand in free text (mails, audit details).
#[derive(Default)]
struct Traces {
    words: BTreeSet<String>,
    addresses: BTreeSet<String>,
    /// Removed only from texts that also name the person (an organisation's
    /// name is no secret, and stands in others' mails too).
    affiliations: BTreeSet<String>,
}

impl Traces {
    fn word(&mut self, w: &str) {
        let w = w.trim();
        // a one- or two-letter "name" would replace letters in every text
        if w.chars().count() >= 3 {
            self.words.insert(w.to_string());
        }
    }
    fn affiliation(&mut self, a: &str) {
        let a = a.trim();
        if a.chars().count() >= 3 {
            self.affiliations.insert(a.to_string());
        }
    }
    fn address(&mut self, a: &str) {
        if !a.is_empty() {
            self.addresses.insert(a.to_string());
            self.word(a);
        }
    }
    /// Longest first, so "Ana Lopez" is replaced before "Ana".
    fn ordered(&self) -> Vec<&String> {
        let mut w: Vec<&String> = self.words.iter().collect();
        w.sort_by_key(|s| std::cmp::Reverse(s.chars().count()));
        w
    }
}

/// Sends the "you moved up" mails of people who get a freed seat.
pub type MovedUp<'a> = &'a (dyn Fn(&Registration) -> NewMail + Sync);

async fn registrations_of(tx: &mut Transaction<'static, Any>, user: i64, email: &str) -> Result<Vec<Registration>> {
    Ok(db::rows(
        &mut **tx,
        &format!("SELECT {REG_COLS} FROM registrations WHERE (user_id = $1 OR email = $2) AND forgotten_at IS NULL"),
        (user, email),
    )
    .await?)
}

/// Anonymises registrations (cancelling those of series not yet over),
/// their certificates and the signed lists of modules they attended; freed
/// seats go to the waiting list.
async fn forget_registrations(
    tx: &mut Transaction<'static, Any>,
    backend: Backend,
    now: i64,
    regs: &[Registration],
    moved_up: MovedUp<'_>,
) -> Result<()> {
    let mut freed = BTreeSet::new();
    for r in regs {
        let (ends,): (Option<i64>,) =
            db::one(&mut **tx, "SELECT ends_at FROM series WHERE id = $1", r.series_id).await?;
        let running = ends.is_none_or(|e| e > now);
        if running && r.status != RegStatus::Cancelled {
            db::exec(
                &mut **tx,
                "UPDATE registrations SET status = 'cancelled', cancelled_at = $1 WHERE id = $2",
                (now, r.id),
            )
            .await?;
            if r.status == RegStatus::Confirmed {
                freed.insert(r.series_id);
            }
        }
        // the personal link stops working: its token becomes one nobody knows
        db::exec(
            &mut **tx,
            "UPDATE registrations SET name = '', email = $1, affiliation = '', user_id = NULL, token = $2, \
             forgotten_at = $3 WHERE id = $4",
            (
                format!("deleted-r{}@invalid", r.id),
                crate::certificates::sha256_hex(&format!("forgotten\0{}", r.token)),
                now,
                r.id,
            ),
        )
        .await?;
        crate::certificates::forget_participant(tx, r.id).await?;
        db::exec(
            &mut **tx,
            "DELETE FROM attendance_scans WHERE module_id IN \
             (SELECT module_id FROM attendance WHERE registration_id = $1)",
            r.id,
        )
        .await?;
    }
    for series in freed {
        fill_seats(tx, backend, now, series, moved_up).await?;
    }
    Ok(())
}

/// Mails, audit details, rate-limit windows and barrier reports that name the person.
async fn scrub_texts(tx: &mut Transaction<'static, Any>, t: &Traces, pseudonym: &str) -> Result<()> {
    for a in &t.addresses {
        db::exec(
            &mut **tx,
            "DELETE FROM outbox WHERE to_addr = $1 AND status <> 'sent'",
            a,
        )
        .await?;
        db::exec(
            &mut **tx,
            "UPDATE outbox SET to_addr = 'deleted@invalid', to_name = '', subject = '', body = '' WHERE to_addr = $1",
            a,
        )
        .await?;
        db::exec(
            &mut **tx,
            "DELETE FROM rate_limits WHERE REPLACE(key, $1, '') <> key",
            a,
        )
        .await?;
        db::exec(&mut **tx, "UPDATE barrier_reports SET email = NULL WHERE email = $1", a).await?;
        db::exec(&mut **tx, "DELETE FROM invitations WHERE email = $1", a).await?;
        db::exec(&mut **tx, "DELETE FROM space_invitations WHERE email = $1", a).await?;
        // a person taking part in a Leitbild process keeps counting for their department, without a name
        db::exec(
            &mut **tx,
            "UPDATE leitbild_people SET name = '', email = '', function = '', token_hash = NULL WHERE email = $1",
            a,
        )
        .await?;
        // a rater's link stops working; what they submitted counts on, tied to nobody
        db::exec(
            &mut **tx,
            "UPDATE openness_raters SET name = '', email = '', token_hash = NULL WHERE email = $1",
            a,
        )
        .await?;
        // a measure stays in its plan without its owner (the team names a new one)
        db::exec(
            &mut **tx,
            "UPDATE measures SET owner_name = '', owner_email = '' WHERE owner_email = $1",
            a,
        )
        .await?;
    }
    for w in t.ordered() {
        for aff in &t.affiliations {
            for sql in [
                "UPDATE outbox SET subject = REPLACE(subject, $1, ''), body = REPLACE(body, $1, '') \
                 WHERE REPLACE(subject, $2, '') <> subject OR REPLACE(body, $2, '') <> body",
                "UPDATE audit_log SET detail = REPLACE(detail, $1, '') WHERE REPLACE(detail, $2, '') <> detail",
            ] {
                db::exec(&mut **tx, sql, (aff, w)).await?;
            }
        }
    }
    for w in t.ordered() {
        for sql in [
            "UPDATE outbox SET subject = REPLACE(subject, $1, $2), body = REPLACE(body, $1, $2), \
             to_name = REPLACE(to_name, $1, $2) \
             WHERE REPLACE(subject, $1, '') <> subject OR REPLACE(body, $1, '') <> body \
             OR REPLACE(to_name, $1, '') <> to_name",
            "UPDATE audit_log SET detail = REPLACE(detail, $1, $2) WHERE REPLACE(detail, $1, '') <> detail",
            "UPDATE speaker_requests SET message = REPLACE(message, $1, $2) WHERE REPLACE(message, $1, '') <> message",
            // who leads or hosts a session of a meeting: free text naming people
            "UPDATE meeting_sessions SET moderator = REPLACE(moderator, $1, $2), case_owner = REPLACE(case_owner, $1, $2), \
             advisers = REPLACE(advisers, $1, $2), table_hosts = REPLACE(table_hosts, $1, $2) \
             WHERE REPLACE(moderator || case_owner || advisers || table_hosts, $1, '') <> moderator || case_owner || advisers || table_hosts",
        ] {
            db::exec(&mut **tx, sql, (w, pseudonym)).await?;
        }
    }
    Ok(())
}

/// The Leitbild processes whose team is only `user` go to the admins of their
/// administration, so that a process is never left without anyone to run it
/// (as when a member leaves the team, see `Store::remove_team_member`).
async fn hand_over_processes(tx: &mut Transaction<'static, Any>, now: i64, user: i64) -> Result<()> {
    let alone: Vec<(i64, i64)> = db::rows(
        &mut **tx,
        "SELECT p.id, p.org_id FROM leitbild_processes p JOIN leitbild_team t ON t.process_id = p.id \
         WHERE t.user_id = $1 \
         AND NOT EXISTS (SELECT 1 FROM leitbild_team o WHERE o.process_id = p.id AND o.user_id <> $1)",
        user,
    )
    .await?;
    for (process, org) in alone {
        let admins: Vec<(i64,)> = db::rows(
            &mut **tx,
            "SELECT user_id FROM memberships WHERE org_id = $1 AND role = 'admin' AND user_id <> $2",
            (org, user),
        )
        .await?;
        for (admin,) in admins {
            db::exec(
                &mut **tx,
                "INSERT INTO leitbild_team (process_id, user_id, created_at) VALUES ($1, $2, $3)",
                (process, admin, now),
            )
            .await?;
            let e = AuditEntry::new(None, "leitbild.team.add", "leitbild", process)
                .org(Some(org))
                .detail(admin.to_string());
            crate::audit::write(tx, now, &e).await?;
        }
    }
    Ok(())
}

impl Store {
    /// Deletes an account: the user row stays under the pseudonym `#id`
    /// (posts, files and votes keep pointing at it), everything naming the
    /// person is deleted or anonymised (see the module documentation).
    pub async fn delete_user(&self, now: i64, id: i64, moved_up: MovedUp<'_>) -> Result<()> {
        let mut tx = self.write_tx().await?;
        let (email, name): (String, String) =
            db::one(&mut *tx, "SELECT email, name FROM users WHERE id = $1", id).await?;
        let pseudonym = format!("#{id}");
        let mut t = Traces::default();
        t.word(&name);
        t.address(&email);
        let regs = registrations_of(&mut tx, id, &email).await?;
        for r in &regs {
            t.word(&r.name);
            t.affiliation(&r.affiliation);
            t.address(&r.email);
        }
        let speakers: Vec<(i64, String, String, String)> = db::rows(
            &mut *tx,
            "SELECT id, name, email, affiliation FROM speakers WHERE user_id = $1 OR email = $2",
            (id, &email),
        )
        .await?;
        for (_, n, e, a) in &speakers {
            t.word(n);
            t.affiliation(a);
            t.address(e);
        }
        forget_registrations(&mut tx, self.backend, now, &regs, moved_up).await?;
        for (sid, ..) in &speakers {
            crate::speakers::forget_speaker(&mut tx, now, *sid).await?;
        }
        db::exec(
            &mut *tx,
            "UPDATE users SET email = $1, name = $2, password_hash = '', locale = NULL, platform_admin = 0, \
             status = 'deleted', updated_at = $3 WHERE id = $4",
            (format!("deleted-{id}@invalid"), &pseudonym, now, id),
        )
        .await?;
        hand_over_processes(&mut tx, now, id).await?;
        for sql in [
            "DELETE FROM sessions WHERE user_id = $1",
            "DELETE FROM memberships WHERE user_id = $1",
            "DELETE FROM password_resets WHERE user_id = $1",
            "DELETE FROM consents WHERE user_id = $1",
            "DELETE FROM calendar_feeds WHERE user_id = $1",
            "DELETE FROM space_members WHERE user_id = $1",
            "DELETE FROM space_requests WHERE user_id = $1",
            "DELETE FROM space_visits WHERE user_id = $1",
            "DELETE FROM thread_follows WHERE user_id = $1",
            "DELETE FROM thread_reads WHERE user_id = $1",
            "DELETE FROM digest_items WHERE user_id = $1",
            "DELETE FROM notify_prefs WHERE user_id = $1",
            "DELETE FROM leitbild_team WHERE user_id = $1",
            "UPDATE openness_raters SET name = '', email = '', token_hash = NULL, user_id = NULL WHERE user_id = $1",
        ] {
            db::exec(&mut *tx, sql, id).await?;
        }
        scrub_texts(&mut tx, &t, &pseudonym).await?;
        let entry = AuditEntry::new(Some(id), "user.delete", "user", id);
        self.commit_audited(tx, now, &entry, &self.series_cache).await
    }

    /// A participant without an account deletes their data through their
    /// personal link: every registration of the link's address is
    /// anonymised (and cancelled where the series is not over), mails to the
    /// address and texts naming them are scrubbed. The link stops working.
    pub async fn forget_registration(&self, now: i64, registration: i64, moved_up: MovedUp<'_>) -> Result<()> {
        let mut tx = self.write_tx().await?;
        let (email,): (String,) =
            db::one(&mut *tx, "SELECT email FROM registrations WHERE id = $1", registration).await?;
        let regs = registrations_of(&mut tx, 0, &email).await?;
        let mut t = Traces::default();
        t.address(&email);
        for r in &regs {
            t.word(&r.name);
            t.affiliation(&r.affiliation);
        }
        forget_registrations(&mut tx, self.backend, now, &regs, moved_up).await?;
        scrub_texts(&mut tx, &t, &format!("deleted-r{registration}")).await?;
        let entry = AuditEntry::new(None, "registration.forget", "registration", registration);
        self.commit_audited(tx, now, &entry, &self.series_cache).await
    }
}
