//! The Ideenwerkstatt's storage, used directly: hosts and the hosting
//! history, topics and votes, sessions, choices among parallel sessions
//! (runs on SQLite and PostgreSQL).

use domain::meetings::SessionFormat;
use domain::spaces::SpaceRole;
use store::meetings::{propose_host, NewMeeting, NewSession, SessionItem};
use store::StoreError;

use crate::builders::{new_meeting, new_module, new_series, new_session};
use crate::helpers::*;

const DAY: i64 = 86_400;
const HOUR: i64 = 3_600;

/// A network space with the cast's two organisations as members.
async fn network(app: &TestApp, c: &Cast) -> i64 {
    let space = app.space(c.admin, "Netzwerk der Koordinierungsstellen").await;
    for org in [c.org, c.other_org] {
        app.state
            .store
            .add_space_org(app.state.now(), c.admin, space, org, SpaceRole::Member, &[])
            .await
            .unwrap();
    }
    space
}

/// A meeting of a fresh network space, 30 days ahead, with `votes` votes per person.
async fn upcoming_meeting(app: &TestApp, c: &Cast, votes: i64) -> (i64, i64) {
    let space = network(app, c).await;
    let starts = app.state.now() + 30 * DAY;
    let m = add_meeting(
        app,
        c,
        space,
        &new_meeting("Ideenwerkstatt Herbst", starts, None, None, "", votes),
    )
    .await;
    (space, m)
}

/// A meeting of `space`, added by the cast's organisation admin; returns its id.
async fn add_meeting(app: &TestApp, c: &Cast, space: i64, new: &NewMeeting) -> i64 {
    app.state
        .store
        .create_meeting(app.state.now(), c.admin, space, new)
        .await
        .unwrap()
}

/// A fresh app with the cast and an upcoming meeting with `votes` votes per person.
async fn app_with_meeting(votes: i64) -> (TestApp, Cast, i64) {
    let (app, c) = with_cast().await;
    let (_, m) = upcoming_meeting(&app, &c, votes).await;
    (app, c, m)
}

/// A session of meeting `m`, added by the cast's organisation admin; returns its id.
async fn add_session(app: &TestApp, c: &Cast, m: i64, new: &NewSession) -> i64 {
    app.state
        .store
        .create_meeting_session(app.state.now(), c.admin, m, new)
        .await
        .unwrap()
}

/// The sessions a person chose, in agenda order.
fn mine(agenda: &[SessionItem]) -> Vec<i64> {
    agenda.iter().filter(|x| x.mine.on()).map(|x| x.id).collect()
}

