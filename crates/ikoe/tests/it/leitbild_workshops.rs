//! The workshops of a Leitbild process: planning makes the process's
//! invitation-only series once, registration and attendance happen on the
//! series' pages and feed the participation per department (leadership
//! included); results are recorded, edited, taken into the draft and
//! removed; bad input is refused beside its field; another organisation's
//! process and results stay out of reach.

use axum::http::StatusCode;
use domain::leitbild_workshops::{CardKind, WorkshopKind};
use store::leitbild::NewPerson;

use crate::builders::*;
use crate::helpers::*;

/// A process of the cast's organisation (an administration) run by its admin,
/// with two departments and three people: a leader with an address, a
/// colleague whose address is written in capitals, one without an address.
async fn process(app: &TestApp, c: &Cast) -> i64 {
    let st = &app.state.store;
    let now = app.state.now();
    crate::leitbild::administration(app, c.org).await;
    let id = st.create_process(now, c.admin, c.org, "Unser Leitbild").await.unwrap();
    let buero = st.add_department(now, c.admin, id, "Bürgerbüro", 5).await.unwrap();
    let jugend = st.add_department(now, c.admin, id, "Jugendamt", 4).await.unwrap();
    for (name, email, dep, leader) in [
        ("Lena Vogel", "lena.vogel@example.org", buero, true),
        ("Tom Berg", "Tom.Berg@Example.ORG", jugend, false),
        ("Ada Kurz", "", jugend, false),
    ] {
        let p = NewPerson {
            name: name.into(),
            email: email.into(),
            function: String::new(),
            department_id: Some(dep),
            leader,
        };
        st.add_person(now, c.admin, id, &p).await.unwrap();
    }
    id
}

/// The planning form.
fn plan<'a>(kind: &'a str, title: &'a str, starts: &'a str, ends: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("kind", kind),
        ("title", title),
        ("starts_at", starts),
        ("ends_at", ends),
        ("venue", "Rathaus, Saal 2"),
        ("online_url", ""),
    ]
}

