//! Reference data: the 16 federal states, and Saxony-Anhalt's 11 districts
//! and 3 district-free cities. (code, name, kind, parent)

pub const REGIONS: &[(&str, &str, &str, Option<&str>)] = &[
    ("DE-BW", "Baden-Württemberg", "state", None),
    ("DE-BY", "Bayern", "state", None),
    ("DE-BE", "Berlin", "state", None),
    ("DE-BB", "Brandenburg", "state", None),
    ("DE-HB", "Bremen", "state", None),
    ("DE-HH", "Hamburg", "state", None),
    ("DE-HE", "Hessen", "state", None),
    ("DE-MV", "Mecklenburg-Vorpommern", "state", None),
    ("DE-NI", "Niedersachsen", "state", None),
    ("DE-NW", "Nordrhein-Westfalen", "state", None),
    ("DE-RP", "Rheinland-Pfalz", "state", None),
    ("DE-SL", "Saarland", "state", None),
    ("DE-SN", "Sachsen", "state", None),
    ("DE-ST", "Sachsen-Anhalt", "state", None),
    ("ST-SAW", "Altmarkkreis Salzwedel", "district", Some("DE-ST")),
    ("ST-ABI", "Anhalt-Bitterfeld", "district", Some("DE-ST")),
    ("ST-BK", "Börde", "district", Some("DE-ST")),
    ("ST-BLK", "Burgenlandkreis", "district", Some("DE-ST")),
    ("ST-HZ", "Harz", "district", Some("DE-ST")),
    ("ST-JL", "Jerichower Land", "district", Some("DE-ST")),
    ("ST-MSH", "Mansfeld-Südharz", "district", Some("DE-ST")),
    ("ST-SK", "Saalekreis", "district", Some("DE-ST")),
    ("ST-SLK", "Salzlandkreis", "district", Some("DE-ST")),
    ("ST-SDL", "Stendal", "district", Some("DE-ST")),
    ("ST-WB", "Wittenberg", "district", Some("DE-ST")),
    ("ST-DE", "Dessau-Roßlau", "city", Some("DE-ST")),
    ("ST-HAL", "Halle (Saale)", "city", Some("DE-ST")),
    ("ST-MD", "Magdeburg", "city", Some("DE-ST")),
    ("DE-SH", "Schleswig-Holstein", "state", None),
    ("DE-TH", "Thüringen", "state", None),
];

/// A state's or region's name in `locale` (messages `region-<code>`). The
/// name may be the stored German one or its name in any language (staff may
/// type the place of a certificate in the language of the page); a name that
/// is no region (a town, a venue) is returned as it is.
pub fn localise(i18n: &i18n::I18n, locale: &str, name: &str) -> String {
    let name = name.trim();
    // the stored German name first (the common case, cheap), then the others
    let found = REGIONS.iter().find(|r| r.1 == name).or_else(|| {
        REGIONS.iter().find(|r| {
            let key = format!("region-{}", r.0);
            i18n::LOCALES.iter().any(|l| i18n.t(l.code, &key) == name)
        })
    });
    match found {
        Some(r) => i18n.t(locale, &format!("region-{}", r.0)),
        None => name.to_string(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn sixteen_states_eleven_districts_three_cities() {
        let count = |k: &str| super::REGIONS.iter().filter(|r| r.2 == k).count();
        assert_eq!(count("state"), 16);
        assert_eq!(count("district"), 11);
        assert_eq!(count("city"), 3);
    }

    #[test]
    fn names_are_given_in_the_language_asked_for() {
        let i18n = i18n::I18n::load().unwrap();
        assert_eq!(super::localise(&i18n, "de", "Magdeburg"), "Magdeburg");
        let ar = super::localise(&i18n, "ar", "Magdeburg");
        assert_eq!(ar, i18n.t("ar", "region-ST-MD"));
        assert_ne!(ar, "Magdeburg");
        // from any language into any other
        assert_eq!(super::localise(&i18n, "de", &ar), "Magdeburg");
        assert_eq!(
            super::localise(&i18n, "uk", "Sachsen-Anhalt"),
            i18n.t("uk", "region-DE-ST")
        );
        // not a region: as typed
        assert_eq!(super::localise(&i18n, "ar", " Quedlinburg "), "Quedlinburg");
    }
}
