//! Calendars: the .ics file of a module and of a series (for whoever may see
//! the series), the personal feeds behind secret links (a registration, a
//! signed-in person's seats, a speaker's confirmed module), and the profile
//! page with the person's feed address.

use std::collections::HashMap;

use askama::Template;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use domain::series::{RegStatus, SeriesStatus};
use store::series::{Module, Series};

use crate::calendar::{ics, series_url, Entry};
use crate::web::confirm::{self, Ask, Confirmed};
use crate::web::error::{AppError, AppResult};
use crate::web::form::Form;
use crate::web::guards::accounts::FeedOwner;
use crate::web::guards::series::{RegistrationLink, SpeakerCalendarLink, VisibleModule, VisibleSeries};
use crate::web::guards::SignedIn;
use crate::web::page::{Nav, Page};
use crate::web::{redirect_flash, render};

/// The path of a series' calendar file (with the key of an invitation-only series).
pub fn series_path(id: &i64, key: &str) -> String {
    if key.is_empty() {
        format!("/series/{id}/calendar.ics")
    } else {
        format!(
            "/series/{id}/calendar.ics?key={}",
            url::form_urlencoded::byte_serialize(key.as_bytes()).collect::<String>()
        )
    }
}

/// The path of a registration's calendar feed.
pub fn registration_path(token: &str) -> String {
    format!("/r/{token}/calendar.ics")
}

/// The full address of a person's calendar feed.
pub fn feed_url(base: &str, token: &str) -> String {
    format!("{}/calendar/{token}.ics", base.trim_end_matches('/'))
}

fn ics_response(body: String, filename: &str) -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/calendar; charset=utf-8".to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{filename}\""),
            ),
        ],
        body,
    )
        .into_response()
}

fn entry<'a>(m: &'a Module, s: &Series, title: &'a str, url: &str, private: bool) -> Entry<'a> {
    Entry {
        module: m,
        series_title: title,
        series_cancelled: s.status != SeriesStatus::Active,
        url: url.to_string(),
        private,
    }
}

/// GET /modules/{id}/calendar.ics
pub async fn module_ics(
    VisibleModule {
        ctx,
        module: m,
        series: s,
        key,
    }: VisibleModule,
) -> AppResult {
    let st = &ctx.state;
    let id = m.id;
    let title = st.store.series_text(s.id, ctx.locale.code).await?.title;
    let url = series_url(&st.config.public_url, &s, Some(&key));
    let body = ics(
        &st.i18n,
        ctx.locale.code,
        &st.config.public_url,
        ctx.now(),
        &format!("{title} \u{2013} {}", m.title),
        &[entry(&m, &s, &title, &url, false)],
    );
    Ok(ics_response(body, &format!("ikoe-module-{id}.ics")))
}

/// GET /series/{id}/calendar.ics: every module; cancelled ones say so.
pub async fn series_ics(VisibleSeries { ctx, series: s, key }: VisibleSeries) -> AppResult {
    let st = &ctx.state;
    let id = s.id;
    let title = st.store.series_text(s.id, ctx.locale.code).await?.title;
    let modules = st.store.modules(s.id).await?;
    let url = series_url(&st.config.public_url, &s, Some(&key));
    let entries: Vec<Entry<'_>> = modules.iter().map(|m| entry(m, &s, &title, &url, false)).collect();
    let body = ics(
        &st.i18n,
        ctx.locale.code,
        &st.config.public_url,
        ctx.now(),
        &title,
        &entries,
    );
    Ok(ics_response(body, &format!("ikoe-series-{id}.ics")))
}

/// GET /r/{token}/calendar.ics: the series' modules while the registration
/// stands (an empty calendar once it is cancelled); the online link only with a seat.
pub async fn registration_feed(
    RegistrationLink {
        ctx,
        registration: r,
        series: s,
    }: RegistrationLink,
) -> AppResult {
    let st = &ctx.state;
    let title = st.store.series_text(s.id, &r.locale).await?.title;
    let modules = if r.status == RegStatus::Cancelled {
        vec![]
    } else {
        st.store.modules(s.id).await?
    };
    // the person was let in, so the link carries the key of an invitation-only series
    let url = series_url(&st.config.public_url, &s, Some(&s.invite_key));
    let private = r.status == RegStatus::Confirmed;
    let entries: Vec<Entry<'_>> = modules.iter().map(|m| entry(m, &s, &title, &url, private)).collect();
    let body = ics(&st.i18n, &r.locale, &st.config.public_url, ctx.now(), &title, &entries);
    Ok(ics_response(body, "ikoe-registration.ics"))
}

