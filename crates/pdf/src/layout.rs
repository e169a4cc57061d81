//! Vertical flow over A4 pages: placing shaped lines and rules, breaking pages.

use krilla::tagging::ArtifactType;

use crate::doc::{Bounds, Item, Mark, Page, Rgb, MUTED, PAGE_HEIGHT, PAGE_WIDTH};
use crate::text::{Dir, Line, Shaper, Style};

/// Horizontal alignment relative to the writing direction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Align {
    /// Left in left-to-right documents, right in right-to-left ones.
    Start,
    /// Right in left-to-right documents, left in right-to-left ones.
    End,
    Center,
}

/// Distance from the top of a line box to the baseline, as a factor of the font size.
pub(crate) const ASCENT: f32 = 0.98;
/// Line height as a factor of the font size.
pub(crate) const LEADING: f32 = 1.38;

/// Height of `n` lines at `size`.
pub(crate) fn lines_height(n: usize, size: f32) -> f32 {
    n as f32 * size * LEADING
}

/// Height of shaped lines, each at its own size.
pub(crate) fn text_height(lines: &[Line]) -> f32 {
    lines.iter().map(|l| lines_height(1, l.size)).sum()
}

/// A horizontal span of the page, `x` from the left edge.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Span {
    pub(crate) x: f32,
    pub(crate) w: f32,
}

/// Page geometry and the pages laid out so far.
pub(crate) struct Flow<'s> {
    pub(crate) shaper: &'s Shaper,
    pub(crate) pages: Vec<Page>,
    /// Current position from the top of the current page.
    pub(crate) y: f32,
    pub(crate) margin_x: f32,
    pub(crate) top: f32,
    /// Lowest y content may reach.
    pub(crate) bottom: f32,
}

impl<'s> Flow<'s> {
    pub(crate) fn new(shaper: &'s Shaper, margin_x: f32, top: f32, bottom_margin: f32) -> Self {
        Self {
            shaper,
            pages: vec![Page::default()],
            y: top,
            margin_x,
            top,
            bottom: PAGE_HEIGHT - bottom_margin,
        }
    }

    /// The full content width.
    pub(crate) fn content(&self) -> Span {
        Span {
            x: self.margin_x,
            w: PAGE_WIDTH - 2.0 * self.margin_x,
        }
    }

    pub(crate) fn push(&mut self, item: Item) {
        if let Some(page) = self.pages.last_mut() {
            page.items.push(item);
        }
    }

    pub(crate) fn new_page(&mut self) {
        self.pages.push(Page::default());
        self.y = self.top;
    }

    /// Starts a new page unless `height` still fits below the current position.
    /// Returns whether a page was started.
    pub(crate) fn ensure(&mut self, height: f32) -> bool {
        if self.y + height > self.bottom && self.y > self.top {
            self.new_page();
            true
        } else {
            false
        }
    }

    /// Where a line of `width` starts inside `span` for `align`.
    pub(crate) fn align_x(&self, span: Span, width: f32, align: Align) -> f32 {
        let rtl = self.shaper.rtl();
        match (align, rtl) {
            (Align::Start, false) | (Align::End, true) => span.x,
            (Align::Start, true) | (Align::End, false) => span.x + span.w - width,
            (Align::Center, _) => span.x + (span.w - width) / 2.0,
        }
    }

    /// Places one line with its top at `top` and returns the height used.
    pub(crate) fn place_line(&mut self, line: Line, span: Span, top: f32, align: Align, color: Rgb, mark: Mark) -> f32 {
        let size = line.size;
        let x = self.align_x(span, line.width, align);
        self.push(Item::Text {
            line,
            x,
            y: top + size * ASCENT,
            color,
            mark,
        });
        size * LEADING
    }

    /// Places lines from `top` downwards (no page breaks); returns the height used.
    /// Without lines, a group still gets an empty piece of content, so that an empty
    /// table cell keeps its place in the tag tree.
    pub(crate) fn place_lines(
        &mut self,
        lines: Vec<Line>,
        span: Span,
        top: f32,
        align: Align,
        color: Rgb,
        mark: Mark,
    ) -> f32 {
        if let (true, Mark::Group(group)) = (lines.is_empty(), mark) {
            self.push(Item::Empty { group });
        }
        let mut y = top;
        for line in lines {
            y += self.place_line(line, span, y, align, color, mark);
        }
        y - top
    }

    /// Places lines at the flow position, breaking pages between lines as needed.
    pub(crate) fn flow_lines(&mut self, lines: Vec<Line>, span: Span, align: Align, color: Rgb, mark: Mark) {
        for line in lines {
            let height = line.size * LEADING;
            self.ensure(height);
            let y = self.y;
            self.y += self.place_line(line, span, y, align, color, mark);
        }
    }

    /// On continuation pages: `text` in small print at the top (one line, two smaller if
    /// it must), an artifact, then `gap` before what follows.
    pub(crate) fn running_header(&mut self, text: &str, style: Style, gap: f32) {
        let full = self.content();
        let lines = self.shaper.fit_clamped(text, Dir::Doc, style, full.w, 1, 7.0, 2);
        let top = self.y;
        let h = self.place_lines(
            lines,
            full,
            top,
            Align::Start,
            MUTED,
            Mark::Artifact(ArtifactType::Header),
        );
        self.y = top + h + gap;
    }

    /// A horizontal rule of `thickness` with its top at `y`.
    pub(crate) fn rule(&mut self, span: Span, y: f32, thickness: f32, color: Rgb, mark: Mark) {
        self.push(Item::Rects {
            rects: vec![Bounds {
                x: span.x,
                y,
                w: span.w,
                h: thickness,
            }],
            color,
            mark,
        });
    }
}

/// Splits `span` into columns of the given widths in reading order: left to right in
/// left-to-right documents, right to left otherwise.
pub(crate) fn columns(span: Span, widths: &[f32], rtl: bool) -> Vec<Span> {
    let mut x = if rtl { span.x + span.w } else { span.x };
    widths
        .iter()
        .map(|&w| {
            if rtl {
                x -= w;
                Span { x, w }
            } else {
                let column = Span { x, w };
                x += w;
                column
            }
        })
        .collect()
}

/// Shrinks a span by `pad` on both sides.
pub(crate) fn inset(span: Span, pad: f32) -> Span {
    Span {
        x: span.x + pad,
        w: (span.w - 2.0 * pad).max(1.0),
    }
}
