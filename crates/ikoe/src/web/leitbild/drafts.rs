//! The text of a Leitbild: the newest version with the list of all
//! versions, writing the next version, and a version compared with the one
//! before it, word by word.

use askama::Template;
use axum::extract::Path;
use domain::leitbild::{compare, Change, Draft};
use store::leitbild::{Process, Version};
use store::StoreError;

use crate::web::error::{AppError, AppResult};
use crate::web::extract::Ctx;
use crate::web::form::{Fields, Form};
use crate::web::guards::leitbild::{ProcessTeam, ProcessView};
use crate::web::leitbild::forms::DraftForm;
use crate::web::page::{FormErrors, Nav, Page};
use crate::web::{redirect_flash, render, render_invalid};

#[derive(Template)]
#[template(path = "leitbild/draft.html")]
struct DraftPage {
    p: Page,
    process: Process,
    team_view: bool,
    /// The newest version and its text.
    latest: Option<(Version, Draft)>,
    versions: Vec<Version>,
}

pub async fn show(ProcessView { ctx, process, team }: ProcessView) -> AppResult {
    let store = &ctx.state.store;
    let versions = store.versions(process.id).await?;
    let latest = match versions.first() {
        Some(v) => store.version(process.id, v.number).await?,
        None => None,
    };
    render(&DraftPage {
        p: ctx.page_titled(
            format!("{} – {}", ctx.t("leitbild-draft-title"), process.title),
            Nav::Leitbild,
        ),
        process,
        team_view: team,
        latest,
        versions,
    })
}

#[derive(Template)]
#[template(path = "leitbild/draft_form.html")]
struct FormPage {
    p: Page,
    process: Process,
    errs: FormErrors,
    f: DraftForm,
}

fn form_page(ctx: &Ctx, process: Process, errs: FormErrors, f: DraftForm) -> FormPage {
    FormPage {
        p: ctx.page_titled(
            format!("{} – {}", ctx.t("leitbild-draft-edit-title"), process.title),
            Nav::Leitbild,
        ),
        process,
        errs,
        f,
    }
}

pub async fn edit_get(ProcessTeam { ctx, process }: ProcessTeam) -> AppResult {
    let store = &ctx.state.store;
    let number = store.latest_version(process.id).await?;
    let draft = store
        .version(process.id, number)
        .await?
        .map(|(_, d)| d)
        .unwrap_or_default();
    render(&form_page(
        &ctx,
        process,
        FormErrors::new(),
        DraftForm::from_draft(number, &draft),
    ))
}

pub async fn edit_post(ProcessTeam { ctx, process }: ProcessTeam, Form(fields): Form<Fields>) -> AppResult {
    let f = DraftForm::sent(&fields).ok_or(AppError::BadRequest)?;
    let based_on: i64 = f.based_on.parse().map_err(|_| AppError::BadRequest)?;
    let draft = match f.parse() {
        Ok(d) => d,
        Err(errs) => return render_invalid(&form_page(&ctx, process, errs, f)),
    };
    let id = process.id;
    match ctx
        .state
        .store
        .save_version(ctx.now(), ctx.user_id()?, id, based_on, &draft)
        .await
    {
        Ok(n) => Ok(redirect_flash(
            &format!("/leitbild/{id}/versions/{n}"),
            "flash-leitbild-version",
        )),
        Err(StoreError::Stale) => {
            // what was typed stays; saved again, it becomes the version after the newest
            let mut f = f;
            f.based_on = ctx.state.store.latest_version(id).await?.to_string();
            render_invalid(&form_page(
                &ctx,
                process,
                FormErrors::one("slogan", "error-version-stale"),
                f,
            ))
        }
        Err(StoreError::Conflict(why)) => {
            // a feedback round open, or comments unanswered: what was typed stays
            let key = if why == "unanswered" {
                "error-leitbild-unanswered"
            } else {
                "error-leitbild-round-open-save"
            };
            render_invalid(&form_page(&ctx, process, FormErrors::one("slogan", key), f))
        }
        Err(e) => Err(e.into()),
    }
}

/// A principle of a version compared with the one at its place in the version before.
struct PrincipleDiff {
    /// "added", "removed", "changed" or "same".
    state: &'static str,
    text: Vec<Change>,
    goal: Vec<Change>,
}

#[derive(Template)]
#[template(path = "leitbild/version.html")]
struct VersionPage {
    p: Page,
    process: Process,
    version: Version,
    /// The number of the version compared with (none for the first).
    previous: Option<i64>,
    slogan: Vec<Change>,
    preamble: Vec<Change>,
    principles: Vec<PrincipleDiff>,
}

pub async fn version(ProcessView { ctx, process, .. }: ProcessView, Path((_, number)): Path<(i64, i64)>) -> AppResult {
    let store = &ctx.state.store;
    let (version, new) = store.version(process.id, number).await?.ok_or(AppError::NotFound)?;
    let old = store.version(process.id, number - 1).await?.map(|(_, d)| d);
    let previous = old.as_ref().map(|_| number - 1);
    let old = old.unwrap_or_else(|| new.clone());
    let count = old.principles.len().max(new.principles.len());
    let principles = (0..count)
        .map(|i| {
            let (o, n) = (old.principles.get(i), new.principles.get(i));
            let text = compare(o.map_or("", |p| p.text.as_str()), n.map_or("", |p| p.text.as_str()));
            let goal = compare(o.map_or("", |p| p.goal.as_str()), n.map_or("", |p| p.goal.as_str()));
            let state = match (o, n) {
                (None, _) => "added",
                (_, None) => "removed",
                _ if domain::leitbild::changed(&text) || domain::leitbild::changed(&goal) => "changed",
                _ => "same",
            };
            PrincipleDiff { state, text, goal }
        })
        .collect();
    render(&VersionPage {
        p: ctx.page_titled(
            format!("{} {number} – {}", ctx.t("leitbild-version"), process.title),
            Nav::Leitbild,
        ),
        slogan: compare(&old.slogan, &new.slogan),
        preamble: compare(&old.preamble, &new.preamble),
        principles,
        previous,
        version,
        process,
    })
}
