//! Taking part in a Leitbild process through links, and feedback rounds:
//! personal links mailed or printed, department links anonymous; staff
//! comment, support and answer short questions while a round is open; the
//! team answers every comment before the next version; reminders.

use axum::http::StatusCode;

use crate::helpers::*;
use crate::leitbild::{administration, department_id, start};

const DAY: i64 = 86_400;

/// A process with a department, three people (one with an e-mail, one
/// without, one leader) and a first version; signed in as its admin.
pub(crate) async fn prepared() -> (TestApp, Cast, i64) {
    let mut app = TestApp::new().await;
    let c = cast(&app).await;
    administration(&app, c.org).await;
    app.login("orgadmin@example.org", PASSWORD).await;
    let id = start(&mut app, c.org, "Unser Leitbild").await;
    let r = app
        .post(
            &format!("/leitbild/{id}/departments"),
            &[("dep_name", "Bürgerbüro"), ("dep_headcount", "12")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let dep = department_id(&app, id, "Bürgerbüro").await.to_string();
    for (name, email, leader) in [
        ("Jonas Becker", "jonas.becker@example.org", ""),
        ("Amira Haddad", "", "on"),
        ("Petra Lang", "", ""),
    ] {
        let r = app
            .post(
                &format!("/leitbild/{id}/people"),
                &[
                    ("person_name", name),
                    ("person_email", email),
                    ("person_function", ""),
                    ("person_department", &dep),
                    ("person_leader", leader),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    }
    let r = app
        .post(
            &format!("/leitbild/{id}/draft/edit"),
            &[
                ("based_on", "0"),
                ("slogan", "Offen für alle"),
                ("preamble", "Wir sind für alle da."),
                ("principle-1", "Wir beraten freundlich."),
                ("goal-1", "Niemand geht ohne Antwort."),
                ("principle-2", "Wir sprechen verständlich."),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    (app, c, id)
}

async fn person_id(app: &TestApp, process: i64, name: &str) -> i64 {
    let people = app.state.store.people(process).await.unwrap();
    people.iter().find(|p| p.name == name).unwrap().id
}

/// Starts a round from today for three weeks, with `questions`; returns its id.
pub(crate) async fn start_round(app: &mut TestApp, id: i64, questions: &str) -> i64 {
    let tz = i18n::time_zone();
    let now = app.state.now();
    let opens = domain::series::to_local_date_input(now, tz);
    let closes = domain::series::to_local_date_input(now + 21 * DAY, tz);
    let r = app
        .post(
            &format!("/leitbild/{id}/rounds"),
            &[
                ("opens", &opens),
                ("closes", &closes),
                ("remind_days", "3"),
                ("questions", questions),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    r.id_after(&format!("/leitbild/{id}/rounds/"))
}

/// The personal link mailed to Jonas Becker (a path `/mitmachen/…`).
pub(crate) async fn jonas_link(app: &mut TestApp, id: i64) -> String {
    let jonas = person_id(app, id, "Jonas Becker").await;
    let r = app.post(&format!("/leitbild/{id}/people/{jonas}/link"), &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let link = app.link_in_mail_to("jonas.becker@example.org").await;
    assert!(link.starts_with("/mitmachen/"), "{link}");
    link
}

#[tokio::test]
async fn staff_comment_through_their_link_and_the_team_answers_every_comment() {
    let (mut app, _c, id) = prepared().await;
    let link = jonas_link(&mut app, id).await;
    let mail = app
        .mails()
        .await
        .into_iter()
        .find(|m| m.to_addr == "jonas.becker@example.org")
        .unwrap();
    assert!(mail.subject.contains("Unser Leitbild"), "{}", mail.subject);
    assert_eq!(mail.kind, domain::outbox::MailKind::LeitbildLink);

    // staff need no account; before a round they read the text
    let mut staff = app.browser();
    staff.cookies.clear();
    staff
        .get(&link)
        .await
        .assert_status(StatusCode::OK)
        .assert_contains("Guten Tag \u{2068}Jonas Becker\u{2069}")
        .assert_contains("Wir beraten freundlich.")
        .assert_contains("Gerade läuft keine Feedbackrunde.")
        .assert_not_contains("Kommentar senden");
    let seen = app.state.store.people(id).await.unwrap();
    assert!(seen.iter().any(|p| p.name == "Jonas Becker" && p.seen_at.is_some()));

    let round = start_round(&mut app, id, "Was bedeutet Offenheit für Sie?\nWas fehlt?").await;
    let round_s = round.to_string();
    let page = staff.get(&link).await;
    page.assert_contains("Kommentar senden")
        .assert_contains("Was bedeutet Offenheit für Sie?")
        .assert_contains("Unterstütze ich");

    // a comment with HTML is kept as text; a support counts once
    let r = staff
        .post(
            &format!("{link}/comment"),
            &[
                ("round", &round_s),
                ("target", "principle:1"),
                ("body", "<b>Freundlich</b> reicht nicht, wir brauchen Zeit."),
                ("proposal", "Wir beraten freundlich und nehmen uns Zeit."),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    for _ in 0..2 {
        let r = staff
            .post(
                &format!("{link}/support"),
                &[("round", &round_s), ("target", "slogan"), ("on", "1")],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    }
    let q = app.state.store.round_questions(round).await.unwrap();
    let (q1, q2) = (format!("q-{}", q[0].id), format!("q-{}", q[1].id));
    let r = staff
        .post(
            &format!("{link}/answers"),
            &[("round", &round_s), (&q1, "Dass alle verstanden werden."), (&q2, "")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let r = app.state.store.round(id, round).await.unwrap().unwrap();
    assert_eq!((r.comments, r.answered, r.contributors), (1, 0, 1));
    let supports = app.state.store.round_supports(round).await.unwrap();
    assert_eq!(supports.len(), 1);
    assert_eq!(supports[0].count, 1, "supporting twice counts once");

    // the team sees the comment with the department, never the name
    let team = app.get(&format!("/leitbild/{id}/rounds/{round}")).await;
    team.assert_contains("&#60;b&#62;Freundlich&#60;/b&#62;")
        .assert_not_contains("<b>Freundlich")
        .assert_contains("Bürgerbüro")
        .assert_contains("Dass alle verstanden werden.")
        .assert_not_contains("Jonas Becker");

    // no next version while the round is open
    let edit = format!("/leitbild/{id}/draft/edit");
    let next = [
        ("based_on", "1"),
        ("slogan", "Offen für alle"),
        ("preamble", ""),
        ("principle-1", "Wir beraten freundlich und nehmen uns Zeit."),
    ];
    let r = app.post(&edit, &next).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("Eine Feedbackrunde läuft noch")
        .assert_contains("nehmen uns Zeit.");

    // the round ends (asked first); a comment after it is refused, its text kept
    let close = format!("/leitbild/{id}/rounds/{round}/close");
    app.post(&close, &[])
        .await
        .assert_status(StatusCode::OK)
        .assert_contains("Feedbackrunde jetzt beenden?");
    let r = app.post(&close, &[("confirmed", "true")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let r = staff
        .post(
            &format!("{link}/comment"),
            &[
                ("round", &round_s),
                ("target", "general"),
                ("body", "Zu spät, aber wichtig."),
                ("proposal", ""),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("Die Feedbackrunde ist beendet")
        .assert_contains("Zu spät, aber wichtig.");
    assert_eq!(app.state.store.round_comments(round).await.unwrap().len(), 1);

    // every comment needs its answer first
    let r = app.post(&edit, &next).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("Es sind noch Kommentare unbeantwortet.");
    let comment = app.state.store.round_comments(round).await.unwrap()[0].clone();
    let answer = format!("/leitbild/{id}/rounds/{round}/comments/{}", comment.id);
    // an answer without a reason is refused beside its field
    let r = app
        .post(&answer, &[("version", "1"), ("answer", "changed"), ("reason", " ")])
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains(&format!("f-reason-{}", comment.id));
    let r = app
        .post(
            &answer,
            &[
                ("version", "1"),
                ("answer", "changed"),
                ("reason", "Wir nehmen die Zeit auf, anders formuliert."),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let r = app.post(&edit, &next).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);

    // the person sees how their comment was answered
    staff
        .get(&link)
        .await
        .assert_contains("Verändert übernommen")
        .assert_contains("Wir nehmen die Zeit auf, anders formuliert.");
    app.assert_audited(&[
        "leitbild.round.start",
        "leitbild.comment",
        "leitbild.support",
        "leitbild.replies",
        "leitbild.round.close",
        "leitbild.comment.answer",
        "leitbild.link.mail",
    ])
    .await;
}

#[tokio::test]
async fn two_team_members_answering_one_comment_the_second_is_told() {
    let (mut app, c, id) = prepared().await;
    let link = jonas_link(&mut app, id).await;
    let round = start_round(&mut app, id, "").await;
    let mut staff = app.browser();
    staff.cookies.clear();
    let r = staff
        .post(
            &format!("{link}/comment"),
            &[
                ("round", &round.to_string()),
                ("target", "slogan"),
                ("body", "Zu kurz."),
                ("proposal", ""),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    // a second team member
    app.state
        .store
        .add_team_member(app.state.now(), c.admin, id, c.member)
        .await
        .unwrap();
    let mut second = app.browser_as("member@example.org").await;
    let comment = app.state.store.round_comments(round).await.unwrap()[0].id;
    let path = format!("/leitbild/{id}/rounds/{round}/comments/{comment}");
    // both loaded the page at version 1
    let r = app
        .post(
            &path,
            &[("version", "1"), ("answer", "taken"), ("reason", "Gute Idee.")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let r = second
        .post(
            &path,
            &[("version", "1"), ("answer", "declined"), ("reason", "Passt nicht.")],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("inzwischen beantwortet")
        .assert_contains("Passt nicht.");
    let c = app.state.store.round_comments(round).await.unwrap()[0].clone();
    assert_eq!(c.answer, Some(domain::leitbild_feedback::Answer::Taken));
    assert_eq!(c.reason, "Gute Idee.");
}

#[tokio::test]
async fn department_links_are_anonymous_and_counted_per_department() {
    let (mut app, _c, id) = prepared().await;
    let dep = department_id(&app, id, "Bürgerbüro").await;
    let r = app.post(&format!("/leitbild/{id}/departments/{dep}/link"), &[]).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let base = app.state.config.public_url.clone();
    let start = r.body.find(&format!("{base}/mitmachen/")).expect("the link is shown");
    let link: String = r.body[start + base.len()..]
        .chars()
        .take_while(|c| *c != '"' && *c != '<')
        .collect();
    let round = start_round(&mut app, id, "").await.to_string();

    // two browsers: each a visitor of its own, neither with a name
    let mut one = app.browser();
    one.cookies.clear();
    let page = one.get(&link).await;
    page.assert_contains("über den Link der Abteilung")
        .assert_contains("Bürgerbüro");
    assert!(one.cookies.contains_key("ikoe_visitor"), "a visitor key is kept");
    let mut two = app.browser();
    two.cookies.clear();
    two.get(&link).await.assert_status(StatusCode::OK);
    for b in [&mut one, &mut two] {
        for _ in 0..2 {
            let r = b
                .post(
                    &format!("{link}/support"),
                    &[("round", &round), ("target", "principle:2"), ("on", "1")],
                )
                .await;
            assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        }
    }
    let r = one
        .post(
            &format!("{link}/comment"),
            &[
                ("round", &round),
                ("target", "general"),
                ("body", "Mehr Sprachen im Wartebereich."),
                ("proposal", ""),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let rid: i64 = round.parse().unwrap();
    let supports = app.state.store.round_supports(rid).await.unwrap();
    assert_eq!(supports[0].count, 2, "one support per browser");
    // each visitor sees only their own comments
    one.get(&link).await.assert_contains("Mehr Sprachen im Wartebereich.");
    two.get(&link)
        .await
        .assert_not_contains("Mehr Sprachen im Wartebereich.");
    let comments = app.state.store.round_comments(rid).await.unwrap();
    assert_eq!(comments[0].department, "Bürgerbüro");

    // a target beyond the version, a round of nothing, a guessed link
    let r = one
        .post(
            &format!("{link}/support"),
            &[("round", &round), ("target", "principle:3"), ("on", "1")],
        )
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    let r = one
        .post(
            &format!("{link}/support"),
            &[("round", "99999"), ("target", "slogan"), ("on", "1")],
        )
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    one.get("/mitmachen/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")
        .await
        .assert_status(StatusCode::NOT_FOUND);

    // a new link replaces the old one (asked first); a revoked one is gone
    let make = format!("/leitbild/{id}/departments/{dep}/link");
    app.post(&make, &[])
        .await
        .assert_contains("Neuen Link für „\u{2068}Bürgerbüro\u{2069}“ erzeugen?");
    let r = app.post(&make, &[("confirmed", "true")]).await;
    assert_eq!(r.status, StatusCode::OK);
    one.get(&link).await.assert_status(StatusCode::NOT_FOUND);
    let r = app
        .post(
            &format!("/leitbild/{id}/departments/{dep}/link/revoke"),
            &[("confirmed", "true")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(!app.state.store.departments(id).await.unwrap()[0].has_link.on());
}

#[tokio::test]
async fn a_link_of_one_process_reaches_no_round_of_another() {
    let (mut app, c, id) = prepared().await;
    let link = jonas_link(&mut app, id).await;
    start_round(&mut app, id, "").await;
    // a second process of the same administration with its own round
    let other = start(&mut app, c.org, "Zweiter Prozess").await;
    let r = app
        .post(
            &format!("/leitbild/{other}/draft/edit"),
            &[
                ("based_on", "0"),
                ("slogan", "Anders"),
                ("preamble", ""),
                ("principle-1", "Eins."),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let other_round = start_round(&mut app, other, "").await;
    let mut staff = app.browser();
    staff.cookies.clear();
    let r = staff
        .post(
            &format!("{link}/comment"),
            &[
                ("round", &other_round.to_string()),
                ("target", "general"),
                ("body", "Hallo"),
                ("proposal", ""),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert!(app.state.store.round_comments(other_round).await.unwrap().is_empty());
    // a revoked personal link is gone
    let jonas = person_id(&app, id, "Jonas Becker").await;
    let revoke = format!("/leitbild/{id}/people/{jonas}/link/revoke");
    app.post(&revoke, &[])
        .await
        .assert_contains("Link von \u{2068}Jonas Becker\u{2069} sperren?");
    staff.get(&link).await.assert_status(StatusCode::OK);
    let r = app.post(&revoke, &[("confirmed", "true")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    staff.get(&link).await.assert_status(StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn round_forms_refuse_bad_dates_and_too_many_questions() {
    let (mut app, _c, id) = prepared().await;
    let tz = i18n::time_zone();
    let now = app.state.now();
    let today = domain::series::to_local_date_input(now, tz);
    let past = domain::series::to_local_date_input(now - 3 * DAY, tz);
    let far = domain::series::to_local_date_input(now + 200 * DAY, tz);
    let path = format!("/leitbild/{id}/rounds");
    for (opens, closes, days, questions, message) in [
        (
            today.as_str(),
            past.as_str(),
            "3",
            "",
            "Das Ende muss nach dem Beginn liegen.",
        ),
        (
            past.as_str(),
            past.as_str(),
            "3",
            "",
            "Die Frist liegt in der Vergangenheit.",
        ),
        (today.as_str(), far.as_str(), "3", "", "höchstens 120 Tage"),
        (today.as_str(), "morgen", "3", "", "Bitte geben Sie ein Datum"),
        (
            today.as_str(),
            far.as_str(),
            "-1",
            "",
            "Diese Zahl ist zu groß oder zu klein.",
        ),
        (
            today.as_str(),
            far.as_str(),
            "3",
            "1\n2\n3\n4\n5\n6",
            "höchstens fünf Fragen",
        ),
    ] {
        let r = app
            .post(
                &path,
                &[
                    ("opens", opens),
                    ("closes", closes),
                    ("remind_days", days),
                    ("questions", questions),
                ],
            )
            .await;
        assert_eq!(
            r.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{opens} {closes} {days}: {}",
            r.body
        );
        r.assert_contains(message);
    }
    assert!(app.state.store.rounds(id).await.unwrap().is_empty());
    // one round at a time
    start_round(&mut app, id, "").await;
    let closes = domain::series::to_local_date_input(now + 10 * DAY, tz);
    let r = app
        .post(
            &path,
            &[
                ("opens", &today),
                ("closes", &closes),
                ("remind_days", "3"),
                ("questions", ""),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("Es läuft schon eine Feedbackrunde");
    assert_eq!(app.state.store.rounds(id).await.unwrap().len(), 1);
}

#[tokio::test]
async fn the_reminder_goes_once_to_those_who_have_not_taken_part_with_a_new_link() {
    let (mut app, _c, id) = prepared().await;
    let old = jonas_link(&mut app, id).await;
    start_round(&mut app, id, "").await;
    let before = app.mails().await.len();
    // not due yet
    assert_eq!(ikoe::jobs::leitbild::send_round_reminders(&app.state).await.unwrap(), 0);
    app.clock().advance(19 * DAY);
    assert_eq!(ikoe::jobs::leitbild::send_round_reminders(&app.state).await.unwrap(), 1);
    assert_eq!(
        ikoe::jobs::leitbild::send_round_reminders(&app.state).await.unwrap(),
        0,
        "once"
    );
    let mails = app.mails().await;
    assert_eq!(mails.len(), before + 1);
    assert_eq!(mails[0].kind, domain::outbox::MailKind::LeitbildReminder);
    let new = app.link_in_mail_to("jonas.becker@example.org").await;
    assert_ne!(new, old);
    let mut staff = app.browser();
    staff.cookies.clear();
    staff.get(&old).await.assert_status(StatusCode::NOT_FOUND);
    staff.get(&new).await.assert_contains("Kommentar senden");
    let r = app.state.store.latest_round(id).await.unwrap().unwrap();
    assert!(r.reminded_at.is_some());
}

#[tokio::test]
async fn cards_with_qr_codes_for_staff_without_a_mailbox() {
    let (mut app, _c, id) = prepared().await;
    let path = format!("/leitbild/{id}/links/cards");
    app.post(&path, &[])
        .await
        .assert_status(StatusCode::OK)
        .assert_contains("Karten für \u{2068}2\u{2069} Personen drucken?");
    let r = app.post(&path, &[("confirmed", "true")]).await;
    assert_eq!(r.status, StatusCode::OK);
    r.assert_attachment();
    assert!(r.bytes.starts_with(b"%PDF"));
    let text = pdf_extract::extract_text_from_mem(&r.bytes).unwrap();
    for name in ["Amira Haddad", "Petra Lang", "Bürgerbüro", "/mitmachen/"] {
        assert!(text.contains(name), "{name} in {text}");
    }
    assert!(!text.contains("Jonas Becker"), "people with e-mail get no card");
    let people = app.state.store.people(id).await.unwrap();
    assert_eq!(people.iter().filter(|p| p.link_at.is_some()).count(), 2);
    // the link on a card works
    let base = app.state.config.public_url.clone();
    let compact: String = text.split_whitespace().collect();
    let at = compact.find(&format!("{base}/mitmachen/")).unwrap();
    let link: String = compact[at + base.len()..]
        .chars()
        .take("/mitmachen/".len() + 43)
        .collect();
    let mut staff = app.browser();
    staff.cookies.clear();
    staff.get(&link).await.assert_status(StatusCode::OK);
}

#[tokio::test]
async fn after_the_process_the_link_shows_the_text_and_nothing_to_send() {
    let (mut app, _c, id) = prepared().await;
    let link = jonas_link(&mut app, id).await;
    start_round(&mut app, id, "").await;
    let r = app
        .post(&format!("/leitbild/{id}/phase"), &[("phase", "evaluation")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let mut staff = app.browser();
    staff.cookies.clear();
    staff
        .get(&link)
        .await
        .assert_contains("Der Leitbildprozess ist abgeschlossen.")
        .assert_contains("Wir beraten freundlich.")
        .assert_not_contains("Kommentar senden");
}

/// Opens the evaluation survey from today for four weeks; returns its id.
async fn start_survey(app: &mut TestApp, id: i64) -> i64 {
    let tz = i18n::time_zone();
    let now = app.state.now();
    let opens = domain::series::to_local_date_input(now, tz);
    let closes = domain::series::to_local_date_input(now + 28 * DAY, tz);
    let r = app
        .post(
            &format!("/leitbild/{id}/evaluation"),
            &[("opens", &opens), ("closes", &closes)],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    r.id_after(&format!("/leitbild/{id}/evaluation/"))
}

/// A new personal link for `name` (made in the store, as a printed card would be).
async fn link_for(app: &TestApp, id: i64, name: &str) -> String {
    let person = person_id(app, id, name).await;
    let token = ikoe::security::random_token();
    let hash = ikoe::security::token_hash(&token);
    let st = &app.state.store;
    st.set_person_link(app.state.now(), 1, id, person, Some(&hash))
        .await
        .unwrap();
    format!("/mitmachen/{token}")
}

#[tokio::test]
async fn the_evaluation_is_anonymous_and_shows_results_from_three_ratings() {
    let (mut app, _c, id) = prepared().await;
    let survey = start_survey(&mut app, id).await;
    let s = survey.to_string();
    let mut answers = vec![];
    for (name, r1, note) in [
        ("Jonas Becker", "4", "Wir nehmen uns Zeit für Fragen."),
        ("Amira Haddad", "5", ""),
        ("Petra Lang", "2", "<i>Selten</i>"),
    ] {
        let link = link_for(&app, id, name).await;
        let mut staff = app.browser();
        staff
            .get(&link)
            .await
            .assert_contains("Wird unser Leitbild gelebt?")
            .assert_contains("voll und ganz");
        // a rating outside the scale is refused beside its field, the note kept
        let r = staff
            .post(
                &format!("{link}/evaluation"),
                &[
                    ("survey", &s),
                    ("rating-1", "7"),
                    ("note-1", note),
                    ("rating-2", ""),
                    ("note-2", ""),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        r.assert_contains("f-rating-1-error");
        // answering twice replaces the first answer
        for rating in ["1", r1] {
            let r = staff
                .post(
                    &format!("{link}/evaluation"),
                    &[
                        ("survey", &s),
                        ("rating-1", rating),
                        ("note-1", note),
                        ("rating-2", ""),
                        ("note-2", ""),
                    ],
                )
                .await;
            assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        }
        answers.push(link);
        if answers.len() == 2 {
            app.get(&format!("/leitbild/{id}/evaluation/{survey}"))
                .await
                .assert_contains("Noch zu wenige Bewertungen")
                .assert_not_contains("Wir nehmen uns Zeit für Fragen.");
        }
    }
    let results = app.state.store.survey_results(survey, 2).await.unwrap();
    assert_eq!(results[0].rated, 3);
    assert_eq!(results[0].counts, [0, 1, 0, 1, 1]);
    assert_eq!(results[0].mean_tenths(), Some(37));
    assert_eq!(results[1].rated, 0);
    app.get(&format!("/leitbild/{id}/evaluation/{survey}"))
        .await
        .assert_contains("Mittelwert \u{2068}3,7\u{2069} von 5")
        .assert_contains("Wir nehmen uns Zeit für Fragen.")
        .assert_contains("&#60;i&#62;Selten&#60;/i&#62;")
        .assert_contains("<svg class=\"survey-bars\"");

    // nothing in the answers names a person or a time
    let cols: Vec<(String,)> = match app.state.store.backend() {
        store::Backend::Sqlite => sqlx::query_as("SELECT name FROM pragma_table_info('leitbild_survey_answers')")
            .fetch_all(app.state.store.pool())
            .await
            .unwrap(),
        store::Backend::Postgres => sqlx::query_as(
            "SELECT column_name::text FROM information_schema.columns WHERE table_name = 'leitbild_survey_answers'",
        )
        .fetch_all(app.state.store.pool())
        .await
        .unwrap(),
    };
    let cols: Vec<String> = cols.into_iter().map(|(c,)| c).collect();
    for bad in ["person_id", "contributor", "created_at", "name", "email"] {
        assert!(!cols.iter().any(|c| c == bad), "{bad} in {cols:?}");
    }
    let voters: Vec<(String,)> = sqlx::query_as("SELECT DISTINCT voter FROM leitbild_survey_answers")
        .fetch_all(app.state.store.pool())
        .await
        .unwrap();
    assert_eq!(voters.len(), 3);
    assert!(voters.iter().all(|(v,)| !v.starts_with('p') || v.len() > 20));

    // closed: refused, nothing changes
    let close = format!("/leitbild/{id}/evaluation/{survey}/close");
    app.post(&close, &[]).await.assert_contains("Befragung jetzt beenden?");
    let r = app.post(&close, &[("confirmed", "true")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let mut staff = app.browser();
    let r = staff
        .post(
            &format!("{}/evaluation", answers[0]),
            &[
                ("survey", &s),
                ("rating-1", "1"),
                ("note-1", ""),
                ("rating-2", ""),
                ("note-2", ""),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("Die Befragung ist beendet");
    assert_eq!(
        app.state.store.survey_results(survey, 2).await.unwrap()[0].counts,
        [0, 1, 0, 1, 1]
    );
    // repeated: a second survey
    start_survey(&mut app, id).await;
    assert_eq!(app.state.store.surveys(id).await.unwrap().len(), 2);
    app.assert_audited(&[
        "leitbild.survey.start",
        "leitbild.survey.answer",
        "leitbild.survey.close",
    ])
    .await;
}
