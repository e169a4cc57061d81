//! Qualification series, their texts per language and their modules, and
//! the public catalogue.

use std::sync::Arc;

use domain::series::{NewModule, NewSeries, SeriesText};
use sqlx::{Any, Transaction};

use crate::audit::{self, AuditEntry};
use crate::cache::Versioned;
use crate::feedback::Comment;
use crate::outbox::{self, NewMail};
use crate::owner::{org_of_series, series_of_module};
use crate::{flag, Result, Store, StoreError};

#[derive(Debug, Clone, sqlx::FromRow, serde::Serialize)]
pub struct Series {
    pub id: i64,
    pub org_id: i64,
    pub org_name: String,
    pub kind: String,
    pub visibility: String,
    pub region: String,
    pub region_name: String,
    pub target_groups: String,
    pub languages: String,
    pub capacity: i64,
    pub deadline: Option<i64>,
    pub manual_approval: i64,
    pub rule_min_modules: Option<i64>,
    pub rule_all_mandatory: i64,
    pub rule_min_hours: Option<i64>,
    pub status: String,
    pub starts_at: Option<i64>,
    pub ends_at: Option<i64>,
    pub invite_key: String,
    pub version: i64,
    pub created_at: i64,
    pub updated_at: i64,
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
            all_mandatory: self.rule_all_mandatory != 0,
            min_hours: self.rule_min_hours,
        }
    }
    /// Whether registration is open at `now`: active, before the deadline,
    /// and not yet over.
    pub fn open_at(&self, now: i64) -> bool {
        self.status == "active" && self.deadline.is_none_or(|d| now <= d) && self.ends_at.is_some_and(|e| now < e)
    }
}

const SERIES_SELECT: &str = "SELECT s.id, s.org_id, o.name AS org_name, s.kind, s.visibility, s.region, \
     r.name AS region_name, s.target_groups, s.languages, s.capacity, s.deadline, s.manual_approval, \
     s.rule_min_modules, s.rule_all_mandatory, s.rule_min_hours, s.status, s.starts_at, s.ends_at, s.invite_key, \
     s.version, s.created_at, s.updated_at \
     FROM series s JOIN orgs o ON o.id = s.org_id JOIN regions r ON r.code = s.region";

#[derive(Debug, Clone, sqlx::FromRow, serde::Serialize)]
pub struct Module {
    pub id: i64,
    pub series_id: i64,
    pub title: String,
    pub topics: String,
    pub starts_at: i64,
    pub ends_at: i64,
    pub venue: String,
    pub access_notes: String,
    pub online_url: Option<String>,
    pub hours: i64,
    pub mandatory: i64,
    pub cancelled_at: Option<i64>,
    pub checkin_code: Option<String>,
    pub version: i64,
}

impl Module {
    pub fn is_cancelled(&self) -> bool {
        self.cancelled_at.is_some()
    }
    pub fn is_mandatory(&self) -> bool {
        self.mandatory != 0
    }
}

const MODULE_COLS: &str = "id, series_id, title, topics, starts_at, ends_at, venue, access_notes, online_url, hours, \
     mandatory, cancelled_at, checkin_code, version";

/// A line of the catalogue or of an organisation's series list.
#[derive(Debug, Clone, sqlx::FromRow, serde::Serialize)]
pub struct SeriesItem {
    pub id: i64,
    pub org_id: i64,
    pub org_name: String,
    pub kind: String,
    pub visibility: String,
    pub region_name: String,
    pub target_groups: String,
    pub languages: String,
    pub status: String,
    pub starts_at: Option<i64>,
    pub ends_at: Option<i64>,
    pub title: String,
    pub summary: String,
    pub modules: i64,
    pub capacity: i64,
    pub seats_taken: i64,
}

/// What the public page of a series shows, read at once.
#[derive(Debug, Clone)]
pub struct SeriesPage {
    pub series: Series,
    pub text: SeriesText,
    pub modules: Vec<Module>,
    /// Confirmed registrations (seats taken).
    pub taken: i64,
    /// The newest published feedback comments (at most 10).
    pub comments: Vec<Comment>,
}

/// This node's catalogue pages and public series pages, valid while the
/// shared series version is unchanged (every change to a series, its modules,
/// registrations or feedback bumps it; see [`crate::cache`]).
#[derive(Debug, Clone)]
pub enum SeriesCached {
    Catalogue(Arc<(Vec<SeriesItem>, i64)>),
    Page(Option<Arc<SeriesPage>>),
}
pub(crate) type SeriesCache = Versioned<SeriesCached>;
pub(crate) const SERIES_VERSION: &str = "series_version";

