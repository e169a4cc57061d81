//! The series form and the module form: what staff typed, kept as typed for
//! the page shown again, and parsed into domain values.

use domain::accounts::{Email, PersonName};
use domain::series::{
    self as ds, CompletionRule, NewModule, NewSeries, SeriesKind, SeriesText, Visibility, FIGURES, LANGUAGES,
    TARGET_GROUPS,
};
use store::orgs::Region;
use store::series::{Module, Series};
use store::speakers::{NewSpeaker, Speaker};

use serde::Deserialize;

use crate::web::form::checkbox;
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

/// The series form as typed: every field the form sends (a title and a
/// summary per language), read by serde.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct SeriesForm {
    pub kind: String,
    pub visibility: String,
    pub region: String,
    #[serde(default)]
    pub target_groups: Vec<String>,
    #[serde(default)]
    pub languages: Vec<String>,
    pub capacity: String,
    pub deadline: String,
    #[serde(default, deserialize_with = "checkbox")]
    pub manual_approval: bool,
    pub rule_min_modules: String,
    #[serde(default, deserialize_with = "checkbox")]
    pub rule_all_mandatory: bool,
    pub rule_min_hours: String,
    #[serde(default)]
    pub signatory_name: String,
    #[serde(default)]
    pub signatory_role: String,
    #[serde(default)]
    pub funding_notice: String,
    pub title_de: String,
    pub summary_de: String,
    pub title_en: String,
    pub summary_en: String,
    pub title_ar: String,
    pub summary_ar: String,
    pub title_fa: String,
    pub summary_fa: String,
    pub title_uk: String,
    pub summary_uk: String,
    pub title_ru: String,
    pub summary_ru: String,
    pub title_tr: String,
    pub summary_tr: String,
    pub version: String,
}

impl SeriesForm {
    pub fn empty() -> Self {
        SeriesForm {
            visibility: "public".into(),
            languages: vec!["de".into()],
            capacity: "20".into(),
            ..Default::default()
        }
    }

    /// The title and summary fields of a language of [`LANGUAGES`].
    fn text_mut(&mut self, code: &str) -> Option<(&mut String, &mut String)> {
        Some(match code {
            "de" => (&mut self.title_de, &mut self.summary_de),
            "en" => (&mut self.title_en, &mut self.summary_en),
            "ar" => (&mut self.title_ar, &mut self.summary_ar),
            "fa" => (&mut self.title_fa, &mut self.summary_fa),
            "uk" => (&mut self.title_uk, &mut self.summary_uk),
            "ru" => (&mut self.title_ru, &mut self.summary_ru),
            "tr" => (&mut self.title_tr, &mut self.summary_tr),
            _ => return None,
        })
    }

    /// (locale, title, summary) for every language, German first.
    pub fn texts(&self) -> Vec<(&'static str, &str, &str)> {
        let pairs = [
            (&self.title_de, &self.summary_de),
            (&self.title_en, &self.summary_en),
            (&self.title_ar, &self.summary_ar),
            (&self.title_fa, &self.summary_fa),
            (&self.title_uk, &self.summary_uk),
            (&self.title_ru, &self.summary_ru),
            (&self.title_tr, &self.summary_tr),
        ];
        ["de", "en", "ar", "fa", "uk", "ru", "tr"]
            .into_iter()
            .zip(pairs)
            .map(|(code, (t, s))| (code, t.as_str(), s.as_str()))
            .collect()
    }

