//! Issue 10.4 and 10.5: the data export holds everything about a person, and
//! deleting them (the account, or a participant's personal link) leaves their
//! name, address and affiliation nowhere — not in any text column of any table
//! (listed from the database catalogue), not in the file store — while the
//! series' figures keep adding up and issued certificates stay verifiable.

use axum::http::StatusCode;
use sqlx::Row;

use crate::helpers::{with_cast, Cast, TestApp, PASSWORD};

const NAME: &str = "Zebulon Quxworth";
const EMAIL: &str = "zebulon.quxworth@example.org";
const AFFILIATION: &str = "Fliederhain Nachbarschaftsverein";

/// Columns that tie a row to a person (directly, or through their registration or speaker entry).
const PERSON_COLUMNS: &[&str] = &[
    "user_id",
    "email",
    "to_addr",
    "author_id",
    "actor_id",
    "created_by",
    "uploaded_by",
    "proposed_by",
    "edited_by",
    "invited_by",
    "updated_by",
    "asked_by",
    "marked_by",
    "issued_by",
    "revoked_by",
    "deleted_by",
    "answered_by",
    "registration_id",
    "speaker_id",
];

enum A {
    I(i64),
    S(String),
    B(Vec<u8>),
}

fn s(v: &str) -> A {
    A::S(v.to_string())
}

async fn exec(app: &TestApp, sql: &str, args: Vec<A>) {
    let mut q = sqlx::query(sql);
    for a in args {
        q = match a {
            A::I(i) => q.bind(i),
            A::S(t) => q.bind(t),
            A::B(b) => q.bind(b),
        };
    }
    q.execute(app.state.store.pool())
        .await
        .unwrap_or_else(|e| panic!("{sql}: {e}"));
}

async fn insert(app: &TestApp, sql: &str, args: Vec<A>) -> i64 {
    let mut q = sqlx::query(sql);
    for a in args {
        q = match a {
            A::I(i) => q.bind(i),
            A::S(t) => q.bind(t),
            A::B(b) => q.bind(b),
        };
    }
    let row = q
        .fetch_one(app.state.store.pool())
        .await
        .unwrap_or_else(|e| panic!("{sql}: {e}"));
    row.try_get::<i64, _>(0).unwrap()
}

/// Every table of the database (from its catalogue).
async fn tables(app: &TestApp) -> Vec<String> {
    let sql = match app.state.store.backend() {
        store::Backend::Sqlite => "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
        store::Backend::Postgres => {
            "SELECT CAST(table_name AS TEXT) FROM information_schema.tables \
             WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
        }
    };
    sqlx::query_scalar(sql).fetch_all(app.state.store.pool()).await.unwrap()
}

/// The columns of a table (from the catalogue), with whether they hold text or bytes.
async fn columns(app: &TestApp, table: &str) -> Vec<(String, bool)> {
    let rows: Vec<(String, String)> = match app.state.store.backend() {
        store::Backend::Sqlite => sqlx::query_as("SELECT name, type FROM pragma_table_info($1)")
            .bind(table)
            .fetch_all(app.state.store.pool())
            .await
            .unwrap(),
        store::Backend::Postgres => sqlx::query_as(
            "SELECT CAST(column_name AS TEXT), CAST(data_type AS TEXT) FROM information_schema.columns \
             WHERE table_schema = current_schema() AND table_name = $1",
        )
        .bind(table)
        .fetch_all(app.state.store.pool())
        .await
        .unwrap(),
    };
    rows.into_iter()
        .map(|(name, ty)| {
            let ty = ty.to_lowercase();
            // an FTS5 table's columns have no type: text
            let texty =
                ty.is_empty() || ty.contains("text") || ty.contains("char") || ty.contains("blob") || ty == "bytea";
            (name, texty)
        })
        .collect()
}

