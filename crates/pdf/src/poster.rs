//! The Leitbild poster: one page, A3 or A2 portrait, with the administration's name, the
//! slogan large and the guiding principles numbered, each with its goal smaller below it.
//!
//! Everything the administration wrote is printed in full, on one page:
//! - the slogan takes up to three lines at its full size; a longer one is set smaller, down
//!   to its floor, and below that it takes more lines;
//! - the principles share one size: the largest (in quarter-point steps) at which all of
//!   them with their goals fit the page. It stays at or above [`TEXT_FLOOR`] for any
//!   realistic Leitbild; only a text that would not fit the page at the floor is set smaller
//!   still (twelve principles of the longest length with the longest goals are set at
//!   about seven points on A3), because a poster never cuts off a word and never runs onto
//!   a second page;
//! - a word longer than a line is broken between characters.
//!
//! Words are shaped once and measured at 1 pt; every size tried scales those widths, so
//! finding the size costs no shaping (a poster renders in a few milliseconds).

use std::collections::HashMap;

use krilla::tagging::{ArtifactType, ListNumbering, Tag};

use crate::doc::{self, Bounds, DocInfo, Item, Mark, Page, Rgb, Tags, ACCENT, INK, MUTED};
use crate::fonts::fonts;
use crate::layout::{columns, Align, Span, ASCENT, LEADING};
use crate::text::{Dir, Line, Shaper, Style};
use crate::{PdfError, Poster, PosterSize};

/// A3 and A2 portrait, in points.
const A3: (f32, f32) = (841.89, 1190.55);
const A2: (f32, f32) = (1190.55, 1683.78);

// Sizes on A3; A2 scales every one of them by its width (√2).
const MARGIN: f32 = 56.0;
const BAND: f32 = 14.0;
const ORG: f32 = 15.0;
const ORG_MIN: f32 = 11.0;
const HEADING: f32 = 15.0;
const SLOGAN: f32 = 58.0;
const SLOGAN_MIN: f32 = 30.0;
const SLOGAN_LINES: usize = 3;
/// The principles' text (bold) at most; goals are [`GOAL_RATIO`] of it, numbers [`NUMBER_RATIO`].
const TEXT: f32 = 28.0;
/// The smallest size of the principles while they fit the page at it (see the module documentation).
pub(crate) const TEXT_FLOOR: f32 = 9.0;
/// Below the floor, the size still goes down in these steps to this smallest one.
const TEXT_STEP: f32 = 0.25;
const TEXT_LEAST: f32 = 1.5;
const GOAL_RATIO: f32 = 0.72;
const NUMBER_RATIO: f32 = 1.6;
/// Space between two principles, as a factor of their text size; up to twice that when
/// the page has room to spare.
const GAP: f32 = 0.9;
const FOOTER: f32 = 9.5;

const SOFT: Rgb = Rgb(0xd7, 0xe1, 0xea);

impl PosterSize {
    fn points(self) -> (f32, f32) {
        match self {
            PosterSize::A3 => A3,
            PosterSize::A2 => A2,
        }
    }
}

/// A text broken into words, each measured once at 1 pt.
struct Measured {
    words: Vec<(String, f32)>,
    space: f32,
    bold: bool,
}

/// Widths of words at 1 pt, each word shaped once per poster (texts repeat many words).
struct Widths<'s> {
    shaper: &'s Shaper,
    known: HashMap<(bool, String), f32>,
}

impl<'s> Widths<'s> {
    fn new(shaper: &'s Shaper) -> Self {
        Widths {
            shaper,
            known: HashMap::new(),
        }
    }

    fn of(&mut self, word: &str, bold: bool) -> f32 {
        if let Some(w) = self.known.get(&(bold, word.to_owned())) {
            return *w;
        }
        let w = self.shaper.measure(word, Style { size: 1.0, bold });
        self.known.insert((bold, word.to_owned()), w);
        w
    }

    fn measured(&mut self, text: &str, bold: bool) -> Measured {
        Measured {
            words: text
                .split(' ')
                .filter(|w| !w.is_empty())
                .map(|w| (w.to_owned(), self.of(w, bold)))
                .collect(),
            space: self.of(" ", bold),
            bold,
        }
    }
}