    pub fn from_series(s: &Series, texts: &[SeriesText]) -> Self {
        let tz = i18n::time_zone();
        let mut f = SeriesForm {
            kind: s.kind.code().to_string(),
            visibility: s.visibility.code().to_string(),
            region: s.region.clone(),
            target_groups: s.target_group_list(),
            languages: s.language_list(),
            capacity: s.capacity.to_string(),
            deadline: s.deadline.map(|d| ds::to_local_date_input(d.0, tz)).unwrap_or_default(),
            manual_approval: s.manual_approval.on(),
            rule_min_modules: s.rule_min_modules.map(|n| n.to_string()).unwrap_or_default(),
            rule_all_mandatory: s.rule_all_mandatory.on(),
            rule_min_hours: s.rule_min_hours.map(|n| n.to_string()).unwrap_or_default(),
            signatory_name: s.signatory_name.clone(),
            signatory_role: s.signatory_role.clone(),
            funding_notice: s.funding_notice.clone(),
            version: s.version.to_string(),
            ..Default::default()
        };
        for t in texts {
            if let Some((title, summary)) = f.text_mut(&t.locale) {
                *title = t.title.clone();
                *summary = t.summary.clone();
            }
        }
        f
    }

    pub fn version(&self) -> i64 {
        self.version.trim().parse().unwrap_or(0)
    }

