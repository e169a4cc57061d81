//! Completion, certificates (PDF/A with the name in any script), the
//! verification page, revocation and issuing again.

use axum::http::{header, StatusCode};

use crate::helpers::*;
use crate::series::{
    add_module, add_modules, add_participant, add_to_administration, create_series, post_form, staff_with_series,
    ISSUE_FIELDS, REVOKE_FIELDS, SERIES_FIELDS,
};

/// Issues the certificates of `series` through the form, in `locale`, signed at `place`.
async fn issue(app: &mut TestApp, series: i64, locale: &str, place: &str) -> Resp {
    let fields = [("locale", locale), ("place", place)];
    post_form(
        app,
        &format!("/series/{series}/certificates/issue"),
        ISSUE_FIELDS,
        &fields,
    )
    .await
}

fn pdf_text(bytes: &[u8]) -> String {
    pdf_extract::extract_text_from_mem(bytes)
        .unwrap()
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect()
}

#[tokio::test]
async fn completion_certificate_verification_and_revocation() {
    let (mut app, _, id) = staff_with_series(
        "Trainer*innen-Qualifizierung",
        &[("capacity", "3"), ("rule_min_modules", "2")],
    )
    .await;
    let schedule = [
        ("Modul 1: Grundlagen", "2026-09-10T09:00", "2026-09-10T17:00"),
        ("Modul 2: Recht", "2026-10-10T09:00", "2026-10-10T17:00"),
        ("Modul 3: Praxis", "2026-11-10T09:00", "2026-11-10T17:00"),
    ];
    add_modules(&mut app, id, &schedule).await;
    let people = [
        ("Zoë Müller-Lüdenscheidt", "zoe@example.org"),
        ("Олена Коваленко", "olena@example.org"),
    ];
    add_to_administration(&mut app, id, &people).await;
    let modules = app.state.store.modules(id).await.unwrap();
    let roll = app.state.store.roll(modules[0].id).await.unwrap();
    let id_of = |name: &str| roll.iter().find(|r| r.name == name).unwrap().registration_id;
    let (olena, zoe) = (id_of("Олена Коваленко"), id_of("Zoë Müller-Lüdenscheidt"));
    app.get(&format!("/series/{id}/certificates"))
        .await
        .assert_contains("Noch hat niemand die Reihe abgeschlossen")
        .assert_contains("Abschlussregel: mindestens 2 Module besucht.</p>");
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
    let r = issue(&mut app, id, "de", "").await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(app.state.store.certificates_of_series(id).await.unwrap().is_empty());

    let r = issue(&mut app, id, "de", "Halberstadt").await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    // issuing again issues nothing new
    issue(&mut app, id, "de", "Halberstadt").await;
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
    let mut other = app.browser_as("other@example.org").await;
    assert_eq!(
        other.get(&format!("/series/{id}/certificates")).await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        other.get(&format!("/certificates/{}/pdf", cert.id)).await.status,
        StatusCode::NOT_FOUND
    );
    let r = post_form(
        &mut other,
        &format!("/certificates/{}/revoke", cert.id),
        REVOKE_FIELDS,
        &[("reason", "x")],
    )
    .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);

    // revoking needs a reason; then the page says revoked and a new one can be issued
    let r = post_form(
        &mut app,
        &format!("/certificates/{}/revoke", cert.id),
        REVOKE_FIELDS,
        &[("reason", "")],
    )
    .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("Bitte füllen Sie dieses Feld aus");
    post_form(
        &mut app,
        &format!("/certificates/{}/revoke", cert.id),
        REVOKE_FIELDS,
        &[("reason", "Name falsch geschrieben"), ("confirmed", "true")],
    )
    .await;
    anon.get(&format!("/verify/{}", cert.code))
        .await
        .assert_contains("wurde widerrufen");
    assert_eq!(
        zoe_browser.get(&format!("{link}/certificate")).await.status,
        StatusCode::NOT_FOUND
    );
    issue(&mut app, id, "ar", "Magdeburg").await;
    let certs = app.state.store.certificates_of_series(id).await.unwrap();
    assert_eq!(certs.len(), 2);
    let new = certs.iter().find(|c| c.is_valid()).unwrap();
    assert_ne!(new.code, cert.code);
    assert_eq!(new.locale, "ar");
    // a region's name (as the page proposes it, in German) is given in the certificate's language
    let magdeburg_ar = app.state.i18n.t("ar", "region-ST-MD");
    assert_ne!(magdeburg_ar, "Magdeburg");
    let content: serde_json::Value = serde_json::from_str(&new.content).unwrap();
    assert_eq!(content["place"], magdeburg_ar.as_str());
    let r = zoe_browser.get(&format!("{link}/certificate")).await;
    let text = pdf_text(&r.bytes);
    assert!(text.contains(&new.code));
    let actions = app.audit_actions().await;
    assert!(actions.contains(&"certificate.issue".to_string()));
    assert!(actions.contains(&"certificate.revoke".to_string()));
}

