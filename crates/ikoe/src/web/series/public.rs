//! The public side of series: the catalogue, a series' page with its
//! registration form, and the personal link of a registration.

use std::sync::Arc;

use askama::Template;
use axum::extract::{Path, Query};
use domain::accounts::{Email, PersonName};
use domain::series::{Attended, RegSource, RegStatus, SeriesStatus, FIGURES, LANGUAGES, TARGET_GROUPS};
use serde::Deserialize;
use store::registrations::{NewRegistration, RegMail, Registration};
use store::series::{Module, Series};
use store::series_page::{CatalogueFilter, SeriesItem};
use store::StoreError;

use crate::mail;
use crate::web::confirm::Confirmed;
use crate::web::error::{AppError, AppResult};
use crate::web::extract::Ctx;
use crate::web::form::Form;
use crate::web::guards::series::{check_visible_or_staff, is_series_staff, visible_series, RegistrationLink};
use crate::web::guards::SignedIn;
use crate::web::orgs::forms::region_options;
use crate::web::page::{FormErrors, Nav, Opt, Page, Pager};
use crate::web::series::forms::{language_name, RegForm};
use crate::web::series::staff::pick_title;
use crate::web::{redirect, redirect_flash, render, render_invalid};

#[derive(Deserialize, Default)]
pub struct CatalogueQuery {
    #[serde(default)]
    group: String,
    #[serde(default)]
    region: String,
    #[serde(default)]
    month: String,
    #[serde(default)]
    lang: String,
    #[serde(default)]
    q: String,
    page: Option<String>,
}

#[derive(Template)]
#[template(path = "series/catalogue.html")]
struct CataloguePage {
    p: Page,
    body: Arc<str>,
}

#[derive(Template)]
#[template(path = "series/catalogue_body.html")]
struct CatalogueBody<'a> {
    p: &'a Page,
    q: &'a CatalogueQuery,
    errs: FormErrors,
    items: Vec<SeriesItem>,
    pager: Pager,
    groups: Vec<Opt>,
    regions: Vec<Opt>,
    months: Vec<Opt>,
    langs: Vec<Opt>,
}

/// The next 24 months as filter options ("2027-03" → "03/2027").
fn month_options(p: &Page, now: i64) -> Vec<Opt> {
    let mut v = vec![Opt::new("", p.t("filter-any"))];
    v.extend(
        domain::series::next_months(now, 24, i18n::time_zone())
            .into_iter()
            .map(|(y, m)| Opt::new(format!("{y:04}-{m:02}"), format!("{m:02}/{y:04}"))),
    );
    v
}

pub async fn catalogue(ctx: Ctx, Query(q): Query<CatalogueQuery>) -> AppResult {
    let st = &ctx.state;
    let known = |v: &str, list: &[&str]| (!v.is_empty() && list.contains(&v)).then(|| v.to_string());
    let filter = CatalogueFilter {
        target_group: known(&q.group, TARGET_GROUPS),
        region: st.regions.iter().any(|r| r.code == q.region).then(|| q.region.clone()),
        month: domain::series::month_range(&q.month, i18n::time_zone()),
        language: known(&q.lang, LANGUAGES),
        q: (!q.q.trim().is_empty()).then(|| q.q.chars().take(200).collect()),
        open: false,
    };
    let page = Pager::parse(q.page.as_deref());
    let member_of: Vec<i64> = ctx.actor.memberships.keys().copied().collect();
    let p = ctx.page("catalogue-title", Nav::Series);
    let months = month_options(&p, ctx.now());
    // the body depends only on these and on the series data: it is rendered
    // once per series version (see store::cache::Fragments)
    let key = format!(
        "catalogue\u{0}{}\u{0}{member_of:?}\u{0}{page}\u{0}{}\u{0}{}\u{0}{}\u{0}{}\u{0}{}\u{0}{}",
        ctx.locale.code,
        months.get(1).map(|o| o.value.as_str()).unwrap_or_default(),
        q.group,
        q.region,
        q.month,
        q.lang,
        q.q,
    );
    let version = st.store.series_version().await?;
    let body = match st.fragments.get(&version, &key) {
        Some(body) => body,
        None => {
            let found = st
                .store
                .catalogue(
                    ctx.now(),
                    ctx.locale.code,
                    &member_of,
                    &filter,
                    Pager::SIZE,
                    Pager::offset(page),
                )
                .await?;
            let mut groups = vec![Opt::new("", p.t("filter-any"))];
            groups.extend(TARGET_GROUPS.iter().map(|g| Opt::new(*g, p.tk("target-group", g))));
            let mut langs = vec![Opt::new("", p.t("filter-any"))];
            langs.extend(LANGUAGES.iter().map(|l| Opt::new(*l, language_name(l))));
            let html: Arc<str> = CatalogueBody {
                regions: region_options(&p, &st.regions, true),
                months,
                groups,
                langs,
                pager: Pager::new(page, found.1, serde_urlencoded_base(&q)),
                items: found.0.clone(),
                errs: FormErrors::new(),
                q: &q,
                p: &p,
            }
            .render()?
            .into();
            st.fragments.put(version, key, html.clone());
            html
        }
    };
    render(&CataloguePage { p, body })
}

