//! Completion, certificates (PDF/A with the name in any script), the
//! verification page, revocation and issuing again.

use axum::http::{header, StatusCode};

use crate::helpers::*;
use crate::series::{add_module, create_series};

fn pdf_text(bytes: &[u8]) -> String {
    pdf_extract::extract_text_from_mem(bytes)
        .unwrap()
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect()
}

#[tokio::test]
async fn completion_certificate_verification_and_revocation() {
    let mut app = TestApp::new().await;
    let c = cast(&app).await;
    app.login("member@example.org", PASSWORD).await;
    let id = create_series(
        &mut app,
        c.org,
        "Trainer*innen-Qualifizierung",
        &[("capacity", "3"), ("rule_min_modules", "2")],
    )
    .await;
    add_module(
        &mut app,
        id,
        "Modul 1: Grundlagen",
        "2026-09-10T09:00",
        "2026-09-10T17:00",
    )
    .await;
    add_module(&mut app, id, "Modul 2: Recht", "2026-10-10T09:00", "2026-10-10T17:00").await;
    add_module(&mut app, id, "Modul 3: Praxis", "2026-11-10T09:00", "2026-11-10T17:00").await;
    for (name, email) in [
        ("Zoë Müller-Lüdenscheidt", "zoe@example.org"),
        ("Олена Коваленко", "olena@example.org"),
    ] {
        app.post(
            &format!("/series/{id}/participants/add"),
            &crate::series::with_defaults(
                crate::series::ADD_FIELDS,
                &[("name", name), ("email", email), ("target_group", "administration")],
            ),
        )
        .await;
    }
    let modules = app.state.store.modules(id).await.unwrap();
    let roll = app.state.store.roll(modules[0].id).await.unwrap();
    let id_of = |name: &str| roll.iter().find(|r| r.name == name).unwrap().registration_id;
    let (olena, zoe) = (id_of("Олена Коваленко"), id_of("Zoë Müller-Lüdenscheidt"));
    app.get(&format!("/series/{id}/certificates"))
        .await
        .assert_contains("Noch hat niemand die Reihe abgeschlossen");
    // Zoë attends two modules (completes), Olena one (does not)
    for (m, marks) in [
        (modules[0].id, vec![(zoe, "present"), (olena, "present")]),
        (modules[1].id, vec![(zoe, "present"), (olena, "absent")]),
    ] {
        let fields: Vec<(String, &str)> = marks.iter().map(|(r, s)| (format!("a_{r}"), *s)).collect();
        let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), *v)).collect();
        app.post(&format!("/modules/{m}/attendance"), &fields).await;
    }
    let page = app.get(&format!("/series/{id}/certificates")).await;
    page.assert_contains("1 Person hat abgeschlossen und noch keine Bescheinigung")
        // Olena's row says why she has not completed
        .assert_contains("Es fehlen: 1 Modul");

    // bad input: no place
    let r = app
        .post(
            &format!("/series/{id}/certificates/issue"),
            &crate::series::with_defaults(crate::series::ISSUE_FIELDS, &[("locale", "de"), ("place", "")]),
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(app.state.store.certificates_of_series(id).await.unwrap().is_empty());

    let r = app
        .post(
            &format!("/series/{id}/certificates/issue"),
            &crate::series::with_defaults(
                crate::series::ISSUE_FIELDS,
                &[("locale", "de"), ("place", "Halberstadt")],
            ),
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    // issuing again issues nothing new
    app.post(
        &format!("/series/{id}/certificates/issue"),
        &crate::series::with_defaults(
            crate::series::ISSUE_FIELDS,
            &[("locale", "de"), ("place", "Halberstadt")],
        ),
    )
    .await;
    let certs = app.state.store.certificates_of_series(id).await.unwrap();
    assert_eq!(certs.len(), 1);
    let cert = &certs[0];
    assert_eq!(cert.registration_id, zoe);
    assert_eq!(cert.code.len(), 14);

    // Zoë is told and downloads it through her personal link
    let link = app.link_in_mail_to("zoe@example.org").await;
    let mut zoe_browser = app.browser();
    zoe_browser
        .get(&link)
        .await
        .assert_contains("Ihre Bescheinigung herunterladen");
    let r = zoe_browser.get(&format!("{link}/certificate")).await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.headers[header::CONTENT_TYPE], "application/pdf");
    let text = pdf_text(&r.bytes);
    assert!(text.contains("ZoëMüller-Lüdenscheidt"), "{text}");
    assert!(text.contains(&cert.code), "{text}");
    assert!(
        text.contains("Modul1:Grundlagen") && text.contains("Modul2:Recht"),
        "{text}"
    );
    assert!(!text.contains("Modul3"), "a module not attended is not listed");
    assert!(text.contains("Teilnahmebescheinigung"));
    // Olena has none
    let olena_link = app.link_in_mail_to("olena@example.org").await;
    assert_eq!(
        zoe_browser.get(&format!("{olena_link}/certificate")).await.status,
        StatusCode::NOT_FOUND
    );

    // the verification page shows it valid, to anyone, with no more than the certificate shows
    let mut anon = app.browser();
    let r = anon.get(&format!("/verify/{}", cert.code)).await;
    r.assert_contains("Diese Bescheinigung ist gültig")
        .assert_contains("Zoë Müller-Lüdenscheidt")
        .assert_contains("Trainer*innen-Qualifizierung")
        .assert_not_contains("zoe@example.org");
    anon.get(&format!("/verify?code={}", cert.code.to_lowercase()))
        .await
        .assert_contains("gültig");
    let r = anon.get("/verify/AAAA-BBBB-CCCC").await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    r.assert_contains("keine Bescheinigung");

    // other organisations' staff cannot see, issue or revoke
    let mut other = app.browser();
    other.login("other@example.org", PASSWORD).await;
    assert_eq!(
        other.get(&format!("/series/{id}/certificates")).await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        other.get(&format!("/certificates/{}/pdf", cert.id)).await.status,
        StatusCode::NOT_FOUND
    );
    let r = other
        .post(
            &format!("/certificates/{}/revoke", cert.id),
            &crate::series::with_defaults(crate::series::REVOKE_FIELDS, &[("reason", "x")]),
        )
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);

    // revoking needs a reason; then the page says revoked and a new one can be issued
    let r = app
        .post(
            &format!("/certificates/{}/revoke", cert.id),
            &crate::series::with_defaults(crate::series::REVOKE_FIELDS, &[("reason", "")]),
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("Bitte füllen Sie dieses Feld aus");
    app.post(
        &format!("/certificates/{}/revoke", cert.id),
        &crate::series::with_defaults(
            crate::series::REVOKE_FIELDS,
            &[("reason", "Name falsch geschrieben"), ("confirmed", "true")],
        ),
    )
    .await;
    anon.get(&format!("/verify/{}", cert.code))
        .await
        .assert_contains("wurde widerrufen");
    assert_eq!(
        zoe_browser.get(&format!("{link}/certificate")).await.status,
        StatusCode::NOT_FOUND
    );
    app.post(
        &format!("/series/{id}/certificates/issue"),
        &crate::series::with_defaults(
            crate::series::ISSUE_FIELDS,
            &[("locale", "ar"), ("place", "Halberstadt")],
        ),
    )
    .await;
    let certs = app.state.store.certificates_of_series(id).await.unwrap();
    assert_eq!(certs.len(), 2);
    let new = certs.iter().find(|c| c.is_valid()).unwrap();
    assert_ne!(new.code, cert.code);
    assert_eq!(new.locale, "ar");
    let r = zoe_browser.get(&format!("{link}/certificate")).await;
    let text = pdf_text(&r.bytes);
    assert!(text.contains(&new.code));
    let actions = app.audit_actions().await;
    assert!(actions.contains(&"certificate.issue".to_string()));
    assert!(actions.contains(&"certificate.revoke".to_string()));
}

