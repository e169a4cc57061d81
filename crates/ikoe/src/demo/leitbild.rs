//! Demo Leitbild processes (invented): the migration agency of an invented
//! district, well on its way with departments, leadership and staff taking
//! part, and a district administration in a feedback round, its comments
//! partly answered. The agency's Leitbild is adopted (signed off by its three
//! leadership members), published for everyone and translated into English
//! (outdated by a later revision) and Arabic; its annual planner has measures
//! done, in progress and open.

use domain::leitbild::{Draft, Phase, Principle};
use domain::leitbild_adoption::{Publication, TranslationLang};
use domain::measures::MeasureStatus;
use domain::orgs::OrgKind;
use store::leitbild::NewPerson;
use store::measures::MeasureFields;

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
    let id_agency = id;
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
                email: agency_email(person),
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
    workshops(st, staff, id_agency).await?;
    adopt(st, staff, id_agency).await?;
    measures(st, staff, id_agency).await?;
    Ok(())
}

/// The invented work address of a person of the agency ("" for the trainee
/// and the reception, who have no work mailbox and get printed links).
fn agency_email(name: &str) -> String {
    if matches!(name, "Ole Brandt" | "Kerstin Vogt") {
        return String::new();
    }
    let plain: String = name
        .trim_start_matches("Dr. ")
        .to_lowercase()
        .chars()
        .map(|c| match c {
            'ä' => 'a',
            'ö' => 'o',
            'ü' => 'u',
            'ń' => 'n',
            ' ' => '.',
            c => c,
        })
        .collect();
    format!("{plain}@elbauen.example")
}

