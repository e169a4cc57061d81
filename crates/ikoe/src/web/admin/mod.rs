//! Platform administration: users, organisations, audit log, outbox,
//! barrier reports and the operator's texts.

pub mod audit;
pub mod barriers;
pub mod orgs;
pub mod outbox;
pub mod texts;
pub mod users;

use serde::Deserialize;

use crate::web::page::Pager;

#[derive(Deserialize, Default)]
pub struct PageQuery {
    #[serde(default)]
    pub page: Option<String>,
    #[serde(default)]
    pub q: String,
}

impl PageQuery {
    pub fn page_no(&self) -> i64 {
        Pager::parse(self.page.as_deref())
    }
    /// How many rows of the listing come before this page.
    pub fn offset(&self) -> i64 {
        Pager::offset(self.page_no())
    }
    /// The pager of a listing of `total` rows; its links keep `base` (see [`Pager`]).
    pub fn pager(&self, total: i64, base: String) -> Pager {
        Pager::new(self.page_no(), total, base)
    }
    /// What the pager's links of a search keep: the search (`q=…&`).
    pub fn search_base(&self) -> String {
        url::form_urlencoded::Serializer::new(String::new())
            .append_pair("q", &self.q)
            .finish()
            + "&"
    }
}
