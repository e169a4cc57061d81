//! Demo Leitbild processes (invented): the migration agency of an invented
//! district, well on its way with departments, leadership and staff taking
//! part, and a district administration still preparing its process. The
//! agency's Leitbild is adopted (signed off by its three leadership members),
//! published for everyone and translated into English (outdated by a later
//! revision) and Arabic.

use domain::leitbild::{Draft, Phase, Principle};
use domain::leitbild_adoption::{Publication, TranslationLang};
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
    adopt(st, staff, id_agency).await?;
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
    if s.process(id)
        .await?
        .is_some_and(|p| p.phase.index() < Phase::Evaluation.index())
    {
        s.set_phase(now - 19 * DAY, staff, id, Phase::Evaluation).await?;
    }
    Ok(())
}
