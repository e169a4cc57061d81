//! The success-criteria dashboard (`/leitbild/{id}/dashboard`) for everyone
//! involved in a process: the seed's four criteria as figures, each as
//! numbers, an SVG chart and a table with the same figures — (a) participants
//! and active contributors per department against its headcount and month by
//! month, (b) leadership in the workshops and at the sign-off, (c) feedback
//! rounds, the staff the links reach and the comments answered, (d) the
//! products (poster, annual planner) — and beside them the latest
//! evaluation. The tables download as CSV and XLSX. Only counts: no name of
//! anyone taking part appears here.

use askama::Template;
use domain::leitbild_dashboard::{reach, timeline, Reached, Tally};
use domain::leitbild_feedback::RoundState;
use domain::policy::Action;
use store::leitbild::{Adoption, Department, PrincipleResult, Process, Survey};
use store::measures::MeasureCounts;

use crate::web::charts::{Bar, BarGroup, Bars, Line, Lines};
use crate::web::error::AppResult;
use crate::web::extract::Ctx;
use crate::web::guards::leitbild::ProcessView;
use crate::web::page::{Nav, Page};
use crate::web::render;
use crate::web::sheets::{self, attachment, Cell, Sheet};

/// The figures of one criterion: what the summary list says, a chart and
/// the tables behind it.
pub struct Part {
    pub id: &'static str,
    pub heading: String,
    pub lead: String,
    /// Label and value.
    pub summary: Vec<(String, String)>,
    pub bars: Option<Bars>,
    pub lines: Option<Lines>,
    pub sheets: Vec<Sheet>,
    /// The names of the two series of its charts, when they have two.
    pub legend: Option<(String, String)>,
    /// A table shown behind a disclosure (long; in the exports as well).
    pub more: Option<Sheet>,
    /// Where to go on: (href, label).
    pub links: Vec<(String, String)>,
}

#[derive(Template)]
#[template(path = "leitbild/dashboard.html")]
struct DashboardPage {
    p: Page,
    process: Process,
    parts: Vec<Part>,
}

/// What the dashboard is made of, read from the store.
struct Facts {
    departments: Vec<Department>,
    /// Per department: people with a personal link.
    links: Vec<(Option<i64>, i64)>,
    tally: Tally,
    rounds: Vec<store::leitbild::Round>,
    leaders: i64,
    leaders_attended: i64,
    leaders_signed: i64,
    adoption: Adoption,
    translations: usize,
    measures: MeasureCounts,
    plan_start: Option<String>,
    survey: Option<(Survey, Vec<(String, PrincipleResult)>)>,
    /// The visitor may read (and print) the adopted text.
    readable: bool,
}

async fn facts(ctx: &Ctx, process: &Process, team: bool) -> AppResult<Facts> {
    let st = &ctx.state.store;
    let id = process.id;
    let people = st.people(id).await?;
    let mut links: Vec<(Option<i64>, i64)> = Vec::new();
    for person in people.iter().filter(|x| x.link_at.is_some()) {
        match links.iter_mut().find(|(d, _)| *d == person.department_id) {
            Some((_, n)) => *n += 1,
            None => links.push((person.department_id, 1)),
        }
    }
    let workshops = st.workshop_participation(id).await?;
    let adoption = st.adoption(id).await?;
    let leaders_signed = match adoption.adopted.or(adoption.offered) {
        Some(number) => st
            .leaders(id)
            .await?
            .iter()
            .filter(|l| l.signed(number).is_some())
            .count() as i64,
        None => 0,
    };
    let survey = match st.latest_survey(id).await? {
        Some(s) => {
            let principles = st
                .version(id, s.version_number)
                .await?
                .map(|(_, d)| d.principles)
                .unwrap_or_default();
            let results = st.survey_results(s.id, principles.len() as i64).await?;
            let rows = principles.into_iter().map(|p| p.text).zip(results).collect();
            Some((s, rows))
        }
        None => None,
    };
    let readable = st
        .publication_of(id)
        .await?
        .is_some_and(|(org, publication)| ctx.can(Action::ReadLeitbildText { org, team, publication }));
    Ok(Facts {
        departments: st.departments(id).await?,
        links,
        tally: Tally::new(st.participation_traces(id).await?),
        rounds: st.rounds(id).await?,
        leaders: workshops.leaders,
        leaders_attended: workshops.leaders_attended,
        leaders_signed,
        translations: st
            .translations(id)
            .await?
            .iter()
            .filter(|t| Some(t.number) == adoption.adopted)
            .count(),
        adoption,
        measures: st.planner_produced(id).await?,
        plan_start: st.leitbild_plan(id).await?.map(|plan| plan.start_month),
        survey,
        readable,
    })
}

