//! Discussions in a space: starting a thread, reading it (which marks it
//! read), replying, editing one's own post (the old wording is kept) and
//! the edit history.

use askama::Template;
use axum::extract::Multipart;
use axum::http::HeaderMap;
use domain::policy::Action;
use domain::spaces as ds;
use store::files::FileRow;
use store::spaces::{NewPost, Post, Space, Thread};
use store::StoreError;

use crate::mail;
use crate::web::error::{AppError, AppResult};
use crate::web::extract::Ctx;
use crate::web::form::Form;
use crate::web::guards::spaces::{Contribute, InSpace, OwnPost, PostGuard, SpaceGuard, ThreadGuard, UploadForm, View};
use crate::web::markdown;
use crate::web::page::{FormErrors, Nav, Page};
use crate::web::spaces::files::FileField;
use crate::web::spaces::forms::{self, PostEditForm, ThreadForm};
use crate::web::spaces::me;
use crate::web::spaces::upload::{self, Limits};
use crate::web::{redirect, redirect_flash, render, render_invalid};

#[derive(Template)]
#[template(path = "spaces/thread_new.html")]
struct NewPage {
    p: Page,
    s: Space,
    errs: FormErrors,
    title: String,
    body: String,
    ff: FileField,
}

fn new_page(ctx: &Ctx, s: Space, errs: FormErrors, title: String, body: String) -> NewPage {
    let p = ctx.page("thread-new-title", Nav::Spaces);
    NewPage {
        ff: FileField::new(&p, &ctx.state),
        p,
        s,
        errs,
        title,
        body,
    }
}

/// Receives a post's form with its files (field `files`).
async fn receive_post(
    ctx: &Ctx,
    space: i64,
    headers: &HeaderMap,
    mp: Multipart,
    errs: &mut FormErrors,
) -> Result<upload::Received, AppError> {
    let limits = Limits::of_space(&ctx.state, space).await?;
    Ok(upload::receive(&ctx.state, headers, mp, space, "files", limits, errs).await)
}

/// The message for files the store refused (quota reached meanwhile).
fn refused_files(e: StoreError, errs: &mut FormErrors) -> Result<(), AppError> {
    match e {
        StoreError::Conflict("quota") => {
            errs.add("files", "error-quota");
            Ok(())
        }
        e => Err(e.into()),
    }
}

pub async fn new_get(SpaceGuard { ctx, sp, .. }: SpaceGuard<Contribute>) -> AppResult {
    let s = sp.space;
    render(&new_page(&ctx, s, FormErrors::new(), String::new(), String::new()))
}

pub async fn new_post(
    _: UploadForm,
    SpaceGuard { ctx, sp, .. }: SpaceGuard<Contribute>,
    headers: HeaderMap,
    mp: Multipart,
) -> AppResult {
    let (id, s) = (sp.space.id, sp.space);
    let mut errs = FormErrors::new();
    let got = receive_post(&ctx, id, &headers, mp, &mut errs).await?;
    let ThreadForm { title, body } = got.form()?;
    let t = errs.take("title", ds::thread_title(&title));
    let b = errs.take("body", ds::post_body(&body));
    if let (Some(t), Some(b), true) = (t, b, errs.is_empty()) {
        let post = NewPost {
            body: &b,
            files: &got.blobs,
            quota: upload::quota(&ctx.state),
        };
        match ctx.state.store.create_thread(ctx.now(), me(&ctx)?, id, &t, post).await {
            Ok(thread) => return Ok(redirect_flash(&format!("/threads/{thread}"), "flash-thread-created")),
            Err(e) => refused_files(e, &mut errs)?,
        }
    }
    upload::discard(&ctx.state, &got.blobs).await;
    render_invalid(&new_page(&ctx, s, errs, title, body))
}

/// A post with its Markdown rendered through the sanitiser.
pub struct PostView {
    pub post: Post,
    pub html: std::sync::Arc<str>,
    /// Not seen by the reader before this visit.
    pub new: bool,
    pub mine: bool,
    pub files: Vec<FileRow>,
}

