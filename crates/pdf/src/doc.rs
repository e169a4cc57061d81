//! Page model, tag tree and rendering with krilla.
//!
//! The documents are laid out first into [`Page`]s of positioned [`Item`]s (so that the
//! number of pages is known before anything is drawn), then rendered in one go. Every
//! item is either an artifact (rules, repeated headers, page numbers) or belongs to a
//! group of the tag tree, which makes the output a tagged PDF (PDF/A-2a and PDF/UA-1).

use std::num::NonZeroU16;

use krilla::action::{Action, LinkAction};
use krilla::annotation::{Annotation, LinkAnnotation, Target};
use krilla::color::rgb;
use krilla::configure::{Accessibility, Archival, ConfigurationBuilder, PdfVersion};
use krilla::destination::XyzDestination;
use krilla::error::KrillaError;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::{DateTime, Metadata, TextDirection};
use krilla::num::NormalizedF32;
use krilla::outline::{Outline, OutlineNode};
use krilla::page::PageSettings;
use krilla::paint::Fill;
use krilla::surface::Surface;
use krilla::tagging::{Artifact, ArtifactType, ContentTag, Identifier, Node, SpanTag, Tag, TagGroup, TagKind, TagTree};
use krilla::{Document, SerializeSettings};

use crate::fonts::Fonts;
use crate::text::Line;
use crate::PdfError;

/// A4 portrait in points.
pub(crate) const PAGE_WIDTH: f32 = 595.28;
pub(crate) const PAGE_HEIGHT: f32 = 841.89;

/// An sRGB colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Rgb(pub(crate) u8, pub(crate) u8, pub(crate) u8);

pub(crate) const INK: Rgb = Rgb(0x1a, 0x1a, 0x1a);
pub(crate) const MUTED: Rgb = Rgb(0x55, 0x55, 0x55);
pub(crate) const ACCENT: Rgb = Rgb(0x1f, 0x3a, 0x5f);
pub(crate) const HAIRLINE: Rgb = Rgb(0xb4, 0xb4, 0xb4);

/// An axis-aligned rectangle, y downwards from the top of the page.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Bounds {
    pub(crate) x: f32,
    pub(crate) y: f32,
    pub(crate) w: f32,
    pub(crate) h: f32,
}

/// Where drawn content goes in the tag tree.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Mark {
    /// Not part of the logical structure.
    Artifact(ArtifactType),
    /// Content of the tag group with this id (see [`Tags`]).
    Group(usize),
}

pub(crate) enum Item {
    /// One shaped line; `x` is its left edge, `y` its baseline.
    Text {
        line: Line,
        x: f32,
        y: f32,
        color: Rgb,
        mark: Mark,
    },
    /// Filled rectangles drawn as one path (rules, boxes, QR modules).
    Rects { rects: Vec<Bounds>, color: Rgb, mark: Mark },
    /// Filled polygons drawn as one path (discs, hatching); each a list of corners.
    Polygons {
        polygons: Vec<Vec<(f32, f32)>>,
        color: Rgb,
        mark: Mark,
    },
    /// A raster image scaled into `area`.
    Image {
        image: krilla::image::Image,
        area: Bounds,
        mark: Mark,
    },
    /// An empty piece of content for a group that has nothing to show (an empty table
    /// cell), so that the group still appears in the tag tree.
    Empty { group: usize },
    /// A link annotation over an area; it joins the given (Link) group.
    Link {
        area: Bounds,
        url: String,
        alt: String,
        group: usize,
    },
}

#[derive(Default)]
pub(crate) struct Page {
    pub(crate) items: Vec<Item>,
    /// Width and height in points; `None` is A4 portrait.
    pub(crate) size: Option<(f32, f32)>,
}

enum Child {
    Group(usize),
    Leaf(Identifier),
}

struct GroupNode {
    kind: Option<TagKind>,
    children: Vec<Child>,
}

/// The tag tree under construction: groups are created in reading order during layout;
/// the content identifiers are added while rendering.
#[derive(Default)]
pub(crate) struct Tags {
    groups: Vec<GroupNode>,
    roots: Vec<usize>,
}

impl Tags {
    /// Adds a group under `parent` (or at the root) and returns its id.
    pub(crate) fn add(&mut self, parent: Option<usize>, kind: impl Into<TagKind>) -> usize {
        let id = self.groups.len();
        self.groups.push(GroupNode {
            kind: Some(kind.into()),
            children: Vec::new(),
        });
        match parent.and_then(|p| self.groups.get_mut(p)) {
            Some(parent) => parent.children.push(Child::Group(id)),
            None => self.roots.push(id),
        }
        id
    }

    /// A heading group with its level and title (PDF/UA wants both). An empty heading
    /// becomes a paragraph, which has no content and is left out.
    pub(crate) fn heading(&mut self, parent: Option<usize>, level: u16, title: &str) -> usize {
        if title.is_empty() {
            return self.add(parent, Tag::P);
        }
        let level = NonZeroU16::new(level).unwrap_or(NonZeroU16::MIN);
        self.add(parent, Tag::Hn(level, Some(title.to_owned())))
    }

