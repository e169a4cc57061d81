//! Indicator sets of the openness self-assessment: the default set ikoe
//! ships (read from `data/openness/*.json` at start), copies that programme
//! staff adapt, and their versions. A set a wave uses is frozen: a change is
//! refused (`Conflict("frozen")`) and a new version is made instead. Texts
//! are kept per language (German always); a language the set lacks falls
//! back to German, row by row.

use domain::openness::TextStatus;
use domain::Timestamp;
use serde::Deserialize;
use sqlx::{Any, Transaction};

use crate::audit::AuditEntry;
use crate::write::{self, Written};
use crate::{db, Result, Store, StoreError};

/// The language every set has all its texts in.
pub const BASE_LANG: &str = "de";

/// A set in the list of sets.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct SetItem {
    pub id: i64,
    pub family: i64,
    pub number: i64,
    pub builtin: Option<String>,
    pub title: String,
    /// The organisation that adapted it (none: shipped with ikoe).
    pub org_name: Option<String>,
    /// Waves that use it (it is frozen when there is one).
    pub waves: i64,
    /// The newest version of its family.
    pub newest: i64,
    pub created_at: Timestamp,
}

/// A set with its texts in one language.
#[derive(Debug, Clone)]
pub struct IndicatorSet {
    pub id: i64,
    pub family: i64,
    pub number: i64,
    pub builtin: Option<String>,
    pub org_id: Option<i64>,
    pub version: i64,
    pub title: String,
    pub description: String,
    /// Whether a wave uses it (changes then make a new version).
    pub frozen: bool,
    pub dimensions: Vec<Dimension>,
}

impl IndicatorSet {
    pub fn indicators(&self) -> impl Iterator<Item = &Indicator> {
        self.dimensions.iter().flat_map(|d| d.indicators.iter())
    }
    pub fn indicator(&self, id: i64) -> Option<&Indicator> {
        self.indicators().find(|i| i.id == id)
    }
    pub fn codes(&self) -> Vec<String> {
        self.indicators().map(|i| i.code.clone()).collect()
    }
}

#[derive(Debug, Clone)]
pub struct Dimension {
    pub id: i64,
    pub code: String,
    pub title: String,
    pub indicators: Vec<Indicator>,
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Indicator {
    pub id: i64,
    pub dimension_id: i64,
    pub code: String,
    pub statement: String,
    pub level0: String,
    pub level1: String,
    pub level2: String,
    pub level3: String,
}

impl Indicator {
    pub fn levels(&self) -> [&str; 4] {
        [&self.level0, &self.level1, &self.level2, &self.level3]
    }
}

/// The languages a set has texts in, with their status.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct SetLanguage {
    pub lang: String,
    pub status: TextStatus,
}

/// The texts of an indicator in one language, as a form holds them.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct IndicatorTexts {
    pub statement: String,
    pub levels: [String; 4],
}

#[derive(Debug, Clone, sqlx::FromRow)]
struct DimensionRow {
    id: i64,
    code: String,
    title: String,
}

#[derive(Debug, Clone, sqlx::FromRow)]
struct SetRow {
    id: i64,
    family: i64,
    number: i64,
    builtin: Option<String>,
    org_id: Option<i64>,
    version: i64,
    title: String,
    description: String,
    waves: i64,
}

/// One language's file of a shipped set.
#[derive(Debug, Deserialize)]
pub struct SetFile {
    pub lang: String,
    pub status: String,
    pub title: String,
    pub description: String,
    pub dimensions: Vec<FileDimension>,
}

#[derive(Debug, Deserialize)]
pub struct FileDimension {
    pub code: String,
    pub title: String,
    pub indicators: Vec<FileIndicator>,
}

#[derive(Debug, Deserialize)]
pub struct FileIndicator {
    pub code: String,
    pub statement: String,
    pub levels: [String; 4],
}

/// The default set's files, German first.
pub const DEFAULT_SET: [&str; 7] = [
    include_str!("../../data/openness/de.json"),
    include_str!("../../data/openness/en.json"),
    include_str!("../../data/openness/ar.json"),
    include_str!("../../data/openness/fa.json"),
    include_str!("../../data/openness/uk.json"),
    include_str!("../../data/openness/ru.json"),
    include_str!("../../data/openness/tr.json"),
];

