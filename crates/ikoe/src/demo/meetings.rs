//! The demo Ideenwerkstatt (invented): offices willing to host, the hosting
//! history of earlier meetings with one swap, and the next meeting with
//! proposed topics, votes, an agenda with parallel sessions, registrations
//! and choices.

use domain::meetings::SessionFormat;
use store::meetings::{NewMeeting, NewSession};

use super::series::{day, register_people};
use crate::state::AppState;

const DAY: i64 = 86_400;

/// Demo people who take part.
pub struct People {
    pub staff: i64,
    pub mehmet: i64,
    pub olena: i64,
    pub irina: i64,
    pub emre: i64,
}

fn session(
    title: &str,
    format: SessionFormat,
    (starts_at, ends_at): (i64, i64),
    track: &str,
    capacity: Option<i64>,
) -> NewSession {
    NewSession {
        title: title.into(),
        format,
        starts_at,
        ends_at,
        room: String::new(),
        track: track.into(),
        capacity,
        description: String::new(),
        topic_id: None,
        tables: None,
        rounds: None,
        table_hosts: String::new(),
        case_owner: String::new(),
        moderator: String::new(),
        advisers: String::new(),
    }
}

pub async fn fill(st: &AppState, space: i64, offices: &[i64], p: &People) -> anyhow::Result<()> {
    let s = &st.store;
    let now = st.now();
    // eight offices would host
    for (i, o) in offices.iter().take(8).enumerate() {
        let note = if i == 2 { "nur im Herbst" } else { "" };
        s.set_host_willing(now - 80 * DAY, p.staff, space, *o, true, note)
            .await?;
    }
    // the hosting history: four earlier meetings, one of them swapped
    let history: [(i64, &str, usize, usize, &str); 4] = [
        (730, "Ideenwerkstatt Herbst 2024", 7, 7, ""),
        (
            545,
            "Ideenwerkstatt Frühjahr 2025",
            1,
            3,
            "Das Tagungshaus wurde renoviert; getauscht mit dem Frühjahr 2026.",
        ),
        (365, "Ideenwerkstatt Herbst 2025", 5, 5, ""),
        (
            180,
            "Ideenwerkstatt Frühjahr 2026",
            3,
            1,
            "Rücktausch zum Frühjahr 2025.",
        ),
    ];
    let mut last_past = 0;
    for (ago, title, host, proposed, note) in history {
        let (starts_at, _) = day(now, -ago, 10, 18);
        last_past = s
            .create_meeting(
                now - (ago + 60) * DAY,
                p.staff,
                space,
                &NewMeeting {
                    title: title.into(),
                    starts_at,
                    ends_at: starts_at + 28 * 3600,
                    venue: String::new(),
                    host_org_id: offices.get(host).copied(),
                    proposed_host_id: offices.get(proposed).copied(),
                    swap_note: note.into(),
                    votes_per_person: 3,
                    series_id: None,
                },
            )
            .await?;
    }
    // the last meeting's documentation
    let (a, _) = day(now, -180, 10, 12);
    let cafe = s
        .create_meeting_session(
            now - 200 * DAY,
            p.staff,
            last_past,
            &session(
                "World Café: Willkommenskultur im Bürgerbüro",
                SessionFormat::WorldCafe,
                (a, a + 5400),
                "",
                None,
            ),
        )
        .await?;
    s.document_session(
        now - 170 * DAY,
        p.mehmet,
        cafe,
        1,
        "## Ergebnisse (Beispieldaten)\n\n- Wartebereiche mehrsprachig beschildern\n- Sprechzeiten auch am Abend\n- Kurze Schulung für das Empfangsteam",
    )
    .await?;

    // the next meeting, hosted by the office whose turn it is
    let hosts = s.host_candidates(space, now).await?;
    let proposed = store::meetings::propose_host(&hosts);
    let host = proposed
        .or_else(|| offices.first().copied())
        .ok_or_else(|| anyhow::anyhow!("no offices"))?;
    let venue = s
        .org(host)
        .await?
        .map(|o| format!("{}, Saal im Erdgeschoss", o.name))
        .unwrap_or_default();
    let (starts_at, _) = day(now, 60, 10, 18);
    let space_row = s
        .space(space)
        .await?
        .ok_or_else(|| anyhow::anyhow!("demo space missing"))?;
    let meeting = crate::web::spaces::meetings::plan(
        st,
        now - 40 * DAY,
        p.staff,
        &space_row,
        &crate::web::spaces::meetings::Plan {
            title: "Ideenwerkstatt Frühjahr 2027".into(),
            starts_at,
            ends_at: starts_at + 28 * 3600,
            venue,
            host,
            proposed,
            swap_note: String::new(),
            votes_per_person: 3,
            capacity: 40,
        },
    )
    .await?;

    // topics and votes
    let topics = [
        (
            p.mehmet,
            "Mehrsprachige Formulare im Bürgerbüro",
            "Welche Formulare zuerst, und wer übersetzt?",
        ),
        (
            p.olena,
            "Beschwerdestellen für Diskriminierung",
            "Erfahrungen aus zwei Landkreisen.",
        ),
        (p.irina, "Vereine als Partner gewinnen", ""),
        (
            p.emre,
            "Ausbildung in der Verwaltung für Zugewanderte",
            "Praktika, Sprachförderung, Mentoring.",
        ),
        (p.mehmet, "Leichte Sprache auf den Internetseiten", ""),
    ];
    let mut ids = Vec::new();
    for (who, title, text) in topics {
        ids.push(s.propose_topic(now - 30 * DAY, who, meeting, title, text).await?);
    }
    let votes: [(i64, &[usize]); 4] = [
        (p.mehmet, &[0, 1, 2]),
        (p.olena, &[0, 1]),
        (p.irina, &[0, 2, 3]),
        (p.emre, &[3, 0]),
    ];
    for (who, picks) in votes {
        for i in picks {
            s.vote(now - 20 * DAY, who, ids[*i]).await?;
        }
    }

    // the agenda: day one with a café and two parallel sessions, day two with a talk and the plenary
    let d1 = |from: i64, to: i64| (starts_at + from * 60, starts_at + to * 60);
    let d2 = |from: i64, to: i64| {
        (
            starts_at + DAY + from * 60 - 60 * 60,
            starts_at + DAY + to * 60 - 60 * 60,
        )
    };
    let mut plenary = session("Ankommen und Begrüßung", SessionFormat::Plenary, d1(0, 30), "", None);
    plenary.room = "Saal".into();
    let mut cafe = session(
        "Vereine als Partner gewinnen",
        SessionFormat::WorldCafe,
        d1(30, 120),
        "",
        None,
    );
    cafe.topic_id = Some(ids[2]);
    cafe.tables = Some(4);
    cafe.rounds = Some(3);
    cafe.table_hosts = "Irina Sokolova, Emre Demir, Olena Kovalenko, Mehmet Yılmaz".into();
    cafe.room = "Saal".into();
    let mut forms = session(
        "Mehrsprachige Formulare im Bürgerbüro",
        SessionFormat::Workshop,
        d1(180, 300),
        "A",
        Some(14),
    );
    forms.topic_id = Some(ids[0]);
    forms.room = "Raum 1.12".into();
    let mut case = session(
        "Beschwerdestellen für Diskriminierung",
        SessionFormat::CaseConsultation,
        d1(180, 300),
        "B",
        Some(9),
    );
    case.topic_id = Some(ids[1]);
    case.room = "Raum 1.14".into();
    case.case_owner = "Olena Kovalenko".into();
    case.moderator = "Irina Sokolova".into();
    case.advisers = "Emre Demir, Mehmet Yılmaz".into();
    let good = session(
        "Gute Praxis: Welcome Center Halberstadt",
        SessionFormat::BestPractice,
        d1(330, 420),
        "",
        None,
    );
    let mut talk = session(
        "Ausbildung in der Verwaltung für Zugewanderte",
        SessionFormat::Talk,
        d2(0, 90),
        "",
        None,
    );
    talk.topic_id = Some(ids[3]);
    let close = session(
        "Ergebnisse und Verabredungen",
        SessionFormat::Plenary,
        d2(120, 240),
        "",
        None,
    );
    let mut sessions = Vec::new();
    for x in [plenary, cafe, forms, case, good, talk, close] {
        sessions.push(s.create_meeting_session(now - 10 * DAY, p.staff, meeting, &x).await?);
    }

    // registrations through the series: invented participants and the demo people
    let series = s
        .meeting(meeting)
        .await?
        .and_then(|m| m.series_id)
        .ok_or_else(|| anyhow::anyhow!("no series"))?;
    register_people(st, series, 300, 16, "administration").await?;
    for who in [p.mehmet, p.olena, p.irina] {
        let Some(u) = s.user_by_id(who).await? else { continue };
        let r = store::registrations::NewRegistration {
            name: u.name.clone(),
            email: u.email.clone(),
            affiliation: String::new(),
            target_group: "administration".into(),
            locale: "de".into(),
            user_id: Some(who),
            source: domain::series::RegSource::Staff,
            address_known: true,
            figures: vec![],
        };
        let i18n = st.i18n.clone();
        let base = st.config.public_url.clone();
        let mailer = move |r: &store::registrations::Registration, e| {
            crate::mail::registration(&i18n, r, e, "Ideenwerkstatt Frühjahr 2027", &base)
        };
        s.register(
            now - 15 * DAY,
            None,
            series,
            &r,
            &crate::security::random_token(),
            &mailer,
        )
        .await?;
    }
    // choices among the parallel sessions
    s.choose_session(now - 5 * DAY, p.mehmet, sessions[2]).await?;
    s.choose_session(now - 5 * DAY, p.olena, sessions[3]).await?;
    Ok(())
}
