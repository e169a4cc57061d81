//! Waves of the self-assessment: an administration answers one indicator set
//! over a period, in rater groups (leadership, staff by department, outside
//! view). Raters answer through a personal link or with their account, can
//! pause and continue; their answers are kept under a key the database
//! cannot tie to them ([`Store::save_openness_answers`]) and count once
//! submitted.

use domain::leitbild_feedback::RoundState;
use domain::openness::{Choice, Counts, GroupCount, GroupKind};
use domain::{Flag, Timestamp};

use crate::audit::AuditEntry;
use crate::outbox::{self, NewMail};
use crate::write::{self, Written};
use crate::{conflict_on_unique, db, Result, Store, StoreError};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Wave {
    pub id: i64,
    pub org_id: i64,
    pub org_name: String,
    pub set_id: i64,
    pub title: String,
    pub opens_at: Timestamp,
    pub closes_at: Timestamp,
    pub threshold: i64,
    pub version: i64,
    /// Raters invited, and responses submitted.
    pub raters: i64,
    pub submitted: i64,
    pub created_at: Timestamp,
}

impl Wave {
    pub fn state(&self, now: i64) -> RoundState {
        RoundState::at(now, self.opens_at.0, self.closes_at.0)
    }
}

/// What the wave form holds once parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewWave {
    pub set_id: i64,
    pub title: String,
    pub opens_at: i64,
    pub closes_at: i64,
    pub threshold: i64,
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Group {
    pub id: i64,
    pub kind: GroupKind,
    pub name: String,
    pub raters: i64,
    /// Raters of the group who submitted.
    pub submitted: i64,
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Rater {
    pub id: i64,
    pub group_id: i64,
    /// "" for a rater known only by their printed link.
    pub name: String,
    pub email: String,
    pub user_id: Option<i64>,
    pub has_link: Flag,
    pub submitted: Flag,
}

/// A rater as their link or account finds them.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct RaterAccess {
    pub id: i64,
    pub wave_id: i64,
    pub group_id: i64,
    pub group_kind: GroupKind,
    pub group_name: String,
    pub name: String,
    pub submitted: Flag,
}

/// A wave someone is asked to rate in, for their own list.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct MyWave {
    pub wave_id: i64,
    pub title: String,
    pub org_name: String,
    pub closes_at: Timestamp,
    pub submitted: Flag,
}

const WAVE: &str = "SELECT w.id, w.org_id, o.name AS org_name, w.set_id, w.title, w.opens_at, w.closes_at, \
       w.threshold, w.version, \
       (SELECT COUNT(*) FROM openness_raters r WHERE r.wave_id = w.id) AS raters, \
       (SELECT COUNT(*) FROM openness_responses x WHERE x.wave_id = w.id AND x.submitted = 1) AS submitted, \
       w.created_at \
     FROM openness_waves w JOIN orgs o ON o.id = w.org_id";

const RATER_ACCESS: &str = "SELECT r.id, r.wave_id, r.group_id, g.kind AS group_kind, g.name AS group_name, \
       r.name, r.submitted FROM openness_raters r JOIN openness_groups g ON g.id = r.group_id";

fn entry(actor: Option<i64>, action: &'static str, wave: i64, org: i64) -> AuditEntry {
    AuditEntry::new(actor, action, "openness_wave", wave).org(Some(org))
}

/// Locks wave `wave` of organisation `org` (`NotFound` for none).
async fn touch(tx: &mut sqlx::Transaction<'static, sqlx::Any>, now: i64, wave: i64, org: i64) -> Result<()> {
    db::exec(
        &mut **tx,
        "UPDATE openness_waves SET updated_at = $1 WHERE id = $2 AND org_id = $3",
        (now, wave, org),
    )
    .await?
    .found()?;
    Ok(())
}

impl Store {
    /// The waves of administration `org`, oldest first.
    pub async fn openness_waves(&self, org: i64) -> Result<Vec<Wave>> {
        self.rows(&format!("{WAVE} WHERE w.org_id = $1 ORDER BY w.opens_at, w.id"), org)
            .await
    }

    pub async fn openness_wave(&self, id: i64) -> Result<Option<Wave>> {
        self.row(&format!("{WAVE} WHERE w.id = $1"), id).await
    }

