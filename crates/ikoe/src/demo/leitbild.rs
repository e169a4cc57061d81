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
        for (name, headcount) in [("Jugendamt", 64), ("Sozialamt", 41), ("Bürgerservice", 27)] {
            s.add_department(now - 9 * DAY, staff, id, name, headcount).await?;
        }
    }
    Ok(())
}
