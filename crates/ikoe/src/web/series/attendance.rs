//! Attendance: the roll call of a module (works on a phone), the check-in
//! code shown at the venue and self check-in, the printable attendance list
//! (PDF) and the upload of its signed scan.

use askama::Template;
use axum::extract::{Multipart, Path};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use domain::series::{Attendance, RegStatus};
use serde::Deserialize;
use sha2::{Digest, Sha256};
use store::attendance::RollEntry;
use store::series::{Module, Series};

use crate::web::error::{AppError, AppResult};
use crate::web::extract::Ctx;
use crate::web::form::{file_field, Form};
use crate::web::guards::series::{staff_module, RegistrationLink, StaffModule};
use crate::web::page::{FormErrors, Nav, Page};
use crate::web::{redirect, redirect_flash, render, render_invalid};

/// The check-in code buttons: `new` (or none) makes a new code, `off` stops check-in.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct CheckinCodeForm {
    #[serde(default)]
    pub action: String,
}

/// Self check-in: the module and the code shown at the venue.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct CheckInForm {
    pub module: String,
    pub code: String,
}

/// Largest signed attendance list accepted.
pub const SCAN_MAX_BYTES: usize = 10 * 1024 * 1024;

#[derive(Template)]
#[template(path = "series/attendance.html")]
struct RollPage {
    p: Page,
    m: Module,
    s: Series,
    series_title: String,
    roll: Vec<RollEntry>,
    scan: Option<(String, i64, i64)>,
    errs: FormErrors,
}

impl RollPage {
    fn checked(&self, e: &RollEntry, status: &Attendance) -> bool {
        e.status.as_ref() == Some(status)
    }
    fn statuses(&self) -> &'static [Attendance] {
        Attendance::ALL
    }
}

async fn roll_page(ctx: &Ctx, m: Module, s: Series, errs: FormErrors) -> AppResult<RollPage> {
    let text = ctx.state.store.series_text(s.id, ctx.locale.code).await?;
    let roll = ctx.state.store.roll(m.id).await?;
    let scan = ctx.state.store.scan_info(m.id).await?;
    let mut p = ctx.page("attendance-title", Nav::Series);
    p.title = p.t1("attendance-title", "title", &m.title);
    Ok(RollPage {
        p,
        series_title: text.title,
        roll,
        scan,
        errs,
        m,
        s,
    })
}

pub async fn get(g: StaffModule) -> AppResult {
    render(&roll_page(&g.ctx, g.module, g.series, FormErrors::new()).await?)
}

pub async fn post(StaffModule { ctx, module: m, .. }: StaffModule, Form(f): Form<Vec<(String, String)>>) -> AppResult {
    let mut marks = vec![];
    for (k, v) in &f {
        let Some(reg) = k.strip_prefix("a_").and_then(|r| r.parse::<i64>().ok()) else {
            continue;
        };
        match Attendance::parse(v) {
            Ok(a) => marks.push((reg, a)),
            Err(_) => return Err(AppError::NotFound),
        }
    }
    ctx.state
        .store
        .save_roll(ctx.now(), ctx.user()?.id, m.id, &marks)
        .await?;
    Ok(redirect_flash(
        &format!("/modules/{}/attendance", m.id),
        "flash-attendance-saved",
    ))
}

/// A new check-in code (6 characters, no look-alikes), or none to stop check-in.
pub async fn checkin_code(
    StaffModule { ctx, module: m, .. }: StaffModule,
    Form(f): Form<CheckinCodeForm>,
) -> AppResult {
    let code = (f.action != "off").then(|| crate::security::short_code(6));
    ctx.state
        .store
        .set_checkin_code(ctx.now(), ctx.user()?.id, m.id, code.as_deref())
        .await?;
    Ok(redirect(&format!("/modules/{}/attendance#checkin", m.id)))
}

/// The printable attendance list with a signature column.
pub async fn list_pdf(
    StaffModule {
        ctx,
        module: m,
        series: s,
    }: StaffModule,
) -> AppResult {
    let text = ctx.state.store.series_text(s.id, ctx.locale.code).await?;
    let roll = ctx.state.store.roll(m.id).await?;
    let p = ctx.page("attendance-list-heading", Nav::Series);
    let venue = if m.venue.is_empty() {
        m.online_url.clone().unwrap_or_default()
    } else {
        m.venue.replace('\n', ", ")
    };
    let doc = pdf::AttendanceList {
        lang: ctx.locale.code.to_string(),
        rtl: ctx.locale.rtl,
        heading: p.t("attendance-list-heading"),
        series_title: text.title,
        module_title: m.title.clone(),
        when: format!("\u{2066}{}\u{2069}", p.span(&m.starts_at, &m.ends_at)),
        venue,
        col_no: p.t("attendance-list-no"),
        col_name: p.t("field-name"),
        col_org: p.t("register-field-affiliation"),
        col_signature: p.t("attendance-list-signature"),
        trainer_signature: p.t("attendance-list-trainer"),
        page_label: p.t("attendance-list-page"),
        rows: roll
            .iter()
            .map(|r| pdf::AttendanceRow {
                // a deleted person's row (its name is gone) keeps its place in the list
                name: if r.name.is_empty() {
                    p.t("person-deleted")
                } else {
                    r.name.clone()
                },
                org: r.affiliation.clone(),
            })
            .collect(),
        created_at: ctx.now(),
    };
    let bytes = tokio::task::spawn_blocking(move || pdf::attendance_list(&doc))
        .await
        .map_err(|e| AppError::Internal(e.into()))?
        .map_err(|e| AppError::Internal(e.into()))?;
    Ok(file_response(
        bytes,
        "application/pdf",
        &format!("anwesenheitsliste-{}.pdf", m.id),
        true,
    ))
}