fn share(part: i64, whole: i64) -> Cell {
    Cell::Share { part, whole }
}

fn percent(part: i64, whole: i64) -> i64 {
    if whole > 0 {
        (part * 100 + whole / 2) / whole
    } else {
        0
    }
}

/// "12 (40 %)": a count and its share of `whole`.
fn of(p: &Page, part: i64, whole: i64) -> String {
    if whole > 0 {
        format!("{} ({})", p.num(part), p.percent(part, whole))
    } else {
        p.num(part)
    }
}

/// (a) Participants and active contributors.
fn participation(p: &Page, f: &Facts, now: i64, created: i64) -> Part {
    let headcount: i64 = f.departments.iter().map(|d| d.headcount).sum();
    let all = f.tally.reached(None, None);
    let mut rows: Vec<(String, i64, Reached)> = f
        .departments
        .iter()
        .map(|d| (d.name.clone(), d.headcount, f.tally.reached(Some(Some(d.id)), None)))
        .collect();
    if f.tally.has_unassigned() {
        rows.push((p.t("dashboard-no-department"), 0, f.tally.reached(Some(None), None)));
    }
    let bars = Bars {
        id: "chart-departments",
        title: p.t("dashboard-departments-chart"),
        desc: p.t1("dashboard-chart-desc", "table", p.t("dashboard-departments-table")),
        groups: rows
            .iter()
            .filter(|(_, h, _)| *h > 0)
            .map(|(name, h, r)| BarGroup {
                label: name.clone(),
                bars: vec![
                    Bar {
                        series: 0,
                        percent: percent(r.participants, *h),
                        text: of(p, r.participants, *h),
                    },
                    Bar {
                        series: 1,
                        percent: percent(r.active, *h),
                        text: of(p, r.active, *h),
                    },
                ],
            })
            .collect(),
    };
    let mut table: Vec<Vec<Cell>> = rows
        .iter()
        .map(|(name, h, r)| {
            vec![
                Cell::Text(name.clone()),
                if *h > 0 {
                    Cell::Number(*h)
                } else {
                    Cell::Text(String::new())
                },
                Cell::Number(r.participants),
                share(r.participants, *h),
                Cell::Number(r.active),
                share(r.active, *h),
            ]
        })
        .collect();
    table.push(vec![
        Cell::Text(p.t("dashboard-all")),
        Cell::Number(headcount),
        Cell::Number(all.participants),
        share(all.participants, headcount),
        Cell::Number(all.active),
        share(all.active, headcount),
    ]);
    let headers = vec![
        p.t("leitbild-department"),
        p.t("leitbild-headcount"),
        p.t("dashboard-participants"),
        p.t("dashboard-participants-share"),
        p.t("dashboard-active"),
        p.t("dashboard-active-share"),
    ];
    let departments = Sheet {
        id: "departments",
        caption: p.t("dashboard-departments-table"),
        headers,
        rows: table,
    };
    // month by month, from the start of the process (or the first trace)
    let months = timeline(
        f.tally.first().map_or(created, |t| t.min(created)),
        now,
        i18n::time_zone(),
    );
    let at: Vec<(String, Reached)> = months
        .iter()
        .map(|(m, end)| (p.month(m), f.tally.reached(None, Some(*end))))
        .collect();
    let lines = Lines {
        id: "chart-months",
        title: p.t("dashboard-months-chart"),
        desc: p.t1("dashboard-chart-desc", "table", p.t("dashboard-months-table")),
        labels: at.iter().map(|(m, _)| m.clone()).collect(),
        lines: vec![
            Line {
                series: 0,
                percents: at.iter().map(|(_, r)| percent(r.participants, headcount)).collect(),
            },
            Line {
                series: 1,
                percents: at.iter().map(|(_, r)| percent(r.active, headcount)).collect(),
            },
        ],
        grid_labels: [
            p.percent(0_i64, 1_i64),
            p.percent(1_i64, 2_i64),
            p.percent(1_i64, 1_i64),
        ],
    };
    let over_time = Sheet {
        id: "months",
        caption: p.t("dashboard-months-table"),
        headers: vec![
            p.t("dashboard-month"),
            p.t("dashboard-participants"),
            p.t("dashboard-participants-share"),
            p.t("dashboard-active"),
            p.t("dashboard-active-share"),
        ],
        rows: at
            .iter()
            .map(|(m, r)| {
                vec![
                    Cell::Text(m.clone()),
                    Cell::Number(r.participants),
                    share(r.participants, headcount),
                    Cell::Number(r.active),
                    share(r.active, headcount),
                ]
            })
            .collect(),
    };
    let mut headers = vec![p.t("dashboard-month")];
    for d in &f.departments {
        headers.push(p.t1("dashboard-department-participants", "department", &d.name));
        headers.push(p.t1("dashboard-department-active", "department", &d.name));
    }
    let per_department = Sheet {
        id: "months-departments",
        caption: p.t("dashboard-months-departments-table"),
        headers,
        rows: months
            .iter()
            .map(|(m, end)| {
                let mut row = vec![Cell::Text(p.month(m))];
                for d in &f.departments {
                    let r = f.tally.reached(Some(Some(d.id)), Some(*end));
                    row.push(share(r.participants, d.headcount));
                    row.push(share(r.active, d.headcount));
                }
                row
            })
            .collect(),
    };
    Part {
        id: "participation",
        heading: p.t("dashboard-participation"),
        lead: p.t("dashboard-participation-lead"),
        summary: vec![
            (p.t("leitbild-headcount-total"), p.num(headcount)),
            (p.t("dashboard-participants"), of(p, all.participants, headcount)),
            (p.t("dashboard-active"), of(p, all.active, headcount)),
        ],
        bars: (!bars.groups.is_empty()).then_some(bars),
        lines: Some(lines),
        sheets: vec![departments, over_time],
        legend: Some((p.t("dashboard-participants"), p.t("dashboard-active"))),
        more: (!f.departments.is_empty()).then_some(per_department),
        links: vec![],
    }
}

