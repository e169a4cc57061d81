//! Taking part without an account (`/mitmachen/{token}`): the page a person
//! opens with their personal link, or anyone with their department's link
//! (anonymously). It shows the process, its phase and the text; while a
//! feedback round is open they comment on and support the slogan, the
//! preamble and each principle, propose wording and answer the round's short
//! questions; they see how the team answered each of their comments.
//! Phone first: one column, every form next to the words it is about.

use askama::Template;
use axum::extract::Query;
use axum::http::{header, HeaderValue};
use axum::response::Response;
use domain::leitbild::{Draft, Phase};
use domain::leitbild_feedback::{self as lf, RoundState, Target};
use serde::Deserialize;
use store::leitbild::{Comment, Process, Question, Round, Survey};
use store::StoreError;

use crate::security;
use crate::web::error::{AppError, AppResult};
use crate::web::form::{Fields, Form};
use crate::web::guards::leitbild::{Participant, VISITOR_COOKIE};
use crate::web::middleware::cookie;
use crate::web::page::{FormErrors, Nav, Opt, Page};
use crate::web::{redirect_flash, render, render_invalid};

/// A part of the text staff respond to.
pub struct Section {
    pub target: Target,
    pub code: String,
    /// The element id the page links to.
    pub anchor: String,
    pub text: String,
    pub goal: String,
    /// The visitor supports it.
    pub supported: bool,
}

/// A short question with what the visitor answered.
pub struct QuestionRow {
    pub q: Question,
    pub field: String,
    pub value: String,
}

/// A principle of the evaluation survey with what the visitor answered.
pub struct SurveyRow {
    pub n: i64,
    pub text: String,
    pub rating_field: String,
    pub note_field: String,
    pub rating: String,
    pub note: String,
}

/// What was typed into the comment form.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct CommentForm {
    pub round: String,
    pub target: String,
    pub body: String,
    #[serde(default)]
    pub proposal: String,
}

#[derive(Template)]
#[template(path = "leitbild/participate.html")]
struct ParticipatePage {
    p: Page,
    process: Process,
    token: String,
    name: String,
    anonymous: bool,
    /// A leadership member (the page leads to the sign-off).
    leader: bool,
    /// The process is over (evaluation): the page shows the text, nothing more.
    ended: bool,
    round: Option<Round>,
    /// "none", "upcoming", "open" or "closed".
    state: &'static str,
    /// The number of the version shown.
    version: i64,
    slogan: Option<Section>,
    preamble: Option<Section>,
    principles: Vec<Section>,
    questions: Vec<QuestionRow>,
    /// An evaluation survey open now, with a row per principle.
    survey: Option<Survey>,
    survey_rows: Vec<SurveyRow>,
    mine: Vec<Comment>,
    /// The comment form's choice of what it is about.
    targets: Vec<Opt>,
    errs: FormErrors,
    typed: CommentForm,
}

impl ParticipatePage {
    /// The label of a target, e.g. "Leitsatz 3".
    fn target_label(&self, t: &Target) -> String {
        target_label(&self.p, t)
    }
}

pub fn target_label(p: &Page, t: &Target) -> String {
    match t {
        Target::General => p.t("leitbild-target-general"),
        Target::Slogan => p.t("leitbild-slogan"),
        Target::Preamble => p.t("leitbild-preamble"),
        Target::Principle(n) => p.t1("leitbild-target-principle", "n", n.to_string()),
    }
}

fn section(target: Target, text: String, goal: String, supports: &[Target]) -> Section {
    let code = target.code();
    Section {
        target,
        anchor: format!("t-{}", code.replace(':', "-")),
        code,
        text,
        goal,
        supported: supports.contains(&target),
    }
}

/// The round the page is about (the newest), its state, and the text shown:
/// the round's version while it is upcoming or open, else the newest.
async fn round_and_text(v: &Participant) -> Result<(Option<Round>, &'static str, Option<(i64, Draft)>), AppError> {
    let store = &v.ctx.state.store;
    let now = v.ctx.now();
    let round = store.latest_round(v.process.id).await?;
    let state = match &round {
        None => "none",
        Some(r) => r.state(now).code(),
    };
    let number = match &round {
        Some(r) if r.state(now) != RoundState::Closed => r.version_number,
        _ => store.latest_version(v.process.id).await?,
    };
    let text = store.version(v.process.id, number).await?.map(|(_, d)| (number, d));
    Ok((round, state, text))
}

