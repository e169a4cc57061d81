//! Demo self-assessment: an invented city administration that assessed its
//! openness in three yearly waves on the default indicator set (rising in
//! most areas, falling in networking), with a leadership group, two staff
//! groups, a small one below the anonymity threshold and an outside view;
//! and a wave running now, with a link to try answering.

use domain::measures::MeasureStatus;
use domain::openness::{Choice, GroupKind};
use domain::orgs::OrgKind;
use store::openness::{NewWave, RaterAccess};

use super::org;
use crate::state::AppState;

const DAY: i64 = 86_400;

/// Groups: kind, name, raters.
const GROUPS: &[(GroupKind, &str, usize)] = &[
    (GroupKind::Leadership, "Verwaltungsleitung", 5),
    (GroupKind::Staff, "Bürgerbüro", 8),
    (GroupKind::Staff, "Ausländerbehörde", 6),
    (GroupKind::Staff, "Standesamt", 3),
    (GroupKind::Outside, "Migrantenbeirat", 5),
];

/// Invented names of raters (first names and family names are combined).
const FIRST: &[&str] = &[
    "Aylin", "Bernd", "Chiara", "Dariusz", "Elif", "Frieda", "Goran", "Hanna", "Ismail", "Jana", "Kemal", "Lea",
];
const LAST: &[&str] = &[
    "Albers", "Brandt", "Celik", "Dietz", "Engel", "Fuchs", "Gashi", "Hoffmann", "Ivanova", "Jung",
];

/// Free texts some raters leave.
const NOTES: &[&str] = &[
    "Die mehrsprachigen Formulare helfen sehr, aber sie sind schwer zu finden.",
    "Wir wissen oft nicht, wann wir eine Sprachmittlung bestellen dürfen.",
    "Seit der Schulung fragen Kolleginnen häufiger nach.",
    "Für Menschen im Rollstuhl ist der Seiteneingang zu schmal.",
    "Der Kontakt zum Migrantenbeirat ist seit dem Personalwechsel eingeschlafen.",
];

/// A level for rater `r` on indicator `i` of dimension `d` in wave `k`
/// (0, 1, 2): most dimensions rise from wave to wave, networking falls;
/// the outside view sees everything a little lower.
fn level(d: usize, i: usize, k: usize, r: usize, outside: bool) -> Choice {
    // in halves of a level: a start between 0 and 2,5 and half a level a year
    let base: i64 = [3, 1, 2, 4, 1, 2, 5, 1, 0, 1][d % 10];
    let step: i64 = if d == 6 { -1 } else { 1 };
    let noise = ((d * 7 + i * 5 + k * 3 + r * 11) % 5) as i64 - 2;
    let halves = base + step * k as i64 + noise - if outside { 2 } else { 0 };
    match (halves / 2).clamp(0, 3) {
        0 => Choice::L0,
        1 => Choice::L1,
        2 => Choice::L2,
        _ => Choice::L3,
    }
}

/// The year `t` falls in.
fn year(t: i64) -> String {
    domain::measures::current_month(t, i18n::time_zone())[..4].to_string()
}

