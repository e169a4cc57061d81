//! The evaluation of a Leitbild: a short anonymous survey per principle
//! ("lived in our daily work?", a rating from 1 to 5 and free text), opened by
//! the team for a time and repeatable. Answers carry no name and no time; a
//! principle's results show only from a few answers on.

use domain::leitbild_feedback::SURVEY_MIN_ANSWERS;
use domain::Timestamp;

use super::rounds::{begin_period, end_period, Period};
use super::{entry, org_of};
use crate::audit::AuditEntry;
use crate::write;
use crate::{db, Result, Store, StoreError};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Survey {
    pub id: i64,
    pub process_id: i64,
    pub version_number: i64,
    pub opens_at: Timestamp,
    pub closes_at: Timestamp,
    /// Distinct respondents.
    pub responses: i64,
    pub created_at: Timestamp,
}

impl Survey {
    pub fn state(&self, now: i64) -> domain::leitbild_feedback::RoundState {
        domain::leitbild_feedback::RoundState::at(now, self.opens_at.0, self.closes_at.0)
    }
}

/// The results of one principle in a survey.
#[derive(Debug, Clone, Default)]
pub struct PrincipleResult {
    pub principle: i64,
    /// Respondents who rated it.
    pub rated: i64,
    /// How many chose 1 … 5.
    pub counts: [i64; 5],
    /// Free texts (only when enough people answered).
    pub notes: Vec<String>,
}

impl PrincipleResult {
    /// Whether there are enough answers to show them without naming anyone.
    pub fn shown(&self) -> bool {
        self.rated >= SURVEY_MIN_ANSWERS
    }
    /// The mean rating in tenths (e.g. 37 for 3.7), none without ratings.
    pub fn mean_tenths(&self) -> Option<i64> {
        let sum: i64 = (1_i64..).zip(self.counts).map(|(r, n)| r * n).sum();
        (self.rated > 0).then(|| (sum * 10 + self.rated / 2) / self.rated)
    }
}

const SURVEY: &str = "SELECT s.id, s.process_id, v.number AS version_number, s.opens_at, s.closes_at, \
       (SELECT COUNT(DISTINCT a.voter) FROM leitbild_survey_answers a WHERE a.survey_id = s.id) AS responses, s.created_at \
     FROM leitbild_surveys s JOIN leitbild_versions v ON v.id = s.version_id";

impl Store {
    pub async fn surveys(&self, process: i64) -> Result<Vec<Survey>> {
        self.rows(&format!("{SURVEY} WHERE s.process_id = $1 ORDER BY s.id DESC"), process)
            .await
    }

    pub async fn survey(&self, process: i64, id: i64) -> Result<Option<Survey>> {
        self.row(
            &format!("{SURVEY} WHERE s.id = $1 AND s.process_id = $2"),
            (id, process),
        )
        .await
    }

    pub async fn latest_survey(&self, process: i64) -> Result<Option<Survey>> {
        self.row(
            &format!("{SURVEY} WHERE s.process_id = $1 ORDER BY s.id DESC LIMIT 1"),
            process,
        )
        .await
    }

    /// Opens a survey on the newest version. `NotFound` without a version,
    /// `Conflict("survey-open")` while another is open or upcoming.
    pub async fn start_survey(&self, now: i64, actor: i64, process: i64, opens_at: i64, closes_at: i64) -> Result<i64> {
        let mut tx = self.write_tx().await?;
        let version = begin_period(&mut tx, now, process, Period::Survey).await?;
        let id = db::number(
            &mut *tx,
            "INSERT INTO leitbild_surveys (process_id, version_id, opens_at, closes_at, created_by, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
            (process, version, opens_at, closes_at, actor, now),
        )
        .await?;
        let org = org_of(&mut tx, process).await?;
        write::commit(
            tx,
            now,
            &entry(actor, "leitbild.survey.start", process, org).detail(id.to_string()),
        )
        .await?;
        Ok(id)
    }

