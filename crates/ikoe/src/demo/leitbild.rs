//! Demo Leitbild processes (invented): the migration agency of an invented
//! district, well on its way with departments, leadership and staff taking
//! part, and a district administration in a feedback round, its comments
//! partly answered.

use domain::leitbild::Phase;
use domain::orgs::OrgKind;
use store::leitbild::NewPerson;

use super::org;
use crate::state::AppState;

const DAY: i64 = 86_400;

/// Department, headcount, and its people: name, function, leadership.
type DemoDepartment<'a> = (&'a str, i64, &'a [(&'a str, &'a str, bool)]);

const AGENCY: &[DemoDepartment] = &[
    (
        "Leitung und Stab",
        6,
        &[
            ("Dr. Henrike Albers", "Leiterin der Migrationsagentur", true),
            ("Malik Osei", "Stellvertretende Leitung", true),
            ("Greta Sandmann", "Controlling", false),
        ],
    ),
    (
        "Ausländerbehörde",
        38,
        &[
            ("Jörg Pawlak", "Sachgebietsleitung Aufenthalt", true),
            ("Nadia Benali", "Sachbearbeitung", false),
            ("Tobias Klee", "Sachbearbeitung", false),
            ("Weronika Zielińska", "Sachbearbeitung", false),
            ("Ole Brandt", "Auszubildender", false),
        ],
    ),
    (
        "Einbürgerung",
        9,
        &[
            ("Hatice Korkmaz", "Sachbearbeitung", false),
            ("Peter Lohse", "Sachbearbeitung", false),
        ],
    ),
    (
        "Integrationsberatung",
        14,
        &[
            ("Amal Haddou", "Beraterin", false),
            ("Finn Reinhardt", "FSJ", false),
            ("Svetlana Morozova", "Sprachmittlerin", false),
        ],
    ),
    ("Service und Empfang", 11, &[("Kerstin Vogt", "Empfang", false)]),
];

/// Fills the demo processes; `staff` (the demo admin) runs them.
pub async fn fill(st: &AppState, staff: i64) -> anyhow::Result<()> {
    let s = &st.store;
    let now = st.now();
    let agency = s
        .create_org(
            now - 400 * DAY,
            None,
            &org(
                "Migrationsagentur Landkreis Elbauen (Demo)",
                OrgKind::Administration,
                "ST-SDL",
                "Ausländerbehörde, Einbürgerung und Integrationsberatung unter einem Dach. Beispieldaten.",
                None,
            )?,
        )
        .await?;
    let id = s
        .create_process(now - 120 * DAY, staff, agency, "Unser Leitbild: Willkommen in Elbauen")
        .await?;
    let plan = [
        (Phase::Preparation, "2026-08"),
        (Phase::Vision, "2026-09"),
        (Phase::Values, "2026-10"),
        (Phase::Goals, "2026-12"),
        (Phase::Feedback, "2027-02"),
        (Phase::Adoption, "2027-04"),
        (Phase::Evaluation, "2027-10"),
    ]
    .map(|(p, m)| (p, Some(m.to_string())));
    s.update_process(
        now - 119 * DAY,
        staff,
        id,
        1,
        "Unser Leitbild: Willkommen in Elbauen",
        &plan,
    )
    .await?;
    for (name, headcount, people) in AGENCY {
        let dep = s.add_department(now - 118 * DAY, staff, id, name, *headcount).await?;
        for (person, function, leader) in *people {
            let p = NewPerson {
                name: (*person).into(),
                email: String::new(),
                function: (*function).into(),
                department_id: Some(dep),
                leader: *leader,
            };
            s.add_person(now - 117 * DAY, staff, id, &p).await?;
        }
    }
    s.set_phase(now - 30 * DAY, staff, id, Phase::Goals).await?;

    // the district administration of the demo data, still preparing
    if let Some(district) = s.org_by_name("Kreisverwaltung Musterkreis (Demo)").await? {
        let id = s
            .create_process(now - 10 * DAY, staff, district.id, "Leitbild Kreisverwaltung 2027")
            .await?;
        let mut deps = vec![];
        for (name, headcount) in [("Jugendamt", 64), ("Sozialamt", 41), ("Bürgerservice", 27)] {
            deps.push(s.add_department(now - 9 * DAY, staff, id, name, headcount).await?);
        }
        feedback_round(st, staff, id, &deps).await?;
    }
    Ok(())
}

/// People of the district administration: name, e-mail ("" for none), function, leadership, department (index).
const DISTRICT: &[(&str, &str, &str, bool, usize)] = &[
    ("Bernd Kowalczyk", "b.kowalczyk@musterkreis.example", "Landrat", true, 2),
    (
        "Sabine Yıldız",
        "s.yildiz@musterkreis.example",
        "Amtsleitung Jugendamt",
        true,
        0,
    ),
    (
        "Lukas Ehrlich",
        "l.ehrlich@musterkreis.example",
        "Sozialarbeit",
        false,
        0,
    ),
    ("Marta Nowak", "", "Sachbearbeitung", false, 1),
    (
        "Yusuf Demir",
        "y.demir@musterkreis.example",
        "Sachbearbeitung",
        false,
        1,
    ),
    ("Elena Petrenko", "", "Empfang", false, 2),
];

