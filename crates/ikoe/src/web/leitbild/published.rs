//! The adopted Leitbild as its readers see it: the page inside ikoe
//! (`/leitbild/{id}/text`, for the team and, once published, the
//! administration's members), the public page (`/l/{id}`, anyone, once
//! published for everyone) and the poster (`/leitbild/{id}/poster.pdf`,
//! for whoever may read the text). Each in German or in one of the
//! translations (`?lang=en`), outdated ones marked.
//!
//! The public page must be fast and cacheable: it reads the text in two
//! statements, needs no session, holds no form (so no CSRF cookie) and
//! may be kept by shared caches for five minutes; its interface speaks the
//! language of the text shown.

use std::sync::Arc;

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderValue};
use axum::response::{Html, IntoResponse};
use domain::leitbild_adoption::{Publication, TranslationLang};
use domain::policy::Action;
use i18n::I18n;
use serde::Deserialize;
use store::leitbild::PublishedText;

use crate::state::AppState;
use crate::web::error::{AppError, AppResult};
use crate::web::extract::Ctx;
use crate::web::guards::leitbild::ProcessView;
use crate::web::leitbild::adoption::lang_name;
use crate::web::page::{Nav, Page};
use crate::web::render;

/// How long shared caches may keep a public page or poster.
const PUBLIC_CACHE: &str = "public, max-age=300";

/// `?lang=` (a translation's language, or `de`/nothing for the German text)
/// and, for the poster, `?size=` (`a3`, the default, or `a2`).
#[derive(Debug, Default, Deserialize)]
pub struct TextQuery {
    pub lang: Option<String>,
    pub size: Option<String>,
}

impl TextQuery {
    /// The translation asked for: `None` for German; an unknown language is a bad request.
    fn lang(&self) -> Result<Option<TranslationLang>, AppError> {
        match self.lang.as_deref().map(str::trim) {
            None | Some("" | "de") => Ok(None),
            Some(code) => TranslationLang::parse(code).map(Some).map_err(|_| AppError::BadRequest),
        }
    }
}

/// A language the text is available in, for the page's language links.
pub struct LangLink {
    pub code: &'static str,
    pub name: &'static str,
    pub dir: &'static str,
    pub outdated: bool,
    pub current: bool,
}

/// What the pages show of the text, ready for the template.
pub struct Shown {
    pub t: PublishedText,
    /// The language the text is in, and its direction.
    pub lang: &'static str,
    pub dir: &'static str,
    /// "Ziel" in the text's language.
    pub goal_label: String,
    /// A translation was asked for that does not exist (the German text is shown).
    pub missing: bool,
    pub links: Vec<LangLink>,
}

fn shown(i18n: &I18n, t: PublishedText, asked: Option<TranslationLang>) -> Shown {
    let (lang, dir) = match t.lang {
        Some(l) => (l.code(), if l.rtl() { "rtl" } else { "ltr" }),
        None => ("de", "ltr"),
    };
    let mut links = vec![LangLink {
        code: "de",
        name: i18n::locale("de").map_or("Deutsch", |l| l.native_name),
        dir: "ltr",
        outdated: false,
        current: t.lang.is_none(),
    }];
    links.extend(t.languages.iter().map(|&(l, outdated)| LangLink {
        code: l.code(),
        name: lang_name(l),
        dir: if l.rtl() { "rtl" } else { "ltr" },
        outdated,
        current: t.lang == Some(l),
    }));
    Shown {
        goal_label: i18n.t(lang, "leitbild-goal"),
        missing: asked.is_some() && t.lang.is_none(),
        lang,
        dir,
        links,
        t,
    }
}

/// Whether the visitor may read the adopted text of process `id` (its
/// organisation and publication when they may). Anonymous visitors are
/// sent to log in unless it is public; a text the visitor may not read is
/// not there (404), like one not adopted yet.
async fn readable(ctx: &Ctx, id: i64) -> Result<Publication, AppError> {
    let store = &ctx.state.store;
    let Some((org, publication)) = store.publication_of(id).await? else {
        ctx.require(Action::SignedIn)?;
        return Err(AppError::NotFound);
    };
    if publication == Publication::Public {
        return Ok(publication);
    }
    ctx.require(Action::SignedIn)?;
    let team = store
        .process_for(id, ctx.user_id()?)
        .await?
        .is_some_and(|(_, team)| team);
    if ctx.can(Action::ReadLeitbildText { org, team, publication }) {
        Ok(publication)
    } else {
        Err(AppError::NotFound)
    }
}

#[derive(Template)]
#[template(path = "leitbild/text.html")]
struct TextPage {
    p: Page,
    s: Shown,
    team_view: bool,
}