/// Reads a shipped set's files and checks that every language has the
/// German file's dimensions and indicators, in its order.
pub fn parse_set_files(files: &[&str]) -> std::result::Result<Vec<SetFile>, String> {
    let parsed: Vec<SetFile> = files
        .iter()
        .map(|f| serde_json::from_str::<SetFile>(f).map_err(|e| e.to_string()))
        .collect::<std::result::Result<_, _>>()?;
    let base = parsed.first().ok_or("no files")?;
    if base.lang != BASE_LANG {
        return Err("the first file must be German".into());
    }
    let shape = |s: &SetFile| -> Vec<(String, Vec<String>)> {
        s.dimensions
            .iter()
            .map(|d| (d.code.clone(), d.indicators.iter().map(|i| i.code.clone()).collect()))
            .collect()
    };
    for f in &parsed {
        TextStatus::parse(&f.status).map_err(|_| format!("{}: unknown status {}", f.lang, f.status))?;
        if shape(f) != shape(base) {
            return Err(format!("{}: dimensions or indicators differ from German", f.lang));
        }
        let empty = f
            .dimensions
            .iter()
            .flat_map(|d| d.indicators.iter())
            .any(|i| i.statement.trim().is_empty() || i.levels.iter().any(|l| l.trim().is_empty()));
        if empty || f.title.trim().is_empty() {
            return Err(format!("{}: empty text", f.lang));
        }
    }
    Ok(parsed)
}

const SET_ITEM: &str = "SELECT s.id, s.family, s.number, s.builtin, \
       COALESCE(l.title, b.title) AS title, o.name AS org_name, \
       (SELECT COUNT(*) FROM openness_waves w WHERE w.set_id = s.id) AS waves, \
       (SELECT MAX(x.number) FROM openness_sets x WHERE x.family = s.family) AS newest, s.created_at \
     FROM openness_sets s \
     JOIN openness_set_texts b ON b.set_id = s.id AND b.lang = 'de' \
     LEFT JOIN openness_set_texts l ON l.set_id = s.id AND l.lang = $1 \
     LEFT JOIN orgs o ON o.id = s.org_id";

/// The audit entry of a change to set `id`.
fn entry(actor: i64, action: &'static str, id: i64) -> AuditEntry {
    AuditEntry::new(Some(actor), action, "openness_set", id)
}

/// Refuses a change to a frozen set or the one ikoe ships (`Conflict("frozen")`), `NotFound` for none.
async fn editable(tx: &mut Transaction<'static, Any>, now: i64, set: i64) -> Result<()> {
    db::exec(
        &mut **tx,
        "UPDATE openness_sets SET updated_at = $1, version = version + 1 WHERE id = $2",
        (now, set),
    )
    .await?
    .found()?;
    let (waves, shipped): (i64, i64) = db::one(
        &mut **tx,
        "SELECT (SELECT COUNT(*) FROM openness_waves WHERE set_id = $1), \
           (SELECT COUNT(*) FROM openness_sets WHERE id = $1 AND builtin IS NOT NULL)",
        set,
    )
    .await?;
    if waves > 0 || shipped > 0 {
        return Err(StoreError::Conflict("frozen"));
    }
    Ok(())
}

