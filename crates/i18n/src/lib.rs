//! Languages of ikoe: Fluent bundles per locale, negotiation from the
//! `Accept-Language` header, text direction, and locale-aware formatting
//! of dates and numbers.

use std::collections::HashMap;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

/// A supported interface language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Locale {
    pub code: &'static str,
    /// The language named in itself, for the switcher.
    pub native_name: &'static str,
    pub rtl: bool,
}

impl Locale {
    pub fn dir(&self) -> &'static str {
        if self.rtl {
            "rtl"
        } else {
            "ltr"
        }
    }
}

pub const DEFAULT: &str = "de";

pub const LOCALES: [Locale; 7] = [
    Locale {
        code: "de",
        native_name: "Deutsch",
        rtl: false,
    },
    Locale {
        code: "en",
        native_name: "English",
        rtl: false,
    },
    Locale {
        code: "ar",
        native_name: "العربية",
        rtl: true,
    },
    Locale {
        code: "fa",
        native_name: "فارسی",
        rtl: true,
    },
    Locale {
        code: "uk",
        native_name: "Українська",
        rtl: false,
    },
    Locale {
        code: "ru",
        native_name: "Русский",
        rtl: false,
    },
    Locale {
        code: "tr",
        native_name: "Türkçe",
        rtl: false,
    },
];

/// The Fluent files of one locale; every locale has the same file names.
pub const FILES: [&str; 23] = [
    "common",
    "accounts",
    "orgs",
    "admin",
    "site",
    "mail",
    "series",
    "planning",
    "import",
    "feedback",
    "figures",
    "calendar",
    "spaces",
    "files",
    "meetings",
    "confirm",
    "leitbild",
    "participation",
    "workshops",
    "measures",
    "leitbild_adoption",
    "dashboard",
    "openness",
];

macro_rules! sources {
    ($($lang:literal),*) => {
        &[$(($lang, [
            include_str!(concat!("../locales/", $lang, "/common.ftl")),
            include_str!(concat!("../locales/", $lang, "/accounts.ftl")),
            include_str!(concat!("../locales/", $lang, "/orgs.ftl")),
            include_str!(concat!("../locales/", $lang, "/admin.ftl")),
            include_str!(concat!("../locales/", $lang, "/site.ftl")),
            include_str!(concat!("../locales/", $lang, "/mail.ftl")),
            include_str!(concat!("../locales/", $lang, "/series.ftl")),
            include_str!(concat!("../locales/", $lang, "/planning.ftl")),
            include_str!(concat!("../locales/", $lang, "/import.ftl")),
            include_str!(concat!("../locales/", $lang, "/feedback.ftl")),
            include_str!(concat!("../locales/", $lang, "/figures.ftl")),
            include_str!(concat!("../locales/", $lang, "/calendar.ftl")),
            include_str!(concat!("../locales/", $lang, "/spaces.ftl")),
            include_str!(concat!("../locales/", $lang, "/files.ftl")),
            include_str!(concat!("../locales/", $lang, "/meetings.ftl")),
            include_str!(concat!("../locales/", $lang, "/confirm.ftl")),
            include_str!(concat!("../locales/", $lang, "/leitbild.ftl")),
            include_str!(concat!("../locales/", $lang, "/participation.ftl")),
            include_str!(concat!("../locales/", $lang, "/workshops.ftl")),
            include_str!(concat!("../locales/", $lang, "/measures.ftl")),
            include_str!(concat!("../locales/", $lang, "/leitbild_adoption.ftl")),
            include_str!(concat!("../locales/", $lang, "/dashboard.ftl")),
            include_str!(concat!("../locales/", $lang, "/openness.ftl")),
        ])),*]
    };
}

static SOURCES: &[(&str, [&str; 23])] = sources!("de", "en", "ar", "fa", "uk", "ru", "tr");

pub fn locale(code: &str) -> Option<Locale> {
    LOCALES.iter().copied().find(|l| l.code == code)
}

