//! The file area of a space: folders, upload (several files at once; drag
//! and drop enhances the plain form), a file's page with its versions and
//! checksums, download, new versions, the trash, and search in the space.

use askama::Template;
use axum::body::Body;
use axum::extract::{Multipart, Path, Query};
use axum::http::{header, HeaderMap, HeaderValue};
use axum::response::IntoResponse;
use domain::policy::Action;
use store::files::{FileRow, FileVersion, Folder, NewBlob};
use store::spaces::Space;
use store::StoreError;

use crate::web::confirm::{self, Ask, Confirmed};
use crate::web::crumbs::Crumb;
use crate::web::error::{AppError, AppResult};
use crate::web::extract::Ctx;
use crate::web::form::Form;
use crate::web::guards::spaces::{Contribute, FileGuard, FolderGuard, InSpace, SpaceGuard, UploadForm, View};
use crate::web::page::{FormErrors, Nav, Page};
use crate::web::spaces::forms::{FolderForm, UploadPlace};
use crate::web::spaces::me;
use crate::web::spaces::upload::{self, Limits};
use crate::web::{redirect_flash, render, render_invalid};

/// What a file field shows: the kinds the picker offers, the hint with
/// kinds and largest size, and that size for the browser's own check.
pub struct FileField {
    pub accept: String,
    pub hint: String,
    pub max: u64,
}

impl FileField {
    pub fn new(p: &Page, st: &crate::state::AppState) -> Self {
        let exts = domain::files::accepted_exts();
        let max = st.config.files.max_file_bytes;
        FileField {
            accept: exts.iter().map(|e| format!(".{e}")).collect::<Vec<_>>().join(","),
            hint: format!(
                "{} {}",
                p.t1("file-field-kinds", "kinds", exts.join(p.sep().as_str())),
                p.t1(
                    "file-field-max",
                    "size",
                    p.bytes(i64::try_from(max).unwrap_or(i64::MAX))
                )
            ),
            max,
        }
    }
}

#[derive(Template)]
#[template(path = "spaces/files.html")]
struct FolderPage {
    p: Page,
    s: Space,
    can_post: bool,
    /// The folder shown and its parents (empty: the top level).
    path: Vec<Folder>,
    folders: Vec<Folder>,
    files: Vec<FileRow>,
    upload_errs: FormErrors,
    folder_errs: FormErrors,
    folder_name: String,
    used: i64,
    quota: i64,
    ff: FileField,
}

impl FolderPage {
    /// Breadcrumbs: spaces, the space, the files and the folders above this one.
    fn trail(&self) -> Vec<Crumb> {
        let p = &self.p;
        let mut t = vec![
            p.crumb("/spaces", p.t("spaces-title")),
            p.crumb(format!("/spaces/{}", self.s.id), &self.s.name),
        ];
        if let Some((_, above)) = self.path.split_last() {
            t.push(p.crumb(format!("/spaces/{}/files", self.s.id), p.t("files-title")));
            t.extend(above.iter().map(|f| p.crumb(format!("/folders/{}", f.id), &f.name)));
        }
        t
    }
    fn current(&self) -> String {
        self.path
            .last()
            .map_or_else(|| self.p.t("files-title"), |f| f.name.clone())
    }
    fn here(&self) -> Option<i64> {
        self.path.last().map(|f| f.id)
    }
    fn here_value(&self) -> String {
        self.here().map(|i| i.to_string()).unwrap_or_default()
    }
}

async fn folder_page(
    ctx: &Ctx,
    sp: InSpace,
    folder: Option<Folder>,
    upload_errs: FormErrors,
    folder_errs: FormErrors,
    folder_name: String,
) -> AppResult<FolderPage> {
    let st = &ctx.state;
    let here = folder.as_ref().map(|f| f.id);
    let path = match here {
        Some(id) => st.store.folder_path(id).await?,
        None => Vec::new(),
    };
    let p = match &folder {
        Some(f) => ctx.page_titled(f.name.clone(), Nav::Spaces),
        None => ctx.page("files-title", Nav::Spaces),
    };
    Ok(FolderPage {
        ff: FileField::new(&p, st),
        p,
        can_post: ctx.can(Action::PostInSpace(sp.role)),
        folders: st.store.folders(sp.space.id, here).await?,
        files: st.store.files_in(sp.space.id, here).await?,
        used: st.store.space_usage(sp.space.id).await?,
        quota: upload::quota(st),
        s: sp.space,
        path,
        upload_errs,
        folder_errs,
        folder_name,
    })
}

