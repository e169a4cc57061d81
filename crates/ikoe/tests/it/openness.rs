//! The openness self-assessment: the default indicator set in seven
//! languages; sets that freeze once a wave uses them and change by new
//! versions; waves with rater groups and personal links; answering with
//! pauses; results only after the wave and only for groups that reach the
//! anonymity threshold; the trend across waves on shared indicators.

use axum::http::StatusCode;
use domain::openness::{Choice, GroupKind, TextStatus};
use store::openness::{IndicatorSet, IndicatorTexts, NewWave, RaterAccess};
use store::StoreError;

use crate::helpers::*;

/// The page's text without the isolation marks around Fluent arguments.
fn plain(r: &Resp) -> String {
    r.body.replace(['\u{2068}', '\u{2069}'], "")
}

async fn default_set(app: &TestApp, lang: &str) -> IndicatorSet {
    let st = &app.state.store;
    let id = st
        .default_openness_set()
        .await
        .unwrap()
        .expect("the default set is seeded");
    st.openness_set(id, lang).await.unwrap().unwrap()
}

/// A wave of `org` on `set` that runs from a day ago for five more days.
async fn wave(app: &TestApp, actor: i64, org: i64, set: i64, threshold: i64) -> i64 {
    let now = app.state.now();
    let w = NewWave {
        set_id: set,
        title: "Selbstbewertung 2026".into(),
        opens_at: now - 86_400,
        closes_at: now + 5 * 86_400,
        threshold,
    };
    app.state.store.create_openness_wave(now, actor, org, &w).await.unwrap()
}

/// The cast's organisation as an administration, signed in as `email`,
/// with the default set in German.
async fn administration_signed_in(email: &str) -> (TestApp, Cast, IndicatorSet) {
    let (app, c) = signed_in(email).await;
    crate::leitbild::administration(&app, c.org).await;
    let set = default_set(&app, "de").await;
    (app, c, set)
}

/// `n` raters in a new group of `kind`, each with a token `{prefix}-{i}`.
async fn group_with_links(
    app: &TestApp,
    actor: i64,
    org: i64,
    wave: i64,
    kind: GroupKind,
    name: &str,
    n: usize,
) -> (i64, Vec<String>) {
    let st = &app.state.store;
    let now = app.state.now();
    let g = st.add_openness_group(now, actor, org, wave, kind, name).await.unwrap();
    let raters: Vec<(String, String)> = (0..n).map(|i| (format!("{name} {i}"), String::new())).collect();
    st.add_openness_raters(now, actor, org, wave, g, &raters).await.unwrap();
    let mut tokens = vec![];
    let mut links = vec![];
    for r in st
        .openness_raters(wave)
        .await
        .unwrap()
        .into_iter()
        .filter(|r| r.group_id == g)
    {
        let token = format!("tok-{wave}-{g}-{}", r.id);
        links.push((r.id, ikoe::security::token_hash(&token), None));
        tokens.push(token);
    }
    st.set_openness_links(now, actor, org, wave, &links).await.unwrap();
    (g, tokens)
}

/// Answers every indicator of `set` with `choice` (notes: `note` on the
/// first) for the rater of `token`, and submits.
async fn answer_all(app: &TestApp, token: &str, set: &IndicatorSet, choice: Choice, note: &str) {
    let st = &app.state.store;
    let rater = st
        .openness_rater_by_link(&ikoe::security::token_hash(token))
        .await
        .unwrap()
        .unwrap();
    let voter = ikoe::security::rater_key(&app.state.secret, rater.wave_id, rater.id);
    let answers: Vec<(i64, Option<Choice>, String)> = set
        .indicators()
        .enumerate()
        .map(|(i, ind)| {
            (
                ind.id,
                Some(choice),
                if i == 0 { note.to_string() } else { String::new() },
            )
        })
        .collect();
    st.save_openness_answers(app.state.now(), &rater, &voter, &answers)
        .await
        .unwrap();
    st.submit_openness_answers(app.state.now(), &rater, &voter, &ikoe::security::random_token())
        .await
        .unwrap();
}