/// Picks the best supported locale from an `Accept-Language` header value.
pub fn negotiate(accept_language: &str) -> Option<&'static str> {
    let mut prefs: Vec<(f32, &str)> = accept_language
        .split(',')
        .filter_map(|part| {
            let mut it = part.trim().split(';');
            let tag = it.next()?.trim();
            let q = it
                .find_map(|p| p.trim().strip_prefix("q=").and_then(|v| v.parse::<f32>().ok()))
                .unwrap_or(1.0);
            (!tag.is_empty() && q > 0.0).then_some((q, tag))
        })
        .collect();
    prefs.sort_by(|a, b| b.0.partial_cmp(&a.0).unwrap_or(std::cmp::Ordering::Equal));
    prefs.into_iter().find_map(|(_, tag)| {
        let lang = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        LOCALES.iter().find(|l| l.code == lang).map(|l| l.code)
    })
}

type Memoizer = intl_memoizer::concurrent::IntlLangMemoizer;
type Formatter = fn(&FluentValue<'_>, &Memoizer) -> Option<String>;

/// Whole numbers in messages (`{ $count }`) get the locale's digit grouping.
macro_rules! formatters {
    ($($code:literal => $name:ident),*) => {
        $(fn $name(v: &FluentValue<'_>, _: &Memoizer) -> Option<String> {
            match v {
                FluentValue::Number(n) if n.value.fract() == 0.0 && n.value.abs() < 9.0e15 => {
                    Some(format_number($code, n.value as i64))
                }
                _ => None,
            }
        })*
        fn number_formatter(code: &str) -> Formatter {
            match code {
                $($code => $name,)*
                _ => fmt_en,
            }
        }
    };
}
formatters!("de" => fmt_de, "en" => fmt_en, "ar" => fmt_ar, "fa" => fmt_fa, "uk" => fmt_uk, "ru" => fmt_ru, "tr" => fmt_tr);

/// All bundles, loaded once at start.
pub struct I18n {
    bundles: HashMap<&'static str, FluentBundle<FluentResource>>,
}

impl std::fmt::Debug for I18n {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("I18n").field("locales", &self.bundles.len()).finish()
    }
}

impl I18n {
    /// Parses every Fluent file; a syntax error is reported with its locale and file.
    pub fn load() -> Result<Self, String> {
        let mut bundles = HashMap::new();
        for (code, files) in SOURCES {
            let langid: LanguageIdentifier = code.parse().map_err(|e| format!("{code}: {e}"))?;
            let mut bundle = FluentBundle::new_concurrent(vec![langid]);
            // Bidi isolation is done in HTML (<bdi>, dir="auto"), not with invisible marks
            // that would also end up in e-mails and links.
            bundle.set_use_isolating(false);
            bundle.set_formatter(Some(number_formatter(code)));
            for (name, src) in FILES.iter().zip(files.iter()) {
                let res = FluentResource::try_new((*src).to_string())
                    .map_err(|(_, errs)| format!("{code}/{name}.ftl: {errs:?}"))?;
                bundle
                    .add_resource(res)
                    .map_err(|errs| format!("{code}/{name}.ftl: {errs:?}"))?;
            }
            bundles.insert(*code, bundle);
        }
        Ok(I18n { bundles })
    }

    /// The message `key` in `locale`, else in German, else the key itself.
    pub fn t(&self, locale: &str, key: &str) -> String {
        self.format(locale, key, None)
    }

    pub fn t_args(&self, locale: &str, key: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fa = FluentArgs::new();
        for (k, v) in args {
            fa.set(*k, v.clone());
        }
        self.format(locale, key, Some(&fa))
    }

