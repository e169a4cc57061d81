//! Imprint, privacy notice and accessibility statement: texts the operator edits.

use askama::Template;

use crate::web::error::AppResult;
use crate::web::extract::Ctx;
use crate::web::page::{Nav, Page};
use crate::web::render;

/// One operator text as shown: its body, when it was changed, and the
/// language it is in when that differs from the page's (the German fallback).
pub struct Shown {
    pub body: String,
    pub updated: Option<i64>,
    pub lang: Option<String>,
}

pub async fn shown(ctx: &Ctx, key: &str) -> AppResult<Shown> {
    Ok(match ctx.state.store.site_text(key, ctx.locale.code).await? {
        Some((body, at, lang)) => Shown {
            body,
            updated: Some(at),
            lang: (lang != ctx.locale.code).then_some(lang),
        },
        None => Shown {
            body: ctx.t(&format!("site-{key}-default")),
            updated: None,
            lang: None,
        },
    })
}

#[derive(Template)]
#[template(path = "site/text.html")]
struct TextPage {
    p: Page,
    text: Shown,
}

#[derive(Template)]
#[template(path = "site/accessibility.html")]
struct AccessibilityPage {
    p: Page,
    /// (heading key, text) per section of the EU model statement.
    sections: Vec<(String, Shown)>,
    updated: Option<i64>,
}

async fn text_page(ctx: Ctx, key: &str) -> AppResult {
    ctx.require(domain::policy::Action::ViewPublic)?;
    let text = shown(&ctx, key).await?;
    render(&TextPage {
        p: ctx.page(&format!("site-{key}-title"), Nav::Other),
        text,
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
    for key in domain::site::TEXT_KEYS.iter().filter(|k| k.starts_with("a11y-")) {
        sections.push((format!("site-{key}-title"), shown(&ctx, key).await?));
    }
    let updated = sections.iter().filter_map(|(_, s)| s.updated).max();
    render(&AccessibilityPage {
        p: ctx.page("site-accessibility-title", Nav::Other),
        sections,
        updated,
    })
}
