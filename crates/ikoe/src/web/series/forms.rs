//! The series form and the module form: what staff typed, kept as typed for
//! the page shown again, and parsed into domain values.

use domain::series::{
    self as ds, CompletionRule, NewModule, NewSeries, SeriesKind, SeriesText, Visibility, LANGUAGES, TARGET_GROUPS,
};
use store::orgs::Region;
use store::series::{Module, Series};

use crate::web::form::Fields;
use crate::web::page::{FormErrors, Opt, Page};

/// A title and summary field pair for one language.
pub struct TextFields {
    pub code: &'static str,
    pub label: String,
    pub title_name: String,
    pub summary_name: String,
    pub title: String,
    pub summary: String,
}

/// A checkbox in a group.
pub struct Check {
    pub value: String,
    pub label: String,
    pub checked: bool,
}

#[derive(Debug, Clone, Default)]
pub struct SeriesForm {
    pub kind: String,
    pub visibility: String,
    pub region: String,
    pub target_groups: Vec<String>,
    pub languages: Vec<String>,
    pub capacity: String,
    pub deadline: String,
    pub manual_approval: bool,
    pub rule_min_modules: String,
    pub rule_all_mandatory: bool,
    pub rule_min_hours: String,
    /// (locale, title, summary) for every locale.
    pub texts: Vec<(String, String, String)>,
    pub version: String,
}

impl SeriesForm {
    pub fn empty() -> Self {
        SeriesForm {
            visibility: "public".into(),
            languages: vec!["de".into()],
            capacity: "20".into(),
            texts: LANGUAGES
                .iter()
                .map(|l| (l.to_string(), String::new(), String::new()))
                .collect(),
            ..Default::default()
        }
    }

    pub fn from_fields(f: &Fields) -> Self {
        SeriesForm {
            kind: f.get("kind").to_string(),
            visibility: f.get("visibility").to_string(),
            region: f.get("region").to_string(),
            target_groups: f.all("target_groups"),
            languages: f.all("languages"),
            capacity: f.get("capacity").to_string(),
            deadline: f.get("deadline").to_string(),
            manual_approval: f.on("manual_approval"),
            rule_min_modules: f.get("rule_min_modules").to_string(),
            rule_all_mandatory: f.on("rule_all_mandatory"),
            rule_min_hours: f.get("rule_min_hours").to_string(),
            texts: LANGUAGES
                .iter()
                .map(|l| {
                    (
                        l.to_string(),
                        f.get(&format!("title_{l}")).to_string(),
                        f.get(&format!("summary_{l}")).to_string(),
                    )
                })
                .collect(),
            version: f.get("version").to_string(),
        }
    }

    pub fn from_series(s: &Series, texts: &[SeriesText]) -> Self {
        let tz = i18n::time_zone();
        SeriesForm {
            kind: s.kind.clone(),
            visibility: s.visibility.clone(),
            region: s.region.clone(),
            target_groups: s.target_group_list(),
            languages: s.language_list(),
            capacity: s.capacity.to_string(),
            deadline: s.deadline.map(|d| ds::to_local_date_input(d, tz)).unwrap_or_default(),
            manual_approval: s.manual_approval != 0,
            rule_min_modules: s.rule_min_modules.map(|n| n.to_string()).unwrap_or_default(),
            rule_all_mandatory: s.rule_all_mandatory != 0,
            rule_min_hours: s.rule_min_hours.map(|n| n.to_string()).unwrap_or_default(),
            texts: LANGUAGES
                .iter()
                .map(|l| {
                    let t = texts.iter().find(|t| t.locale == *l);
                    (
                        l.to_string(),
                        t.map(|t| t.title.clone()).unwrap_or_default(),
                        t.map(|t| t.summary.clone()).unwrap_or_default(),
                    )
                })
                .collect(),
            version: s.version.to_string(),
        }
    }

    pub fn version(&self) -> i64 {
        self.version.trim().parse().unwrap_or(0)
    }

