//! Texts of other languages inside a page (issue 11.6): lists joined with the
//! language's separator, state and region names in the page's language, and
//! user values marked so they keep their own direction.

use crate::series::{add_module, staff_with_series};

#[tokio::test]
async fn arabic_and_farsi_pages_join_lists_with_their_comma_and_name_regions_in_their_language() {
    let (mut app, _, id) = staff_with_series("Grundkurs Vielfalt", &[("capacity", "5")]).await;
    add_module(&mut app, id, "Grundlagen", "2026-09-10T09:00", "2026-09-10T17:00").await;
    let mut anon = app.browser();
    let de = anon.get(&format!("/series/{id}")).await;
    de.assert_contains("Harz").assert_contains(", ");
    for (lang, comma, harz) in [("ar", "، ", "هارتس"), ("fa", "، ", "هارتس"), ("en", ", ", "Harz")] {
        anon.post("/language", &[("lang", lang), ("next", "/")]).await;
        let r = anon.get(&format!("/series/{id}")).await;
        r.assert_contains(harz);
        // the target groups (two of them) are joined with the language's separator
        let groups = r.body.split("summary-list__row").find(|row| row.contains(comma));
        assert!(groups.is_some(), "{lang}: no list joined with {comma:?}");
        // the German title keeps its own direction inside the Arabic page
        r.assert_contains("dir=\"auto\">Grundkurs Vielfalt");
    }
    anon.post("/language", &[("lang", "ar"), ("next", "/")]).await;
    anon.get("/orgs")
        .await
        .assert_contains("هارتس")
        .assert_not_contains("· Harz<");
    anon.get("/series").await.assert_contains("هارتس");
}
