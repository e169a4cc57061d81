//! Renders certificates and attendance lists and reads the text back with `pdf-extract`
//! (a pure Rust PDF parser and text extractor: no external programs).
//!
//! What the text checks rely on: every glyph carries a ToUnicode mapping to the characters
//! of its cluster (Arabic contextual forms map back to the base letters). pdf-extract
//! returns text in the order it is drawn, i.e. visual order, and does not reorder
//! right-to-left text; so Arabic is asserted as the logical string reversed character by
//! character (true for text without ligatures of several letters, such as the names
//! used here). Whitespace is ignored in all comparisons, because lines are wrapped and
//! pdf-extract adds spaces for gaps.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{german_attendance, in_arabic, jpeg_logo, png_logo};
use pdf::{AttendanceList, AttendanceRow, CertModule, Certificate};

fn german(participant: &str, modules: usize) -> Certificate {
    Certificate {
        intro: "hat erfolgreich teilgenommen an".into(),
        modules: (1..=modules)
            .map(|i| CertModule {
                date: format!("{:02}.03.2026", i),
                title: format!("Modultitel Nummer {i} über Diskriminierungsschutz"),
                topics: "Begriffe, Haltung, rechtlicher Rahmen, Beschwerdewege".into(),
                hours: "4,0".into(),
            })
            .collect(),
        total_hours: format!("{},0 Stunden", modules * 4),
        signatory_name: "Dr. Amina Haddad".into(),
        signatory_role: "Projektleitung".into(),
        funding_notice: "Gefördert im Rahmen des Landesprogramms Interkulturelle Öffnung.".into(),
        annex_heading: "Anlage: besuchte Module".into(),
        annex_note: format!("Die {modules} besuchten Module stehen in der Anlage."),
        ..common::german_certificate(participant)
    }
}

fn arabic(participant: &str) -> Certificate {
    let base = Certificate {
        series_title: "Interkulturelle Öffnung 2026".into(),
        modules: vec![CertModule {
            date: "03.02.2026".into(),
            title: "أسس الانفتاح بين الثقافات".into(),
            topics: "المفاهيم، الموقف".into(),
            hours: "4".into(),
        }],
        total_hours: "4".into(),
        ..german("", 0)
    };
    in_arabic(participant, base)
}

/// The text of each page, with all whitespace removed.
fn pages(pdf: &[u8]) -> Vec<String> {
    assert!(pdf.starts_with(b"%PDF-1.7"), "not a PDF 1.7 file");
    pdf_extract::extract_text_from_mem_by_pages(pdf)
        .expect("the PDF parses and its text can be extracted")
        .into_iter()
        .map(|page| squash(&page))
        .collect()
}

fn text(pdf: &[u8]) -> String {
    pages(pdf).concat()
}

