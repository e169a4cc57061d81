//! The funding notice prints in full on the certificate, so the series form refuses, beside
//! the field, a notice that would not fit there, and takes the longest notices of ordinary
//! wide letters.

use axum::http::StatusCode;

use crate::helpers::*;
use crate::series::{create_series, with_defaults, SERIES_FIELDS};

#[tokio::test]
async fn a_notice_too_wide_for_the_certificate_is_refused_beside_the_field() {
    let mut app = TestApp::new().await;
    let c = cast(&app).await;
    app.login("member@example.org", PASSWORD).await;
    let new = format!("/orgs/{}/series/new", c.org);

    // 400 characters of the basmala ligature, each several letters wide: refused, said beside
    // the field (the form's other fields are left empty: their errors are beside them)
    let basmala = "\u{FDFD}".repeat(400);
    let r = app
        .post(&new, &with_defaults(SERIES_FIELDS, &[("funding_notice", &basmala)]))
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("id=\"f-funding_notice-error\"")
        .assert_contains("Der Förderhinweis passt so nicht vollständig auf die Bescheinigung");

    // 400 W, the widest Latin letter: no error at the notice, and the series is saved with it
    let wide = "W".repeat(400);
    let r = app
        .post(&new, &with_defaults(SERIES_FIELDS, &[("funding_notice", &wide)]))
        .await;
    assert!(
        !r.body.contains("id=\"f-funding_notice-error\""),
        "no error at the notice"
    );
    let id = create_series(
        &mut app,
        c.org,
        "Reihe mit langem Hinweis",
        &[("funding_notice", &wide)],
    )
    .await;
    let s = app.state.store.series(id).await.unwrap().unwrap();
    assert_eq!(s.funding_notice, wide);
}
