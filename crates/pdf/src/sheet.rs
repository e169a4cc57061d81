//! The page machinery of the reports (`audit.rs`, `walk.rs`): [`Sheet`] flows content
//! over A4 pages on top of [`Flow`]. Every text wraps; a block is kept together when it
//! fits a page and split between lines when it does not, so nothing is cut off;
//! continuation pages carry a running header, a table's header row is repeated on each
//! page it continues on, and every page gets "page x / y". Right to left, columns and
//! markers are mirrored.

use krilla::tagging::{ArtifactType, TableHeaderScope, Tag, TagKind};

use crate::doc::{self, Bounds, DocInfo, Item, Mark, Rgb, Tags, ACCENT, INK, MUTED, PAGE_HEIGHT};
use crate::fonts::fonts;
use crate::layout::{columns, inset, text_height, Align, Flow, Span, ASCENT, LEADING};
use crate::text::{Dir, Line, Shaper, Style};
use crate::PdfError;

const MARGIN_X: f32 = 50.0;
const TOP: f32 = 46.0;
const BOTTOM: f32 = 34.0;
/// Room kept free above the bottom margin for the page number.
const FOOTER: f32 = 26.0;

const ADMIN: Style = Style::bold(10.5);
const TITLE: Style = Style::bold(22.0);
const SUBTITLE: Style = Style::regular(10.5);
pub(crate) const BODY: Style = Style::regular(10.0);
pub(crate) const H2: Style = Style::bold(14.0);
pub(crate) const H3: Style = Style::bold(11.0);
const RUNNING: Style = Style::regular(8.0);
const FOOT: Style = Style::regular(8.5);
const TH: Style = Style::bold(8.5);
const TD: Style = Style::regular(9.5);

const CELL_PAD_X: f32 = 5.0;
const CELL_PAD_Y: f32 = 4.5;
const HEADER_FILL: Rgb = Rgb(0xe3, 0xeb, 0xf2);
const ZEBRA: Rgb = Rgb(0xf5, 0xf7, 0xf9);
pub(crate) const RULE: Rgb = Rgb(0xd4, 0xd8, 0xdc);

/// A small shape before the first line of a cell. Always an artifact: the words beside it
/// say what it shows.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Marker {
    Disc(Rgb),
    /// A small disc: a list's bullet.
    Bullet(Rgb),
    Square(Rgb),
    /// Grey diagonal hatching: "not applicable".
    Hatch,
    /// Nothing, in a marker's place (so that the words line up with those beside a marker).
    Blank,
}

/// Width of the column a marker takes before its text.
const MARKER_W: f32 = 14.0;

/// One cell of a row: lines placed in `span`, an optional marker in its own span beside
/// the first line.
pub(crate) struct Cell {
    pub(crate) lines: Vec<Line>,
    pub(crate) span: Span,
    pub(crate) align: Align,
    pub(crate) color: Rgb,
    pub(crate) mark: Mark,
    pub(crate) marker: Option<(Marker, Span)>,
}

/// How a row is drawn: padding above and below, a rule below it, a background.
#[derive(Clone, Copy)]
pub(crate) struct RowStyle {
    pub(crate) pad: f32,
    pub(crate) rule: Option<Rgb>,
    pub(crate) fill: Option<Rgb>,
}

pub(crate) const PLAIN: RowStyle = RowStyle {
    pad: 0.0,
    rule: None,
    fill: None,
};

/// A table's header row, repeated (as an artifact) on every page the table continues on.
struct HeaderRow {
    labels: Vec<String>,
    cols: Vec<Span>,
    aligns: Vec<Align>,
}

/// A bar along a block's start side, drawn per page the block takes.
struct SideBar {
    span: Span,
    color: Rgb,
    from: f32,
}

/// Content flowing over A4 pages (see the module documentation).
pub(crate) struct Sheet<'s> {
    pub(crate) flow: Flow<'s>,
    pub(crate) tags: Tags,
    running: String,
    /// Where content starts on the current page.
    page_top: f32,
    /// Where content starts on a continuation page (below the running header).
    next_top: f32,
    header: Option<HeaderRow>,
    bar: Option<SideBar>,
}

/// A regular polygon close to a circle.
fn disc(cx: f32, cy: f32, r: f32) -> Vec<(f32, f32)> {
    (0..48)
        .map(|i| {
            let a = i as f32 * std::f32::consts::TAU / 48.0;
            (cx + r * a.cos(), cy + r * a.sin())
        })
        .collect()
}