    /// Starts a wave of `org` on set `w.set_id` (`NotFound` for no such set).
    pub async fn create_openness_wave(&self, now: i64, actor: i64, org: i64, w: &NewWave) -> Result<i64> {
        let mut tx = self.write_tx().await?;
        let set: Option<(i64,)> = db::row(&mut *tx, "SELECT id FROM openness_sets WHERE id = $1", w.set_id).await?;
        set.ok_or(StoreError::NotFound)?;
        let (n,): (i64,) = db::one(
            &mut *tx,
            "SELECT COUNT(*) FROM openness_indicators WHERE set_id = $1",
            w.set_id,
        )
        .await?;
        if n == 0 {
            return Err(StoreError::Conflict("empty"));
        }
        let id = db::number(
            &mut *tx,
            "INSERT INTO openness_waves (org_id, set_id, title, opens_at, closes_at, threshold, created_by, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING id",
            (org, w.set_id, &w.title, w.opens_at, w.closes_at, w.threshold, actor, now),
        )
        .await?;
        write::commit(tx, now, &entry(Some(actor), "openness.wave.create", id, org)).await?;
        Ok(id)
    }

    /// Changes a wave's title, period and threshold (its set stays), on the
    /// version the form was loaded with. An ended wave stays as it is
    /// (`Conflict("closed")`: reopened, each later answer could be read off
    /// the change), and once someone answered the threshold may rise but
    /// not fall (`Conflict("threshold")`: raters were promised it).
    pub async fn update_openness_wave(
        &self,
        now: i64,
        actor: i64,
        org: i64,
        wave: i64,
        version: i64,
        w: &NewWave,
    ) -> Result<()> {
        let mut tx = self.write_tx().await?;
        let found: Option<(i64, i64, i64)> = db::row(
            &mut *tx,
            "SELECT closes_at, threshold, (SELECT COUNT(*) FROM openness_responses x WHERE x.wave_id = w.id) \
             FROM openness_waves w WHERE id = $1 AND org_id = $2",
            (wave, org),
        )
        .await?;
        let (closes, threshold, answered) = found.ok_or(StoreError::NotFound)?;
        if closes < now {
            return Err(StoreError::Conflict("closed"));
        }
        if answered > 0 && w.threshold < threshold {
            return Err(StoreError::Conflict("threshold"));
        }
        let q = sqlx::query(
            "UPDATE openness_waves SET title = $1, opens_at = $2, closes_at = $3, threshold = $4, \
             version = version + 1, updated_at = $5 WHERE id = $6 AND version = $7",
        )
        .bind(w.title.clone())
        .bind(w.opens_at)
        .bind(w.closes_at)
        .bind(w.threshold);
        write::update_versioned(
            &mut tx,
            q,
            (now, wave, version),
            "SELECT id FROM openness_waves WHERE id = $1",
        )
        .await?;
        write::commit(tx, now, &entry(Some(actor), "openness.wave.update", wave, org)).await
    }

    /// Ends a running (or upcoming) wave now: it counts as ended from this second on.
    pub async fn close_openness_wave(&self, now: i64, actor: i64, org: i64, wave: i64) -> Result<()> {
        self.change(
            now,
            "UPDATE openness_waves SET closes_at = $1 - 1, opens_at = CASE WHEN opens_at > $1 - 1 THEN $1 - 1 ELSE opens_at END, updated_at = $1, \
             version = version + 1 WHERE id = $2 AND org_id = $3 AND closes_at >= $1",
            (now, wave, org),
            &entry(Some(actor), "openness.wave.close", wave, org),
        )
        .await
    }

    /// The rater groups of a wave with their numbers, in the order made.
    pub async fn openness_groups(&self, wave: i64) -> Result<Vec<Group>> {
        self.rows(
            "SELECT g.id, g.kind, g.name, \
               (SELECT COUNT(*) FROM openness_raters r WHERE r.group_id = g.id) AS raters, \
               (SELECT COUNT(*) FROM openness_responses x WHERE x.group_id = g.id AND x.submitted = 1) AS submitted \
             FROM openness_groups g WHERE g.wave_id = $1 ORDER BY g.id",
            wave,
        )
        .await
    }

    /// Adds a rater group; `Conflict("name")` when the wave has one of that name.
    pub async fn add_openness_group(
        &self,
        now: i64,
        actor: i64,
        org: i64,
        wave: i64,
        kind: GroupKind,
        name: &str,
    ) -> Result<i64> {
        let mut tx = self.write_tx().await?;
        touch(&mut tx, now, wave, org).await?;
        let id = db::number(
            &mut *tx,
            "INSERT INTO openness_groups (wave_id, kind, name, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
            (wave, kind, name, now),
        )
        .await
        .map_err(|e| conflict_on_unique(e, "name"))?;
        write::commit(
            tx,
            now,
            &entry(Some(actor), "openness.group.add", wave, org).detail(id.to_string()),
        )
        .await?;
        Ok(id)
    }

