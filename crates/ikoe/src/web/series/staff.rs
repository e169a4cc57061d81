//! Staff pages of a series: the organisation's series list, creating,
//! editing, copying for the next cohort, and the series' overview.

use askama::Template;
use domain::series::{RegStatus, SeriesStatus, Visibility, LANGUAGES};
use store::series::{Module, Series};
use store::series_page::SeriesItem;
use store::StoreError;

use crate::mail;
use crate::web::error::{AppError, AppResult};
use crate::web::extract::Ctx;
use crate::web::form::Form;
use crate::web::guards::series::{org_staff, OrgSeriesStaff, StaffSeries};
use crate::web::orgs::forms::region_options;
use crate::web::page::{FormErrors, Nav, Opt, Page};
use crate::web::series::forms::{
    kind_options, language_checks, target_group_checks, visibility_options, Check, SeriesForm, TextFields,
};
use crate::web::{redirect_flash, render, render_invalid};

#[derive(Template)]
#[template(path = "series/org_list.html")]
struct OrgListPage {
    p: Page,
    org_id: i64,
    items: Vec<SeriesItem>,
}

pub async fn org_list(OrgSeriesStaff { ctx, org }: OrgSeriesStaff) -> AppResult {
    let o = ctx.state.store.org(org).await?.ok_or(AppError::NotFound)?;
    let items = ctx.state.store.series_of_org(org, ctx.locale.code).await?;
    let mut p = ctx.page("series-org-title", Nav::Series);
    p.title = p.t1("series-org-title", "org", &o.name);
    render(&OrgListPage { p, org_id: org, items })
}

#[derive(Template)]
#[template(path = "series/form.html")]
struct FormPage {
    p: Page,
    action: String,
    cancel_href: String,
    errs: FormErrors,
    f: SeriesForm,
    texts: Vec<TextFields>,
    kinds: Vec<Opt>,
    visibilities: Vec<Opt>,
    regions: Vec<Opt>,
    groups: Vec<Check>,
    languages: Vec<Check>,
}

fn form_page(
    ctx: &Ctx,
    title: String,
    action: String,
    cancel_href: String,
    errs: FormErrors,
    f: SeriesForm,
) -> FormPage {
    let mut p = ctx.page("series-new-title", Nav::Series);
    p.title = title;
    FormPage {
        action,
        cancel_href,
        errs,
        texts: f.text_fields(&p),
        kinds: kind_options(&p, false),
        visibilities: visibility_options(&p),
        regions: region_options(&p, &ctx.state.regions, false),
        groups: target_group_checks(&p, &f.target_groups),
        languages: language_checks(&f.languages),
        f,
        p,
    }
}

pub async fn new_get(OrgSeriesStaff { ctx, org }: OrgSeriesStaff) -> AppResult {
    ctx.state.store.org(org).await?.ok_or(AppError::NotFound)?;
    let mut f = SeriesForm::empty();
    f.region = ctx.state.store.org(org).await?.map(|o| o.region).unwrap_or_default();
    render(&form_page(
        &ctx,
        ctx.t("series-new-title"),
        format!("/orgs/{org}/series/new"),
        format!("/orgs/{org}/series"),
        FormErrors::new(),
        f,
    ))
}

pub async fn new_post(OrgSeriesStaff { ctx, org }: OrgSeriesStaff, Form(f): Form<SeriesForm>) -> AppResult {
    ctx.state.store.org(org).await?.ok_or(AppError::NotFound)?;
    let new = match f.parse(&ctx.state.regions) {
        Ok(n) => n,
        Err(errs) => {
            return render_invalid(&form_page(
                &ctx,
                ctx.t("series-new-title"),
                format!("/orgs/{org}/series/new"),
                format!("/orgs/{org}/series"),
                errs,
                f,
            ))
        }
    };
    let uid = ctx.user()?.id;
    let key = crate::security::random_token();
    let id = ctx.state.store.create_series(ctx.now(), uid, org, &new, &key).await?;
    Ok(redirect_flash(&format!("/series/{id}/manage"), "flash-series-created"))
}

pub async fn edit_get(StaffSeries { ctx, series: s }: StaffSeries) -> AppResult {
    let id = s.id;
    let texts = ctx.state.store.series_texts(id).await?;
    let f = SeriesForm::from_series(&s, &texts);
    let title = title_of(&texts, ctx.locale.code);
    let mut p = ctx.page("series-edit-title", Nav::Series);
    p.title = p.t1("series-edit-title", "title", &title);
    render(&form_page(
        &ctx,
        p.title.clone(),
        format!("/series/{id}/edit"),
        format!("/series/{id}/manage"),
        FormErrors::new(),
        f,
    ))
}

