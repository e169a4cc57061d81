//! The adoption of a Leitbild: the team puts a version up for sign-off, the
//! leadership signs it off through personal links, the version is adopted,
//! published (inside the administration or for everyone) and translated;
//! the poster. Bad input: links that are unknown, revoked, of a department,
//! of someone who is not leadership or of another process; signing twice; a
//! version changed meanwhile; translations outdated by a newer version.

use axum::http::{header, StatusCode};
use domain::leitbild::{Draft, Principle};
use domain::leitbild_adoption::{Publication, TranslationLang};
use store::leitbild::NewPerson;

use crate::helpers::*;

/// A process of the cast's organisation (an administration), run by its admin, with
/// two leadership members and one other person, each with a personal link
/// (`tok-lena`, `tok-jonas`, `tok-mara`), a department with its link
/// (`tok-dep`), and version 1 of the text.
struct Setup {
    id: i64,
    lena: i64,
    jonas: i64,
}

fn text(slogan: &str, principles: &[(&str, &str)]) -> Draft {
    Draft {
        slogan: slogan.into(),
        preamble: "Wir sind die Ausländerbehörde.".into(),
        principles: principles
            .iter()
            .map(|(t, g)| Principle {
                text: (*t).into(),
                goal: (*g).into(),
            })
            .collect(),
    }
}

fn first_text() -> Draft {
    text(
        "Offen für alle",
        &[("Wir beraten freundlich.", "Kurze Wartezeiten"), ("Wir lernen.", "")],
    )
}

async fn setup(app: &TestApp, c: &Cast) -> Setup {
    crate::leitbild::administration(app, c.org).await;
    let st = &app.state.store;
    let now = app.state.now();
    let id = st.create_process(now, c.admin, c.org, "Leitbild 2027").await.unwrap();
    let dep = st.add_department(now, c.admin, id, "Bürgerbüro", 10).await.unwrap();
    let mut people = vec![];
    for (name, leader, token) in [
        ("Lena Vogel", true, "tok-lena"),
        ("Jonas Becker", true, "tok-jonas"),
        ("Mara Weiß", false, "tok-mara"),
    ] {
        let p = NewPerson {
            name: name.into(),
            email: String::new(),
            function: if leader { "Amtsleitung".into() } else { String::new() },
            department_id: Some(dep),
            leader,
        };
        let person = st.add_person(now, c.admin, id, &p).await.unwrap();
        st.set_person_link(now, c.admin, id, person, Some(&ikoe::security::token_hash(token)))
            .await
            .unwrap();
        people.push(person);
    }
    st.set_department_link(now, c.admin, id, dep, Some(&ikoe::security::token_hash("tok-dep")))
        .await
        .unwrap();
    st.save_version(now, c.admin, id, 0, &first_text()).await.unwrap();
    Setup {
        id,
        lena: people[0],
        jonas: people[1],
    }
}

async fn signoffs(app: &TestApp, id: i64) -> usize {
    let leaders = app.state.store.leaders(id).await.unwrap();
    leaders.iter().map(|l| l.signoffs.len()).sum()
}

