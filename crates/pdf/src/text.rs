//! Text shaping and line breaking.
//!
//! A line of text goes through these steps:
//! 1. [`Shaper::clean`] turns whitespace into single spaces and replaces characters that
//!    neither font can draw (krilla refuses `.notdef` glyphs in PDF/A).
//! 2. [`Shaper::wrap`] breaks it into lines at spaces, measuring with the real shaped
//!    advances; a word longer than a line is broken between characters.
//! 3. [`Shaper::line`] runs the Unicode bidi algorithm on each line, splits every
//!    directional run by font (Arabic script to Noto Sans Arabic, everything else to
//!    Noto Sans; spaces, digits and punctuation follow their neighbours) and shapes each
//!    piece with rustybuzz in its own direction. The pieces come out in visual order,
//!    ready to be drawn left to right; each keeps its logical text so that krilla can
//!    write a correct ToUnicode map (extractable text).

use krilla::text::{GlyphId, KrillaGlyph};
use rustybuzz::{Direction, Language, UnicodeBuffer};
use unicode_bidi::{bidi_class, BidiClass, Level, ParagraphBidiInfo};

use crate::fonts::{Family, FontFace, Fonts};

/// Font size in points and weight.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Style {
    pub(crate) size: f32,
    pub(crate) bold: bool,
}

impl Style {
    pub(crate) const fn regular(size: f32) -> Self {
        Self { size, bold: false }
    }

    pub(crate) const fn bold(size: f32) -> Self {
        Self { size, bold: true }
    }
}

/// The base direction of a paragraph.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Dir {
    /// The document's direction: for translated labels.
    Doc,
    /// From the first strong character, falling back to the document's direction, like
    /// HTML's `dir="auto"`: for text people typed (names, titles, organisations).
    Auto,
}

/// A piece of a line drawn with one font in one direction.
pub(crate) struct Run {
    pub(crate) family: Family,
    pub(crate) bold: bool,
    /// The logical text the glyphs' `text_range`s point into.
    pub(crate) text: String,
    /// Glyphs in visual order (left to right), advances in em.
    pub(crate) glyphs: Vec<KrillaGlyph>,
    /// Advance width in points.
    pub(crate) width: f32,
}

/// A shaped line: runs in visual order.
pub(crate) struct Line {
    pub(crate) runs: Vec<Run>,
    pub(crate) size: f32,
    /// Total advance width in points.
    pub(crate) width: f32,
}

/// Shapes and measures text for one document.
pub(crate) struct Shaper {
    fonts: &'static Fonts,
    rtl: bool,
    language: Option<Language>,
}

/// Joiners (ZWNJ, ZWJ) matter for shaping (Persian uses ZWNJ inside words).
fn is_joiner(c: char) -> bool {
    matches!(c, '\u{200C}' | '\u{200D}')
}

/// Explicit directional formatting characters: used by the bidi algorithm, never drawn.
fn is_bidi_control(c: char) -> bool {
    matches!(
        c,
        '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
    )
}

/// Invisible characters that are dropped: zero-width space, word joiner and friends,
/// variation selectors, byte-order mark, soft hyphen.
fn is_dropped_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}' | '\u{200B}' | '\u{2060}'..='\u{2064}' | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}'
    )
}

/// Characters of the Arabic script blocks.
fn is_arabic_script(c: char) -> bool {
    matches!(
        c,
        '\u{0600}'..='\u{06FF}'
            | '\u{0750}'..='\u{077F}'
            | '\u{0870}'..='\u{08FF}'
            | '\u{FB50}'..='\u{FDFF}'
            | '\u{FE70}'..='\u{FEFE}'
    )
}

/// The family a character asks for by itself; `None` for characters that follow their
/// neighbours (spaces, digits, punctuation, marks, joiners).
fn strong_family(c: char) -> Option<Family> {
    if is_arabic_script(c) {
        return Some(Family::Arabic);
    }
    match bidi_class(c) {
        BidiClass::L | BidiClass::R | BidiClass::AL => Some(Family::Latin),
        _ => None,
    }
}