#[tokio::test]
async fn host_proposal_follows_the_history_and_keeps_swaps() {
    let (app, c) = with_cast().await;
    let (s, now) = (&app.state.store, app.state.now());
    let space = network(&app, &c).await;
    let third = app.org("Freiwilligenagentur Mitte", "DE-BE").await;
    let unwilling = app.org("Bürgerhaus Altona", "DE-HH").await;
    let outsider = app.org("Verein Außerhalb", "DE-BE").await;
    for org in [third, unwilling] {
        s.add_space_org(now, c.admin, space, org, SpaceRole::Member, &[])
            .await
            .unwrap();
    }
    for org in [c.org, c.other_org, third] {
        s.set_host_willing(now, c.admin, space, org, true, "").await.unwrap();
    }
    s.set_host_willing(now, c.admin, space, unwilling, false, "Wir bauen um")
        .await
        .unwrap();
    assert!(
        matches!(
            s.set_host_willing(now, c.admin, space, outsider, true, "").await,
            Err(StoreError::NotFound)
        ),
        "only member organisations host"
    );

    // nobody hosted yet: the willing ones by name (the unwilling Bürgerhaus is left out)
    let rows = s.host_candidates(space, now).await.unwrap();
    assert_eq!(rows.len(), 4);
    let altona = rows.iter().find(|r| r.org_id == unwilling).unwrap();
    assert!(!altona.is_willing());
    assert_eq!(altona.note, "Wir bauen um");
    assert_eq!(propose_host(&rows), Some(third));

    // a year ago the Freiwilligenagentur hosted as proposed; half a year ago
    // it was Harz's turn, but Stendal hosted instead (a swap)
    let held = new_meeting("Frühjahr", now - 365 * DAY, Some(third), Some(third), "", 3);
    let m1 = add_meeting(&app, &c, space, &held).await;
    let swapped = new_meeting(
        "Herbst",
        now - 182 * DAY,
        Some(c.other_org),
        Some(c.org),
        "Harz renoviert die Räume",
        3,
    );
    let m2 = add_meeting(&app, &c, space, &swapped).await;

    let rows = s.host_candidates(space, now).await.unwrap();
    let stendal = rows.iter().find(|r| r.org_id == c.other_org).unwrap();
    assert_eq!(stendal.times_hosted, 1);
    assert_eq!(stendal.last_hosted, Some(now - 182 * DAY));
    let harz = rows.iter().find(|r| r.org_id == c.org).unwrap();
    assert_eq!((harz.times_hosted, harz.last_hosted), (0, None));
    // Harz was skipped by the swap and never hosted: its turn is still due
    assert_eq!(propose_host(&rows), Some(c.org));

    // Harz hosts the next meeting; a planned meeting is not yet history
    let planned = new_meeting("Frühjahr 2027", now + 180 * DAY, Some(c.org), Some(c.org), "", 3);
    let m3 = add_meeting(&app, &c, space, &planned).await;
    // Harz has its turn with the planned meeting: the proposal is the next
    // due (the Freiwilligenagentur hosted longest ago), and Harz's planned
    // hosting is not counted as held
    let rows = s.host_candidates(space, now).await.unwrap();
    assert_eq!(propose_host(&rows), Some(third));
    let harz = rows.iter().find(|r| r.org_id == c.org).unwrap();
    assert_eq!((harz.times_hosted, harz.last_hosted), (0, None));
    assert_eq!(harz.planned, Some(now + 180 * DAY));
    assert!(rows.iter().filter(|r| r.org_id != c.org).all(|r| r.planned.is_none()));
    assert_eq!(rows.iter().map(|r| r.times_hosted).sum::<i64>(), 2, "two held meetings");
    // once it has taken place it is held: Harz hosted once, nothing is planned
    let later = now + 181 * DAY;
    let rows = s.host_candidates(space, later).await.unwrap();
    let harz = rows.iter().find(|r| r.org_id == c.org).unwrap();
    assert_eq!(
        (harz.times_hosted, harz.last_hosted, harz.planned),
        (1, Some(now + 180 * DAY), None)
    );
    assert_eq!(rows.iter().map(|r| r.times_hosted).sum::<i64>(), 3);
    assert_eq!(propose_host(&rows), Some(third));

    let history = s.hosting_history(space).await.unwrap();
    assert_eq!(
        history.iter().map(|h| h.is_held(now)).collect::<Vec<_>>(),
        vec![false, true, true],
        "the planned meeting is not held yet"
    );
    assert!(history.iter().all(|h| h.is_held(later)));
    assert_eq!(
        history.iter().map(|h| h.meeting_id).collect::<Vec<_>>(),
        vec![m3, m2, m1],
        "newest first"
    );
    let swap = &history[1];
    assert!(swap.is_swap());
    assert_eq!(swap.host.as_deref(), Some("Koordinierungsstelle Stendal"));
    assert_eq!(swap.proposed.as_deref(), Some("Koordinierungsstelle Harz"));
    assert_eq!(swap.swap_note, "Harz renoviert die Räume");
    assert!(!history[2].is_swap());

    assert_eq!(
        s.meetings_of_space(space)
            .await
            .unwrap()
            .iter()
            .map(|m| m.id)
            .collect::<Vec<_>>(),
        vec![m3, m2, m1]
    );
    let next = s.next_meeting(space, now).await.unwrap().unwrap();
    assert_eq!(next.id, m3);
    assert_eq!(next.host_name.as_deref(), Some("Koordinierungsstelle Harz"));
    assert!(s.next_meeting(space, later + DAY).await.unwrap().is_none());
    app.assert_audited(&["meeting.host"]).await;
}

#[tokio::test]
async fn meeting_edits_are_refused_when_stale() {
    let (app, c, m) = app_with_meeting(3).await;
    let (s, now) = (&app.state.store, app.state.now());
    let v = s.meeting(m).await.unwrap().unwrap().version;
    let changed = new_meeting(
        "Ideenwerkstatt im Harz",
        now + 31 * DAY,
        Some(c.org),
        Some(c.org),
        "",
        5,
    );
    s.update_meeting(now, c.admin, m, v, &changed).await.unwrap();
    assert!(matches!(
        s.update_meeting(now, c.admin, m, v, &changed).await,
        Err(StoreError::Stale)
    ));
    assert!(matches!(
        s.update_meeting(now, c.admin, 999_999, 1, &changed).await,
        Err(StoreError::NotFound)
    ));
    let got = s.meeting(m).await.unwrap().unwrap();
    assert_eq!(got.title, "Ideenwerkstatt im Harz");
    assert_eq!(got.votes_per_person, 5);
    assert_eq!(got.version, v + 1);
}

