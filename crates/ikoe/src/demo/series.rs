//! Demo qualification series: the trainer qualification with eight modules
//! and its speakers (some still unconfirmed), the previous cohort with its
//! certificates, volunteer courses in two districts, an apprentice workshop
//! and an expert day — with registrations, a waiting list and attendance.
//! Every person here is invented.

use domain::series::{Attendance, CompletionRule, NewModule, NewSeries, SeriesKind, SeriesText, Visibility};
use store::registrations::{NewRegistration, RegMail, Registration};
use store::speakers::NewSpeaker;

use crate::state::AppState;

pub struct Orgs {
    pub provider: i64,
    pub harz: i64,
    pub stendal: i64,
    pub school: i64,
    pub assoc: i64,
    /// The demo admin, who plans as staff of the provider.
    pub staff: i64,
}

const FIRST: &[&str] = &[
    "Anna", "Yusuf", "Mariam", "Jonas", "Olha", "Dmitri", "Leyla", "Karim", "Sophie", "Ahmad", "Zeynep", "Lukas",
    "Nadia", "Hamid", "Ewa", "Tarek", "Fatemeh", "Paul", "Svitlana", "Emine", "Ben", "Amira", "Jan", "Rana",
];
const LAST: &[&str] = &[
    "Schulz",
    "Öztürk",
    "Al-Hassan",
    "Weber",
    "Bondarenko",
    "Petrov",
    "Aydın",
    "Mansour",
    "Krüger",
    "Rahimi",
    "Çelik",
    "Hoffmann",
    "Haddad",
    "Karimi",
    "Nowak",
    "Saleh",
    "Moradi",
    "Richter",
    "Shevchenko",
    "Yıldız",
];
/// Some participants write their names in their own script.
const OWN_SCRIPT: &[&str] = &[
    "سلمى العلي",
    "Олександр Мельник",
    "مریم احمدی",
    "Наталья Иванова",
    "Ayşe Kılıç",
];

fn person(i: usize) -> (String, String) {
    if i % 9 == 4 {
        let name = OWN_SCRIPT[(i / 9) % OWN_SCRIPT.len()].to_string();
        return (name, format!("teilnehmende{i}@ikoe.example"));
    }
    let name = format!("{} {}", FIRST[i % FIRST.len()], LAST[(i * 7 + i / 3) % LAST.len()]);
    (name, format!("teilnehmende{i}@ikoe.example"))
}

/// From `from` to `to` o'clock on the day `days` after (or before) today, local time.
pub(crate) fn day(now: i64, days: i64, from: i8, to: i8) -> (i64, i64) {
    use domain::series::{local_datetime, shift_days, to_local_date_input};
    let tz = i18n::time_zone();
    let today = to_local_date_input(now, tz);
    let at = |h: i8| {
        local_datetime(&format!("{today}T{h:02}:00"), tz)
            .map(|t| shift_days(t, days, tz))
            .unwrap_or(now)
    };
    (at(from), at(to))
}

fn text(title: &str, summary: &str) -> SeriesText {
    SeriesText {
        locale: "de".into(),
        title: title.into(),
        summary: summary.into(),
    }
}

fn module(
    title: &str,
    topics: &str,
    (starts_at, ends_at): (i64, i64),
    venue: &str,
    hours: i64,
    mandatory: bool,
) -> NewModule {
    NewModule {
        title: title.into(),
        topics: topics.into(),
        starts_at,
        ends_at,
        venue: venue.into(),
        access_notes: "Stufenloser Zugang, barrierefreies WC, Induktionsschleife auf Anfrage.".into(),
        online_url: None,
        hours,
        mandatory,
    }
}

/// A qualification of trainers in Saxony-Anhalt, in German (this cohort and the last).
fn trainer_series(capacity: i64, rule: CompletionRule, texts: Vec<SeriesText>) -> NewSeries {
    series(
        SeriesKind::Trainer,
        "DE-ST",
        &["trainers", "multipliers"],
        &["de"],
        capacity,
        rule,
        texts,
        None,
    )
}

