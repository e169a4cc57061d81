//! The Ideenwerkstatt through the browser: host rotation with a swap,
//! planning a meeting (its registration is a series), topics and votes,
//! the agenda with parallel workshops chosen within capacity, two staff
//! editing one session, and documentation after the meeting.

use axum::http::StatusCode;

use crate::helpers::*;
use crate::series::{register_form, registration};
use crate::spaces::{create_space_described, invite_org, space_invitation_for};

/// A space with both offices as members; returns its id.
async fn network(app: &mut TestApp) -> i64 {
    let id = create_space_described(app, "Netzwerk der Koordinierungsstellen", "", false).await;
    for org in ["koordinierungsstelle harz", "koordinierungsstelle stendal"] {
        let r = invite_org(app, id, org, "member").await;
        r.assert_status(StatusCode::SEE_OTHER);
    }
    // the other office's admin accepts the invitation (one's own office joins at once)
    let email = domain::accounts::Email::parse("other@example.org").unwrap();
    let other = app.state.store.user_by_email(&email).await.unwrap().unwrap().id;
    let inv = space_invitation_for(app, other).await;
    let mut otto = app.browser_as("other@example.org").await;
    let r = otto.post(&format!("/space-invitations/{inv}/accept"), &[]).await;
    r.assert_status(StatusCode::SEE_OTHER);
    id
}

/// A fresh app signed in as the organisation's admin, with a network of both offices,
/// both willing to host; returns the space's id.
async fn network_of_willing_hosts() -> (TestApp, Cast, i64) {
    let (mut app, c) = signed_in("orgadmin@example.org").await;
    let sp = network(&mut app).await;
    for org in [c.org, c.other_org] {
        let r = app
            .post(
                &format!("/spaces/{sp}/hosts"),
                &[("org", &org.to_string()), ("willing", "1"), ("note", "")],
            )
            .await;
        r.assert_status(StatusCode::SEE_OTHER);
    }
    (app, c, sp)
}

fn meeting_fields<'a>(host: &'a str, swap: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("title", "Ideenwerkstatt Frühjahr 2027"),
        ("starts_at", "2027-03-11T10:00"),
        ("ends_at", "2027-03-12T14:00"),
        ("venue", "Rathaus Stendal, Markt 1"),
        ("host", host),
        ("swap_note", swap),
        ("votes", "2"),
        ("capacity", "30"),
    ]
}

fn session<'a>(
    title: &'a str,
    format: &'a str,
    from: &'a str,
    to: &'a str,
    capacity: &'a str,
) -> Vec<(&'a str, &'a str)> {
    vec![
        ("title", title),
        ("format", format),
        ("starts_at", from),
        ("ends_at", to),
        ("room", "Saal"),
        ("track", ""),
        ("capacity", capacity),
        ("description", ""),
        ("topic", ""),
        ("tables", ""),
        ("rounds", ""),
        ("table_hosts", ""),
        ("case_owner", ""),
        ("moderator", ""),
        ("advisers", ""),
        ("version", ""),
    ]
}

