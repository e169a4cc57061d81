//! /spaces: the person's spaces and the listed ones; creating and editing a
//! space; a space's home with what is new since the last visit.

use askama::Template;
use axum::extract::Query;
use domain::policy::Action;
use domain::spaces::{NotifyMode, SpaceRole};
use serde::Deserialize;
use store::spaces::{News, Space, SpaceInvitation, SpaceItem, ThreadItem};
use store::StoreError;

use crate::web::error::{AppError, AppResult};
use crate::web::extract::Ctx;
use crate::web::form::Form;
use crate::web::guards::spaces::{InSpace, Manage, SpaceCreator, SpaceGuard, Visit};
use crate::web::guards::SignedIn;
use crate::web::page::{FormErrors, Nav, Opt, Page, Pager};
use crate::web::spaces::forms::{self, kind_options, NotifyForm, SpaceForm};
use crate::web::spaces::me;
use crate::web::{redirect_flash, render, render_invalid};

#[derive(Template)]
#[template(path = "spaces/list.html")]
struct ListPage {
    p: Page,
    /// Open invitations to the person or to an organisation they are an admin of.
    invitations: Vec<SpaceInvitation>,
    mine: Vec<SpaceItem>,
    listed: Vec<SpaceItem>,
    can_create: bool,
    /// How the person hears of new posts, and the choices.
    mode: NotifyMode,
    modes: Vec<Opt>,
}

pub async fn list(SignedIn { ctx, user }: SignedIn) -> AppResult {
    let user = user.id;
    let (mine, listed) = ctx.state.store.spaces_for(user).await?;
    let p = ctx.page("spaces-title", Nav::Spaces);
    render(&ListPage {
        modes: NotifyMode::ALL
            .iter()
            .map(|m| Opt::new(m.code(), p.tk("notify-mode", m.code())))
            .collect(),
        mode: ctx.state.store.notify_mode(user).await?,
        p,
        can_create: ctx.can(Action::CreateSpace),
        invitations: ctx.state.store.space_invitations_for(user, ctx.now()).await?,
        mine,
        listed,
    })
}

/// Sets how the person hears of new posts in threads they follow.
pub async fn notifications(SignedIn { ctx, .. }: SignedIn, Form(f): Form<NotifyForm>) -> AppResult {
    let mode = NotifyMode::parse(&f.mode).map_err(|_| AppError::NotFound)?;
    ctx.state.store.set_notify_mode(ctx.now(), me(&ctx)?, mode).await?;
    Ok(redirect_flash("/spaces#notifications", "flash-saved"))
}

#[derive(Template)]
#[template(path = "spaces/form.html")]
struct FormPage {
    p: Page,
    action: String,
    cancel_href: String,
    errs: FormErrors,
    f: SpaceForm,
    kinds: Vec<Opt>,
}

fn form_page(
    ctx: &Ctx,
    title_key: &str,
    action: String,
    cancel_href: String,
    errs: FormErrors,
    f: SpaceForm,
) -> FormPage {
    let p = ctx.page(title_key, Nav::Spaces);
    FormPage {
        kinds: kind_options(&p),
        action,
        cancel_href,
        errs,
        f,
        p,
    }
}

pub async fn new_get(SpaceCreator { ctx }: SpaceCreator) -> AppResult {
    let f = SpaceForm {
        kind: "network".into(),
        ..Default::default()
    };
    render(&form_page(
        &ctx,
        "spaces-new-title",
        "/spaces/new".into(),
        "/spaces".into(),
        FormErrors::new(),
        f,
    ))
}

pub async fn new_post(SpaceCreator { ctx }: SpaceCreator, Form(f): Form<SpaceForm>) -> AppResult {
    let s = match f.parse() {
        Ok(s) => s,
        Err(errs) => {
            return render_invalid(&form_page(
                &ctx,
                "spaces-new-title",
                "/spaces/new".into(),
                "/spaces".into(),
                errs,
                f,
            ))
        }
    };
    let id = ctx.state.store.create_space(ctx.now(), me(&ctx)?, &s).await?;
    Ok(redirect_flash(&format!("/spaces/{id}"), "flash-space-created"))
}

