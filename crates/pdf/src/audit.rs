//! The report of an openness self-assessment wave: the administration, heading, subtitle
//! and summary; the overview table (one row per dimension with its median, its traffic
//! light drawn as a disc with its word beside it, self view, outside view and their gap);
//! the trend table over the waves; the weakest indicators; then one section per dimension
//! with each indicator's statement, a stacked bar of its answers (levels 0–3 in a
//! sequential palette, "don't know" grey, "not applicable" hatched) with the counts as text
//! beside it, and all free-text answers in full. Laid out over A4 pages with [`Sheet`].

use krilla::tagging::{ArtifactType, ListNumbering, Tag};

use crate::doc::{Bounds, Item, Mark, Rgb, ACCENT, HAIRLINE, INK, MUTED};
use crate::fonts::fonts;
use crate::layout::{columns, text_height, Align, Span, ASCENT, LEADING};
use crate::sheet::{cell_in, hatch, middle, outline, table, Cell, Marker, RowStyle, Sheet, BODY, H2, H3, PLAIN, RULE};
use crate::text::{Dir, Line, Shaper, Style};
use crate::{AuditReport, Light, PdfError, ReportDimension, ReportIndicator};

const RED: Rgb = Rgb(0xc6, 0x28, 0x28);
const AMBER: Rgb = Rgb(0xf0, 0xa2, 0x02);
const GREEN: Rgb = Rgb(0x2e, 0x7d, 0x32);
/// Answer levels 0 to 3: one hue, from light to dark.
const LEVELS: [Rgb; 4] = [
    Rgb(0xc6, 0xdb, 0xef),
    Rgb(0x6b, 0xae, 0xd6),
    Rgb(0x21, 0x71, 0xb5),
    Rgb(0x08, 0x30, 0x6b),
];
const DONT_KNOW: Rgb = Rgb(0x9a, 0x9a, 0x9a);
const COMMENT_BAR: Rgb = Rgb(0xc9, 0xd3, 0xdd);

const SMALL: Style = Style::regular(8.5);
const STATEMENT: Style = Style::regular(10.0);
const SIDE: Style = Style::regular(9.0);
const COMMENT: Style = Style::regular(9.5);
const BAR_W: f32 = 190.0;
const BAR_H: f32 = 9.0;

/// A light's disc; no light keeps the disc's place free.
fn light_marker(light: Light) -> Option<Marker> {
    Some(match light {
        Light::None => Marker::Blank,
        Light::Red => Marker::Disc(RED),
        Light::Yellow => Marker::Disc(AMBER),
        Light::Green => Marker::Disc(GREEN),
    })
}

pub(crate) fn render(r: &AuditReport) -> Result<Vec<u8>, PdfError> {
    let fonts = fonts()?;
    let shaper = Shaper::new(fonts, &r.lang, r.rtl);
    let mut sheet = Sheet::report(&shaper, &r.administration, &r.heading, &r.subtitle, &r.summary);

    overview(&mut sheet, r);
    if !r.trend_waves.is_empty() {
        trend(&mut sheet, r);
    }
    if !r.weakest.is_empty() {
        weakest(&mut sheet, r);
    }
    for d in &r.dimensions {
        dimension(&mut sheet, r, d);
    }

    sheet.finish_report(
        [&r.administration, &r.heading, &r.subtitle],
        &r.lang,
        r.rtl,
        r.created_at,
        &r.page_label,
    )
}

/// A section heading (H2).
fn section(sheet: &mut Sheet<'_>, text: &str, dir: Dir, keep_next: f32) {
    sheet.heading(2, text, dir, H2, ACCENT, (20.0, 7.0), keep_next);
}

