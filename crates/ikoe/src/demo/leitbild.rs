//! Demo Leitbild processes (invented): the migration agency of an invented
//! district, well on its way with departments, leadership and staff taking
//! part, and a district administration still preparing its process. The
//! agency's annual planner has measures done, in progress and open.

use domain::leitbild::Phase;
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
    measures(st, staff, id).await?;
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
