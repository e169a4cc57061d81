//! The annual planner (*Jahresplaner*) as a wall calendar: A3 landscape, the
//! administration's name and its slogan at the top, then the twelve months in
//! a grid of four columns and three rows (in reading order: from the right in
//! right-to-left documents), each cell listing its measures with owner,
//! principle and status.
//!
//! Nothing is cut off: every text wraps; when the busiest month does not fit
//! its cell, all text shrinks together (down to [`MIN_SCALE`]); what still does
//! not fit continues on a following page, in a column of the page's full
//! height headed "month – continued", and the first page says so.

use krilla::tagging::{ArtifactType, Tag};

use crate::doc::{self, Bounds, DocInfo, Item, Mark, Rgb, Tags, ACCENT, HAIRLINE, INK, MUTED};
use crate::fonts::fonts;
use crate::layout::{columns, inset, text_height, Align, Flow, Span, ASCENT, LEADING};
use crate::text::{Dir, Line, Shaper, Style};
use crate::{PdfError, Planner, PlannerStatus};

/// A3 landscape in points.
const PAGE_W: f32 = 1190.55;
const PAGE_H: f32 = 841.89;
const MARGIN: f32 = 34.0;
/// Room at the foot of each page for the page number.
const FOOTER: f32 = 16.0;
const COLS: usize = 4;
const ROWS: usize = 3;
const GAP: f32 = 10.0;
const CELL_PAD: f32 = 7.0;
/// The coloured bar before each measure (its status, beside the word) and the space after it.
const BAR: f32 = 3.0;
const BAR_GAP: f32 = 5.0;

const ADMIN: Style = Style::bold(13.0);
const HEADING: Style = Style::bold(30.0);
const SUBTITLE: Style = Style::regular(12.0);
const RUNNING: Style = Style::regular(9.0);
const MONTH: Style = Style::bold(13.0);
const TITLE_SIZE: f32 = 10.5;
const DETAIL_SIZE: f32 = 8.5;
const ITEM_GAP: f32 = 6.0;
/// The smallest text of the measures, as a share of their full size.
const MIN_SCALE: f32 = 0.7;
const FOOT: Style = Style::regular(8.0);

const MONTH_FILL: Rgb = Rgb(0xe6, 0xee, 0xf2);
const OPEN: Rgb = Rgb(0x8a, 0x8f, 0x93);
const PROGRESS: Rgb = Rgb(0xc2, 0x7c, 0x0e);
const DONE: Rgb = Rgb(0x00, 0x70, 0x3c);

/// A measure shaped for its cell at one scale.
struct Shaped {
    title: Vec<Line>,
    detail: Vec<Line>,
    status: PlannerStatus,
}

impl Shaped {
    fn height(&self) -> f32 {
        text_height(&self.title) + text_height(&self.detail)
    }
}

/// The cells of a page's grid of `rows` rows from `top` down, in month
/// order: rows from the top, columns from the start side.
fn cells(full: Span, top: f32, rtl: bool, rows: usize) -> Vec<Bounds> {
    let bottom = PAGE_H - MARGIN - FOOTER;
    let w = (full.w - GAP * (COLS - 1) as f32) / COLS as f32;
    let h = ((bottom - top) - GAP * (rows - 1) as f32) / rows as f32;
    let mut widths = vec![];
    for c in 0..COLS {
        if c > 0 {
            widths.push(GAP);
        }
        widths.push(w);
    }
    let spans: Vec<Span> = columns(full, &widths, rtl).into_iter().step_by(2).collect();
    (0..rows)
        .flat_map(|r| {
            let y = top + r as f32 * (h + GAP);
            spans.iter().map(move |s| Bounds { x: s.x, y, w: s.w, h })
        })
        .collect()
}

/// The space inside a cell below its month band.
fn content_height(cell: &Bounds) -> f32 {
    cell.h - month_band() - 2.0 * CELL_PAD
}

fn month_band() -> f32 {
    MONTH.size * LEADING + 8.0
}

fn scaled(size: f32, scale: f32, bold: bool) -> Style {
    Style {
        size: (size * scale * 2.0).round() / 2.0,
        bold,
    }
}

/// Shapes every measure of every month at `scale` for cells `width` wide.
fn shape_all(p: &Planner, shaper: &Shaper, width: f32, scale: f32) -> Vec<Vec<Shaped>> {
    let text_w = width - 2.0 * CELL_PAD - BAR - BAR_GAP;
    p.months
        .iter()
        .map(|m| {
            m.measures
                .iter()
                .map(|x| Shaped {
                    title: shaper.paragraph(
                        &shaper.clean(&x.title),
                        Dir::Auto,
                        scaled(TITLE_SIZE, scale, true),
                        text_w,
                    ),
                    detail: shaper.paragraph(
                        &shaper.clean(&x.detail),
                        Dir::Auto,
                        scaled(DETAIL_SIZE, scale, false),
                        text_w,
                    ),
                    status: x.status,
                })
                .collect()
        })
        .collect()
}