#[expect(clippy::too_many_arguments, reason = "the parts of a demo series")]
fn series(
    kind: SeriesKind,
    region: &str,
    groups: &[&str],
    languages: &[&str],
    capacity: i64,
    rule: CompletionRule,
    texts: Vec<SeriesText>,
    deadline: Option<i64>,
) -> NewSeries {
    NewSeries {
        kind,
        visibility: Visibility::Public,
        region: region.into(),
        target_groups: groups.iter().map(|g| g.to_string()).collect(),
        languages: languages.iter().map(|g| g.to_string()).collect(),
        capacity,
        deadline,
        manual_approval: false,
        rule,
        texts,
        // the demo's certificates show who signs and a (made-up) funding notice
        signing: domain::series::Signing {
            signatory_name: "Jana Beispiel".into(),
            signatory_role: "Programmleitung".into(),
            funding_notice: "Gefördert im Rahmen des Landesprogramms Interkulturelle Öffnung (Beispieldaten).".into(),
        },
    }
}

pub(crate) async fn register_people(
    st: &AppState,
    series: i64,
    from: usize,
    count: usize,
    group: &str,
) -> anyhow::Result<Vec<Registration>> {
    let i18n = st.i18n.clone();
    let base = st.config.public_url.clone();
    let title = st.store.series_text(series, "de").await?.title;
    let mailer = move |r: &Registration, e: RegMail| crate::mail::registration(&i18n, r, e, &title, &base);
    let mut out = vec![];
    for i in from..from + count {
        let (name, email) = person(i);
        let r = NewRegistration {
            name,
            email,
            affiliation: if i % 3 == 0 {
                "Stadtverwaltung (Demo)".into()
            } else {
                String::new()
            },
            target_group: group.into(),
            locale: if i % 9 == 4 { "ar".into() } else { "de".into() },
            user_id: None,
            source: domain::series::RegSource::Staff,
            address_known: true,
            figures: if i % 2 == 0 {
                vec![("age".into(), ["under_27", "27_49", "50_plus"][i % 3].into())]
            } else {
                vec![]
            },
        };
        out.push(
            st.store
                .register(st.now(), None, series, &r, &crate::security::random_token(), &mailer)
                .await?,
        );
    }
    Ok(out)
}

/// Marks attendance of the past modules: most present, a few absent or excused.
async fn roll_call(st: &AppState, staff: i64, series: i64, seed: usize) -> anyhow::Result<()> {
    let now = st.now();
    for (mi, m) in st.store.modules(series).await?.iter().enumerate() {
        if m.ends_at.0 > now {
            continue;
        }
        let roll = st.store.roll(m.id).await?;
        let marks: Vec<(i64, Attendance)> = roll
            .iter()
            .enumerate()
            .map(|(pi, e)| {
                let k = (pi * 5 + mi * 3 + seed) % 11;
                let a = match k {
                    0 => Attendance::Absent,
                    1 => Attendance::Excused,
                    _ => Attendance::Present,
                };
                (e.registration_id, a)
            })
            .collect();
        st.store.save_roll(now, staff, m.id, &marks).await?;
    }
    Ok(())
}

/// Anonymous feedback on the past modules of a series: invitations as if sent
/// an hour after each module, most of them answered.
async fn feedback(st: &AppState, series: i64) -> anyhow::Result<()> {
    const COMMENTS: &[(&str, bool)] = &[
        (
            "Sehr praxisnah – die Fallbeispiele aus der Verwaltung haben mir am meisten gebracht.",
            true,
        ),
        (
            "Gute Mischung aus Input und Austausch. Gern mehr Zeit für Fragen.",
            true,
        ),
        ("Der Raum war zu klein für die Gruppenarbeit.", false),
        (
            "Endlich verstehe ich, was interkulturelle Öffnung für unser Amt konkret heißt.",
            true,
        ),
    ];
    let now = st.now();
    let tokens = std::sync::Mutex::new(Vec::new());
    let make = || {
        let t = crate::security::random_token();
        if let Ok(mut v) = tokens.lock() {
            v.push(t.clone());
        }
        t
    };
    let i18n = st.i18n.clone();
    let base = st.config.public_url.clone();
    let compose = move |r: &Registration, _m: i64, t: &str| {
        crate::mail::feedback_invite(&i18n, r, "Modul", "Fortbildung", &format!("{base}/feedback/{t}"))
    };
    for m in st.store.modules(series).await? {
        if m.ends_at.0 <= now {
            st.store
                .send_feedback_invites(m.ends_at.0 + 3600, &compose, &make)
                .await?;
        }
    }
    let tokens = tokens.lock().map(|v| v.clone()).unwrap_or_default();
    for (i, t) in tokens.iter().enumerate() {
        if i % 4 == 3 {
            continue; // not everyone answers
        }
        let (comment, publish) = if i % 3 == 0 {
            COMMENTS[(i / 3) % COMMENTS.len()]
        } else {
            ("", false)
        };
        let f = store::feedback::NewFeedback {
            overall: [5, 4, 4, 5, 3][i % 5],
            content: Some([4, 5, 4, 3, 5][i % 5]),
            organisation: if i % 2 == 0 { Some([4, 3, 5][i % 3]) } else { None },
            comment: comment.to_string(),
            publish,
        };
        st.store.submit_feedback(now, t, &f).await?;
    }
    Ok(())
}

