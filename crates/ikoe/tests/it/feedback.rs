//! Feedback: invitations after a module, anonymous answers once per link,
//! results per module, speaker and cohort, comments published only with consent.

use axum::http::StatusCode;

use crate::helpers::*;
use crate::series::{add_module, add_participant, add_to_administration, post_form, staff_with_series, COPY_FIELDS};

#[tokio::test]
async fn attendees_give_anonymous_feedback_once() {
    let (mut app, _, id) = staff_with_series("Reihe", &[("capacity", "3")]).await;
    add_module(&mut app, id, "Modul 1", "2026-06-10T09:00", "2026-06-10T17:00").await;
    let module = app.state.store.modules(id).await.unwrap()[0].id;
    let people = [
        ("Aylin Kaya", "aylin@example.org"),
        ("Bohdan Melnyk", "bohdan@example.org"),
    ];
    add_to_administration(&mut app, id, &people).await;
    let roll = app.state.store.roll(module).await.unwrap();
    let id_of = |n: &str| roll.iter().find(|r| r.name == n).unwrap().registration_id.to_string();
    let (a, b) = (id_of("Aylin Kaya"), id_of("Bohdan Melnyk"));
    app.post(
        &format!("/modules/{module}/attendance"),
        &[(&format!("a_{a}"), "present"), (&format!("a_{b}"), "absent")],
    )
    .await;

    // nothing before the module has ended; then only the attendee is invited, once
    let invite = |app: &TestApp| {
        let st = app.state.clone();
        async move { ikoe::jobs::feedback::send_invites(&st).await.unwrap() }
    };
    assert_eq!(invite(&app).await, 0);
    let end = app.state.store.module(module).await.unwrap().unwrap().ends_at.0;
    app.clock().advance(end - app.state.now() + 3600);
    assert_eq!(invite(&app).await, 1);
    assert_eq!(invite(&app).await, 0);
    let mails = app.mails().await;
    assert!(mails
        .iter()
        .any(|m| m.kind.code() == "feedback-invite" && m.to_addr == "aylin@example.org"));
    assert!(!mails
        .iter()
        .any(|m| m.kind.code() == "feedback-invite" && m.to_addr == "bohdan@example.org"));
    let link = app.link_in_mail_to("aylin@example.org").await;
    assert!(link.starts_with("/feedback/"));

    let mut aylin = app.browser();
    aylin
        .get(&link)
        .await
        .assert_contains("Wie zufrieden waren Sie insgesamt?");
    // bad input: no overall rating, a rating out of range; what was typed is kept
    let r = aylin
        .post(&link, &[("content", "4"), ("comment", "Sehr praxisnah.")])
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("Sehr praxisnah.");
    let r = aylin.post(&link, &[("overall", "9"), ("comment", "")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let r = aylin
        .post(
            &link,
            &[
                ("overall", "5"),
                ("content", "4"),
                ("comment", "Sehr praxisnah, danke!"),
                ("publish", "1"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    // twice: refused with a clear message, nothing stored
    let r = aylin.post(&link, &[("overall", "1"), ("comment", "")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("schon eine Rückmeldung");
    assert_eq!(aylin.get("/feedback/forged").await.status, StatusCode::NOT_FOUND);

    // stored without the person
    let (n, with_person): (i64, i64) =
        sqlx::query_as("SELECT COUNT(*), SUM(CASE WHEN comment LIKE '%Aylin%' THEN 1 ELSE 0 END) FROM feedback")
            .fetch_one(app.state.store.pool())
            .await
            .unwrap();
    assert_eq!((n, with_person), (1, 0));

    // staff see the averages; the public page shows the comment its author allowed
    app.login("member@example.org", PASSWORD).await;
    let r = app.get(&format!("/series/{id}/feedback")).await;
    r.assert_contains("Modul 1")
        .assert_contains("5,0")
        .assert_contains("4,0")
        .assert_contains("Sehr praxisnah");
    app.browser()
        .get(&format!("/series/{id}"))
        .await
        .assert_contains("Sehr praxisnah, danke!");
    let mut other = app.browser_as("other@example.org").await;
    assert_eq!(
        other.get(&format!("/series/{id}/feedback")).await.status,
        StatusCode::FORBIDDEN
    );
}

#[tokio::test]
async fn comments_without_consent_stay_with_staff_and_cohorts_are_compared() {
    let (mut app, _, id) = staff_with_series("Jahrgang 2026", &[]).await;
    add_module(&mut app, id, "Modul", "2026-06-10T09:00", "2026-06-10T17:00").await;
    let r = post_form(
        &mut app,
        &format!("/series/{id}/copy"),
        COPY_FIELDS,
        &[("starts", "2027-06-10")],
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    add_participant(
        &mut app,
        id,
        &[
            ("name", "Aylin Kaya"),
            ("email", "aylin@example.org"),
            ("target_group", "administration"),
        ],
    )
    .await;
    let module = app.state.store.modules(id).await.unwrap()[0].id;
    let reg = app.state.store.roll(module).await.unwrap()[0].registration_id;
    app.post(
        &format!("/modules/{module}/attendance"),
        &[(&format!("a_{reg}"), "present")],
    )
    .await;
    app.clock().advance(14 * 86400); // the module ended yesterday
    assert_eq!(ikoe::jobs::feedback::send_invites(&app.state).await.unwrap(), 1);
    let link = app.link_in_mail_to("aylin@example.org").await;
    app.browser()
        .post(
            &link,
            &[("overall", "3"), ("comment", "Nur für euch: der Raum war zu klein.")],
        )
        .await;
    app.browser()
        .get(&format!("/series/{id}"))
        .await
        .assert_not_contains("der Raum war zu klein");
    app.login("member@example.org", PASSWORD).await;
    let r = app.get(&format!("/series/{id}/feedback")).await;
    r.assert_contains("der Raum war zu klein")
        .assert_contains("nur für die Veranstalter")
        .assert_contains("Jahrgänge im Vergleich");
    // both cohorts are listed (the copy has no answers yet)
    assert!(r.body.matches("Jahrgang 2026").count() >= 2, "{}", r.body);
}
