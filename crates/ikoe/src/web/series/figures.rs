//! The figures of a series for its staff (registrations per status,
//! attendance per module, completion, seats per target group, the anonymous
//! figures) and the participant list as CSV and XLSX.

use askama::Template;
use domain::series::{RegStatus, FIGURES};
use rust_xlsxwriter::{ExcelDateTime, Format, FormatAlign, Workbook};
use store::registrations::Registration;
use store::series::{Module, Series};

use crate::web::error::AppResult;
use crate::web::extract::Ctx;
use crate::web::guards::series::StaffSeries;
use crate::web::page::{Nav, Page};
use crate::web::render;
use crate::web::sheets::{self, attachment, col, neutralise};

/// A labelled number (one row of a small table).
pub struct Count {
    pub label: String,
    pub n: i64,
}

/// One module's line in the attendance table.
pub struct ModuleLine {
    pub title: String,
    pub starts_at: i64,
    pub ends_at: i64,
    pub cancelled: bool,
    pub present: i64,
    pub absent: i64,
    pub excused: i64,
}

/// One anonymous question with the counts of its answers.
pub struct Question {
    pub label: String,
    pub answers: Vec<Count>,
}

#[derive(Template)]
#[template(path = "series/figures.html")]
struct FiguresPage {
    p: Page,
    s: Series,
    title: String,
    statuses: Vec<Count>,
    completed: i64,
    modules: Vec<ModuleLine>,
    groups: Vec<Count>,
    questions: Vec<Question>,
}

/// The registration statuses shown, in this order (unconfirmed ones are not counted).
const STATUSES: [RegStatus; 4] = [
    RegStatus::Confirmed,
    RegStatus::Waiting,
    RegStatus::Pending,
    RegStatus::Cancelled,
];

pub async fn get(StaffSeries { ctx, series: s }: StaffSeries) -> AppResult {
    let id = s.id;
    let st = &ctx.state.store;
    let text = st.series_text(id, ctx.locale.code).await?;
    let counts = st.registration_counts(id).await?;
    let completed = st.completed_participants(&s).await?;
    let modules = st.modules(id).await?;
    let attendance = st.attendance_counts(id).await?;
    let seats = st.seats_by_target_group(id).await?;
    let answers = st.registration_figures(id).await?;

    let mut p = ctx.page("figures-page-title", Nav::Series);
    p.title = p.t1("figures-page-title", "title", &text.title);
    let statuses = STATUSES
        .iter()
        .map(|code| Count {
            label: p.tk("figures-page-status", code.code()),
            n: counts.iter().filter(|(c, _)| c == code).map(|(_, n)| *n).sum(),
        })
        .collect();
    let modules = modules
        .iter()
        .map(|m| {
            let a = attendance
                .iter()
                .find(|a| a.module_id == m.id)
                .cloned()
                .unwrap_or_default();
            ModuleLine {
                title: m.title.clone(),
                starts_at: m.starts_at.0,
                ends_at: m.ends_at.0,
                cancelled: m.is_cancelled(),
                present: a.present,
                absent: a.absent,
                excused: a.excused,
            }
        })
        .collect();
    let groups = seats
        .iter()
        .map(|(g, n)| Count {
            label: p.tk("target-group", g),
            n: *n,
        })
        .collect();
    let questions = FIGURES
        .iter()
        .map(|(q, known)| {
            let count = |a: &str| {
                answers
                    .iter()
                    .filter(|(qq, aa, _)| qq == q && aa == a)
                    .map(|(_, _, n)| *n)
                    .sum()
            };
            Question {
                label: p.tk2("figures", q, "label"),
                answers: known
                    .iter()
                    .map(|a| Count {
                        label: p.tk2("figures", q, a),
                        n: count(a),
                    })
                    .collect(),
            }
        })
        .collect();
    render(&FiguresPage {
        p,
        s,
        title: text.title,
        statuses,
        completed,
        modules,
        groups,
        questions,
    })
}

/// The participant list as a table: translated headers, and per registration
/// its texts, the day it was made and the attendance at each module held.
struct Export {
    headers: Vec<String>,
    rows: Vec<ExportRow>,
    /// The column of the registration date.
    date_col: usize,
    /// What to call the sheet.
    sheet: String,
}

struct ExportRow {
    /// All cells as text (the date in the locale's format).
    cells: Vec<String>,
    /// The day the registration was made, as `YYYY-MM-DD` in the platform's time zone.
    day: String,
}

