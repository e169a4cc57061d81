//! Cards with personal participation links of a Leitbild process, for staff
//! without a work mailbox: eight to an A4 page (2 × 4, cut along the thin
//! lines), each with the person's name, the QR code of their link and the
//! link written out.

use krilla::tagging::{ArtifactType, Tag};

use crate::doc::{self, Bounds, DocInfo, Item, Mark, Tags, ACCENT, HAIRLINE, INK, MUTED, PAGE_HEIGHT, PAGE_WIDTH};
use crate::fonts::fonts;
use crate::layout::{columns, inset, Align, Flow, Span};
use crate::qr::qr_rects;
use crate::text::{Dir, Shaper, Style};
use crate::{LinkCards, PdfError};

const COLS: usize = 2;
const ROWS: usize = 4;
const PAD: f32 = 16.0;
const QR: f32 = 96.0;
const GAP: f32 = 12.0;

const HEADING: Style = Style::bold(10.5);
const PROCESS: Style = Style::regular(9.0);
const NAME: Style = Style::bold(13.0);
const DETAIL: Style = Style::regular(9.0);
const URL: Style = Style::regular(6.5);
const HINT: Style = Style::regular(7.5);

pub(crate) fn render(c: &LinkCards) -> Result<Vec<u8>, PdfError> {
    let fonts = fonts()?;
    let shaper = Shaper::new(fonts, &c.lang, c.rtl);
    let mut flow = Flow::new(&shaper, 0.0, 0.0, 0.0);
    let mut tags = Tags::default();
    let card_w = PAGE_WIDTH / COLS as f32;
    let card_h = PAGE_HEIGHT / ROWS as f32;
    let heading = shaper.clean(&c.heading);
    let process = shaper.clean(&format!("{} · {}", c.process, c.org));
    let hint = shaper.clean(&c.hint);
    let cut = Mark::Artifact(ArtifactType::Layout);

    for (i, card) in c.cards.iter().enumerate() {
        let slot = i % (COLS * ROWS);
        if i > 0 && slot == 0 {
            flow.new_page();
        }
        if slot == 0 {
            // cut lines between the cards
            let mut rects = Vec::new();
            for col in 1..COLS {
                rects.push(Bounds {
                    x: col as f32 * card_w,
                    y: 0.0,
                    w: 0.3,
                    h: PAGE_HEIGHT,
                });
            }
            for row in 1..ROWS {
                rects.push(Bounds {
                    x: 0.0,
                    y: row as f32 * card_h,
                    w: PAGE_WIDTH,
                    h: 0.3,
                });
            }
            flow.push(Item::Rects {
                rects,
                color: HAIRLINE,
                mark: cut,
            });
        }
        // cards fill the page in reading order: from the right in right-to-left documents
        let (row, col) = (slot / COLS, slot % COLS);
        let col = if shaper.rtl() { COLS - 1 - col } else { col };
        let area = Span {
            x: col as f32 * card_w,
            w: card_w,
        };
        let inner = inset(area, PAD);
        let top = row as f32 * card_h + PAD;
        let parts = columns(inner, &[QR, GAP, inner.w - QR - GAP], shaper.rtl());
        let (qr_span, text_span) = (parts[0], parts[2]);

        let sect = tags.add(None, Tag::Section);
        let mut y = top;
        let h = tags.add(Some(sect), Tag::P);
        let lines = shaper.fit_clamped(&heading, Dir::Doc, HEADING, text_span.w, 2, 8.0, 2);
        y += flow.place_lines(lines, text_span, y, Align::Start, ACCENT, Mark::Group(h));
        let p = tags.add(Some(sect), Tag::P);
        let lines = shaper.fit(&process, Dir::Auto, PROCESS, text_span.w, 2, 7.0);
        y += flow.place_lines(lines, text_span, y, Align::Start, MUTED, Mark::Group(p));
        y += 6.0;
        let n = tags.add(Some(sect), Tag::P);
        let lines = shaper.fit(&shaper.clean(&card.name), Dir::Auto, NAME, text_span.w, 2, 9.0);
        y += flow.place_lines(lines, text_span, y, Align::Start, INK, Mark::Group(n));
        if !card.department.trim().is_empty() {
            let d = tags.add(Some(sect), Tag::P);
            let lines = shaper.fit(&shaper.clean(&card.department), Dir::Auto, DETAIL, text_span.w, 2, 7.0);
            flow.place_lines(lines, text_span, y, Align::Start, INK, Mark::Group(d));
        }

        let figure = tags.add(Some(sect), Tag::Figure(Some(format!("QR code: {}", card.url))));
        let rects = qr_rects(card.url.trim(), qr_span.x, top, QR)?;
        flow.push(Item::Rects {
            rects,
            color: INK,
            mark: Mark::Group(figure),
        });

        // below: the hint and the link written out, across the card
        let mut y = top + QR + 10.0;
        let hp = tags.add(Some(sect), Tag::P);
        let lines = shaper.fit(&hint, Dir::Doc, HINT, inner.w, 2, 6.5);
        y += flow.place_lines(lines, inner, y, Align::Start, INK, Mark::Group(hp));
        let up = tags.add(Some(sect), Tag::P);
        let link = tags.add(Some(up), Tag::Link);
        // a URL is left to right in every document; it breaks anywhere
        let lines = shaper.paragraph(card.url.trim(), Dir::Auto, URL, inner.w);
        let width = lines.iter().map(|l| l.width).fold(0.0_f32, f32::max);
        let url_h = flow.place_lines(lines, inner, y, Align::Start, ACCENT, Mark::Group(link));
        let x = flow.align_x(inner, width, Align::Start);
        flow.push(Item::Link {
            area: Bounds {
                x,
                y,
                w: width,
                h: url_h,
            },
            url: card.url.trim().to_owned(),
            alt: card.url.trim().to_owned(),
            group: link,
        });
    }
    let title = format!("{} – {}", c.heading, c.process);
    let info = DocInfo {
        title: &title,
        lang: &c.lang,
        rtl: c.rtl,
        created_at: c.created_at,
    };
    doc::render(&info, fonts, flow.pages, tags)
}
