//! The certificate of attendance.

use std::num::NonZeroU32;

use krilla::tagging::{ArtifactType, TableHeaderScope, Tag};

use crate::doc::{self, Bounds, DocInfo, Item, Mark, Tags, ACCENT, HAIRLINE, INK, MUTED};
use crate::fonts::fonts;
use crate::layout::{columns, inset, lines_height, text_height, Align, Flow, Span};
use crate::qr::qr_rects;
use crate::text::{Dir, Line, Shaper, Style};
use crate::{Certificate, PdfError};

const MARGIN_X: f32 = 64.0;
const TOP: f32 = 58.0;
const BOTTOM: f32 = 54.0;
const CELL_PAD_X: f32 = 5.0;
const CELL_PAD_Y: f32 = 5.0;
const QR_SIZE: f32 = 64.0;
/// The box a logo is scaled into (keeping its aspect ratio).
const LOGO_MAX_W: f32 = 150.0;
const LOGO_MAX_H: f32 = 54.0;

const ISSUER_TOP: Style = Style::bold(10.0);
const HEADING: Style = Style::bold(28.0);
const NAME: Style = Style::bold(24.0);
const INTRO: Style = Style::regular(12.0);
const SERIES: Style = Style::bold(16.0);
const SUBHEADING: Style = Style::bold(11.5);
const TH: Style = Style::bold(9.0);
const CELL: Style = Style::regular(10.0);
const CELL_BOLD: Style = Style::bold(10.0);
const TOPICS: Style = Style::regular(8.5);
const TOTAL: Style = Style::bold(10.5);
const BODY: Style = Style::regular(10.5);
const SMALL: Style = Style::regular(9.0);
const SIGNER: Style = Style::bold(9.5);
/// The funding notice: at this size while it takes at most [`NOTICE_SHRINK_ABOVE`] lines,
/// smaller (down to [`NOTICE_MIN_SIZE`]) when it needs more; never cut off.
const NOTICE: Style = Style::regular(7.5);
const NOTICE_SHRINK_ABOVE: usize = 4;
const NOTICE_MIN_SIZE: f32 = 6.5;
/// Most lines a funding notice may take (checked when it is saved): with the longest
/// signatory, series title, name and a logo the page still holds the band.
pub(crate) const NOTICE_MAX_LINES: usize = 8;
const CODE: Style = Style::bold(12.5);
const URL: Style = Style::regular(8.0);
const RUNNING: Style = Style::regular(8.5);

/// Most lines a table cell shows (the rest is cut off with an ellipsis), so that a row
/// always fits on a page.
const MAX_TITLE_LINES: usize = 6;
const MAX_TOPIC_LINES: usize = 10;

