//! PDF documents of ikoe: the certificate of attendance of a qualification series, the
//! attendance list of one module, the annual planner of a Leitbild process, the report of
//! an openness self-assessment and the report of a diversity walk.
//!
//! Certificates, lists and reports are A4 portrait, the planner A3 landscape; all are tagged
//! PDF/A-2a and PDF/UA-1 (checked by krilla's validators when the document is written),
//! with real text in any script: Latin with diacritics, Cyrillic, Greek, Arabic and
//! Persian (shaped, right to left) and mixed lines. The fonts
//! (Noto Sans and Noto Sans Arabic, SIL Open Font License) are compiled in and subset on
//! output. All strings are passed in already translated; this crate knows nothing of i18n.
//!
//! Text that neither font can draw (for example CJK or emoji) is replaced by U+FFFD.

mod attendance;
mod audit;
mod cards;
mod certificate;
mod doc;
mod fonts;
mod jpeg;
mod layout;
mod logo;
mod planner;
mod poster;
mod qr;
mod sheet;
mod text;
mod walk;

/// A certificate of attendance of a qualification series.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Certificate {
    /// BCP-47 language code of the document, e.g. "de", "ar", "fa", "uk", "ru", "tr", "en".
    pub lang: String,
    /// Whether the whole document is right to left (ar, fa).
    pub rtl: bool,
    /// e.g. "Teilnahmebescheinigung".
    pub heading: String,
    /// The participant's name, in any script or mixed.
    pub participant: String,
    /// e.g. "hat erfolgreich teilgenommen an".
    pub intro: String,
    pub series_title: String,
    pub modules_heading: String,
    pub col_date: String,
    pub col_module: String,
    pub col_hours: String,
    pub modules: Vec<CertModule>,
    pub total_label: String,
    pub total_hours: String,
    /// Name of the issuing organisation.
    pub issuer: String,
    /// Who signs, printed under the signature line (empty: the issuer's name is printed there).
    pub signatory_name: String,
    /// The signatory's role, e.g. "Projektleitung" (may be empty).
    pub signatory_role: String,
    /// The funding notice, printed small at the foot of the page, in full (may be empty;
    /// check it with [`funding_notice_fits`] when it is saved).
    pub funding_notice: String,
    /// The issuing organisation's logo, printed at the top (start side) within a fixed
    /// box, keeping its aspect ratio. Check it with [`check_logo`] when it is uploaded.
    pub logo: Option<Logo>,
    /// When the module list does not fit the certificate page it moves to an annex page
    /// with this heading, e.g. "Anlage: besuchte Module".
    pub annex_heading: String,
    /// What the certificate page says instead of the list then, e.g.
    /// "Die 12 besuchten Module (48 Stunden) stehen in der Anlage."
    pub annex_note: String,
    /// e.g. "Berlin, 25.11.2026".
    pub place_date: String,
    /// e.g. "Echtheit prüfen:".
    pub verify_label: String,
    /// e.g. "K7P2-9XQM-4TRA".
    pub verify_code: String,
    /// e.g. "https://ikoe.example/verify/K7P2-9XQM-4TRA"; printed and drawn as a QR code.
    pub verify_url: String,
    /// Creation time of the document in seconds since the Unix epoch, UTC (PDF/A requires
    /// one; time is a parameter: pass the application clock's `now()`).
    pub created_at: i64,
}

pub use logo::{check_logo, ImageKind, Logo, LogoError, LogoInfo, LOGO_MAX_PIXELS, LOGO_MIN_PIXELS};

/// One module (session) of the series on a certificate.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CertModule {
    pub date: String,
    pub title: String,
    /// Topics, printed smaller below the title; may be empty.
    pub topics: String,
    pub hours: String,
}

/// A printable attendance list of one module, with a signature box per participant.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AttendanceList {
    /// BCP-47 language code of the document.
    pub lang: String,
    /// Whether the whole document is right to left (ar, fa).
    pub rtl: bool,
    /// e.g. "Teilnahmeliste".
    pub heading: String,
    pub series_title: String,
    pub module_title: String,
    /// Date and time, e.g. "25.11.2026, 09:00–12:30".
    pub when: String,
    pub venue: String,
    /// Column labels, e.g. "Nr.", "Name", "Organisation", "Unterschrift".
    pub col_no: String,
    pub col_name: String,
    pub col_org: String,
    pub col_signature: String,
    /// Label under the trainer's signature line, e.g. "Unterschrift der Referentin / des Referenten".
    pub trainer_signature: String,
    /// Word before the page numbers, e.g. "Seite" gives "Seite 1 / 3".
    pub page_label: String,
    pub rows: Vec<AttendanceRow>,
    /// Creation time of the document in seconds since the Unix epoch, UTC.
    pub created_at: i64,
}

