//! Participation links, as the process team hands them out (from the
//! preparation page): a personal link mailed to a person with a work mailbox,
//! printed on a card with a QR code for staff without one, or one anonymous
//! link per department for the intranet. The database keeps only a token's
//! hash, so a link is shown or sent once, when it is made; making it again
//! makes a new one and the old one stops working. Revoking takes it away.

use askama::Template;
use axum::extract::Path;
use axum::http::header;
use store::leitbild::{Department, Person, Process};

use crate::mail;
use crate::security::{random_token, token_hash};
use crate::web::confirm::{self, Ask, Confirmed};
use crate::web::error::{AppError, AppResult};
use crate::web::extract::Ctx;
use crate::web::form::Form;
use crate::web::guards::leitbild::ProcessTeam;
use crate::web::page::{Nav, Page};
use crate::web::series::attendance::file_response;
use crate::web::{redirect_flash, render};

/// A new token and the hash the database keeps.
pub fn new_link() -> (String, String) {
    let token = random_token();
    let hash = token_hash(&token);
    (token, hash)
}

fn back(process: &Process, anchor: &str, flash: &str) -> AppResult {
    Ok(redirect_flash(
        &format!("/leitbild/{}/setup#{anchor}", process.id),
        flash,
    ))
}

async fn person(ctx: &Ctx, process: &Process, id: i64) -> AppResult<Person> {
    let people = ctx.state.store.people(process.id).await?;
    people.into_iter().find(|x| x.id == id).ok_or(AppError::NotFound)
}

/// Mails new links to `people` (those without an e-mail are skipped).
async fn mail_links(ctx: &Ctx, process: &Process, people: &[Person]) -> AppResult<usize> {
    let base = &ctx.state.config.public_url;
    let links: Vec<_> = people
        .iter()
        .filter(|x| !x.email.is_empty())
        .map(|x| {
            let (token, hash) = new_link();
            let m = mail::leitbild_link(
                &ctx.state.i18n,
                &x.name,
                &x.email,
                &process.title,
                &process.org_name,
                &mail::participation_link(base, &token),
            );
            (x.id, hash, m)
        })
        .collect();
    if !links.is_empty() {
        ctx.state
            .store
            .mail_person_links(ctx.now(), ctx.user_id()?, process.id, &links)
            .await?;
    }
    Ok(links.len())
}

/// `POST /leitbild/{id}/people/{item}/link`: mails the person a new link.
pub async fn mail_one(ProcessTeam { ctx, process }: ProcessTeam, Path((_, id)): Path<(i64, i64)>) -> AppResult {
    let x = person(&ctx, &process, id).await?;
    if x.email.is_empty() {
        return Err(AppError::BadRequest);
    }
    mail_links(&ctx, &process, &[x]).await?;
    back(&process, "people", "flash-leitbild-link-sent")
}

/// `POST /leitbild/{id}/links/mail`: mails a link to everyone with an e-mail who has none yet.
pub async fn mail_all(ProcessTeam { ctx, process }: ProcessTeam) -> AppResult {
    let people: Vec<Person> = ctx
        .state
        .store
        .people(process.id)
        .await?
        .into_iter()
        .filter(|x| x.link_at.is_none())
        .collect();
    let n = mail_links(&ctx, &process, &people).await?;
    back(
        &process,
        "people",
        if n == 0 {
            "flash-leitbild-links-none"
        } else {
            "flash-leitbild-links-sent"
        },
    )
}

/// The confirmation page of revoking the link of `owner` (`people/{id}` or
/// `departments/{id}`), named `name`; "back" leads to the setup page's `anchor`.
fn ask_revoke(ctx: &Ctx, process: &Process, owner: &str, anchor: &str, name: String) -> AppResult {
    let ask = Ask {
        what: "leitbild-link-revoke",
        action: format!("/leitbild/{}/{owner}/link/revoke", process.id),
        back: format!("/leitbild/{}/setup#{anchor}", process.id),
        args: &[("name", name), ("process", process.title.clone())],
        fields: vec![],
    };
    confirm::ask(ctx, ask, Nav::Leitbild)
}

/// `POST /leitbild/{id}/people/{item}/link/revoke`: after a confirmation, the person's link stops working.
pub async fn revoke_person(
    ProcessTeam { ctx, process }: ProcessTeam,
    Path((_, id)): Path<(i64, i64)>,
    Form(c): Form<Confirmed>,
) -> AppResult {
    let x = person(&ctx, &process, id).await?;
    if !c.confirmed {
        return ask_revoke(&ctx, &process, &format!("people/{id}"), "people", x.name);
    }
    ctx.state
        .store
        .set_person_link(ctx.now(), ctx.user_id()?, process.id, id, None)
        .await?;
    back(&process, "people", "flash-leitbild-link-revoked")
}

