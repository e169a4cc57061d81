//! Feedback rounds, as the process team runs them (`/leitbild/{id}/rounds`):
//! starting a round on the newest version (start, deadline, reminder, short
//! questions), following it, closing it early, and answering every comment
//! (taken over / changed / not taken over, with a reason). Two team members
//! answering the same comment at once: the second is told, nothing is
//! overwritten, what they typed stays.

use askama::Template;
use axum::extract::Path;
use domain::leitbild_feedback::{self as lf, Answer, RoundState, Target};
use domain::series as ds;
use serde::Deserialize;
use store::leitbild::{Comment, NewRound, Process, Question, Reply, Round, Support};
use store::StoreError;

use crate::web::confirm::{self, Ask, Confirmed};
use crate::web::error::{AppError, AppResult};
use crate::web::extract::Ctx;
use crate::web::form::Form;
use crate::web::guards::leitbild::ProcessTeam;
use crate::web::leitbild::participate::target_label;
use crate::web::page::{FormErrors, Nav, Opt, Page};
use crate::web::{redirect_flash, render, render_invalid};

/// Days before the deadline the reminder goes out, unless the team says otherwise.
const REMIND_DAYS: i64 = 3;

#[derive(Debug, Clone, Deserialize)]
pub struct RoundForm {
    pub opens: String,
    pub closes: String,
    pub remind_days: String,
    #[serde(default)]
    pub questions: String,
}

impl RoundForm {
    fn blank(ctx: &Ctx) -> Self {
        let tz = i18n::time_zone();
        let now = ctx.now();
        RoundForm {
            opens: ds::to_local_date_input(now, tz),
            closes: ds::to_local_date_input(ds::shift_days(now, 21, tz), tz),
            remind_days: REMIND_DAYS.to_string(),
            questions: String::new(),
        }
    }

    fn parse(&self, now: i64) -> Result<NewRound, FormErrors> {
        let mut errs = FormErrors::new();
        let period = crate::web::form::period(
            &mut errs,
            &self.opens,
            &self.closes,
            now,
            lf::ROUND_DAYS_MAX,
            "error-leitbild-round-too-long",
        );
        let days = errs.take("remind_days", ds::number(&self.remind_days, 0, lf::REMIND_DAYS_MAX));
        let questions = errs.take("questions", lf::questions(&self.questions));
        match (period, days, questions) {
            (Some((opens_at, closes_at)), Some(days), Some(questions)) if errs.is_empty() => Ok(NewRound {
                opens_at,
                closes_at,
                remind_at: (closes_at - days * 86_400).max(opens_at),
                questions,
            }),
            _ => Err(errs),
        }
    }
}

#[derive(Template)]
#[template(path = "leitbild/rounds.html")]
struct RoundsPage {
    p: Page,
    process: Process,
    rounds: Vec<Round>,
    now: i64,
    /// The newest version's number (0: none yet; no round can start).
    latest: i64,
    errs: FormErrors,
    f: RoundForm,
}

impl RoundsPage {
    fn state_of(&self, r: &Round) -> &'static str {
        r.state(self.now).code()
    }
}

async fn rounds_page(ctx: &Ctx, process: Process, errs: FormErrors, f: RoundForm) -> AppResult<RoundsPage> {
    let store = &ctx.state.store;
    Ok(RoundsPage {
        p: ctx.page_titled(
            format!("{} – {}", ctx.t("leitbild-rounds-title"), process.title),
            Nav::Leitbild,
        ),
        rounds: store.rounds(process.id).await?,
        latest: store.latest_version(process.id).await?,
        now: ctx.now(),
        process,
        errs,
        f,
    })
}

pub async fn list(ProcessTeam { ctx, process }: ProcessTeam) -> AppResult {
    let f = RoundForm::blank(&ctx);
    render(&rounds_page(&ctx, process, FormErrors::new(), f).await?)
}

