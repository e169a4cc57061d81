//! The text of a Leitbild, versioned: every save of the draft is a new
//! version, numbered from 1 per process. A save says which version it was
//! written on; when someone saved another version meanwhile it is refused
//! ([`StoreError::Stale`]) and nothing is overwritten.

use domain::leitbild::{Draft, Principle};
use domain::Timestamp;

use super::{entry, org_of, touch};
use crate::write;
use crate::{db, Result, Store, StoreError};

/// A version of the text (without its principles).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Version {
    pub id: i64,
    pub number: i64,
    pub slogan: String,
    pub preamble: String,
    /// Who saved it ("" once their account is gone).
    pub author: String,
    pub created_at: Timestamp,
}

#[derive(Debug, Clone, sqlx::FromRow)]
struct PrincipleRow {
    text: String,
    goal: String,
}

const VERSION: &str = "SELECT v.id, v.number, v.slogan, v.preamble, COALESCE(u.name, '') AS author, v.created_at \
                       FROM leitbild_versions v LEFT JOIN users u ON u.id = v.created_by";

impl Store {
    /// The versions of a process, the newest first.
    pub async fn versions(&self, process: i64) -> Result<Vec<Version>> {
        self.rows(
            &format!("{VERSION} WHERE v.process_id = $1 ORDER BY v.number DESC"),
            process,
        )
        .await
    }

    /// Version `number` of a process and its text.
    pub async fn version(&self, process: i64, number: i64) -> Result<Option<(Version, Draft)>> {
        let found: Option<Version> = self
            .row(
                &format!("{VERSION} WHERE v.process_id = $1 AND v.number = $2"),
                (process, number),
            )
            .await?;
        let Some(v) = found else {
            return Ok(None);
        };
        let rows: Vec<PrincipleRow> = self
            .rows(
                "SELECT text, goal FROM leitbild_principles WHERE version_id = $1 ORDER BY position",
                v.id,
            )
            .await?;
        let draft = Draft {
            slogan: v.slogan.clone(),
            preamble: v.preamble.clone(),
            principles: rows
                .into_iter()
                .map(|r| Principle {
                    text: r.text,
                    goal: r.goal,
                })
                .collect(),
        };
        Ok(Some((v, draft)))
    }

    /// The number of the newest version (0: none yet).
    pub async fn latest_version(&self, process: i64) -> Result<i64> {
        let (n,): (i64,) = self
            .one(
                "SELECT COALESCE(MAX(number), 0) FROM leitbild_versions WHERE process_id = $1",
                process,
            )
            .await?;
        Ok(n)
    }

    /// Saves `draft` as the next version, written on version `based_on`
    /// (0: the first). Returns its number. Not while a feedback round is open
    /// or upcoming (`Conflict("round-open")`) or a comment is not answered
    /// (`Conflict("unanswered")`).
    pub async fn save_version(&self, now: i64, actor: i64, process: i64, based_on: i64, draft: &Draft) -> Result<i64> {
        let mut tx = self.write_tx().await?;
        // two saves queue (see `touch`); the second finds the first's version
        touch(&mut tx, now, process).await?;
        super::rounds::check_answered(&mut tx, now, process).await?;
        let (latest,): (i64,) = db::one(
            &mut *tx,
            "SELECT COALESCE(MAX(number), 0) FROM leitbild_versions WHERE process_id = $1",
            process,
        )
        .await?;
        if latest != based_on {
            return Err(StoreError::Stale);
        }
        let number = latest + 1;
        let (id,): (i64,) = db::one(
            &mut *tx,
            "INSERT INTO leitbild_versions (process_id, number, slogan, preamble, created_by, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
            (process, number, &draft.slogan, &draft.preamble, actor, now),
        )
        .await?;
        for (position, p) in (1_i64..).zip(&draft.principles) {
            db::exec(
                &mut *tx,
                "INSERT INTO leitbild_principles (version_id, position, text, goal) VALUES ($1, $2, $3, $4)",
                (id, position, &p.text, &p.goal),
            )
            .await?;
        }
        let org = org_of(&mut tx, process).await?;
        write::commit(
            tx,
            now,
            &entry(actor, "leitbild.version", process, org).detail(number.to_string()),
        )
        .await?;
        Ok(number)
    }
}
