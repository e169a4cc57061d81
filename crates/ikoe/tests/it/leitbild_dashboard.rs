//! The success-criteria dashboard of a Leitbild process: participants and
//! active contributors per department against its headcount and over time,
//! leadership, rounds with the staff reached and the comments answered,
//! products, the latest evaluation; the same tables as CSV and XLSX; no name.

use std::io::Cursor;

use axum::http::StatusCode;
use calamine::{Data, Reader};

use crate::helpers::*;
use crate::leitbild::department_id;
use crate::leitbild_rounds::{jonas_link, prepared, start_round};

/// The page's text without the isolation marks around Fluent arguments.
fn plain(r: &Resp) -> String {
    r.body.replace(['\u{2068}', '\u{2069}'], "")
}

#[tokio::test]
async fn the_dashboard_counts_who_took_part_per_department_and_names_nobody() {
    let (mut app, _c, id) = prepared().await;
    let dash = format!("/leitbild/{id}/dashboard");

    // nothing yet: zeros, no chart of rounds, no evaluation
    let page = app.get(&dash).await;
    page.assert_status(StatusCode::OK);
    let text = plain(&page);
    assert!(text.contains("Erfolgskriterien"), "{text}");
    assert!(text.contains("Noch keine Befragung."));
    assert!(!text.contains("chart-rounds-title"));

    // a second department (8 staff) with a link on the intranet
    let r = app
        .post(
            &format!("/leitbild/{id}/departments"),
            &[("dep_name", "Ausländerbehörde"), ("dep_headcount", "8")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let abh = department_id(&app, id, "Ausländerbehörde").await;
    let r = app.post(&format!("/leitbild/{id}/departments/{abh}/link"), &[]).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let base = app.state.config.public_url.clone();
    let at = r.body.find(&format!("{base}/mitmachen/")).expect("the link is shown");
    let dep_link: String = r.body[at + base.len()..]
        .chars()
        .take_while(|c| *c != '"' && *c != '<')
        .collect();

    // Jonas (Bürgerbüro, 12 staff) opens his link: a participant
    let link = jonas_link(&mut app, id).await;
    let mut jonas = app.browser();
    jonas.cookies.clear();
    jonas.get(&link).await.assert_status(StatusCode::OK);
    let text = plain(&app.get(&dash).await);
    assert!(
        text.contains("<dt>Teilnehmende</dt><dd><bdi>1 (5 %)</bdi></dd>"),
        "{text}"
    );
    assert!(
        text.contains("<dt>Aktiv Mitwirkende</dt><dd><bdi>0 (0 %)</bdi></dd>"),
        "{text}"
    );

    // in a round he comments (active); a visitor of the department link supports
    let round = start_round(&mut app, id, "").await;
    let round_s = round.to_string();
    let r = jonas
        .post(
            &format!("{link}/comment"),
            &[
                ("round", &round_s),
                ("target", "slogan"),
                ("body", "Gut so."),
                ("proposal", ""),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let mut visitor = app.browser();
    visitor.cookies.clear();
    visitor.get(&dep_link).await.assert_status(StatusCode::OK);
    let r = visitor
        .post(
            &format!("{dep_link}/support"),
            &[("round", &round_s), ("target", "slogan"), ("on", "1")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);

    let page = app.get(&dash).await;
    let text = plain(&page);
    // 2 of 20 took part, 1 of them actively
    assert!(
        text.contains("<dt>Teilnehmende</dt><dd><bdi>2 (10 %)</bdi></dd>"),
        "{text}"
    );
    assert!(
        text.contains("<dt>Aktiv Mitwirkende</dt><dd><bdi>1 (5 %)</bdi></dd>"),
        "{text}"
    );
    // per department: Bürgerbüro 1 of 12 (8 %), active 1; Ausländerbehörde 1 of 8 (13 %), active 0
    let row = |name: &str| {
        let start = text.find(&format!("<th scope=\"row\"><bdi>{name}</bdi></th>")).unwrap();
        let end = start + text[start..].find("</tr>").unwrap();
        text[start..end].to_string()
    };
    let bb = row("Bürgerbüro");
    assert!(bb.contains("<bdi>12</bdi>") && bb.contains("<bdi>8 %</bdi>"), "{bb}");
    let abh_row = row("Ausländerbehörde");
    assert!(
        abh_row.contains("<bdi>13 %</bdi>") && abh_row.contains("<bdi>0 %</bdi>"),
        "{abh_row}"
    );
    // reached: all 8 of the department with a link, 1 of 12 with a personal link: 9 of 20
    assert!(text.contains("<dt>Erreicht</dt><dd><bdi>9 (45 %)</bdi></dd>"), "{text}");
    assert!(text.contains("<dd><bdi>0 von 1</bdi></dd>"), "{text}");
    // charts are images named by their title, with the table beside them
    page.assert_contains("role=\"img\" aria-labelledby=\"chart-departments-title chart-departments-desc\"")
        .assert_contains("aria-labelledby=\"chart-months-title chart-months-desc\"")
        .assert_contains("aria-labelledby=\"chart-rounds-title chart-rounds-desc\"")
        .assert_contains("id=\"departments-caption\"")
        .assert_not_contains("Jonas Becker")
        .assert_not_contains("Amira Haddad")
        .assert_not_contains("jonas.becker@example.org");
    // the month by month table ends with this month at 2 and 1
    let month = domain::measures::current_month(app.state.now(), i18n::time_zone());
    let (y, m) = month.split_once('-').unwrap();
    let label = i18n::I18n::load()
        .unwrap()
        .t_args(
            "de",
            "month-year",
            &[
                ("month", m.parse::<i64>().unwrap().into()),
                ("year", y.to_string().into()),
            ],
        )
        .replace(['\u{2068}', '\u{2069}'], "");
    assert!(
        text.contains(&format!(
            "<th scope=\"row\"><bdi>{label}</bdi></th><td class=\"num\"><bdi>2</bdi></td>"
        )),
        "{label}"
    );

    // the team answers the comment: 1 of 1
    let comment = app.state.store.round_comments(round).await.unwrap()[0].clone();
    let r = app
        .post(
            &format!("/leitbild/{id}/rounds/{round}/comments/{}", comment.id),
            &[("version", "1"), ("answer", "taken"), ("reason", "Übernommen.")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert!(plain(&app.get(&dash).await).contains("<dd><bdi>1 von 1</bdi></dd>"));

    // the same tables as CSV (semicolons for German spreadsheets) …
    let r = app.get(&format!("/leitbild/{id}/dashboard-semikolon.csv")).await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.headers["content-type"], "text/csv; charset=utf-8");
    assert_eq!(
        r.headers["content-disposition"],
        format!("attachment; filename=\"leitbild-{id}-kennzahlen-semikolon.csv\"")
    );
    let csv = r
        .body
        .trim_start_matches('\u{feff}')
        .replace(['\u{2068}', '\u{2069}'], "");
    assert!(
        csv.starts_with("\"Beteiligung je Abteilung\"\r\n\"Abteilung\";\"Beschäftigte\""),
        "{csv}"
    );
    assert!(csv.contains("\"Bürgerbüro\";\"12\";\"1\";\"8\";\"1\";\"8\""), "{csv}");
    assert!(csv.contains("\"Alle\";\"20\";\"2\";\"10\";\"1\";\"5\""), "{csv}");
    assert!(!csv.contains("Jonas"));
    // … and as XLSX, one worksheet per table, counts as numbers
    let r = app.get(&format!("/leitbild/{id}/dashboard.xlsx")).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.bytes.starts_with(b"PK\x03\x04"), "a zip file");
    let mut book: calamine::Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(r.bytes.clone())).unwrap();
    let names = book.sheet_names();
    assert!(names.iter().any(|n| n == "Beteiligung je Abteilung"), "{names:?}");
    assert!(names.iter().any(|n| n == "Feedbackrunden"), "{names:?}");
    let sheet = book.worksheet_range("Beteiligung je Abteilung").unwrap();
    let all = sheet
        .rows()
        .find(|r| r.first() == Some(&Data::String("Alle".into())))
        .expect("a row for all departments");
    assert_eq!(all[1], Data::Float(20.0));
    assert_eq!(all[2], Data::Float(2.0));
    assert_eq!(all[3], Data::Float(0.1));
    app.assert_audited(&["leitbild.dashboard.export"]).await;
}

#[tokio::test]
async fn the_dashboard_in_arabic_renders_and_exports() {
    let (mut app, _c, id) = prepared().await;
    app.post("/language", &[("lang", "ar"), ("next", "/")]).await;
    let page = app.get(&format!("/leitbild/{id}/dashboard")).await;
    page.assert_status(StatusCode::OK)
        .assert_contains("dir=\"rtl\"")
        .assert_contains("class=\"chart\"");
    let r = app.get(&format!("/leitbild/{id}/dashboard.xlsx")).await;
    assert_eq!(r.status, StatusCode::OK);
    let book: calamine::Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(r.bytes.clone())).unwrap();
    assert!(!book.sheet_names().is_empty());
}
