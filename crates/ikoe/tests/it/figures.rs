//! Figures and exports of a series: the numbers on the figures page, the
//! participant list as CSV and XLSX (translated, with scripts intact and
//! formulas neutralised), and who may see them.

use std::io::Cursor;

use axum::body::Body;
use axum::http::{header, HeaderMap, Request, StatusCode};
use calamine::{Data, Reader};
use http_body_util::BodyExt;
use tower::ServiceExt;

use crate::helpers::*;
use crate::series::{add_module, add_participant, create_series, register_form};

const ARABIC: &str = "سميرة حداد";
const CYRILLIC: &str = "Олена Коваленко";
const FORMULA: &str = "=HYPERLINK(\"http://evil.example\";\"Klick\")";

/// A series of the cast's organisation with two seats, two modules held and
/// one cancelled; two people with a seat, one waiting, one who never confirmed
/// (but gave the anonymous figures); attendance recorded on both modules held.
/// Returns the series id; `app` is signed in as a member of the organisation.
async fn situation(app: &mut TestApp) -> i64 {
    let c = cast(app).await;
    app.login("member@example.org", PASSWORD).await;
    let id = create_series(app, c.org, "Interkulturelle Öffnung 2026", &[("capacity", "2")]).await;
    add_module(app, id, "Modul 1: Grundlagen", "2026-09-10T09:00", "2026-09-10T17:00").await;
    add_module(app, id, "Modul 2: Recht", "2026-11-12T09:00", "2026-11-12T17:00").await;
    add_module(app, id, "Modul 3: Entfällt", "2026-12-03T09:00", "2026-12-03T17:00").await;
    let modules = app.state.store.modules(id).await.unwrap();
    let r = app
        .post(&format!("/modules/{}/cancel", modules[2].id), &[("confirmed", "true")])
        .await;
    r.assert_status(StatusCode::SEE_OTHER);

    for (name, email, affiliation, group) in [
        (
            ARABIC,
            "samira@example.org",
            "Landkreis Harz, Ordnungsamt",
            "administration",
        ),
        (
            CYRILLIC,
            "olena@example.org",
            "Willkommensinitiative \"Brücke\"",
            "volunteers",
        ),
        (FORMULA, "formula@example.org", "", "administration"),
    ] {
        let r = add_participant(
            app,
            id,
            &[
                ("name", name),
                ("email", email),
                ("affiliation", affiliation),
                ("target_group", group),
            ],
        )
        .await;
        r.assert_status(StatusCode::SEE_OTHER);
    }
    // someone registers through the public form with the anonymous figures, and never confirms
    let mut anon = app.browser();
    let r = register_form(
        &mut anon,
        id,
        &[
            ("name", "Nie Bestätigt"),
            ("email", "never@example.org"),
            ("target_group", "administration"),
            ("consent", "1"),
            ("fig_age", "27_49"),
            ("fig_migration", "own"),
        ],
    )
    .await;
    r.assert_status(StatusCode::SEE_OTHER);

    let regs = app.state.store.registrations_of_series(id).await.unwrap();
    let reg = |name: &str| regs.iter().find(|r| r.name == name).unwrap();
    assert_eq!(reg(ARABIC).status.code(), "confirmed");
    assert_eq!(reg(CYRILLIC).status.code(), "confirmed");
    assert_eq!(reg(FORMULA).status.code(), "waiting");
    assert_eq!(reg("Nie Bestätigt").status.code(), "unconfirmed");
    let (m1, m2, m3) = (modules[0].id, modules[1].id, modules[2].id);
    // Samira attended both modules held (she completes: the rule is "all modules",
    // and the cancelled third one does not count); Olena missed the second, excused
    for (module, who, status) in [
        (m1, ARABIC, "present"),
        (m2, ARABIC, "present"),
        (m1, CYRILLIC, "present"),
        (m2, CYRILLIC, "excused"),
        (m3, CYRILLIC, "absent"),
    ] {
        mark(app, module, reg(who).id, status).await;
    }
    id
}