#[derive(Template)]
#[template(path = "spaces/thread.html")]
struct ThreadPage {
    p: Page,
    s: Space,
    t: Thread,
    posts: Vec<PostView>,
    can_post: bool,
    following: bool,
    errs: FormErrors,
    body: String,
    ff: FileField,
}

async fn thread_page(
    ctx: &Ctx,
    t: Thread,
    sp: InSpace,
    seen: i64,
    errs: FormErrors,
    body: String,
) -> AppResult<ThreadPage> {
    let user = me(ctx)?;
    let mut files = ctx.state.store.attachments(t.id).await?;
    let posts = ctx
        .state
        .store
        .posts(t.id)
        .await?
        .into_iter()
        .map(|post| PostView {
            html: markdown::render_cached(&post.body),
            new: seen > 0 && post.id > seen && post.author_id != Some(user),
            mine: post.author_id == Some(user),
            files: files.extract_if(.., |f| f.post_id == Some(post.id)).collect(),
            post,
        })
        .collect();
    let following = ctx.state.store.is_following(t.id, user).await?;
    let p = ctx.page_titled(t.title.clone(), Nav::Spaces);
    Ok(ThreadPage {
        following,
        ff: FileField::new(&p, &ctx.state),
        p,
        can_post: ctx.can(Action::PostInSpace(sp.role)),
        s: sp.space,
        t,
        posts,
        errs,
        body,
    })
}

pub async fn show(ThreadGuard { ctx, thread: t, sp, .. }: ThreadGuard<View>) -> AppResult {
    let id = t.id;
    let seen = ctx.state.store.read_thread(id, me(&ctx)?).await?;
    render(&thread_page(&ctx, t, sp, seen, FormErrors::new(), String::new()).await?)
}

pub async fn reply(
    _: UploadForm,
    ThreadGuard { ctx, thread: t, sp, .. }: ThreadGuard<Contribute>,
    headers: HeaderMap,
    mp: Multipart,
) -> AppResult {
    let id = t.id;
    let mut errs = FormErrors::new();
    let got = receive_post(&ctx, t.space_id, &headers, mp, &mut errs).await?;
    let ThreadForm { body, .. } = got.form()?;
    let b = errs.take("body", ds::post_body(&body));
    let (Some(b), true) = (b, errs.is_empty()) else {
        upload::discard(&ctx.state, &got.blobs).await;
        return render_invalid(&thread_page(&ctx, t, sp, 0, errs, body).await?);
    };
    let st = &ctx.state;
    let base = st.config.public_url.trim_end_matches('/').to_string();
    let who = ctx.user.as_ref().map(|u| u.name.clone()).unwrap_or_default();
    let excerpt = excerpt(&b, 300);
    let (space, title) = (sp.space.name.clone(), t.title.clone());
    let i18n = st.i18n.clone();
    let link = format!("{base}/threads/{id}");
    let settings = format!("{base}/spaces#notifications");
    let compose = move |r: &store::spaces::Recipient| {
        mail::space_post(&i18n, r, &who, &space, &title, &excerpt, &link, &settings)
    };
    let post = NewPost {
        body: &b,
        files: &got.blobs,
        quota: upload::quota(st),
    };
    match st.store.reply(ctx.now(), me(&ctx)?, &t, post, &compose).await {
        Ok(post) => Ok(redirect(&format!("/threads/{id}#post-{post}"))),
        Err(e) => {
            refused_files(e, &mut errs)?;
            upload::discard(st, &got.blobs).await;
            render_invalid(&thread_page(&ctx, t, sp, 0, errs, body).await?)
        }
    }
}

/// The first `max` characters of a post's text for a mail, on a word boundary.
fn excerpt(body: &str, max: usize) -> String {
    let flat = body.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= max {
        return flat;
    }
    let cut: String = flat.chars().take(max).collect();
    match cut.rfind(' ') {
        Some(i) => format!("{} …", &cut[..i]),
        None => format!("{cut} …"),
    }
}

