//! The planner as files: the wall calendar (PDF, A3 landscape) and the
//! calendar feed (.ics, one all-day event on the first day of each measure's
//! month). The feed is there for the signed-in visitor, and behind the
//! address made with their personal calendar feed's secret (the one
//! `/profile/calendar` shows and renews), for calendar apps that subscribe:
//! it answers only while its owner may still see the process.

use axum::extract::Path;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use chrono::NaiveDate;
use domain::measures::MeasureStatus;
use domain::policy::{self, Action, Actor};
use i18n::I18n;
use icalendar::{Calendar, Component, EventLike};
use store::leitbild::Process;
use store::measures::{Measure, MeasureFilter};

use super::list::principle_label;
use super::{planner_path, principles, slogan};
use crate::calendar::uid_host;
use crate::web::error::{AppError, AppResult};
use crate::web::extract::Ctx;
use crate::web::guards::leitbild::ProcessView;
use crate::web::series::attendance::file_response;

/// What a measure's detail line and description say, in one language.
struct Words<'a> {
    i18n: &'a I18n,
    locale: &'a str,
}

impl Words<'_> {
    fn t(&self, key: &str) -> String {
        self.i18n.t(self.locale, key)
    }
    fn status(&self, s: MeasureStatus) -> String {
        self.t(&format!("measures-status-{}", s.code()))
    }
    fn owner(&self, m: &Measure) -> String {
        if m.owner_name.is_empty() {
            self.t("measures-owner-missing")
        } else {
            m.owner_name.clone()
        }
    }
    fn principle(&self, n: i64) -> String {
        self.i18n
            .t_args(self.locale, "measures-principle-n", &[("n", n.into())])
    }
    fn month(&self, ym: &str) -> String {
        match ym.split_once('-').map(|(y, m)| (y, m.parse::<i64>())) {
            Some((y, Ok(m))) => self.i18n.t_args(
                self.locale,
                "month-year",
                &[("month", m.into()), ("year", y.to_string().into())],
            ),
            _ => ym.to_string(),
        }
    }
}

/// GET /leitbild/{id}/planner/calendar.pdf: the wall calendar.
pub async fn pdf(ProcessView { ctx, process, .. }: ProcessView) -> AppResult {
    let store = &ctx.state.store;
    let plan = store.leitbild_plan(process.id).await?.ok_or(AppError::NotFound)?;
    let measures = store.leitbild_measures(process.id, &MeasureFilter::default()).await?;
    let w = Words {
        i18n: &ctx.state.i18n,
        locale: ctx.locale.code,
    };
    let months = plan.months();
    let doc = pdf::Planner {
        lang: ctx.locale.code.to_string(),
        rtl: ctx.locale.rtl,
        administration: process.org_name.clone(),
        heading: slogan(&ctx, &process).await?,
        subtitle: ctx.state.i18n.t_args(
            ctx.locale.code,
            "measures-pdf-subtitle",
            &[
                ("from", w.month(months.first().map_or("", String::as_str)).into()),
                ("to", w.month(months.last().map_or("", String::as_str)).into()),
            ],
        ),
        months: months
            .iter()
            .map(|month| pdf::PlannerMonth {
                name: w.month(month),
                measures: measures
                    .iter()
                    .filter(|m| &m.month == month)
                    .map(|m| {
                        let mut detail = vec![w.owner(m)];
                        if let Some(n) = m.principle {
                            detail.push(w.principle(n));
                        }
                        detail.push(w.status(m.status));
                        pdf::PlannerMeasure {
                            title: m.title.clone(),
                            detail: detail.join(" \u{b7} "),
                            status: match m.status {
                                MeasureStatus::Open => pdf::PlannerStatus::Open,
                                MeasureStatus::Progress => pdf::PlannerStatus::Progress,
                                MeasureStatus::Done => pdf::PlannerStatus::Done,
                            },
                        }
                    })
                    .collect(),
            })
            .collect(),
        empty: w.t("measures-pdf-empty"),
        continued: w.t("measures-pdf-continued"),
        continues: w.t("measures-pdf-continues"),
        page_label: w.t("attendance-list-page"),
        created_at: ctx.now(),
    };
    let bytes = tokio::task::spawn_blocking(move || pdf::planner(&doc))
        .await
        .map_err(|e| AppError::Internal(e.into()))?
        .map_err(|e| AppError::Internal(e.into()))?;
    Ok(file_response(
        bytes,
        "application/pdf",
        &format!("jahresplaner-{}.pdf", process.id),
        true,
    ))
}

/// The first day of a month `YYYY-MM`.
fn first_day(ym: &str) -> Option<NaiveDate> {
    let (y, m) = ym.split_once('-')?;
    NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, 1)
}