#[tokio::test]
async fn certificate_names_in_any_script_render_as_text() {
    let app = TestApp::new().await;
    for (name, locale) in [
        ("سميرة حداد", "ar"),
        ("Олена Коваленко", "uk"),
        ("Samira حداد", "de"),
        ("Ayşe Yılmaz", "tr"),
    ] {
        let c = store::certificates::Certificate {
            id: 1,
            code: "K7P2-9XQM-4TRA".into(),
            registration_id: 1,
            series_id: 1,
            locale: locale.into(),
            participant: name.into(),
            content: serde_json::json!({
                "series_title": "Interkulturelle Öffnung",
                "issuer": "Koordinierungsstelle Harz",
                "place": "Halberstadt",
                "modules": [{"starts_at": START, "ends_at": START + 3600, "title": "Modul 1", "topics": "A\nB", "hours": 8}],
                "total_hours": 8
            })
            .to_string(),
            issued_at: domain::Timestamp(START),
            revoked_at: None,
            revoke_reason: None,
            participant_hash: None,
        };
        let bytes =
            ikoe::web::series::certificates::certificate_pdf(&app.state.i18n, &c, "https://ikoe.example", None).unwrap();
        assert!(bytes.starts_with(b"%PDF-"));
        let text = pdf_text(&bytes);
        // text extraction gives right-to-left runs in visual order: check each word, either way round
        for word in name.split(' ') {
            let reversed: String = word.chars().rev().collect();
            assert!(
                text.contains(word) || text.contains(&reversed),
                "{word} missing in {text}"
            );
        }
        assert!(text.contains("K7P2-9XQM-4TRA"));
    }
}