/// One participant on an attendance list.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AttendanceRow {
    pub name: String,
    pub org: String,
}

/// Cards with personal participation links (A4, eight to a page), for staff without a
/// work mailbox.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LinkCards {
    pub lang: String,
    pub rtl: bool,
    /// e.g. "Mitmachen beim Leitbild".
    pub heading: String,
    pub process: String,
    pub org: String,
    /// e.g. "Scannen Sie den Code mit dem Handy oder geben Sie die Adresse ein."
    pub hint: String,
    pub cards: Vec<LinkCard>,
    /// Creation time of the document in seconds since the Unix epoch, UTC.
    pub created_at: i64,
}

/// The annual planner (*Jahresplaner*) of a Leitbild process as a wall calendar.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Planner {
    /// BCP-47 language code of the document.
    pub lang: String,
    /// Whether the whole document is right to left (ar, fa).
    pub rtl: bool,
    /// The administration's name, printed above the heading.
    pub administration: String,
    /// The heading: the Leitbild's slogan.
    pub heading: String,
    /// e.g. "Jahresplaner März 2027 – Februar 2028".
    pub subtitle: String,
    /// The twelve months, in order.
    pub months: Vec<PlannerMonth>,
    /// What a month without measures says, e.g. "Keine Maßnahmen".
    pub empty: String,
    /// Added to a month's name where its measures continue on a later page, e.g. "Fortsetzung".
    pub continued: String,
    /// At the foot of a month whose measures continue, e.g. "Weiter auf der nächsten Seite".
    pub continues: String,
    /// Word before the page numbers (printed when there is more than one page).
    pub page_label: String,
    /// Creation time of the document in seconds since the Unix epoch, UTC.
    pub created_at: i64,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LinkCard {
    pub name: String,
    pub department: String,
    pub url: String,
}

/// One month of the planner.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PlannerMonth {
    /// e.g. "März 2027".
    pub name: String,
    pub measures: Vec<PlannerMeasure>,
}

/// One measure in its month.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PlannerMeasure {
    pub title: String,
    /// Owner, principle and status in words, e.g. "Amal Haddou · Leitsatz 2 · in Arbeit".
    pub detail: String,
    /// Drawn as a coloured bar beside the text (the status is also in `detail`).
    pub status: PlannerStatus,
}

/// Where a measure stands (its colour on the planner).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum PlannerStatus {
    #[default]
    Open,
    Progress,
    Done,
}

/// The paper size of a Leitbild poster (portrait).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum PosterSize {
    #[default]
    A3,
    A2,
}

/// A Leitbild poster: the administration's name, the slogan large, the guiding principles
/// numbered with their goals smaller below them; everything printed in full on one page.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Poster {
    /// BCP-47 language code of the text, e.g. "de", "ar".
    pub lang: String,
    /// Whether the text is right to left (ar, fa).
    pub rtl: bool,
    pub size: PosterSize,
    /// The administration's name, printed at the top.
    pub org_name: String,
    /// A small line above the slogan, e.g. "Unser Leitbild" (may be empty).
    pub heading: String,
    pub slogan: String,
    pub principles: Vec<PosterPrinciple>,
    /// The word before each goal, e.g. "Ziel" (empty: the goal alone).
    pub goal_label: String,
    /// Small print at the foot, e.g. "Beschlossen am 12.04.2027" (may be empty).
    pub footer: String,
    /// Creation time in seconds since the Unix epoch, UTC.
    pub created_at: i64,
}

/// A guiding principle on a poster.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PosterPrinciple {
    pub text: String,
    /// The goal behind it (may be empty).
    pub goal: String,
}

/// A traffic light of an openness self-assessment: how far a dimension or an indicator is
/// achieved. Printed as a coloured disc always with its word beside it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Light {
    /// No light (too few answers, or nothing to rate): no disc, the word alone.
    #[default]
    None,
    Red,
    Yellow,
    Green,
}

