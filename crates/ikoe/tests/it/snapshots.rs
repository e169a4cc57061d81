//! Snapshots of what people see: pages in German and Arabic, e-mails.
//! Review changes with `cargo insta review` (or accept with INSTA_UPDATE=always).

use crate::helpers::*;

fn settings() -> insta::Settings {
    let mut s = insta::Settings::clone_current();
    s.add_filter(r#"name="_csrf" value="[^"]+""#, r#"name="_csrf" value="[csrf]""#);
    s.add_filter(r"/invitations/[A-Za-z0-9_-]{20,}", "/invitations/[token]");
    s.add_filter(r"/orgs/\d+", "/orgs/[id]");
    s.set_snapshot_path("../snapshots");
    s.set_prepend_module_to_snapshot(false);
    s
}

#[tokio::test]
async fn login_page_in_german_and_arabic() {
    let mut app = TestApp::new().await;
    let de = app.get("/login").await.body;
    app.post("/language", &[("lang", "ar"), ("next", "/")]).await;
    let ar = app.get("/login").await.body;
    settings().bind(|| {
        insta::assert_snapshot!("login_de", de);
        insta::assert_snapshot!("login_ar", ar);
    });
}

#[tokio::test]
async fn invitation_mail_in_german_and_arabic() {
    let (mut app, c) = signed_in("orgadmin@example.org").await;
    for (email, locale) in [("neu-de@example.org", "de"), ("neu-ar@example.org", "ar")] {
        app.post(
            &format!("/orgs/{}/members/invite", c.org),
            &[("email", email), ("role", "member"), ("locale", locale)],
        )
        .await;
    }
    let mails = app.mails().await;
    let text = |to: &str| {
        let m = mails.iter().find(|m| m.to_addr == to).unwrap();
        format!("Subject: {}\n\n{}", m.subject, m.body)
    };
    let (de, ar) = (text("neu-de@example.org"), text("neu-ar@example.org"));
    settings().bind(|| {
        insta::assert_snapshot!("mail_invitation_de", de);
        insta::assert_snapshot!("mail_invitation_ar", ar);
    });
}