/// Clips a convex polygon to the vertical band `x0..x1` (Sutherland–Hodgman).
fn clip_x(polygon: Vec<(f32, f32)>, x0: f32, x1: f32) -> Vec<(f32, f32)> {
    let mut out = polygon;
    for (edge, keep_right) in [(x0, true), (x1, false)] {
        let input = std::mem::take(&mut out);
        let inside = |p: (f32, f32)| if keep_right { p.0 >= edge } else { p.0 <= edge };
        for (i, &current) in input.iter().enumerate() {
            let previous = input[(i + input.len() - 1) % input.len()];
            let cross = |a: (f32, f32), b: (f32, f32)| {
                let t = (edge - a.0) / (b.0 - a.0);
                (edge, a.1 + t * (b.1 - a.1))
            };
            match (inside(previous), inside(current)) {
                (true, true) => out.push(current),
                (true, false) => out.push(cross(previous, current)),
                (false, true) => {
                    out.push(cross(previous, current));
                    out.push(current);
                }
                (false, false) => {}
            }
        }
        if out.is_empty() {
            break;
        }
    }
    out
}

/// Grey diagonal stripes on a light ground filling `b` (artifacts).
pub(crate) fn hatch(b: Bounds) -> Vec<Item> {
    let mut stripes = Vec::new();
    let (step, width) = (2.6, 0.9);
    let mut c = -b.h;
    while c < b.w {
        // a stripe rising to the right at 45°, clipped to the box
        let stripe = vec![
            (b.x + c, b.y + b.h),
            (b.x + c + b.h, b.y),
            (b.x + c + b.h + width, b.y),
            (b.x + c + width, b.y + b.h),
        ];
        let clipped = clip_x(stripe, b.x, b.x + b.w);
        if clipped.len() >= 3 {
            stripes.push(clipped);
        }
        c += step;
    }
    vec![
        Item::Rects {
            rects: vec![b],
            color: Rgb(0xf0, 0xf0, 0xf0),
            mark: Mark::Artifact(ArtifactType::Layout),
        },
        Item::Polygons {
            polygons: stripes,
            color: Rgb(0x80, 0x80, 0x80),
            mark: Mark::Artifact(ArtifactType::Layout),
        },
    ]
}

/// The outline of a box in hairlines (artifacts).
pub(crate) fn outline(b: Bounds, t: f32, color: Rgb) -> Item {
    Item::Rects {
        rects: vec![
            Bounds { h: t, ..b },
            Bounds {
                y: b.y + b.h - t,
                h: t,
                ..b
            },
            Bounds { w: t, ..b },
            Bounds {
                x: b.x + b.w - t,
                w: t,
                ..b
            },
        ],
        color,
        mark: Mark::Artifact(ArtifactType::Layout),
    }
}

/// The items of a marker centred vertically at `cy` on the start side of `span`, for text
/// of `size`.
fn marker_items(marker: Marker, span: Span, cy: f32, size: f32, rtl: bool) -> Vec<Item> {
    let side = match marker {
        Marker::Bullet(_) => size * 0.42,
        _ => size * 0.78,
    }
    .min(span.w);
    let cx = if rtl {
        span.x + span.w - side / 2.0
    } else {
        span.x + side / 2.0
    };
    let artifact = Mark::Artifact(ArtifactType::Layout);
    let square = Bounds {
        x: cx - side / 2.0,
        y: cy - side / 2.0,
        w: side,
        h: side,
    };
    match marker {
        Marker::Disc(color) | Marker::Bullet(color) => vec![Item::Polygons {
            polygons: vec![disc(cx, cy, side / 2.0 + 0.4)],
            color,
            mark: artifact,
        }],
        Marker::Square(color) => vec![
            Item::Rects {
                rects: vec![square],
                color,
                mark: artifact,
            },
            outline(square, 0.4, Rgb(0x7a, 0x8a, 0x9a)),
        ],
        Marker::Hatch => {
            let mut items = hatch(square);
            items.push(outline(square, 0.4, Rgb(0x80, 0x80, 0x80)));
            items
        }
        Marker::Blank => Vec::new(),
    }
}