/// (b) Leadership in the workshops and at the sign-off.
fn leadership(p: &Page, f: &Facts, process: i64) -> Part {
    let version = f.adoption.adopted.or(f.adoption.offered);
    let signed_label = match version {
        Some(n) => p.t1("dashboard-leaders-signed", "version", n.to_string()),
        None => p.t("dashboard-leaders-signed-none"),
    };
    let bars = Bars {
        id: "chart-leadership",
        title: p.t("dashboard-leadership-chart"),
        desc: p.t1("dashboard-chart-desc", "table", p.t("dashboard-leadership-table")),
        groups: vec![
            BarGroup {
                label: p.t("dashboard-leaders-workshops"),
                bars: vec![Bar {
                    series: 0,
                    percent: percent(f.leaders_attended, f.leaders),
                    text: of(p, f.leaders_attended, f.leaders),
                }],
            },
            BarGroup {
                label: signed_label.clone(),
                bars: vec![Bar {
                    series: 1,
                    percent: percent(f.leaders_signed, f.leaders),
                    text: of(p, f.leaders_signed, f.leaders),
                }],
            },
        ],
    };
    let sheet = Sheet {
        id: "leadership",
        caption: p.t("dashboard-leadership-table"),
        headers: vec![p.t("dashboard-figure"), p.t("dashboard-number"), p.t("dashboard-share")],
        rows: vec![
            vec![
                Cell::Text(p.t("leitbild-leaders")),
                Cell::Number(f.leaders),
                share(f.leaders, f.leaders),
            ],
            vec![
                Cell::Text(p.t("dashboard-leaders-workshops")),
                Cell::Number(f.leaders_attended),
                share(f.leaders_attended, f.leaders),
            ],
            vec![
                Cell::Text(signed_label.clone()),
                Cell::Number(f.leaders_signed),
                share(f.leaders_signed, f.leaders),
            ],
        ],
    };
    Part {
        id: "leadership",
        heading: p.t("dashboard-leadership"),
        lead: p.t("dashboard-leadership-lead"),
        summary: vec![
            (p.t("leitbild-leaders"), p.num(f.leaders)),
            (p.t("dashboard-leaders-workshops"), of(p, f.leaders_attended, f.leaders)),
            (signed_label, of(p, f.leaders_signed, f.leaders)),
        ],
        bars: (f.leaders > 0).then_some(bars),
        lines: None,
        sheets: vec![sheet],
        legend: None,
        more: None,
        links: vec![(format!("/leitbild/{process}/adoption"), p.t("leitbild-adoption-title"))],
    }
}

