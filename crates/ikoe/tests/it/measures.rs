//! The annual planner of a Leitbild process: its year, measures with owner,
//! month, principle and status, the tracked list with its filters, the wall
//! calendar (PDF), the calendar feed (.ics) and the owners' reminders; bad
//! input; who may see and change it.

use axum::http::StatusCode;

use crate::helpers::*;

/// The cast's organisation as an administration with a process run by its
/// admin (signed in on the returned app), a text of three principles, and a
/// planning year from May 2026 (the test clock's month). Returns the process.
async fn planner() -> (TestApp, Cast, i64) {
    let (mut app, c) = with_cast().await;
    crate::leitbild::administration(&app, c.org).await;
    let now = app.state.now();
    let st = &app.state.store;
    let id = st.create_process(now, c.admin, c.org, "Unser Leitbild").await.unwrap();
    let draft = domain::leitbild::Draft {
        slogan: "Offen für alle".into(),
        preamble: String::new(),
        principles: [
            "Wir beraten freundlich.",
            "Wir sprechen verständlich.",
            "Wir lernen dazu.",
        ]
        .iter()
        .map(|t| domain::leitbild::Principle {
            text: (*t).into(),
            goal: String::new(),
        })
        .collect(),
    };
    st.save_version(now, c.admin, id, 0, &draft).await.unwrap();
    app.login("orgadmin@example.org", PASSWORD).await;
    let r = app
        .post(
            &format!("/leitbild/{id}/planner/plan"),
            &[("plan_version", "0"), ("start_month", "2026-05")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    (app, c, id)
}

/// The measure form as the browser sends it.
fn form<'a>(
    version: &'a str,
    title: &'a str,
    owner: &'a str,
    email: &'a str,
    month: &'a str,
    principle: &'a str,
) -> Vec<(&'a str, &'a str)> {
    vec![
        ("version", version),
        ("title", title),
        ("description", ""),
        ("owner_name", owner),
        ("owner_email", email),
        ("month", month),
        ("principle", principle),
    ]
}

/// Adds a measure through the form; returns its id.
async fn add(app: &mut TestApp, id: i64, title: &str, owner: &str, email: &str, month: &str) -> i64 {
    let r = app
        .post(
            &format!("/leitbild/{id}/planner/new"),
            &form("", title, owner, email, month, "2"),
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    r.location().rsplit("#measure-").next().unwrap().parse().unwrap()
}

async fn measure(app: &TestApp, id: i64, m: i64) -> store::measures::Measure {
    app.state.store.leitbild_measure(id, m).await.unwrap().unwrap()
}

/// Posts a form expected to fail: 422, the message beside the field, what was typed kept.
async fn refused(app: &mut TestApp, path: &str, fields: &[(&str, &str)], message: &str, kept: &str) {
    let r = app.post(path, fields).await;
    assert_eq!(
        r.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{path} {fields:?}: {}",
        r.body
    );
    r.assert_contains(message).assert_contains(kept);
}

#[tokio::test]
async fn measures_are_added_changed_tracked_and_filtered() {
    let (mut app, c, id) = planner().await;
    // the overview leads to the planner, which shows the year
    app.get(&format!("/leitbild/{id}"))
        .await
        .assert_contains(&format!("href=\"/leitbild/{id}/planner\""));
    let page = app.get(&format!("/leitbild/{id}/planner")).await;
    page.assert_contains("Mai 2026")
        .assert_contains("April 2027")
        .assert_contains("Noch keine Maßnahmen");

    let a = add(
        &mut app,
        id,
        "Willkommensmappe in fünf Sprachen",
        "Amal Haddou",
        "",
        "2026-06",
    )
    .await;
    let b = add(
        &mut app,
        id,
        "<script>alert(1)</script> Wegweiser",
        "Jörg Pawlak",
        "joerg@elbauen.example",
        "2026-05",
    )
    .await;
    let page = app.get(&format!("/leitbild/{id}/planner")).await;
    page.assert_contains("Willkommensmappe in fünf Sprachen")
        .assert_contains("Amal Haddou")
        .assert_contains("2 – Wir sprechen verständlich.")
        // HTML in a title is shown as text
        .assert_contains("&#60;script&#62;alert(1)&#60;/script&#62; Wegweiser")
        .assert_not_contains("<script>alert(1)");
    // by month: May before June
    assert!(page.body.find(&format!("measure-{b}")).unwrap() < page.body.find(&format!("measure-{a}")).unwrap());

    // edited: another month, no principle, a description
    let m = measure(&app, id, a).await;
    let v = m.version.to_string();
    let mut f = form(
        &v,
        "Willkommensmappe in sechs Sprachen",
        "Amal Haddou",
        "",
        "2026-09",
        "",
    );
    f[2] = ("description", "Mit Piktogrammen.");
    let r = app.post(&format!("/leitbild/{id}/planner/{a}/edit"), &f).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let m = measure(&app, id, a).await;
    assert_eq!(
        (m.title.as_str(), m.month.as_str(), m.principle, m.description.as_str()),
        (
            "Willkommensmappe in sechs Sprachen",
            "2026-09",
            None,
            "Mit Piktogrammen."
        )
    );

    // its status: in progress, then done with its evidence
    let v = m.version.to_string();
    let r = app
        .post(
            &format!("/leitbild/{id}/planner/{a}/status"),
            &[("version", &v), ("status", "progress"), ("evidence", "")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let v = measure(&app, id, a).await.version.to_string();
    let r = app
        .post(
            &format!("/leitbild/{id}/planner/{a}/status"),
            &[
                ("version", &v),
                ("status", "done"),
                ("evidence", "Die Mappe liegt am Empfang aus."),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let m = measure(&app, id, a).await;
    assert_eq!(m.status, domain::measures::MeasureStatus::Done);
    let counts = app.state.store.planner_produced(id).await.unwrap();
    assert_eq!(
        (counts.open, counts.progress, counts.done, counts.total()),
        (1, 0, 1, 2)
    );

    // filters: by status, month and owner
    let done = app.get(&format!("/leitbild/{id}/planner?status=done")).await;
    done.assert_contains("Willkommensmappe in sechs Sprachen")
        .assert_contains("Die Mappe liegt am Empfang aus.")
        .assert_not_contains("Wegweiser</h3>");
    let may = app.get(&format!("/leitbild/{id}/planner?month=2026-05")).await;
    may.assert_contains("Wegweiser")
        .assert_not_contains("Willkommensmappe in sechs");
    let owner = app.get(&format!("/leitbild/{id}/planner?owner=J%C3%B6rg+Pawlak")).await;
    owner
        .assert_contains("Wegweiser")
        .assert_not_contains("Willkommensmappe in sechs");
    app.get(&format!("/leitbild/{id}/planner?status=open&month=2026-09"))
        .await
        .assert_contains("Keine Maßnahme passt zu diesem Filter.");
    // an unknown filter filters nothing
    app.get(&format!("/leitbild/{id}/planner?status=kaputt&month=1999-01"))
        .await
        .assert_contains("Wegweiser")
        .assert_contains("Willkommensmappe in sechs");

    // a member of the administration reads the planner, changes nothing
    let mut mia = app.browser();
    mia.login("member@example.org", PASSWORD).await;
    let page = mia.get(&format!("/leitbild/{id}/planner")).await;
    assert_eq!(page.status, StatusCode::OK);
    page.assert_contains("Willkommensmappe in sechs Sprachen")
        .assert_not_contains("/planner/new")
        .assert_not_contains(&format!("/planner/{a}/status"));
    for path in ["new".to_string(), format!("{a}/edit"), format!("{a}/status")] {
        let r = mia.get(&format!("/leitbild/{id}/planner/{path}")).await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{path}");
    }
    let r = mia
        .post(
            &format!("/leitbild/{id}/planner/{a}/status"),
            &[("version", "9"), ("status", "open"), ("evidence", "")],
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);

    // removing asks first, then removes
    let r = app.post(&format!("/leitbild/{id}/planner/{b}/remove"), &[]).await;
    assert_eq!(r.status, StatusCode::OK);
    r.assert_contains("entfernen?");
    assert!(app.state.store.leitbild_measure(id, b).await.unwrap().is_some());
    let r = app
        .post(&format!("/leitbild/{id}/planner/{b}/remove"), &[("confirmed", "true")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(app.state.store.leitbild_measure(id, b).await.unwrap().is_none());

    app.assert_audited(&[
        "measure.plan",
        "measure.create",
        "measure.update",
        "measure.status",
        "measure.remove",
    ])
    .await;
    let _ = c;
}

#[tokio::test]
async fn bad_measures_are_refused_with_what_was_typed_kept() {
    let (mut app, _, id) = planner().await;
    let new = format!("/leitbild/{id}/planner/new");
    // no owner
    refused(
        &mut app,
        &new,
        &form("", "Sprechstunde ohne Termin", "  ", "", "2026-07", ""),
        "Bitte tragen Sie ein, wer für die Maßnahme verantwortlich ist.",
        "Sprechstunde ohne Termin",
    )
    .await;
    // a month outside the plan's twelve, a month that is none, no month
    for month in ["2027-05", "2026-04", "2026-13", ""] {
        let message = if month.is_empty() {
            "Bitte füllen Sie dieses Feld aus."
        } else if month == "2026-13" {
            "Monat"
        } else {
            "Bitte wählen Sie einen der zwölf Monate des Planjahres."
        };
        refused(
            &mut app,
            &new,
            &form("", "Sprechstunde ohne Termin", "Hatice Korkmaz", "", month, ""),
            message,
            "Hatice Korkmaz",
        )
        .await;
    }
    // a principle the newest version does not have; an address that is none
    refused(
        &mut app,
        &new,
        &form("", "Sprechstunde", "Hatice Korkmaz", "", "2026-07", "4"),
        "field--error",
        "Sprechstunde",
    )
    .await;
    refused(
        &mut app,
        &new,
        &form("", "Sprechstunde", "Hatice Korkmaz", "hatice@", "2026-07", ""),
        "hatice@",
        "Sprechstunde",
    )
    .await;
    // a title too long, with a line break
    let long = "x".repeat(201);
    refused(
        &mut app,
        &new,
        &form("", &long, "Hatice Korkmaz", "", "2026-07", ""),
        "field--error",
        "Hatice Korkmaz",
    )
    .await;
    // a form that is not ours: 400
    let r = app.post(&new, &[("title", "x")]).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(app
        .state
        .store
        .leitbild_measures(id, &Default::default())
        .await
        .unwrap()
        .is_empty());

    // done needs its evidence
    let m = add(
        &mut app,
        id,
        "Sprechstunde ohne Termin",
        "Hatice Korkmaz",
        "",
        "2026-12",
    )
    .await;
    let status = format!("/leitbild/{id}/planner/{m}/status");
    refused(
        &mut app,
        &status,
        &[("version", "1"), ("status", "done"), ("evidence", "  ")],
        "Eine erledigte Maßnahme braucht einen Nachweis",
        "selected",
    )
    .await;
    let r = app
        .post(&status, &[("version", "1"), ("status", "fertig"), ("evidence", "")])
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(measure(&app, id, m).await.status, domain::measures::MeasureStatus::Open);

    // the plan cannot move away from its measures; a plan's month must be one
    let plan = format!("/leitbild/{id}/planner/plan");
    refused(
        &mut app,
        &plan,
        &[("plan_version", "1"), ("start_month", "2027-01")],
        "Einige Maßnahmen lägen außerhalb dieser zwölf Monate.",
        "2027-01",
    )
    .await;
    refused(
        &mut app,
        &plan,
        &[("plan_version", "1"), ("start_month", "März")],
        "field--error",
        "März",
    )
    .await;
    // moving it so that the measure stays inside is fine
    let r = app
        .post(&plan, &[("plan_version", "1"), ("start_month", "2026-03")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(
        app.state.store.leitbild_plan(id).await.unwrap().unwrap().start_month,
        "2026-03"
    );
    // a stale plan form is told
    refused(
        &mut app,
        &plan,
        &[("plan_version", "1"), ("start_month", "2026-04")],
        "Jemand anderes hat diese Angaben inzwischen geändert",
        "2026-04",
    )
    .await;
}

#[tokio::test]
async fn two_edits_of_one_measure_at_once_one_is_told() {
    let (mut app, _, id) = planner().await;
    let m = add(
        &mut app,
        id,
        "Feedbackkarten am Empfang",
        "Finn Reinhardt",
        "",
        "2026-08",
    )
    .await;
    let mut other = app.browser();
    other.login("orgadmin@example.org", PASSWORD).await;
    // both loaded version 1
    let edit = format!("/leitbild/{id}/planner/{m}/edit");
    let r = app
        .post(
            &edit,
            &form(
                "1",
                "Feedbackkarten in drei Sprachen",
                "Finn Reinhardt",
                "",
                "2026-08",
                "",
            ),
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let r = other
        .post(
            &edit,
            &form("1", "Feedbackkarten mit QR-Code", "Finn Reinhardt", "", "2026-08", ""),
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("Jemand anderes hat diese Maßnahme inzwischen geändert")
        .assert_contains("Feedbackkarten mit QR-Code")
        // saved again, it is written on the newest version
        .assert_contains("name=\"version\" value=\"2\"");
    assert_eq!(measure(&app, id, m).await.title, "Feedbackkarten in drei Sprachen");
    // a status change on the old version is told too
    let r = other
        .post(
            &format!("/leitbild/{id}/planner/{m}/status"),
            &[("version", "1"), ("status", "progress"), ("evidence", "")],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("Jemand anderes hat diese Maßnahme inzwischen geändert");
    assert_eq!(measure(&app, id, m).await.status, domain::measures::MeasureStatus::Open);
}

#[tokio::test]
async fn another_administrations_planner_is_not_found() {
    let (mut app, c, id) = planner().await;
    let m = add(
        &mut app,
        id,
        "Mehrsprachige Telefonansage",
        "Svetlana Morozova",
        "",
        "2026-10",
    )
    .await;
    // a process of the other administration, run by its admin
    crate::leitbild::administration(&app, c.other_org).await;
    let now = app.state.now();
    let theirs = app
        .state
        .store
        .create_process(now, c.other, c.other_org, "Fremdes Leitbild")
        .await
        .unwrap();
    let mut otto = app.browser();
    otto.login("other@example.org", PASSWORD).await;
    for path in [
        format!("/leitbild/{id}/planner"),
        format!("/leitbild/{id}/planner/new"),
        format!("/leitbild/{id}/planner/{m}/edit"),
        format!("/leitbild/{id}/planner/{m}/status"),
        format!("/leitbild/{id}/planner/calendar.pdf"),
        format!("/leitbild/{id}/planner/calendar.ics"),
    ] {
        assert_eq!(otto.get(&path).await.status, StatusCode::NOT_FOUND, "{path}");
    }
    let r = otto
        .post(
            &format!("/leitbild/{id}/planner/{m}/edit"),
            &form("1", "Übernommen", "Otto", "", "2026-10", ""),
        )
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    // the measure through Otto's own process is not found either
    let r = otto
        .post(
            &format!("/leitbild/{theirs}/planner/{m}/status"),
            &[("version", "1"), ("status", "done"), ("evidence", "x")],
        )
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert_eq!(
        otto.get(&format!("/leitbild/{theirs}/planner/{m}/edit")).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(measure(&app, id, m).await.title, "Mehrsprachige Telefonansage");
}

#[tokio::test]
async fn an_owner_is_reminded_once_when_the_month_begins() {
    let (mut app, _, id) = planner().await;
    // May 2026 is the clock's month: due now; June later; one without an address; one done
    let due = add(
        &mut app,
        id,
        "Sprechstunde ohne Termin",
        "Hatice Korkmaz",
        "hatice@elbauen.example",
        "2026-05",
    )
    .await;
    add(
        &mut app,
        id,
        "Telefonansage",
        "Svetlana Morozova",
        "svetlana@elbauen.example",
        "2026-06",
    )
    .await;
    add(&mut app, id, "Plakat aufhängen", "Greta Sandmann", "", "2026-05").await;
    let done = add(&mut app, id, "Mappe", "Amal Haddou", "amal@elbauen.example", "2026-05").await;
    let r = app
        .post(
            &format!("/leitbild/{id}/planner/{done}/status"),
            &[("version", "1"), ("status", "done"), ("evidence", "liegt aus")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);

    let st = app.state.clone();
    assert_eq!(ikoe::jobs::measures::send_reminders(&st).await.unwrap(), 1);
    assert_eq!(ikoe::jobs::measures::send_reminders(&st).await.unwrap(), 0, "once only");
    let mails: Vec<_> = app
        .mails()
        .await
        .into_iter()
        .filter(|m| m.kind == domain::outbox::MailKind::MeasureDue)
        .collect();
    assert_eq!(mails.len(), 1);
    let mail = &mails[0];
    assert_eq!(mail.to_addr, "hatice@elbauen.example");
    assert!(mail.subject.contains("Sprechstunde ohne Termin"), "{}", mail.subject);
    assert!(mail.body.contains("Guten Tag Hatice Korkmaz"), "{}", mail.body);
    assert!(mail.body.contains("Mai 2026"), "{}", mail.body);
    assert!(
        mail.body.contains("Leitsatz 2: Wir sprechen verständlich."),
        "{}",
        mail.body
    );
    assert!(mail.body.contains("Koordinierungsstelle Harz"), "{}", mail.body);
    assert!(measure(&app, id, due).await.reminded_at.is_some());

    // June comes: Svetlana is reminded
    app.clock().advance(5 * 86_400);
    assert_eq!(ikoe::jobs::measures::send_reminders(&st).await.unwrap(), 1);
    // moved to July, Hatice's measure is due again then (and only then)
    app.login("orgadmin@example.org", PASSWORD).await;
    let r = app
        .post(
            &format!("/leitbild/{id}/planner/{due}/edit"),
            &form(
                "1",
                "Sprechstunde ohne Termin",
                "Hatice Korkmaz",
                "hatice@elbauen.example",
                "2026-07",
                "2",
            ),
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert!(r.location().contains("/planner"), "{}", r.location());
    assert!(measure(&app, id, due).await.reminded_at.is_none());
    assert_eq!(ikoe::jobs::measures::send_reminders(&st).await.unwrap(), 0);
    app.clock().advance(31 * 86_400);
    assert_eq!(ikoe::jobs::measures::send_reminders(&st).await.unwrap(), 1);
    app.assert_audited(&["measure.reminders"]).await;
    // the outbox names the kind
    let mut admin = app.browser_as("platform@example.org").await;
    admin
        .get("/admin/outbox")
        .await
        .assert_contains("Erinnerung an eine Maßnahme im Jahresplaner");
}

#[tokio::test]
async fn the_wall_calendar_holds_every_measure_even_long_ones() {
    let (mut app, _, id) = planner().await;
    let long = "Diskriminierungssensible Überarbeitung sämtlicher Formulare, Bescheide und Merkblätter \
                der Ausländerbehörde in leichter Sprache und in den fünf häufigsten Herkunftssprachen";
    let mut titles = vec![];
    for n in 1..=14 {
        let title = format!("{n}. {long}");
        add(&mut app, id, &title, "Jörg Pawlak", "", "2026-07").await;
        titles.push(title);
    }
    add(&mut app, id, "Willkommensmappe", "Amal Haddou", "", "2027-04").await;
    titles.push("Willkommensmappe".into());
    let r = app.get(&format!("/leitbild/{id}/planner/calendar.pdf")).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(r.headers["content-type"], "application/pdf");
    if let Ok(dir) = std::env::var("IKOE_SAMPLE_DIR") {
        std::fs::write(format!("{dir}/planner-app-de.pdf"), &r.bytes).unwrap();
    }
    let squash = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    let text = squash(&pdf_extract::extract_text_from_mem(&r.bytes).unwrap());
    for t in &titles {
        assert!(text.contains(&squash(t)), "{t} is missing or cut off");
    }
    for s in [
        "Koordinierungsstelle Harz",
        "Offen für alle",
        "Jahresplaner Mai 2026 – April 2027",
        "Leitsatz 2",
        "offen",
    ] {
        assert!(text.contains(&squash(s)), "{s} not in {text}");
    }
    // in Arabic, right to left
    let mut ar = app.browser_as("orgadmin@example.org").await;
    ar.post("/language", &[("lang", "ar"), ("next", "/")]).await;
    let r = ar.get(&format!("/leitbild/{id}/planner/calendar.pdf")).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.bytes.starts_with(b"%PDF"));
}

#[tokio::test]
async fn the_calendar_feed_parses_with_one_event_per_measure() {
    let (mut app, c, id) = planner().await;
    add(
        &mut app,
        id,
        "Mappe, mehrsprachig; mit Bildern",
        "Amal Haddou",
        "",
        "2026-06",
    )
    .await;
    add(&mut app, id, "Telefonansage", "Svetlana Morozova", "", "2026-12").await;
    add(&mut app, id, "Jahresgespräch", "Dr. Henrike Albers", "", "2027-04").await;
    let r = app.get(&format!("/leitbild/{id}/planner/calendar.ics")).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.headers["content-type"].to_str().unwrap().starts_with("text/calendar"));
    let events = parse(&r.body);
    assert_eq!(events.len(), 3);
    let first = events
        .iter()
        .find(|e| get(e, "SUMMARY") == "Mappe\\, mehrsprachig\\; mit Bildern")
        .unwrap();
    assert_eq!(get(first, "DTSTART"), "20260601");
    assert_eq!(get(first, "DTEND"), "20260602");
    assert!(get(first, "UID").starts_with("measure-"));
    assert!(get(first, "DESCRIPTION").contains("Amal Haddou"));
    assert!(events.iter().any(|e| get(e, "DTSTART") == "20270401"));

    // the personal feed address: the same secret as the person's calendar feed
    let page = app.get(&format!("/leitbild/{id}/planner")).await;
    let start = page.body.find(&format!("/leitbild/{id}/planner/feed/")).unwrap();
    let path: String = page.body[start..].chars().take_while(|c| *c != '<').collect();
    let mut anon = app.browser();
    let feed = anon.get(&path).await;
    assert_eq!(feed.status, StatusCode::OK, "{path}");
    assert_eq!(parse(&feed.body).len(), 3);
    // a wrong secret, or another process, is not found
    assert_eq!(
        anon.get(&format!("/leitbild/{id}/planner/feed/wrong.ics")).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        anon.get(&path.replace(&format!("/leitbild/{id}/"), &format!("/leitbild/{}/", id + 1)))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    // renewed on the profile page, the old address stops working
    let r = app.post("/profile/calendar/reset", &[("confirmed", "true")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(anon.get(&path).await.status, StatusCode::NOT_FOUND);
    // and a member's address works only while they may see the process
    let mut mia = app.browser_as("member@example.org").await;
    let page = mia.get(&format!("/leitbild/{id}/planner")).await;
    let start = page.body.find(&format!("/leitbild/{id}/planner/feed/")).unwrap();
    let path: String = page.body[start..].chars().take_while(|c| *c != '<').collect();
    assert_eq!(anon.get(&path).await.status, StatusCode::OK);
    app.state
        .store
        .remove_member(app.state.now(), c.admin, c.org, c.member)
        .await
        .unwrap();
    assert_eq!(anon.get(&path).await.status, StatusCode::NOT_FOUND);
}

/// Checks the lines (CRLF, at most 75 octets), unfolds them and parses the
/// calendar with the `ical` crate; returns each event's properties.
fn parse(body: &str) -> Vec<Vec<(String, String)>> {
    assert!(body.starts_with("BEGIN:VCALENDAR\r\n"), "{body}");
    for line in body.split_terminator("\r\n") {
        assert!(line.len() <= 75, "line longer than 75 octets: {line:?}");
    }
    let unfolded = body.replace("\r\n ", "").replace("\r\n\t", "");
    let mut parser = ical::IcalParser::new(std::io::BufReader::new(unfolded.as_bytes()));
    let cal = parser.next().expect("a calendar").expect("a valid calendar");
    assert!(parser.next().is_none(), "one calendar only");
    cal.events
        .into_iter()
        .map(|e| {
            e.properties
                .into_iter()
                .map(|p| (p.name, p.value.unwrap_or_default()))
                .collect()
        })
        .collect()
}

fn get<'a>(event: &'a [(String, String)], name: &str) -> &'a str {
    event.iter().find(|(n, _)| n == name).map_or("", |(_, v)| v.as_str())
}