/// Copies set `from` with all its texts into a new set row (family and
/// number as given; the family of a new one is its own id).
async fn copy_into(
    tx: &mut Transaction<'static, Any>,
    now: i64,
    actor: i64,
    from: i64,
    family: Option<i64>,
    number: i64,
    org: Option<i64>,
) -> Result<i64> {
    let id = db::number(
        &mut **tx,
        "INSERT INTO openness_sets (family, number, org_id, created_by, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $5) RETURNING id",
        (family, number, org, actor, now),
    )
    .await?;
    if family.is_none() {
        db::exec(&mut **tx, "UPDATE openness_sets SET family = id WHERE id = $1", id).await?;
    }
    db::exec(
        &mut **tx,
        "INSERT INTO openness_set_texts (set_id, lang, status, title, description) \
         SELECT $1, lang, status, title, description FROM openness_set_texts WHERE set_id = $2",
        (id, from),
    )
    .await?;
    let dims: Vec<(i64, i64, String)> = db::rows(
        &mut **tx,
        "SELECT id, position, code FROM openness_dimensions WHERE set_id = $1 ORDER BY position",
        from,
    )
    .await?;
    for (old, position, code) in dims {
        let dim = db::number(
            &mut **tx,
            "INSERT INTO openness_dimensions (set_id, position, code) VALUES ($1, $2, $3) RETURNING id",
            (id, position, &code),
        )
        .await?;
        db::exec(
            &mut **tx,
            "INSERT INTO openness_dimension_texts (dimension_id, lang, title) \
             SELECT $1, lang, title FROM openness_dimension_texts WHERE dimension_id = $2",
            (dim, old),
        )
        .await?;
        let inds: Vec<(i64, i64, String)> = db::rows(
            &mut **tx,
            "SELECT id, position, code FROM openness_indicators WHERE dimension_id = $1 ORDER BY position",
            old,
        )
        .await?;
        for (old_ind, pos, code) in inds {
            let ind = db::number(
                &mut **tx,
                "INSERT INTO openness_indicators (set_id, dimension_id, position, code) VALUES ($1, $2, $3, $4) RETURNING id",
                (id, dim, pos, &code),
            )
            .await?;
            db::exec(
                &mut **tx,
                "INSERT INTO openness_indicator_texts (indicator_id, lang, statement, level0, level1, level2, level3) \
                 SELECT $1, lang, statement, level0, level1, level2, level3 FROM openness_indicator_texts WHERE indicator_id = $2",
                (ind, old_ind),
            )
            .await?;
        }
    }
    Ok(id)
}

impl Store {
    /// Writes the default set ikoe ships, unless it is there already.
    pub async fn seed_openness_sets(&self, now: i64) -> Result<()> {
        let have: Option<(i64,)> = self
            .row("SELECT id FROM openness_sets WHERE builtin = 'default'", ())
            .await?;
        if have.is_some() {
            return Ok(());
        }
        let files = parse_set_files(&DEFAULT_SET).map_err(StoreError::Config)?;
        let mut tx = self.write_tx().await?;
        let id = db::number(
            &mut *tx,
            "INSERT INTO openness_sets (number, builtin, created_at, updated_at) VALUES (1, 'default', $1, $1) RETURNING id",
            now,
        )
        .await?;
        db::exec(&mut *tx, "UPDATE openness_sets SET family = id WHERE id = $1", id).await?;
        let mut dims = Vec::new();
        for (fi, f) in files.iter().enumerate() {
            db::exec(
                &mut *tx,
                "INSERT INTO openness_set_texts (set_id, lang, status, title, description) VALUES ($1, $2, $3, $4, $5)",
                (id, &f.lang, &f.status, &f.title, &f.description),
            )
            .await?;
            for (di, d) in f.dimensions.iter().enumerate() {
                if fi == 0 {
                    let dim = db::number(
                        &mut *tx,
                        "INSERT INTO openness_dimensions (set_id, position, code) VALUES ($1, $2, $3) RETURNING id",
                        (id, i64::try_from(di).unwrap_or(0), &d.code),
                    )
                    .await?;
                    let mut inds = Vec::new();
                    for (ii, i) in d.indicators.iter().enumerate() {
                        inds.push(
                            db::number(
                                &mut *tx,
                                "INSERT INTO openness_indicators (set_id, dimension_id, position, code) \
                                 VALUES ($1, $2, $3, $4) RETURNING id",
                                (id, dim, i64::try_from(ii).unwrap_or(0), &i.code),
                            )
                            .await?,
                        );
                    }
                    dims.push((dim, inds));
                }
                let (dim, inds) = &dims[di];
                db::exec(
                    &mut *tx,
                    "INSERT INTO openness_dimension_texts (dimension_id, lang, title) VALUES ($1, $2, $3)",
                    (*dim, &f.lang, &d.title),
                )
                .await?;
                for (i, ind) in d.indicators.iter().zip(inds) {
                    let [l0, l1, l2, l3] = &i.levels;
                    db::exec(
                        &mut *tx,
                        "INSERT INTO openness_indicator_texts (indicator_id, lang, statement, level0, level1, level2, level3) \
                         VALUES ($1, $2, $3, $4, $5, $6, $7)",
                        (*ind, &f.lang, &i.statement, l0, l1, l2, l3),
                    )
                    .await?;
                }
            }
        }
        tx.commit().await?;
        Ok(())
    }