/// The height the measures of one month take, stacked.
fn stacked(items: &[Shaped], scale: f32) -> f32 {
    let gaps = items.len().saturating_sub(1) as f32 * ITEM_GAP * scale;
    items.iter().map(Shaped::height).sum::<f32>() + gaps
}

/// Places `lines` from `top` in `span`, aligned to the start side; returns the height used.
fn put(flow: &mut Flow<'_>, lines: Vec<Line>, span: Span, top: f32, color: Rgb, mark: Mark) -> f32 {
    flow.place_lines(lines, span, top, Align::Start, color, mark)
}

fn rect(flow: &mut Flow<'_>, b: Bounds, color: Rgb) {
    flow.push(Item::Rects {
        rects: vec![b],
        color,
        mark: Mark::Artifact(ArtifactType::Layout),
    });
}

/// The frame of a cell and its month band (artifacts).
fn frame(flow: &mut Flow<'_>, cell: Bounds) {
    let t = 0.75;
    rect(
        flow,
        Bounds {
            h: month_band(),
            ..cell
        },
        MONTH_FILL,
    );
    for b in [
        Bounds { h: t, ..cell },
        Bounds {
            y: cell.y + cell.h - t,
            h: t,
            ..cell
        },
        Bounds { w: t, ..cell },
        Bounds {
            x: cell.x + cell.w - t,
            w: t,
            ..cell
        },
    ] {
        rect(flow, b, HAIRLINE);
    }
}

