//! Imprint, privacy notice and accessibility statement: texts the operator edits.

use askama::Template;

use crate::web::error::AppResult;
use crate::web::extract::Ctx;
use crate::web::page::{Nav, Page};
use crate::web::render;

#[derive(Template)]
#[template(path = "site/text.html")]
struct TextPage {
    p: Page,
    body: String,
    updated: Option<i64>,
}

#[derive(Template)]
#[template(path = "site/accessibility.html")]
struct AccessibilityPage {
    p: Page,
    /// (heading key, text) per section of the EU model statement.
    sections: Vec<(String, String)>,
    updated: Option<i64>,
}

async fn text_page(ctx: Ctx, key: &str) -> AppResult {
    ctx.require(domain::policy::Action::ViewPublic)?;
    let text = ctx.state.store.site_text(key, ctx.locale.code).await?;
    let (body, updated) = match text {
        Some((b, at)) => (b, Some(at)),
        None => (ctx.t(&format!("site-{key}-default")), None),
    };
    render(&TextPage {
        p: ctx.page(&format!("site-{key}-title"), Nav::Other),
        body,
        updated,
    })
}

pub async fn imprint(ctx: Ctx) -> AppResult {
    text_page(ctx, "imprint").await
}

pub async fn privacy(ctx: Ctx) -> AppResult {
    text_page(ctx, "privacy").await
}

pub async fn accessibility(ctx: Ctx) -> AppResult {
    ctx.require(domain::policy::Action::ViewPublic)?;
    let mut sections = vec![];
    let mut updated: Option<i64> = None;
    for key in domain::site::TEXT_KEYS.iter().filter(|k| k.starts_with("a11y-")) {
        let body = match ctx.state.store.site_text(key, ctx.locale.code).await? {
            Some((b, at)) => {
                updated = Some(updated.map_or(at, |u| u.max(at)));
                b
            }
            None => ctx.t(&format!("site-{key}-default")),
        };
        sections.push((format!("site-{key}-title"), body));
    }
    render(&AccessibilityPage {
        p: ctx.page("site-accessibility-title", Nav::Other),
        sections,
        updated,
    })
}
