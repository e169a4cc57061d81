//! The report of a diversity walk (*Vielfaltsparcours*): the administration, heading,
//! subtitle and summary; per station a heading and its findings, each a block with a bar
//! and a marker in the colour of its severity (always with the word beside it), the
//! finding, its perspective, kind and alternative, and its photo scaled into a box about
//! 60 mm high, tagged as a figure with its alternative text; then the recommendations.
//!
//! A finding is kept on one page when it fits one; its photo is never split across pages.
//! A photo that cannot be read (not a JPEG, cut short, a header claiming more than the file
//! holds) is left out and its alternative text printed in its place.

use krilla::image::Image;
use krilla::tagging::{ArtifactType, Tag};

use crate::doc::{Bounds, Item, Mark, Rgb, ACCENT, INK, MUTED};
use crate::fonts::fonts;
use crate::layout::{columns, text_height, Align, Span};
use crate::logo::ImageKind;
use crate::sheet::{cell_in, Cell, Marker, RowStyle, Sheet, BODY, H2, H3, PLAIN};
use crate::text::{Dir, Line, Shaper, Style};
use crate::{PdfError, Severity, WalkFinding, WalkReport};

const HIGH: Rgb = Rgb(0xb3, 0x26, 0x1e);
const MEDIUM: Rgb = Rgb(0xd9, 0x8a, 0x00);
const LOW: Rgb = Rgb(0x4a, 0x7a, 0xa8);

const SEVERITY: Style = Style::bold(9.5);
const FINDING: Style = Style::regular(10.5);
const LABEL: Style = Style::bold(9.0);
const VALUE: Style = Style::regular(9.0);
const NOTE: Style = Style::regular(9.0);
/// The box a photo is scaled into: 60 mm high, at most the text's width.
const PHOTO_H: f32 = 170.0;
/// The bar along a finding's start side and the space after it.
const BAR: f32 = 3.0;
const BAR_GAP: f32 = 10.0;
/// Largest photo accepted, in pixels per side and in all.
const PHOTO_MAX_SIDE: usize = 20_000;
const PHOTO_MAX_PIXELS: usize = 100_000_000;

fn color(severity: Severity) -> Rgb {
    match severity {
        Severity::High => HIGH,
        Severity::Medium => MEDIUM,
        Severity::Low => LOW,
    }
}

/// The photo for krilla, or `None` when it cannot be read: it must be a JPEG of a sane size
/// whose scans hold the data its header claims (krilla embeds a JPEG as it is; see `jpeg.rs`).
fn photo(data: &[u8]) -> Option<Image> {
    if ImageKind::sniff(data) != Some(ImageKind::Jpeg) {
        return None;
    }
    let size = imagesize::blob_size(data).ok()?;
    let sane = (1..=PHOTO_MAX_SIDE).contains(&size.width)
        && (1..=PHOTO_MAX_SIDE).contains(&size.height)
        && size.width * size.height <= PHOTO_MAX_PIXELS;
    if !sane {
        return None;
    }
    crate::jpeg::check_scans(data).ok()?;
    let image = Image::from_jpeg(data.to_vec().into(), false).ok()?;
    let (w, h) = image.size();
    (w > 0 && h > 0 && (w as usize, h as usize) == (size.width, size.height)).then_some(image)
}