    /// Removes a group and its raters; `Conflict("answered")` once someone of it submitted.
    pub async fn remove_openness_group(&self, now: i64, actor: i64, org: i64, wave: i64, group: i64) -> Result<()> {
        let mut tx = self.write_tx().await?;
        touch(&mut tx, now, wave, org).await?;
        let (n,): (i64,) = db::one(
            &mut *tx,
            "SELECT COUNT(*) FROM openness_responses WHERE group_id = $1 AND submitted = 1",
            group,
        )
        .await?;
        if n > 0 {
            return Err(StoreError::Conflict("answered"));
        }
        db::exec(
            &mut *tx,
            "DELETE FROM openness_groups WHERE id = $1 AND wave_id = $2",
            (group, wave),
        )
        .await?
        .found()?;
        write::commit(
            tx,
            now,
            &entry(Some(actor), "openness.group.remove", wave, org).detail(group.to_string()),
        )
        .await
    }

    /// The raters of a wave, by group and name.
    pub async fn openness_raters(&self, wave: i64) -> Result<Vec<Rater>> {
        self.rows(
            "SELECT id, group_id, name, email, user_id, CASE WHEN token_hash IS NULL THEN 0 ELSE 1 END AS has_link, submitted \
             FROM openness_raters WHERE wave_id = $1 ORDER BY group_id, name = '', name, id",
            wave,
        )
        .await
    }

    /// Adds raters (name, address; either may be "") to group `group`; a
    /// rater whose address belongs to an account may also answer with it.
    /// Returns how many were added.
    pub async fn add_openness_raters(
        &self,
        now: i64,
        actor: i64,
        org: i64,
        wave: i64,
        group: i64,
        raters: &[(String, String)],
    ) -> Result<usize> {
        let mut tx = self.write_tx().await?;
        touch(&mut tx, now, wave, org).await?;
        let found: Option<(i64,)> = db::row(
            &mut *tx,
            "SELECT id FROM openness_groups WHERE id = $1 AND wave_id = $2",
            (group, wave),
        )
        .await?;
        found.ok_or(StoreError::NotFound)?;
        for (name, email) in raters {
            let user: Option<(i64,)> = if email.is_empty() {
                None
            } else {
                db::row(&mut *tx, "SELECT id FROM users WHERE email = $1", email).await?
            };
            db::exec(
                &mut *tx,
                "INSERT INTO openness_raters (wave_id, group_id, name, email, user_id, created_at) \
                 VALUES ($1, $2, $3, $4, $5, $6)",
                (wave, group, name, email, user.map(|(u,)| u), now),
            )
            .await?;
        }
        write::commit(
            tx,
            now,
            &entry(Some(actor), "openness.raters.add", wave, org).detail(format!("{group}: {}", raters.len())),
        )
        .await?;
        Ok(raters.len())
    }

    /// Removes a rater, and what they began but did not submit (kept under
    /// their key `voter`). What they submitted stays counted: it is tied to nobody.
    pub async fn remove_openness_rater(
        &self,
        now: i64,
        actor: i64,
        org: i64,
        wave: i64,
        rater: i64,
        voter: &str,
    ) -> Result<()> {
        let mut tx = self.write_tx().await?;
        touch(&mut tx, now, wave, org).await?;
        for sql in [
            "DELETE FROM openness_answers WHERE wave_id = $1 AND voter = $2",
            "DELETE FROM openness_responses WHERE wave_id = $1 AND voter = $2 AND submitted = 0",
        ] {
            db::exec(&mut *tx, sql, (wave, voter)).await?;
        }
        db::exec(
            &mut *tx,
            "DELETE FROM openness_raters WHERE id = $1 AND wave_id = $2",
            (rater, wave),
        )
        .await?
        .found()?;
        write::commit(
            tx,
            now,
            &entry(Some(actor), "openness.rater.remove", wave, org).detail(rater.to_string()),
        )
        .await
    }

    /// Gives raters new links (their tokens' hashes; earlier links stop
    /// working) and queues the mails that carry them, in one transaction.
    pub async fn set_openness_links(
        &self,
        now: i64,
        actor: i64,
        org: i64,
        wave: i64,
        links: &[(i64, String, Option<NewMail>)],
    ) -> Result<()> {
        let mut tx = self.write_tx().await?;
        touch(&mut tx, now, wave, org).await?;
        for (rater, hash, mail) in links {
            db::exec(
                &mut *tx,
                "UPDATE openness_raters SET token_hash = $1 WHERE id = $2 AND wave_id = $3",
                (hash, *rater, wave),
            )
            .await?
            .found()?;
            if let Some(m) = mail {
                outbox::enqueue(&mut tx, now, m).await?;
            }
        }
        write::commit(
            tx,
            now,
            &entry(Some(actor), "openness.links", wave, org).detail(links.len().to_string()),
        )
        .await
    }