/// The results of one wave of an openness self-assessment, for the administration's
/// leadership (see [`audit_report`]). Every figure arrives formatted.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AuditReport {
    /// BCP-47 language code of the document.
    pub lang: String,
    /// Whether the whole document is right to left (ar, fa).
    pub rtl: bool,
    /// The administration's name, printed above the heading.
    pub administration: String,
    /// e.g. "Offenheits-Selbstbewertung 2026".
    pub heading: String,
    /// e.g. "Welle 3 · 1. März – 30. April 2026 · Indikatorenset IKÖ-Offenheitscheck, Version 2".
    pub subtitle: String,
    /// Short paragraphs: respondents, groups shown, groups below the threshold.
    pub summary: Vec<String>,
    /// e.g. "Übersicht nach Dimensionen".
    pub overview_heading: String,
    /// Column labels of the overview, e.g. "Dimension", "Median", "Ampel", "Selbstbild",
    /// "Außensicht", "Differenz".
    pub col_dimension: String,
    pub col_median: String,
    pub col_light: String,
    pub col_self: String,
    pub col_outside: String,
    pub col_gap: String,
    pub dimensions: Vec<ReportDimension>,
    /// e.g. "Entwicklung über die Wellen".
    pub trend_heading: String,
    /// Column labels of the trend table, oldest first; empty: no trend section.
    pub trend_waves: Vec<String>,
    /// Below the trend table, e.g. "Verglichen auf den 27 gemeinsamen Indikatoren."
    pub trend_note: String,
    /// e.g. "Die schwächsten Indikatoren".
    pub weakest_heading: String,
    /// Lines such as "statement – Median 0,5"; empty: no such section.
    pub weakest: Vec<String>,
    /// The heading above the free-text answers inside a dimension, e.g. "Anmerkungen".
    pub comments_heading: String,
    /// The answer levels 0 to 3, e.g. "gar nicht", "ansatzweise", "weitgehend", "vollständig".
    pub levels: [String; 4],
    /// e.g. "weiß nicht".
    pub dont_know: String,
    /// e.g. "nicht zutreffend".
    pub not_applicable: String,
    /// Word before the page numbers, e.g. "Seite" gives "Seite 1 / 3".
    pub page_label: String,
    /// Creation time of the document in seconds since the Unix epoch, UTC.
    pub created_at: i64,
}

/// One dimension of an openness self-assessment.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ReportDimension {
    pub title: String,
    /// e.g. "1,5" or "–".
    pub median: String,
    pub light: Light,
    /// The light in words, e.g. "teilweise".
    pub light_label: String,
    /// Median of the self view, of the outside view and their difference ("–" when not shown).
    pub self_view: String,
    pub outside_view: String,
    pub gap: String,
    /// One formatted value per entry of [`AuditReport::trend_waves`] ("–" when none).
    pub trend: Vec<String>,
    pub indicators: Vec<ReportIndicator>,
    /// Free-text answers, anonymous, any length, any script; each printed in full.
    pub comments: Vec<String>,
}

/// One indicator (statement) of a dimension with its answers.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ReportIndicator {
    pub statement: String,
    pub median: String,
    pub light: Light,
    pub light_label: String,
    /// Answers at level 0, 1, 2, 3, "don't know" and "not applicable".
    pub counts: [u32; 6],
}

/// The report of a diversity walk (*Vielfaltsparcours*): apprentices take citizens' roles
/// and record the barriers they meet, station by station (see [`walk_report`]).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WalkReport {
    /// BCP-47 language code of the document.
    pub lang: String,
    /// Whether the whole document is right to left (ar, fa).
    pub rtl: bool,
    /// The administration's name, printed above the heading.
    pub administration: String,
    pub heading: String,
    /// e.g. "Vielfaltsparcours am 12. Mai 2026 · Leitung: …".
    pub subtitle: String,
    pub summary: Vec<String>,
    pub stations: Vec<WalkStation>,
    /// e.g. "Empfehlungen"; the section is left out when there are no recommendations.
    pub recommendations_heading: String,
    pub recommendations: Vec<WalkRecommendation>,
    /// Labels of a finding's lines, e.g. "Perspektive", "Art der Barriere", "Alternative".
    pub label_perspective: String,
    pub label_kind: String,
    pub label_alternative: String,
    /// e.g. "Foto": put before a photo's alternative text.
    pub label_photo: String,
    /// Word before the page numbers, e.g. "Seite" gives "Seite 1 / 3".
    pub page_label: String,
    /// Creation time of the document in seconds since the Unix epoch, UTC.
    pub created_at: i64,
}

/// One station of a walk (a place in a building, or a step of a service).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WalkStation {
    pub title: String,
    /// Sorted by severity, most severe first.
    pub findings: Vec<WalkFinding>,
}

/// How severe a barrier is (its colour on the report, always with its word).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Severity {
    #[default]
    Low,
    Medium,
    High,
}

