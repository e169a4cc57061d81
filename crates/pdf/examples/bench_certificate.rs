//! Renders 200 certificates and prints the time per certificate:
//! `cargo run --release -p pdf --example bench_certificate`

use std::time::Instant;

#[allow(dead_code)] // the examples take only some of the shared documents
#[path = "../tests/common/mod.rs"]
mod common;

use pdf::{CertModule, Certificate};

const N: u32 = 200;

fn certificate(i: u32, participant: &str, lang: &str, rtl: bool) -> Certificate {
    Certificate {
        lang: lang.into(),
        rtl,
        modules: (1..=6)
            .map(|m| CertModule {
                date: format!("{m:02}.03.2026"),
                title: format!("Modul {m}: Diskriminierungssensible Kommunikation"),
                topics: "Begriffe, Haltung, rechtlicher Rahmen, Beschwerdewege".into(),
                hours: "4,0".into(),
            })
            .collect(),
        total_hours: "24,0 Stunden".into(),
        verify_code: format!("K7P2-9XQM-{i:04}"),
        verify_url: format!("https://ikoe.example/verify/K7P2-9XQM-{i:04}"),
        created_at: 1_795_600_000,
        ..common::german_certificate(&format!("{participant} {i}"))
    }
}

fn run(label: &str, participant: &str, lang: &str, rtl: bool) -> Result<(), pdf::PdfError> {
    // The first one also parses the fonts; not counted.
    pdf::certificate(&certificate(0, participant, lang, rtl))?;
    let start = Instant::now();
    let mut bytes = 0;
    for i in 1..=N {
        bytes += pdf::certificate(&certificate(i, participant, lang, rtl))?.len();
    }
    let elapsed = start.elapsed();
    println!(
        "{label}: {N} certificates in {:.0} ms, {:.2} ms per certificate, {} KB each",
        elapsed.as_secs_f64() * 1000.0,
        elapsed.as_secs_f64() * 1000.0 / f64::from(N),
        bytes / N as usize / 1024,
    );
    Ok(())
}

fn main() -> Result<(), pdf::PdfError> {
    run("Latin name", "Zoë Müller-Lüdenscheidt", "de", false)?;
    run("Arabic name, rtl", "سميرة حداد", "ar", true)?;
    Ok(())
}