/// The measures of a process as an iCalendar file, in `locale`.
async fn ics(ctx: &Ctx, process: &Process, locale: &str) -> AppResult<String> {
    let st = &ctx.state;
    let measures = st
        .store
        .leitbild_measures(process.id, &MeasureFilter::default())
        .await?;
    let texts = principles(ctx, process).await?;
    let w = Words { i18n: &st.i18n, locale };
    let host = uid_host(&st.config.public_url);
    let url = format!(
        "{}{}",
        st.config.public_url.trim_end_matches('/'),
        planner_path(process.id)
    );
    let name = format!("{} \u{2013} {}", w.t("measures-title"), process.title);
    let now = chrono::DateTime::from_timestamp(ctx.now(), 0).unwrap_or(chrono::DateTime::UNIX_EPOCH);
    let mut cal = Calendar::empty();
    cal.append_property(("VERSION", "2.0"))
        .append_property(("PRODID", "-//ikoe//ikoe//DE"))
        .append_property(("CALSCALE", "GREGORIAN"))
        .append_property(("METHOD", "PUBLISH"))
        .name(&name)
        .ttl(&chrono::Duration::hours(1));
    for m in &measures {
        let Some(day) = first_day(&m.month) else {
            continue;
        };
        let mut lines = vec![
            format!("{}: {}", w.t("measures-field-owner"), w.owner(m)),
            format!("{}: {}", w.t("measures-field-status"), w.status(m.status)),
        ];
        if let Some(n) = m.principle {
            let label = principle_label(n, &texts).unwrap_or_else(|| n.to_string());
            lines.push(format!("{}: {label}", w.t("measures-field-principle")));
        }
        if !m.evidence.is_empty() {
            lines.push(format!("{}: {}", w.t("measures-field-evidence"), m.evidence));
        }
        if !m.description.is_empty() {
            lines.push(String::new());
            lines.push(m.description.clone());
        }
        lines.push(String::new());
        lines.push(url.clone());
        let mut ev = icalendar::Event::new();
        ev.uid(&format!("measure-{}@{host}", m.id))
            .timestamp(now)
            .starts(day)
            .ends(day.succ_opt().unwrap_or(day))
            .summary(&m.title)
            .description(&lines.join("\n"))
            .url(&url)
            .sequence(u32::try_from(m.version).unwrap_or(0))
            .append_property(("TRANSP", "TRANSPARENT"));
        cal.push(ev.done());
    }
    Ok(refold(&cal.done().to_string()))
}

/// Folds the content lines of an iCalendar text again, at most 75 octets
/// each (RFC 5545, 3.1) and never inside a character: the `icalendar` crate
/// lets a last piece of exactly 75 octets follow its leading space.
fn refold(ics: &str) -> String {
    const LIMIT: usize = 75;
    let unfolded = ics.replace("\r\n ", "");
    let mut out = String::with_capacity(unfolded.len() + unfolded.len() / 20);
    for line in unfolded.split_terminator("\r\n") {
        let mut rest = line;
        let mut limit = LIMIT;
        loop {
            if rest.len() <= limit {
                out.push_str(rest);
                out.push_str("\r\n");
                break;
            }
            let mut end = limit;
            while !rest.is_char_boundary(end) {
                end -= 1;
            }
            let (piece, tail) = rest.split_at(end);
            out.push_str(piece);
            out.push_str("\r\n ");
            rest = tail;
            // a continuation line starts with its space
            limit = LIMIT - 1;
        }
    }
    out
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

/// GET /leitbild/{id}/planner/calendar.ics: for the signed-in visitor.
pub async fn calendar(ProcessView { ctx, process, .. }: ProcessView) -> AppResult {
    let body = ics(&ctx, &process, ctx.locale.code).await?;
    Ok(ics_response(body, &format!("jahresplaner-{}.ics", process.id)))
}

/// GET /leitbild/{id}/planner/feed/{token}.ics: for a calendar app, behind
/// the secret of its owner's personal calendar feed, while the owner may see
/// the process. Anything else is "not found".
pub async fn feed(ctx: Ctx, Path((id, file)): Path<(i64, String)>) -> AppResult {
    ctx.require(Action::ViewPublic)?;
    let store = &ctx.state.store;
    let token = file.strip_suffix(".ics").ok_or(AppError::NotFound)?;
    let owner = store.calendar_feed_owner(token).await?.ok_or(AppError::NotFound)?;
    let user = store.user_by_id(owner).await?.ok_or(AppError::NotFound)?;
    let (process, team) = store.process_for(id, owner).await?.ok_or(AppError::NotFound)?;
    let actor = Actor {
        user_id: Some(owner),
        platform_admin: user.is_platform_admin(),
        memberships: store
            .memberships_of(owner)
            .await?
            .into_iter()
            .map(|m| (m.org_id, m.role))
            .collect(),
    };
    if !policy::allows(
        &actor,
        Action::ViewLeitbild {
            org: process.org_id,
            team,
        },
    ) {
        return Err(AppError::NotFound);
    }
    let locale = user
        .locale
        .as_deref()
        .and_then(i18n::locale)
        .map_or(i18n::DEFAULT, |l| l.code);
    let body = ics(&ctx, &process, locale).await?;
    Ok(ics_response(body, &format!("jahresplaner-{id}.ics")))
}

#[cfg(test)]
mod tests {
    #[test]
    fn lines_are_folded_at_75_octets_between_characters() {
        let long = format!("DESCRIPTION:{}", "ä–x".repeat(40));
        let ics = format!("BEGIN:VCALENDAR\r\n{long}\r\nEND:VCALENDAR\r\n");
        let folded = super::refold(&ics);
        assert!(folded.split("\r\n").all(|l| l.len() <= 75), "{folded}");
        assert_eq!(folded.replace("\r\n ", ""), ics);
        assert!(folded.ends_with("END:VCALENDAR\r\n"));
    }
}
