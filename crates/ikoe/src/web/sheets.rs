//! Tables of figures that a page shows and exports from the same rows: as
//! HTML tables (the `sheet` macro), as CSV and as XLSX (one worksheet per
//! table). Also the pieces every export shares: the download response and
//! the neutralising of cells a spreadsheet would run as formulas.

use axum::http::header;
use axum::response::{IntoResponse, Response};
use rust_xlsxwriter::{Format, FormatAlign, Workbook, XlsxError};

use crate::web::page::Page;

/// One cell: text, a count, or a share of a whole (shown in percent).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cell {
    Text(String),
    Number(i64),
    Share { part: i64, whole: i64 },
}

impl Cell {
    /// The cell as the page shows it, in the page's language.
    pub fn shown(&self, p: &Page) -> String {
        match self {
            Cell::Text(s) => s.clone(),
            Cell::Number(n) => p.num(*n),
            Cell::Share { part, whole } if *whole > 0 => p.percent(*part, *whole),
            Cell::Share { .. } => "–".into(),
        }
    }
    /// Numbers are aligned at the end of their column.
    pub fn numeric(&self) -> bool {
        !matches!(self, Cell::Text(_))
    }
    /// The share rounded to whole percent (none without a whole).
    fn percent(part: i64, whole: i64) -> Option<i64> {
        (whole > 0).then(|| (part * 100 + whole / 2) / whole)
    }
    /// The cell in a CSV file: plain digits, a share in whole percent.
    fn plain(&self) -> String {
        match self {
            Cell::Text(s) => neutralise(s),
            Cell::Number(n) => n.to_string(),
            Cell::Share { part, whole } => Cell::percent(*part, *whole).map(|n| n.to_string()).unwrap_or_default(),
        }
    }
}

/// A table: its caption, the column headers and the rows; the first cell
/// of every row names it (a row header).
#[derive(Debug, Clone)]
pub struct Sheet {
    /// The fragment id of the table on its page.
    pub id: &'static str,
    pub caption: String,
    pub headers: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
}

/// A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, a tab or a
/// carriage return first, or their full-width forms) gets a leading apostrophe,
/// so it is shown as text (CSV/formula injection).
pub fn neutralise(cell: &str) -> String {
    const RISKY: &[char] = &[
        '=', '+', '-', '@', '\t', '\r', '\u{ff1d}', '\u{ff0b}', '\u{ff0d}', '\u{ff20}',
    ];
    if cell.starts_with(RISKY) {
        format!("'{cell}")
    } else {
        cell.to_string()
    }
}

/// A CSV writer as every export of ikoe writes: UTF-8 with a byte order mark
/// (so spreadsheet programs read umlauts and Arabic right), every field quoted
/// (so a `;` or `,` inside a cell never starts a new one, whichever separator
/// the program splits on), CRLF. `separator` is `,` (RFC 4180) or `;` (what
/// spreadsheet programs set up for German expect). Cells must be neutralised.
pub fn csv_writer(separator: u8) -> csv::Writer<Vec<u8>> {
    csv::WriterBuilder::new()
        .delimiter(separator)
        .quote_style(csv::QuoteStyle::Always)
        .terminator(csv::Terminator::CRLF)
        .flexible(true)
        .from_writer(b"\xEF\xBB\xBF".to_vec())
}

/// The bytes written so far.
pub fn csv_bytes(w: csv::Writer<Vec<u8>>) -> Result<Vec<u8>, anyhow::Error> {
    w.into_inner().map_err(|e| anyhow::anyhow!("csv: {}", e.error()))
}

/// Tables one below the other in one CSV file: each one's caption on a line
/// of its own, its header row and rows, then an empty line.
pub fn to_csv(sheets: &[Sheet], separator: u8) -> Result<Vec<u8>, anyhow::Error> {
    let mut w = csv_writer(separator);
    for (i, s) in sheets.iter().enumerate() {
        if i > 0 {
            w.write_record([""])?;
        }
        w.write_record([neutralise(&s.caption)])?;
        w.write_record(s.headers.iter().map(|h| neutralise(h)))?;
        for r in &s.rows {
            w.write_record(r.iter().map(Cell::plain))?;
        }
    }
    csv_bytes(w)
}

