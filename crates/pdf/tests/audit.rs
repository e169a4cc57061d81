//! Renders self-assessment reports and diversity-walk reports and reads their text back
//! with `pdf-extract` (see `render.rs` for what the text checks rely on: whitespace is
//! ignored, right-to-left text comes out in visual order). The validators of PDF/A-2a and
//! PDF/UA-1 run when a document is written: every document rendered here passed them.
//!
//! With `IKOE_SAMPLE_DIR` set, the documents are also written there to look at them
//! (`pdftoppm -r 50 -png DIR/audit-de.pdf /tmp/audit-de`).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use pdf::{
    AuditReport, Light, ReportDimension, ReportIndicator, Severity, WalkFinding, WalkRecommendation, WalkReport,
    WalkStation,
};

const WIDE: &[u8] = include_bytes!("fixtures/photo-wide.jpg");
const TALL: &[u8] = include_bytes!("fixtures/photo-tall.jpg");
const SQUARE: &[u8] = include_bytes!("fixtures/logo.jpg");

/// A word of 40 characters.
const LONG_WORD: &str = "Verwaltungsmodernisierungsbeauftragtinnen";

fn squash(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

fn reversed(s: &str) -> String {
    squash(s).chars().rev().collect()
}

/// Whether `text` (squashed) shows `s` in logical or, for right-to-left text, visual order.
fn shows(text: &str, s: &str) -> bool {
    let s = squash(s);
    text.contains(&s) || text.contains(&reversed(&s))
}

fn pages(pdf: &[u8]) -> Vec<String> {
    assert!(pdf.starts_with(b"%PDF-1.7"), "not a PDF 1.7 file");
    let raw = String::from_utf8_lossy(pdf);
    assert!(raw.contains("<pdfaid:part>2</pdfaid:part>"), "PDF/A part");
    assert!(raw.contains("<pdfuaid:part>1</pdfuaid:part>"), "PDF/UA part");
    pdf_extract::extract_text_from_mem_by_pages(pdf)
        .expect("the PDF parses and its text can be extracted")
        .iter()
        .map(|p| squash(p))
        .collect()
}

fn sample(pdf: &[u8], name: &str) {
    if let Ok(dir) = std::env::var("IKOE_SAMPLE_DIR") {
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(format!("{dir}/{name}.pdf"), pdf).unwrap();
    }
}

/// The structure elements of the tag tree: their type (H1, Table, Figure, …) and
/// alternative text.
fn structure(pdf: &[u8]) -> Vec<(String, String)> {
    let doc = pdf_extract::Document::load_mem(pdf).unwrap();
    let text = |o: &pdf_extract::Object| match o.as_str() {
        Ok([0xFE, 0xFF, rest @ ..]) => {
            let units: Vec<u16> = rest.chunks_exact(2).map(|c| u16::from_be_bytes([c[0], c[1]])).collect();
            String::from_utf16_lossy(&units)
        }
        Ok(bytes) => String::from_utf8_lossy(bytes).into_owned(),
        Err(_) => String::new(),
    };
    doc.objects
        .values()
        .filter_map(|o| o.as_dict().ok())
        .filter(|d| d.has(b"P"))
        .filter_map(|d| {
            let kind = String::from_utf8_lossy(d.get(b"S").ok()?.as_name().ok()?).into_owned();
            let alt = d.get(b"Alt").map(text).unwrap_or_default();
            Some((kind, alt))
        })
        .collect()
}

/// How many structure elements of this type the tag tree has.
fn count(pdf: &[u8], kind: &str) -> usize {
    structure(pdf).iter().filter(|(k, _)| k == kind).count()
}

fn indicator(statement: &str, light: Light, counts: [u32; 6]) -> ReportIndicator {
    let (median, label) = match light {
        Light::Red => ("0,5", "kaum"),
        Light::Yellow => ("1,5", "teilweise"),
        Light::Green => ("2,5", "weitgehend"),
        Light::None => ("–", "zu wenige Antworten"),
    };
    ReportIndicator {
        statement: statement.into(),
        median: median.into(),
        light,
        light_label: label.into(),
        counts,
    }
}

const DIMENSIONS: [&str; 5] = [
    "Zugang und Information",
    "Personal und Qualifizierung",
    "Kommunikation mit Bürgerinnen und Bürgern",
    "Steuerung und Strategie",
    "Zusammenarbeit mit Migrantenorganisationen",
];

fn dimension(i: usize, title: &str, comments: Vec<String>) -> ReportDimension {
    let lights = [Light::Yellow, Light::Red, Light::Green, Light::Yellow, Light::None];
    ReportDimension {
        title: title.into(),
        median: ["1,5", "0,5", "2,5", "2,0", "–"][i % 5].into(),
        light: lights[i % 5],
        light_label: ["teilweise", "kaum", "weitgehend", "teilweise", "nicht bewertet"][i % 5].into(),
        self_view: "1,8".into(),
        outside_view: if i % 5 == 4 { "–".into() } else { "1,2".into() },
        gap: if i % 5 == 4 { "–".into() } else { "0,6".into() },
        trend: vec!["1,0".into(), "1,2".into(), ["1,5", "0,5", "2,5", "2,0", "–"][i % 5].into()],
        indicators: vec![
            indicator(
                "Informationen über unsere Leistungen liegen in den häufigsten Herkunftssprachen vor.",
                Light::Yellow,
                [3, 8, 11, 4, 2, 1],
            ),
            indicator(
                "Beschäftigte können bei Bedarf kurzfristig Dolmetschende hinzuziehen, auch telefonisch oder per Video, ohne dafür eine Genehmigung der Vorgesetzten einholen zu müssen.",
                Light::Red,
                [12, 9, 4, 1, 3, 0],
            ),
            indicator(
                "Unsere Formulare sind in einfacher Sprache verfasst.",
                Light::Green,
                [0, 2, 10, 15, 1, 4],
            ),
            indicator("Es gibt eine Beschwerdestelle für Diskriminierung.", Light::None, [0, 1, 0, 0, 1, 0]),
        ],
        comments,
    }
}

fn german_report(dimensions: usize, comments: impl Fn(usize) -> Vec<String>) -> AuditReport {
    AuditReport {
        lang: "de".into(),
        rtl: false,
        administration: "Stadtverwaltung Elbauen · Fachbereich Bürgerdienste".into(),
        heading: "Offenheits-Selbstbewertung 2026".into(),
        subtitle: "Welle 3 · 1. März – 30. April 2026 · Indikatorenset IKÖ-Offenheitscheck, Version 2".into(),
        summary: vec![
            "142 Beschäftigte und 38 Bürgerinnen und Bürger haben geantwortet (Rücklauf 61 %).".into(),
            "Gezeigt werden die Gruppen Leitung, Sachbearbeitung und Bürgerschaft; die Gruppe Auszubildende liegt mit 4 Antworten unter der Mindestzahl von 5 und ist nur im Gesamtergebnis enthalten.".into(),
        ],
        overview_heading: "Übersicht nach Dimensionen".into(),
        col_dimension: "Dimension".into(),
        col_median: "Median".into(),
        col_light: "Ampel".into(),
        col_self: "Selbstbild".into(),
        col_outside: "Außensicht".into(),
        col_gap: "Differenz".into(),
        dimensions: (0..dimensions)
            .map(|i| {
                let title = if i < DIMENSIONS.len() {
                    DIMENSIONS[i].to_string()
                } else {
                    format!("Dimension {} {}", i + 1, DIMENSIONS[i % DIMENSIONS.len()])
                };
                dimension(i, &title, comments(i))
            })
            .collect(),
        trend_heading: "Entwicklung über die Wellen".into(),
        trend_waves: vec!["Welle 1 (2024)".into(), "Welle 2 (2025)".into(), "Welle 3 (2026)".into()],
        trend_note: "Verglichen auf den 27 gemeinsamen Indikatoren.".into(),
        weakest_heading: "Die schwächsten Indikatoren".into(),
        weakest: vec![
            "Beschäftigte können bei Bedarf kurzfristig Dolmetschende hinzuziehen – Median 0,5".into(),
            "Die Leitung spricht Vielfalt in Dienstbesprechungen an – Median 0,5".into(),
            "Stellenausschreibungen ermutigen ausdrücklich Menschen mit Migrationsgeschichte – Median 1,0".into(),
        ],
        comments_heading: "Anmerkungen".into(),
        levels: [
            "gar nicht".into(),
            "ansatzweise".into(),
            "weitgehend".into(),
            "vollständig".into(),
        ],
        dont_know: "weiß nicht".into(),
        not_applicable: "nicht zutreffend".into(),
        page_label: "Seite".into(),
        created_at: 1_780_000_000,
    }
}

fn some_comments(_: usize) -> Vec<String> {
    vec![
        "Die Wartezeiten im Bürgerbüro sind für Menschen ohne Deutschkenntnisse besonders belastend.".into(),
        "Mehr Schulungen wären gut.\nAm besten auch für die Leitung, nicht nur für die Sachbearbeitung. Schlusswort"
            .into(),
        "Übersetzung ins Arabische: سميرة حداد hat uns sehr geholfen.".into(),
    ]
}

fn arabic_report(base: AuditReport) -> AuditReport {
    AuditReport {
        lang: "ar".into(),
        rtl: true,
        administration: "إدارة مدينة إلباوِن".into(),
        heading: "تقرير التقييم الذاتي 2026".into(),
        subtitle: "الموجة 3 · من 1 مارس إلى 30 أبريل 2026".into(),
        summary: vec!["أجاب 142 موظفا و38 مواطنا.".into()],
        overview_heading: "نظرة عامة حسب الأبعاد".into(),
        col_dimension: "البعد".into(),
        col_median: "الوسيط".into(),
        col_light: "الإشارة".into(),
        col_self: "التقييم الذاتي".into(),
        col_outside: "التقييم الخارجي".into(),
        col_gap: "الفرق".into(),
        dimensions: base
            .dimensions
            .into_iter()
            .enumerate()
            .map(|(i, d)| ReportDimension {
                title: ["الوصول والمعلومات", "الموظفون والتأهيل", "التواصل مع المواطنين"][i % 3].into(),
                light_label: ["جزئيا", "قليل", "إلى حد كبير"][i % 3].into(),
                indicators: d
                    .indicators
                    .into_iter()
                    .map(|x| ReportIndicator {
                        statement: "تتوفر المعلومات عن خدماتنا بلغات المنشأ الأكثر شيوعا (PDF, Website).".into(),
                        light_label: "جزئيا".into(),
                        ..x
                    })
                    .collect(),
                comments: vec![
                    "أوقات الانتظار طويلة جدا في مكتب المواطنين.".into(),
                    "Die Formulare gibt es nur auf Deutsch.".into(),
                    format!("تعليق مختلط mit deutschem Text و{LONG_WORD} في المنتصف."),
                ],
                ..d
            })
            .collect(),
        trend_heading: "التطور عبر الموجات".into(),
        trend_waves: vec!["الموجة 1".into(), "الموجة 2".into(), "الموجة 3".into()],
        trend_note: "المقارنة على أساس 27 مؤشرا مشتركا.".into(),
        weakest_heading: "أضعف المؤشرات".into(),
        weakest: vec!["يمكن للموظفين الاستعانة بمترجمين – الوسيط 0,5".into()],
        comments_heading: "تعليقات".into(),
        levels: ["إطلاقا".into(), "بداية".into(), "إلى حد كبير".into(), "كليا".into()],
        dont_know: "أعرف".into(),
        not_applicable: "غير منطبق".into(),
        page_label: "صفحة".into(),
        ..base
    }
}

#[test]
fn a_german_report_shows_every_dimension_and_comment() {
    let r = german_report(5, some_comments);
    let pdf = pdf::audit_report(&r).unwrap();
    sample(&pdf, "audit-de");
    let pages = pages(&pdf);
    let text = pages.concat();
    for s in [
        "Stadtverwaltung Elbauen",
        "Offenheits-Selbstbewertung 2026",
        "Übersicht nach Dimensionen",
        "Entwicklung über die Wellen",
        "Welle 2 (2025)",
        "Verglichen auf den 27 gemeinsamen Indikatoren.",
        "Die schwächsten Indikatoren",
        "Stellenausschreibungen ermutigen ausdrücklich Menschen mit Migrationsgeschichte – Median 1,0",
        "ohne dafür eine Genehmigung der Vorgesetzten einholen zu müssen.",
        "0: 12 · 1: 9 · 2: 4 · 3: 1 · weiß nicht: 3 · nicht zutreffend: 0",
        "teilweise · Median 1,5",
        "3 = vollständig",
        "Schlusswort",
    ] {
        assert!(text.contains(&squash(s)), "{s:?} not in {text}");
    }
    for d in DIMENSIONS {
        // in the overview, in the trend table and as a section heading
        assert!(text.matches(&squash(d)).count() >= 3, "{d}");
    }
    assert!(shows(&text, "سميرة حداد"), "the Arabic name in a German comment");
    let n = pages.len();
    assert!(pages[0].contains(&format!("Seite1/{n}")), "{}", pages[0]);
    assert!(pages[n - 1].contains(&format!("Seite{n}/{n}")));
    // the structure: headings and tables are tagged
    assert_eq!(count(&pdf, "H1"), 1);
    assert_eq!(count(&pdf, "H2"), 3 + 5);
    assert_eq!(count(&pdf, "H3"), 5);
    assert_eq!(count(&pdf, "Table"), 2);
    assert_eq!(count(&pdf, "TR"), 2 * (1 + 5));
    assert_eq!(count(&pdf, "L"), 1);
}

#[test]
fn an_arabic_report_renders_right_to_left() {
    let r = arabic_report(german_report(3, some_comments));
    let pdf = pdf::audit_report(&r).unwrap();
    sample(&pdf, "audit-ar");
    let text = pages(&pdf).concat();
    for s in [
        "تقرير التقييم الذاتي",
        "الموظفون والتأهيل",
        "التواصل مع المواطنين",
        "الوسيط",
        "تعليقات",
    ] {
        assert!(shows(&text, s), "{s} not in {text}");
    }
    // Latin text inside keeps its order, and so does a long word in a mixed line
    assert!(text.contains(&squash("Die Formulare gibt es nur auf Deutsch.")));
    assert!(text.contains(LONG_WORD));
}

#[test]
fn three_hundred_long_comments_print_in_full_over_many_pages() {
    let short = pdf::audit_report(&german_report(1, some_comments)).unwrap();
    let short_pages = pages(&short).len();
    let comment = |n: usize| {
        format!(
            "Anmerkung {n}: Die Terminvergabe online ist für viele Menschen eine Hürde, weil das Formular \
             nur auf Deutsch vorliegt und die Bestätigung per E-Mail kommt. {LONG_WORD} und \
             {LONG_WORD}{LONG_WORD} stehen hier als sehr lange Wörter. Dazu kommt: Wer keinen \
             Drucker hat, kann die Bestätigung nicht vorlegen. سميرة حداد hat das mehrfach erlebt. \
             Ende{n}"
        )
    };
    // and one comment longer than two pages, in paragraphs
    let huge = (1..=400)
        .map(|n| {
            format!(
                "Satz {n} der langen Anmerkung mit einigen Wörtern mehr.{}",
                if n % 40 == 0 { "\n" } else { " " }
            )
        })
        .collect::<String>()
        + "Allerletztes";
    let r = german_report(1, |_| (1..=300).map(comment).chain([huge.clone()]).collect());
    let pdf = pdf::audit_report(&r).unwrap();
    sample(&pdf, "audit-long");
    let pages = pages(&pdf);
    assert!(pages.len() > short_pages + 20, "{} pages", pages.len());
    let text = pages.concat();
    for n in 1..=300 {
        assert!(text.contains(&format!("Ende{n}")), "comment {n} is cut off");
        assert!(text.contains(&format!("Anmerkung{n}:")), "comment {n} is missing");
    }
    assert!(text.contains("Satz400derlangenAnmerkungmiteinigenWörternmehr.Allerletztes"));
    // a 40-character word twice in a row is broken between characters, never lost
    assert!(text.contains(&format!("{LONG_WORD}{LONG_WORD}")) || text.matches(LONG_WORD).count() >= 600);
    let n = pages.len();
    for (i, page) in pages.iter().enumerate() {
        assert!(page.contains(&format!("Seite{}/{n}", i + 1)), "page {}", i + 1);
    }
}

#[test]
fn a_long_overview_repeats_its_header_and_pages_grow() {
    let one = pdf::audit_report(&german_report(2, some_comments)).unwrap();
    let many = german_report(40, |_| Vec::new());
    let pdf = pdf::audit_report(&many).unwrap();
    sample(&pdf, "audit-many");
    let pages = pages(&pdf);
    assert!(pages.len() > self::pages(&one).len());
    // the overview continues on page 2, under its header row again
    assert!(
        pages[1].contains("DimensionMedianAmpelSelbstbildAußensichtDifferenz"),
        "{}",
        pages[1]
    );
    let text = pages.concat();
    for i in 6..=40 {
        assert!(text.contains(&format!("Dimension{i}")), "dimension {i}");
    }
    // a statement far longer than a page prints in full
    let mut r = german_report(1, |_| Vec::new());
    let huge = (1..=500).map(|n| format!("Satz{n}")).collect::<Vec<_>>().join(" ");
    r.dimensions[0].indicators[0].statement = huge.clone();
    r.dimensions[0].title = huge.clone();
    let pdf = pdf::audit_report(&r).unwrap();
    sample(&pdf, "audit-huge");
    let text = self::pages(&pdf).concat();
    assert!(
        text.matches("Satz500").count() >= 4,
        "title in the tables and the heading, and the statement"
    );
}

#[test]
fn an_empty_report_still_renders() {
    assert_eq!(pages(&pdf::audit_report(&AuditReport::default()).unwrap()).len(), 1);
    assert_eq!(pages(&pdf::walk_report(&WalkReport::default()).unwrap()).len(), 1);
}

fn finding(severity: Severity, text: &str, photo: Option<&[u8]>, alt: &str) -> WalkFinding {
    WalkFinding {
        severity,
        severity_label: match severity {
            Severity::High => "hoch",
            Severity::Medium => "mittel",
            Severity::Low => "gering",
        }
        .into(),
        text: text.into(),
        perspective: "Rollstuhl".into(),
        kind: "baulich".into(),
        alternative: "Klingel am Seiteneingang, Personal kommt heraus".into(),
        status_label: String::new(),
        photo: photo.map(<[u8]>::to_vec),
        photo_alt: alt.into(),
    }
}

const STATIONS: [&str; 3] = [
    "Haupteingang Rathaus",
    "Bürgerbüro, Wartebereich",
    "Online-Terminvergabe",
];

fn german_walk(stations: usize, per_station: usize) -> WalkReport {
    WalkReport {
        lang: "de".into(),
        rtl: false,
        administration: "Stadtverwaltung Elbauen".into(),
        heading: "Vielfaltsparcours Rathaus".into(),
        subtitle: "Vielfaltsparcours am 12. Mai 2026 · Leitung: Amal Haddou".into(),
        summary: vec![
            "Zwölf Auszubildende haben in drei Rollen den Weg durch das Rathaus erprobt.".into(),
            "Gefunden wurden 14 Barrieren, davon 5 mit hoher Dringlichkeit.".into(),
        ],
        stations: (0..stations)
            .map(|s| WalkStation {
                title: if s < STATIONS.len() {
                    STATIONS[s].into()
                } else {
                    format!("Station {} {}", s + 1, STATIONS[s % STATIONS.len()])
                },
                findings: (0..per_station)
                    .map(|i| {
                        let (severity, photo) = match i % 5 {
                            0 => (Severity::High, Some(WIDE)),
                            1 => (Severity::High, Some(TALL)),
                            2 => (Severity::Medium, None),
                            3 => (Severity::Medium, Some(SQUARE)),
                            _ => (Severity::Low, Some(&b"kein Bild"[..])),
                        };
                        let mut f = finding(
                            severity,
                            &format!(
                                "Befund {s}-{i}: Die Eingangstür ist schwer und öffnet nicht automatisch; \
                                 vor der Tür liegen zwei Stufen ohne Rampe."
                            ),
                            photo,
                            &format!("Eingangstür mit zwei Stufen, Station {s}, Befund {i}"),
                        );
                        if i == 1 {
                            f.status_label = "weiterhin offen".into();
                        }
                        f
                    })
                    .collect(),
            })
            .collect(),
        recommendations_heading: "Empfehlungen".into(),
        recommendations: vec![
            WalkRecommendation {
                title: "Automatische Tür am Haupteingang".into(),
                text: "Den Haupteingang mit einem Taster und einem automatischen Türöffner ausstatten; bis dahin die Klingel am Seiteneingang ausschildern.".into(),
                station: "Haupteingang Rathaus".into(),
            },
            WalkRecommendation {
                title: "Wartenummern auch ansagen".into(),
                text: "Aufrufe im Wartebereich zusätzlich ansagen und in großer Schrift anzeigen.".into(),
                station: String::new(),
            },
        ],
        label_perspective: "Perspektive".into(),
        label_kind: "Art der Barriere".into(),
        label_alternative: "Alternative".into(),
        label_photo: "Foto".into(),
        page_label: "Seite".into(),
        created_at: 1_780_000_000,
    }
}

fn arabic_walk(base: WalkReport) -> WalkReport {
    WalkReport {
        lang: "ar".into(),
        rtl: true,
        administration: "إدارة مدينة إلباوِن".into(),
        heading: "مسار التنوع في مبنى البلدية".into(),
        subtitle: "مسار التنوع في 12 مايو 2026".into(),
        summary: vec!["جرب اثنا عشر متدربا الطريق عبر مبنى البلدية.".into()],
        stations: base
            .stations
            .into_iter()
            .enumerate()
            .map(|(i, s)| WalkStation {
                title: ["المدخل الرئيسي", "مكتب المواطنين", "حجز المواعيد عبر الإنترنت (Online)"][i % 3].into(),
                findings: s
                    .findings
                    .into_iter()
                    .map(|f| WalkFinding {
                        severity_label: "عالية".into(),
                        text: "الباب الرئيسي ثقيل ولا يفتح تلقائيا؛ أمام الباب درجتان بدون منحدر.".into(),
                        perspective: "كرسي متحرك".into(),
                        kind: "بنائية".into(),
                        alternative: "جرس عند المدخل الجانبي".into(),
                        photo_alt: "باب المدخل مع درجتين".into(),
                        ..f
                    })
                    .collect(),
            })
            .collect(),
        recommendations_heading: "التوصيات".into(),
        recommendations: vec![WalkRecommendation {
            title: "باب أوتوماتيكي عند المدخل الرئيسي".into(),
            text: "تركيب زر وفتاحة أبواب أوتوماتيكية.".into(),
            station: "المدخل الرئيسي".into(),
        }],
        label_perspective: "المنظور".into(),
        label_kind: "نوع العائق".into(),
        label_alternative: "البديل".into(),
        label_photo: "صورة".into(),
        page_label: "صفحة".into(),
        ..base
    }
}

#[test]
fn a_german_walk_report_shows_stations_findings_and_photos() {
    let r = german_walk(3, 5);
    let pdf = pdf::walk_report(&r).unwrap();
    sample(&pdf, "walk-de");
    let pages = pages(&pdf);
    let text = pages.concat();
    for s in [
        "Vielfaltsparcours Rathaus",
        "Vielfaltsparcours am 12. Mai 2026 · Leitung: Amal Haddou",
        "hoch · weiterhin offen",
        "Befund 2-4: Die Eingangstür ist schwer",
        "Art der Barriere",
        "Klingel am Seiteneingang, Personal kommt heraus",
        "Empfehlungen",
        "Automatische Tür am Haupteingang",
        "Wartenummern auch ansagen",
    ] {
        assert!(text.contains(&squash(s)), "{s:?} not in {text}");
    }
    for s in STATIONS {
        assert!(text.contains(&squash(s)), "{s}");
    }
    // the photos are figures with their alternative text; the one that is no JPEG is
    // left out with its alternative text printed instead
    let figures: Vec<String> = structure(&pdf)
        .into_iter()
        .filter(|(k, _)| k == "Figure")
        .map(|(_, alt)| alt)
        .collect();
    assert_eq!(figures.len(), 3 * 3);
    assert!(
        figures.contains(&"Foto: Eingangstür mit zwei Stufen, Station 1, Befund 3".to_string()),
        "{figures:?}"
    );
    assert!(text.contains(&squash("Foto: Eingangstür mit zwei Stufen, Station 0, Befund 4")));
    assert!(
        !text.contains(&squash("Station 0, Befund 0")),
        "the alt text of a photo is not printed"
    );
    let n = pages.len();
    assert!(pages[n - 1].contains(&format!("Seite{n}/{n}")));
}

#[test]
fn an_arabic_walk_report_renders_right_to_left() {
    let r = arabic_walk(german_walk(3, 3));
    let pdf = pdf::walk_report(&r).unwrap();
    sample(&pdf, "walk-ar");
    let text = pages(&pdf).concat();
    for s in [
        "مسار التنوع في مبنى البلدية",
        "المدخل الرئيسي",
        "مكتب المواطنين",
        "كرسي متحرك",
    ] {
        assert!(shows(&text, s), "{s} not in {text}");
    }
    assert!(text.contains("Online"));
    assert_eq!(count(&pdf, "Figure"), 3 * 2);
}

#[test]
fn forty_stations_with_five_findings_and_photos_each() {
    let small = pages(&pdf::walk_report(&german_walk(2, 2)).unwrap()).len();
    let r = german_walk(40, 5);
    let pdf = pdf::walk_report(&r).unwrap();
    sample(&pdf, "walk-long");
    let pages = pages(&pdf);
    assert!(pages.len() > small + 30, "{} pages", pages.len());
    let text = pages.concat();
    for s in 0..40 {
        assert!(text.contains(&format!("Befund{s}-4:")), "station {s}");
    }
    assert!(text.contains("Station40"));
    assert_eq!(count(&pdf, "Figure"), 40 * 3);
}