pub async fn fill(st: &AppState, o: &Orgs) -> anyhow::Result<()> {
    let s = &st.store;
    let now = st.now();
    let staff = o.staff;
    let key = || crate::security::random_token();
    let venue = "Brückenwerk, Seminarraum 2\nBreiter Weg 12, 39104 Magdeburg";

    // the trainer qualification: 8 modules over 18 months, three of them past
    let rule = CompletionRule {
        min_modules: Some(7),
        all_mandatory: true,
        min_hours: None,
    };
    let mut trainer_texts = vec![text(
        "Trainer*innen-Qualifizierung Interkulturelle Öffnung 2026–2028",
        "Acht Module in 18 Monaten für künftige Trainer*innen, die Verwaltungen bei der interkulturellen Öffnung begleiten: Grundlagen, Recht, Antidiskriminierung, Methoden, Prozessbegleitung und eigene Praxisprojekte.",
    )];
    trainer_texts.push(SeriesText {
        locale: "ar".into(),
        title: "تأهيل المدربين للانفتاح بين الثقافات 2026–2028".into(),
        summary: "ثماني وحدات على مدى 18 شهرًا للمدربين والمدربات في المستقبل.".into(),
    });
    let trainer = s
        .create_series(now, staff, o.provider, &trainer_series(16, rule, trainer_texts), &key())
        .await?;
    let modules = [
        (
            "Modul 1: Grundlagen der interkulturellen Öffnung",
            "Begriffe und Haltung\nOrganisationsentwicklung",
            -75,
            16,
            true,
        ),
        (
            "Modul 2: Migrationsrecht für die Praxis",
            "Aufenthaltsrecht\nZugang zu Leistungen",
            -40,
            8,
            true,
        ),
        (
            "Modul 3: Antidiskriminierung und Vielfalt",
            "AGG\nRassismuskritische Perspektiven",
            -5,
            16,
            true,
        ),
        (
            "Modul 4: Methodenwerkstatt",
            "Moderation\nWorld Café\nKollegiale Fallberatung",
            30,
            16,
            false,
        ),
        (
            "Modul 5: Kommunikation mit Sprachmittlung",
            "Einfache Sprache\nDolmetschen im Amt",
            80,
            8,
            true,
        ),
        (
            "Modul 6: Prozessbegleitung in Verwaltungen",
            "Leitbildprozesse\nSelbstbewertung",
            150,
            16,
            true,
        ),
        ("Modul 7: Praxisprojekte", "Eigene Projekte planen", 260, 16, false),
        (
            "Modul 8: Abschluss und Zertifizierung",
            "Präsentation der Praxisprojekte",
            470,
            8,
            true,
        ),
    ];
    let mut trainer_modules = vec![];
    for (title, topics, days, hours, mandatory) in modules {
        let span = day(now, days, 9, 17);
        trainer_modules.push(
            s.add_module(
                now,
                staff,
                trainer,
                &module(title, topics, span, venue, hours, mandatory),
            )
            .await?,
        );
    }
    let people = register_people(st, trainer, 0, 19, "trainers").await?; // 16 seats, 3 waiting
    let _ = people;
    roll_call(st, staff, trainer, 0).await?;

    // speakers: modules 1–5 confirmed, 6 asked (no answer yet), 7 declined, 8 open
    let speakers = [
        (
            "Dr. Leyla Aydın",
            "Hochschule Magdeburg (Demo)",
            "Interkulturelle Öffnung, Organisationsentwicklung",
        ),
        ("Tomasz Nowak", "Kanzlei Nowak (Demo)", "Migrationsrecht"),
        (
            "Amal Saleh",
            "Antidiskriminierungsbüro (Demo)",
            "Antidiskriminierung, Empowerment",
        ),
        (
            "Jörg Wendt",
            "Moderationsbüro Wendt (Demo)",
            "Moderation, Großgruppenmethoden",
        ),
        (
            "Marina Shevchenko",
            "Sprachmittlerpool Sachsen-Anhalt (Demo)",
            "Sprachmittlung, Einfache Sprache",
        ),
        ("Farid Karimi", "Beratung Karimi (Demo)", "Prozessbegleitung"),
        ("Helga Brandt", "Verwaltungsakademie (Demo)", "Projektmanagement"),
    ];
    let mut speaker_ids = vec![];
    for (i, (name, aff, topics)) in speakers.iter().enumerate() {
        speaker_ids.push(
            s.create_speaker(
                now,
                staff,
                o.provider,
                &NewSpeaker {
                    name: (*name).into(),
                    email: format!("referentin{i}@ikoe.example"),
                    affiliation: (*aff).into(),
                    bio: "Langjährige Erfahrung in der Fortbildung von Verwaltungsmitarbeitenden.".into(),
                    topics: (*topics).into(),
                    languages: vec!["de".into(), if i % 2 == 0 { "en".into() } else { "ar".into() }],
                },
            )
            .await?,
        );
    }
    let series_title = s.series_text(trainer, "de").await?.title;
    for (i, module_id) in trainer_modules.iter().enumerate().take(7) {
        let Some(m) = s.module(*module_id).await? else { continue };
        let Some(sp) = s.speaker(speaker_ids[i]).await? else {
            continue;
        };
        let token = crate::security::random_token();
        let deadline = (m.starts_at.0 - 14 * 86400).max(now + 10 * 86400);
        let link = format!(
            "{}/speaker-requests/{token}",
            st.config.public_url.trim_end_matches('/')
        );
        let mail = crate::mail::speaker_request(
            &st.i18n,
            "de",
            &sp,
            "Jana Beispiel",
            &series_title,
            &m,
            "",
            &link,
            deadline,
        );
        s.ask_speaker(now - 90 * 86400, staff, m.id, sp.id, &token, deadline, "", "de", &mail)
            .await?;
        if i < 5 || i == 6 {
            let confirm = i < 5;
            s.answer_request(now - 80 * 86400, &token, confirm, &|_| None).await?;
        }
    }

    feedback(st, trainer).await?;

    // the previous cohort, completed, with certificates
    let mut prev_texts = vec![text(
        "Trainer*innen-Qualifizierung Interkulturelle Öffnung 2024–2025",
        "Der erste Jahrgang der Qualifizierung (abgeschlossen).",
    )];
    prev_texts[0].summary.push_str(" Bescheinigungen sind ausgestellt.");
    let prev = s
        .create_series(now, staff, o.provider, &trainer_series(14, rule, prev_texts), &key())
        .await?;
    for (i, (title, topics, _, hours, mandatory)) in modules.iter().enumerate() {
        let span = day(now, -640 + (i as i64) * 60, 9, 17);
        s.add_module(
            now,
            staff,
            prev,
            &module(title, topics, span, venue, *hours, *mandatory),
        )
        .await?;
    }
    register_people(st, prev, 40, 14, "trainers").await?;
    roll_call(st, staff, prev, 3).await?;
    feedback(st, prev).await?;
    if let Some(prev_series) = s.series(prev).await? {
        let certs = crate::web::series::certificates::build_certificates(st, &prev_series, "de", "Magdeburg")
            .await
            .map_err(|e| anyhow::anyhow!("{e}"))?;
        s.issue_certificates(now, staff, prev, &certs).await?;
        // one participant of that cohort has since deleted their data: an
        // anonymous row in the lists, a certificate verifiable by typing the name
        if let Some(c) = s.certificates_of_series(prev).await?.last() {
            let i18n = st.i18n.clone();
            let base = st.config.public_url.clone();
            let moved_up = move |r: &store::registrations::Registration| {
                crate::mail::registration(&i18n, r, store::registrations::RegMail::MovedUp, "", &base)
            };
            s.forget_registration(now, c.registration_id, &moved_up).await?;
        }
    }

    // volunteer courses in two districts
    for (org, region, place, from) in [
        (o.harz, "ST-HZ", "Halberstadt", 60),
        (o.stendal, "ST-SDL", "Stendal", 80),
    ] {
        let id = s
            .create_series(
                now,
                staff,
                org,
                &series(
                    SeriesKind::Volunteer,
                    region,
                    &["volunteers", "newcomers"],
                    &["de", "ar", "uk"],
                    14,
                    CompletionRule {
                        min_modules: Some(4),
                        ..Default::default()
                    },
                    vec![text(
                        &format!("Kurs für Ehrenamtliche: Interkulturelle Kompetenz im Ehrenamt – {place}"),
                        "Fünf Abende für Ehrenamtliche in der Begleitung von Neuzugewanderten: Kommunikation, Rollen und Grenzen, Ämterlotsen-Wissen.",
                    )],
                    Some(day(now, 50, 23, 23).0),
                ),
                &key(),
            )
            .await?;
        let titles = [
            "Ankommen und Haltung",
            "Kommunikation ohne gemeinsame Sprache",
            "Rollen und Grenzen im Ehrenamt",
            "Behörden verstehen",
            "Abschluss und Austausch",
        ];
        for (i, t) in titles.iter().enumerate() {
            let span = day(now, from + (i as i64) * 14, 17, 20);
            s.add_module(
                now,
                staff,
                id,
                &module(t, "", span, &format!("Mehrgenerationenhaus {place}"), 3, false),
            )
            .await?;
        }
        register_people(st, id, from as usize, 9, "volunteers").await?;
    }

    // an apprentice workshop through the three training years
    let workshop = s
        .create_series(
            now,
            staff,
            o.school,
            &series(
                SeriesKind::Apprentice,
                "ST-HAL",
                &["apprentices"],
                &["de"],
                24,
                CompletionRule::default(),
                vec![text(
                    "Workshopreihe Vielfalt in der Verwaltung – Ausbildungsjahrgang 2026",
                    "Ein Workshop in jedem Ausbildungsjahr für angehende Verwaltungsfachangestellte.",
                )],
                None,
            ),
            &key(),
        )
        .await?;
    for (i, t) in [
        "1. Ausbildungsjahr: Vielfalt im Bürgerkontakt",
        "2. Ausbildungsjahr: Recht und Diskriminierungsschutz",
        "3. Ausbildungsjahr: Interkulturelle Öffnung als Organisationsaufgabe",
    ]
    .iter()
    .enumerate()
    {
        let span = day(now, -20 + (i as i64) * 365, 8, 15);
        s.add_module(
            now,
            staff,
            workshop,
            &module(t, "", span, "Verwaltungsfachschule Saaleufer, Raum 104", 6, true),
        )
        .await?;
    }
    register_people(st, workshop, 120, 18, "apprentices").await?;
    roll_call(st, staff, workshop, 5).await?;

    // an expert day
    let expert = s
        .create_series(
            now,
            staff,
            o.assoc,
            &series(
                SeriesKind::ExpertDay,
                "DE-SN",
                &["administration", "multipliers", "trainers"],
                &["de", "en"],
                120,
                CompletionRule::default(),
                vec![text(
                    "Fachtag Interkulturelle Öffnung 2027: Verwaltung für alle",
                    "Vorträge, Werkstätten und Austausch für Verwaltungen, Träger und Migrantenorganisationen aus Mitteldeutschland.",
                )],
                None,
            ),
            &key(),
        )
        .await?;
    s.add_module(
        now,
        staff,
        expert,
        &module(
            "Fachtag",
            "Keynote\nWerkstätten\nMarkt der Möglichkeiten",
            day(now, 200, 9, 16),
            "Volkshochschule Leipzig, Löhrs Carré",
            6,
            true,
        ),
    )
    .await?;
    register_people(st, expert, 200, 35, "administration").await?;
    Ok(())
}
