//! Storage of ikoe. One [`Store`] over an `sqlx::AnyPool`: the SQL is written
//! once in the dialect both SQLite and PostgreSQL understand (`$1`
//! placeholders, `RETURNING`, `ON CONFLICT`, Unix-second timestamps); a
//! backend gets its own statement only where it pays (see [`Backend`]).
//! Each feature has its own module with its own `impl Store` block.

pub mod accounts;
pub mod attendance;
pub mod audit;
pub mod blobs;
pub mod bulk;
pub mod cache;
pub mod calendar;
pub mod certificates;
mod db;
pub mod export;
pub mod feedback;
pub mod figures;
pub mod files;
mod filter;
pub mod forget;
pub mod home;
pub mod invitations;
pub mod leitbild;
pub mod logos;
pub mod measures;
pub mod meetings;
pub mod openness;
pub mod orgs;
pub mod outbox;
mod owner;
mod personal;
pub mod ratelimit;
pub mod registrations;
pub mod search;
pub mod series;
pub mod series_page;
pub mod sessions;
pub mod settings;
pub mod site;
pub mod spaces;
pub mod speakers;
mod write;

use std::str::FromStr;
use std::sync::Arc;

use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::{Any, AnyPool, Executor, Transaction};

pub use audit::AuditEntry;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database error: {0}")]
    Db(#[from] sqlx::Error),
    #[error("migration error: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("not found")]
    NotFound,
    /// A unique value is taken (the key names the field, e.g. `email`).
    #[error("conflict: {0}")]
    Conflict(&'static str),
    /// The object was changed by someone else since the form was loaded.
    #[error("stale")]
    Stale,
    #[error("configuration: {0}")]
    Config(String),
    /// The file store failed.
    #[error("file store: {0}")]
    Blob(String),
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

#[derive(Clone, Debug)]
pub struct Store {
    pool: AnyPool,
    backend: Backend,
    /// Directory pages of this node, valid while the shared orgs version is unchanged.
    dir_cache: Arc<orgs::DirCache>,
    /// Catalogue pages and public series pages of this node (see [`cache`]).
    series_cache: Arc<series_page::SeriesCache>,
    /// Adopted Leitbild texts of this node (see [`leitbild::PublishedText`]).
    leitbild_cache: Arc<leitbild::PublishedCache>,
}

static SQLITE_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/sqlite");
static POSTGRES_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/postgres");

impl Store {
    /// Connects to the database named by `url`, chosen by its scheme
    /// (`sqlite:` or `postgres:`/`postgresql:`). An unknown scheme, or a
    /// SQLite file whose folder does not exist, fails loudly.
    pub async fn connect(url: &str, max_connections: u32) -> Result<Self> {
        sqlx::any::install_default_drivers();
        let backend = if url.starts_with("sqlite:") {
            Backend::Sqlite
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Backend::Postgres
        } else {
            return Err(StoreError::Config(format!(
                "unknown database URL scheme in {:?}: use sqlite:… or postgres://…",
                redact(url)
            )));
        };
        if backend == Backend::Sqlite {
            let path = url.trim_start_matches("sqlite://").trim_start_matches("sqlite:");
            let path = path.split('?').next().unwrap_or_default();
            if let Some(parent) = std::path::Path::new(path).parent() {
                if !parent.as_os_str().is_empty() && !parent.exists() {
                    return Err(StoreError::Config(format!(
                        "the folder {} for the SQLite database does not exist",
                        parent.display()
                    )));
                }
            }
        }
        let url = if backend == Backend::Sqlite && !url.contains("mode=") {
            format!("{url}{}mode=rwc", if url.contains('?') { '&' } else { '?' })
        } else {
            url.to_string()
        };
        let opts = AnyConnectOptions::from_str(&url)?;
        let pool = AnyPoolOptions::new()
            .max_connections(max_connections)
            .after_connect(move |conn, _meta| {
                Box::pin(async move {
                    if backend == Backend::Sqlite {
                        conn.execute(
                            "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; \
                             PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 10000;",
                        )
                        .await?;
                    }
                    Ok(())
                })
            })
            .connect_with(opts)
            .await?;
        Ok(Store {
            pool,
            backend,
            dir_cache: Arc::new(cache::Versioned::new(orgs::DIR_VERSION)),
            series_cache: Arc::new(cache::Versioned::new(series_page::SERIES_VERSION)),
            leitbild_cache: Arc::new(cache::Versioned::new(leitbild::PUBLISHED_VERSION)),
        })
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    pub fn pool(&self) -> &AnyPool {
        &self.pool
    }

    /// Runs the embedded migrations of this backend.
    pub async fn migrate(&self) -> Result<()> {
        match self.backend {
            Backend::Sqlite => SQLITE_MIGRATIONS.run(&self.pool).await?,
            Backend::Postgres => POSTGRES_MIGRATIONS.run(&self.pool).await?,
        }
        Ok(())
    }

    /// Whether the database answers (for `/readyz`).
    pub async fn ping(&self) -> bool {
        self.exec("SELECT 1", ()).await.is_ok()
    }

    /// Begins a transaction that will write. On SQLite it takes the write
    /// lock at once (`BEGIN IMMEDIATE`), so two writers queue instead of
    /// failing when a read lock would have to be upgraded.
    pub async fn write_tx(&self) -> Result<Transaction<'static, Any>> {
        let tx = match self.backend {
            Backend::Sqlite => self.pool.begin_with("BEGIN IMMEDIATE").await?,
            Backend::Postgres => self.pool.begin().await?,
        };
        Ok(tx)
    }

    pub async fn close(&self) {
        self.pool.close().await;
    }

    /// The names of the migrations of each backend (for the drift test).
    pub fn migration_names() -> (Vec<String>, Vec<String>) {
        let names = |m: &sqlx::migrate::Migrator| {
            m.iter()
                .map(|m| format!("{}_{}", m.version, m.description))
                .collect::<Vec<_>>()
        };
        (names(&SQLITE_MIGRATIONS), names(&POSTGRES_MIGRATIONS))
    }
}

/// Hides a password in a database URL.
pub fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(s), Some(at)) if at > s => {
            let creds = &url[s + 3..at];
            match creds.split_once(':') {
                Some((user, _)) => format!("{}{}:***{}", &url[..s + 3], user, &url[at..]),
                None => url.to_string(),
            }
        }
        _ => url.to_string(),
    }
}