/// Plans a workshop over HTTP; returns its id.
async fn plan_ok(app: &mut TestApp, process: i64, kind: &str, title: &str, starts: &str, ends: &str) -> i64 {
    let r = app
        .post(
            &format!("/leitbild/{process}/workshops"),
            &plan(kind, title, starts, ends),
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    r.id_after(&format!("/leitbild/{process}/workshops/"))
}

async fn series_count(app: &TestApp) -> i64 {
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM series")
        .fetch_one(app.state.store.pool())
        .await
        .unwrap();
    n
}

#[tokio::test]
async fn planning_makes_the_series_once_and_attendance_feeds_the_figures() {
    let (mut app, c) = signed_in("orgadmin@example.org").await;
    let id = process(&app, &c).await;
    app.get(&format!("/leitbild/{id}"))
        .await
        .assert_contains(&format!("href=\"/leitbild/{id}/workshops\""));
    app.get(&format!("/leitbild/{id}/workshops"))
        .await
        .assert_status(StatusCode::OK)
        .assert_contains("Noch ist keine Werkstatt geplant");

    // workshop 1, its form sent twice (a double click): one workshop, one series
    let w1 = plan_ok(&mut app, id, "vision", "", "2026-06-20T09:00", "2026-06-20T15:00").await;
    let r = app
        .post(
            &format!("/leitbild/{id}/workshops"),
            &plan("vision", "", "2026-06-20T09:00", "2026-06-20T15:00"),
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("Diese Werkstatt ist schon geplant");
    assert_eq!(series_count(&app).await, 1);
    let series = app.state.store.workshop_series(id).await.unwrap().unwrap();
    let s = app.state.store.series(series).await.unwrap().unwrap();
    assert_eq!(s.org_id, c.org);
    assert_eq!(s.visibility, domain::series::Visibility::Invitation);
    assert_eq!(
        app.state.store.series_text(series, "de").await.unwrap().title,
        "Leitbild-Werkstätten: Unser Leitbild"
    );
    let w = app.state.store.workshop(id, w1).await.unwrap().unwrap();
    assert_eq!(w.title, "Werkstatt 1: Visionsarbeit", "the kind's name when left empty");
    assert_eq!(w.kind, WorkshopKind::Vision);

    // a mini-workshop; the same one sent twice is refused
    let mini = plan_ok(
        &mut app,
        id,
        "mini",
        "Mini: Empfang",
        "2026-07-01T14:00",
        "2026-07-01T16:00",
    )
    .await;
    let r = app
        .post(
            &format!("/leitbild/{id}/workshops"),
            &plan("mini", "Mini: Empfang", "2026-07-01T14:00", "2026-07-01T16:00"),
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("beginnt schon zu dieser Zeit");
    // two plans at the very same moment still share one series
    {
        let st = &app.state.store;
        let now = app.state.now();
        let template = new_series(
            "x",
            domain::series::SeriesKind::ExpertDay,
            domain::series::Visibility::Invitation,
            20,
        );
        let a = new_module("Mini A", now + 86_400, now + 90_000, "Saal");
        let b = new_module("Mini B", now + 86_400, now + 90_000, "Saal");
        let (x, y) = tokio::join!(
            st.plan_workshop(now, c.admin, id, WorkshopKind::Mini, &a, &template, "k1"),
            st.plan_workshop(now, c.admin, id, WorkshopKind::Mini, &b, &template, "k2"),
        );
        x.unwrap();
        y.unwrap();
    }
    assert_eq!(series_count(&app).await, 1);
    assert_eq!(app.state.store.modules(series).await.unwrap().len(), 4);

    // registrations on the series' own page; attendance by roll call on the module's
    for (name, email) in [
        ("Lena Vogel", "lena.vogel@example.org"),
        ("Tom Berg", "tom.berg@example.org"),
        ("Gabi Gast", "gabi.gast@example.org"),
    ] {
        let r = app
            .post(
                &format!("/series/{series}/participants/add"),
                &[
                    ("name", name),
                    ("email", email),
                    ("affiliation", ""),
                    ("target_group", "administration"),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    }
    let regs = app.state.store.registrations_of_series(series).await.unwrap();
    let reg = |name: &str| regs.iter().find(|r| r.name == name).unwrap().id.to_string();
    let (lena, tom, gabi) = (reg("Lena Vogel"), reg("Tom Berg"), reg("Gabi Gast"));
    let m1 = app.state.store.workshop(id, w1).await.unwrap().unwrap().module_id;
    let m2 = app.state.store.workshop(id, mini).await.unwrap().unwrap().module_id;
    let (a_lena, a_tom, a_gabi) = (format!("a_{lena}"), format!("a_{tom}"), format!("a_{gabi}"));
    let r = app
        .post(
            &format!("/modules/{m1}/attendance"),
            &[(&a_lena, "present"), (&a_tom, "present"), (&a_gabi, "present")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let r = app
        .post(
            &format!("/modules/{m2}/attendance"),
            &[(&a_lena, "absent"), (&a_tom, "present"), (&a_gabi, "excused")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);

    // each person counts once, in their department (addresses compared without case);
    // an address nobody taking part has counts without department
    let p = app.state.store.workshop_participation(id).await.unwrap();
    assert_eq!(p.attendees, 3);
    assert_eq!((p.leaders_attended, p.leaders), (1, 1));
    let row = |name: &str| p.departments.iter().find(|d| d.department == name).unwrap().clone();
    assert_eq!((row("Bürgerbüro").attendees, row("Bürgerbüro").leaders), (1, 1));
    assert_eq!((row("Jugendamt").attendees, row("Jugendamt").leaders), (1, 0));
    assert_eq!(row("Jugendamt").headcount, 4);
    let without = p.departments.last().unwrap();
    assert_eq!((without.department_id, without.attendees), (None, 1));
    let w = app.state.store.workshop(id, w1).await.unwrap().unwrap();
    assert_eq!((w.attendees, w.leaders), (3, 1));
    let w = app.state.store.workshop(id, mini).await.unwrap().unwrap();
    assert_eq!((w.attendees, w.leaders), (1, 0));

    app.get(&format!("/leitbild/{id}/workshops"))
        .await
        .assert_contains("Ohne Abteilung")
        .assert_contains("1 von 1 Mitglied der Leitung")
        .assert_contains(&format!("href=\"/modules/{m1}/attendance\""))
        .assert_contains(&format!("href=\"/series/{series}/participants\""));
    app.assert_audited(&["leitbild.workshop.plan", "series.create"]).await;
}

/// The id of the newest card of a workshop with this text.
async fn card_id(app: &TestApp, w: i64, kind: CardKind, text: &str) -> (i64, i64) {
    let cards = app.state.store.cards(w, kind).await.unwrap();
    let c = cards.iter().find(|c| c.text == text).unwrap();
    (c.id, c.version)
}

#[tokio::test]
async fn results_are_recorded_edited_taken_into_the_draft_and_removed() {
    let (mut app, c) = signed_in("orgadmin@example.org").await;
    let id = process(&app, &c).await;
    let w1 = plan_ok(&mut app, id, "vision", "", "2026-06-20T09:00", "2026-06-20T15:00").await;
    let w2 = plan_ok(&mut app, id, "values", "", "2026-07-20T09:00", "2026-07-20T15:00").await;
    let w3 = plan_ok(&mut app, id, "goals", "", "2026-08-20T09:00", "2026-08-20T15:00").await;
    let mini = plan_ok(&mut app, id, "mini", "Mini", "2026-09-01T14:00", "2026-09-01T16:00").await;
    let page = format!("/leitbild/{id}/workshops/{w1}");

    // value cards with dot votes, the most votes first; HTML shown as text
    for (text, votes) in [("Respekt", "3"), ("Offenheit", "7"), ("<b>Mut</b>", "")] {
        let r = app
            .post(
                &format!("/leitbild/{id}/workshops/{w1}/cards"),
                &[("kind", "value"), ("value-text", text), ("value-votes", votes)],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        assert!(r.location().ends_with("#values"), "{}", r.location());
    }
    let cards = app.state.store.cards(w1, CardKind::Value).await.unwrap();
    let texts: Vec<_> = cards.iter().map(|c| (c.text.as_str(), c.votes)).collect();
    assert_eq!(texts, vec![("Offenheit", 7), ("Respekt", 3), ("<b>Mut</b>", 0)]);
    let body = app.get(&page).await;
    body.assert_contains("&#60;b&#62;Mut&#60;/b&#62;")
        .assert_not_contains("<b>Mut</b>");

    // one more dot, then the count corrected with the version the form was loaded with
    let (respekt, _) = card_id(&app, w1, CardKind::Value, "Respekt").await;
    let r = app
        .post(&format!("/leitbild/{id}/workshop-cards/{respekt}/vote"), &[])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let (_, v) = card_id(&app, w1, CardKind::Value, "Respekt").await;
    let edit = format!("/leitbild/{id}/workshop-cards/{respekt}");
    let (text_f, votes_f) = (format!("c{respekt}-text"), format!("c{respekt}-votes"));
    let r = app
        .post(
            &edit,
            &[("version", &v.to_string()), (&text_f, "Respekt"), (&votes_f, "12")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(
        app.state.store.cards(w1, CardKind::Value).await.unwrap()[0].text,
        "Respekt"
    );
    // a second team member's form, loaded before: told, nothing overwritten, what was typed kept
    let r = app
        .post(
            &edit,
            &[
                ("version", &v.to_string()),
                (&text_f, "Respekt und Würde"),
                (&votes_f, "5"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("Jemand anderes hat diese Angaben inzwischen geändert")
        .assert_contains("Respekt und Würde");
    let (_, now_v) = card_id(&app, w1, CardKind::Value, "Respekt").await;
    assert_eq!(now_v, v + 1);
    assert_eq!(app.state.store.cards(w1, CardKind::Value).await.unwrap()[0].votes, 12);

    // notes with their category
    let r = app
        .post(
            &format!("/leitbild/{id}/workshops/{w1}/notes"),
            &[
                ("note-category", "core_task"),
                ("note-text", "Menschen gut ankommen lassen"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let note = app.state.store.notes(w1).await.unwrap()[0].clone();
    let r = app
        .post(
            &format!("/leitbild/{id}/workshop-notes/{}", note.id),
            &[
                ("version", &note.version.to_string()),
                (&format!("n{}-category", note.id), "good"),
                (&format!("n{}-text", note.id), "Kurze Wege"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    app.get(&page)
        .await
        .assert_contains("Was war gut?")
        .assert_contains("Kurze Wege");

    // slogan proposals in workshop 3
    let r = app
        .post(
            &format!("/leitbild/{id}/workshops/{w3}/cards"),
            &[
                ("kind", "slogan"),
                ("slogan-text", "Gemeinsam offen"),
                ("slogan-votes", "4"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(
        app.state.store.slogan_proposals(id).await.unwrap()[0].text,
        "Gemeinsam offen"
    );

    // a draft principle goes into the draft as a new version (once the draft has one)
    let r = app
        .post(
            &format!("/leitbild/{id}/workshops/{w2}/drafted"),
            &[
                ("drafted-text", "Wir erklären, was wir entscheiden."),
                ("drafted-goal", "Verständliche Bescheide"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let d = app.state.store.drafted(w2).await.unwrap()[0].clone();
    let take = format!("/leitbild/{id}/workshop-principles/{}/take", d.id);
    let r = app.post(&take, &[]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("Der Leitbildtext hat noch keine Fassung");
    let draft = domain::leitbild::Draft {
        slogan: "Offen für alle".into(),
        preamble: String::new(),
        principles: vec![domain::leitbild::Principle {
            text: "Wir beraten freundlich.".into(),
            goal: String::new(),
        }],
    };
    app.state
        .store
        .save_version(app.state.now(), c.admin, id, 0, &draft)
        .await
        .unwrap();
    let r = app.post(&take, &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(r.location(), format!("/leitbild/{id}/versions/2"));
    let (_, text) = app.state.store.version(id, 2).await.unwrap().unwrap();
    assert_eq!(text.principles.len(), 2);
    assert_eq!(text.principles[1].text, "Wir erklären, was wir entscheiden.");
    assert_eq!(text.principles[1].goal, "Verständliche Bescheide");
    // pressed again: nothing appended twice
    let r = app.post(&take, &[]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("Dieser Leitsatz ist schon im Entwurf");
    assert_eq!(app.state.store.latest_version(id).await.unwrap(), 2);
    app.get(&format!("/leitbild/{id}/workshops/{w2}"))
        .await
        .assert_contains("übernommen in")
        .assert_contains(&format!("href=\"/leitbild/{id}/versions/2\""));

    // assignments of the mini-workshop, tracked until done; the open ones first on the list
    for (group, due) in [("AG Empfang", "2026-07-01"), ("AG Bescheide", "2026-06-15")] {
        let r = app
            .post(
                &format!("/leitbild/{id}/workshops/{mini}/assignments"),
                &[
                    ("assignment-group", group),
                    ("assignment-task", "Etwas erledigen"),
                    ("assignment-due", due),
                    ("assignment-status", "open"),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    }
    let list = app.state.store.assignments_of_process(id).await.unwrap();
    assert_eq!(list[0].group_name, "AG Bescheide", "the earlier due date first");
    let r = app
        .post(
            &format!("/leitbild/{id}/assignments/{}/status", list[0].id),
            &[("status", "done"), ("from", "list")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(r.location(), format!("/leitbild/{id}/workshops#a{}", list[0].id));
    let list = app.state.store.assignments_of_process(id).await.unwrap();
    assert_eq!(list[0].group_name, "AG Empfang", "open ones first");
    assert!(list[1].done_at.is_some());
    app.get(&format!("/leitbild/{id}/workshops"))
        .await
        .assert_contains("1 Arbeitsauftrag ist offen.");
    let a = &list[0];
    let r = app
        .post(
            &format!("/leitbild/{id}/assignments/{}", a.id),
            &[
                ("version", &a.version.to_string()),
                (&format!("a{}-group", a.id), "AG Empfang"),
                (&format!("a{}-task", a.id), "Tafel im Eingang"),
                (&format!("a{}-due", a.id), "2026-07-10"),
                (&format!("a{}-status", a.id), "done"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    app.get(&format!("/leitbild/{id}/workshops"))
        .await
        .assert_contains("Alle Arbeitsaufträge sind erledigt.");

    // removing asks first, then removes
    let remove = format!("/leitbild/{id}/workshop-cards/{respekt}/remove");
    let r = app.post(&remove, &[]).await;
    assert_eq!(r.status, StatusCode::OK);
    r.assert_contains("name=\"confirmed\" value=\"true\"")
        .assert_contains("Respekt");
    assert_eq!(app.state.store.cards(w1, CardKind::Value).await.unwrap().len(), 3);
    let r = app.post(&remove, &[("confirmed", "true")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(app.state.store.cards(w1, CardKind::Value).await.unwrap().len(), 2);
    for (path, item) in [
        ("workshop-notes", note.id),
        ("workshop-principles", d.id),
        ("assignments", a.id),
    ] {
        let r = app
            .post(
                &format!("/leitbild/{id}/{path}/{item}/remove"),
                &[("confirmed", "true")],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{path}");
    }
    assert!(app.state.store.notes(w1).await.unwrap().is_empty());
    assert!(app.state.store.drafted(w2).await.unwrap().is_empty());
    assert_eq!(app.state.store.assignments(mini).await.unwrap().len(), 1);
    // the version the principle went into stays
    assert_eq!(
        app.state
            .store
            .version(id, 2)
            .await
            .unwrap()
            .unwrap()
            .1
            .principles
            .len(),
        2
    );
    app.assert_audited(&[
        "leitbild.card.add",
        "leitbild.card.vote",
        "leitbild.card.update",
        "leitbild.card.remove",
        "leitbild.note.add",
        "leitbild.note.update",
        "leitbild.note.remove",
        "leitbild.drafted.add",
        "leitbild.drafted.take",
        "leitbild.drafted.remove",
        "leitbild.version",
        "leitbild.assignment.add",
        "leitbild.assignment.done",
        "leitbild.assignment.update",
        "leitbild.assignment.remove",
    ])
    .await;
}

#[tokio::test]
async fn bad_input_is_refused_beside_its_field_and_nothing_changes() {
    let (mut app, c) = signed_in("orgadmin@example.org").await;
    let id = process(&app, &c).await;
    let w = plan_ok(&mut app, id, "vision", "", "2026-06-20T09:00", "2026-06-20T15:00").await;
    let add = format!("/leitbild/{id}/workshops/{w}/cards");

    // an empty card, votes out of bounds or no number
    for (text, votes, message, kept) in [
        ("", "2", "Bitte füllen Sie dieses Feld aus.", "value=\"2\""),
        (
            "Mut",
            "-1",
            "Bitte geben Sie eine Zahl von 0 bis 999 ein.",
            "value=\"Mut\"",
        ),
        (
            "Mut",
            "1000",
            "Bitte geben Sie eine Zahl von 0 bis 999 ein.",
            "value=\"1000\"",
        ),
        (
            "Mut",
            "viele",
            "Bitte geben Sie eine ganze Zahl ein.",
            "value=\"viele\"",
        ),
    ] {
        let r = app
            .post(&add, &[("kind", "value"), ("value-text", text), ("value-votes", votes)])
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{text} {votes}");
        r.assert_contains(message)
            .assert_contains(kept)
            .assert_contains("href=\"#f-value-");
    }
    assert!(app.state.store.cards(w, CardKind::Value).await.unwrap().is_empty());

    // a card edited to 1000 votes, or counted beyond 999
    let card = app
        .state
        .store
        .add_card(app.state.now(), c.admin, id, w, CardKind::Value, "Mut", 999)
        .await
        .unwrap();
    let r = app
        .post(
            &format!("/leitbild/{id}/workshop-cards/{card}"),
            &[
                ("version", "1"),
                (&format!("c{card}-text"), "Mut"),
                (&format!("c{card}-votes"), "1000"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("von 0 bis 999").assert_contains(" open>");
    let r = app
        .post(&format!("/leitbild/{id}/workshop-cards/{card}/vote"), &[])
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(app.state.store.cards(w, CardKind::Value).await.unwrap()[0].votes, 999);
    // a version that is no number did not come from our form
    let r = app
        .post(
            &format!("/leitbild/{id}/workshop-cards/{card}"),
            &[
                ("version", "x"),
                (&format!("c{card}-text"), "Mut"),
                (&format!("c{card}-votes"), "1"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);

    // assignments: a due date that is none, an unknown status, no group
    let add = format!("/leitbild/{id}/workshops/{w}/assignments");
    for (group, due, status, message) in [
        ("AG", "31.02.2027", "open", "Bitte geben Sie ein Datum wie"),
        ("AG", "2027-02-30", "open", "Bitte geben Sie ein Datum wie"),
        ("AG", "morgen", "open", "Bitte geben Sie ein Datum wie"),
        ("AG", "2027-02-01", "halb", "Bitte wählen Sie"),
        ("", "2027-02-01", "open", "Bitte füllen Sie dieses Feld aus."),
    ] {
        let r = app
            .post(
                &add,
                &[
                    ("assignment-group", group),
                    ("assignment-task", "Aufgabe <i>kursiv</i>"),
                    ("assignment-due", due),
                    ("assignment-status", status),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{due} {status}");
        r.assert_contains(message)
            .assert_contains("Aufgabe &#60;i&#62;kursiv&#60;/i&#62;");
    }
    assert!(app.state.store.assignments(w).await.unwrap().is_empty());

    // an unknown note category, an empty note
    let r = app
        .post(
            &format!("/leitbild/{id}/workshops/{w}/notes"),
            &[("note-category", "gossip"), ("note-text", "")],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    // forms missing their fields are no forms of ours
    for (path, fields) in [
        (format!("/leitbild/{id}/workshops/{w}/cards"), vec![("kind", "value")]),
        (
            format!("/leitbild/{id}/workshops/{w}/cards"),
            vec![("kind", "poster"), ("poster-text", "x"), ("poster-votes", "")],
        ),
        (format!("/leitbild/{id}/workshops/{w}/notes"), vec![("note-text", "x")]),
        (
            format!("/leitbild/{id}/workshops/{w}/assignments"),
            vec![("assignment-group", "x")],
        ),
        (format!("/leitbild/{id}/workshops"), vec![("kind", "mini")]),
    ] {
        let r = app.post(&path, &fields).await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{path} {fields:?}");
    }

    // planning: an unknown kind, an end before the start, no place
    let r = app
        .post(
            &format!("/leitbild/{id}/workshops"),
            &[
                ("kind", "party"),
                ("title", "Sommerfest"),
                ("starts_at", "2026-06-20T15:00"),
                ("ends_at", "2026-06-20T09:00"),
                ("venue", ""),
                ("online_url", ""),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("Bitte wählen Sie").assert_contains("Sommerfest");
    let r = app
        .post(
            &format!("/leitbild/{id}/workshops"),
            &[
                ("kind", "values"),
                ("title", ""),
                ("starts_at", "2026-06-20T15:00"),
                ("ends_at", "2026-06-20T09:00"),
                ("venue", ""),
                ("online_url", ""),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("Das Ende muss nach dem Beginn liegen.")
        .assert_contains("Geben Sie einen Ort oder einen Online-Link an.");
    assert_eq!(app.state.store.workshops(id).await.unwrap().len(), 1);
    assert_eq!(
        app.state.store.workshops(id).await.unwrap()[0].kind,
        WorkshopKind::Vision
    );
}

#[tokio::test]
async fn another_organisations_process_and_results_are_not_found() {
    let (mut app, c) = signed_in("orgadmin@example.org").await;
    let id = process(&app, &c).await;
    let w = plan_ok(&mut app, id, "mini", "Mini", "2026-06-20T09:00", "2026-06-20T11:00").await;
    let st = app.state.store.clone();
    let now = app.state.now();
    let card = st
        .add_card(now, c.admin, id, w, CardKind::Value, "Mut", 1)
        .await
        .unwrap();

    // the other organisation's admin runs a process of their own
    crate::leitbild::administration(&app, c.other_org).await;
    let theirs = st
        .create_process(now, c.other, c.other_org, "Anderes Leitbild")
        .await
        .unwrap();
    let mut other = app.browser_as("other@example.org").await;
    other
        .get(&format!("/leitbild/{id}/workshops"))
        .await
        .assert_status(StatusCode::NOT_FOUND);
    other
        .get(&format!("/leitbild/{id}/workshops/{w}"))
        .await
        .assert_status(StatusCode::NOT_FOUND);
    let r = other
        .post(
            &format!("/leitbild/{id}/workshops/{w}/cards"),
            &[("kind", "value"), ("value-text", "Fremd"), ("value-votes", "")],
        )
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    // ids of our process under theirs, where they are the team
    other
        .get(&format!("/leitbild/{theirs}/workshops/{w}"))
        .await
        .assert_status(StatusCode::NOT_FOUND);
    for (path, fields) in [
        (
            format!("/leitbild/{theirs}/workshops/{w}/cards"),
            vec![("kind", "value"), ("value-text", "Fremd"), ("value-votes", "")],
        ),
        (
            format!("/leitbild/{theirs}/workshop-cards/{card}"),
            vec![
                ("version", "1"),
                (&*format!("c{card}-text"), "Fremd"),
                (&*format!("c{card}-votes"), "0"),
            ],
        ),
        (format!("/leitbild/{theirs}/workshop-cards/{card}/vote"), vec![]),
        (
            format!("/leitbild/{theirs}/workshop-cards/{card}/remove"),
            vec![("confirmed", "true")],
        ),
    ] {
        let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, *v)).collect();
        let r = other.post(&path, &fields).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "{path}");
    }
    let cards = st.cards(w, CardKind::Value).await.unwrap();
    assert_eq!((cards.len(), cards[0].text.as_str(), cards[0].votes), (1, "Mut", 1));
    // the store refuses the same on its own
    assert!(matches!(
        st.update_card(now, c.other, theirs, card, 1, "Fremd", 0).await,
        Err(store::StoreError::NotFound)
    ));
    assert!(matches!(
        st.add_card(now, c.other, theirs, w, CardKind::Value, "Fremd", 0).await,
        Err(store::StoreError::NotFound)
    ));

    // a member of the administration who is not on the team sees, but does not change
    let mut member = app.browser_as("member@example.org").await;
    member
        .get(&format!("/leitbild/{id}/workshops/{w}"))
        .await
        .assert_status(StatusCode::OK)
        .assert_contains("Mut")
        .assert_not_contains("/vote\"");
    let r = member
        .post(&format!("/leitbild/{id}/workshop-cards/{card}/vote"), &[])
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn a_team_member_from_another_organisation_runs_the_workshops_series_and_no_other() {
    let (mut app, c) = signed_in("orgadmin@example.org").await;
    let id = process(&app, &c).await;
    let w = plan_ok(&mut app, id, "vision", "", "2026-06-20T09:00", "2026-06-20T15:00").await;
    let st = app.state.store.clone();
    let now = app.state.now();
    let series = st.workshop_series(id).await.unwrap().unwrap();
    let module = st.workshop(id, w).await.unwrap().unwrap().module_id;
    // another series of the administration, invitation-only like the workshops'
    let theirs = {
        use domain::series::{SeriesKind, Visibility};
        let s = new_series("Interne Reihe", SeriesKind::Trainer, Visibility::Invitation, 5);
        let s = st.create_series(now, c.admin, c.org, &s, "k").await.unwrap();
        let m = new_module("Modul", now + 86_400, now + 90_000, "Ort");
        let m = st.add_module(now, c.admin, s, &m).await.unwrap();
        (s, m)
    };
    // someone of another organisation (the programme's process support) joins the team
    st.add_team_member(now, c.admin, id, c.other).await.unwrap();
    let mut other = app.browser_as("other@example.org").await;
    other
        .get(&format!("/leitbild/{id}/workshops"))
        .await
        .assert_status(StatusCode::OK)
        .assert_contains(&format!("href=\"/series/{series}/participants\""));
    other
        .get(&format!("/leitbild/{id}/workshops/{w}"))
        .await
        .assert_contains(&format!("href=\"/series/{series}/participants\""));
    for path in [
        format!("/series/{series}/manage"),
        format!("/series/{series}/participants"),
        format!("/series/{series}/edit"),
        format!("/series/{series}"),
        format!("/modules/{module}/attendance"),
    ] {
        other.get(&path).await.assert_status(StatusCode::OK);
    }
    // invitations (registrations) and the roll call
    let r = other
        .post(
            &format!("/series/{series}/participants/add"),
            &[
                ("name", "Lena Vogel"),
                ("email", "lena.vogel@example.org"),
                ("affiliation", ""),
                ("target_group", "administration"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let reg = st.registrations_of_series(series).await.unwrap()[0].id;
    let r = other
        .post(
            &format!("/modules/{module}/attendance"),
            &[(&*format!("a_{reg}"), "present")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(st.workshop_participation(id).await.unwrap().attendees, 1);

    // nothing else of the administration's: its other series, its list of series, its
    // speakers, a copy of the workshops' series into it
    for path in [
        format!("/series/{}/manage", theirs.0),
        format!("/series/{}/participants", theirs.0),
        format!("/modules/{}/attendance", theirs.1),
        format!("/series/{}", theirs.0),
    ] {
        other.get(&path).await.assert_status(StatusCode::NOT_FOUND);
    }
    for path in [
        format!("/orgs/{}/series", c.org),
        format!("/orgs/{}/speakers", c.org),
        format!("/series/{series}/copy"),
        format!("/modules/{module}/speakers"),
    ] {
        other.get(&path).await.assert_status(StatusCode::FORBIDDEN);
    }
    let r = other
        .post(&format!("/series/{series}/copy"), &[("starts", "2027-06-20")])
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let r = other
        .post(
            &format!("/series/{}/participants/add", theirs.0),
            &[
                ("name", "Fremd"),
                ("email", "fremd@example.org"),
                ("affiliation", ""),
                ("target_group", "administration"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert!(st.registrations_of_series(theirs.0).await.unwrap().is_empty());

    // off the team, the workshops' series is out of reach again
    st.remove_team_member(now, c.admin, id, c.other).await.unwrap();
    other
        .get(&format!("/series/{series}/participants"))
        .await
        .assert_status(StatusCode::NOT_FOUND);
    other
        .get(&format!("/modules/{module}/attendance"))
        .await
        .assert_status(StatusCode::NOT_FOUND);
    // the administration's own staff keep everything, the copy included
    app.get(&format!("/series/{series}/copy"))
        .await
        .assert_status(StatusCode::OK);
}