#[tokio::test]
async fn each_person_has_a_number_of_votes() {
    let (app, c, m) = app_with_meeting(2).await;
    let (s, now) = (&app.state.store, app.state.now());
    let mut t = vec![];
    for i in 0..3 {
        t.push(
            s.propose_topic(now + i, c.member, m, &format!("Thema {i}"), "Worum es geht")
                .await
                .unwrap(),
        );
    }
    s.vote(now, c.member, t[0]).await.unwrap();
    s.vote(now, c.member, t[1]).await.unwrap();
    assert!(
        matches!(s.vote(now, c.member, t[2]).await, Err(StoreError::Conflict("votes"))),
        "the third vote is one too many"
    );
    assert!(
        matches!(s.vote(now, c.member, t[0]).await, Err(StoreError::Conflict("voted"))),
        "one vote per topic"
    );
    assert_eq!(s.votes_used(m, c.member).await.unwrap(), 2);

    // taking a vote back frees it
    s.unvote(now, c.member, t[1]).await.unwrap();
    assert_eq!(s.votes_used(m, c.member).await.unwrap(), 1);
    s.vote(now, c.member, t[2]).await.unwrap();
    s.vote(now, c.other, t[2]).await.unwrap();

    let topics = s.topics(m, c.member).await.unwrap();
    assert_eq!(
        topics
            .iter()
            .map(|x| (x.id, x.votes, x.mine.as_i64()))
            .collect::<Vec<_>>(),
        vec![(t[2], 2, 1), (t[0], 1, 1), (t[1], 0, 0)],
        "most votes first, then the oldest"
    );
    assert_eq!(topics[0].proposer, "Mia Mitglied");
    let theirs = s.topics(m, c.other).await.unwrap();
    assert_eq!(
        theirs.iter().map(|x| x.mine.as_i64()).collect::<Vec<_>>(),
        vec![1, 0, 0]
    );
    assert!(matches!(
        s.vote(now, c.member, 999_999).await,
        Err(StoreError::NotFound)
    ));

    app.assert_audited(&["topic.propose", "topic.vote", "topic.unvote"])
        .await;
}

#[tokio::test]
async fn parallel_votes_do_not_exceed_the_allowance() {
    let (app, c, m) = app_with_meeting(2).await;
    let (s, now) = (&app.state.store, app.state.now());
    let mut topics = vec![];
    for i in 0..6 {
        topics.push(
            s.propose_topic(now, c.admin, m, &format!("Thema {i}"), "")
                .await
                .unwrap(),
        );
    }
    let mut tasks = vec![];
    for topic in topics {
        let st = s.clone();
        let user = c.member;
        tasks.push(tokio::spawn(async move { st.vote(now, user, topic).await }));
    }
    let mut ok = 0;
    for task in tasks {
        match task.await.unwrap() {
            Ok(()) => ok += 1,
            Err(StoreError::Conflict("votes")) => {}
            Err(e) => panic!("unexpected error: {e}"),
        }
    }
    assert_eq!(ok, 2);
    assert_eq!(s.votes_used(m, c.member).await.unwrap(), 2);
}

