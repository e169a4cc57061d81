//! A person's data export (issue 10.4): everything held about one person, as
//! JSON, one section per table. Each feature module reads its own tables
//! (`personal_…` in its `impl Store`); [`Store::personal_data`] puts the
//! sections together. A section is named after its table, so a test can hold
//! the list against the database catalogue: a new table with a person column
//! and no section fails it.
//!
//! The rows are read as plain JSON objects (column → value) rather than typed
//! rows: the export only shows them, and the SQL of each section chooses its
//! columns (never a token, a password hash or a session id).

use serde_json::{Map, Value};
use sqlx::{Column, Row};

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
        let mut out = Map::new();
        for (table, rows) in sections {
            out.insert(table.to_string(), Value::Array(rows));
        }
        Ok(out)
    }
}

impl Store {
    /// One section: `table`'s rows of this person, read by `sql`.
    pub(crate) async fn section(
        &self,
        table: &'static str,
        sql: &str,
        args: &[Arg<'_>],
    ) -> Result<(&'static str, Vec<Value>)> {
        Ok((table, rows(&self.pool, sql, args).await?))
    }
}