/// Where a word may be broken when it does not fit on a line: before any character that
/// is not a combining mark or a joiner (so that a base letter keeps its accents).
fn is_break_boundary(c: char) -> bool {
    !is_joiner(c) && bidi_class(c) != BidiClass::NSM
}

impl Shaper {
    pub(crate) fn new(fonts: &'static Fonts, lang: &str, rtl: bool) -> Self {
        let language = lang.parse::<Language>().ok();
        Self { fonts, rtl, language }
    }

    pub(crate) fn rtl(&self) -> bool {
        self.rtl
    }

    /// Normalises text for drawing: every run of whitespace or control characters becomes
    /// one space, the ends are trimmed, invisible characters are dropped and characters
    /// that neither font has become U+FFFD (or `?`).
    pub(crate) fn clean(&self, text: &str) -> String {
        let replacement = if self.fonts.covers(Family::Latin, '\u{FFFD}') {
            '\u{FFFD}'
        } else {
            '?'
        };
        let mut out = String::with_capacity(text.len());
        let mut pending_space = false;
        for c in text.chars() {
            if c.is_whitespace() || c.is_control() {
                pending_space = !out.is_empty();
                continue;
            }
            if is_dropped_invisible(c) {
                continue;
            }
            if pending_space {
                out.push(' ');
                pending_space = false;
            }
            if is_joiner(c)
                || is_bidi_control(c)
                || self.fonts.covers(Family::Latin, c)
                || self.fonts.covers(Family::Arabic, c)
            {
                out.push(c);
            } else {
                out.push(replacement);
            }
        }
        out
    }

    /// Splits `text` into ranges of one font family each, in logical order.
    fn split_families(&self, text: &str) -> Vec<(std::ops::Range<usize>, Family)> {
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let mut families: Vec<Option<Family>> = chars
            .iter()
            .map(|&(_, c)| {
                strong_family(c).map(|family| {
                    if !self.fonts.covers(family, c) && self.fonts.covers(family.other(), c) {
                        family.other()
                    } else {
                        family
                    }
                })
            })
            .collect();
        // Neutral characters follow the previous strong one; leading ones the next one.
        let first = families.iter().flatten().next().copied().unwrap_or(Family::Latin);
        let mut previous = first;
        for (i, family) in families.iter_mut().enumerate() {
            match family {
                Some(f) => previous = *f,
                None => {
                    let c = chars.get(i).map_or(' ', |&(_, c)| c);
                    let mut chosen = previous;
                    if !is_joiner(c)
                        && !is_bidi_control(c)
                        && !self.fonts.covers(chosen, c)
                        && self.fonts.covers(chosen.other(), c)
                    {
                        chosen = chosen.other();
                    }
                    *family = Some(chosen);
                }
            }
        }
        let mut ranges: Vec<(std::ops::Range<usize>, Family)> = Vec::new();
        for (&(start, c), family) in chars.iter().zip(families) {
            let family = family.unwrap_or(first);
            let end = start + c.len_utf8();
            match ranges.last_mut() {
                Some((range, last)) if *last == family => range.end = end,
                _ => ranges.push((start..end, family)),
            }
        }
        ranges
    }

    /// Shapes `text` with one font in one direction; glyphs in visual order, advances in
    /// em. Returns the glyphs and the total advance in em.
    fn shape(&self, text: &str, face: &FontFace, family: Family, rtl: bool) -> (Vec<KrillaGlyph>, f32) {
        let mut buffer = UnicodeBuffer::new();
        buffer.push_str(text);
        buffer.set_direction(if rtl {
            Direction::RightToLeft
        } else {
            Direction::LeftToRight
        });
        // The document language selects localised forms (e.g. Persian digits), but only
        // for text in the document's own script.
        if (family == Family::Arabic) == self.rtl {
            if let Some(language) = &self.language {
                buffer.set_language(language.clone());
            }
        }
        buffer.guess_segment_properties();
        let output = rustybuzz::shape(&face.shaper, &[], buffer);
        let infos = output.glyph_infos();
        let positions = output.glyph_positions();

        // Each glyph maps to the text of its cluster: from its cluster start to the next
        // larger cluster start (clusters are monotonic in either direction).
        let mut starts: Vec<usize> = infos.iter().map(|info| info.cluster as usize).collect();
        starts.sort_unstable();
        starts.dedup();
        let cluster_end = |start: usize| -> usize {
            let next = starts.partition_point(|&s| s <= start);
            starts.get(next).copied().unwrap_or(text.len())
        };

        let upem = face.units_per_em;
        let mut width = 0.0;
        let glyphs = infos
            .iter()
            .zip(positions)
            .map(|(info, pos)| {
                let start = info.cluster as usize;
                let x_advance = pos.x_advance as f32 / upem;
                width += x_advance;
                KrillaGlyph::new(
                    GlyphId::new(info.glyph_id),
                    x_advance,
                    pos.x_offset as f32 / upem,
                    pos.y_offset as f32 / upem,
                    pos.y_advance as f32 / upem,
                    start..cluster_end(start),
                    None,
                )
            })
            .collect();
        (glyphs, width)
    }