    fn push_leaf(&mut self, group: usize, id: Identifier) {
        if let Some(g) = self.groups.get_mut(group) {
            g.children.push(Child::Leaf(id));
        }
    }

    fn build(&mut self, id: usize) -> Option<TagGroup> {
        let node = self.groups.get_mut(id)?;
        let kind = node.kind.take()?;
        let children = std::mem::take(&mut node.children);
        let mut group = TagGroup::new(kind);
        for child in children {
            match child {
                Child::Leaf(leaf) => group.push(leaf),
                Child::Group(g) => {
                    if let Some(built) = self.build(g) {
                        group.push(built);
                    }
                }
            }
        }
        Some(group)
    }

    fn into_tree(mut self, lang: &str) -> TagTree {
        let mut tree = TagTree::new().with_lang(Some(lang.to_owned()));
        for root in std::mem::take(&mut self.roots) {
            if let Some(group) = self.build(root) {
                tree.push(Node::from(group));
            }
        }
        tree
    }
}

/// Document-wide settings.
pub(crate) struct DocInfo<'a> {
    pub(crate) title: &'a str,
    pub(crate) lang: &'a str,
    pub(crate) rtl: bool,
    /// Seconds since the Unix epoch, UTC.
    pub(crate) created_at: i64,
}

fn fill(surface: &mut Surface<'_>, color: Rgb) {
    surface.set_fill(Some(Fill {
        paint: rgb::Color::new(color.0, color.1, color.2).into(),
        opacity: NormalizedF32::ONE,
        rule: Default::default(),
    }));
}

fn rect(b: Bounds) -> Result<Rect, PdfError> {
    Rect::from_xywh(b.x, b.y, b.w.max(0.01), b.h.max(0.01)).ok_or(PdfError::Geometry)
}

fn draw_line(surface: &mut Surface<'_>, fonts: &Fonts, line: &Line, x: f32, y: f32) {
    let mut x = x;
    for run in &line.runs {
        let font = fonts.get(run.family, run.bold).pdf.clone();
        surface.draw_glyphs(Point::from_xy(x, y), &run.glyphs, font, &run.text, line.size, false);
        x += run.width;
    }
}