    pub fn parse(&self, regions: &[Region]) -> Result<NewSeries, FormErrors> {
        let mut errs = FormErrors::new();
        let mut texts = vec![];
        for (code, title, summary) in &self.texts {
            let required = code == "de";
            if !required && title.trim().is_empty() && summary.trim().is_empty() {
                continue;
            }
            let t = errs.take(&format!("title_{code}"), ds::title(title));
            let s = errs.take(&format!("summary_{code}"), ds::summary(summary));
            if let (Some(title), Some(summary)) = (t, s) {
                texts.push(SeriesText {
                    locale: code.clone(),
                    title,
                    summary,
                });
            }
        }
        let kind = errs.take("kind", SeriesKind::parse(&self.kind));
        let visibility = errs.take("visibility", Visibility::parse(&self.visibility));
        if !regions.iter().any(|r| r.code == self.region) {
            errs.add("region", "error-choose-option");
        }
        let target_groups = errs.take("target_groups", ds::codes(&self.target_groups, TARGET_GROUPS));
        let languages = errs.take("languages", ds::codes(&self.languages, LANGUAGES));
        let capacity = errs.take("capacity", ds::number(&self.capacity, 1, 10_000));
        let deadline = errs.take("deadline", ds::end_of_local_day(&self.deadline, i18n::time_zone()));
        let min_modules = errs.take("rule_min_modules", ds::optional_number(&self.rule_min_modules, 1, 100));
        let min_hours = errs.take("rule_min_hours", ds::optional_number(&self.rule_min_hours, 1, 10_000));
        match (
            kind,
            visibility,
            target_groups,
            languages,
            capacity,
            deadline,
            min_modules,
            min_hours,
        ) {
            (
                Some(kind),
                Some(visibility),
                Some(target_groups),
                Some(languages),
                Some(capacity),
                Some(deadline),
                Some(min_modules),
                Some(min_hours),
            ) if errs.is_empty() => Ok(NewSeries {
                kind,
                visibility,
                region: self.region.clone(),
                target_groups,
                languages,
                capacity,
                deadline,
                manual_approval: self.manual_approval,
                rule: CompletionRule {
                    min_modules,
                    all_mandatory: self.rule_all_mandatory,
                    min_hours,
                },
                texts,
            }),
            _ => Err(errs),
        }
    }

    /// The text fields per language, German first, for the template.
    pub fn text_fields(&self, p: &Page) -> Vec<TextFields> {
        LANGUAGES
            .iter()
            .map(|code| {
                let t = self.texts.iter().find(|t| t.0 == *code);
                let label = i18n::LOCALES
                    .iter()
                    .find(|l| l.code == *code)
                    .map(|l| l.native_name.to_string())
                    .unwrap_or_default();
                TextFields {
                    code,
                    label: if *code == "de" {
                        label
                    } else {
                        format!("{label} ({})", p.t("optional"))
                    },
                    title_name: format!("title_{code}"),
                    summary_name: format!("summary_{code}"),
                    title: t.map(|t| t.1.clone()).unwrap_or_default(),
                    summary: t.map(|t| t.2.clone()).unwrap_or_default(),
                }
            })
            .collect()
    }
}

pub fn kind_options(p: &Page, with_any: bool) -> Vec<Opt> {
    let mut v = vec![Opt::new("", if with_any { p.t("filter-any") } else { p.t("choose") })];
    v.extend(
        SeriesKind::ALL
            .iter()
            .map(|k| Opt::new(k.code(), p.tk("series-kind", k.code()))),
    );
    v
}

pub fn visibility_options(p: &Page) -> Vec<Opt> {
    Visibility::ALL
        .iter()
        .map(|v| Opt::new(v.code(), p.tk("series-visibility", v.code())))
        .collect()
}

