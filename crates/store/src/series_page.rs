//! The read model of the public series pages: the catalogue (and an
//! organisation's series list) and what a series' page shows, served from
//! this node's cache. It reads series, registrations and feedback; none of
//! them reads it.

use std::sync::Arc;

use domain::series::{SeriesKind, SeriesStatus, SeriesText, Visibility};
use domain::Timestamp;

use crate::cache::Versioned;
use crate::feedback::Comment;
use crate::filter::Filter;
use crate::series::{Module, Series};
use crate::{Result, Store, StoreError};

/// A line of the catalogue or of an organisation's series list.
#[derive(Debug, Clone, sqlx::FromRow, serde::Serialize)]
pub struct SeriesItem {
    pub id: i64,
    pub org_id: i64,
    pub org_name: String,
    pub kind: SeriesKind,
    pub visibility: Visibility,
    pub region_name: String,
    pub target_groups: String,
    pub languages: String,
    pub status: SeriesStatus,
    pub starts_at: Option<Timestamp>,
    pub ends_at: Option<Timestamp>,
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
    /// Free text: every word in the title or summary (in any language).
    pub q: Option<String>,
    /// Only series still open for registration (before the deadline) with free seats.
    pub open: bool,
}

/// Texts of a series: the one in `locale` ($1), else German.
const ITEM_SELECT: &str = "SELECT s.id, s.org_id, o.name AS org_name, s.kind, s.visibility, r.name AS region_name, \
     s.target_groups, s.languages, s.status, s.starts_at, s.ends_at, \
     COALESCE(tl.title, td.title) AS title, COALESCE(tl.summary, td.summary) AS summary, \
     (SELECT COUNT(*) FROM modules m WHERE m.series_id = s.id AND m.cancelled_at IS NULL) AS modules, \
     s.capacity, \
     (SELECT COUNT(*) FROM registrations g WHERE g.series_id = s.id AND g.status = 'confirmed') AS seats_taken \
     FROM series s JOIN orgs o ON o.id = s.org_id JOIN regions r ON r.code = s.region \
     JOIN series_texts td ON td.series_id = s.id AND td.locale = 'de' \
     LEFT JOIN series_texts tl ON tl.series_id = s.id AND tl.locale = $1";

/// The catalogue's conditions: active series not yet over ($2 is now), public
/// ones and those for members of `member_of`, and the filters chosen.
fn catalogue_filter(member_of: &[i64], f: &CatalogueFilter) -> Filter {
    let mut w = Filter::after(2);
    w.and("s.status = 'active' AND s.ends_at > $2");
    if member_of.is_empty() {
        w.and("s.visibility = 'public'");
    } else {
        let ids: Vec<String> = member_of.iter().map(|id| w.param(*id)).collect();
        w.and(format!(
            "(s.visibility = 'public' OR (s.visibility = 'members' AND s.org_id IN ({})))",
            ids.join(", ")
        ));
    }
    if let Some(g) = &f.target_group {
        let p = w.param(format!("% {g} %"));
        w.and(format!("(' ' || s.target_groups || ' ') LIKE {p}"));
    }
    if let Some(l) = &f.language {
        let p = w.param(format!("% {l} %"));
        w.and(format!("(' ' || s.languages || ' ') LIKE {p}"));
    }
    if let Some(r) = &f.region {
        let p = w.param(r.as_str());
        w.and(format!(
            "(s.region = {p} OR s.region IN (SELECT code FROM regions WHERE parent = {p}))"
        ));
    }
    if let Some(q) = &f.q {
        // words of letters and digits only (see search::words): no LIKE wildcards get through
        for word in crate::search::words(q) {
            // lower-cased on both sides; SQLite lowers ASCII only, so the word as
            // typed matches too (an "Ü" typed as in the title)
            let low = w.param(format!("%{}%", word.to_lowercase()));
            let typed = w.param(format!("%{word}%"));
            w.and(format!(
                "s.id IN (SELECT t.series_id FROM series_texts t WHERE LOWER(t.title) LIKE {low} \
                 OR LOWER(t.summary) LIKE {low} OR t.title LIKE {typed} OR t.summary LIKE {typed})"
            ));
        }
    }
    if f.open {
        w.and(
            "(s.deadline IS NULL OR s.deadline >= $2) AND s.capacity > \
             (SELECT COUNT(*) FROM registrations g WHERE g.series_id = s.id AND g.status = 'confirmed')",
        );
    }
    if let Some((from, to)) = f.month {
        let (a, b) = (w.param(from), w.param(to));
        // through the index on modules(starts_at): a month holds few modules
        w.and(format!(
            "s.id IN (SELECT m.series_id FROM modules m WHERE m.starts_at >= {a} AND m.starts_at < {b} \
             AND m.cancelled_at IS NULL)"
        ));
    }
    w
}

impl Store {
    /// The series of one organisation, newest first.
    pub async fn series_of_org(&self, org: i64, locale: &str) -> Result<Vec<SeriesItem>> {
        self.rows(
            &format!("{ITEM_SELECT} WHERE s.org_id = $2 ORDER BY COALESCE(s.starts_at, s.created_at) DESC, s.id DESC"),
            (locale, org),
        )
        .await
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
            SeriesCached::Page(_) => Err(StoreError::Config("a series page cached under a catalogue key".into())),
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
            SeriesCached::Catalogue(_) => Err(StoreError::Config("a catalogue cached under a page key".into())),
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
        let w = catalogue_filter(member_of, f);
        let cond = w.where_clause();
        let (lim, off) = (w.next_number(), w.next_number() + 1);
        // the page's ids first, so the per-row counts run for its rows only
        let list_sql = format!(
            "{ITEM_SELECT} WHERE s.id IN (SELECT s.id FROM series s {cond} ORDER BY s.starts_at, s.id \
             LIMIT ${lim} OFFSET ${off}) ORDER BY s.starts_at, s.id"
        );
        // the count takes the same parameters; $1 (the locale) is only there to keep the numbering
        let total_sql = format!("SELECT COUNT(*) FROM series s WHERE $1 <> ''{}", w.and_clause());
        let q = w
            .bind_as(sqlx::query_as::<_, SeriesItem>(&list_sql).bind(locale).bind(now))
            .bind(limit.max(0))
            .bind(offset.max(0));
        let t = w.bind_as(sqlx::query_as::<_, (i64,)>(&total_sql).bind(locale).bind(now));
        let rows = q.fetch_all(&self.pool).await?;
        let (total,) = t.fetch_one(&self.pool).await?;
        Ok((rows, total))
    }
}