/// Follows a thread or stops following it.
pub async fn follow(ThreadGuard { ctx, thread, .. }: ThreadGuard<View>) -> AppResult {
    let id = thread.id;
    ctx.state.store.follow_thread(ctx.now(), id, me(&ctx)?, true).await?;
    Ok(redirect_flash(&format!("/threads/{id}"), "flash-thread-followed"))
}

pub async fn unfollow(ThreadGuard { ctx, thread, .. }: ThreadGuard<View>) -> AppResult {
    let id = thread.id;
    ctx.state.store.follow_thread(ctx.now(), id, me(&ctx)?, false).await?;
    Ok(redirect_flash(&format!("/threads/{id}"), "flash-thread-unfollowed"))
}

#[derive(Template)]
#[template(path = "spaces/post_edit.html")]
struct EditPage {
    p: Page,
    s: Space,
    t: Thread,
    post: Post,
    errs: FormErrors,
    body: String,
    version: String,
}

/// The edit form of one's post, with what was typed and what is wrong with it.
fn edit_page(OwnPost { ctx, post, thread, sp }: OwnPost, errs: FormErrors, body: String, version: String) -> EditPage {
    EditPage {
        p: ctx.page("post-edit-title", Nav::Spaces),
        s: sp.space,
        t: thread,
        post,
        errs,
        body,
        version,
    }
}

pub async fn edit_get(g: OwnPost) -> AppResult {
    let (body, version) = (g.post.body.clone(), g.post.version.to_string());
    render(&edit_page(g, FormErrors::new(), body, version))
}

pub async fn edit_post(g: OwnPost, Form(f): Form<PostEditForm>) -> AppResult {
    let (ctx, id) = (&g.ctx, g.post.id);
    let PostEditForm { body, version } = f;
    let mut errs = FormErrors::new();
    let b = errs.take("body", ds::post_body(&body));
    if let Some(b) = b {
        match ctx
            .state
            .store
            .edit_post(ctx.now(), me(ctx)?, id, forms::version(&version)?, &b)
            .await
        {
            Ok(()) => {
                return Ok(redirect_flash(
                    &format!("/threads/{}#post-{id}", g.thread.id),
                    "flash-saved",
                ))
            }
            // someone (the author in another tab) changed it meanwhile: show it, keep what was typed
            Err(StoreError::Stale) => errs.add("body", "error-stale"),
            Err(e) => return Err(e.into()),
        }
    }
    render_invalid(&edit_page(g, errs, body, version))
}

pub struct RevisionView {
    pub editor: String,
    pub edited_at: i64,
    pub html: String,
}

#[derive(Template)]
#[template(path = "spaces/post_history.html")]
struct HistoryPage {
    p: Page,
    s: Space,
    t: Thread,
    current: String,
    post: Post,
    revisions: Vec<RevisionView>,
}

pub async fn history(
    PostGuard {
        ctx,
        post,
        thread: t,
        sp,
    }: PostGuard,
) -> AppResult {
    let id = post.id;
    let revisions = ctx
        .state
        .store
        .post_revisions(id)
        .await?
        .into_iter()
        .map(|r| RevisionView {
            editor: r.editor,
            edited_at: r.edited_at.0,
            html: markdown::render(&r.body),
        })
        .collect();
    render(&HistoryPage {
        p: ctx.page("post-history-title", Nav::Spaces),
        s: sp.space,
        t,
        current: markdown::render(&post.body),
        post,
        revisions,
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn excerpts_end_on_a_word() {
        assert_eq!(super::excerpt("kurz\n\nund gut", 300), "kurz und gut");
        assert_eq!(super::excerpt("eins zwei drei", 9), "eins …");
        assert_eq!(super::excerpt("مرحبا بكم في المساحة", 12), "مرحبا بكم …");
    }
}
