//! Feedback rounds: the team puts a version up for comment from a start to a
//! deadline, with up to five short questions; staff comment on and support the
//! slogan and each principle, propose wording and answer the questions,
//! through their personal link or anonymously through their department's
//! link; the team answers every comment before the next version is written.
//! Comments are shown to the team with the department, never with a name.

use domain::leitbild_feedback::{Answer, Contributor, RoundState, Target};
use domain::Timestamp;
use sqlx::{Any, Transaction};

use super::{entry, org_of, touch};
use crate::audit::AuditEntry;
use crate::outbox::{self, NewMail};
use crate::write::{self, Written};
use crate::{db, Result, Store, StoreError};

/// A round with its figures.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Round {
    pub id: i64,
    pub process_id: i64,
    /// The number of the version commented on.
    pub version_number: i64,
    pub opens_at: Timestamp,
    pub closes_at: Timestamp,
    pub remind_at: Timestamp,
    pub reminded_at: Option<Timestamp>,
    pub comments: i64,
    pub answered: i64,
    /// Distinct people and anonymous visitors who commented, supported or answered.
    pub contributors: i64,
}

impl Round {
    pub fn state(&self, now: i64) -> RoundState {
        RoundState::at(now, self.opens_at.0, self.closes_at.0)
    }
    pub fn open(&self, now: i64) -> bool {
        self.state(now) == RoundState::Open
    }
    pub fn unanswered(&self) -> i64 {
        self.comments - self.answered
    }
}

/// What the team sets when it starts a round.
#[derive(Debug, Clone)]
pub struct NewRound {
    pub opens_at: i64,
    pub closes_at: i64,
    pub remind_at: i64,
    pub questions: Vec<String>,
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Question {
    pub id: i64,
    pub position: i64,
    pub text: String,
}

/// A comment, as the team and its author see it (no name: the department only).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Comment {
    pub id: i64,
    pub round_id: i64,
    #[sqlx(try_from = "String")]
    pub target: Target,
    /// The department it came from ("" for none).
    pub department: String,
    pub body: String,
    pub proposal: String,
    pub answer: Option<Answer>,
    pub reason: String,
    /// Who answered ("" when not answered, or their account is gone).
    pub answered_by: String,
    pub answered_at: Option<Timestamp>,
    pub version: i64,
    pub created_at: Timestamp,
}

/// How many support a target in a round.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Support {
    #[sqlx(try_from = "String")]
    pub target: Target,
    pub count: i64,
}

/// An answer to a short question, for the team (department only).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Reply {
    pub question_id: i64,
    pub department: String,
    pub answer: String,
}

/// A reminder of a round to a person who has not taken part yet; their link
/// is made anew (the earlier one stops working), so the mail can carry it.
#[derive(Debug, Clone)]
pub struct RoundReminder {
    pub person: i64,
    pub name: String,
    pub email: String,
    pub process_title: String,
    pub org_name: String,
    pub closes_at: i64,
    pub token: String,
}

const ROUND: &str = "SELECT r.id, r.process_id, v.number AS version_number, r.opens_at, r.closes_at, r.remind_at, r.reminded_at, \
       (SELECT COUNT(*) FROM leitbild_comments c WHERE c.round_id = r.id) AS comments, \
       (SELECT COUNT(*) FROM leitbild_comments c WHERE c.round_id = r.id AND c.answer IS NOT NULL) AS answered, \
       (SELECT COUNT(*) FROM (SELECT contributor FROM leitbild_comments WHERE round_id = r.id \
                              UNION SELECT contributor FROM leitbild_supports WHERE round_id = r.id \
                              UNION SELECT a.contributor FROM leitbild_answers a JOIN leitbild_questions q ON q.id = a.question_id \
                                    WHERE q.round_id = r.id) x) AS contributors \
     FROM leitbild_rounds r JOIN leitbild_versions v ON v.id = r.version_id";