fn serde_urlencoded_base(q: &CatalogueQuery) -> String {
    let mut s = String::new();
    for (k, v) in [
        ("group", &q.group),
        ("region", &q.region),
        ("month", &q.month),
        ("lang", &q.lang),
        ("q", &q.q),
    ] {
        if !v.is_empty() {
            s.push_str(&format!(
                "{k}={}&",
                url::form_urlencoded::byte_serialize(v.as_bytes()).collect::<String>()
            ));
        }
    }
    s
}

#[derive(Deserialize, Default)]
pub struct KeyQuery {
    #[serde(default)]
    key: String,
}

/// One optional question for the anonymous figures.
pub struct FigureQuestion {
    pub name: String,
    pub label: String,
    pub options: Vec<Opt>,
    pub value: String,
}

#[derive(Template)]
#[template(path = "series/show.html")]
struct ShowPage {
    p: Page,
    s: Series,
    title: String,
    /// The part everyone sees (see [`ShowDetails`]).
    details: Arc<str>,
    open: bool,
    seats_left: i64,
    /// The series has begun: what that means for a newcomer and the certificate.
    begun: Option<String>,
    is_staff: bool,
    key: String,
    errs: FormErrors,
    f: RegForm,
    group_options: Vec<Opt>,
    figures: Vec<FigureQuestion>,
}

/// The series, its modules and published comments: the same for every
/// visitor, so rendered once per series, language, key and series version.
#[derive(Template)]
#[template(path = "series/show_details.html")]
struct ShowDetails<'a> {
    p: &'a Page,
    s: &'a Series,
    summary: &'a str,
    modules: &'a [Module],
    langs: Vec<String>,
    groups: Vec<String>,
    seats_left: i64,
    /// Modules that ended before this instant are marked as past.
    now: i64,
    key: &'a str,
    /// Feedback comments their authors allowed to publish.
    comments: &'a [store::feedback::Comment],
}