    pub fn parse(&self, regions: &[Region]) -> Result<NewSeries, FormErrors> {
        let mut errs = FormErrors::new();
        let mut texts = vec![];
        for (code, title, summary) in self.texts() {
            let required = code == "de";
            if !required && title.trim().is_empty() && summary.trim().is_empty() {
                continue;
            }
            let t = errs.take(&format!("title_{code}"), ds::title(title));
            let s = errs.take(&format!("summary_{code}"), ds::summary(summary));
            if let (Some(title), Some(summary)) = (t, s) {
                texts.push(SeriesText {
                    locale: code.to_string(),
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
        let signatory_name = errs.take(
            "signatory_name",
            domain::text::optional_line(&self.signatory_name, ds::SIGNATORY_MAX),
        );
        let signatory_role = errs.take(
            "signatory_role",
            domain::text::optional_line(&self.signatory_role, ds::SIGNATORY_MAX),
        );
        let funding_notice = errs.take(
            "funding_notice",
            domain::text::multi_line(&self.funding_notice, ds::FUNDING_NOTICE_MAX, false),
        );
        // printed in full on the certificate, in whatever language it is printed in: refused
        // here when it would not fit there (wide letters or long unbroken words)
        let funding_notice = funding_notice.filter(|notice| {
            let fits = i18n::LOCALES
                .iter()
                .all(|l| pdf::funding_notice_fits(notice, l.code, l.rtl).unwrap_or(true));
            if !fits {
                errs.add("funding_notice", "error-funding-notice-too-long");
            }
            fits
        });
        let signing = match (signatory_name, signatory_role, funding_notice) {
            (Some(name), Some(role), Some(notice)) => Some(ds::Signing {
                signatory_name: name.unwrap_or_default(),
                signatory_role: role.unwrap_or_default(),
                funding_notice: notice,
            }),
            _ => None,
        };
        match (
            kind,
            visibility,
            target_groups,
            languages,
            capacity,
            deadline,
            min_modules,
            min_hours,
            signing,
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
                Some(signing),
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
                signing,
            }),
            _ => Err(errs),
        }
    }

    /// The text fields per language, German first, for the template.
    pub fn text_fields(&self, p: &Page) -> Vec<TextFields> {
        let texts = self.texts();
        LANGUAGES
            .iter()
            .map(|code| {
                let t = texts.iter().find(|t| t.0 == *code);
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
                    title: t.map(|t| t.1.to_string()).unwrap_or_default(),
                    summary: t.map(|t| t.2.to_string()).unwrap_or_default(),
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

/// What a person typed into the registration form of a series.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct RegForm {
    pub name: String,
    pub email: String,
    pub affiliation: String,
    pub target_group: String,
    #[serde(default, deserialize_with = "checkbox")]
    pub consent: bool,
    /// The optional anonymous questions of [`FIGURES`] ("" = no answer).
    pub fig_age: String,
    pub fig_migration: String,
    /// The key of an invitation-only series ("" for the others).
    pub key: String,
}

impl RegForm {
    /// The answer to one of the anonymous questions ("" = none).
    pub fn figure(&self, question: &str) -> &str {
        match question {
            "age" => &self.fig_age,
            "migration" => &self.fig_migration,
            _ => "",
        }
    }

    /// The anonymous answers given: (question, answer).
    pub fn figures(&self) -> Vec<(String, String)> {
        FIGURES
            .iter()
            .map(|(q, _)| (q.to_string(), self.figure(q).to_string()))
            .filter(|(_, a)| !a.is_empty())
            .collect()
    }
}

/// What staff type to add a participant by hand.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct AddForm {
    pub name: String,
    pub email: String,
    pub affiliation: String,
    pub target_group: String,
}

/// A speaker of the directory as typed.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct SpeakerForm {
    pub name: String,
    pub email: String,
    pub affiliation: String,
    pub bio: String,
    pub topics: String,
    #[serde(default)]
    pub languages: Vec<String>,
}

impl SpeakerForm {
    pub fn from_speaker(s: &Speaker) -> Self {
        SpeakerForm {
            name: s.name.clone(),
            email: s.email.clone(),
            affiliation: s.affiliation.clone(),
            bio: s.bio.clone(),
            topics: s.topics.clone(),
            languages: s.languages.split_whitespace().map(str::to_string).collect(),
        }
    }
    pub fn parse(&self) -> Result<NewSpeaker, FormErrors> {
        let mut errs = FormErrors::new();
        let name = errs.take("name", PersonName::parse(&self.name));
        let email = errs.take("email", Email::parse(&self.email));
        let affiliation = errs.take("affiliation", domain::text::optional_line(&self.affiliation, 200));
        let bio = errs.take("bio", domain::text::multi_line(&self.bio, 2000, false));
        let topics = errs.take("topics", domain::text::multi_line(&self.topics, 1000, false));
        let languages: Vec<String> = self
            .languages
            .iter()
            .filter(|l| LANGUAGES.contains(&l.as_str()))
            .cloned()
            .collect();
        match (name, email, affiliation, bio, topics) {
            (Some(name), Some(email), Some(affiliation), Some(bio), Some(topics)) if errs.is_empty() => {
                Ok(NewSpeaker {
                    name: name.into_inner(),
                    email: email.as_str().to_string(),
                    affiliation: affiliation.unwrap_or_default(),
                    bio,
                    topics,
                    languages,
                })
            }
            _ => Err(errs),
        }
    }
}

/// Asking a speaker to teach a module.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct AskForm {
    pub speaker: String,
    pub deadline: String,
    pub message: String,
}

/// A speaker's answer: the button pressed (`confirm` or `decline`).
#[derive(Debug, Clone, Default, Deserialize)]
pub struct AnswerForm {
    #[serde(default)]
    pub answer: String,
}

/// The module form as typed.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct ModuleForm {
    pub title: String,
    pub topics: String,
    pub starts_at: String,
    pub ends_at: String,
    pub venue: String,
    pub access_notes: String,
    pub online_url: String,
    pub hours: String,
    #[serde(default, deserialize_with = "checkbox")]
    pub mandatory: bool,
    pub version: String,
}

impl ModuleForm {
    pub fn from_module(m: &Module) -> Self {
        let tz = i18n::time_zone();
        ModuleForm {
            title: m.title.clone(),
            topics: m.topics.clone(),
            starts_at: ds::to_local_input(m.starts_at.0, tz),
            ends_at: ds::to_local_input(m.ends_at.0, tz),
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
        // each value is there unless its field has an error
        let m = (|| {
            Some(NewModule {
                title: title?,
                topics: topics?,
                starts_at: starts_at?,
                ends_at: ends_at?,
                venue: venue?,
                access_notes: access_notes?,
                online_url: online_url?,
                hours: hours?,
                mandatory: self.mandatory,
            })
        })();
        let Some(m) = m else {
            return Err(errs);
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