async fn mark(app: &TestApp, module: i64, registration: i64, status: &str) {
    sqlx::query(
        "INSERT INTO attendance (module_id, registration_id, status, via, marked_by, marked_at) \
         VALUES ($1, $2, $3, 'roll_call', NULL, $4)",
    )
    .bind(module)
    .bind(registration)
    .bind(status)
    .bind(app.state.now())
    .execute(app.state.store.pool())
    .await
    .unwrap();
}

/// The texts inside `<bdi>` in the row of `table` (by id) whose header is `label`.
fn row(body: &str, table: &str, label: &str) -> Vec<String> {
    let start = body
        .find(&format!("id=\"{table}\""))
        .unwrap_or_else(|| panic!("no table {table}:\n{body}"));
    let table = &body[start..start + body[start..].find("</table>").unwrap()];
    let at = table
        .find(&format!(">{label}<"))
        .unwrap_or_else(|| panic!("no row {label:?} in:\n{table}"));
    let tr = &table[at..at + table[at..].find("</tr>").unwrap()];
    tr.split("<bdi>")
        .skip(1)
        .map(|s| s.split("</bdi>").next().unwrap().to_string())
        .collect()
}

/// GET with `app`'s cookies, keeping the body as bytes (the helpers' `get` reads text).
/// The situation, exported as `ext` (csv or xlsx) by its staff: the app, the series, the
/// export's headers and bytes.
async fn situation_exported(ext: &str) -> (TestApp, i64, HeaderMap, Vec<u8>) {
    let mut app = TestApp::new().await;
    let id = situation(&mut app).await;
    let (status, headers, bytes) = get_bytes(&app, &format!("/series/{id}/participants.{ext}")).await;
    assert_eq!(status, StatusCode::OK);
    (app, id, headers, bytes)
}

async fn get_bytes(app: &TestApp, path: &str) -> (StatusCode, HeaderMap, Vec<u8>) {
    let req = Request::get(path)
        .header(header::COOKIE, app.cookie_header())
        .body(Body::empty())
        .unwrap();
    let res = ikoe::router::router(app.state.clone()).oneshot(req).await.unwrap();
    let status = res.status();
    let headers = res.headers().clone();
    let bytes = res.into_body().collect().await.unwrap().to_bytes().to_vec();
    (status, headers, bytes)
}

fn header_of(h: &HeaderMap, name: header::HeaderName) -> &str {
    h.get(name).and_then(|v| v.to_str().ok()).unwrap_or("")
}