/// The agency's workshops (invented): the three of the method and a
/// mini-workshop, with registrations through the invitation series,
/// attendance by some of the staff (and a staff council member who is not
/// among the people taking part), and their results.
async fn workshops(st: &AppState, staff: i64, process: i64) -> anyhow::Result<()> {
    use domain::leitbild_workshops::{AssignmentStatus, CardKind, NoteCategory, WorkshopKind};
    use domain::series::{Attendance, NewModule, RegSource};
    use store::leitbild::NewAssignment;
    use store::registrations::{NewRegistration, RegMail, Registration};

    const HOUR: i64 = 3600;
    let s = &st.store;
    let now = st.now();
    let p = s
        .process(process)
        .await?
        .ok_or_else(|| anyhow::anyhow!("no demo process"))?;
    let org = s
        .org(p.org_id)
        .await?
        .ok_or_else(|| anyhow::anyhow!("no demo agency"))?;
    let headcount: i64 = s.departments(process).await?.iter().map(|d| d.headcount).sum();
    let series = crate::web::leitbild::workshops::series_for(&st.i18n, &org, &p, headcount);
    // (kind, days ago, hours, title)
    let plan: [(WorkshopKind, i64, i64, Option<&str>); 4] = [
        (WorkshopKind::Vision, 100, 6, None),
        (WorkshopKind::Values, 72, 6, None),
        (WorkshopKind::Goals, 45, 6, None),
        (WorkshopKind::Mini, 20, 2, Some("Mini-Werkstatt: Leitsätze im Alltag")),
    ];
    let mut ids = vec![];
    for (kind, ago, hours, title) in plan {
        // 9:00 on that day
        let starts = (now - ago * 86_400) / 86_400 * 86_400 + 7 * HOUR;
        let m = NewModule {
            title: title.map_or_else(
                || crate::web::leitbild::workshops::default_title(&st.i18n, kind),
                str::to_string,
            ),
            topics: String::new(),
            starts_at: starts,
            ends_at: starts + hours * HOUR,
            venue: "Migrationsagentur, Sitzungssaal 1.12, Am Markt 3, Elbauen".into(),
            access_notes: String::new(),
            online_url: None,
            hours,
            mandatory: false,
        };
        let key = crate::security::random_token();
        ids.push(
            s.plan_workshop(now - 110 * DAY, staff, process, kind, &m, &series, &key)
                .await?,
        );
    }
    let series_id = s
        .workshop_series(process)
        .await?
        .ok_or_else(|| anyhow::anyhow!("no workshop series"))?;

    // staff register through the series; the staff council's member is no participant of the process
    let i18n = st.i18n.clone();
    let base = st.config.public_url.clone();
    let title = s.series_text(series_id, "de").await?.title;
    let mailer = move |r: &Registration, e: RegMail| crate::mail::registration(&i18n, r, e, &title, &base);
    let mut regs: Vec<(String, i64)> = vec![];
    let mut guests: Vec<(String, String)> = s
        .people(process)
        .await?
        .into_iter()
        .filter(|x| !x.email.is_empty())
        .map(|x| (x.name, x.email))
        .collect();
    guests.push(("Bianca Roth".into(), "bianca.roth@elbauen.example".into()));
    for (name, email) in guests {
        let r = NewRegistration {
            name: name.clone(),
            email,
            affiliation: org.name.clone(),
            target_group: "administration".into(),
            locale: "de".into(),
            user_id: None,
            source: RegSource::Staff,
            address_known: true,
            figures: vec![],
        };
        let reg = s
            .register(
                now - 105 * DAY,
                Some(staff),
                series_id,
                &r,
                &crate::security::random_token(),
                &mailer,
            )
            .await?;
        regs.push((name, reg.id));
    }
    // who came to which workshop (everyone else registered: absent)
    let came: [&[&str]; 4] = [
        &[
            "Henrike", "Malik", "Nadia", "Tobias", "Hatice", "Amal", "Finn", "Bianca", "Greta",
        ],
        &["Henrike", "Jörg", "Weronika", "Peter", "Amal", "Svetlana", "Nadia"],
        &["Malik", "Jörg", "Tobias", "Hatice", "Finn", "Bianca"],
        &["Nadia", "Amal", "Svetlana", "Greta"],
    ];
    for (w, present) in ids.iter().zip(came) {
        let module = s
            .workshop(process, *w)
            .await?
            .ok_or_else(|| anyhow::anyhow!("no workshop"))?
            .module_id;
        let marks: Vec<(i64, Attendance)> = regs
            .iter()
            .map(|(name, id)| {
                let here = present.iter().any(|first| name.contains(first));
                (*id, if here { Attendance::Present } else { Attendance::Absent })
            })
            .collect();
        s.save_roll(now - 19 * DAY, staff, module, &marks).await?;
    }

    let t = now - 18 * DAY;
    let [vision, values, goals, mini] = [ids[0], ids[1], ids[2], ids[3]];
    for (category, text) in [
        (NoteCategory::Story, "2017 aus Ausländerbehörde und Integrationsberatung zusammengewachsen; am Anfang zwei Flure, zwei Kulturen."),
        (NoteCategory::Story, "Der Winter 2022: in drei Wochen 400 Menschen aus der Ukraine aufgenommen – alle haben mit angepackt."),
        (NoteCategory::Good, "Kurze Wege zwischen Aufenthalt und Beratung, man kennt sich."),
        (NoteCategory::Good, "Sprachmittlung im Haus, auch spontan."),
        (NoteCategory::Keep, "Respekt vor jeder Geschichte, die zu uns kommt."),
        (NoteCategory::CoreTask, "Menschen sicher und verlässlich durch ihr Ankommen im Landkreis begleiten."),
    ] {
        s.add_note(t, staff, process, vision, category, text).await?;
    }
    for (w, kind, cards) in [
        (
            vision,
            CardKind::Value,
            &[
                ("Respekt", 14),
                ("Verlässlichkeit", 11),
                ("Offenheit", 9),
                ("Teamgeist", 7),
                ("Mehrsprachigkeit", 5),
            ][..],
        ),
        (
            values,
            CardKind::Value,
            &[("Transparenz", 8), ("Respekt", 12), ("Fehlerfreundlichkeit", 4)][..],
        ),
        (
            goals,
            CardKind::Slogan,
            &[
                ("Willkommen in Elbauen – gemeinsam, verlässlich, offen", 13),
                ("Ankommen. Bleiben. Mitgestalten.", 9),
                ("Vielfalt verbindet uns", 3),
            ][..],
        ),
    ] {
        for (text, votes) in cards {
            s.add_card(t, staff, process, w, kind, text, *votes).await?;
        }
    }
    for (w, text, goal) in [
        (
            values,
            "Wir begegnen allen Menschen mit Respekt, gleich woher sie kommen.",
            "",
        ),
        (
            values,
            "Wir erklären unsere Entscheidungen so, dass man sie versteht.",
            "Bescheide in einfacher Sprache, auf Wunsch mündlich erläutert",
        ),
        (
            goals,
            "Wir arbeiten als ein Haus: Aufenthalt, Einbürgerung und Beratung stimmen sich ab.",
            "Eine gemeinsame Fallbesprechung pro Monat",
        ),
    ] {
        s.add_drafted(t, staff, process, w, text, goal).await?;
    }
    for (group, task, due, status) in [
        (
            "AG Empfang",
            "Begrüßungstafel im Eingang mehrsprachig gestalten",
            -10,
            AssignmentStatus::Done,
        ),
        (
            "AG Bescheide",
            "Drei Musterbescheide in einfache Sprache übersetzen lassen",
            21,
            AssignmentStatus::Open,
        ),
        (
            "Leitungsrunde",
            "Leitsätze in die nächste Dienstberatung einbringen",
            -5,
            AssignmentStatus::Done,
        ),
        (
            "AG Einarbeitung",
            "Leitbild in die Einarbeitungsmappe für neue Kolleginnen und Kollegen aufnehmen",
            45,
            AssignmentStatus::Open,
        ),
    ] {
        let due = domain::series::to_local_date_input(now + due * DAY, i18n::time_zone());
        let a = NewAssignment {
            group_name: group.into(),
            task: task.into(),
            due,
            status,
        };
        s.add_assignment(t, staff, process, mini, &a).await?;
    }
    s.add_note(
        t,
        staff,
        process,
        mini,
        NoteCategory::Other,
        "Zwei Stunden reichen, wenn die Aufträge vorher feststehen.",
    )
    .await?;
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
    // who (index into the people), about what, the comment, a proposed wording, the team's answer
    type DemoComment<'a> = (usize, Target, &'a str, &'a str, Option<(Answer, &'a str)>);
    let comments: [DemoComment; 5] = [
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

/// A measure of the demo planner: title, owner, owner's address, month (from
/// the plan's first), principle, status, note of evidence.
type DemoMeasure<'a> = (&'a str, &'a str, &'a str, usize, Option<i64>, MeasureStatus, &'a str);

const MEASURES: &[DemoMeasure] = &[
    (
        "Willkommensmappe in fünf Sprachen",
        "Amal Haddou",
        "",
        0,
        Some(1),
        MeasureStatus::Done,
        "Die Mappe liegt am Empfang aus; das PDF steht im Intranet unter Service › Willkommen.",
    ),
    (
        "Wartebereich mit Wegweisern in Bildsprache",
        "Kerstin Vogt",
        "",
        1,
        Some(2),
        MeasureStatus::Done,
        "Fotos des neuen Wartebereichs im Teamordner; abgenommen in der Dienstbesprechung.",
    ),
    (
        "Offene Sprechstunde ohne Termin für Fragen zur Einbürgerung",
        "Hatice Korkmaz",
        "hatice.korkmaz@elbauen.example",
        2,
        Some(3),
        MeasureStatus::Progress,
        "",
    ),
    (
        "Leitbild-Plakat in jedem Besprechungsraum",
        "Greta Sandmann",
        "",
        2,
        None,
        MeasureStatus::Progress,
        "",
    ),
    (
        "Schulung „Leichte Sprache in Bescheiden“ für die Ausländerbehörde",
        "Jörg Pawlak",
        "",
        3,
        Some(1),
        MeasureStatus::Open,
        "",
    ),
    (
        "Feedbackkarten für Kundinnen und Kunden am Empfang",
        "Finn Reinhardt",
        "",
        4,
        Some(2),
        MeasureStatus::Open,
        "",
    ),
    (
        "Mehrsprachige Telefonansage",
        "Svetlana Morozova",
        "",
        5,
        Some(3),
        MeasureStatus::Open,
        "",
    ),
    (
        "Patenschaften für neue Kolleginnen und Kollegen",
        "Malik Osei",
        "",
        7,
        Some(4),
        MeasureStatus::Open,
        "",
    ),
    (
        "Jahresgespräch im Team: Wie leben wir unser Leitbild?",
        "Dr. Henrike Albers",
        "",
        11,
        None,
        MeasureStatus::Open,
        "",
    ),
];

/// The annual planner of the agency's process `id`: a year that began two
/// months ago, with measures done, in progress and open. A measure serves its
/// principle only when the newest version of the text has one of that number.
async fn measures(st: &AppState, staff: i64, id: i64) -> anyhow::Result<()> {
    let s = &st.store;
    let now = st.now();
    let current = domain::measures::current_month(now, i18n::time_zone());
    let (y, m) = current
        .split_once('-')
        .and_then(|(y, m)| Some((y.parse::<i64>().ok()?, m.parse::<i64>().ok()?)))
        .unwrap_or((2027, 3));
    let first = y * 12 + m - 1 - 2;
    let start = format!("{:04}-{:02}", first.div_euclid(12), first.rem_euclid(12) + 1);
    s.set_leitbild_plan(now - 20 * DAY, staff, id, 0, &start).await?;
    let months = domain::measures::plan_months(&start);
    let latest = s.latest_version(id).await?;
    let principles = s.version(id, latest).await?.map_or(0, |(_, d)| d.principles.len());
    for (title, owner, email, month, principle, status, evidence) in MEASURES {
        let fields = MeasureFields {
            title: (*title).into(),
            description: String::new(),
            owner_name: (*owner).into(),
            owner_email: (*email).into(),
            month: months.get(*month).cloned().unwrap_or_else(|| start.clone()),
            principle: principle.filter(|n| usize::try_from(*n).is_ok_and(|n| n <= principles)),
        };
        let measure = s.add_leitbild_measure(now - 19 * DAY, staff, id, &fields).await?;
        if *status != MeasureStatus::Open {
            s.set_measure_status(now - 2 * DAY, staff, id, measure, 1, *status, evidence)
                .await?;
        }
    }
    Ok(())
}

/// The agency's Leitbild as adopted (German), and a revision of it adopted later.
fn agency_text(revised: bool) -> Draft {
    let principle = |text: &str, goal: &str| Principle {
        text: text.into(),
        goal: goal.into(),
    };
    Draft {
        slogan: "Willkommen in Elbauen – gemeinsam offen".into(),
        preamble: "Wir sind die Migrationsagentur des Landkreises Elbauen: Ausländerbehörde, Einbürgerung und \
                   Integrationsberatung unter einem Dach. Dieses Leitbild haben alle Beschäftigten gemeinsam erarbeitet."
            .into(),
        principles: vec![
            principle(
                "Wir begegnen allen Menschen mit Respekt – unabhängig von Herkunft, Sprache und Aufenthaltsstatus.",
                "Jede Person versteht nach ihrem Termin, wie es weitergeht.",
            ),
            principle(
                if revised {
                    "Wir erklären Entscheidungen verständlich, in einfacher Sprache und wenn nötig mit Sprachmittlung."
                } else {
                    "Wir erklären Entscheidungen verständlich und wenn nötig mit Sprachmittlung."
                },
                "Alle Standardschreiben gibt es auch in einfacher Sprache.",
            ),
            principle(
                "Wir arbeiten im Team auf Augenhöhe – ob Führungskraft oder FSJlerin.",
                "Einmal im Monat eine offene Teamrunde.",
            ),
            principle(
                "Wir machen Wege kurz: Termine, Formulare und Auskünfte sind leicht zu finden.",
                "",
            ),
            principle(
                "Wir lernen voneinander und aus unseren Fehlern.",
                "Zwei Fortbildungen pro Person und Jahr.",
            ),
        ],
    }
}

/// The English translation of the first adopted text (outdated since the revision).
fn agency_english() -> Draft {
    let principle = |text: &str, goal: &str| Principle {
        text: text.into(),
        goal: goal.into(),
    };
    Draft {
        slogan: "Welcome to Elbauen – open together".into(),
        preamble: "We are the migration agency of the district of Elbauen: immigration office, naturalisation and \
                   integration advice under one roof. All our staff worked out this mission statement together."
            .into(),
        principles: vec![
            principle(
                "We treat everyone with respect – regardless of origin, language and residence status.",
                "After their appointment, everyone understands what happens next.",
            ),
            principle(
                "We explain decisions clearly and, where needed, with language mediation.",
                "All standard letters are also available in plain language.",
            ),
            principle(
                "We work as a team on an equal footing – whether manager or volunteer.",
                "An open team meeting once a month.",
            ),
            principle(
                "We keep paths short: appointments, forms and information are easy to find.",
                "",
            ),
            principle(
                "We learn from each other and from our mistakes.",
                "Two training courses per person and year.",
            ),
        ],
    }
}

/// The Arabic translation of the revised, adopted text (current).
fn agency_arabic() -> Draft {
    let principle = |text: &str, goal: &str| Principle {
        text: text.into(),
        goal: goal.into(),
    };
    Draft {
        slogan: "مرحبًا بكم في إلباون – منفتحون معًا".into(),
        preamble: "نحن وكالة الهجرة في مقاطعة إلباون: دائرة الأجانب والتجنيس والاستشارات الخاصة بالاندماج تحت سقف واحد. \
                   صاغ جميع العاملين بيان الرسالة هذا معًا."
            .into(),
        principles: vec![
            principle(
                "نتعامل مع جميع الناس باحترام – بغضّ النظر عن الأصل واللغة ووضع الإقامة.",
                "يفهم كل شخص بعد موعده ما هي الخطوة التالية.",
            ),
            principle(
                "نشرح القرارات بوضوح وبلغة بسيطة، ومع وساطة لغوية عند الحاجة.",
                "تتوفر جميع الرسائل المعتادة بلغة بسيطة أيضًا.",
            ),
            principle(
                "نعمل كفريق على قدم المساواة – سواء كنّا في موقع القيادة أو متطوعين.",
                "اجتماع مفتوح للفريق مرة كل شهر.",
            ),
            principle("نختصر الطرق: المواعيد والاستمارات والمعلومات سهلة الوصول.", ""),
            principle(
                "نتعلم من بعضنا البعض ومن أخطائنا.",
                "دورتان تدريبيتان لكل شخص في السنة.",
            ),
        ],
    }
}

/// The agency's process, completed: a first version adopted by all three
/// leadership members and translated into English, then a revision (plain
/// language) adopted again and translated into Arabic – the English
/// translation is outdated since. Published for everyone.
async fn adopt(st: &AppState, staff: i64, id: i64) -> anyhow::Result<()> {
    let s = &st.store;
    let now = st.now();
    let first = s
        .save_version(
            now - 70 * DAY,
            staff,
            id,
            s.latest_version(id).await?,
            &agency_text(false),
        )
        .await?;
    let leaders: Vec<i64> = s.leaders(id).await?.iter().map(|l| l.id).collect();
    s.offer_version(now - 60 * DAY, staff, id, first).await?;
    for (i, person) in (0..).zip(&leaders) {
        s.sign_off(now - (58 - i) * DAY, id, *person, first).await?;
    }
    s.save_translation(
        now - 50 * DAY,
        staff,
        id,
        TranslationLang::En,
        first,
        0,
        &agency_english(),
    )
    .await?;
    agency_round(st, staff, id).await?;
    let revised = s
        .save_version(now - 30 * DAY, staff, id, first, &agency_text(true))
        .await?;
    s.offer_version(now - 25 * DAY, staff, id, revised).await?;
    for (i, person) in (0..).zip(&leaders) {
        s.sign_off(now - (24 - i) * DAY, id, *person, revised).await?;
    }
    s.save_translation(
        now - 20 * DAY,
        staff,
        id,
        TranslationLang::Ar,
        revised,
        0,
        &agency_arabic(),
    )
    .await?;
    s.publish(now - 19 * DAY, staff, id, Publication::Public).await?;
    agency_survey(st, staff, id).await?;
    if s.process(id)
        .await?
        .is_some_and(|p| p.phase.index() < Phase::Evaluation.index())
    {
        s.set_phase(now - 19 * DAY, staff, id, Phase::Evaluation).await?;
    }
    Ok(())
}

/// The agency's feedback round on its first adopted version (all staff with a
/// mailbox got a personal link, most opened it; the reception's department
/// has a link on the intranet): comments, every one answered before the
/// revised version, supports of the slogan.
async fn agency_round(st: &AppState, staff: i64, id: i64) -> anyhow::Result<()> {
    use domain::leitbild_feedback::{Answer, Contributor, Target};
    let s = &st.store;
    let now = st.now();
    let people = s.people(id).await?;
    for (i, person) in (0_i64..).zip(people.iter().filter(|p| !p.email.is_empty())) {
        let (_, hash) = crate::web::leitbild::links::new_link();
        s.set_person_link(now - 69 * DAY, staff, id, person.id, Some(&hash))
            .await?;
        if i % 4 != 3 {
            s.mark_seen(now - (68 - i) * DAY, person.id).await?;
        }
    }
    let departments = s.departments(id).await?;
    if let Some(reception) = departments.iter().find(|d| d.name == "Service und Empfang") {
        let (_, hash) = crate::web::leitbild::links::new_link();
        s.set_department_link(now - 69 * DAY, staff, id, reception.id, Some(&hash))
            .await?;
    }
    let round = store::leitbild::NewRound {
        opens_at: now - 68 * DAY,
        closes_at: now - 48 * DAY,
        remind_at: now - 55 * DAY,
        questions: vec!["Woran merken unsere Kundinnen und Kunden das Leitbild zuerst?".into()],
    };
    let round = s.start_round(now - 68 * DAY, staff, id, &round).await?;
    let person = |name: &str| people.iter().find(|p| p.name == name).map(|p| (p.id, p.department_id));
    // who (a person's name, or a visitor of the reception's link), about what, the comment, the answer
    type AgencyComment<'a> = (&'a str, Target, &'a str, Answer, &'a str);
    let comments: [AgencyComment; 4] = [
        (
            "Amal Haddou",
            Target::Principle(1),
            "Bitte „Kundinnen und Kunden“ statt „Antragsteller“ – so sprechen wir mit den Menschen.",
            Answer::Taken,
            "Übernommen in der überarbeiteten Fassung.",
        ),
        (
            "Tobias Klee",
            Target::Slogan,
            "Der Leitspruch passt gut auf das Plakat.",
            Answer::Taken,
            "Danke, er bleibt.",
        ),
        (
            "visitor",
            Target::General,
            "Am Empfang brauchen wir die Leitsätze auch in einfacher Sprache.",
            Answer::Changed,
            "Wir nehmen eine Fassung in einfacher Sprache in den Jahresplaner auf.",
        ),
        (
            "Hatice Korkmaz",
            Target::Preamble,
            "Die Präambel ist zu lang.",
            Answer::Declined,
            "Sie bleibt: Sie erklärt, warum wir das Leitbild geschrieben haben.",
        ),
    ];
    for (i, (who, target, body, answer, reason)) in (0_i64..).zip(comments) {
        let (contributor, dep) = match person(who) {
            Some((p, dep)) => (Contributor::Person(p), dep),
            None => (
                Contributor::Visitor("demo-reception-visitor".into()),
                departments
                    .iter()
                    .find(|d| d.name == "Service und Empfang")
                    .map(|d| d.id),
            ),
        };
        let c = s
            .add_comment(now - (66 - i) * DAY, id, round, &contributor, dep, target, body, "")
            .await?;
        s.answer_comment(now - 46 * DAY, staff, id, c, 1, answer, reason)
            .await?;
    }
    for p in people.iter().filter(|p| p.email.ends_with("@elbauen.example")).take(9) {
        s.set_support(
            now - 60 * DAY,
            id,
            round,
            &Contributor::Person(p.id),
            p.department_id,
            Target::Slogan,
            true,
        )
        .await?;
    }
    Ok(())
}

