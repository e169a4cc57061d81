//! An administration's self-assessment (`/orgs/{id}/openness`): its waves,
//! for its members, and for its admins starting a wave; a wave's page
//! (`/openness/waves/{id}`) where the admins set its period and anonymity
//! threshold, make rater groups (leadership, staff by department, outside
//! view), add raters and hand out their personal links, by mail or printed
//! on cards.

use askama::Template;
use axum::extract::Path;
use domain::leitbild_feedback::RoundState;
use domain::openness::GroupKind;
use store::openness::{Group, MyWave, Rater, SetItem, Wave};
use store::orgs::Org;
use store::StoreError;

use super::forms::{GroupForm, RatersForm, WaveForm};
use crate::mail;
use crate::web::confirm::{self, Ask, Confirmed};
use crate::web::error::{AppError, AppResult};
use crate::web::extract::Ctx;
use crate::web::form::Form;
use crate::web::guards::openness::{OpennessRunner, OpennessView, WaveRunner};
use crate::web::leitbild::links::new_link;
use crate::web::page::{FormErrors, Nav, Opt, Page};
use crate::web::series::attendance::file_response;
use crate::web::{redirect_flash, render, render_invalid};

/// A wave in the administration's list.
pub struct WaveRow {
    pub w: Wave,
    pub state: RoundState,
}

#[derive(Template)]
#[template(path = "openness/overview.html")]
struct OverviewPage {
    p: Page,
    org: Org,
    waves: Vec<WaveRow>,
    mine: Vec<MyWave>,
    may_run: bool,
    set_opts: Vec<Opt>,
    f: WaveForm,
    errs: FormErrors,
}

/// The sets a wave may use, each named with its version.
pub fn set_options(sets: &[SetItem], t: impl Fn(&str, i64) -> String) -> Vec<Opt> {
    sets.iter()
        .map(|s| {
            Opt::new(
                s.id.to_string(),
                format!("{} – {}", s.title, t("openness-set-version", s.number)),
            )
        })
        .collect()
}

async fn overview(ctx: &Ctx, org: Org, f: Option<WaveForm>, errs: FormErrors) -> AppResult<OverviewPage> {
    let store = &ctx.state.store;
    let now = ctx.now();
    let waves = store
        .openness_waves(org.id)
        .await?
        .into_iter()
        .rev()
        .map(|w| WaveRow { state: w.state(now), w })
        .collect();
    let mine = store
        .my_openness_waves(now, ctx.user_id()?)
        .await?
        .into_iter()
        .filter(|m| m.org_name == org.name)
        .collect();
    let may_run = ctx.can(domain::policy::Action::RunOpenness(org.id));
    let sets = store.openness_sets(ctx.locale.code).await?;
    let i18n = &ctx.state.i18n;
    let lang = ctx.locale.code;
    let set_opts = set_options(&sets, |k, n| {
        i18n.t_args(lang, k, &[("n", fluent_bundle::FluentValue::from(n))])
    });
    let default = store.default_openness_set().await?;
    let f = f.unwrap_or_else(|| WaveForm::blank(ctx, default));
    Ok(OverviewPage {
        p: ctx.page_titled(format!("{} – {}", ctx.t("openness-title"), org.name), Nav::Orgs),
        org,
        waves,
        mine,
        may_run,
        set_opts,
        f,
        errs,
    })
}

pub async fn show(OpennessView { ctx, org }: OpennessView) -> AppResult {
    render(&overview(&ctx, org, None, FormErrors::new()).await?)
}

/// `POST /orgs/{id}/openness`: starts a wave.
pub async fn create(OpennessRunner { ctx, org }: OpennessRunner, Form(f): Form<WaveForm>) -> AppResult {
    let w = match f.parse(ctx.now(), true) {
        Ok(w) => w,
        Err(errs) => return render_invalid(&overview(&ctx, org, Some(f), errs).await?),
    };
    match ctx
        .state
        .store
        .create_openness_wave(ctx.now(), ctx.user_id()?, org.id, &w)
        .await
    {
        Ok(id) => Ok(redirect_flash(
            &format!("/openness/waves/{id}"),
            "flash-openness-wave-created",
        )),
        Err(StoreError::NotFound) => {
            let errs = FormErrors::one("set_id", "error-choose-option");
            render_invalid(&overview(&ctx, org, Some(f), errs).await?)
        }
        Err(StoreError::Conflict(_)) => {
            let errs = FormErrors::one("set_id", "error-openness-set-empty");
            render_invalid(&overview(&ctx, org, Some(f), errs).await?)
        }
        Err(e) => Err(e.into()),
    }
}

/// A group with its raters, on the wave's page.
pub struct GroupRow {
    pub g: Group,
    pub raters: Vec<Rater>,
}