/// GET /calendar/{token}.ics: the modules of every series in which the
/// feed's owner holds a seat, in the owner's language.
pub async fn user_feed(FeedOwner { ctx, owner: u }: FeedOwner) -> AppResult {
    let st = &ctx.state;
    let locale = u
        .locale
        .as_deref()
        .and_then(i18n::locale)
        .map_or(ctx.locale.code, |l| l.code);
    let modules = st.store.modules_of_confirmed_registrations(u.id, &u.email).await?;
    let mut series: HashMap<i64, (Series, String, String)> = HashMap::new();
    for m in &modules {
        if let std::collections::hash_map::Entry::Vacant(slot) = series.entry(m.series_id) {
            let s = st.store.series(m.series_id).await?.ok_or(AppError::NotFound)?;
            let title = st.store.series_text(s.id, locale).await?.title;
            let url = series_url(&st.config.public_url, &s, Some(&s.invite_key));
            slot.insert((s, title, url));
        }
    }
    let entries: Vec<Entry<'_>> = modules
        .iter()
        .filter_map(|m| {
            let (s, title, url) = series.get(&m.series_id)?;
            Some(entry(m, s, title, url, true))
        })
        .collect();
    let name = st.i18n.t(locale, "calendar-ics-feed-name");
    let body = ics(&st.i18n, locale, &st.config.public_url, ctx.now(), &name, &entries);
    Ok(ics_response(body, "ikoe.ics"))
}

/// GET /speaker-requests/{token}/calendar.ics: the module a speaker confirmed
/// (an empty calendar while the request is not confirmed).
pub async fn speaker_feed(
    SpeakerCalendarLink {
        ctx,
        calendar: sc,
        series: s,
    }: SpeakerCalendarLink,
) -> AppResult {
    let st = &ctx.state;
    let title = st.store.series_text(s.id, &sc.locale).await?.title;
    let url = series_url(&st.config.public_url, &s, Some(&s.invite_key));
    let entries: Vec<Entry<'_>> = if sc.confirmed {
        vec![entry(&sc.module, &s, &title, &url, true)]
    } else {
        vec![]
    };
    let name = format!("{title} \u{2013} {}", sc.module.title);
    let body = ics(&st.i18n, &sc.locale, &st.config.public_url, ctx.now(), &name, &entries);
    Ok(ics_response(body, &format!("ikoe-module-{}.ics", sc.module.id)))
}

#[derive(Template)]
#[template(path = "accounts/calendar.html")]
struct FeedPage {
    p: Page,
    feed_url: String,
    webcal_url: String,
}

/// GET /profile/calendar: the address of the person's calendar feed (made on first visit).
pub async fn profile_get(SignedIn { ctx, user: u }: SignedIn) -> AppResult {
    let token = ctx
        .state
        .store
        .calendar_feed_token(ctx.now(), u.id, &crate::security::random_token())
        .await?;
    let feed_url = feed_url(&ctx.state.config.public_url, &token);
    let webcal_url = match feed_url.split_once("://") {
        Some((_, rest)) => format!("webcal://{rest}"),
        None => feed_url.clone(),
    };
    render(&FeedPage {
        p: ctx.page("calendar-title", Nav::Profile),
        feed_url,
        webcal_url,
    })
}

/// POST /profile/calendar/reset: a new address; the old one stops working.
pub async fn profile_reset(SignedIn { ctx, user: u }: SignedIn, Form(c): Form<Confirmed>) -> AppResult {
    if !c.confirmed {
        let ask = Ask {
            what: "calendar-reset",
            action: "/profile/calendar/reset".into(),
            back: "/profile/calendar".into(),
            args: &[],
            fields: vec![],
        };
        return confirm::ask(&ctx, ask, Nav::Profile);
    }
    ctx.state
        .store
        .reset_calendar_feed(ctx.now(), u.id, &crate::security::random_token())
        .await?;
    Ok(redirect_flash("/profile/calendar", "flash-calendar-reset"))
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use askama::Template;

    use crate::web::page::{Nav, Page};

    /// The include as the series page would use it: `p`, `calendar_url`, `calendar_feed`.
    #[derive(Template)]
    #[template(
        source = r#"{% let calendar_url = crate::web::series::calendar::series_path(id, key) %}{% let calendar_feed = false %}{% include "series/_calendar_links.html" %}"#,
        ext = "html"
    )]
    struct SeriesUse {
        p: Page,
        id: i64,
        key: String,
    }

    /// The include as the personal registration page would use it.
    #[derive(Template)]
    #[template(
        source = r#"{% let calendar_url = crate::web::series::calendar::registration_path(token) %}{% let calendar_feed = true %}{% include "series/_calendar_links.html" %}"#,
        ext = "html"
    )]
    struct RegistrationUse {
        p: Page,
        token: String,
    }

    fn page() -> Result<Page, String> {
        Ok(Page {
            locale: i18n::LOCALES[0],
            i18n: Arc::new(i18n::I18n::load()?),
            csrf: String::new(),
            user_name: None,
            is_admin: false,
            org_admin: false,
            path: "/".into(),
            flash: None,
            title: String::new(),
            nav: Nav::Series,
            admin_section: "",
        })
    }

    #[test]
    fn the_include_links_to_the_calendar_file() -> Result<(), Box<dyn std::error::Error>> {
        let html = SeriesUse {
            p: page()?,
            id: 7,
            key: "a&b".into(),
        }
        .render()?;
        assert!(html.contains("href=\"/series/7/calendar.ics?key=a%26b\""), "{html}");
        assert!(html.contains("Termine in den Kalender übernehmen"), "{html}");
        assert!(!html.contains("abonnieren"), "{html}");
        let html = RegistrationUse {
            p: page()?,
            token: "tok".into(),
        }
        .render()?;
        assert!(html.contains("href=\"/r/tok/calendar.ics\""), "{html}");
        assert!(html.contains("abonnieren"), "{html}");
        Ok(())
    }
}
