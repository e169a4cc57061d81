//! Qualification series: staff pages, catalogue, registration with double
//! opt-in and waiting list, cancellation, visibility, the race for the last seat.

use axum::http::StatusCode;

use crate::helpers::*;

/// The fields each form always sends (a browser sends them empty when
/// nothing is typed); a test that leaves one out gets them as "".
pub const SERIES_FIELDS: &[&str] = &[
    "kind",
    "visibility",
    "region",
    "capacity",
    "deadline",
    "rule_min_modules",
    "rule_min_hours",
    "signatory_name",
    "signatory_role",
    "funding_notice",
    "title_de",
    "summary_de",
    "title_en",
    "summary_en",
    "title_ar",
    "summary_ar",
    "title_fa",
    "summary_fa",
    "title_uk",
    "summary_uk",
    "title_ru",
    "summary_ru",
    "title_tr",
    "summary_tr",
    "version",
];
pub const MODULE_FIELDS: &[&str] = &[
    "title",
    "topics",
    "starts_at",
    "ends_at",
    "venue",
    "access_notes",
    "online_url",
    "hours",
    "version",
];
pub const REG_FIELDS: &[&str] = &[
    "name",
    "email",
    "affiliation",
    "target_group",
    "fig_age",
    "fig_migration",
    "key",
];
pub const COPY_FIELDS: &[&str] = &["starts"];
pub const ADD_FIELDS: &[&str] = &["name", "email", "affiliation", "target_group"];
pub const SPEAKER_FIELDS: &[&str] = &["name", "email", "affiliation", "bio", "topics"];
pub const ASK_FIELDS: &[&str] = &["speaker", "deadline", "message"];
pub const ISSUE_FIELDS: &[&str] = &["locale", "place"];
pub const REVOKE_FIELDS: &[&str] = &["reason"];
pub const CHECKIN_FIELDS: &[&str] = &["module", "code"];

/// `given`, and "" for every field of `always` it leaves out, as the page's form would send it.
pub fn with_defaults<'a>(always: &[&'a str], given: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut all = given.to_vec();
    for name in always {
        if !given.iter().any(|(k, _)| k == name) {
            all.push((name, ""));
        }
    }
    all
}

/// POSTs one of these forms: `given`, and "" for each field of `always` it leaves out.
pub async fn post_form(app: &mut TestApp, path: &str, always: &[&str], given: &[(&str, &str)]) -> Resp {
    app.post(path, &with_defaults(always, given)).await
}

/// The public registration form filled in for the administration, with or without consent.
pub fn registration<'a>(name: &'a str, email: &'a str, consent: bool) -> Vec<(&'a str, &'a str)> {
    let mut fields = vec![("name", name), ("email", email), ("target_group", "administration")];
    if consent {
        fields.push(("consent", "1"));
    }
    fields
}

/// Registers through the public form of `series` as the browser `b`.
pub async fn register_form(b: &mut TestApp, series: i64, given: &[(&str, &str)]) -> Resp {
    post_form(b, &format!("/series/{series}/register"), REG_FIELDS, given).await
}

/// Staff add a person by hand through the participants form.
pub async fn add_participant(app: &mut TestApp, series: i64, given: &[(&str, &str)]) -> Resp {
    post_form(app, &format!("/series/{series}/participants/add"), ADD_FIELDS, given).await
}

/// Staff add each (name, address) by hand, for the administration.
pub async fn add_to_administration(app: &mut TestApp, series: i64, people: &[(&str, &str)]) {
    for (name, email) in people {
        let fields = [("name", *name), ("email", *email), ("target_group", "administration")];
        add_participant(app, series, &fields)
            .await
            .assert_status(StatusCode::SEE_OTHER);
    }
}

/// Creates a series through the staff form (signed in as `app`'s user) and returns its id.
/// A fresh app with the cast, signed in as a member of its organisation, with a series
/// `title` (and the `extra` fields) created through the form.
pub async fn staff_with_series(title: &str, extra: &[(&str, &str)]) -> (TestApp, Cast, i64) {
    let (mut app, c) = signed_in("member@example.org").await;
    let id = create_series(&mut app, c.org, title, extra).await;
    (app, c, id)
}

