//! A wave's results (`/openness/waves/{id}/results`), for the
//! administration's members, once the wave has ended: per dimension and
//! indicator the distribution, median and traffic light, the gap between
//! self-view and outside view, each group's medians, the free texts without
//! names, the weakest indicators and the trend across the administration's
//! waves (compared on the indicators they share). Every figure comes from
//! [`WaveResults`], which leaves out groups below the anonymity threshold;
//! the page, its charts, the export and the PDF report are built from the
//! same [`Results`], so none of them can show more than another.

use std::collections::HashMap;

use askama::Template;
use domain::leitbild_feedback::RoundState;
use domain::openness::{self as dom, Light, Tally, WaveResults};
use store::openness::{Group, IndicatorSet, Wave};
use store::StoreError;

use crate::web::charts::{Bar, BarGroup, Bars, Line, Lines};
use crate::web::error::{AppError, AppResult};
use crate::web::extract::Ctx;
use crate::web::form::Form;
use crate::web::guards::openness::{WaveRunner, WaveView};
use crate::web::page::{Nav, Page};
use crate::web::{redirect_flash, render};

/// Trend: the administration's waves compared, at most this many.
pub const TREND_WAVES: usize = 10;
/// Weakest indicators proposed, at most.
pub const WEAKEST: usize = 5;

/// An indicator's figures.
pub struct IndicatorRow {
    pub id: i64,
    pub code: String,
    pub statement: String,
    pub all: Tally,
    pub self_view: Tally,
    pub outside: Tally,
    pub notes: Vec<String>,
}

/// A dimension's figures: its indicators pooled.
pub struct DimensionRow {
    pub code: String,
    pub title: String,
    pub all: Tally,
    pub self_view: Tally,
    pub outside: Tally,
    pub gap: Option<i64>,
    /// Median (halves) per shown group, in the order of `Results::groups`.
    pub by_group: Vec<Option<i64>>,
    pub indicators: Vec<IndicatorRow>,
}

/// One wave in the trend: its label and the median (halves) per dimension
/// code over the shared indicators.
pub struct TrendWave {
    pub wave_id: i64,
    pub label: String,
    /// The month it began (`YYYY-MM`).
    pub month: String,
    pub all: Option<i64>,
    pub self_view: Option<i64>,
    pub outside: Option<i64>,
    pub by_dimension: HashMap<String, Option<i64>>,
}

/// A weak indicator, proposed as a measure.
pub struct Weak {
    pub id: i64,
    pub code: String,
    pub statement: String,
    pub tally: Tally,
}

/// Everything a wave's results show.
pub struct Results {
    pub wave: Wave,
    pub set: IndicatorSet,
    pub groups: Vec<Group>,
    /// The groups shown and those below the threshold.
    pub shown: Vec<Group>,
    pub hidden: Vec<Group>,
    pub respondents: i64,
    pub dimensions: Vec<DimensionRow>,
    pub weakest: Vec<Weak>,
    pub trend: Vec<TrendWave>,
    /// Indicators the trend compares on, and how many this wave has.
    pub shared: usize,
}

impl Results {
    pub fn has_outside(&self) -> bool {
        self.dimensions.iter().any(|d| d.outside.rated() > 0)
    }
}

/// The median of a tally as the page writes it ("1,5"; "–" for none).
pub fn median_text(p: &Page, halves: Option<i64>) -> String {
    match halves {
        Some(h) => p.decimal(h * 5),
        None => "–".into(),
    }
}

/// A gap as the page writes it, signed ("+1,0", "−0,5").
pub fn gap_text(p: &Page, halves: Option<i64>) -> String {
    match halves {
        Some(0) => p.decimal(0),
        Some(h) if h > 0 => format!("+{}", p.decimal(h * 5)),
        Some(h) => format!("\u{2212}{}", p.decimal(-h * 5)),
        None => "–".into(),
    }
}

/// A traffic light's words.
pub fn light_text(p: &Page, l: Light) -> String {
    p.tk("openness-light", l.code())
}

/// Adds up one wave: its set in `lang`, its groups and its results.
async fn wave_results(ctx: &Ctx, wave: &Wave) -> AppResult<(IndicatorSet, Vec<Group>, WaveResults)> {
    let store = &ctx.state.store;
    let set = store
        .openness_set(wave.set_id, ctx.locale.code)
        .await?
        .ok_or(AppError::NotFound)?;
    let groups = store.openness_groups(wave.id).await?;
    let (counts_groups, counts, notes) = store.openness_counts(wave.id).await?;
    let r = WaveResults::build(&counts_groups, &counts, &notes, wave.threshold);
    Ok((set, groups, r))
}