pub(crate) fn render(c: &Certificate) -> Result<Vec<u8>, PdfError> {
    let fonts = fonts()?;
    let shaper = Shaper::new(fonts, &c.lang, c.rtl);
    let mut flow = Flow::new(&shaper, MARGIN_X, TOP, BOTTOM);
    let mut tags = Tags::default();
    let full = flow.content();

    let participant = shaper.clean(&c.participant);
    let heading = shaper.clean(&c.heading);

    // Letterhead: the logo on the start side with the issuer on the end side
    // (or the issuer alone), and an accent rule.
    let issuer = shaper.clean(&c.issuer);
    let logo = match &c.logo {
        Some(logo) => Some((logo.image().map_err(PdfError::Logo)?, logo.alt.as_str())),
        None => None,
    };
    match logo {
        Some((image, alt)) => {
            let (pw, ph) = image.size();
            let (pw, ph) = (pw.max(1) as f32, ph.max(1) as f32);
            let scale = (LOGO_MAX_W / pw).min(LOGO_MAX_H / ph);
            let (w, h) = (pw * scale, ph * scale);
            let top = flow.y;
            let x = flow.align_x(full, w, Align::Start);
            let alt = shaper.clean(alt);
            let mark = if alt.is_empty() {
                Mark::Artifact(ArtifactType::Layout)
            } else {
                Mark::Group(tags.add(None, Tag::Figure(Some(alt))))
            };
            flow.push(Item::Image {
                image,
                area: Bounds { x, y: top, w, h },
                mark,
            });
            // the issuer beside it, on the end side, at the logo's foot
            let gap = 18.0;
            let span = columns(full, &[w + gap, full.w - w - gap], shaper.rtl())
                .get(1)
                .copied()
                .unwrap_or(full);
            let p = tags.add(None, Tag::P);
            let lines = shaper.fit(&issuer, Dir::Auto, ISSUER_TOP, span.w, 2, 8.0);
            let text_h = text_height(&lines);
            let text_top = top + (h - text_h).max(0.0);
            flow.place_lines(lines, span, text_top, Align::End, ACCENT, Mark::Group(p));
            flow.y = top + h.max(text_h) + 6.0;
            let y = flow.y;
            flow.rule(full, y, 1.5, ACCENT, Mark::Artifact(ArtifactType::Layout));
            // less space above the heading: the logo took some of it
            flow.y += (46.0 - (h - 14.0).max(0.0)).max(20.0);
        }
        None => {
            let p = tags.add(None, Tag::P);
            let lines = shaper.fit(&issuer, Dir::Auto, ISSUER_TOP, full.w, 2, 8.0);
            flow.flow_lines(lines, full, Align::Start, ACCENT, Mark::Group(p));
            flow.y += 4.0;
            let y = flow.y;
            flow.rule(full, y, 1.5, ACCENT, Mark::Artifact(ArtifactType::Layout));
            flow.y += 46.0;
        }
    }

    // Heading, name, intro, series title: centred.
    let h1 = tags.heading(None, 1, &heading);
    let lines = shaper.fit(&heading, Dir::Doc, HEADING, full.w, 2, 18.0);
    flow.flow_lines(lines, full, Align::Center, ACCENT, Mark::Group(h1));
    flow.y += 22.0;

    let p = tags.add(None, Tag::P);
    let lines = shaper.fit(&participant, Dir::Auto, NAME, full.w, 2, 14.0);
    flow.flow_lines(lines, full, Align::Center, INK, Mark::Group(p));
    flow.y += 12.0;

    let p = tags.add(None, Tag::P);
    let lines = shaper.paragraph(&shaper.clean(&c.intro), Dir::Doc, INTRO, full.w);
    flow.flow_lines(lines, full, Align::Center, MUTED, Mark::Group(p));
    flow.y += 8.0;

    let p = tags.add(None, Tag::P);
    let lines = shaper.fit(&shaper.clean(&c.series_title), Dir::Auto, SERIES, full.w, 3, 12.0);
    flow.flow_lines(lines, full, Align::Center, INK, Mark::Group(p));
    flow.y += 32.0;

    // The modules: in full, compact, or on an annex page, whichever keeps the
    // certificate itself on one page.
    let running = if participant.is_empty() {
        heading.clone()
    } else {
        format!("{heading} – {participant}")
    };
    let band = Band::measure(c, &shaper, &issuer, full);
    let room = flow.bottom - band.height - BAND_GAP - flow.y;
    let cols = columns(full, &column_widths(c, &shaper, full.w), shaper.rtl());
    let mode = [ListMode::Full, ListMode::Compact]
        .into_iter()
        .find(|m| table_height(c, &shaper, &cols, *m) <= room);
    match mode {
        Some(mode) => {
            modules_table(c, &shaper, &mut flow, &mut tags, &running, &c.modules_heading, mode)?;
            band.draw(c, &mut flow, &mut tags)?;
        }
        None => {
            let p = tags.add(None, Tag::P);
            let note = if c.annex_note.trim().is_empty() {
                &c.annex_heading
            } else {
                &c.annex_note
            };
            let lines = shaper.paragraph(&shaper.clean(note), Dir::Auto, BODY, full.w);
            flow.flow_lines(lines, full, Align::Center, INK, Mark::Group(p));
            band.draw(c, &mut flow, &mut tags)?;
            flow.new_page();
            running_header(&mut flow, &running);
            let title = if c.annex_heading.trim().is_empty() {
                &c.modules_heading
            } else {
                &c.annex_heading
            };
            // the annex too is one page where the compact list fits it
            let room = flow.bottom - flow.y;
            let mode = if table_height(c, &shaper, &cols, ListMode::Full) <= room {
                ListMode::Full
            } else if table_height(c, &shaper, &cols, ListMode::Compact) <= room {
                ListMode::Compact
            } else {
                ListMode::Full
            };
            modules_table(c, &shaper, &mut flow, &mut tags, &running, title, mode)?;
        }
    }

    let info = DocInfo {
        title: &running,
        lang: &c.lang,
        rtl: c.rtl,
        created_at: c.created_at,
    };
    doc::render(&info, fonts, flow.pages, tags)
}