pub(crate) fn render(p: &Planner) -> Result<Vec<u8>, PdfError> {
    let fonts = fonts()?;
    let shaper = Shaper::new(fonts, &p.lang, p.rtl);
    let mut flow = Flow::new(&shaper, MARGIN, MARGIN, MARGIN);
    let mut tags = Tags::default();
    let full = Span {
        x: MARGIN,
        w: PAGE_W - 2.0 * MARGIN,
    };
    let rtl = shaper.rtl();

    let admin = shaper.clean(&p.administration);
    let heading = shaper.clean(&p.heading);
    let subtitle = shaper.clean(&p.subtitle);

    // The head of the first page: the administration, the slogan, the year.
    let mut y = MARGIN;
    let group = tags.add(None, Tag::P);
    let lines = shaper.fit(&admin, Dir::Auto, ADMIN, full.w, 1, 9.0);
    y += put(&mut flow, lines, full, y, ACCENT, Mark::Group(group)) + 2.0;
    let h1 = tags.heading(None, 1, &heading);
    let lines = shaper.fit(&heading, Dir::Auto, HEADING, full.w, 2, 16.0);
    y += put(&mut flow, lines, full, y, INK, Mark::Group(h1)) + 2.0;
    let group = tags.add(None, Tag::P);
    let lines = shaper.fit(&subtitle, Dir::Doc, SUBTITLE, full.w, 1, 9.0);
    y += put(&mut flow, lines, full, y, MUTED, Mark::Group(group)) + 4.0;
    flow.rule(full, y, 1.5, ACCENT, Mark::Artifact(ArtifactType::Layout));
    let first_top = y + 12.0;

    // Continuation pages carry the head in small print.
    let running = [admin.as_str(), heading.as_str(), subtitle.as_str()]
        .iter()
        .filter(|s| !s.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(" \u{2013} ");
    let running_lines = || shaper.fit_clamped(&running, Dir::Doc, RUNNING, full.w, 1, 7.0, 2);
    let next_top = MARGIN + text_height(&running_lines()) + 10.0;

    // The largest scale at which every month fits its cell on the first page.
    let first_cells = cells(full, first_top, rtl, ROWS);
    let cell_w = first_cells.first().map_or(100.0, |c| c.w);
    let room = first_cells.first().map_or(0.0, content_height);
    let mut scale = 1.0;
    let mut shaped = shape_all(p, &shaper, cell_w, scale);
    while scale - 0.05 >= MIN_SCALE - 0.001 && shaped.iter().any(|m| stacked(m, scale) > room) {
        scale -= 0.05;
        shaped = shape_all(p, &shaper, cell_w, scale);
    }
    let detail_style = scaled(DETAIL_SIZE, scale, false);
    let gap = ITEM_GAP * scale;

    // Lay out page after page until every measure has its place.
    let mut queues: Vec<std::collections::VecDeque<Shaped>> = shaped.into_iter().map(Into::into).collect();
    let mut page = 0;
    loop {
        let top = if page == 0 {
            first_top
        } else {
            flow.new_page();
            let lines = running_lines();
            put(
                &mut flow,
                lines,
                full,
                MARGIN,
                MUTED,
                Mark::Artifact(ArtifactType::Header),
            );
            next_top
        };
        // the first page has all twelve months; a following one the months
        // that continue, each in a column of the page's full height
        let layout: Vec<(usize, Bounds)> = if page == 0 {
            (0..p.months.len()).zip(cells(full, top, rtl, ROWS)).collect()
        } else {
            let continuing = (0..queues.len()).filter(|&i| queues.get(i).is_some_and(|q| !q.is_empty()));
            continuing.zip(cells(full, top, rtl, 1)).collect()
        };
        for (i, cell) in layout {
            let Some(month) = p.months.get(i) else {
                continue;
            };
            let Some(queue) = queues.get_mut(i) else {
                continue;
            };
            frame(&mut flow, cell);
            let name = shaper.clean(&month.name);
            let title = if page == 0 {
                name
            } else {
                format!("{name} \u{2013} {}", shaper.clean(&p.continued))
            };
            let band = inset(Span { x: cell.x, w: cell.w }, CELL_PAD);
            let h2 = tags.heading(None, 2, &title);
            let lines = shaper.fit(&title, Dir::Doc, MONTH, band.w, 1, 8.0);
            put(&mut flow, lines, band, cell.y + 4.0, ACCENT, Mark::Group(h2));

            let mut y = cell.y + month_band() + CELL_PAD;
            let bottom = cell.y + cell.h - CELL_PAD;
            if page == 0 && queue.is_empty() {
                let group = tags.add(None, Tag::P);
                let lines = shaper.paragraph(&shaper.clean(&p.empty), Dir::Doc, detail_style, band.w);
                put(&mut flow, lines, band, y, MUTED, Mark::Group(group));
                continue;
            }
            let note = text_height(&shaper.paragraph(&shaper.clean(&p.continues), Dir::Doc, detail_style, band.w));
            let mut placed = 0;
            while let Some(item) = queue.front() {
                let h = item.height();
                let more = queue.len() > 1;
                let need = h + if more { gap + note } else { 0.0 };
                if placed > 0 && y + need > bottom {
                    break;
                }
                let Some(item) = queue.pop_front() else {
                    break;
                };
                // the status bar on the start side, the text after it
                let bar = columns(band, &[BAR, BAR_GAP, band.w - BAR - BAR_GAP], rtl);
                let (bar_span, text_span) = (
                    bar.first().copied().unwrap_or(band),
                    bar.get(2).copied().unwrap_or(band),
                );
                let color = match item.status {
                    PlannerStatus::Open => OPEN,
                    PlannerStatus::Progress => PROGRESS,
                    PlannerStatus::Done => DONE,
                };
                rect(
                    &mut flow,
                    Bounds {
                        x: bar_span.x,
                        y: y + 1.0,
                        w: BAR,
                        h: (h - 2.0).max(1.0),
                    },
                    color,
                );
                let group = tags.add(None, Tag::P);
                let used = put(&mut flow, item.title, text_span, y, INK, Mark::Group(group));
                put(&mut flow, item.detail, text_span, y + used, MUTED, Mark::Group(group));
                y += h + gap;
                placed += 1;
            }
            if !queue.is_empty() {
                let group = tags.add(None, Tag::P);
                let lines = shaper.paragraph(&shaper.clean(&p.continues), Dir::Doc, detail_style, band.w);
                put(&mut flow, lines, band, bottom - note, MUTED, Mark::Group(group));
            }
        }
        page += 1;
        if queues.iter().all(|q| q.is_empty()) {
            break;
        }
    }

    // Page numbers, when there is more than one page.
    let count = flow.pages.len();
    if count > 1 {
        let label = shaper.clean(&p.page_label);
        for (index, page) in flow.pages.iter_mut().enumerate() {
            let number = format!("{label} \u{2066}{} / {count}\u{2069}", index + 1);
            let line = shaper.line(number.trim(), Dir::Doc, FOOT);
            let x = if rtl { full.x } else { full.x + full.w - line.width };
            page.items.push(Item::Text {
                line,
                x,
                y: PAGE_H - MARGIN - FOOT.size * LEADING + FOOT.size * ASCENT,
                color: MUTED,
                mark: Mark::Artifact(ArtifactType::PageNumber),
            });
        }
    }
    for page in &mut flow.pages {
        page.size = Some((PAGE_W, PAGE_H));
    }

    let title = [subtitle.as_str(), admin.as_str()]
        .iter()
        .filter(|s| !s.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(" \u{2013} ");
    let info = DocInfo {
        title: &title,
        lang: &p.lang,
        rtl: p.rtl,
        created_at: p.created_at,
    };
    doc::render(&info, fonts, flow.pages, tags)
}
