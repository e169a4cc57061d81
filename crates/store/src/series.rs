//! Qualification series, their texts per language and their modules. The
//! catalogue and the public page's read model are in `series_page.rs`.

use domain::series::{NewModule, NewSeries, SeriesKind, SeriesStatus, SeriesText, Visibility};
use domain::{Flag, Timestamp};
use sqlx::any::AnyArguments;
use sqlx::query::Query;
use sqlx::{Any, Row, Transaction};

use crate::audit::AuditEntry;
use crate::db;
use crate::outbox::{self, NewMail};
use crate::owner::{org_of_series, series_of_module};
use crate::write;
use crate::{Result, Store, StoreError};

#[derive(Debug, Clone, sqlx::FromRow, serde::Serialize)]
pub struct Series {
    pub id: i64,
    pub org_id: i64,
    pub org_name: String,
    pub kind: SeriesKind,
    pub visibility: Visibility,
    pub region: String,
    pub region_name: String,
    pub target_groups: String,
    pub languages: String,
    pub capacity: i64,
    pub deadline: Option<Timestamp>,
    pub manual_approval: Flag,
    pub rule_min_modules: Option<i64>,
    pub rule_all_mandatory: Flag,
    pub rule_min_hours: Option<i64>,
    pub status: SeriesStatus,
    pub starts_at: Option<Timestamp>,
    pub ends_at: Option<Timestamp>,
    pub invite_key: String,
    pub signatory_name: String,
    pub signatory_role: String,
    pub funding_notice: String,
    pub version: i64,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

impl Series {
    pub fn target_group_list(&self) -> Vec<String> {
        self.target_groups.split_whitespace().map(str::to_string).collect()
    }
    pub fn language_list(&self) -> Vec<String> {
        self.languages.split_whitespace().map(str::to_string).collect()
    }
    pub fn rule(&self) -> domain::series::CompletionRule {
        domain::series::CompletionRule {
            min_modules: self.rule_min_modules,
            all_mandatory: self.rule_all_mandatory.on(),
            min_hours: self.rule_min_hours,
        }
    }
    /// Who signs its certificates and the funding notice on them.
    pub fn signing(&self) -> domain::series::Signing {
        domain::series::Signing {
            signatory_name: self.signatory_name.clone(),
            signatory_role: self.signatory_role.clone(),
            funding_notice: self.funding_notice.clone(),
        }
    }
    /// Whether registration is open at `now`: active, before the deadline,
    /// and not yet over.
    pub fn open_at(&self, now: i64) -> bool {
        self.status == SeriesStatus::Active
            && self.deadline.is_none_or(|d| now <= d.0)
            && self.ends_at.is_some_and(|e| now < e.0)
    }
}

const SERIES_SELECT: &str = "SELECT s.id, s.org_id, o.name AS org_name, s.kind, s.visibility, s.region, \
     r.name AS region_name, s.target_groups, s.languages, s.capacity, s.deadline, s.manual_approval, \
     s.rule_min_modules, s.rule_all_mandatory, s.rule_min_hours, s.status, s.starts_at, s.ends_at, s.invite_key, \
     s.signatory_name, s.signatory_role, s.funding_notice, s.version, s.created_at, s.updated_at \
     FROM series s JOIN orgs o ON o.id = s.org_id JOIN regions r ON r.code = s.region";

#[derive(Debug, Clone, sqlx::FromRow, serde::Serialize)]
pub struct Module {
    pub id: i64,
    pub series_id: i64,
    pub title: String,
    pub topics: String,
    pub starts_at: Timestamp,
    pub ends_at: Timestamp,
    pub venue: String,
    pub access_notes: String,
    pub online_url: Option<String>,
    pub hours: i64,
    pub mandatory: Flag,
    pub cancelled_at: Option<Timestamp>,
    pub checkin_code: Option<String>,
    pub version: i64,
}

impl Module {
    pub fn is_cancelled(&self) -> bool {
        self.cancelled_at.is_some()
    }
    pub fn is_mandatory(&self) -> bool {
        self.mandatory.on()
    }
}

const MODULE_COLS: &str = "id, series_id, title, topics, starts_at, ends_at, venue, access_notes, online_url, hours, \
     mandatory, cancelled_at, checkin_code, version";

/// Binds a series' settings as `$1`…`$14` (its INSERT and its UPDATE share them).
fn bind_series<'q>(q: Query<'q, Any, AnyArguments<'q>>, s: &'q NewSeries) -> Query<'q, Any, AnyArguments<'q>> {
    q.bind(s.kind)
        .bind(s.visibility)
        .bind(&s.region)
        .bind(s.target_groups.join(" "))
        .bind(s.languages.join(" "))
        .bind(s.capacity)
        .bind(s.deadline)
        .bind(Flag(s.manual_approval))
        .bind(s.rule.min_modules)
        .bind(Flag(s.rule.all_mandatory))
        .bind(s.rule.min_hours)
        .bind(&s.signing.signatory_name)
        .bind(&s.signing.signatory_role)
        .bind(&s.signing.funding_notice)
}