/// Where the middle of a line's lower-case letters is, from the line's top.
pub(crate) fn middle(size: f32) -> f32 {
    size * (ASCENT - 0.3)
}

/// `item` moved down by `dy`.
fn shifted(item: Item, dy: f32) -> Item {
    match item {
        Item::Text {
            line,
            x,
            y,
            color,
            mark,
        } => Item::Text {
            line,
            x,
            y: y + dy,
            color,
            mark,
        },
        Item::Rects { rects, color, mark } => Item::Rects {
            rects: rects.into_iter().map(|r| Bounds { y: r.y + dy, ..r }).collect(),
            color,
            mark,
        },
        Item::Polygons { polygons, color, mark } => Item::Polygons {
            polygons: polygons
                .into_iter()
                .map(|p| p.into_iter().map(|(x, y)| (x, y + dy)).collect())
                .collect(),
            color,
            mark,
        },
        Item::Image { image, area, mark } => Item::Image {
            image,
            area: Bounds { y: area.y + dy, ..area },
            mark,
        },
        Item::Link { area, url, alt, group } => Item::Link {
            area: Bounds { y: area.y + dy, ..area },
            url,
            alt,
            group,
        },
        Item::Empty { group } => Item::Empty { group },
    }
}

impl<'s> Sheet<'s> {
    /// A sheet whose continuation pages carry `running` in small print at the top.
    pub(crate) fn new(shaper: &'s Shaper, running: String) -> Self {
        let flow = Flow::new(shaper, MARGIN_X, TOP, BOTTOM + FOOTER);
        let full = flow.content();
        let running_h = if running.is_empty() {
            0.0
        } else {
            text_height(&shaper.fit_clamped(&running, Dir::Doc, RUNNING, full.w, 1, 7.0, 2)) + 12.0
        };
        Sheet {
            flow,
            tags: Tags::default(),
            running,
            page_top: TOP,
            next_top: TOP + running_h,
            header: None,
            bar: None,
        }
    }

