//! Network spaces: creating, members (organisations and people) with roles,
//! requests to join, privacy, discussions with Markdown through the
//! sanitiser, edit history, unread markers and "new since your last visit".

use axum::http::StatusCode;
use domain::spaces::{NotifyMode, SpaceRole};

use crate::helpers::*;

/// Creates a space through the form as the signed-in user; returns its id.
pub async fn create_space(app: &mut TestApp, name: &str, listed: bool) -> i64 {
    create_space_described(app, name, "Austausch zwischen den Treffen.", listed).await
}

/// Creates a space with this description through the form as the signed-in user; returns its id.
pub async fn create_space_described(app: &mut TestApp, name: &str, description: &str, listed: bool) -> i64 {
    let mut fields = vec![
        ("name", name),
        ("kind", "network"),
        ("description", description),
        ("version", ""),
    ];
    if listed {
        fields.push(("listed", "1"));
    }
    let r = app.post("/spaces/new", &fields).await;
    r.assert_status(StatusCode::SEE_OTHER);
    r.id_after("/spaces/")
}

/// A fresh app with the cast, signed in as the organisation's admin, with a space `name`
/// (not listed) made through the form.
pub async fn admin_with_space(name: &str) -> (TestApp, Cast, i64) {
    let (mut app, c) = signed_in("orgadmin@example.org").await;
    let id = create_space(&mut app, name, false).await;
    (app, c, id)
}

/// Invites an organisation (by the name typed) to the space through the form.
pub async fn invite_org(app: &mut TestApp, space: i64, org: &str, role: &str) -> Resp {
    app.post(&format!("/spaces/{space}/members/org"), &[("org", org), ("role", role)])
        .await
}

/// The id of the first open space invitation `user` can answer.
pub async fn space_invitation_for(app: &TestApp, user: i64) -> i64 {
    let open = app.state.store.space_invitations_for(user, app.state.now()).await;
    open.unwrap()[0].id
}

/// Invites a person (by address) to the space through the form.
pub async fn invite_person(app: &mut TestApp, space: i64, email: &str, role: &str) -> Resp {
    let fields = [("email", email), ("person_role", role)];
    app.post(&format!("/spaces/{space}/members/person"), &fields).await
}

/// Invites a person with an account and lets them accept by the link in their mail.
pub async fn invite_and_accept(app: &mut TestApp, space: i64, email: &str, role: &str) {
    let r = invite_person(app, space, email, role).await;
    r.assert_status(StatusCode::SEE_OTHER);
    let link = app.link_in_mail_to(email).await;
    let mut them = app.browser_as(email).await;
    let r = them.post(&format!("{link}/accept"), &[]).await;
    r.assert_status(StatusCode::SEE_OTHER);
}

/// Starts a thread in `space` through the form as the browser `b`.
pub async fn new_thread(b: &mut TestApp, space: i64, title: &str, body: &str) -> Resp {
    let fields = [("title", title), ("body", body)];
    b.post_mp(&format!("/spaces/{space}/threads/new"), &fields).await
}

fn thread_id(location: &str) -> i64 {
    location.trim_start_matches("/threads/").parse().unwrap()
}

