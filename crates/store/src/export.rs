//! A person's data export (issue 10.4): everything held about one person, as
//! JSON, one section per table. Every section's statement is listed in
//! [`crate::personal`], under the feature that owns its table; the
//! `personal_…` functions read one feature's sections and
//! [`Store::personal_data`] puts them together. A section is named after its table, so a test can hold
//! the list against the database catalogue: a new table with a person column
//! and no section fails it.
//!
//! The rows are read as plain JSON objects (column → value) rather than typed
//! rows: the export only shows them, and the SQL of each section chooses its
//! columns (never a token, a password hash or a session id).

use serde_json::{Map, Value};
use sqlx::{Column, Row};

use crate::personal::{Binds, SECTIONS};
use crate::{Result, Store};

/// Whose data: an account (with its address) or, for a participant without
/// an account, only the address of their personal link.
#[derive(Debug, Clone)]
pub struct Person {
    pub user: Option<i64>,
    /// Normalised (lower case).
    pub email: String,
}

impl Person {
    /// The account id, or 0 (no row has it) for a person without an account.
    pub(crate) fn user_id(&self) -> i64 {
        self.user.unwrap_or(0)
    }
}

/// One value bound to an export query.
pub(crate) enum Arg<'a> {
    Int(i64),
    Text(&'a str),
}