    /// All sets, titles in `lang` (German where missing), newest family first.
    pub async fn openness_sets(&self, lang: &str) -> Result<Vec<SetItem>> {
        self.rows(
            &format!("{SET_ITEM} ORDER BY s.builtin IS NULL, s.family, s.number DESC"),
            lang,
        )
        .await
    }

    /// The id of the shipped default set.
    pub async fn default_openness_set(&self) -> Result<Option<i64>> {
        let r: Option<(i64,)> = self
            .row("SELECT id FROM openness_sets WHERE builtin = 'default'", ())
            .await?;
        Ok(r.map(|(id,)| id))
    }

    /// Set `id` with its texts in `lang`, German where that language has none.
    pub async fn openness_set(&self, id: i64, lang: &str) -> Result<Option<IndicatorSet>> {
        let row: Option<SetRow> = self
            .row(
                "SELECT s.id, s.family, s.number, s.builtin, s.org_id, s.version, \
                   COALESCE(l.title, b.title) AS title, COALESCE(l.description, b.description) AS description, \
                   (SELECT COUNT(*) FROM openness_waves w WHERE w.set_id = s.id) AS waves \
                 FROM openness_sets s JOIN openness_set_texts b ON b.set_id = s.id AND b.lang = 'de' \
                 LEFT JOIN openness_set_texts l ON l.set_id = s.id AND l.lang = $2 WHERE s.id = $1",
                (id, lang),
            )
            .await?;
        let Some(s) = row else { return Ok(None) };
        let dims: Vec<DimensionRow> = self
            .rows(
                "SELECT d.id, d.code, COALESCE(l.title, b.title) AS title FROM openness_dimensions d \
                 JOIN openness_dimension_texts b ON b.dimension_id = d.id AND b.lang = 'de' \
                 LEFT JOIN openness_dimension_texts l ON l.dimension_id = d.id AND l.lang = $2 \
                 WHERE d.set_id = $1 ORDER BY d.position, d.id",
                (id, lang),
            )
            .await?;
        let inds: Vec<Indicator> = self
            .rows(
                "SELECT i.id, i.dimension_id, i.code, COALESCE(l.statement, b.statement) AS statement, \
                   COALESCE(l.level0, b.level0) AS level0, COALESCE(l.level1, b.level1) AS level1, \
                   COALESCE(l.level2, b.level2) AS level2, COALESCE(l.level3, b.level3) AS level3 \
                 FROM openness_indicators i \
                 JOIN openness_indicator_texts b ON b.indicator_id = i.id AND b.lang = 'de' \
                 LEFT JOIN openness_indicator_texts l ON l.indicator_id = i.id AND l.lang = $2 \
                 WHERE i.set_id = $1 ORDER BY i.position, i.id",
                (id, lang),
            )
            .await?;
        let dimensions = dims
            .into_iter()
            .map(|d| Dimension {
                indicators: inds.iter().filter(|i| i.dimension_id == d.id).cloned().collect(),
                id: d.id,
                code: d.code,
                title: d.title,
            })
            .collect();
        Ok(Some(IndicatorSet {
            id: s.id,
            family: s.family,
            number: s.number,
            builtin: s.builtin,
            org_id: s.org_id,
            version: s.version,
            title: s.title,
            description: s.description,
            frozen: s.waves > 0,
            dimensions,
        }))
    }

    /// The languages set `id` has texts in, and their status.
    pub async fn openness_set_languages(&self, id: i64) -> Result<Vec<SetLanguage>> {
        self.rows(
            "SELECT lang, status FROM openness_set_texts WHERE set_id = $1 ORDER BY lang",
            id,
        )
        .await
    }