/// (c) Feedback rounds, the staff the links reach, the comments answered.
fn rounds(p: &Page, f: &Facts, now: i64, process: i64) -> Part {
    let headcount: i64 = f.departments.iter().map(|d| d.headcount).sum();
    let links_of = |d: Option<i64>| f.links.iter().find(|(x, _)| *x == d).map_or(0, |(_, n)| *n);
    let reached: Vec<(&Department, i64)> = f
        .departments
        .iter()
        .map(|d| (d, reach(d.headcount, links_of(Some(d.id)), d.has_link.on())))
        .collect();
    let reached_all: i64 = reached.iter().map(|(_, n)| n).sum();
    let held = f.rounds.iter().filter(|r| r.state(now) == RoundState::Closed).count() as i64;
    let open = f.rounds.iter().filter(|r| r.state(now) != RoundState::Closed).count() as i64;
    let comments: i64 = f.rounds.iter().map(|r| r.comments).sum();
    let answered: i64 = f.rounds.iter().map(|r| r.answered).sum();
    // oldest round first, as they happened
    let mut ordered: Vec<&store::leitbild::Round> = f.rounds.iter().collect();
    ordered.sort_by_key(|r| (r.opens_at.0, r.id));
    let name = |r: &store::leitbild::Round| {
        p.t1("dashboard-round-of", "version", r.version_number.to_string()) + " · " + &p.date(&r.opens_at)
    };
    let bars = Bars {
        id: "chart-rounds",
        title: p.t("dashboard-rounds-chart"),
        desc: p.t1("dashboard-chart-desc", "table", p.t("dashboard-rounds-table")),
        groups: ordered
            .iter()
            .map(|r| BarGroup {
                label: name(r),
                bars: vec![
                    Bar {
                        series: 0,
                        percent: percent(r.contributors, headcount),
                        text: p.t1(
                            "dashboard-round-contributors",
                            "share",
                            of(p, r.contributors, headcount),
                        ),
                    },
                    Bar {
                        series: 1,
                        percent: if r.comments > 0 {
                            percent(r.answered, r.comments)
                        } else {
                            0
                        },
                        text: p.t1("dashboard-round-answered", "share", of(p, r.answered, r.comments)),
                    },
                ],
            })
            .collect(),
    };
    let table = Sheet {
        id: "rounds",
        caption: p.t("dashboard-rounds-table"),
        headers: vec![
            p.t("dashboard-round"),
            p.t("leitbild-round-state"),
            p.t("dashboard-contributors"),
            p.t("dashboard-staff-share"),
            p.t("dashboard-comments"),
            p.t("dashboard-answered"),
            p.t("dashboard-answered-share"),
        ],
        rows: ordered
            .iter()
            .map(|r| {
                vec![
                    Cell::Text(name(r)),
                    Cell::Text(p.tk("leitbild-round-state", r.state(now).code())),
                    Cell::Number(r.contributors),
                    share(r.contributors, headcount),
                    Cell::Number(r.comments),
                    Cell::Number(r.answered),
                    share(r.answered, r.comments),
                ]
            })
            .collect(),
    };
    let mut reach_rows: Vec<Vec<Cell>> = reached
        .iter()
        .map(|(d, n)| {
            vec![
                Cell::Text(d.name.clone()),
                Cell::Number(d.headcount),
                Cell::Number(links_of(Some(d.id))),
                Cell::Text(p.t(if d.has_link.on() { "yes" } else { "no" })),
                Cell::Number(*n),
                share(*n, d.headcount),
            ]
        })
        .collect();
    reach_rows.push(vec![
        Cell::Text(p.t("dashboard-all")),
        Cell::Number(headcount),
        Cell::Number(f.links.iter().map(|(_, n)| n).sum()),
        Cell::Text(String::new()),
        Cell::Number(reached_all),
        share(reached_all, headcount),
    ]);
    let reach_table = Sheet {
        id: "reach",
        caption: p.t("dashboard-reach-table"),
        headers: vec![
            p.t("leitbild-department"),
            p.t("leitbild-headcount"),
            p.t("dashboard-personal-links"),
            p.t("dashboard-department-link"),
            p.t("dashboard-reached"),
            p.t("dashboard-reached-share"),
        ],
        rows: reach_rows,
    };
    Part {
        id: "rounds",
        heading: p.t("dashboard-rounds"),
        lead: p.t("dashboard-rounds-lead"),
        summary: vec![
            (p.t("dashboard-rounds-held"), p.num(held)),
            (p.t("dashboard-rounds-open"), p.num(open)),
            (p.t("dashboard-reached"), of(p, reached_all, headcount)),
            (
                p.t("dashboard-answered"),
                p.t2(
                    "dashboard-answered-of",
                    "answered",
                    &p.num(answered),
                    "comments",
                    &p.num(comments),
                ),
            ),
        ],
        bars: (!bars.groups.is_empty()).then_some(bars),
        lines: None,
        sheets: vec![table, reach_table],
        legend: Some((p.t("dashboard-contributors"), p.t("dashboard-answered"))),
        more: None,
        links: vec![(format!("/leitbild/{process}/rounds"), p.t("leitbild-rounds-title"))],
    }
}