#[derive(Template)]
#[template(path = "openness/wave.html")]
struct WavePage {
    p: Page,
    w: Wave,
    state: RoundState,
    set_title: String,
    groups: Vec<GroupRow>,
    kind_opts: Vec<Opt>,
    f: WaveForm,
    gf: GroupForm,
    /// The group whose raters form was sent with errors, and what was typed.
    rf: Option<(i64, RatersForm)>,
    errs: FormErrors,
    /// Raters with an address who have no link yet, and raters without an address.
    to_mail: usize,
    to_print: usize,
}

impl WavePage {
    /// Whether the wave has ended (no raters, links or groups are added then).
    fn ended(&self) -> bool {
        self.state == RoundState::Closed
    }
    /// How a rater is named: their name, else their address, else "without a name".
    fn label(&self, r: &Rater) -> String {
        if !r.name.is_empty() {
            r.name.clone()
        } else if !r.email.is_empty() {
            r.email.clone()
        } else {
            self.p.t("openness-rater-unnamed")
        }
    }
    fn raters_form(&self, group: &i64) -> RatersForm {
        match &self.rf {
            Some((g, f)) if g == group => f.clone(),
            _ => RatersForm::default(),
        }
    }
}

pub struct WaveInput {
    f: Option<WaveForm>,
    gf: GroupForm,
    rf: Option<(i64, RatersForm)>,
    errs: FormErrors,
}

impl WaveInput {
    fn none() -> Self {
        WaveInput {
            f: None,
            gf: GroupForm::default(),
            rf: None,
            errs: FormErrors::new(),
        }
    }
}

async fn wave_page(ctx: &Ctx, w: Wave, input: WaveInput) -> AppResult<WavePage> {
    let store = &ctx.state.store;
    let raters = store.openness_raters(w.id).await?;
    let groups: Vec<GroupRow> = store
        .openness_groups(w.id)
        .await?
        .into_iter()
        .map(|g| GroupRow {
            raters: raters.iter().filter(|r| r.group_id == g.id).cloned().collect(),
            g,
        })
        .collect();
    let set_title = store
        .openness_sets(ctx.locale.code)
        .await?
        .into_iter()
        .find(|s| s.id == w.set_id)
        .map(|s| s.title)
        .unwrap_or_default();
    let kind_opts = GroupKind::ALL
        .iter()
        .map(|k| Opt::new(k.code(), ctx.t(&format!("openness-group-kind-{}", k.code()))))
        .collect();
    let to_mail = raters
        .iter()
        .filter(|r| !r.email.is_empty() && !r.has_link.on() && !r.submitted.on())
        .count();
    let to_print = raters
        .iter()
        .filter(|r| r.email.is_empty() && !r.submitted.on())
        .count();
    Ok(WavePage {
        p: ctx.page_titled(w.title.clone(), Nav::Orgs),
        state: w.state(ctx.now()),
        f: input.f.unwrap_or_else(|| WaveForm::of(&w)),
        w,
        set_title,
        groups,
        kind_opts,
        gf: input.gf,
        rf: input.rf,
        errs: input.errs,
        to_mail,
        to_print,
    })
}

fn back(w: &Wave, anchor: &str, flash: &str) -> AppResult {
    Ok(redirect_flash(&format!("/openness/waves/{}#{anchor}", w.id), flash))
}

pub async fn wave(WaveRunner { ctx, wave }: WaveRunner) -> AppResult {
    render(&wave_page(&ctx, wave, WaveInput::none()).await?)
}

/// `POST /openness/waves/{id}`: changes title, period and threshold.
pub async fn update(WaveRunner { ctx, wave }: WaveRunner, Form(f): Form<WaveForm>) -> AppResult {
    let w = match f.parse(ctx.now(), false) {
        Ok(w) => w,
        Err(errs) => {
            let input = WaveInput {
                f: Some(f),
                errs,
                ..WaveInput::none()
            };
            return render_invalid(&wave_page(&ctx, wave, input).await?);
        }
    };
    match ctx
        .state
        .store
        .update_openness_wave(ctx.now(), ctx.user_id()?, wave.org_id, wave.id, f.version, &w)
        .await
    {
        Ok(()) => back(&wave, "settings", "flash-saved"),
        Err(StoreError::Conflict("closed")) => back(&wave, "settings", "error-openness-wave-ended"),
        Err(StoreError::Conflict(_)) => {
            let input = WaveInput {
                f: Some(f),
                errs: FormErrors::one("threshold", "error-openness-threshold-answered"),
                ..WaveInput::none()
            };
            render_invalid(&wave_page(&ctx, wave, input).await?)
        }
        Err(StoreError::Stale) => {
            let input = WaveInput {
                f: Some(f),
                errs: FormErrors::one("title", "error-stale"),
                ..WaveInput::none()
            };
            render_invalid(&wave_page(&ctx, wave, input).await?)
        }
        Err(e) => Err(e.into()),
    }
}