const COMMENT: &str =
    "SELECT c.id, c.round_id, c.target, COALESCE(d.name, '') AS department, c.body, c.proposal, c.answer, c.reason, \
       COALESCE(u.name, '') AS answered_by, c.answered_at, c.version, c.created_at \
     FROM leitbild_comments c LEFT JOIN leitbild_departments d ON d.id = c.department_id \
     LEFT JOIN users u ON u.id = c.answered_by";

/// The audit entry of a participant's contribution (no actor: links need no account).
fn contribution(action: &'static str, process: i64, org: i64, detail: i64) -> AuditEntry {
    AuditEntry::new(None, action, "leitbild", process)
        .org(Some(org))
        .detail(detail.to_string())
}

/// Round `round` of `process`, locked for the contribution: `Conflict("closed")`
/// unless it is open at `now`.
async fn open_round(tx: &mut Transaction<'static, Any>, now: i64, process: i64, round: i64) -> Result<()> {
    let found: Option<(i64, i64)> = db::row(
        &mut **tx,
        "SELECT opens_at, closes_at FROM leitbild_rounds WHERE id = $1 AND process_id = $2",
        (round, process),
    )
    .await?;
    let (opens, closes) = found.ok_or(StoreError::NotFound)?;
    if RoundState::at(now, opens, closes) != RoundState::Open {
        return Err(StoreError::Conflict("closed"));
    }
    Ok(())
}

/// Why no new version may be written now: a round still open or upcoming
/// (`Conflict("round-open")`), or comments not answered (`Conflict("unanswered")`).
pub(crate) async fn check_answered(tx: &mut Transaction<'static, Any>, now: i64, process: i64) -> Result<()> {
    let (open,): (i64,) = db::one(
        &mut **tx,
        "SELECT COUNT(*) FROM leitbild_rounds WHERE process_id = $1 AND closes_at >= $2",
        (process, now),
    )
    .await?;
    if open > 0 {
        return Err(StoreError::Conflict("round-open"));
    }
    let (unanswered,): (i64,) = db::one(
        &mut **tx,
        "SELECT COUNT(*) FROM leitbild_comments c JOIN leitbild_rounds r ON r.id = c.round_id \
         WHERE r.process_id = $1 AND c.answer IS NULL",
        process,
    )
    .await?;
    if unanswered > 0 {
        return Err(StoreError::Conflict("unanswered"));
    }
    Ok(())
}

/// A feedback round or an evaluation survey: a time in which staff answer.
#[derive(Clone, Copy)]
pub(crate) enum Period {
    Round,
    Survey,
}

impl Period {
    fn table(self) -> &'static str {
        match self {
            Period::Round => "leitbild_rounds",
            Period::Survey => "leitbild_surveys",
        }
    }
}

/// Before a new round or survey of `process`: locks the process and returns
/// its newest version's id (`NotFound` without one); `Conflict("<kind>-open")`
/// while another of its kind is open or upcoming.
pub(crate) async fn begin_period(
    tx: &mut Transaction<'static, Any>,
    now: i64,
    process: i64,
    kind: Period,
) -> Result<i64> {
    touch(tx, now, process).await?;
    let version: Option<(i64,)> = db::row(
        &mut **tx,
        "SELECT id FROM leitbild_versions WHERE process_id = $1 ORDER BY number DESC LIMIT 1",
        process,
    )
    .await?;
    let (version,) = version.ok_or(StoreError::NotFound)?;
    let (open,): (i64,) = db::one(
        &mut **tx,
        &format!(
            "SELECT COUNT(*) FROM {} WHERE process_id = $1 AND closes_at >= $2",
            kind.table()
        ),
        (process, now),
    )
    .await?;
    if open > 0 {
        return Err(StoreError::Conflict(match kind {
            Period::Round => "round-open",
            Period::Survey => "survey-open",
        }));
    }
    Ok(version)
}