/// (d) The products: the poster of the adopted text, the annual planner.
fn products(p: &Page, f: &Facts, process: i64) -> Part {
    let poster = match (f.adoption.adopted, f.adoption.adopted_at) {
        (Some(n), Some(at)) => p.t2(
            "dashboard-poster-ready",
            "version",
            &n.to_string(),
            "date",
            &p.date(&at),
        ),
        _ => p.t("dashboard-poster-none"),
    };
    let m = f.measures;
    let planner = match &f.plan_start {
        Some(start) => p.t1("dashboard-planner-ready", "month", p.month(start)),
        None => p.t("dashboard-planner-none"),
    };
    let status = |key: &str, n: i64| {
        Bar {
            series: 0,
            percent: percent(n, m.total()),
            text: of(p, n, m.total()),
        }
        .labelled(p.t(key))
    };
    let bars = Bars {
        id: "chart-measures",
        title: p.t("dashboard-measures-chart"),
        desc: p.t1("dashboard-chart-desc", "table", p.t("dashboard-products-table")),
        groups: vec![
            status("measures-status-done", m.done),
            status("measures-status-progress", m.progress),
            status("measures-status-open", m.open),
        ],
    };
    let sheet = Sheet {
        id: "products",
        caption: p.t("dashboard-products-table"),
        headers: vec![p.t("dashboard-figure"), p.t("dashboard-number"), p.t("dashboard-share")],
        rows: vec![
            vec![
                Cell::Text(p.t("dashboard-poster")),
                Cell::Number(i64::from(f.adoption.adopted.is_some())),
                Cell::Text(String::new()),
            ],
            vec![
                Cell::Text(p.t("dashboard-translations")),
                Cell::Number(f.translations as i64),
                Cell::Text(String::new()),
            ],
            vec![
                Cell::Text(p.t("dashboard-measures")),
                Cell::Number(m.total()),
                share(m.total(), m.total()),
            ],
            vec![
                Cell::Text(p.t("measures-status-done")),
                Cell::Number(m.done),
                share(m.done, m.total()),
            ],
            vec![
                Cell::Text(p.t("measures-status-progress")),
                Cell::Number(m.progress),
                share(m.progress, m.total()),
            ],
            vec![
                Cell::Text(p.t("measures-status-open")),
                Cell::Number(m.open),
                share(m.open, m.total()),
            ],
        ],
    };
    let mut links = Vec::new();
    if f.adoption.adopted.is_some() && f.readable {
        links.push((
            format!("/leitbild/{process}/poster.pdf"),
            p.t("dashboard-poster-download"),
        ));
    }
    links.push((format!("/leitbild/{process}/planner"), p.t("measures-title")));
    Part {
        id: "products",
        heading: p.t("dashboard-products"),
        lead: p.t("dashboard-products-lead"),
        summary: vec![
            (p.t("dashboard-poster"), poster),
            (p.t("dashboard-translations"), p.num(f.translations as i64)),
            (p.t("measures-title"), planner),
            (p.t("dashboard-measures-done"), of(p, m.done, m.total())),
        ],
        bars: (m.total() > 0).then_some(bars),
        lines: None,
        sheets: vec![sheet],
        legend: None,
        more: None,
        links,
    }
}

