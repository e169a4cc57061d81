//! The forms of a Leitbild process: what was typed (read by serde, kept for
//! the page shown again) and the step into domain values.

use domain::accounts::Email;
use domain::leitbild::{self as dl, Phase};
use serde::Deserialize;
use store::leitbild::{NewPerson, PlannedPhase, Process};

use crate::web::form::{checkbox, Fields};
use crate::web::page::{FormErrors, Opt, Page};

/// The field of the month a phase is planned to start.
pub fn month_field(phase: Phase) -> String {
    format!("month-{}", phase.code())
}

/// A phase with its planned month as typed (the edit form's rows).
pub struct PlanRow {
    pub phase: Phase,
    pub field: String,
    pub month: String,
}

/// The process form: its title, and (when editing) the version it was
/// loaded with and the month of each phase, in fields named by [`month_field`].
pub struct ProcessForm {
    pub title: String,
    pub version: String,
    pub plan: Vec<PlanRow>,
}

impl Default for ProcessForm {
    fn default() -> Self {
        ProcessForm::from_fields(&Fields::default())
    }
}

impl ProcessForm {
    pub fn from_fields(f: &Fields) -> Self {
        ProcessForm {
            title: f.get("title").to_string(),
            version: f.get("version").to_string(),
            plan: Phase::ALL
                .iter()
                .map(|&phase| PlanRow {
                    phase,
                    field: month_field(phase),
                    month: f.get(&month_field(phase)).to_string(),
                })
                .collect(),
        }
    }

    pub fn from_process(p: &Process, plan: &[PlannedPhase]) -> Self {
        let mut f = ProcessForm {
            title: p.title.clone(),
            version: p.version.to_string(),
            ..Default::default()
        };
        for row in &mut f.plan {
            if let Some(m) = plan.iter().find(|m| m.phase == row.phase) {
                row.month = m.month.clone();
            }
        }
        f
    }

    /// The title and the month of each phase, in the order of the phases.
    #[expect(clippy::type_complexity, reason = "a title and a plan, read once by the handler")]
    pub fn parse(&self) -> Result<(String, Vec<(Phase, Option<String>)>), FormErrors> {
        let mut errs = FormErrors::new();
        let title = errs.take("title", dl::process_title(&self.title));
        let months: Vec<Option<Option<String>>> = self
            .plan
            .iter()
            .map(|r| errs.take(&r.field, dl::month(&r.month)))
            .collect();
        let months: Option<Vec<Option<String>>> = months.into_iter().collect();
        if let Some(months) = &months {
            if let Some(i) = dl::months_out_of_order(months) {
                errs.add(&self.plan[i].field, "error-phase-order");
            }
        }
        match (title, months) {
            (Some(title), Some(months)) if errs.is_empty() => {
                Ok((title, Phase::ALL.iter().copied().zip(months).collect()))
            }
            _ => Err(errs),
        }
    }
}

/// Moving the process to a phase.
#[derive(Debug, Clone, Deserialize)]
pub struct PhaseForm {
    pub phase: String,
}

/// A department (the field names are unique on the preparation page, which holds several forms).
#[derive(Debug, Clone, Default, Deserialize)]
pub struct DepartmentForm {
    pub dep_name: String,
    pub dep_headcount: String,
}

impl DepartmentForm {
    /// Name and headcount; `participants` is how many people already take part from it.
    pub fn parse(&self, participants: i64) -> Result<(String, i64), FormErrors> {
        let mut errs = FormErrors::new();
        let name = errs.take("dep_name", dl::department_name(&self.dep_name));
        let headcount = errs.take("dep_headcount", dl::headcount(&self.dep_headcount, participants));
        match (name, headcount) {
            (Some(n), Some(h)) => Ok((n, h)),
            _ => Err(errs),
        }
    }
}

/// A person taking part.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct PersonForm {
    pub person_name: String,
    pub person_email: String,
    pub person_function: String,
    /// A department's id, or "" for none.
    pub person_department: String,
    #[serde(default, deserialize_with = "checkbox")]
    pub person_leader: bool,
}

impl PersonForm {
    pub fn parse(&self) -> Result<NewPerson, FormErrors> {
        let mut errs = FormErrors::new();
        let name = errs.take("person_name", dl::person_name(&self.person_name));
        let email = if self.person_email.trim().is_empty() {
            Some(String::new())
        } else {
            errs.take(
                "person_email",
                Email::parse(&self.person_email).map(|e| e.as_str().to_string()),
            )
        };
        let function = errs.take("person_function", dl::function(&self.person_function));
        let department_id = match self.person_department.as_str() {
            "" => Some(None),
            d => errs.take(
                "person_department",
                d.parse().map(Some).map_err(|_| domain::Invalid("error-choose-option")),
            ),
        };
        match (name, email, function, department_id) {
            (Some(name), Some(email), Some(function), Some(department_id)) => Ok(NewPerson {
                name,
                email,
                function,
                department_id,
                leader: self.person_leader,
            }),
            _ => Err(errs),
        }
    }
}

/// Adding an account to the process team, by its e-mail address.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct TeamForm {
    pub team_email: String,
}

/// The phases as options of a select, translated.
pub fn phase_options(p: &Page) -> Vec<Opt> {
    Phase::ALL
        .iter()
        .map(|ph| Opt::new(ph.code(), p.tk("leitbild-phase", ph.code())))
        .collect()
}