/// One barrier found at a station.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WalkFinding {
    pub severity: Severity,
    /// The severity in words, e.g. "hoch".
    pub severity_label: String,
    pub text: String,
    /// The role taken, e.g. "Rollstuhl".
    pub perspective: String,
    /// The kind of barrier, e.g. "baulich".
    pub kind: String,
    /// What people can do meanwhile (may be empty).
    pub alternative: String,
    /// "" or e.g. "behoben", "weiterhin offen", "neu" (follow-up walks).
    pub status_label: String,
    /// A JPEG (already stripped of metadata), any aspect ratio; one that cannot be read is
    /// left out and its alternative text printed instead.
    pub photo: Option<Vec<u8>>,
    /// The photo's alternative text.
    pub photo_alt: String,
}

/// A recommendation that follows from the walk.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WalkRecommendation {
    pub title: String,
    pub text: String,
    /// The station it refers to (may be empty).
    pub station: String,
}

/// What can go wrong when rendering.
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    #[error("the embedded fonts could not be loaded")]
    Fonts,
    #[error("the verification URL cannot be encoded as a QR code: {0}")]
    Qr(#[from] qrcode::types::QrError),
    #[error("invalid page geometry")]
    Geometry,
    #[error("the PDF settings were refused: {0}")]
    Configuration(String),
    /// krilla could not write the document; `detail` lists the validation
    /// errors (which the source's own message does not), `source` is krilla's error.
    #[error("the logo cannot be read: {0}")]
    Logo(String),
    #[error("writing the PDF failed: {detail}")]
    Export {
        detail: String,
        #[source]
        source: krilla::error::KrillaError,
    },
}

/// Renders a certificate of attendance (A4, PDF/A-2a and PDF/UA-1) on one page: the module
/// list is set in full when it fits, compact (titles only) when that fits, and otherwise on
/// an annex page after the certificate, which then says so.
pub fn certificate(c: &Certificate) -> Result<Vec<u8>, PdfError> {
    certificate::render(c)
}

/// Whether a funding notice prints in full on a certificate in `lang` (right to left if
/// `rtl`): it takes the lines it needs, smaller when it needs more than four, and may take
/// up to eight, so that the page still holds everything else. Check it when it is saved,
/// in every language a certificate is printed in.
pub fn funding_notice_fits(notice: &str, lang: &str, rtl: bool) -> Result<bool, PdfError> {
    certificate::notice_fits(notice, lang, rtl)
}

/// Renders a Leitbild poster (A3 or A2 portrait, PDF/A-2a and PDF/UA-1) on one page: the
/// principles share the largest size at which all of them fit, nothing is cut off.
pub fn poster(p: &Poster) -> Result<Vec<u8>, PdfError> {
    poster::render(p)
}

/// Renders an attendance list (A4, PDF/A-2a and PDF/UA-1) over as many pages as needed,
/// with the table header repeated and "page x / y" on every page.
pub fn attendance_list(a: &AttendanceList) -> Result<Vec<u8>, PdfError> {
    attendance::render(a)
}

/// Renders participation link cards (A4, PDF/A-2a and PDF/UA-1), eight to a page.
pub fn link_cards(c: &LinkCards) -> Result<Vec<u8>, PdfError> {
    cards::render(c)
}

/// Renders the annual planner as a wall calendar (A3 landscape, PDF/A-2a and PDF/UA-1):
/// the twelve months in a grid, every text wrapped and never cut off (smaller when the
/// busiest month needs it, continued on a further page when even that is not enough).
pub fn planner(p: &Planner) -> Result<Vec<u8>, PdfError> {
    planner::render(p)
}

/// Renders the results of an openness self-assessment wave (A4, PDF/A-2a and PDF/UA-1):
/// the overview by dimension with traffic lights, the trend over the waves, the weakest
/// indicators, then each dimension with its indicators' answer distributions and all its
/// free-text answers in full, over as many pages as needed, with table headers repeated
/// and "page x / y" on every page.
pub fn audit_report(r: &AuditReport) -> Result<Vec<u8>, PdfError> {
    audit::render(r)
}

/// Renders the report of a diversity walk (A4, PDF/A-2a and PDF/UA-1): per station its
/// findings with severity, perspective, kind, alternative and photo (never split across
/// pages), then the recommendations.
pub fn walk_report(r: &WalkReport) -> Result<Vec<u8>, PdfError> {
    walk::render(r)
}

#[cfg(test)]
mod error_tests {
    use std::error::Error;
    use std::sync::Arc;

    #[test]
    fn a_failed_export_keeps_krillas_error_as_its_cause() {
        let e = super::PdfError::Export {
            detail: "duplicate destination".into(),
            source: krilla::error::KrillaError::DuplicateNamedDestination(Arc::new("a".into())),
        };
        assert!(e.to_string().contains("duplicate destination"));
        let cause = e.source().expect("the cause is kept");
        assert!(cause.downcast_ref::<krilla::error::KrillaError>().is_some());
    }
}
