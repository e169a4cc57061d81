//! What every handler can reach.

use std::sync::Arc;

use domain::Clock;
use i18n::I18n;
use store::Store;

use crate::config::Config;

#[derive(Clone)]
pub struct AppState {
    pub store: Store,
    pub i18n: Arc<I18n>,
    pub clock: Clock,
    pub config: Arc<Config>,
    /// Signs CSRF tokens; shared by all nodes through the database.
    pub secret: Arc<Vec<u8>>,
    /// Reference data, loaded once at start (it only changes with a new release).
    pub regions: Arc<Vec<store::orgs::Region>>,
    /// Rendered catalogue bodies, kept while the series version is unchanged.
    pub fragments: Arc<store::cache::Fragments>,
    /// Where the bytes of uploaded files live (a folder, or S3 shared by all nodes).
    pub blobs: store::blobs::Blobs,
}

impl AppState {
    pub fn now(&self) -> i64 {
        self.clock.now().0
    }
}