/// The results of `wave` with its trend over the administration's ended waves.
pub async fn results(ctx: &Ctx, wave: Wave) -> AppResult<Results> {
    let (set, groups, r) = wave_results(ctx, &wave).await?;
    let shown: Vec<Group> = groups.iter().filter(|g| r.shown.contains(&g.id)).cloned().collect();
    let hidden: Vec<Group> = groups.iter().filter(|g| r.hidden.contains(&g.id)).cloned().collect();
    let tally = |view: &HashMap<i64, Tally>, id: i64| view.get(&id).copied().unwrap_or_default();
    let dimensions: Vec<DimensionRow> = set
        .dimensions
        .iter()
        .map(|d| {
            let ids: Vec<i64> = d.indicators.iter().map(|i| i.id).collect();
            DimensionRow {
                code: d.code.clone(),
                title: d.title.clone(),
                all: WaveResults::pooled(&r.all, &ids),
                self_view: WaveResults::pooled(&r.self_view, &ids),
                outside: WaveResults::pooled(&r.outside, &ids),
                gap: r.gap_halves(&ids),
                by_group: shown
                    .iter()
                    .map(|g| {
                        let mut t = Tally::default();
                        for id in &ids {
                            if let Some(x) = r.by_group.get(&(g.id, *id)) {
                                t.merge(x);
                            }
                        }
                        t.median_halves()
                    })
                    .collect(),
                indicators: d
                    .indicators
                    .iter()
                    .map(|i| IndicatorRow {
                        id: i.id,
                        code: i.code.clone(),
                        statement: i.statement.clone(),
                        all: tally(&r.all, i.id),
                        self_view: tally(&r.self_view, i.id),
                        outside: tally(&r.outside, i.id),
                        notes: r.notes.get(&i.id).cloned().unwrap_or_default(),
                    })
                    .collect(),
            }
        })
        .collect();
    let all: Vec<(i64, Tally)> = set.indicators().map(|i| (i.id, tally(&r.all, i.id))).collect();
    let weakest = dom::weakest(&all, WEAKEST)
        .into_iter()
        .filter_map(|id| {
            let i = set.indicator(id)?;
            Some(Weak {
                id,
                code: i.code.clone(),
                statement: i.statement.clone(),
                tally: tally(&r.all, id),
            })
        })
        .collect();
    let (trend, shared) = trend(ctx, &wave, &set, &r).await?;
    Ok(Results {
        respondents: r.respondents,
        wave,
        set,
        groups,
        shown,
        hidden,
        dimensions,
        weakest,
        trend,
        shared,
    })
}

/// The trend: this wave and the administration's earlier ended waves
/// (at most [`TREND_WAVES`]), each dimension's median over the indicators
/// all of them share (by code).
async fn trend(ctx: &Ctx, wave: &Wave, set: &IndicatorSet, r: &WaveResults) -> AppResult<(Vec<TrendWave>, usize)> {
    let now = ctx.now();
    let earlier: Vec<Wave> = ctx
        .state
        .store
        .openness_waves(wave.org_id)
        .await?
        .into_iter()
        .filter(|w| w.id != wave.id && w.opens_at.0 <= wave.opens_at.0 && w.state(now) == RoundState::Closed)
        .collect();
    let earlier = &earlier[earlier.len().saturating_sub(TREND_WAVES - 1)..];
    let mut all: Vec<(Wave, IndicatorSet, WaveResults)> = Vec::new();
    for w in earlier {
        let (s, _, x) = wave_results(ctx, w).await?;
        all.push((w.clone(), s, x));
    }
    all.push((wave.clone(), set.clone(), r.clone()));
    let codes: Vec<Vec<String>> = all.iter().map(|(_, s, _)| s.codes()).collect();
    let shared = dom::shared_codes(codes.iter().map(Vec::as_slice));
    if all.len() < 2 {
        return Ok((vec![], shared.len()));
    }
    let trend = all
        .iter()
        .map(|(w, s, x)| {
            let ids_of = |dim: Option<&str>| -> Vec<i64> {
                s.dimensions
                    .iter()
                    .filter(|d| dim.is_none_or(|c| d.code == c))
                    .flat_map(|d| d.indicators.iter())
                    .filter(|i| shared.contains(&i.code))
                    .map(|i| i.id)
                    .collect()
            };
            let every = ids_of(None);
            TrendWave {
                wave_id: w.id,
                label: w.title.clone(),
                month: domain::measures::current_month(w.opens_at.0, i18n::time_zone()),
                all: WaveResults::pooled(&x.all, &every).median_halves(),
                self_view: WaveResults::pooled(&x.self_view, &every).median_halves(),
                outside: WaveResults::pooled(&x.outside, &every).median_halves(),
                by_dimension: set
                    .dimensions
                    .iter()
                    .map(|d| {
                        let ids = ids_of(Some(&d.code));
                        let m = (!ids.is_empty())
                            .then(|| WaveResults::pooled(&x.all, &ids).median_halves())
                            .flatten();
                        (d.code.clone(), m)
                    })
                    .collect(),
            }
        })
        .collect();
    Ok((trend, shared.len()))
}