impl Measured {
    fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// Greedy line breaking at `size` into lines no wider than `width` (as
    /// [`Shaper::wrap`] does, without shaping again).
    fn wrap(&self, shaper: &Shaper, size: f32, width: f32) -> Vec<String> {
        let mut lines = Vec::new();
        let mut current = String::new();
        let mut current_w = 0.0;
        for (word, w1) in &self.words {
            let w = w1 * size;
            if !current.is_empty() && current_w + self.space * size + w <= width {
                current.push(' ');
                current.push_str(word);
                current_w += self.space * size + w;
                continue;
            }
            if !current.is_empty() {
                lines.push(std::mem::take(&mut current));
            }
            if w <= width {
                current.clone_from(word);
                current_w = w;
            } else {
                // a word longer than a line (rare): broken between characters
                let style = Style { size, bold: self.bold };
                let mut pieces = shaper.wrap(word, style, width);
                if let Some(last) = pieces.pop() {
                    lines.extend(pieces);
                    current_w = shaper.measure(&last, style);
                    current = last;
                }
            }
        }
        if !current.is_empty() {
            lines.push(current);
        }
        lines
    }
}

/// One principle, measured.
struct Entry {
    number: String,
    text: Measured,
    /// The goal with its label in front; empty without a goal.
    goal: Measured,
    /// Whether the principle and its goal run right to left.
    text_rtl: bool,
    goal_rtl: bool,
}

/// The principles set at one size.
struct Set {
    size: f32,
    /// [`TEXT_FLOOR`] on this paper size.
    floor: f32,
    texts: Vec<Vec<String>>,
    goals: Vec<Vec<String>>,
    heights: Vec<f32>,
    number_w: f32,
}

impl Set {
    /// The space between two principles: less below the floor, where every line counts.
    fn gap(&self) -> f32 {
        if self.size < self.floor {
            GAP * 0.5 * self.size
        } else {
            GAP * self.size
        }
    }
    fn total(&self) -> f32 {
        let gaps = self.heights.len().saturating_sub(1) as f32 * self.gap();
        self.heights.iter().sum::<f32>() + gaps
    }
}

fn lines_h(n: usize, size: f32) -> f32 {
    n as f32 * size * LEADING
}

fn set_at(shaper: &Shaper, items: &[Entry], (size, floor): (f32, f32), width: f32, number_w1: f32) -> Set {
    let goal_size = size * GOAL_RATIO;
    let number_w = number_w1 * size * NUMBER_RATIO + 0.8 * size;
    let text_w = (width - number_w).max(1.0);
    let mut set = Set {
        size,
        floor,
        texts: Vec::with_capacity(items.len()),
        goals: Vec::with_capacity(items.len()),
        heights: Vec::with_capacity(items.len()),
        number_w,
    };
    for item in items {
        let text = item.text.wrap(shaper, size, text_w);
        let goal = if item.goal.is_empty() {
            Vec::new()
        } else {
            item.goal.wrap(shaper, goal_size, text_w)
        };
        let mut h = lines_h(text.len(), size);
        if !goal.is_empty() {
            h += 0.3 * size + lines_h(goal.len(), goal_size);
        }
        set.heights.push(h.max(lines_h(1, size * NUMBER_RATIO) * 0.8));
        set.texts.push(text);
        set.goals.push(goal);
    }
    set
}

/// Where a line of `width` starts in `span` for `align` on a page written `rtl`.
fn x_of(span: Span, width: f32, align: Align, rtl: bool) -> f32 {
    match (align, rtl) {
        (Align::Start, false) | (Align::End, true) => span.x,
        (Align::Start, true) | (Align::End, false) => span.x + span.w - width,
        (Align::Center, _) => span.x + (span.w - width) / 2.0,
    }
}