/// `POST /leitbild/{id}/links/cards`: after a confirmation (the people's
/// earlier links stop working), new links for everyone without an e-mail,
/// as a PDF of cards with QR codes to print and cut.
pub async fn cards(ProcessTeam { ctx, process }: ProcessTeam, Form(c): Form<Confirmed>) -> AppResult {
    let people: Vec<Person> = ctx
        .state
        .store
        .people(process.id)
        .await?
        .into_iter()
        .filter(|x| x.email.is_empty())
        .collect();
    if people.is_empty() {
        return back(&process, "people", "flash-leitbild-cards-none");
    }
    if !c.confirmed {
        let ask = Ask {
            what: "leitbild-cards",
            action: format!("/leitbild/{}/links/cards", process.id),
            back: format!("/leitbild/{}/setup#people", process.id),
            args: &[("count", people.len().to_string()), ("process", process.title.clone())],
            fields: vec![],
        };
        return confirm::ask(&ctx, ask, Nav::Leitbild);
    }
    let base = &ctx.state.config.public_url;
    let made: Vec<(Person, String, String)> = people
        .into_iter()
        .map(|x| {
            let (token, hash) = new_link();
            (x, token, hash)
        })
        .collect();
    let links: Vec<(i64, String)> = made.iter().map(|(x, _, h)| (x.id, h.clone())).collect();
    ctx.state
        .store
        .renew_person_links(ctx.now(), ctx.user_id()?, process.id, &links)
        .await?;
    let locale = ctx.locale;
    let t = |k: &str| ctx.state.i18n.t(locale.code, k);
    let doc = pdf::LinkCards {
        lang: locale.code.to_string(),
        rtl: locale.rtl,
        heading: t("leitbild-card-heading"),
        process: process.title.clone(),
        org: process.org_name.clone(),
        hint: t("leitbild-card-hint"),
        cards: made
            .iter()
            .map(|(x, token, _)| pdf::LinkCard {
                name: x.name.clone(),
                department: x.department.clone(),
                url: mail::participation_link(base, token),
            })
            .collect(),
        created_at: ctx.now(),
    };
    let bytes = tokio::task::spawn_blocking(move || pdf::link_cards(&doc))
        .await
        .map_err(|e| AppError::Internal(e.into()))?
        .map_err(|e| AppError::Internal(e.into()))?;
    Ok(file_response(bytes, "application/pdf", "mitmachen-karten.pdf", false))
}

#[derive(Template)]
#[template(path = "leitbild/department_link.html")]
struct LinkPage {
    p: Page,
    process: Process,
    department: Department,
    link: String,
}

async fn department(ctx: &Ctx, process: &Process, id: i64) -> AppResult<Department> {
    let deps = ctx.state.store.departments(process.id).await?;
    deps.into_iter().find(|d| d.id == id).ok_or(AppError::NotFound)
}

/// `POST /leitbild/{id}/departments/{item}/link`: a new link for the
/// department's intranet page, shown once (asked first when it replaces one).
pub async fn department_link(
    ProcessTeam { ctx, process }: ProcessTeam,
    Path((_, id)): Path<(i64, i64)>,
    Form(c): Form<Confirmed>,
) -> AppResult {
    let d = department(&ctx, &process, id).await?;
    if d.has_link.on() && !c.confirmed {
        let ask = Ask {
            what: "leitbild-department-link",
            action: format!("/leitbild/{}/departments/{id}/link", process.id),
            back: format!("/leitbild/{}/setup#departments", process.id),
            args: &[("name", d.name.clone()), ("process", process.title.clone())],
            fields: vec![],
        };
        return confirm::ask(&ctx, ask, Nav::Leitbild);
    }
    let (token, hash) = new_link();
    ctx.state
        .store
        .set_department_link(ctx.now(), ctx.user_id()?, process.id, id, Some(&hash))
        .await?;
    let link = mail::participation_link(&ctx.state.config.public_url, &token);
    let mut res = render(&LinkPage {
        p: ctx.page_titled(
            format!("{} – {}", ctx.t("leitbild-department-link-title"), d.name),
            Nav::Leitbild,
        ),
        process,
        department: d,
        link,
    })?;
    res.headers_mut()
        .insert(header::CACHE_CONTROL, header::HeaderValue::from_static("no-store"));
    Ok(res)
}

/// `POST /leitbild/{id}/departments/{item}/link/revoke`, after a confirmation.
pub async fn revoke_department(
    ProcessTeam { ctx, process }: ProcessTeam,
    Path((_, id)): Path<(i64, i64)>,
    Form(c): Form<Confirmed>,
) -> AppResult {
    let d = department(&ctx, &process, id).await?;
    if !c.confirmed {
        return ask_revoke(&ctx, &process, &format!("departments/{id}"), "departments", d.name);
    }
    ctx.state
        .store
        .set_department_link(ctx.now(), ctx.user_id()?, process.id, id, None)
        .await?;
    back(&process, "departments", "flash-leitbild-link-revoked")
}