/// Maps a unique-constraint violation to [`StoreError::Conflict`].
pub(crate) fn conflict_on_unique(e: sqlx::Error, field: &'static str) -> StoreError {
    match &e {
        sqlx::Error::Database(db) if db.is_unique_violation() => StoreError::Conflict(field),
        _ => StoreError::Db(e),
    }
}

impl Store {
    /// One page of rows and the number of all rows a filtered list has:
    /// `from` is the statement up to and with its filter (placeholders from
    /// `$1`), `order` its `ORDER BY …`; the count runs over the same `from`
    /// (`count_from`, the `FROM …` part with the same filter).
    pub(crate) async fn page<T>(
        &self,
        w: &filter::Filter,
        from: &str,
        order: &str,
        count_from: &str,
        limit: i64,
        offset: i64,
    ) -> Result<(Vec<T>, i64)>
    where
        T: for<'r> sqlx::FromRow<'r, sqlx::any::AnyRow> + Send + Unpin,
    {
        let n = w.next_number();
        let list_sql = format!("{from} {order} LIMIT ${n} OFFSET ${}", n + 1);
        let rows = w
            .bind_as(sqlx::query_as::<_, T>(&list_sql))
            .bind(limit)
            .bind(offset)
            .fetch_all(&self.pool)
            .await?;
        let count_sql = format!("SELECT COUNT(*) {count_from}");
        let (total,) = w
            .bind_as(sqlx::query_as::<_, (i64,)>(&count_sql))
            .fetch_one(&self.pool)
            .await?;
        Ok((rows, total))
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn redacts_passwords() {
        assert_eq!(super::redact("postgres://u:secret@h/db"), "postgres://u:***@h/db");
        assert_eq!(super::redact("sqlite://data/ikoe.db"), "sqlite://data/ikoe.db");
    }

    #[test]
    fn migration_folders_do_not_drift() {
        let (sqlite, postgres) = super::Store::migration_names();
        assert!(!sqlite.is_empty());
        assert_eq!(
            sqlite, postgres,
            "migrations/sqlite and migrations/postgres must hold the same names"
        );
    }
}
