//! No destructive action on one click: every destructive route first answers with a page of
//! its own that says what will happen and who is told, and changes nothing; confirmed, it acts.

use axum::http::StatusCode;

use crate::helpers::*;

/// The last path segments that name a destructive action.
const VERBS: &[&str] = &[
    "remove", "revoke", "withdraw", "delete", "trash", "cancel", "reset", "purge",
];

/// Destructive routes that ask through `web::confirm` (the access matrix checks that each
/// answers a plain POST with the confirmation page).
const ASKING: &[&str] = &[
    "/orgs/{id}/members/{user}/remove",
    "/orgs/{id}/invitations/{inv}/revoke",
    "/orgs/{id}/logo/remove",
    "/speaker-requests/{id}/withdraw",
    "/spaces/{id}/members/{member}/remove",
    "/spaces/{id}/invitations/{inv}/revoke",
    "/folders/{id}/delete",
    "/files/{id}/trash",
    "/sessions/{id}/delete",
    "/registrations/{id}/cancel",
    "/certificates/{id}/revoke",
    "/profile/calendar/reset",
    "/leitbild/{id}/departments/{item}/remove",
    "/leitbild/{id}/people/{item}/remove",
    "/leitbild/{id}/team/{item}/remove",
    "/leitbild/{id}/planner/{item}/remove",
    "/leitbild/{id}/publication/withdraw",
    "/leitbild/{id}/translations/{lang}/remove",
    "/leitbild/{id}/people/{item}/link/revoke",
    "/leitbild/{id}/departments/{item}/link/revoke",
    "/leitbild/{id}/workshop-cards/{item}/remove",
    "/leitbild/{id}/workshop-notes/{item}/remove",
    "/leitbild/{id}/workshop-principles/{item}/remove",
    "/leitbild/{id}/assignments/{item}/remove",
    "/openness/waves/{id}/groups/{item}/remove",
    "/openness/waves/{id}/raters/{item}/remove",
    "/openness/sets/{id}/indicators/{item}/remove",
];

/// Destructive routes whose form already is a page of its own that says what will happen.
const OWN_PAGE: &[(&str, &str)] = &[
    ("/profile/delete", "asks for the password on /profile/delete"),
    ("/modules/{id}/cancel", "the cancel page says who is told"),
    ("/r/{token}/cancel", "the participant's own two-step cancellation"),
    (
        "/r/{token}/delete",
        "the participant's own deletion page says what is deleted",
    ),
];

#[test]
fn every_destructive_route_asks_first() {
    let router = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/src/router.rs")).unwrap();
    let mut destructive = vec![];
    for chunk in router.split(".route(").skip(1) {
        let path = chunk.split('"').nth(1).unwrap_or_default();
        let last = path.rsplit('/').next().unwrap_or_default();
        if chunk.contains("post(") && VERBS.contains(&last) {
            destructive.push(path.to_string());
        }
    }
    assert!(destructive.len() >= 10, "the scan found only {destructive:?}");
    for path in &destructive {
        assert!(
            ASKING.contains(&path.as_str()) || OWN_PAGE.iter().any(|(p, _)| p == path),
            "{path} is destructive but asks nobody (see web/confirm.rs)"
        );
    }
    for path in ASKING {
        assert!(destructive.contains(&path.to_string()), "{path} is no longer a route");
    }
}

async fn audit_count(app: &TestApp, actor: i64) -> usize {
    app.state.store.audit_by_actor(actor).await.unwrap().len()
}

/// Removing a member: the page names the person and what happens; nothing changes until the
/// confirmation is posted; "back" leads to the member list.
#[tokio::test]
async fn removing_a_member_asks_first_and_then_removes() {
    let (mut app, c) = signed_in("orgadmin@example.org").await;
    let path = format!("/orgs/{}/members/{}/remove", c.org, c.member);
    let before = audit_count(&app, c.admin).await;
    let r = app.post(&path, &[]).await;
    assert_eq!(r.status, StatusCode::OK);
    r.assert_contains("Mia Mitglied")
        .assert_contains("wird nicht benachrichtigt")
        .assert_contains("Ja, entfernen")
        .assert_contains(&format!("action=\"{path}\""))
        .assert_contains(&format!("href=\"/orgs/{}/members\"", c.org))
        .assert_not_contains("confirm-member-remove");
    assert_eq!(audit_count(&app, c.admin).await, before, "asking changes nothing");
    assert!(app.is_member(c.org, c.member).await);

    let r = app.post(&path, &[("confirmed", "true")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(!app.is_member(c.org, c.member).await);
    assert_eq!(audit_count(&app, c.admin).await, before + 1);
}

/// Every confirmation page exists in every language (no message id shows).
#[tokio::test]
async fn confirmation_pages_are_translated() {
    let (mut app, c) = signed_in("orgadmin@example.org").await;
    for lang in ["en", "ar", "fa", "uk", "ru", "tr"] {
        app.post("/language", &[("lang", lang), ("next", "/")]).await;
        let r = app.post("/profile/calendar/reset", &[]).await;
        assert_eq!(r.status, StatusCode::OK);
        r.assert_contains(&format!("lang=\"{lang}\""));
        r.assert_not_contains("confirm-calendar-reset");
        let r = app
            .post(&format!("/orgs/{}/members/{}/remove", c.org, c.member), &[])
            .await;
        r.assert_not_contains("confirm-member-remove")
            .assert_contains("Mia Mitglied");
    }
}

/// Cancelling a module has a page of its own; a post without its confirmation goes there and
/// cancels nothing.
#[tokio::test]
async fn cancelling_a_module_needs_its_confirmation() {
    let (mut app, c) = signed_in("member@example.org").await;
    let series = crate::series::create_series(&mut app, c.org, "Reihe", &[]).await;
    crate::series::add_module(&mut app, series, "Modul", "2026-06-20T09:00", "2026-06-20T17:00").await;
    let module = app.state.store.modules(series).await.unwrap()[0].id;
    let r = app.post(&format!("/modules/{module}/cancel"), &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(r.location(), format!("/modules/{module}/cancel"));
    assert!(!app.state.store.modules(series).await.unwrap()[0].is_cancelled());
    let page = app.get(&format!("/modules/{module}/cancel")).await;
    page.assert_contains("name=\"confirmed\" value=\"true\"");
    let r = app
        .post(&format!("/modules/{module}/cancel"), &[("confirmed", "true")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(app.state.store.modules(series).await.unwrap()[0].is_cancelled());
}