#[tokio::test]
async fn sessions_take_topics_into_the_agenda_and_refuse_stale_edits() {
    let (app, c, m) = app_with_meeting(3).await;
    let (s, now) = (&app.state.store, app.state.now());
    let day = now + 30 * DAY;
    let topic = s
        .propose_topic(now, c.member, m, "Ehrenamt auf dem Land", "")
        .await
        .unwrap();

    let mut ws = new_session(
        "Ehrenamt auf dem Land",
        SessionFormat::Workshop,
        day + HOUR,
        day + 3 * HOUR,
        Some(20),
    );
    ws.topic_id = Some(topic);
    let sid = add_session(&app, &c, m, &ws).await;
    let t = s.topic(topic, c.member).await.unwrap().unwrap();
    assert_eq!(t.session_id, Some(sid), "the topic moved into the agenda");

    // two staff open the form at the same version: the second is told, nothing is overwritten
    let v = s.meeting_session(sid).await.unwrap().unwrap().version;
    let first = NewSession {
        title: "Erste Fassung".into(),
        ..ws.clone()
    };
    let second = NewSession {
        title: "Zweite Fassung".into(),
        ..ws.clone()
    };
    s.update_meeting_session(now, c.admin, sid, v, &first).await.unwrap();
    assert!(matches!(
        s.update_meeting_session(now, c.other, sid, v, &second).await,
        Err(StoreError::Stale)
    ));
    let got = s.meeting_session(sid).await.unwrap().unwrap();
    assert_eq!(got.title, "Erste Fassung");
    assert_eq!(got.version, v + 1);
    assert_eq!(got.format, SessionFormat::Workshop);
    assert!(matches!(
        s.update_meeting_session(now, c.admin, 999_999, 1, &first).await,
        Err(StoreError::NotFound)
    ));

    // the documentation afterwards follows the same rule
    assert!(matches!(
        s.document_session(now, c.admin, sid, v, "# Ergebnisse").await,
        Err(StoreError::Stale)
    ));
    s.document_session(now, c.admin, sid, v + 1, "# Ergebnisse\n\n- mehr Fahrdienste")
        .await
        .unwrap();
    assert_eq!(
        s.meeting_session(sid).await.unwrap().unwrap().documentation,
        "# Ergebnisse\n\n- mehr Fahrdienste"
    );

    // a topic of another meeting cannot go into this agenda
    let (_, other_meeting) = upcoming_meeting(&app, &c, 3).await;
    let foreign = s
        .propose_topic(now, c.member, other_meeting, "Anderswo", "")
        .await
        .unwrap();
    let mut wrong = new_session("Falsch", SessionFormat::Talk, day, day + HOUR, None);
    wrong.topic_id = Some(foreign);
    assert!(matches!(
        s.create_meeting_session(now, c.admin, m, &wrong).await,
        Err(StoreError::NotFound)
    ));
    assert_eq!(s.agenda(m, c.member).await.unwrap().len(), 1, "nothing half-written");

    // removing the session puts the topic back among the proposals
    s.delete_meeting_session(now, c.admin, sid).await.unwrap();
    assert!(s.meeting_session(sid).await.unwrap().is_none());
    assert_eq!(s.topic(topic, c.member).await.unwrap().unwrap().session_id, None);

    app.assert_audited(&[
        "session.create",
        "topic.to_agenda",
        "session.update",
        "session.document",
        "session.delete",
    ])
    .await;
}

#[tokio::test]
async fn a_choice_replaces_the_earlier_one_among_parallel_sessions() {
    let (app, c, m) = app_with_meeting(3).await;
    let (s, now) = (&app.state.store, app.state.now());
    let day = now + 30 * DAY;
    let h = |n: i64| day + n * HOUR;
    let session =
        |title: &str, format: SessionFormat, from: i64, to: i64| new_session(title, format, h(from), h(to), None);
    let plenary = add_session(&app, &c, m, &session("Begrüßung", SessionFormat::Plenary, 9, 10)).await;
    let a = add_session(&app, &c, m, &session("Werkstatt A", SessionFormat::Workshop, 10, 12)).await;
    let b = add_session(&app, &c, m, &session("Weltcafé", SessionFormat::WorldCafe, 10, 12)).await;
    let cc = add_session(
        &app,
        &c,
        m,
        &session("Kollegiale Beratung", SessionFormat::CaseConsultation, 11, 13),
    )
    .await;
    let d = add_session(&app, &c, m, &session("Werkstatt D", SessionFormat::Workshop, 14, 16)).await;

    s.choose_session(now, c.member, a).await.unwrap();
    s.choose_session(now, c.member, d).await.unwrap();
    assert_eq!(mine(&s.agenda(m, c.member).await.unwrap()), vec![a, d]);

    // the world café runs at the same time as workshop A: it replaces it
    s.choose_session(now, c.member, b).await.unwrap();
    assert_eq!(mine(&s.agenda(m, c.member).await.unwrap()), vec![b, d]);

    // the case consultation overlaps the world café (11–13 against 10–12)
    s.choose_session(now, c.member, cc).await.unwrap();
    let agenda = s.agenda(m, c.member).await.unwrap();
    assert_eq!(mine(&agenda), vec![cc, d]);
    assert_eq!(
        agenda.iter().map(|x| (x.id, x.chosen)).collect::<Vec<_>>(),
        vec![(plenary, 0), (a, 0), (b, 0), (cc, 1), (d, 1)],
        "by start time"
    );

    // choosing again changes nothing; a plenary is for everyone
    s.choose_session(now, c.member, cc).await.unwrap();
    assert!(matches!(
        s.choose_session(now, c.member, plenary).await,
        Err(StoreError::Conflict("not_choosable"))
    ));
    assert_eq!(mine(&s.agenda(m, c.member).await.unwrap()), vec![cc, d]);

    s.unchoose_session(now, c.member, d).await.unwrap();
    assert_eq!(mine(&s.agenda(m, c.member).await.unwrap()), vec![cc]);
    // another person's choices are their own
    assert!(mine(&s.agenda(m, c.other).await.unwrap()).is_empty());
    app.assert_audited(&["session.choose"]).await;
}

