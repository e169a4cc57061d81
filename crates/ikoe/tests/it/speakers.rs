//! Speakers: directory, requests answered without an account, reminders
//! until the deadline, double bookings, the planning board.

use axum::http::StatusCode;

use crate::helpers::*;
use crate::series::{add_module, post_form, staff_with_series, ASK_FIELDS, MODULE_FIELDS, SPEAKER_FIELDS};

async fn add_speaker(app: &mut TestApp, org: i64, name: &str, email: &str) -> i64 {
    let r = post_form(
        app,
        &format!("/orgs/{org}/speakers"),
        SPEAKER_FIELDS,
        &[
            ("name", name),
            ("email", email),
            ("topics", "Antidiskriminierung"),
            ("languages", "de"),
            ("languages", "ar"),
        ],
    )
    .await;
    r.assert_status(StatusCode::SEE_OTHER);
    app.state
        .store
        .speakers_of_org(org)
        .await
        .unwrap()
        .into_iter()
        .find(|s| s.email == email)
        .unwrap()
        .id
}

/// Asks `speaker` for a module through the request form (an empty message is none).
async fn ask(app: &mut TestApp, module: i64, speaker: &str, deadline: &str, message: &str) -> Resp {
    let fields = [("speaker", speaker), ("deadline", deadline), ("message", message)];
    post_form(app, &format!("/modules/{module}/speakers"), ASK_FIELDS, &fields).await
}