/// `POST /openness/waves/{id}/close`: ends the wave now (asks first).
pub async fn close(WaveRunner { ctx, wave }: WaveRunner, Form(c): Form<Confirmed>) -> AppResult {
    if !c.confirmed {
        let ask = Ask {
            what: "openness-wave-close",
            action: format!("/openness/waves/{}/close", wave.id),
            back: format!("/openness/waves/{}", wave.id),
            args: &[("wave", wave.title.clone())],
            fields: vec![],
        };
        return confirm::ask(&ctx, ask, Nav::Orgs);
    }
    match ctx
        .state
        .store
        .close_openness_wave(ctx.now(), ctx.user_id()?, wave.org_id, wave.id)
        .await
    {
        Ok(()) | Err(StoreError::NotFound) => back(&wave, "settings", "flash-openness-wave-closed"),
        Err(e) => Err(e.into()),
    }
}

/// An ended wave takes no more groups, raters or links: back to its page, saying so.
fn refuse_if_ended(ctx: &Ctx, wave: &Wave) -> Option<AppResult> {
    (wave.state(ctx.now()) == RoundState::Closed).then(|| back(wave, "settings", "error-openness-wave-ended"))
}

/// `POST /openness/waves/{id}/groups`: adds a rater group.
pub async fn add_group(WaveRunner { ctx, wave }: WaveRunner, Form(gf): Form<GroupForm>) -> AppResult {
    if let Some(r) = refuse_if_ended(&ctx, &wave) {
        return r;
    }
    let errs = match gf.parse() {
        Ok((kind, name)) => match ctx
            .state
            .store
            .add_openness_group(ctx.now(), ctx.user_id()?, wave.org_id, wave.id, kind, &name)
            .await
        {
            Ok(_) => return back(&wave, "groups", "flash-openness-group-added"),
            Err(StoreError::Conflict(_)) => FormErrors::one("name", "error-openness-group-taken"),
            Err(e) => return Err(e.into()),
        },
        Err(errs) => errs,
    };
    let input = WaveInput {
        gf,
        errs,
        ..WaveInput::none()
    };
    render_invalid(&wave_page(&ctx, wave, input).await?)
}

/// `POST /openness/waves/{id}/groups/{group}/remove`: removes a group
/// nobody of which has answered (asks first).
pub async fn remove_group(
    WaveRunner { ctx, wave }: WaveRunner,
    Path((_, group)): Path<(i64, i64)>,
    Form(c): Form<Confirmed>,
) -> AppResult {
    let g = ctx
        .state
        .store
        .openness_groups(wave.id)
        .await?
        .into_iter()
        .find(|g| g.id == group)
        .ok_or(AppError::NotFound)?;
    if !c.confirmed {
        let ask = Ask {
            what: "openness-group-remove",
            action: format!("/openness/waves/{}/groups/{group}/remove", wave.id),
            back: format!("/openness/waves/{}#groups", wave.id),
            args: &[("group", g.name.clone())],
            fields: vec![],
        };
        return confirm::ask(&ctx, ask, Nav::Orgs);
    }
    match ctx
        .state
        .store
        .remove_openness_group(ctx.now(), ctx.user_id()?, wave.org_id, wave.id, group)
        .await
    {
        Ok(()) => back(&wave, "groups", "flash-openness-group-removed"),
        Err(StoreError::Conflict(_)) => back(&wave, "groups", "error-openness-group-answered"),
        Err(e) => Err(e.into()),
    }
}

/// `POST /openness/waves/{id}/groups/{group}/raters`: adds raters to a group.
pub async fn add_raters(
    WaveRunner { ctx, wave }: WaveRunner,
    Path((_, group)): Path<(i64, i64)>,
    Form(rf): Form<RatersForm>,
) -> AppResult {
    if let Some(r) = refuse_if_ended(&ctx, &wave) {
        return r;
    }
    let errs = match rf.parse() {
        Ok(raters) => {
            ctx.state
                .store
                .add_openness_raters(ctx.now(), ctx.user_id()?, wave.org_id, wave.id, group, &raters)
                .await?;
            return back(&wave, &format!("group-{group}"), "flash-openness-raters-added");
        }
        Err(errs) => errs,
    };
    // the fields of this group's form carry the messages
    let mut errs_here = FormErrors::new();
    for (f, k) in errs.items() {
        errs_here.add(&format!("{f}-{group}"), k);
    }
    let errs = errs_here;
    let input = WaveInput {
        rf: Some((group, rf)),
        errs,
        ..WaveInput::none()
    };
    render_invalid(&wave_page(&ctx, wave, input).await?)
}

