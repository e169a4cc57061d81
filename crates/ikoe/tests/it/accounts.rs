use axum::http::StatusCode;

use crate::helpers::*;

#[tokio::test]
async fn login_logout_and_same_answer_for_unknown_email() {
    let (mut app, c) = with_cast().await;
    let wrong = app
        .post(
            "/login",
            &[("email", "member@example.org"), ("password", "falsch-falsch-falsch")],
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    wrong
        .assert_contains("E-Mail-Adresse oder Passwort ist falsch.")
        .assert_contains("value=\"member@example.org\"");
    let unknown = app
        .post(
            "/login",
            &[("email", "nobody@example.org"), ("password", "falsch-falsch-falsch")],
        )
        .await;
    assert_eq!(unknown.status, wrong.status);
    unknown.assert_contains("E-Mail-Adresse oder Passwort ist falsch.");

    let r = app.login("member@example.org", PASSWORD).await;
    assert_eq!(r.location(), "/");
    let session1 = app.cookies["ikoe_session"].clone();
    app.get("/profile").await.assert_contains("Mia Mitglied");
    // logging in again rotates the session id
    app.login("member@example.org", PASSWORD).await;
    assert_ne!(app.cookies["ikoe_session"], session1);
    let r = app.post("/logout", &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(!app.cookies.contains_key("ikoe_session"));
    let r = app.get("/profile").await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(r.location(), "/login?next=%2Fprofile");
    app.assert_audited(&["session.login"]).await;
    let _ = c;
}

#[tokio::test]
async fn login_bad_input_and_next_is_local_only() {
    let (mut app, _) = with_cast().await;
    let r = app.post("/login", &[("email", ""), ("password", "")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("error-summary")
        .assert_contains("href=\"#f-email\"")
        .assert_contains("Bitte füllen Sie dieses Feld aus.");
    let r = app
        .post(
            "/login",
            &[
                ("email", "member@example.org"),
                ("password", PASSWORD),
                ("next", "https://evil.example/"),
            ],
        )
        .await;
    assert_eq!(r.location(), "/");
}

/// What the profile page answers this browser: 200 when signed in, 303 (to log in) when not.
async fn profile_status(b: &mut TestApp) -> StatusCode {
    b.get("/profile").await.status
}

/// The fields of a new password and its confirmation.
fn new_password<'a>(password: &'a str, confirm: &'a str) -> [(&'static str, &'a str); 2] {
    [("password", password), ("password_confirm", confirm)]
}

/// The fields of the form that accepts an invitation with a new account.
fn new_account<'a>(name: &'a str, password: &'a str, consent: bool) -> Vec<(&'static str, &'a str)> {
    let mut fields = vec![("name", name), ("password", password), ("password_confirm", password)];
    if consent {
        fields.push(("consent", "yes"));
    }
    fields
}

/// The fields of an organisation's invitation form.
fn invitation<'a>(email: &'a str, role: &'a str, locale: &'a str) -> [(&'static str, &'a str); 3] {
    [("email", email), ("role", role), ("locale", locale)]
}

async fn try_login(b: &mut TestApp, password: &str) -> StatusCode {
    b.post("/login", &[("email", "member@example.org"), ("password", password)])
        .await
        .status
}

/// Guessing is slowed down per account and client with growing waits; failures elsewhere
/// never keep the owner out of a browser they logged in with before; an office behind one
/// address does not lock itself out by logging in; the counts hold across nodes.
#[tokio::test]
async fn guessing_is_slowed_without_locking_out_the_owner() {
    use ikoe::web::accounts::throttle::{wait_after, FREE_FAILURES};
    let app = TestApp::with_config(|c| {
        c.trust_proxy = true;
        c.login_max_failures = 8;
        c.login_max_per_ip = 6;
    })
    .await;
    cast(&app).await;
    const WRONG: &str = "falsch-falsch-falsch";
    // the owner logs in once from their browser (which is then known to the account)
    let mut owner = app.browser();
    owner.forwarded_for = Some("10.0.0.1".into());
    owner.login("member@example.org", PASSWORD).await;
    assert!(owner.cookies.contains_key("ikoe_device"));
    owner.post("/logout", &[]).await;

    // an attacker elsewhere: FREE_FAILURES tries, then waits, even with the right password
    let mut attacker = app.browser();
    attacker.forwarded_for = Some("10.6.6.6".into());
    for _ in 0..FREE_FAILURES {
        let status = try_login(&mut attacker, WRONG).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    }
    let status = try_login(&mut attacker, PASSWORD).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    // a second node (same database) sees the same count
    let other_node = store::Store::connect(&app.state.config.database_url, 2).await.unwrap();
    let strikes = other_node
        .strikes("login-pair:member@example.org:ip:10.6.6.6", app.state.now(), 3600)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(strikes.count, FREE_FAILURES);
    // the wait grows: after it the attacker gets one more try, then a longer wait
    app.clock().advance(wait_after(FREE_FAILURES) + 1);
    let status = try_login(&mut attacker, WRONG).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    app.clock().advance(wait_after(FREE_FAILURES) + 1);
    let status = try_login(&mut attacker, WRONG).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS, "the second wait is longer");

    // the owner, from their known browser, gets in — even from the attacker's address
    owner.forwarded_for = Some("10.6.6.6".into());
    owner.login("member@example.org", PASSWORD).await;
    owner.post("/logout", &[]).await;
    // and from a new browser elsewhere too, while the account limit is not reached
    let mut laptop = app.browser();
    laptop.forwarded_for = Some("10.0.0.2".into());
    laptop.login("member@example.org", PASSWORD).await;

    // many addresses guessing reach the account's limit: unknown browsers are refused,
    // the owner's known browser is not
    for n in 0..8 {
        let mut b = app.browser();
        b.forwarded_for = Some(format!("10.7.0.{n}"));
        let _ = try_login(&mut b, WRONG).await;
    }
    let mut stranger = app.browser();
    stranger.forwarded_for = Some("10.0.0.3".into());
    let status = try_login(&mut stranger, PASSWORD).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    owner.forwarded_for = Some("10.0.0.1".into());
    owner.login("member@example.org", PASSWORD).await;

    // an office behind one address: successful log-ins do not count towards its limit
    app.clock().advance(app.state.config.login_window_secs + 1);
    for _ in 0..8 {
        let mut colleague = app.browser();
        colleague.forwarded_for = Some("10.9.9.9".into());
        colleague.login("orgadmin@example.org", PASSWORD).await;
    }
}

