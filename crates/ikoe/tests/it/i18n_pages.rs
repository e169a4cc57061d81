use axum::http::StatusCode;

use crate::helpers::*;

#[tokio::test]
async fn language_from_choice_cookie_and_accept_language() {
    let (mut app, _) = with_cast().await;
    // default German
    app.get("/").await.assert_contains("<html lang=\"de\" dir=\"ltr\">");
    // Accept-Language
    app.accept_language = Some("ar-SY,ar;q=0.9,en;q=0.5".into());
    let r = app.get("/").await;
    r.assert_contains("<html lang=\"ar\" dir=\"rtl\">");
    assert_ne!(r.body, "");
    // the switcher (cookie) wins over Accept-Language
    let r = app.post("/language", &[("lang", "uk"), ("next", "/orgs")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(r.location(), "/orgs");
    app.get("/orgs").await.assert_contains("<html lang=\"uk\" dir=\"ltr\">");
    // unknown language and foreign redirect target are ignored
    let r = app
        .post("/language", &[("lang", "xx"), ("next", "//evil.example")])
        .await;
    assert_eq!(r.location(), "/");
    // the signed-in person's choice wins over the cookie and is stored
    app.login("member@example.org", PASSWORD).await;
    app.post("/language", &[("lang", "fa"), ("next", "/")]).await;
    let mut other_device = app.browser_as("member@example.org").await;
    other_device
        .get("/")
        .await
        .assert_contains("<html lang=\"fa\" dir=\"rtl\">");
}

#[tokio::test]
async fn every_locale_renders_every_public_page() {
    let (mut app, c) = with_cast().await;
    for l in i18n::LOCALES {
        app.post("/language", &[("lang", l.code), ("next", "/")]).await;
        for path in [
            "/",
            "/orgs",
            &format!("/orgs/{}", c.org),
            "/login",
            "/imprint",
            "/privacy",
            "/accessibility",
            "/barrier-report",
            "/password/forgot",
        ] {
            let r = app.get(path).await;
            assert_eq!(r.status, StatusCode::OK, "{path} in {}", l.code);
            r.assert_contains(&format!("<html lang=\"{}\" dir=\"{}\">", l.code, l.dir()));
            // no message id leaked into the page (all keys exist in this locale)
            for key in ["nav-home", "footer-imprint", "skip-to-content", "error-summary-title"] {
                r.assert_not_contains(&format!(">{key}<"));
            }
        }
    }
}

#[tokio::test]
async fn accessible_page_structure() {
    let (mut app, _) = with_cast().await;
    let r = app.get("/login").await;
    r.assert_contains("class=\"skip-link\" href=\"#main\"")
        .assert_contains("<main id=\"main\"");
    r.assert_contains("<label class=\"field__label\" for=\"f-email\">");
    assert_eq!(r.body.matches("<h1").count(), 1);
    for l in i18n::LOCALES {
        r.assert_contains(&format!("lang=\"{}\" dir=\"{}\"", l.code, l.dir()));
        r.assert_contains(l.native_name);
    }
    r.assert_contains("href=\"/accessibility\"")
        .assert_contains("href=\"/barrier-report?page=/login\"");
}

#[tokio::test]
async fn barrier_report_and_operator_texts() {
    let (mut app, _) = with_cast().await;
    let r = app
        .post(
            "/barrier-report",
            &[("page", "/orgs"), ("description", ""), ("email", "kaputt")],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("value=\"/orgs\"").assert_contains("value=\"kaputt\"");
    let report = [
        ("page", "/orgs"),
        ("description", "Kontrast <script>x</script> zu schwach"),
        ("email", ""),
    ];
    let r = app.post("/barrier-report", &report).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    // a double submit is stored once
    let again = app.post("/barrier-report", &report).await;
    assert_eq!(again.status, StatusCode::SEE_OTHER);
    assert_eq!(app.state.store.barrier_reports(10, 0).await.unwrap().1, 1);
    app.login("platform@example.org", PASSWORD).await;
    app.get("/admin/barrier-reports")
        .await
        .assert_contains("Kontrast &#60;script&#62;x&#60;/script&#62; zu schwach");

    // the operator edits the imprint in German; other languages fall back to it
    let r = app
        .post(
            "/admin/texts/imprint",
            &[("lang", "de"), ("body", "Beispiel e.V.\nMusterstraße 1")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    app.get("/imprint").await.assert_contains("Musterstraße 1");
    app.post("/language", &[("lang", "en"), ("next", "/")]).await;
    // the German fallback says it is German (WCAG 3.1.2)
    app.get("/imprint")
        .await
        .assert_contains("Musterstraße 1")
        .assert_contains("lang=\"de\">Beispiel e.V.");
    app.post("/admin/texts/imprint", &[("lang", "en"), ("body", "Example Ltd.")])
        .await;
    app.get("/imprint").await.assert_contains("Example Ltd.");
    // the accessibility statement has the EU model statement's sections
    let a = app.get("/accessibility").await;
    assert!(a.body.matches("<h2>").count() >= 5);
    app.assert_audited(&["site_text.update"]).await;
}