#[tokio::test]
async fn the_default_set_ships_in_seven_languages_with_its_status() {
    let app = TestApp::new().await;
    let de = default_set(&app, "de").await;
    assert_eq!(de.number, 1);
    assert_eq!(de.dimensions.len(), 10);
    assert!(de.dimensions.iter().all(|d| d.indicators.len() == 3));
    assert_eq!(de.dimensions[0].code, "leadership");
    assert!(de.indicators().all(|i| i.levels().iter().all(|l| !l.trim().is_empty())));
    let ar = default_set(&app, "ar").await;
    assert_eq!(ar.codes(), de.codes(), "the same indicators in every language");
    assert_ne!(ar.dimensions[0].title, de.dimensions[0].title);
    assert!(ar.dimensions[0]
        .title
        .chars()
        .any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)));
    let langs = app.state.store.openness_set_languages(de.id).await.unwrap();
    assert_eq!(langs.len(), 7);
    let status = |l: &str| langs.iter().find(|x| x.lang == l).unwrap().status;
    assert_eq!(status("de"), TextStatus::Reviewed);
    assert_eq!(status("en"), TextStatus::Reviewed);
    assert_eq!(status("fa"), TextStatus::Draft);
    // seeding again changes nothing
    app.state.store.seed_openness_sets(app.state.now()).await.unwrap();
    assert_eq!(app.state.store.openness_sets("de").await.unwrap().len(), 1);
    // a file that lacks an indicator of the German one is refused
    let broken = store::openness::DEFAULT_SET[1].replacen("\"leadership-1\"", "\"leadership-9\"", 1);
    let files = [store::openness::DEFAULT_SET[0], broken.as_str()];
    assert!(store::openness::parse_set_files(&files).is_err());
}

