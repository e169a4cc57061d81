//! Attendance: roll call, self check-in, the attendance list PDF and the signed scan.

use axum::http::{header, StatusCode};

use crate::helpers::*;
use crate::series::{add_module, add_participant, create_series, post_form, CHECKIN_FIELDS};

/// A series with one module on 2026-09-10 and two people with a seat; returns
/// (series, module, personal links).
async fn setup(app: &mut TestApp, org: i64) -> (i64, i64, Vec<String>) {
    app.login("member@example.org", PASSWORD).await;
    let id = create_series(app, org, "Reihe", &[("capacity", "2")]).await;
    add_module(app, id, "Modul 1", "2026-09-10T09:00", "2026-09-10T17:00").await;
    let module = app.state.store.modules(id).await.unwrap()[0].id;
    let mut links = vec![];
    for (name, email) in [
        ("Samira Haddad سميرة", "samira@example.org"),
        ("Олена Коваленко", "olena@example.org"),
    ] {
        let r = add_participant(
            app,
            id,
            &[("name", name), ("email", email), ("target_group", "administration")],
        )
        .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        links.push(app.link_in_mail_to(email).await);
    }
    (id, module, links)
}

async fn upload(app: &mut TestApp, module: i64, csrf: &str, data: &[u8]) -> Resp {
    app.upload_with_token(
        &format!("/modules/{module}/attendance/scan"),
        csrf,
        "scan",
        "liste.pdf",
        data,
    )
    .await
}

#[tokio::test]
async fn roll_call_and_self_check_in() {
    let (mut app, c) = with_cast().await;
    let (_, module, links) = setup(&mut app, c.org).await;
    let regs = app.state.store.roll(module).await.unwrap();
    assert_eq!(regs.len(), 2);
    let page = app.get(&format!("/modules/{module}/attendance")).await;
    page.assert_contains("Samira Haddad سميرة")
        .assert_contains("entschuldigt");

    // staff mark one present, one excused; a forged registration id is ignored
    let (a, b) = (regs[0].registration_id.to_string(), regs[1].registration_id.to_string());
    let r = app
        .post(
            &format!("/modules/{module}/attendance"),
            &[
                (&format!("a_{a}"), "present"),
                (&format!("a_{b}"), "excused"),
                ("a_99999", "present"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let roll = app.state.store.roll(module).await.unwrap();
    assert_eq!(roll[0].status.map(|s| s.code()), Some("present"));
    assert_eq!(roll[1].status.map(|s| s.code()), Some("excused"));
    let r = app
        .post(
            &format!("/modules/{module}/attendance"),
            &[(&format!("a_{a}"), "maybe")],
        )
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);

    // self check-in: closed without a code, open from an hour before the start
    app.post(&format!("/modules/{module}/checkin-code"), &[("action", "new")])
        .await;
    let code = app
        .state
        .store
        .module(module)
        .await
        .unwrap()
        .unwrap()
        .checkin_code
        .unwrap();
    assert_eq!(code.len(), 6);
    let mut p = app.browser();
    let olena = &links[1];
    p.get(olena).await.assert_not_contains("Einchecken:");
    let start = app.state.store.module(module).await.unwrap().unwrap().starts_at.0;
    app.clock().advance(start - app.state.now() - 1800);
    p.get(olena).await.assert_contains("Einchecken:");
    let r = post_form(
        &mut p,
        &format!("{olena}/checkin"),
        CHECKIN_FIELDS,
        &[("module", &module.to_string()), ("code", "WRONG1")],
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(
        app.state.store.roll(module).await.unwrap()[1].status.map(|s| s.code()),
        Some("excused")
    );
    // check-in does not override what staff marked; a new person is marked present
    app.post(
        &format!("/modules/{module}/attendance"),
        &[(&format!("a_{b}"), "absent")],
    )
    .await;
    sqlx::query("DELETE FROM attendance WHERE registration_id = $1")
        .bind(regs[1].registration_id)
        .execute(app.state.store.pool())
        .await
        .unwrap();
    let r = post_form(
        &mut p,
        &format!("{olena}/checkin"),
        CHECKIN_FIELDS,
        &[("module", &module.to_string()), ("code", &code.to_lowercase())],
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(
        app.state.store.roll(module).await.unwrap()[1].status.map(|s| s.code()),
        Some("present")
    );
    app.assert_audited(&["attendance.check_in"]).await;
    // another person's series cannot be checked into with this link
    let r = post_form(
        &mut p,
        &format!("{olena}/checkin"),
        CHECKIN_FIELDS,
        &[("module", "999999"), ("code", &code)],
    )
    .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn attendance_list_pdf_and_signed_scan() {
    let (mut app, c) = with_cast().await;
    let (_, module, _) = setup(&mut app, c.org).await;
    let r = app.get(&format!("/modules/{module}/attendance.pdf")).await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.headers[header::CONTENT_TYPE], "application/pdf");
    assert!(r.body.starts_with("%PDF-"));

    let csrf = app.csrf().await;
    // an HTML page named .pdf is refused by its content
    let r = upload(&mut app, module, &csrf, b"<html><script>alert(1)</script></html>").await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("kein PDF, JPEG oder PNG");
    let r = upload(&mut app, module, &csrf, b"").await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    // too large: refused
    let mut big = b"%PDF-1.7\n".to_vec();
    big.resize(11 * 1024 * 1024, b'x');
    let r = upload(&mut app, module, &csrf, &big).await;
    assert!(
        r.status == StatusCode::UNPROCESSABLE_ENTITY || r.status == StatusCode::PAYLOAD_TOO_LARGE,
        "{}",
        r.status
    );
    assert!(app.state.store.scan(module).await.unwrap().is_none());
    // without the token: refused
    let r = upload(&mut app, module, "forged", b"%PDF-1.7 x").await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);

    let pdf = b"%PDF-1.7\nsigned list\n%%EOF".to_vec();
    let r = upload(&mut app, module, &csrf, &pdf).await;
    r.assert_status(StatusCode::SEE_OTHER);
    let r = app.get(&format!("/modules/{module}/attendance/scan")).await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.body.as_bytes(), pdf.as_slice());
    assert!(r.headers[header::CONTENT_DISPOSITION]
        .to_str()
        .unwrap()
        .starts_with("attachment"));
    app.assert_audited(&["attendance.scan_upload"]).await;

    // other organisations' staff see none of it
    let mut other = app.browser_as("other@example.org").await;
    for path in ["attendance", "attendance.pdf", "attendance/scan"] {
        let r = other.get(&format!("/modules/{module}/{path}")).await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{path}");
    }
}