/// The whole way: offered, signed by both leadership members (the second
/// adopts it), signing twice records once, every step audited.
#[tokio::test]
async fn the_leadership_signs_off_and_the_version_is_adopted() {
    let (mut app, c) = with_cast().await;
    let s = setup(&app, &c).await;
    app.login("orgadmin@example.org", PASSWORD).await;
    let id = s.id;

    // before anything is up: the leader's page says so, with no button
    let mut lena = app.browser();
    let r = lena.get("/mitmachen/tok-lena/freigabe").await;
    r.assert_status(StatusCode::OK)
        .assert_contains("keine Fassung zur Freigabe")
        .assert_not_contains("Ich gebe diese Fassung frei");

    let r = app
        .post(&format!("/leitbild/{id}/adoption/offer"), &[("number", "1")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let page = app.get(&format!("/leitbild/{id}/adoption")).await;
    page.assert_status(StatusCode::OK)
        .assert_contains("Lena Vogel")
        .assert_contains("Jonas Becker")
        .assert_not_contains("Mara Weiß")
        .assert_contains("offen");

    // the leader reads the whole version, with her name by the button
    let r = lena.get("/mitmachen/tok-lena/freigabe").await;
    r.assert_status(StatusCode::OK)
        .assert_contains("Offen für alle")
        .assert_contains("Wir sind die Ausländerbehörde.")
        .assert_contains("Wir beraten freundlich.")
        .assert_contains("Kurze Wartezeiten")
        .assert_contains("Wir lernen.")
        .assert_contains("Ich gebe diese Fassung frei")
        .assert_contains("Freigabe durch \u{2068}Lena Vogel\u{2069}")
        .assert_contains(r#"name="version" value="1""#);
    let r = lena.post("/mitmachen/tok-lena/freigabe", &[("version", "1")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(r.location(), "/mitmachen/tok-lena/freigabe");
    lena.get("/mitmachen/tok-lena/freigabe")
        .await
        .assert_contains("Ihre Freigabe ist festgehalten")
        .assert_contains("Sie haben diese Fassung freigegeben am")
        .assert_not_contains("Ich gebe diese Fassung frei");
    assert_eq!(app.state.store.adoption(id).await.unwrap().adopted, None);

    // signing twice (a double click, the back button) records once
    let r = lena.post("/mitmachen/tok-lena/freigabe", &[("version", "1")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    lena.get("/mitmachen/tok-lena/freigabe")
        .await
        .assert_contains("schon freigegeben");
    assert_eq!(signoffs(&app, id).await, 1);

    // the second and last leadership member adopts it
    let mut jonas = app.browser();
    let r = jonas.post("/mitmachen/tok-jonas/freigabe", &[("version", "1")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    jonas
        .get("/mitmachen/tok-jonas/freigabe")
        .await
        .assert_contains("Das Leitbild ist beschlossen")
        .assert_contains("Diese Fassung ist beschlossen.");
    let a = app.state.store.adoption(id).await.unwrap();
    assert_eq!(a.adopted, Some(1));
    assert!(!a.declared.on());
    let page = app.get(&format!("/leitbild/{id}/adoption")).await;
    page.assert_contains("beschlossen")
        .assert_contains("2 von 2 Mitgliedern der Leitung haben");
    let actions = app.audit_actions().await;
    for a in ["leitbild.adoption.offer", "leitbild.signoff", "leitbild.adopt"] {
        assert!(actions.iter().any(|x| x == a), "{a} in {actions:?}");
    }
    assert_eq!(
        actions.iter().filter(|a| *a == "leitbild.signoff").count(),
        2,
        "the second click is not a sign-off"
    );
}

/// Links that may not sign off: unknown, revoked, a department's, someone
/// who is not leadership. Each gets a page saying why; nothing is recorded.
/// A link of another process signs off that process's version only.
#[tokio::test]
async fn only_leadership_signs_off_and_only_with_a_valid_link() {
    let (app, c) = with_cast().await;
    let s = setup(&app, &c).await;
    let id = s.id;
    let st = app.state.store.clone();
    st.offer_version(app.state.now(), c.admin, id, 1).await.unwrap();
    let mut visitor = app.browser();

    let r = visitor.get("/mitmachen/no-such-token/freigabe").await;
    r.assert_status(StatusCode::NOT_FOUND)
        .assert_contains("Dieser Link gilt nicht");
    let r = visitor
        .post("/mitmachen/no-such-token/freigabe", &[("version", "1")])
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);

    let r = visitor.get("/mitmachen/tok-mara/freigabe").await;
    r.assert_status(StatusCode::FORBIDDEN)
        .assert_contains("Freigabe nur durch die Leitung")
        .assert_not_contains("Ich gebe diese Fassung frei");
    let r = visitor.post("/mitmachen/tok-mara/freigabe", &[("version", "1")]).await;
    r.assert_status(StatusCode::FORBIDDEN)
        .assert_contains("nur die Mitglieder der Leitung");

    let r = visitor.post("/mitmachen/tok-dep/freigabe", &[("version", "1")]).await;
    r.assert_status(StatusCode::FORBIDDEN)
        .assert_contains("Link einer Abteilung");

    // a revoked link finds nobody
    st.set_person_link(app.state.now(), c.admin, id, s.jonas, None)
        .await
        .unwrap();
    let r = visitor.post("/mitmachen/tok-jonas/freigabe", &[("version", "1")]).await;
    r.assert_status(StatusCode::NOT_FOUND)
        .assert_contains("Dieser Link gilt nicht");
    assert_eq!(signoffs(&app, id).await, 0, "nothing recorded");

    // a form that is not ours
    let r = visitor
        .post("/mitmachen/tok-lena/freigabe", &[("version", "eins")])
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    let r = visitor.post("/mitmachen/tok-lena/freigabe", &[]).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    // without the CSRF token
    let r = visitor
        .post_raw("/mitmachen/tok-lena/freigabe", &[("version", "1")])
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert_eq!(signoffs(&app, id).await, 0);

    // the leader of another process: her link shows and signs her process only
    let now = app.state.now();
    let other = st.create_process(now, c.admin, c.org, "Zweiter Prozess").await.unwrap();
    let p = NewPerson {
        name: "Olga Ober".into(),
        email: String::new(),
        function: String::new(),
        department_id: None,
        leader: true,
    };
    let olga = st.add_person(now, c.admin, other, &p).await.unwrap();
    st.set_person_link(now, c.admin, other, olga, Some(&ikoe::security::token_hash("tok-olga")))
        .await
        .unwrap();
    let draft = text("Ganz anders", &[("Ein anderer Satz.", "")]);
    st.save_version(now, c.admin, other, 0, &draft).await.unwrap();
    let r = visitor.get("/mitmachen/tok-olga/freigabe").await;
    r.assert_contains("keine Fassung zur Freigabe")
        .assert_not_contains("Offen für alle");
    let r = visitor.post("/mitmachen/tok-olga/freigabe", &[("version", "1")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(signoffs(&app, id).await, 0, "not a sign-off of the first process");
    assert!(matches!(
        st.sign_off(now, id, olga, 1).await,
        Err(store::StoreError::NotFound)
    ));
    assert!(matches!(
        st.sign_off(now, id, s.lena + 1000, 1).await,
        Err(store::StoreError::NotFound)
    ));
    let mara = st
        .people(id)
        .await
        .unwrap()
        .into_iter()
        .find(|p| p.name == "Mara Weiß")
        .unwrap();
    assert!(matches!(
        st.sign_off(now, id, mara.id, 1).await,
        Err(store::StoreError::Conflict("leader"))
    ));
    assert_eq!(signoffs(&app, id).await, 0);
}

/// A new version while one is up: the team puts it up, the sign-offs of the
/// old one stay recorded for it and show as for an older version; a leader
/// who read the old version is told, and nothing is recorded; the team may
/// declare a version adopted once one leader signed it, after confirming.
#[tokio::test]
async fn a_new_version_keeps_old_signoffs_and_the_team_may_declare_adoption() {
    let (mut app, c) = with_cast().await;
    let s = setup(&app, &c).await;
    let id = s.id;
    let st = app.state.store.clone();
    app.login("orgadmin@example.org", PASSWORD).await;
    app.post(&format!("/leitbild/{id}/adoption/offer"), &[("number", "1")])
        .await;
    let mut lena = app.browser();
    lena.post("/mitmachen/tok-lena/freigabe", &[("version", "1")]).await;

    // the team writes version 2: the page points to it
    let second = text(
        "Offen für alle – gemeinsam",
        &[
            ("Wir beraten freundlich und verständlich.", "Kurze Wartezeiten"),
            ("Wir lernen.", ""),
        ],
    );
    st.save_version(app.state.now(), c.admin, id, 1, &second).await.unwrap();
    app.get(&format!("/leitbild/{id}/adoption"))
        .await
        .assert_contains("ist Fassung 2 entstanden");
    // bad offers: not a number, a version that does not exist
    for bad in ["zwei", "7"] {
        let r = app
            .post(&format!("/leitbild/{id}/adoption/offer"), &[("number", bad)])
            .await;
        r.assert_status(StatusCode::UNPROCESSABLE_ENTITY)
            .assert_contains("Bitte wählen Sie");
    }
    assert_eq!(st.adoption(id).await.unwrap().offered, Some(1));
    app.post(&format!("/leitbild/{id}/adoption/offer"), &[("number", "2")])
        .await;

    // Lena's sign-off stays, for version 1, shown as for an older version
    let leaders = st.leaders(id).await.unwrap();
    let l = leaders.iter().find(|l| l.id == s.lena).unwrap();
    assert_eq!(l.signoffs.len(), 1);
    assert_eq!(l.signoffs[0].number, 1);
    app.get(&format!("/leitbild/{id}/adoption"))
        .await
        .assert_contains("ältere Fassung")
        .assert_contains("0 von 2 Mitgliedern der Leitung haben");
    lena.get("/mitmachen/tok-lena/freigabe")
        .await
        .assert_contains("Offen für alle – gemeinsam")
        .assert_contains("Sie hatten Fassung 1 am")
        .assert_contains("Ich gebe diese Fassung frei");
    // Jonas still had version 1 open in his browser: told, nothing recorded
    let mut jonas = app.browser();
    let r = jonas.post("/mitmachen/tok-jonas/freigabe", &[("version", "1")]).await;
    r.assert_status(StatusCode::UNPROCESSABLE_ENTITY)
        .assert_contains("Inzwischen steht eine andere Fassung zur Freigabe")
        .assert_contains("Offen für alle – gemeinsam");
    assert_eq!(signoffs(&app, id).await, 1);

    // nobody signed version 2: the team cannot declare it adopted
    let r = app
        .post(
            &format!("/leitbild/{id}/adoption/declare"),
            &[("number", "2"), ("confirmed", "true")],
        )
        .await;
    r.assert_status(StatusCode::UNPROCESSABLE_ENTITY)
        .assert_contains("Noch hat kein Mitglied der Leitung diese Fassung freigegeben");
    // one did: the team may, after confirming
    lena.post("/mitmachen/tok-lena/freigabe", &[("version", "2")]).await;
    let path = format!("/leitbild/{id}/adoption/declare");
    let r = app.post(&path, &[("number", "2")]).await;
    r.assert_status(StatusCode::OK)
        .assert_contains("Fassung \u{2068}2\u{2069} als beschlossen erklären?")
        .assert_contains(r#"name="number" value="2""#);
    assert_eq!(st.adoption(id).await.unwrap().adopted, None, "asking changes nothing");
    let r = app.post(&path, &[("number", "2"), ("confirmed", "true")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let a = st.adoption(id).await.unwrap();
    assert_eq!(a.adopted, Some(2));
    assert!(a.declared.on());
    app.get(&format!("/leitbild/{id}/adoption"))
        .await
        .assert_contains("durch Erklärung des Prozessteams");
    // Jonas may still sign: recorded, the adoption stays
    let r = jonas.post("/mitmachen/tok-jonas/freigabe", &[("version", "2")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(signoffs(&app, id).await, 3);
    assert!(app.audit_actions().await.iter().any(|a| a == "leitbild.adopt.declare"));
}

/// Publication: nothing before adoption; internal shows the text to the
/// administration's members and the team, not to others or without login;
/// public shows it to anyone, without login, cacheable and without a form.
#[tokio::test]
async fn the_adopted_text_is_published_inside_or_for_everyone() {
    let (mut app, c) = with_cast().await;
    let s = setup(&app, &c).await;
    let id = s.id;
    let st = app.state.store.clone();
    app.login("orgadmin@example.org", PASSWORD).await;

    // not adopted yet: nothing to publish, no page
    let r = app
        .post(&format!("/leitbild/{id}/publication"), &[("publication", "public")])
        .await;
    r.assert_status(StatusCode::UNPROCESSABLE_ENTITY)
        .assert_contains("Noch ist keine Fassung beschlossen");
    assert_eq!(
        app.get(&format!("/leitbild/{id}/text")).await.status,
        StatusCode::NOT_FOUND
    );
    let mut anon = app.browser();
    assert_eq!(anon.get(&format!("/l/{id}")).await.status, StatusCode::NOT_FOUND);

    let now = app.state.now();
    st.offer_version(now, c.admin, id, 1).await.unwrap();
    st.sign_off(now, id, s.lena, 1).await.unwrap();
    st.sign_off(now, id, s.jonas, 1).await.unwrap();

    // adopted, not published: the team sees the page (marked), members do not
    app.get(&format!("/leitbild/{id}/text"))
        .await
        .assert_status(StatusCode::OK)
        .assert_contains("Noch nicht veröffentlicht")
        .assert_contains("Offen für alle");
    let mut mia = app.browser();
    mia.login("member@example.org", PASSWORD).await;
    assert_eq!(
        mia.get(&format!("/leitbild/{id}/text")).await.status,
        StatusCode::NOT_FOUND
    );

    // a bad choice changes nothing
    let r = app
        .post(&format!("/leitbild/{id}/publication"), &[("publication", "everyone")])
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let r = app
        .post(&format!("/leitbild/{id}/publication"), &[("publication", "internal")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(st.adoption(id).await.unwrap().publication, Publication::Internal);

    // internal: members see it, others do not, anonymous visitors log in, no public page
    let r = mia.get(&format!("/leitbild/{id}/text")).await;
    r.assert_status(StatusCode::OK)
        .assert_contains("Offen für alle")
        .assert_contains("Koordinierungsstelle Harz")
        .assert_contains(r#"lang="de" dir="ltr""#);
    mia.get(&format!("/leitbild/{id}"))
        .await
        .assert_contains(&format!("/leitbild/{id}/text"));
    let mut otto = app.browser();
    otto.login("other@example.org", PASSWORD).await;
    assert_eq!(
        otto.get(&format!("/leitbild/{id}/text")).await.status,
        StatusCode::NOT_FOUND
    );
    let r = anon.get(&format!("/leitbild/{id}/text")).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(r.location().starts_with("/login"));
    assert_eq!(anon.get(&format!("/l/{id}")).await.status, StatusCode::NOT_FOUND);
    let r = anon.get(&format!("/leitbild/{id}/poster.pdf")).await;
    assert!(r.location().starts_with("/login"), "{}", r.status);
    assert_eq!(
        otto.get(&format!("/leitbild/{id}/poster.pdf")).await.status,
        StatusCode::NOT_FOUND
    );
    mia.get(&format!("/leitbild/{id}/poster.pdf")).await.assert_attachment();

    // public: anyone, without login, cacheable, no cookie handed out
    app.post(&format!("/leitbild/{id}/publication"), &[("publication", "public")])
        .await;
    let mut stranger = app.browser();
    let r = stranger.get(&format!("/l/{id}")).await;
    r.assert_status(StatusCode::OK)
        .assert_contains("Offen für alle")
        .assert_contains("Wir beraten freundlich.")
        .assert_contains("Ziel: Kurze Wartezeiten")
        .assert_contains("Koordinierungsstelle Harz")
        .assert_contains(r#"<html lang="de" dir="ltr">"#)
        .assert_not_contains("<form");
    assert_eq!(r.headers[header::CACHE_CONTROL], "public, max-age=300");
    assert!(r.set_cookies().is_empty(), "{:?}", r.set_cookies());
    stranger
        .get(&format!("/leitbild/{id}/poster.pdf?size=a2"))
        .await
        .assert_attachment();
    assert_eq!(
        stranger.get(&format!("/l/{}", id + 99)).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(stranger.get("/l/abc").await.status, StatusCode::NOT_FOUND);

    // withdrawn (after confirming): gone again
    let path = format!("/leitbild/{id}/publication/withdraw");
    app.post(&path, &[])
        .await
        .assert_contains("Veröffentlichung zurückziehen?");
    assert_eq!(stranger.get(&format!("/l/{id}")).await.status, StatusCode::OK);
    let r = app.post(&path, &[("confirmed", "true")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(stranger.get(&format!("/l/{id}")).await.status, StatusCode::NOT_FOUND);
    let actions = app.audit_actions().await;
    assert_eq!(actions.iter().filter(|a| *a == "leitbild.publish").count(), 3);
}

/// Translations: a form with the German beside each field; bad input kept;
/// right to left for Arabic; outdated once a newer version is adopted and
/// marked so on the published page; the published page in each language.
#[tokio::test]
async fn translations_record_their_version_and_become_outdated() {
    let (mut app, c) = with_cast().await;
    let s = setup(&app, &c).await;
    let id = s.id;
    let st = app.state.store.clone();
    let now = app.state.now();
    st.offer_version(now, c.admin, id, 1).await.unwrap();
    st.sign_off(now, id, s.lena, 1).await.unwrap();
    st.sign_off(now, id, s.jonas, 1).await.unwrap();
    st.publish(now, c.admin, id, Publication::Public).await.unwrap();
    app.login("orgadmin@example.org", PASSWORD).await;

    let path = format!("/leitbild/{id}/translations/en");
    let form = app.get(&path).await;
    form.assert_status(StatusCode::OK)
        .assert_contains("Wir beraten freundlich.")
        .assert_contains(r#"name="principle-2""#)
        .assert_contains(r#"name="goal-1""#)
        // the second principle has no goal: nothing to translate there
        .assert_not_contains(r#"name="goal-2""#)
        .assert_contains(r#"lang="en" dir="ltr""#);
    let english = [
        ("number", "1"),
        ("version", "0"),
        ("slogan", "Open to all"),
        ("preamble", "We are the immigration office."),
        ("principle-1", "We advise kindly."),
        ("goal-1", "Short waiting times"),
        ("principle-2", "We learn."),
    ];
    // bad input: a missing translation, told beside the field, what was typed kept
    let mut missing = english.to_vec();
    missing[4] = ("principle-1", "  ");
    let r = app.post(&path, &missing).await;
    r.assert_status(StatusCode::UNPROCESSABLE_ENTITY)
        .assert_contains("f-principle-1-error")
        .assert_contains("Short waiting times");
    // a goal where the German has none
    let mut extra = english.to_vec();
    extra.push(("goal-2", "A goal"));
    app.post(&path, &extra)
        .await
        .assert_status(StatusCode::UNPROCESSABLE_ENTITY)
        .assert_contains("Der deutsche Text hat hier nichts");
    // fields the form never has
    let mut beyond = english.to_vec();
    beyond.push(("principle-3", "More"));
    assert_eq!(app.post(&path, &beyond).await.status, StatusCode::BAD_REQUEST);
    assert_eq!(
        app.get(&format!("/leitbild/{id}/translations/de")).await.status,
        StatusCode::NOT_FOUND
    );
    assert!(st.translations(id).await.unwrap().is_empty());

    let r = app.post(&path, &english).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    // a second save on the same form is stale (someone saved meanwhile): told, kept
    let r = app.post(&path, &english).await;
    r.assert_status(StatusCode::UNPROCESSABLE_ENTITY)
        .assert_contains("Inzwischen hat jemand anderes diese Übersetzung gespeichert")
        .assert_contains("We advise kindly.");

    // Arabic, right to left, with HTML shown as text
    let arabic = [
        ("number", "1"),
        ("version", "0"),
        ("slogan", "مفتوحون للجميع"),
        ("preamble", "نحن دائرة الأجانب."),
        ("principle-1", "نقدم المشورة بلطف <b>دائمًا</b>"),
        ("goal-1", "أوقات انتظار قصيرة"),
        ("principle-2", "نتعلم."),
    ];
    app.get(&format!("/leitbild/{id}/translations/ar"))
        .await
        .assert_contains(r#"lang="ar" dir="rtl""#);
    let r = app.post(&format!("/leitbild/{id}/translations/ar"), &arabic).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);

    let mut anon = app.browser();
    let r = anon.get(&format!("/l/{id}?lang=ar")).await;
    r.assert_status(StatusCode::OK)
        .assert_contains(r#"<html lang="ar" dir="rtl">"#)
        .assert_contains(r#"lang="ar" dir="rtl""#)
        .assert_contains("مفتوحون للجميع")
        .assert_contains("&#60;b&#62;")
        .assert_contains("English")
        .assert_contains("العربية");
    let r = anon.get(&format!("/l/{id}?lang=en")).await;
    r.assert_contains(r#"<html lang="en" dir="ltr">"#)
        .assert_contains("Open to all")
        .assert_contains("Goal: Short waiting times")
        .assert_not_contains("outdated");
    assert_eq!(
        anon.get(&format!("/l/{id}?lang=xx")).await.status,
        StatusCode::BAD_REQUEST
    );
    anon.get(&format!("/l/{id}?lang=uk"))
        .await
        .assert_status(StatusCode::OK)
        .assert_contains("Offen für alle")
        .assert_contains("noch nicht");

    // version 2 adopted: both translations outdated, the German changed
    let second = text(
        "Offen für alle – gemeinsam",
        &[("Wir beraten freundlich.", "Kurze Wartezeiten"), ("Wir lernen.", "")],
    );
    st.save_version(now, c.admin, id, 1, &second).await.unwrap();
    st.offer_version(now, c.admin, id, 2).await.unwrap();
    st.sign_off(now, id, s.lena, 2).await.unwrap();
    st.sign_off(now, id, s.jonas, 2).await.unwrap();
    app.get(&format!("/leitbild/{id}/adoption"))
        .await
        .assert_contains("veraltet");
    let r = anon.get(&format!("/l/{id}?lang=en")).await;
    r.assert_contains("outdated")
        .assert_contains("earlier version")
        .assert_contains("Open to all");
    let r = anon.get(&format!("/l/{id}")).await;
    r.assert_contains("Offen für alle – gemeinsam")
        .assert_contains("veraltet");
    // the form says which version it translated; saved again, English is current
    app.get(&path)
        .await
        .assert_contains("Diese Übersetzung gehört zu Fassung 1");
    let version = st
        .translation(id, TranslationLang::En)
        .await
        .unwrap()
        .unwrap()
        .0
        .version;
    let version = version.to_string();
    let mut updated = english.to_vec();
    updated[0] = ("number", "2");
    updated[1] = ("version", &version);
    updated[2] = ("slogan", "Open to all – together");
    let r = app.post(&path, &updated).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let list = st.translations(id).await.unwrap();
    let en = list.iter().find(|t| t.lang == TranslationLang::En).unwrap();
    let ar = list.iter().find(|t| t.lang == TranslationLang::Ar).unwrap();
    assert_eq!((en.number, ar.number), (2, 1));
    anon.get(&format!("/l/{id}?lang=en"))
        .await
        .assert_not_contains("earlier version");

    // removing asks first
    let remove = format!("/leitbild/{id}/translations/ar/remove");
    app.post(&remove, &[])
        .await
        .assert_contains("Übersetzung (\u{2068}العربية\u{2069}) entfernen?");
    app.post(&remove, &[("confirmed", "true")]).await;
    assert_eq!(st.translations(id).await.unwrap().len(), 1);
    assert_eq!(app.post(&remove, &[]).await.status, StatusCode::NOT_FOUND);
    let actions = app.audit_actions().await;
    assert!(actions.iter().any(|a| a == "leitbild.translation"));
    assert!(actions.iter().any(|a| a == "leitbild.translation.remove"));
}

fn pdf_text(bytes: &[u8]) -> String {
    let pages = pdf_extract::extract_text_from_mem_by_pages(bytes).unwrap();
    assert_eq!(pages.len(), 1, "a poster is one page");
    pages.concat().chars().filter(|c| !c.is_whitespace()).collect()
}

fn squash(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The poster: German, a translation (Arabic, right to left), the longest
/// text still on one page with every word; sizes and languages checked.
#[tokio::test]
async fn the_poster_in_german_arabic_and_with_the_longest_text() {
    let (mut app, c) = with_cast().await;
    let s = setup(&app, &c).await;
    let id = s.id;
    let st = app.state.store.clone();
    let now = app.state.now();
    st.offer_version(now, c.admin, id, 1).await.unwrap();
    st.sign_off(now, id, s.lena, 1).await.unwrap();
    st.sign_off(now, id, s.jonas, 1).await.unwrap();
    app.login("orgadmin@example.org", PASSWORD).await;

    let r = app.get(&format!("/leitbild/{id}/poster.pdf?size=a3&lang=de")).await;
    r.assert_attachment();
    assert_eq!(r.headers[header::CONTENT_TYPE], "application/pdf");
    assert_eq!(r.headers[header::CACHE_CONTROL], "private, no-store");
    let t = pdf_text(&r.bytes);
    for s in [
        "Koordinierungsstelle Harz",
        "Offen für alle",
        "Wir beraten freundlich.",
        "Ziel: Kurze Wartezeiten",
        "Wir lernen.",
        "Unser Leitbild",
    ] {
        assert!(t.contains(&squash(s)), "{s} in {t}");
    }
    for bad in ["?size=a4", "?size=a3&lang=xx", "?lang=de-DE"] {
        let r = app.get(&format!("/leitbild/{id}/poster.pdf{bad}")).await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{bad}");
    }
    // no Arabic translation yet: the poster is German
    let r = app.get(&format!("/leitbild/{id}/poster.pdf?lang=ar")).await;
    assert!(pdf_text(&r.bytes).contains("Offenfüralle"));

    let ar = Draft {
        slogan: "مفتوحون للجميع".into(),
        preamble: "نحن دائرة الأجانب.".into(),
        principles: vec![
            Principle {
                text: "نقدم المشورة بلطف".into(),
                goal: "أوقات انتظار قصيرة".into(),
            },
            Principle {
                text: "نتعلم".into(),
                goal: String::new(),
            },
        ],
    };
    st.save_translation(now, c.admin, id, TranslationLang::Ar, 1, 0, &ar)
        .await
        .unwrap();
    let r = app.get(&format!("/leitbild/{id}/poster.pdf?size=a2&lang=ar")).await;
    r.assert_attachment();
    let t = pdf_text(&r.bytes);
    // pdf-extract reads in visual order: right-to-left words come reversed
    let shows = |s: &str| t.contains(&squash(s)) || t.contains(&squash(s).chars().rev().collect::<String>());
    for s in ["مفتوحون", "للجميع", "بلطف", "قصيرة", "نتعلم", "Koordinierungsstelle"] {
        assert!(shows(s), "{s} in {t}");
    }
    assert!(String::from_utf8_lossy(&r.bytes).contains("1190.55"), "A2 wide");

    // the longest: twelve principles of the longest length with the longest goals
    let long = |i: usize| {
        let sentence = format!("Wir beraten alle Menschen freundlich und verlässlich Satz{i}. ");
        sentence.repeat(1000 / sentence.chars().count()).trim().to_string()
    };
    let longest = Draft {
        slogan: "Gemeinsam ".repeat(19).trim().to_string(),
        preamble: String::new(),
        principles: (1..=12)
            .map(|i| Principle {
                text: long(i),
                goal: long(100 + i),
            })
            .collect(),
    };
    assert!(longest.principles.iter().all(|p| p.text.chars().count() > 950));
    st.save_version(now, c.admin, id, 1, &longest).await.unwrap();
    st.offer_version(now, c.admin, id, 2).await.unwrap();
    st.sign_off(now, id, s.lena, 2).await.unwrap();
    st.sign_off(now, id, s.jonas, 2).await.unwrap();
    for size in ["a3", "a2"] {
        let r = app.get(&format!("/leitbild/{id}/poster.pdf?size={size}")).await;
        let t = pdf_text(&r.bytes);
        for i in 1..=12 {
            let n = long(i).matches("Satz").count();
            assert_eq!(
                t.matches(&format!("Satz{i}.")).count(),
                n,
                "{size}: principle {i} in full"
            );
            assert_eq!(
                t.matches(&format!("Satz{}.", 100 + i)).count(),
                n,
                "{size}: goal {i} in full"
            );
        }
        assert_eq!(t.matches("Gemeinsam").count(), 19);
    }
}

/// The pages in Arabic (right to left), and the sign-off page on a phone:
/// the interface translated, the German text marked as German.
#[tokio::test]
async fn the_pages_speak_arabic() {
    let (mut app, c) = with_cast().await;
    let s = setup(&app, &c).await;
    let id = s.id;
    app.state
        .store
        .offer_version(app.state.now(), c.admin, id, 1)
        .await
        .unwrap();
    let mut lena = app.browser();
    lena.accept_language = Some("ar".into());
    let r = lena.get("/mitmachen/tok-lena/freigabe").await;
    r.assert_contains(r#"<html lang="ar" dir="rtl">"#)
        .assert_contains("أوافق على هذه الصيغة")
        .assert_contains(r#"class="leitbild-text" lang="de" dir="ltr""#);
    let r = lena.get("/mitmachen/tok-mara/freigabe").await;
    r.assert_status(StatusCode::FORBIDDEN)
        .assert_contains("الموافقة للقيادة فقط");
    app.login("orgadmin@example.org", PASSWORD).await;
    app.post("/language", &[("lang", "ar"), ("next", "/")]).await;
    let r = app.get(&format!("/leitbild/{id}/adoption")).await;
    r.assert_status(StatusCode::OK)
        .assert_contains("الموافقة والنشر")
        .assert_not_contains("leitbild-adoption-");
}

/// The demo data: the agency's process adopted by its three leadership members,
/// published for everyone, in English (outdated by the revision) and Arabic.
#[tokio::test]
async fn the_demo_process_is_adopted_published_and_translated() {
    let app = TestApp::new().await;
    ikoe::demo::fill(&app.state).await.unwrap();
    let (id,): (i64,) =
        sqlx::query_as("SELECT id FROM leitbild_processes WHERE title = 'Unser Leitbild: Willkommen in Elbauen'")
            .fetch_one(app.state.store.pool())
            .await
            .unwrap();
    let st = &app.state.store;
    let a = st.adoption(id).await.unwrap();
    let adopted = a.adopted.unwrap();
    assert_eq!(a.publication, Publication::Public);
    let leaders = st.leaders(id).await.unwrap();
    assert_eq!(leaders.len(), 3);
    assert!(leaders
        .iter()
        .all(|l| l.signed(adopted).is_some() && l.signoffs.len() == 2));
    let list = st.translations(id).await.unwrap();
    let en = list.iter().find(|t| t.lang == TranslationLang::En).unwrap();
    let ar = list.iter().find(|t| t.lang == TranslationLang::Ar).unwrap();
    assert!(en.number < adopted, "English is outdated");
    assert_eq!(ar.number, adopted, "Arabic is current");
    let mut anon = app.browser();
    anon.get(&format!("/l/{id}"))
        .await
        .assert_status(StatusCode::OK)
        .assert_contains("Willkommen in Elbauen")
        .assert_contains("veraltet");
    anon.get(&format!("/l/{id}?lang=ar"))
        .await
        .assert_contains(r#"dir="rtl""#)
        .assert_contains("مرحبًا بكم في إلباون");
    anon.get(&format!("/leitbild/{id}/poster.pdf?size=a2&lang=ar"))
        .await
        .assert_attachment();
}

/// The published text is kept in each node's memory: a change shows at once on
/// the node that made it and on another node once the shared version is re-read.
#[tokio::test]
async fn the_published_text_follows_changes_made_on_another_node() {
    let (app, c) = with_cast().await;
    let s = setup(&app, &c).await;
    let id = s.id;
    let st = &app.state.store;
    let now = app.state.now();
    st.offer_version(now, c.admin, id, 1).await.unwrap();
    st.sign_off(now, id, s.lena, 1).await.unwrap();
    st.sign_off(now, id, s.jonas, 1).await.unwrap();
    st.publish(now, c.admin, id, Publication::Public).await.unwrap();
    let node2 = store::Store::connect(&app.state.config.database_url, 2).await.unwrap();
    let seen = node2.published_text(id, None).await.unwrap().unwrap();
    assert_eq!(seen.publication, Publication::Public);
    assert!(seen.languages.is_empty());

    let en = Draft {
        slogan: "Open to all".into(),
        preamble: "We are the immigration office.".into(),
        principles: vec![
            Principle {
                text: "We advise kindly.".into(),
                goal: "Short waiting times".into(),
            },
            Principle {
                text: "We learn.".into(),
                goal: String::new(),
            },
        ],
    };
    st.save_translation(now, c.admin, id, TranslationLang::En, 1, 0, &en)
        .await
        .unwrap();
    st.publish(now, c.admin, id, Publication::Internal).await.unwrap();
    let here = st.published_text(id, None).await.unwrap().unwrap();
    assert_eq!(here.publication, Publication::Internal, "at once on this node");
    assert_eq!(here.languages, vec![(TranslationLang::En, false)]);
    tokio::time::sleep(store::cache::VERSION_TTL + std::time::Duration::from_millis(100)).await;
    let there = node2.published_text(id, None).await.unwrap().unwrap();
    assert_eq!(
        there.publication,
        Publication::Internal,
        "on the other node after the shared version"
    );
    assert_eq!(there.languages.len(), 1);
}
