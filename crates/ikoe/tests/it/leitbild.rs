//! Leitbild processes: starting one, its preparation (departments with
//! headcount, people taking part, leadership, team), its phase plan and
//! phase; bad input; who may see and run it.

use axum::http::StatusCode;

use crate::helpers::*;

/// Makes the cast's organisation an administration (only they have Leitbild processes).
pub async fn administration(app: &TestApp, org: i64) {
    sqlx::query("UPDATE orgs SET kind = 'administration' WHERE id = $1")
        .bind(org)
        .execute(app.state.store.pool())
        .await
        .unwrap();
}

/// Starts a process for the cast's organisation as its admin (logged in on `app`); returns its id.
pub async fn start(app: &mut TestApp, org: i64, title: &str) -> i64 {
    let r = app
        .post(
            &format!("/orgs/{org}/leitbild/new"),
            &[("title", title), ("version", "")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let loc = r.location().to_string();
    assert!(loc.ends_with("/setup"), "{loc}");
    loc.trim_start_matches("/leitbild/")
        .trim_end_matches("/setup")
        .parse()
        .unwrap()
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

/// The process form as the browser sends it: the title, the version, and a
/// month field for every phase (empty but for `months`).
fn plan_form<'a>(title: &'a str, version: &'a str, months: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    const PHASES: [&str; 7] = [
        "preparation",
        "vision",
        "values",
        "goals",
        "feedback",
        "adoption",
        "evaluation",
    ];
    let mut f = vec![("title", title), ("version", version)];
    for (field, phase) in [
        "month-preparation",
        "month-vision",
        "month-values",
        "month-goals",
        "month-feedback",
        "month-adoption",
        "month-evaluation",
    ]
    .into_iter()
    .zip(PHASES)
    {
        let month = months.iter().find(|(p, _)| *p == phase).map_or("", |(_, m)| *m);
        f.push((field, month));
    }
    f
}

pub async fn department_id(app: &TestApp, process: i64, name: &str) -> i64 {
    let deps = app.state.store.departments(process).await.unwrap();
    deps.iter().find(|d| d.name == name).unwrap().id
}

#[tokio::test]
async fn a_process_is_prepared_planned_and_moved_through_its_phases() {
    let mut app = TestApp::new().await;
    let c = cast(&app).await;
    administration(&app, c.org).await;
    app.login("orgadmin@example.org", PASSWORD).await;
    app.get("/leitbild")
        .await
        .assert_contains("Leitbildprozess für \u{2068}Koordinierungsstelle Harz\u{2069} beginnen");
    let id = start(&mut app, c.org, "Unser Leitbild 2027").await;

    // departments with their headcount, people with the leadership among them
    for (name, n) in [("Ausländerbehörde", "24"), ("Integration", "9")] {
        let r = app
            .post(
                &format!("/leitbild/{id}/departments"),
                &[("dep_name", name), ("dep_headcount", n)],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    }
    let dep = department_id(&app, id, "Integration").await;
    let dep_s = dep.to_string();
    let r = app
        .post(
            &format!("/leitbild/{id}/people"),
            &[
                ("person_name", "Amira Haddad"),
                ("person_email", ""),
                ("person_function", "Amtsleitung"),
                ("person_department", &dep_s),
                ("person_leader", "on"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let r = app
        .post(
            &format!("/leitbild/{id}/people"),
            &[
                ("person_name", "Jonas Becker"),
                ("person_email", "jonas.becker@example.org"),
                ("person_function", ""),
                ("person_department", ""),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let people = app.state.store.people(id).await.unwrap();
    assert_eq!(people.len(), 2);
    assert!(
        people[0].leader.on() && people[0].name == "Amira Haddad",
        "leadership first"
    );
    assert_eq!(people[0].department, "Integration");

    // a colleague of the administration joins the team
    app.user(
        "kontakt@example.org",
        "Karla Kontakt",
        false,
        Some((c.org, domain::orgs::Role::Member)),
    )
    .await;
    let r = app
        .post(
            &format!("/leitbild/{id}/team"),
            &[("team_email", "kontakt@example.org")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let setup = app.get(&format!("/leitbild/{id}/setup")).await;
    setup
        .assert_contains("Ausländerbehörde")
        .assert_contains("Amira Haddad")
        .assert_contains("Karla Kontakt");

    // the phase plan and the phase
    let plan = plan_form(
        "Unser Leitbild 2027",
        "1",
        &[
            ("preparation", "2027-01"),
            ("vision", "2027-02"),
            ("feedback", "2027-06"),
        ],
    );
    let r = app.post(&format!("/leitbild/{id}/edit"), &plan).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let r = app.post(&format!("/leitbild/{id}/phase"), &[("phase", "vision")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let page = app.get(&format!("/leitbild/{id}")).await;
    page.assert_contains("Februar 2027")
        .assert_contains("Juni 2027")
        .assert_contains(r#"phases__step--current" aria-current="step""#)
        // 2 of 33 staff
        .assert_contains("6 %");
    let current = page.body.split("aria-current=\"step\"").nth(1).unwrap();
    assert!(
        current
            .trim_start()
            .starts_with(">\n    <span class=\"phases__name\">Vision"),
        "{current}"
    );

    // a member of the administration sees the overview, not the team's pages
    let mut mia = app.browser();
    mia.login("member@example.org", PASSWORD).await;
    mia.get("/leitbild").await.assert_contains("Unser Leitbild 2027");
    let overview = mia.get(&format!("/leitbild/{id}")).await;
    assert_eq!(overview.status, StatusCode::OK);
    overview.assert_not_contains("/setup");
    for path in ["setup", "edit", &format!("departments/{dep}")] {
        let r = mia.get(&format!("/leitbild/{id}/{path}")).await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{path}");
    }
    let r = mia.post(&format!("/leitbild/{id}/phase"), &[("phase", "goals")]).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);

    // every change is in the audit log
    let actions = app.audit_actions().await;
    for a in [
        "leitbild.create",
        "leitbild.department.add",
        "leitbild.person.add",
        "leitbild.team.add",
        "leitbild.update",
        "leitbild.phase",
    ] {
        assert!(actions.iter().any(|x| x == a), "{a} missing from {actions:?}");
    }
}

#[tokio::test]
async fn bad_input_is_refused_beside_its_field_and_changes_nothing() {
    let mut app = TestApp::new().await;
    let c = cast(&app).await;
    administration(&app, c.org).await;
    app.login("orgadmin@example.org", PASSWORD).await;
    refused(
        &mut app,
        &format!("/orgs/{}/leitbild/new", c.org),
        &[("title", "   ")],
        "Bitte füllen Sie dieses Feld aus.",
        "",
    )
    .await;
    let id = start(&mut app, c.org, "Leitbild").await;
    let deps = format!("/leitbild/{id}/departments");
    for (n, message) in [
        ("0", "Bitte geben Sie eine Zahl größer als 0 ein."),
        ("-4", "Bitte geben Sie eine Zahl größer als 0 ein."),
        ("zwölf", "Bitte geben Sie eine ganze Zahl ein."),
        ("", "Bitte füllen Sie dieses Feld aus."),
    ] {
        refused(
            &mut app,
            &deps,
            &[("dep_name", "Bürgerbüro <b>1</b>"), ("dep_headcount", n)],
            message,
            "Bürgerbüro &#60;b&#62;1&#60;/b&#62;",
        )
        .await;
    }
    assert!(app.state.store.departments(id).await.unwrap().is_empty());

    let r = app
        .post(&deps, &[("dep_name", "Bürgerbüro"), ("dep_headcount", "1")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    refused(
        &mut app,
        &deps,
        &[("dep_name", "Bürgerbüro"), ("dep_headcount", "3")],
        "Eine Abteilung mit diesem Namen gibt es schon.",
        "Bürgerbüro",
    )
    .await;
    let dep = department_id(&app, id, "Bürgerbüro").await.to_string();
    let people = format!("/leitbild/{id}/people");
    let person = |name: &'static str| {
        [
            ("person_name", name),
            ("person_email", ""),
            ("person_function", ""),
            ("person_department", dep.as_str()),
        ]
    };
    assert_eq!(
        app.post(&people, &person("Lena Vogel")).await.status,
        StatusCode::SEE_OTHER
    );
    // the department of one is full now
    refused(
        &mut app,
        &people,
        &person("Kemal Aydın"),
        "Erhöhen Sie zuerst die Zahl der Beschäftigten.",
        "Kemal Aydın",
    )
    .await;
    // nor may its headcount fall below the one taking part
    refused(
        &mut app,
        &format!("/leitbild/{id}/departments/{dep}"),
        &[("dep_name", "Bürgerbüro"), ("dep_headcount", "0")],
        "Bitte geben Sie eine Zahl größer als 0 ein.",
        "Bürgerbüro",
    )
    .await;
    assert_eq!(app.state.store.people(id).await.unwrap().len(), 1);
    assert_eq!(app.state.store.departments(id).await.unwrap()[0].headcount, 1);
    // a department of another process is not this one's
    let other = start(&mut app, c.org, "Zweiter Prozess").await;
    let r = app.get(&format!("/leitbild/{other}/departments/{dep}")).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    let r = app
        .post(
            &format!("/leitbild/{other}/people"),
            &[
                ("person_name", "X"),
                ("person_email", ""),
                ("person_function", ""),
                ("person_department", &dep),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(app.state.store.people(other).await.unwrap().is_empty());

    // the plan: months in the order of the phases, as months
    let edit = format!("/leitbild/{id}/edit");
    refused(
        &mut app,
        &edit,
        &plan_form("Leitbild", "1", &[("vision", "2027-05"), ("values", "2027-04")]),
        "Dieser Monat liegt vor dem Monat einer früheren Phase.",
        "2027-05",
    )
    .await;
    refused(
        &mut app,
        &edit,
        &plan_form("Leitbild", "1", &[("vision", "Mai")]),
        "Bitte geben Sie einen Monat wie 2027-03 ein.",
        "Mai",
    )
    .await;
    assert!(app.state.store.phase_plan(id).await.unwrap().is_empty());
    // a form without its month fields did not come from the page: 400, the plan kept
    let r = app.post(&edit, &[("title", "Leitbild"), ("version", "1")]).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    // two team members editing at once: the second is told, nothing overwritten
    let ok = app.post(&edit, &plan_form("Leitbild A", "1", &[])).await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER);
    refused(
        &mut app,
        &edit,
        &plan_form("Leitbild B", "1", &[]),
        "Jemand anderes hat diese Angaben inzwischen geändert.",
        "Leitbild B",
    )
    .await;
    assert_eq!(app.state.store.process(id).await.unwrap().unwrap().title, "Leitbild A");

    // the team: an address without an account and a stranger's (same answer: the form tells
    // nobody who has an account, and nobody is put on a team by someone they do not work with),
    // one already on it, the last member
    let team = format!("/leitbild/{id}/team");
    for email in ["niemand@example.org", "other@example.org"] {
        refused(
            &mut app,
            &team,
            &[("team_email", email)],
            "Zu dieser Adresse finden wir kein Konto",
            email,
        )
        .await;
    }
    assert_eq!(app.state.store.team(id).await.unwrap().len(), 1);
    refused(
        &mut app,
        &team,
        &[("team_email", "orgadmin@example.org")],
        "Diese Person ist schon im Prozessteam.",
        "orgadmin@example.org",
    )
    .await;
    let r = app
        .post(
            &format!("/leitbild/{id}/team/{}/remove", c.admin),
            &[("confirmed", "true")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(
        app.state.store.team(id).await.unwrap().len(),
        1,
        "the last member stays"
    );
    // an unknown phase did not come from the form
    let r = app.post(&format!("/leitbild/{id}/phase"), &[("phase", "done")]).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn removing_asks_first_and_only_the_involved_see_a_process() {
    let mut app = TestApp::new().await;
    let c = cast(&app).await;
    administration(&app, c.org).await;
    app.login("orgadmin@example.org", PASSWORD).await;
    let id = start(&mut app, c.org, "Leitbild Harz").await;
    let r = app
        .post(
            &format!("/leitbild/{id}/departments"),
            &[("dep_name", "Ordnungsamt"), ("dep_headcount", "12")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let dep = department_id(&app, id, "Ordnungsamt").await;
    let ask = app.post(&format!("/leitbild/{id}/departments/{dep}/remove"), &[]).await;
    assert_eq!(ask.status, StatusCode::OK);
    ask.assert_contains("Abteilung „\u{2068}Ordnungsamt\u{2069}“ entfernen?");
    assert_eq!(
        app.state.store.departments(id).await.unwrap().len(),
        1,
        "nothing removed yet"
    );
    let r = app
        .post(
            &format!("/leitbild/{id}/departments/{dep}/remove"),
            &[("confirmed", "true")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(app.state.store.departments(id).await.unwrap().is_empty());
    assert!(app
        .audit_actions()
        .await
        .iter()
        .any(|a| a == "leitbild.department.remove"));

    // anonymous visitors log in first; outsiders learn nothing; platform admins off the team neither
    let mut anon = app.browser();
    let r = anon.get(&format!("/leitbild/{id}")).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(r.location().starts_with("/login"), "{}", r.location());
    for email in ["other@example.org", "platform@example.org"] {
        let mut them = app.browser();
        them.login(email, PASSWORD).await;
        for path in [
            format!("/leitbild/{id}"),
            format!("/leitbild/{id}/setup"),
            format!("/leitbild/{}", id + 99),
        ] {
            assert_eq!(them.get(&path).await.status, StatusCode::NOT_FOUND, "{email} {path}");
        }
        them.get("/leitbild").await.assert_not_contains("Leitbild Harz");
    }
    // who may start one: the administration's admins and platform admins
    let mut mia = app.browser();
    mia.login("member@example.org", PASSWORD).await;
    assert_eq!(
        mia.get(&format!("/orgs/{}/leitbild/new", c.org)).await.status,
        StatusCode::FORBIDDEN
    );
    let mut otto = app.browser();
    otto.login("other@example.org", PASSWORD).await;
    assert_eq!(
        otto.get(&format!("/orgs/{}/leitbild/new", c.org)).await.status,
        StatusCode::FORBIDDEN
    );
    let mut paula = app.browser();
    paula.login("platform@example.org", PASSWORD).await;
    assert_eq!(
        paula.get(&format!("/orgs/{}/leitbild/new", c.org)).await.status,
        StatusCode::OK
    );
}

#[tokio::test]
async fn the_text_is_saved_in_versions_and_each_is_compared_with_the_one_before() {
    let mut app = TestApp::new().await;
    let c = cast(&app).await;
    administration(&app, c.org).await;
    app.login("orgadmin@example.org", PASSWORD).await;
    let id = start(&mut app, c.org, "Leitbild Harz").await;
    app.get(&format!("/leitbild/{id}/draft"))
        .await
        .assert_contains("Noch gibt es keinen Entwurf.");
    let edit = format!("/leitbild/{id}/draft/edit");
    // nothing but empty principles: refused, the slogan kept
    refused(
        &mut app,
        &edit,
        &[
            ("based_on", "0"),
            ("slogan", "Offen für alle"),
            ("preamble", ""),
            ("principle-1", " "),
        ],
        "Bitte schreiben Sie mindestens einen Leitsatz.",
        "Offen für alle",
    )
    .await;
    let first = [
        ("based_on", "0"),
        ("slogan", "Offen für alle"),
        ("preamble", "Wir sind eine Verwaltung für alle Menschen im Landkreis."),
        ("principle-1", "Wir beraten freundlich."),
        ("goal-1", "Niemand verlässt uns ohne Antwort."),
        ("principle-2", "Wir sprechen verständlich."),
        ("goal-2", ""),
        ("principle-3", "<script>alert(1)</script>"),
    ];
    let r = app.post(&edit, &first).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(r.location(), format!("/leitbild/{id}/versions/1"));
    app.get(&format!("/leitbild/{id}/versions/1"))
        .await
        .assert_contains("Die erste Fassung.")
        .assert_contains("&#60;script&#62;alert(1)&#60;/script&#62;")
        .assert_not_contains("<script>alert(1)");

    // the form offers the newest version; the second changes words and drops a principle
    app.get(&edit)
        .await
        .assert_contains("Wir beraten freundlich.")
        .assert_contains(r#"name="based_on" value="1""#);
    let second = [
        ("based_on", "1"),
        ("slogan", "Offen für alle"),
        ("preamble", "Wir sind eine Verwaltung für alle Menschen im Landkreis."),
        ("principle-1", "Wir beraten freundlich und respektvoll."),
        ("goal-1", "Niemand verlässt uns ohne Antwort."),
        ("principle-2", "Wir sprechen verständlich."),
    ];
    let r = app.post(&edit, &second).await;
    assert_eq!(r.location(), format!("/leitbild/{id}/versions/2"));
    let v2 = app.get(&format!("/leitbild/{id}/versions/2")).await;
    v2.assert_contains("Verglichen mit Fassung \u{2068}1\u{2069}.")
        .assert_contains(
            r#"<ins class="diff diff--added"><span class="visually-hidden">Eingefügt: </span> und respektvoll<span"#,
        )
        .assert_contains(r#"Wir beraten freundlich<ins"#)
        .assert_contains("leitbild-text__item--removed");

    // a save written on version 1 after version 2 exists: told, nothing saved, the text kept
    let late = [
        ("based_on", "1"),
        ("slogan", "Vielfalt ist unsere Stärke"),
        ("preamble", ""),
        ("principle-1", "Wir hören zu."),
    ];
    refused(
        &mut app,
        &edit,
        &late,
        "Inzwischen hat jemand anderes eine neue Fassung gespeichert.",
        "Vielfalt ist unsere Stärke",
    )
    .await;
    assert_eq!(app.state.store.latest_version(id).await.unwrap(), 2);
    // a principle beyond the rows the form has, or a form without its slogan, did not come from the page
    let mut beyond = second.to_vec();
    beyond[0] = ("based_on", "2");
    beyond.push(("principle-50", "Fünfzig"));
    assert_eq!(app.post(&edit, &beyond).await.status, StatusCode::BAD_REQUEST);
    assert_eq!(
        app.post(&edit, &[("based_on", "2"), ("preamble", ""), ("principle-1", "x")])
            .await
            .status,
        StatusCode::BAD_REQUEST
    );
    let draft = app.get(&format!("/leitbild/{id}/draft")).await;
    draft
        .assert_contains("Fassung 2")
        .assert_contains("Wir beraten freundlich und respektvoll.");

    // staff of the administration read the versions, but do not write them
    let mut mia = app.browser();
    mia.login("member@example.org", PASSWORD).await;
    assert_eq!(
        mia.get(&format!("/leitbild/{id}/versions/2")).await.status,
        StatusCode::OK
    );
    mia.get(&format!("/leitbild/{id}/draft"))
        .await
        .assert_not_contains("/draft/edit");
    assert_eq!(mia.get(&edit).await.status, StatusCode::FORBIDDEN);
    assert_eq!(mia.post(&edit, &second).await.status, StatusCode::FORBIDDEN);
    assert_eq!(
        app.get(&format!("/leitbild/{id}/versions/3")).await.status,
        StatusCode::NOT_FOUND
    );
    assert!(app.audit_actions().await.iter().any(|a| a == "leitbild.version"));
}

/// Many team members saving the same form at once: one wins, the others are
/// told the text changed — none waits for the others or fails (a version
/// check that read outside its transaction once held every connection of the
/// pool on SQLite). Removing team members at once never leaves nobody.
#[tokio::test]
async fn simultaneous_saves_are_told_not_stuck() {
    let app = TestApp::new().await;
    let c = cast(&app).await;
    administration(&app, c.org).await;
    let st = &app.state.store;
    let now = app.state.now();
    let id = st.create_process(now, c.admin, c.org, "Leitbild").await.unwrap();
    let saves = (0..16).map(|i| {
        let st = st.clone();
        async move { st.update_process(now, c.admin, id, 1, &format!("Titel {i}"), &[]).await }
    });
    let results = futures_util::future::join_all(saves).await;
    let won = results.iter().filter(|r| r.is_ok()).count();
    let stale = results
        .iter()
        .filter(|r| matches!(r, Err(store::StoreError::Stale)))
        .count();
    assert_eq!((won, stale), (1, 15), "{results:?}");
    let draft = domain::leitbild::Draft {
        slogan: "Offen".into(),
        preamble: String::new(),
        principles: vec![],
    };
    let versions = (0..16).map(|_| {
        let (st, draft) = (st.clone(), draft.clone());
        async move { st.save_version(now, c.admin, id, 0, &draft).await }
    });
    let results = futures_util::future::join_all(versions).await;
    assert_eq!(results.iter().filter(|r| r.is_ok()).count(), 1, "{results:?}");
    assert_eq!(st.latest_version(id).await.unwrap(), 1);

    st.add_team_member(now, c.admin, id, c.member).await.unwrap();
    let removals = [c.admin, c.member].map(|user| {
        let st = st.clone();
        async move { st.remove_team_member(now, c.admin, id, user).await }
    });
    futures_util::future::join_all(removals).await;
    assert_eq!(st.team(id).await.unwrap().len(), 1, "one stays on the team");
}

/// Participation links (store only, the pages follow): a person's and a
/// department's link find their owner by the token's hash; a new link
/// replaces the old one, a revoked one finds nobody, and a link never
/// names another process.
#[tokio::test]
async fn participation_links_find_their_owner_until_replaced_or_revoked() {
    use store::leitbild::LinkOwner;
    let app = TestApp::new().await;
    let c = cast(&app).await;
    let st = &app.state.store;
    let now = app.state.now();
    let id = st.create_process(now, c.admin, c.org, "Leitbild").await.unwrap();
    let dep = st.add_department(now, c.admin, id, "Bürgerbüro", 4).await.unwrap();
    let p = store::leitbild::NewPerson {
        name: "Lena Vogel".into(),
        email: String::new(),
        function: String::new(),
        department_id: Some(dep),
        leader: false,
    };
    let person = st.add_person(now, c.admin, id, &p).await.unwrap();
    st.set_person_link(now, c.admin, id, person, Some("hash-1"))
        .await
        .unwrap();
    st.set_department_link(now, c.admin, id, dep, Some("hash-d"))
        .await
        .unwrap();
    let lena = LinkOwner::Person {
        process: id,
        person,
        name: "Lena Vogel".into(),
        department: Some(dep),
        leader: false,
    };
    assert_eq!(st.link_owner("hash-1").await.unwrap(), Some(lena.clone()));
    let office = LinkOwner::Department {
        process: id,
        department: dep,
        name: "Bürgerbüro".into(),
    };
    assert_eq!(st.link_owner("hash-d").await.unwrap(), Some(office));
    assert!(st.people(id).await.unwrap()[0].link_at.is_some());
    assert!(st.departments(id).await.unwrap()[0].has_link.on());
    st.set_person_link(now, c.admin, id, person, Some("hash-2"))
        .await
        .unwrap();
    assert_eq!(
        st.link_owner("hash-1").await.unwrap(),
        None,
        "the old link stops working"
    );
    assert_eq!(st.link_owner("hash-2").await.unwrap(), Some(lena));
    st.set_person_link(now, c.admin, id, person, None).await.unwrap();
    assert_eq!(st.link_owner("hash-2").await.unwrap(), None);
    // the person of one process is not another's
    let other = st.create_process(now, c.admin, c.org, "Zweiter").await.unwrap();
    assert!(matches!(
        st.set_person_link(now, c.admin, other, person, Some("hash-3")).await,
        Err(store::StoreError::NotFound)
    ));
    let actions = app.audit_actions().await;
    assert!(
        actions.iter().any(|a| a == "leitbild.link.person.revoke"),
        "{actions:?}"
    );
}

#[tokio::test]
async fn deleting_the_last_team_members_account_hands_the_process_to_the_administrations_admins() {
    let (app, c) = with_cast().await;
    administration(&app, c.org).await;
    let st = app.state.store.clone();
    let now = app.state.now();
    // the member runs a process alone, and another one together with the other organisation's admin
    let alone = st.create_process(now, c.member, c.org, "Allein").await.unwrap();
    let shared = st.create_process(now, c.member, c.org, "Gemeinsam").await.unwrap();
    st.add_team_member(now, c.member, shared, c.other).await.unwrap();
    let mut member = app.browser_as("member@example.org").await;
    let r = member.post("/profile/delete", &[("password", PASSWORD)]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);

    // never a process without anyone to run it: the administration's admin takes it over
    let team = |p| {
        let st = st.clone();
        async move {
            let mut t: Vec<i64> = st.team(p).await.unwrap().iter().map(|m| m.user_id).collect();
            t.sort_unstable();
            t
        }
    };
    assert_eq!(team(alone).await, vec![c.admin]);
    assert_eq!(
        team(shared).await,
        vec![c.other],
        "a team that goes on is left as it is"
    );
    let mut admin = app.browser_as("orgadmin@example.org").await;
    admin
        .get(&format!("/leitbild/{alone}/setup"))
        .await
        .assert_status(StatusCode::OK);
    assert!(app.audit_actions().await.iter().any(|a| a == "leitbild.team.add"));
}