#[derive(Template)]
#[template(path = "openness/results.html")]
struct ResultsPage {
    p: Page,
    res: Option<Results>,
    w: Wave,
    may_run: bool,
    /// The administration's annual planner (its Leitbild process), and the
    /// indicator codes of this wave already proposed there.
    planner: Option<(i64, String)>,
    proposed: Vec<String>,
    views: Option<Bars>,
    trend_chart: Option<Lines>,
}

impl ResultsPage {
    fn is_proposed(&self, code: &str) -> bool {
        self.proposed.iter().any(|c| c == code)
    }
    fn hidden_names(&self, res: &Results) -> String {
        let names: Vec<String> = res.hidden.iter().map(|g| g.name.clone()).collect();
        self.p.join(&names)
    }
    fn median(&self, t: &Tally) -> String {
        median_text(&self.p, t.median_halves())
    }
    fn halves(&self, h: &Option<i64>) -> String {
        median_text(&self.p, *h)
    }
    fn gap(&self, h: &Option<i64>) -> String {
        gap_text(&self.p, *h)
    }
    fn light(&self, t: &Tally) -> String {
        light_text(&self.p, t.light())
    }
    fn trend_of(&self, t: &TrendWave, code: &str) -> String {
        median_text(&self.p, t.by_dimension.get(code).copied().flatten())
    }
    fn slots(&self) -> [(usize, String); 6] {
        let k = |s: &str| self.p.tk("openness-slot", s);
        [
            (0, k("0")),
            (1, k("1")),
            (2, k("2")),
            (3, k("3")),
            (4, k("unknown")),
            (5, k("na")),
        ]
    }
}

/// The bars of self-view and outside view per dimension (median of 3 as 100 %).
fn views_chart(p: &Page, res: &Results) -> Bars {
    let pct = |h: Option<i64>| h.map_or(0, |h| h * 100 / 6);
    let outside = res.has_outside();
    Bars {
        id: "views",
        title: p.t("openness-chart-views"),
        desc: p.t("openness-chart-views-desc"),
        groups: res
            .dimensions
            .iter()
            .map(|d| {
                let mut bars = vec![Bar {
                    series: 0,
                    percent: pct(d.self_view.median_halves()),
                    text: format!(
                        "{} {}",
                        p.t("openness-view-self"),
                        median_text(p, d.self_view.median_halves())
                    ),
                }];
                if outside {
                    bars.push(Bar {
                        series: 1,
                        percent: pct(d.outside.median_halves()),
                        text: format!(
                            "{} {}",
                            p.t("openness-view-outside"),
                            median_text(p, d.outside.median_halves())
                        ),
                    });
                }
                BarGroup {
                    label: d.title.clone(),
                    bars,
                }
            })
            .collect(),
    }
}

/// The line of the median over the waves (self-view solid, outside view squares).
fn trend_chart(p: &Page, res: &Results) -> Option<Lines> {
    if res.trend.len() < 2 {
        return None;
    }
    let pct = |h: Option<i64>| h.map_or(0, |h| h * 100 / 6);
    let mut lines = vec![Line {
        series: 0,
        percents: res.trend.iter().map(|t| pct(t.self_view)).collect(),
    }];
    if res.trend.iter().any(|t| t.outside.is_some()) {
        lines.push(Line {
            series: 1,
            percents: res.trend.iter().map(|t| pct(t.outside)).collect(),
        });
    }
    Some(Lines {
        id: "trend",
        title: p.t("openness-chart-trend"),
        desc: p.t("openness-chart-trend-desc"),
        labels: res.trend.iter().map(|t| t.label.clone()).collect(),
        lines,
        grid_labels: [p.decimal(0), p.decimal(15), p.decimal(30)],
    })
}

