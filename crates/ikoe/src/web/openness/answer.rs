//! Answering a wave, for a rater (`/bewertung/{token}` through the personal
//! link, `/openness/waves/{id}/answer` with an account): one dimension per
//! page, each indicator with its four levels described in words, "don't
//! know" and "not applicable", and an optional free text. Every page is
//! saved as it is left, so a rater can pause and continue with the same link;
//! the list of dimensions shows what is left. Once everything is answered
//! the rater submits, and only then do the answers count.

use std::collections::HashMap;

use askama::Template;
use axum::extract::Query;
use domain::leitbild_feedback::RoundState;
use domain::openness::{self as dom, Choice};
use serde::Deserialize;
use store::openness::{Dimension, IndicatorSet};
use store::StoreError;

use crate::web::error::{AppError, AppResult};
use crate::web::form::{Fields, Form};
use crate::web::guards::openness::{Rater, RaterAccount, RaterLink};
use crate::web::page::{FormErrors, Nav, Page};
use crate::web::{redirect_flash, render, render_invalid};

#[derive(Debug, Default, Deserialize)]
pub struct PageQuery {
    /// The dimension shown, from 0; "overview": the overview before
    /// submitting; none: the first dimension with something left.
    pub d: Option<String>,
}

/// A dimension in the list of what is left.
pub struct Step {
    pub index: usize,
    pub title: String,
    pub answered: usize,
    pub total: usize,
}

impl Step {
    pub fn done(&self) -> bool {
        self.answered == self.total
    }
}

/// What the rater chose and wrote for one indicator (as typed, on errors).
#[derive(Debug, Clone, Default)]
pub struct Given {
    pub choice: String,
    pub note: String,
}

#[derive(Template)]
#[template(path = "openness/answer.html")]
struct AnswerPage {
    p: Page,
    r: Rater,
    state: RoundState,
    set: IndicatorSet,
    steps: Vec<Step>,
    /// The dimension shown (none: the overview before submitting).
    current: Option<usize>,
    given: HashMap<i64, Given>,
    answered: usize,
    total: usize,
    errs: FormErrors,
}

impl AnswerPage {
    fn dimension(&self) -> Option<&Dimension> {
        self.current.and_then(|i| self.set.dimensions.get(i))
    }
    fn given(&self, id: &i64) -> Given {
        self.given.get(id).cloned().unwrap_or_default()
    }
    fn choices(&self) -> [Choice; 6] {
        [
            Choice::L0,
            Choice::L1,
            Choice::L2,
            Choice::L3,
            Choice::Unknown,
            Choice::Na,
        ]
    }
    fn level_text<'a>(&self, ind: &'a store::openness::Indicator, c: &Choice) -> &'a str {
        c.level()
            .and_then(|l| ind.levels().get(usize::from(l)).copied())
            .unwrap_or("")
    }
    fn is_current(&self, i: &usize) -> bool {
        self.current == Some(*i)
    }
}

async fn answer_page(
    r: Rater,
    current: Option<usize>,
    typed: Option<HashMap<i64, Given>>,
    errs: FormErrors,
) -> AppResult<AnswerPage> {
    let store = &r.ctx.state.store;
    let set = store
        .openness_set(r.wave.set_id, r.ctx.locale.code)
        .await?
        .ok_or(AppError::NotFound)?;
    let saved = store.openness_answers_of(r.wave.id, &r.voter).await?;
    let mut given: HashMap<i64, Given> = saved
        .iter()
        .map(|(id, c, n)| {
            (
                *id,
                Given {
                    choice: c.code().to_string(),
                    note: n.clone(),
                },
            )
        })
        .collect();
    let steps: Vec<Step> = set
        .dimensions
        .iter()
        .enumerate()
        .map(|(index, d)| Step {
            index,
            title: d.title.clone(),
            answered: d.indicators.iter().filter(|i| given.contains_key(&i.id)).count(),
            total: d.indicators.len(),
        })
        .collect();
    let answered = steps.iter().map(|s| s.answered).sum();
    let total = steps.iter().map(|s| s.total).sum();
    if let Some(t) = typed {
        given.extend(t);
    }
    let current = current.filter(|i| *i < set.dimensions.len());
    let state = r.wave.state(r.ctx.now());
    let p = r.ctx.page_titled(r.wave.title.clone(), Nav::Other);
    Ok(AnswerPage {
        p,
        state,
        set,
        steps,
        current,
        given,
        answered,
        total,
        errs,
        r,
    })
}

async fn show(r: Rater, q: PageQuery) -> AppResult {
    // without a choice: the first dimension with something left, else the overview
    let current = match q.d.as_deref() {
        Some(d) => d.parse::<usize>().ok(),
        None => {
            let page = answer_page(r, None, None, FormErrors::new()).await?;
            let first = page.steps.iter().find(|s| !s.done()).map(|s| s.index);
            let page = AnswerPage { current: first, ..page };
            return render(&page);
        }
    };
    render(&answer_page(r, current, None, FormErrors::new()).await?)
}