/// The survey open now and its rows: what was sent (`sent`) or what the visitor answered before.
async fn survey_rows(v: &Participant, sent: Option<&Fields>) -> Result<(Option<Survey>, Vec<SurveyRow>), AppError> {
    let store = &v.ctx.state.store;
    let Some(survey) = store
        .latest_survey(v.process.id)
        .await?
        .filter(|s| s.state(v.ctx.now()) == RoundState::Open)
    else {
        return Ok((None, vec![]));
    };
    let text = store.version(v.process.id, survey.version_number).await?;
    let voter = security::voter_key(&v.ctx.state.secret, survey.id, &v.who.key());
    let before = store.survey_answers_of(survey.id, &voter).await?;
    let rows = (1_i64..)
        .zip(text.map(|(_, d)| d.principles).unwrap_or_default())
        .map(|(n, p)| {
            let (rating_field, note_field) = (format!("rating-{n}"), format!("note-{n}"));
            let (rating, note) = match sent {
                Some(f) => (f.get(&rating_field).to_string(), f.get(&note_field).to_string()),
                None => before
                    .iter()
                    .find(|(x, _, _)| *x == n)
                    .map(|(_, r, t)| (r.map(|r| r.to_string()).unwrap_or_default(), t.clone()))
                    .unwrap_or_default(),
            };
            SurveyRow {
                n,
                text: p.text,
                rating_field,
                note_field,
                rating,
                note,
            }
        })
        .collect();
    Ok((Some(survey), rows))
}

async fn page(
    v: &Participant,
    errs: FormErrors,
    typed: CommentForm,
    replies: Option<&Fields>,
) -> Result<ParticipatePage, AppError> {
    page_with(v, errs, typed, replies, None).await
}

async fn page_with(
    v: &Participant,
    errs: FormErrors,
    typed: CommentForm,
    replies: Option<&Fields>,
    survey_sent: Option<&Fields>,
) -> Result<ParticipatePage, AppError> {
    let store = &v.ctx.state.store;
    let (survey, survey_rows) = survey_rows(v, survey_sent).await?;
    let (round, state, text) = round_and_text(v).await?;
    let (mine, supports, answered) = store
        .contributions(v.process.id, round.as_ref().map(|r| r.id), &v.who)
        .await?;
    let questions = match &round {
        Some(r) if state == "open" => store
            .round_questions(r.id)
            .await?
            .into_iter()
            .map(|q| {
                let field = format!("q-{}", q.id);
                let value = match replies {
                    Some(f) => f.get(&field).to_string(),
                    None => answered
                        .iter()
                        .find(|(id, _)| *id == q.id)
                        .map(|(_, a)| a.clone())
                        .unwrap_or_default(),
                };
                QuestionRow { q, field, value }
            })
            .collect(),
        _ => vec![],
    };
    let (version, draft) = text.unwrap_or_default();
    let nonempty = |s: &str| !s.trim().is_empty();
    let p = v.ctx.page_titled(
        format!("{} – {}", v.ctx.t("leitbild-participate-title"), v.process.title),
        Nav::Other,
    );
    let mut targets = vec![Opt::new(Target::General.code(), target_label(&p, &Target::General))];
    if nonempty(&draft.slogan) {
        targets.push(Opt::new(Target::Slogan.code(), target_label(&p, &Target::Slogan)));
    }
    if nonempty(&draft.preamble) {
        targets.push(Opt::new(Target::Preamble.code(), target_label(&p, &Target::Preamble)));
    }
    for n in 1..=draft.principles.len() as i64 {
        let t = Target::Principle(n);
        targets.push(Opt::new(t.code(), target_label(&p, &t)));
    }
    Ok(ParticipatePage {
        targets,
        slogan: nonempty(&draft.slogan)
            .then(|| section(Target::Slogan, draft.slogan.clone(), String::new(), &supports)),
        preamble: nonempty(&draft.preamble)
            .then(|| section(Target::Preamble, draft.preamble.clone(), String::new(), &supports)),
        principles: (1_i64..)
            .zip(&draft.principles)
            .map(|(n, x)| section(Target::Principle(n), x.text.clone(), x.goal.clone(), &supports))
            .collect(),
        p,
        process: v.process.clone(),
        token: v.token.clone(),
        name: v.name.clone(),
        anonymous: v.anonymous,
        leader: v.leader,
        ended: v.process.phase == Phase::Evaluation,
        round,
        state,
        version,
        questions,
        survey,
        survey_rows,
        mine,
        errs,
        typed,
    })
}

