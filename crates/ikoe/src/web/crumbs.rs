//! Breadcrumbs: the one way a page says where it sits. A template lists the
//! links above the current page and calls the one macro, which renders the
//! trail and marks the last entry as the current page:
//!
//! ```text
//! {% block breadcrumbs %}{% call m::crumbs(p, [p.crumb("/spaces", p.t("spaces-title")), p.crumb("/spaces/" ~ s.id, s.name)], p.t("files-title")) %}{% endblock %}
//! ```
//!
//! A trail whose length the data decides (the folders above a file) is a
//! `Vec<Crumb>` the handler builds with [`Page::crumb`].

use std::fmt::Display;

use crate::web::page::Page;

/// One link of a breadcrumb trail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Crumb {
    pub href: String,
    pub label: String,
}

impl Page {
    /// A link of the breadcrumb trail (templates: `p.crumb("/spaces/" ~ s.id, s.name)`).
    pub fn crumb(&self, href: impl Display, label: impl Display) -> Crumb {
        Crumb {
            href: href.to_string(),
            label: label.to_string(),
        }
    }
}