pub async fn edit_get(SpaceGuard { ctx, sp, .. }: SpaceGuard<Manage>) -> AppResult {
    let (id, s) = (sp.space.id, sp.space);
    let f = SpaceForm::from_space(&s);
    render(&form_page(
        &ctx,
        "spaces-edit-title",
        format!("/spaces/{id}/edit"),
        format!("/spaces/{id}"),
        FormErrors::new(),
        f,
    ))
}

pub async fn edit_post(SpaceGuard { ctx, sp, .. }: SpaceGuard<Manage>, Form(f): Form<SpaceForm>) -> AppResult {
    let id = sp.space.id;
    let version = forms::version(&f.version)?;
    let invalid = |errs, f| {
        render_invalid(&form_page(
            &ctx,
            "spaces-edit-title",
            format!("/spaces/{id}/edit"),
            format!("/spaces/{id}"),
            errs,
            f,
        ))
    };
    let s = match f.parse() {
        Ok(s) => s,
        Err(errs) => return invalid(errs, f),
    };
    match ctx
        .state
        .store
        .update_space(ctx.now(), me(&ctx)?, id, version, &s)
        .await
    {
        Ok(()) => Ok(redirect_flash(&format!("/spaces/{id}"), "flash-saved")),
        Err(StoreError::Stale) => {
            let errs = FormErrors::one("name", "error-stale");
            invalid(errs, f)
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Deserialize, Default)]
pub struct PageQuery {
    page: Option<String>,
}

#[derive(Template)]
#[template(path = "spaces/home.html")]
pub(crate) struct HomePage {
    p: Page,
    s: Space,
    role: Option<SpaceRole>,
    can_post: bool,
    can_manage: bool,
    /// `None` on the first visit.
    news: Option<News>,
    last_visit: Option<i64>,
    threads: Vec<ThreadItem>,
    pager: Pager,
    /// Open requests to join (for the space's admins).
    requests: usize,
    /// The visitor (not a member) has asked to join already.
    requested: bool,
    request_errs: FormErrors,
    request_message: String,
}

pub async fn home(SpaceGuard { ctx, sp, .. }: SpaceGuard<Visit>, Query(q): Query<PageQuery>) -> AppResult {
    let InSpace { space, role } = sp;
    let id = space.id;
    let user = me(&ctx)?;
    let st = &ctx.state.store;
    if role.is_none() {
        // a listed space seen from outside: what it is, and the request to join
        return render(&outside_page(&ctx, space, FormErrors::new(), String::new()).await?);
    }
    let visit = st.visit_space(ctx.now(), id, user).await?;
    let last_visit = visit.as_ref().map(|(at, _)| *at);
    let news = visit.map(|(_, n)| n);
    let page = Pager::parse(q.page.as_deref());
    let total = st.thread_count(id).await?;
    let threads = st.threads(id, user, Pager::SIZE, Pager::offset(page)).await?;
    let requests = if ctx.can(Action::ManageSpace(role)) {
        st.space_requests(id).await?.len()
    } else {
        0
    };
    let p = ctx.page_titled(space.name.clone(), Nav::Spaces);
    render(&HomePage {
        can_post: ctx.can(Action::PostInSpace(role)),
        can_manage: ctx.can(Action::ManageSpace(role)),
        pager: Pager::new(page, total, String::new()),
        s: space,
        role,
        news,
        last_visit,
        threads,
        requests,
        requested: false,
        request_errs: FormErrors::new(),
        request_message: String::new(),
        p,
    })
}

/// A listed space for someone who is not (yet) a member.
pub(crate) async fn outside_page(ctx: &Ctx, s: Space, errs: FormErrors, message: String) -> AppResult<HomePage> {
    let requested = ctx
        .state
        .store
        .spaces_for(me(ctx)?)
        .await?
        .1
        .iter()
        .any(|i| i.id == s.id && i.requested.on());
    let p = ctx.page_titled(s.name.clone(), Nav::Spaces);
    Ok(HomePage {
        can_post: false,
        can_manage: false,
        news: None,
        last_visit: None,
        threads: vec![],
        pager: Pager::new(1, 0, String::new()),
        requests: 0,
        requested,
        request_errs: errs,
        request_message: message,
        role: None,
        s,
        p,
    })
}
