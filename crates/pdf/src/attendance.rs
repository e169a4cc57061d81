//! The attendance list of one module: a table with a signature box per participant.

use krilla::tagging::{ArtifactType, TableHeaderScope, Tag};

use crate::doc::{self, Bounds, DocInfo, Item, Mark, Rgb, Tags, ACCENT, INK, MUTED, PAGE_HEIGHT};
use crate::fonts::fonts;
use crate::layout::{columns, inset, lines_height, text_height, Align, Flow, Span};
use crate::text::{Dir, Line, Shaper, Style};
use crate::{AttendanceList, PdfError};

const MARGIN_X: f32 = 50.0;
const TOP: f32 = 50.0;
const BOTTOM: f32 = 44.0;
/// Space kept free above the bottom margin for the trainer's signature and the page number.
const FOOTER: f32 = 64.0;
const CELL_PAD_X: f32 = 5.0;
const CELL_PAD_Y: f32 = 5.0;
/// Row height that leaves room for a handwritten signature.
const MIN_ROW: f32 = 30.0;

const GRID: Rgb = Rgb(0x77, 0x77, 0x77);
const HEADER_FILL: Rgb = Rgb(0xec, 0xec, 0xec);
const GRID_LINE: f32 = 0.5;

const HEADING: Style = Style::bold(18.0);
const SERIES: Style = Style::regular(11.0);
const MODULE: Style = Style::bold(13.0);
const DETAIL: Style = Style::regular(10.5);
const RUNNING: Style = Style::regular(8.5);
const TH: Style = Style::bold(9.5);
const CELL: Style = Style::regular(10.0);
const FOOT: Style = Style::regular(8.5);

pub(crate) fn render(a: &AttendanceList) -> Result<Vec<u8>, PdfError> {
    let fonts = fonts()?;
    let shaper = Shaper::new(fonts, &a.lang, a.rtl);
    let mut flow = Flow::new(&shaper, MARGIN_X, TOP, BOTTOM + FOOTER);
    let mut tags = Tags::default();
    let full = flow.content();

    let heading = shaper.clean(&a.heading);
    let module_title = shaper.clean(&a.module_title);

    // Title block on the first page.
    let h1 = tags.heading(None, 1, &heading);
    let lines = shaper.fit(&heading, Dir::Doc, HEADING, full.w, 2, 12.0);
    flow.flow_lines(lines, full, Align::Start, ACCENT, Mark::Group(h1));
    flow.y += 4.0;
    for (text, dir, style, color) in [
        (&a.series_title, Dir::Auto, SERIES, MUTED),
        (&a.module_title, Dir::Auto, MODULE, INK),
        (&a.when, Dir::Doc, DETAIL, INK),
        (&a.venue, Dir::Auto, DETAIL, INK),
    ] {
        let p = tags.add(None, Tag::P);
        let lines = shaper.fit(&shaper.clean(text), dir, style, full.w, 3, 8.0);
        flow.flow_lines(lines, full, Align::Start, color, Mark::Group(p));
        flow.y += 2.0;
    }
    flow.y += 12.0;

    // The table.
    let widths = column_widths(a, &shaper, full.w);
    let cols = columns(full, &widths, shaper.rtl());
    let table = tags.add(None, Tag::Table);
    let tr = tags.add(Some(table), Tag::TR);
    let th: Vec<usize> = (0..4)
        .map(|_| tags.add(Some(tr), Tag::TH(TableHeaderScope::Column)))
        .collect();
    header_row(a, &shaper, &mut flow, &cols, Some(&th));

    for (i, row) in a.rows.iter().enumerate() {
        let no = cell(&shaper, &(i + 1).to_string(), &cols, 0);
        let name = cell(&shaper, &row.name, &cols, 1);
        let org = cell(&shaper, &row.org, &cols, 2);
        let content = [&no, &name, &org]
            .iter()
            .map(|lines| text_height(lines))
            .fold(0.0_f32, f32::max);
        let height = (content + 2.0 * CELL_PAD_Y).max(MIN_ROW);
        if flow.ensure(height) {
            running_header(&mut flow, &heading, &module_title);
            header_row(a, &shaper, &mut flow, &cols, None);
        }
        let tr = tags.add(Some(table), Tag::TR);
        let top = flow.y;
        for (col, lines) in [no, name, org].into_iter().enumerate() {
            let td = tags.add(Some(tr), Tag::TD);
            let span = inset(cols.get(col).copied().unwrap_or(full), CELL_PAD_X);
            let align = if col == 0 { Align::End } else { Align::Start };
            let y = top + (height - text_height(&lines)) / 2.0;
            flow.place_lines(lines, span, y, align, INK, Mark::Group(td));
        }
        // The signature cell is empty: room to sign.
        let td = tags.add(Some(tr), Tag::TD);
        flow.push(Item::Empty { group: td });
        grid(&mut flow, &cols, top, height, None);
        flow.y += height;
    }

    // Footer on every page: the trainer's signature line and the page number.
    let count = flow.pages.len();
    let trainer = shaper.clean(&a.trainer_signature);
    let page_label = shaper.clean(&a.page_label);
    let sides = columns(full, &[220.0, full.w - 220.0], shaper.rtl());
    let sign = sides.first().copied().unwrap_or(full);
    let number_span = sides.get(1).copied().unwrap_or(full);
    let line_y = PAGE_HEIGHT - BOTTOM - 26.0;
    for index in 0..count {
        // Tagged once, on the last page; repeated as a page artifact elsewhere.
        let mark = if index + 1 == count {
            Mark::Group(tags.add(None, Tag::P))
        } else {
            Mark::Artifact(ArtifactType::Footer)
        };
        let mut items = Vec::new();
        items.push(Item::Rects {
            rects: vec![Bounds {
                x: sign.x,
                y: line_y,
                w: sign.w,
                h: 0.6,
            }],
            color: INK,
            mark: Mark::Artifact(ArtifactType::Layout),
        });
        let mut y = line_y + 4.0;
        for line in shaper.paragraph(&trainer, Dir::Doc, FOOT, sign.w) {
            let x = flow.align_x(sign, line.width, Align::Start);
            let size = line.size;
            items.push(Item::Text {
                line,
                x,
                y: y + size * crate::layout::ASCENT,
                color: MUTED,
                mark,
            });
            y += lines_height(1, size);
        }
        // The isolate keeps "1 / 3" in this order in right-to-left documents.
        let number = format!("{page_label} \u{2066}{} / {count}\u{2069}", index + 1);
        let number = shaper.line(number.trim(), Dir::Doc, FOOT);
        let x = flow.align_x(number_span, number.width, Align::End);
        items.push(Item::Text {
            line: number,
            x,
            y: line_y + 4.0 + FOOT.size * crate::layout::ASCENT,
            color: MUTED,
            mark: Mark::Artifact(ArtifactType::PageNumber),
        });
        if let Some(page) = flow.pages.get_mut(index) {
            page.items.extend(items);
        }
    }

    let title = if module_title.is_empty() {
        heading.clone()
    } else {
        format!("{heading} – {module_title}")
    };
    let info = DocInfo {
        title: &title,
        lang: &a.lang,
        rtl: a.rtl,
        created_at: a.created_at,
    };
    doc::render(&info, fonts, flow.pages, tags)
}

