//! What the success-criteria dashboard counts from: the traces people leave
//! when they take part in a process (see [`domain::leitbild_dashboard`]).

use domain::leitbild_dashboard::Trace;

use crate::{Result, Store};

impl Store {
    /// Every trace of taking part in process `process`: presence at one of
    /// its workshops (at the workshop's start; matched to a person taking
    /// part by e-mail address, else counted by registration), the first
    /// opening of a personal link, and every comment (active), support and
    /// answer to a question in its rounds. Three statements.
    pub async fn participation_traces(&self, process: i64) -> Result<Vec<Trace>> {
        let attended: Vec<(i64, Option<i64>, Option<i64>, i64)> = self
            .rows(
                "SELECT a.registration_id, p.id, p.department_id, m.starts_at \
                 FROM attendance a \
                 JOIN leitbild_workshops w ON w.module_id = a.module_id \
                 JOIN modules m ON m.id = a.module_id \
                 JOIN registrations g ON g.id = a.registration_id \
                 LEFT JOIN leitbild_people p ON p.id = (SELECT MIN(q.id) FROM leitbild_people q \
                     WHERE q.process_id = $1 AND q.email <> '' AND LOWER(q.email) = LOWER(g.email)) \
                 WHERE w.process_id = $1 AND a.status = 'present'",
                process,
            )
            .await?;
        let seen: Vec<(i64, Option<i64>, i64)> = self
            .rows(
                "SELECT id, department_id, seen_at FROM leitbild_people \
                 WHERE process_id = $1 AND seen_at IS NOT NULL",
                process,
            )
            .await?;
        let contributed: Vec<(String, Option<i64>, i64, i64)> = self
            .rows(
                "SELECT c.contributor, c.department_id, c.created_at, CAST(1 AS BIGINT) FROM leitbild_comments c \
                   JOIN leitbild_rounds r ON r.id = c.round_id WHERE r.process_id = $1 \
                 UNION ALL \
                 SELECT s.contributor, s.department_id, s.created_at, CAST(0 AS BIGINT) FROM leitbild_supports s \
                   JOIN leitbild_rounds r ON r.id = s.round_id WHERE r.process_id = $1 \
                 UNION ALL \
                 SELECT a.contributor, a.department_id, a.created_at, CAST(0 AS BIGINT) FROM leitbild_answers a \
                   JOIN leitbild_questions q ON q.id = a.question_id \
                   JOIN leitbild_rounds r ON r.id = q.round_id WHERE r.process_id = $1",
                process,
            )
            .await?;
        let mut out = Vec::with_capacity(attended.len() + seen.len() + contributed.len());
        out.extend(attended.into_iter().map(|(reg, person, department, at)| Trace {
            who: person.map_or_else(|| format!("r{reg}"), |p| format!("p{p}")),
            department,
            at,
            active: true,
        }));
        out.extend(seen.into_iter().map(|(person, department, at)| Trace {
            who: format!("p{person}"),
            department,
            at,
            active: false,
        }));
        out.extend(contributed.into_iter().map(|(who, department, at, active)| Trace {
            who,
            department,
            at,
            active: active == 1,
        }));
        Ok(out)
    }
}