/// Binds a module's fields as `$1`…`$9` (its INSERT and its UPDATE share them).
fn bind_module<'q>(q: Query<'q, Any, AnyArguments<'q>>, m: &'q NewModule) -> Query<'q, Any, AnyArguments<'q>> {
    q.bind(&m.title)
        .bind(&m.topics)
        .bind(m.starts_at)
        .bind(m.ends_at)
        .bind(&m.venue)
        .bind(&m.access_notes)
        .bind(m.online_url.as_deref())
        .bind(m.hours)
        .bind(Flag(m.mandatory))
}

async fn write_texts(tx: &mut Transaction<'static, Any>, id: i64, texts: &[SeriesText]) -> Result<()> {
    db::exec(&mut **tx, "DELETE FROM series_texts WHERE series_id = $1", id).await?;
    for t in texts {
        db::exec(
            &mut **tx,
            "INSERT INTO series_texts (series_id, locale, title, summary) VALUES ($1, $2, $3, $4)",
            (id, &t.locale, &t.title, &t.summary),
        )
        .await?;
    }
    Ok(())
}

/// Keeps the series' first start and last end in step with its modules.
async fn update_span(tx: &mut Transaction<'static, Any>, series: i64) -> Result<()> {
    db::exec(
        &mut **tx,
        "UPDATE series SET \
         starts_at = (SELECT MIN(starts_at) FROM modules WHERE series_id = $1 AND cancelled_at IS NULL), \
         ends_at = (SELECT MAX(ends_at) FROM modules WHERE series_id = $1 AND cancelled_at IS NULL) \
         WHERE id = $1",
        series,
    )
    .await?;
    Ok(())
}

/// Inserts a series with its texts inside the caller's transaction (no audit
/// entry: the caller writes its own).
pub(crate) async fn insert_series(
    tx: &mut Transaction<'static, Any>,
    now: i64,
    org: i64,
    s: &NewSeries,
    invite_key: &str,
    copied_from: Option<i64>,
) -> Result<i64> {
    let q = sqlx::query(
        "INSERT INTO series (kind, visibility, region, target_groups, languages, capacity, deadline, \
         manual_approval, rule_min_modules, rule_all_mandatory, rule_min_hours, signatory_name, signatory_role, \
         funding_notice, org_id, invite_key, copied_from, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $18) RETURNING id",
    );
    let row = bind_series(q, s)
        .bind(org)
        .bind(invite_key)
        .bind(copied_from)
        .bind(now)
        .fetch_one(&mut **tx)
        .await?;
    let id: i64 = row.try_get(0)?;
    write_texts(tx, id, &s.texts).await?;
    Ok(id)
}

/// Inserts a module inside the caller's transaction and keeps the series'
/// first start and last end in step (no audit entry: the caller writes its own).
pub(crate) async fn insert_module(
    tx: &mut Transaction<'static, Any>,
    now: i64,
    series: i64,
    m: &NewModule,
) -> Result<i64> {
    let q = sqlx::query(
        "INSERT INTO modules (title, topics, starts_at, ends_at, venue, access_notes, online_url, hours, mandatory, \
         series_id, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11) RETURNING id",
    );
    let row = bind_module(q, m).bind(series).bind(now).fetch_one(&mut **tx).await?;
    let id: i64 = row.try_get(0)?;
    update_span(tx, series).await?;
    Ok(id)
}