pub async fn create_series(app: &mut TestApp, org: i64, title: &str, extra: &[(&str, &str)]) -> i64 {
    let mut fields: Vec<(&str, &str)> = vec![
        ("title_de", title),
        ("summary_de", "Worum es geht."),
        ("kind", "trainer"),
        ("visibility", "public"),
        ("region", "ST-HZ"),
        ("target_groups", "administration"),
        ("target_groups", "volunteers"),
        ("languages", "de"),
        ("languages", "ar"),
        ("capacity", "1"),
    ];
    for (k, v) in extra {
        if let Some(f) = fields.iter_mut().find(|(fk, _)| fk == k) {
            f.1 = v;
        } else {
            fields.push((k, v));
        }
    }
    let r = post_form(app, &format!("/orgs/{org}/series/new"), SERIES_FIELDS, &fields).await;
    r.assert_status(StatusCode::SEE_OTHER);
    r.id_between("/series/", "/manage")
}

pub async fn add_module(app: &mut TestApp, series: i64, title: &str, starts: &str, ends: &str) {
    let r = post_form(
        app,
        &format!("/series/{series}/modules/new"),
        MODULE_FIELDS,
        &[
            ("title", title),
            ("topics", "Kultursensible Kommunikation"),
            ("starts_at", starts),
            ("ends_at", ends),
            ("venue", "Rathaus Halberstadt, Holzmarkt 1"),
            ("hours", "8"),
            ("mandatory", "1"),
        ],
    )
    .await;
    r.assert_status(StatusCode::SEE_OTHER);
}

/// Adds each (title, start, end) as a module through the staff form.
pub async fn add_modules(app: &mut TestApp, series: i64, modules: &[(&str, &str, &str)]) {
    for (title, starts, ends) in modules {
        add_module(app, series, title, starts, ends).await;
    }
}

/// Registers through the public form in a fresh browser; returns the personal link path.
async fn register(app: &TestApp, series: i64, name: &str, email: &str) -> String {
    let mut b = app.browser();
    let r = register_form(
        &mut b,
        series,
        &[
            ("name", name),
            ("email", email),
            ("target_group", "administration"),
            ("consent", "1"),
            ("fig_age", "27_49"),
        ],
    )
    .await;
    r.assert_status(StatusCode::SEE_OTHER);
    assert_eq!(r.location(), format!("/series/{series}/check-mail"));
    app.link_in_mail_to(email).await
}

async fn status_of(app: &TestApp, link: &str) -> String {
    let token = link.trim_start_matches("/r/");
    app.state
        .store
        .registration_by_token(token)
        .await
        .unwrap()
        .unwrap()
        .status
        .code()
        .to_string()
}