pub async fn start(ProcessTeam { ctx, process }: ProcessTeam, Form(f): Form<RoundForm>) -> AppResult {
    let r = match f.parse(ctx.now()) {
        Ok(r) => r,
        Err(errs) => return render_invalid(&rounds_page(&ctx, process, errs, f).await?),
    };
    let id = process.id;
    match ctx.state.store.start_round(ctx.now(), ctx.user_id()?, id, &r).await {
        Ok(round) => Ok(redirect_flash(
            &format!("/leitbild/{id}/rounds/{round}"),
            "flash-leitbild-round-started",
        )),
        Err(StoreError::NotFound) => {
            render_invalid(&rounds_page(&ctx, process, FormErrors::one("opens", "error-leitbild-no-version"), f).await?)
        }
        Err(StoreError::Conflict(_)) => render_invalid(
            &rounds_page(
                &ctx,
                process,
                FormErrors::one("opens", "error-leitbild-round-running"),
                f,
            )
            .await?,
        ),
        Err(e) => Err(e.into()),
    }
}

/// The comments on one part of the text.
struct Group {
    label: String,
    supports: i64,
    comments: Vec<Comment>,
}

/// A short question with its answers.
struct QuestionAnswers {
    q: Question,
    replies: Vec<Reply>,
}

/// An answer as typed, shown again beside its comment after a mistake.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct AnswerForm {
    pub version: String,
    #[serde(default)]
    pub answer: String,
    #[serde(default)]
    pub reason: String,
}

#[derive(Template)]
#[template(path = "leitbild/round.html")]
struct RoundPage {
    p: Page,
    process: Process,
    round: Round,
    state: RoundState,
    groups: Vec<Group>,
    questions: Vec<QuestionAnswers>,
    answers: Vec<Opt>,
    /// The comment whose answer was sent with a mistake, and what was typed.
    typed: Option<(i64, AnswerForm)>,
    errs: FormErrors,
}

impl RoundPage {
    /// What the answer form of comment `c` shows: what was typed, else the answer given.
    fn answer_of(&self, c: &Comment) -> String {
        match &self.typed {
            Some((id, f)) if *id == c.id => f.answer.clone(),
            _ => c.answer.map(|a| a.code().to_string()).unwrap_or_default(),
        }
    }
    fn answer_field(&self, c: &Comment) -> String {
        answer_field(c.id)
    }
    fn reason_field(&self, c: &Comment) -> String {
        reason_field(c.id)
    }
    fn reason_of(&self, c: &Comment) -> String {
        match &self.typed {
            Some((id, f)) if *id == c.id => f.reason.clone(),
            _ => c.reason.clone(),
        }
    }
}

async fn round_page(
    ctx: &Ctx,
    process: Process,
    round: Round,
    errs: FormErrors,
    typed: Option<(i64, AnswerForm)>,
) -> AppResult<RoundPage> {
    let store = &ctx.state.store;
    let comments = store.round_comments(round.id).await?;
    let supports: Vec<Support> = store.round_supports(round.id).await?;
    let principles = store
        .version(process.id, round.version_number)
        .await?
        .map_or(0, |(_, d)| d.principles.len() as i64);
    let p = ctx.page_titled(
        format!("{} – {}", ctx.t("leitbild-round-title"), process.title),
        Nav::Leitbild,
    );
    let mut targets = vec![Target::General, Target::Slogan, Target::Preamble];
    targets.extend((1..=principles).map(Target::Principle));
    // comments on parts no longer in the version (none expected) still show, at the end
    for c in &comments {
        if !targets.contains(&c.target) {
            targets.push(c.target);
        }
    }
    let groups = targets
        .into_iter()
        .map(|t| Group {
            label: target_label(&p, &t),
            supports: supports.iter().find(|s| s.target == t).map_or(0, |s| s.count),
            comments: comments.iter().filter(|c| c.target == t).cloned().collect(),
        })
        .filter(|g| g.supports > 0 || !g.comments.is_empty())
        .collect();
    let replies = store.round_replies(round.id).await?;
    let questions = store
        .round_questions(round.id)
        .await?
        .into_iter()
        .map(|q| QuestionAnswers {
            replies: replies.iter().filter(|r| r.question_id == q.id).cloned().collect(),
            q,
        })
        .collect();
    let answers = Answer::ALL
        .iter()
        .map(|a| Opt::new(a.code(), p.tk("leitbild-answer", a.code())))
        .collect();
    Ok(RoundPage {
        state: round.state(ctx.now()),
        p,
        process,
        round,
        groups,
        questions,
        answers,
        typed,
        errs,
    })
}

