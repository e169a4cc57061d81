//! Platform administration: users, organisations, audit log, outbox,
//! barrier reports and the operator's texts.

pub mod audit;
pub mod barriers;
pub mod orgs;
pub mod outbox;
pub mod texts;
pub mod users;

use serde::Deserialize;

#[derive(Deserialize, Default)]
pub struct PageQuery {
    #[serde(default)]
    pub page: Option<String>,
    #[serde(default)]
    pub q: String,
}

impl PageQuery {
    pub fn page_no(&self) -> i64 {
        crate::web::page::Pager::parse(self.page.as_deref())
    }
}