pub(crate) fn render(r: &WalkReport) -> Result<Vec<u8>, PdfError> {
    let fonts = fonts()?;
    let shaper = Shaper::new(fonts, &r.lang, r.rtl);
    let mut sheet = Sheet::report(&shaper, &r.administration, &r.heading, &r.subtitle, &r.summary);

    for station in &r.stations {
        let blocks: Vec<Block> = station.findings.iter().map(|f| prepare(&sheet, r, f)).collect();
        // the heading stays with the first finding
        let first = blocks.first().map_or(40.0, |b| b.height);
        sheet.heading(2, &station.title, Dir::Auto, H2, ACCENT, (18.0, 8.0), first);
        for block in blocks {
            place(&mut sheet, block);
        }
    }

    if !r.recommendations.is_empty() {
        sheet.heading(2, &r.recommendations_heading, Dir::Doc, H2, ACCENT, (22.0, 8.0), 60.0);
        let full = sheet.full();
        for rec in &r.recommendations {
            sheet.heading(3, &rec.title, Dir::Auto, H3, INK, (8.0, 2.0), 30.0);
            if !rec.station.trim().is_empty() {
                let p = sheet.tags.add(None, Tag::P);
                let c = cell_in(
                    &sheet,
                    &rec.station,
                    (Dir::Auto, NOTE),
                    full,
                    Align::Start,
                    MUTED,
                    Mark::Group(p),
                    Some(Marker::Bullet(ACCENT)),
                );
                sheet.row(vec![c], RowStyle { pad: 1.0, ..PLAIN });
            }
            sheet.paragraph(&rec.text, Dir::Auto, BODY, INK, 4.0);
        }
    }

    sheet.finish_report(
        [&r.administration, &r.heading, &r.subtitle],
        &r.lang,
        r.rtl,
        r.created_at,
        &r.page_label,
    )
}

/// A finding laid out, ready to be placed (its tags are made when it is placed).
struct Block {
    shade: Rgb,
    bar: Span,
    content: Span,
    severity: Cell,
    text: Vec<Line>,
    label_span: Span,
    value_span: Span,
    /// Label and value of each line that has a value.
    rows: Vec<(Vec<Line>, Vec<Line>)>,
    /// The photo and its size on the page.
    picture: Option<(Image, f32, f32)>,
    alt: String,
    /// The alternative text printed instead of a photo that cannot be read.
    fallback: Vec<Line>,
    height: f32,
}

/// Space between the parts of a finding.
const AFTER_SEVERITY: f32 = 3.0;
const BEFORE_ROWS: f32 = 5.0;
const ROW_PAD: f32 = 1.0;
const BEFORE_PHOTO: f32 = 8.0;
const BEFORE_NOTE: f32 = 5.0;
const AFTER_BLOCK: f32 = 16.0;