#[tokio::test]
async fn a_full_session_refuses_and_the_earlier_choice_stays() {
    let (app, c, m) = app_with_meeting(3).await;
    let (s, now) = (&app.state.store, app.state.now());
    let day = now + 30 * DAY;
    let workshop = |title: &str, capacity: Option<i64>| {
        new_session(title, SessionFormat::Workshop, day + HOUR, day + 2 * HOUR, capacity)
    };
    let small = add_session(&app, &c, m, &workshop("Kleine Runde", Some(1))).await;
    let big = add_session(&app, &c, m, &workshop("Große Runde", None)).await;

    s.choose_session(now, c.member, small).await.unwrap();
    s.choose_session(now, c.other, big).await.unwrap();
    assert!(matches!(
        s.choose_session(now, c.other, small).await,
        Err(StoreError::Conflict("full"))
    ));
    let agenda = s.agenda(m, c.other).await.unwrap();
    let item = |id: i64| agenda.iter().find(|x| x.id == id).unwrap();
    assert_eq!((item(small).chosen, item(small).mine.as_i64()), (1, 0));
    assert!(item(small).is_full());
    assert!(item(big).mine.on(), "the refused choice did not remove the earlier one");

    // who has the seat may choose it again
    s.choose_session(now, c.member, small).await.unwrap();

    // a seat freed is a seat to take
    s.unchoose_session(now, c.member, small).await.unwrap();
    s.choose_session(now, c.other, small).await.unwrap();
    let agenda = s.agenda(m, c.other).await.unwrap();
    assert_eq!(
        agenda
            .iter()
            .map(|x| (x.id, x.chosen, x.mine.as_i64()))
            .collect::<Vec<_>>(),
        vec![(small, 1, 1), (big, 0, 0)]
    );
}

/// Planning a meeting writes its series, module and meeting together, or
/// nothing at all when one of them fails.
#[tokio::test]
async fn planning_a_meeting_is_one_transaction() {
    use domain::series::*;
    let (app, c) = with_cast().await;
    let space = network(&app, &c).await;
    let st = &app.state.store;
    let now = app.state.now();
    let series = NewSeries {
        rule: CompletionRule {
            all_mandatory: true,
            ..CompletionRule::default()
        },
        ..new_series(
            "Ideenwerkstatt Frühjahr",
            SeriesKind::ExpertDay,
            Visibility::Invitation,
            40,
        )
    };
    let module = new_module(
        "Ideenwerkstatt Frühjahr",
        now + 30 * DAY,
        now + 30 * DAY + 8 * HOUR,
        "Gemeindehaus",
    );
    let meeting = new_meeting("Ideenwerkstatt Frühjahr", now + 30 * DAY, Some(c.org), None, "", 3);
    let pool = st.pool().clone();
    let counts = || {
        let pool = pool.clone();
        async move {
            let mut n = [0_i64; 3];
            for (i, table) in ["series", "modules", "meetings"].iter().enumerate() {
                n[i] = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {table}"))
                    .fetch_one(&pool)
                    .await
                    .unwrap();
            }
            (n[0], n[1], n[2])
        }
    };
    let before = counts().await;

    // a space that does not exist: the meeting cannot be written, so neither are its series and module
    let r = st
        .plan_meeting(now, c.admin, space + 1000, c.org, &series, "key-1", &module, &meeting)
        .await;
    assert!(r.is_err());
    assert_eq!(counts().await, before, "nothing of a failed plan stays");

    let id = st
        .plan_meeting(now, c.admin, space, c.org, &series, "key-2", &module, &meeting)
        .await
        .unwrap();
    let m = st.meeting(id).await.unwrap().unwrap();
    let series_id = m.series_id.expect("the meeting has its registration");
    assert_eq!(st.modules(series_id).await.unwrap().len(), 1);
    assert_eq!(counts().await, (before.0 + 1, before.1 + 1, before.2 + 1));
    app.assert_audited(&["series.create", "module.create", "meeting.create"])
        .await;
}