/// Where any of `needles` still stands: "table.column" for every text or
/// binary value of every row of every table, and "blob key" for the file store.
async fn traces(app: &TestApp, needles: &[&str]) -> Vec<String> {
    let mut found = vec![];
    for table in tables(app).await {
        let cols: Vec<String> = columns(app, &table)
            .await
            .into_iter()
            .filter(|(_, texty)| *texty)
            .map(|(c, _)| c)
            .collect();
        if cols.is_empty() {
            continue;
        }
        let list: Vec<String> = cols.iter().map(|c| format!("\"{c}\"")).collect();
        let sql = format!("SELECT {} FROM \"{table}\"", list.join(", "));
        let rows = sqlx::query(&sql)
            .fetch_all(app.state.store.pool())
            .await
            .unwrap_or_else(|e| panic!("{sql}: {e}"));
        for row in rows {
            for (i, c) in cols.iter().enumerate() {
                let bytes: Vec<u8> = if let Ok(Some(t)) = row.try_get::<Option<String>, _>(i) {
                    t.into_bytes()
                } else if let Ok(Some(b)) = row.try_get::<Option<Vec<u8>>, _>(i) {
                    b
                } else {
                    continue;
                };
                let text = String::from_utf8_lossy(&bytes).to_lowercase();
                for n in needles {
                    if text.contains(&n.to_lowercase()) {
                        found.push(format!("{table}.{c}: {n}"));
                    }
                }
            }
        }
    }
    for key in app.state.blobs.keys().await.unwrap() {
        use futures_util::TryStreamExt;
        let (stream, _) = app.state.blobs.get(&key).await.unwrap();
        let chunks: Vec<bytes::Bytes> = stream.try_collect().await.unwrap();
        let text = String::from_utf8_lossy(&chunks.concat()).to_lowercase();
        for n in needles {
            if text.contains(&n.to_lowercase()) {
                found.push(format!("blob {key}: {n}"));
            }
        }
    }
    found
}

/// What the fixture made, to look at afterwards.
struct Made {
    user: i64,
    series: i64,
    registration: i64,
    cert_code: String,
    space: i64,
    listed_space: i64,
    thread: i64,
}

/// A series run by the cast's organisation with two modules (the first over), by SQL.
async fn series_with_modules(app: &TestApp, c: &Cast, now: i64) -> (i64, i64, i64) {
    let series = insert(
        app,
        "INSERT INTO series (org_id, kind, visibility, region, target_groups, languages, capacity, invite_key, \
         starts_at, ends_at, created_at, updated_at) \
         VALUES ($1, 'trainer', 'public', 'ST-HZ', 'administration', 'de', 1, 'key', $2, $3, $4, $4) RETURNING id",
        vec![A::I(c.org), A::I(now - 86400), A::I(now + 30 * 86400), A::I(now)],
    )
    .await;
    exec(
        app,
        "INSERT INTO series_texts (series_id, locale, title) VALUES ($1, 'de', 'Grundkurs Ehrenamt')",
        vec![A::I(series)],
    )
    .await;
    let mut modules = vec![];
    for (title, start) in [("Modul 1", now - 86400), ("Modul 2", now + 30 * 86400 - 3600)] {
        modules.push(
            insert(
                app,
                "INSERT INTO modules (series_id, title, starts_at, ends_at, hours, created_at, updated_at) \
                 VALUES ($1, $2, $3, $4, 4, $5, $5) RETURNING id",
                vec![A::I(series), s(title), A::I(start), A::I(start + 3600), A::I(now)],
            )
            .await,
        );
    }
    (series, modules[0], modules[1])
}