#[tokio::test]
async fn an_office_is_added_posts_a_thread_and_another_member_replies() {
    let (mut app, c, id) = admin_with_space("Netzwerk der Koordinierungsstellen").await;
    app.get(&format!("/spaces/{id}"))
        .await
        .assert_contains("Netzwerk der Koordinierungsstellen")
        .assert_contains("Ihr erster Besuch");

    // the other office is invited as an organisation: its admin is asked and accepts
    let r = invite_org(&mut app, id, "koordinierungsstelle stendal", "member").await;
    r.assert_status(StatusCode::SEE_OTHER);
    let mails = app.mails().await;
    let asked = mails.iter().find(|m| m.to_addr == "other@example.org").unwrap();
    assert!(
        !asked.subject.contains("Netzwerk der Koordinierungsstellen"),
        "{}",
        asked.subject
    );
    assert!(asked.body.contains("Netzwerk der Koordinierungsstellen"));
    assert!(asked.body.contains("/spaces#invitations"));
    let mut otto = app.browser_as("other@example.org").await;
    assert_eq!(otto.get(&format!("/spaces/{id}")).await.status, StatusCode::NOT_FOUND);
    let inv = space_invitation_for(&app, c.other).await;
    let r = otto.post(&format!("/space-invitations/{inv}/accept"), &[]).await;
    r.assert_status(StatusCode::SEE_OTHER);

    // someone of that office starts a thread
    otto.get("/spaces")
        .await
        .assert_contains("Netzwerk der Koordinierungsstellen");
    let r = new_thread(
        &mut otto,
        id,
        "Ideenwerkstatt im Frühjahr",
        "Wer **hostet** das nächste Treffen? <script>alert(1)</script>",
    )
    .await;
    r.assert_status(StatusCode::SEE_OTHER);
    let t = thread_id(r.location());
    otto.get(&format!("/threads/{t}"))
        .await
        .assert_contains("<strong>hostet</strong>")
        .assert_contains("&lt;script&gt;")
        .assert_not_contains("<script>alert");

    // the first office sees it as new and unread
    app.get(&format!("/spaces/{id}"))
        .await
        .assert_contains("1 neues Thema")
        .assert_contains("1 ungelesen");
    let r = app
        .post_mp(&format!("/threads/{t}/reply"), &[("body", "Wir in Halberstadt gern.")])
        .await;
    r.assert_status(StatusCode::SEE_OTHER);
    // replying marks the thread read for the author; the other sees one unread
    app.get(&format!("/spaces/{id}")).await.assert_not_contains("ungelesen");
    otto.get(&format!("/spaces/{id}")).await.assert_contains("1 ungelesen");
    otto.get(&format!("/threads/{t}"))
        .await
        .assert_contains("Wir in Halberstadt gern.")
        .assert_contains(">Neu<");
    otto.get(&format!("/spaces/{id}"))
        .await
        .assert_not_contains("ungelesen");

    app.assert_audited(&["space.create", "space.member_add", "thread.create", "post.create"])
        .await;
    let _ = c;
}

#[tokio::test]
async fn spaces_are_private_and_readers_do_not_post() {
    let (mut app, _c, id) = admin_with_space("Lenkungskreis Vertraulich").await;
    let r = new_thread(&mut app, id, "Vertraulich", "Nur für uns.").await;
    let t = thread_id(r.location());

    // not a member: the space and its thread do not exist for them, not even for a platform admin
    for who in ["other@example.org", "platform@example.org"] {
        let mut b = app.browser_as(who).await;
        assert_eq!(b.get(&format!("/spaces/{id}")).await.status, StatusCode::NOT_FOUND);
        assert_eq!(b.get(&format!("/threads/{t}")).await.status, StatusCode::NOT_FOUND);
        b.get("/spaces").await.assert_not_contains("Lenkungskreis Vertraulich");
        let r = b.post_mp(&format!("/threads/{t}/reply"), &[("body", "Hallo")]).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND);
    }
    // anonymous: sign in first
    let r = app.browser().get(&format!("/spaces/{id}")).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);

    // a reader reads but does not post
    invite_and_accept(&mut app, id, "other@example.org", "reader").await;
    let mut reader = app.browser_as("other@example.org").await;
    reader
        .get(&format!("/threads/{t}"))
        .await
        .assert_contains("Nur für uns.")
        .assert_not_contains("Antwort senden");
    let r = reader
        .post_mp(&format!("/threads/{t}/reply"), &[("body", "Hallo")])
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert_eq!(app.state.store.posts(t).await.unwrap().len(), 1);
}