/// Column widths for date, module and hours.
fn column_widths(c: &Certificate, shaper: &Shaper, total: f32) -> [f32; 3] {
    let widest = |texts: &mut dyn Iterator<Item = &String>, style: Style| {
        texts
            .map(|t| shaper.measure(&shaper.clean(t), style))
            .fold(0.0_f32, f32::max)
    };
    let date = widest(&mut c.modules.iter().map(|m| &m.date), CELL).max(shaper.measure(&shaper.clean(&c.col_date), TH))
        + 2.0 * CELL_PAD_X
        + 8.0;
    let hours = widest(&mut c.modules.iter().map(|m| &m.hours).chain([&c.total_hours]), TOTAL)
        .max(shaper.measure(&shaper.clean(&c.col_hours), TH))
        + 2.0 * CELL_PAD_X
        + 4.0;
    let date = date.clamp(64.0, 120.0);
    let hours = hours.clamp(44.0, 96.0);
    [date, total - date - hours, hours]
}

/// Wraps text for a cell, at most `max` lines.
fn cell_lines(shaper: &Shaper, text: &str, dir: Dir, style: Style, width: f32, max: usize) -> Vec<Line> {
    shaper.fit_clamped(&shaper.clean(text), dir, style, width, max, style.size, max)
}

/// How the module list is set.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum ListMode {
    /// Titles (up to six lines) with their topics.
    Full,
    /// Titles on at most two lines, no topics, tighter rows.
    Compact,
}

impl ListMode {
    fn title_lines(self) -> usize {
        match self {
            ListMode::Full => MAX_TITLE_LINES,
            ListMode::Compact => 2,
        }
    }
    fn pad_y(self) -> f32 {
        match self {
            ListMode::Full => CELL_PAD_Y,
            ListMode::Compact => 3.0,
        }
    }
}

/// Space between the end of the module list and the closing band.
const BAND_GAP: f32 = 28.0;

/// One module's row, wrapped for its columns.
struct Row {
    date: Vec<Line>,
    title: Vec<Line>,
    topics: Vec<Line>,
    hours: Vec<Line>,
    title_h: f32,
    height: f32,
}

impl Row {
    fn new(shaper: &Shaper, module: &crate::CertModule, spans: [Span; 3], mode: ListMode) -> Row {
        let [date_span, module_span, hours_span] = spans;
        let date = cell_lines(shaper, &module.date, Dir::Doc, CELL, date_span.w, 3);
        let title = cell_lines(
            shaper,
            &module.title,
            Dir::Auto,
            CELL_BOLD,
            module_span.w,
            mode.title_lines(),
        );
        let topics = match mode {
            ListMode::Full => cell_lines(
                shaper,
                &module.topics,
                Dir::Auto,
                TOPICS,
                module_span.w,
                MAX_TOPIC_LINES,
            ),
            ListMode::Compact => Vec::new(),
        };
        let hours = cell_lines(shaper, &module.hours, Dir::Doc, CELL, hours_span.w, 2);
        let title_h = lines_height(title.len(), CELL_BOLD.size);
        let topics_h = lines_height(topics.len(), TOPICS.size);
        let height = lines_height(date.len(), CELL.size)
            .max(title_h + if topics.is_empty() { 0.0 } else { 1.0 + topics_h })
            .max(lines_height(hours.len(), CELL.size))
            + 2.0 * mode.pad_y();
        Row {
            date,
            title,
            topics,
            hours,
            title_h,
            height,
        }
    }
}