/// Sections of an export: table name → its rows.
pub type Sections = Vec<(&'static str, Vec<Value>)>;

/// The rows of `sql` as JSON objects; numbers, texts and NULLs as they are,
/// binary columns left out.
pub(crate) async fn rows(pool: &sqlx::AnyPool, sql: &str, args: &[Arg<'_>]) -> Result<Vec<Value>> {
    let mut q = sqlx::query(sql);
    for a in args {
        q = match a {
            Arg::Int(i) => q.bind(*i),
            Arg::Text(s) => q.bind(*s),
        };
    }
    let found = q.fetch_all(pool).await?;
    let mut out = Vec::with_capacity(found.len());
    for row in &found {
        let mut obj = Map::new();
        for (i, col) in row.columns().iter().enumerate() {
            let v = if let Ok(v) = row.try_get::<Option<i64>, _>(i) {
                v.map_or(Value::Null, Value::from)
            } else if let Ok(v) = row.try_get::<Option<String>, _>(i) {
                v.map_or(Value::Null, Value::from)
            } else if let Ok(v) = row.try_get::<Option<f64>, _>(i) {
                v.map_or(Value::Null, Value::from)
            } else {
                continue;
            };
            obj.insert(col.name().to_string(), v);
        }
        out.push(Value::Object(obj));
    }
    Ok(out)
}

impl Store {
    /// Everything held about one person, one section per table.
    pub async fn personal_data(&self, p: &Person) -> Result<Map<String, Value>> {
        let mut sections: Sections = vec![];
        sections.extend(self.personal_accounts(p).await?);
        sections.extend(self.personal_invitations(p).await?);
        sections.extend(self.personal_audit(p).await?);
        sections.extend(self.personal_outbox(p).await?);
        sections.extend(self.personal_site(p).await?);
        sections.extend(self.personal_registrations(p).await?);
        sections.extend(self.personal_attendance(p).await?);
        sections.extend(self.personal_certificates(p).await?);
        sections.extend(self.personal_calendar(p).await?);
        sections.extend(self.personal_feedback(p).await?);
        sections.extend(self.personal_speakers(p).await?);
        sections.extend(self.personal_spaces(p).await?);
        sections.extend(self.personal_space_members(p).await?);
        sections.extend(self.personal_space_invitations(p).await?);
        sections.extend(self.personal_discussions(p).await?);
        sections.extend(self.personal_notifications(p).await?);
        sections.extend(self.personal_files(p).await?);
        sections.extend(self.personal_meetings(p).await?);
        sections.extend(self.personal_leitbild(p).await?);
        sections.extend(self.personal_openness(p).await?);
        let mut out = Map::new();
        for (table, rows) in sections {
            out.insert(table.to_string(), Value::Array(rows));
        }
        Ok(out)
    }
}

impl Store {
    /// The sections of one feature (`of`, see [`SECTIONS`]).
    async fn sections(&self, p: &Person, of: &str) -> Result<Sections> {
        let mut out = vec![];
        for s in SECTIONS.iter().filter(|s| s.of == of) {
            let args = match s.binds {
                Binds::User => vec![Arg::Int(p.user_id())],
                Binds::Email => vec![Arg::Text(&p.email)],
                Binds::UserEmail => vec![Arg::Int(p.user_id()), Arg::Text(&p.email)],
                Binds::EmailUser => vec![Arg::Text(&p.email), Arg::Int(p.user_id())],
            };
            out.push((s.table, rows(&self.pool, s.sql, &args).await?));
        }
        Ok(out)
    }
}

impl Store {
    /// Data export: the account, its sessions, consents, memberships and password-reset links (when, not the links).
    pub async fn personal_accounts(&self, p: &Person) -> Result<Sections> {
        self.sections(p, "accounts").await
    }

    /// Data export: invitations to this address, and those this person sent (without the invitee's address).
    pub async fn personal_invitations(&self, p: &Person) -> Result<Sections> {
        self.sections(p, "invitations").await
    }

    /// Data export: audit entries made by this person, about their account, or about their registrations.
    pub async fn personal_audit(&self, p: &Person) -> Result<Sections> {
        self.sections(p, "audit").await
    }

    /// Data export: mails to this address.
    pub async fn personal_outbox(&self, p: &Person) -> Result<Sections> {
        self.sections(p, "outbox").await
    }

    /// Data export: barrier reports sent with this address, operator texts this person last changed.
    pub async fn personal_site(&self, p: &Person) -> Result<Sections> {
        self.sections(p, "site").await
    }

    /// Data export: registrations of this account or address (without the personal link).
    pub async fn personal_registrations(&self, p: &Person) -> Result<Sections> {
        self.sections(p, "registrations").await
    }

    /// Data export: attendance of this person's registrations, and signed lists they uploaded.
    pub async fn personal_attendance(&self, p: &Person) -> Result<Sections> {
        self.sections(p, "attendance").await
    }

    /// Data export: certificates of this person's registrations, and those they issued or revoked (code and date only).
    pub async fn personal_certificates(&self, p: &Person) -> Result<Sections> {
        self.sections(p, "certificates").await
    }

    /// Data export: whether a calendar feed exists (not its secret), module reminders sent.
    pub async fn personal_calendar(&self, p: &Person) -> Result<Sections> {
        self.sections(p, "calendar").await
    }

    /// Data export: feedback invitations sent to this person (the feedback itself is anonymous and linked to nobody).
    pub async fn personal_feedback(&self, p: &Person) -> Result<Sections> {
        self.sections(p, "feedback").await
    }

    /// Data export: speaker entries of this account or address, requests to them and requests this person sent.
    pub async fn personal_speakers(&self, p: &Person) -> Result<Sections> {
        self.sections(p, "speakers").await
    }

    /// Data export: spaces this person created.
    pub async fn personal_spaces(&self, p: &Person) -> Result<Sections> {
        self.sections(p, "spaces").await
    }

    /// Data export: memberships in spaces, requests to join.
    pub async fn personal_space_members(&self, p: &Person) -> Result<Sections> {
        self.sections(p, "space_members").await
    }

    /// Data export: invitations to a space sent to their address, and those
    /// they sent (without the invitee's address).
    pub async fn personal_space_invitations(&self, p: &Person) -> Result<Sections> {
        self.sections(p, "space_invitations").await
    }

    /// Data export: threads and posts with every earlier wording, read markers.
    pub async fn personal_discussions(&self, p: &Person) -> Result<Sections> {
        self.sections(p, "discussions").await
    }

    /// Data export: followed threads, the notification setting, waiting digest items, last visits.
    pub async fn personal_notifications(&self, p: &Person) -> Result<Sections> {
        self.sections(p, "notifications").await
    }

    /// Data export: folders and files this person made, versions they uploaded (what they are, not their bytes).
    pub async fn personal_files(&self, p: &Person) -> Result<Sections> {
        self.sections(p, "files").await
    }

    /// Data export: meetings this person planned, topics they proposed, their votes and session choices.
    pub async fn personal_meetings(&self, p: &Person) -> Result<Sections> {
        self.sections(p, "meetings").await
    }

    /// Data export: Leitbild processes this person started, their places on
    /// process teams, versions of a text they saved, and their participation
    /// under their address.
    pub async fn personal_leitbild(&self, p: &Person) -> Result<Sections> {
        self.sections(p, "leitbild").await
    }

    /// Data export: indicator sets and self-assessment waves this person
    /// made, and where they were asked to rate (their answers are not tied
    /// to them, so they cannot be part of it).
    pub async fn personal_openness(&self, p: &Person) -> Result<Sections> {
        self.sections(p, "openness").await
    }
}