#[tokio::test]
async fn requests_to_join_a_listed_space_are_accepted_or_declined() {
    let (mut app, _c) = signed_in("orgadmin@example.org").await;
    let id = create_space(&mut app, "Expertennetzwerk", true).await;
    let mut otto = app.browser_as("other@example.org").await;
    otto.get("/spaces").await.assert_contains("Expertennetzwerk");
    otto.get(&format!("/spaces/{id}"))
        .await
        .assert_contains("Um Aufnahme bitten")
        .assert_not_contains("Neues Thema");
    // a message that is too long is refused beside the field, kept, and nothing is asked
    let long = "Sehr lang. ".repeat(200);
    let r = otto.post(&format!("/spaces/{id}/request"), &[("message", &long)]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("field--error")
        .assert_contains("Sehr lang. Sehr lang.");
    assert!(app.state.store.space_requests(id).await.unwrap().is_empty());
    let r = otto
        .post(
            &format!("/spaces/{id}/request"),
            &[("message", "Ich arbeite im Landkreis Stendal.")],
        )
        .await;
    r.assert_status(StatusCode::SEE_OTHER);
    otto.get(&format!("/spaces/{id}"))
        .await
        .assert_contains("Sie haben um Aufnahme gebeten");
    let asked = app.mails().await;
    assert!(asked
        .iter()
        .any(|m| m.to_addr == "orgadmin@example.org" && m.subject.contains("Anfrage")));

    let page = app.get(&format!("/spaces/{id}/members")).await;
    page.assert_contains("Ich arbeite im Landkreis Stendal.");
    let req = app.state.store.space_requests(id).await.unwrap()[0].id;
    let r = app.post(&format!("/spaces/{id}/requests/{req}/accept"), &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(app
        .mails()
        .await
        .iter()
        .any(|m| m.to_addr == "other@example.org" && m.subject.contains("Willkommen")));
    otto.get(&format!("/spaces/{id}")).await.assert_contains("Neues Thema");

    // a request by someone else is declined
    let mut mia = app.browser_as("member@example.org").await;
    // Mia belongs to the creator's organisation but not to the space (the creator joined alone)
    mia.post(&format!("/spaces/{id}/request"), &[("message", "")]).await;
    let req = app.state.store.space_requests(id).await.unwrap()[0].id;
    app.post(&format!("/spaces/{id}/requests/{req}/decline"), &[]).await;
    assert!(app.state.store.space_requests(id).await.unwrap().is_empty());
    assert!(app
        .mails()
        .await
        .iter()
        .any(|m| m.to_addr == "member@example.org" && m.subject.contains("Ihre Anfrage")));
}

#[tokio::test]
async fn bad_input_changes_nothing_and_a_space_keeps_an_admin() {
    let (mut app, _c) = signed_in("orgadmin@example.org").await;
    let r = app
        .post(
            "/spaces/new",
            &[
                ("name", "  "),
                ("kind", "club"),
                ("description", "Text"),
                ("version", ""),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("f-name-error").assert_contains("Text");
    let id = create_space(&mut app, "Arbeitsgruppe Leitbild", false).await;

    let r = invite_org(&mut app, id, "Gibt es nicht", "member").await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("Eine Organisation mit diesem Namen gibt es nicht")
        .assert_contains("value=\"Gibt es nicht\"");
    let r = invite_person(&mut app, id, "niemand@example", "admin").await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("f-email-error")
        .assert_contains("value=\"niemand@example\"");
    let r = invite_person(&mut app, id, "orgadmin@example.org", "member").await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("Gehört schon zu diesem Raum");

    // the only admin cannot demote or remove themself
    let members = app.state.store.space_members(id).await.unwrap();
    assert_eq!(members.len(), 1);
    let me = members[0].id;
    let r = app
        .post(&format!("/spaces/{id}/members/{me}/role"), &[("role", "member")])
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("mindestens eine Verwaltung");
    let r = app
        .post(&format!("/spaces/{id}/members/{me}/remove"), &[("confirmed", "true")])
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        app.state.store.space_members(id).await.unwrap()[0].role,
        SpaceRole::Admin
    );

    // threads and posts: empty, too long, bidi override; what was typed stays
    let r = new_thread(&mut app, id, "a\u{202E}b", " ").await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("f-title-error").assert_contains("f-body-error");
    let long = "x".repeat(20_001);
    let r = new_thread(&mut app, id, "Lang", &long).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(app.state.store.thread_count(id).await.unwrap(), 0);
}

#[tokio::test]
async fn editing_keeps_the_history_and_a_stale_edit_overwrites_nothing() {
    let (mut app, _c, id) = admin_with_space("Netzwerk").await;
    let r = new_thread(&mut app, id, "Termine", "Erste Fassung").await;
    let t = thread_id(r.location());
    let post = app.state.store.posts(t).await.unwrap()[0].clone();
    app.get(&format!("/posts/{}/edit", post.id))
        .await
        .assert_contains("Erste Fassung");
    let r = app
        .post(
            &format!("/posts/{}/edit", post.id),
            &[("body", "Zweite Fassung"), ("version", &post.version.to_string())],
        )
        .await;
    r.assert_status(StatusCode::SEE_OTHER);
    // a second tab still holds the old version: told, nothing overwritten, its text kept
    let r = app
        .post(
            &format!("/posts/{}/edit", post.id),
            &[
                ("body", "Dritte Fassung aus altem Tab"),
                ("version", &post.version.to_string()),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("Dritte Fassung aus altem Tab")
        .assert_contains("Zweite Fassung");
    app.get(&format!("/threads/{t}"))
        .await
        .assert_contains("Zweite Fassung")
        .assert_contains("bearbeitet am");
    app.get(&format!("/posts/{}/history", post.id))
        .await
        .assert_contains("Erste Fassung")
        .assert_contains("Zweite Fassung");

    // only the author edits
    invite_and_accept(&mut app, id, "member@example.org", "member").await;
    let mut mia = app.browser_as("member@example.org").await;
    assert_eq!(
        mia.get(&format!("/posts/{}/edit", post.id)).await.status,
        StatusCode::FORBIDDEN
    );
    app.assert_audited(&["post.edit"]).await;
}

#[tokio::test]
async fn followers_hear_at_once_or_in_a_daily_digest_and_unfollowing_stops_it() {
    let (mut app, c, id) = admin_with_space("Netzwerk").await;
    invite_and_accept(&mut app, id, "other@example.org", "member").await;
    let mut otto = app.browser_as("other@example.org").await;
    let r = new_thread(&mut otto, id, "Gastgeber gesucht", "Wer lädt ein?").await;
    let t = thread_id(r.location());
    otto.get(&format!("/threads/{t}"))
        .await
        .assert_contains("Nicht mehr folgen");

    // immediate (the default): a mail with an excerpt and the link
    app.post_mp(
        &format!("/threads/{t}/reply"),
        &[("body", "Wir laden gern nach Halberstadt ein.")],
    )
    .await;
    let mails = app.mails().await;
    let m = mails
        .iter()
        .find(|m| m.to_addr == "other@example.org" && m.subject.contains("Gastgeber gesucht"))
        .expect("an immediate mail to the thread's author");
    assert!(m.body.contains("Wir laden gern nach Halberstadt ein."), "{}", m.body);
    assert!(m.body.contains(&format!("/threads/{t}")), "{}", m.body);
    let count = |mails: &[store::outbox::Mail]| mails.iter().filter(|m| m.to_addr == "other@example.org").count();
    let before = count(&app.mails().await);

    // digest: nothing at once, one mail when the digest is due, none again the same day
    let r = otto.post("/spaces/notifications", &[("mode", "digest")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    // an unknown mode changes nothing
    let r = otto.post("/spaces/notifications", &[("mode", "sms")]).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert_eq!(app.state.store.notify_mode(c.other).await.unwrap(), NotifyMode::Digest);
    app.post_mp(&format!("/threads/{t}/reply"), &[("body", "Zweite Antwort")])
        .await;
    app.post_mp(&format!("/threads/{t}/reply"), &[("body", "Dritte Antwort")])
        .await;
    assert_eq!(count(&app.mails().await), before, "no mail at once in digest mode");
    assert_eq!(ikoe::jobs::digests::send_digests(&app.state).await.unwrap(), 1);
    let mails = app.mails().await;
    assert_eq!(count(&mails), before + 1);
    let digest = mails
        .iter()
        .find(|m| m.subject.contains("2 neue Beiträge"))
        .expect("the digest");
    assert!(digest.body.contains("Gastgeber gesucht"), "{}", digest.body);
    app.post_mp(&format!("/threads/{t}/reply"), &[("body", "Vierte Antwort")])
        .await;
    assert_eq!(
        ikoe::jobs::digests::send_digests(&app.state).await.unwrap(),
        0,
        "once a day"
    );
    app.clock().advance(86_400);
    assert_eq!(ikoe::jobs::digests::send_digests(&app.state).await.unwrap(), 1);
    assert_eq!(count(&app.mails().await), before + 2);

    // unfollowing: no mail, nothing waiting (a day later the session has lapsed: sign in again)
    otto.login("other@example.org", PASSWORD).await;
    app.login("orgadmin@example.org", PASSWORD).await;
    let r = otto.post(&format!("/threads/{t}/unfollow"), &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    otto.get(&format!("/threads/{t}")).await.assert_contains("Thema folgen");
    app.post_mp(&format!("/threads/{t}/reply"), &[("body", "Fünfte Antwort")])
        .await;
    app.clock().advance(86_400);
    assert_eq!(ikoe::jobs::digests::send_digests(&app.state).await.unwrap(), 0);
    assert_eq!(count(&app.mails().await), before + 2);
}
