//! The start page: what anonymous visitors see (open series with free seats,
//! search, verification, the operator's text) and the personal start page
//! (next modules, tasks for staff, spaces), and what never shows there.

use axum::http::StatusCode;

use crate::helpers::*;
use crate::series::{add_module, create_series, register_form, registration, staff_with_series};

/// Registers a signed-in person (no confirmation mail needed).
async fn register_signed_in(app: &mut TestApp, series: i64, name: &str, email: &str) {
    let r = register_form(app, series, &registration(name, email, true)).await;
    r.assert_status(StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn anonymous_visitors_see_open_series_with_free_seats_a_search_and_the_verification() {
    let (mut app, c, open) = staff_with_series("Offene Reihe", &[("capacity", "3")]).await;
    add_module(&mut app, open, "Grundlagen", "2026-09-10T09:00", "2026-09-10T17:00").await;
    let full = create_series(&mut app, c.org, "Volle Reihe", &[("capacity", "1")]).await;
    add_module(&mut app, full, "M", "2026-09-11T09:00", "2026-09-11T17:00").await;
    let members = create_series(&mut app, c.org, "Interne Reihe", &[("visibility", "members")]).await;
    add_module(&mut app, members, "M", "2026-09-12T09:00", "2026-09-12T17:00").await;
    let invite = create_series(&mut app, c.org, "Geschlossene Reihe", &[("visibility", "invitation")]).await;
    add_module(&mut app, invite, "M", "2026-09-13T09:00", "2026-09-13T17:00").await;
    let mut other = app.browser_as("other@example.org").await;
    register_signed_in(&mut other, full, "Otto Anders", "other@example.org").await;

    let mut anon = app.browser();
    let r = anon.get("/").await;
    assert_eq!(r.status, StatusCode::OK);
    r.assert_contains(&format!("href=\"/series/{open}\""))
        .assert_contains("Offene Reihe")
        .assert_contains("Noch 3 Plätze frei")
        .assert_not_contains("Volle Reihe")
        .assert_not_contains("Interne Reihe")
        .assert_not_contains("Geschlossene Reihe")
        // a search into the catalogue and the verification of a certificate
        .assert_contains("action=\"/series\"")
        .assert_contains("action=\"/verify\"")
        // what ikoe is (the German default until the operator writes one)
        .assert_contains("ikoe ist die Plattform")
        // no log-in button as the main call to action
        .assert_not_contains("class=\"btn\" href=\"/login\"");
    // members of the organisation see its internal series too
    app.get("/").await.assert_contains("Interne Reihe");
    other.get("/").await.assert_not_contains("Interne Reihe");

    // the search lands in the catalogue, which finds by title words in any case
    let r = anon.get("/series?q=offene").await;
    r.assert_contains("Offene Reihe").assert_not_contains("Volle Reihe");
    anon.get("/series?q=REIHE%20Volle")
        .await
        .assert_contains("Volle Reihe")
        .assert_not_contains("Offene Reihe");
    anon.get("/series?q=%25").await.assert_contains("Offene Reihe");
    anon.get("/series?q=Nichtsdergleichen")
        .await
        .assert_not_contains("Offene Reihe");
}

#[tokio::test]
async fn the_operator_writes_what_ikoe_is_and_who_runs_it() {
    let (mut app, _) = signed_in("platform@example.org").await;
    app.get("/admin/texts")
        .await
        .assert_contains("href=\"/admin/texts/home\"");
    let r = app
        .post(
            "/admin/texts/home",
            &[("lang", "de"), ("body", "Betrieben vom Landesnetzwerk <Harz>.")],
        )
        .await;
    r.assert_status(StatusCode::SEE_OTHER);
    let mut anon = app.browser();
    anon.get("/")
        .await
        .assert_contains("Betrieben vom Landesnetzwerk &#60;Harz&#62;.")
        .assert_not_contains("ikoe ist die Plattform");
}

#[tokio::test]
async fn a_person_sees_the_next_module_of_their_registration() {
    let (mut app, _, id) = staff_with_series("Erste Reihe", &[("capacity", "5")]).await;
    add_module(&mut app, id, "Vertiefung", "2026-10-10T09:00", "2026-10-10T17:00").await;
    add_module(&mut app, id, "Grundlagen", "2026-09-10T09:00", "2026-09-10T17:00").await;
    let mut other = app.browser_as("other@example.org").await;
    other
        .get("/")
        .await
        .assert_contains("Sie sind zurzeit für keine Fortbildung angemeldet.");
    register_signed_in(&mut other, id, "Otto Anders", "other@example.org").await;
    let r = other.get("/").await;
    r.assert_contains("Meine nächsten Termine")
        .assert_contains("Erste Reihe")
        .assert_contains("Platz sicher")
        .assert_contains("Grundlagen")
        .assert_contains("Rathaus Halberstadt")
        .assert_not_contains("Vertiefung");
    // not theirs: the staff member who made the series has no registration
    app.get("/")
        .await
        .assert_contains("Sie sind zurzeit für keine Fortbildung angemeldet.");
}

#[tokio::test]
async fn staff_see_pending_approvals_and_modules_without_speaker() {
    let (mut app, c, id) =
        staff_with_series("Reihe mit Freigabe", &[("capacity", "5"), ("manual_approval", "1")]).await;
    add_module(&mut app, id, "Grundlagen", "2026-09-10T09:00", "2026-09-10T17:00").await;
    add_module(&mut app, id, "Vertiefung", "2026-10-10T09:00", "2026-10-10T17:00").await;
    app.get("/")
        .await
        .assert_contains("Was auf Sie wartet")
        .assert_contains("2 Module haben noch keine Referent*in")
        .assert_not_contains("wartet auf Freigabe");

    let mut other = app.browser_as("other@example.org").await;
    register_signed_in(&mut other, id, "Otto Anders", "other@example.org").await;
    app.get("/")
        .await
        .assert_contains("Eine Anmeldung wartet auf Ihre Freigabe.")
        .assert_contains(&format!("href=\"/series/{id}/participants\""))
        .assert_contains(&format!("href=\"/orgs/{}/planning\"", c.org));
    // the person who registered sees their status, not the staff task
    other
        .get("/")
        .await
        .assert_contains("Reihe mit Freigabe")
        .assert_not_contains("Eine Anmeldung wartet auf Ihre Freigabe.")
        .assert_not_contains(&format!("href=\"/series/{id}/participants\""));
    // once approved, nothing waits any more
    let regs = app.state.store.registrations_of_series(id).await.unwrap();
    app.post(&format!("/registrations/{}/approve", regs[0].id), &[]).await;
    app.get("/").await.assert_not_contains("wartet auf Ihre Freigabe");
}

#[tokio::test]
async fn another_organisations_private_series_never_appears() {
    let (mut app, c) = with_cast().await;
    let mut other = app.browser_as("other@example.org").await;
    let id = create_series(
        &mut other,
        c.other_org,
        "Stendaler Interna",
        &[("visibility", "members"), ("capacity", "5"), ("manual_approval", "1")],
    )
    .await;
    add_module(&mut other, id, "M", "2026-09-10T09:00", "2026-09-10T17:00").await;
    register_signed_in(&mut other, id, "Otto Anders", "other@example.org").await;
    other.get("/").await.assert_contains("Stendaler Interna");

    app.login("member@example.org", PASSWORD).await;
    app.get("/").await.assert_not_contains("Stendaler Interna");
    app.browser().get("/").await.assert_not_contains("Stendaler Interna");
    let mut platform = app.browser_as("platform@example.org").await;
    platform.get("/").await.assert_not_contains("Stendaler Interna");
}

#[tokio::test]
async fn members_see_their_spaces_with_news() {
    let (mut app, c) = signed_in("member@example.org").await;
    app.get("/").await.assert_contains("Sie gehören noch keinem Raum an.");
    let me = c.member;
    let space = app.space(me, "Netzwerk Harz").await;
    app.get("/")
        .await
        .assert_contains(&format!("href=\"/spaces/{space}\""))
        .assert_contains("Netzwerk Harz");
}