/// Ends round or survey `id` of `process` now (one that ended stays as it was).
pub(crate) async fn end_period(
    tx: &mut Transaction<'static, Any>,
    now: i64,
    process: i64,
    kind: Period,
    id: i64,
) -> Result<()> {
    db::exec(
        &mut **tx,
        &format!(
            "UPDATE {} SET closes_at = CASE WHEN closes_at < $1 THEN closes_at ELSE $1 END, \
                    opens_at = CASE WHEN opens_at < $1 THEN opens_at ELSE $1 END \
             WHERE id = $2 AND process_id = $3",
            kind.table()
        ),
        (now - 1, id, process),
    )
    .await?
    .found()?;
    Ok(())
}

impl Store {
    /// The rounds of a process, the newest first.
    pub async fn rounds(&self, process: i64) -> Result<Vec<Round>> {
        self.rows(&format!("{ROUND} WHERE r.process_id = $1 ORDER BY r.id DESC"), process)
            .await
    }

    pub async fn round(&self, process: i64, id: i64) -> Result<Option<Round>> {
        self.row(&format!("{ROUND} WHERE r.id = $1 AND r.process_id = $2"), (id, process))
            .await
    }

    /// The newest round of a process.
    pub async fn latest_round(&self, process: i64) -> Result<Option<Round>> {
        self.row(
            &format!("{ROUND} WHERE r.process_id = $1 ORDER BY r.id DESC LIMIT 1"),
            process,
        )
        .await
    }

    /// Starts a round on the newest version. `NotFound` without a version;
    /// `Conflict("round-open")` while another round is open or upcoming.
    pub async fn start_round(&self, now: i64, actor: i64, process: i64, r: &NewRound) -> Result<i64> {
        let mut tx = self.write_tx().await?;
        let version = begin_period(&mut tx, now, process, Period::Round).await?;
        let id = db::number(
            &mut *tx,
            "INSERT INTO leitbild_rounds (process_id, version_id, opens_at, closes_at, remind_at, created_by, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
            (process, version, r.opens_at, r.closes_at, r.remind_at, actor, now),
        )
        .await?;
        for (position, q) in (1_i64..).zip(&r.questions) {
            db::exec(
                &mut *tx,
                "INSERT INTO leitbild_questions (round_id, position, text) VALUES ($1, $2, $3)",
                (id, position, q),
            )
            .await?;
        }
        let org = org_of(&mut tx, process).await?;
        write::commit(
            tx,
            now,
            &entry(actor, "leitbild.round.start", process, org).detail(id.to_string()),
        )
        .await?;
        Ok(id)
    }

    /// Closes a round before its deadline (a closed round stays closed).
    pub async fn close_round(&self, now: i64, actor: i64, process: i64, round: i64) -> Result<()> {
        let mut tx = self.write_tx().await?;
        end_period(&mut tx, now, process, Period::Round, round).await?;
        let org = org_of(&mut tx, process).await?;
        write::commit(
            tx,
            now,
            &entry(actor, "leitbild.round.close", process, org).detail(round.to_string()),
        )
        .await
    }

    pub async fn round_questions(&self, round: i64) -> Result<Vec<Question>> {
        self.rows(
            "SELECT id, position, text FROM leitbild_questions WHERE round_id = $1 ORDER BY position",
            round,
        )
        .await
    }

    /// The comments of a round, unanswered first, then in the order they came.
    pub async fn round_comments(&self, round: i64) -> Result<Vec<Comment>> {
        self.rows(
            &format!("{COMMENT} WHERE c.round_id = $1 ORDER BY CASE WHEN c.answer IS NULL THEN 0 ELSE 1 END, c.id"),
            round,
        )
        .await
    }

    pub async fn comment(&self, round: i64, id: i64) -> Result<Option<Comment>> {
        self.row(&format!("{COMMENT} WHERE c.id = $1 AND c.round_id = $2"), (id, round))
            .await
    }

