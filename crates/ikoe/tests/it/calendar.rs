//! Calendars and reminders: .ics files of modules and series (read back with
//! an independent parser), personal feeds behind secret links, the feed of a
//! signed-in person and its reset, and reminder mails before each module.

use axum::http::StatusCode;
use store::registrations::Registration;

use crate::builders::{new_module, new_registration, register_directly};
use crate::helpers::*;
use crate::series::{
    add_module, create_series, post_form, register_form, registration, staff_with_series, MODULE_FIELDS,
};

/// One parsed calendar: its own properties and those of each event (raw, still escaped).
struct Ics {
    props: Vec<(String, String)>,
    events: Vec<Vec<(String, String)>>,
}

impl Ics {
    fn prop(&self, name: &str) -> Option<&str> {
        self.props.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }
}

fn get<'a>(ev: &'a [(String, String)], name: &str) -> &'a str {
    ev.iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.as_str())
        .unwrap_or_else(|| panic!("no {name} in {ev:?}"))
}

fn has(ev: &[(String, String)], name: &str) -> bool {
    ev.iter().any(|(n, _)| n == name)
}

/// The text value of RFC 5545, 3.3.11, unescaped.
fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut it = s.chars();
    while let Some(c) = it.next() {
        if c == '\\' {
            match it.next() {
                Some('n') | Some('N') => out.push('\n'),
                Some(o) => out.push(o),
                None => {}
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// Joins folded lines (RFC 5545, 3.1).
fn unfold(body: &str) -> String {
    body.replace("\r\n ", "").replace("\r\n\t", "")
}

/// Checks the lines (CRLF, at most 75 octets, RFC 5545 3.1), unfolds them
/// and parses the result with the `ical` crate.
fn parse(body: &str) -> Ics {
    assert!(body.starts_with("BEGIN:VCALENDAR\r\n"), "{body}");
    assert!(body.ends_with("END:VCALENDAR\r\n"), "{body}");
    for line in body.split_terminator("\r\n") {
        assert!(line.len() <= 75, "line longer than 75 octets: {line:?}");
        assert!(
            !line.contains('\n') && !line.contains('\r'),
            "bare line break in {line:?}"
        );
    }
    let unfolded = unfold(body);
    let mut parser = ical::IcalParser::new(std::io::BufReader::new(unfolded.as_bytes()));
    let cal = parser.next().expect("a calendar").expect("a valid calendar");
    assert!(parser.next().is_none(), "one calendar only");
    let pairs = |props: Vec<ical::property::Property>| {
        props
            .into_iter()
            .map(|p| (p.name, p.value.unwrap_or_default()))
            .collect::<Vec<_>>()
    };
    Ics {
        props: pairs(cal.properties),
        events: cal.events.into_iter().map(|e| pairs(e.properties)).collect(),
    }
}

fn utc(unix: i64) -> String {
    chrono::DateTime::from_timestamp(unix, 0)
        .unwrap()
        .format("%Y%m%dT%H%M%SZ")
        .to_string()
}

#[track_caller]
fn assert_ics_headers(r: &Resp) {
    r.assert_status(StatusCode::OK);
    assert_eq!(
        r.headers.get("content-type").unwrap().to_str().unwrap(),
        "text/calendar; charset=utf-8"
    );
    let cd = r.headers.get("content-disposition").unwrap().to_str().unwrap();
    assert!(cd.starts_with("attachment; filename=\"ikoe"), "{cd}");
    assert!(cd.ends_with(".ics\""), "{cd}");
}

fn host(app: &TestApp) -> String {
    url::Url::parse(&app.state.config.public_url)
        .unwrap()
        .host_str()
        .unwrap()
        .to_string()
}

/// Places someone directly (address known): a seat while there is one, else the waiting list.
async fn seat(app: &TestApp, series: i64, name: &str, email: &str, locale: &str, user: Option<i64>) -> Registration {
    let new = new_registration(name, email, locale, user);
    register_directly(app, series, &new, &ikoe::security::random_token()).await
}

/// A module added through the staff form with topics, access notes and an online link.
async fn add_full_module(app: &mut TestApp, series: i64, title: &str, starts: &str, ends: &str) -> i64 {
    let r = post_form(
        app,
        &format!("/series/{series}/modules/new"),
        MODULE_FIELDS,
        &[
            ("title", title),
            ("topics", "Kultursensible Kommunikation\nRecht; Praxis, Übung"),
            ("starts_at", starts),
            ("ends_at", ends),
            ("venue", "Rathaus Halberstadt, Holzmarkt 1"),
            ("access_notes", "Stufenloser Zugang; Induktionsschleife"),
            ("online_url", "https://meet.example.org/modul-geheim"),
            ("hours", "8"),
        ],
    )
    .await;
    r.assert_status(StatusCode::SEE_OTHER);
    let modules = app.state.store.modules(series).await.unwrap();
    modules.iter().find(|m| m.title == title).unwrap().id
}

#[tokio::test]
async fn module_and_series_files_parse_back_with_escaping_and_arabic() {
    let (mut app, c, id) = staff_with_series(
        "Recht, Praxis; Übung",
        &[("title_ar", "تأهيل المدربين، الجزء الأول"), ("capacity", "5")],
    )
    .await;
    let m1 = add_full_module(
        &mut app,
        id,
        "Modul 1: Grundlagen",
        "2026-09-10T09:00",
        "2026-09-10T17:00",
    )
    .await;
    // the form keeps line breaks out of titles; a title that has one anyway is still escaped
    let m2 = app
        .state
        .store
        .add_module(
            app.state.now(),
            c.member,
            id,
            &domain::series::NewModule {
                online_url: Some("https://meet.example.org/nur-online".into()),
                mandatory: false,
                ..new_module(
                    "Modul 2: Recht, Praxis; Übung\nTeil 2 – اللغة",
                    1_794_470_400, // 2026-11-12 09:00 in Berlin (winter time)
                    1_794_470_400 + 8 * 3600,
                    "",
                )
            },
        )
        .await
        .unwrap();
    let module1 = app.state.store.module(m1).await.unwrap().unwrap();

    // one module, in German
    let mut anon = app.browser();
    let r = anon.get(&format!("/modules/{m1}/calendar.ics")).await;
    assert_ics_headers(&r);
    let cal = parse(&r.body);
    assert_eq!(cal.prop("VERSION"), Some("2.0"));
    assert_eq!(cal.prop("METHOD"), Some("PUBLISH"));
    assert_eq!(cal.events.len(), 1);
    let ev = &cal.events[0];
    assert_eq!(get(ev, "UID"), format!("module-{m1}@{}", host(&app)));
    // stored as Unix seconds, written in UTC: 09:00 summer time in Berlin is 07:00 UTC
    assert_eq!(get(ev, "DTSTART"), "20260910T070000Z");
    assert_eq!(get(ev, "DTSTART"), utc(module1.starts_at.0));
    assert_eq!(get(ev, "DTEND"), utc(module1.ends_at.0));
    assert_eq!(get(ev, "DTSTAMP"), utc(START));
    assert_eq!(get(ev, "SUMMARY"), "Recht\\, Praxis\\; Übung – Modul 1: Grundlagen");
    assert_eq!(get(ev, "LOCATION"), "Rathaus Halberstadt\\, Holzmarkt 1");
    assert_eq!(get(ev, "SEQUENCE"), "1");
    assert_eq!(get(ev, "STATUS"), "CONFIRMED");
    assert_eq!(get(ev, "URL"), format!("{}/series/{id}", app.state.config.public_url));
    let desc = unescape(get(ev, "DESCRIPTION"));
    assert!(
        desc.contains("Themen:\nKultursensible Kommunikation\nRecht; Praxis, Übung"),
        "{desc}"
    );
    assert!(
        desc.contains("Barrierefreiheit des Ortes: Stufenloser Zugang; Induktionsschleife"),
        "{desc}"
    );
    assert!(get(ev, "DESCRIPTION").contains("Recht\\; Praxis\\, Übung"));
    // the online link is only for participants
    assert!(!unfold(&r.body).contains("modul-geheim"), "{}", r.body);
    assert!(
        desc.contains("den Link erhalten Teilnehmende nach der Anmeldung"),
        "{desc}"
    );

    // the whole series, in Arabic: the Arabic title comes through intact
    anon.accept_language = Some("ar".into());
    let r = anon.get(&format!("/series/{id}/calendar.ics")).await;
    assert_ics_headers(&r);
    let cal = parse(&r.body);
    assert_eq!(
        unescape(cal.prop("X-WR-CALNAME").unwrap()),
        "تأهيل المدربين، الجزء الأول"
    );
    assert_eq!(cal.events.len(), 2);
    let ev2 = cal
        .events
        .iter()
        .find(|e| get(e, "UID") == format!("module-{m2}@{}", host(&app)))
        .unwrap();
    assert_eq!(
        get(ev2, "SUMMARY"),
        "تأهيل المدربين، الجزء الأول – Modul 2: Recht\\, Praxis\\; Übung\\nTeil 2 – اللغة"
    );
    assert_eq!(
        unescape(get(ev2, "SUMMARY")),
        "تأهيل المدربين، الجزء الأول – Modul 2: Recht, Praxis; Übung\nTeil 2 – اللغة"
    );
    assert_eq!(get(ev2, "DTSTART"), "20261112T080000Z");
    // online only: no address, and the link stays hidden
    assert_eq!(unescape(get(ev2, "LOCATION")), "عبر الإنترنت");
    assert!(!unfold(&r.body).contains("nur-online"));

    // a cancelled module stays in the series file, marked, with a higher sequence
    let r = app
        .post(&format!("/modules/{m1}/cancel"), &[("confirmed", "true")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let cal = parse(&anon.get(&format!("/series/{id}/calendar.ics")).await.body);
    assert_eq!(cal.events.len(), 2);
    let ev1 = cal
        .events
        .iter()
        .find(|e| get(e, "UID") == format!("module-{m1}@{}", host(&app)))
        .unwrap();
    assert_eq!(get(ev1, "STATUS"), "CANCELLED");
    assert_eq!(get(ev1, "SEQUENCE"), "2");
    let ev2 = cal
        .events
        .iter()
        .find(|e| get(e, "UID") == format!("module-{m2}@{}", host(&app)))
        .unwrap();
    assert_eq!(get(ev2, "STATUS"), "CONFIRMED");
    assert_eq!(get(ev2, "SEQUENCE"), "1");
    let cal = parse(&anon.get(&format!("/modules/{m1}/calendar.ics")).await.body);
    assert_eq!(get(&cal.events[0], "STATUS"), "CANCELLED");

    assert_eq!(
        anon.get("/modules/999999/calendar.ics").await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        anon.get("/series/999999/calendar.ics").await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn calendar_files_follow_the_series_visibility() {
    let (mut app, c, invite) = staff_with_series("Geschlossene Reihe", &[("visibility", "invitation")]).await;
    add_module(&mut app, invite, "M", "2026-09-10T09:00", "2026-09-10T17:00").await;
    let members = create_series(&mut app, c.org, "Interne Reihe", &[("visibility", "members")]).await;
    add_module(&mut app, members, "M", "2026-09-10T09:00", "2026-09-10T17:00").await;
    let im = app.state.store.modules(invite).await.unwrap()[0].id;
    let key = app.state.store.series(invite).await.unwrap().unwrap().invite_key;

    // invitation only: not found without the key or with a wrong one
    let mut anon = app.browser();
    for path in [
        format!("/series/{invite}/calendar.ics"),
        format!("/series/{invite}/calendar.ics?key=wrong"),
        format!("/modules/{im}/calendar.ics"),
        format!("/modules/{im}/calendar.ics?key=wrong"),
    ] {
        let r = anon.get(&path).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "{path}");
        r.assert_not_contains("Geschlossene Reihe");
    }
    let r = anon.get(&format!("/series/{invite}/calendar.ics?key={key}")).await;
    assert_ics_headers(&r);
    let cal = parse(&r.body);
    assert_eq!(cal.events.len(), 1);
    assert_eq!(
        get(&cal.events[0], "URL"),
        format!("{}/series/{invite}?key={key}", app.state.config.public_url)
    );
    assert_ics_headers(&anon.get(&format!("/modules/{im}/calendar.ics?key={key}")).await);

    // members only: anonymous visitors are sent to log in, other organisations refused
    let r = anon.get(&format!("/series/{members}/calendar.ics")).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(r.location().starts_with("/login"), "{}", r.location());
    let mut other = app.browser_as("other@example.org").await;
    assert_eq!(
        other.get(&format!("/series/{members}/calendar.ics")).await.status,
        StatusCode::FORBIDDEN
    );
    assert_ics_headers(&app.get(&format!("/series/{members}/calendar.ics")).await);
}

#[tokio::test]
async fn the_registration_feed_lists_the_modules_and_is_empty_after_cancellation() {
    let (mut app, _, id) = staff_with_series("Reihe", &[("title_ar", "سلسلة"), ("capacity", "1")]).await;
    add_full_module(&mut app, id, "Modul A", "2026-09-10T09:00", "2026-09-10T17:00").await;
    add_full_module(&mut app, id, "Modul B", "2026-10-01T09:00", "2026-10-01T17:00").await;
    let a = seat(&app, id, "Amal Haddad", "amal@example.org", "ar", None).await;
    let b = seat(&app, id, "Bernd Berg", "bernd@example.org", "de", None).await;
    assert_eq!(a.status.code(), "confirmed");
    assert_eq!(b.status.code(), "waiting");

    // in the language of the registration; with a seat, the online link is in it
    let mut anon = app.browser();
    let r = anon.get(&format!("/r/{}/calendar.ics", a.token)).await;
    assert_ics_headers(&r);
    let cal = parse(&r.body);
    assert_eq!(cal.events.len(), 2);
    assert!(unescape(get(&cal.events[0], "SUMMARY")).starts_with("سلسلة – Modul A"));
    assert!(unfold(&r.body).contains("https://meet.example.org/modul-geheim"));
    // on the waiting list: the dates, not the link
    let r = anon.get(&format!("/r/{}/calendar.ics", b.token)).await;
    let cal = parse(&r.body);
    assert_eq!(cal.events.len(), 2);
    assert_eq!(unescape(get(&cal.events[0], "SUMMARY")), "Reihe – Modul A");
    assert!(!unfold(&r.body).contains("modul-geheim"));

    // Amal cancels: her feed is empty; Bernd moved up and now gets the link
    let r = anon
        .post(&format!("/r/{}/cancel", a.token), &[("confirmed", "true")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let r = anon.get(&format!("/r/{}/calendar.ics", a.token)).await;
    assert_ics_headers(&r);
    assert!(parse(&r.body).events.is_empty());
    let r = anon.get(&format!("/r/{}/calendar.ics", b.token)).await;
    assert!(unfold(&r.body).contains("https://meet.example.org/modul-geheim"));

    assert_eq!(
        anon.get("/r/forged-token/calendar.ics").await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn a_signed_in_person_subscribes_to_their_seats_and_can_reset_the_address() {
    let (mut app, c, s1) = staff_with_series("Erste Reihe", &[("capacity", "5")]).await;
    add_full_module(&mut app, s1, "Erstes Modul", "2026-09-10T09:00", "2026-09-10T17:00").await;
    let s2 = create_series(&mut app, c.org, "Zweite Reihe", &[("capacity", "5")]).await;
    add_module(&mut app, s2, "Zweites Modul", "2026-10-10T09:00", "2026-10-10T17:00").await;
    let full = create_series(&mut app, c.org, "Volle Reihe", &[("capacity", "1")]).await;
    add_module(&mut app, full, "Drittes Modul", "2026-11-10T09:00", "2026-11-10T17:00").await;

    // Otto registers while signed in (a seat at once); another seat is held with his address;
    // in the full series he only waits
    let mut otto = app.browser_as("other@example.org").await;
    let r = register_form(&mut otto, s1, &registration("Otto Anders", "other@example.org", true)).await;
    r.assert_status(StatusCode::SEE_OTHER);
    seat(&app, s2, "Otto Anders", "other@example.org", "de", None).await;
    seat(&app, full, "Frida", "frida@example.org", "de", None).await;
    assert_eq!(
        seat(&app, full, "Otto Anders", "other@example.org", "de", None)
            .await
            .status
            .code(),
        "waiting"
    );

    // the page needs a signed-in person
    let mut anon = app.browser();
    let r = anon.get("/profile/calendar").await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(r.location().starts_with("/login"));
    assert_eq!(
        anon.post("/profile/calendar/reset", &[]).await.status,
        StatusCode::SEE_OTHER
    );

    let page = otto.get("/profile/calendar").await;
    assert_eq!(page.status, StatusCode::OK);
    page.assert_contains("Meine Termine im Kalender")
        .assert_contains("webcal://");
    let feed = feed_path(&app, &page.body);
    // in Arabic, right to left, with the same address
    otto.accept_language = Some("ar".into());
    let page_ar = otto.get("/profile/calendar").await;
    page_ar
        .assert_contains("dir=\"rtl\"")
        .assert_contains("مواعيدي في التقويم");
    assert_eq!(feed_path(&app, &page_ar.body), feed);
    otto.accept_language = None;
    // the address stays the same on the next visit
    assert_eq!(feed_path(&app, &otto.get("/profile/calendar").await.body), feed);

    let r = anon.get(&feed).await;
    assert_ics_headers(&r);
    let cal = parse(&r.body);
    let summaries: Vec<String> = cal.events.iter().map(|e| unescape(get(e, "SUMMARY"))).collect();
    assert_eq!(
        summaries,
        vec!["Erste Reihe – Erstes Modul", "Zweite Reihe – Zweites Modul"]
    );
    assert_eq!(unescape(cal.prop("X-WR-CALNAME").unwrap()), "ikoe – Meine Termine");
    assert!(unfold(&r.body).contains("https://meet.example.org/modul-geheim"));
    assert!(cal.events.iter().all(|e| has(e, "DTSTART") && has(e, "UID")));

    // a forged CSRF token changes nothing
    let r = otto.post_raw("/profile/calendar/reset", &[("_csrf", "forged")]).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert_eq!(anon.get(&feed).await.status, StatusCode::OK);

    // a new address: the old one is gone
    let r = otto.post("/profile/calendar/reset", &[("confirmed", "true")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(r.location(), "/profile/calendar");
    let page = otto.get("/profile/calendar").await;
    page.assert_contains("Ihr Kalender hat eine neue Adresse");
    let new_feed = feed_path(&app, &page.body);
    assert_ne!(new_feed, feed);
    assert_eq!(anon.get(&feed).await.status, StatusCode::NOT_FOUND);
    assert_eq!(parse(&anon.get(&new_feed).await.body).events.len(), 2);
    let actions = app.audit_actions().await;
    assert!(actions.contains(&"calendar_feed.create".to_string()));
    assert!(actions.contains(&"calendar_feed.reset".to_string()));

    let without_suffix = new_feed.replace(".ics", "");
    for bad in ["/calendar/unknown.ics", "/calendar/unknown", without_suffix.as_str()] {
        assert_eq!(anon.get(bad).await.status, StatusCode::NOT_FOUND, "{bad}");
    }
}

/// The feed's path from the profile page ("http://…/calendar/<token>.ics").
fn feed_path(app: &TestApp, html: &str) -> String {
    let start = format!("{}/calendar/", app.state.config.public_url);
    let at = html.find(&start).expect("feed address on the page");
    let rest = &html[at + app.state.config.public_url.len()..];
    let end = rest.find(".ics").expect(".ics") + 4;
    rest[..end].to_string()
}

#[tokio::test]
async fn a_speaker_gets_the_confirmed_module() {
    let (mut app, c, id) = staff_with_series("Reihe", &[]).await;
    let m = add_full_module(&mut app, id, "Modul", "2026-09-10T09:00", "2026-09-10T17:00").await;
    let pool = app.state.store.pool();
    let now = app.state.now();
    let (speaker,): (i64,) = sqlx::query_as(
        "INSERT INTO speakers (owner_org, name, email, created_at, updated_at) \
         VALUES ($1, 'Samira Haddad', 'samira@example.org', $2, $2) RETURNING id",
    )
    .bind(c.org)
    .bind(now)
    .fetch_one(pool)
    .await
    .unwrap();
    sqlx::query(
        "INSERT INTO speaker_requests (module_id, speaker_id, status, token, locale, deadline, asked_at) \
         VALUES ($1, $2, 'confirmed', 'speaker-tok', 'ar', $3, $3)",
    )
    .bind(m)
    .bind(speaker)
    .bind(now)
    .execute(pool)
    .await
    .unwrap();

    let mut anon = app.browser();
    let r = anon.get("/speaker-requests/speaker-tok/calendar.ics").await;
    assert_ics_headers(&r);
    let cal = parse(&r.body);
    assert_eq!(cal.events.len(), 1);
    assert_eq!(get(&cal.events[0], "UID"), format!("module-{m}@{}", host(&app)));
    assert!(unescape(get(&cal.events[0], "DESCRIPTION"))
        .contains("المشاركة عبر الإنترنت: https://meet.example.org/modul-geheim"));

    // withdrawn: the calendar empties
    sqlx::query("UPDATE speaker_requests SET status = 'withdrawn' WHERE token = 'speaker-tok'")
        .execute(pool)
        .await
        .unwrap();
    let r = anon.get("/speaker-requests/speaker-tok/calendar.ics").await;
    assert_ics_headers(&r);
    assert!(parse(&r.body).events.is_empty());
    assert_eq!(
        anon.get("/speaker-requests/unknown/calendar.ics").await.status,
        StatusCode::NOT_FOUND
    );
}

fn reminders(mails: &[store::outbox::Mail]) -> Vec<&store::outbox::Mail> {
    mails.iter().filter(|m| m.kind.code() == "module-reminder").collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn reminders_go_once_to_each_person_with_a_seat() {
    let (mut app, _, id) = staff_with_series("Reihe", &[("title_ar", "سلسلة"), ("capacity", "2")]).await;
    let m1 = add_full_module(&mut app, id, "Modul 1", "2026-09-10T09:00", "2026-09-10T17:00").await;
    let m2 = add_full_module(
        &mut app,
        id,
        "Modul 2 (abgesagt)",
        "2026-09-10T18:00",
        "2026-09-10T20:00",
    )
    .await;
    let m3 = add_full_module(&mut app, id, "Modul 3", "2026-11-12T09:00", "2026-11-12T17:00").await;
    let amal = seat(&app, id, "Amal Haddad", "amal@example.org", "ar", None).await;
    let bernd = seat(&app, id, "Bernd Berg", "bernd@example.org", "de", None).await;
    let waits = seat(&app, id, "Wanda Warte", "wanda@example.org", "de", None).await;
    let gone = seat(&app, id, "Gregor Weg", "gregor@example.org", "de", None).await;
    assert_eq!(waits.status.code(), "waiting");
    app.browser()
        .post(&format!("/r/{}/cancel", gone.token), &[("confirmed", "true")])
        .await;
    app.post(&format!("/modules/{m2}/cancel"), &[("confirmed", "true")])
        .await;
    let st = app.state.clone();

    // months before: nothing
    assert_eq!(ikoe::jobs::reminders::send_reminders(&st).await.unwrap(), 0);

    // 24 hours before module 1 (module 2, cancelled, would be within 48 hours too)
    let module1 = st.store.module(m1).await.unwrap().unwrap();
    app.clock().advance(module1.starts_at.0 - 86400 - st.now());
    // two nodes at the same moment, then once more: every person is reminded once
    let (x, y) = tokio::join!(
        ikoe::jobs::reminders::send_reminders(&st),
        ikoe::jobs::reminders::send_reminders(&st)
    );
    assert_eq!(x.unwrap() + y.unwrap(), 2);
    assert_eq!(ikoe::jobs::reminders::send_reminders(&st).await.unwrap(), 0);
    let mails = app.mails().await;
    let sent = reminders(&mails);
    let mut to: Vec<&str> = sent.iter().map(|m| m.to_addr.as_str()).collect();
    to.sort();
    assert_eq!(to, vec!["amal@example.org", "bernd@example.org"]);
    assert!(sent.iter().all(|m| !m.body.contains("abgesagt")));

    // in each person's language, with date, place, accessibility, online link and personal link
    let ar = sent.iter().find(|m| m.to_addr == "amal@example.org").unwrap();
    assert_eq!(ar.locale, "ar");
    assert!(ar.subject.starts_with("تذكير: Modul 1"), "{}", ar.subject);
    assert!(ar.body.contains("سلسلة"), "{}", ar.body);
    assert!(
        ar.body
            .contains(&i18n::format_span("ar", module1.starts_at.0, module1.ends_at.0)),
        "{}",
        ar.body
    );
    assert!(ar.body.contains(&format!("/r/{}", amal.token)), "{}", ar.body);
    let de = sent.iter().find(|m| m.to_addr == "bernd@example.org").unwrap();
    assert_eq!(de.subject, "Erinnerung: Modul 1 am 10.09.2026 09:00–17:00");
    for part in [
        "Guten Tag Bernd Berg",
        "„Modul 1“ der Reihe „Reihe“",
        "Termin: 10.09.2026 09:00–17:00",
        "Ort: Rathaus Halberstadt, Holzmarkt 1",
        "Online-Teilnahme: https://meet.example.org/modul-geheim",
        "Barrierefreiheit des Ortes: Stufenloser Zugang; Induktionsschleife",
        &ikoe::mail::registration_link(&st.config.public_url, &bernd.token),
    ] {
        assert!(de.body.contains(part), "{part:?} not in:\n{}", de.body);
    }
    app.assert_audited(&["module.reminders"]).await;

    // the next module gets its own reminders, once
    let module3 = st.store.module(m3).await.unwrap().unwrap();
    app.clock().advance(module3.starts_at.0 - 47 * 3600 - st.now());
    assert_eq!(ikoe::jobs::reminders::send_reminders(&st).await.unwrap(), 2);
    assert_eq!(ikoe::jobs::reminders::send_reminders(&st).await.unwrap(), 0);
    let mails = app.mails().await;
    assert_eq!(reminders(&mails).len(), 4);
    assert!(reminders(&mails)
        .iter()
        .all(|m| m.to_addr != "wanda@example.org" && m.to_addr != "gregor@example.org"));
}