pub async fn edit_post(StaffSeries { ctx, series: s }: StaffSeries, Form(f): Form<SeriesForm>) -> AppResult {
    let id = s.id;
    let texts = ctx.state.store.series_texts(id).await?;
    let title = title_of(&texts, ctx.locale.code);
    let page_title = {
        let p = ctx.page("series-edit-title", Nav::Series);
        p.t1("series-edit-title", "title", &title)
    };
    let new = match f.parse(&ctx.state.regions) {
        Ok(n) => n,
        Err(errs) => {
            return render_invalid(&form_page(
                &ctx,
                page_title,
                format!("/series/{id}/edit"),
                format!("/series/{id}/manage"),
                errs,
                f,
            ))
        }
    };
    let uid = ctx.user()?.id;
    let i18n = ctx.state.i18n.clone();
    let base = ctx.state.config.public_url.clone();
    let all_texts = new.texts.clone();
    let mailer = move |r: &store::registrations::Registration| {
        let t = pick_title(&all_texts, &r.locale);
        mail::registration(&i18n, r, store::registrations::RegMail::MovedUp, &t, &base)
    };
    match ctx
        .state
        .store
        .update_series(ctx.now(), uid, id, f.version(), &new, &mailer)
        .await
    {
        Ok(()) => Ok(redirect_flash(&format!("/series/{id}/manage"), "flash-saved")),
        Err(StoreError::Stale) => {
            let errs = FormErrors::one("title_de", "error-stale");
            let f = SeriesForm {
                version: s.version.to_string(),
                ..f
            };
            render_invalid(&form_page(
                &ctx,
                page_title,
                format!("/series/{id}/edit"),
                format!("/series/{id}/manage"),
                errs,
                f,
            ))
        }
        Err(e) => Err(e.into()),
    }
}

/// The title in `locale`, else German.
pub fn title_of(texts: &[domain::series::SeriesText], locale: &str) -> String {
    pick_title(texts, locale)
}

pub fn pick_title(texts: &[domain::series::SeriesText], locale: &str) -> String {
    texts
        .iter()
        .find(|t| t.locale == locale)
        .or_else(|| texts.iter().find(|t| t.locale == "de"))
        .map(|t| t.title.clone())
        .unwrap_or_default()
}

#[derive(Template)]
#[template(path = "series/manage.html")]
struct ManagePage {
    p: Page,
    s: Series,
    title: String,
    summary: String,
    modules: Vec<Module>,
    counts: Vec<(RegStatus, i64)>,
    invite_link: Option<String>,
    langs: Vec<String>,
}

impl ManagePage {
    fn count(&self, status: RegStatus) -> i64 {
        self.counts
            .iter()
            .find(|(s, _)| *s == status)
            .map(|(_, n)| *n)
            .unwrap_or(0)
    }
}

pub async fn manage(StaffSeries { ctx, series: s }: StaffSeries) -> AppResult {
    let id = s.id;
    let text = ctx.state.store.series_text(id, ctx.locale.code).await?;
    let modules = ctx.state.store.modules(id).await?;
    let counts = ctx.state.store.registration_counts(id).await?;
    let p = ctx.page_titled(text.title.clone(), Nav::Series);
    let invite_link = (s.visibility == Visibility::Invitation).then(|| {
        format!(
            "{}/series/{}?key={}",
            ctx.state.config.public_url.trim_end_matches('/'),
            s.id,
            s.invite_key
        )
    });
    let langs = s
        .language_list()
        .iter()
        .filter(|l| LANGUAGES.contains(&l.as_str()))
        .map(|l| crate::web::series::forms::language_name(l))
        .collect();
    render(&ManagePage {
        p,
        title: text.title,
        summary: text.summary,
        s,
        modules,
        counts,
        invite_link,
        langs,
    })
}

#[derive(Template)]
#[template(path = "series/copy.html")]
struct CopyPage {
    p: Page,
    id: i64,
    first: String,
    errs: FormErrors,
    starts: String,
}

#[derive(serde::Deserialize)]
pub struct CopyForm {
    starts: String,
}

pub async fn copy_get(StaffSeries { ctx, series: s }: StaffSeries) -> AppResult {
    // a copy is a new series of the organisation: its staff only
    org_staff(&ctx, &s)?;
    let id = s.id;
    let text = ctx.state.store.series_text(id, ctx.locale.code).await?;
    let mut p = ctx.page("series-copy-title", Nav::Series);
    p.title = p.t1("series-copy-title", "title", &text.title);
    // suggest the same day one year later
    let starts = s
        .starts_at
        .map(|t| domain::series::to_local_date_input(t.0 + 364 * 86400, i18n::time_zone()))
        .unwrap_or_default();
    let first = s.starts_at.map(|t| p.date(&t)).unwrap_or_default();
    render(&CopyPage {
        p,
        id,
        first,
        errs: FormErrors::new(),
        starts,
    })
}

pub async fn copy_post(StaffSeries { ctx, series: s }: StaffSeries, Form(f): Form<CopyForm>) -> AppResult {
    org_staff(&ctx, &s)?;
    let id = s.id;
    let tz = i18n::time_zone();
    let shift = match s.starts_at {
        Some(first) => domain::series::days_until(first.0, &f.starts, tz).map_err(|e| e.0),
        None => Ok(0),
    };
    match shift {
        Ok(days) => {
            let key = crate::security::random_token();
            let mover = move |t: i64| domain::series::shift_days(t, days, tz);
            let new_id = ctx
                .state
                .store
                .copy_series(ctx.now(), ctx.user()?.id, id, &mover, &key)
                .await?;
            Ok(redirect_flash(&format!("/series/{new_id}/edit"), "flash-series-copied"))
        }
        Err(key) => {
            let text = ctx.state.store.series_text(id, ctx.locale.code).await?;
            let mut p = ctx.page("series-copy-title", Nav::Series);
            p.title = p.t1("series-copy-title", "title", &text.title);
            let errs = FormErrors::one("starts", key);
            let first = s.starts_at.map(|t| p.date(&t)).unwrap_or_default();
            render_invalid(&CopyPage {
                p,
                id,
                first,
                errs,
                starts: f.starts,
            })
        }
    }
}
