//! The funding notice prints in full on the certificate page, in every script, and
//! nothing on that page overlaps or leaves it: checked with poppler's `pdftotext` (the
//! text, and with `-bbox` the box of every word).
//!
//! Set `IKOE_PDF_OUT` to a folder to keep the PDFs (to render them with
//! `pdftoppm -r 60 -png` and look at them).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::process::Command;

use pdf::{CertModule, Certificate, Logo};

/// The longest notice the form accepts, in characters.
const MAX_CHARS: usize = 400;

/// Notices of the most characters the form accepts, as wide as real text gets: wide Latin,
/// Arabic, Farsi and Cyrillic letters, as one unbroken word and as words.
fn worst_notices() -> Vec<(&'static str, String)> {
    let words = |word: &str| {
        let mut s = String::new();
        while s.chars().count() + word.chars().count() < MAX_CHARS {
            s.push_str(word);
            s.push(' ');
        }
        s.push_str(&"W".repeat(MAX_CHARS - s.chars().count()));
        s
    };
    vec![
        ("latin-w", "W".repeat(MAX_CHARS)),
        ("latin-words", words("WMWMWMWMW")),
        ("arabic", "ش".repeat(MAX_CHARS)),
        ("arabic-words", words("مشمولة بتمويل")),
        ("farsi", "گ".repeat(MAX_CHARS)),
        ("cyrillic", "Ж".repeat(MAX_CHARS)),
        ("cyrillic-words", words("ЩЖЮШ ЖЩЮШЖ")),
    ]
}

/// The labels of a certificate: heading, intro, modules heading, the three column heads,
/// total, annex heading.
const GERMAN: [&str; 8] = [
    "Teilnahmebescheinigung",
    "hat erfolgreich teilgenommen an",
    "Module",
    "Datum",
    "Modul",
    "Stunden",
    "Gesamt",
    "Anlage: besuchte Module",
];
const ARABIC: [&str; 8] = [
    "شهادة حضور",
    "شاركت بنجاح في سلسلة التأهيل",
    "الوحدات",
    "التاريخ",
    "الوحدة",
    "الساعات",
    "المجموع",
    "ملحق الوحدات",
];

/// A certificate with everything else as large as it gets too: logo, a long series title,
/// a name over two lines, signatory, role and issuer over three lines each.
fn crowded(lang: &str, notice: &str, modules: usize) -> Certificate {
    let rtl = matches!(lang, "ar" | "fa");
    let long = |word: &str, chars: usize| word.repeat(chars / word.chars().count());
    let [heading, intro, modules_heading, col_date, col_module, col_hours, total_label, annex_heading] =
        if rtl { ARABIC } else { GERMAN }.map(String::from);
    Certificate {
        lang: lang.into(),
        rtl,
        heading,
        participant: "Maximiliane Alexandra Konstantina von Hohenzollern-Sigmaringen-Wittelsbach".into(),
        intro,
        series_title: long("Qualifizierungsreihe Wege ", 200),
        modules_heading,
        col_date,
        col_module,
        col_hours,
        modules: (1..=modules)
            .map(|i| CertModule {
                date: format!("{i:02}.03.2027"),
                title: format!("Modul {i}: Grundlagen"),
                topics: String::new(),
                hours: "4".into(),
            })
            .collect(),
        total_label,
        total_hours: format!("{} h", modules * 4),
        issuer: long("Landesnetzwerk Wege ", 120),
        signatory_name: long("Dr. Wilhelmina Wegemann ", 120),
        signatory_role: long("Projektleitung Wege ", 120),
        funding_notice: notice.into(),
        logo: Some(Logo {
            kind: pdf::ImageKind::Png,
            data: include_bytes!("fixtures/logo.png").to_vec(),
            alt: "Logo".into(),
        }),
        annex_heading,
        annex_note: format!("{modules} / {modules}"),
        place_date: "Magdeburg, 25.11.2026".into(),
        verify_label: "Echtheit prüfen:".into(),
        verify_code: "K7P2-9XQM-4TRA".into(),
        verify_url: "https://ikoe.example/verify/K7P2-9XQM-4TRA".into(),
        ..Certificate::default()
    }
}

/// Writes `pdf` to a temporary file (or into `IKOE_PDF_OUT`) and returns its path.
fn save(pdf: &[u8], name: &str) -> std::path::PathBuf {
    let dir = std::env::var_os("IKOE_PDF_OUT")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(std::env::temp_dir);
    let path = dir.join(format!("ikoe-notice-{}-{name}.pdf", std::process::id()));
    std::fs::write(&path, pdf).unwrap();
    path
}

fn pdftotext(path: &std::path::Path, args: &[&str]) -> String {
    let out = Command::new("pdftotext")
        .args(args)
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) runs");
    assert!(
        out.status.success(),
        "pdftotext {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The text without whitespace and without the embedding marks pdftotext puts around
/// right-to-left lines.
fn squash(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '\u{202A}'..='\u{202E}'))
        .collect()
}