#[tokio::test]
async fn the_figures_page_counts_registrations_attendance_completion_and_groups() {
    let mut app = TestApp::new().await;
    let id = situation(&mut app).await;
    let r = app.get(&format!("/series/{id}/figures")).await;
    r.assert_status(StatusCode::OK);
    r.assert_contains("<h1 dir=\"auto\">Zahlen und Exporte: \u{2068}Interkulturelle Öffnung 2026\u{2069}</h1>")
        .assert_contains(&format!("href=\"/series/{id}/participants.csv\""))
        .assert_contains(&format!("href=\"/series/{id}/participants.xlsx\""))
        .assert_contains("<h2>Anmeldungen</h2>");
    let b = &r.body;
    assert_eq!(row(b, "registrations", "Angemeldet (Platz sicher)"), ["2"]);
    assert_eq!(row(b, "registrations", "Auf der Warteliste"), ["1"]);
    assert_eq!(row(b, "registrations", "Warten auf Freigabe"), ["0"]);
    assert_eq!(row(b, "registrations", "Abgemeldet"), ["0"]);
    assert_eq!(row(b, "registrations", "Reihe abgeschlossen"), ["1"]);
    // per module: the date, then present, absent, excused
    assert_eq!(row(b, "attendance", "Modul 1: Grundlagen")[1..], ["2", "0", "0"]);
    assert_eq!(row(b, "attendance", "Modul 2: Recht")[1..], ["1", "0", "1"]);
    assert_eq!(row(b, "attendance", "Modul 3: Entfällt")[1..], ["0", "1", "0"]);
    // the people with a seat by target group; the waiting one is not counted
    assert_eq!(row(b, "groups", "Verwaltungsmitarbeitende"), ["1"]);
    assert_eq!(row(b, "groups", "Ehrenamtliche"), ["1"]);
    let s = app.state.store.series(id).await.unwrap().unwrap();
    r.assert_contains(&format!("Region \u{2068}{}\u{2069}", s.region_name));
    // the anonymous figures, with every answer (also those nobody gave)
    r.assert_contains("<caption>Alter</caption>")
        .assert_contains("<caption>Einwanderungsgeschichte</caption>");
    assert_eq!(row(b, "figures-1", "27 bis 49 Jahre"), ["1"]);
    assert_eq!(row(b, "figures-1", "unter 27 Jahre"), ["0"]);
    assert_eq!(row(b, "figures-2", "selbst eingewandert"), ["1"]);
    // the store's count agrees
    assert_eq!(app.state.store.completed_participants(&s).await.unwrap(), 1);

    // in Arabic: right to left, translated
    app.post("/language", &[("lang", "ar"), ("next", "/")]).await;
    let r = app.get(&format!("/series/{id}/figures")).await;
    assert_eq!(r.status, StatusCode::OK);
    r.assert_contains("<html lang=\"ar\" dir=\"rtl\">")
        .assert_contains("الأرقام والتصدير")
        .assert_contains("<h2>التسجيلات</h2>")
        .assert_not_contains(">figures-");
    assert_eq!(row(&r.body, "registrations", "مسجَّل (المقعد مؤكَّد)"), ["2"]);
}

#[tokio::test]
async fn a_series_without_registrations_shows_zeros_and_empty_states() {
    let (mut app, c) = signed_in("orgadmin@example.org").await;
    let id = create_series(&mut app, c.org, "Leere Reihe", &[]).await;
    let r = app.get(&format!("/series/{id}/figures")).await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(row(&r.body, "registrations", "Reihe abgeschlossen"), ["0"]);
    r.assert_contains("Noch keine Module")
        .assert_contains("Noch niemand hat einen sicheren Platz");
    let (status, _, bytes) = get_bytes(&app, &format!("/series/{id}/participants.csv")).await;
    assert_eq!(status, StatusCode::OK);
    let text = String::from_utf8(bytes).unwrap();
    let mut rdr = csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    assert_eq!(rdr.headers().unwrap().len(), 6);
    assert_eq!(rdr.records().count(), 0);
    let (status, _, bytes) = get_bytes(&app, &format!("/series/{id}/participants.xlsx")).await;
    assert_eq!(status, StatusCode::OK);
    let mut book: calamine::Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(bytes)).unwrap();
    let range = book.worksheet_range_at(0).unwrap().unwrap();
    assert_eq!(range.rows().count(), 1);
}