pub fn target_group_checks(p: &Page, chosen: &[String]) -> Vec<Check> {
    TARGET_GROUPS
        .iter()
        .map(|g| Check {
            value: g.to_string(),
            label: p.tk("target-group", g),
            checked: chosen.iter().any(|c| c == g),
        })
        .collect()
}

pub fn language_checks(chosen: &[String]) -> Vec<Check> {
    LANGUAGES
        .iter()
        .map(|code| Check {
            value: code.to_string(),
            label: language_name(code),
            checked: chosen.iter().any(|c| c == code),
        })
        .collect()
}

/// A language's own name ("Deutsch", "العربية").
pub fn language_name(code: &str) -> String {
    i18n::LOCALES
        .iter()
        .find(|l| l.code == code)
        .map(|l| l.native_name.to_string())
        .unwrap_or_else(|| code.to_string())
}

#[derive(Debug, Clone, Default)]
pub struct ModuleForm {
    pub title: String,
    pub topics: String,
    pub starts_at: String,
    pub ends_at: String,
    pub venue: String,
    pub access_notes: String,
    pub online_url: String,
    pub hours: String,
    pub mandatory: bool,
    pub version: String,
}

impl ModuleForm {
    pub fn from_fields(f: &Fields) -> Self {
        ModuleForm {
            title: f.get("title").to_string(),
            topics: f.get("topics").to_string(),
            starts_at: f.get("starts_at").to_string(),
            ends_at: f.get("ends_at").to_string(),
            venue: f.get("venue").to_string(),
            access_notes: f.get("access_notes").to_string(),
            online_url: f.get("online_url").to_string(),
            hours: f.get("hours").to_string(),
            mandatory: f.on("mandatory"),
            version: f.get("version").to_string(),
        }
    }

    pub fn from_module(m: &Module) -> Self {
        let tz = i18n::time_zone();
        ModuleForm {
            title: m.title.clone(),
            topics: m.topics.clone(),
            starts_at: ds::to_local_input(m.starts_at, tz),
            ends_at: ds::to_local_input(m.ends_at, tz),
            venue: m.venue.clone(),
            access_notes: m.access_notes.clone(),
            online_url: m.online_url.clone().unwrap_or_default(),
            hours: m.hours.to_string(),
            mandatory: m.is_mandatory(),
            version: m.version.to_string(),
        }
    }

    pub fn version(&self) -> i64 {
        self.version.trim().parse().unwrap_or(0)
    }

    pub fn parse(&self) -> Result<NewModule, FormErrors> {
        let tz = i18n::time_zone();
        let mut errs = FormErrors::new();
        let title = errs.take("title", ds::title(&self.title));
        let topics = errs.take("topics", domain::text::multi_line(&self.topics, 2000, false));
        let starts_at = errs.take("starts_at", ds::local_datetime(&self.starts_at, tz));
        let ends_at = errs.take("ends_at", ds::local_datetime(&self.ends_at, tz));
        let venue = errs.take("venue", domain::text::multi_line(&self.venue, 500, false));
        let access_notes = errs.take(
            "access_notes",
            domain::text::multi_line(&self.access_notes, 1000, false),
        );
        let online_url = errs.take("online_url", ds::online_url(&self.online_url));
        let hours = errs.take("hours", ds::number(&self.hours, 0, 100));
        let (
            Some(title),
            Some(topics),
            Some(starts_at),
            Some(ends_at),
            Some(venue),
            Some(access_notes),
            Some(online_url),
            Some(hours),
        ) = (
            title,
            topics,
            starts_at,
            ends_at,
            venue,
            access_notes,
            online_url,
            hours,
        )
        else {
            return Err(errs);
        };
        let m = NewModule {
            title,
            topics,
            starts_at,
            ends_at,
            venue,
            access_notes,
            online_url,
            hours,
            mandatory: self.mandatory,
        };
        for (field, e) in ds::check_module(&m) {
            errs.add(field, e.0);
        }
        if errs.is_empty() {
            Ok(m)
        } else {
            Err(errs)
        }
    }
}
