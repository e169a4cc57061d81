use axum::http::{header, StatusCode};

use crate::helpers::*;

/// The fields of the form that creates an organisation.
pub fn org_form<'a>(
    name: &'a str,
    kind: &'a str,
    region: &'a str,
    description: &'a str,
    website: &'a str,
) -> Vec<(&'static str, &'a str)> {
    vec![
        ("name", name),
        ("kind", kind),
        ("region", region),
        ("description", description),
        ("website", website),
    ]
}

/// The fields of the form that edits an organisation: the new ones and the version edited.
pub fn org_edit_form<'a>(
    name: &'a str,
    kind: &'a str,
    region: &'a str,
    description: &'a str,
    website: &'a str,
    version: &'a str,
) -> Vec<(&'static str, &'a str)> {
    let mut fields = org_form(name, kind, region, description, website);
    fields.push(("version", version));
    fields
}

#[tokio::test]
async fn directory_search_and_filters() {
    let (mut app, c) = with_cast().await;
    app.org("Netzwerk Ümläut Straße", "DE-BE").await;
    let r = app.get("/orgs").await;
    r.assert_contains("3 Organisationen gefunden")
        .assert_contains("Koordinierungsstelle Harz");
    app.assert_pages_contain(&[
        // search is case-insensitive in any script
        ("/orgs?q=%C3%BCml%C3%A4ut", "Netzwerk Ümläut Straße"),
        ("/orgs?q=%C3%BCml%C3%A4ut", "Eine Organisation gefunden"),
        ("/orgs?q=%C3%9CML%C3%84UT", "Netzwerk Ümläut Straße"),
        // diacritics are folded for search and sorting
        ("/orgs?q=umlaut%20strasse", "Netzwerk Ümläut Straße"),
    ])
    .await;
    // a region of Saxony-Anhalt includes its districts
    let r = app.get("/orgs?region=DE-ST").await;
    r.assert_contains("Koordinierungsstelle Harz")
        .assert_contains("Koordinierungsstelle Stendal")
        .assert_not_contains("Ümläut");
    app.assert_pages_contain(&[
        (
            "/orgs?region=ST-HZ&kind=coordination_office",
            "Eine Organisation gefunden",
        ),
        ("/orgs?kind=education", "Keine Organisation passt"),
        ("/orgs?q=%25", "Keine Organisation passt"),
    ])
    .await;
    assert_eq!(app.get("/orgs?page=abc").await.status, StatusCode::OK);
    app.get(&format!("/orgs/{}", c.org))
        .await
        .assert_contains("<h1 dir=\"auto\">Koordinierungsstelle Harz</h1>")
        .assert_contains("Harz");
    assert_eq!(app.get("/orgs/999999").await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn members_are_only_shown_to_members() {
    let (mut app, c) = with_cast().await;
    let path = format!("/orgs/{}/members", c.org);
    app.login("other@example.org", PASSWORD).await;
    let r = app.get(&path).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    r.assert_not_contains("member@example.org");
    app.get(&format!("/orgs/{}", c.org))
        .await
        .assert_not_contains("Mitglieder verwalten")
        .assert_not_contains("member@example.org");

    let mut m = app.browser_as("member@example.org").await;
    let r = m.get(&path).await;
    r.assert_contains("orgadmin@example.org")
        .assert_not_contains("Jemanden einladen")
        .assert_not_contains("other@example.org");
}

#[tokio::test]
async fn org_admin_manages_roles_and_cannot_remove_last_admin() {
    let (mut app, c) = signed_in("orgadmin@example.org").await;
    let base = format!("/orgs/{}/members", c.org);
    let r = app
        .post(&format!("{base}/{}/role", c.admin), &[("role", "member")])
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("mindestens eine Administratorin");
    let r = app
        .post(&format!("{base}/{}/remove", c.admin), &[("confirmed", "true")])
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        app.post(&format!("{base}/{}/role", c.member), &[("role", "admin")])
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        app.post(&format!("{base}/{}/remove", c.member), &[("confirmed", "true")])
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    assert!(!app.is_member(c.org, c.member).await);
    // a member of another organisation cannot be touched through this one
    let r = app
        .post(&format!("{base}/{}/remove", c.other), &[("confirmed", "true")])
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert_eq!(app.state.store.members(c.other_org).await.unwrap().len(), 1);
    // nor can this admin act on the other organisation
    assert_eq!(
        app.post(
            &format!("/orgs/{}/members/{}/remove", c.other_org, c.other),
            &[("confirmed", "true")]
        )
        .await
        .status,
        StatusCode::FORBIDDEN
    );
    let actions = app.audit_actions().await;
    assert!(actions.contains(&"membership.set_role".into()) && actions.contains(&"membership.remove".into()));
}

#[tokio::test]
async fn org_edit_with_stale_form_is_refused() {
    let (mut app, c) = signed_in("orgadmin@example.org").await;
    let mut colleague = app.browser_as("platform@example.org").await;
    let path = format!("/orgs/{}/edit", c.org);
    app.get(&path).await.assert_contains("name=\"version\" value=\"1\"");
    let form = org_edit_form("KS Harz", "coordination_office", "ST-HZ", "", "", "1");
    let ok = colleague.post(&path, &form).await;
    ok.assert_status(StatusCode::SEE_OTHER);
    let form = org_edit_form("Mein Name", "coordination_office", "ST-HZ", "x", "", "1");
    let stale = app.post(&path, &form).await;
    assert_eq!(stale.status, StatusCode::UNPROCESSABLE_ENTITY);
    stale
        .assert_contains("inzwischen geändert")
        .assert_contains("value=\"Mein Name\"");
    assert_eq!(app.state.store.org(c.org).await.unwrap().unwrap().name, "KS Harz");
    let form = org_edit_form("", "x", "nowhere", "", "javascript:alert(1)", "2");
    let bad = app.post(&path, &form).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    bad.assert_contains("href=\"#f-name\"")
        .assert_contains("href=\"#f-website\"")
        .assert_contains("href=\"#f-region\"");
}

#[tokio::test]
async fn platform_admin_creates_org_and_invites() {
    let (mut app, _c) = signed_in("platform@example.org").await;
    let r = app
        .post(
            "/admin/orgs/new",
            &org_form(
                "Verein <b>Vielfalt</b>",
                "association",
                "DE-SN",
                "Ein\nText",
                "https://vielfalt.example",
            ),
        )
        .await;
    r.assert_status(StatusCode::SEE_OTHER);
    let id: i64 = r.id_between("/orgs/", "/members");
    app.get(&format!("/orgs/{id}"))
        .await
        .assert_contains("Verein &#60;b&#62;Vielfalt&#60;/b&#62;");
    let r = app
        .post(
            "/admin/users/invite",
            &[
                ("email", "erste@example.org"),
                ("org", &id.to_string()),
                ("role", "admin"),
                ("locale", "tr"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let mail = &app.mails().await[0];
    assert_eq!(mail.locale, "tr");
    assert_ne!(
        mail.subject,
        app.state
            .i18n
            .t_args("de", "mail-invitation-subject", &[("org", "x".into())])
    );
    app.get("/admin/outbox").await.assert_contains("erste@example.org");
    // the admin sees that an invitation went out, not its link (see tests/it/smtp.rs)
    app.get(&format!("/admin/outbox/{}", mail.id))
        .await
        .assert_contains("Einladung (neues Konto)")
        .assert_not_contains("/invitations/");
    app.get("/admin/audit?action=org.create")
        .await
        .assert_contains("org.create")
        .assert_not_contains("<code>invitation.create</code>");
}

#[tokio::test]
async fn double_submits_create_nothing_twice() {
    let (mut app, c) = signed_in("platform@example.org").await;
    let fields = org_form("Neuer Verein", "association", "DE-BE", "", "");
    assert_eq!(app.post("/admin/orgs/new", &fields).await.status, StatusCode::SEE_OTHER);
    let again = app
        .post(
            "/admin/orgs/new",
            &org_form("neuer verein", "association", "DE-BE", "", ""),
        )
        .await;
    assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY);
    again
        .assert_contains("gibt es bereits")
        .assert_contains("value=\"neuer verein\"");
    let invite = [
        ("email", "doppelt@example.org"),
        ("org", ""),
        ("role", "member"),
        ("locale", "de"),
    ];
    let path = format!("/orgs/{}/members/invite", c.org);
    let org_invite = [("email", "doppelt@example.org"), ("role", "member"), ("locale", "de")];
    assert_eq!(app.post(&path, &org_invite).await.status, StatusCode::SEE_OTHER);
    let r = app.post(&path, &org_invite).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("bereits eingeladen");
    // an invitation to the platform alone is a different invitation
    assert_eq!(
        app.post("/admin/users/invite", &invite).await.status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(app.mails().await.len(), 2);
}

const LOGO_PNG: &[u8] = include_bytes!("../../../pdf/tests/fixtures/logo.png");
const LOGO_JPEG: &[u8] = include_bytes!("../../../pdf/tests/fixtures/logo.jpg");

/// The logo: checked by its content (not its name), at most 1 MB, stored and
/// audited, served with its sniffed type, removed after a confirmation; others'
/// admins cannot touch it.
#[tokio::test]
async fn org_admins_upload_a_logo_checked_by_content() {
    let (mut app, c) = with_cast().await;
    let o = c.org;
    let logo = format!("/orgs/{o}/logo");
    app.login("orgadmin@example.org", PASSWORD).await;
    app.get(&format!("/orgs/{o}/edit"))
        .await
        .assert_contains("Noch kein Logo.")
        .assert_contains("enctype=\"multipart/form-data\"")
        .assert_contains("PNG oder JPEG, höchstens 1 MB");

    // a text file named .png, a PDF and a broken PNG are refused beside the field
    let mut broken = LOGO_PNG.to_vec();
    broken.truncate(LOGO_PNG.len() / 2);
    for (name, data) in [
        ("logo.png", b"just text, not an image\n".as_slice()),
        ("logo.png", b"%PDF-1.7\n%%EOF".as_slice()),
        ("logo.png", broken.as_slice()),
    ] {
        let r = app.upload(&logo, "logo", name, data).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{name}");
        r.assert_contains("kein lesbares PNG- oder JPEG-Bild")
            .assert_contains("id=\"f-logo-error\"")
            .assert_contains("aria-invalid=\"true\"");
    }
    // too large (a PNG header followed by 1.1 MB)
    let mut big = LOGO_PNG.to_vec();
    big.resize(1024 * 1024 + 100 * 1024, 0);
    let r = app.upload(&logo, "logo", "big.png", &big).await;
    assert!(
        r.status == StatusCode::UNPROCESSABLE_ENTITY || r.status == StatusCode::PAYLOAD_TOO_LARGE,
        "{}",
        r.status
    );
    if r.status == StatusCode::UNPROCESSABLE_ENTITY {
        r.assert_contains("größer als 1 MB");
    }
    // an empty form
    let r = app.upload(&logo, "logo", "", b"").await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(app.state.store.logo(o).await.unwrap().is_none());
    assert!(!app.audit_actions().await.contains(&"org.logo_upload".to_string()));

    // a PNG named .txt is fine: the content counts
    let r = app.upload(&logo, "logo", "logo.txt", LOGO_PNG).await;
    r.assert_status(StatusCode::SEE_OTHER);
    let stored = app.state.store.logo(o).await.unwrap().unwrap();
    assert_eq!(
        (stored.content_type.as_str(), stored.width, stored.height),
        ("image/png", 480, 160)
    );
    app.assert_audited(&["org.logo_upload"]).await;
    let r = app.get(&logo).await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.headers[header::CONTENT_TYPE], "image/png");
    assert_eq!(r.headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
    assert_eq!(r.bytes, LOGO_PNG);
    // shown on the public page, to anyone
    let anon = app.browser().get(&format!("/orgs/{o}")).await;
    anon.assert_contains(&format!("src=\"/orgs/{o}/logo?v="))
        .assert_contains("alt=\"Logo von \u{2068}Koordinierungsstelle Harz\u{2069}\"");
    let fresh = app.browser().get(&logo).await;
    assert_eq!(fresh.bytes, LOGO_PNG);
    // a response shared caches may keep sets no cookie (it would hand one CSRF cookie to many)
    assert!(fresh.headers[header::CACHE_CONTROL]
        .to_str()
        .unwrap()
        .contains("public"));
    assert!(fresh.headers.get(header::SET_COOKIE).is_none(), "{:?}", fresh.headers);

    // a JPEG replaces it
    let r = app.upload(&logo, "logo", "logo.jpg", LOGO_JPEG).await;
    r.assert_status(StatusCode::SEE_OTHER);
    let r = app.get(&logo).await;
    assert_eq!(r.headers[header::CONTENT_TYPE], "image/jpeg");
    assert_eq!(r.bytes, LOGO_JPEG);

    // another organisation's admin, a member and nobody cannot upload or remove it
    let mut other = app.browser_as("other@example.org").await;
    let r = other.upload(&logo, "logo", "logo.png", LOGO_PNG).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let r = other.post(&format!("{logo}/remove"), &[("confirmed", "true")]).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let mut member = app.browser_as("member@example.org").await;
    let r = member.upload(&logo, "logo", "logo.png", LOGO_PNG).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert_eq!(
        app.state.store.logo(o).await.unwrap().unwrap().content_type,
        "image/jpeg"
    );

    // removing asks first, changes nothing until confirmed, then removes (audited)
    let r = app.post(&format!("{logo}/remove"), &[]).await;
    assert_eq!(r.status, StatusCode::OK);
    r.assert_contains("Ja, Logo entfernen");
    assert!(app.state.store.logo(o).await.unwrap().is_some());
    let r = app.post(&format!("{logo}/remove"), &[("confirmed", "true")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(app.state.store.logo(o).await.unwrap().is_none());
    app.assert_audited(&["org.logo_remove"]).await;
    assert_eq!(app.get(&logo).await.status, StatusCode::NOT_FOUND);
    app.get(&format!("/orgs/{o}")).await.assert_not_contains("/logo?v=");
}