    /// Advance width of `text` in points (order and direction do not change the width).
    pub(crate) fn measure(&self, text: &str, style: Style) -> f32 {
        self.split_families(text)
            .into_iter()
            .map(|(range, family)| {
                let piece: String = text
                    .get(range)
                    .unwrap_or("")
                    .chars()
                    .filter(|c| !is_bidi_control(*c))
                    .collect();
                let face = self.fonts.get(family, style.bold);
                self.shape(&piece, face, family, family == Family::Arabic).1
            })
            .sum::<f32>()
            * style.size
    }

    /// Whether a paragraph of `text` runs right to left.
    pub(crate) fn resolve(&self, text: &str, dir: Dir) -> bool {
        match dir {
            Dir::Doc => self.rtl,
            Dir::Auto => match unicode_bidi::get_base_direction(text) {
                unicode_bidi::Direction::Ltr => false,
                unicode_bidi::Direction::Rtl => true,
                unicode_bidi::Direction::Mixed => self.rtl,
            },
        }
    }

    /// Shapes one line (no line breaks) into runs in visual order.
    pub(crate) fn line(&self, text: &str, dir: Dir, style: Style) -> Line {
        self.shape_line(text, self.resolve(text, dir), style)
    }

    pub(crate) fn shape_line(&self, text: &str, rtl_paragraph: bool, style: Style) -> Line {
        let level = if rtl_paragraph { Level::rtl() } else { Level::ltr() };
        let bidi = ParagraphBidiInfo::new(text, Some(level));
        let (levels, visual_runs) = bidi.visual_runs(0..text.len());
        let mut runs = Vec::new();
        let mut width = 0.0;
        for visual_run in visual_runs {
            let Some(run_text) = text.get(visual_run.clone()) else {
                continue;
            };
            let rtl = levels.get(visual_run.start).is_some_and(|l| l.is_rtl());
            let mut pieces = self.split_families(run_text);
            if rtl {
                pieces.reverse();
            }
            for (range, family) in pieces {
                let piece: String = run_text
                    .get(range)
                    .unwrap_or("")
                    .chars()
                    .filter(|c| !is_bidi_control(*c))
                    .collect();
                if piece.is_empty() {
                    continue;
                }
                let face = self.fonts.get(family, style.bold);
                let (glyphs, em) = self.shape(&piece, face, family, rtl);
                let run_width = em * style.size;
                width += run_width;
                runs.push(Run {
                    family,
                    bold: style.bold,
                    text: piece,
                    glyphs,
                    width: run_width,
                });
            }
        }
        Line {
            runs,
            size: style.size,
            width,
        }
    }