    pub async fn round_supports(&self, round: i64) -> Result<Vec<Support>> {
        self.rows(
            "SELECT target, COUNT(*) AS count FROM leitbild_supports WHERE round_id = $1 GROUP BY target",
            round,
        )
        .await
    }

    /// The answers to the short questions of a round, by question.
    pub async fn round_replies(&self, round: i64) -> Result<Vec<Reply>> {
        self.rows(
            "SELECT a.question_id, COALESCE(d.name, '') AS department, a.answer \
             FROM leitbild_answers a JOIN leitbild_questions q ON q.id = a.question_id \
             LEFT JOIN leitbild_departments d ON d.id = a.department_id \
             WHERE q.round_id = $1 ORDER BY q.position, a.created_at",
            round,
        )
        .await
    }

    /// A comment on `target` in an open round. `Conflict("closed")` outside the round's time.
    #[allow(clippy::too_many_arguments)]
    pub async fn add_comment(
        &self,
        now: i64,
        process: i64,
        round: i64,
        who: &Contributor,
        department: Option<i64>,
        target: Target,
        body: &str,
        proposal: &str,
    ) -> Result<i64> {
        let mut tx = self.write_tx().await?;
        open_round(&mut tx, now, process, round).await?;
        let id = db::number(
            &mut *tx,
            "INSERT INTO leitbild_comments (round_id, target, person_id, department_id, contributor, body, proposal, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
            (round, target.code(), who.person(), department, who.key(), body, proposal, now),
        )
        .await?;
        let org = org_of(&mut tx, process).await?;
        write::commit(tx, now, &contribution("leitbild.comment", process, org, id)).await?;
        Ok(id)
    }

    /// Supports `target` (`on`) or takes the support back; supporting twice counts once.
    #[allow(clippy::too_many_arguments)]
    pub async fn set_support(
        &self,
        now: i64,
        process: i64,
        round: i64,
        who: &Contributor,
        department: Option<i64>,
        target: Target,
        on: bool,
    ) -> Result<()> {
        let mut tx = self.write_tx().await?;
        open_round(&mut tx, now, process, round).await?;
        let key = who.key();
        db::exec(
            &mut *tx,
            "DELETE FROM leitbild_supports WHERE round_id = $1 AND target = $2 AND contributor = $3",
            (round, target.code(), &key),
        )
        .await?;
        if on {
            db::exec(
                &mut *tx,
                "INSERT INTO leitbild_supports (round_id, target, contributor, department_id, created_at) \
                 VALUES ($1, $2, $3, $4, $5)",
                (round, target.code(), &key, department, now),
            )
            .await?;
        }
        let org = org_of(&mut tx, process).await?;
        let action = if on {
            "leitbild.support"
        } else {
            "leitbild.support.remove"
        };
        write::commit(tx, now, &contribution(action, process, org, round)).await
    }

    /// Saves the answers to a round's short questions (an empty answer removes one).
    /// Questions not of this round are `NotFound`.
    #[allow(clippy::too_many_arguments)]
    pub async fn save_replies(
        &self,
        now: i64,
        process: i64,
        round: i64,
        who: &Contributor,
        department: Option<i64>,
        replies: &[(i64, String)],
    ) -> Result<()> {
        let mut tx = self.write_tx().await?;
        open_round(&mut tx, now, process, round).await?;
        let key = who.key();
        for (question, answer) in replies {
            let found: Option<(i64,)> = db::row(
                &mut *tx,
                "SELECT id FROM leitbild_questions WHERE id = $1 AND round_id = $2",
                (*question, round),
            )
            .await?;
            found.ok_or(StoreError::NotFound)?;
            db::exec(
                &mut *tx,
                "DELETE FROM leitbild_answers WHERE question_id = $1 AND contributor = $2",
                (*question, &key),
            )
            .await?;
            if !answer.is_empty() {
                db::exec(
                    &mut *tx,
                    "INSERT INTO leitbild_answers (question_id, contributor, department_id, answer, created_at) \
                     VALUES ($1, $2, $3, $4, $5)",
                    (*question, &key, department, answer, now),
                )
                .await?;
            }
        }
        let org = org_of(&mut tx, process).await?;
        write::commit(tx, now, &contribution("leitbild.replies", process, org, round)).await
    }

