//! Writes sample PDFs for looking at them: `cargo run -p pdf --example samples -- DIR`
//! (default directory: `pdf-samples` in the current directory). To look at one as an
//! image: `pdftoppm -png -r 60 DIR/certificate-logo-ar.pdf /tmp/cert-ar`.

use std::path::PathBuf;

#[allow(dead_code)] // the examples take only some of the shared documents
#[path = "../tests/common/mod.rs"]
mod common;

use common::{german_attendance, german_certificate, in_arabic, jpeg_logo, png_logo};
use pdf::{AttendanceList, AttendanceRow, CertModule, Certificate};

fn german(participant: &str, modules: usize) -> Certificate {
    let titles = [
        (
            "Grundlagen interkultureller Öffnung",
            "Begriffe, Haltung, rechtlicher Rahmen (AGG, Landesgesetze)",
        ),
        (
            "Diskriminierungssensible Kommunikation",
            "Leichte Sprache, Dolmetschen, Beschwerdewege",
        ),
        (
            "Personalgewinnung und -entwicklung",
            "Stellenausschreibungen, Auswahlverfahren, Mentoring",
        ),
        (
            "Zusammenarbeit mit Migrantenorganisationen",
            "Kooperationsvereinbarungen, Förderung, Beteiligung",
        ),
        (
            "Leitbildprozess in der Verwaltung",
            "Beteiligungsformate, Steuerung, Evaluation",
        ),
        (
            "Selbstbewertung der Organisation",
            "Indikatoren, Datenschutz, Maßnahmenplan",
        ),
    ];
    Certificate {
        modules: (0..modules)
            .map(|i| {
                let (title, topics) = titles[i % titles.len()];
                CertModule {
                    date: format!("{:02}.{:02}.2026", 3 + i % 25, 1 + i % 12),
                    title: title.into(),
                    topics: topics.into(),
                    hours: "4,0".into(),
                }
            })
            .collect(),
        total_hours: format!("{},0 Stunden", modules * 4),
        signatory_name: "Dr. Amina Haddad".into(),
        signatory_role: "Projektleitung".into(),
        funding_notice: "Gefördert vom Ministerium für Arbeit, Soziales, Gesundheit und Gleichstellung im Rahmen des Landesprogramms Interkulturelle Öffnung.".into(),
        annex_heading: "Anlage: besuchte Module".into(),
        annex_note: format!("Die {modules} besuchten Module ({},0 Stunden) stehen in der Anlage.", modules * 4),
        ..german_certificate(participant)
    }
}

fn arabic() -> Certificate {
    let base = Certificate {
        series_title: "الانفتاح بين الثقافات في الإدارة العامة 2026".into(),
        modules: vec![
            CertModule {
                date: "03.02.2026".into(),
                title: "أسس الانفتاح بين الثقافات".into(),
                topics: "المفاهيم، الموقف، الإطار القانوني (AGG)".into(),
                hours: "4".into(),
            },
            CertModule {
                date: "17.02.2026".into(),
                title: "التواصل الحساس للتمييز".into(),
                topics: "اللغة البسيطة، الترجمة الفورية".into(),
                hours: "4".into(),
            },
        ],
        total_hours: "8 ساعات".into(),
        signatory_name: "د. أمينة حداد".into(),
        signatory_role: "إدارة المشروع".into(),
        funding_notice: String::new(),
        annex_heading: "ملحق: الوحدات التي تمت متابعتها".into(),
        annex_note: "الوحدات التي تمت متابعتها مذكورة في الملحق.".into(),
        place_date: "ماغدبورغ، 25.11.2026".into(),
        verify_label: "التحقق من الصحة:".into(),
        ..german_certificate("")
    };
    in_arabic("سميرة حداد", base)
}

fn persian() -> Certificate {
    Certificate {
        lang: "fa".into(),
        heading: "گواهی شرکت".into(),
        participant: "مریم رضایی".into(),
        intro: "با موفقیت در این دوره شرکت کرده است".into(),
        series_title: "گفت‌وگوی میان‌فرهنگی در اداره‌های دولتی".into(),
        modules_heading: "واحدها".into(),
        col_date: "تاریخ".into(),
        col_module: "واحد".into(),
        col_hours: "ساعت".into(),
        total_label: "جمع".into(),
        total_hours: "۸ ساعت".into(),
        place_date: "برلین، ۲۵.۱۱.۲۰۲۶".into(),
        verify_label: "بررسی اصالت:".into(),
        modules: vec![CertModule {
            date: "۰۳.۰۲.۲۰۲۶".into(),
            title: "می‌خواهیم با هم کار کنیم".into(),
            topics: "نگرش، چارچوب قانونی".into(),
            hours: "۴".into(),
        }],
        ..arabic()
    }
}

