use axum::http::StatusCode;

use crate::helpers::*;
use crate::orgs::org_edit_form;

#[tokio::test]
async fn health_and_security_headers() {
    let mut app = TestApp::new().await;
    assert_eq!(app.get("/healthz").await.body, "ok");
    assert_eq!(app.get("/readyz").await.body, "ready");
    assert_eq!(app.get("/hello").await.body, "hello");
    let r = app.get("/").await;
    let csp = r.headers["content-security-policy"].to_str().unwrap();
    assert!(
        csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"),
        "{csp}"
    );
    assert_eq!(r.headers["x-content-type-options"], "nosniff");
    assert_eq!(r.headers["x-frame-options"], "DENY");
    assert_eq!(r.headers["cache-control"], "no-store");
    // no inline script or style anywhere in a page
    assert!(!r.body.contains("<script>") && !r.body.contains("style=") && !r.body.contains("<style"));
    // cookies are HttpOnly and SameSite=Lax
    let set = r.set_cookies();
    assert!(
        set.iter()
            .any(|c| c.starts_with("ikoe_csrf=") && c.contains("HttpOnly") && c.contains("SameSite=Lax")),
        "{set:?}"
    );
    assert_eq!(app.get("/static/nope.js").await.status, StatusCode::NOT_FOUND);
    // axum's own rejections get the translated page too
    let r = app.get("/orgs/not-a-number").await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    r.assert_contains("Seite nicht gefunden")
        .assert_contains("<html lang=\"de\"");
    let r = app.get("/logout").await;
    assert_eq!(r.status, StatusCode::METHOD_NOT_ALLOWED);
    r.assert_contains("Seite nicht gefunden");
}

#[tokio::test]
async fn oversized_and_mistyped_forms_get_translated_answers() {
    let (mut app, c) = with_cast().await;
    let big = "x".repeat(300 * 1024);
    let r = app.post("/barrier-report", &[("description", &big)]).await;
    assert_eq!(r.status, StatusCode::PAYLOAD_TOO_LARGE);
    r.assert_contains("Zu viel auf einmal");
    app.login("orgadmin@example.org", PASSWORD).await;
    let fields = org_edit_form("Neu", "association", "DE-BE", "", "", "abc");
    let r = app.post(&format!("/orgs/{}/edit", c.org), &fields).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("inzwischen geändert")
        .assert_contains("value=\"Neu\"");
}

#[tokio::test]
async fn secure_cookies_behind_tls() {
    let mut app = TestApp::with_config(|c| c.public_url = "https://ikoe.example".into()).await;
    cast(&app).await;
    app.login("member@example.org", PASSWORD).await;
    let r = app.get("/").await;
    let _ = r;
    let r = app
        .post("/login", &[("email", "member@example.org"), ("password", PASSWORD)])
        .await;
    let set = r.set_cookies();
    assert!(
        set.iter()
            .any(|c| c.starts_with("ikoe_session=") && c.contains("Secure")),
        "{set:?}"
    );
}

#[tokio::test]
async fn demo_data_fills_a_new_database() {
    let app = TestApp::new().await;
    let (email, password) = ikoe::demo::fill(&app.state).await.unwrap();
    assert_eq!(
        ikoe::demo::login(&app.state).await.unwrap(),
        Some((email.clone(), password.clone()))
    );
    assert!(app.state.store.count_orgs().await.unwrap() >= 18);
    assert!(app.state.store.count_users().await.unwrap() >= 9);
    assert!(!app.mails().await.is_empty(), "the demo invitation is in the outbox");
    let mut b = app.browser();
    b.login(&email, &password).await;
    b.get("/admin/users").await.assert_contains("Samira Haddad");
    // the demo spaces: the offices' network with threads and replies, the steering group
    b.get("/spaces")
        .await
        .assert_contains("Netzwerk der Koordinierungsstellen für Integration")
        .assert_contains("Steuerungsgruppe Ideenwerkstatt");
    let mut office = app.browser();
    office.login("irina.sokolova@ikoe.example", &password).await;
    office
        .get("/spaces")
        .await
        .assert_contains("Netzwerk der Koordinierungsstellen für Integration");
    let (mine, _) = app.state.store.spaces_for(b_user(&app, &email).await).await.unwrap();
    let network = mine.iter().find(|s| s.name.starts_with("Netzwerk der")).unwrap();
    assert_eq!(
        app.state.store.space_members(network.id).await.unwrap().len(),
        16,
        "the demo admin, the provider and the 14 offices"
    );
    assert_eq!(app.state.store.thread_count(network.id).await.unwrap(), 3);
    // one participant of the previous cohort deleted their data: their certificate keeps only a hash
    let (anonymised,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM certificates WHERE participant_hash IS NOT NULL AND participant = ''")
            .fetch_one(app.state.store.pool())
            .await
            .unwrap();
    assert_eq!(anonymised, 1);
}

async fn b_user(app: &TestApp, email: &str) -> i64 {
    let e = domain::accounts::Email::parse(email).unwrap();
    app.state.store.user_by_email(&e).await.unwrap().unwrap().id
}