    fn format(&self, locale: &str, key: &str, args: Option<&FluentArgs<'_>>) -> String {
        for code in [locale, DEFAULT] {
            if let Some(bundle) = self.bundles.get(code) {
                if let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) {
                    let mut errors = vec![];
                    return bundle.format_pattern(pattern, args, &mut errors).into_owned();
                }
            }
        }
        key.to_string()
    }

    /// Message ids of one locale (for the completeness test).
    pub fn keys(&self, locale: &str) -> Vec<String> {
        let Some((_, files)) = SOURCES.iter().find(|(c, _)| *c == locale) else {
            return vec![];
        };
        let mut keys: Vec<String> = files
            .iter()
            .flat_map(|src| src.lines())
            .filter(|l| l.starts_with(|c: char| c.is_ascii_alphabetic()))
            .filter_map(|l| l.split_once('=').map(|(k, _)| k.trim().to_string()))
            .collect();
        keys.sort();
        keys
    }
}

static TIME_ZONE: std::sync::OnceLock<jiff::tz::TimeZone> = std::sync::OnceLock::new();

/// Sets the platform's time zone (once, at start; default Europe/Berlin).
/// Dates and times are shown in it, and form values are read in it.
pub fn set_time_zone(name: &str) -> Result<(), String> {
    let tz = jiff::tz::TimeZone::get(name).map_err(|e| format!("unknown time zone {name:?}: {e}"))?;
    let _ = TIME_ZONE.set(tz);
    Ok(())
}

/// The platform's time zone.
pub fn time_zone() -> &'static jiff::tz::TimeZone {
    TIME_ZONE.get_or_init(|| jiff::tz::TimeZone::get("Europe/Berlin").unwrap_or(jiff::tz::TimeZone::UTC))
}

fn local(unix: i64) -> jiff::ZonedDateTime {
    jiff::Timestamp::from_second(unix)
        .unwrap_or(jiff::Timestamp::UNIX_EPOCH)
        .to_zoned_datetime(time_zone().clone())
}

/// A date like 25.11.2026 (de), 25/11/2026 (en) … in the locale's order and separators.
pub fn format_date(locale: &str, unix: i64) -> String {
    let d = local(unix);
    let (day, month, year) = (d.day(), d.month(), d.year());
    match locale {
        "en" => format!("{day:02}/{month:02}/{year}"),
        "tr" | "ru" | "uk" | "de" => format!("{day:02}.{month:02}.{year}"),
        // Arabic and Farsi: day/month/year, kept left-to-right by the template's <bdi>
        _ => format!("{day:02}/{month:02}/{year}"),
    }
}

/// A time of day (24 hours) in the platform's time zone.
pub fn format_time(unix: i64) -> String {
    let d = local(unix);
    format!("{:02}:{:02}", d.hour(), d.minute())
}

/// A date and time in the locale's format, in the platform's time zone.
pub fn format_datetime(locale: &str, unix: i64) -> String {
    format!("{} {}", format_date(locale, unix), format_time(unix))
}

/// From–to: "04.03.2027 09:00–17:00", or both dates when it spans days.
pub fn format_span(locale: &str, from: i64, to: i64) -> String {
    if format_date(locale, from) == format_date(locale, to) {
        format!("{}\u{2013}{}", format_datetime(locale, from), format_time(to))
    } else {
        format!(
            "{} \u{2013} {}",
            format_datetime(locale, from),
            format_datetime(locale, to)
        )
    }
}

/// The days of something that may last one day or several: "20.06.2027", or
/// "20.06.2027 – 24.06.2027".
pub fn format_date_range(locale: &str, from: i64, to: i64) -> String {
    let (a, b) = (format_date(locale, from), format_date(locale, to));
    if a == b {
        a
    } else {
        format!("{a} \u{2013} {b}")
    }
}