    /// The rater a personal link belongs to.
    pub async fn openness_rater_by_link(&self, hash: &str) -> Result<Option<RaterAccess>> {
        self.row(&format!("{RATER_ACCESS} WHERE r.token_hash = $1"), hash).await
    }

    /// The rater account `user` is in wave `wave`.
    pub async fn openness_rater_of_user(&self, wave: i64, user: i64) -> Result<Option<RaterAccess>> {
        self.row(
            &format!("{RATER_ACCESS} WHERE r.wave_id = $1 AND r.user_id = $2 ORDER BY r.id LIMIT 1"),
            (wave, user),
        )
        .await
    }

    /// The waves account `user` is asked to rate in that have not ended.
    pub async fn my_openness_waves(&self, now: i64, user: i64) -> Result<Vec<MyWave>> {
        self.rows(
            "SELECT w.id AS wave_id, w.title, o.name AS org_name, w.closes_at, r.submitted \
             FROM openness_raters r JOIN openness_waves w ON w.id = r.wave_id JOIN orgs o ON o.id = w.org_id \
             WHERE r.user_id = $1 AND w.opens_at <= $2 AND w.closes_at >= $2 ORDER BY w.closes_at",
            (user, now),
        )
        .await
    }

    /// What a rater answered so far: (indicator, choice, note).
    pub async fn openness_answers_of(&self, wave: i64, voter: &str) -> Result<Vec<(i64, Choice, String)>> {
        self.rows(
            "SELECT indicator_id, choice, note FROM openness_answers WHERE wave_id = $1 AND voter = $2",
            (wave, voter),
        )
        .await
    }

    /// Saves a rater's answers to some indicators (a choice of none takes
    /// an answer back), keeping the others. `Conflict("closed")` outside the
    /// wave's period, `Conflict("submitted")` once they submitted,
    /// `NotFound` for an indicator not in the wave's set.
    pub async fn save_openness_answers(
        &self,
        now: i64,
        rater: &RaterAccess,
        voter: &str,
        answers: &[(i64, Option<Choice>, String)],
    ) -> Result<()> {
        let mut tx = self.write_tx().await?;
        let (org, set) = open_for_answers(&mut tx, now, rater).await?;
        db::exec(
            &mut *tx,
            "INSERT INTO openness_responses (wave_id, voter, group_id, submitted) VALUES ($1, $2, $3, 0) \
             ON CONFLICT (wave_id, voter) DO NOTHING",
            (rater.wave_id, voter, rater.group_id),
        )
        .await?;
        for (indicator, choice, note) in answers {
            let ok: Option<(i64,)> = db::row(
                &mut *tx,
                "SELECT id FROM openness_indicators WHERE id = $1 AND set_id = $2",
                (*indicator, set),
            )
            .await?;
            ok.ok_or(StoreError::NotFound)?;
            db::exec(
                &mut *tx,
                "DELETE FROM openness_answers WHERE wave_id = $1 AND voter = $2 AND indicator_id = $3",
                (rater.wave_id, voter, *indicator),
            )
            .await?;
            if let Some(c) = choice {
                db::exec(
                    &mut *tx,
                    "INSERT INTO openness_answers (wave_id, voter, indicator_id, choice, note) VALUES ($1, $2, $3, $4, $5)",
                    (rater.wave_id, voter, *indicator, *c, note),
                )
                .await?;
            }
        }
        // no rater and no time in the entry: it must not tie answers to a person
        write::commit(tx, now, &entry(None, "openness.answers.save", rater.wave_id, org)).await
    }