/// Fills the demo self-assessment; `staff` (the demo admin) runs it.
pub async fn fill(st: &AppState, staff: i64, admin_email: &str) -> anyhow::Result<()> {
    let s = &st.store;
    let now = st.now();
    let city = s
        .create_org(
            now - 1200 * DAY,
            None,
            &org(
                "Stadtverwaltung Auenbrück (Demo)",
                OrgKind::Administration,
                "ST-MD",
                "Bewertet ihre interkulturelle Öffnung seit 2024 jährlich selbst. Beispieldaten.",
                None,
            )?,
        )
        .await?;
    let set_id = s
        .default_openness_set()
        .await?
        .ok_or_else(|| anyhow::anyhow!("the default indicator set is missing"))?;
    let set = s
        .openness_set(set_id, "de")
        .await?
        .ok_or_else(|| anyhow::anyhow!("the default indicator set is missing"))?;
    // three yearly waves, each six weeks in spring, the newest ended months ago
    for k in 0..3usize {
        // spring of 2024, 2025, 2026 seen from the demo's "now" (December 2026)
        let opens = now - (2 - k as i64) * 365 * DAY - 200 * DAY;
        let w = NewWave {
            set_id,
            title: format!("Selbstbewertung {}", year(opens)),
            opens_at: opens,
            closes_at: opens + 42 * DAY,
            threshold: 5,
        };
        let wave = s.create_openness_wave(opens - 7 * DAY, staff, city, &w).await?;
        let mut rater_no = 0;
        for (kind, name, n) in GROUPS {
            let g = s
                .add_openness_group(opens - 6 * DAY, staff, city, wave, *kind, name)
                .await?;
            let people: Vec<(String, String)> = (0..*n)
                .map(|j| {
                    let who = rater_no + j;
                    (
                        format!("{} {}", FIRST[who % FIRST.len()], LAST[(who * 3 + k) % LAST.len()]),
                        String::new(),
                    )
                })
                .collect();
            s.add_openness_raters(opens - 6 * DAY, staff, city, wave, g, &people)
                .await?;
            let raters: Vec<_> = s
                .openness_raters(wave)
                .await?
                .into_iter()
                .filter(|r| r.group_id == g)
                .collect();
            for (j, r) in raters.iter().enumerate() {
                let who = rater_no + j;
                let access = RaterAccess {
                    id: r.id,
                    wave_id: wave,
                    group_id: g,
                    group_kind: *kind,
                    group_name: (*name).to_string(),
                    name: r.name.clone(),
                    submitted: domain::Flag(false),
                };
                let voter = crate::security::rater_key(&st.secret, wave, r.id);
                let answers: Vec<(i64, Option<Choice>, String)> = set
                    .dimensions
                    .iter()
                    .enumerate()
                    .flat_map(|(d, dim)| dim.indicators.iter().enumerate().map(move |(i, ind)| (d, i, ind.id)))
                    .map(|(d, i, id)| {
                        let choice = if (who + d + i + k) % 13 == 0 {
                            Choice::Unknown
                        } else {
                            level(d, i, k, who, *kind == GroupKind::Outside)
                        };
                        let note = if i == 0 && (who + d) % 9 == 0 {
                            NOTES[(who + d + k) % NOTES.len()].to_string()
                        } else {
                            String::new()
                        };
                        (id, Some(choice), note)
                    })
                    .collect();
                let at = opens + (3 + (who as i64 % 30)) * DAY;
                s.save_openness_answers(at, &access, &voter, &answers).await?;
                s.submit_openness_answers(at, &access, &voter, &crate::security::random_token())
                    .await?;
            }
            rater_no += n;
        }
    }
    // the city's annual planner (its Leitbild process, just begun): the
    // weakest indicators of the newest ended wave became measures there
    let process = s
        .create_process(now - 150 * DAY, staff, city, "Leitbild Stadtverwaltung Auenbrück")
        .await?;
    let start = domain::measures::current_month(now - 90 * DAY, i18n::time_zone());
    s.set_leitbild_plan(now - 150 * DAY, staff, process, 0, &start).await?;
    let last = s
        .openness_waves(city)
        .await?
        .into_iter()
        .last()
        .ok_or_else(|| anyhow::anyhow!("no demo wave"))?;
    let (groups, counts, notes) = s.openness_counts(last.id).await?;
    let r = domain::openness::WaveResults::build(&groups, &counts, &notes, last.threshold);
    let tallies: Vec<(i64, domain::openness::Tally)> = set
        .indicators()
        .map(|i| (i.id, r.all.get(&i.id).copied().unwrap_or_default()))
        .collect();
    let plan_months = domain::measures::plan_months(&start);
    let states = [
        (
            MeasureStatus::Done,
            "Beschluss der Dienstberatung vom März, im Intranet veröffentlicht.",
        ),
        (MeasureStatus::Progress, ""),
        (MeasureStatus::Open, ""),
        (MeasureStatus::Open, ""),
    ];
    for (k, id) in domain::openness::weakest(&tallies, 4).into_iter().enumerate() {
        let Some(ind) = set.indicator(id) else { continue };
        let title: String = ind.statement.chars().take(190).collect();
        let fields = store::measures::MeasureFields {
            title,
            description: format!("Aus der Selbstbewertung „{}“.", last.title),
            owner_name: ["Jana Albers", "Goran Gashi", "Elif Celik", "Bernd Hoffmann"][k].into(),
            owner_email: String::new(),
            month: plan_months.get(k * 2 + 1).cloned().unwrap_or_else(|| start.clone()),
            principle: None,
        };
        let m = s
            .add_measure_from(
                now - 100 * DAY,
                staff,
                process,
                &fields,
                &format!("openness:{}:{}", last.id, ind.code),
            )
            .await?;
        let (status, evidence) = states[k];
        if status != MeasureStatus::Open {
            s.set_measure_status(now - 20 * DAY, staff, process, m, 1, status, evidence)
                .await?;
        }
    }
    // a wave running now: the demo admin rates with their account; one link to try
    let w = NewWave {
        set_id,
        title: format!("Zwischenstand {}", year(now)),
        opens_at: now - 5 * DAY,
        closes_at: now + 30 * DAY,
        threshold: 5,
    };
    let wave = s.create_openness_wave(now - 6 * DAY, staff, city, &w).await?;
    let lead = s
        .add_openness_group(
            now - 6 * DAY,
            staff,
            city,
            wave,
            GroupKind::Leadership,
            "Verwaltungsleitung",
        )
        .await?;
    s.add_openness_raters(
        now - 6 * DAY,
        staff,
        city,
        wave,
        lead,
        &[("Demo-Administration".into(), admin_email.to_string())],
    )
    .await?;
    let office = s
        .add_openness_group(now - 6 * DAY, staff, city, wave, GroupKind::Staff, "Bürgerbüro")
        .await?;
    let people: Vec<(String, String)> = (0..6)
        .map(|j| (format!("{} {}", FIRST[j], LAST[j]), String::new()))
        .collect();
    s.add_openness_raters(now - 6 * DAY, staff, city, wave, office, &people)
        .await?;
    let first = s
        .openness_raters(wave)
        .await?
        .into_iter()
        .find(|r| r.group_id == office)
        .ok_or_else(|| anyhow::anyhow!("no demo rater"))?;
    let (token, hash) = crate::web::leitbild::links::new_link();
    s.set_openness_links(now - 5 * DAY, staff, city, wave, &[(first.id, hash, None)])
        .await?;
    println!(
        "Demo self-assessment link (rater, no account): {}",
        crate::mail::rater_link(&st.config.public_url, &token)
    );
    Ok(())
}