fn overview(sheet: &mut Sheet<'_>, r: &AuditReport) {
    section(sheet, &r.overview_heading, Dir::Doc, 60.0);
    let labels = [
        &r.col_dimension,
        &r.col_median,
        &r.col_light,
        &r.col_self,
        &r.col_outside,
        &r.col_gap,
    ]
    .iter()
    .map(|s| (*s).clone())
    .collect();
    let rows = r
        .dimensions
        .iter()
        .map(|d| {
            vec![
                (d.title.clone(), None),
                (d.median.clone(), None),
                (d.light_label.clone(), light_marker(d.light)),
                (d.self_view.clone(), None),
                (d.outside_view.clone(), None),
                (d.gap.clone(), None),
            ]
        })
        .collect();
    table(sheet, labels, &[0.33, 0.11, 0.2, 0.12, 0.12, 0.12], rows);
}

fn trend(sheet: &mut Sheet<'_>, r: &AuditReport) {
    section(sheet, &r.trend_heading, Dir::Doc, 60.0);
    let waves = r.trend_waves.len();
    let mut labels = vec![r.col_dimension.clone()];
    labels.extend(r.trend_waves.iter().cloned());
    let mut shares = vec![0.36];
    shares.extend(std::iter::repeat_n(0.64 / waves as f32, waves));
    let rows = r
        .dimensions
        .iter()
        .map(|d| {
            let mut row = vec![(d.title.clone(), None)];
            row.extend((0..waves).map(|i| (d.trend.get(i).cloned().unwrap_or_else(|| "\u{2013}".into()), None)));
            row
        })
        .collect();
    table(sheet, labels, &shares, rows);
    if !r.trend_note.trim().is_empty() {
        sheet.flow.y += 5.0;
        sheet.paragraph(&r.trend_note, Dir::Doc, SMALL, MUTED, 0.0);
    }
}

fn weakest(sheet: &mut Sheet<'_>, r: &AuditReport) {
    section(sheet, &r.weakest_heading, Dir::Doc, 30.0);
    let full = sheet.full();
    let list = sheet.tags.add(None, Tag::L(ListNumbering::Disc));
    for line in &r.weakest {
        let li = sheet.tags.add(Some(list), Tag::LI);
        let body = sheet.tags.add(Some(li), Tag::LBody);
        let c = cell_in(
            sheet,
            line,
            (Dir::Auto, BODY),
            full,
            Align::Start,
            INK,
            Mark::Group(body),
            Some(Marker::Bullet(ACCENT)),
        );
        sheet.row(vec![c], RowStyle { pad: 1.5, ..PLAIN });
    }
}