fn squash(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

fn reversed(s: &str) -> String {
    squash(s).chars().rev().collect()
}

/// Whether `page` (squashed) shows `s` in logical or, for right-to-left text, visual order.
fn shows(page: &str, s: &str) -> bool {
    let s = squash(s);
    page.contains(&s) || page.contains(&reversed(&s))
}

/// PDF/A-2a and PDF/UA-1 identification in the XMP metadata (written uncompressed).
fn assert_pdfa_ua(pdf: &[u8]) {
    let raw = String::from_utf8_lossy(pdf);
    assert!(raw.contains("<pdfaid:part>2</pdfaid:part>"), "PDF/A part");
    assert!(
        raw.contains("<pdfaid:conformance>A</pdfaid:conformance>"),
        "PDF/A level"
    );
    assert!(raw.contains("<pdfuaid:part>1</pdfuaid:part>"), "PDF/UA part");
}

#[test]
fn german_certificate() {
    let c = german("Zoë Müller-Lüdenscheidt", 3);
    let pdf = pdf::certificate(&c).unwrap();
    assert_pdfa_ua(&pdf);
    let pages = pages(&pdf);
    assert_eq!(pages.len(), 1);
    let text = pages.concat();
    for expected in [
        "Zoë Müller-Lüdenscheidt",
        "Interkulturelle Öffnung der Verwaltung 2026",
        "K7P2-9XQM-4TRA",
        "Teilnahmebescheinigung",
        "https://ikoe.example/verify/K7P2-9XQM-4TRA",
        "Gesamtumfang",
        "12,0Stunden",
        "Magdeburg,25.11.2026",
    ] {
        assert!(text.contains(&squash(expected)), "missing {expected:?} in {text:?}");
    }
}

#[test]
fn arabic_certificate() {
    let c = arabic("سميرة حداد");
    let pdf = pdf::certificate(&c).unwrap();
    assert_pdfa_ua(&pdf);
    let text = text(&pdf);
    // Right-to-left text comes out in visual order: the name reversed, letter by letter.
    assert!(text.contains(&reversed("سميرة حداد")), "name in {text:?}");
    assert!(text.contains(&reversed("شهادة حضور")), "heading in {text:?}");
    // Left-to-right text inside the right-to-left document keeps its order.
    assert!(
        text.contains(&squash("Interkulturelle Öffnung 2026")),
        "series in {text:?}"
    );
    assert!(text.contains("K7P2-9XQM-4TRA"), "code in {text:?}");
}

#[test]
fn cyrillic_certificate() {
    let c = Certificate {
        lang: "uk".into(),
        ..german("Олена Коваленко", 2)
    };
    let text = text(&pdf::certificate(&c).unwrap());
    assert!(text.contains("ОленаКоваленко"), "name in {text:?}");
    assert!(text.contains(&squash("Interkulturelle Öffnung der Verwaltung 2026")));
    assert!(text.contains("K7P2-9XQM-4TRA"));
}

#[test]
fn mixed_name_in_both_directions() {
    for c in [german("Samira حداد", 2), arabic("Samira حداد")] {
        let text = text(&pdf::certificate(&c).unwrap());
        // Each run is drawn in its own direction: "Samira" left to right, the Arabic
        // surname right to left (so reversed in drawing order).
        assert!(text.contains("Samira"), "Latin part in {text:?}");
        assert!(text.contains(&reversed("حداد")), "Arabic part in {text:?}");
        assert!(text.contains("K7P2-9XQM-4TRA"));
    }
}

#[test]
fn very_long_name_stays_on_one_page() {
    let name: String = "Maximiliane Alexandra Konstantina von Hohenzollern-Sigmaringen "
        .repeat(4)
        .chars()
        .take(200)
        .collect();
    assert_eq!(name.chars().count(), 200);
    let pdf = pdf::certificate(&german(&name, 3)).unwrap();
    let pages = pages(&pdf);
    assert_eq!(pages.len(), 1, "a long name shrinks and wraps instead");
    let text = pages.concat();
    assert!(text.contains(&squash(&name)), "whole name in {text:?}");
    assert!(text.contains("K7P2-9XQM-4TRA"));
}

#[test]
fn unbroken_strings_are_broken_not_lost() {
    let name = "X".repeat(150);
    let mut c = german(&name, 1);
    c.series_title = "Y".repeat(300);
    let pdf = pdf::certificate(&c).unwrap();
    let text = text(&pdf);
    assert!(text.contains(&name));
    assert!(text.contains(&"Y".repeat(300)));
}

#[test]
fn twelve_modules() {
    let c = german("Mehmet Yılmaz", 12);
    let pdf = pdf::certificate(&c).unwrap();
    let text = text(&pdf);
    assert!(text.contains("MehmetYılmaz"));
    assert!(text.contains("K7P2-9XQM-4TRA"));
    for i in 1..=12 {
        let title = squash(&format!("Modultitel Nummer {i} über Diskriminierungsschutz"));
        assert!(text.contains(&title), "module {i} in {text:?}");
    }
    assert!(text.contains("48,0Stunden"));
}

fn page_count(pdf: &[u8]) -> usize {
    pages(pdf).len()
}

/// A certificate with `n` modules whose titles and topics are as long as real ones.
fn long_modules(mut c: Certificate, n: usize) -> Certificate {
    c.modules = (1..=n)
        .map(|i| CertModule {
            date: format!("{:02}.03.2027", i),
            title: format!("Modul {i}: Rassismuskritische Verwaltungspraxis und Beschwerdemanagement in Behörden"),
            topics: "Begriffe und Haltung, rechtlicher Rahmen (AGG, Landesrecht), Beschwerdewege, Fallarbeit in Kleingruppen, Transfer in den eigenen Arbeitsbereich".into(),
            hours: "8".into(),
        })
        .collect();
    c.total_hours = format!("{} Stunden", n * 8);
    c.annex_note = format!("Die {n} besuchten Module stehen in der Anlage.");
    c
}

#[test]
fn the_certificate_is_one_page_for_any_number_of_modules() {
    for (n, logo) in [1, 5, 8, 12, 30]
        .into_iter()
        .flat_map(|n| [None, Some(png_logo()), Some(jpeg_logo(""))].map(|l| (n, l)))
    {
        for (lang, participant) in [
            ("de", "Mehmet Yılmaz"),
            ("de", "مريم الحسيني"),
            ("ar", "Mehmet Yılmaz"),
            ("ar", "مريم الحسيني"),
        ] {
            let mut c = long_modules(german(participant, 0), n);
            if lang == "ar" {
                let a = arabic(participant);
                c = Certificate {
                    modules: c.modules,
                    total_hours: c.total_hours,
                    annex_heading: "ملحق الوحدات".into(),
                    annex_note: "الوحدات مذكورة في الملحق".into(),
                    ..a
                };
            }
            c.logo = logo.clone();
            let pdf = pdf::certificate(&c).unwrap();
            let pages = pages(&pdf);
            let first = &pages[0];
            // the certificate page holds the whole certificate: name, code, signatory
            let name = if lang == "ar" || participant.starts_with('م') {
                reversed(&squash(participant))
            } else {
                squash(participant)
            };
            assert!(
                first.contains(&name) || first.contains(&squash(participant)),
                "{n} {lang}: name on page 1"
            );
            assert!(first.contains("K7P2-9XQM-4TRA"), "{n} {lang}: code on page 1: {first}");
            assert!(shows(first, &c.funding_notice), "{n} {lang}: funding notice on page 1");
            assert!(shows(first, &c.signatory_role), "{n} {lang}: signatory role on page 1");
            assert!(shows(first, &c.signatory_name), "{n} {lang}: signatory on page 1");
            let all = pages.concat();
            for i in 1..=n {
                assert!(shows(&all, &format!("Modul{i}:")), "{n} {lang}: module {i}");
            }
            if pages.len() > 1 {
                // the list moved to a titled annex; the certificate page says so
                assert!(n > 1, "{n} {lang}: one module fits the certificate page");
                assert!(
                    n > 12 || pages.len() == 2,
                    "{n} {lang}: up to 12 modules fit one annex page"
                );
                assert!(shows(first, &c.annex_note), "{n} {lang}: the note on page 1");
                assert!(shows(&pages[1], &c.annex_heading), "{n} {lang}: annex title");
                assert!(
                    !first.contains("Modul1:"),
                    "{n} {lang}: no module on the certificate page when there is an annex"
                );
            } else {
                assert!(n <= 12, "{n} {lang}: 30 long modules cannot fit one page");
            }
            // short titles: eight modules (the trainer qualification) stay on the certificate page
            if n == 8 {
                let mut short = c.clone();
                for m in &mut short.modules {
                    m.title = "Grundlagen interkultureller Öffnung".into();
                }
                let pdf = pdf::certificate(&short).unwrap();
                assert_eq!(page_count(&pdf), 1, "{lang}: eight modules with short titles, compact");
            }
        }
    }
}

#[test]
fn empty_input_still_renders() {
    let pdf = pdf::certificate(&Certificate::default()).unwrap();
    assert_eq!(pages(&pdf).len(), 1);
    let pdf = pdf::attendance_list(&AttendanceList::default()).unwrap();
    assert_eq!(pages(&pdf).len(), 1);

    // Empty table cells and labels keep the tables regular (and pass krilla's PDF/UA checks).
    let mut c = german("Ana", 2);
    c.modules[0] = CertModule::default();
    c.modules_heading.clear();
    c.col_hours.clear();
    c.total_hours.clear();
    assert!(text(&pdf::certificate(&c).unwrap()).contains("Ana"));
    let mut list = attendance(3);
    list.rows[1].org.clear();
    list.rows[2].name.clear();
    list.col_signature.clear();
    assert!(text(&pdf::attendance_list(&list).unwrap()).contains("Teilnehmerin001"));
}

#[test]
fn characters_without_glyphs_are_replaced() {
    // CJK and emoji are not in the embedded fonts; PDF/A forbids the .notdef glyph.
    let pdf = pdf::certificate(&german("王小明 🙂 Ana", 1)).unwrap();
    let text = text(&pdf);
    assert!(text.contains("Ana"));
}

fn attendance(rows: usize) -> AttendanceList {
    let rows = (1..=rows)
        .map(|i| AttendanceRow {
            name: format!("Teilnehmerin{i:03} Nachname"),
            org: format!("Organisation {i}"),
        })
        .collect();
    german_attendance("Rathaus Halle, Raum 204", rows)
}

#[test]
fn attendance_list_paginates() {
    let list = attendance(70);
    let pdf = pdf::attendance_list(&list).unwrap();
    assert_pdfa_ua(&pdf);
    let pages = pages(&pdf);
    let count = pages.len();
    assert!(count > 1, "70 rows need more than one page");
    for (i, page) in pages.iter().enumerate() {
        // Header row and footer on every page.
        assert!(page.contains("Nr.NameOrganisationUnterschrift"), "header on page {i}");
        assert!(page.contains(&format!("Seite{}/{count}", i + 1)), "page number on {i}");
    }
    let text = pages.concat();
    for row in &list.rows {
        assert!(text.contains(&squash(&row.name)), "{} in the list", row.name);
    }
    assert!(text.contains(&squash("Modul 2: Diskriminierungssensible Kommunikation")));
}

#[test]
fn attendance_list_right_to_left() {
    let mut list = attendance(30);
    list.lang = "ar".into();
    list.rtl = true;
    list.heading = "قائمة الحضور".into();
    list.rows[0].name = "سميرة حداد".into();
    list.rows[1].name = "Олена Коваленко".into();
    let pdf = pdf::attendance_list(&list).unwrap();
    let text = text(&pdf);
    assert!(text.contains(&reversed("سميرة حداد")));
    assert!(text.contains("ОленаКоваленко"));
    assert!(text.contains(&reversed("قائمة الحضور")));
}

#[test]
fn output_is_deterministic_and_dated() {
    let c = german("Zoë Müller-Lüdenscheidt", 2);
    let first = pdf::certificate(&c).unwrap();
    assert_eq!(first, pdf::certificate(&c).unwrap(), "same input, same bytes");
    let raw = String::from_utf8_lossy(&first);
    assert!(raw.contains("D:20261125090000"), "creation date from created_at");
}

#[test]
fn a_certificate_with_a_logo_is_valid_and_one_page() {
    for logo in [png_logo(), jpeg_logo("")] {
        for c in [german("Mehmet Yılmaz", 8), arabic("مريم الحسيني")] {
            let c = Certificate {
                logo: Some(logo.clone()),
                ..c
            };
            // krilla's PDF/A-2a and PDF/UA-1 validators run when the document is written
            let pdf = pdf::certificate(&c).unwrap();
            assert_pdfa_ua(&pdf);
            assert_eq!(page_count(&pdf), 1, "{}: one page with the logo", c.lang);
            let raw = String::from_utf8_lossy(&pdf);
            assert!(
                raw.contains("/Subtype /Image") || raw.contains("/Subtype/Image"),
                "the logo is embedded"
            );
            let text = text(&pdf);
            assert!(text.contains(&squash("Dr. Amina Haddad")), "signatory");
            assert!(text.contains(&squash("Projektleitung")), "role");
            assert!(text.contains(&squash(&c.funding_notice)), "notice");
        }
    }
}

#[test]
fn logos_are_checked_by_content() {
    let png = pdf::check_logo(include_bytes!("fixtures/logo.png")).unwrap();
    assert_eq!((png.kind, png.width, png.height), (pdf::ImageKind::Png, 480, 160));
    let jpeg = pdf::check_logo(include_bytes!("fixtures/logo.jpg")).unwrap();
    assert_eq!((jpeg.kind, jpeg.width, jpeg.height), (pdf::ImageKind::Jpeg, 300, 300));
    // a text file named .png, a PDF, a truncated PNG and a PNG header on garbage are refused
    assert_eq!(
        pdf::check_logo(include_bytes!("fixtures/not-a-logo.png")),
        Err(pdf::LogoError::NotAnImage)
    );
    assert_eq!(pdf::check_logo(b"%PDF-1.7 ..."), Err(pdf::LogoError::NotAnImage));
    let full = include_bytes!("fixtures/logo.png");
    assert_eq!(
        pdf::check_logo(&full[..full.len() / 2]),
        Err(pdf::LogoError::NotAnImage)
    );
    let jpeg = include_bytes!("fixtures/logo.jpg");
    assert_eq!(pdf::check_logo(&jpeg[..200]), Err(pdf::LogoError::NotAnImage));
    let mut fake = b"\x89PNG\r\n\x1a\n".to_vec();
    fake.extend_from_slice(&[0u8; 64]);
    assert_eq!(pdf::check_logo(&fake), Err(pdf::LogoError::NotAnImage));
    // a PNG header claiming 100000 × 1 pixels
    let mut huge = full.to_vec();
    huge[16..20].copy_from_slice(&100_000u32.to_be_bytes());
    assert!(pdf::check_logo(&huge).is_err());
    // a 100000 × 100000 PNG of a few bytes with a valid header checksum: refused by its
    // header, before a decoder tries to allocate 30 GB (which aborted the process)
    let bomb = png_claiming(100_000, 100_000);
    assert!(bomb.len() < 100);
    assert_eq!(
        pdf::check_logo(&bomb),
        Err(pdf::LogoError::Dimensions(100_000, 100_000))
    );
}

/// A PNG signature and an IHDR chunk (with its CRC) claiming `w` × `h` RGBA pixels, then IEND.
fn png_claiming(w: u32, h: u32) -> Vec<u8> {
    fn crc32(bytes: &[u8]) -> u32 {
        let mut crc = 0xFFFF_FFFFu32;
        for b in bytes {
            crc ^= u32::from(*b);
            for _ in 0..8 {
                crc = if crc & 1 == 1 {
                    (crc >> 1) ^ 0xEDB8_8320
                } else {
                    crc >> 1
                };
            }
        }
        !crc
    }
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    for (kind, body) in [
        (
            &b"IHDR"[..],
            [&w.to_be_bytes()[..], &h.to_be_bytes()[..], &[8, 6, 0, 0, 0][..]].concat(),
        ),
        (&b"IEND"[..], vec![]),
    ] {
        out.extend_from_slice(&u32::try_from(body.len()).unwrap_or(0).to_be_bytes());
        let chunk = [kind, &body[..]].concat();
        out.extend_from_slice(&chunk);
        out.extend_from_slice(&crc32(&chunk).to_be_bytes());
    }
    out
}