/// The district's process mid-way: a draft in its second version, a
/// feedback round running with comments, support and answers to its short
/// questions, some comments answered by the team and some not yet. Prints a
/// participation link to try the staff's page.
async fn feedback_round(st: &AppState, staff: i64, id: i64, deps: &[i64]) -> anyhow::Result<()> {
    use domain::leitbild::{Draft, Principle};
    use domain::leitbild_feedback::{Answer, Contributor, Target};
    let s = &st.store;
    let now = st.now();
    let mut people = vec![];
    for (name, email, function, leader, dep) in DISTRICT {
        let p = NewPerson {
            name: (*name).into(),
            email: (*email).into(),
            function: (*function).into(),
            department_id: deps.get(*dep).copied(),
            leader: *leader,
        };
        people.push((
            s.add_person(now - 9 * DAY, staff, id, &p).await?,
            deps.get(*dep).copied(),
        ));
    }
    let principle = |text: &str, goal: &str| Principle {
        text: text.into(),
        goal: goal.into(),
    };
    let mut draft = Draft {
        slogan: "Musterkreis – offen für alle, die hier leben".into(),
        preamble: "Wir sind eine Verwaltung für alle Menschen im Musterkreis, gleich woher sie kommen.".into(),
        principles: vec![
            principle(
                "Wir begegnen allen Menschen mit Respekt.",
                "Niemand fühlt sich bei uns fremd.",
            ),
            principle(
                "Wir sprechen verständlich.",
                "Bescheide und Briefe sind in einfacher Sprache.",
            ),
            principle("Wir lernen voneinander.", ""),
        ],
    };
    s.save_version(now - 8 * DAY, staff, id, 0, &draft).await?;
    draft.principles[2] = principle(
        "Wir lernen voneinander und bilden uns weiter.",
        "Alle Beschäftigten besuchen eine Fortbildung zur interkulturellen Öffnung.",
    );
    s.save_version(now - 6 * DAY, staff, id, 1, &draft).await?;
    s.set_phase(now - 6 * DAY, staff, id, Phase::Feedback).await?;
    let round = store::leitbild::NewRound {
        opens_at: now - 5 * DAY,
        closes_at: now + 16 * DAY,
        remind_at: now + 13 * DAY,
        questions: vec![
            "Was bedeutet Offenheit in Ihrer täglichen Arbeit?".into(),
            "Was brauchen Sie, um die Leitsätze zu leben?".into(),
        ],
    };
    let round = s.start_round(now - 5 * DAY, staff, id, &round).await?;
    let comments: [(usize, Target, &str, &str, Option<(Answer, &str)>); 5] = [
        (
            2,
            Target::Principle(2),
            "Verständlich heißt auch: mehrsprachig. Viele unserer Kundinnen lesen kein Deutsch.",
            "Wir sprechen verständlich – auch in anderen Sprachen.",
            Some((
                Answer::Changed,
                "Wir nehmen die Mehrsprachigkeit in das Ziel auf, nicht in den Leitsatz.",
            )),
        ),
        (
            3,
            Target::Slogan,
            "Der Leitspruch ist zu lang für ein Plakat.",
            "Musterkreis – offen für alle",
            Some((
                Answer::Taken,
                "Danke, der kürzere Leitspruch kommt in die nächste Fassung.",
            )),
        ),
        (
            4,
            Target::Principle(3),
            "Fortbildungen brauchen Zeit im Dienstplan, sonst bleibt es ein Versprechen.",
            "",
            Some((
                Answer::Declined,
                "Das gehört nicht in den Leitsatz, sondern in die Maßnahmen; wir nehmen es dort auf.",
            )),
        ),
        (
            5,
            Target::General,
            "Ich finde den Entwurf gut. Bitte auch an die Kolleginnen ohne Computer denken.",
            "",
            None,
        ),
        (
            2,
            Target::Principle(1),
            "Respekt gilt auch untereinander im Team.",
            "Wir begegnen allen Menschen – auch einander – mit Respekt.",
            None,
        ),
    ];
    for (who, target, body, proposal, answer) in comments {
        let (person, dep) = people[who];
        let c = s
            .add_comment(
                now - 4 * DAY,
                id,
                round,
                &Contributor::Person(person),
                dep,
                target,
                body,
                proposal,
            )
            .await?;
        if let Some((a, reason)) = answer {
            s.answer_comment(now - 2 * DAY, staff, id, c, 1, a, reason).await?;
        }
    }
    for (who, target) in [
        (0, Target::Slogan),
        (1, Target::Slogan),
        (2, Target::Principle(1)),
        (4, Target::Principle(2)),
    ] {
        let (person, dep) = people[who];
        s.set_support(
            now - 3 * DAY,
            id,
            round,
            &Contributor::Person(person),
            dep,
            target,
            true,
        )
        .await?;
    }
    let questions = s.round_questions(round).await?;
    if let Some(q) = questions.first() {
        let (person, dep) = people[2];
        let answer = "Dass ich mir Zeit nehme, bis alles verstanden ist.".to_string();
        s.save_replies(
            now - 3 * DAY,
            id,
            round,
            &Contributor::Person(person),
            dep,
            &[(q.id, answer)],
        )
        .await?;
    }
    // a link to try the staff's page (Marta Nowak has no work mailbox: her card would be printed)
    let (token, hash) = crate::web::leitbild::links::new_link();
    let (marta, _) = people[3];
    s.set_person_link(now - 5 * DAY, staff, id, marta, Some(&hash)).await?;
    println!(
        "Demo participation link (staff, no account): {}",
        crate::mail::participation_link(&st.config.public_url, &token)
    );
    Ok(())
}