/// The three cell spans (inside the padding) of a row.
fn cell_spans(cols: &[Span], full: Span) -> [Span; 3] {
    let inner: Vec<Span> = cols.iter().map(|col| inset(*col, CELL_PAD_X)).collect();
    [inner.first().copied(), inner.get(1).copied(), inner.get(2).copied()].map(|s| s.unwrap_or(full))
}

/// The header row's labels, wrapped for their columns.
fn header_lines(c: &Certificate, shaper: &Shaper, cols: &[Span]) -> Vec<Vec<Line>> {
    [&c.col_date, &c.col_module, &c.col_hours]
        .iter()
        .zip(cols)
        .map(|(label, col)| shaper.paragraph(&shaper.clean(label), Dir::Doc, TH, inset(*col, CELL_PAD_X).w))
        .collect()
}

fn header_height(c: &Certificate, shaper: &Shaper, cols: &[Span]) -> f32 {
    let tallest = header_lines(c, shaper, cols)
        .iter()
        .map(|l| text_height(l))
        .fold(0.0_f32, f32::max);
    4.0 + tallest + 8.0 + 0.8
}

/// The total row: label and hours, wrapped.
fn total_lines(c: &Certificate, shaper: &Shaper, cols: &[Span], full: Span) -> (Span, Span, Vec<Line>, Vec<Line>, f32) {
    let label_cols = cols.get(..2).unwrap_or(&[]);
    let label_span = Span {
        x: label_cols.iter().map(|s| s.x).fold(f32::MAX, f32::min),
        w: label_cols.iter().map(|s| s.w).sum(),
    };
    let label_span = inset(label_span, CELL_PAD_X);
    let hours_span = inset(cols.get(2).copied().unwrap_or(full), CELL_PAD_X);
    let label = cell_lines(shaper, &c.total_label, Dir::Doc, TOTAL, label_span.w, 2);
    let total = cell_lines(shaper, &c.total_hours, Dir::Doc, TOTAL, hours_span.w, 2);
    let height = lines_height(label.len().max(total.len()), TOTAL.size) + 2.0 * CELL_PAD_Y;
    (label_span, hours_span, label, total, height)
}

/// The height of the whole module list (heading, header, rows, total) set in `mode`.
fn table_height(c: &Certificate, shaper: &Shaper, cols: &[Span], mode: ListMode) -> f32 {
    let full = Span {
        x: cols.iter().map(|s| s.x).fold(f32::MAX, f32::min),
        w: cols.iter().map(|s| s.w).sum(),
    };
    let heading = shaper.paragraph(&shaper.clean(&c.modules_heading), Dir::Doc, SUBHEADING, full.w);
    let spans = cell_spans(cols, full);
    let rows: f32 = c
        .modules
        .iter()
        .map(|m| Row::new(shaper, m, spans, mode).height + 0.4)
        .sum();
    let (_, _, _, _, total) = total_lines(c, shaper, cols, full);
    lines_height(heading.len(), SUBHEADING.size) + 6.0 + header_height(c, shaper, cols) + rows + total
}