/// `POST /openness/waves/{id}/raters/{rater}/remove` (asks first).
pub async fn remove_rater(
    WaveRunner { ctx, wave }: WaveRunner,
    Path((_, rater)): Path<(i64, i64)>,
    Form(c): Form<Confirmed>,
) -> AppResult {
    let r = ctx
        .state
        .store
        .openness_raters(wave.id)
        .await?
        .into_iter()
        .find(|r| r.id == rater)
        .ok_or(AppError::NotFound)?;
    if !c.confirmed {
        let name = if r.name.is_empty() {
            r.email.clone()
        } else {
            r.name.clone()
        };
        let ask = Ask {
            what: "openness-rater-remove",
            action: format!("/openness/waves/{}/raters/{rater}/remove", wave.id),
            back: format!("/openness/waves/{}#group-{}", wave.id, r.group_id),
            args: &[("name", name)],
            fields: vec![],
        };
        return confirm::ask(&ctx, ask, Nav::Orgs);
    }
    ctx.state
        .store
        .remove_openness_rater(
            ctx.now(),
            ctx.user_id()?,
            wave.org_id,
            wave.id,
            rater,
            &crate::security::rater_key(&ctx.state.secret, wave.id, rater),
        )
        .await?;
    back(&wave, &format!("group-{}", r.group_id), "flash-openness-rater-removed")
}

/// `POST /openness/waves/{id}/links/mail`: mails a new link to every rater
/// with an address who has none yet and has not submitted.
pub async fn mail_links(WaveRunner { ctx, wave }: WaveRunner) -> AppResult {
    if let Some(r) = refuse_if_ended(&ctx, &wave) {
        return r;
    }
    let base = &ctx.state.config.public_url;
    let links: Vec<_> = ctx
        .state
        .store
        .openness_raters(wave.id)
        .await?
        .into_iter()
        .filter(|r| !r.email.is_empty() && !r.has_link.on() && !r.submitted.on())
        .map(|r| {
            let (token, hash) = new_link();
            let m = mail::openness_link(
                &ctx.state.i18n,
                &r.name,
                &r.email,
                &wave,
                &mail::rater_link(base, &token),
            );
            (r.id, hash, Some(m))
        })
        .collect();
    if links.is_empty() {
        return back(&wave, "links", "flash-openness-links-none");
    }
    ctx.state
        .store
        .set_openness_links(ctx.now(), ctx.user_id()?, wave.org_id, wave.id, &links)
        .await?;
    back(&wave, "links", "flash-openness-links-sent")
}

/// `POST /openness/waves/{id}/links/cards`: new links for every rater
/// without an address who has not submitted, printed on cards (PDF). Links
/// printed before stop working (asks first).
pub async fn cards(WaveRunner { ctx, wave }: WaveRunner, Form(c): Form<Confirmed>) -> AppResult {
    if let Some(r) = refuse_if_ended(&ctx, &wave) {
        return r;
    }
    let raters: Vec<Rater> = ctx
        .state
        .store
        .openness_raters(wave.id)
        .await?
        .into_iter()
        .filter(|r| r.email.is_empty() && !r.submitted.on())
        .collect();
    if raters.is_empty() {
        return back(&wave, "links", "flash-openness-links-none");
    }
    if !c.confirmed {
        let ask = Ask {
            what: "openness-cards",
            action: format!("/openness/waves/{}/links/cards", wave.id),
            back: format!("/openness/waves/{}#links", wave.id),
            args: &[("wave", wave.title.clone())],
            fields: vec![],
        };
        return confirm::ask(&ctx, ask, Nav::Orgs);
    }
    let groups = ctx.state.store.openness_groups(wave.id).await?;
    let base = &ctx.state.config.public_url;
    let mut links = Vec::new();
    let mut cards = Vec::new();
    for r in &raters {
        let (token, hash) = new_link();
        links.push((r.id, hash, None));
        cards.push(pdf::LinkCard {
            name: r.name.clone(),
            department: groups
                .iter()
                .find(|g| g.id == r.group_id)
                .map(|g| g.name.clone())
                .unwrap_or_default(),
            url: mail::rater_link(base, &token),
        });
    }
    ctx.state
        .store
        .set_openness_links(ctx.now(), ctx.user_id()?, wave.org_id, wave.id, &links)
        .await?;
    let doc = pdf::LinkCards {
        lang: ctx.locale.code.to_string(),
        rtl: ctx.locale.rtl,
        heading: ctx.t("openness-card-heading"),
        process: wave.title.clone(),
        org: wave.org_name.clone(),
        hint: ctx.t("openness-card-hint"),
        cards,
        created_at: ctx.now(),
    };
    let bytes = tokio::task::spawn_blocking(move || pdf::link_cards(&doc))
        .await
        .map_err(|e| AppError::Internal(e.into()))?
        .map_err(|e| AppError::Internal(e.into()))?;
    Ok(file_response(bytes, "application/pdf", "bewertungslinks.pdf", false))
}