fn attendance(rows: usize, rtl: bool) -> AttendanceList {
    let names = [
        ("Samira Haddad", "Stadtverwaltung Halle (Saale)"),
        ("Олена Коваленко", "Landesverwaltungsamt Sachsen-Anhalt"),
        ("Mehmet Yılmaz", "Türkischer Elternverein Magdeburg e. V."),
        ("سميرة حداد", "جمعية الجالية العربية"),
        (
            "Zoë Müller-Lüdenscheidt",
            "Koordinierungsstelle Integration Dessau-Roßlau",
        ),
        ("Samira حداد", "Volkshochschule Burgenlandkreis"),
    ];
    let rows = (0..rows)
        .map(|i| {
            let (name, org) = names[i % names.len()];
            AttendanceRow {
                name: format!("{name} {}", i + 1),
                org: org.into(),
            }
        })
        .collect();
    let mut list: AttendanceList = german_attendance("Rathaus Halle, Marktplatz 1, Raum 204", rows);
    if rtl {
        list.lang = "ar".into();
        list.rtl = true;
        list.heading = "قائمة الحضور".into();
        list.module_title = "الوحدة 2: التواصل الحساس للتمييز".into();
        list.col_no = "رقم".into();
        list.col_name = "الاسم".into();
        list.col_org = "المؤسسة".into();
        list.col_signature = "التوقيع".into();
        list.trainer_signature = "توقيع المدرب".into();
        list.page_label = "صفحة".into();
    }
    list
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| "pdf-samples".into()));
    std::fs::create_dir_all(&dir)?;
    let long_name = "Maximiliane Alexandra Konstantina von und zu Hohenzollern-Sigmaringen-Württemberg ".repeat(3);
    let long_name: String = long_name.chars().take(200).collect();
    let unbroken = "A".repeat(120) + "محمد".repeat(20).as_str();
    let certificates = [
        ("certificate-de", german("Zoë Müller-Lüdenscheidt", 6)),
        ("certificate-ar", arabic()),
        ("certificate-fa", persian()),
        (
            "certificate-uk",
            Certificate {
                lang: "uk".into(),
                ..german("Олена Коваленко", 3)
            },
        ),
        ("certificate-mixed", german("Samira حداد", 3)),
        (
            "certificate-ar-mixed",
            Certificate {
                participant: "Samira حداد".into(),
                ..arabic()
            },
        ),
        ("certificate-long-name", german(&long_name, 3)),
        ("certificate-unbroken", german(&unbroken, 2)),
        ("certificate-8-modules", german("Mehmet Yılmaz", 8)),
        ("certificate-12-modules", german("Mehmet Yılmaz", 12)),
        ("certificate-30-modules", german("Mehmet Yılmaz", 30)),
        (
            "certificate-logo-de",
            Certificate {
                logo: Some(png_logo()),
                ..german("Mehmet Yılmaz", 8)
            },
        ),
        (
            "certificate-logo-ar",
            Certificate {
                logo: Some(png_logo()),
                ..arabic()
            },
        ),
        (
            "certificate-logo-jpeg-de",
            Certificate {
                logo: Some(jpeg_logo("Logo")),
                ..german("Zoë Müller-Lüdenscheidt", 5)
            },
        ),
    ];
    for (name, c) in certificates {
        let bytes = pdf::certificate(&c)?;
        std::fs::write(dir.join(format!("{name}.pdf")), bytes)?;
    }
    std::fs::write(
        dir.join("attendance-de.pdf"),
        pdf::attendance_list(&attendance(70, false))?,
    )?;
    std::fs::write(
        dir.join("attendance-ar.pdf"),
        pdf::attendance_list(&attendance(25, true))?,
    )?;
    println!("wrote samples to {}", dir.display());
    Ok(())
}