#[tokio::test]
async fn the_csv_export_is_translated_keeps_every_script_and_neutralises_formulas() {
    let (app, id, headers, bytes) = situation_exported("csv").await;
    assert_eq!(header_of(&headers, header::CONTENT_TYPE), "text/csv; charset=utf-8");
    assert_eq!(
        header_of(&headers, header::CONTENT_DISPOSITION),
        format!("attachment; filename=\"teilnehmende-{id}.csv\"")
    );
    assert_eq!(header_of(&headers, header::CACHE_CONTROL), "no-store");
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "UTF-8 byte order mark first");
    let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
    assert!(text.contains("\r\n"), "RFC 4180 line ends");
    let mut rdr = csv::Reader::from_reader(text.as_bytes());
    let head: Vec<String> = rdr.headers().unwrap().iter().map(str::to_string).collect();
    assert_eq!(
        head,
        [
            "Name",
            "E-Mail",
            "Organisation",
            "Zielgruppe",
            "Stand",
            "Angemeldet am",
            "Modul 1: Grundlagen (10.09.2026)",
            "Modul 2: Recht (12.11.2026)",
        ],
        "one column per module held; the cancelled one is left out"
    );
    let rows: Vec<Vec<String>> = rdr
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect();
    assert_eq!(rows.len(), 3, "the unconfirmed registration is not exported: {rows:?}");
    let find = |name: &str| {
        rows.iter()
            .find(|r| r[0] == name)
            .unwrap_or_else(|| panic!("{name} in {rows:?}"))
    };
    assert_eq!(
        find(ARABIC),
        &[
            ARABIC,
            "samira@example.org",
            "Landkreis Harz, Ordnungsamt",
            "Verwaltungsmitarbeitende",
            "Angemeldet (Platz sicher)",
            "28.05.2026",
            "Anwesend",
            "Anwesend",
        ]
    );
    let olena = find(CYRILLIC);
    assert_eq!(olena[2], "Willkommensinitiative \"Brücke\"");
    assert_eq!(olena[3], "Ehrenamtliche");
    assert_eq!(olena[6..], ["Anwesend", "Entschuldigt"]);
    // the formula is shown as text, not run
    let formula = find(&format!("'{FORMULA}"));
    assert_eq!(formula[4], "Auf der Warteliste");
    assert_eq!(formula[6..], ["", ""]);
    assert!(
        !text.contains("\n=") && !text.contains(",="),
        "no cell starts with =:\n{text}"
    );
    assert!(!text.contains("never@example.org"));
    app.assert_audited(&["series.export"]).await;
    // every field is quoted, so a `;` inside a cell cannot start a new one in a program that
    // splits on semicolons (German Excel)
    assert!(text.starts_with("\"Name\",\"E-Mail\","), "{text}");
    assert!(
        text.contains(&format!("\"'{}\"", FORMULA.replace('"', "\"\""))),
        "{text}"
    );

    // the same list separated by semicolons, for German spreadsheet programs
    let (status, headers, bytes) = get_bytes(&app, &format!("/series/{id}/participants-semicolon.csv")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        header_of(&headers, header::CONTENT_DISPOSITION),
        format!("attachment; filename=\"teilnehmende-{id}-semikolon.csv\"")
    );
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "UTF-8 byte order mark first");
    let semi = String::from_utf8(bytes[3..].to_vec()).unwrap();
    assert!(semi.starts_with("\"Name\";\"E-Mail\";"), "{semi}");
    let mut rdr = csv::ReaderBuilder::new().delimiter(b';').from_reader(semi.as_bytes());
    let semi_rows: Vec<Vec<String>> = rdr
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect();
    assert_eq!(semi_rows, rows, "the same cells, whichever the separator");

    // headers and words in the language of the request
    let mut en = app.browser_as("orgadmin@example.org").await;
    en.accept_language = Some("en".into());
    let r = en.get(&format!("/series/{id}/participants.csv")).await;
    assert_eq!(r.status, StatusCode::OK);
    let mut rdr = csv::Reader::from_reader(r.body.trim_start_matches('\u{feff}').as_bytes());
    let head: Vec<String> = rdr.headers().unwrap().iter().map(str::to_string).collect();
    assert_eq!(
        head[..6],
        [
            "Name",
            "E-mail",
            "Organisation",
            "Target group",
            "Status",
            "Registered on"
        ]
    );
    assert_eq!(head[6], "Modul 1: Grundlagen (10/09/2026)");
    r.assert_contains("Registered (place confirmed)")
        .assert_contains("Present")
        .assert_contains("Excused");
}