#[derive(Debug, Clone, Default)]
pub struct CatalogueFilter {
    pub target_group: Option<String>,
    pub region: Option<String>,
    /// First instant of the month and first instant of the next.
    pub month: Option<(i64, i64)>,
    pub language: Option<String>,
}

/// Texts of a series: the one in `locale`, else German.
const ITEM_SELECT: &str = "SELECT s.id, s.org_id, o.name AS org_name, s.kind, s.visibility, r.name AS region_name, \
     s.target_groups, s.languages, s.status, s.starts_at, s.ends_at, \
     COALESCE(tl.title, td.title) AS title, COALESCE(tl.summary, td.summary) AS summary, \
     (SELECT COUNT(*) FROM modules m WHERE m.series_id = s.id AND m.cancelled_at IS NULL) AS modules, \
     s.capacity, \
     (SELECT COUNT(*) FROM registrations g WHERE g.series_id = s.id AND g.status = 'confirmed') AS seats_taken \
     FROM series s JOIN orgs o ON o.id = s.org_id JOIN regions r ON r.code = s.region \
     JOIN series_texts td ON td.series_id = s.id AND td.locale = 'de' \
     LEFT JOIN series_texts tl ON tl.series_id = s.id AND tl.locale = $1";

async fn write_texts(tx: &mut Transaction<'static, Any>, id: i64, texts: &[SeriesText]) -> Result<()> {
    sqlx::query("DELETE FROM series_texts WHERE series_id = $1")
        .bind(id)
        .execute(&mut **tx)
        .await?;
    for t in texts {
        sqlx::query("INSERT INTO series_texts (series_id, locale, title, summary) VALUES ($1, $2, $3, $4)")
            .bind(id)
            .bind(&t.locale)
            .bind(&t.title)
            .bind(&t.summary)
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}

/// Keeps the series' first start and last end in step with its modules.
async fn update_span(tx: &mut Transaction<'static, Any>, series: i64) -> Result<()> {
    sqlx::query(
        "UPDATE series SET \
         starts_at = (SELECT MIN(starts_at) FROM modules WHERE series_id = $1 AND cancelled_at IS NULL), \
         ends_at = (SELECT MAX(ends_at) FROM modules WHERE series_id = $1 AND cancelled_at IS NULL) \
         WHERE id = $1",
    )
    .bind(series)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

async fn insert_module(tx: &mut Transaction<'static, Any>, now: i64, series: i64, m: &NewModule) -> Result<i64> {
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO modules (series_id, title, topics, starts_at, ends_at, venue, access_notes, online_url, hours, \
         mandatory, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11) RETURNING id",
    )
    .bind(series)
    .bind(&m.title)
    .bind(&m.topics)
    .bind(m.starts_at)
    .bind(m.ends_at)
    .bind(&m.venue)
    .bind(&m.access_notes)
    .bind(m.online_url.clone())
    .bind(m.hours)
    .bind(flag(m.mandatory))
    .bind(now)
    .fetch_one(&mut **tx)
    .await?;
    Ok(id)
}

impl Store {
    pub async fn create_series(&self, now: i64, actor: i64, org: i64, s: &NewSeries, invite_key: &str) -> Result<i64> {
        let mut tx = self.write_tx().await?;
        let id = insert_series(&mut tx, now, org, s, invite_key, None).await?;
        audit::write(
            &mut tx,
            now,
            &AuditEntry::new(Some(actor), "series.create", "series", id).org(Some(org)),
        )
        .await?;
        self.commit_changing(tx, &self.series_cache).await?;
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
        let n = sqlx::query(
            "UPDATE series SET kind = $1, visibility = $2, region = $3, target_groups = $4, languages = $5, \
             capacity = $6, deadline = $7, manual_approval = $8, rule_min_modules = $9, rule_all_mandatory = $10, \
             rule_min_hours = $11, version = version + 1, updated_at = $12 WHERE id = $13 AND version = $14",
        )
        .bind(s.kind.code())
        .bind(s.visibility.code())
        .bind(&s.region)
        .bind(s.target_groups.join(" "))
        .bind(s.languages.join(" "))
        .bind(s.capacity)
        .bind(s.deadline)
        .bind(flag(s.manual_approval))
        .bind(s.rule.min_modules)
        .bind(flag(s.rule.all_mandatory))
        .bind(s.rule.min_hours)
        .bind(now)
        .bind(id)
        .bind(version)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if n == 0 {
            return Err(if self.series(id).await?.is_some() {
                StoreError::Stale
            } else {
                StoreError::NotFound
            });
        }
        write_texts(&mut tx, id, &s.texts).await?;
        crate::registrations::fill_seats(&mut tx, self.backend, now, id, moved_up).await?;
        let org = org_of_series(&mut tx, id).await?;
        audit::write(
            &mut tx,
            now,
            &AuditEntry::new(Some(actor), "series.update", "series", id).org(Some(org)),
        )
        .await?;
        self.commit_changing(tx, &self.series_cache).await?;
        Ok(())
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
            kind: domain::series::SeriesKind::parse(&src.kind).map_err(|_| StoreError::NotFound)?,
            visibility: domain::series::Visibility::parse(&src.visibility).map_err(|_| StoreError::NotFound)?,
            region: src.region.clone(),
            target_groups: src.target_group_list(),
            languages: src.language_list(),
            capacity: src.capacity,
            deadline: src.deadline.map(shift),
            manual_approval: src.manual_approval != 0,
            rule: src.rule(),
            texts,
        };
        let mut tx = self.write_tx().await?;
        let new_id = insert_series(&mut tx, now, src.org_id, &s, invite_key, Some(id)).await?;
        for m in modules.iter().filter(|m| !m.is_cancelled()) {
            let nm = NewModule {
                title: m.title.clone(),
                topics: m.topics.clone(),
                starts_at: shift(m.starts_at),
                ends_at: shift(m.ends_at),
                venue: m.venue.clone(),
                access_notes: m.access_notes.clone(),
                online_url: m.online_url.clone(),
                hours: m.hours,
                mandatory: m.is_mandatory(),
            };
            insert_module(&mut tx, now, new_id, &nm).await?;
        }
        update_span(&mut tx, new_id).await?;
        audit::write(
            &mut tx,
            now,
            &AuditEntry::new(Some(actor), "series.copy", "series", new_id)
                .org(Some(src.org_id))
                .detail(format!("from #{id}")),
        )
        .await?;
        self.commit_changing(tx, &self.series_cache).await?;
        Ok(new_id)
    }

    pub async fn series(&self, id: i64) -> Result<Option<Series>> {
        Ok(sqlx::query_as::<_, Series>(&format!("{SERIES_SELECT} WHERE s.id = $1"))
            .bind(id)
            .fetch_optional(&self.pool)
            .await?)
    }

    /// All texts of a series, German first.
    pub async fn series_texts(&self, id: i64) -> Result<Vec<SeriesText>> {
        let rows: Vec<(String, String, String)> =
            sqlx::query_as("SELECT locale, title, summary FROM series_texts WHERE series_id = $1")
                .bind(id)
                .fetch_all(&self.pool)
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

    /// The series of one organisation, newest first.
    pub async fn series_of_org(&self, org: i64, locale: &str) -> Result<Vec<SeriesItem>> {
        Ok(sqlx::query_as::<_, SeriesItem>(&format!(
            "{ITEM_SELECT} WHERE s.org_id = $2 ORDER BY COALESCE(s.starts_at, s.created_at) DESC, s.id DESC"
        ))
        .bind(locale)
        .bind(org)
        .fetch_all(&self.pool)
        .await?)
    }

    /// The catalogue: active series not yet over, public ones and those for
    /// members of `member_of`, soonest first. Returns one page and the total.
    /// Served from this node's cache (see [`SeriesCached`]).
    pub async fn catalogue(
        &self,
        now: i64,
        locale: &str,
        member_of: &[i64],
        f: &CatalogueFilter,
        limit: i64,
        offset: i64,
    ) -> Result<Arc<(Vec<SeriesItem>, i64)>> {
        let key = format!("catalogue\u{0}{locale}\u{0}{member_of:?}\u{0}{f:?}\u{0}{limit}\u{0}{offset}");
        let load = || async {
            let page = self
                .catalogue_uncached(now, locale, member_of, f, limit, offset)
                .await?;
            Ok(SeriesCached::Catalogue(Arc::new(page)))
        };
        match self.cached(&self.series_cache, key, load).await? {
            SeriesCached::Catalogue(page) => Ok(page),
            SeriesCached::Page(_) => Err(StoreError::NotFound),
        }
    }

    /// The public page of a series in `locale`, from this node's cache.
    pub async fn series_page(&self, id: i64, locale: &str) -> Result<Option<Arc<SeriesPage>>> {
        let key = format!("page\u{0}{id}\u{0}{locale}");
        let load = || async {
            let Some(series) = self.series(id).await? else {
                return Ok(SeriesCached::Page(None));
            };
            let text = self.series_text(id, locale).await?;
            let modules = self.modules(id).await?;
            let taken = self.seats_taken(id).await?;
            let mut comments = self.feedback_comments(id, true).await?;
            comments.truncate(10);
            Ok(SeriesCached::Page(Some(Arc::new(SeriesPage {
                series,
                text,
                modules,
                taken,
                comments,
            }))))
        };
        match self.cached(&self.series_cache, key, load).await? {
            SeriesCached::Page(page) => Ok(page),
            SeriesCached::Catalogue(_) => Err(StoreError::NotFound),
        }
    }

    async fn catalogue_uncached(
        &self,
        now: i64,
        locale: &str,
        member_of: &[i64],
        f: &CatalogueFilter,
        limit: i64,
        offset: i64,
    ) -> Result<(Vec<SeriesItem>, i64)> {
        let mut cond = String::from(" WHERE s.status = 'active' AND s.ends_at > $2");
        let mut visible = String::from("s.visibility = 'public'");
        if !member_of.is_empty() {
            let ids = member_of.iter().map(i64::to_string).collect::<Vec<_>>().join(",");
            visible = format!("({visible} OR (s.visibility = 'members' AND s.org_id IN ({ids})))");
        }
        cond.push_str(&format!(" AND {visible}"));
        let mut binds: Vec<String> = vec![];
        let mut n = 2;
        let mut next = |binds: &mut Vec<String>, v: String| {
            binds.push(v);
            n += 1;
            format!("${n}")
        };
        if let Some(g) = &f.target_group {
            let p = next(&mut binds, format!("% {g} %"));
            cond.push_str(&format!(" AND (' ' || s.target_groups || ' ') LIKE {p}"));
        }
        if let Some(l) = &f.language {
            let p = next(&mut binds, format!("% {l} %"));
            cond.push_str(&format!(" AND (' ' || s.languages || ' ') LIKE {p}"));
        }
        if let Some(r) = &f.region {
            let p = next(&mut binds, r.clone());
            cond.push_str(&format!(
                " AND (s.region = {p} OR s.region IN (SELECT code FROM regions WHERE parent = {p}))"
            ));
        }
        let month = f.month.map(|(from, to)| (n + 1, n + 2, from, to));
        if let Some((a, b, _, _)) = month {
            // through the index on modules(starts_at): a month holds few modules
            cond.push_str(&format!(
                " AND s.id IN (SELECT m.series_id FROM modules m WHERE m.starts_at >= ${a} AND m.starts_at < ${b} \
                 AND m.cancelled_at IS NULL)"
            ));
        }
        // the page's ids first, so the per-row counts run for its rows only
        let list_sql = format!(
            "{ITEM_SELECT} WHERE s.id IN (SELECT s.id FROM series s{cond} ORDER BY s.starts_at, s.id LIMIT {} OFFSET {}) \
             ORDER BY s.starts_at, s.id",
            limit.max(0),
            offset.max(0)
        );
        // the count takes the same parameters; $1 (the locale) is only there to keep the numbering
        let total_sql = format!("SELECT COUNT(*) FROM series s{cond} AND $1 <> ''");
        let mut q = sqlx::query_as::<_, SeriesItem>(&list_sql).bind(locale).bind(now);
        let mut t = sqlx::query_as::<_, (i64,)>(&total_sql).bind(locale).bind(now);
        for b in &binds {
            q = q.bind(b.clone());
            t = t.bind(b.clone());
        }
        if let Some((_, _, from, to)) = month {
            q = q.bind(from).bind(to);
            t = t.bind(from).bind(to);
        }
        let rows = q.fetch_all(&self.pool).await?;
        let (total,) = t.fetch_one(&self.pool).await?;
        Ok((rows, total))
    }

    pub async fn modules(&self, series: i64) -> Result<Vec<Module>> {
        Ok(sqlx::query_as::<_, Module>(&format!(
            "SELECT {MODULE_COLS} FROM modules WHERE series_id = $1 ORDER BY starts_at, id"
        ))
        .bind(series)
        .fetch_all(&self.pool)
        .await?)
    }

    pub async fn module(&self, id: i64) -> Result<Option<Module>> {
        Ok(
            sqlx::query_as::<_, Module>(&format!("SELECT {MODULE_COLS} FROM modules WHERE id = $1"))
                .bind(id)
                .fetch_optional(&self.pool)
                .await?,
        )
    }

    pub async fn add_module(&self, now: i64, actor: i64, series: i64, m: &NewModule) -> Result<i64> {
        let mut tx = self.write_tx().await?;
        let org = org_of_series(&mut tx, series).await?;
        let id = insert_module(&mut tx, now, series, m).await?;
        update_span(&mut tx, series).await?;
        audit::write(
            &mut tx,
            now,
            &AuditEntry::new(Some(actor), "module.create", "module", id).org(Some(org)),
        )
        .await?;
        self.commit_changing(tx, &self.series_cache).await?;
        Ok(id)
    }

    pub async fn update_module(&self, now: i64, actor: i64, id: i64, version: i64, m: &NewModule) -> Result<()> {
        let mut tx = self.write_tx().await?;
        let n = sqlx::query(
            "UPDATE modules SET title = $1, topics = $2, starts_at = $3, ends_at = $4, venue = $5, access_notes = $6, \
             online_url = $7, hours = $8, mandatory = $9, version = version + 1, updated_at = $10 \
             WHERE id = $11 AND version = $12",
        )
        .bind(&m.title)
        .bind(&m.topics)
        .bind(m.starts_at)
        .bind(m.ends_at)
        .bind(&m.venue)
        .bind(&m.access_notes)
        .bind(m.online_url.clone())
        .bind(m.hours)
        .bind(flag(m.mandatory))
        .bind(now)
        .bind(id)
        .bind(version)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if n == 0 {
            return Err(if self.module(id).await?.is_some() {
                StoreError::Stale
            } else {
                StoreError::NotFound
            });
        }
        let series = series_of_module(&mut tx, id).await?;
        update_span(&mut tx, series).await?;
        let org = org_of_series(&mut tx, series).await?;
        audit::write(
            &mut tx,
            now,
            &AuditEntry::new(Some(actor), "module.update", "module", id).org(Some(org)),
        )
        .await?;
        self.commit_changing(tx, &self.series_cache).await?;
        Ok(())
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
        let mut tx = self.write_tx().await?;
        let n = sqlx::query(
            "UPDATE modules SET cancelled_at = $1, version = version + 1 WHERE id = $2 AND cancelled_at IS NULL",
        )
        .bind(now)
        .bind(id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if n == 0 {
            return Err(StoreError::NotFound);
        }
        let series = series_of_module(&mut tx, id).await?;
        update_span(&mut tx, series).await?;
        let people = crate::registrations::active_registrations(&mut tx, series).await?;
        for r in &people {
            outbox::enqueue(&mut tx, now, &notice(r)).await?;
        }
        let org = org_of_series(&mut tx, series).await?;
        audit::write(
            &mut tx,
            now,
            &AuditEntry::new(Some(actor), "module.cancel", "module", id)
                .org(Some(org))
                .detail(format!("{} notified", people.len())),
        )
        .await?;
        self.commit_changing(tx, &self.series_cache).await?;
        Ok(people.len())
    }
}

async fn insert_series(
    tx: &mut Transaction<'static, Any>,
    now: i64,
    org: i64,
    s: &NewSeries,
    invite_key: &str,
    copied_from: Option<i64>,
) -> Result<i64> {
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO series (org_id, kind, visibility, region, target_groups, languages, capacity, deadline, \
         manual_approval, rule_min_modules, rule_all_mandatory, rule_min_hours, invite_key, copied_from, \
         created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $15) RETURNING id",
    )
    .bind(org)
    .bind(s.kind.code())
    .bind(s.visibility.code())
    .bind(&s.region)
    .bind(s.target_groups.join(" "))
    .bind(s.languages.join(" "))
    .bind(s.capacity)
    .bind(s.deadline)
    .bind(flag(s.manual_approval))
    .bind(s.rule.min_modules)
    .bind(flag(s.rule.all_mandatory))
    .bind(s.rule.min_hours)
    .bind(invite_key)
    .bind(copied_from)
    .bind(now)
    .fetch_one(&mut **tx)
    .await?;
    write_texts(tx, id, &s.texts).await?;
    Ok(id)
}