pub async fn link_get(RaterLink(r): RaterLink, Query(q): Query<PageQuery>) -> AppResult {
    show(r, q).await
}

pub async fn account_get(RaterAccount(r): RaterAccount, Query(q): Query<PageQuery>) -> AppResult {
    show(r, q).await
}

pub async fn link_post(RaterLink(r): RaterLink, Form(f): Form<Fields>) -> AppResult {
    save(r, f).await
}

pub async fn account_post(RaterAccount(r): RaterAccount, Form(f): Form<Fields>) -> AppResult {
    save(r, f).await
}

/// Saves the answers of the dimension the form showed, then goes where the
/// rater asked: the next or previous dimension, a pause, or submitting.
async fn save(r: Rater, f: Fields) -> AppResult {
    let action = f.get("action").to_string();
    if !f.has("dimension") || !matches!(action.as_str(), "next" | "prev" | "pause" | "submit" | "goto") {
        return Err(AppError::BadRequest);
    }
    // where "goto" leads is checked before anything is saved
    let goto: Option<usize> = if action == "goto" {
        Some(f.get("to").parse().map_err(|_| AppError::BadRequest)?)
    } else {
        None
    };
    let state = r.wave.state(r.ctx.now());
    if state != RoundState::Open {
        return render_invalid(&answer_page(r, None, None, FormErrors::one("answers", "error-openness-closed")).await?);
    }
    let store = &r.ctx.state.store;
    let set = store
        .openness_set(r.wave.set_id, r.ctx.locale.code)
        .await?
        .ok_or(AppError::NotFound)?;
    let index: Option<usize> = f.get("dimension").parse().ok();
    let mut errs = FormErrors::new();
    let mut typed = HashMap::new();
    let mut answers = Vec::new();
    if let Some(d) = index.and_then(|i| set.dimensions.get(i)) {
        for ind in &d.indicators {
            let code = f.get(&format!("c{}", ind.id));
            let note_in = f.get(&format!("n{}", ind.id));
            typed.insert(
                ind.id,
                Given {
                    choice: code.to_string(),
                    note: note_in.to_string(),
                },
            );
            let choice = if code.is_empty() {
                None
            } else {
                errs.take(
                    &format!("c{}", ind.id),
                    Choice::parse(code).map_err(|_| domain::Invalid("error-choose-option")),
                )
            };
            let note = errs
                .take(&format!("n{}", ind.id), dom::note(note_in))
                .unwrap_or_default();
            if choice.is_none() && !note.is_empty() {
                errs.add(&format!("c{}", ind.id), "error-openness-note-needs-choice");
            }
            answers.push((ind.id, choice, note));
        }
    } else if action != "submit" {
        return Err(AppError::BadRequest);
    }
    if !errs.is_empty() {
        return render_invalid(&answer_page(r, index, Some(typed), errs).await?);
    }
    match store
        .save_openness_answers(r.ctx.now(), &r.rater, &r.voter, &answers)
        .await
    {
        Ok(()) => {}
        Err(StoreError::Conflict("submitted")) => {
            return Ok(redirect_flash(&r.base, "flash-openness-already-submitted"))
        }
        Err(StoreError::Conflict(_)) => {
            return render_invalid(
                &answer_page(r, None, None, FormErrors::one("answers", "error-openness-closed")).await?,
            )
        }
        Err(e) => return Err(e.into()),
    }
    let base = r.base.clone();
    let here = index.unwrap_or(0);
    match action.as_str() {
        "next" => {
            let next = here + 1;
            if next < set.dimensions.len() {
                Ok(redirect_flash(&format!("{base}?d={next}"), "flash-openness-saved"))
            } else {
                Ok(redirect_flash(&format!("{base}?d=overview"), "flash-openness-saved"))
            }
        }
        "prev" => Ok(redirect_flash(
            &format!("{base}?d={}", here.saturating_sub(1)),
            "flash-openness-saved",
        )),
        "goto" => Ok(redirect_flash(
            &format!("{base}?d={}", goto.unwrap_or(here)),
            "flash-openness-saved",
        )),
        "pause" => Ok(redirect_flash(&format!("{base}?d={here}"), "flash-openness-paused")),
        _ => match store
            .submit_openness_answers(r.ctx.now(), &r.rater, &r.voter, &crate::security::random_token())
            .await
        {
            Ok(()) => Ok(redirect_flash(&base, "flash-openness-submitted")),
            Err(StoreError::Conflict("incomplete")) => render_invalid(
                &answer_page(r, None, None, FormErrors::one("answers", "error-openness-incomplete")).await?,
            ),
            Err(StoreError::Conflict("submitted")) => Ok(redirect_flash(&base, "flash-openness-already-submitted")),
            Err(StoreError::Conflict(_)) => {
                render_invalid(&answer_page(r, None, None, FormErrors::one("answers", "error-openness-closed")).await?)
            }
            Err(e) => Err(e.into()),
        },
    }
}