#[tokio::test]
async fn staff_create_a_series_with_modules_and_it_appears_in_the_catalogue() {
    let (mut app, c) = signed_in("member@example.org").await;

    // bad input: no German title, capacity 0, no target group; what was typed is kept
    let r = post_form(
        &mut app,
        &format!("/orgs/{}/series/new", c.org),
        SERIES_FIELDS,
        &[
            ("title_de", ""),
            ("title_ar", "دورة تدريبية"),
            ("kind", "trainer"),
            ("visibility", "public"),
            ("region", "ST-HZ"),
            ("languages", "de"),
            ("capacity", "0"),
        ],
    )
    .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("Bitte füllen Sie dieses Feld aus")
        .assert_contains("دورة تدريبية")
        .assert_contains("Mindestens 1")
        .assert_contains("Bitte wählen Sie mindestens eine");
    assert!(app.state.store.series_of_org(c.org, "de").await.unwrap().is_empty());

    let id = create_series(
        &mut app,
        c.org,
        "Trainer*innen-Qualifizierung 2026/27",
        &[("title_ar", "تأهيل المدربين")],
    )
    .await;
    app.get(&format!("/series/{id}/manage"))
        .await
        .assert_contains("Trainer*innen-Qualifizierung 2026/27")
        .assert_contains("Noch keine Module");

    // a module that ends before it starts is refused beside the field
    let r = post_form(
        &mut app,
        &format!("/series/{id}/modules/new"),
        MODULE_FIELDS,
        &[
            ("title", "Modul 1: Grundlagen"),
            ("starts_at", "2026-09-10T09:00"),
            ("ends_at", "2026-09-10T08:00"),
            ("venue", "Halberstadt"),
            ("hours", "8"),
        ],
    )
    .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("Das Ende muss nach dem Beginn liegen")
        .assert_contains("value=\"2026-09-10T08:00\"");
    // no place at all
    let r = post_form(
        &mut app,
        &format!("/series/{id}/modules/new"),
        MODULE_FIELDS,
        &[
            ("title", "Modul 1"),
            ("starts_at", "2026-09-10T09:00"),
            ("ends_at", "2026-09-10T17:00"),
            ("hours", "8"),
        ],
    )
    .await;
    r.assert_contains("Geben Sie einen Ort oder einen Online-Link an");

    let schedule = [
        ("Modul 1: Grundlagen", "2026-09-10T09:00", "2026-09-10T17:00"),
        ("Modul 2: Recht", "2026-11-12T09:00", "2026-11-12T17:00"),
    ];
    add_modules(&mut app, id, &schedule).await;
    // shown in German time (summer time in September)
    app.get(&format!("/series/{id}/manage"))
        .await
        .assert_contains("10.09.2026 09:00–17:00")
        .assert_contains("12.11.2026 09:00–17:00");

    let mut anon = app.browser();
    anon.get("/series")
        .await
        .assert_contains("Trainer*innen-Qualifizierung 2026/27")
        .assert_contains("2 Module");
    anon.assert_pages_contain(&[
        ("/series?month=2026-11", "Trainer*innen-Qualifizierung"),
        ("/series?month=2026-10", "Keine Fortbildung passt"),
        ("/series?group=apprentices", "Keine Fortbildung passt"),
        ("/series?region=DE-ST&lang=ar", "Trainer*innen-Qualifizierung"),
        ("/series?region=DE-BE", "Keine Fortbildung passt"),
    ])
    .await;
    // the Arabic title is shown in Arabic, the German one elsewhere
    anon.post("/language", &[("lang", "ar"), ("next", "/series")]).await;
    anon.get("/series").await.assert_contains("تأهيل المدربين");
    anon.get(&format!("/series/{id}"))
        .await
        .assert_contains("تأهيل المدربين");

    // other organisations' staff and anonymous visitors cannot manage it
    let mut other = app.browser_as("other@example.org").await;
    assert_eq!(
        other.get(&format!("/series/{id}/manage")).await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        other.get(&format!("/series/{id}/participants")).await.status,
        StatusCode::FORBIDDEN
    );
    let r = post_form(
        &mut other,
        &format!("/series/{id}/modules/new"),
        MODULE_FIELDS,
        &[("title", "x")],
    )
    .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert_eq!(app.state.store.modules(id).await.unwrap().len(), 2);
    let actions = app.audit_actions().await;
    assert!(actions.contains(&"series.create".to_string()));
    assert_eq!(actions.iter().filter(|a| *a == "module.create").count(), 2);
}