    pub(crate) fn shaper(&self) -> &'s Shaper {
        self.flow.shaper
    }

    pub(crate) fn rtl(&self) -> bool {
        self.flow.shaper.rtl()
    }

    pub(crate) fn full(&self) -> Span {
        self.flow.content()
    }

    /// Cleans, wraps and shapes `text` at a fixed size.
    pub(crate) fn para(&self, text: &str, dir: Dir, style: Style, width: f32) -> Vec<Line> {
        let shaper = self.shaper();
        shaper.paragraph(&shaper.clean(text), dir, style, width.max(1.0))
    }

    /// Like [`Sheet::para`], but a text longer than `lines` lines is set smaller first
    /// (down to `min_size`); it still takes as many lines as it needs then.
    fn fit(&self, text: &str, dir: Dir, style: Style, width: f32, lines: usize, min_size: f32) -> Vec<Line> {
        let shaper = self.shaper();
        shaper.fit(&shaper.clean(text), dir, style, width.max(1.0), lines, min_size)
    }

    /// The height of the current table's header row (0 without a table).
    fn header_height(&self) -> f32 {
        self.header.as_ref().map_or(0.0, |h| self.header_lines(h).1)
    }

    fn header_lines(&self, header: &HeaderRow) -> (Vec<Vec<Line>>, f32) {
        let lines: Vec<Vec<Line>> = header
            .labels
            .iter()
            .zip(&header.cols)
            .map(|(label, col)| self.fit(label, Dir::Doc, TH, inset(*col, CELL_PAD_X).w, 2, 6.5))
            .collect();
        let h = lines.iter().map(|l| text_height(l)).fold(0.0_f32, f32::max) + 2.0 * CELL_PAD_Y;
        (lines, h)
    }

    /// The height a block may have and still fit one page.
    fn room(&self) -> f32 {
        self.flow.bottom - self.next_top - self.header_height()
    }

    /// Whether nothing has been placed on this page yet.
    pub(crate) fn at_top(&self) -> bool {
        self.flow.y <= self.page_top + 0.5
    }

    /// Starts a new page unless `height` still fits below the current position (or the
    /// page is still empty). Returns whether a page was started.
    fn need(&mut self, height: f32) -> bool {
        if self.flow.y + height > self.flow.bottom && !self.at_top() {
            self.break_page();
            true
        } else {
            false
        }
    }

    /// Keeps a block of `height` together: a new page when it does not fit here but does
    /// on a page of its own. (A longer block is split where it must.)
    pub(crate) fn keep(&mut self, height: f32) {
        if height <= self.room() {
            self.need(height);
        }
    }

    /// Space before what follows, left out at the top of a page.
    pub(crate) fn space(&mut self, height: f32) {
        if !self.at_top() {
            self.flow.y += height;
        }
    }

    /// Ends the page: the side bar of the block under way is drawn down to here; the next
    /// page starts with the running header and the header row of the table under way.
    fn break_page(&mut self) {
        if let Some(bar) = &self.bar {
            let item = Item::Rects {
                rects: vec![Bounds {
                    x: bar.span.x,
                    y: bar.from,
                    w: bar.span.w,
                    h: (self.flow.y - bar.from).max(0.0),
                }],
                color: bar.color,
                mark: Mark::Artifact(ArtifactType::Layout),
            };
            self.flow.push(item);
        }
        self.flow.new_page();
        if !self.running.is_empty() {
            let running = self.running.clone();
            self.flow.running_header(&running, RUNNING, 12.0);
        }
        if self.header.is_some() {
            self.header_row(None);
        }
        self.page_top = self.flow.y;
        if let Some(bar) = &mut self.bar {
            bar.from = self.flow.y;
        }
    }

    /// Starts a bar along the start side of what follows (in `span`), until [`Sheet::end_bar`].
    pub(crate) fn begin_bar(&mut self, span: Span, color: Rgb) {
        self.bar = Some(SideBar {
            span,
            color,
            from: self.flow.y,
        });
    }

    pub(crate) fn end_bar(&mut self) {
        if let Some(bar) = self.bar.take() {
            self.flow.push(Item::Rects {
                rects: vec![Bounds {
                    x: bar.span.x,
                    y: bar.from,
                    w: bar.span.w,
                    h: (self.flow.y - bar.from).max(0.0),
                }],
                color: bar.color,
                mark: Mark::Artifact(ArtifactType::Layout),
            });
        }
    }

    /// Places lines at the current position, breaking pages between lines.
    pub(crate) fn lines(&mut self, lines: Vec<Line>, span: Span, align: Align, color: Rgb, mark: Mark) {
        if let (true, Mark::Group(group)) = (lines.is_empty(), mark) {
            self.flow.push(Item::Empty { group });
        }
        for line in lines {
            self.need(line.size * LEADING);
            let y = self.flow.y;
            self.flow.y += self.flow.place_line(line, span, y, align, color, mark);
        }
    }

    /// A paragraph of the full width, tagged P, then `after` space.
    pub(crate) fn paragraph(&mut self, text: &str, dir: Dir, style: Style, color: Rgb, after: f32) {
        let full = self.full();
        let lines = self.para(text, dir, style, full.w);
        if lines.is_empty() {
            return;
        }
        self.keep(text_height(&lines).min(3.0 * style.size * LEADING));
        let p = self.tags.add(None, Tag::P);
        self.lines(lines, full, Align::Start, color, Mark::Group(p));
        self.flow.y += after;
    }

    /// A heading of `level`, kept on one page with the first `keep_next` points of what
    /// follows.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn heading(
        &mut self,
        level: u16,
        text: &str,
        dir: Dir,
        style: Style,
        color: Rgb,
        (before, after): (f32, f32),
        keep_next: f32,
    ) {
        let full = self.full();
        let clean = self.shaper().clean(text);
        let lines = self.fit(&clean, dir, style, full.w, 2, style.size * 0.75);
        self.space(before);
        // with what follows as far as a page holds it
        let height = text_height(&lines) + after;
        self.keep((height + keep_next).min(self.room()).max(height));
        let group = self.tags.heading(None, level, &clean);
        self.lines(lines, full, Align::Start, color, Mark::Group(group));
        self.flow.y += after;
    }

    /// The head of the first page: the administration, the heading (H1), the subtitle and
    /// a rule.
    /// A report's first lines: a sheet whose running head names the
    /// administration and the heading, the head itself, then the summary.
    pub(crate) fn report(
        shaper: &'s Shaper,
        administration: &str,
        heading: &str,
        subtitle: &str,
        summary: &[String],
    ) -> Self {
        let admin = shaper.clean(administration);
        let head = shaper.clean(heading);
        let mut sheet = Sheet::new(shaper, joined(&[&admin, &head]));
        sheet.head(administration, heading, subtitle);
        for p in summary {
            sheet.paragraph(p, Dir::Doc, BODY, INK, 5.0);
        }
        sheet
    }

    pub(crate) fn head(&mut self, administration: &str, heading: &str, subtitle: &str) {
        let full = self.full();
        let admin = self.fit(administration, Dir::Auto, ADMIN, full.w, 2, 8.5);
        if !admin.is_empty() {
            let p = self.tags.add(None, Tag::P);
            self.lines(admin, full, Align::Start, ACCENT, Mark::Group(p));
            self.flow.y += 3.0;
        }
        let clean = self.shaper().clean(heading);
        let title = self.fit(&clean, Dir::Auto, TITLE, full.w, 2, 15.0);
        let h1 = self.tags.heading(None, 1, &clean);
        self.lines(title, full, Align::Start, INK, Mark::Group(h1));
        self.flow.y += 3.0;
        let sub = self.para(subtitle, Dir::Doc, SUBTITLE, full.w);
        if !sub.is_empty() {
            let p = self.tags.add(None, Tag::P);
            self.lines(sub, full, Align::Start, MUTED, Mark::Group(p));
        }
        self.flow.y += 7.0;
        let y = self.flow.y;
        self.flow
            .rule(full, y, 1.5, ACCENT, Mark::Artifact(ArtifactType::Layout));
        self.flow.y += 16.0;
    }

    /// Places shapes and lines built with their tops relative to 0, as one piece `height`
    /// high, never split.
    pub(crate) fn atom(&mut self, height: f32, items: Vec<Item>) {
        self.need(height);
        let y = self.flow.y;
        for item in items {
            self.flow.push(shifted(item, y));
        }
        self.flow.y += height;
    }

    /// One row of cells side by side, their tops aligned. Kept on one page when it fits
    /// one; otherwise each cell continues on the next page where the page ends.
    pub(crate) fn row(&mut self, cells: Vec<Cell>, style: RowStyle) {
        let height = cells.iter().map(|c| text_height(&c.lines)).fold(0.0_f32, f32::max) + 2.0 * style.pad;
        self.keep(height);
        let mut first = true;
        let rtl = self.rtl();
        let mut cells: Vec<(Cell, std::collections::VecDeque<Line>)> = cells
            .into_iter()
            .map(|mut c| {
                let lines = std::mem::take(&mut c.lines).into();
                (c, lines)
            })
            .collect();
        loop {
            let top = self.flow.y;
            let avail = self.flow.bottom - top - 2.0 * style.pad;
            // from each cell the lines that fit on this page
            let counts: Vec<usize> = cells
                .iter()
                .map(|(_, lines)| {
                    let mut used = 0.0;
                    lines
                        .iter()
                        .take_while(|l| {
                            used += l.size * LEADING;
                            used <= avail + 0.01
                        })
                        .count()
                })
                .collect();
            let pending = cells.iter().any(|(_, lines)| !lines.is_empty());
            if pending && counts.iter().all(|&n| n == 0) && !self.at_top() {
                self.break_page();
                continue;
            }
            let mut used = 0.0_f32;
            let mut items = Vec::new();
            for ((cell, lines), n) in cells.iter_mut().zip(&counts) {
                // on a page too short for even one line, one line anyway (never lost)
                let n = if *n == 0 && !lines.is_empty() && self.at_top() {
                    1
                } else {
                    *n
                };
                let mut y = top + style.pad;
                if first {
                    if let (Some((marker, span)), Some(line)) = (cell.marker, lines.front()) {
                        items.extend(marker_items(marker, span, y + middle(line.size), line.size, rtl));
                    }
                    if let (true, Mark::Group(group)) = (lines.is_empty(), cell.mark) {
                        items.push(Item::Empty { group });
                    }
                }
                for line in lines.drain(..n.min(lines.len())) {
                    let size = line.size;
                    let x = self.flow.align_x(cell.span, line.width, cell.align);
                    items.push(Item::Text {
                        line,
                        x,
                        y: y + size * ASCENT,
                        color: cell.color,
                        mark: cell.mark,
                    });
                    y += size * LEADING;
                }
                used = used.max(y - top - style.pad);
            }
            let h = used + 2.0 * style.pad;
            let full = self.full();
            if let Some(fill) = style.fill {
                self.flow.push(Item::Rects {
                    rects: vec![Bounds {
                        x: full.x,
                        y: top,
                        w: full.w,
                        h,
                    }],
                    color: fill,
                    mark: Mark::Artifact(ArtifactType::Layout),
                });
            }
            for item in items {
                self.flow.push(item);
            }
            if let Some(rule) = style.rule {
                self.flow
                    .rule(full, top + h - 0.5, 0.5, rule, Mark::Artifact(ArtifactType::Layout));
            }
            self.flow.y = top + h;
            first = false;
            if cells.iter().all(|(_, lines)| lines.is_empty()) {
                break;
            }
            self.break_page();
        }
    }

    /// Starts a table: its header row (tagged TH into `cells` here, repeated as an artifact
    /// on each further page until [`Sheet::end_table`]), kept with `first_row` points of
    /// the first row.
    fn begin_table(
        &mut self,
        labels: Vec<String>,
        cols: Vec<Span>,
        aligns: Vec<Align>,
        cells: &[usize],
        first_row: f32,
    ) {
        self.header = Some(HeaderRow { labels, cols, aligns });
        let h = self.header_height();
        // a new page for the header and the first row must not repeat the header first
        if self.flow.y + h + first_row > self.flow.bottom && !self.at_top() {
            let header = self.header.take();
            self.break_page();
            self.header = header;
        }
        self.header_row(Some(cells));
    }

    fn end_table(&mut self) {
        self.header = None;
    }

    fn header_row(&mut self, cells: Option<&[usize]>) {
        let Some(header) = self.header.take() else {
            return;
        };
        let (lines, height) = self.header_lines(&header);
        let full = self.full();
        let top = self.flow.y;
        self.flow.push(Item::Rects {
            rects: vec![Bounds {
                x: full.x,
                y: top,
                w: full.w,
                h: height,
            }],
            color: HEADER_FILL,
            mark: Mark::Artifact(ArtifactType::Layout),
        });
        for (i, (cell_lines, col)) in lines.into_iter().zip(&header.cols).enumerate() {
            let mark = match cells.and_then(|ids| ids.get(i).copied()) {
                Some(id) => Mark::Group(id),
                None => Mark::Artifact(ArtifactType::PaginationOther),
            };
            let align = header.aligns.get(i).copied().unwrap_or(Align::Start);
            let y = top + CELL_PAD_Y;
            self.flow
                .place_lines(cell_lines, inset(*col, CELL_PAD_X), y, align, INK, mark);
        }
        self.flow.rule(
            full,
            top + height - 0.75,
            0.75,
            ACCENT,
            Mark::Artifact(ArtifactType::Layout),
        );
        self.flow.y = top + height;
        self.header = Some(header);
    }

    /// Adds "page x / y" to every page and writes the document.
    /// Finishes a report begun with [`Sheet::report`]: its document title
    /// is the heading, the subtitle and the administration.
    pub(crate) fn finish_report(
        self,
        head: [&str; 3],
        lang: &str,
        rtl: bool,
        created_at: i64,
        page_label: &str,
    ) -> Result<Vec<u8>, PdfError> {
        let [administration, heading, subtitle] = head;
        let shaper = self.flow.shaper;
        let title = joined(&[
            &shaper.clean(heading),
            &shaper.clean(subtitle),
            &shaper.clean(administration),
        ]);
        let info = DocInfo {
            title: &title,
            lang,
            rtl,
            created_at,
        };
        self.finish(page_label, &info)
    }

    pub(crate) fn finish(self, page_label: &str, info: &DocInfo<'_>) -> Result<Vec<u8>, PdfError> {
        let Sheet { mut flow, tags, .. } = self;
        let shaper = flow.shaper;
        let full = flow.content();
        let label = shaper.clean(page_label);
        let count = flow.pages.len();
        let mut numbers = Vec::with_capacity(count);
        for index in 0..count {
            // the isolate keeps "1 / 3" in this order in right-to-left documents
            let number = format!("{label} \u{2066}{} / {count}\u{2069}", index + 1);
            let line = shaper.line(number.trim(), Dir::Doc, FOOT);
            let x = flow.align_x(full, line.width, Align::End);
            numbers.push(Item::Text {
                line,
                x,
                y: PAGE_HEIGHT - BOTTOM - FOOT.size * (LEADING - ASCENT),
                color: MUTED,
                mark: Mark::Artifact(ArtifactType::PageNumber),
            });
        }
        for (page, number) in flow.pages.iter_mut().zip(numbers) {
            page.items.push(number);
        }
        doc::render(info, fonts()?, flow.pages, tags)
    }
}

