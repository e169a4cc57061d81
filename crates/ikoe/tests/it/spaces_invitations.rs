//! Joining a space is an invitation the person (or, for an organisation,
//! its admins) accepts or declines: the inviter gets the same answer whether
//! or not an address has an account, sees no name and the invitee no
//! content until accepting; invitations are limited, revoked and expire.

use axum::http::StatusCode;
use domain::spaces::{InvitationState, SpaceRole};

use crate::helpers::*;
use crate::spaces::{admin_with_space, create_space, invite_org, invite_person, new_thread, space_invitation_for};

const DAY: i64 = 86_400;

/// The invitation link in the newest mail to `to` (`/spaces/invitations/…`).
async fn link_to(app: &TestApp, to: &str) -> String {
    let link = app.link_in_mail_to(to).await;
    assert!(link.starts_with("/spaces/invitations/"), "{link}");
    link
}

/// The page an inviter sees after inviting `email`, with the address and
/// the browser's CSRF token taken out, and the mail that went out.
async fn answer_for(email: &str) -> (u16, String, String, String) {
    let (mut app, _c, id) = admin_with_space("Geheimer Kreis").await;
    let r = invite_person(&mut app, id, email, "member").await;
    let location = r.location().to_string();
    let flash = r.set_cookies().into_iter().filter(|v| v.contains("flash"));
    let flash = flash.collect::<Vec<_>>().join(";");
    let page = app.get(&location).await;
    assert_eq!(page.status, StatusCode::OK);
    let csrf = app.csrf().await;
    let body = page.body.replace(email, "ADDRESS").replace(&csrf, "CSRF");
    let mails = app.mails().await;
    let m = mails
        .iter()
        .find(|m| m.to_addr == email)
        .expect("a mail to the address");
    assert!(!m.subject.contains("Geheimer Kreis"), "{}", m.subject);
    assert!(m.body.contains("Geheimer Kreis"), "{}", m.body);
    assert!(m.body.contains("/spaces/invitations/"), "{}", m.body);
    assert!(app.state.store.space_members(id).await.unwrap().len() == 1);
    (
        r.status.as_u16(),
        format!("{location} {flash}"),
        body,
        m.subject.clone(),
    )
}

#[tokio::test]
async fn known_and_unknown_addresses_get_the_same_answer_and_no_name() {
    let (s1, to1, known, subject1) = answer_for("other@example.org").await;
    let (s2, to2, unknown, subject2) = answer_for("niemand@example.org").await;
    assert_eq!((s1, &to1), (303, &to2));
    assert_eq!(s2, 303);
    assert_eq!(subject1, subject2);
    assert!(known.contains("ADDRESS"), "the address typed is listed");
    assert!(!known.contains("Otto Anders"), "no name of the account");
    assert_eq!(known, unknown, "the answer pages differ");
}