impl Store {
    pub async fn create_series(&self, now: i64, actor: i64, org: i64, s: &NewSeries, invite_key: &str) -> Result<i64> {
        let mut tx = self.write_tx().await?;
        let id = insert_series(&mut tx, now, org, s, invite_key, None).await?;
        let entry = AuditEntry::new(Some(actor), "series.create", "series", id).org(Some(org));
        self.commit_audited(tx, now, &entry, &self.series_cache).await?;
        Ok(id)
    }

    /// Saves a series' settings and texts; refuses a stale form. More seats
    /// move people up from the waiting list (their mails come from `moved_up`).
    pub async fn update_series(
        &self,
        now: i64,
        actor: i64,
        id: i64,
        version: i64,
        s: &NewSeries,
        moved_up: &(dyn Fn(&crate::registrations::Registration) -> NewMail + Sync),
    ) -> Result<()> {
        let mut tx = self.write_tx().await?;
        let q = sqlx::query(
            "UPDATE series SET kind = $1, visibility = $2, region = $3, target_groups = $4, languages = $5, \
             capacity = $6, deadline = $7, manual_approval = $8, rule_min_modules = $9, rule_all_mandatory = $10, \
             rule_min_hours = $11, signatory_name = $12, signatory_role = $13, funding_notice = $14, \
             version = version + 1, updated_at = $15 WHERE id = $16 AND version = $17",
        );
        write::update_versioned(
            &mut tx,
            bind_series(q, s),
            (now, id, version),
            "SELECT id FROM series WHERE id = $1",
        )
        .await?;
        write_texts(&mut tx, id, &s.texts).await?;
        crate::registrations::fill_seats(&mut tx, self.backend, now, id, moved_up).await?;
        let org = org_of_series(&mut tx, id).await?;
        let entry = AuditEntry::new(Some(actor), "series.update", "series", id).org(Some(org));
        self.commit_audited(tx, now, &entry, &self.series_cache).await
    }

    /// Copies a series with its texts and modules for the next cohort; the
    /// modules' times (and the deadline) are moved by `shift`. Registrations are not copied.
    pub async fn copy_series(
        &self,
        now: i64,
        actor: i64,
        id: i64,
        shift: &(dyn Fn(i64) -> i64 + Sync),
        invite_key: &str,
    ) -> Result<i64> {
        let src = self.series(id).await?.ok_or(StoreError::NotFound)?;
        let texts = self.series_texts(id).await?;
        let modules = self.modules(id).await?;
        let s = NewSeries {
            kind: src.kind,
            visibility: src.visibility,
            region: src.region.clone(),
            target_groups: src.target_group_list(),
            languages: src.language_list(),
            capacity: src.capacity,
            deadline: src.deadline.map(|d| shift(d.0)),
            manual_approval: src.manual_approval.on(),
            rule: src.rule(),
            texts,
            signing: src.signing(),
        };
        let mut tx = self.write_tx().await?;
        let new_id = insert_series(&mut tx, now, src.org_id, &s, invite_key, Some(id)).await?;
        for m in modules.iter().filter(|m| !m.is_cancelled()) {
            let nm = NewModule {
                title: m.title.clone(),
                topics: m.topics.clone(),
                starts_at: shift(m.starts_at.0),
                ends_at: shift(m.ends_at.0),
                venue: m.venue.clone(),
                access_notes: m.access_notes.clone(),
                online_url: m.online_url.clone(),
                hours: m.hours,
                mandatory: m.is_mandatory(),
            };
            insert_module(&mut tx, now, new_id, &nm).await?;
        }
        let entry = AuditEntry::new(Some(actor), "series.copy", "series", new_id)
            .org(Some(src.org_id))
            .detail(format!("from #{id}"));
        self.commit_audited(tx, now, &entry, &self.series_cache).await?;
        Ok(new_id)
    }

    pub async fn series(&self, id: i64) -> Result<Option<Series>> {
        self.row(&format!("{SERIES_SELECT} WHERE s.id = $1"), id).await
    }