    /// The team's answer to a comment, written on `version` of it: `Stale` when
    /// another team member answered meanwhile (nothing is overwritten).
    #[allow(clippy::too_many_arguments)]
    pub async fn answer_comment(
        &self,
        now: i64,
        actor: i64,
        process: i64,
        comment: i64,
        version: i64,
        answer: Answer,
        reason: &str,
    ) -> Result<()> {
        let mut tx = self.write_tx().await?;
        let q = sqlx::query(
            "UPDATE leitbild_comments SET answer = $1, reason = $2, answered_by = $3, version = version + 1, \
                    answered_at = $4 WHERE id = $5 AND version = $6 \
                    AND round_id IN (SELECT id FROM leitbild_rounds WHERE process_id = $7)",
        )
        .bind(answer)
        .bind(reason)
        .bind(actor)
        .bind(now)
        .bind(comment)
        .bind(version)
        .bind(process);
        let written = q.execute(&mut *tx).await?.fresh();
        write::fresh_or_gone(
            &mut tx,
            written,
            "SELECT id FROM leitbild_comments WHERE id = $1",
            comment,
        )
        .await?;
        let org = org_of(&mut tx, process).await?;
        write::commit(
            tx,
            now,
            &entry(actor, "leitbild.comment.answer", process, org).detail(format!("{comment}: {answer}")),
        )
        .await
    }

    /// What `who` contributed to a process: their comments (all rounds, newest
    /// first), the targets they support and their answers in round `round`.
    pub async fn contributions(
        &self,
        process: i64,
        round: Option<i64>,
        who: &Contributor,
    ) -> Result<(Vec<Comment>, Vec<Target>, Vec<(i64, String)>)> {
        let key = who.key();
        let comments = self
            .rows(
                &format!(
                    "{COMMENT} JOIN leitbild_rounds r ON r.id = c.round_id \
                     WHERE r.process_id = $1 AND c.contributor = $2 ORDER BY c.id DESC"
                ),
                (process, &key),
            )
            .await?;
        let Some(round) = round else {
            return Ok((comments, vec![], vec![]));
        };
        let supports: Vec<(String,)> = self
            .rows(
                "SELECT target FROM leitbild_supports WHERE round_id = $1 AND contributor = $2",
                (round, &key),
            )
            .await?;
        let replies = self
            .rows(
                "SELECT a.question_id, a.answer FROM leitbild_answers a JOIN leitbild_questions q ON q.id = a.question_id \
                 WHERE q.round_id = $1 AND a.contributor = $2",
                (round, &key),
            )
            .await?;
        let supports = supports
            .into_iter()
            .filter_map(|(t,)| Target::try_from(t).ok())
            .collect();
        Ok((comments, supports, replies))
    }

    /// Notes the first time a person opened their participation link.
    pub async fn mark_seen(&self, now: i64, person: i64) -> Result<()> {
        self.exec(
            "UPDATE leitbild_people SET seen_at = $1 WHERE id = $2 AND seen_at IS NULL",
            (now, person),
        )
        .await?;
        Ok(())
    }

    /// Gives people new participation links and queues the mails carrying them,
    /// in one transaction: `links` holds each person's id, the new token's hash
    /// and the mail. A person not of the process is `NotFound` (nothing is sent).
    pub async fn mail_person_links(
        &self,
        now: i64,
        actor: i64,
        process: i64,
        links: &[(i64, String, NewMail)],
    ) -> Result<()> {
        let mut tx = self.write_tx().await?;
        for (person, hash, mail) in links {
            db::exec(
                &mut *tx,
                "UPDATE leitbild_people SET token_hash = $1, link_at = $2 WHERE id = $3 AND process_id = $4 AND email <> ''",
                (hash, now, *person, process),
            )
            .await?
            .found()?;
            outbox::enqueue(&mut tx, now, mail).await?;
        }
        let org = org_of(&mut tx, process).await?;
        write::commit(
            tx,
            now,
            &entry(actor, "leitbild.link.mail", process, org).detail(links.len().to_string()),
        )
        .await
    }