/// A person with data in every table that can hold some.
async fn person_everywhere(app: &mut TestApp, c: &Cast) -> Made {
    let now = app.state.now();
    // a wrong password first: a rate-limit window under the address
    app.browser()
        .post("/login", &[("email", EMAIL), ("password", "falsch-falsch")])
        .await;
    let user = app
        .user(EMAIL, NAME, false, Some((c.org, domain::orgs::Role::Member)))
        .await;
    app.login(EMAIL, PASSWORD).await;
    exec(
        app,
        "INSERT INTO consents (user_id, kind, version, at) VALUES ($1, 'privacy_notice', '1', $2)",
        vec![A::I(user), A::I(now)],
    )
    .await;
    exec(
        app,
        "INSERT INTO password_resets (token_hash, user_id, created_at, expires_at) VALUES ('reset-hash', $1, $2, $3)",
        vec![A::I(user), A::I(now), A::I(now + 3600)],
    )
    .await;
    exec(
        app,
        "INSERT INTO invitations (token_hash, email, org_id, role, locale, invited_by, created_at, expires_at) \
         VALUES ('inv-hash', $1, $2, 'member', 'de', $3, $4, $5)",
        vec![s(EMAIL), A::I(c.other_org), A::I(c.other), A::I(now), A::I(now + 86400)],
    )
    .await;
    exec(
        app,
        "INSERT INTO invitations (token_hash, email, org_id, role, locale, invited_by, created_at, expires_at) \
         VALUES ('inv-hash-2', 'someone@example.org', $1, 'member', 'de', $2, $3, $4)",
        vec![A::I(c.org), A::I(user), A::I(now), A::I(now + 86400)],
    )
    .await;
    exec(
        app,
        "INSERT INTO calendar_feeds (user_id, token, created_at) VALUES ($1, 'feed-secret', $2)",
        vec![A::I(user), A::I(now)],
    )
    .await;
    exec(
        app,
        "INSERT INTO site_texts (key, locale, body, updated_at, updated_by) VALUES ('imprint', 'de', 'Impressum', $1, $2)",
        vec![A::I(now), A::I(user)],
    )
    .await;
    exec(
        app,
        "INSERT INTO barrier_reports (at, page, description, email) VALUES ($1, '/series', 'Kontrast zu schwach', $2)",
        vec![A::I(now), s(EMAIL)],
    )
    .await;

    // a series: registration with affiliation, attendance, a certificate, reminders, feedback invitation
    let (series, past, next) = series_with_modules(app, c, now).await;
    let registration = insert(
        app,
        "INSERT INTO registrations (series_id, user_id, name, email, affiliation, target_group, locale, status, \
         token, consent_at, source, created_at, confirmed_at, queued_at) \
         VALUES ($1, $2, $3, $4, $5, 'administration', 'de', 'confirmed', 'personal-link-token-1', $6, 'form', $6, $6, $6) \
         RETURNING id",
        vec![A::I(series), A::I(user), s(NAME), s(EMAIL), s(AFFILIATION), A::I(now)],
    )
    .await;
    // someone waits for the seat
    insert(
        app,
        "INSERT INTO registrations (series_id, name, email, target_group, locale, status, token, source, created_at, \
         confirmed_at, queued_at) \
         VALUES ($1, 'Wanda Warteliste', 'wanda@example.org', 'administration', 'de', 'waiting', 'wanda-token', \
         'form', $2, $2, $2) RETURNING id",
        vec![A::I(series), A::I(now)],
    )
    .await;
    exec(
        app,
        "INSERT INTO attendance (module_id, registration_id, status, via, marked_by, marked_at) \
         VALUES ($1, $2, 'present', 'roll_call', $3, $4)",
        vec![A::I(past), A::I(registration), A::I(c.admin), A::I(now)],
    )
    .await;
    let scan = format!("%PDF-1.4 Anwesenheitsliste: {NAME}, {AFFILIATION}").into_bytes();
    exec(
        app,
        "INSERT INTO attendance_scans (module_id, filename, content_type, size, sha256, data, uploaded_by, uploaded_at) \
         VALUES ($1, 'liste.pdf', 'application/pdf', $2, 'abc', $3, $4, $5)",
        vec![A::I(past), A::I(scan.len() as i64), A::B(scan), A::I(user), A::I(now)],
    )
    .await;
    let cert_code = "ABCD-EFGH-JKLM".to_string();
    exec(
        app,
        "INSERT INTO certificates (code, registration_id, series_id, locale, participant, content, issued_at, issued_by) \
         VALUES ($1, $2, $3, 'de', $4, $5, $6, $7)",
        vec![
            s(&cert_code),
            A::I(registration),
            A::I(series),
            s(NAME),
            s(r#"{"series_title":"Grundkurs Ehrenamt","issuer":"Koordinierungsstelle Harz","place":"Halberstadt","modules":[],"total_hours":4}"#),
            A::I(now),
            A::I(c.admin),
        ],
    )
    .await;
    exec(
        app,
        "INSERT INTO module_reminders (module_id, registration_id, sent_at) VALUES ($1, $2, $3)",
        vec![A::I(next), A::I(registration), A::I(now)],
    )
    .await;
    exec(
        app,
        "INSERT INTO feedback_invites (module_id, registration_id, token, sent_at) VALUES ($1, $2, 'fb-token', $3)",
        vec![A::I(past), A::I(registration), A::I(now)],
    )
    .await;

    // a speaker entry with an open request
    let speaker = insert(
        app,
        "INSERT INTO speakers (owner_org, user_id, name, email, affiliation, bio, topics, languages, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, 'Moderatorin', 'Recht', 'de', $6, $6) RETURNING id",
        vec![A::I(c.org), A::I(user), s(NAME), s(EMAIL), s(AFFILIATION), A::I(now)],
    )
    .await;
    exec(
        app,
        "INSERT INTO speaker_requests (module_id, speaker_id, status, token, message, locale, deadline, asked_by, asked_at) \
         VALUES ($1, $2, 'asked', 'speaker-token', $3, 'de', $4, $5, $6)",
        vec![
            A::I(next),
            A::I(speaker),
            A::S(format!("Liebe {NAME}, haben Sie Zeit?")),
            A::I(now + 86400),
            A::I(c.admin),
            A::I(now),
        ],
    )
    .await;

    // spaces: one they made and belong to, a listed one they asked to join
    let space = insert(
        app,
        "INSERT INTO spaces (name, kind, created_by, created_at, updated_at) VALUES ('Netzwerk Harz', 'network', $1, $2, $2) \
         RETURNING id",
        vec![A::I(user), A::I(now)],
    )
    .await;
    let listed_space = insert(
        app,
        "INSERT INTO spaces (name, kind, listed, created_by, created_at, updated_at) \
         VALUES ('AG Sprache', 'working', 1, $1, $2, $2) RETURNING id",
        vec![A::I(c.admin), A::I(now)],
    )
    .await;
    for (sp, who, role) in [
        (space, user, "member"),
        (space, c.admin, "admin"),
        (listed_space, c.admin, "admin"),
    ] {
        exec(
            app,
            "INSERT INTO space_members (space_id, user_id, role, created_at) VALUES ($1, $2, $3, $4)",
            vec![A::I(sp), A::I(who), s(role), A::I(now)],
        )
        .await;
    }
    exec(
        app,
        "INSERT INTO space_invitations (space_id, email, role, invited_by, token_hash, state, created_at, expires_at) \
         VALUES ($1, $2, 'member', $3, 'space-inv-hash', 'pending', $4, $5)",
        vec![
            A::I(listed_space),
            s(EMAIL),
            A::I(c.other),
            A::I(now),
            A::I(now + 86400),
        ],
    )
    .await;
    exec(
        app,
        "INSERT INTO space_requests (space_id, user_id, message, created_at) VALUES ($1, $2, $3, $4)",
        vec![
            A::I(listed_space),
            A::I(user),
            A::S(format!("Hallo, hier {NAME} vom {AFFILIATION}")),
            A::I(now),
        ],
    )
    .await;
    exec(
        app,
        "INSERT INTO space_visits (space_id, user_id, visited_at, last_thread_id, last_post_id, last_member_id) \
         VALUES ($1, $2, $3, 0, 0, 0)",
        vec![A::I(space), A::I(user), A::I(now)],
    )
    .await;
    let thread = insert(
        app,
        "INSERT INTO threads (space_id, title, created_by, created_at, last_post_at, posts) \
         VALUES ($1, 'Planung Herbst', $2, $3, $3, 1) RETURNING id",
        vec![A::I(space), A::I(user), A::I(now)],
    )
    .await;
    let post = insert(
        app,
        "INSERT INTO posts (thread_id, space_id, author_id, body, version, created_at, edited_at) \
         VALUES ($1, $2, $3, 'Ich schlage den 3. Oktober vor.', 2, $4, $4) RETURNING id",
        vec![A::I(thread), A::I(space), A::I(user), A::I(now)],
    )
    .await;
    exec(
        app,
        "INSERT INTO post_revisions (post_id, body, edited_at, edited_by) VALUES ($1, 'Ich schlage den 2. Oktober vor.', $2, $3)",
        vec![A::I(post), A::I(now), A::I(user)],
    )
    .await;
    for sql in [
        "INSERT INTO thread_follows (thread_id, user_id, created_at) VALUES ($1, $2, $3)",
        "INSERT INTO thread_reads (thread_id, user_id, last_post_id) VALUES ($1, $2, $3)",
    ] {
        let third = if sql.contains("thread_reads") { post } else { now };
        exec(app, sql, vec![A::I(thread), A::I(user), A::I(third)]).await;
    }
    exec(
        app,
        "INSERT INTO digest_items (user_id, post_id, created_at) VALUES ($1, $2, $3)",
        vec![A::I(user), A::I(post), A::I(now)],
    )
    .await;
    exec(
        app,
        "INSERT INTO notify_prefs (user_id, mode) VALUES ($1, 'digest')",
        vec![A::I(user)],
    )
    .await;
    let folder = insert(
        app,
        "INSERT INTO folders (space_id, name, name_key, created_by, created_at) VALUES ($1, 'Protokolle', 'protokolle', $2, $3) \
         RETURNING id",
        vec![A::I(space), A::I(user), A::I(now)],
    )
    .await;
    let file = insert(
        app,
        "INSERT INTO files (space_id, folder_id, name, name_key, created_by, created_at, updated_at) \
         VALUES ($1, $2, 'sitzung.txt', 'sitzung.txt', $3, $4, $4) RETURNING id",
        vec![A::I(space), A::I(folder), A::I(user), A::I(now)],
    )
    .await;
    let key = format!("spaces/{space}/privacy-test");
    let (size, sha) = app.state.blobs.put(&key, b"Protokoll der Sitzung").await.unwrap();
    exec(
        app,
        "INSERT INTO file_versions (file_id, space_id, version, object_key, size, sha256, content_type, uploaded_by, created_at) \
         VALUES ($1, $2, 1, $3, $4, $5, 'text/plain', $6, $7)",
        vec![A::I(file), A::I(space), s(&key), A::I(size as i64), s(&sha), A::I(user), A::I(now)],
    )
    .await;
    let meeting = insert(
        app,
        "INSERT INTO meetings (space_id, title, starts_at, ends_at, votes_per_person, created_by, created_at, updated_at) \
         VALUES ($1, 'Netzwerktreffen', $2, $3, 3, $4, $5, $5) RETURNING id",
        vec![A::I(space), A::I(now + 86400), A::I(now + 90000), A::I(user), A::I(now)],
    )
    .await;
    let topic = insert(
        app,
        "INSERT INTO meeting_topics (meeting_id, title, proposed_by, created_at) VALUES ($1, 'Ehrenamt im Ort', $2, $3) \
         RETURNING id",
        vec![A::I(meeting), A::I(user), A::I(now)],
    )
    .await;
    exec(
        app,
        "INSERT INTO topic_votes (topic_id, user_id, meeting_id, created_at) VALUES ($1, $2, $3, $4)",
        vec![A::I(topic), A::I(user), A::I(meeting), A::I(now)],
    )
    .await;
    let session = insert(
        app,
        "INSERT INTO meeting_sessions (meeting_id, title, format, starts_at, ends_at, moderator, created_at, updated_at) \
         VALUES ($1, 'Werkstatt', 'workshop', $2, $3, $4, $5, $5) RETURNING id",
        vec![A::I(meeting), A::I(now + 86400), A::I(now + 88000), A::S(format!("{NAME} und Olga Admin")), A::I(now)],
    )
    .await;
    exec(
        app,
        "INSERT INTO session_choices (session_id, user_id, meeting_id, created_at) VALUES ($1, $2, $3, $4)",
        vec![A::I(session), A::I(user), A::I(meeting), A::I(now)],
    )
    .await;

    // mails: to them (waiting and sent), and to others about them
    for (to, to_name, subject, body, status) in [
        (
            EMAIL,
            NAME,
            format!("Hallo {NAME}"),
            "Ihr Platz ist bestätigt.".to_string(),
            "pending",
        ),
        (
            EMAIL,
            NAME,
            "Willkommen".to_string(),
            format!("Guten Tag {NAME}"),
            "sent",
        ),
        (
            "orgadmin@example.org",
            "Olga Admin",
            format!("{NAME} möchte beitreten"),
            format!("{NAME} ({AFFILIATION}, {EMAIL}) bittet um Aufnahme."),
            "pending",
        ),
        (
            "orgadmin@example.org",
            "Olga Admin",
            "Neue Anmeldung".to_string(),
            format!("{NAME} vom {AFFILIATION} hat sich angemeldet."),
            "sent",
        ),
    ] {
        exec(
            app,
            "INSERT INTO outbox (to_addr, to_name, subject, body, locale, kind, created_at, next_attempt_at, status) \
             VALUES ($1, $2, $3, $4, 'de', 'test', $5, $5, $6)",
            vec![s(to), s(to_name), A::S(subject), A::S(body), A::I(now), s(status)],
        )
        .await;
    }
    // a Leitbild process the person started (and so is on the team of), taking part under their address
    let store = &app.state.store;
    let process = store.create_process(now, user, c.org, "Leitbild Harz").await.unwrap();
    let person = store::leitbild::NewPerson {
        name: NAME.into(),
        email: EMAIL.into(),
        function: "Sachbearbeitung".into(),
        department_id: None,
        leader: false,
    };
    let person_id = store.add_person(now, c.admin, process, &person).await.unwrap();
    let draft = domain::leitbild::Draft {
        slogan: "Offen für alle".into(),
        preamble: String::new(),
        principles: vec![],
    };
    store.save_version(now, user, process, 0, &draft).await.unwrap();
    // … and, as a leadership member under the same address, signed off version 1
    let leader = store::leitbild::NewPerson {
        leader: true,
        function: "Amtsleitung".into(),
        ..person
    };
    let leader = store.add_person(now, c.admin, process, &leader).await.unwrap();
    store.offer_version(now, user, process, 1).await.unwrap();
    store.sign_off(now, process, leader, 1).await.unwrap();
    // a feedback round the person started, their own comment in it, answered by them
    let round = store::leitbild::NewRound {
        opens_at: now - 60,
        closes_at: now + 86_400,
        remind_at: now + 3_600,
        questions: vec![],
    };
    let round = store.start_round(now, user, process, &round).await.unwrap();
    let who = domain::leitbild_feedback::Contributor::Person(person_id);
    let target = domain::leitbild_feedback::Target::Slogan;
    let comment = store
        .add_comment(now, process, round, &who, None, target, "Gut so.", "")
        .await
        .unwrap();
    store
        .start_survey(now, user, process, now - 60, now + 86_400)
        .await
        .unwrap();
    let taken = domain::leitbild_feedback::Answer::Taken;
    store
        .answer_comment(now, user, process, comment, 1, taken, "Danke.")
        .await
        .unwrap();
    // a measure of the process's planner with the person as its owner
    store
        .set_leitbild_plan(now, c.admin, process, 0, "2026-05")
        .await
        .unwrap();
    let measure = store::measures::MeasureFields {
        title: "Willkommensmappe".into(),
        description: String::new(),
        owner_name: NAME.into(),
        owner_email: EMAIL.into(),
        month: "2026-05".into(),
        principle: None,
    };
    store
        .add_leitbild_measure(now, c.admin, process, &measure)
        .await
        .unwrap();
    // a self-assessment: a set the person copied, a wave they started on
    // it, and a place as a rater under their address (with a link)
    let default = store.default_openness_set().await.unwrap().unwrap();
    let set = store.copy_openness_set(now, user, default, None).await.unwrap();
    let wave = store::openness::NewWave {
        set_id: set,
        title: "Selbstbewertung".into(),
        opens_at: now - 60,
        closes_at: now + 86_400,
        threshold: 5,
    };
    let wave = store.create_openness_wave(now, user, c.org, &wave).await.unwrap();
    let group = store
        .add_openness_group(now, user, c.org, wave, domain::openness::GroupKind::Staff, "Bürgeramt")
        .await
        .unwrap();
    store
        .add_openness_raters(now, user, c.org, wave, group, &[(NAME.to_string(), EMAIL.to_string())])
        .await
        .unwrap();
    let rater = store.openness_raters(wave).await.unwrap()[0].id;
    store
        .set_openness_links(now, user, c.org, wave, &[(rater, "hash-of-rater".into(), None)])
        .await
        .unwrap();
    exec(
        app,
        "INSERT INTO audit_log (at, actor_id, action, object_kind, object_id, detail) \
         VALUES ($1, $2, 'member.invite', 'user', $3, $4)",
        vec![
            A::I(now),
            A::I(c.admin),
            A::S(user.to_string()),
            A::S(format!("{EMAIL} {NAME}")),
        ],
    )
    .await;
    Made {
        user,
        series,
        registration,
        cert_code,
        space,
        listed_space,
        thread,
    }
}

/// Tables with a column that ties a row to a person (from the catalogue).
async fn person_tables(app: &TestApp) -> Vec<String> {
    let mut out = vec![];
    for t in tables(app).await {
        let cols = columns(app, &t).await;
        if cols.iter().any(|(c, _)| PERSON_COLUMNS.contains(&c.as_str())) {
            out.push(t);
        }
    }
    out.sort();
    out
}

#[tokio::test]
async fn the_export_holds_every_table_that_names_the_person() {
    let (mut app, c) = with_cast().await;
    let made = person_everywhere(&mut app, &c).await;
    let r = app.get("/profile/export").await;
    assert_eq!(r.status, StatusCode::OK);
    let json: serde_json::Value = serde_json::from_str(&r.body).unwrap();
    let tables = person_tables(&app).await;
    assert!(tables.len() > 30, "{tables:?}");
    let mut missing = vec![];
    for t in &tables {
        match json.get(t).and_then(|v| v.as_array()) {
            Some(rows) if !rows.is_empty() => {}
            _ => missing.push(t.clone()),
        }
    }
    assert!(missing.is_empty(), "no rows exported from {missing:?}");
    // what the issue names, in detail
    let reg = &json["registrations"][0];
    assert_eq!(reg["affiliation"], AFFILIATION);
    assert_eq!(reg["target_group"], "administration");
    assert_eq!(reg["status"], "confirmed");
    assert!(reg["consent_at"].is_i64());
    assert_eq!(json["certificates"][0]["code"], made.cert_code.as_str());
    assert_eq!(json["attendance"][0]["status"], "present");
    assert_eq!(json["post_revisions"][0]["body"], "Ich schlage den 2. Oktober vor.");
    assert_eq!(json["file_versions"][0]["name"], "sitzung.txt");
    assert!(json["file_versions"][0]["sha256"].is_string());
    assert_eq!(json["measures"][0]["owner_email"], EMAIL);
    assert_eq!(json["measures"][0]["title"], "Willkommensmappe");
    assert_eq!(json["space_requests"][0]["space_id"], made.listed_space);
    assert_eq!(json["thread_follows"][0]["thread_id"], made.thread);
    assert_eq!(json["speakers"][0]["affiliation"], AFFILIATION);
    assert_eq!(json["leitbild_signoffs"][0]["number"], 1);
    // secrets are not in it: the calendar feed's token, the personal link, session ids
    for secret in [
        "feed-secret",
        "personal-link-token-1",
        "reset-hash",
        "speaker-token",
        "fb-token",
    ] {
        assert!(!r.body.contains(secret), "{secret} in the export");
    }
    // an invitation this person sent does not show the invitee's address
    assert!(!r.body.contains("someone@example.org"));
}

#[tokio::test]
async fn deleting_an_account_leaves_no_name_address_or_affiliation_anywhere() {
    let (mut app, c) = with_cast().await;
    let made = person_everywhere(&mut app, &c).await;
    let before = traces(&app, &[NAME, EMAIL, AFFILIATION]).await;
    assert!(before.len() > 10, "the fixture names the person: {before:?}");
    let regs_before = app
        .state
        .store
        .registrations_of_series(made.series)
        .await
        .unwrap()
        .len();

    let r = app.post("/profile/delete", &[("password", PASSWORD)]).await;
    r.assert_status(StatusCode::SEE_OTHER);

    let left = traces(&app, &[NAME, EMAIL, AFFILIATION]).await;
    assert!(left.is_empty(), "left behind: {left:#?}");

    // figures: the registration stays as an anonymous row, its attendance too
    let regs = app.state.store.registrations_of_series(made.series).await.unwrap();
    assert_eq!(regs.len(), regs_before);
    let gone = regs.iter().find(|r| r.id == made.registration).unwrap();
    assert!(gone.forgotten_at.is_some() && gone.name.is_empty() && gone.user_id.is_none());
    assert_eq!(
        gone.status,
        domain::series::RegStatus::Cancelled,
        "the series is not over"
    );
    assert_eq!(
        app.state.store.attendance_of_series(made.series).await.unwrap().len(),
        1
    );
    // the freed seat went to the waiting list
    let wanda = regs.iter().find(|r| r.email == "wanda@example.org").unwrap();
    assert_eq!(wanda.status, domain::series::RegStatus::Confirmed);
    // the pending join request is gone: nothing to accept
    assert!(app
        .state
        .store
        .space_requests(made.listed_space)
        .await
        .unwrap()
        .is_empty());
    assert_eq!(app.state.store.space_role(made.space, made.user).await.unwrap(), None);
    // and the pseudonymous account is never added to a space again
    let again = app
        .state
        .store
        .add_space_user(
            app.state.now(),
            c.admin,
            made.listed_space,
            made.user,
            domain::spaces::SpaceRole::Member,
            &[],
        )
        .await;
    assert!(matches!(again, Err(store::StoreError::NotFound)), "{again:?}");
    // the speaker directory no longer lists them
    assert!(app.state.store.speakers_of_org(c.org).await.unwrap().is_empty());

    // the measure they owned stays in its planner, without its owner
    let owners: Vec<(String, String, String)> = sqlx::query_as("SELECT title, owner_name, owner_email FROM measures")
        .fetch_all(app.state.store.pool())
        .await
        .unwrap();
    assert_eq!(owners, vec![("Willkommensmappe".into(), String::new(), String::new())]);
    // the staff see an anonymous row, and the post under "deleted account"
    let mut admin = app.browser_as("orgadmin@example.org").await;
    admin
        .get(&format!("/series/{}/participants", made.series))
        .await
        .assert_contains("gelöschte Person");
    admin
        .get(&format!("/threads/{}", made.thread))
        .await
        .assert_contains("gelöschtes Konto")
        .assert_contains("3. Oktober");

    // the certificate stays verifiable, and confirms the printed name without showing it
    let mut anon = app.browser();
    let page = anon.get(&format!("/verify/{}", made.cert_code)).await;
    page.assert_contains("gültig").assert_contains("Grundkurs Ehrenamt");
    let typed = NAME.to_uppercase().replace(' ', "  ");
    let q: String = url::form_urlencoded::byte_serialize(typed.as_bytes()).collect();
    anon.get(&format!("/verify/{}?name={q}", made.cert_code))
        .await
        .assert_contains("stimmt mit der Bescheinigung überein");
    anon.get(&format!("/verify/{}?name=Erika+Mustermann", made.cert_code))
        .await
        .assert_contains("stimmt nicht mit der Bescheinigung überein");
    // its PDF cannot be made any more
    let cert = app
        .state
        .store
        .certificate_by_code(&made.cert_code)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        admin.get(&format!("/certificates/{}/pdf", cert.id)).await.status,
        StatusCode::NOT_FOUND
    );
    // the personal link is dead
    assert_eq!(anon.get("/r/personal-link-token-1").await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_participant_without_an_account_downloads_and_deletes_their_data_by_link() {
    let (app, c) = with_cast().await;
    let now = app.state.now();
    let (series, past, _) = series_with_modules(&app, &c, now).await;
    let registration = insert(
        &app,
        "INSERT INTO registrations (series_id, name, email, affiliation, target_group, locale, status, token, \
         consent_at, source, created_at, confirmed_at, queued_at) \
         VALUES ($1, $2, $3, $4, 'administration', 'de', 'confirmed', 'link-token-2', $5, 'form', $5, $5, $5) RETURNING id",
        vec![A::I(series), s(NAME), s(EMAIL), s(AFFILIATION), A::I(now)],
    )
    .await;
    exec(
        &app,
        "INSERT INTO attendance (module_id, registration_id, status, via, marked_by, marked_at) \
         VALUES ($1, $2, 'present', 'check_in', NULL, $3)",
        vec![A::I(past), A::I(registration), A::I(now)],
    )
    .await;
    exec(
        &app,
        "INSERT INTO certificates (code, registration_id, series_id, locale, participant, content, issued_at) \
         VALUES ('WXYZ-WXYZ-WXYZ', $1, $2, 'de', $3, '{\"series_title\":\"Grundkurs\",\"issuer\":\"KS\",\"place\":\"X\",\"modules\":[],\"total_hours\":4}', $4)",
        vec![A::I(registration), A::I(series), s(NAME), A::I(now)],
    )
    .await;
    for (to, subject, body) in [
        (
            EMAIL,
            format!("Anmeldung: {NAME}"),
            "Ihr Link: /r/link-token-2".to_string(),
        ),
        (
            "orgadmin@example.org",
            "Neue Anmeldung".to_string(),
            format!("{NAME} ({AFFILIATION}) <{EMAIL}>"),
        ),
    ] {
        exec(
            &app,
            "INSERT INTO outbox (to_addr, to_name, subject, body, locale, kind, created_at, next_attempt_at) \
             VALUES ($1, '', $2, $3, 'de', 'test', $4, $4)",
            vec![s(to), A::S(subject), A::S(body), A::I(now)],
        )
        .await;
    }
    let mut visitor = app.browser();
    let page = visitor.get("/r/link-token-2").await;
    page.assert_contains("/r/link-token-2/data.json")
        .assert_contains("/r/link-token-2/delete");

    let r = visitor.get("/r/link-token-2/data.json").await;
    r.assert_attachment();
    let json: serde_json::Value = serde_json::from_str(&r.body).unwrap();
    assert_eq!(json["registrations"][0]["affiliation"], AFFILIATION);
    assert_eq!(json["attendance"][0]["status"], "present");
    assert_eq!(json["certificates"][0]["code"], "WXYZ-WXYZ-WXYZ");
    assert_eq!(
        json["outbox"].as_array().unwrap().len(),
        1,
        "only mails to this address"
    );
    assert!(json["users"].as_array().unwrap().is_empty());
    assert!(!r.body.contains("orgadmin@example.org"));

    // a confirmation step first; a POST without the form's token changes nothing
    let confirm = visitor.get("/r/link-token-2/delete").await;
    assert_eq!(confirm.status, StatusCode::OK);
    confirm.assert_contains("Ja, meine Daten löschen");
    let r = visitor.post_raw("/r/link-token-2/delete", &[("confirm", "yes")]).await;
    assert_ne!(r.status, StatusCode::SEE_OTHER);
    assert!(app
        .state
        .store
        .registration(registration)
        .await
        .unwrap()
        .unwrap()
        .forgotten_at
        .is_none());

    let r = visitor.post("/r/link-token-2/delete", &[("confirm", "yes")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let left = traces(&app, &[NAME, EMAIL, AFFILIATION]).await;
    assert!(left.is_empty(), "left behind: {left:#?}");
    assert_eq!(visitor.get("/r/link-token-2").await.status, StatusCode::NOT_FOUND);
    let reg = app.state.store.registration(registration).await.unwrap().unwrap();
    assert_eq!(reg.status, domain::series::RegStatus::Cancelled);
    assert_eq!(app.state.store.registrations_of_series(series).await.unwrap().len(), 1);
    assert_eq!(app.state.store.attendance_of_series(series).await.unwrap().len(), 1);
    visitor
        .get("/verify/WXYZ-WXYZ-WXYZ")
        .await
        .assert_contains("gültig")
        .assert_not_contains(NAME);
}