/// Lays out shaped lines from `top` down; returns the height used.
fn place(
    page: &mut Page,
    lines: Vec<Line>,
    (span, top): (Span, f32),
    align: Align,
    rtl: bool,
    color: Rgb,
    mark: Mark,
) -> f32 {
    let mut y = top;
    for line in lines {
        let size = line.size;
        let x = x_of(span, line.width, align, rtl);
        page.items.push(Item::Text {
            line,
            x,
            y: y + size * ASCENT,
            color,
            mark,
        });
        y += size * LEADING;
    }
    y - top
}

fn rect(page: &mut Page, b: Bounds, color: Rgb) {
    page.items.push(Item::Rects {
        rects: vec![b],
        color,
        mark: Mark::Artifact(ArtifactType::Layout),
    });
}

/// Shapes wrapped lines at one size, in the direction of their paragraph.
fn shape(shaper: &Shaper, lines: &[String], rtl: bool, style: Style) -> Vec<Line> {
    lines.iter().map(|l| shaper.shape_line(l, rtl, style)).collect()
}

/// Wraps `m` at `size`, smaller in half-point steps down to `min` while it takes more than
/// `max_lines` lines; then as many lines as it needs.
fn fit(shaper: &Shaper, m: &Measured, size: f32, min: f32, width: f32, max_lines: usize) -> (Vec<String>, f32) {
    let mut size = size;
    let mut lines = m.wrap(shaper, size, width);
    while lines.len() > max_lines && size - 0.5 >= min {
        size -= 0.5;
        lines = m.wrap(shaper, size, width);
    }
    (lines, size)
}

pub(crate) fn render(p: &Poster) -> Result<Vec<u8>, PdfError> {
    Ok(layout(p)?.0)
}