/// The table's header row; tagged on the first page, an artifact when repeated.
fn header_row(
    c: &Certificate,
    shaper: &Shaper,
    flow: &mut Flow<'_>,
    cols: &[Span],
    full: Span,
    cells: Option<[usize; 3]>,
) {
    let aligns = [Align::Start, Align::Start, Align::End];
    let top = flow.y;
    let mut height: f32 = 0.0;
    for (i, ((lines, col), align)) in header_lines(c, shaper, cols)
        .into_iter()
        .zip(cols)
        .zip(aligns)
        .enumerate()
    {
        let mark = match cells.and_then(|ids| ids.get(i).copied()) {
            Some(id) => Mark::Group(id),
            None => Mark::Artifact(ArtifactType::PaginationOther),
        };
        let h = flow.place_lines(lines, inset(*col, CELL_PAD_X), top + 4.0, align, MUTED, mark);
        height = height.max(h);
    }
    flow.y = top + height + 8.0;
    let y = flow.y;
    flow.rule(full, y, 0.8, INK, Mark::Artifact(ArtifactType::Layout));
    flow.y += 0.8;
}

fn modules_table(
    c: &Certificate,
    shaper: &Shaper,
    flow: &mut Flow<'_>,
    tags: &mut Tags,
    running: &str,
    heading: &str,
    mode: ListMode,
) -> Result<(), PdfError> {
    let full = flow.content();
    let widths = column_widths(c, shaper, full.w);
    let cols = columns(full, &widths, shaper.rtl());

    let subheading = shaper.clean(heading);
    let h2 = tags.heading(None, 2, &subheading);
    let lines = shaper.paragraph(&subheading, Dir::Doc, SUBHEADING, full.w);
    // Keep the heading with the table header and the first row.
    flow.ensure(lines_height(lines.len(), SUBHEADING.size) + 80.0);
    flow.flow_lines(lines, full, Align::Start, INK, Mark::Group(h2));
    flow.y += 6.0;

    let table = tags.add(None, Tag::Table);
    let tr = tags.add(Some(table), Tag::TR);
    let th = [
        tags.add(Some(tr), Tag::TH(TableHeaderScope::Column)),
        tags.add(Some(tr), Tag::TH(TableHeaderScope::Column)),
        tags.add(Some(tr), Tag::TH(TableHeaderScope::Column)),
    ];
    header_row(c, shaper, flow, &cols, full, Some(th));

    let spans = cell_spans(&cols, full);
    let [date_span, module_span, hours_span] = spans;
    for module in &c.modules {
        let row = Row::new(shaper, module, spans, mode);
        if flow.ensure(row.height + 1.0) {
            running_header(flow, running);
            header_row(c, shaper, flow, &cols, full, None);
        }

        let tr = tags.add(Some(table), Tag::TR);
        let td_date = tags.add(Some(tr), Tag::TD);
        let td_module = tags.add(Some(tr), Tag::TD);
        let td_hours = tags.add(Some(tr), Tag::TD);
        let top = flow.y + mode.pad_y();
        flow.place_lines(row.date, date_span, top, Align::Start, INK, Mark::Group(td_date));
        let topics_top = top + row.title_h + 1.0;
        flow.place_lines(row.title, module_span, top, Align::Start, INK, Mark::Group(td_module));
        if !row.topics.is_empty() {
            let mark = Mark::Group(td_module);
            flow.place_lines(row.topics, module_span, topics_top, Align::Start, MUTED, mark);
        }
        flow.place_lines(row.hours, hours_span, top, Align::End, INK, Mark::Group(td_hours));
        flow.y += row.height;
        let y = flow.y;
        flow.rule(full, y, 0.4, HAIRLINE, Mark::Artifact(ArtifactType::Layout));
        flow.y += 0.4;
    }

    // Total: the label spans date and module columns.
    let (label_span, hours_span, label, total, height) = total_lines(c, shaper, &cols, full);
    if flow.ensure(height + 2.0) {
        running_header(flow, running);
        header_row(c, shaper, flow, &cols, full, None);
    }
    let y = flow.y;
    flow.rule(full, y - 0.4, 0.8, INK, Mark::Artifact(ArtifactType::Layout));
    let tr = tags.add(Some(table), Tag::TR);
    let th_total = tags.add(
        Some(tr),
        Tag::TH(TableHeaderScope::Row).with_col_span(NonZeroU32::new(2)),
    );
    let td_total = tags.add(Some(tr), Tag::TD);
    let top = flow.y + CELL_PAD_Y;
    flow.place_lines(label, label_span, top, Align::Start, INK, Mark::Group(th_total));
    flow.place_lines(total, hours_span, top, Align::End, INK, Mark::Group(td_total));
    flow.y += height;
    Ok(())
}