async fn load_round(ctx: &Ctx, process: &Process, id: i64) -> AppResult<Round> {
    ctx.state.store.round(process.id, id).await?.ok_or(AppError::NotFound)
}

pub async fn show(ProcessTeam { ctx, process }: ProcessTeam, Path((_, item)): Path<(i64, i64)>) -> AppResult {
    let round = load_round(&ctx, &process, item).await?;
    render(&round_page(&ctx, process, round, FormErrors::new(), None).await?)
}

pub async fn close(
    ProcessTeam { ctx, process }: ProcessTeam,
    Path((_, item)): Path<(i64, i64)>,
    Form(c): Form<Confirmed>,
) -> AppResult {
    let round = load_round(&ctx, &process, item).await?;
    if !c.confirmed {
        let ask = Ask {
            what: "leitbild-round-close",
            action: format!("/leitbild/{}/rounds/{}/close", process.id, round.id),
            back: format!("/leitbild/{}/rounds/{}", process.id, round.id),
            args: &[("process", process.title.clone())],
            fields: vec![],
        };
        return confirm::ask(&ctx, ask, Nav::Leitbild);
    }
    ctx.state
        .store
        .close_round(ctx.now(), ctx.user_id()?, process.id, round.id)
        .await?;
    Ok(redirect_flash(
        &format!("/leitbild/{}/rounds/{}", process.id, round.id),
        "flash-leitbild-round-closed",
    ))
}

/// The field names of comment `id`'s answer form (unique on the page).
pub fn answer_field(id: i64) -> String {
    format!("answer-{id}")
}
pub fn reason_field(id: i64) -> String {
    format!("reason-{id}")
}

pub async fn answer(
    ProcessTeam { ctx, process }: ProcessTeam,
    Path((_, round_id, comment_id)): Path<(i64, i64, i64)>,
    Form(f): Form<AnswerForm>,
) -> AppResult {
    let round = load_round(&ctx, &process, round_id).await?;
    let store = &ctx.state.store;
    let comment = store.comment(round.id, comment_id).await?.ok_or(AppError::NotFound)?;
    let version: i64 = f.version.parse().map_err(|_| AppError::BadRequest)?;
    let mut errs = FormErrors::new();
    let answer = errs.take(&answer_field(comment.id), Answer::parse(&f.answer));
    let reason = errs.take(&reason_field(comment.id), lf::reason(&f.reason));
    let (Some(answer), Some(reason)) = (answer, reason) else {
        return render_invalid(&round_page(&ctx, process, round, errs, Some((comment.id, f))).await?);
    };
    match store
        .answer_comment(
            ctx.now(),
            ctx.user_id()?,
            process.id,
            comment.id,
            version,
            answer,
            &reason,
        )
        .await
    {
        Ok(()) => Ok(redirect_flash(
            &format!("/leitbild/{}/rounds/{}#c-{}", process.id, round.id, comment.id),
            "flash-leitbild-answered",
        )),
        Err(StoreError::Stale) => {
            let errs = FormErrors::one(&reason_field(comment.id), "error-leitbild-answered-meanwhile");
            render_invalid(&round_page(&ctx, process, round, errs, Some((comment.id, f))).await?)
        }
        Err(e) => Err(e.into()),
    }
}