    /// The texts indicator `id` has in `lang` (none: not translated).
    pub async fn openness_indicator_texts(&self, id: i64, lang: &str) -> Result<Option<IndicatorTexts>> {
        let r: Option<(String, String, String, String, String)> = self
            .row(
                "SELECT statement, level0, level1, level2, level3 FROM openness_indicator_texts \
                 WHERE indicator_id = $1 AND lang = $2",
                (id, lang),
            )
            .await?;
        Ok(r.map(|(statement, a, b, c, d)| IndicatorTexts {
            statement,
            levels: [a, b, c, d],
        }))
    }

    /// Copies set `from` as a new set of organisation `org` (version 1 of a new family).
    pub async fn copy_openness_set(&self, now: i64, actor: i64, from: i64, org: Option<i64>) -> Result<i64> {
        let mut tx = self.write_tx().await?;
        let found: Option<(i64,)> = db::row(&mut *tx, "SELECT id FROM openness_sets WHERE id = $1", from).await?;
        found.ok_or(StoreError::NotFound)?;
        let id = copy_into(&mut tx, now, actor, from, None, 1, org).await?;
        write::commit(
            tx,
            now,
            &entry(actor, "openness.set.copy", id).org(org).detail(from.to_string()),
        )
        .await?;
        Ok(id)
    }

    /// Makes a new version of set `from`'s family, a copy of `from`, numbered
    /// after the family's newest; the copy belongs to `org` unless `from` did.
    pub async fn new_openness_set_version(&self, now: i64, actor: i64, from: i64, org: Option<i64>) -> Result<i64> {
        let mut tx = self.write_tx().await?;
        let found: Option<(i64, Option<i64>)> =
            db::row(&mut *tx, "SELECT family, org_id FROM openness_sets WHERE id = $1", from).await?;
        let (family, owner) = found.ok_or(StoreError::NotFound)?;
        // the family's newest version is locked while the next number is taken
        db::exec(
            &mut *tx,
            "UPDATE openness_sets SET updated_at = updated_at WHERE family = $1",
            family,
        )
        .await?;
        let (newest,): (i64,) = db::one(
            &mut *tx,
            "SELECT MAX(number) FROM openness_sets WHERE family = $1",
            family,
        )
        .await?;
        let org = owner.or(org);
        let id = copy_into(&mut tx, now, actor, from, Some(family), newest + 1, org).await?;
        write::commit(
            tx,
            now,
            &entry(actor, "openness.set.version", id)
                .org(org)
                .detail(from.to_string()),
        )
        .await?;
        Ok(id)
    }

    /// Saves indicator `indicator`'s texts in `lang` (German: the base;
    /// another language: its translation). `Conflict("frozen")` when a wave uses the set.
    pub async fn save_openness_indicator(
        &self,
        now: i64,
        actor: i64,
        set: i64,
        indicator: i64,
        lang: &str,
        t: &IndicatorTexts,
    ) -> Result<()> {
        let mut tx = self.write_tx().await?;
        editable(&mut tx, now, set).await?;
        let found: Option<(i64,)> = db::row(
            &mut *tx,
            "SELECT id FROM openness_indicators WHERE id = $1 AND set_id = $2",
            (indicator, set),
        )
        .await?;
        found.ok_or(StoreError::NotFound)?;
        let [l0, l1, l2, l3] = &t.levels;
        db::exec(
            &mut *tx,
            "DELETE FROM openness_indicator_texts WHERE indicator_id = $1 AND lang = $2",
            (indicator, lang),
        )
        .await?;
        db::exec(
            &mut *tx,
            "INSERT INTO openness_indicator_texts (indicator_id, lang, statement, level0, level1, level2, level3) \
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
            (indicator, lang, &t.statement, l0, l1, l2, l3),
        )
        .await?;
        write::commit(
            tx,
            now,
            &entry(actor, "openness.indicator.save", set).detail(format!("{indicator} {lang}")),
        )
        .await
    }

