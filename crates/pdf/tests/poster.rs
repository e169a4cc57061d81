//! Renders Leitbild posters and reads their text back with `pdf-extract` (see render.rs for
//! what the text checks rely on: visual order, Arabic asserted reversed, whitespace ignored).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::Instant;

use pdf::{Poster, PosterPrinciple, PosterSize};

const CREATED_AT: i64 = 1_795_597_200;

fn pages(pdf: &[u8]) -> Vec<String> {
    assert!(pdf.starts_with(b"%PDF-1.7"), "not a PDF 1.7 file");
    pdf_extract::extract_text_from_mem_by_pages(pdf)
        .expect("the PDF parses and its text can be extracted")
        .into_iter()
        .map(|page| squash(&page))
        .collect()
}

fn squash(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

fn shows(page: &str, s: &str) -> bool {
    let s = squash(s);
    let reversed: String = s.chars().rev().collect();
    page.contains(&s) || page.contains(&reversed)
}

/// The size of the page (MediaBox) in points.
fn media_box(pdf: &[u8]) -> String {
    let text = String::from_utf8_lossy(pdf);
    let at = text.find("/MediaBox").expect("a MediaBox");
    text[at..].chars().take_while(|c| *c != ']').collect()
}

fn german(size: PosterSize, principles: Vec<PosterPrinciple>) -> Poster {
    Poster {
        lang: "de".into(),
        rtl: false,
        size,
        org_name: "Migrationsagentur Landkreis Elbauen".into(),
        heading: "Unser Leitbild".into(),
        slogan: "Willkommen in Elbauen – gemeinsam offen".into(),
        principles,
        goal_label: "Ziel".into(),
        footer: "Beschlossen am 12.04.2027".into(),
        created_at: CREATED_AT,
    }
}

fn principle(text: &str, goal: &str) -> PosterPrinciple {
    PosterPrinciple {
        text: text.into(),
        goal: goal.into(),
    }
}

/// A principle of exactly the longest length (1000 characters), numbered in its words.
fn longest(i: usize) -> String {
    let sentence = format!("Wir beraten alle Menschen freundlich, verständlich und verlässlich, Leitsatz{i}. ");
    let mut s = String::new();
    while s.chars().count() + sentence.chars().count() <= 1000 {
        s.push_str(&sentence);
    }
    let s = s.trim().to_owned();
    let pad = 1000 - s.chars().count();
    format!("{s}{}", "!".repeat(pad))
}

#[test]
fn a_german_poster_on_a3_and_a2() {
    let principles = vec![
        principle("Wir beraten alle Menschen respektvoll.", "Kurze Wartezeiten"),
        principle("Wir arbeiten im Team auf Augenhöhe.", ""),
        principle("Wir lernen voneinander.", "Jährlich zwei Fortbildungen"),
    ];
    for (size, width) in [(PosterSize::A3, "841.89"), (PosterSize::A2, "1190.55")] {
        let pdf = pdf::poster(&german(size, principles.clone())).unwrap();
        assert!(media_box(&pdf).contains(width), "{size:?}: {}", media_box(&pdf));
        let pages = pages(&pdf);
        assert_eq!(pages.len(), 1);
        let page = &pages[0];
        for s in [
            "Migrationsagentur Landkreis Elbauen",
            "Willkommen in Elbauen – gemeinsam offen",
            "1",
            "Wir beraten alle Menschen respektvoll.",
            "Ziel: Kurze Wartezeiten",
            "3",
            "Ziel: Jährlich zwei Fortbildungen",
            "Beschlossen am 12.04.2027",
        ] {
            assert!(shows(page, s), "{size:?}: {s:?} missing in {page}");
        }
        // the fonts are embedded (subset), the text is real text
        let raw = String::from_utf8_lossy(&pdf);
        assert!(raw.contains("/FontFile2"), "embedded TrueType fonts");
    }
}

#[test]
fn an_arabic_poster_reads_right_to_left() {
    let p = Poster {
        lang: "ar".into(),
        rtl: true,
        heading: "رؤيتنا".into(),
        slogan: "مرحبا بكم في إلباون".into(),
        principles: vec![
            principle("نقدم المشورة لجميع الناس باحترام", "أوقات انتظار قصيرة"),
            principle("نتعلم من بعضنا البعض", ""),
        ],
        goal_label: "الهدف".into(),
        footer: "اعتُمد في 12.04.2027".into(),
        ..german(PosterSize::A3, vec![])
    };
    let pdf = pdf::poster(&p).unwrap();
    let pages = pages(&pdf);
    assert_eq!(pages.len(), 1);
    for s in [
        "مرحبا بكم في إلباون",
        "نقدم المشورة لجميع الناس باحترام",
        "أوقات انتظار قصيرة",
        "نتعلم من بعضنا البعض",
        "Migrationsagentur Landkreis Elbauen",
    ] {
        assert!(shows(&pages[0], s), "{s:?} missing in {}", pages[0]);
    }
    let raw = String::from_utf8_lossy(&pdf);
    assert!(raw.contains("NotoSansArabic"), "the Arabic font is embedded");
}

/// Twelve principles of the longest length, each with the longest goal, and a slogan of the
/// longest length: every word on the one page, none cut off, in under 100 ms.
#[test]
fn the_longest_leitbild_is_wrapped_never_cut_off() {
    for size in [PosterSize::A3, PosterSize::A2] {
        let principles: Vec<PosterPrinciple> = (1..=12).map(|i| principle(&longest(i), &longest(100 + i))).collect();
        let p = Poster {
            slogan: "Gemeinsam ".repeat(20).trim().to_owned(),
            ..german(size, principles)
        };
        let start = Instant::now();
        let pdf = pdf::poster(&p).unwrap();
        let took = start.elapsed();
        let pages = pages(&pdf);
        assert_eq!(pages.len(), 1, "{size:?}: one page, never a second");
        let page = &pages[0];
        for i in 1..=12 {
            assert!(
                page.matches(&format!("Leitsatz{i}.")).count() >= 9,
                "{size:?}: principle {i} in full"
            );
            let goal = format!("Leitsatz{}.", 100 + i);
            assert!(page.matches(&goal).count() >= 9, "{size:?}: goal {i} in full");
        }
        assert!(!page.contains('…'), "nothing is cut off with an ellipsis");
        assert_eq!(page.matches("Gemeinsam").count(), 20, "the whole slogan");
        // debug builds are several times slower than release; release stays far below
        let limit = if cfg!(debug_assertions) { 1000 } else { 100 };
        assert!(took.as_millis() < limit, "{size:?} took {took:?}");
    }
}

/// A word longer than a line is broken between characters, mixed right-to-left and
/// left-to-right text stays whole.
#[test]
fn unbreakable_words_and_mixed_directions() {
    let word = "Donaudampfschifffahrtsgesellschaftskapitänskajüte".repeat(8);
    let p = german(
        PosterSize::A3,
        vec![
            principle(&word, ""),
            principle("Wir sagen مرحبا und Willkommen", "Alle fühlen sich willkommen"),
        ],
    );
    let pdf = pdf::poster(&p).unwrap();
    let pages = pages(&pdf);
    assert_eq!(pages.len(), 1);
    assert!(pages[0].contains(&word), "the long word in full");
    assert!(shows(&pages[0], "مرحبا"));
}