/// The agency's first evaluation, a month after adoption: closed, answered
/// by some of the staff (anonymous, as through their links).
async fn agency_survey(st: &AppState, staff: i64, id: i64) -> anyhow::Result<()> {
    let s = &st.store;
    let now = st.now();
    let survey = s
        .start_survey(now - 16 * DAY, staff, id, now - 16 * DAY, now - 2 * DAY)
        .await?;
    let principles = s
        .version(id, s.latest_version(id).await?)
        .await?
        .map(|(_, d)| d.principles.len() as i64)
        .unwrap_or(0);
    let people = s.people(id).await?;
    let notes = [
        "Am Empfang klappt das schon gut.",
        "Im Alltag fehlt oft die Zeit dafür.",
        "",
        "Die Willkommensmappe hilft sehr.",
    ];
    for (i, p) in (0_i64..).zip(people.iter().take(7)) {
        let voter = crate::security::voter_key(&st.secret, survey, &format!("p{}", p.id));
        let answers: Vec<(i64, Option<i64>, String)> = (1..=principles)
            .map(|n| {
                let rating = 2 + (i + n) % 4;
                let note = if n == 1 {
                    notes[(i as usize) % notes.len()].to_string()
                } else {
                    String::new()
                };
                (n, Some(rating), note)
            })
            .collect();
        s.save_survey(now - (14 - i) * DAY, id, survey, &voter, p.department_id, &answers)
            .await?;
    }
    Ok(())
}