/// Tables as a workbook, one worksheet each (named after its caption): a
/// bold, frozen header row, counts as numbers and shares as percentages,
/// widths after the contents, right-to-left in Arabic and Farsi. Text is
/// always written as a string, so nothing in it is run as a formula.
pub fn to_xlsx(sheets: &[Sheet], rtl: bool) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let bold = Format::new().set_bold().set_text_wrap().set_align(FormatAlign::Top);
    let percent = Format::new().set_num_format("0%");
    let mut names: Vec<String> = Vec::new();
    for s in sheets {
        let ws = book.add_worksheet();
        let name = sheet_name(&s.caption, &names);
        if ws.set_name(&name).is_ok() {
            names.push(name);
        }
        ws.set_right_to_left(rtl);
        let mut widths: Vec<usize> = s.headers.iter().map(|h| h.chars().count().min(24)).collect();
        for (c, h) in s.headers.iter().enumerate() {
            ws.write_string_with_format(0, col(c), h, &bold)?;
        }
        for (i, r) in s.rows.iter().enumerate() {
            let row = u32::try_from(i + 1).unwrap_or(u32::MAX);
            for (c, cell) in r.iter().enumerate() {
                match cell {
                    Cell::Text(t) => {
                        if let Some(w) = widths.get_mut(c) {
                            *w = (*w).max(t.chars().count());
                        }
                        ws.write_string(row, col(c), t)?
                    }
                    Cell::Number(n) => ws.write_number(row, col(c), *n as f64)?,
                    Cell::Share { part, whole } if *whole > 0 => {
                        ws.write_number_with_format(row, col(c), *part as f64 / *whole as f64, &percent)?
                    }
                    Cell::Share { .. } => ws.write_string(row, col(c), "")?,
                };
            }
        }
        for (c, w) in widths.iter().enumerate() {
            ws.set_column_width(col(c), (*w as f64 + 2.0).clamp(10.0, 60.0))?;
        }
        ws.set_freeze_panes(1, 0)?;
    }
    book.save_to_buffer()
}

/// A worksheet name from a caption: without the characters Excel refuses,
/// at most 31 characters, and not twice in a workbook.
fn sheet_name(caption: &str, taken: &[String]) -> String {
    let clean: String = caption
        .chars()
        .filter(|c| !matches!(c, '[' | ']' | ':' | '*' | '?' | '/' | '\\'))
        .collect();
    let base: String = clean.trim().trim_matches('\'').chars().take(28).collect();
    let base = if base.trim().is_empty() {
        "Sheet".to_string()
    } else {
        base
    };
    let mut name = base.clone();
    let mut n = 2;
    while taken.iter().any(|t| t.to_lowercase() == name.to_lowercase()) {
        name = format!("{base} {n}");
        n += 1;
    }
    name
}

pub fn col(c: usize) -> u16 {
    u16::try_from(c).unwrap_or(u16::MAX)
}

/// A file to download.
pub fn attachment(content_type: &'static str, filename: String, body: Vec<u8>) -> Response {
    (
        [
            (header::CONTENT_TYPE, content_type.to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{filename}\""),
            ),
        ],
        body,
    )
        .into_response()
}

pub const CSV: &str = "text/csv; charset=utf-8";
pub const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised() {
        assert_eq!(neutralise("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(neutralise("+49 30 1234"), "'+49 30 1234");
        assert_eq!(neutralise("-1"), "'-1");
        assert_eq!(neutralise("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(neutralise("\tx"), "'\tx");
        assert_eq!(neutralise("\rx"), "'\rx");
        assert_eq!(neutralise("\u{ff1d}1+1"), "'\u{ff1d}1+1");
        assert_eq!(neutralise("Anna-Lena = Chefin"), "Anna-Lena = Chefin");
        assert_eq!(neutralise("سميرة"), "سميرة");
        assert_eq!(neutralise(""), "");
    }

    #[test]
    fn sheet_names_are_valid_and_unique() {
        assert_eq!(
            sheet_name("Beteiligung: Abteilungen [a/b]", &[]),
            "Beteiligung Abteilungen ab"
        );
        let taken = vec!["Runden".to_string()];
        assert_eq!(sheet_name("Runden", &taken), "Runden 2");
        assert_eq!(sheet_name("???", &[]), "Sheet");
        assert!(sheet_name(&"x".repeat(80), &[]).chars().count() <= 31);
    }

    #[test]
    fn tables_follow_each_other_in_the_csv() {
        let s = Sheet {
            id: "a",
            caption: "Tabelle".into(),
            headers: vec!["Abteilung".into(), "Anteil (%)".into()],
            rows: vec![vec![Cell::Text("=Amt".into()), Cell::Share { part: 1, whole: 3 }]],
        };
        let csv = String::from_utf8(to_csv(&[s.clone(), s], b';').unwrap()).unwrap();
        assert_eq!(
            csv,
            "\u{feff}\"Tabelle\"\r\n\"Abteilung\";\"Anteil (%)\"\r\n\"'=Amt\";\"33\"\r\n\"\"\r\n\
             \"Tabelle\"\r\n\"Abteilung\";\"Anteil (%)\"\r\n\"'=Amt\";\"33\"\r\n"
        );
    }
}