/// The public page; its data comes from the store's series cache.
async fn show_page(ctx: &Ctx, s: Series, key: String, errs: FormErrors, f: RegForm) -> AppResult<ShowPage> {
    let st = &ctx.state;
    let version = st.store.series_version().await?;
    let data = st
        .store
        .series_page(s.id, ctx.locale.code)
        .await?
        .ok_or(AppError::NotFound)?;
    let seats_left = (data.series.capacity - data.taken).max(0);
    let p = ctx.page_titled(data.text.title.clone(), Nav::Series);
    let now = ctx.now();
    let (past, total) = past_modules(&data.modules, now);
    // the cached part marks past modules, so it is kept per number of past modules
    let fragment_key = format!("show\u{0}{}\u{0}{}\u{0}{key}\u{0}{past}", s.id, ctx.locale.code);
    let details = match st.fragments.get(&version, &fragment_key) {
        Some(html) => html,
        None => {
            let d = &data.series;
            let html: Arc<str> = ShowDetails {
                p: &p,
                s: d,
                summary: &data.text.summary,
                modules: &data.modules,
                langs: d.language_list().iter().map(|l| language_name(l)).collect(),
                groups: d.target_group_list(),
                seats_left,
                now,
                key: &key,
                comments: &data.comments,
            }
            .render()?
            .into();
            st.fragments.put(version, fragment_key, html.clone());
            html
        }
    };
    let groups = s.target_group_list();
    let mut group_options = vec![Opt::new("", p.t("choose"))];
    group_options.extend(groups.iter().map(|g| Opt::new(g.clone(), p.tk("target-group", g))));
    let figures = FIGURES
        .iter()
        .map(|(q, answers)| {
            let mut options = vec![Opt::new("", p.t("figures-no-answer"))];
            options.extend(answers.iter().map(|a| Opt::new(*a, p.tk2("figures", q, a))));
            FigureQuestion {
                name: format!("fig_{q}"),
                label: p.tk2("figures", q, "label"),
                options,
                value: f.figure(q).to_string(),
            }
        })
        .collect();
    let open = s.open_at(now);
    let begun = (open && past > 0 && past < total).then(|| {
        let key = if reachable_from_now(&data.series, &data.modules, now) {
            "series-begun-reachable"
        } else {
            "series-begun-unreachable"
        };
        st.i18n.t_args(
            ctx.locale.code,
            key,
            &[("past", (past as i64).into()), ("total", (total as i64).into())],
        )
    });
    Ok(ShowPage {
        open,
        seats_left,
        begun,
        is_staff: is_series_staff(ctx, &s).await?,
        title: data.text.title.clone(),
        details,
        key,
        errs,
        f,
        group_options,
        figures,
        s,
        p,
    })
}

/// How many of the modules that take place (not cancelled) are over, and how many there are.
fn past_modules(modules: &[Module], now: i64) -> (usize, usize) {
    let live = modules.iter().filter(|m| !m.is_cancelled());
    let total = live.clone().count();
    (live.filter(|m| m.ends_at.0 < now).count(), total)
}

/// Whether someone who joins now, and attends every module still to come, completes the series.
fn reachable_from_now(s: &Series, modules: &[Module], now: i64) -> bool {
    let attended: Vec<Attended> = modules
        .iter()
        .filter(|m| !m.is_cancelled())
        .map(|m| Attended {
            mandatory: m.is_mandatory(),
            hours: m.hours,
            present: m.ends_at.0 >= now,
        })
        .collect();
    s.rule().completed(&attended)
}

pub async fn show(ctx: Ctx, Path(id): Path<i64>, Query(k): Query<KeyQuery>) -> AppResult {
    let data = ctx
        .state
        .store
        .series_page(id, ctx.locale.code)
        .await?
        .ok_or(AppError::NotFound)?;
    check_visible_or_staff(&ctx, &data.series, &k.key).await?;
    let s = data.series.clone();
    let mut f = RegForm::default();
    if let Some(u) = &ctx.user {
        f.name = u.name.clone();
        f.email = u.email.clone();
    }
    render(&show_page(&ctx, s, k.key, FormErrors::new(), f).await?)
}