/// Renders the pages into a PDF/A-2a + PDF/UA-1 document.
pub(crate) fn render(info: &DocInfo<'_>, fonts: &Fonts, pages: Vec<Page>, mut tags: Tags) -> Result<Vec<u8>, PdfError> {
    let configuration = ConfigurationBuilder::new()
        .with_version(PdfVersion::Pdf17)
        .with_archival_validator(Archival::A2_A)
        .with_accessibility_validator(Accessibility::UA1)
        .finish()
        .map_err(|e| PdfError::Configuration(format!("{e:?}")))?;
    let settings = SerializeSettings {
        configuration,
        enable_tagging: true,
        ..Default::default()
    };
    let mut document = Document::new_with(settings);
    let page_settings = PageSettings::from_wh(PAGE_WIDTH, PAGE_HEIGHT).ok_or(PdfError::Geometry)?;

    for content in pages {
        let settings = match content.size {
            Some((w, h)) => PageSettings::from_wh(w, h).ok_or(PdfError::Geometry)?,
            None => page_settings.clone(),
        };
        let mut page = document.start_page_with(settings);
        let mut links = Vec::new();
        {
            let mut surface = page.surface();
            for item in content.items {
                match item {
                    Item::Text {
                        line,
                        x,
                        y,
                        color,
                        mark,
                    } => {
                        if line.runs.is_empty() {
                            continue;
                        }
                        let tag = match mark {
                            Mark::Artifact(kind) => ContentTag::Artifact(Artifact::with_kind(kind)),
                            Mark::Group(_) => ContentTag::Span(SpanTag::empty()),
                        };
                        let id = surface.start_tagged(tag);
                        fill(&mut surface, color);
                        draw_line(&mut surface, fonts, &line, x, y);
                        surface.end_tagged();
                        if let Mark::Group(group) = mark {
                            tags.push_leaf(group, id);
                        }
                    }
                    Item::Rects { rects, color, mark } => {
                        let mut builder = PathBuilder::new();
                        for r in rects {
                            builder.push_rect(rect(r)?);
                        }
                        let Some(path) = builder.finish() else {
                            continue;
                        };
                        let tag = match mark {
                            Mark::Artifact(kind) => ContentTag::Artifact(Artifact::with_kind(kind)),
                            Mark::Group(_) => ContentTag::Other,
                        };
                        let id = surface.start_tagged(tag);
                        fill(&mut surface, color);
                        surface.draw_path(&path);
                        surface.end_tagged();
                        if let Mark::Group(group) = mark {
                            tags.push_leaf(group, id);
                        }
                    }
                    Item::Polygons { polygons, color, mark } => {
                        let mut builder = PathBuilder::new();
                        for polygon in polygons {
                            let mut corners = polygon.into_iter();
                            let Some((x, y)) = corners.next() else {
                                continue;
                            };
                            builder.move_to(x, y);
                            for (x, y) in corners {
                                builder.line_to(x, y);
                            }
                            builder.close();
                        }
                        let Some(path) = builder.finish() else {
                            continue;
                        };
                        let tag = match mark {
                            Mark::Artifact(kind) => ContentTag::Artifact(Artifact::with_kind(kind)),
                            Mark::Group(_) => ContentTag::Other,
                        };
                        let id = surface.start_tagged(tag);
                        fill(&mut surface, color);
                        surface.draw_path(&path);
                        surface.end_tagged();
                        if let Mark::Group(group) = mark {
                            tags.push_leaf(group, id);
                        }
                    }
                    Item::Image { image, area, mark } => {
                        let size = krilla::geom::Size::from_wh(area.w, area.h).ok_or(PdfError::Geometry)?;
                        let tag = match mark {
                            Mark::Artifact(kind) => ContentTag::Artifact(Artifact::with_kind(kind)),
                            Mark::Group(_) => ContentTag::Other,
                        };
                        let id = surface.start_tagged(tag);
                        surface.push_transform(&krilla::geom::Transform::from_translate(area.x, area.y));
                        surface.draw_image(image, size);
                        surface.pop();
                        surface.end_tagged();
                        if let Mark::Group(group) = mark {
                            tags.push_leaf(group, id);
                        }
                    }
                    Item::Empty { group } => {
                        let id = surface.start_tagged(ContentTag::Other);
                        surface.end_tagged();
                        tags.push_leaf(group, id);
                    }
                    Item::Link { area, url, alt, group } => links.push((area, url, alt, group)),
                }
            }
            surface.finish();
        }
        for (area, url, alt, group) in links {
            let annotation = Annotation::new_link(
                LinkAnnotation::new(rect(area)?, Target::Action(Action::Link(LinkAction::new(url)))),
                Some(alt),
            );
            let id = page.add_tagged_annotation(annotation);
            tags.push_leaf(group, id);
        }
        page.finish();
    }

    let mut metadata = Metadata::new()
        .title(info.title.to_owned())
        .language(info.lang.to_owned())
        .creator("ikoe".to_owned())
        .creation_date(pdf_date(info.created_at))
        .text_direction(if info.rtl {
            TextDirection::RightToLeft
        } else {
            TextDirection::LeftToRight
        });
    if info.title.is_empty() {
        metadata = metadata.title("ikoe".to_owned());
    }
    document.set_metadata(metadata);

    let mut outline = Outline::new();
    outline.push_child(OutlineNode::new(
        if info.title.is_empty() {
            "ikoe".to_owned()
        } else {
            info.title.to_owned()
        },
        XyzDestination::new(0, Point::from_xy(0.0, 0.0)),
    ));
    document.set_outline(outline);
    document.set_tag_tree(tags.into_tree(info.lang));

    document.finish().map_err(|source| PdfError::Export {
        detail: describe(&source),
        source,
    })
}

/// A readable description of a krilla error (validation errors listed one by one).
fn describe(error: &KrillaError) -> String {
    match error {
        KrillaError::Validation(errors) => {
            let list: Vec<String> = errors.iter().map(|(e, _)| format!("{e:?}")).collect();
            format!("PDF/A or PDF/UA validation failed: {}", list.join("; "))
        }
        other => other.to_string(),
    }
}

/// A Unix timestamp as a PDF date in UTC (dates before 1970 or after 9999 are clamped).
fn pdf_date(unix_secs: i64) -> DateTime {
    let secs = unix_secs.clamp(0, 253_402_300_799);
    let (year, month, day) = civil_from_days(secs.div_euclid(86_400));
    let rem = secs.rem_euclid(86_400);
    let part = |v: i64| u8::try_from(v).unwrap_or(0);
    DateTime::new(u16::try_from(year).unwrap_or(1970))
        .month(month)
        .day(day)
        .hour(part(rem / 3600))
        .minute(part(rem % 3600 / 60))
        .second(part(rem % 60))
        .utc_offset_hour(0)
        .utc_offset_minute(0)
}

/// Days since 1970-01-01 to (year, month, day), proleptic Gregorian (H. Hinnant's
/// algorithm).
fn civil_from_days(days: i64) -> (i64, u8, u8) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, u8::try_from(month).unwrap_or(1), u8::try_from(day).unwrap_or(1))
}

#[cfg(test)]
mod tests {
    use super::civil_from_days;

    #[test]
    fn civil_dates() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(20_517), (2026, 3, 5));
        assert_eq!(civil_from_days(11_016), (2000, 2, 29));
    }
}