#[tokio::test]
async fn a_meeting_from_host_rotation_to_chosen_workshops() {
    // both offices are willing; neither hosted yet, so the first by name is proposed
    let (mut app, c, sp) = network_of_willing_hosts().await;
    app.get(&format!("/spaces/{sp}/meetings"))
        .await
        .assert_contains("Als Nächstes an der Reihe:</strong> <bdi>Koordinierungsstelle Harz");

    // Stendal hosts instead: a swap needs a reason
    let other = c.other_org.to_string();
    let r = app
        .post(&format!("/spaces/{sp}/meetings/new"), &meeting_fields(&other, ""))
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("warum nicht die vorgeschlagene")
        .assert_contains("Rathaus Stendal");
    let r = app
        .post(
            &format!("/spaces/{sp}/meetings/new"),
            &meeting_fields(&other, "Harz renoviert das Tagungshaus."),
        )
        .await;
    r.assert_status(StatusCode::SEE_OTHER);
    let m: i64 = r.id_after("/meetings/");
    let meeting = app.state.store.meeting(m).await.unwrap().unwrap();
    let series = app
        .state
        .store
        .series(meeting.series_id.unwrap())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(series.org_id, c.other_org, "the host's series takes the registrations");
    assert_eq!(series.visibility.code(), "invitation");
    assert_eq!(series.capacity, 30);
    let page = app.get(&format!("/meetings/{m}")).await;
    page.assert_contains(&format!("/series/{}?key={}", series.id, series.invite_key))
        .assert_contains("getauscht mit");
    app.get(&format!("/spaces/{sp}/meetings"))
        .await
        .assert_contains("Harz renoviert das Tagungshaus.");

    // topics: a member proposes, everyone has two votes
    let mut mia = app.browser_as("member@example.org").await;
    let r = mia
        .post(
            &format!("/meetings/{m}/topics"),
            &[("title", ""), ("description", "Wie erreichen wir Vereine?")],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("Wie erreichen wir Vereine?");
    let mut topics = Vec::new();
    for title in ["Vereine gewinnen", "Mehrsprachige Formulare", "Beschwerdestellen"] {
        let r = mia
            .post(
                &format!("/meetings/{m}/topics"),
                &[("title", title), ("description", "")],
            )
            .await;
        r.assert_status(StatusCode::SEE_OTHER);
    }
    for t in app.state.store.topics(m, 0).await.unwrap() {
        topics.push(t.id);
    }
    assert_eq!(topics.len(), 3);
    for t in &topics[..2] {
        let r = mia.post(&format!("/topics/{t}/vote"), &[]).await;
        r.assert_status(StatusCode::SEE_OTHER);
    }
    let r = mia.post(&format!("/topics/{}/vote", topics[2]), &[]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("schon alle Stimmen vergeben");
    let r = mia.post(&format!("/topics/{}/unvote", topics[0]), &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let r = mia.post(&format!("/topics/{}/vote", topics[2]), &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(app.state.store.votes_used(m, c.member).await.unwrap(), 2);
    // a member may not build the agenda
    let r = mia
        .post(
            &format!("/meetings/{m}/sessions/new"),
            &session("X", "talk", "2027-03-11T10:00", "2027-03-11T11:00", ""),
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);

    // the steering group takes a topic into the agenda: two parallel workshops and a plenary
    app.get(&format!("/meetings/{m}/sessions/new?topic={}", topics[1]))
        .await
        .assert_contains("value=\"Mehrsprachige Formulare\"");
    let mut ws = session(
        "Mehrsprachige Formulare",
        "workshop",
        "2027-03-11T13:00",
        "2027-03-11T15:00",
        "1",
    );
    let topic = topics[1].to_string();
    ws.retain(|(k, _)| *k != "topic");
    ws.push(("topic", &topic));
    let r = app.post(&format!("/meetings/{m}/sessions/new"), &ws).await;
    r.assert_status(StatusCode::SEE_OTHER);
    let r = app
        .post(
            &format!("/meetings/{m}/sessions/new"),
            &session(
                "Vereine gewinnen",
                "world_cafe",
                "2027-03-11T13:00",
                "2027-03-11T15:00",
                "20",
            ),
        )
        .await;
    r.assert_status(StatusCode::SEE_OTHER);
    let r = app
        .post(
            &format!("/meetings/{m}/sessions/new"),
            &session("Plenum", "plenary", "2027-03-12T12:00", "2027-03-11T13:00", ""),
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "end before start");
    let agenda = app.state.store.agenda(m, 0).await.unwrap();
    assert_eq!(agenda.len(), 2);
    let (workshop, cafe) = (agenda[0].id, agenda[1].id);
    let page = app.get(&format!("/meetings/{m}")).await;
    page.assert_contains("parallel").assert_contains("im Ablauf");

    // choosing needs a confirmed registration through the series
    let r = mia.post(&format!("/sessions/{workshop}/choose"), &[]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("Melden Sie sich zuerst");
    for (who, name) in [
        ("member@example.org", "Mia Mitglied"),
        ("orgadmin@example.org", "Olga Admin"),
    ] {
        let mut b = app.browser();
        let mut fields = registration(name, who, true);
        fields.push(("key", &series.invite_key));
        let r = register_form(&mut b, series.id, &fields).await;
        r.assert_status(StatusCode::SEE_OTHER);
        let link = app.link_in_mail_to(who).await;
        let r = b.post(&format!("{link}/confirm"), &[]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
    }
    mia.get(&format!("/meetings/{m}"))
        .await
        .assert_contains("Sie sind angemeldet.");
    let r = mia.post(&format!("/sessions/{workshop}/choose"), &[]).await;
    r.assert_status(StatusCode::SEE_OTHER);
    // the workshop has one seat: the next person is told, and takes the café
    let r = app.post(&format!("/sessions/{workshop}/choose"), &[]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("ausgebucht");
    let r = app.post(&format!("/sessions/{cafe}/choose"), &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    // Mia changes her mind: the café replaces the workshop (they are parallel)
    let r = mia.post(&format!("/sessions/{cafe}/choose"), &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let mine: Vec<i64> = app
        .state
        .store
        .agenda(m, c.member)
        .await
        .unwrap()
        .into_iter()
        .filter(|s| s.mine.on())
        .map(|s| s.id)
        .collect();
    assert_eq!(mine, vec![cafe]);

    // two staff edit the same session: the second is told, nothing is overwritten
    let version = app
        .state
        .store
        .meeting_session(workshop)
        .await
        .unwrap()
        .unwrap()
        .version
        .to_string();
    let mut first = session(
        "Formulare in leichter Sprache",
        "workshop",
        "2027-03-11T13:00",
        "2027-03-11T15:00",
        "12",
    );
    first.retain(|(k, _)| *k != "version");
    first.push(("version", &version));
    let r = app.post(&format!("/sessions/{workshop}/edit"), &first).await;
    r.assert_status(StatusCode::SEE_OTHER);
    let mut second = session(
        "Formulare mehrsprachig",
        "workshop",
        "2027-03-11T13:00",
        "2027-03-11T15:00",
        "1",
    );
    second.retain(|(k, _)| *k != "version");
    second.push(("version", &version));
    let r = app.post(&format!("/sessions/{workshop}/edit"), &second).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("Jemand anderes")
        .assert_contains("Formulare mehrsprachig");
    let saved = app.state.store.meeting_session(workshop).await.unwrap().unwrap();
    assert_eq!(saved.title, "Formulare in leichter Sprache");
    assert_eq!(saved.capacity, Some(12));

    // after the meeting: minutes and a photo on the session
    let v = saved.version.to_string();
    let r = mia
        .post(
            &format!("/sessions/{cafe}/documentation"),
            &[
                ("documentation", "## Ergebnisse\n\n- Vereine früh einbinden"),
                ("version", "1"),
            ],
        )
        .await;
    r.assert_status(StatusCode::SEE_OTHER);
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89";
    let r = mia
        .post_files(
            &format!("/sessions/{cafe}/files"),
            &[],
            &[("file", "Tischdecke Runde 1.png", png)],
        )
        .await;
    r.assert_status(StatusCode::SEE_OTHER);
    mia.get(&format!("/sessions/{cafe}"))
        .await
        .assert_contains("<h2>Ergebnisse</h2>")
        .assert_contains("Tischdecke Runde 1.png");
    // a stale documentation edit is refused and keeps the text
    let r = app
        .post(
            &format!("/sessions/{cafe}/documentation"),
            &[("documentation", "Andere Fassung"), ("version", "1")],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("Andere Fassung");
    let _ = v;

    // the meeting moves by a week: its registration's module follows; a stale form is refused
    let version = app.state.store.meeting(m).await.unwrap().unwrap().version.to_string();
    let edit = |title: &'static str, version: String| {
        vec![
            ("title", title.to_string()),
            ("starts_at", "2027-03-18T10:00".to_string()),
            ("ends_at", "2027-03-19T14:00".to_string()),
            ("venue", "Rathaus Stendal, Markt 1".to_string()),
            ("votes", "2".to_string()),
            ("version", version),
        ]
    };
    let fields = edit("Ideenwerkstatt Frühjahr 2027", version.clone());
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let r = app.post(&format!("/meetings/{m}/edit"), &fields).await;
    r.assert_status(StatusCode::SEE_OTHER);
    let moved = app.state.store.meeting(m).await.unwrap().unwrap();
    let module = &app.state.store.modules(series.id).await.unwrap()[0];
    assert_eq!(module.starts_at.0, moved.starts_at);
    assert_eq!(module.ends_at.0, moved.ends_at);
    let stale = edit("Ideenwerkstatt verschoben", version);
    let stale: Vec<(&str, &str)> = stale.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let r = app.post(&format!("/meetings/{m}/edit"), &stale).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("Jemand anderes")
        .assert_contains("Ideenwerkstatt verschoben");

    let actions = app.audit_actions().await;
    for a in [
        "meeting.create",
        "meeting.update",
        "topic.propose",
        "topic.vote",
        "session.create",
        "session.update",
        "session.choose",
        "session.document",
    ] {
        assert!(actions.iter().any(|x| x == a), "{a} missing in {actions:?}");
    }
}

#[tokio::test]
async fn outsiders_and_readers_stay_out_of_meetings() {
    let (mut app, c) = signed_in("orgadmin@example.org").await;
    let sp = network(&mut app).await;
    app.post(
        &format!("/spaces/{sp}/hosts"),
        &[("org", &c.org.to_string()), ("willing", "1"), ("note", "")],
    )
    .await;
    let r = app
        .post(
            &format!("/spaces/{sp}/meetings/new"),
            &meeting_fields(&c.org.to_string(), ""),
        )
        .await;
    r.assert_status(StatusCode::SEE_OTHER);
    let m = r.location().to_string();
    let mut outsider = app.browser_as("platform@example.org").await;
    assert_eq!(outsider.get(&m).await.status, StatusCode::NOT_FOUND);
    assert_eq!(
        outsider
            .post(&format!("{m}/topics"), &[("title", "Spam"), ("description", "")])
            .await
            .status,
        StatusCode::NOT_FOUND
    );
}

/// Held and planned hosting kept apart (issue 11.8): the organisation that
/// hosts the planned meeting is not proposed again, is not counted as having
/// hosted, and its meeting is listed as planned — until the clock passes it.
/// The agenda: a heading per day, one time per slot, the capacity in words.
#[tokio::test]
async fn planned_hosting_is_not_history_and_the_agenda_reads_by_day() {
    let (mut app, c, sp) = network_of_willing_hosts().await;
    // Harz (first by name) hosts the planned meeting
    let harz = c.org.to_string();
    let r = app
        .post(&format!("/spaces/{sp}/meetings/new"), &meeting_fields(&harz, ""))
        .await;
    r.assert_status(StatusCode::SEE_OTHER);
    let m: i64 = r.id_after("/meetings/");

    let page = app.get(&format!("/spaces/{sp}/meetings")).await;
    page.assert_contains("Nach den geplanten Treffen an der Reihe:</strong> <bdi>Koordinierungsstelle Stendal")
        .assert_contains("<h3>Geplante Treffen</h3>")
        .assert_contains("Es hat noch kein Treffen stattgefunden.")
        .assert_contains("<bdi>11.03.2027</bdi>")
        .assert_not_contains("Als Nächstes an der Reihe:");
    // the history lists no held meeting, and nobody has hosted yet
    assert_eq!(page.body.matches("<bdi>0</bdi>").count(), 2, "{}", page.body);
    let planned_list = page.body.split("<h3>Geplante Treffen</h3>").nth(1).unwrap();
    let planned_list = planned_list.split("</ul>").next().unwrap();
    assert!(planned_list.contains(&format!("/meetings/{m}")));
    // the meeting form proposes Stendal too
    app.get(&format!("/spaces/{sp}/meetings/new"))
        .await
        .assert_contains(&format!("<option value=\"{}\" selected", c.other_org));

    // the agenda: two workshops at once on the first day, a plenary on the second
    for (title, format, from, to, cap) in [
        (
            "Mehrsprachige Formulare",
            "workshop",
            "2027-03-11T13:00",
            "2027-03-11T15:00",
            "14",
        ),
        (
            "Vereine gewinnen",
            "world_cafe",
            "2027-03-11T13:00",
            "2027-03-11T15:00",
            "1",
        ),
        ("Abschlussplenum", "plenary", "2027-03-12T12:00", "2027-03-12T13:00", ""),
    ] {
        let r = app
            .post(
                &format!("/meetings/{m}/sessions/new"),
                &session(title, format, from, to, cap),
            )
            .await;
        r.assert_status(StatusCode::SEE_OTHER);
    }
    let ws = app.state.store.agenda(m, 0).await.unwrap()[0].id;
    app.state
        .store
        .choose_session(app.state.now(), c.member, ws)
        .await
        .unwrap();
    let page = app.get(&format!("/meetings/{m}")).await;
    page.assert_contains("<h3 class=\"agenda__date\"><bdi>11.03.2027</bdi></h3>")
        .assert_contains("<h3 class=\"agenda__date\"><bdi>12.03.2027</bdi></h3>")
        .assert_contains("2 Programmpunkte gleichzeitig")
        .assert_contains("1 von 14 Plätzen gewählt")
        .assert_contains("0 von 1 Platz gewählt");
    assert_eq!(page.body.matches("13:00–15:00").count(), 1, "the slot's time once");
    let days = page.body.matches("class=\"agenda__day\"").count();
    assert_eq!(days, 2);
    // both workshops are in the one slot
    let slot = page.body.split("class=\"agenda__slot\"").nth(1).unwrap();
    let slot = slot.split("</ul>").next().unwrap();
    assert!(slot.contains("Mehrsprachige Formulare") && slot.contains("Vereine gewinnen"));

    // the meeting is over: it is held, Harz hosted once, Stendal's turn
    app.clock().advance(400 * 86_400);
    let mut olga = app.browser_as("orgadmin@example.org").await;
    let page = olga.get(&format!("/spaces/{sp}/meetings")).await;
    page.assert_contains("Als Nächstes an der Reihe:</strong> <bdi>Koordinierungsstelle Stendal")
        .assert_not_contains("Geplante Treffen</h3>")
        .assert_not_contains("Es hat noch kein Treffen stattgefunden.");
    assert_eq!(page.body.matches("<bdi>1</bdi>").count(), 1, "Harz hosted once");
    let history = page.body.split("<h3>Bisherige Gastgeber</h3>").nth(1).unwrap();
    assert!(history.contains(&format!("/meetings/{m}")));
}