/// An integer with the locale's digit grouping (1.234 in German, 1,234 in English, 1 234 in Russian).
/// Arabic and Farsi texts use Western digits here, grouped with a comma.
pub fn format_number(locale: &str, n: i64) -> String {
    let sep = match locale {
        "de" | "tr" => ".",
        "ru" | "uk" => "\u{a0}",
        _ => ",",
    };
    let digits = n.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(sep);
        }
        out.push(c);
    }
    if n < 0 {
        out.insert(0, '-');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Logging in and out never uses the words of registering for a course
    /// or cancelling it ("Anmelden"/"Abmelden" meant both in German once).
    #[test]
    fn account_and_registration_words_differ() {
        let i18n = I18n::load().unwrap();
        for l in LOCALES.iter() {
            let t = |k: &str| i18n.t(l.code, k).to_lowercase();
            let account = [
                t("nav-login"),
                t("login-submit"),
                t("nav-logout"),
                t("profile-logout-everywhere"),
            ];
            let course = [
                t("register-submit"),
                t("participants-cancel"),
                t("registration-cancel-submit"),
                t("participants-add-submit"),
            ];
            for a in &account {
                for c in &course {
                    assert!(
                        !c.contains(a.as_str()) && !a.contains(c.as_str()),
                        "{}: {a:?} and {c:?}",
                        l.code
                    );
                }
            }
        }
    }

    #[test]
    fn negotiation() {
        assert_eq!(negotiate("ar-SY,ar;q=0.9,en;q=0.5"), Some("ar"));
        assert_eq!(negotiate("fr-FR, en;q=0.4"), Some("en"));
        assert_eq!(negotiate("en;q=0.2, tr;q=0.8"), Some("tr"));
        assert_eq!(negotiate("fr"), None);
        assert_eq!(negotiate(""), None);
    }

    #[test]
    fn every_locale_has_every_key() {
        let i18n = I18n::load().unwrap();
        let de = i18n.keys("de");
        assert!(de.len() > 50, "German has {} keys", de.len());
        for l in LOCALES {
            let keys = i18n.keys(l.code);
            let missing: Vec<_> = de.iter().filter(|k| !keys.contains(k)).collect();
            let extra: Vec<_> = keys.iter().filter(|k| !de.contains(k)).collect();
            assert!(missing.is_empty(), "{} lacks {:?}", l.code, missing);
            assert!(extra.is_empty(), "{} has keys German lacks: {:?}", l.code, extra);
        }
    }

    #[test]
    fn fallback_and_args() {
        let i18n = I18n::load().unwrap();
        assert_eq!(i18n.t("de", "no-such-key"), "no-such-key");
        assert_ne!(i18n.t("ar", "nav-home"), i18n.t("de", "nav-home"));
    }

    #[test]
    fn numbers_in_messages_are_grouped() {
        let i18n = I18n::load().unwrap();
        let de = i18n.t_args("de", "orgs-count", &[("count", 1019.into())]);
        assert!(de.contains("1.019"), "{de}");
        let en = i18n.t_args("en", "orgs-count", &[("count", 1019.into())]);
        assert!(en.contains("1,019"), "{en}");
    }

    #[test]
    fn formatting() {
        assert_eq!(format_number("de", 1234567), "1.234.567");
        assert_eq!(format_number("en", -1234), "-1,234");
        assert_eq!(format_number("en", 123), "123");
        assert_eq!(format_date("de", 1_764_000_000), "24.11.2025");
        assert_eq!(format_date("en", 1_764_000_000), "24/11/2025");
        // shown in the platform's zone: 07:00 UTC in July is 09:00 in Berlin
        assert_eq!(format_datetime("de", 1_784_876_400), "24.07.2026 09:00");
        assert_eq!(
            format_date_range("de", 1_784_876_400, 1_784_876_400 + 8 * 3600),
            "24.07.2026"
        );
        assert_eq!(
            format_date_range("de", 1_784_876_400, 1_784_876_400 + 86_400),
            "24.07.2026 \u{2013} 25.07.2026"
        );
        assert_eq!(
            format_span("de", 1_784_876_400, 1_784_876_400 + 8 * 3600),
            "24.07.2026 09:00\u{2013}17:00"
        );
    }
}