#[tokio::test]
async fn double_opt_in_waiting_list_and_moving_up() {
    let (mut app, _, id) = staff_with_series("Kurs für Ehrenamtliche", &[]).await;
    add_module(&mut app, id, "Modul 1", "2026-09-10T09:00", "2026-09-10T17:00").await;

    let a = register(&app, id, "Aylin Kaya", "aylin@example.org").await;
    // nothing is held until the address is confirmed
    assert_eq!(status_of(&app, &a).await, "unconfirmed");
    let mut anon = app.browser();
    anon.get(&a).await.assert_contains("Anmeldung bestätigen");
    let r = anon.post(&format!("{a}/confirm"), &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(status_of(&app, &a).await, "confirmed");
    assert!(app.mails().await[0].subject.contains("Ihr Platz ist sicher"));
    // confirming twice changes nothing
    anon.post(&format!("{a}/confirm"), &[]).await;
    assert_eq!(status_of(&app, &a).await, "confirmed");

    let b = register(&app, id, "Bohdan Melnyk", "bohdan@example.org").await;
    anon.post(&format!("{b}/confirm"), &[]).await;
    assert_eq!(status_of(&app, &b).await, "waiting");
    anon.get(&b).await.assert_contains("Auf der Warteliste");
    app.get(&format!("/series/{id}"))
        .await
        .assert_contains("Alle Plätze sind vergeben");

    // Aylin cancels: Bohdan moves up at once and is told
    anon.get(&format!("{a}/cancel")).await.assert_contains("Ja, abmelden");
    let r = anon.post(&format!("{a}/cancel"), &[("confirmed", "true")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(status_of(&app, &a).await, "cancelled");
    assert_eq!(status_of(&app, &b).await, "confirmed");
    let mails = app.mails().await;
    let moved = mails.iter().find(|m| m.to_addr == "bohdan@example.org").unwrap();
    assert!(
        moved.subject.contains("Ein Platz ist frei geworden"),
        "{}",
        moved.subject
    );
    assert!(moved.body.contains(&b), "the mail carries the personal link");

    // staff see both, with their status; the anonymous figures are counted apart
    app.get(&format!("/series/{id}/participants"))
        .await
        .assert_contains("Bohdan Melnyk")
        .assert_contains("Platz sicher")
        .assert_contains("Abgemeldet");
    let figures = app.state.store.registration_figures(id).await.unwrap();
    assert_eq!(figures, vec![("age".to_string(), "27_49".to_string(), 2)]);
    app.assert_audited(&[
        "registration.create",
        "registration.confirm",
        "registration.cancel",
        "registration.moved_up",
    ])
    .await;
}

#[tokio::test]
async fn bad_registration_input_changes_nothing() {
    let (mut app, _, id) = staff_with_series("Fachtag", &[("capacity", "5"), ("deadline", "2026-08-31")]).await;
    add_module(&mut app, id, "Fachtag", "2026-09-10T09:00", "2026-09-10T17:00").await;
    let before = app.mails().await.len();
    let mut anon = app.browser();
    // a line break in a name (no header injection into the mail), no consent, a bad address
    let r = register_form(
        &mut anon,
        id,
        &registration("Eve\r\nBcc: x@evil.example", "eve@example.org", true),
    )
    .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("Steuerzeichen");
    let r = register_form(
        &mut anon,
        id,
        &registration("Nadia نادية Haddad", "nadia@example.org", false),
    )
    .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("Bitte bestätigen Sie, dass Sie die Datenschutzhinweise")
        .assert_contains("value=\"Nadia نادية Haddad\"");
    let long = "A".repeat(101);
    let mut f = registration("x", "n@example.org", true);
    f[0].1 = &long;
    let r = register_form(&mut anon, id, &f).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    // an unknown target group
    let r = register_form(
        &mut anon,
        id,
        &[
            ("name", "N"),
            ("email", "n@example.org"),
            ("target_group", "apprentices"),
            ("consent", "1"),
        ],
    )
    .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(app.mails().await.len(), before, "no mail for refused input");
    assert!(app.state.store.registrations_of_series(id).await.unwrap().is_empty());

    // mixed scripts are fine; the same address twice gets the answer a new address gets (so
    // nobody learns who is registered), the address's owner is told by mail, nothing is added
    let first = register_form(
        &mut anon,
        id,
        &registration("Nadia نادية Haddad", "nadia@example.org", true),
    )
    .await;
    let token = app.state.store.registrations_of_series(id).await.unwrap()[0]
        .token
        .clone();
    let mails = app.mails().await.len();
    let again = register_form(&mut anon, id, &registration("Nadia Haddad", "NADIA@example.org", true)).await;
    assert_eq!(again.status, first.status);
    assert_eq!(again.location(), first.location());
    assert_eq!(app.state.store.registrations_of_series(id).await.unwrap().len(), 1);
    let told = app.mails().await;
    assert_eq!(told.len(), mails + 1);
    assert_eq!(told[0].kind, domain::outbox::MailKind::RegistrationAgain);
    assert_eq!(told[0].to_addr, "nadia@example.org");
    assert!(told[0].body.contains(&format!("/r/{token}")), "{}", told[0].body);
    // trying again within the hour gives the same answer but mails nobody again
    let third = register_form(&mut anon, id, &registration("Nadia Haddad", "nadia@example.org", true)).await;
    assert_eq!(third.location(), first.location());
    assert_eq!(app.mails().await.len(), mails + 1);

    // a forged link
    assert_eq!(anon.get("/r/forged-token").await.status, StatusCode::NOT_FOUND);
    assert_eq!(
        anon.post("/r/forged-token/confirm", &[]).await.status,
        StatusCode::NOT_FOUND
    );

    // an expired confirmation link holds no seat and says so
    let link = app.link_in_mail_to("nadia@example.org").await;
    app.clock().advance(3 * 86400);
    anon.post(&format!("{link}/confirm"), &[]).await;
    assert_eq!(status_of(&app, &link).await, "unconfirmed");
    anon.get(&link).await.assert_contains("abgelaufen");
    // and the address may register again
    let r = register_form(&mut anon, id, &registration("Nadia Haddad", "nadia@example.org", true)).await;
    r.assert_status(StatusCode::SEE_OTHER);

    // after the deadline
    app.clock().advance(100 * 86400);
    let r = register_form(&mut anon, id, &registration("Spät", "late@example.org", true)).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("Die Anmeldung für diese Reihe ist geschlossen");
}

#[tokio::test]
async fn signed_in_people_skip_the_mail_and_staff_add_people_by_hand() {
    let (mut app, _, id) = staff_with_series("Workshop", &[("capacity", "2"), ("manual_approval", "1")]).await;
    add_module(&mut app, id, "Workshop", "2026-09-10T09:00", "2026-09-10T17:00").await;

    // someone signed in with the same address needs no confirmation, but staff approve
    let mut other = app.browser_as("other@example.org").await;
    let r = register_form(&mut other, id, &registration("Otto Anders", "other@example.org", true)).await;
    r.assert_status(StatusCode::SEE_OTHER);
    let regs = app.state.store.registrations_of_series(id).await.unwrap();
    assert_eq!(regs[0].status.code(), "pending");
    app.post(&format!("/registrations/{}/approve", regs[0].id), &[]).await;
    assert_eq!(
        app.state
            .store
            .registration(regs[0].id)
            .await
            .unwrap()
            .unwrap()
            .status
            .code(),
        "confirmed"
    );
    // other org's staff cannot approve or cancel here
    // (another organisation's registration does not exist for them)
    let r = other.post(&format!("/registrations/{}/cancel", regs[0].id), &[]).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);

    // staff add a person by hand: placed at once and told
    let r = add_participant(
        &mut app,
        id,
        &[
            ("name", "Олена Коваленко"),
            ("email", "olena@example.org"),
            ("target_group", "volunteers"),
        ],
    )
    .await;
    r.assert_status(StatusCode::SEE_OTHER);
    let regs = app.state.store.registrations_of_series(id).await.unwrap();
    assert!(regs
        .iter()
        .any(|r| r.name == "Олена Коваленко" && r.status.code() == "confirmed"));
    assert!(app.mails().await.iter().any(|m| m.to_addr == "olena@example.org"));
}

#[tokio::test]
async fn visibility_members_only_and_invitation_only() {
    let (mut app, c, members) = staff_with_series("Interne Reihe", &[("visibility", "members")]).await;
    add_module(&mut app, members, "M", "2026-09-10T09:00", "2026-09-10T17:00").await;
    let invite = create_series(&mut app, c.org, "Geschlossene Reihe", &[("visibility", "invitation")]).await;
    add_module(&mut app, invite, "M", "2026-09-10T09:00", "2026-09-10T17:00").await;

    app.get("/series")
        .await
        .assert_contains("Interne Reihe")
        .assert_not_contains("Geschlossene Reihe");
    let mut anon = app.browser();
    anon.get("/series")
        .await
        .assert_not_contains("Interne Reihe")
        .assert_not_contains("Geschlossene Reihe");
    assert_eq!(
        anon.get(&format!("/series/{members}")).await.status,
        StatusCode::SEE_OTHER
    );
    let mut other = app.browser_as("other@example.org").await;
    assert_eq!(
        other.get(&format!("/series/{members}")).await.status,
        StatusCode::FORBIDDEN
    );
    other.get("/series").await.assert_not_contains("Interne Reihe");
    // invitation only: not found without the key, open with it
    assert_eq!(
        anon.get(&format!("/series/{invite}")).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        anon.get(&format!("/series/{invite}?key=wrong")).await.status,
        StatusCode::NOT_FOUND
    );
    let key = app.state.store.series(invite).await.unwrap().unwrap().invite_key;
    anon.get(&format!("/series/{invite}?key={key}"))
        .await
        .assert_contains("Geschlossene Reihe")
        .assert_contains(&format!("name=\"key\" value=\"{key}\""));
    let r = register_form(&mut anon, invite, &registration("N", "n@example.org", true)).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    let r = register_form(
        &mut anon,
        invite,
        &[
            ("key", &key),
            ("name", "N"),
            ("email", "n@example.org"),
            ("target_group", "administration"),
            ("consent", "1"),
        ],
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn cancelling_a_module_tells_everyone_and_copying_makes_the_next_cohort() {
    let (mut app, _, id) = staff_with_series("Reihe", &[("capacity", "5")]).await;
    add_module(&mut app, id, "Modul A", "2026-10-01T09:00", "2026-10-01T17:00").await;
    add_module(&mut app, id, "Modul B", "2027-03-04T09:00", "2027-03-04T17:00").await;
    let link = register(&app, id, "Aylin Kaya", "aylin@example.org").await;
    app.browser().post(&format!("{link}/confirm"), &[]).await;

    let modules = app.state.store.modules(id).await.unwrap();
    app.get(&format!("/modules/{}/cancel", modules[0].id))
        .await
        .assert_contains("1 angemeldete Person");
    let r = app
        .post(&format!("/modules/{}/cancel", modules[0].id), &[("confirmed", "true")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let mail = app
        .mails()
        .await
        .into_iter()
        .find(|m| m.kind.code() == "module-cancelled")
        .unwrap();
    assert_eq!(mail.to_addr, "aylin@example.org");
    assert!(mail.body.contains("01.10.2026 09:00–17:00"), "{}", mail.body);
    assert!(app
        .state
        .store
        .module(modules[0].id)
        .await
        .unwrap()
        .unwrap()
        .is_cancelled());
    app.get(&format!("/series/{id}")).await.assert_contains("Abgesagt");

    // copy for next year: the first remaining module moves to the chosen day, same local time
    let r = post_form(
        &mut app,
        &format!("/series/{id}/copy"),
        COPY_FIELDS,
        &[("starts", "2028-03-02")],
    )
    .await;
    r.assert_status(StatusCode::SEE_OTHER);
    let new_id: i64 = r.id_between("/series/", "/edit");
    let copied = app.state.store.modules(new_id).await.unwrap();
    assert_eq!(copied.len(), 1, "cancelled modules are not copied");
    app.get(&format!("/series/{new_id}/manage"))
        .await
        .assert_contains("02.03.2028 09:00–17:00");
    assert!(app
        .state
        .store
        .registrations_of_series(new_id)
        .await
        .unwrap()
        .is_empty());
    let r = post_form(
        &mut app,
        &format!("/series/{id}/copy"),
        COPY_FIELDS,
        &[("starts", "morgen")],
    )
    .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
}

/// Two people confirm for the last seat at the same moment: exactly one gets
/// it, the other is on the waiting list. Repeated to give the race a chance.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn the_last_seat_goes_to_exactly_one() {
    let (mut app, c) = signed_in("member@example.org").await;
    for round in 0..8 {
        let id = create_series(&mut app, c.org, &format!("Rennen {round}"), &[("capacity", "1")]).await;
        add_module(&mut app, id, "M", "2026-09-10T09:00", "2026-09-10T17:00").await;
        let a = register(&app, id, "A", &format!("a{round}@example.org")).await;
        let b = register(&app, id, "B", &format!("b{round}@example.org")).await;
        let store = app.state.store.clone();
        let i18n = app.state.i18n.clone();
        let now = app.state.now();
        let confirm = |link: String| {
            let store = store.clone();
            let i18n = i18n.clone();
            tokio::spawn(async move {
                let mailer = move |r: &store::registrations::Registration, e| {
                    ikoe::mail::registration(&i18n, r, e, "Rennen", "http://x")
                };
                store
                    .confirm_registration(now, link.trim_start_matches("/r/"), &mailer)
                    .await
                    .unwrap()
                    .status
                    .code()
                    .to_string()
            })
        };
        let (x, y) = tokio::join!(confirm(a), confirm(b));
        let mut got = vec![x.unwrap(), y.unwrap()];
        got.sort();
        assert_eq!(
            got,
            vec!["confirmed".to_string(), "waiting".to_string()],
            "round {round}"
        );
        let counts = app.state.store.registration_counts(id).await.unwrap();
        assert!(
            counts.contains(&(domain::series::RegStatus::Confirmed, 1)),
            "{counts:?}"
        );
    }
}

#[tokio::test]
async fn csv_import_reports_every_broken_row_and_imports_nothing_half() {
    let (mut app, _, id) = staff_with_series("Reihe", &[("capacity", "2")]).await;
    add_module(&mut app, id, "M", "2026-09-10T09:00", "2026-09-10T17:00").await;
    add_participant(
        &mut app,
        id,
        &[
            ("name", "Schon Da"),
            ("email", "da@example.org"),
            ("target_group", "administration"),
        ],
    )
    .await;
    let path = format!("/series/{id}/participants/import");
    let broken = "Name;E-Mail;Organisation;Zielgruppe\n\
                  Samira Haddad;samira@example.org;Stadt Halle;administration\n\
                  ;leer@example.org;;\n\
                  Kein Mail;keine-adresse;;\n\
                  Doppelt;da@example.org;;\n\
                  Falsche Gruppe;gruppe@example.org;;apprentices\n";
    let r = app.upload(&path, "file", "liste.csv", broken.as_bytes()).await;
    r.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("Nichts übernommen")
        .assert_contains("Zeile 3")
        .assert_contains("Zeile 4")
        .assert_contains("Zeile 5")
        .assert_contains("Zeile 6")
        .assert_not_contains("Zeile 2:");
    assert_eq!(
        app.state.store.registrations_of_series(id).await.unwrap().len(),
        1,
        "nothing half-imported"
    );
    let r = app.upload(&path, "file", "liste.csv", b"foo,bar\n1,2\n").await;
    r.assert_contains("Die erste Zeile muss");

    // a good file (with a byte order mark, comma-separated): all are placed, seats first
    let good = "\u{feff}name,email,organisation\nSamira Haddad,samira@example.org,Stadt Halle\nОлена Коваленко,olena@example.org,\n";
    let r = app.upload(&path, "file", "liste.csv", good.as_bytes()).await;
    r.assert_status(StatusCode::SEE_OTHER);
    let regs = app.state.store.registrations_of_series(id).await.unwrap();
    assert_eq!(regs.len(), 3);
    assert!(regs
        .iter()
        .any(|r| r.name == "Олена Коваленко" && r.status.code() == "waiting"));
    assert!(regs
        .iter()
        .any(|r| r.name == "Samira Haddad" && r.status.code() == "confirmed"));
    assert!(app.mails().await.iter().any(|m| m.to_addr == "olena@example.org"));
    app.assert_audited(&["registration.import"]).await;
    // other organisations cannot import
    let mut other = app.browser_as("other@example.org").await;
    let r = other.upload(&path, "file", "liste.csv", good.as_bytes()).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn people_with_an_account_see_all_their_registrations() {
    let (mut app, c, a) = staff_with_series("Erste Reihe", &[]).await;
    add_module(&mut app, a, "M", "2026-09-10T09:00", "2026-09-10T17:00").await;
    let b = create_series(&mut app, c.org, "Zweite Reihe", &[]).await;
    add_module(&mut app, b, "M", "2026-10-10T09:00", "2026-10-10T17:00").await;
    let mut other = app.browser_as("other@example.org").await;
    other
        .get("/profile/registrations")
        .await
        .assert_contains("noch für keine Fortbildung");
    for id in [a, b] {
        let r = register_form(&mut other, id, &registration("Otto Anders", "other@example.org", true)).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
    }
    other
        .get("/profile/registrations")
        .await
        .assert_contains("Erste Reihe")
        .assert_contains("Zweite Reihe");
    app.get("/profile/registrations")
        .await
        .assert_not_contains("Erste Reihe");
    assert_eq!(
        app.browser().get("/profile/registrations").await.status,
        StatusCode::SEE_OTHER
    );
}

/// The catalogue and the public series page are cached per node; a change on
/// the node shows there at once, and on another node after the shared
/// version is re-read.
#[tokio::test]
async fn series_cache_follows_changes_made_on_another_node() {
    let (mut app, c, id) = staff_with_series("Kurs im Harz", &[("capacity", "5")]).await;
    add_module(&mut app, id, "Modul 1", "2026-09-10T09:00", "2026-09-10T17:00").await;
    let node2 = store::Store::connect(&app.state.config.database_url, 2).await.unwrap();
    let now = app.state.now();
    let all = store::series_page::CatalogueFilter::default();
    let before = node2.catalogue(now, "de", &[], &all, 25, 0).await.unwrap();
    assert_eq!(before.1, 1);
    assert_eq!(node2.series_page(id, "de").await.unwrap().unwrap().taken, 0);

    // a confirmed registration on node 1 (through the pages)
    let link = register(&app, id, "Aylin Kaya", "aylin@example.org").await;
    app.browser().post(&format!("{link}/confirm"), &[]).await;
    app.get(&format!("/series/{id}"))
        .await
        .assert_contains("Freie Plätze</dt><dd><bdi>4</bdi>");
    let page = app.state.store.series_page(id, "de").await.unwrap().unwrap();
    assert_eq!(page.taken, 1, "the node that made the change sees it at once");

    // a second series on node 1
    let second = create_series(&mut app, c.org, "Zweiter Kurs", &[]).await;
    add_module(&mut app, second, "Modul 1", "2026-10-10T09:00", "2026-10-10T17:00").await;
    tokio::time::sleep(store::cache::VERSION_TTL + std::time::Duration::from_millis(100)).await;
    assert_eq!(node2.series_page(id, "de").await.unwrap().unwrap().taken, 1);
    let after = node2.catalogue(now, "de", &[], &all, 25, 0).await.unwrap();
    assert_eq!(after.1, 2, "{:?}", after.0);
    assert_eq!(after.0.iter().find(|s| s.id == id).unwrap().seats_taken, 1);
}

/// The series page leads to registration at the top (free seats), marks past modules, tells a
/// newcomer to a running series what that means for the certificate; a one-day series shows
/// one date in the catalogue.
#[tokio::test]
async fn the_series_page_leads_to_registration_and_marks_past_modules() {
    let (mut app, c, id) = staff_with_series("Eintägiger Workshop", &[("capacity", "12")]).await;
    add_module(&mut app, id, "Workshop", "2026-06-20T09:00", "2026-06-20T17:00").await;
    let mut anon = app.browser();
    anon.get(&format!("/series/{id}"))
        .await
        .assert_contains("Noch 12 Plätze frei")
        .assert_contains("href=\"#register\"")
        .assert_not_contains("Vorbei")
        .assert_not_contains("hat schon begonnen");
    anon.get("/series")
        .await
        .assert_contains("20.06.2026")
        .assert_not_contains("20.06.2026 – 20.06.2026");
    // the personal page names each module's venue
    let link = register(&app, id, "Nadia Haddad", "nadia@example.org").await;
    anon.get(&link)
        .await
        .assert_contains("Rathaus Halberstadt, Holzmarkt 1");

    // two modules, the first one over: without a rule every module counts, so a newcomer
    // can no longer complete it; with "at least 1 module" they still can
    let running = create_series(&mut app, c.org, "Laufende Reihe", &[("capacity", "5")]).await;
    add_module(
        &mut app,
        running,
        "Erstes Modul",
        "2026-06-01T09:00",
        "2026-06-01T17:00",
    )
    .await;
    add_module(
        &mut app,
        running,
        "Zweites Modul",
        "2026-07-01T09:00",
        "2026-07-01T17:00",
    )
    .await;
    let page = anon.get(&format!("/series/{running}")).await;
    page.assert_not_contains("Vorbei");
    app.clock().advance(10 * 86_400);
    anon.get(&format!("/series/{running}"))
        .await
        .assert_contains("Vorbei")
        .assert_contains("1 von 2 Modulen")
        .assert_contains("nicht mehr erreichbar");
    app.login("member@example.org", PASSWORD).await; // the session ended meanwhile
    let lenient = create_series(
        &mut app,
        c.org,
        "Reihe mit einem Pflichtmodul",
        &[("capacity", "5"), ("rule_min_modules", "1")],
    )
    .await;
    add_module(
        &mut app,
        lenient,
        "Erstes Modul",
        "2026-06-02T09:00",
        "2026-06-02T17:00",
    )
    .await;
    add_module(
        &mut app,
        lenient,
        "Zweites Modul",
        "2026-07-02T09:00",
        "2026-07-02T17:00",
    )
    .await;
    anon.get(&format!("/series/{lenient}"))
        .await
        .assert_contains("1 von 2 Modulen")
        .assert_contains("noch erreichen");
}