pub async fn show(WaveView { ctx, wave }: WaveView) -> AppResult {
    let state = wave.state(ctx.now());
    let may_run = ctx.can(domain::policy::Action::RunOpenness(wave.org_id));
    let p = ctx.page_titled(
        format!("{} – {}", ctx.t("openness-results-title"), wave.title),
        Nav::Orgs,
    );
    // results only once it is over: while it runs, each new answer could be read off the change
    let res = if state == RoundState::Closed {
        Some(results(&ctx, wave.clone()).await?)
    } else {
        None
    };
    let views = res.as_ref().map(|r| views_chart(&p, r));
    let trend_chart = res.as_ref().and_then(|r| trend_chart(&p, r));
    let planner = ctx.state.store.administration_planner(wave.org_id).await?;
    let proposed = match &planner {
        Some((process, _)) => {
            let prefix = source(wave.id, "");
            ctx.state
                .store
                .measure_sources(*process, &prefix)
                .await?
                .into_iter()
                .map(|s| s[prefix.len()..].to_string())
                .collect()
        }
        None => vec![],
    };
    render(&ResultsPage {
        p,
        res,
        w: wave,
        may_run,
        planner,
        proposed,
        views,
        trend_chart,
    })
}

/// `GET /openness/waves/{id}/report.pdf`: the results as a report for the
/// leadership, once the wave has ended (before: 404, like the figures).
pub async fn report(WaveView { ctx, wave }: WaveView) -> AppResult {
    if wave.state(ctx.now()) != RoundState::Closed {
        return Err(AppError::NotFound);
    }
    let p = ctx.page_titled(wave.title.clone(), Nav::Orgs);
    let res = results(&ctx, wave).await?;
    let doc = report_doc(&p, &res, ctx.now());
    ctx.state
        .store
        .audit(
            ctx.now(),
            &store::AuditEntry::new(ctx.actor.user_id, "openness.report", "openness_wave", res.wave.id)
                .org(Some(res.wave.org_id)),
        )
        .await?;
    let bytes = tokio::task::spawn_blocking(move || pdf::audit_report(&doc))
        .await
        .map_err(|e| AppError::Internal(e.into()))?
        .map_err(|e| AppError::Internal(e.into()))?;
    Ok(crate::web::sheets::attachment(
        "application/pdf",
        format!("selbstbewertung-{}.pdf", res.wave.id),
        bytes,
    ))
}

fn pdf_light(l: Light) -> pdf::Light {
    match l {
        Light::None => pdf::Light::None,
        Light::Red => pdf::Light::Red,
        Light::Yellow => pdf::Light::Yellow,
        Light::Green => pdf::Light::Green,
    }
}

/// The report of `res` in the page's language: the same figures as the page.
fn report_doc(p: &Page, res: &Results, now: i64) -> pdf::AuditReport {
    let w = &res.wave;
    let mut summary = vec![format!(
        "{} {}",
        p.tn("openness-results-respondents", "count", res.respondents),
        p.t1("openness-results-threshold", "n", w.threshold.to_string())
    )];
    if !res.hidden.is_empty() {
        let names: Vec<String> = res.hidden.iter().map(|g| g.name.clone()).collect();
        summary.push(format!("{} {}", p.t("openness-results-hidden"), p.join(&names)));
    }
    summary.push(p.t("openness-results-scale"));
    let dimensions = res
        .dimensions
        .iter()
        .map(|d| pdf::ReportDimension {
            title: d.title.clone(),
            median: median_text(p, d.all.median_halves()),
            light: pdf_light(d.all.light()),
            light_label: light_text(p, d.all.light()),
            self_view: median_text(p, d.self_view.median_halves()),
            outside_view: median_text(p, d.outside.median_halves()),
            gap: gap_text(p, d.gap),
            trend: res
                .trend
                .iter()
                .map(|t| median_text(p, t.by_dimension.get(&d.code).copied().flatten()))
                .collect(),
            indicators: d
                .indicators
                .iter()
                .map(|i| pdf::ReportIndicator {
                    statement: i.statement.clone(),
                    median: median_text(p, i.all.median_halves()),
                    light: pdf_light(i.all.light()),
                    light_label: light_text(p, i.all.light()),
                    counts: i.all.0.map(|n| u32::try_from(n).unwrap_or(0)),
                })
                .collect(),
            comments: d.indicators.iter().flat_map(|i| i.notes.iter().cloned()).collect(),
        })
        .collect();
    pdf::AuditReport {
        lang: p.lang().to_string(),
        rtl: p.dir() == "rtl",
        administration: w.org_name.clone(),
        heading: format!("{}: {}", p.t("openness-title"), w.title),
        subtitle: format!(
            "{} – {} · {} ({})",
            p.date(&w.opens_at),
            p.date(&w.closes_at),
            res.set.title,
            p.t1("openness-set-version", "n", res.set.number.to_string())
        ),
        summary,
        overview_heading: p.t("openness-results-overview"),
        col_dimension: p.t("openness-dimension"),
        col_median: p.t("openness-median"),
        col_light: p.t("openness-light"),
        col_self: p.t("openness-view-self"),
        col_outside: p.t("openness-view-outside"),
        col_gap: p.t("openness-gap"),
        dimensions,
        trend_heading: p.t("openness-results-trend"),
        // narrow columns: the month a wave began, not its title
        trend_waves: res.trend.iter().map(|t| p.month(&t.month)).collect(),
        trend_note: p.tn("openness-results-shared", "count", res.shared),
        weakest_heading: p.t("openness-results-weakest"),
        weakest: res
            .weakest
            .iter()
            .map(|w| {
                format!(
                    "{} – {} {}",
                    w.statement,
                    p.t("openness-median"),
                    median_text(p, w.tally.median_halves())
                )
            })
            .collect(),
        comments_heading: p.t("openness-results-notes"),
        // the report numbers the levels itself: "0 – nicht begonnen" gives "nicht begonnen"
        levels: [0, 1, 2, 3].map(|n| {
            let l = p.tk("openness-level", &n.to_string());
            l.split_once(" \u{2013} ")
                .map_or(l.clone(), |(_, words)| words.to_string())
        }),
        dont_know: p.t("openness-slot-unknown"),
        not_applicable: p.t("openness-slot-na"),
        page_label: p.t("openness-report-page"),
        created_at: now,
    }
}