/// Lays out and renders a poster: the PDF, and the size in points its principles were set at.
fn layout(p: &Poster) -> Result<(Vec<u8>, f32), PdfError> {
    let fonts = fonts()?;
    let shaper = Shaper::new(fonts, &p.lang, p.rtl);
    let mut widths = Widths::new(&shaper);
    let rtl = p.rtl;
    let (page_w, page_h) = p.size.points();
    let k = page_w / A3.0;
    let margin = MARGIN * k;
    let full = Span {
        x: margin,
        w: page_w - 2.0 * margin,
    };
    let mut page = Page {
        items: Vec::new(),
        size: Some((page_w, page_h)),
    };
    let mut tags = Tags::default();

    // a band of colour along the top and the foot
    rect(
        &mut page,
        Bounds {
            x: 0.0,
            y: 0.0,
            w: page_w,
            h: BAND * k,
        },
        ACCENT,
    );
    rect(
        &mut page,
        Bounds {
            x: 0.0,
            y: page_h - BAND * k * 0.5,
            w: page_w,
            h: BAND * k * 0.5,
        },
        ACCENT,
    );

    // the administration's name, and a rule
    let mut y = margin + BAND * k;
    let org = shaper.clean(&p.org_name);
    let org_rtl = shaper.resolve(&org, Dir::Auto);
    let (lines, size) = fit(&shaper, &widths.measured(&org, true), ORG * k, ORG_MIN * k, full.w, 2);
    let mark = Mark::Group(tags.add(None, Tag::P));
    y += place(
        &mut page,
        shape(&shaper, &lines, org_rtl, Style::bold(size)),
        (full, y),
        Align::Start,
        rtl,
        ACCENT,
        mark,
    );
    y += 8.0 * k;
    rect(
        &mut page,
        Bounds {
            x: full.x,
            y,
            w: full.w,
            h: 2.5 * k,
        },
        ACCENT,
    );
    y += 2.5 * k + 40.0 * k;

    // the heading ("Unser Leitbild") and the slogan, centred
    let heading = shaper.clean(&p.heading);
    if !heading.is_empty() {
        let lines = shaper.paragraph(&heading, Dir::Doc, Style::regular(HEADING * k), full.w);
        let mark = Mark::Group(tags.add(None, Tag::P));
        y += place(&mut page, lines, (full, y), Align::Center, rtl, MUTED, mark);
        y += 10.0 * k;
    }
    let slogan = shaper.clean(&p.slogan);
    let slogan_rtl = shaper.resolve(&slogan, Dir::Auto);
    let (lines, size) = fit(
        &shaper,
        &widths.measured(&slogan, true),
        SLOGAN * k,
        SLOGAN_MIN * k,
        full.w,
        SLOGAN_LINES,
    );
    let h1 = tags.heading(None, 1, &slogan);
    y += place(
        &mut page,
        shape(&shaper, &lines, slogan_rtl, Style::bold(size)),
        (full, y),
        Align::Center,
        rtl,
        ACCENT,
        Mark::Group(h1),
    );
    y += 22.0 * k;
    rect(
        &mut page,
        Bounds {
            x: full.x + full.w * 0.4,
            y,
            w: full.w * 0.2,
            h: 3.0 * k,
        },
        SOFT,
    );
    y += 3.0 * k + 40.0 * k;

    // the footer, at the foot of the page
    let footer = shaper.clean(&p.footer);
    let footer_lines = shaper.paragraph(&footer, Dir::Doc, Style::regular(FOOTER * k), full.w);
    let footer_h: f32 = footer_lines.iter().map(|l| l.size * LEADING).sum();
    let footer_top = page_h - margin - footer_h;
    let bottom = footer_top - 28.0 * k;

    // the principles: the largest size at which they fit between slogan and footer
    let goal_label = shaper.clean(&p.goal_label);
    let items: Vec<Entry> = p
        .principles
        .iter()
        .enumerate()
        .map(|(i, x)| {
            let text = shaper.clean(&x.text);
            let goal = shaper.clean(&x.goal);
            let goal_line = match (goal.is_empty(), goal_label.is_empty()) {
                (true, _) => String::new(),
                (false, true) => goal,
                (false, false) => format!("{goal_label}: {goal}"),
            };
            Entry {
                number: (i + 1).to_string(),
                text_rtl: shaper.resolve(&text, Dir::Auto),
                goal_rtl: shaper.resolve(&goal_line, Dir::Auto),
                text: widths.measured(&text, true),
                goal: widths.measured(&goal_line, false),
            }
        })
        .collect();
    let number_w1 = items
        .iter()
        .map(|i| shaper.measure(&i.number, Style::bold(1.0)))
        .fold(0.0_f32, f32::max);
    let room = (bottom - y).max(1.0);
    // sizes in steps from the largest down: the first that fits, found by halving (the
    // height grows with the size), then checked and, should wrapping have made a smaller
    // step taller, stepped down until it fits
    let steps = ((TEXT - TEXT_LEAST) / TEXT_STEP).round() as usize;
    let at = |step: usize| {
        set_at(
            &shaper,
            &items,
            ((TEXT - step as f32 * TEXT_STEP) * k, TEXT_FLOOR * k),
            full.w,
            number_w1,
        )
    };
    let (mut lo, mut hi) = (0, steps);
    while lo < hi {
        let mid = (lo + hi) / 2;
        if at(mid).total() <= room {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    let mut set = at(lo);
    while set.total() > room && lo < steps {
        lo += 1;
        set = at(lo);
    }
    let size = set.size;
    // room to spare goes between the principles, up to twice their gap
    let n = items.len();
    let spare = (room - set.total()).max(0.0);
    let extra = if n > 1 {
        (spare / (n - 1) as f32).min(GAP * size)
    } else {
        0.0
    };
    let gap = set.gap() + extra;
    // what is still to spare: a little above the list, the rest below it
    y += (spare - extra * n.saturating_sub(1) as f32) * 0.3;

    let list = tags.add(None, Tag::L(ListNumbering::Decimal));
    let cols = columns(full, &[set.number_w, full.w - set.number_w], rtl);
    let number_span = cols.first().copied().unwrap_or(full);
    let text_span = cols.get(1).copied().unwrap_or(full);
    let goal_size = size * GOAL_RATIO;
    let number_size = size * NUMBER_RATIO;
    for ((item, (text, goal)), h) in items.iter().zip(set.texts.iter().zip(&set.goals)).zip(&set.heights) {
        let li = tags.add(Some(list), Tag::LI);
        let lbl = tags.add(Some(li), Tag::Lbl);
        let body = tags.add(Some(li), Tag::LBody);
        // the number's baseline on the first line's
        let number = shaper.line(&item.number, Dir::Doc, Style::bold(number_size));
        let baseline = y + size * ASCENT;
        let x = x_of(number_span, number.width, Align::Start, rtl);
        page.items.push(Item::Text {
            line: number,
            x,
            y: baseline,
            color: ACCENT,
            mark: Mark::Group(lbl),
        });
        let p_text = tags.add(Some(body), Tag::P);
        let text_lines = shape(&shaper, text, item.text_rtl, Style::bold(size));
        let th = place(
            &mut page,
            text_lines,
            (text_span, y),
            Align::Start,
            rtl,
            INK,
            Mark::Group(p_text),
        );
        if !goal.is_empty() {
            let p_goal = tags.add(Some(body), Tag::P);
            let goal_lines = shape(&shaper, goal, item.goal_rtl, Style::regular(goal_size));
            place(
                &mut page,
                goal_lines,
                (text_span, y + th + 0.3 * size),
                Align::Start,
                rtl,
                MUTED,
                Mark::Group(p_goal),
            );
        }
        y += h + gap;
    }

    if !footer_lines.is_empty() {
        rect(
            &mut page,
            Bounds {
                x: full.x,
                y: footer_top - 10.0 * k,
                w: full.w,
                h: 0.6 * k,
            },
            MUTED,
        );
        let mark = Mark::Group(tags.add(None, Tag::P));
        place(
            &mut page,
            footer_lines,
            (full, footer_top),
            Align::Start,
            rtl,
            MUTED,
            mark,
        );
    }

    let title = if org.is_empty() {
        slogan.clone()
    } else {
        format!("{slogan} – {org}")
    };
    let info = DocInfo {
        title: &title,
        lang: &p.lang,
        rtl,
        created_at: p.created_at,
    };
    let pdf = doc::render(&info, fonts, vec![page], tags)?;
    Ok((pdf, size))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]

    use super::*;
    use crate::PosterPrinciple;

    fn long_principle(i: usize) -> String {
        let sentence = format!("Wir beraten alle Menschen in Elbauen freundlich, verständlich und verlässlich ({i}). ");
        let mut s = String::new();
        while s.chars().count() + sentence.chars().count() <= 1000 {
            s.push_str(&sentence);
        }
        s.trim().to_owned()
    }

    fn poster(size: PosterSize, n: usize, text: &dyn Fn(usize) -> String, goal: &dyn Fn(usize) -> String) -> Poster {
        Poster {
            lang: "de".into(),
            rtl: false,
            size,
            org_name: "Migrationsagentur Landkreis Elbauen".into(),
            heading: "Unser Leitbild".into(),
            slogan: "Willkommen in Elbauen – gemeinsam offen".into(),
            principles: (1..=n)
                .map(|i| PosterPrinciple {
                    text: text(i),
                    goal: goal(i),
                })
                .collect(),
            goal_label: "Ziel".into(),
            footer: "Beschlossen am 12.04.2027".into(),
            created_at: 1_795_597_200,
        }
    }

    #[test]
    fn ordinary_principles_stay_large_and_the_longest_still_fit_one_page() {
        let short = poster(
            PosterSize::A3,
            6,
            &|i| format!("Wir handeln verlässlich ({i})."),
            &|_| "Kurze Wege".into(),
        );
        let (_, size) = layout(&short).unwrap();
        assert!((size - TEXT).abs() < 0.01, "{size}");

        // twelve principles of 1000 characters: smaller, above the floor on A2 …
        let long = poster(PosterSize::A2, 12, &long_principle, &|_| String::new());
        let (_, size) = layout(&long).unwrap();
        assert!(size >= TEXT_FLOOR, "{size}");
        // … below it on A3, the more so with the longest goals, but all of it on one page
        let longest = poster(PosterSize::A3, 12, &long_principle, &long_principle);
        let (_, size) = layout(&longest).unwrap();
        assert!(size < TEXT_FLOOR && size > 5.0, "{size}");
    }
}