    /// Gives people new participation links (for printed cards); returns nothing,
    /// the caller holds the tokens. A person not of the process is `NotFound`.
    pub async fn renew_person_links(&self, now: i64, actor: i64, process: i64, links: &[(i64, String)]) -> Result<()> {
        let mut tx = self.write_tx().await?;
        for (person, hash) in links {
            db::exec(
                &mut *tx,
                "UPDATE leitbild_people SET token_hash = $1, link_at = $2 WHERE id = $3 AND process_id = $4",
                (hash, now, *person, process),
            )
            .await?
            .found()?;
        }
        let org = org_of(&mut tx, process).await?;
        write::commit(
            tx,
            now,
            &entry(actor, "leitbild.link.print", process, org).detail(links.len().to_string()),
        )
        .await
    }

    /// Queues the reminders of rounds whose reminder is due: to every person
    /// with an e-mail and a link who has not taken part in the round yet, with
    /// a new link (`new_link` makes a token and its hash). Each round is
    /// reminded once, also with several workers. Returns the mails queued.
    pub async fn send_round_reminders(
        &self,
        now: i64,
        new_link: &(dyn Fn() -> (String, String) + Sync),
        compose: &(dyn Fn(&RoundReminder) -> NewMail + Sync),
    ) -> Result<usize> {
        let due: Vec<(i64, i64, i64)> = self
            .rows(
                "SELECT id, process_id, closes_at FROM leitbild_rounds \
                 WHERE reminded_at IS NULL AND remind_at <= $1 AND opens_at <= $1 AND closes_at > $1",
                now,
            )
            .await?;
        let mut sent = 0;
        for (round, process, closes_at) in due {
            let mut tx = self.write_tx().await?;
            let claimed = db::exec(
                &mut *tx,
                "UPDATE leitbild_rounds SET reminded_at = $1 WHERE id = $2 AND reminded_at IS NULL",
                (now, round),
            )
            .await?
            .rows_affected();
            if claimed == 0 {
                continue;
            }
            let people: Vec<(i64, String, String, String, String)> = db::rows(
                &mut *tx,
                "SELECT p.id, p.name, p.email, pr.title, o.name FROM leitbild_people p \
                 JOIN leitbild_processes pr ON pr.id = p.process_id JOIN orgs o ON o.id = pr.org_id \
                 WHERE p.process_id = $1 AND p.email <> '' AND p.token_hash IS NOT NULL \
                   AND NOT EXISTS (SELECT 1 FROM leitbild_comments c WHERE c.round_id = $2 AND c.person_id = p.id) \
                   AND NOT EXISTS (SELECT 1 FROM leitbild_supports s WHERE s.round_id = $2 AND s.contributor = 'p' || p.id) \
                 ORDER BY p.id",
                (process, round),
            )
            .await?;
            for (person, name, email, process_title, org_name) in people {
                let (token, hash) = new_link();
                db::exec(
                    &mut *tx,
                    "UPDATE leitbild_people SET token_hash = $1, link_at = $2 WHERE id = $3",
                    (&hash, now, person),
                )
                .await?;
                let r = RoundReminder {
                    person,
                    name,
                    email,
                    process_title,
                    org_name,
                    closes_at,
                    token,
                };
                outbox::enqueue(&mut tx, now, &compose(&r)).await?;
                sent += 1;
            }
            let org = org_of(&mut tx, process).await?;
            let e = AuditEntry::new(None, "leitbild.round.remind", "leitbild", process)
                .org(Some(org))
                .detail(round.to_string());
            write::commit(tx, now, &e).await?;
        }
        Ok(sent)
    }
}
