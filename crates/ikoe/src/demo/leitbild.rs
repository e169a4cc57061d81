//! Demo Leitbild processes (invented): the migration agency of an invented
//! district, well on its way with departments, leadership and staff taking
//! part, and a district administration still preparing its process.

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
        for (name, headcount) in [("Jugendamt", 64), ("Sozialamt", 41), ("Bürgerservice", 27)] {
            s.add_department(now - 9 * DAY, staff, id, name, headcount).await?;
        }
    }
    workshops(st, staff, id).await?;
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