pub async fn top(SpaceGuard { ctx, sp, .. }: SpaceGuard<View>) -> AppResult {
    let page = folder_page(&ctx, sp, None, FormErrors::new(), FormErrors::new(), String::new()).await?;
    render(&page)
}

pub async fn folder(FolderGuard { ctx, folder: f, sp, .. }: FolderGuard<View>) -> AppResult {
    let page = folder_page(&ctx, sp, Some(f), FormErrors::new(), FormErrors::new(), String::new()).await?;
    render(&page)
}

fn folder_url(space: i64, folder: Option<i64>) -> String {
    match folder {
        Some(f) => format!("/folders/{f}"),
        None => format!("/spaces/{space}/files"),
    }
}

/// The folder named by a form field, if it belongs to the space.
async fn folder_field(ctx: &Ctx, space: i64, value: &str) -> Result<Option<Folder>, AppError> {
    if value.is_empty() {
        return Ok(None);
    }
    let id: i64 = value.parse().map_err(|_| AppError::NotFound)?;
    match ctx.state.store.folder(id).await? {
        Some(f) if f.space_id == space => Ok(Some(f)),
        _ => Err(AppError::NotFound),
    }
}

pub async fn create_folder(SpaceGuard { ctx, sp, .. }: SpaceGuard<Contribute>, Form(f): Form<FolderForm>) -> AppResult {
    let id = sp.space.id;
    let parent = folder_field(&ctx, id, &f.parent).await?;
    let typed = f.name;
    let mut errs = FormErrors::new();
    if let Some(name) = errs.take("name", domain::files::folder_name(&typed)) {
        let parent_id = parent.as_ref().map(|p| p.id);
        match ctx
            .state
            .store
            .create_folder(ctx.now(), me(&ctx)?, id, parent_id, &name)
            .await
        {
            Ok(new) => return Ok(redirect_flash(&format!("/folders/{new}"), "flash-folder-created")),
            Err(StoreError::Conflict(_)) => errs.add("name", "error-folder-exists"),
            Err(e) => return Err(e.into()),
        }
    }
    let page = folder_page(&ctx, sp, parent, FormErrors::new(), errs, typed).await?;
    render_invalid(&page)
}

pub async fn delete_folder(
    FolderGuard { ctx, folder: f, sp, .. }: FolderGuard<Contribute>,
    Form(c): Form<Confirmed>,
) -> AppResult {
    let id = f.id;
    if !c.confirmed {
        let ask = Ask {
            what: "folder-delete",
            action: format!("/folders/{id}/delete"),
            back: folder_url(f.space_id, Some(id)),
            args: &[("name", f.name.clone())],
            fields: vec![],
        };
        return confirm::ask(&ctx, ask, Nav::Spaces);
    }
    match ctx.state.store.delete_folder(ctx.now(), me(&ctx)?, id).await {
        Ok(()) => Ok(redirect_flash(
            &folder_url(f.space_id, f.parent_id),
            "flash-folder-deleted",
        )),
        Err(StoreError::Conflict(_)) => {
            let errs = FormErrors::one("name", "error-folder-not-empty");
            let page = folder_page(&ctx, sp, Some(f), FormErrors::new(), errs, String::new()).await?;
            render_invalid(&page)
        }
        Err(e) => Err(e.into()),
    }
}

