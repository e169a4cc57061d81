//! The funding notice prints in full on the certificate, so the series form takes the
//! longest notices of ordinary wide letters and refuses, beside the field, a notice that
//! would not fit there.

use axum::http::StatusCode;

use crate::series::{staff_with_series, with_defaults, SERIES_FIELDS};

#[tokio::test]
async fn a_notice_too_wide_for_the_certificate_is_refused_beside_the_field() {
    // 400 W, the widest Latin letter, fit: the series is saved with them
    let wide = "W".repeat(400);
    let (mut app, c, id) = staff_with_series("Reihe mit langem Hinweis", &[("funding_notice", &wide)]).await;
    let s = app.state.store.series(id).await.unwrap().unwrap();
    assert_eq!(s.funding_notice, wide);

    // 400 basmala ligatures, each several letters wide, do not: refused, said beside the
    // field (the form's other fields are left empty: their errors are beside them)
    let basmala = "\u{FDFD}".repeat(400);
    let fields = with_defaults(SERIES_FIELDS, &[("funding_notice", basmala.as_str())]);
    let r = app.post(&format!("/orgs/{}/series/new", c.org), &fields).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("id=\"f-funding_notice-error\"")
        .assert_contains("Der Förderhinweis passt so nicht vollständig auf die Bescheinigung");
}