/// The closing band at the foot of the certificate page: the verification QR
/// code with label, code and URL on the start side; place, date, signature
/// line and who signs on the end side; the funding notice below both.
struct Band {
    full: Span,
    qr_span: Span,
    text_span: Span,
    sign_span: Span,
    place: Vec<Line>,
    place_h: f32,
    signer: Vec<Line>,
    label: Vec<Line>,
    code: Vec<Line>,
    url: Vec<Line>,
    url_text: String,
    text_h: f32,
    has_url: bool,
    notice: Vec<Line>,
    row_h: f32,
    height: f32,
}

impl Band {
    fn measure(c: &Certificate, shaper: &Shaper, issuer: &str, full: Span) -> Band {
        let gap = 12.0;
        let sign_w = 176.0;
        let text_w = full.w - QR_SIZE - gap - 28.0 - sign_w;
        let cols = columns(full, &[QR_SIZE, gap, text_w, 28.0, sign_w], shaper.rtl());
        let qr_span = cols.first().copied().unwrap_or(full);
        let text_span = cols.get(2).copied().unwrap_or(full);
        let sign_span = cols.get(4).copied().unwrap_or(full);

        let place = shaper.paragraph(&shaper.clean(&c.place_date), Dir::Doc, BODY, sign_span.w);
        let mut signer = Vec::new();
        if c.signatory_name.trim().is_empty() {
            signer.extend(shaper.fit(issuer, Dir::Auto, SMALL, sign_span.w, 2, 7.0));
        } else {
            signer.extend(shaper.fit(&shaper.clean(&c.signatory_name), Dir::Auto, SIGNER, sign_span.w, 2, 7.0));
            if !c.signatory_role.trim().is_empty() {
                signer.extend(shaper.fit(&shaper.clean(&c.signatory_role), Dir::Auto, SMALL, sign_span.w, 2, 7.0));
            }
            signer.extend(shaper.fit(issuer, Dir::Auto, SMALL, sign_span.w, 2, 7.0));
        }
        let place_h = text_height(&place);
        let sign_h = place_h + 30.0 + 4.0 + text_height(&signer);

        let has_url = !c.verify_url.trim().is_empty();
        let label = shaper.paragraph(&shaper.clean(&c.verify_label), Dir::Doc, SMALL, text_span.w);
        let code = shaper.fit(&shaper.clean(&c.verify_code), Dir::Auto, CODE, text_span.w, 1, 8.0);
        let url_text = shaper.clean(&c.verify_url);
        let url = cell_lines(shaper, &url_text, Dir::Auto, URL, text_span.w, 4);
        let text_h = text_height(&label) + text_height(&code) + text_height(&url);
        let verify_h = if has_url { QR_SIZE.max(text_h) } else { text_h };
        let notice = notice_lines(shaper, &c.funding_notice, full.w);
        let row_h = verify_h.max(sign_h);
        let notice_h = if notice.is_empty() {
            0.0
        } else {
            12.0 + text_height(&notice)
        };
        Band {
            full,
            qr_span,
            text_span,
            sign_span,
            place,
            place_h,
            signer,
            label,
            code,
            url,
            url_text,
            text_h,
            has_url,
            notice,
            row_h,
            height: 14.0 + row_h + notice_h,
        }
    }

