//! Translations of the adopted text (`/leitbild/{id}/translations/{lang}`):
//! a form with the German text beside each field. A translation records
//! the version it translates; once another version is adopted it is shown
//! as outdated until the team saves it again.

use askama::Template;
use axum::extract::Path;
use domain::leitbild::{Draft, Principle};
use domain::leitbild_adoption::{translation, TranslationLang};
use store::leitbild::{Process, Translation};
use store::StoreError;

use crate::web::confirm::{self, Ask, Confirmed};
use crate::web::error::{AppError, AppResult};
use crate::web::extract::Ctx;
use crate::web::form::{Fields, Form};
use crate::web::guards::leitbild::ProcessTeam;
use crate::web::leitbild::adoption::lang_name;
use crate::web::page::{FormErrors, Nav, Page};
use crate::web::{redirect_flash, render, render_invalid};

/// One field of the form: the German beside what is typed.
pub struct Row {
    pub field: String,
    pub label: String,
    pub german: String,
    pub typed: String,
    /// A multi-line field (preamble, principle, goal) or the one-line slogan.
    pub multi: bool,
}

#[derive(Template)]
#[template(path = "leitbild/translation_form.html")]
struct FormPage {
    p: Page,
    process: Process,
    lang: TranslationLang,
    lang_name: &'static str,
    /// The adopted version the form translates.
    number: i64,
    /// The translation's version (0: a new one).
    version: i64,
    /// The version an existing translation translated, when older than `number`.
    outdated_from: Option<i64>,
    rows: Vec<Row>,
    errs: FormErrors,
}

impl FormPage {
    fn dir(&self) -> &'static str {
        if self.lang.rtl() {
            "rtl"
        } else {
            "ltr"
        }
    }
}

fn parse_lang(code: &str) -> Result<TranslationLang, AppError> {
    TranslationLang::parse(code).map_err(|_| AppError::NotFound)
}

/// The form's rows for the German text `de`, filled with `typed`.
fn rows(p: &Page, de: &Draft, typed: &Draft) -> Vec<Row> {
    let mut rows = vec![Row {
        field: "slogan".into(),
        label: p.t("leitbild-slogan"),
        german: de.slogan.clone(),
        typed: typed.slogan.clone(),
        multi: false,
    }];
    if !de.preamble.is_empty() {
        rows.push(Row {
            field: "preamble".into(),
            label: p.t("leitbild-preamble"),
            german: de.preamble.clone(),
            typed: typed.preamble.clone(),
            multi: true,
        });
    }
    for (i, x) in de.principles.iter().enumerate() {
        let n = i + 1;
        let t = typed.principles.get(i);
        rows.push(Row {
            field: format!("principle-{n}"),
            label: p.t1("leitbild-translation-principle", "n", n.to_string()),
            german: x.text.clone(),
            typed: t.map(|t| t.text.clone()).unwrap_or_default(),
            multi: true,
        });
        if !x.goal.is_empty() {
            rows.push(Row {
                field: format!("goal-{n}"),
                label: p.t1("leitbild-translation-goal", "n", n.to_string()),
                german: x.goal.clone(),
                typed: t.map(|t| t.goal.clone()).unwrap_or_default(),
                multi: true,
            });
        }
    }
    rows
}

/// The adopted version's number and German text (404 while none is adopted).
async fn adopted(ctx: &Ctx, process: &Process) -> Result<(i64, Draft), AppError> {
    let store = &ctx.state.store;
    let number = store.adoption(process.id).await?.adopted.ok_or(AppError::NotFound)?;
    let (_, de) = store.version(process.id, number).await?.ok_or(AppError::NotFound)?;
    Ok((number, de))
}

#[expect(clippy::too_many_arguments, reason = "the page's parts, each needed")]
fn form_page(
    ctx: &Ctx,
    process: Process,
    lang: TranslationLang,
    (number, de): (i64, &Draft),
    existing: Option<&Translation>,
    typed: &Draft,
    version: i64,
    errs: FormErrors,
) -> FormPage {
    let p = ctx.page_titled(
        format!("{} – {}", ctx.t("leitbild-translation-title"), lang_name(lang)),
        Nav::Leitbild,
    );
    FormPage {
        rows: rows(&p, de, typed),
        p,
        process,
        lang,
        lang_name: lang_name(lang),
        number,
        version,
        outdated_from: existing.map(|t| t.number).filter(|n| *n != number),
        errs,
    }
}

