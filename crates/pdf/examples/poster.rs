//! Writes sample Leitbild posters and times them:
//! `cargo run --release -p pdf --example poster -- DIR` (default `pdf-samples`). Look at
//! one with `pdftoppm -png -r 40 DIR/poster-a3-ar.pdf /tmp/poster-ar`.

use std::path::PathBuf;
use std::time::Instant;

use pdf::{Poster, PosterPrinciple, PosterSize};

const N: u32 = 50;

fn principle(text: &str, goal: &str) -> PosterPrinciple {
    PosterPrinciple {
        text: text.into(),
        goal: goal.into(),
    }
}

fn german(size: PosterSize) -> Poster {
    Poster {
        lang: "de".into(),
        rtl: false,
        size,
        org_name: "Migrationsagentur Landkreis Elbauen".into(),
        heading: "Unser Leitbild".into(),
        slogan: "Willkommen in Elbauen – gemeinsam offen für alle".into(),
        principles: vec![
            principle(
                "Wir beraten alle Menschen respektvoll, verständlich und ohne Ansehen der Herkunft.",
                "Jede Person versteht nach dem Termin, wie es weitergeht.",
            ),
            principle(
                "Wir arbeiten im Team auf Augenhöhe – ob Führungskraft oder FSJlerin.",
                "Einmal im Monat eine offene Teamrunde.",
            ),
            principle(
                "Wir lernen voneinander und aus unseren Fehlern.",
                "Zwei Fortbildungen pro Person und Jahr.",
            ),
            principle(
                "Wir machen Wege kurz: Termine, Formulare und Auskünfte sind einfach zu finden.",
                "",
            ),
            principle(
                "Wir arbeiten mit Migrantenorganisationen und Beratungsstellen eng zusammen.",
                "Feste Ansprechpersonen in jedem Sachgebiet.",
            ),
        ],
        goal_label: "Ziel".into(),
        footer: "Beschlossen am 12.04.2027 · Fassung 4".into(),
        created_at: 1_795_597_200,
    }
}

fn arabic(size: PosterSize) -> Poster {
    Poster {
        lang: "ar".into(),
        rtl: true,
        heading: "رؤيتنا".into(),
        slogan: "مرحبا بكم في إلباون – منفتحون معا".into(),
        principles: vec![
            principle(
                "نقدم المشورة لجميع الناس باحترام وبلغة مفهومة.",
                "يفهم كل شخص بعد الموعد الخطوة التالية.",
            ),
            principle("نعمل كفريق على قدم المساواة.", "جلسة فريق مفتوحة مرة كل شهر."),
            principle("نتعلم من بعضنا البعض ومن أخطائنا.", ""),
        ],
        goal_label: "الهدف".into(),
        footer: "اعتُمد في 12.04.2027".into(),
        ..german(size)
    }
}

fn farsi(size: PosterSize) -> Poster {
    Poster {
        lang: "fa".into(),
        rtl: true,
        heading: "منشور ما".into(),
        slogan: "به اِلباوِن خوش آمدید – با هم گشاده‌رو".into(),
        principles: vec![
            principle(
                "ما به همه‌ی مردم با احترام و به زبانی قابل فهم مشاوره می‌دهیم.",
                "هر کس پس از قرار ملاقات می‌داند قدم بعدی چیست.",
            ),
            principle("ما به عنوان یک تیم برابر کار می‌کنیم.", ""),
        ],
        goal_label: "هدف".into(),
        footer: "تصویب شده در ۱۲.۰۴.۲۰۲۷".into(),
        ..german(size)
    }
}

fn longest(size: PosterSize) -> Poster {
    let long = |i: usize| {
        let sentence = format!("Wir beraten alle Menschen freundlich, verständlich und verlässlich ({i}). ");
        let mut s = String::new();
        while s.chars().count() + sentence.chars().count() <= 1000 {
            s.push_str(&sentence);
        }
        s.trim().to_owned()
    };
    Poster {
        principles: (1..=12).map(|i| principle(&long(i), &long(100 + i))).collect(),
        ..german(size)
    }
}

fn time(label: &str, p: &Poster) -> Result<(), pdf::PdfError> {
    pdf::poster(p)?;
    let start = Instant::now();
    for _ in 0..N {
        pdf::poster(p)?;
    }
    let ms = start.elapsed().as_secs_f64() * 1000.0 / f64::from(N);
    println!("{label}: {ms:.1} ms per poster");
    Ok(())
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| "pdf-samples".into()));
    std::fs::create_dir_all(&dir)?;
    for (name, size) in [("a3", PosterSize::A3), ("a2", PosterSize::A2)] {
        for (lang, p) in [
            ("de", german(size)),
            ("ar", arabic(size)),
            ("fa", farsi(size)),
            ("long", longest(size)),
        ] {
            std::fs::write(dir.join(format!("poster-{name}-{lang}.pdf")), pdf::poster(&p)?)?;
        }
    }
    time("German, A3", &german(PosterSize::A3))?;
    time("Arabic, A2", &arabic(PosterSize::A2))?;
    time("12 longest principles with goals, A3", &longest(PosterSize::A3))?;
    Ok(())
}
