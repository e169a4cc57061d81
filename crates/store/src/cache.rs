//! Read results kept in memory on one node while a version shared by all
//! nodes is unchanged. Every write to the data behind a cache bumps its
//! version (a row in `settings`) in the same transaction and clears this
//! node's entries at once; another node notices within [`VERSION_TTL`],
//! because it re-reads the shared version at most that often. Entries also
//! expire after [`MAX_AGE`], for what changes with time alone (a series that
//! has ended leaves the catalogue).

use std::collections::HashMap;
use std::future::Future;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use sqlx::{Any, Transaction};

use crate::db;
use crate::{Result, Store};

/// How long a node trusts the shared version it read: a change made on
/// another node shows on this node after at most this long.
pub const VERSION_TTL: Duration = Duration::from_secs(1);
/// The longest an entry is used, whatever the version says.
pub const MAX_AGE: Duration = Duration::from_secs(60);
const MAX_ENTRIES: usize = 1024;

#[derive(Debug)]
pub(crate) struct Versioned<V> {
    /// The `settings` key of the shared version.
    name: &'static str,
    inner: Mutex<Inner<V>>,
}

#[derive(Debug)]
struct Inner<V> {
    entries: HashMap<String, (String, Instant, V)>,
    version: Option<(Instant, String)>,
    /// Counts local clears, so a read that started before one cannot store
    /// what it read under the version it read.
    generation: u64,
}

impl<V: Clone> Versioned<V> {
    pub(crate) fn new(name: &'static str) -> Self {
        Versioned {
            name,
            inner: Mutex::new(Inner {
                entries: HashMap::new(),
                version: None,
                generation: 0,
            }),
        }
    }

    /// After a change on this node: its entries are gone at once.
    pub(crate) fn forget(&self) {
        if let Ok(mut c) = self.inner.lock() {
            c.entries.clear();
            c.version = None;
            c.generation += 1;
        }
    }

    fn generation(&self) -> u64 {
        self.inner.lock().map(|c| c.generation).unwrap_or(u64::MAX)
    }

    /// The version this node trusts without asking the database, if any.
    fn trusted_version(&self) -> Option<String> {
        let c = self.inner.lock().ok()?;
        c.version
            .as_ref()
            .filter(|(at, _)| at.elapsed() < VERSION_TTL)
            .map(|(_, v)| v.clone())
    }

    fn set_version(&self, generation: u64, v: &str) {
        if let Ok(mut c) = self.inner.lock() {
            if c.generation == generation {
                c.version = Some((Instant::now(), v.to_string()));
            }
        }
    }

    fn get(&self, version: &str, key: &str) -> Option<V> {
        let c = self.inner.lock().ok()?;
        c.entries
            .get(key)
            .filter(|(v, at, _)| v == version && at.elapsed() < MAX_AGE)
            .map(|(_, _, value)| value.clone())
    }

    fn put(&self, generation: u64, version: String, key: String, value: V) {
        if let Ok(mut c) = self.inner.lock() {
            if c.generation != generation {
                return;
            }
            if c.entries.len() >= MAX_ENTRIES {
                c.entries.clear();
            }
            c.entries.insert(key, (version, Instant::now(), value));
        }
    }
}

/// Pieces of pages the web layer rendered, each kept under the version it
/// was rendered at (e.g. [`Store::series_version`]) and used only while the
/// version is the same and for at most [`MAX_AGE`].
#[derive(Debug, Default)]
pub struct Fragments {
    /// Key → (version, when rendered, HTML).
    inner: Mutex<HashMap<String, Fragment>>,
}
type Fragment = (String, Instant, Arc<str>);

impl Fragments {
    pub fn get(&self, version: &str, key: &str) -> Option<Arc<str>> {
        let c = self.inner.lock().ok()?;
        c.get(key)
            .filter(|(v, at, _)| v == version && at.elapsed() < MAX_AGE)
            .map(|(_, _, html)| html.clone())
    }

    pub fn put(&self, version: String, key: String, html: Arc<str>) {
        if let Ok(mut c) = self.inner.lock() {
            if c.len() >= MAX_ENTRIES {
                c.clear();
            }
            c.insert(key, (version, Instant::now(), html));
        }
    }
}

/// Bumps the shared version `name` inside a writing transaction.
pub(crate) async fn bump(tx: &mut Transaction<'static, Any>, name: &str) -> Result<()> {
    db::exec(
        &mut **tx,
        "INSERT INTO settings (key, value) VALUES ($1, '1') ON CONFLICT (key) \
         DO UPDATE SET value = CAST(CAST(settings.value AS BIGINT) + 1 AS TEXT)",
        name,
    )
    .await?;
    Ok(())
}

impl Store {
    /// The value under `key`, from this node's cache while the shared version
    /// is unchanged, else from `load` (and then kept).
    pub(crate) async fn cached<V, F, Fut>(&self, cache: &Versioned<V>, key: String, load: F) -> Result<V>
    where
        V: Clone,
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<V>>,
    {
        let (generation, version) = self.version_of(cache).await?;
        if let Some(value) = cache.get(&version, &key) {
            return Ok(value);
        }
        let value = load().await?;
        cache.put(generation, version, key, value.clone());
        Ok(value)
    }

    /// The shared version of `cache` as this node trusts it (re-read after
    /// [`VERSION_TTL`] or a local change), with the local generation.
    async fn version_of<V: Clone>(&self, cache: &Versioned<V>) -> Result<(u64, String)> {
        let generation = cache.generation();
        let version = match cache.trusted_version() {
            Some(v) => v,
            None => {
                let v = self.setting(cache.name).await?.unwrap_or_default();
                cache.set_version(generation, &v);
                v
            }
        };
        Ok((generation, version))
    }

    /// The version of everything series pages show, for caches of the web
    /// layer (see [`Fragments`]): it changes with every change on any node.
    pub async fn series_version(&self) -> Result<String> {
        Ok(self.version_of(&self.series_cache).await?.1)
    }

    /// Writes the audit entry of a change, bumps the version of `cache`,
    /// commits, and clears this node's entries (the cached form of
    /// [`crate::write::commit`]).
    pub(crate) async fn commit_audited<V: Clone>(
        &self,
        mut tx: Transaction<'static, Any>,
        now: i64,
        entry: &crate::audit::AuditEntry,
        cache: &Versioned<V>,
    ) -> Result<()> {
        crate::audit::write(&mut tx, now, entry).await?;
        self.commit_changing(tx, cache).await
    }

    /// Bumps the version of `cache`, commits, and clears this node's entries.
    pub(crate) async fn commit_changing<V: Clone>(
        &self,
        mut tx: Transaction<'static, Any>,
        cache: &Versioned<V>,
    ) -> Result<()> {
        bump(&mut tx, cache.name).await?;
        tx.commit().await?;
        cache.forget();
        Ok(())
    }
}