pub async fn get(ProcessTeam { ctx, process }: ProcessTeam, Path((_, code)): Path<(i64, String)>) -> AppResult {
    let lang = parse_lang(&code)?;
    let (number, de) = adopted(&ctx, &process).await?;
    let existing = ctx.state.store.translation(process.id, lang).await?;
    let (t, typed) = match &existing {
        Some((t, d)) => (Some(t), d.clone()),
        None => (None, Draft::default()),
    };
    let version = t.map_or(0, |t| t.version);
    render(&form_page(
        &ctx,
        process,
        lang,
        (number, &de),
        t,
        &typed,
        version,
        FormErrors::new(),
    ))
}

/// The form as typed: `None` when a field it always sends is missing or one
/// beyond the German text's principles came (400, nothing is saved).
fn typed(f: &Fields, de: &Draft) -> Option<(i64, i64, Draft)> {
    let count = de.principles.len();
    let beyond = f.0.iter().any(|(k, _)| {
        let n = k.strip_prefix("principle-").or_else(|| k.strip_prefix("goal-"));
        n.is_some_and(|n| n.parse::<usize>().map_or(true, |n| n == 0 || n > count))
    });
    let complete = ["number", "version", "slogan"].iter().all(|k| f.has(k))
        && (1..=count).all(|n| f.has(&format!("principle-{n}")));
    if beyond || !complete {
        return None;
    }
    let number = f.get("number").parse().ok()?;
    let version = f.get("version").parse().ok()?;
    let draft = Draft {
        slogan: f.get("slogan").to_string(),
        preamble: f.get("preamble").to_string(),
        principles: (1..=count)
            .map(|n| Principle {
                text: f.get(&format!("principle-{n}")).to_string(),
                goal: f.get(&format!("goal-{n}")).to_string(),
            })
            .collect(),
    };
    Some((number, version, draft))
}

pub async fn post(
    ProcessTeam { ctx, process }: ProcessTeam,
    Path((_, code)): Path<(i64, String)>,
    Form(fields): Form<Fields>,
) -> AppResult {
    let lang = parse_lang(&code)?;
    let (adopted_number, de) = adopted(&ctx, &process).await?;
    let (number, version, typed) = typed(&fields, &de).ok_or(AppError::BadRequest)?;
    let existing = ctx.state.store.translation(process.id, lang).await?.map(|(t, _)| t);
    let show = |errs: FormErrors, version: i64, process: Process| {
        form_page(
            &ctx,
            process,
            lang,
            (adopted_number, &de),
            existing.as_ref(),
            &typed,
            version,
            errs,
        )
    };
    let text = match translation(&de, &typed) {
        Ok(t) => t,
        Err(list) => {
            let mut errs = FormErrors::new();
            for (field, e) in list {
                errs.add(&field, e.0);
            }
            return render_invalid(&show(errs, version, process));
        }
    };
    let id = process.id;
    match ctx
        .state
        .store
        .save_translation(ctx.now(), ctx.user_id()?, id, lang, number, version, &text)
        .await
    {
        Ok(()) => Ok(redirect_flash(
            &format!("/leitbild/{id}/adoption#translations"),
            "flash-leitbild-translation-saved",
        )),
        Err(StoreError::Stale) => {
            // what was typed stays; saved again, it replaces what is there now
            let now_version = existing.as_ref().map_or(0, |t| t.version);
            let errs = FormErrors::one("slogan", "error-leitbild-translation-stale");
            render_invalid(&show(errs, now_version, process))
        }
        Err(StoreError::Conflict(_)) => Err(AppError::NotFound),
        Err(e) => Err(e.into()),
    }
}

pub async fn remove(
    ProcessTeam { ctx, process }: ProcessTeam,
    Path((_, code)): Path<(i64, String)>,
    Form(c): Form<Confirmed>,
) -> AppResult {
    let lang = parse_lang(&code)?;
    if !c.confirmed {
        if ctx.state.store.translation(process.id, lang).await?.is_none() {
            return Err(AppError::NotFound);
        }
        let ask = Ask {
            what: "leitbild-translation-remove",
            action: format!("/leitbild/{}/translations/{}/remove", process.id, lang.code()),
            back: format!("/leitbild/{}/adoption#translations", process.id),
            args: &[("language", lang_name(lang).to_string())],
            fields: vec![],
        };
        return confirm::ask(&ctx, ask, Nav::Leitbild);
    }
    ctx.state
        .store
        .remove_translation(ctx.now(), ctx.user_id()?, process.id, lang)
        .await?;
    Ok(redirect_flash(
        &format!("/leitbild/{}/adoption#translations", process.id),
        "flash-removed",
    ))
}