/// "a – b – c" of the parts that are not empty.
pub(crate) fn joined(parts: &[&str]) -> String {
    parts
        .iter()
        .filter(|s| !s.trim().is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(" \u{2013} ")
}

/// A cell of `text` in `span` (inset by the cell padding), with `marker` before it.
#[allow(clippy::too_many_arguments)]
fn cell(
    sheet: &Sheet<'_>,
    text: &str,
    dir: Dir,
    style: Style,
    span: Span,
    align: Align,
    color: Rgb,
    mark: Mark,
    marker: Option<Marker>,
) -> Cell {
    let inner = inset(span, CELL_PAD_X);
    cell_in(sheet, text, (dir, style), inner, align, color, mark, marker)
}

/// Like [`cell`], without the padding.
#[allow(clippy::too_many_arguments)]
pub(crate) fn cell_in(
    sheet: &Sheet<'_>,
    text: &str,
    (dir, style): (Dir, Style),
    span: Span,
    align: Align,
    color: Rgb,
    mark: Mark,
    marker: Option<Marker>,
) -> Cell {
    let (marker, span) = match marker {
        Some(m) => {
            let parts = columns(span, &[MARKER_W, (span.w - MARKER_W).max(1.0)], sheet.rtl());
            let m_span = parts.first().copied().unwrap_or(span);
            (Some((m, m_span)), parts.get(1).copied().unwrap_or(span))
        }
        None => (None, span),
    };
    Cell {
        lines: sheet.para(text, dir, style, span.w),
        span,
        align,
        color,
        mark,
        marker,
    }
}

/// A table with `labels` over columns of these shares of the width: the first column
/// heads each row (TH, row scope), the others are centred.
pub(crate) fn table(
    sheet: &mut Sheet<'_>,
    labels: Vec<String>,
    shares: &[f32],
    rows: Vec<Vec<(String, Option<Marker>)>>,
) {
    let full = sheet.full();
    let total: f32 = shares.iter().sum();
    let widths: Vec<f32> = shares.iter().map(|s| full.w * s / total.max(0.001)).collect();
    let cols = columns(full, &widths, sheet.rtl());
    // the first column and a column of lights (marker and word) read from the start
    let marked = |i: usize| rows.first().and_then(|r| r.get(i)).is_some_and(|c| c.1.is_some());
    let aligns: Vec<Align> = (0..cols.len())
        .map(|i| {
            if i == 0 || marked(i) {
                Align::Start
            } else {
                Align::Center
            }
        })
        .collect();
    let table = sheet.tags.add(None, Tag::Table);
    let tr = sheet.tags.add(Some(table), Tag::TR);
    let th: Vec<usize> = (0..cols.len())
        .map(|_| sheet.tags.add(Some(tr), Tag::TH(TableHeaderScope::Column)))
        .collect();
    let first_row = TD.size * LEADING * 2.0 + 2.0 * CELL_PAD_Y;
    sheet.begin_table(labels, cols.clone(), aligns.clone(), &th, first_row);
    for (i, row) in rows.into_iter().enumerate() {
        let tr = sheet.tags.add(Some(table), Tag::TR);
        let cells: Vec<Cell> = row
            .into_iter()
            .zip(&cols)
            .zip(&aligns)
            .enumerate()
            .map(|(c, (((text, marker), col), align))| {
                let kind: TagKind = if c == 0 {
                    Tag::TH(TableHeaderScope::Row).into()
                } else {
                    Tag::TD.into()
                };
                let group = sheet.tags.add(Some(tr), kind);
                let dir = if c == 0 { Dir::Auto } else { Dir::Doc };
                cell(sheet, &text, dir, TD, *col, *align, INK, Mark::Group(group), marker)
            })
            .collect();
        let style = RowStyle {
            pad: CELL_PAD_Y,
            rule: Some(RULE),
            fill: (i % 2 == 1).then_some(ZEBRA),
        };
        sheet.row(cells, style);
    }
    sheet.end_table();
}