    pub async fn close_survey(&self, now: i64, actor: i64, process: i64, survey: i64) -> Result<()> {
        let mut tx = self.write_tx().await?;
        end_period(&mut tx, now, process, Period::Survey, survey).await?;
        let org = org_of(&mut tx, process).await?;
        write::commit(
            tx,
            now,
            &entry(actor, "leitbild.survey.close", process, org).detail(survey.to_string()),
        )
        .await
    }

    /// A respondent's answers (principle, rating, note), replacing earlier
    /// ones. `Conflict("closed")` outside the survey's time.
    pub async fn save_survey(
        &self,
        now: i64,
        process: i64,
        survey: i64,
        voter: &str,
        department: Option<i64>,
        answers: &[(i64, Option<i64>, String)],
    ) -> Result<()> {
        let mut tx = self.write_tx().await?;
        let found: Option<(i64, i64)> = db::row(
            &mut *tx,
            "SELECT opens_at, closes_at FROM leitbild_surveys WHERE id = $1 AND process_id = $2",
            (survey, process),
        )
        .await?;
        let (opens, closes) = found.ok_or(StoreError::NotFound)?;
        if !(opens..=closes).contains(&now) {
            return Err(StoreError::Conflict("closed"));
        }
        db::exec(
            &mut *tx,
            "DELETE FROM leitbild_survey_answers WHERE survey_id = $1 AND voter = $2",
            (survey, voter),
        )
        .await?;
        for (principle, rating, note) in answers {
            if rating.is_none() && note.is_empty() {
                continue;
            }
            db::exec(
                &mut *tx,
                "INSERT INTO leitbild_survey_answers (survey_id, voter, department_id, principle, rating, note) \
                 VALUES ($1, $2, $3, $4, $5, $6)",
                (survey, voter, department, *principle, *rating, note),
            )
            .await?;
        }
        let org = org_of(&mut tx, process).await?;
        let e = AuditEntry::new(None, "leitbild.survey.answer", "leitbild", process)
            .org(Some(org))
            .detail(survey.to_string());
        write::commit(tx, now, &e).await
    }

    /// What a respondent answered: (principle, rating, note).
    pub async fn survey_answers_of(&self, survey: i64, voter: &str) -> Result<Vec<(i64, Option<i64>, String)>> {
        self.rows(
            "SELECT principle, rating, note FROM leitbild_survey_answers WHERE survey_id = $1 AND voter = $2",
            (survey, voter),
        )
        .await
    }

    /// The results of a survey for its `principles`; notes only of principles
    /// with enough ratings, in a fixed order that says nothing of who wrote them.
    pub async fn survey_results(&self, survey: i64, principles: i64) -> Result<Vec<PrincipleResult>> {
        let counts: Vec<(i64, i64, i64)> = self
            .rows(
                "SELECT principle, rating, COUNT(*) FROM leitbild_survey_answers \
                 WHERE survey_id = $1 AND rating IS NOT NULL GROUP BY principle, rating",
                survey,
            )
            .await?;
        let notes: Vec<(i64, String)> = self
            .rows(
                "SELECT principle, note FROM leitbild_survey_answers WHERE survey_id = $1 AND note <> '' ORDER BY principle, note",
                survey,
            )
            .await?;
        let mut out: Vec<PrincipleResult> = (1..=principles)
            .map(|principle| PrincipleResult {
                principle,
                ..Default::default()
            })
            .collect();
        for (principle, rating, n) in counts {
            if let (Some(r), Some(slot)) = (
                out.get_mut((principle - 1).max(0) as usize),
                usize::try_from(rating - 1).ok().filter(|i| *i < 5),
            ) {
                if let Some(c) = r.counts.get_mut(slot) {
                    *c += n;
                }
                r.rated += n;
            }
        }
        for (principle, note) in notes {
            if let Some(r) = out.get_mut((principle - 1).max(0) as usize) {
                if r.shown() {
                    r.notes.push(note);
                }
            }
        }
        Ok(out)
    }
}