/// The source a measure proposed from indicator `code` of wave `wave` carries.
fn source(wave: i64, code: &str) -> String {
    format!("openness:{wave}:{code}")
}

#[derive(Debug, serde::Deserialize)]
pub struct ProposeForm {
    pub indicator: i64,
}

/// `POST /openness/waves/{id}/measures`: one of the weakest indicators of
/// an ended wave becomes a measure in the administration's annual planner
/// (its Leitbild process's), open, due this month (or the plan's first
/// month), owned by whoever proposed it until the team names someone.
pub async fn propose(WaveRunner { ctx, wave }: WaveRunner, Form(f): Form<ProposeForm>) -> AppResult {
    if wave.state(ctx.now()) != RoundState::Closed {
        return Err(AppError::NotFound);
    }
    let back = format!("/openness/waves/{}/results#weak-h", wave.id);
    let store = &ctx.state.store;
    let Some((process, _)) = store.administration_planner(wave.org_id).await? else {
        return Ok(redirect_flash(&back, "error-openness-no-planner"));
    };
    let p = ctx.page_titled(wave.title.clone(), Nav::Orgs);
    let res = results(&ctx, wave).await?;
    let weak = res
        .weakest
        .iter()
        .find(|w| w.id == f.indicator)
        .ok_or(AppError::BadRequest)?;
    let plan = store.leitbild_plan(process).await?.ok_or(AppError::NotFound)?;
    let months = plan.months();
    let this = domain::measures::current_month(ctx.now(), i18n::time_zone());
    let month = if months.contains(&this) {
        this
    } else {
        plan.start_month.clone()
    };
    let title: String = if weak.statement.chars().count() > domain::measures::TITLE_MAX {
        let cut: String = weak.statement.chars().take(domain::measures::TITLE_MAX - 1).collect();
        format!("{cut}…")
    } else {
        weak.statement.clone()
    };
    let fields = store::measures::MeasureFields {
        title,
        description: format!(
            "{} {} {} · {}",
            p.t1("openness-measure-from", "wave", res.wave.title.as_str()),
            p.t("openness-median"),
            median_text(&p, weak.tally.median_halves()),
            light_text(&p, weak.tally.light())
        ),
        owner_name: ctx.user()?.name.clone(),
        owner_email: String::new(),
        month,
        principle: None,
    };
    match store
        .add_measure_from(
            ctx.now(),
            ctx.user_id()?,
            process,
            &fields,
            &source(res.wave.id, &weak.code),
        )
        .await
    {
        Ok(_) => Ok(redirect_flash(&back, "flash-openness-measure-proposed")),
        Err(StoreError::Conflict("proposed")) => Ok(redirect_flash(&back, "flash-openness-measure-there")),
        Err(e) => Err(e.into()),
    }
}