fn dimension(sheet: &mut Sheet<'_>, r: &AuditReport, d: &ReportDimension) {
    let full = sheet.full();
    section(sheet, &d.title, Dir::Auto, 110.0);

    // the dimension's figures in one line, its light first
    let figures: Vec<String> = [
        (&r.col_median, &d.median),
        (&r.col_self, &d.self_view),
        (&r.col_outside, &d.outside_view),
        (&r.col_gap, &d.gap),
    ]
    .iter()
    .filter(|(_, v)| !v.trim().is_empty())
    .map(|(k, v)| format!("{k} {v}"))
    .collect();
    let mut parts = vec![d.light_label.as_str()];
    parts.extend(figures.iter().map(String::as_str));
    let text = parts
        .iter()
        .filter(|s| !s.trim().is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(" \u{00b7} ");
    if !text.is_empty() {
        let p = sheet.tags.add(None, Tag::P);
        let c = cell_in(
            sheet,
            &text,
            (Dir::Doc, Style::bold(9.5)),
            full,
            Align::Start,
            INK,
            Mark::Group(p),
            light_marker(d.light),
        );
        sheet.row(vec![c], PLAIN);
        sheet.flow.y += 6.0;
    }

    if !d.indicators.is_empty() {
        legend(sheet, r);
        sheet.flow.y += 10.0;
    }
    for (i, indicator) in d.indicators.iter().enumerate() {
        indicator_block(sheet, r, indicator, i == 0);
    }

    let comments: Vec<&String> = d.comments.iter().filter(|c| !c.trim().is_empty()).collect();
    if !comments.is_empty() {
        sheet.heading(3, &r.comments_heading, Dir::Doc, H3, INK, (12.0, 5.0), 30.0);
        let parts = columns(full, &[2.5, 8.0, full.w - 10.5], sheet.rtl());
        let bar = parts.first().copied().unwrap_or(full);
        let text_span = parts.get(2).copied().unwrap_or(full);
        for comment in comments {
            // paragraphs of a comment stay paragraphs
            let pieces: Vec<Vec<Line>> = comment
                .split('\n')
                .filter(|piece| !piece.trim().is_empty())
                .map(|piece| sheet.para(piece, Dir::Auto, COMMENT, text_span.w))
                .collect();
            let height = pieces.iter().map(|p| text_height(p)).sum::<f32>() + 3.0 * pieces.len() as f32;
            sheet.keep(height);
            let p = sheet.tags.add(None, Tag::P);
            sheet.begin_bar(bar, COMMENT_BAR);
            let count = pieces.len();
            for (i, lines) in pieces.into_iter().enumerate() {
                sheet.lines(lines, text_span, Align::Start, INK, Mark::Group(p));
                if i + 1 < count {
                    sheet.flow.y += 3.0;
                }
            }
            sheet.end_bar();
            sheet.flow.y += 7.0;
        }
    }
}

/// The colours of the answer bar: what each of the six counts means, in words.
fn legend(sheet: &mut Sheet<'_>, r: &AuditReport) {
    let full = sheet.full();
    let entries: Vec<(String, Marker)> = r
        .levels
        .iter()
        .zip(LEVELS)
        .enumerate()
        .map(|(i, (label, color))| (format!("{i} = {label}"), Marker::Square(color)))
        .chain([
            (r.dont_know.clone(), Marker::Square(DONT_KNOW)),
            (r.not_applicable.clone(), Marker::Hatch),
        ])
        .collect();
    let cols = columns(full, &[full.w / 3.0; 3], sheet.rtl());
    for chunk in entries.chunks(3) {
        let cells = chunk
            .iter()
            .zip(&cols)
            .map(|((text, marker), col)| {
                let p = sheet.tags.add(None, Tag::P);
                let span = Span {
                    x: col.x,
                    w: col.w - 8.0,
                };
                let span = if sheet.rtl() {
                    Span { x: col.x + 8.0, ..span }
                } else {
                    span
                };
                cell_in(
                    sheet,
                    text,
                    (Dir::Doc, SMALL),
                    span,
                    Align::Start,
                    MUTED,
                    Mark::Group(p),
                    Some(*marker),
                )
            })
            .collect();
        sheet.row(cells, RowStyle { pad: 1.0, ..PLAIN });
    }
}

/// The counts of an indicator's answers in words: "0: 3 · 1: 5 · … · don't know: 1 · …".
fn counts_text(r: &AuditReport, counts: &[u32; 6]) -> String {
    let names = ["0", "1", "2", "3", r.dont_know.as_str(), r.not_applicable.as_str()];
    names
        .iter()
        .zip(counts)
        .map(|(name, n)| format!("{name}: {n}"))
        .collect::<Vec<_>>()
        .join(" \u{00b7} ")
}

/// The stacked bar of an indicator's answers in `span`, `top` from 0 (artifacts: the counts
/// are printed beside it).
fn answer_bar(counts: &[u32; 6], span: Span, top: f32, rtl: bool) -> Vec<Item> {
    let total: u32 = counts.iter().sum();
    let bar = Bounds {
        x: span.x,
        y: top,
        w: span.w,
        h: BAR_H,
    };
    let mut items = Vec::new();
    if total > 0 {
        let widths: Vec<f32> = counts.iter().map(|&n| span.w * n as f32 / total as f32).collect();
        let parts = columns(span, &widths, rtl);
        let mut separators = Vec::new();
        for (i, part) in parts.iter().enumerate() {
            if part.w <= 0.0 {
                continue;
            }
            let b = Bounds {
                x: part.x,
                y: top,
                w: part.w,
                h: BAR_H,
            };
            match i {
                0..=3 => items.push(Item::Rects {
                    rects: vec![b],
                    color: LEVELS[i],
                    mark: Mark::Artifact(ArtifactType::Layout),
                }),
                4 => items.push(Item::Rects {
                    rects: vec![b],
                    color: DONT_KNOW,
                    mark: Mark::Artifact(ArtifactType::Layout),
                }),
                _ => items.extend(hatch(b)),
            }
            // a white line between two segments
            let edge = if rtl { part.x } else { part.x + part.w };
            let last = widths.iter().skip(i + 1).all(|w| *w <= 0.0);
            if !last {
                separators.push(Bounds {
                    x: edge - 0.4,
                    y: top,
                    w: 0.8,
                    h: BAR_H,
                });
            }
        }
        if !separators.is_empty() {
            items.push(Item::Rects {
                rects: separators,
                color: Rgb(0xff, 0xff, 0xff),
                mark: Mark::Artifact(ArtifactType::Layout),
            });
        }
    }
    items.push(outline(bar, 0.5, HAIRLINE));
    items
}

fn indicator_block(sheet: &mut Sheet<'_>, r: &AuditReport, ind: &ReportIndicator, first: bool) {
    let full = sheet.full();
    let rtl = sheet.rtl();
    let side_w = 150.0;
    let top_cols = columns(full, &[full.w - side_w - 14.0, 14.0, side_w], rtl);
    let statement_span = top_cols.first().copied().unwrap_or(full);
    let side_span = top_cols.get(2).copied().unwrap_or(full);
    let bar_cols = columns(full, &[BAR_W, 12.0, full.w - BAR_W - 12.0], rtl);
    let bar_span = bar_cols.first().copied().unwrap_or(full);
    let counts_span = bar_cols.get(2).copied().unwrap_or(full);

    let p = sheet.tags.add(None, Tag::P);
    let statement = Cell {
        lines: sheet.para(&ind.statement, Dir::Auto, STATEMENT, statement_span.w),
        span: statement_span,
        align: Align::Start,
        color: INK,
        mark: Mark::Group(p),
        marker: None,
    };
    // the light and the median; without a light the words keep their place
    let side_text = [ind.light_label.trim(), &format!("{} {}", r.col_median, ind.median)]
        .iter()
        .filter(|s| !s.trim().is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(" \u{00b7} ");
    let q = sheet.tags.add(None, Tag::P);
    let side = cell_in(
        sheet,
        &side_text,
        (Dir::Doc, SIDE),
        side_span,
        Align::Start,
        MUTED,
        Mark::Group(q),
        light_marker(ind.light),
    );
    let counts = sheet.para(&counts_text(r, &ind.counts), Dir::Doc, SMALL, counts_span.w);

    let gap_above = if first { 0.0 } else { 9.0 };
    let top_h = text_height(&statement.lines).max(text_height(&side.lines));
    let counts_h = text_height(&counts).max(BAR_H);
    sheet.keep(gap_above + top_h + 5.0 + counts_h);
    if !first && !sheet.at_top() {
        let y = sheet.flow.y + 4.0;
        sheet
            .flow
            .rule(full, y, 0.5, RULE, Mark::Artifact(ArtifactType::Layout));
        sheet.flow.y += gap_above;
    }
    sheet.row(vec![statement, side], PLAIN);
    sheet.flow.y += 5.0;

    // the bar, and the counts beside it (the bar's middle on the first line's)
    let p = sheet.tags.add(None, Tag::P);
    let size = counts.first().map_or(SMALL.size, |l| l.size);
    let bar_top = (middle(size) - BAR_H / 2.0).max(0.0);
    let text_top = (BAR_H / 2.0 - middle(size)).max(0.0);
    let mut items = answer_bar(&ind.counts, bar_span, bar_top, rtl);
    let mut y = text_top;
    for line in counts {
        let size = line.size;
        let x = sheet.flow.align_x(counts_span, line.width, Align::Start);
        items.push(Item::Text {
            line,
            x,
            y: y + size * ASCENT,
            color: MUTED,
            mark: Mark::Group(p),
        });
        y += size * LEADING;
    }
    sheet.atom(y.max(bar_top + BAR_H), items);
}
