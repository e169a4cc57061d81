//! Feedback after a module: the anonymous form behind a one-time link, the
//! results for staff (per module, per speaker, per cohort), and the comments
//! their authors allowed to publish.

use askama::Template;
use serde::Deserialize;
use store::feedback::{Comment, Invite, NewFeedback, Summary};
use store::series::{Module, Series};
use store::StoreError;

use crate::web::error::{AppError, AppResult};
use crate::web::extract::Ctx;
use crate::web::form::{checkbox, Form};
use crate::web::guards::series::{FeedbackLink, StaffSeries};
use crate::web::page::{FormErrors, Nav, Page};
use crate::web::{redirect_flash, render, render_invalid};

/// The rating questions: (field, label key, required).
pub const QUESTIONS: &[(&str, &str, bool)] = &[
    ("overall", "feedback-q-overall", true),
    ("content", "feedback-q-content", false),
    ("organisation", "feedback-q-organisation", false),
];

/// An answer as typed: the ratings are radio buttons, sent only when one is chosen.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct FeedbackForm {
    #[serde(default)]
    pub overall: String,
    #[serde(default)]
    pub content: String,
    #[serde(default)]
    pub organisation: String,
    pub comment: String,
    #[serde(default, deserialize_with = "checkbox")]
    pub publish: bool,
}

impl FeedbackForm {
    /// The rating chosen for one of [`QUESTIONS`] ("" = none).
    fn rating(&self, name: &str) -> &str {
        match name {
            "overall" => &self.overall,
            "content" => &self.content,
            "organisation" => &self.organisation,
            _ => "",
        }
    }
}

pub struct Question {
    pub name: &'static str,
    pub label: String,
    pub required: bool,
    pub value: String,
}

#[derive(Template)]
#[template(path = "series/feedback_form.html")]
struct FormPage {
    p: Page,
    token: String,
    m: Module,
    series_title: String,
    used: bool,
    errs: FormErrors,
    questions: Vec<Question>,
    comment: String,
    publish: bool,
}

impl FormPage {
    fn scale(&self) -> &'static [&'static str] {
        &["1", "2", "3", "4", "5"]
    }
}

async fn form_page(ctx: &Ctx, token: &str, inv: &Invite, errs: FormErrors, f: &FeedbackForm) -> AppResult<FormPage> {
    let m = ctx.state.store.module(inv.module_id).await?.ok_or(AppError::NotFound)?;
    let series_title = ctx.state.store.series_text(m.series_id, ctx.locale.code).await?.title;
    let mut p = ctx.page("feedback-title", Nav::Other);
    p.title = p.t1("feedback-title", "title", &m.title);
    let questions = QUESTIONS
        .iter()
        .map(|(name, key, required)| Question {
            name,
            label: if *required { p.t(key) } else { p.opt_label(key) },
            required: *required,
            value: f.rating(name).to_string(),
        })
        .collect();
    Ok(FormPage {
        token: token.to_string(),
        used: inv.used_at.is_some(),
        series_title,
        errs,
        questions,
        comment: f.comment.clone(),
        publish: f.publish,
        m,
        p,
    })
}

pub async fn get(FeedbackLink { ctx, token, invite }: FeedbackLink) -> AppResult {
    render(&form_page(&ctx, &token, &invite, FormErrors::new(), &FeedbackForm::default()).await?)
}

fn rating(v: &str, required: bool) -> Result<Option<i64>, domain::Invalid> {
    if v.is_empty() {
        return if required {
            Err(domain::Invalid("error-choose-option"))
        } else {
            Ok(None)
        };
    }
    match v.parse::<i64>() {
        Ok(n) if (1..=5).contains(&n) => Ok(Some(n)),
        _ => Err(domain::Invalid("error-choose-option")),
    }
}

pub async fn post(FeedbackLink { ctx, token, invite }: FeedbackLink, Form(f): Form<FeedbackForm>) -> AppResult {
    let mut errs = FormErrors::new();
    let overall = errs.take("overall", rating(&f.overall, true));
    let content = errs.take("content", rating(&f.content, false));
    let organisation = errs.take("organisation", rating(&f.organisation, false));
    let comment = errs.take("comment", domain::text::multi_line(&f.comment, 2000, false));
    let (Some(Some(overall)), Some(content), Some(organisation), Some(comment)) =
        (overall, content, organisation, comment)
    else {
        return render_invalid(&form_page(&ctx, &token, &invite, errs, &f).await?);
    };
    let publish = f.publish && !comment.is_empty();
    let new = NewFeedback {
        overall,
        content,
        organisation,
        comment,
        publish,
    };
    match ctx.state.store.submit_feedback(ctx.now(), &token, &new).await {
        Ok(()) => Ok(redirect_flash(&format!("/feedback/{token}"), "flash-feedback-thanks")),
        Err(StoreError::Stale) => {
            errs.add("overall", "error-feedback-twice");
            render_invalid(&form_page(&ctx, &token, &invite, errs, &f).await?)
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Template)]
#[template(path = "series/feedback_results.html")]
struct ResultsPage {
    p: Page,
    s: Series,
    title: String,
    /// (heading, rows): per module, per speaker, per cohort.
    sections: Vec<(String, Vec<Summary>)>,
    comments: Vec<Comment>,
}

impl ResultsPage {
    /// An average × 10 as "4,3" / "4.3" in the page's language, or "–".
    fn avg(&self, v: &Option<i64>) -> String {
        match v {
            Some(v) => {
                let sep = if matches!(self.p.lang(), "de" | "ru" | "uk" | "tr") {
                    ","
                } else {
                    "."
                };
                format!("{}{sep}{}", v / 10, v % 10)
            }
            None => "–".into(),
        }
    }
}

pub async fn results(StaffSeries { ctx, series: s }: StaffSeries) -> AppResult {
    let id = s.id;
    let st = &ctx.state.store;
    let title = st.series_text(id, ctx.locale.code).await?.title;
    let mut p = ctx.page("feedback-results-title", Nav::Series);
    p.title = p.t1("feedback-results-title", "title", &title);
    let sections = vec![
        (p.t("feedback-by-module"), st.feedback_by_module(id).await?),
        (p.t("feedback-by-speaker"), st.feedback_by_speaker(id).await?),
        (
            p.t("feedback-by-cohort"),
            st.feedback_by_cohort(id, ctx.locale.code).await?,
        ),
    ];
    render(&ResultsPage {
        sections,
        comments: st.feedback_comments(id, false).await?,
        title,
        s,
        p,
    })
}