/// The latest evaluation, beside the criteria.
fn evaluation(p: &Page, f: &Facts, process: i64, team: bool) -> Part {
    let links = if team {
        vec![(
            format!("/leitbild/{process}/evaluation"),
            p.t("leitbild-evaluation-title"),
        )]
    } else {
        vec![]
    };
    let Some((s, rows)) = &f.survey else {
        return Part {
            id: "evaluation",
            heading: p.t("leitbild-evaluation-title"),
            lead: p.t("dashboard-evaluation-none"),
            summary: vec![],
            bars: None,
            lines: None,
            sheets: vec![],
            legend: None,
            more: None,
            links,
        };
    };
    let mean = |r: &PrincipleResult| match r.mean_tenths() {
        Some(t) if r.shown() => p.decimal(t),
        _ => "–".to_string(),
    };
    let bars = Bars {
        id: "chart-evaluation",
        title: p.t("dashboard-evaluation-chart"),
        desc: p.t1("dashboard-chart-desc", "table", p.t("dashboard-evaluation-table")),
        groups: rows
            .iter()
            .filter(|(_, r)| r.shown())
            .map(|(_, r)| BarGroup {
                label: p.t1("leitbild-target-principle", "n", r.principle.to_string()),
                bars: vec![Bar {
                    series: 0,
                    // a mean of 1 to 5 drawn as its share of 5
                    percent: r.mean_tenths().unwrap_or(0) * 2,
                    text: p.t1("dashboard-mean", "mean", mean(r)),
                }],
            })
            .collect(),
    };
    let sheet = Sheet {
        id: "evaluation",
        caption: p.t("dashboard-evaluation-table"),
        headers: vec![
            p.t("dashboard-principle"),
            p.t("dashboard-ratings"),
            p.t("dashboard-mean-col"),
        ],
        rows: rows
            .iter()
            .map(|(text, r)| {
                vec![
                    Cell::Text(format!("{}. {}", r.principle, text)),
                    Cell::Number(r.rated),
                    Cell::Text(mean(r)),
                ]
            })
            .collect(),
    };
    Part {
        id: "evaluation",
        heading: p.t("leitbild-evaluation-title"),
        lead: p.t("dashboard-evaluation-lead"),
        summary: vec![
            (
                p.t("dashboard-survey"),
                p.t1("leitbild-survey-of", "date", p.date(&s.opens_at)),
            ),
            (p.t("leitbild-survey-responses"), p.num(s.responses)),
        ],
        bars: (!bars.groups.is_empty()).then_some(bars),
        lines: None,
        sheets: vec![sheet],
        legend: None,
        more: None,
        links,
    }
}