#[tokio::test]
async fn a_rater_answers_through_a_link_pauses_continues_and_submits_once() {
    let (mut app, c, set) = administration_signed_in("orgadmin@example.org").await;
    let set_s = set.id.to_string();

    // the admin starts a wave; a threshold below three is refused beside its field
    let form = |threshold: &'static str| {
        vec![
            ("set_id", set_s.clone()),
            ("title", "Selbstbewertung 2026".to_string()),
            ("opens", "2026-01-01".to_string()),
            ("closes", "2099-12-01".to_string()),
            ("threshold", threshold.to_string()),
        ]
    };
    let low = form("2");
    let low: Vec<(&str, &str)> = low.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let r = app.post(&format!("/orgs/{}/openness", c.org), &low).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("Mindestens 3");
    r.assert_contains("value=\"Selbstbewertung 2026\"");
    assert!(
        app.state.store.openness_waves(c.org).await.unwrap().is_empty(),
        "nothing was made"
    );
    // a wave of a year and a half is too long
    let ok = form("5");
    let ok: Vec<(&str, &str)> = ok.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let r = app.post(&format!("/orgs/{}/openness", c.org), &ok).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    r.assert_contains("höchstens ein Jahr");
    let now = app.state.now();
    let tz = i18n::time_zone();
    let opens = domain::series::to_local_date_input(now - 86_400, tz);
    let closes = domain::series::to_local_date_input(now + 20 * 86_400, tz);
    let r = app
        .post(
            &format!("/orgs/{}/openness", c.org),
            &[
                ("set_id", &set_s),
                ("title", "Selbstbewertung 2026"),
                ("opens", &opens),
                ("closes", &closes),
                ("threshold", "5"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let w = r.id_after("/openness/waves/");

    // a staff group, a rater by mail and one for a printed card
    let r = app
        .post(
            &format!("/openness/waves/{w}/groups"),
            &[("kind", "staff"), ("name", "Bürgeramt")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let g = app.state.store.openness_groups(w).await.unwrap()[0].id;
    let r = app
        .post(
            &format!("/openness/waves/{w}/groups"),
            &[("kind", "staff"), ("name", "Bürgeramt")],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("schon eine Gruppe");
    let r = app
        .post(
            &format!("/openness/waves/{w}/groups/{g}/raters"),
            &[
                ("lines", "Aylin Demir, aylin@example.org\nnot an address, x@"),
                ("unnamed", "1"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("weder Name noch E-Mail");
    r.assert_contains("not an address, x@");
    let r = app
        .post(
            &format!("/openness/waves/{w}/groups/{g}/raters"),
            &[("lines", "Aylin Demir, aylin@example.org"), ("unnamed", "1")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let r = app.post(&format!("/openness/waves/{w}/links/mail"), &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let link = app.link_in_mail_to("aylin@example.org").await;
    assert!(link.starts_with("/bewertung/"), "{link}");
    let r = app
        .post(&format!("/openness/waves/{w}/links/cards"), &[("confirmed", "true")])
        .await;
    r.assert_attachment();
    assert!(r.bytes.starts_with(b"%PDF"), "cards are a PDF");

    // Aylin answers without an account: the first dimension, then pauses
    let mut aylin = app.browser();
    aylin.cookies.clear();
    let page = aylin.get(&link).await;
    page.assert_status(StatusCode::OK);
    assert!(plain(&page).contains("0 von 30 Aussagen beantwortet"), "{}", page.body);
    let first = &set.dimensions[0];
    let mut fields: Vec<(String, String)> = vec![("dimension".into(), "0".into()), ("action".into(), "pause".into())];
    for (i, ind) in first.indicators.iter().enumerate() {
        fields.push((format!("c{}", ind.id), if i == 2 { "unknown" } else { "2" }.into()));
        fields.push((format!("n{}", ind.id), String::new()));
    }
    // a note without a choice is refused beside the field, with what was typed kept
    let mut bad = fields.clone();
    bad[2].1 = String::new();
    bad[3].1 = "Nur eine Anmerkung".into();
    let bad: Vec<(&str, &str)> = bad.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let r = aylin.post(&link, &bad).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("Bitte wählen Sie auch eine Antwort");
    r.assert_contains("Nur eine Anmerkung");
    let f: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let r = aylin.post(&link, &f).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(r.location(), format!("{link}?d=0"));
    // she continues later with the same link: what she chose is there, the rest is left
    let page = aylin.get(&link).await;
    assert!(plain(&page).contains("3 von 30 Aussagen beantwortet"), "{}", page.body);
    let again = aylin.get(&format!("{link}?d=0")).await;
    again.assert_contains(&format!(
        "id=\"f-c{}-2\" name=\"c{}\" value=\"2\" checked",
        first.indicators[0].id, first.indicators[0].id
    ));
    // submitting before everything is answered is refused
    let r = aylin.post(&link, &[("dimension", ""), ("action", "submit")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("Bitte beantworten Sie erst alle Aussagen");
    // the rest through the store (the same keys as the pages use), then submit on the page
    let rater = app
        .state
        .store
        .openness_rater_by_link(&ikoe::security::token_hash(link.trim_start_matches("/bewertung/")))
        .await
        .unwrap()
        .unwrap();
    let voter = ikoe::security::rater_key(&app.state.secret, w, rater.id);
    let rest: Vec<(i64, Option<Choice>, String)> = set
        .dimensions
        .iter()
        .skip(1)
        .flat_map(|d| d.indicators.iter())
        .map(|i| (i.id, Some(Choice::L1), String::new()))
        .collect();
    app.state
        .store
        .save_openness_answers(app.state.now(), &rater, &voter, &rest)
        .await
        .unwrap();
    let r = aylin.post(&link, &[("dimension", ""), ("action", "submit")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    aylin
        .get(&link)
        .await
        .assert_contains("Ihre Antworten sind abgeschickt");
    // the same rater cannot answer twice
    let r = aylin.post(&link, &f).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(r.location(), link);
    let err = app
        .state
        .store
        .submit_openness_answers(app.state.now(), &rater, &voter, "another")
        .await
        .unwrap_err();
    assert!(matches!(err, StoreError::Conflict("submitted")), "{err:?}");
    assert_eq!(app.state.store.openness_wave(w).await.unwrap().unwrap().submitted, 1);
    // the answers carry no name: the log says an answer was saved, not by whom
    let entries = app
        .state
        .store
        .audit_list(&Default::default(), 1000, 0)
        .await
        .unwrap()
        .0;
    let saved = entries.iter().find(|e| e.action == "openness.answers.submit").unwrap();
    assert!(saved.actor_id.is_none());
    assert!(!saved.detail.contains("Aylin"));

    // after the wave, answers are refused and nothing changes
    app.clock().advance(40 * 86_400);
    let mut late = app.browser();
    late.cookies.clear();
    let card_rater = app
        .state
        .store
        .openness_raters(w)
        .await
        .unwrap()
        .into_iter()
        .find(|r| r.email.is_empty())
        .unwrap();
    let access = RaterAccess {
        id: card_rater.id,
        wave_id: w,
        group_id: g,
        group_kind: GroupKind::Staff,
        group_name: "Bürgeramt".into(),
        name: String::new(),
        submitted: domain::Flag(false),
    };
    let err = app
        .state
        .store
        .save_openness_answers(app.state.now(), &access, "someone", &rest)
        .await
        .unwrap_err();
    assert!(matches!(err, StoreError::Conflict("closed")), "{err:?}");
    app.assert_audited(&[
        "openness.wave.create",
        "openness.group.add",
        "openness.raters.add",
        "openness.links",
    ])
    .await;
}

#[tokio::test]
async fn results_show_only_groups_that_reach_the_threshold_and_only_after_the_wave() {
    let (mut app, c, set) = administration_signed_in("member@example.org").await;
    let w = wave(&app, c.admin, c.org, set.id, 3).await;
    let (_, staff) = group_with_links(&app, c.admin, c.org, w, GroupKind::Staff, "Bürgeramt", 3).await;
    let (_, lead) = group_with_links(&app, c.admin, c.org, w, GroupKind::Leadership, "Amtsleitung", 2).await;
    let (_, out) = group_with_links(&app, c.admin, c.org, w, GroupKind::Outside, "Migrantenverein", 3).await;
    for t in &staff {
        answer_all(&app, t, &set, Choice::L2, "Gut angefangen").await;
    }
    for t in &lead {
        answer_all(&app, t, &set, Choice::L3, "GEHEIME LEITUNGSNOTIZ").await;
    }
    for t in &out {
        answer_all(&app, t, &set, Choice::L0, "Von außen kaum sichtbar").await;
    }
    let results = format!("/openness/waves/{w}/results");
    // while it runs: no figures, only that they come after the wave
    let page = app.get(&results).await;
    page.assert_status(StatusCode::OK);
    page.assert_contains("nach dem Ende der Welle");
    page.assert_not_contains("Gut angefangen");

    app.clock().advance(6 * 86_400);
    app.login("member@example.org", PASSWORD).await;
    let page = app.get(&results).await;
    page.assert_status(StatusCode::OK);
    let text = plain(&page);
    // 6 people in shown groups; the leadership (2 < 3) is in no figure
    assert!(text.contains("6 Personen haben abgeschickt."), "{text}");
    assert!(text.contains("in keiner Zahl enthalten:"), "{text}");
    page.assert_contains("Gut angefangen");
    page.assert_contains("Von außen kaum sichtbar");
    page.assert_not_contains("GEHEIME LEITUNGSNOTIZ");
    // medians: all 1,0 (3 × 2 and 3 × 0); self-view 2,0; outside 0,0; gap +2,0
    let row = "<td class=\"num\">1,0</td><td><span class=\"light light--red\" aria-hidden=\"true\"></span> rot: kaum umgesetzt</td><td class=\"num\">2,0</td><td class=\"num\">0,0</td><td class=\"num\"><span dir=\"ltr\">+2,0</span></td>";
    assert!(page.body.contains(row), "{}", page.body);
    // no group column or figure with three for the leadership
    assert!(!text.contains("<th scope=\"col\" class=\"num\"><bdi>Amtsleitung</bdi></th>"));
    // the weakest indicators are named
    page.assert_contains("Schwächste Indikatoren");
}

#[tokio::test]
async fn the_trend_compares_waves_on_the_indicators_they_share() {
    let (mut app, c) = signed_in("orgadmin@example.org").await;
    crate::leitbild::administration(&app, c.org).await;
    let st = app.state.store.clone();
    let platform = c.platform;
    let v1 = default_set(&app, "de").await;
    // wave one on the default set: staff answer 1 everywhere
    let w1 = wave(&app, c.admin, c.org, v1.id, 3).await;
    let (_, t1) = group_with_links(&app, c.admin, c.org, w1, GroupKind::Staff, "Alle", 3).await;
    for t in &t1 {
        answer_all(&app, t, &v1, Choice::L1, "").await;
    }
    app.clock().advance(6 * 86_400);
    // the default set is frozen now: a change is refused, a new version made instead
    let ind = v1.dimensions[0].indicators[0].id;
    let texts = IndicatorTexts {
        statement: "Geändert".into(),
        levels: ["a".into(), "b".into(), "c".into(), "d".into()],
    };
    let err = st
        .save_openness_indicator(app.state.now(), platform, v1.id, ind, "de", &texts)
        .await
        .unwrap_err();
    assert!(matches!(err, StoreError::Conflict("frozen")), "{err:?}");
    let v2 = st
        .new_openness_set_version(app.state.now(), platform, v1.id, None)
        .await
        .unwrap();
    let v2set = st.openness_set(v2, "de").await.unwrap().unwrap();
    assert_eq!((v2set.family, v2set.number), (v1.family, 2));
    // version two drops one indicator and adds one
    let dropped = v2set.dimensions[9].indicators[2].id;
    st.remove_openness_indicator(app.state.now(), platform, v2, dropped)
        .await
        .unwrap();
    let added = st
        .add_openness_indicator(app.state.now(), platform, v2, v2set.dimensions[0].id, &texts)
        .await
        .unwrap();
    let v2set = st.openness_set(v2, "de").await.unwrap().unwrap();
    assert_eq!(v2set.indicators().count(), 30);
    let new_code = &v2set.indicator(added).unwrap().code;
    assert!(
        !v1.codes().contains(new_code),
        "a new indicator gets a code of its own: {new_code}"
    );
    // wave two on version two: staff answer 3
    let w2 = wave(&app, c.admin, c.org, v2, 3).await;
    let (_, t2) = group_with_links(&app, c.admin, c.org, w2, GroupKind::Staff, "Alle", 3).await;
    for t in &t2 {
        answer_all(&app, t, &v2set, Choice::L3, "").await;
    }
    app.clock().advance(6 * 86_400);
    app.login("orgadmin@example.org", PASSWORD).await;
    let page = app.get(&format!("/openness/waves/{w2}/results")).await;
    page.assert_status(StatusCode::OK);
    let text = plain(&page);
    assert!(text.contains("Verglichen auf 29 Indikatoren"), "{text}");
    assert!(text.contains("Entwicklung über die Wellen"));
    // the earlier wave's results still show its own set
    let old = app.get(&format!("/openness/waves/{w1}/results")).await;
    old.assert_status(StatusCode::OK);
    assert!(
        !plain(&old).contains("Entwicklung über die Wellen"),
        "no trend before the first wave"
    );
}

#[tokio::test]
async fn programme_staff_adapt_copies_of_sets_in_any_language() {
    let app = TestApp::new().await;
    let c = cast(&app).await;
    sqlx::query("UPDATE orgs SET kind = 'programme_provider' WHERE id = $1")
        .bind(c.org)
        .execute(app.state.store.pool())
        .await
        .unwrap();
    let mut staff = app.browser();
    staff.login("member@example.org", PASSWORD).await;
    let set = default_set(&app, "de").await;
    let r = staff.post(&format!("/openness/sets/{}/copy", set.id), &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let copy = r.id_after("/openness/sets/");
    assert_ne!(copy, set.id);
    let copied = app.state.store.openness_set(copy, "de").await.unwrap().unwrap();
    assert_eq!(
        copied.org_id,
        Some(c.org),
        "the copy belongs to the programme organisation"
    );
    let ind = copied.dimensions[1].indicators[0].id;
    let path = format!("/openness/sets/{copy}/indicators/{ind}");
    // an empty level is refused beside its field, the rest kept
    let r = staff
        .post(
            &path,
            &[
                ("lang", "tr"),
                ("statement", "Yeni ifade"),
                ("level0", "a"),
                ("level1", ""),
                ("level2", "c"),
                ("level3", "d"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("Yeni ifade");
    let r = staff
        .post(
            &path,
            &[
                ("lang", "tr"),
                ("statement", "Yeni ifade"),
                ("level0", "a"),
                ("level1", "b"),
                ("level2", "c"),
                ("level3", "d"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let tr = app.state.store.openness_set(copy, "tr").await.unwrap().unwrap();
    assert_eq!(tr.indicator(ind).unwrap().statement, "Yeni ifade");
    let de = app.state.store.openness_set(copy, "de").await.unwrap().unwrap();
    assert_ne!(de.indicator(ind).unwrap().statement, "Yeni ifade", "German stays");
    // the shipped set is unchanged
    let orig = default_set(&app, "tr").await;
    assert_ne!(orig.dimensions[1].indicators[0].statement, "Yeni ifade");
    // a language of no locale is refused; others (not staff) may not edit
    let r = staff
        .post(
            &path,
            &[
                ("lang", "xx"),
                ("statement", "x"),
                ("level0", "a"),
                ("level1", "b"),
                ("level2", "c"),
                ("level3", "d"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    let mut other = app.browser();
    other.login("other@example.org", PASSWORD).await;
    let r = other.get(&path).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    app.assert_audited(&["openness.set.copy", "openness.indicator.save"])
        .await;
}

#[tokio::test]
async fn weak_indicators_become_measures_in_the_administrations_planner_once() {
    let (mut app, c, set) = administration_signed_in("orgadmin@example.org").await;
    let w = wave(&app, c.admin, c.org, set.id, 3).await;
    let (_, staff) = group_with_links(&app, c.admin, c.org, w, GroupKind::Staff, "Alle", 3).await;
    for t in &staff {
        answer_all(&app, t, &set, Choice::L0, "").await;
    }
    app.clock().advance(6 * 86_400);
    app.login("orgadmin@example.org", PASSWORD).await;
    let results = format!("/openness/waves/{w}/results");
    let first = set.indicators().next().unwrap().id.to_string();
    // without a planner the page says where measures go, and proposing changes nothing
    app.get(&results).await.assert_contains("noch keinen Jahresplaner");
    let r = app
        .post(&format!("/openness/waves/{w}/measures"), &[("indicator", &first)])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    // the administration's Leitbild process has a planner: the indicator becomes a measure there
    let st = app.state.store.clone();
    let now = app.state.now();
    let process = st.create_process(now, c.admin, c.org, "Leitbild").await.unwrap();
    let month = domain::measures::current_month(now, i18n::time_zone());
    st.set_leitbild_plan(now, c.admin, process, 0, &month).await.unwrap();
    let r = app
        .post(&format!("/openness/waves/{w}/measures"), &[("indicator", &first)])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let measures = st.leitbild_measures(process, &Default::default()).await.unwrap();
    assert_eq!(measures.len(), 1);
    assert_eq!(measures[0].title, set.indicators().next().unwrap().statement);
    assert_eq!(measures[0].owner_name, "Olga Admin");
    assert_eq!(measures[0].month, month);
    assert_eq!(measures[0].status, domain::measures::MeasureStatus::Open);
    // once: the page links to the planner, a second proposal adds nothing
    app.get(&results).await.assert_contains("steht im Jahresplaner");
    app.post(&format!("/openness/waves/{w}/measures"), &[("indicator", &first)])
        .await;
    assert_eq!(
        st.leitbild_measures(process, &Default::default()).await.unwrap().len(),
        1
    );
    // an indicator of another set is no weak indicator of this wave
    let r = app
        .post(&format!("/openness/waves/{w}/measures"), &[("indicator", "999999")])
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    // members see the results but propose nothing
    let mut member = app.browser();
    member.login("member@example.org", PASSWORD).await;
    member
        .get(&results)
        .await
        .assert_not_contains("Als Maßnahme vorschlagen");
    let r = member
        .post(&format!("/openness/waves/{w}/measures"), &[("indicator", &first)])
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    app.assert_audited(&["measure.create"]).await;
}

#[tokio::test]
async fn an_ended_wave_stays_ended_and_its_answers_are_tied_to_nobody() {
    let (mut app, c, set) = administration_signed_in("orgadmin@example.org").await;
    let w = wave(&app, c.admin, c.org, set.id, 3).await;
    let (g, tokens) = group_with_links(&app, c.admin, c.org, w, GroupKind::Staff, "Alle", 3).await;
    // a rater who began answers, then gave up
    let st = app.state.store.clone();
    let first = st
        .openness_rater_by_link(&ikoe::security::token_hash(&tokens[0]))
        .await
        .unwrap()
        .unwrap();
    let first_key = ikoe::security::rater_key(&app.state.secret, w, first.id);
    let one = set.indicators().next().unwrap().id;
    st.save_openness_answers(
        app.state.now(),
        &first,
        &first_key,
        &[(one, Some(Choice::L1), String::new())],
    )
    .await
    .unwrap();
    // once someone answered, the threshold cannot fall (raters were promised it)
    let wv = st.openness_wave(w).await.unwrap().unwrap();
    let form = |threshold: &str, closes: &str| {
        vec![
            ("title".to_string(), "Neu".to_string()),
            (
                "opens".into(),
                domain::series::to_local_date_input(wv.opens_at.0, i18n::time_zone()),
            ),
            ("closes".into(), closes.to_string()),
            ("threshold".into(), threshold.to_string()),
            ("version".into(), wv.version.to_string()),
        ]
    };
    let closes = domain::series::to_local_date_input(wv.closes_at.0, i18n::time_zone());
    let f = form("5", &closes);
    let f: Vec<(&str, &str)> = f.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    assert_eq!(
        app.post(&format!("/openness/waves/{w}"), &f).await.status,
        StatusCode::SEE_OTHER,
        "raised"
    );
    let wv = st.openness_wave(w).await.unwrap().unwrap();
    let f = {
        let mut f = form("3", &closes);
        f[4].1 = wv.version.to_string();
        f
    };
    let f: Vec<(&str, &str)> = f.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let r = app.post(&format!("/openness/waves/{w}"), &f).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("kann steigen, aber nicht sinken");
    assert_eq!(st.openness_wave(w).await.unwrap().unwrap().threshold, 5);

    // the others submit: their answers move to keys nobody keeps
    for t in &tokens[1..] {
        answer_all(&app, t, &set, Choice::L2, "").await;
    }
    let keys: Vec<(String,)> = sqlx::query_as("SELECT DISTINCT voter FROM openness_answers WHERE wave_id = $1")
        .bind(w)
        .fetch_all(st.pool())
        .await
        .unwrap();
    for r in st.openness_raters(w).await.unwrap() {
        let key = ikoe::security::rater_key(&app.state.secret, w, r.id);
        let found = keys.iter().any(|(k,)| *k == key);
        // only the one who did not submit is still found under their key
        assert_eq!(found, r.id == first.id, "rater {} (submitted: {:?})", r.id, r.submitted);
    }
    // removing the rater who gave up removes what they began
    app.post(
        &format!("/openness/waves/{w}/raters/{}/remove", first.id),
        &[("confirmed", "true")],
    )
    .await;
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM openness_responses WHERE wave_id = $1 AND submitted = 0")
        .bind(w)
        .fetch_one(st.pool())
        .await
        .unwrap();
    assert_eq!(n, 0);

    // ended, it cannot be reopened, nor take new groups, raters or links
    app.post(&format!("/openness/waves/{w}/close"), &[("confirmed", "true")])
        .await;
    let wv = st.openness_wave(w).await.unwrap().unwrap();
    assert_eq!(
        wv.state(app.state.now()),
        domain::leitbild_feedback::RoundState::Closed,
        "ended at once"
    );
    let later = domain::series::to_local_date_input(app.state.now() + 10 * 86_400, i18n::time_zone());
    let f = {
        let mut f = form("5", &later);
        f[4].1 = wv.version.to_string();
        f
    };
    let f: Vec<(&str, &str)> = f.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let r = app.post(&format!("/openness/waves/{w}"), &f).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(
        st.openness_wave(w).await.unwrap().unwrap().closes_at,
        wv.closes_at,
        "not reopened"
    );
    let r = app
        .post(
            &format!("/openness/waves/{w}/groups"),
            &[("kind", "staff"), ("name", "Spät")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(st.openness_groups(w).await.unwrap().len(), 1);
    let r = app
        .post(
            &format!("/openness/waves/{w}/groups/{g}/raters"),
            &[("lines", "Late, late@example.org"), ("unnamed", "")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(st.openness_raters(w).await.unwrap().len(), 2);
}

#[tokio::test]
async fn the_shipped_set_stays_as_it_is_and_an_empty_set_runs_no_wave() {
    let (mut app, c, set) = administration_signed_in("platform@example.org").await;
    let ind = set.indicators().next().unwrap();
    let r = app
        .post(
            &format!("/openness/sets/{}/indicators/{}", set.id, ind.id),
            &[
                ("lang", "de"),
                ("statement", "Anders"),
                ("level0", "a"),
                ("level1", "b"),
                ("level2", "c"),
                ("level3", "d"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(
        default_set(&app, "de").await.indicator(ind.id).unwrap().statement,
        ind.statement
    );
    let err = app
        .state
        .store
        .remove_openness_indicator(app.state.now(), c.platform, set.id, ind.id)
        .await
        .unwrap_err();
    assert!(matches!(err, StoreError::Conflict("frozen")), "{err:?}");
    // a copy without indicators starts no wave
    let st = app.state.store.clone();
    let copy = st
        .copy_openness_set(app.state.now(), c.platform, set.id, None)
        .await
        .unwrap();
    for i in st.openness_set(copy, "de").await.unwrap().unwrap().indicators() {
        st.remove_openness_indicator(app.state.now(), c.platform, copy, i.id)
            .await
            .unwrap();
    }
    let now = app.state.now();
    let w = NewWave {
        set_id: copy,
        title: "Leer".into(),
        opens_at: now,
        closes_at: now + 86_400,
        threshold: 5,
    };
    let err = st.create_openness_wave(now, c.platform, c.org, &w).await.unwrap_err();
    assert!(matches!(err, StoreError::Conflict("empty")), "{err:?}");
}
