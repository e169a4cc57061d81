//! Every route, visited as anonymous, as a member of another organisation,
//! as a member, as an organisation admin and as a platform admin.

use crate::builders::*;
use crate::helpers::*;

const OTHER: usize = 1;
const MEMBER: usize = 2;
const ORG_ADMIN: usize = 3;
const PLATFORM: usize = 4;

#[tokio::test]
async fn every_route_answers_each_role_as_the_policy_says() {
    let (app, c) = with_cast().await;
    let mut people = [
        app.browser(),
        app.browser(),
        app.browser(),
        app.browser(),
        app.browser(),
    ];
    assert!(c.platform > 0);
    people[OTHER].login("other@example.org", PASSWORD).await;
    people[MEMBER].login("member@example.org", PASSWORD).await;
    people[ORG_ADMIN].login("orgadmin@example.org", PASSWORD).await;
    people[PLATFORM].login("platform@example.org", PASSWORD).await;

    let mail = {
        let m = new_mail("x@example.org", "s", "b", domain::outbox::MailKind::Reset);
        app.state.store.enqueue_mail(app.state.now(), &m).await.unwrap();
        app.mails().await[0].id
    };
    let v = app
        .user(
            "removable@example.org",
            "Rita Removable",
            false,
            Some((c.org, domain::orgs::Role::Member)),
        )
        .await;
    let (series, module, reg) = {
        use domain::series::{SeriesKind, Visibility};
        let st = &app.state.store;
        let now = app.state.now();
        let series = new_series("Reihe", SeriesKind::Trainer, Visibility::Public, 5);
        let s = st.create_series(now, c.admin, c.org, &series, "key").await.unwrap();
        let m = new_module("Modul", now + 86400, now + 90000, "Ort");
        let m = st.add_module(now, c.admin, s, &m).await.unwrap();
        let new = new_registration("Rhea", "rhea@example.org", "de", None);
        let r = register_directly(&app, s, &new, "tok-rhea").await;
        (s, m, r.id)
    };
    // a space of the organisation's admin, with the organisation as member, and a thread
    let (sp, thread, post) = {
        let st = &app.state.store;
        let now = app.state.now();
        let sp = app.space(c.admin, "Netzwerk").await;
        st.add_space_org(now, c.admin, sp, c.org, domain::spaces::SpaceRole::Member, &[])
            .await
            .unwrap();
        let t = st
            .create_thread(now, c.admin, sp, "Thema", store::spaces::NewPost::text("Text"))
            .await
            .unwrap();
        (sp, t, st.posts(t).await.unwrap()[0].id)
    };
    // a Leitbild process of the organisation, run by its admin, with a department and a person
    let (lb, dep, person) = {
        let st = &app.state.store;
        let now = app.state.now();
        crate::leitbild::administration(&app, c.org).await;
        let lb = st.create_process(now, c.admin, c.org, "Leitbild").await.unwrap();
        let dep = st.add_department(now, c.admin, lb, "Bürgerbüro", 5).await.unwrap();
        let p = store::leitbild::NewPerson {
            name: "Lena Vogel".into(),
            email: String::new(),
            function: String::new(),
            department_id: Some(dep),
            leader: true,
        };
        let draft = domain::leitbild::Draft {
            slogan: "Offen für alle".into(),
            preamble: String::new(),
            principles: vec![domain::leitbild::Principle {
                text: "Wir beraten freundlich.".into(),
                goal: String::new(),
            }],
        };
        st.save_version(now, c.admin, lb, 0, &draft).await.unwrap();
        let person = st.add_person(now, c.admin, lb, &p).await.unwrap();
        let hash = ikoe::security::token_hash("tok-leitbild");
        st.set_person_link(now, c.admin, lb, person, Some(&hash)).await.unwrap();
        (lb, dep, person)
    };
    // the Leitbild's adoption: the leader's personal link, version 1 signed off by her (the
    // only leader: adopted), published inside the administration, translated into English
    {
        let st = &app.state.store;
        let now = app.state.now();
        st.offer_version(now, c.admin, lb, 1).await.unwrap();
        st.sign_off(now, lb, person, 1).await.unwrap();
        st.publish(now, c.admin, lb, domain::leitbild_adoption::Publication::Internal)
            .await
            .unwrap();
        let en = domain::leitbild::Draft {
            slogan: "Open to all".into(),
            preamble: String::new(),
            principles: vec![domain::leitbild::Principle {
                text: "We advise kindly.".into(),
                goal: String::new(),
            }],
        };
        st.save_translation(
            now,
            c.admin,
            lb,
            domain::leitbild_adoption::TranslationLang::En,
            1,
            0,
            &en,
        )
        .await
        .unwrap();
    }
    // a feedback round on its text
    let round = {
        let r = store::leitbild::NewRound {
            opens_at: app.state.now() - 60,
            closes_at: app.state.now() + 86_400,
            remind_at: app.state.now() + 3_600,
            questions: vec![],
        };
        app.state
            .store
            .start_round(app.state.now(), c.admin, lb, &r)
            .await
            .unwrap()
    };
    // a workshop of that process, with one result of each kind
    let (ws, card, wnote, drafted, assignment) = {
        use domain::leitbild_workshops::{AssignmentStatus, CardKind, NoteCategory, WorkshopKind};
        use domain::series::{SeriesKind, Visibility};
        let st = &app.state.store;
        let now = app.state.now();
        let series = new_series("Werkstätten", SeriesKind::ExpertDay, Visibility::Invitation, 20);
        let m = new_module("Werkstatt 1", now + 86400, now + 90000, "Rathaus");
        let ws = st
            .plan_workshop(now, c.admin, lb, WorkshopKind::Vision, &m, &series, "wkey")
            .await
            .unwrap();
        let card = st
            .add_card(now, c.admin, lb, ws, CardKind::Value, "Mut", 2)
            .await
            .unwrap();
        let note = st
            .add_note(now, c.admin, lb, ws, NoteCategory::Story, "Es war einmal")
            .await
            .unwrap();
        let drafted = st.add_drafted(now, c.admin, lb, ws, "Wir hören zu.", "").await.unwrap();
        let a = store::leitbild::NewAssignment {
            group_name: "AG".into(),
            task: "Aufgabe".into(),
            due: "2026-07-01".into(),
            status: AssignmentStatus::Open,
        };
        let assignment = st.add_assignment(now, c.admin, lb, ws, &a).await.unwrap();
        (ws, card, note, drafted, assignment)
    };
    // the process's annual planner with one measure
    let measure = {
        let st = &app.state.store;
        let now = app.state.now();
        st.set_leitbild_plan(now, c.admin, lb, 0, "2026-05").await.unwrap();
        let f = store::measures::MeasureFields {
            title: "Willkommensmappe".into(),
            description: String::new(),
            owner_name: "Amal Haddou".into(),
            owner_email: String::new(),
            month: "2026-06".into(),
            principle: Some(1),
        };
        st.add_leitbild_measure(now, c.admin, lb, &f).await.unwrap()
    };
    // a self-assessment wave of the administration on the default set, a
    // group with a rater who has a link and one without an address; a copy
    // of the default set (not frozen) made by the platform admin
    let (wv, wgroup, wrater, oset, oind, odim) = {
        let st = &app.state.store;
        let now = app.state.now();
        let default = st.default_openness_set().await.unwrap().unwrap();
        let w = store::openness::NewWave {
            set_id: default,
            title: "Welle 1".into(),
            opens_at: now - 86_400,
            closes_at: now + 30 * 86_400,
            threshold: 5,
        };
        let wv = st.create_openness_wave(now, c.admin, c.org, &w).await.unwrap();
        let g = st
            .add_openness_group(now, c.admin, c.org, wv, domain::openness::GroupKind::Staff, "Bürgeramt")
            .await
            .unwrap();
        let raters = [
            ("Rana Rater".to_string(), "rana@example.org".to_string()),
            (String::new(), String::new()),
        ];
        st.add_openness_raters(now, c.admin, c.org, wv, g, &raters)
            .await
            .unwrap();
        let all = st.openness_raters(wv).await.unwrap();
        let hash = ikoe::security::token_hash("tok-rater");
        st.set_openness_links(now, c.admin, c.org, wv, &[(all[0].id, hash, None)])
            .await
            .unwrap();
        let oset = st.copy_openness_set(now, c.platform, default, None).await.unwrap();
        let set = st.openness_set(oset, "de").await.unwrap().unwrap();
        let d = &set.dimensions[0];
        (wv, g, all[0].id, oset, d.indicators[0].id, d.id)
    };
    // a folder and a file in that space
    let (folder, file) = {
        let st = &app.state.store;
        let now = app.state.now();
        let folder = st.create_folder(now, c.admin, sp, None, "Protokolle").await.unwrap();
        let mut up = app.state.blobs.begin("spaces/access/one").await.unwrap();
        up.write(b"Tagesordnung\n").await.unwrap();
        let (size, sha256) = up.finish().await.unwrap();
        let blob = store::files::NewBlob {
            name: "notiz.txt".into(),
            key: "spaces/access/one".into(),
            size: size as i64,
            sha256,
            content_type: "text/plain".into(),
        };
        let file = st
            .add_file(
                now,
                c.admin,
                sp,
                store::files::Place::Folder(Some(folder)),
                &blob,
                i64::MAX,
            )
            .await
            .unwrap();
        (folder, file)
    };
    // a meeting of that space with a topic and a session
    let (meeting, topic, session) = {
        let st = &app.state.store;
        let now = app.state.now();
        let meeting = store::meetings::NewMeeting {
            ends_at: now + 2 * 86_400,
            venue: String::new(),
            ..new_meeting("Ideenwerkstatt", now + 86_400, Some(c.org), Some(c.org), "", 3)
        };
        let meeting = st.create_meeting(now, c.admin, sp, &meeting).await.unwrap();
        let topic = st.propose_topic(now, c.admin, meeting, "Thema", "").await.unwrap();
        let workshop = domain::meetings::SessionFormat::Workshop;
        let session = store::meetings::NewSession {
            room: String::new(),
            ..new_session("Workshop", workshop, now + 86_400, now + 90_000, None)
        };
        let session = st
            .create_meeting_session(now, c.admin, meeting, &session)
            .await
            .unwrap();
        (meeting, topic, session)
    };
    // an open invitation of the member (in their own right) to that space, with its link
    let space_inv = {
        let email = domain::accounts::Email::parse("member@example.org").unwrap();
        let invitee = store::spaces::Invitee::Person {
            email: &email,
            token_hash: &ikoe::security::token_hash("tok-space-inv"),
        };
        app.state
            .store
            .invite_to_space(
                app.state.now(),
                c.admin,
                sp,
                invitee,
                domain::spaces::SpaceRole::Member,
                &[],
            )
            .await
            .unwrap()
    };
    const OK: u16 = 200;
    const LOGIN: u16 = 303;
    const NO: u16 = 403;
    let o = c.org;
    // (path, expected status for ANON, OTHER, MEMBER, ORG_ADMIN, PLATFORM)
    let gets: Vec<(String, [u16; 5])> = vec![
        ("/".into(), [OK, OK, OK, OK, OK]),
        ("/orgs".into(), [OK, OK, OK, OK, OK]),
        (format!("/orgs/{o}"), [OK, OK, OK, OK, OK]),
        ("/imprint".into(), [OK, OK, OK, OK, OK]),
        ("/privacy".into(), [OK, OK, OK, OK, OK]),
        ("/accessibility".into(), [OK, OK, OK, OK, OK]),
        ("/barrier-report".into(), [OK, OK, OK, OK, OK]),
        ("/password/forgot".into(), [OK, OK, OK, OK, OK]),
        ("/healthz".into(), [OK, OK, OK, OK, OK]),
        ("/readyz".into(), [OK, OK, OK, OK, OK]),
        ("/static/app.css".into(), [OK, OK, OK, OK, OK]),
        ("/invitations/unknown".into(), [410, 410, 410, 410, 410]),
        ("/password/reset/unknown".into(), [410, 410, 410, 410, 410]),
        ("/spaces/invitations/unknown".into(), [410, 410, 410, 410, 410]),
        // the link is the permission: whoever holds it sees the invitation
        ("/spaces/invitations/tok-space-inv".into(), [OK, OK, OK, OK, OK]),
        ("/profile".into(), [LOGIN, OK, OK, OK, OK]),
        ("/profile/password".into(), [LOGIN, OK, OK, OK, OK]),
        ("/profile/export".into(), [LOGIN, OK, OK, OK, OK]),
        ("/profile/delete".into(), [LOGIN, OK, OK, OK, OK]),
        (format!("/orgs/{o}/members"), [LOGIN, NO, OK, OK, OK]),
        (format!("/orgs/{o}/edit"), [LOGIN, NO, NO, OK, OK]),
        // no logo yet: nothing to see for anyone
        (format!("/orgs/{o}/logo"), [404, 404, 404, 404, 404]),
        ("/admin".into(), [LOGIN, LOGIN, LOGIN, LOGIN, LOGIN]), // redirect to /admin/users
        ("/admin/users".into(), [LOGIN, NO, NO, NO, OK]),
        ("/admin/orgs".into(), [LOGIN, NO, NO, NO, OK]),
        ("/admin/orgs/new".into(), [LOGIN, NO, NO, NO, OK]),
        ("/admin/audit".into(), [LOGIN, NO, NO, NO, OK]),
        ("/admin/outbox".into(), [LOGIN, NO, NO, NO, OK]),
        (format!("/admin/outbox/{mail}"), [LOGIN, NO, NO, NO, OK]),
        ("/admin/barrier-reports".into(), [LOGIN, NO, NO, NO, OK]),
        ("/admin/texts".into(), [LOGIN, NO, NO, NO, OK]),
        ("/admin/texts/imprint".into(), [LOGIN, NO, NO, NO, OK]),
        ("/series".into(), [OK, OK, OK, OK, OK]),
        (format!("/series/{series}"), [OK, OK, OK, OK, OK]),
        (format!("/series/{series}/check-mail"), [OK, OK, OK, OK, OK]),
        ("/r/tok-rhea".into(), [OK, OK, OK, OK, OK]),
        ("/r/tok-rhea/cancel".into(), [OK, OK, OK, OK, OK]),
        ("/r/unknown".into(), [404, 404, 404, 404, 404]),
        ("/r/tok-rhea/data.json".into(), [OK, OK, OK, OK, OK]),
        ("/r/tok-rhea/delete".into(), [OK, OK, OK, OK, OK]),
        ("/r/unknown/data.json".into(), [404, 404, 404, 404, 404]),
        ("/r/unknown/delete".into(), [404, 404, 404, 404, 404]),
        (format!("/orgs/{o}/series"), [LOGIN, NO, OK, OK, OK]),
        (format!("/orgs/{o}/series/new"), [LOGIN, NO, OK, OK, OK]),
        (format!("/series/{series}/manage"), [LOGIN, NO, OK, OK, OK]),
        (format!("/series/{series}/edit"), [LOGIN, NO, OK, OK, OK]),
        (format!("/series/{series}/copy"), [LOGIN, NO, OK, OK, OK]),
        (format!("/series/{series}/modules/new"), [LOGIN, NO, OK, OK, OK]),
        (format!("/series/{series}/participants"), [LOGIN, NO, OK, OK, OK]),
        (format!("/modules/{module}/edit"), [LOGIN, NO, OK, OK, OK]),
        (format!("/modules/{module}/cancel"), [LOGIN, NO, OK, OK, OK]),
        (format!("/modules/{module}/attendance"), [LOGIN, NO, OK, OK, OK]),
        (format!("/modules/{module}/attendance.pdf"), [LOGIN, NO, OK, OK, OK]),
        (format!("/modules/{module}/attendance/scan"), [LOGIN, NO, 404, 404, 404]),
        (format!("/series/{series}/certificates"), [LOGIN, NO, OK, OK, OK]),
        ("/certificates/999/pdf".into(), [LOGIN, 404, 404, 404, 404]),
        ("/r/tok-rhea/certificate".into(), [404, 404, 404, 404, 404]),
        ("/verify".into(), [OK, OK, OK, OK, OK]),
        (format!("/orgs/{o}/planning"), [LOGIN, NO, OK, OK, OK]),
        ("/profile/registrations".into(), [LOGIN, OK, OK, OK, OK]),
        (format!("/series/{series}/feedback"), [LOGIN, NO, OK, OK, OK]),
        (format!("/series/{series}/figures"), [LOGIN, NO, OK, OK, OK]),
        ("/profile/calendar".into(), [LOGIN, OK, OK, OK, OK]),
        ("/spaces".into(), [LOGIN, OK, OK, OK, OK]),
        ("/spaces/new".into(), [LOGIN, OK, OK, OK, OK]),
        (format!("/spaces/{sp}"), [LOGIN, 404, OK, OK, 404]),
        (format!("/spaces/{sp}/edit"), [LOGIN, 404, NO, OK, 404]),
        (format!("/spaces/{sp}/members"), [LOGIN, 404, OK, OK, 404]),
        (format!("/spaces/{sp}/threads/new"), [LOGIN, 404, OK, OK, 404]),
        (format!("/threads/{thread}"), [LOGIN, 404, OK, OK, 404]),
        (format!("/posts/{post}/edit"), [LOGIN, 404, NO, OK, 404]),
        (format!("/posts/{post}/history"), [LOGIN, 404, OK, OK, 404]),
        ("/threads/999999".into(), [LOGIN, 404, 404, 404, 404]),
        (format!("/spaces/{sp}/files"), [LOGIN, 404, OK, OK, 404]),
        (format!("/folders/{folder}"), [LOGIN, 404, OK, OK, 404]),
        (format!("/files/{file}"), [LOGIN, 404, OK, OK, 404]),
        (format!("/files/{file}/download"), [LOGIN, 404, OK, OK, 404]),
        (format!("/files/{file}/versions/1"), [LOGIN, 404, OK, OK, 404]),
        (format!("/files/{file}/versions/7"), [LOGIN, 404, 404, 404, 404]),
        (format!("/spaces/{sp}/trash"), [LOGIN, 404, OK, OK, 404]),
        (format!("/spaces/{sp}/search?q=Thema"), [LOGIN, 404, OK, OK, 404]),
        ("/files/999999".into(), [LOGIN, 404, 404, 404, 404]),
        (format!("/spaces/{sp}/meetings"), [LOGIN, 404, OK, OK, 404]),
        (format!("/spaces/{sp}/meetings/new"), [LOGIN, 404, NO, OK, 404]),
        ("/leitbild".into(), [LOGIN, OK, OK, OK, OK]),
        (format!("/orgs/{o}/leitbild/new"), [LOGIN, NO, NO, OK, OK]),
        (format!("/leitbild/{lb}"), [LOGIN, 404, OK, OK, 404]),
        (format!("/leitbild/{lb}/edit"), [LOGIN, 404, NO, OK, 404]),
        (format!("/leitbild/{lb}/setup"), [LOGIN, 404, NO, OK, 404]),
        (format!("/leitbild/{lb}/departments/{dep}"), [LOGIN, 404, NO, OK, 404]),
        (format!("/leitbild/{}", lb + 999), [LOGIN, 404, 404, 404, 404]),
        (format!("/leitbild/{lb}/draft"), [LOGIN, 404, OK, OK, 404]),
        (format!("/leitbild/{lb}/draft/edit"), [LOGIN, 404, NO, OK, 404]),
        (format!("/leitbild/{lb}/versions/1"), [LOGIN, 404, OK, OK, 404]),
        (format!("/leitbild/{lb}/versions/2"), [LOGIN, 404, 404, 404, 404]),
        (format!("/leitbild/{lb}/adoption"), [LOGIN, 404, NO, OK, 404]),
        (format!("/leitbild/{lb}/translations/en"), [LOGIN, 404, NO, OK, 404]),
        (format!("/leitbild/{lb}/translations/ar"), [LOGIN, 404, NO, OK, 404]),
        (format!("/leitbild/{lb}/translations/de"), [LOGIN, 404, NO, 404, 404]),
        // published inside the administration: its members and the team, no public page
        (format!("/leitbild/{lb}/text"), [LOGIN, 404, OK, OK, 404]),
        (format!("/leitbild/{lb}/dashboard"), [LOGIN, 404, OK, OK, 404]),
        (format!("/orgs/{o}/openness"), [LOGIN, 404, OK, OK, OK]),
        (format!("/orgs/{}/openness", c.other_org), [LOGIN, 404, 404, 404, 404]),
        (format!("/openness/waves/{wv}"), [LOGIN, 404, NO, OK, OK]),
        (format!("/openness/waves/{}", wv + 999), [LOGIN, 404, 404, 404, 404]),
        (format!("/openness/waves/{wv}/results"), [LOGIN, 404, OK, OK, OK]),
        (format!("/openness/waves/{wv}/report.pdf"), [LOGIN, 404, 404, 404, 404]),
        (format!("/openness/waves/{wv}/answer"), [LOGIN, 404, 404, 404, 404]),
        ("/bewertung/tok-rater".into(), [OK, OK, OK, OK, OK]),
        ("/bewertung/unknown".into(), [404, 404, 404, 404, 404]),
        ("/openness/sets".into(), [LOGIN, OK, OK, OK, OK]),
        (format!("/openness/sets/{oset}"), [LOGIN, OK, OK, OK, OK]),
        (format!("/openness/sets/{}", oset + 999), [LOGIN, 404, 404, 404, 404]),
        (
            format!("/openness/sets/{oset}/indicators/{oind}"),
            [LOGIN, NO, NO, NO, OK],
        ),
        (
            format!("/openness/sets/{oset}/indicators/{oind}?lang=ar"),
            [LOGIN, NO, NO, NO, OK],
        ),
        (
            format!("/openness/sets/{oset}/indicators/{}", oind + 9999),
            [LOGIN, NO, NO, NO, 404],
        ),
        (
            format!("/openness/sets/{oset}/dimensions/{odim}/new"),
            [LOGIN, NO, NO, NO, OK],
        ),
        (format!("/leitbild/{lb}/dashboard.csv"), [LOGIN, 404, OK, OK, 404]),
        (
            format!("/leitbild/{lb}/dashboard-semikolon.csv"),
            [LOGIN, 404, OK, OK, 404],
        ),
        (format!("/leitbild/{lb}/dashboard.xlsx"), [LOGIN, 404, OK, OK, 404]),
        (format!("/leitbild/{}/dashboard", lb + 999), [LOGIN, 404, 404, 404, 404]),
        (format!("/leitbild/{lb}/text?lang=en"), [LOGIN, 404, OK, OK, 404]),
        (format!("/leitbild/{lb}/poster.pdf"), [LOGIN, 404, OK, OK, 404]),
        (
            format!("/leitbild/{lb}/poster.pdf?size=a2&lang=en"),
            [LOGIN, 404, OK, OK, 404],
        ),
        (
            format!("/leitbild/{}/poster.pdf", lb + 999),
            [LOGIN, 404, 404, 404, 404],
        ),
        (format!("/l/{lb}"), [404, 404, 404, 404, 404]),
        // the link is the permission: the leader's sign-off page for whoever holds it
        ("/mitmachen/tok-leitbild/freigabe".into(), [OK, OK, OK, OK, OK]),
        ("/mitmachen/unknown/freigabe".into(), [404, 404, 404, 404, 404]),
        (format!("/leitbild/{lb}/rounds"), [LOGIN, 404, NO, OK, 404]),
        (format!("/leitbild/{lb}/rounds/{round}"), [LOGIN, 404, NO, OK, 404]),
        (format!("/leitbild/{lb}/rounds/999999"), [LOGIN, 404, NO, 404, 404]),
        (format!("/leitbild/{lb}/evaluation"), [LOGIN, 404, NO, OK, 404]),
        (format!("/leitbild/{lb}/evaluation/999999"), [LOGIN, 404, NO, 404, 404]),
        ("/mitmachen/tok-leitbild".into(), [OK, OK, OK, OK, OK]),
        ("/mitmachen/unknown".into(), [404, 404, 404, 404, 404]),
        (format!("/leitbild/{lb}/workshops"), [LOGIN, 404, OK, OK, 404]),
        (format!("/leitbild/{lb}/workshops/{ws}"), [LOGIN, 404, OK, OK, 404]),
        (
            format!("/leitbild/{lb}/workshops/{}", ws + 999),
            [LOGIN, 404, 404, 404, 404],
        ),
        (format!("/leitbild/{lb}/planner"), [LOGIN, 404, OK, OK, 404]),
        (format!("/leitbild/{lb}/planner/new"), [LOGIN, 404, NO, OK, 404]),
        (
            format!("/leitbild/{lb}/planner/{measure}/edit"),
            [LOGIN, 404, NO, OK, 404],
        ),
        (
            format!("/leitbild/{lb}/planner/{measure}/status"),
            [LOGIN, 404, NO, OK, 404],
        ),
        (
            format!("/leitbild/{lb}/planner/999999/edit"),
            [LOGIN, 404, NO, 404, 404],
        ),
        (
            format!("/leitbild/{lb}/planner/calendar.pdf"),
            [LOGIN, 404, OK, OK, 404],
        ),
        (
            format!("/leitbild/{lb}/planner/calendar.ics"),
            [LOGIN, 404, OK, OK, 404],
        ),
        // the address is the permission (a personal calendar feed's secret)
        (
            format!("/leitbild/{lb}/planner/feed/unknown.ics"),
            [404, 404, 404, 404, 404],
        ),
        (format!("/meetings/{meeting}"), [LOGIN, 404, OK, OK, 404]),
        (format!("/meetings/{meeting}/edit"), [LOGIN, 404, NO, OK, 404]),
        (format!("/meetings/{meeting}/sessions/new"), [LOGIN, 404, NO, OK, 404]),
        (
            format!("/meetings/{meeting}/sessions/new?topic={topic}"),
            [LOGIN, 404, NO, OK, 404],
        ),
        (format!("/sessions/{session}"), [LOGIN, 404, OK, OK, 404]),
        (format!("/sessions/{session}/edit"), [LOGIN, 404, NO, OK, 404]),
        ("/meetings/999999".into(), [LOGIN, 404, 404, 404, 404]),
        (format!("/series/{series}/calendar.ics"), [OK, OK, OK, OK, OK]),
        (format!("/modules/{module}/calendar.ics"), [OK, OK, OK, OK, OK]),
        ("/r/tok-rhea/calendar.ics".into(), [OK, OK, OK, OK, OK]),
        ("/r/unknown/calendar.ics".into(), [404, 404, 404, 404, 404]),
        ("/calendar/unknown.ics".into(), [404, 404, 404, 404, 404]),
        (
            "/speaker-requests/unknown/calendar.ics".into(),
            [404, 404, 404, 404, 404],
        ),
        (format!("/series/{series}/participants.csv"), [LOGIN, NO, OK, OK, OK]),
        (
            format!("/series/{series}/participants-semicolon.csv"),
            [LOGIN, NO, OK, OK, OK],
        ),
        (format!("/series/{series}/participants.xlsx"), [LOGIN, NO, OK, OK, OK]),
        ("/feedback/unknown".into(), [404, 404, 404, 404, 404]),
        (format!("/orgs/{o}/speakers"), [LOGIN, NO, OK, OK, OK]),
        (format!("/modules/{module}/speakers"), [LOGIN, NO, OK, OK, OK]),
        ("/speakers/999/edit".into(), [LOGIN, 404, 404, 404, 404]),
        ("/speaker-requests/unknown".into(), [404, 404, 404, 404, 404]),
        ("/verify/NONE-NONE-NONE".into(), [404, 404, 404, 404, 404]),
        ("/no-such-page".into(), [404, 404, 404, 404, 404]),
    ];
    for (path, expected) in &gets {
        for (who, want) in expected.iter().enumerate() {
            let r = people[who].get(path).await;
            assert_eq!(r.status.as_u16(), *want, "GET {path} as person {who}");
            if *want == NO {
                r.assert_not_contains("member@example.org");
            }
        }
    }

    // state-changing routes: who may (the answer is a redirect after success, a 422 for this
    // empty form, or a 400 where the form's fields are missing) and who may not (303 to log
    // in, or 403), and nothing happens when refused
    let m = c.member;
    let posts: Vec<(String, [u16; 5])> = vec![
        (format!("/orgs/{o}/members/invite"), [LOGIN, NO, NO, 400, 400]),
        (format!("/orgs/{o}/members/{m}/role"), [LOGIN, NO, NO, 400, 400]),
        (format!("/orgs/{o}/invitations/999/revoke"), [LOGIN, NO, NO, 404, 404]),
        (format!("/orgs/{o}/edit"), [LOGIN, NO, NO, 400, 400]),
        // not a multipart form: refused by the upload after the permission
        (format!("/orgs/{o}/logo"), [LOGIN, NO, NO, 400, 400]),
        (format!("/orgs/{o}/logo/remove"), [LOGIN, NO, NO, OK, OK]),
        ("/admin/users/invite".into(), [LOGIN, NO, NO, NO, 400]),
        ("/admin/orgs/new".into(), [LOGIN, NO, NO, NO, 400]),
        ("/admin/texts/imprint".into(), [LOGIN, NO, NO, NO, 400]),
        ("/admin/barrier-reports/1/status".into(), [LOGIN, NO, NO, NO, 400]),
        (format!("/admin/users/{m}/platform-admin"), [LOGIN, NO, NO, NO, 400]),
        ("/profile".into(), [LOGIN, 400, 400, 400, 400]),
        ("/profile/password".into(), [LOGIN, 400, 400, 400, 400]),
        ("/profile/delete".into(), [LOGIN, 400, 400, 400, 400]),
        ("/barrier-report".into(), [400, 400, 400, 400, 400]),
        (format!("/orgs/{o}/members/{v}/remove"), [LOGIN, NO, NO, OK, OK]),
        ("/language".into(), [400, 400, 400, 400, 400]),
        ("/login".into(), [400, 400, 400, 400, 400]),
        ("/password/forgot".into(), [400, 400, 400, 400, 400]),
        ("/invitations/unknown".into(), [410, 410, 410, 410, 410]),
        ("/password/reset/unknown".into(), [410, 410, 410, 410, 410]),
        (format!("/orgs/{o}/series/new"), [LOGIN, NO, 400, 400, 400]),
        (format!("/series/{series}/edit"), [LOGIN, NO, 400, 400, 400]),
        (format!("/series/{series}/copy"), [LOGIN, NO, 400, 400, 400]),
        (format!("/series/{series}/modules/new"), [LOGIN, NO, 400, 400, 400]),
        (format!("/series/{series}/participants/add"), [LOGIN, NO, 400, 400, 400]),
        (format!("/modules/{module}/edit"), [LOGIN, NO, 400, 400, 400]),
        (format!("/series/{series}/register"), [400, 400, 400, 400, 400]),
        (format!("/registrations/{reg}/approve"), [LOGIN, 404, 303, 303, 303]),
        (format!("/modules/{module}/attendance"), [LOGIN, NO, 303, 303, 303]),
        (format!("/modules/{module}/checkin-code"), [LOGIN, NO, 303, 303, 303]),
        (
            format!("/series/{series}/certificates/issue"),
            [LOGIN, NO, 400, 400, 400],
        ),
        ("/certificates/999/revoke".into(), [LOGIN, 404, 404, 404, 404]),
        ("/r/tok-rhea/checkin".into(), [400, 400, 400, 400, 400]),
        (format!("/orgs/{o}/speakers"), [LOGIN, NO, 400, 400, 400]),
        (format!("/modules/{module}/speakers"), [LOGIN, NO, 400, 400, 400]),
        ("/speaker-requests/999/withdraw".into(), [LOGIN, 404, 404, 404, 404]),
        ("/feedback/unknown".into(), [404, 404, 404, 404, 404]),
        ("/profile/calendar/reset".into(), [LOGIN, OK, OK, OK, OK]),
        ("/spaces/new".into(), [LOGIN, 400, 400, 400, 400]),
        (format!("/spaces/{sp}/edit"), [LOGIN, 404, NO, 400, 404]),
        (format!("/spaces/{sp}/members/org"), [LOGIN, 404, NO, 400, 404]),
        (format!("/spaces/{sp}/members/person"), [LOGIN, 404, NO, 400, 404]),
        (
            format!("/spaces/{sp}/invitations/999999/revoke"),
            [LOGIN, 404, NO, 404, 404],
        ),
        ("/spaces/invitations/unknown/accept".into(), [410, 410, 410, 410, 410]),
        ("/spaces/invitations/unknown/decline".into(), [410, 410, 410, 410, 410]),
        // accepting by the link: only the invited address; then it cannot be declined any more
        (
            "/spaces/invitations/tok-space-inv/accept".into(),
            [LOGIN, NO, 303, NO, NO],
        ),
        ("/space-invitations/999999/accept".into(), [LOGIN, 404, 404, 404, 404]),
        (
            format!("/space-invitations/{space_inv}/decline"),
            [LOGIN, 404, 410, 404, 404],
        ),
        (format!("/spaces/{sp}/members/999999/role"), [LOGIN, 404, NO, 400, 404]),
        (
            format!("/spaces/{sp}/members/999999/remove"),
            [LOGIN, 404, NO, 404, 404],
        ),
        (
            format!("/spaces/{sp}/requests/999999/accept"),
            [LOGIN, 404, NO, 404, 404],
        ),
        (
            format!("/spaces/{sp}/requests/999999/decline"),
            [LOGIN, 404, NO, 404, 404],
        ),
        (format!("/spaces/{sp}/request"), [LOGIN, 404, 400, 400, 404]),
        (format!("/spaces/{sp}/folders"), [LOGIN, 404, 400, 400, 404]),
        (format!("/folders/{folder}/delete"), [LOGIN, 404, OK, OK, 404]),
        (format!("/files/{file}/restore"), [LOGIN, 404, 404, 404, 404]),
        (format!("/spaces/{sp}/hosts"), [LOGIN, 404, NO, 400, 404]),
        (format!("/spaces/{sp}/meetings/new"), [LOGIN, 404, NO, 400, 404]),
        (format!("/meetings/{meeting}/edit"), [LOGIN, 404, NO, 400, 404]),
        (format!("/meetings/{meeting}/topics"), [LOGIN, 404, 400, 400, 404]),
        (format!("/topics/{topic}/vote"), [LOGIN, 404, 303, 303, 404]),
        (format!("/topics/{topic}/unvote"), [LOGIN, 404, 303, 303, 404]),
        (format!("/meetings/{meeting}/sessions/new"), [LOGIN, 404, NO, 400, 404]),
        (format!("/sessions/{session}/edit"), [LOGIN, 404, NO, 400, 404]),
        (
            format!("/sessions/{session}/documentation"),
            [LOGIN, 404, 400, 400, 404],
        ),
        (format!("/sessions/{session}/choose"), [LOGIN, 404, 422, 422, 404]),
        (format!("/sessions/{session}/unchoose"), [LOGIN, 404, 303, 303, 404]),
        (format!("/threads/{thread}/follow"), [LOGIN, 404, 303, 303, 404]),
        (format!("/threads/{thread}/unfollow"), [LOGIN, 404, 303, 303, 404]),
        ("/spaces/notifications".into(), [LOGIN, 400, 400, 400, 400]),
        (format!("/posts/{post}/edit"), [LOGIN, 404, NO, 400, 404]),
        (format!("/orgs/{o}/leitbild/new"), [LOGIN, NO, NO, 400, 400]),
        (format!("/leitbild/{lb}/edit"), [LOGIN, 404, NO, 400, 404]),
        (format!("/leitbild/{lb}/phase"), [LOGIN, 404, NO, 400, 404]),
        (format!("/leitbild/{lb}/draft/edit"), [LOGIN, 404, NO, 400, 404]),
        (format!("/leitbild/{lb}/departments"), [LOGIN, 404, NO, 400, 404]),
        (format!("/leitbild/{lb}/departments/{dep}"), [LOGIN, 404, NO, 400, 404]),
        (
            format!("/leitbild/{lb}/departments/{dep}/remove"),
            [LOGIN, 404, NO, OK, 404],
        ),
        (format!("/leitbild/{lb}/people"), [LOGIN, 404, NO, 400, 404]),
        (
            format!("/leitbild/{lb}/people/{person}/remove"),
            [LOGIN, 404, NO, OK, 404],
        ),
        (format!("/leitbild/{lb}/team"), [LOGIN, 404, NO, 400, 404]),
        (format!("/leitbild/{lb}/planner/plan"), [LOGIN, 404, NO, 400, 404]),
        (format!("/leitbild/{lb}/planner/new"), [LOGIN, 404, NO, 400, 404]),
        (
            format!("/leitbild/{lb}/planner/{measure}/edit"),
            [LOGIN, 404, NO, 400, 404],
        ),
        (
            format!("/leitbild/{lb}/planner/{measure}/status"),
            [LOGIN, 404, NO, 400, 404],
        ),
        (
            format!("/leitbild/{lb}/planner/{measure}/remove"),
            [LOGIN, 404, NO, OK, 404],
        ),
        (
            format!("/leitbild/{lb}/team/{}/remove", c.admin),
            [LOGIN, 404, NO, OK, 404],
        ),
        (format!("/leitbild/{lb}/rounds"), [LOGIN, 404, NO, 400, 404]),
        (
            format!("/leitbild/{lb}/rounds/{round}/close"),
            [LOGIN, 404, NO, OK, 404],
        ),
        (
            format!("/leitbild/{lb}/rounds/{round}/comments/999999"),
            [LOGIN, 404, NO, 400, 404],
        ),
        (
            format!("/leitbild/{lb}/people/{person}/link"),
            [LOGIN, 404, NO, 400, 404],
        ),
        (
            format!("/leitbild/{lb}/people/{person}/link/revoke"),
            [LOGIN, 404, NO, OK, 404],
        ),
        (format!("/leitbild/{lb}/links/mail"), [LOGIN, 404, NO, 303, 404]),
        (format!("/leitbild/{lb}/links/cards"), [LOGIN, 404, NO, OK, 404]),
        (
            format!("/leitbild/{lb}/departments/{dep}/link/revoke"),
            [LOGIN, 404, NO, OK, 404],
        ),
        ("/mitmachen/tok-leitbild/comment".into(), [400, 400, 400, 400, 400]),
        ("/mitmachen/tok-leitbild/support".into(), [400, 400, 400, 400, 400]),
        ("/mitmachen/tok-leitbild/answers".into(), [400, 400, 400, 400, 400]),
        ("/mitmachen/unknown/comment".into(), [404, 404, 404, 404, 404]),
        ("/mitmachen/tok-leitbild/evaluation".into(), [400, 400, 400, 400, 400]),
        (format!("/leitbild/{lb}/evaluation"), [LOGIN, 404, NO, 400, 404]),
        (
            format!("/leitbild/{lb}/evaluation/999999/close"),
            [LOGIN, 404, NO, 404, 404],
        ),
        (format!("/leitbild/{lb}/workshops"), [LOGIN, 404, NO, 400, 404]),
        (
            format!("/leitbild/{lb}/workshops/{ws}/cards"),
            [LOGIN, 404, NO, 400, 404],
        ),
        (
            format!("/leitbild/{lb}/workshops/{ws}/notes"),
            [LOGIN, 404, NO, 400, 404],
        ),
        (
            format!("/leitbild/{lb}/workshops/{ws}/drafted"),
            [LOGIN, 404, NO, 400, 404],
        ),
        (
            format!("/leitbild/{lb}/workshops/{ws}/assignments"),
            [LOGIN, 404, NO, 400, 404],
        ),
        (
            format!("/leitbild/{lb}/workshop-cards/{card}"),
            [LOGIN, 404, NO, 400, 404],
        ),
        (
            format!("/leitbild/{lb}/workshop-cards/{card}/vote"),
            [LOGIN, 404, NO, 303, 404],
        ),
        (
            format!("/leitbild/{lb}/workshop-cards/{}/vote", card + 999),
            [LOGIN, 404, NO, 404, 404],
        ),
        (
            format!("/leitbild/{lb}/workshop-cards/{card}/remove"),
            [LOGIN, 404, NO, OK, 404],
        ),
        (
            format!("/leitbild/{lb}/workshop-notes/{wnote}"),
            [LOGIN, 404, NO, 400, 404],
        ),
        (
            format!("/leitbild/{lb}/workshop-notes/{wnote}/remove"),
            [LOGIN, 404, NO, OK, 404],
        ),
        (
            format!("/leitbild/{lb}/workshop-principles/{drafted}"),
            [LOGIN, 404, NO, 400, 404],
        ),
        (
            format!("/leitbild/{lb}/workshop-principles/{drafted}/remove"),
            [LOGIN, 404, NO, OK, 404],
        ),
        // the fixture's feedback round is open: no next version of the text now
        (
            format!("/leitbild/{lb}/workshop-principles/{drafted}/take"),
            [LOGIN, 404, NO, 422, 404],
        ),
        (
            format!("/leitbild/{lb}/assignments/{assignment}"),
            [LOGIN, 404, NO, 400, 404],
        ),
        (
            format!("/leitbild/{lb}/assignments/{assignment}/status"),
            [LOGIN, 404, NO, 400, 404],
        ),
        (
            format!("/leitbild/{lb}/assignments/{assignment}/remove"),
            [LOGIN, 404, NO, OK, 404],
        ),
        (format!("/leitbild/{lb}/adoption/offer"), [LOGIN, 404, NO, 400, 404]),
        (format!("/leitbild/{lb}/adoption/declare"), [LOGIN, 404, NO, 400, 404]),
        (format!("/leitbild/{lb}/publication"), [LOGIN, 404, NO, 400, 404]),
        (
            format!("/leitbild/{lb}/publication/withdraw"),
            [LOGIN, 404, NO, OK, 404],
        ),
        (format!("/leitbild/{lb}/translations/en"), [LOGIN, 404, NO, 400, 404]),
        (
            format!("/leitbild/{lb}/translations/en/remove"),
            [LOGIN, 404, NO, OK, 404],
        ),
        (format!("/orgs/{o}/openness"), [LOGIN, 404, NO, 400, 400]),
        (format!("/openness/waves/{wv}"), [LOGIN, 404, NO, 400, 400]),
        (format!("/openness/waves/{wv}/close"), [LOGIN, 404, NO, OK, OK]),
        (format!("/openness/waves/{wv}/groups"), [LOGIN, 404, NO, 400, 400]),
        (
            format!("/openness/waves/{wv}/groups/{wgroup}/remove"),
            [LOGIN, 404, NO, OK, OK],
        ),
        (
            format!("/openness/waves/{wv}/groups/{wgroup}/raters"),
            [LOGIN, 404, NO, 400, 400],
        ),
        (
            format!("/openness/waves/{wv}/raters/{wrater}/remove"),
            [LOGIN, 404, NO, OK, OK],
        ),
        (format!("/openness/waves/{wv}/links/cards"), [LOGIN, 404, NO, OK, OK]),
        (format!("/openness/waves/{wv}/answer"), [LOGIN, 404, 404, 404, 404]),
        // the wave runs: nothing to propose yet
        (format!("/openness/waves/{wv}/measures"), [LOGIN, 404, NO, 400, 400]),
        ("/bewertung/tok-rater".into(), [400, 400, 400, 400, 400]),
        ("/bewertung/unknown".into(), [404, 404, 404, 404, 404]),
        (
            format!("/openness/sets/{oset}/indicators/{oind}"),
            [LOGIN, NO, NO, NO, 400],
        ),
        (
            format!("/openness/sets/{oset}/indicators/{oind}/remove"),
            [LOGIN, NO, NO, NO, OK],
        ),
        (
            format!("/openness/sets/{oset}/dimensions/{odim}/indicators"),
            [LOGIN, NO, NO, NO, 400],
        ),
        (format!("/openness/sets/{oset}/languages/en"), [LOGIN, NO, NO, NO, 400]),
        (format!("/openness/sets/{oset}/copy"), [LOGIN, NO, NO, NO, 303]),
        (format!("/openness/sets/{oset}/version"), [LOGIN, NO, NO, NO, 303]),
        // the rater with an address gets a link by mail, then nobody is left to mail
        (format!("/openness/waves/{wv}/links/mail"), [LOGIN, 404, NO, 303, 303]),
        ("/mitmachen/tok-leitbild/freigabe".into(), [400, 400, 400, 400, 400]),
        ("/mitmachen/unknown/freigabe".into(), [404, 404, 404, 404, 404]),
        // not a multipart upload: refused before anything else
        (format!("/spaces/{sp}/threads/new"), [400, 400, 400, 400, 400]),
        (format!("/threads/{thread}/reply"), [400, 400, 400, 400, 400]),
        (format!("/spaces/{sp}/files"), [400, 400, 400, 400, 400]),
        (format!("/files/{file}/versions"), [400, 400, 400, 400, 400]),
        (format!("/sessions/{session}/files"), [400, 400, 400, 400, 400]),
        (
            format!("/series/{series}/participants/import"),
            [400, 400, 400, 400, 400],
        ),
        ("/speaker-requests/unknown".into(), [404, 404, 404, 404, 404]),
        ("/r/unknown/confirm".into(), [404, 404, 404, 404, 404]),
        ("/r/unknown/cancel".into(), [404, 404, 404, 404, 404]),
        // without its confirmation field the deletion is no form of ours
        ("/r/tok-rhea/delete".into(), [400, 400, 400, 400, 400]),
        ("/r/unknown/delete".into(), [404, 404, 404, 404, 404]),
        // destructive actions first ask on a page of their own (web/confirm.rs; nothing changes)
        (format!("/files/{file}/trash"), [LOGIN, 404, OK, OK, 404]),
        (format!("/sessions/{session}/delete"), [LOGIN, 404, NO, OK, 404]),
        (format!("/registrations/{reg}/cancel"), [LOGIN, 404, OK, OK, OK]),
        // this cancels, so it comes after the forms of the same objects
        (format!("/modules/{module}/cancel"), [LOGIN, NO, 303, 303, 303]),
        // these two end sessions, so they come last
        ("/profile/logout-everywhere".into(), [LOGIN, 303, 303, 303, 303]),
        ("/logout".into(), [303, 303, 303, 303, 303]),
    ];
    for (path, expected) in &posts {
        for (who, want) in expected.iter().enumerate() {
            let r = people[who].post(path, &[]).await;
            assert_eq!(r.status.as_u16(), *want, "POST {path} as person {who}: {}", r.body);
            if *want == OK {
                // an answer of 200 to a POST is a confirmation page that asks before acting
                r.assert_contains("name=\"confirmed\" value=\"true\"");
            }
        }
    }
    // the member was not removed or changed by anyone refused
    let members = app.state.store.members(o).await.unwrap();
    assert_eq!(
        members.iter().find(|x| x.user_id == m).unwrap().role,
        domain::orgs::Role::Member
    );
}