/// Upload into a folder (the form's `folder` field; empty: the top level).
pub async fn upload(
    _: UploadForm,
    SpaceGuard { ctx, sp, .. }: SpaceGuard<Contribute>,
    headers: HeaderMap,
    mp: Multipart,
) -> AppResult {
    let id = sp.space.id;
    let st = &ctx.state;
    let mut errs = FormErrors::new();
    let limits = Limits::of_space(st, id).await?;
    let got = upload::receive(st, &headers, mp, id, "file", limits, &mut errs).await;
    let folder = folder_field(&ctx, id, &got.form::<UploadPlace>()?.folder).await?;
    if errs.is_empty() && got.blobs.is_empty() {
        errs.add("file", "error-file-none");
    }
    if errs.is_empty() {
        let here = folder.as_ref().map(|f| f.id);
        let mut stored = 0;
        for b in &got.blobs {
            match st
                .store
                .add_file(
                    ctx.now(),
                    me(&ctx)?,
                    id,
                    store::files::Place::Folder(here),
                    b,
                    upload::quota(st),
                )
                .await
            {
                Ok(_) => stored += 1,
                Err(e) => {
                    errs.add("file", store_error_key(&e)?);
                    break;
                }
            }
        }
        if errs.is_empty() {
            return Ok(redirect_flash(&folder_url(id, here), "flash-files-uploaded"));
        }
        upload::discard(st, &got.blobs[stored..]).await;
    }
    let page = folder_page(&ctx, sp, folder, errs, FormErrors::new(), String::new()).await?;
    render_invalid(&page)
}

/// The message for a refused file, or the error itself when it is no fault of the form.
fn store_error_key(e: &StoreError) -> Result<&'static str, AppError> {
    match e {
        StoreError::Conflict("quota") => Ok("error-quota"),
        StoreError::Conflict(_) => Ok("error-file-name-taken"),
        StoreError::NotFound => Err(AppError::NotFound),
        other => Err(AppError::Internal(anyhow::anyhow!(other.to_string()))),
    }
}

#[derive(Template)]
#[template(path = "spaces/file.html")]
struct FilePage {
    p: Page,
    s: Space,
    f: FileRow,
    path: Vec<Folder>,
    versions: Vec<FileVersion>,
    /// The thread whose post the file is attached to.
    thread: Option<(i64, String)>,
    can_post: bool,
    errs: FormErrors,
    ff: FileField,
}

impl FilePage {
    /// Breadcrumbs: spaces, the space, then the thread the file is attached to or its folders.
    fn trail(&self) -> Vec<Crumb> {
        let p = &self.p;
        let mut t = vec![
            p.crumb("/spaces", p.t("spaces-title")),
            p.crumb(format!("/spaces/{}", self.s.id), &self.s.name),
        ];
        match &self.thread {
            Some((id, title)) => t.push(p.crumb(format!("/threads/{id}"), title)),
            None => {
                t.push(p.crumb(format!("/spaces/{}/files", self.s.id), p.t("files-title")));
                t.extend(self.path.iter().map(|f| p.crumb(format!("/folders/{}", f.id), &f.name)));
            }
        }
        t
    }
}

async fn file_page(ctx: &Ctx, f: FileRow, sp: InSpace, errs: FormErrors) -> AppResult<FilePage> {
    let st = &ctx.state;
    let path = match f.folder_id {
        Some(id) => st.store.folder_path(id).await?,
        None => Vec::new(),
    };
    let thread = match f.post_id {
        Some(post) => match st.store.post(post).await? {
            Some(p) => st.store.thread(p.thread_id).await?.map(|t| (t.id, t.title)),
            None => None,
        },
        None => None,
    };
    let p = ctx.page_titled(f.name.clone(), Nav::Spaces);
    Ok(FilePage {
        ff: FileField::new(&p, st),
        p,
        versions: st.store.file_versions(f.id).await?,
        can_post: ctx.can(Action::PostInSpace(sp.role)) && f.deleted_at.is_none(),
        s: sp.space,
        f,
        path,
        thread,
        errs,
    })
}

pub async fn show(FileGuard { ctx, file: f, sp, .. }: FileGuard<View>) -> AppResult {
    render(&file_page(&ctx, f, sp, FormErrors::new()).await?)
}