/// A file download; `inline` opens it in the browser.
pub fn file_response(bytes: Vec<u8>, content_type: &str, filename: &str, inline: bool) -> Response {
    let disposition = format!(
        "{}; filename=\"{}\"",
        if inline { "inline" } else { "attachment" },
        filename.replace(['"', '\\', '\r', '\n'], "_")
    );
    (
        [
            (header::CONTENT_TYPE, content_type.to_string()),
            (header::CONTENT_DISPOSITION, disposition),
            (header::CACHE_CONTROL, "private, no-store".to_string()),
        ],
        bytes,
    )
        .into_response()
}

/// What a signed attendance list may be, recognised by its first bytes (not its name).
fn sniff(data: &[u8]) -> Option<(&'static str, &'static str)> {
    if data.starts_with(b"%PDF-") {
        Some(("application/pdf", "pdf"))
    } else if data.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some(("image/jpeg", "jpg"))
    } else if data.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some(("image/png", "png"))
    } else {
        None
    }
}

/// Upload of the signed list (PDF, JPEG or PNG, checked by content, at most 10 MB).
/// (The body is read as multipart before the permission check, as for every upload.)
pub async fn scan_upload(ctx: Ctx, Path(id): Path<i64>, mut mp: Multipart) -> AppResult {
    let (m, s) = staff_module(&ctx, id).await?;
    let mut errs = FormErrors::new();
    let data = file_field(&mut mp, "scan", SCAN_MAX_BYTES, &mut errs, "error-upload-too-large").await;
    if errs.is_empty() && data.is_empty() {
        errs.add("scan", "error-upload-empty");
    }
    let kind = sniff(&data);
    if errs.is_empty() && kind.is_none() {
        errs.add("scan", "error-upload-type");
    }
    let (Some((content_type, ext)), true) = (kind, errs.is_empty()) else {
        return render_invalid(&roll_page(&ctx, m, s, errs).await?);
    };
    let sha = hex(&Sha256::digest(&data));
    let filename = format!("unterschriftenliste-modul-{}.{ext}", m.id);
    ctx.state
        .store
        .save_scan(
            ctx.now(),
            ctx.user()?.id,
            m.id,
            &store::attendance::NewScan {
                filename: &filename,
                content_type,
                sha256: &sha,
                data: &data,
            },
        )
        .await?;
    Ok(redirect_flash(
        &format!("/modules/{}/attendance", m.id),
        "flash-scan-saved",
    ))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

pub async fn scan_download(StaffModule { ctx, module: m, .. }: StaffModule) -> AppResult {
    let scan = ctx.state.store.scan(m.id).await?.ok_or(AppError::NotFound)?;
    Ok(file_response(scan.data, &scan.content_type, &scan.filename, false))
}

/// Self check-in through the personal link, with the code shown at the venue.
pub async fn self_check_in(
    RegistrationLink {
        ctx, registration: r, ..
    }: RegistrationLink,
    Form(f): Form<CheckInForm>,
) -> AppResult {
    let st = &ctx.state;
    let token = r.token.clone();
    let module: i64 = f.module.trim().parse().map_err(|_| AppError::NotFound)?;
    let m = st.store.module(module).await?.ok_or(AppError::NotFound)?;
    if m.series_id != r.series_id {
        return Err(AppError::NotFound);
    }
    let now = ctx.now();
    // guesses are limited per registration
    let tries = st.store.hit(&format!("checkin:{}", r.id), now, 3600).await?;
    let code_ok = m
        .checkin_code
        .as_deref()
        .is_some_and(|c| crate::security::constant_time_eq(c, &f.code.trim().to_uppercase()));
    let open = checkin_open(&m, now) && r.status == RegStatus::Confirmed;
    if tries > 10 || !code_ok || !open {
        let key = if tries > 10 {
            "flash-checkin-too-many"
        } else if !open {
            "flash-checkin-closed"
        } else {
            "flash-checkin-wrong-code"
        };
        return Ok(redirect_flash(&format!("/r/{token}#checkin"), key));
    }
    st.store.check_in(now, r.id, m.id).await?;
    Ok(redirect_flash(&format!("/r/{token}"), "flash-checked-in"))
}

/// Check-in is open from one hour before a module starts until it ends.
pub fn checkin_open(m: &Module, now: i64) -> bool {
    !m.is_cancelled() && m.checkin_code.is_some() && now >= m.starts_at.0 - 3600 && now <= m.ends_at.0
}