    /// Adds an indicator at the end of dimension `dimension` with its German
    /// texts; its code is new in the set. `Conflict("frozen")` as above.
    pub async fn add_openness_indicator(
        &self,
        now: i64,
        actor: i64,
        set: i64,
        dimension: i64,
        t: &IndicatorTexts,
    ) -> Result<i64> {
        let mut tx = self.write_tx().await?;
        editable(&mut tx, now, set).await?;
        let dim: Option<(String,)> = db::row(
            &mut *tx,
            "SELECT code FROM openness_dimensions WHERE id = $1 AND set_id = $2",
            (dimension, set),
        )
        .await?;
        let (code,) = dim.ok_or(StoreError::NotFound)?;
        let (n, next): (i64, i64) = db::one(
            &mut *tx,
            "SELECT COUNT(*), COALESCE(MAX(position), -1) + 1 FROM openness_indicators WHERE set_id = $1",
            set,
        )
        .await?;
        // a code no version of the family had: waves never mistake it for another indicator
        let (family,): (i64,) = db::one(&mut *tx, "SELECT family FROM openness_sets WHERE id = $1", set).await?;
        let mut k = n + 1;
        let code = loop {
            let c = format!("{code}-{k}");
            let taken: (i64,) = db::one(
                &mut *tx,
                "SELECT COUNT(*) FROM openness_indicators i JOIN openness_sets s ON s.id = i.set_id \
                 WHERE s.family = $1 AND i.code = $2",
                (family, &c),
            )
            .await?;
            if taken.0 == 0 {
                break c;
            }
            k += 1;
        };
        let id = db::number(
            &mut *tx,
            "INSERT INTO openness_indicators (set_id, dimension_id, position, code) VALUES ($1, $2, $3, $4) RETURNING id",
            (set, dimension, next, &code),
        )
        .await?;
        let [l0, l1, l2, l3] = &t.levels;
        db::exec(
            &mut *tx,
            "INSERT INTO openness_indicator_texts (indicator_id, lang, statement, level0, level1, level2, level3) \
             VALUES ($1, 'de', $2, $3, $4, $5, $6)",
            (id, &t.statement, l0, l1, l2, l3),
        )
        .await?;
        write::commit(
            tx,
            now,
            &entry(actor, "openness.indicator.add", set).detail(id.to_string()),
        )
        .await?;
        Ok(id)
    }

    /// Removes indicator `indicator` from set `set`. `Conflict("frozen")` as above.
    pub async fn remove_openness_indicator(&self, now: i64, actor: i64, set: i64, indicator: i64) -> Result<()> {
        let mut tx = self.write_tx().await?;
        editable(&mut tx, now, set).await?;
        db::exec(
            &mut *tx,
            "DELETE FROM openness_indicators WHERE id = $1 AND set_id = $2",
            (indicator, set),
        )
        .await?
        .found()?;
        write::commit(
            tx,
            now,
            &entry(actor, "openness.indicator.remove", set).detail(indicator.to_string()),
        )
        .await
    }

    /// Sets the status of language `lang`'s texts of set `set` (`NotFound`
    /// when the set has no texts in it). Allowed on frozen sets: it changes no question.
    pub async fn set_openness_language_status(
        &self,
        now: i64,
        actor: i64,
        set: i64,
        lang: &str,
        status: TextStatus,
    ) -> Result<()> {
        self.change(
            now,
            "UPDATE openness_set_texts SET status = $1 WHERE set_id = $2 AND lang = $3 \
             AND set_id IN (SELECT id FROM openness_sets WHERE builtin IS NULL)",
            (status, set, lang),
            &entry(actor, "openness.set.language", set).detail(format!("{lang} {}", status.code())),
        )
        .await
    }
}

impl Store {
    /// The programme organisation `user` belongs to (the first by name), if
    /// any: its staff adapt indicator sets, and a copy is attributed to it.
    pub async fn programme_org_of(&self, user: i64) -> Result<Option<i64>> {
        let r: Option<(i64,)> = self
            .row(
                "SELECT o.id FROM memberships m JOIN orgs o ON o.id = m.org_id \
                 WHERE m.user_id = $1 AND o.kind = 'programme_provider' ORDER BY o.name, o.id LIMIT 1",
                user,
            )
            .await?;
        Ok(r.map(|(id,)| id))
    }
}