#[tokio::test]
async fn the_xlsx_export_reads_back_with_a_header_row_and_real_dates() {
    let (app, id, headers, bytes) = situation_exported("xlsx").await;
    assert_eq!(
        header_of(&headers, header::CONTENT_TYPE),
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    );
    assert_eq!(
        header_of(&headers, header::CONTENT_DISPOSITION),
        format!("attachment; filename=\"teilnehmende-{id}.xlsx\"")
    );
    assert!(bytes.starts_with(b"PK\x03\x04"), "a zip file");
    let mut book: calamine::Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(bytes)).unwrap();
    assert_eq!(book.sheet_names(), ["Teilnehmende"]);
    let range = book.worksheet_range("Teilnehmende").unwrap();
    let rows: Vec<&[Data]> = range.rows().collect();
    assert_eq!(rows.len(), 4, "header and three registrations");
    let text = |d: &Data| match d {
        Data::String(s) => s.clone(),
        Data::Empty => String::new(),
        other => panic!("expected text, got {other:?}"),
    };
    let head: Vec<String> = rows[0].iter().map(text).collect();
    assert_eq!(
        head[..6],
        ["Name", "E-Mail", "Organisation", "Zielgruppe", "Stand", "Angemeldet am"]
    );
    assert_eq!(head.len(), 8);
    let samira = rows.iter().find(|r| r[0] == Data::String(ARABIC.into())).unwrap();
    assert_eq!(text(&samira[2]), "Landkreis Harz, Ordnungsamt");
    assert_eq!(text(&samira[6]), "Anwesend");
    // the registration date is a date cell: 28 May 2026 is day 46170 of Excel's calendar
    match &samira[5] {
        Data::DateTime(d) => assert_eq!(d.as_f64(), 46170.0),
        other => panic!("expected a date, got {other:?}"),
    }
    assert!(rows.iter().any(|r| r[0] == Data::String(CYRILLIC.into())));
    // a string cell is never a formula in XLSX: the name is kept exactly
    assert!(rows.iter().any(|r| r[0] == Data::String(FORMULA.into())));

    // in Farsi the sheet is right to left and its words are Farsi
    let mut fa = app.browser_as("orgadmin@example.org").await;
    fa.post("/language", &[("lang", "fa"), ("next", "/")]).await;
    let (status, _, bytes) = get_bytes(&fa, &format!("/series/{id}/participants.xlsx")).await;
    assert_eq!(status, StatusCode::OK);
    let mut book: calamine::Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(bytes)).unwrap();
    assert_eq!(book.sheet_names(), ["شرکت‌کنندگان"]);
    let range = book.worksheet_range_at(0).unwrap().unwrap();
    assert_eq!(range.get((0, 0)), Some(&Data::String("نام".into())));
}

#[tokio::test]
async fn only_the_series_staff_see_figures_and_exports() {
    let mut app = TestApp::new().await;
    let id = situation(&mut app).await;
    let paths = [
        format!("/series/{id}/figures"),
        format!("/series/{id}/participants.csv"),
        format!("/series/{id}/participants.xlsx"),
    ];
    let anon = app.browser();
    let other = app.browser_as("other@example.org").await;
    let platform = app.browser_as("platform@example.org").await;
    for path in &paths {
        let (status, headers, body) = get_bytes(&anon, path).await;
        assert_eq!(status, StatusCode::SEE_OTHER, "{path} anonymous");
        assert!(
            header_of(&headers, header::LOCATION).starts_with("/login?next="),
            "{path}"
        );
        assert!(!String::from_utf8_lossy(&body).contains(ARABIC));
        let (status, _, body) = get_bytes(&other, path).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{path} as another organisation's admin");
        let body = String::from_utf8_lossy(&body);
        assert!(!body.contains(ARABIC) && !body.contains("samira@example.org"), "{path}");
        let (status, _, _) = get_bytes(&platform, path).await;
        assert_eq!(status, StatusCode::OK, "{path} as platform admin");
    }
    // an unknown series is not found
    let (status, _, _) = get_bytes(&app, "/series/999999/participants.csv").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    // nobody refused left a trace of an export
    let exports = app
        .audit_actions()
        .await
        .iter()
        .filter(|a| *a == "series.export")
        .count();
    assert_eq!(exports, 2, "the platform admin's two downloads only");
}