#[tokio::test]
async fn ask_a_speaker_who_answers_through_the_link() {
    let (mut app, c, series) = staff_with_series("Trainer*innen-Qualifizierung", &[]).await;
    add_module(&mut app, series, "Modul 1", "2026-09-10T09:00", "2026-09-10T17:00").await;
    add_module(&mut app, series, "Modul 2", "2026-09-10T13:00", "2026-09-10T18:00").await;
    let modules = app.state.store.modules(series).await.unwrap();
    let speaker = add_speaker(&mut app, c.org, "Dr. Leyla Aydın", "leyla@example.org").await;
    // the same address twice in the directory is refused
    let r = post_form(
        &mut app,
        &format!("/orgs/{}/speakers", c.org),
        SPEAKER_FIELDS,
        &[("name", "L"), ("email", "LEYLA@example.org")],
    )
    .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("schon im Verzeichnis");

    app.get(&format!("/orgs/{}/planning", c.org))
        .await
        .assert_contains("2 Module ohne Referent*in");

    let sid = speaker.to_string();
    // a deadline in the past is refused
    let r = ask(&mut app, modules[0].id, &sid, "2026-01-01", "").await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("in der Vergangenheit");
    let r = ask(
        &mut app,
        modules[0].id,
        &sid,
        "2026-07-31",
        "Wir würden uns sehr freuen.",
    )
    .await;
    r.assert_status(StatusCode::SEE_OTHER);
    // asking again is refused; asking for an overlapping module too (double booking)
    let r = ask(&mut app, modules[0].id, &sid, "2026-07-31", "").await;
    r.assert_contains("schon angefragt");
    let r = ask(&mut app, modules[1].id, &sid, "2026-07-31", "").await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("zur selben Zeit");

    let mail = app
        .mails()
        .await
        .into_iter()
        .find(|m| m.to_addr == "leyla@example.org")
        .unwrap();
    assert!(mail.body.contains("Wir würden uns sehr freuen."));
    assert!(mail.body.contains("10.09.2026 09:00–17:00"));
    let link = app.link_in_mail_to("leyla@example.org").await;
    app.get(&format!("/orgs/{}/planning", c.org))
        .await
        .assert_contains("angefragt")
        .assert_contains("1 Modul ohne Referent*in");

    // reminders every three days until the deadline, at most three
    let store = app.state.store.clone();
    let reminders = |app: &TestApp| {
        let st = app.state.clone();
        async move { ikoe::jobs::speakers::send_reminders(&st).await.unwrap() }
    };
    assert_eq!(reminders(&app).await, 0);
    app.clock().advance(3 * 86400 + 1);
    assert_eq!(reminders(&app).await, 1);
    assert_eq!(reminders(&app).await, 0, "not twice in a row");
    let reminder = app
        .mails()
        .await
        .into_iter()
        .find(|m| m.kind.code() == "speaker-reminder")
        .unwrap();
    assert!(reminder.body.contains(&link));

    // the speaker answers without an account
    let mut speaker_browser = app.browser();
    speaker_browser
        .get(&link)
        .await
        .assert_contains("Ja, ich übernehme das Modul")
        .assert_contains("Wir würden uns sehr freuen.");
    let r = speaker_browser.post(&link, &[("answer", "confirm")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let req = store
        .request_by_token(link.trim_start_matches("/speaker-requests/"))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(req.status.code(), "confirmed");
    // the staff member who asked is told
    assert!(app
        .mails()
        .await
        .iter()
        .any(|m| m.to_addr == "member@example.org" && m.kind.code() == "speaker-confirmed"));
    // answering again changes nothing
    speaker_browser.post(&link, &[("answer", "decline")]).await;
    assert_eq!(
        store
            .request_by_token(link.trim_start_matches("/speaker-requests/"))
            .await
            .unwrap()
            .unwrap()
            .status
            .code(),
        "confirmed"
    );
    app.clock().advance(10 * 86400);
    assert_eq!(reminders(&app).await, 0, "no reminders after an answer");
    app.login("member@example.org", PASSWORD).await; // the session ended meanwhile
    app.get(&format!("/orgs/{}/planning", c.org))
        .await
        .assert_contains("zugesagt");
    assert_eq!(
        speaker_browser.get("/speaker-requests/forged").await.status,
        StatusCode::NOT_FOUND
    );
    app.assert_audited(&["speaker.answer"]).await;
}

#[tokio::test]
async fn unanswered_requests_expire_and_the_board_warns_of_double_bookings() {
    let (mut app, c, series) = staff_with_series("Reihe", &[]).await;
    add_module(&mut app, series, "Vormittag", "2026-09-10T09:00", "2026-09-10T12:00").await;
    add_module(&mut app, series, "Nachmittag", "2026-09-11T13:00", "2026-09-11T17:00").await;
    let modules = app.state.store.modules(series).await.unwrap();
    let speaker = add_speaker(&mut app, c.org, "Tomasz Nowak", "tomasz@example.org").await;
    let sid = speaker.to_string();
    for m in &modules {
        let r = ask(&mut app, m.id, &sid, "2026-06-10", "").await;
        r.assert_status(StatusCode::SEE_OTHER);
    }
    // the second module is moved to the same time as the first: the board warns
    let m2 = &modules[1];
    let r = post_form(
        &mut app,
        &format!("/modules/{}/edit", m2.id),
        MODULE_FIELDS,
        &[
            ("title", "Nachmittag"),
            ("starts_at", "2026-09-10T11:00"),
            ("ends_at", "2026-09-10T13:00"),
            ("venue", "Ort"),
            ("hours", "2"),
            ("version", &m2.version.to_string()),
        ],
    )
    .await;
    r.assert_status(StatusCode::SEE_OTHER);
    app.get(&format!("/orgs/{}/planning", c.org))
        .await
        .assert_contains("\u{2068}Tomasz Nowak\u{2069} ist zur selben Zeit woanders gebucht");

    // no answer by the deadline: the request expires and the module is a gap again
    let link = app.link_in_mail_to("tomasz@example.org").await;
    app.clock().advance(20 * 86400);
    ikoe::jobs::speakers::send_reminders(&app.state).await.unwrap();
    app.login("member@example.org", PASSWORD).await; // the session ended meanwhile
    let req = app
        .state
        .store
        .request_by_token(link.trim_start_matches("/speaker-requests/"))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(req.status.code(), "expired");
    let mut b = app.browser();
    b.get(&link).await.assert_contains("nicht mehr offen");
    let r = b.post(&link, &[("answer", "confirm")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(
        app.state.store.request(req.id).await.unwrap().unwrap().status.code(),
        "expired",
        "an expired request cannot be confirmed"
    );
    app.get(&format!("/orgs/{}/planning?gaps=1", c.org))
        .await
        .assert_contains("2 Module ohne Referent*in");

    // other organisations see nothing of it
    let mut other = app.browser_as("other@example.org").await;
    for path in [format!("/orgs/{}/planning", c.org), format!("/orgs/{}/speakers", c.org)] {
        assert_eq!(other.get(&path).await.status, StatusCode::FORBIDDEN, "{path}");
    }
    // a speaker entry of another organisation does not exist for them
    assert_eq!(
        other.get(&format!("/speakers/{speaker}/edit")).await.status,
        StatusCode::NOT_FOUND
    );
    let r = ask(&mut other, modules[0].id, &sid, "2026-12-01", "").await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
}