    /// Submits a rater's answers: from now on they count and cannot change.
    /// They are moved from the rater's key `voter` to `fresh`, a random key
    /// nobody keeps, so that nothing ties them to the rater any more (not
    /// even the server's secret). `Conflict("closed")`, `Conflict("submitted")`
    /// as above, `Conflict("incomplete")` while an indicator has no answer.
    pub async fn submit_openness_answers(&self, now: i64, rater: &RaterAccess, voter: &str, fresh: &str) -> Result<()> {
        let mut tx = self.write_tx().await?;
        let (org, set) = open_for_answers(&mut tx, now, rater).await?;
        let (missing,): (i64,) = db::one(
            &mut *tx,
            "SELECT COUNT(*) FROM openness_indicators i WHERE i.set_id = $1 AND NOT EXISTS \
               (SELECT 1 FROM openness_answers a WHERE a.wave_id = $2 AND a.voter = $3 AND a.indicator_id = i.id)",
            (set, rater.wave_id, voter),
        )
        .await?;
        if missing > 0 {
            return Err(StoreError::Conflict("incomplete"));
        }
        db::exec(
            &mut *tx,
            "INSERT INTO openness_responses (wave_id, voter, group_id, submitted) VALUES ($1, $2, $3, 1)",
            (rater.wave_id, fresh, rater.group_id),
        )
        .await?;
        db::exec(
            &mut *tx,
            "UPDATE openness_answers SET voter = $1 WHERE wave_id = $2 AND voter = $3",
            (fresh, rater.wave_id, voter),
        )
        .await?;
        db::exec(
            &mut *tx,
            "DELETE FROM openness_responses WHERE wave_id = $1 AND voter = $2",
            (rater.wave_id, voter),
        )
        .await?;
        db::exec(
            &mut *tx,
            "UPDATE openness_raters SET submitted = 1 WHERE id = $1",
            rater.id,
        )
        .await?;
        write::commit(tx, now, &entry(None, "openness.answers.submit", rater.wave_id, org)).await
    }

    /// The submitted answers of a wave counted per group and indicator, the
    /// groups with their submitted responses, and the free texts with their
    /// group (in an order that says nothing of who wrote them). Anonymity is
    /// applied by [`domain::openness::WaveResults::build`].
    pub async fn openness_counts(&self, wave: i64) -> Result<(Vec<GroupCount>, Counts, Vec<(i64, i64, String)>)> {
        let groups: Vec<(i64, GroupKind, i64)> = self
            .rows(
                "SELECT g.id, g.kind, \
                   (SELECT COUNT(*) FROM openness_responses x WHERE x.group_id = g.id AND x.submitted = 1) \
                 FROM openness_groups g WHERE g.wave_id = $1 ORDER BY g.id",
                wave,
            )
            .await?;
        let rows: Vec<(i64, i64, Choice, i64)> = self
            .rows(
                "SELECT x.group_id, a.indicator_id, a.choice, COUNT(*) FROM openness_answers a \
                 JOIN openness_responses x ON x.wave_id = a.wave_id AND x.voter = a.voter AND x.submitted = 1 \
                 WHERE a.wave_id = $1 GROUP BY x.group_id, a.indicator_id, a.choice",
                wave,
            )
            .await?;
        let notes: Vec<(i64, i64, String)> = self
            .rows(
                "SELECT x.group_id, a.indicator_id, a.note FROM openness_answers a \
                 JOIN openness_responses x ON x.wave_id = a.wave_id AND x.voter = a.voter AND x.submitted = 1 \
                 WHERE a.wave_id = $1 AND a.note <> '' ORDER BY a.indicator_id, a.note",
                wave,
            )
            .await?;
        let mut counts = Counts::default();
        for (group, indicator, choice, n) in rows {
            counts.tallies.entry((group, indicator)).or_default().add(choice, n);
        }
        let groups = groups
            .into_iter()
            .map(|(id, kind, submitted)| GroupCount { id, kind, submitted })
            .collect();
        Ok((groups, counts, notes))
    }
}

/// Checks that the rater's wave is open and locks it; its organisation and set.
async fn open_for_answers(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    now: i64,
    rater: &RaterAccess,
) -> Result<(i64, i64)> {
    // the rater's row is locked first: two submits of one rater cannot both pass
    db::exec(
        &mut **tx,
        "UPDATE openness_raters SET submitted = submitted WHERE id = $1 AND wave_id = $2",
        (rater.id, rater.wave_id),
    )
    .await?
    .found()?;
    let found: Option<(i64, i64, i64, i64, i64)> = db::row(
        &mut **tx,
        "SELECT w.org_id, w.set_id, w.opens_at, w.closes_at, r.submitted FROM openness_waves w \
         JOIN openness_raters r ON r.wave_id = w.id WHERE w.id = $1 AND r.id = $2",
        (rater.wave_id, rater.id),
    )
    .await?;
    let (org, set, opens, closes, submitted) = found.ok_or(StoreError::NotFound)?;
    if !(opens..=closes).contains(&now) {
        return Err(StoreError::Conflict("closed"));
    }
    if submitted != 0 {
        return Err(StoreError::Conflict("submitted"));
    }
    Ok((org, set))
}
