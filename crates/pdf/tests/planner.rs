//! Renders annual planners and reads their text back with `pdf-extract` (see
//! `render.rs` for what the text checks rely on: whitespace is ignored, right-to-left
//! text comes out in visual order).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use pdf::{Planner, PlannerMeasure, PlannerMonth, PlannerStatus};

const MONTHS: [&str; 12] = [
    "März 2027",
    "April 2027",
    "Mai 2027",
    "Juni 2027",
    "Juli 2027",
    "August 2027",
    "September 2027",
    "Oktober 2027",
    "November 2027",
    "Dezember 2027",
    "Januar 2028",
    "Februar 2028",
];

fn planner(per_month: impl Fn(usize) -> Vec<PlannerMeasure>) -> Planner {
    Planner {
        lang: "de".into(),
        rtl: false,
        administration: "Migrationsagentur Landkreis Elbauen".into(),
        heading: "Willkommen in Elbauen – gemeinsam für alle".into(),
        subtitle: "Jahresplaner März 2027 – Februar 2028".into(),
        months: MONTHS
            .iter()
            .enumerate()
            .map(|(i, name)| PlannerMonth {
                name: (*name).into(),
                measures: per_month(i),
            })
            .collect(),
        empty: "Keine Maßnahmen".into(),
        continued: "Fortsetzung".into(),
        continues: "Weiter auf der nächsten Seite".into(),
        page_label: "Seite".into(),
        created_at: 1_800_000_000,
    }
}

fn measure(title: &str, status: PlannerStatus) -> PlannerMeasure {
    PlannerMeasure {
        title: title.into(),
        detail: "Amal Haddou · Leitsatz 2 · offen".into(),
        status,
    }
}

fn squash(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

fn pages(pdf: &[u8]) -> Vec<String> {
    assert!(pdf.starts_with(b"%PDF-1.7"), "not a PDF 1.7 file");
    pdf_extract::extract_text_from_mem_by_pages(pdf)
        .expect("the PDF parses and its text can be extracted")
        .iter()
        .map(|p| squash(p))
        .collect()
}

/// The size of the first page, from its MediaBox.
fn media_box(pdf: &[u8]) -> (f32, f32) {
    let raw = String::from_utf8_lossy(pdf);
    let at = raw.find("/MediaBox").expect("a MediaBox");
    let inner = &raw[at..];
    let (open, close) = (inner.find('[').unwrap(), inner.find(']').unwrap());
    let n: Vec<f32> = inner[open + 1..close]
        .split_whitespace()
        .map(|x| x.parse().unwrap())
        .collect();
    (n[2] - n[0], n[3] - n[1])
}

fn sample(pdf: &[u8], name: &str) {
    if let Ok(dir) = std::env::var("IKOE_SAMPLE_DIR") {
        std::fs::write(format!("{dir}/{name}.pdf"), pdf).unwrap();
    }
}

#[test]
fn a_year_on_one_a3_landscape_page() {
    let p = planner(|i| match i {
        0 => vec![
            measure("Willkommensmappe in fünf Sprachen", PlannerStatus::Done),
            measure("Wartebereich neu gestalten", PlannerStatus::Progress),
        ],
        5 => vec![measure("Sprechstunde ohne Termin", PlannerStatus::Open)],
        _ => vec![],
    });
    let pdf = pdf::planner(&p).unwrap();
    sample(&pdf, "planner-de");
    let (w, h) = media_box(&pdf);
    assert!(
        (w - 1190.55).abs() < 1.0 && (h - 841.89).abs() < 1.0,
        "A3 landscape: {w} × {h}"
    );
    let pages = pages(&pdf);
    assert_eq!(pages.len(), 1);
    let text = &pages[0];
    for s in [
        "Migrationsagentur Landkreis Elbauen",
        "Willkommen in Elbauen – gemeinsam für alle",
        "Willkommensmappe in fünf Sprachen",
        "Sprechstunde ohne Termin",
        "Amal Haddou · Leitsatz 2 · offen",
        "Februar 2028",
        "Keine Maßnahmen",
    ] {
        assert!(text.contains(&squash(s)), "{s:?} not in {text}");
    }
    // the months in their order
    let march = text.find("März2027").unwrap();
    let june = text.find("Juni2027").unwrap();
    assert!(march < june);
}

#[test]
fn long_titles_wrap_and_busy_months_continue_never_cut_off() {
    let long = "Eine sehr lange Maßnahme über die diskriminierungssensible Überarbeitung sämtlicher \
                Formulare, Bescheide und Merkblätter der Ausländerbehörde in leichter Sprache \
                und in den fünf häufigsten Herkunftssprachen der Kundinnen und Kunden";
    let unbroken = "Donaudampfschifffahrtsgesellschaftskapitänskajütenreinigungsplan".repeat(2);
    let p = planner(|i| match i {
        2 => (1..=30)
            .map(|n| measure(&format!("Maßnahme {n}: {long}"), PlannerStatus::Open))
            .collect(),
        3 => vec![measure(&unbroken, PlannerStatus::Progress)],
        _ => vec![measure(long, PlannerStatus::Done)],
    });
    let pdf = pdf::planner(&p).unwrap();
    sample(&pdf, "planner-long");
    let pages = pages(&pdf);
    assert!(pages.len() > 1, "thirty long measures do not fit one cell");
    let all = pages.concat();
    for n in 1..=30 {
        let want = squash(&format!("Maßnahme {n}: {long}"));
        assert!(all.contains(&want), "measure {n} is cut off or missing");
    }
    assert!(all.contains(&squash(&unbroken)));
    assert!(pages[0].contains("WeiteraufdernächstenSeite"));
    assert!(pages[1].contains("Mai2027–Fortsetzung"), "{}", pages[1]);
    assert!(pages[1].contains("Seite2/"));
}

#[test]
fn right_to_left_planners_render() {
    for (lang, title, owner) in [
        ("ar", "ترجمة المنشورات إلى العربية", "سميرة حداد"),
        ("fa", "راهنمای خوش‌آمدگویی به فارسی", "مریم احمدی"),
    ] {
        let mut p = planner(|i| {
            if i == 0 {
                vec![PlannerMeasure {
                    title: title.into(),
                    detail: format!("{owner} · 2"),
                    status: PlannerStatus::Progress,
                }]
            } else {
                vec![]
            }
        });
        p.lang = lang.into();
        p.rtl = true;
        p.heading = "مرحباً بالجميع".into();
        let pdf = pdf::planner(&p).unwrap();
        sample(&pdf, &format!("planner-{lang}"));
        let text = pages(&pdf).concat();
        let reversed: String = squash(owner).chars().rev().collect();
        assert!(
            text.contains(&squash(owner)) || text.contains(&reversed),
            "{lang}: {owner} not in {text}"
        );
    }
}

#[test]
fn an_empty_planner_still_renders() {
    let pdf = pdf::planner(&Planner::default()).unwrap();
    assert_eq!(pages(&pdf).len(), 1);
}