/// Keeps a new anonymous visitor's key in their browser, for the links' pages only.
fn with_visitor(v: &Participant, mut res: Response) -> Response {
    if let Some(key) = &v.new_visitor {
        let mut c = cookie(VISITOR_COOKIE, key.clone(), v.ctx.state.config.secure_cookies());
        c.set_path("/mitmachen");
        c.set_max_age(time::Duration::days(400));
        if let Ok(h) = HeaderValue::from_str(&c.to_string()) {
            res.headers_mut().append(header::SET_COOKIE, h);
        }
    }
    res
}

/// `?zu=principle:3` chooses what the comment form is about (the "comment" link of each part).
#[derive(Debug, Default, Deserialize)]
pub struct ShowQuery {
    #[serde(default)]
    pub zu: String,
}

pub async fn show(v: Participant, Query(q): Query<ShowQuery>) -> AppResult {
    if let Some(person) = v.who.person() {
        v.ctx.state.store.mark_seen(v.ctx.now(), person).await?;
    }
    let typed = CommentForm {
        target: q.zu,
        ..Default::default()
    };
    let res = render(&page(&v, FormErrors::new(), typed, None).await?)?;
    Ok(with_visitor(&v, res))
}

/// The round a form was sent for, if it is the newest and still of this process.
async fn sent_round(v: &Participant, round: &str) -> Result<Round, AppError> {
    let id: i64 = round.parse().map_err(|_| AppError::BadRequest)?;
    v.ctx
        .state
        .store
        .round(v.process.id, id)
        .await?
        .ok_or(AppError::NotFound)
}

fn back(v: &Participant, anchor: &str, flash: &str) -> Response {
    with_visitor(v, redirect_flash(&format!("/mitmachen/{}#{anchor}", v.token), flash))
}

async fn invalid(v: &Participant, errs: FormErrors, typed: CommentForm, replies: Option<&Fields>) -> AppResult {
    let res = render_invalid(&page(v, errs, typed, replies).await?)?;
    Ok(with_visitor(v, res))
}