/// A new version: same name, content of the same kind.
pub async fn new_version(
    _: UploadForm,
    FileGuard { ctx, file: f, sp, .. }: FileGuard<Contribute>,
    headers: HeaderMap,
    mp: Multipart,
) -> AppResult {
    let id = f.id;
    if f.deleted_at.is_some() {
        return Err(AppError::NotFound);
    }
    let st = &ctx.state;
    let mut errs = FormErrors::new();
    let limits = Limits::of_space(st, f.space_id).await?;
    let got = upload::receive(st, &headers, mp, f.space_id, "file", limits, &mut errs).await;
    match got.blobs.as_slice() {
        [] if errs.is_empty() => errs.add("file", "error-file-none"),
        [b] if errs.is_empty() => {
            // the name stays; the new bytes must be of the file's kind
            let renamed = NewBlob {
                name: f.name.clone(),
                ..b.clone()
            };
            if b.content_type != f.content_type {
                errs.add("file", "error-file-version-kind");
            } else {
                match st
                    .store
                    .add_file_version(ctx.now(), me(&ctx)?, &f, &renamed, upload::quota(st))
                    .await
                {
                    Ok(_) => return Ok(redirect_flash(&format!("/files/{id}"), "flash-file-version")),
                    Err(e) => errs.add("file", store_error_key(&e)?),
                }
            }
        }
        _ if errs.is_empty() => errs.add("file", "error-file-one"),
        _ => {}
    }
    upload::discard(st, &got.blobs).await;
    render_invalid(&file_page(&ctx, f, sp, errs).await?)
}

/// `attachment; filename="…"; filename*=UTF-8''…` with an ASCII fallback.
fn disposition(name: &str) -> String {
    let ascii: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_graphic() && c != '"' && c != '\\' || c == ' ' {
                c
            } else {
                '_'
            }
        })
        .collect();
    let encoded: String = url::form_urlencoded::byte_serialize(name.as_bytes())
        .collect::<String>()
        .replace('+', "%20");
    format!("attachment; filename=\"{ascii}\"; filename*=UTF-8''{encoded}")
}

/// Sends a stored version as a download, streamed from the file store.
async fn send(ctx: &Ctx, name: &str, v: &FileVersion) -> AppResult {
    let (stream, size) = ctx.state.blobs.get(&v.object_key).await?;
    let content_type = if v.content_type.starts_with("text/") {
        format!("{}; charset=utf-8", v.content_type)
    } else {
        v.content_type.clone()
    };
    let mut res = Body::from_stream(stream).into_response();
    let h = res.headers_mut();
    let value = |s: &str| HeaderValue::from_str(s).map_err(|e| AppError::Internal(anyhow::anyhow!(e)));
    h.insert(header::CONTENT_TYPE, value(&content_type)?);
    h.insert(header::CONTENT_LENGTH, HeaderValue::from(size));
    h.insert(header::CONTENT_DISPOSITION, value(&disposition(name))?);
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("private, no-store"));
    h.insert(header::ETAG, value(&format!("\"{}\"", v.sha256))?);
    Ok(res)
}

pub async fn download(FileGuard { ctx, file: f, .. }: FileGuard<View>) -> AppResult {
    let id = f.id;
    let versions = ctx.state.store.file_versions(id).await?;
    let v = versions.first().ok_or(AppError::NotFound)?;
    send(&ctx, &f.name, v).await
}

pub async fn download_version(
    FileGuard { ctx, file: f, .. }: FileGuard<View>,
    Path((id, version)): Path<(i64, i64)>,
) -> AppResult {
    let versions = ctx.state.store.file_versions(id).await?;
    let v = versions
        .iter()
        .find(|v| v.version == version)
        .ok_or(AppError::NotFound)?;
    send(&ctx, &f.name, v).await
}

pub async fn trash_file(FileGuard { ctx, file: f, .. }: FileGuard<Contribute>, Form(c): Form<Confirmed>) -> AppResult {
    let id = f.id;
    if !c.confirmed {
        let ask = Ask {
            what: "file-trash",
            action: format!("/files/{id}/trash"),
            back: format!("/files/{id}"),
            args: &[
                ("name", f.name.clone()),
                ("days", (store::files::TRASH_SECS / 86_400).to_string()),
            ],
            fields: vec![],
        };
        return confirm::ask(&ctx, ask, Nav::Spaces);
    }
    ctx.state.store.trash_file(ctx.now(), me(&ctx)?, id).await?;
    let back = match (f.post_id, f.session_id) {
        (Some(post), _) => match ctx.state.store.post(post).await? {
            Some(p) => format!("/threads/{}#post-{post}", p.thread_id),
            None => folder_url(f.space_id, None),
        },
        (None, Some(session)) => format!("/sessions/{session}#files"),
        (None, None) => folder_url(f.space_id, f.folder_id),
    };
    Ok(redirect_flash(&back, "flash-file-trashed"))
}

