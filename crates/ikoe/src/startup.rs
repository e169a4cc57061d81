//! Building the application: connect, migrate, reference data, secret, state.

use std::sync::Arc;

use anyhow::Context;
use domain::Clock;
use store::Store;

use crate::config::Config;
use crate::state::AppState;

/// Connects to the configured database, creating the SQLite folder for the
/// default path, migrates it and loads reference data.
pub async fn open_store(cfg: &Config) -> anyhow::Result<Store> {
    if cfg.database_url == Config::default().database_url {
        std::fs::create_dir_all("data").context("creating ./data for the default SQLite database")?;
    }
    let store = Store::connect(&cfg.database_url, cfg.database_max_connections)
        .await
        .with_context(|| format!("connecting to {}", store::redact(&cfg.database_url)))?;
    store.migrate().await.context("migrating the database")?;
    store.seed_regions(crate::regions::REGIONS).await?;
    Ok(store)
}

pub async fn state(cfg: Config, store: Store, clock: Clock) -> anyhow::Result<AppState> {
    i18n::set_time_zone(&cfg.time_zone).map_err(|e| anyhow::anyhow!("time_zone: {e}"))?;
    let i18n = i18n::I18n::load().map_err(|e| anyhow::anyhow!("translations: {e}"))?;
    store
        .seed_openness_sets(clock.now().0)
        .await
        .context("writing the default indicator set")?;
    let secret = store
        .setting_or_insert("secret", &crate::security::random_token())
        .await?;
    let regions = Arc::new(store.regions().await?);
    let blobs = if cfg.files.s3.bucket.is_empty() {
        store::blobs::Blobs::local(std::path::Path::new(&cfg.files.dir))?
    } else {
        store::blobs::Blobs::s3(&cfg.files.s3)?
    };
    tracing::info!(files = %blobs.describe, "file store");
    Ok(AppState {
        blobs,
        regions,
        store,
        i18n: Arc::new(i18n),
        clock,
        config: Arc::new(cfg),
        secret: Arc::new(secret.into_bytes()),
        fragments: Default::default(),
    })
}