    /// Breaks cleaned text into lines no wider than `max_width` points. Lines break at
    /// spaces; a word wider than a line is broken between characters.
    pub(crate) fn wrap(&self, text: &str, style: Style, max_width: f32) -> Vec<String> {
        let space = self.measure(" ", style);
        let mut lines = Vec::new();
        let mut current = String::new();
        let mut current_width = 0.0;
        for word in text.split(' ').filter(|w| !w.is_empty()) {
            let width = self.measure(word, style);
            if !current.is_empty() && current_width + space + width <= max_width {
                current.push(' ');
                current.push_str(word);
                current_width += space + width;
                continue;
            }
            if !current.is_empty() {
                lines.push(std::mem::take(&mut current));
            }
            if width <= max_width {
                current = word.to_owned();
                current_width = width;
            } else {
                let mut pieces = self.break_word(word, style, max_width);
                if let Some(last) = pieces.pop() {
                    lines.extend(pieces);
                    current_width = self.measure(&last, style);
                    current = last;
                }
            }
        }
        if !current.is_empty() {
            lines.push(current);
        }
        lines
    }

    /// Breaks one word into pieces that fit `max_width` (each piece at least one
    /// character with its marks).
    fn break_word(&self, word: &str, style: Style, max_width: f32) -> Vec<String> {
        let mut pieces = Vec::new();
        let mut rest = word;
        while !rest.is_empty() {
            // Candidate ends: every boundary after the first character.
            let ends: Vec<usize> = rest
                .char_indices()
                .skip(1)
                .filter(|&(_, c)| is_break_boundary(c))
                .map(|(i, _)| i)
                .chain(std::iter::once(rest.len()))
                .collect();
            // The widest prefix that fits (binary search; widths grow with length).
            let fits = |end: usize| self.measure(rest.get(..end).unwrap_or(""), style) <= max_width;
            let count = ends.partition_point(|&end| fits(end));
            let end = ends.get(count.saturating_sub(1)).copied().unwrap_or(rest.len());
            let (piece, tail) = rest.split_at(end);
            pieces.push(piece.to_owned());
            rest = tail;
        }
        pieces
    }

    /// Wraps text, shrinking the font size in half-point steps down to `min_size` while
    /// it needs more than `max_lines` lines. Returns the shaped lines.
    pub(crate) fn fit(
        &self,
        text: &str,
        dir: Dir,
        style: Style,
        max_width: f32,
        max_lines: usize,
        min_size: f32,
    ) -> Vec<Line> {
        self.fit_clamped(text, dir, style, max_width, max_lines, min_size, usize::MAX)
    }