/// Lays out one finding: severity, text, labelled lines, photo; a bar in the severity's
/// colour along its start side.
fn prepare(sheet: &Sheet<'_>, r: &WalkReport, f: &WalkFinding) -> Block {
    let full = sheet.full();
    let rtl = sheet.rtl();
    let shaper = sheet.shaper();
    let parts = columns(full, &[BAR, BAR_GAP, full.w - BAR - BAR_GAP], rtl);
    let bar = parts.first().copied().unwrap_or(full);
    let content = parts.get(2).copied().unwrap_or(full);
    let shade = color(f.severity);

    // the severity (and the status of a follow-up walk) with its marker
    let top_text = [f.severity_label.trim(), f.status_label.trim()]
        .iter()
        .filter(|s| !s.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(" \u{00b7} ");
    let severity = cell_in(
        sheet,
        &top_text,
        (Dir::Doc, SEVERITY),
        content,
        Align::Start,
        INK,
        Mark::Artifact(ArtifactType::Layout),
        Some(Marker::Square(shade)),
    );
    let text = sheet.para(&f.text, Dir::Auto, FINDING, content.w);

    // label and value side by side
    let label_w = [&r.label_perspective, &r.label_kind, &r.label_alternative]
        .iter()
        .map(|l| shaper.measure(&shaper.clean(l), LABEL))
        .fold(0.0_f32, f32::max)
        .clamp(50.0, 130.0)
        + 10.0;
    let cols = columns(content, &[label_w, content.w - label_w], rtl);
    let label_span = cols.first().copied().unwrap_or(content);
    let value_span = cols.get(1).copied().unwrap_or(content);
    let rows: Vec<(Vec<Line>, Vec<Line>)> = [
        (&r.label_perspective, &f.perspective),
        (&r.label_kind, &f.kind),
        (&r.label_alternative, &f.alternative),
    ]
    .iter()
    .filter(|(_, value)| !value.trim().is_empty())
    .map(|(label, value)| {
        (
            sheet.para(label, Dir::Doc, LABEL, label_span.w - 8.0),
            sheet.para(value, Dir::Auto, VALUE, value_span.w),
        )
    })
    .collect();

    // the photo, or its alternative text when it cannot be read
    let alt = match (shaper.clean(&r.label_photo), shaper.clean(&f.photo_alt)) {
        (label, alt) if label.is_empty() => alt,
        (label, alt) if alt.is_empty() => label,
        (label, alt) => format!("{label}: {alt}"),
    };
    let picture = f.photo.as_deref().and_then(photo).map(|image| {
        let (pw, ph) = image.size();
        let (pw, ph) = (pw.max(1) as f32, ph.max(1) as f32);
        let scale = (content.w / pw).min(PHOTO_H / ph);
        (image, pw * scale, ph * scale)
    });
    let fallback = match (&f.photo, &picture) {
        (Some(_), None) if !alt.is_empty() => sheet.para(&alt, Dir::Doc, NOTE, content.w),
        _ => Vec::new(),
    };

    let rows_h: f32 = rows
        .iter()
        .map(|(l, v)| text_height(l).max(text_height(v)) + 2.0 * ROW_PAD)
        .sum();
    let height = text_height(&severity.lines)
        + AFTER_SEVERITY
        + text_height(&text)
        + if rows.is_empty() { 0.0 } else { BEFORE_ROWS + rows_h }
        + picture.as_ref().map_or(0.0, |p| BEFORE_PHOTO + p.2)
        + if fallback.is_empty() {
            0.0
        } else {
            BEFORE_NOTE + text_height(&fallback)
        };
    Block {
        shade,
        bar,
        content,
        severity,
        text,
        label_span,
        value_span,
        rows,
        picture,
        alt,
        fallback,
        height,
    }
}

/// Places a finding: on one page when it fits one, its photo never split.
fn place(sheet: &mut Sheet<'_>, block: Block) {
    let Block {
        shade,
        bar,
        content,
        mut severity,
        text,
        label_span,
        value_span,
        rows,
        picture,
        alt,
        fallback,
        height,
    } = block;
    sheet.keep(height);
    sheet.begin_bar(bar, shade);
    severity.mark = Mark::Group(sheet.tags.add(None, Tag::P));
    sheet.row(vec![severity], PLAIN);
    sheet.flow.y += AFTER_SEVERITY;
    let p = sheet.tags.add(None, Tag::P);
    sheet.lines(text, content, Align::Start, INK, Mark::Group(p));
    if !rows.is_empty() {
        sheet.flow.y += BEFORE_ROWS;
    }
    for (label, value) in rows {
        // label and value in one paragraph; the label's baseline on the value's
        let p = Mark::Group(sheet.tags.add(None, Tag::P));
        let cells = vec![
            Cell {
                lines: label,
                span: label_span,
                align: Align::Start,
                color: MUTED,
                mark: p,
                marker: None,
            },
            Cell {
                lines: value,
                span: value_span,
                align: Align::Start,
                color: INK,
                mark: p,
                marker: None,
            },
        ];
        sheet.row(cells, RowStyle { pad: ROW_PAD, ..PLAIN });
    }
    if let Some((image, w, h)) = picture {
        sheet.flow.y += BEFORE_PHOTO;
        let mark = if alt.is_empty() {
            Mark::Artifact(ArtifactType::Layout)
        } else {
            Mark::Group(sheet.tags.add(None, Tag::Figure(Some(alt))))
        };
        let x = sheet.flow.align_x(content, w, Align::Start);
        sheet.atom(
            h,
            vec![Item::Image {
                image,
                area: Bounds { x, y: 0.0, w, h },
                mark,
            }],
        );
    }
    if !fallback.is_empty() {
        sheet.flow.y += BEFORE_NOTE;
        let p = sheet.tags.add(None, Tag::P);
        sheet.lines(fallback, content, Align::Start, MUTED, Mark::Group(p));
    }
    sheet.end_bar();
    sheet.flow.y += AFTER_BLOCK;
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]

    use super::photo;

    #[test]
    fn photos_that_cannot_be_read_are_left_out() {
        let jpeg = include_bytes!("../tests/fixtures/logo.jpg");
        assert!(photo(jpeg).is_some());
        assert!(photo(&jpeg[..jpeg.len() - 200]).is_none());
        assert!(photo(b"not a photo").is_none());
        assert!(photo(include_bytes!("../tests/fixtures/logo.png")).is_none());
        assert!(photo(&[]).is_none());
    }
}