    /// Draws the band at the foot of the current page (a new page if the
    /// current one has no room left).
    fn draw(self, c: &Certificate, flow: &mut Flow<'_>, tags: &mut Tags) -> Result<(), PdfError> {
        if flow.y + BAND_GAP + self.height > flow.bottom {
            flow.new_page();
        }
        let full = self.full;
        let top = flow.bottom - self.height;
        flow.rule(full, top, 0.4, HAIRLINE, Mark::Artifact(ArtifactType::Layout));
        let top = top + 14.0;

        // Place and date, signature line, who signs.
        let p = tags.add(None, Tag::P);
        flow.place_lines(self.place, self.sign_span, top, Align::Start, INK, Mark::Group(p));
        let line_y = top + self.place_h + 30.0;
        flow.rule(self.sign_span, line_y, 0.6, INK, Mark::Artifact(ArtifactType::Layout));
        let p = tags.add(None, Tag::P);
        flow.place_lines(
            self.signer,
            self.sign_span,
            line_y + 4.0,
            Align::Center,
            MUTED,
            Mark::Group(p),
        );

        // Verification text, vertically centred on the QR code.
        let text_span = self.text_span;
        let mut y = top
            + if self.has_url {
                (QR_SIZE - self.text_h).max(0.0) / 2.0
            } else {
                0.0
            };
        let p = tags.add(None, Tag::P);
        y += flow.place_lines(self.label, text_span, y, Align::Start, MUTED, Mark::Group(p));
        let p = tags.add(None, Tag::P);
        y += flow.place_lines(self.code, text_span, y, Align::Start, INK, Mark::Group(p));
        if self.has_url {
            // The URL is a link too (PDF/UA: a Link group holds the text and the annotation).
            let p = tags.add(None, Tag::P);
            let link = tags.add(Some(p), Tag::Link);
            let width = self.url.iter().map(|l| l.width).fold(0.0_f32, f32::max);
            let url_h = flow.place_lines(self.url, text_span, y, Align::Start, ACCENT, Mark::Group(link));
            let x = flow.align_x(text_span, width, Align::Start);
            flow.push(Item::Link {
                area: Bounds {
                    x,
                    y,
                    w: width,
                    h: url_h,
                },
                url: c.verify_url.trim().to_owned(),
                alt: self.url_text.clone(),
                group: link,
            });

            let figure = tags.add(None, Tag::Figure(Some(format!("QR code: {}", self.url_text))));
            let rects = qr_rects(c.verify_url.trim(), self.qr_span.x, top, QR_SIZE)?;
            flow.push(Item::Rects {
                rects,
                color: INK,
                mark: Mark::Group(figure),
            });
        }
        if !self.notice.is_empty() {
            let p = tags.add(None, Tag::P);
            let notice_top = top + self.row_h + 12.0;
            flow.place_lines(self.notice, full, notice_top, Align::Start, MUTED, Mark::Group(p));
        }
        flow.y = flow.bottom;
        Ok(())
    }
}

/// The funding notice wrapped for the full width, all of it: a certificate never drops
/// words the organiser entered.
fn notice_lines(shaper: &Shaper, notice: &str, width: f32) -> Vec<Line> {
    let notice = shaper.clean(notice);
    shaper.fit(&notice, Dir::Auto, NOTICE, width, NOTICE_SHRINK_ABOVE, NOTICE_MIN_SIZE)
}

/// Whether a funding notice takes at most [`NOTICE_MAX_LINES`] lines on a certificate in
/// `lang`.
pub(crate) fn notice_fits(notice: &str, lang: &str, rtl: bool) -> Result<bool, PdfError> {
    let shaper = Shaper::new(fonts()?, lang, rtl);
    let flow = Flow::new(&shaper, MARGIN_X, TOP, BOTTOM);
    Ok(notice_lines(&shaper, notice, flow.content().w).len() <= NOTICE_MAX_LINES)
}

/// On continuation pages: heading and participant in small print (an artifact).
fn running_header(flow: &mut Flow<'_>, text: &str) {
    flow.running_header(text, RUNNING, 10.0);
}