/// A word's box on the page, in points from the top left.
#[derive(Debug)]
struct WordBox {
    text: String,
    x0: f32,
    y0: f32,
    x1: f32,
    y1: f32,
}

fn attribute(tag: &str, name: &str) -> f32 {
    let start = tag.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
    let rest = &tag[start..];
    rest[..rest.find('"').unwrap()].parse().unwrap()
}

/// The page size and the boxes of the words on page 1.
fn word_boxes(path: &std::path::Path) -> ((f32, f32), Vec<WordBox>) {
    let html = pdftotext(path, &["-bbox", "-f", "1", "-l", "1"]);
    let page = html.split("<page ").nth(1).unwrap();
    let size = (attribute(page, "width"), attribute(page, "height"));
    let words = page
        .split("<word ")
        .skip(1)
        .map(|w| {
            let (tag, rest) = w.split_once('>').unwrap();
            WordBox {
                text: rest.split("</word>").next().unwrap().to_string(),
                x0: attribute(tag, "xMin"),
                y0: attribute(tag, "yMin"),
                x1: attribute(tag, "xMax"),
                y1: attribute(tag, "yMax"),
            }
        })
        .collect();
    (size, words)
}

/// No word leaves the page's margins and no two words overlap. pdftotext's boxes span the
/// font's ascent and descent, which for Noto Sans Arabic is about 1.5 times the line
/// pitch; so boxes of neighbouring lines overlap, and two words count as overlapping when
/// they share more than half their height (same line, or one line drawn over another).
fn assert_laid_out(path: &std::path::Path, label: &str) {
    let ((width, height), words) = word_boxes(path);
    assert!(!words.is_empty(), "{label}: words on page 1");
    for w in &words {
        assert!(
            w.x0 >= 40.0 && w.x1 <= width - 40.0 && w.y0 >= 30.0 && w.y1 <= height - 30.0,
            "{label}: {:?} outside the margins: {w:?}",
            w.text
        );
    }
    for (i, a) in words.iter().enumerate() {
        for b in &words[i + 1..] {
            let dx = a.x1.min(b.x1) - a.x0.max(b.x0);
            let dy = a.y1.min(b.y1) - a.y0.max(b.y0);
            let lower = (a.y1 - a.y0).min(b.y1 - b.y0);
            assert!(dx <= 1.0 || dy <= lower / 2.0, "{label}: {a:?} overlaps {b:?}");
        }
    }
}

#[test]
fn the_longest_notices_print_in_full_on_one_page_in_every_script() {
    for (name, notice) in worst_notices() {
        for lang in ["de", "ar", "fa", "uk"] {
            let label = format!("{name} {lang}");
            assert!(
                pdf::funding_notice_fits(&notice, lang, matches!(lang, "ar" | "fa")).unwrap(),
                "{label}: the form accepts it"
            );
            // one module: the certificate is one page
            let c = crowded(lang, &notice, 1);
            let path = save(&pdf::certificate(&c).unwrap(), &format!("{name}-{lang}"));
            let text = pdftotext(&path, &[]);
            assert_eq!(text.matches('\u{c}').count(), 1, "{label}: one page");
            assert!(
                squash(&text).contains(&squash(&notice)),
                "{label}: the whole notice in\n{text}"
            );
            assert!(squash(&text).contains("K7P2-9XQM-4TRA"), "{label}: the code");
            assert_laid_out(&path, &label);

            // eight modules: the notice and the band stay on the certificate page (the
            // list may move to the annex)
            let c = crowded(lang, &notice, 8);
            let path = save(&pdf::certificate(&c).unwrap(), &format!("{name}-{lang}-8"));
            let first = pdftotext(&path, &["-f", "1", "-l", "1"]);
            assert!(
                squash(&first).contains(&squash(&notice)),
                "{label}, 8 modules: the notice on page 1"
            );
            assert!(
                squash(&first).contains("K7P2-9XQM-4TRA"),
                "{label}, 8 modules: the code on page 1"
            );
            assert!(
                pdftotext(&path, &[]).matches('\u{c}').count() <= 2,
                "{label}, 8 modules"
            );
            assert_laid_out(&path, &format!("{label}, 8 modules"));
        }
    }
}

#[test]
fn notices_wider_than_the_page_holds_are_refused_at_save() {
    // letters far wider than any word: the Arabic ligature of the basmala, the three-em dash
    for notice in ["\u{FDFD}".repeat(MAX_CHARS), "\u{2E3B}".repeat(MAX_CHARS)] {
        for (lang, rtl) in [("de", false), ("ar", true)] {
            assert!(!pdf::funding_notice_fits(&notice, lang, rtl).unwrap(), "{lang}");
        }
    }
    // an ordinary notice fits
    let notice = "Gefördert durch das Land Sachsen-Anhalt im Rahmen des Landesprogramms.";
    assert!(pdf::funding_notice_fits(notice, "de", false).unwrap());
}