#[tokio::test]
async fn sessions_expire_when_idle_and_log_out_everywhere() {
    let (mut app, _) = signed_in("member@example.org").await;
    let mut phone = app.browser_as("member@example.org").await;
    app.clock().advance(3600);
    assert_eq!(profile_status(&mut app).await, StatusCode::OK);
    app.clock().advance(app.state.config.session_idle_secs + 1);
    assert_eq!(
        profile_status(&mut app).await,
        StatusCode::SEE_OTHER,
        "idle session must end"
    );

    app.login("member@example.org", PASSWORD).await;
    phone.login("member@example.org", PASSWORD).await;
    let r = app.post("/profile/logout-everywhere", &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(
        profile_status(&mut phone).await,
        StatusCode::SEE_OTHER,
        "other device logged out"
    );
}

#[tokio::test]
async fn sessions_end_at_the_absolute_limit_even_when_active() {
    let (mut app, _) = signed_in("member@example.org").await;
    let cfg = app.state.config.clone();
    let step = cfg.session_idle_secs / 2;
    let mut elapsed = 0;
    while elapsed + step < cfg.session_absolute_secs {
        app.clock().advance(step);
        elapsed += step;
        assert_eq!(
            profile_status(&mut app).await,
            StatusCode::OK,
            "active after {elapsed} s"
        );
    }
    app.clock().advance(step);
    assert_eq!(profile_status(&mut app).await, StatusCode::SEE_OTHER, "absolute expiry");
}

#[tokio::test]
async fn invitation_flow_by_org_admin() {
    let (mut app, c) = signed_in("orgadmin@example.org").await;
    let r = app
        .post(
            &format!("/orgs/{}/members/invite", c.org),
            &invitation("Neu@Example.org", "member", "ar"),
        )
        .await;
    r.assert_status(StatusCode::SEE_OTHER);
    let mails = app.mails().await;
    assert_eq!(mails[0].to_addr, "neu@example.org");
    assert_eq!(mails[0].locale, "ar");
    assert!(
        mails[0].body.contains("Olga Admin") && mails[0].body.contains("Koordinierungsstelle Harz"),
        "{}",
        mails[0].body
    );
    let link = app.link_in_mail_to("neu@example.org").await;
    assert!(link.starts_with("/invitations/"));

    let mut invitee = app.browser();
    invitee.get(&link).await.assert_contains("neu@example.org");
    // bad input: keeps what was typed, creates nothing
    let r = invitee
        .post(&link, &new_account("<script>alert(1)</script>", "kurz", false))
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("&#60;script&#62;alert(1)&#60;/script&#62;")
        .assert_not_contains("<script>alert(1)");
    r.assert_contains("mindestens 10 Zeichen")
        .assert_contains("Datenschutzhinweise gelesen");
    // a name in Arabic and Latin with combining characters is fine
    let name = "Amira أميرة Zoe\u{0308}";
    let r = invitee.post(&link, &new_account(name, PASSWORD, true)).await;
    r.assert_status(StatusCode::SEE_OTHER);
    assert_eq!(r.location(), format!("/orgs/{}", c.org));
    invitee.get("/profile").await.assert_contains(name);
    // the link works once: a reused link or a double submit creates nothing
    let again = app.browser().post(&link, &new_account("X Y", PASSWORD, true)).await;
    assert_eq!(again.status, StatusCode::GONE);
    again.assert_contains("bereits angenommen");
    let members = app.state.store.members(c.org).await.unwrap();
    assert_eq!(members.iter().filter(|m| m.email == "neu@example.org").count(), 1);
    // consent recorded
    let uid = members.iter().find(|m| m.email == "neu@example.org").unwrap().user_id;
    assert_eq!(app.state.store.consents_of(uid).await.unwrap().len(), 1);
    let actions = app.audit_actions().await;
    assert!(actions.contains(&"invitation.create".into()) && actions.contains(&"invitation.accept".into()));
}

#[tokio::test]
async fn invitation_expires_and_unknown_link() {
    let (mut app, c) = signed_in("orgadmin@example.org").await;
    app.post(
        &format!("/orgs/{}/members/invite", c.org),
        &invitation("spaet@example.org", "member", "de"),
    )
    .await;
    let link = app.link_in_mail_to("spaet@example.org").await;
    app.clock().advance(app.state.config.invitation_ttl_secs + 1);
    let mut b = app.browser();
    let r = b.get(&link).await;
    assert_eq!(r.status, StatusCode::GONE);
    r.assert_contains("abgelaufen");
    let r = b.post(&link, &new_account("Spät", PASSWORD, true)).await;
    assert_eq!(r.status, StatusCode::GONE);
    assert_eq!(b.get("/invitations/forged-token").await.status, StatusCode::GONE);
}

#[tokio::test]
async fn invite_bad_input() {
    let (mut app, c) = signed_in("orgadmin@example.org").await;
    let path = format!("/orgs/{}/members/invite", c.org);
    let r = app.post(&path, &invitation("kein-at", "member", "de")).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("value=\"kein-at\"")
        .assert_contains("name@beispiel.de");
    let r = app
        .post(
            &path,
            &invitation("x@example.org\r\nBcc: y@example.org", "member", "de"),
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let r = app.post(&path, &invitation("member@example.org", "member", "de")).await;
    r.assert_contains("bereits Mitglied");
    let r = app.post(&path, &invitation("a@example.org", "owner", "xx")).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let long = format!("{}@example.org", "a".repeat(300));
    assert_eq!(
        app.post(&path, &invitation(&long, "member", "de")).await.status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    assert!(app.mails().await.is_empty(), "no mail for bad input");
    // an existing account gets an invitation too: the same answer, nobody added without consent
    let r = app.post(&path, &invitation("other@example.org", "member", "de")).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(r.location(), format!("/orgs/{}/members", c.org));
    assert_eq!(app.mails().await.len(), 1);
    assert!(!app.is_member(c.org, c.other).await);
    let link = app.link_in_mail_to("other@example.org").await;
    // not signed in, or signed in as someone else: asked to sign in, nothing happens
    let mut stranger = app.browser();
    stranger.get(&link).await.assert_contains("bestehendes Konto");
    assert_eq!(stranger.post(&link, &[]).await.status, StatusCode::UNPROCESSABLE_ENTITY);
    stranger.login("member@example.org", PASSWORD).await;
    assert_eq!(stranger.post(&link, &[]).await.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(!app.is_member(c.org, c.other).await);
    // the invited person signs in and accepts
    let mut other = app.browser();
    let r = other.get(&link).await;
    assert!(r.body.contains(&format!("/login?next={link}")), "{}", r.body);
    other.login("other@example.org", PASSWORD).await;
    other.get(&link).await.assert_contains("Einladung annehmen");
    let r = other.post(&link, &[]).await;
    assert_eq!(r.location(), format!("/orgs/{}", c.org));
    assert!(app.is_member(c.org, c.other).await);
    assert_eq!(other.post(&link, &[]).await.status, StatusCode::GONE, "works once");
}

#[tokio::test]
async fn forgotten_password_flow() {
    let (mut app, _) = with_cast().await;
    let known = app.post("/password/forgot", &[("email", "member@example.org")]).await;
    let unknown = app.post("/password/forgot", &[("email", "nobody@example.org")]).await;
    assert_eq!(known.status, StatusCode::OK);
    assert_eq!(known.status, unknown.status);
    known.assert_contains("Wenn es zu dieser Adresse ein Konto gibt");
    unknown.assert_contains("Wenn es zu dieser Adresse ein Konto gibt");
    assert_eq!(app.mails().await.len(), 1);
    let link = app.link_in_mail_to("member@example.org").await;

    let mut b = app.browser_as("member@example.org").await;
    let r = app
        .post(&link, &new_password("neues-passwort-1", "anders-passwort-1"))
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let r = app
        .post(&link, &new_password("neues-passwort-1", "neues-passwort-1"))
        .await;
    assert_eq!(r.location(), "/login");
    assert_eq!(
        profile_status(&mut b).await,
        StatusCode::SEE_OTHER,
        "reset ends other sessions"
    );
    app.login("member@example.org", "neues-passwort-1").await;
    let r = app
        .post(&link, &new_password("drittes-passwort-1", "drittes-passwort-1"))
        .await;
    assert_eq!(r.status, StatusCode::GONE, "link works once");
}

#[tokio::test]
async fn change_password_profile_export_and_delete() {
    let (mut app, c) = signed_in("member@example.org").await;
    let change = |current| {
        let [password, confirm] = new_password("neues-passwort-1", "neues-passwort-1");
        [("current", current), password, confirm]
    };
    let r = app.post("/profile/password", &change("falsch")).await;
    r.assert_contains("aktuelle Passwort ist falsch");
    let r = app.post("/profile/password", &change(PASSWORD)).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(
        profile_status(&mut app).await,
        StatusCode::OK,
        "still signed in after change"
    );

    let r = app.post("/profile", &[("name", ""), ("locale", "de")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let r = app.post("/profile", &[("name", "Mia\nBcc: x"), ("locale", "de")]).await;
    r.assert_contains("Zeilenumbrüche");
    let r = app.post("/profile", &[("name", "Mia Neu"), ("locale", "fa")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let p = app.get("/profile").await;
    p.assert_contains("lang=\"fa\" dir=\"rtl\"").assert_contains("Mia Neu");

    let r = app.get("/profile/export").await;
    r.assert_attachment();
    let json: serde_json::Value = serde_json::from_str(&r.body).unwrap();
    assert_eq!(json["users"][0]["email"], "member@example.org");
    assert_eq!(json["memberships"][0]["org_id"], c.org);
    assert!(json["audit_log"].as_array().unwrap().len() >= 2);

    let r = app.post("/profile/delete", &[("password", "falsch")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let r = app.post("/profile/delete", &[("password", "neues-passwort-1")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let u = app.state.store.user_by_id(c.member).await.unwrap().unwrap();
    assert_eq!(u.status, domain::accounts::UserStatus::Deleted);
    assert!(!u.email.contains("member@example.org") && !u.name.contains("Mia"));
    assert!(!app.is_member(c.org, c.member).await);
    let audit = app.state.store.audit_by_actor(c.member).await.unwrap();
    assert!(audit.iter().any(|a| a.action == "user.delete"));
    assert!(audit
        .iter()
        .all(|a| a.actor_name.as_deref() == Some(&format!("#{}", c.member))));
    assert_eq!(
        app.post(
            "/login",
            &[("email", "member@example.org"), ("password", "neues-passwort-1")]
        )
        .await
        .status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
}

#[tokio::test]
async fn csrf_missing_or_wrong_changes_nothing() {
    let (mut app, c) = signed_in("orgadmin@example.org").await;
    let path = format!("/orgs/{}/members/invite", c.org);
    let fields = [("email", "csrf@example.org"), ("role", "member"), ("locale", "de")];
    let r = app.post_raw(&path, &fields).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    r.assert_contains("Formular abgelaufen");
    let mut with_wrong = vec![("_csrf", "AAAA")];
    with_wrong.extend_from_slice(&fields);
    assert_eq!(app.post_raw(&path, &with_wrong).await.status, StatusCode::FORBIDDEN);
    // another browser's token does not fit this browser's cookie
    let mut other = app.browser();
    let foreign = other.csrf().await;
    let mut with_foreign = vec![("_csrf", foreign.as_str())];
    with_foreign.extend_from_slice(&fields);
    assert_eq!(app.post_raw(&path, &with_foreign).await.status, StatusCode::FORBIDDEN);
    assert!(app.mails().await.is_empty());
    assert!(!app.audit_actions().await.contains(&"invitation.create".to_string()));
    // login without token is refused as well
    let mut fresh = app.browser();
    assert_eq!(
        fresh
            .post_raw("/login", &[("email", "member@example.org"), ("password", PASSWORD)])
            .await
            .status,
        StatusCode::FORBIDDEN
    );
}

#[tokio::test]
async fn a_reset_ends_every_other_reset_link() {
    let (mut app, _) = with_cast().await;
    app.post("/password/forgot", &[("email", "member@example.org")]).await;
    let old = app.link_in_mail_to("member@example.org").await;
    app.clock().advance(10);
    app.post("/password/forgot", &[("email", "member@example.org")]).await;
    let new = app.link_in_mail_to("member@example.org").await;
    assert_ne!(old, new);
    let pw = new_password("neues-passwort-1", "neues-passwort-1");
    assert_eq!(app.post(&new, &pw).await.status, StatusCode::SEE_OTHER);
    assert_eq!(app.post(&old, &pw).await.status, StatusCode::GONE);
}

#[tokio::test]
async fn deletion_is_refused_for_a_sole_admin_and_removes_the_address_everywhere() {
    let (mut app, c) = with_cast().await;
    // the only admin of an organisation cannot simply leave it without an admin
    app.login("orgadmin@example.org", PASSWORD).await;
    let r = app.post("/profile/delete", &[("password", PASSWORD)]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("einzige Administration");
    // so can the only platform admin
    let mut platform = app.browser_as("platform@example.org").await;
    let r = platform.post("/profile/delete", &[("password", PASSWORD)]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("einzige Administration");
    // an invitation to the member's address, then the member deletes the account
    app.post(
        &format!("/orgs/{}/members/{}/role", c.org, c.member),
        &[("role", "member")],
    )
    .await;
    let mut admin = app.browser_as("platform@example.org").await;
    admin
        .post(
            "/admin/users/invite",
            &[
                ("email", "member@example.org"),
                ("org", &c.other_org.to_string()),
                ("role", "member"),
                ("locale", "de"),
            ],
        )
        .await;
    assert!(app.mails().await.iter().any(|m| m.to_addr == "member@example.org"));
    let mut m = app.browser_as("member@example.org").await;
    assert_eq!(
        m.post("/profile/delete", &[("password", PASSWORD)]).await.status,
        StatusCode::SEE_OTHER
    );
    assert!(app.mails().await.iter().all(|m| m.to_addr != "member@example.org"));
    let audit = app
        .state
        .store
        .audit_list(&Default::default(), 1000, 0)
        .await
        .unwrap()
        .0;
    assert!(
        audit.iter().all(|a| !a.detail.contains("member@example.org")),
        "{audit:?}"
    );
    assert!(app
        .state
        .store
        .open_invitations(c.other_org, app.state.now())
        .await
        .unwrap()
        .is_empty());
}

#[tokio::test]
async fn current_password_guesses_are_limited() {
    use ikoe::web::accounts::throttle::{wait_after, FREE_FAILURES};
    let (mut app, _) = signed_in("member@example.org").await;
    for _ in 0..FREE_FAILURES {
        let r = app.post("/profile/delete", &[("password", "geraten-geraten")]).await;
        r.assert_contains("aktuelle Passwort ist falsch");
    }
    let r = app.post("/profile/delete", &[("password", PASSWORD)]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("Zu viele Versuche");
    assert_eq!(
        app.state
            .store
            .user_by_id(cast_member(&app).await)
            .await
            .unwrap()
            .unwrap()
            .status,
        domain::accounts::UserStatus::Active
    );
    // after the wait, the right password works
    app.clock().advance(wait_after(FREE_FAILURES) + 1);
    let r = app.post("/profile/delete", &[("password", PASSWORD)]).await;
    r.assert_status(StatusCode::SEE_OTHER);
}

async fn cast_member(app: &TestApp) -> i64 {
    app.state
        .store
        .user_by_email(&domain::accounts::Email::parse("member@example.org").unwrap())
        .await
        .unwrap()
        .unwrap()
        .id
}

#[tokio::test]
async fn a_platform_admin_grants_and_revokes_admin_rights() {
    let (mut app, c) = signed_in("platform@example.org").await;
    let is_admin = |app: &TestApp| {
        let store = app.state.store.clone();
        let id = c.member;
        async move { store.user_by_id(id).await.unwrap().unwrap().is_platform_admin() }
    };
    assert!(!is_admin(&app).await);
    let url = format!("/admin/users/{}/platform-admin", c.member);
    let r = app.post(&url, &[("on", "true")]).await;
    r.assert_status(StatusCode::SEE_OTHER);
    assert!(is_admin(&app).await);
    let r = app.post(&url, &[("on", "false")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(!is_admin(&app).await);
    // anything else is no answer of the form
    let r = app.post(&url, &[("on", "yes")]).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(!is_admin(&app).await);
    // nobody takes away their own rights
    let r = app
        .post(
            &format!("/admin/users/{}/platform-admin", c.platform),
            &[("on", "false")],
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
}

/// The CSRF token is renewed at log-in and log-out: one seen before does not outlive it.
#[tokio::test]
async fn the_csrf_token_is_renewed_at_log_in_and_log_out() {
    let (mut app, _) = with_cast().await;
    let anonymous = app.csrf().await;
    app.login("member@example.org", PASSWORD).await;
    let signed_in = app.csrf().await;
    assert_ne!(anonymous, signed_in);
    let r = app.post_raw("/logout", &[("_csrf", &anonymous)]).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "the old token is refused");
    let r = app.post("/logout", &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_ne!(app.csrf().await, signed_in);
}

/// Upload forms carry the CSRF token as their first field, never in the address: the token
/// would otherwise show in logs and in the links of an error page.
#[test]
fn upload_forms_keep_the_csrf_token_out_of_the_address() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("templates");
    let mut stack = vec![dir];
    let mut uploads = 0;
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(d).unwrap() {
            let path = e.unwrap().path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            assert!(!text.contains("_csrf="), "{} puts the token in a URL", path.display());
            for (at, _) in text.match_indices("enctype=\"multipart/form-data\"") {
                uploads += 1;
                let rest = &text[at..];
                let first_field = rest.find("name=\"").map(|i| &rest[i..i + 12]);
                assert_eq!(first_field, Some("name=\"_csrf\""), "{}", path.display());
            }
        }
    }
    assert!(uploads >= 7, "found only {uploads} upload forms");
}

/// An upload whose first field is not a valid token is refused before its file is read.
#[tokio::test]
async fn uploads_without_a_token_first_are_refused() {
    let (mut app, _) = signed_in("orgadmin@example.org").await;
    let token = app.csrf().await;
    for body in [
        // the token in the address only
        "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\nhallo\r\n--x--\r\n"
            .to_string(),
        // the token after the file
        format!(
            "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\nhallo\r\n\
             --x\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n{token}\r\n--x--\r\n"
        ),
        // a wrong token first
        "--x\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\nAAAA\r\n--x--\r\n".to_string(),
    ] {
        let path = format!("/spaces/1/files?_csrf={token}");
        let r = app.post_body(&path, "multipart/form-data; boundary=x", &[], body).await;
        r.assert_status(StatusCode::FORBIDDEN);
    }
}

/// Media types are case-insensitive: `Multipart/Form-Data` is an upload, and its token must
/// be the first multipart field like any other upload's.
#[tokio::test]
async fn an_upload_in_mixed_case_is_still_an_upload() {
    let (mut app, _) = signed_in("orgadmin@example.org").await;
    let token = app.csrf().await;
    let body = format!("_csrf={token}&z=\r\n--B\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\nhallo\r\n--B--\r\n");
    let r = app
        .post_body("/spaces/1/files", "Multipart/Form-Data; boundary=B", &[], body)
        .await;
    r.assert_status(StatusCode::FORBIDDEN);
}

/// The only admin of a space cannot delete their account and leave the space without one;
/// with a second admin they can.
#[tokio::test]
async fn the_only_admin_of_a_space_names_another_before_leaving() {
    let (mut app, c) = signed_in("member@example.org").await;
    let space = crate::spaces::create_space_described(&mut app, "Arbeitsgruppe", "", false).await;
    let r = app.post("/profile/delete", &[("password", PASSWORD)]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("eines Raums");
    // a second admin (the other organisation's admin, added directly)
    app.state
        .store
        .add_space_user(
            app.state.now(),
            c.member,
            space,
            c.other,
            domain::spaces::SpaceRole::Admin,
            &[],
        )
        .await
        .unwrap();
    let r = app.post("/profile/delete", &[("password", PASSWORD)]).await;
    r.assert_status(StatusCode::SEE_OTHER);
}

/// The profile page has its sections in order (personal details,
/// registrations and calendar, organisations, security, data), an in-page
/// list of them, and names each signed-in device in words, with the raw
/// browser string behind a disclosure (issue 11.9).
#[tokio::test]
async fn profile_sections_and_readable_devices() {
    let (mut app, _) = signed_in("member@example.org").await;
    // a second login from an iPhone
    const IPHONE: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";
    let mut phone = app.browser();
    let token = phone.csrf().await;
    let body = url::form_urlencoded::Serializer::new(String::new())
        .extend_pairs([
            ("_csrf", token.as_str()),
            ("email", "member@example.org"),
            ("password", PASSWORD),
        ])
        .finish();
    let user_agent = [(axum::http::header::USER_AGENT, IPHONE)];
    let r = phone
        .post_body("/login", "application/x-www-form-urlencoded", &user_agent, body)
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);

    let page = app.get("/profile").await;
    page.assert_contains("Safari auf iPhone")
        // the test client sends no User-Agent
        .assert_contains("Unbekannter Browser")
        .assert_contains(&format!(r#"<code dir="ltr" class="break">{IPHONE}</code>"#))
        .assert_contains(r##"<a href="#registrations">Anmeldungen und Kalender</a>"##);
    let at = |s: &str| page.body.find(s).unwrap_or_else(|| panic!("{s} missing"));
    let headings = [
        r#"<h2 id="personal""#,
        r#"<h2 id="registrations""#,
        r#"href="/profile/registrations""#,
        r#"href="/profile/calendar""#,
        r#"<h2 id="orgs""#,
        r#"<h2 id="security""#,
        r#"href="/profile/password""#,
        r#"<h2 id="data""#,
        r#"href="/profile/delete""#,
    ];
    for pair in headings.windows(2) {
        assert!(at(pair[0]) < at(pair[1]), "{} before {}", pair[0], pair[1]);
    }
    // in Arabic the sentence is translated
    app.post("/language", &[("lang", "ar"), ("next", "/")]).await;
    app.get("/profile")
        .await
        .assert_contains("Safari على iPhone")
        .assert_contains("متصفح غير معروف");
}
