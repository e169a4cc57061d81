//! The forms of the planner: what was typed (read by serde, kept for the page
//! shown again) and the step into domain values.

use domain::accounts::Email;
use domain::measures::{self as dm, MeasureStatus};
use serde::Deserialize;
use store::measures::{Measure, MeasureFields};

use crate::web::page::{FormErrors, Opt, Page};

/// A measure: its content (the version is empty on the form for a new one).
#[derive(Debug, Clone, Default, Deserialize)]
pub struct MeasureForm {
    pub version: String,
    pub title: String,
    pub description: String,
    pub owner_name: String,
    pub owner_email: String,
    pub month: String,
    /// A principle's number, or "" for the Leitbild as a whole.
    pub principle: String,
}

impl MeasureForm {
    pub fn from_measure(m: &Measure) -> Self {
        MeasureForm {
            version: m.version.to_string(),
            title: m.title.clone(),
            description: m.description.clone(),
            owner_name: m.owner_name.clone(),
            owner_email: m.owner_email.clone(),
            month: m.month.clone(),
            principle: m.principle.map(|n| n.to_string()).unwrap_or_default(),
        }
    }

    /// The measure in a plan that starts in `start`, serving one of
    /// `principles` principles (or the whole text).
    pub fn parse(&self, start: &str, principles: usize) -> Result<MeasureFields, FormErrors> {
        let mut errs = FormErrors::new();
        let title = errs.take("title", dm::title(&self.title));
        let description = errs.take("description", dm::description(&self.description));
        let owner_name = errs.take("owner_name", dm::owner_name(&self.owner_name));
        let owner_email = if self.owner_email.trim().is_empty() {
            Some(String::new())
        } else {
            errs.take(
                "owner_email",
                Email::parse(&self.owner_email).map(|e| e.as_str().to_string()),
            )
        };
        let month = errs.take("month", dm::month_in_plan(&self.month, start));
        let principle = errs.take("principle", dm::principle(&self.principle, principles));
        match (title, description, owner_name, owner_email, month, principle) {
            (Some(title), Some(description), Some(owner_name), Some(owner_email), Some(month), Some(principle)) => {
                Ok(MeasureFields {
                    title,
                    description,
                    owner_name,
                    owner_email,
                    month,
                    principle,
                })
            }
            _ => Err(errs),
        }
    }
}

/// A measure's status and note of evidence.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct StatusForm {
    pub version: String,
    pub status: String,
    pub evidence: String,
}

impl StatusForm {
    pub fn from_measure(m: &Measure) -> Self {
        StatusForm {
            version: m.version.to_string(),
            status: m.status.code().to_string(),
            evidence: m.evidence.clone(),
        }
    }

    pub fn parse(&self) -> Result<(MeasureStatus, String), FormErrors> {
        let mut errs = FormErrors::new();
        let status = errs.take("status", MeasureStatus::parse(&self.status));
        let evidence = status.and_then(|s| errs.take("evidence", dm::evidence(&self.evidence, s)));
        match (status, evidence) {
            (Some(s), Some(e)) => Ok((s, e)),
            _ => Err(errs),
        }
    }
}

/// The first month of the plan (`plan_version` is 0 while there is no plan).
#[derive(Debug, Clone, Default, Deserialize)]
pub struct PlanForm {
    pub plan_version: String,
    pub start_month: String,
}

/// The list's filters, as the query string has them (anything unknown filters nothing).
#[derive(Debug, Clone, Default, Deserialize)]
pub struct ListQuery {
    #[serde(default)]
    pub status: String,
    #[serde(default)]
    pub month: String,
    #[serde(default)]
    pub owner: String,
}

/// The statuses as options of a select, translated.
pub fn status_options(p: &Page) -> Vec<Opt> {
    MeasureStatus::ALL
        .iter()
        .map(|s| Opt::new(s.code(), p.tk("measures-status", s.code())))
        .collect()
}

/// The plan's months as options of a select ("März 2027").
pub fn month_options(p: &Page, months: &[String]) -> Vec<Opt> {
    months.iter().map(|m| Opt::new(m.clone(), p.month(m))).collect()
}