/// The lines of one cell; long names shrink a little, then wrap (at most 12 lines).
fn cell(shaper: &Shaper, text: &str, cols: &[Span], col: usize) -> Vec<Line> {
    let width = cols.get(col).map_or(100.0, |s| inset(*s, CELL_PAD_X).w);
    shaper.fit_clamped(&shaper.clean(text), Dir::Auto, CELL, width, 2, 8.0, 12)
}

/// Column widths for number, name, organisation and signature.
fn column_widths(a: &AttendanceList, shaper: &Shaper, total: f32) -> [f32; 4] {
    let digits = a.rows.len().max(1).to_string().len();
    let no = shaper
        .measure(&"8".repeat(digits), CELL)
        .max(shaper.measure(&shaper.clean(&a.col_no), TH))
        + 2.0 * CELL_PAD_X
        + 4.0;
    let no = no.clamp(28.0, 60.0);
    let rest = total - no;
    let name = rest * 0.32;
    let org = rest * 0.36;
    [no, name, org, rest - name - org]
}

/// Vertical and horizontal grid lines of a row (artifacts).
fn grid(flow: &mut Flow<'_>, cols: &[Span], top: f32, height: f32, fill: Option<Rgb>) {
    let full = flow.content();
    if let Some(color) = fill {
        flow.push(Item::Rects {
            rects: vec![Bounds {
                x: full.x,
                y: top,
                w: full.w,
                h: height,
            }],
            color,
            mark: Mark::Artifact(ArtifactType::Layout),
        });
    }
    let mut rects = vec![
        Bounds {
            x: full.x,
            y: top,
            w: full.w,
            h: GRID_LINE,
        },
        Bounds {
            x: full.x,
            y: top + height - GRID_LINE,
            w: full.w,
            h: GRID_LINE,
        },
    ];
    for col in cols {
        rects.push(Bounds {
            x: col.x,
            y: top,
            w: GRID_LINE,
            h: height,
        });
    }
    rects.push(Bounds {
        x: full.x + full.w - GRID_LINE,
        y: top,
        w: GRID_LINE,
        h: height,
    });
    flow.push(Item::Rects {
        rects,
        color: GRID,
        mark: Mark::Artifact(ArtifactType::Layout),
    });
}

/// The table header; tagged (TH) on the first page, an artifact when repeated.
fn header_row(a: &AttendanceList, shaper: &Shaper, flow: &mut Flow<'_>, cols: &[Span], cells: Option<&[usize]>) {
    let labels = [&a.col_no, &a.col_name, &a.col_org, &a.col_signature];
    let lines: Vec<Vec<Line>> = labels
        .iter()
        .zip(cols)
        .map(|(label, col)| {
            shaper.fit_clamped(&shaper.clean(label), Dir::Doc, TH, inset(*col, CELL_PAD_X).w, 2, 7.0, 3)
        })
        .collect();
    let height = lines.iter().map(|l| text_height(l)).fold(0.0_f32, f32::max) + 2.0 * CELL_PAD_Y;
    let top = flow.y;
    grid(flow, cols, top, height, Some(HEADER_FILL));
    for (i, (cell_lines, col)) in lines.into_iter().zip(cols).enumerate() {
        let mark = match cells.and_then(|ids| ids.get(i).copied()) {
            Some(id) => Mark::Group(id),
            None => Mark::Artifact(ArtifactType::PaginationOther),
        };
        let align = if i == 0 { Align::End } else { Align::Start };
        let y = top + (height - text_height(&cell_lines)) / 2.0;
        flow.place_lines(cell_lines, inset(*col, CELL_PAD_X), y, align, INK, mark);
    }
    flow.y = top + height;
}

/// On continuation pages: heading and module title in small print above the table.
fn running_header(flow: &mut Flow<'_>, heading: &str, module_title: &str) {
    let text = if module_title.is_empty() {
        heading.to_owned()
    } else {
        format!("{heading} – {module_title}")
    };
    flow.running_header(&text, RUNNING, 8.0);
}