    /// All texts of a series, German first.
    pub async fn series_texts(&self, id: i64) -> Result<Vec<SeriesText>> {
        let rows: Vec<(String, String, String)> = self
            .rows(
                "SELECT locale, title, summary FROM series_texts WHERE series_id = $1",
                id,
            )
            .await?;
        let mut texts: Vec<SeriesText> = rows
            .into_iter()
            .map(|(locale, title, summary)| SeriesText { locale, title, summary })
            .collect();
        texts.sort_by_key(|t| (t.locale != "de", t.locale.clone()));
        Ok(texts)
    }

    /// The series' title and summary in `locale`, else in German.
    pub async fn series_text(&self, id: i64, locale: &str) -> Result<SeriesText> {
        let texts = self.series_texts(id).await?;
        texts
            .iter()
            .find(|t| t.locale == locale)
            .or_else(|| texts.iter().find(|t| t.locale == "de"))
            .cloned()
            .ok_or(StoreError::NotFound)
    }

    pub async fn modules(&self, series: i64) -> Result<Vec<Module>> {
        self.rows(
            &format!("SELECT {MODULE_COLS} FROM modules WHERE series_id = $1 ORDER BY starts_at, id"),
            series,
        )
        .await
    }

    pub async fn module(&self, id: i64) -> Result<Option<Module>> {
        self.row(&format!("SELECT {MODULE_COLS} FROM modules WHERE id = $1"), id)
            .await
    }

    pub async fn add_module(&self, now: i64, actor: i64, series: i64, m: &NewModule) -> Result<i64> {
        let mut tx = self.write_tx().await?;
        let org = org_of_series(&mut tx, series).await?;
        let id = insert_module(&mut tx, now, series, m).await?;
        let entry = AuditEntry::new(Some(actor), "module.create", "module", id).org(Some(org));
        self.commit_audited(tx, now, &entry, &self.series_cache).await?;
        Ok(id)
    }

    pub async fn update_module(&self, now: i64, actor: i64, id: i64, version: i64, m: &NewModule) -> Result<()> {
        let mut tx = self.write_tx().await?;
        let q = sqlx::query(
            "UPDATE modules SET title = $1, topics = $2, starts_at = $3, ends_at = $4, venue = $5, access_notes = $6, \
             online_url = $7, hours = $8, mandatory = $9, version = version + 1, updated_at = $10 \
             WHERE id = $11 AND version = $12",
        );
        write::update_versioned(
            &mut tx,
            bind_module(q, m),
            (now, id, version),
            "SELECT id FROM modules WHERE id = $1",
        )
        .await?;
        let series = series_of_module(&mut tx, id).await?;
        update_span(&mut tx, series).await?;
        let org = org_of_series(&mut tx, series).await?;
        let entry = AuditEntry::new(Some(actor), "module.update", "module", id).org(Some(org));
        self.commit_audited(tx, now, &entry, &self.series_cache).await
    }

    /// Cancels a module; everyone registered (with a seat, waiting or pending)
    /// is told, through `notice`, in the same transaction.
    pub async fn cancel_module(
        &self,
        now: i64,
        actor: i64,
        id: i64,
        notice: &(dyn Fn(&crate::registrations::Registration) -> NewMail + Sync),
    ) -> Result<usize> {
        let mut tx = self
            .begin_change(
                "UPDATE modules SET cancelled_at = $1, version = version + 1 WHERE id = $2 AND cancelled_at IS NULL",
                (now, id),
            )
            .await?;
        let series = series_of_module(&mut tx, id).await?;
        update_span(&mut tx, series).await?;
        let people = crate::registrations::active_registrations(&mut tx, series).await?;
        for r in &people {
            outbox::enqueue(&mut tx, now, &notice(r)).await?;
        }
        let org = org_of_series(&mut tx, series).await?;
        let entry = AuditEntry::new(Some(actor), "module.cancel", "module", id)
            .org(Some(org))
            .detail(format!("{} notified", people.len()));
        self.commit_audited(tx, now, &entry, &self.series_cache).await?;
        Ok(people.len())
    }
}