#[derive(Template)]
#[template(path = "spaces/trash.html")]
struct TrashPage {
    p: Page,
    s: Space,
    files: Vec<FileRow>,
    can_post: bool,
    errs: FormErrors,
    days: i64,
}

async fn trash_page(ctx: &Ctx, sp: InSpace, errs: FormErrors) -> AppResult<TrashPage> {
    Ok(TrashPage {
        p: ctx.page("trash-title", Nav::Spaces),
        files: ctx.state.store.trash(sp.space.id).await?,
        can_post: ctx.can(Action::PostInSpace(sp.role)),
        s: sp.space,
        errs,
        days: store::files::TRASH_SECS / 86_400,
    })
}

pub async fn trash(SpaceGuard { ctx, sp, .. }: SpaceGuard<View>) -> AppResult {
    render(&trash_page(&ctx, sp, FormErrors::new()).await?)
}

pub async fn restore(FileGuard { ctx, file: f, sp, .. }: FileGuard<Contribute>) -> AppResult {
    let id = f.id;
    match ctx.state.store.restore_file(ctx.now(), me(&ctx)?, id).await {
        Ok(()) => Ok(redirect_flash(&format!("/files/{id}"), "flash-file-restored")),
        Err(StoreError::Conflict(_)) => {
            let errs = FormErrors::one(&format!("restore-{}", f.id), "error-file-restore-taken");
            render_invalid(&trash_page(&ctx, sp, errs).await?)
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(serde::Deserialize)]
pub struct SearchQuery {
    #[serde(default)]
    q: String,
}

/// A search hit with its snippet as safe HTML (matched words marked).
pub struct HitView {
    pub href: String,
    pub kind: &'static str,
    pub title: String,
    pub snippet: String,
}

#[derive(Template)]
#[template(path = "spaces/search.html")]
struct SearchPage {
    p: Page,
    s: Space,
    q: String,
    hits: Vec<HitView>,
}

/// Escapes a snippet and turns the store's match markers into `<mark>`.
fn marked(snippet: &str) -> String {
    let mut out = String::with_capacity(snippet.len() + 16);
    for c in snippet.chars() {
        match c {
            store::search::MARK_START => out.push_str("<mark>"),
            store::search::MARK_END => out.push_str("</mark>"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

pub async fn search(SpaceGuard { ctx, sp, .. }: SpaceGuard<View>, Query(q): Query<SearchQuery>) -> AppResult {
    let id = sp.space.id;
    let q = q.q.chars().take(200).collect::<String>();
    let hits = ctx
        .state
        .store
        .search(id, &q, 30)
        .await?
        .into_iter()
        .map(|h| {
            use store::search::Kind;
            let (href, kind) = match h.kind {
                Kind::Thread => (format!("/threads/{}", h.id), "thread"),
                Kind::Post => (format!("/threads/{}#post-{}", h.thread_id.unwrap_or(0), h.id), "post"),
                Kind::File => (format!("/files/{}", h.id), "file"),
            };
            HitView {
                href,
                kind,
                title: h.title,
                snippet: marked(&h.snippet),
            }
        })
        .collect();
    render(&SearchPage {
        p: ctx.page("search-title", Nav::Spaces),
        s: sp.space,
        q,
        hits,
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn downloads_name_the_file_safely() {
        assert_eq!(
            super::disposition("Protokoll März.pdf"),
            "attachment; filename=\"Protokoll M_rz.pdf\"; filename*=UTF-8''Protokoll%20M%C3%A4rz.pdf"
        );
        assert_eq!(
            super::disposition("a\"b.pdf"),
            "attachment; filename=\"a_b.pdf\"; filename*=UTF-8''a%22b.pdf"
        );
    }

    #[test]
    fn snippets_are_escaped_and_marked() {
        assert_eq!(
            super::marked("x <script> \u{1}Wohnung\u{2} & mehr"),
            "x &lt;script&gt; <mark>Wohnung</mark> &amp; mehr"
        );
    }
}