pub async fn register(ctx: Ctx, Path(id): Path<i64>, Form(f): Form<RegForm>) -> AppResult {
    let key = f.key.clone();
    let s = visible_series(&ctx, id, &key).await?;
    let st = &ctx.state;
    let now = ctx.now();
    let mut errs = FormErrors::new();
    if !s.open_at(now) {
        errs.add("name", "error-registration-closed");
        return render_invalid(&show_page(&ctx, s, key, errs, f).await?);
    }
    let name = errs.take("name", PersonName::parse(&f.name));
    let email = errs.take("email", Email::parse(&f.email));
    let affiliation = errs.take("affiliation", domain::text::optional_line(&f.affiliation, 200));
    if !s.target_group_list().contains(&f.target_group) {
        errs.add("target_group", "error-choose-option");
    }
    let figures = f.figures();
    for (q, a) in &figures {
        let ok = FIGURES
            .iter()
            .any(|(fq, answers)| fq == q && answers.contains(&a.as_str()));
        if !ok {
            errs.add(&format!("fig_{q}"), "error-choose-option");
        }
    }
    if !f.consent {
        errs.add("consent", "error-consent-required");
    }
    let (Some(name), Some(email), Some(affiliation)) = (name, email, affiliation) else {
        return render_invalid(&show_page(&ctx, s, key, errs, f).await?);
    };
    if !errs.is_empty() {
        return render_invalid(&show_page(&ctx, s, key, errs, f).await?);
    }
    // a form that sends mails to any address is limited per client address
    if st.store.hit(&format!("register-ip:{}", ctx.ip), now, 3600).await? > st.config.register_max_per_ip {
        errs.add("email", "error-rate-limited");
        return render_invalid(&show_page(&ctx, s, key, errs, f).await?);
    }
    let address_known = ctx.user.as_ref().is_some_and(|u| u.email == email.as_str());
    let new = NewRegistration {
        name: name.into_inner(),
        email: email.as_str().to_string(),
        affiliation: affiliation.unwrap_or_default(),
        target_group: f.target_group.clone(),
        locale: ctx.locale.code.to_string(),
        user_id: ctx.actor.user_id,
        source: RegSource::Form,
        address_known,
        figures,
    };
    let token = crate::security::random_token();
    let texts = st.store.series_texts(s.id).await?;
    let i18n = st.i18n.clone();
    let base = st.config.public_url.clone();
    let mailer =
        move |r: &Registration, e: RegMail| mail::registration(&i18n, r, e, &pick_title(&texts, &r.locale), &base);
    match st
        .store
        .register(now, ctx.actor.user_id, s.id, &new, &token, &mailer)
        .await
    {
        Ok(r) if address_known => Ok(redirect_flash(&format!("/r/{}", r.token), "flash-registered")),
        Ok(_) => Ok(redirect(&format!("/series/{}/check-mail", s.id))),
        // one's own address (signed in): say so
        Err(StoreError::Conflict(_)) if address_known => {
            errs.add("email", "error-already-registered");
            render_invalid(&show_page(&ctx, s, key, errs, f).await?)
        }
        // anyone else gets the answer a new address gets; the address's owner is told by
        // mail (at most once an hour per series, so nobody can flood them)
        Err(StoreError::Conflict(_)) => {
            let key = format!("register-again:{}:{}", s.id, email.as_str());
            if st.store.hit(&key, now, 3600).await? <= 1 {
                st.store.remind_registered(now, s.id, email.as_str(), &mailer).await?;
            }
            Ok(redirect(&format!("/series/{}/check-mail", s.id)))
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Template)]
#[template(path = "series/check_mail.html")]
struct CheckMailPage {
    p: Page,
    hours: i64,
}

pub async fn check_mail(ctx: Ctx, Path(_id): Path<i64>) -> AppResult {
    let p = ctx.page("registration-check-mail-title", Nav::Series);
    render(&CheckMailPage {
        p,
        hours: store::registrations::CONFIRM_SECS / 3600,
    })
}

#[derive(Template)]
#[template(path = "series/registration.html")]
struct RegistrationPage {
    p: Page,
    r: Registration,
    s: Series,
    modules: Vec<Module>,
    /// Modules where check-in is open now.
    checkin: Vec<Module>,
    has_certificate: bool,
    expired: bool,
    confirm_cancel: bool,
}

async fn registration_page(link: RegistrationLink, confirm_cancel: bool) -> AppResult {
    let RegistrationLink {
        ctx,
        registration: r,
        series: s,
    } = link;
    let text = ctx.state.store.series_text(s.id, ctx.locale.code).await?;
    let modules = ctx.state.store.modules(s.id).await?;
    let mut p = ctx.page("registration-title", Nav::Series);
    p.title = p.t1("registration-title", "title", &text.title);
    let expired = r.status == RegStatus::Unconfirmed && r.expires_at.is_some_and(|e| e.0 < ctx.now());
    let checkin = if r.status == RegStatus::Confirmed {
        modules
            .iter()
            .filter(|m| crate::web::series::attendance::checkin_open(m, ctx.now()))
            .cloned()
            .collect()
    } else {
        vec![]
    };
    let has_certificate = ctx.state.store.valid_certificate_of(r.id).await?.is_some();
    render(&RegistrationPage {
        p,
        has_certificate,
        expired,
        confirm_cancel,
        checkin,
        modules,
        r,
        s,
    })
}

pub async fn personal(link: RegistrationLink) -> AppResult {
    registration_page(link, false).await
}

pub async fn cancel_get(link: RegistrationLink) -> AppResult {
    registration_page(link, true).await
}

pub fn registration_mailer(
    ctx: &Ctx,
    texts: Vec<domain::series::SeriesText>,
) -> impl Fn(&Registration, RegMail) -> store::outbox::NewMail + Sync {
    let i18n = ctx.state.i18n.clone();
    let base = ctx.state.config.public_url.clone();
    move |r: &Registration, e: RegMail| mail::registration(&i18n, r, e, &pick_title(&texts, &r.locale), &base)
}

/// Cancels registration `id` of series `series` (asked by its person or by the
/// staff); the person is told by mail.
pub async fn cancel_registration(ctx: &Ctx, series: i64, id: i64) -> Result<(), AppError> {
    let mailer = registration_mailer(ctx, ctx.state.store.series_texts(series).await?);
    ctx.state
        .store
        .cancel_registration(ctx.now(), ctx.actor.user_id, id, &mailer)
        .await?;
    Ok(())
}

pub async fn confirm(
    RegistrationLink {
        ctx,
        registration: r,
        series: s,
    }: RegistrationLink,
) -> AppResult {
    let token = r.token.clone();
    let mailer = registration_mailer(&ctx, ctx.state.store.series_texts(s.id).await?);
    match ctx.state.store.confirm_registration(ctx.now(), &r.token, &mailer).await {
        Ok(r) => Ok(redirect_flash(
            &format!("/r/{}", r.token),
            &format!("flash-registration-{}", r.status),
        )),
        Err(StoreError::NotFound) => Ok(redirect(&format!("/r/{token}"))),
        Err(e) => Err(e.into()),
    }
}

pub async fn cancel_post(
    RegistrationLink {
        ctx,
        registration: r,
        series: s,
    }: RegistrationLink,
    Form(c): Form<Confirmed>,
) -> AppResult {
    // the cancel page says what happens; a post without its confirmation goes there
    if !c.confirmed {
        return Ok(redirect(&format!("/r/{}/cancel", r.token)));
    }
    cancel_registration(&ctx, s.id, r.id).await?;
    Ok(redirect_flash(
        &format!("/r/{}", r.token),
        "flash-registration-cancelled",
    ))
}

/// One of the registrations on "my registrations".
pub struct MyRegistration {
    pub r: Registration,
    pub title: String,
    pub starts_at: Option<domain::Timestamp>,
}

#[derive(Template)]
#[template(path = "series/mine.html")]
struct MinePage {
    p: Page,
    items: Vec<MyRegistration>,
}

/// Everything a signed-in person registered for (by account or by their address).
pub async fn mine(SignedIn { ctx, user: u }: SignedIn) -> AppResult {
    let u = &u;
    let regs = ctx.state.store.registrations_of_user(u.id, &u.email).await?;
    let mut items = vec![];
    for r in regs {
        let title = ctx.state.store.series_text(r.series_id, ctx.locale.code).await?.title;
        let starts_at = ctx.state.store.series(r.series_id).await?.and_then(|s| s.starts_at);
        items.push(MyRegistration { r, title, starts_at });
    }
    let p = ctx.page("mine-title", Nav::Profile);
    render(&MinePage { p, items })
}