async fn export(ctx: &Ctx, s: &Series, format: &str) -> AppResult<Export> {
    let st = &ctx.state.store;
    let regs = st.export_registrations(s.id).await?;
    let modules: Vec<Module> = st
        .modules(s.id)
        .await?
        .into_iter()
        .filter(|m| !m.is_cancelled())
        .collect();
    let marks = st.attendance_marks(s.id).await?;
    let loc = ctx.locale.code;
    let mut headers: Vec<String> = [
        "figures-export-name",
        "figures-export-email",
        "figures-export-affiliation",
        "figures-export-target-group",
        "figures-export-status",
        "figures-export-registered",
    ]
    .iter()
    .map(|k| ctx.t(k))
    .collect();
    let date_col = 5;
    headers.extend(
        modules
            .iter()
            .map(|m| format!("{} ({})", m.title, i18n::format_date(loc, m.starts_at.0))),
    );
    let row = |r: &Registration| {
        // a deleted person's row stays for the figures, without name or address
        let (name, email) = if r.forgotten_at.is_some() {
            (ctx.t("person-deleted"), String::new())
        } else {
            (r.name.clone(), r.email.clone())
        };
        let mut cells = vec![
            name,
            email,
            r.affiliation.clone(),
            ctx.t(&format!("target-group-{}", r.target_group)),
            ctx.t(&format!("figures-page-status-{}", r.status)),
            i18n::format_date(loc, r.created_at.0),
        ];
        cells.extend(modules.iter().map(|m| {
            marks
                .iter()
                .find(|a| a.registration_id == r.id && a.module_id == m.id)
                .map(|a| ctx.t(&format!("figures-page-attendance-{}", a.status)))
                .unwrap_or_default()
        }));
        ExportRow {
            cells,
            day: domain::series::to_local_date_input(r.created_at.0, i18n::time_zone()),
        }
    };
    let rows = regs.iter().map(row).collect();
    st.audit(
        ctx.now(),
        &store::AuditEntry::new(ctx.actor.user_id, "series.export", "series", s.id)
            .org(Some(s.org_id))
            .detail(format),
    )
    .await?;
    Ok(Export {
        headers,
        rows,
        date_col,
        sheet: ctx.t("figures-export-sheet"),
    })
}

/// The CSV (see [`sheets::csv_writer`]), formula starts neutralised.
fn to_csv(e: &Export, separator: u8) -> Result<Vec<u8>, anyhow::Error> {
    let mut w = sheets::csv_writer(separator);
    w.write_record(e.headers.iter().map(|h| neutralise(h)))?;
    for r in &e.rows {
        w.write_record(r.cells.iter().map(|c| neutralise(c)))?;
    }
    sheets::csv_bytes(w)
}

/// The XLSX: a bold, frozen header row with a filter (long module titles
/// wrap), widths after the contents, the registration date as a real date, right-to-left in Arabic and Farsi.
/// Every cell is written as a string, so nothing in it is run as a formula.
fn to_xlsx(e: &Export, locale: i18n::Locale) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    let mut book = Workbook::new();
    let ws = book.add_worksheet();
    if ws.set_name(&e.sheet).is_err() {
        // an unusable translation keeps the default name
    }
    ws.set_right_to_left(locale.rtl);
    let bold = Format::new().set_bold().set_text_wrap().set_align(FormatAlign::Top);
    let date_format = Format::new().set_num_format(match locale.code {
        "de" | "tr" | "ru" | "uk" => "dd.mm.yyyy",
        _ => "dd/mm/yyyy",
    });
    let mut widths: Vec<usize> = e.headers.iter().map(|h| h.chars().count().min(24)).collect();
    for (c, h) in e.headers.iter().enumerate() {
        ws.write_string_with_format(0, col(c), h, &bold)?;
    }
    for (i, r) in e.rows.iter().enumerate() {
        let row = u32::try_from(i + 1).unwrap_or(u32::MAX);
        for (c, cell) in r.cells.iter().enumerate() {
            if let Some(w) = widths.get_mut(c) {
                *w = (*w).max(cell.chars().count());
            }
            match (c == e.date_col).then(|| excel_date(&r.day)).flatten() {
                Some(d) => ws.write_datetime_with_format(row, col(c), &d, &date_format)?,
                None => ws.write_string(row, col(c), cell)?,
            };
        }
    }
    for (c, w) in widths.iter().enumerate() {
        ws.set_column_width(col(c), (*w as f64 + 2.0).clamp(10.0, 60.0))?;
    }
    ws.set_freeze_panes(1, 0)?;
    let last_row = u32::try_from(e.rows.len()).unwrap_or(u32::MAX);
    ws.autofilter(0, 0, last_row, col(e.headers.len().saturating_sub(1)))?;
    book.save_to_buffer()
}

/// `YYYY-MM-DD` as an Excel date.
fn excel_date(day: &str) -> Option<ExcelDateTime> {
    let mut it = day.split('-');
    let y: u16 = it.next()?.parse().ok()?;
    let m: u8 = it.next()?.parse().ok()?;
    let d: u8 = it.next()?.parse().ok()?;
    ExcelDateTime::from_ymd(y, m, d).ok()
}

/// The participant list as the CSV file `name`, fields separated by `separator`.
async fn csv_file(ctx: &Ctx, s: &Series, separator: u8, name: String) -> AppResult {
    let e = export(ctx, s, "csv").await?;
    Ok(attachment(sheets::CSV, name, to_csv(&e, separator)?))
}

/// The participant list as CSV, comma-separated.
pub async fn csv(StaffSeries { ctx, series: s }: StaffSeries) -> AppResult {
    csv_file(&ctx, &s, b',', format!("teilnehmende-{}.csv", s.id)).await
}

/// The participant list as CSV separated by semicolons, as German
/// spreadsheet programs open it without an import dialogue.
pub async fn csv_semicolon(StaffSeries { ctx, series: s }: StaffSeries) -> AppResult {
    csv_file(&ctx, &s, b';', format!("teilnehmende-{}-semikolon.csv", s.id)).await
}

pub async fn xlsx(StaffSeries { ctx, series: s }: StaffSeries) -> AppResult {
    let id = s.id;
    let e = export(&ctx, &s, "xlsx").await?;
    let body = to_xlsx(&e, ctx.locale).map_err(anyhow::Error::from)?;
    Ok(attachment(sheets::XLSX, format!("teilnehmende-{id}.xlsx"), body))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_for_excel() {
        assert!(excel_date("2026-05-28").is_some());
        assert!(excel_date("").is_none());
        assert!(excel_date("2026-13-01").is_none());
    }
}
