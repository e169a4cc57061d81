//! Documents shared by the rendering tests and the examples (which include this file with
//! `#[path]`); each caller sets what it looks at with `..german_certificate(…)` and the like.

use pdf::{AttendanceList, AttendanceRow, Certificate};

/// 2026-11-25 09:00 UTC.
pub const CREATED_AT: i64 = 1_795_597_200;

/// A German certificate for `participant` with its headings and verification code, but no
/// modules, signatory, funding notice or annex.
pub fn german_certificate(participant: &str) -> Certificate {
    Certificate {
        lang: "de".into(),
        rtl: false,
        heading: "Teilnahmebescheinigung".into(),
        participant: participant.into(),
        intro: "hat erfolgreich teilgenommen an der Qualifizierungsreihe".into(),
        series_title: "Interkulturelle Öffnung der Verwaltung 2026".into(),
        modules_heading: "Module".into(),
        col_date: "Datum".into(),
        col_module: "Modul".into(),
        col_hours: "Stunden".into(),
        total_label: "Gesamtumfang".into(),
        issuer: "Landesnetzwerk Migrantenorganisationen Sachsen-Anhalt e. V.".into(),
        place_date: "Magdeburg, 25.11.2026".into(),
        verify_label: "Echtheit prüfen:".into(),
        verify_code: "K7P2-9XQM-4TRA".into(),
        verify_url: "https://ikoe.example/verify/K7P2-9XQM-4TRA".into(),
        created_at: CREATED_AT,
        ..Certificate::default()
    }
}

/// `base` with the Arabic headings (right to left) for `participant`.
pub fn in_arabic(participant: &str, base: Certificate) -> Certificate {
    Certificate {
        lang: "ar".into(),
        rtl: true,
        heading: "شهادة حضور".into(),
        participant: participant.into(),
        intro: "شاركت بنجاح في سلسلة التأهيل".into(),
        modules_heading: "الوحدات".into(),
        col_date: "التاريخ".into(),
        col_module: "الوحدة".into(),
        col_hours: "الساعات".into(),
        total_label: "المجموع".into(),
        ..base
    }
}

/// A German attendance list of module 2 at `venue` with these rows.
pub fn german_attendance(venue: &str, rows: Vec<AttendanceRow>) -> AttendanceList {
    AttendanceList {
        lang: "de".into(),
        rtl: false,
        heading: "Teilnahmeliste".into(),
        series_title: "Interkulturelle Öffnung der Verwaltung 2026".into(),
        module_title: "Modul 2: Diskriminierungssensible Kommunikation".into(),
        when: "17.02.2026, 09:00–12:30 Uhr".into(),
        venue: venue.into(),
        col_no: "Nr.".into(),
        col_name: "Name".into(),
        col_org: "Organisation".into(),
        col_signature: "Unterschrift".into(),
        trainer_signature: "Unterschrift der Referentin / des Referenten".into(),
        page_label: "Seite".into(),
        rows,
        created_at: CREATED_AT,
    }
}

/// The test logo (a wide PNG with transparency, 480 × 160 pixels).
pub fn png_logo() -> pdf::Logo {
    pdf::Logo {
        kind: pdf::ImageKind::Png,
        data: include_bytes!("../fixtures/logo.png").to_vec(),
        alt: "Logo des Landesnetzwerks".into(),
    }
}

/// The test logo as a JPEG, with this alternative text.
pub fn jpeg_logo(alt: &str) -> pdf::Logo {
    pdf::Logo {
        kind: pdf::ImageKind::Jpeg,
        data: include_bytes!("../fixtures/logo.jpg").to_vec(),
        alt: alt.into(),
    }
}