pub async fn comment(v: Participant, Form(f): Form<CommentForm>) -> AppResult {
    let round = sent_round(&v, &f.round).await?;
    let store = &v.ctx.state.store;
    let principles = store
        .version(v.process.id, round.version_number)
        .await?
        .map_or(0, |(_, d)| d.principles.len());
    let target = Target::parse(&f.target, principles).map_err(|_| AppError::BadRequest)?;
    let mut errs = FormErrors::new();
    let body = errs.take("body", lf::comment(&f.body));
    let proposal = errs.take("proposal", lf::proposal(&f.proposal));
    let (Some(body), Some(proposal)) = (body, proposal) else {
        return invalid(&v, errs, f, None).await;
    };
    match store
        .add_comment(
            v.ctx.now(),
            v.process.id,
            round.id,
            &v.who,
            v.department,
            target,
            &body,
            &proposal,
        )
        .await
    {
        Ok(_) => Ok(back(&v, "mine", "flash-leitbild-comment")),
        Err(StoreError::Conflict("closed")) => {
            invalid(&v, FormErrors::one("body", "error-leitbild-round-closed"), f, None).await
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Debug, Deserialize)]
pub struct SupportForm {
    pub round: String,
    pub target: String,
    /// "1" to support, "0" to take it back.
    pub on: String,
}

pub async fn support(v: Participant, Form(f): Form<SupportForm>) -> AppResult {
    let round = sent_round(&v, &f.round).await?;
    let store = &v.ctx.state.store;
    let principles = store
        .version(v.process.id, round.version_number)
        .await?
        .map_or(0, |(_, d)| d.principles.len());
    let target = Target::parse(&f.target, principles).map_err(|_| AppError::BadRequest)?;
    let on = match f.on.as_str() {
        "1" => true,
        "0" => false,
        _ => return Err(AppError::BadRequest),
    };
    let anchor = format!("t-{}", target.code().replace(':', "-"));
    match store
        .set_support(v.ctx.now(), v.process.id, round.id, &v.who, v.department, target, on)
        .await
    {
        Ok(()) => Ok(back(
            &v,
            &anchor,
            if on {
                "flash-leitbild-supported"
            } else {
                "flash-leitbild-unsupported"
            },
        )),
        Err(StoreError::Conflict("closed")) => Ok(back(&v, &anchor, "flash-leitbild-round-closed")),
        Err(e) => Err(e.into()),
    }
}

pub async fn answers(v: Participant, Form(fields): Form<Fields>) -> AppResult {
    let round = sent_round(&v, fields.get("round")).await?;
    let store = &v.ctx.state.store;
    let questions = store.round_questions(round.id).await?;
    let mut errs = FormErrors::new();
    let mut replies = Vec::new();
    for q in &questions {
        let field = format!("q-{}", q.id);
        if !fields.has(&field) {
            return Err(AppError::BadRequest);
        }
        if let Some(a) = errs.take(&field, lf::reply(fields.get(&field))) {
            replies.push((q.id, a));
        }
    }
    if !errs.is_empty() {
        return invalid(&v, errs, CommentForm::default(), Some(&fields)).await;
    }
    match store
        .save_replies(v.ctx.now(), v.process.id, round.id, &v.who, v.department, &replies)
        .await
    {
        Ok(()) => Ok(back(&v, "questions", "flash-leitbild-answers")),
        Err(StoreError::Conflict("closed")) => {
            let field = questions.first().map(|q| format!("q-{}", q.id)).unwrap_or_default();
            invalid(
                &v,
                FormErrors::one(&field, "error-leitbild-round-closed"),
                CommentForm::default(),
                Some(&fields),
            )
            .await
        }
        Err(e) => Err(e.into()),
    }
}

/// `POST /mitmachen/{token}/evaluation`: the visitor's answers to the open
/// survey, one rating (or none) and an optional note per principle.
pub async fn evaluation(v: Participant, Form(fields): Form<Fields>) -> AppResult {
    let id: i64 = fields.get("survey").parse().map_err(|_| AppError::BadRequest)?;
    let store = &v.ctx.state.store;
    let survey = store.survey(v.process.id, id).await?.ok_or(AppError::NotFound)?;
    let principles = store
        .version(v.process.id, survey.version_number)
        .await?
        .map_or(0, |(_, d)| d.principles.len() as i64);
    let mut errs = FormErrors::new();
    let mut answers = Vec::new();
    for n in 1..=principles {
        let (rf, nf) = (format!("rating-{n}"), format!("note-{n}"));
        if !fields.has(&nf) {
            return Err(AppError::BadRequest);
        }
        let rating = errs.take(&rf, lf::rating(fields.get(&rf)));
        let note = errs.take(&nf, lf::reply(fields.get(&nf)));
        if let (Some(r), Some(t)) = (rating, note) {
            answers.push((n, r, t));
        }
    }
    let invalid = |errs: FormErrors| async {
        let res = render_invalid(&page_with(&v, errs, CommentForm::default(), None, Some(&fields)).await?)?;
        Ok::<_, AppError>(with_visitor(&v, res))
    };
    if !errs.is_empty() {
        return invalid(errs).await;
    }
    let voter = security::voter_key(&v.ctx.state.secret, survey.id, &v.who.key());
    match store
        .save_survey(v.ctx.now(), v.process.id, survey.id, &voter, v.department, &answers)
        .await
    {
        Ok(()) => Ok(back(&v, "evaluation", "flash-leitbild-survey-saved")),
        Err(StoreError::Conflict(_)) => invalid(FormErrors::one("rating-1", "error-leitbild-survey-closed")).await,
        Err(e) => Err(e.into()),
    }
}