/// The adopted text inside ikoe.
pub async fn text(ProcessView { ctx, process, team }: ProcessView, Query(q): Query<TextQuery>) -> AppResult {
    let asked = q.lang()?;
    readable(&ctx, process.id).await?;
    let t = ctx
        .state
        .store
        .published_text(process.id, asked)
        .await?
        .ok_or(AppError::NotFound)?;
    let p = ctx.page_titled(
        format!("{} – {}", ctx.t("leitbild-published-title"), t.org_name),
        Nav::Leitbild,
    );
    render(&TextPage {
        s: shown(&ctx.state.i18n, t, asked),
        p,
        team_view: team,
    })
}

#[derive(Template)]
#[template(path = "leitbild/public.html")]
struct PublicPage {
    p: Page,
    s: Shown,
}

/// The page for everyone, without login, of a Leitbild published for everyone.
pub async fn public(State(state): State<AppState>, Path(id): Path<String>, Query(q): Query<TextQuery>) -> AppResult {
    let id: i64 = id.parse().map_err(|_| AppError::NotFound)?;
    let asked = q.lang()?;
    let t = state
        .store
        .published_text(id, asked)
        .await?
        .filter(|t| t.publication == Publication::Public)
        .ok_or(AppError::NotFound)?;
    // the interface speaks the language of the text shown
    let code = t.lang.map_or("de", |l| l.code());
    let locale = i18n::locale(code).unwrap_or(i18n::LOCALES[0]);
    let title = format!("{} – {}", state.i18n.t(code, "leitbild-published-title"), t.org_name);
    let p = Page {
        locale,
        i18n: Arc::clone(&state.i18n),
        csrf: String::new(),
        user_name: None,
        is_admin: false,
        org_admin: false,
        path: format!("/l/{id}"),
        flash: None,
        title,
        nav: Nav::Other,
        admin_section: "",
    };
    let page = PublicPage {
        s: shown(&state.i18n, t, asked),
        p,
    };
    let mut res = Html(page.render()?).into_response();
    res.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static(PUBLIC_CACHE));
    Ok(res)
}

/// The poster of the adopted text, A3 or A2, in German or a translation.
pub async fn poster(ctx: Ctx, Path(id): Path<String>, Query(q): Query<TextQuery>) -> AppResult {
    let id: i64 = id.parse().map_err(|_| AppError::NotFound)?;
    let size = match q.size.as_deref().map(str::trim) {
        None | Some("" | "a3") => pdf::PosterSize::A3,
        Some("a2") => pdf::PosterSize::A2,
        Some(_) => return Err(AppError::BadRequest),
    };
    let asked = q.lang()?;
    let publication = readable(&ctx, id).await?;
    let t = ctx
        .state
        .store
        .published_text(id, asked)
        .await?
        .ok_or(AppError::NotFound)?;
    // everything on the poster in the language of its text (German when there is no translation)
    let (code, rtl) = t.lang.map_or(("de", false), |l| (l.code(), l.rtl()));
    let i18n = &ctx.state.i18n;
    let footer = i18n.t_args(
        code,
        "leitbild-poster-footer",
        &[
            ("date", i18n::format_date(code, t.adopted_at.0).into()),
            ("number", t.number.into()),
        ],
    );
    let doc = pdf::Poster {
        lang: code.into(),
        rtl,
        size,
        org_name: t.org_name.clone(),
        heading: i18n.t(code, "leitbild-poster-heading"),
        slogan: t.text.slogan.clone(),
        principles: t
            .text
            .principles
            .iter()
            .map(|x| pdf::PosterPrinciple {
                text: x.text.clone(),
                goal: x.goal.clone(),
            })
            .collect(),
        goal_label: i18n.t(code, "leitbild-goal"),
        footer,
        created_at: ctx.now(),
    };
    let bytes = tokio::task::spawn_blocking(move || pdf::poster(&doc))
        .await
        .map_err(|e| AppError::Internal(e.into()))?
        .map_err(|e| AppError::Internal(e.into()))?;
    let size_code = match size {
        pdf::PosterSize::A3 => "a3",
        pdf::PosterSize::A2 => "a2",
    };
    let cache = if publication == Publication::Public {
        PUBLIC_CACHE
    } else {
        "private, no-store"
    };
    let disposition = format!("attachment; filename=\"leitbild-{id}-{code}-{size_code}.pdf\"");
    Ok((
        [
            (header::CONTENT_TYPE, "application/pdf".to_string()),
            (header::CONTENT_DISPOSITION, disposition),
            (header::CACHE_CONTROL, cache.to_string()),
        ],
        bytes,
    )
        .into_response())
}