/// The completion rule reads as one sentence: its conditions joined with the
/// language's list separator, one full stop, no stray ";" (issue 11.9).
#[tokio::test]
async fn the_completion_rule_is_one_sentence_in_every_language() {
    let (mut app, c) = signed_in("member@example.org").await;
    let id = create_series(
        &mut app,
        c.org,
        "Regelreihe",
        &[
            ("rule_min_modules", "6"),
            ("rule_all_mandatory", "1"),
            ("rule_min_hours", "40"),
        ],
    )
    .await;
    let url = format!("/series/{id}/certificates");
    app.get(&url).await.assert_contains(
        "<p class=\"certificates-rule\">Abschlussregel: mindestens 6 Module besucht, alle Pflichtmodule besucht, mindestens 40 Unterrichtsstunden.</p>",
    );
    for (lang, sentence) in [
        ("en", "Completion rule: at least 6 modules attended, all mandatory modules attended, at least 40 teaching hours.</p>"),
        ("ar", "قاعدة الإتمام: حضور 6 وحدات على الأقل، حضور جميع الوحدات الإلزامية، 40 ساعة تدريسية على الأقل.</p>"),
    ] {
        app.post("/language", &[("lang", lang), ("next", "/")]).await;
        let page = app.get(&url).await;
        page.assert_contains(sentence);
        assert!(!page.body.contains(";.") && !page.body.contains("؛."), "{lang}");
    }
    // no condition set: all modules
    let all = create_series(&mut app, c.org, "Alle Module", &[]).await;
    app.post("/language", &[("lang", "de"), ("next", "/")]).await;
    app.get(&format!("/series/{all}/certificates"))
        .await
        .assert_contains("Abschlussregel: alle Module besucht.</p>");
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
        let bytes = ikoe::web::series::certificates::certificate_pdf(&app.state.i18n, &c, "https://ikoe.example", None)
            .unwrap();
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

/// Who signs and the funding notice are set per series on its edit form (bad input is
/// shown beside the field, kept as typed, and changes nothing), audited, and printed on
/// the certificate with the organisation's logo, which stays one page.
#[tokio::test]
async fn signatory_notice_and_logo_are_printed_on_the_certificate() {
    let (mut app, c) = signed_in("member@example.org").await;
    let id = create_series(&mut app, c.org, "Trainer*innen-Qualifizierung", &[("capacity", "3")]).await;
    let edit = format!("/series/{id}/edit");
    app.get(&edit)
        .await
        .assert_contains("name=\"signatory_name\"")
        .assert_contains("name=\"signatory_role\"")
        .assert_contains("name=\"funding_notice\"")
        .assert_contains("höchstens 120 Zeichen");
    let version = app.state.store.series(id).await.unwrap().unwrap().version.to_string();
    let fields = |name: &'static str, role: &'static str, notice: &'static str, version: &str| {
        let version = version.to_string();
        move || {
            let mut v: Vec<(&'static str, String)> = vec![
                ("title_de", "Trainer*innen-Qualifizierung".into()),
                ("summary_de", "Worum es geht.".into()),
                ("kind", "trainer".into()),
                ("visibility", "public".into()),
                ("region", "ST-HZ".into()),
                ("target_groups", "administration".into()),
                ("languages", "de".into()),
                ("capacity", "7".into()),
                ("signatory_name", name.into()),
                ("signatory_role", role.into()),
                ("funding_notice", notice.into()),
                ("version", version.clone()),
            ];
            for f in SERIES_FIELDS {
                if !v.iter().any(|(k, _)| k == f) {
                    v.push((f, String::new()));
                }
            }
            v
        }
    };
    let audits = app.audit_actions().await.len();
    // a name over two lines, a role too long, a notice too long: each said beside its field
    let long_role: &'static str = Box::leak("R".repeat(121).into_boxed_str());
    let long_notice: &'static str = Box::leak("Gefördert ".repeat(41).into_boxed_str());
    let bad = fields("Dr. Petra\nSchulz", long_role, long_notice, &version)();
    let bad: Vec<(&str, &str)> = bad.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let r = app.post(&edit, &bad).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("id=\"f-signatory_name-error\"")
        .assert_contains("id=\"f-signatory_role-error\"")
        .assert_contains("id=\"f-funding_notice-error\"")
        // kept as typed
        .assert_contains(long_role)
        .assert_contains("Gefördert Gefördert");
    let s = app.state.store.series(id).await.unwrap().unwrap();
    assert_eq!(
        (s.capacity, s.signatory_name.as_str(), s.funding_notice.as_str()),
        (3, "", "")
    );
    assert_eq!(app.audit_actions().await.len(), audits, "nothing written");

    let good = fields(
        "Dr. Petra Schulz",
        "Projektleitung",
        "Gefördert durch das Land Sachsen-Anhalt.",
        &version,
    )();
    let good: Vec<(&str, &str)> = good.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let r = app.post(&edit, &good).await;
    r.assert_status(StatusCode::SEE_OTHER);
    let s = app.state.store.series(id).await.unwrap().unwrap();
    assert_eq!(s.signatory_name, "Dr. Petra Schulz");
    assert_eq!(s.signatory_role, "Projektleitung");
    assert_eq!(s.funding_notice, "Gefördert durch das Land Sachsen-Anhalt.");
    app.assert_audited(&["series.update"]).await;
    app.get(&edit).await.assert_contains("value=\"Dr. Petra Schulz\"");

    // the organisation's admin uploads a logo
    let mut admin = app.browser_as("orgadmin@example.org").await;
    let r = admin
        .upload(
            &format!("/orgs/{}/logo", c.org),
            "logo",
            "logo.png",
            include_bytes!("../../../pdf/tests/fixtures/logo.png"),
        )
        .await;
    r.assert_status(StatusCode::SEE_OTHER);

    // eight modules attended: one certificate page with logo, signatory, role and notice
    for i in 1..=8 {
        let (start, end) = (
            format!("2026-{:02}-10T09:00", i + 1),
            format!("2026-{:02}-10T17:00", i + 1),
        );
        add_module(
            &mut app,
            id,
            &format!("Modul {i}: Grundlagen interkultureller Öffnung"),
            &start,
            &end,
        )
        .await;
    }
    add_participant(
        &mut app,
        id,
        &[
            ("name", "مريم الحسيني"),
            ("email", "maryam@example.org"),
            ("target_group", "administration"),
        ],
    )
    .await;
    let modules = app.state.store.modules(id).await.unwrap();
    let reg = app.state.store.roll(modules[0].id).await.unwrap()[0].registration_id;
    for m in &modules {
        app.post(
            &format!("/modules/{}/attendance", m.id),
            &[(&format!("a_{reg}"), "present")],
        )
        .await;
    }
    for locale in ["de", "ar"] {
        for cert in app.state.store.certificates_of_series(id).await.unwrap() {
            app.post(
                &format!("/certificates/{}/revoke", cert.id),
                &[("reason", "neu"), ("confirmed", "true")],
            )
            .await;
        }
        let r = issue(&mut app, id, locale, "Halberstadt").await;
        r.assert_status(StatusCode::SEE_OTHER);
        let cert = app
            .state
            .store
            .certificates_of_series(id)
            .await
            .unwrap()
            .into_iter()
            .find(|c| c.revoked_at.is_none())
            .unwrap();
        let r = app.get(&format!("/certificates/{}/pdf", cert.id)).await;
        assert_eq!(r.status, StatusCode::OK);
        let raw = String::from_utf8_lossy(&r.bytes);
        // to look at it: IKOE_SAMPLE_DIR=/tmp/x, then `pdftoppm -png -r 60` the files
        if let Ok(dir) = std::env::var("IKOE_SAMPLE_DIR") {
            std::fs::write(format!("{dir}/certificate-app-{locale}.pdf"), &r.bytes).unwrap();
        }
        let pages = pdf_extract::extract_text_from_mem_by_pages(&r.bytes).unwrap();
        assert_eq!(pages.len(), 1, "{locale}: one page");
        assert!(
            raw.contains("/Subtype /Image") || raw.contains("/Subtype/Image"),
            "{locale}: the logo is embedded: {}",
            raw.matches("Image").count()
        );
        let text = pdf_text(&r.bytes);
        assert!(text.contains("Dr.PetraSchulz"), "{locale}: {text}");
        assert!(text.contains("Projektleitung"), "{locale}: {text}");
        assert!(
            text.contains("GefördertdurchdasLandSachsen-Anhalt."),
            "{locale}: {text}"
        );
    }
}