impl Bar {
    fn labelled(self, label: String) -> BarGroup {
        BarGroup {
            label,
            bars: vec![self],
        }
    }
}

async fn parts(ctx: &Ctx, p: &Page, process: &Process, team: bool) -> AppResult<Vec<Part>> {
    let f = facts(ctx, process, team).await?;
    let now = ctx.now();
    Ok(vec![
        participation(p, &f, now, process.created_at.0),
        leadership(p, &f, process.id),
        rounds(p, &f, now, process.id),
        products(p, &f, process.id),
        evaluation(p, &f, process.id, team),
    ])
}

pub async fn show(ProcessView { ctx, process, team }: ProcessView) -> AppResult {
    let mut p = ctx.page("dashboard-title", Nav::Leitbild);
    p.title = format!("{} – {}", p.t("dashboard-title"), process.title);
    let parts = parts(&ctx, &p, &process, team).await?;
    render(&DashboardPage { p, process, parts })
}

/// Every table of the dashboard, in the order of the page.
async fn export(ctx: &Ctx, process: &Process, team: bool, format: &str) -> AppResult<Vec<Sheet>> {
    let p = ctx.page("dashboard-title", Nav::Leitbild);
    let parts = parts(ctx, &p, process, team).await?;
    ctx.state
        .store
        .audit(
            ctx.now(),
            &store::AuditEntry::new(ctx.actor.user_id, "leitbild.dashboard.export", "leitbild", process.id)
                .org(Some(process.org_id))
                .detail(format),
        )
        .await?;
    Ok(parts
        .into_iter()
        .flat_map(|part| part.sheets.into_iter().chain(part.more))
        .collect())
}

async fn csv_file(ctx: &Ctx, process: &Process, team: bool, separator: u8, name: String) -> AppResult {
    let sheets = export(ctx, process, team, "csv").await?;
    Ok(attachment(sheets::CSV, name, sheets::to_csv(&sheets, separator)?))
}

pub async fn csv(ProcessView { ctx, process, team }: ProcessView) -> AppResult {
    let name = format!("leitbild-{}-kennzahlen.csv", process.id);
    csv_file(&ctx, &process, team, b',', name).await
}

/// Separated by semicolons, as German spreadsheet programs open it.
pub async fn csv_semicolon(ProcessView { ctx, process, team }: ProcessView) -> AppResult {
    let name = format!("leitbild-{}-kennzahlen-semikolon.csv", process.id);
    csv_file(&ctx, &process, team, b';', name).await
}

pub async fn xlsx(ProcessView { ctx, process, team }: ProcessView) -> AppResult {
    let sheets = export(&ctx, &process, team, "xlsx").await?;
    let body = sheets::to_xlsx(&sheets, ctx.locale.rtl).map_err(anyhow::Error::from)?;
    Ok(attachment(
        sheets::XLSX,
        format!("leitbild-{}-kennzahlen.xlsx", process.id),
        body,
    ))
}