#[tokio::test]
async fn an_invitee_sees_nothing_until_accepting_and_then_has_the_role() {
    let (mut app, c, id) = admin_with_space("Lenkungskreis").await;
    let r = new_thread(&mut app, id, "Vertraulich", "Nur für Mitglieder.").await;
    let t: i64 = r.id_after("/threads/");
    let r = invite_person(&mut app, id, "Other@Example.org", "reader").await;
    r.assert_status(StatusCode::SEE_OTHER);
    let link = link_to(&app, "other@example.org").await;

    // invited, not a member: nothing of the space is reachable, no name is shown
    let mut otto = app.browser_as("other@example.org").await;
    for path in [
        format!("/spaces/{id}"),
        format!("/threads/{t}"),
        format!("/spaces/{id}/files"),
        format!("/spaces/{id}/members"),
        format!("/spaces/{id}/meetings"),
    ] {
        assert_eq!(otto.get(&path).await.status, StatusCode::NOT_FOUND, "{path}");
    }
    assert_eq!(app.state.store.space_role(id, c.other).await.unwrap(), None);
    app.get(&format!("/spaces/{id}/members"))
        .await
        .assert_contains("other@example.org")
        .assert_not_contains("Otto Anders");
    // the invitee sees the invitation on /spaces and on the link's page
    otto.get("/spaces")
        .await
        .assert_contains("Lenkungskreis")
        .assert_contains("Annehmen");
    otto.get(&link)
        .await
        .assert_contains("Annehmen")
        .assert_contains("Lenkungskreis");

    // someone else signed in cannot accept it with the link
    let mut mia = app.browser_as("member@example.org").await;
    mia.get(&link)
        .await
        .assert_contains("anderen Adresse")
        .assert_not_contains("/accept");
    let r = mia.post(&format!("{link}/accept"), &[]).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let inv = space_invitation_for(&app, c.other).await;
    assert_eq!(
        mia.post(&format!("/space-invitations/{inv}/accept"), &[]).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(app.state.store.space_role(id, c.member).await.unwrap(), None);
    assert_eq!(app.state.store.space_role(id, c.other).await.unwrap(), None);

    // accepting adds them with the role offered; a second accept is harmless
    let r = otto.post(&format!("{link}/accept"), &[]).await;
    r.assert_status(StatusCode::SEE_OTHER);
    assert_eq!(r.location(), format!("/spaces/{id}"));
    let r = otto.post(&format!("{link}/accept"), &[]).await;
    r.assert_status(StatusCode::SEE_OTHER);
    assert_eq!(
        app.state.store.space_role(id, c.other).await.unwrap(),
        Some(SpaceRole::Reader)
    );
    assert_eq!(app.state.store.space_members(id).await.unwrap().len(), 2);
    otto.get(&format!("/threads/{t}"))
        .await
        .assert_contains("Nur für Mitglieder.");
    app.get(&format!("/spaces/{id}/members"))
        .await
        .assert_contains("Otto Anders");
    app.assert_audited(&["space.invitation_create", "space.invitation_accept", "space.member_add"])
        .await;
}

#[tokio::test]
async fn declining_needs_no_account_and_no_new_invitation_follows_for_30_days() {
    let (mut app, c, id) = admin_with_space("Arbeitsgruppe").await;
    invite_person(&mut app, id, "neu@example.org", "member").await;
    // a second invitation while one is open: told beside the field, nothing sent
    let before = app.mails().await.len();
    let r = invite_person(&mut app, id, "neu@example.org", "admin").await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("schon eine offene Einladung")
        .assert_contains("value=\"neu@example.org\"");
    assert_eq!(app.mails().await.len(), before);

    // no account: the page says one is needed, and declining works without one
    let link = link_to(&app, "neu@example.org").await;
    let mut stranger = app.browser();
    stranger
        .get(&link)
        .await
        .assert_contains("zuerst ein Konto")
        .assert_contains("nicht für mich")
        .assert_not_contains("/accept");
    let r = stranger.post(&format!("{link}/accept"), &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "sent to log in");
    assert!(r.location().starts_with("/login"), "{}", r.location());
    let r = stranger.post(&format!("{link}/decline"), &[]).await;
    r.assert_status(StatusCode::SEE_OTHER);
    assert_eq!(stranger.get(&link).await.status, StatusCode::GONE);
    app.assert_audited(&["space.invitation_decline"]).await;
    app.get(&format!("/spaces/{id}/members"))
        .await
        .assert_not_contains("neu@example.org");

    // no new invitation for 30 days after the decline
    let r = invite_person(&mut app, id, "neu@example.org", "member").await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("vor Kurzem abgelehnt");
    app.clock().advance(31 * DAY);
    app.login("orgadmin@example.org", PASSWORD).await;
    let r = invite_person(&mut app, id, "neu@example.org", "member").await;
    r.assert_status(StatusCode::SEE_OTHER);

    // a person with an account declines from /spaces; then it is gone from there
    invite_person(&mut app, id, "member@example.org", "member").await;
    let mut mia = app.browser_as("member@example.org").await;
    let inv = space_invitation_for(&app, c.member).await;
    let r = mia.post(&format!("/space-invitations/{inv}/decline"), &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    mia.get("/spaces").await.assert_not_contains("Annehmen");
    assert_eq!(
        app.state.store.space_invitation(inv).await.unwrap().unwrap().state,
        InvitationState::Declined
    );
    assert_eq!(app.state.store.space_role(id, c.member).await.unwrap(), None);
}

#[tokio::test]
async fn a_space_sends_at_most_30_invitations_a_day_and_bad_input_changes_nothing() {
    let (mut app, _c, id) = admin_with_space("Netzwerk").await;
    for (email, role, field) in [
        ("", "member", "f-email-error"),
        ("keine-adresse", "member", "f-email-error"),
        ("<script>@example.org", "member", "f-email-error"),
        ("a@example.org", "king", "f-person_role-error"),
    ] {
        let r = invite_person(&mut app, id, email, role).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{email}");
        r.assert_contains(field).assert_not_contains("<script>@");
    }
    assert!(app
        .state
        .store
        .open_space_invitations(id, app.state.now())
        .await
        .unwrap()
        .is_empty());
    for i in 0..30 {
        let r = invite_person(&mut app, id, &format!("person{i}@example.org"), "member").await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{i}: {}", r.body);
    }
    let r = invite_person(&mut app, id, "einer-zu-viel@example.org", "member").await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("heute schon 30 Einladungen")
        .assert_contains("value=\"einer-zu-viel@example.org\"");
    let r = invite_org(&mut app, id, "Koordinierungsstelle Stendal", "member").await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        app.state
            .store
            .open_space_invitations(id, app.state.now())
            .await
            .unwrap()
            .len(),
        30
    );
    app.clock().advance(DAY + 1);
    app.login("orgadmin@example.org", PASSWORD).await;
    let r = invite_person(&mut app, id, "einer-zu-viel@example.org", "member").await;
    r.assert_status(StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn an_organisation_is_invited_and_only_its_admins_accept() {
    let (mut app, c) = with_cast().await;
    let staff = app
        .user(
            "stendal@example.org",
            "Sina Stendal",
            false,
            Some((c.other_org, domain::orgs::Role::Member)),
        )
        .await;
    app.login("orgadmin@example.org", PASSWORD).await;
    let id = create_space(&mut app, "Netzwerk der Stellen", false).await;
    // one's own organisation: its admin has answered for it by inviting it
    let r = invite_org(&mut app, id, "Koordinierungsstelle Harz", "member").await;
    r.assert_status(StatusCode::SEE_OTHER);
    assert_eq!(
        app.state.store.space_role(id, c.member).await.unwrap(),
        Some(SpaceRole::Member)
    );
    // another organisation: its admins are asked
    let r = invite_org(&mut app, id, "koordinierungsstelle stendal", "reader").await;
    r.assert_status(StatusCode::SEE_OTHER);
    let mails = app.mails().await;
    let m = mails.iter().find(|m| m.to_addr == "other@example.org").unwrap();
    assert!(!m.subject.contains("Netzwerk der Stellen"), "{}", m.subject);
    assert!(m.body.contains("Netzwerk der Stellen"), "{}", m.body);
    assert_eq!(app.state.store.space_role(id, staff).await.unwrap(), None);
    app.get(&format!("/spaces/{id}/members"))
        .await
        .assert_contains("Koordinierungsstelle Stendal");
    let inv = space_invitation_for(&app, c.other).await;

    // a member of that organisation, or a platform admin, may not answer for it
    for who in ["stendal@example.org", "platform@example.org"] {
        let mut b = app.browser_as(who).await;
        b.get("/spaces").await.assert_not_contains("Netzwerk der Stellen");
        let r = b.post(&format!("/space-invitations/{inv}/accept"), &[]).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "{who}");
        assert_eq!(b.get(&format!("/spaces/{id}")).await.status, StatusCode::NOT_FOUND);
    }
    assert_eq!(app.state.store.space_role(id, staff).await.unwrap(), None);
    let mut otto = app.browser_as("other@example.org").await;
    otto.get("/spaces")
        .await
        .assert_contains("Netzwerk der Stellen")
        .assert_contains("Koordinierungsstelle Stendal");
    let r = otto.post(&format!("/space-invitations/{inv}/accept"), &[]).await;
    r.assert_status(StatusCode::SEE_OTHER);
    assert_eq!(
        app.state.store.space_role(id, staff).await.unwrap(),
        Some(SpaceRole::Reader)
    );
    // already a member: a new invitation is refused beside the field
    let r = invite_org(&mut app, id, "koordinierungsstelle stendal", "member").await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("Gehört schon zu diesem Raum");
}

#[tokio::test]
async fn admins_revoke_invitations_and_they_expire() {
    let (mut app, c, id) = admin_with_space("Raum").await;
    invite_person(&mut app, id, "other@example.org", "member").await;
    let link = link_to(&app, "other@example.org").await;
    let inv = app
        .state
        .store
        .open_space_invitations(id, app.state.now())
        .await
        .unwrap()[0]
        .id;
    // only the space's admins revoke
    let mut otto = app.browser_as("other@example.org").await;
    let r = otto.post(&format!("/spaces/{id}/invitations/{inv}/revoke"), &[]).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    let r = app.post(&format!("/spaces/{id}/invitations/{inv}/revoke"), &[]).await;
    r.assert_contains("other@example.org")
        .assert_contains("Ja, zurückziehen");
    let r = app
        .post(
            &format!("/spaces/{id}/invitations/{inv}/revoke"),
            &[("confirmed", "true")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    otto.get(&link).await.assert_contains("zurückgezogen");
    assert_eq!(otto.post(&format!("{link}/accept"), &[]).await.status, StatusCode::GONE);
    assert_eq!(app.state.store.space_role(id, c.other).await.unwrap(), None);
    app.assert_audited(&["space.invitation_revoke"]).await;
    // revoking twice: there is nothing open any more
    let r = app.post(&format!("/spaces/{id}/invitations/{inv}/revoke"), &[]).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);

    // a new invitation expires after 14 days: checked when accepting
    invite_person(&mut app, id, "other@example.org", "member").await;
    let link = link_to(&app, "other@example.org").await;
    app.clock().advance(14 * DAY + 1);
    otto.login("other@example.org", PASSWORD).await;
    assert_eq!(otto.get(&link).await.status, StatusCode::GONE);
    let r = otto.post(&format!("{link}/accept"), &[]).await;
    assert_eq!(r.status, StatusCode::GONE);
    r.assert_contains("abgelaufen");
    assert_eq!(app.state.store.space_role(id, c.other).await.unwrap(), None);
    otto.get("/spaces").await.assert_not_contains("Annehmen");
    // and makes way for a new one
    app.login("orgadmin@example.org", PASSWORD).await;
    let r = invite_person(&mut app, id, "other@example.org", "member").await;
    r.assert_status(StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn invitations_sent_at_once_make_one_and_accepting_at_once_adds_one_member() {
    let (app, c) = with_cast().await;
    let st = &app.state.store;
    let now = app.state.now();
    let space = app.space(c.admin, "Raum").await;
    let mut tasks = vec![];
    for i in 0..6 {
        let s = st.clone();
        let admin = c.admin;
        tasks.push(tokio::spawn(async move {
            let email = domain::accounts::Email::parse("other@example.org").unwrap();
            let hash = format!("hash-{i}");
            let invitee = store::spaces::Invitee::Person {
                email: &email,
                token_hash: &hash,
            };
            s.invite_to_space(now, admin, space, invitee, SpaceRole::Member, &[])
                .await
        }));
    }
    let mut made = vec![];
    for t in tasks {
        match t.await.unwrap() {
            Ok(id) => made.push(id),
            Err(store::StoreError::Conflict("pending")) => {}
            Err(e) => panic!("{e}"),
        }
    }
    assert_eq!(made.len(), 1, "exactly one invitation");
    let inv = made[0];
    let mut tasks = vec![];
    for _ in 0..4 {
        let s = st.clone();
        let other = c.other;
        tasks.push(tokio::spawn(
            async move { s.accept_space_invitation(now, inv, other).await },
        ));
    }
    for t in tasks {
        assert_eq!(t.await.unwrap().unwrap(), space);
    }
    assert_eq!(st.space_members(space).await.unwrap().len(), 2);
    // another person cannot accept it in the store either
    let inv2 = {
        let email = domain::accounts::Email::parse("niemand@example.org").unwrap();
        let invitee = store::spaces::Invitee::Person {
            email: &email,
            token_hash: "hash-x",
        };
        st.invite_to_space(now, c.admin, space, invitee, SpaceRole::Admin, &[])
            .await
            .unwrap()
    };
    assert!(matches!(
        st.accept_space_invitation(now, inv2, c.member).await,
        Err(store::StoreError::NotFound)
    ));
    assert_eq!(st.space_role(space, c.member).await.unwrap(), None);
}

/// Nobody is flooded: one address gets at most three invitations a day over all spaces, also
/// when an inviter revokes and invites again or makes new spaces.
#[tokio::test]
async fn an_address_gets_at_most_three_invitations_a_day() {
    let (mut app, _c) = signed_in("orgadmin@example.org").await;
    let mut spaces = vec![];
    for n in 0..4 {
        spaces.push(crate::files::space(&mut app, &format!("Raum {n}")).await);
    }
    let target = "victim@example.org";
    for sp in &spaces[..3] {
        assert_eq!(
            invite_person(&mut app, *sp, target, "member").await.status,
            StatusCode::SEE_OTHER
        );
    }
    let before = app.mails().await.len();
    let r = invite_person(&mut app, spaces[3], target, "member").await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("heute schon mehrere Einladungen")
        .assert_contains(target);
    assert_eq!(app.mails().await.len(), before, "no mail for a refused invitation");
    // a day later it works again
    app.clock().advance(86_400 + 1);
    app.login("orgadmin@example.org", PASSWORD).await;
    assert_eq!(
        invite_person(&mut app, spaces[3], target, "member").await.status,
        StatusCode::SEE_OTHER
    );
}