    /// Like [`Shaper::fit`], but never more than `max_lines` lines: a text cut off ends
    /// in an ellipsis.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn fit_clamped(
        &self,
        text: &str,
        dir: Dir,
        style: Style,
        max_width: f32,
        shrink_above: usize,
        min_size: f32,
        max_lines: usize,
    ) -> Vec<Line> {
        let mut style = style;
        let mut lines = self.wrap(text, style, max_width);
        while lines.len() > shrink_above && style.size - 0.5 >= min_size {
            style.size -= 0.5;
            lines = self.wrap(text, style, max_width);
        }
        if lines.len() > max_lines {
            lines.truncate(max_lines);
            if let Some(last) = lines.last_mut() {
                while !last.is_empty() && self.measure(&format!("{last}…"), style) > max_width {
                    last.pop();
                }
                last.push('…');
            }
        }
        let rtl = self.resolve(text, dir);
        lines.iter().map(|l| self.shape_line(l, rtl, style)).collect()
    }

    /// Wraps and shapes text at a fixed size.
    pub(crate) fn paragraph(&self, text: &str, dir: Dir, style: Style, max_width: f32) -> Vec<Line> {
        let rtl = self.resolve(text, dir);
        self.wrap(text, style, max_width)
            .iter()
            .map(|l| self.shape_line(l, rtl, style))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]

    use super::*;
    use crate::fonts::fonts;

    fn shaper(lang: &str, rtl: bool) -> Shaper {
        Shaper::new(fonts().unwrap(), lang, rtl)
    }

    fn glyph_ids(line: &Line) -> Vec<u32> {
        line.runs
            .iter()
            .flat_map(|r| r.glyphs.iter().map(|g| g.glyph_id.to_u32()))
            .collect()
    }

    #[test]
    fn arabic_letters_join() {
        let s = shaper("ar", true);
        // "سم": seen joined, the seen takes its initial form, a different glyph from
        // the isolated letter.
        let alone = glyph_ids(&s.line("س", Dir::Doc, Style::regular(10.0)));
        let joined = s.line("سم", Dir::Doc, Style::regular(10.0));
        let ids = glyph_ids(&joined);
        assert_eq!(ids.len(), 2);
        // Right to left: the first letter is drawn last (rightmost).
        assert_ne!(ids.last(), alone.first());
        assert_eq!(joined.runs.len(), 1);
        assert_eq!(joined.runs[0].family, Family::Arabic);
        // The glyphs map back to the logical text.
        let run = &joined.runs[0];
        assert_eq!(&run.text[run.glyphs[1].text_range.clone()], "س");
    }

    #[test]
    fn mixed_line_is_split_into_runs_in_visual_order() {
        let ltr = shaper("de", false).line("Samira حداد", Dir::Doc, Style::regular(10.0));
        let texts: Vec<&str> = ltr.runs.iter().map(|r| r.text.as_str()).collect();
        assert_eq!(texts, ["Samira ", "حداد"]);
        assert_eq!(ltr.runs[1].family, Family::Arabic);

        // In a right-to-left paragraph the Arabic word of "حداد Samira" comes first
        // logically and is drawn rightmost.
        let rtl = shaper("ar", true).line("حداد Samira", Dir::Doc, Style::regular(10.0));
        let texts: Vec<&str> = rtl.runs.iter().map(|r| r.text.as_str()).collect();
        assert_eq!(texts, ["Samira", "حداد "]);

        // dir=auto: a Latin first word makes the paragraph left to right.
        let auto = shaper("ar", true).line("Samira حداد", Dir::Auto, Style::regular(10.0));
        let texts: Vec<&str> = auto.runs.iter().map(|r| r.text.as_str()).collect();
        assert_eq!(texts, ["Samira ", "حداد"]);
    }

    #[test]
    fn isolates_keep_numbers_in_order() {
        let line = shaper("ar", true).line("صفحة \u{2066}1 / 3\u{2069}", Dir::Doc, Style::regular(9.0));
        let texts: Vec<&str> = line.runs.iter().map(|r| r.text.as_str()).collect();
        // Visual order: the numbers (left to right) left of the word.
        assert_eq!(texts, ["1 / 3", "صفحة "]);
    }

    #[test]
    fn wrapping_respects_the_width() {
        let s = shaper("de", false);
        let style = Style::regular(10.0);
        let text = s
            .clean("Ein recht langer Titel über diskriminierungssensible Kommunikation in der öffentlichen Verwaltung");
        let lines = s.wrap(&text, style, 120.0);
        assert!(lines.len() > 1);
        for line in &lines {
            assert!(s.measure(line, style) <= 120.0, "{line:?} too wide");
        }
        assert_eq!(lines.join(" "), text);

        // A word wider than the line is broken between characters.
        let long = "Donaudampfschifffahrtsgesellschaftskapitänskajüte".repeat(3);
        let lines = s.wrap(&long, style, 100.0);
        assert!(lines.len() > 2);
        assert!(lines.iter().all(|l| s.measure(l, style) <= 100.0));
        assert_eq!(lines.concat(), long);
    }

    #[test]
    fn fit_shrinks_before_wrapping_more() {
        let s = shaper("de", false);
        let name = "Maximiliane Alexandra Konstantina von Hohenzollern-Sigmaringen";
        let lines = s.fit(name, Dir::Auto, Style::bold(24.0), 300.0, 2, 14.0);
        assert!(lines.len() <= 2);
        assert!(lines.iter().all(|l| l.size < 24.0 && l.size >= 14.0));
        assert!(lines.iter().all(|l| l.width <= 300.0));
    }

    #[test]
    fn clean_normalises_and_replaces() {
        let s = shaper("de", false);
        assert_eq!(s.clean("  Ana\n\t Lena  "), "Ana Lena");
        assert_eq!(s.clean("a\u{00AD}b\u{200B}c"), "abc");
        // Persian zero-width non-joiner is kept.
        assert_eq!(s.clean("می\u{200C}خواهم"), "می\u{200C}خواهم");
        assert_eq!(s.clean("王 🙂"), "\u{FFFD} \u{FFFD}");
    }
}
