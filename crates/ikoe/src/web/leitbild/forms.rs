//! The forms of a Leitbild process: what was typed (read by serde, kept for
//! the page shown again) and the step into domain values.

use domain::accounts::Email;
use domain::leitbild::{self as dl, Draft, Phase, Principle};
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
    /// The form as sent; `None` when a field the form always sends is
    /// missing (the request did not come from it: 400, nothing is changed).
    pub fn sent(f: &Fields, editing: bool) -> Option<Self> {
        let months = Phase::ALL.iter().all(|&p| f.has(&month_field(p)));
        (f.has("title") && (!editing || (f.has("version") && months))).then(|| ProcessForm::from_fields(f))
    }

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

/// Empty rows the draft form offers below the principles, for new ones.
pub const BLANK_ROWS: usize = 3;

/// A principle of the draft form as typed: its number on the form (field
/// names `principle-{n}` and `goal-{n}`), its text and goal.
pub struct PrincipleRow {
    pub n: usize,
    pub text: String,
    pub goal: String,
}

impl PrincipleRow {
    pub fn text_field(&self) -> String {
        format!("principle-{}", self.n)
    }
    pub fn goal_field(&self) -> String {
        format!("goal-{}", self.n)
    }
    fn is_empty(&self) -> bool {
        self.text.trim().is_empty() && self.goal.trim().is_empty()
    }
}

/// The draft form: the version it was written on, slogan, preamble and principles.
pub struct DraftForm {
    pub based_on: String,
    pub slogan: String,
    pub preamble: String,
    pub rows: Vec<PrincipleRow>,
}

impl DraftForm {
    /// The rows typed, up to the last one with text, and [`BLANK_ROWS`] empty ones.
    fn with_blank_rows(based_on: String, slogan: String, preamble: String, typed: Vec<(String, String)>) -> Self {
        let used = typed
            .iter()
            .rposition(|(t, g)| !t.trim().is_empty() || !g.trim().is_empty())
            .map_or(0, |i| i + 1);
        let total = (used + BLANK_ROWS).min(dl::PRINCIPLES_MAX + BLANK_ROWS);
        let mut typed = typed.into_iter();
        let rows = (1..=total)
            .map(|n| {
                let (text, goal) = typed.next().unwrap_or_default();
                PrincipleRow { n, text, goal }
            })
            .collect();
        DraftForm {
            based_on,
            slogan,
            preamble,
            rows,
        }
    }

    /// The form as sent; `None` when a field it always sends is missing, or
    /// a principle field beyond the rows it can have (400, nothing is saved).
    pub fn sent(f: &Fields) -> Option<Self> {
        let rows = dl::PRINCIPLES_MAX + BLANK_ROWS;
        let beyond = f.0.iter().any(|(k, _)| {
            let n = k.strip_prefix("principle-").or_else(|| k.strip_prefix("goal-"));
            n.is_some_and(|n| n.parse::<usize>().map_or(true, |n| n == 0 || n > rows))
        });
        let complete = ["based_on", "slogan", "preamble"].iter().all(|k| f.has(k));
        (complete && !beyond).then(|| DraftForm::from_fields(f))
    }

    pub fn from_fields(f: &Fields) -> Self {
        let typed = (1..=dl::PRINCIPLES_MAX + BLANK_ROWS)
            .map(|n| {
                (
                    f.get(&format!("principle-{n}")).to_string(),
                    f.get(&format!("goal-{n}")).to_string(),
                )
            })
            .collect();
        DraftForm::with_blank_rows(
            f.get("based_on").into(),
            f.get("slogan").into(),
            f.get("preamble").into(),
            typed,
        )
    }

    /// The form for writing on version `number` (0 and an empty draft: the first).
    pub fn from_draft(number: i64, d: &Draft) -> Self {
        let typed = d.principles.iter().map(|p| (p.text.clone(), p.goal.clone())).collect();
        DraftForm::with_blank_rows(number.to_string(), d.slogan.clone(), d.preamble.clone(), typed)
    }

    /// The text; empty rows are left out, a goal needs its principle.
    pub fn parse(&self) -> Result<Draft, FormErrors> {
        let mut errs = FormErrors::new();
        let slogan = errs.take("slogan", dl::slogan(&self.slogan));
        let preamble = errs.take("preamble", dl::preamble(&self.preamble));
        let mut principles = vec![];
        for row in self.rows.iter().filter(|r| !r.is_empty()) {
            let text = errs.take(&row.text_field(), dl::principle_text(&row.text));
            let goal = errs.take(&row.goal_field(), dl::goal(&row.goal));
            if let (Some(text), Some(goal)) = (text, goal) {
                principles.push(Principle { text, goal });
            }
        }
        if self.rows.iter().all(PrincipleRow::is_empty) {
            errs.add("principle-1", "error-principle-required");
        }
        if principles.len() > dl::PRINCIPLES_MAX {
            errs.add("principle-1", "error-too-many-principles");
        }
        match (slogan, preamble) {
            (Some(slogan), Some(preamble)) if errs.is_empty() => Ok(Draft {
                slogan,
                preamble,
                principles,
            }),
            _ => Err(errs),
        }
    }
}
