//! The workshops of a Leitbild process and their results. Invitations,
//! registration and attendance are those of the qualification series: the
//! first workshop planned gives the process an invitation-only series of its
//! administration, and every workshop is a module of it, linked from a
//! `leitbild_workshops` row. Participation figures therefore come from real
//! attendance: a registration counts for the person taking part with the
//! same e-mail address (any case), and so for their department.
//!
//! Results are value cards and slogan proposals (with dot votes), notes with
//! a category, draft principles (which can be taken into the draft as a new
//! version) and assignments. Each change names the process it is made in and
//! touches only that process's rows: an id of another process is
//! [`StoreError::NotFound`]. A change written on a stale form is
//! [`StoreError::Stale`]; every change is audited on the process.

use domain::leitbild::{Draft, Principle, PRINCIPLES_MAX};
use domain::leitbild_workshops::{AssignmentStatus, CardKind, NoteCategory, WorkshopKind, VOTES_MAX};
use domain::series::{NewModule, NewSeries};
use domain::{Flag, Timestamp};
use sqlx::any::AnyQueryResult;
use sqlx::{Any, Transaction};

use super::{entry, org_of, touch};
use crate::audit::{self, AuditEntry};
use crate::series::{insert_module, insert_series};
use crate::write::{self, Written};
use crate::{db, Result, Store, StoreError};

/// A workshop with its module's time and place.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Workshop {
    pub id: i64,
    pub kind: WorkshopKind,
    pub module_id: i64,
    pub series_id: i64,
    pub title: String,
    pub starts_at: Timestamp,
    pub ends_at: Timestamp,
    pub venue: String,
    pub online_url: Option<String>,
    pub cancelled_at: Option<Timestamp>,
    /// People marked present.
    pub attendees: i64,
    /// Leadership members among them (matched by e-mail address).
    pub leaders: i64,
}

/// A value card or a slogan proposal.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Card {
    pub id: i64,
    pub workshop_id: i64,
    pub kind: CardKind,
    pub text: String,
    pub votes: i64,
    pub version: i64,
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Note {
    pub id: i64,
    pub workshop_id: i64,
    pub category: NoteCategory,
    pub text: String,
    pub version: i64,
}

/// A principle drafted in a workshop.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Drafted {
    pub id: i64,
    pub workshop_id: i64,
    pub text: String,
    pub goal: String,
    /// The version of the draft it was taken into (none: not yet).
    pub taken_version: Option<i64>,
    pub version: i64,
}

/// An assignment (*Arbeitsauftrag*) and the workshop that gave it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Assignment {
    pub id: i64,
    pub workshop_id: i64,
    pub workshop_title: String,
    pub group_name: String,
    pub task: String,
    /// YYYY-MM-DD.
    pub due: String,
    pub status: AssignmentStatus,
    pub done_at: Option<Timestamp>,
    pub version: i64,
}

/// What the assignment form holds once parsed.
#[derive(Debug, Clone)]
pub struct NewAssignment {
    pub group_name: String,
    pub task: String,
    pub due: String,
    pub status: AssignmentStatus,
}

/// Attendance at the workshops of one department: distinct people present
/// at least once, and the leadership members among them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Turnout {
    /// None: people whose address matches nobody taking part, or someone without a department.
    pub department_id: Option<i64>,
    /// "" for [`Turnout::department_id`] none.
    pub department: String,
    /// 0 for none.
    pub headcount: i64,
    pub attendees: i64,
    pub leaders: i64,
}

/// The participation in a process's workshops, from real attendance.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Participation {
    /// Every department by name (also those nobody came from), then the
    /// people without a department when there are any.
    pub departments: Vec<Turnout>,
    /// Distinct people present at least once.
    pub attendees: i64,
    /// Leadership members present at least once.
    pub leaders_attended: i64,
    /// Leadership members of the process.
    pub leaders: i64,
}

const WORKSHOP: &str = "SELECT w.id, w.kind, w.module_id, m.series_id, m.title, m.starts_at, m.ends_at, m.venue, \
     m.online_url, m.cancelled_at, \
     (SELECT COUNT(*) FROM attendance a WHERE a.module_id = m.id AND a.status = 'present') AS attendees, \
     (SELECT COUNT(*) FROM attendance a JOIN registrations g ON g.id = a.registration_id \
      WHERE a.module_id = m.id AND a.status = 'present' AND EXISTS (SELECT 1 FROM leitbild_people p \
        WHERE p.process_id = w.process_id AND p.leader = 1 AND p.email <> '' AND LOWER(p.email) = LOWER(g.email))) \
      AS leaders \
     FROM leitbild_workshops w JOIN modules m ON m.id = w.module_id";

const ASSIGNMENT: &str = "SELECT t.id, t.workshop_id, m.title AS workshop_title, t.group_name, t.task, t.due, \
     t.status, t.done_at, t.version FROM leitbild_assignments t \
     JOIN leitbild_workshops w ON w.id = t.workshop_id JOIN modules m ON m.id = w.module_id";

/// A kind of result (a table of its own); a row belongs to a process through its workshop.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Item {
    Card,
    Note,
    Drafted,
    Assignment,
}

impl Item {
    fn name(self) -> &'static str {
        match self {
            Item::Card => "leitbild_cards",
            Item::Note => "leitbild_notes",
            Item::Drafted => "leitbild_drafted",
            Item::Assignment => "leitbild_assignments",
        }
    }
    /// The audit action's stem ("leitbild.card" → ".add", ".update", ".remove").
    fn action(self, what: &str) -> &'static str {
        match (self, what) {
            (Item::Card, "add") => "leitbild.card.add",
            (Item::Card, "update") => "leitbild.card.update",
            (Item::Card, "vote") => "leitbild.card.vote",
            (Item::Card, _) => "leitbild.card.remove",
            (Item::Note, "add") => "leitbild.note.add",
            (Item::Note, "update") => "leitbild.note.update",
            (Item::Note, _) => "leitbild.note.remove",
            (Item::Drafted, "add") => "leitbild.drafted.add",
            (Item::Drafted, "update") => "leitbild.drafted.update",
            (Item::Drafted, "take") => "leitbild.drafted.take",
            (Item::Drafted, _) => "leitbild.drafted.remove",
            (Item::Assignment, "add") => "leitbild.assignment.add",
            (Item::Assignment, "update") => "leitbild.assignment.update",
            (Item::Assignment, _) => "leitbild.assignment.remove",
        }
    }
}

/// The condition that row `t.id` belongs to process `$n` (through its workshop).
fn of_process(n: usize) -> String {
    format!("workshop_id IN (SELECT id FROM leitbild_workshops WHERE process_id = ${n})")
}

/// Checks that workshop `workshop` belongs to `process` (`NotFound` otherwise).
async fn workshop_of(tx: &mut Transaction<'static, Any>, process: i64, workshop: i64) -> Result<()> {
    let found: Option<(i64,)> = db::row(
        &mut **tx,
        "SELECT id FROM leitbild_workshops WHERE id = $1 AND process_id = $2",
        (workshop, process),
    )
    .await?;
    found.map(|_| ()).ok_or(StoreError::NotFound)
}

/// An optimistic write's result: when nothing was written, `Stale` if the
/// row is still there in this process, else `NotFound`.
async fn fresh(
    tx: &mut Transaction<'static, Any>,
    written: AnyQueryResult,
    t: Item,
    process: i64,
    id: i64,
) -> Result<()> {
    if written.rows_affected() > 0 {
        return Ok(());
    }
    let sql = format!("SELECT id FROM {} WHERE id = $1 AND {}", t.name(), of_process(2));
    let found: Option<(i64,)> = db::row(&mut **tx, &sql, (id, process)).await?;
    Err(if found.is_some() {
        StoreError::Stale
    } else {
        StoreError::NotFound
    })
}

/// Audits a change to a result `id` of process `process` and commits it.
async fn commit(
    tx: Transaction<'static, Any>,
    now: i64,
    actor: i64,
    action: &'static str,
    process: i64,
    id: i64,
) -> Result<()> {
    let mut tx = tx;
    let org = org_of(&mut tx, process).await?;
    write::commit(tx, now, &entry(actor, action, process, org).detail(id.to_string())).await
}

impl Store {
    /// The series of a process's workshops, if one was made.
    pub async fn workshop_series(&self, process: i64) -> Result<Option<i64>> {
        let row: Option<(i64,)> = self
            .row(
                "SELECT series_id FROM leitbild_workshop_series WHERE process_id = $1",
                process,
            )
            .await?;
        Ok(row.map(|(s,)| s))
    }

    /// Whether `user` is on the team of the process whose workshops make
    /// up series `series` (false for any other series).
    pub async fn on_workshops_team(&self, series: i64, user: i64) -> Result<bool> {
        let row: Option<(i64,)> = self
            .row(
                "SELECT 1 FROM leitbild_workshop_series w \
                 JOIN leitbild_team t ON t.process_id = w.process_id \
                 WHERE w.series_id = $1 AND t.user_id = $2",
                (series, user),
            )
            .await?;
        Ok(row.is_some())
    }

    /// Plans a workshop: a module of the process's series, which is made
    /// first (from `series`, with `invite_key`) if the process has none yet.
    /// A workshop of the method planned already (and not cancelled) is
    /// `Conflict("kind")`; a second mini-workshop with the same title and
    /// start (a form sent twice) `Conflict("starts_at")`. Returns the
    /// workshop's id.
    #[expect(
        clippy::too_many_arguments,
        reason = "the process, the workshop and the series it may need"
    )]
    pub async fn plan_workshop(
        &self,
        now: i64,
        actor: i64,
        process: i64,
        kind: WorkshopKind,
        module: &NewModule,
        series: &NewSeries,
        invite_key: &str,
    ) -> Result<i64> {
        let mut tx = self.write_tx().await?;
        // two plans at once queue here; the second finds the first's series
        touch(&mut tx, now, process).await?;
        let org = org_of(&mut tx, process).await?;
        let existing: Option<(i64,)> = db::row(
            &mut *tx,
            "SELECT series_id FROM leitbild_workshop_series WHERE process_id = $1",
            process,
        )
        .await?;
        let series_id = match existing {
            Some((s,)) => s,
            None => {
                let s = insert_series(&mut tx, now, org, series, invite_key, None).await?;
                db::exec(
                    &mut *tx,
                    "INSERT INTO leitbild_workshop_series (process_id, series_id, created_at) VALUES ($1, $2, $3)",
                    (process, s, now),
                )
                .await?;
                let e = AuditEntry::new(Some(actor), "series.create", "series", s)
                    .org(Some(org))
                    .detail(format!("leitbild #{process}"));
                audit::write(&mut tx, now, &e).await?;
                s
            }
        };
        let same = if kind.once() {
            db::number(
                &mut *tx,
                "SELECT COUNT(*) FROM leitbild_workshops w JOIN modules m ON m.id = w.module_id \
                 WHERE w.process_id = $1 AND w.kind = $2 AND m.cancelled_at IS NULL",
                (process, kind),
            )
            .await?
        } else {
            db::number(
                &mut *tx,
                "SELECT COUNT(*) FROM leitbild_workshops w JOIN modules m ON m.id = w.module_id \
                 WHERE w.process_id = $1 AND w.kind = $2 AND m.cancelled_at IS NULL AND m.starts_at = $3 \
                 AND m.title = $4",
                (process, kind, module.starts_at, &module.title),
            )
            .await?
        };
        if same > 0 {
            return Err(StoreError::Conflict(if kind.once() { "kind" } else { "starts_at" }));
        }
        let module_id = insert_module(&mut tx, now, series_id, module).await?;
        let id = db::number(
            &mut *tx,
            "INSERT INTO leitbild_workshops (process_id, kind, module_id, created_at) VALUES ($1, $2, $3, $4) \
             RETURNING id",
            (process, kind, module_id, now),
        )
        .await?;
        let e = entry(actor, "leitbild.workshop.plan", process, org).detail(format!("{kind} #{id}"));
        self.commit_audited(tx, now, &e, &self.series_cache).await?;
        Ok(id)
    }

    /// The workshops of a process, by their start.
    pub async fn workshops(&self, process: i64) -> Result<Vec<Workshop>> {
        self.rows(
            &format!("{WORKSHOP} WHERE w.process_id = $1 ORDER BY m.starts_at, w.id"),
            process,
        )
        .await
    }

    /// Workshop `id` of process `process`.
    pub async fn workshop(&self, process: i64, id: i64) -> Result<Option<Workshop>> {
        self.row(
            &format!("{WORKSHOP} WHERE w.process_id = $1 AND w.id = $2"),
            (process, id),
        )
        .await
    }

    /// Who took part in the workshops, per department, from attendance:
    /// a registration present at any workshop of the process counts once,
    /// for the person taking part with its e-mail address (compared without
    /// case); an address nobody has counts as "without department".
    pub async fn workshop_participation(&self, process: i64) -> Result<Participation> {
        let present: Vec<(i64, Option<i64>, Flag)> = self
            .rows(
                "SELECT DISTINCT a.registration_id, p.department_id, COALESCE(p.leader, 0) AS leader \
                 FROM attendance a \
                 JOIN leitbild_workshops w ON w.module_id = a.module_id \
                 JOIN registrations g ON g.id = a.registration_id \
                 LEFT JOIN leitbild_people p ON p.id = (SELECT MIN(q.id) FROM leitbild_people q \
                     WHERE q.process_id = $1 AND q.email <> '' AND LOWER(q.email) = LOWER(g.email)) \
                 WHERE w.process_id = $1 AND a.status = 'present'",
                process,
            )
            .await?;
        let departments: Vec<(i64, String, i64)> = self
            .rows(
                "SELECT id, name, headcount FROM leitbild_departments WHERE process_id = $1 ORDER BY name, id",
                process,
            )
            .await?;
        let leaders = self
            .number(
                "SELECT COUNT(*) FROM leitbild_people WHERE process_id = $1 AND leader = 1",
                process,
            )
            .await?;
        let count = |dep: Option<i64>| {
            let rows = present.iter().filter(|(_, d, _)| *d == dep);
            let attendees = rows.clone().count() as i64;
            let leaders = rows.filter(|(_, _, l)| l.on()).count() as i64;
            (attendees, leaders)
        };
        let mut out: Vec<Turnout> = departments
            .into_iter()
            .map(|(id, name, headcount)| {
                let (attendees, leaders) = count(Some(id));
                Turnout {
                    department_id: Some(id),
                    department: name,
                    headcount,
                    attendees,
                    leaders,
                }
            })
            .collect();
        let (attendees, without_leaders) = count(None);
        if attendees > 0 {
            out.push(Turnout {
                department_id: None,
                department: String::new(),
                headcount: 0,
                attendees,
                leaders: without_leaders,
            });
        }
        Ok(Participation {
            departments: out,
            attendees: present.len() as i64,
            leaders_attended: present.iter().filter(|(_, _, l)| l.on()).count() as i64,
            leaders,
        })
    }

    // ---- value cards and slogan proposals ----

    /// The cards of a kind of a workshop, the most votes first.
    pub async fn cards(&self, workshop: i64, kind: CardKind) -> Result<Vec<Card>> {
        self.rows(
            "SELECT id, workshop_id, kind, text, votes, version FROM leitbild_cards \
             WHERE workshop_id = $1 AND kind = $2 ORDER BY votes DESC, id",
            (workshop, kind),
        )
        .await
    }

    /// The slogan proposals of all workshops of a process, the most votes first.
    pub async fn slogan_proposals(&self, process: i64) -> Result<Vec<Card>> {
        self.rows(
            &format!(
                "SELECT id, workshop_id, kind, text, votes, version FROM leitbild_cards \
                 WHERE kind = 'slogan' AND {} ORDER BY votes DESC, id",
                of_process(1)
            ),
            process,
        )
        .await
    }

    #[expect(clippy::too_many_arguments, reason = "where, what and who, as every change")]
    pub async fn add_card(
        &self,
        now: i64,
        actor: i64,
        process: i64,
        workshop: i64,
        kind: CardKind,
        text: &str,
        votes: i64,
    ) -> Result<i64> {
        let mut tx = self.write_tx().await?;
        workshop_of(&mut tx, process, workshop).await?;
        let id = db::number(
            &mut *tx,
            "INSERT INTO leitbild_cards (workshop_id, kind, text, votes, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $5) RETURNING id",
            (workshop, kind, text, votes.clamp(0, VOTES_MAX), now),
        )
        .await?;
        commit(tx, now, actor, Item::Card.action("add"), process, id).await?;
        Ok(id)
    }

    #[expect(clippy::too_many_arguments, reason = "where, what and who, as every change")]
    pub async fn update_card(
        &self,
        now: i64,
        actor: i64,
        process: i64,
        id: i64,
        version: i64,
        text: &str,
        votes: i64,
    ) -> Result<()> {
        let mut tx = self.write_tx().await?;
        let written = db::exec(
            &mut *tx,
            &format!(
                "UPDATE leitbild_cards SET text = $1, votes = $2, version = version + 1, updated_at = $3 \
                 WHERE id = $4 AND version = $5 AND {}",
                of_process(6)
            ),
            (text, votes.clamp(0, VOTES_MAX), now, id, version, process),
        )
        .await?;
        fresh(&mut tx, written, Item::Card, process, id).await?;
        commit(tx, now, actor, Item::Card.action("update"), process, id).await
    }

    /// One more dot vote for a card (counted during the workshop; no form
    /// version needed, two people counting at once both count). At
    /// [`VOTES_MAX`] it is `Conflict("votes")`.
    pub async fn vote_card(&self, now: i64, actor: i64, process: i64, id: i64) -> Result<()> {
        let mut tx = self.write_tx().await?;
        let written = db::exec(
            &mut *tx,
            &format!(
                "UPDATE leitbild_cards SET votes = votes + 1, version = version + 1, updated_at = $1 \
                 WHERE id = $2 AND votes < $3 AND {}",
                of_process(4)
            ),
            (now, id, VOTES_MAX, process),
        )
        .await?;
        match fresh(&mut tx, written, Item::Card, process, id).await {
            Err(StoreError::Stale) => return Err(StoreError::Conflict("votes")),
            r => r?,
        }
        commit(tx, now, actor, Item::Card.action("vote"), process, id).await
    }

    // ---- notes ----

    /// The notes of a workshop, by category (in the order of the method), then as written.
    pub async fn notes(&self, workshop: i64) -> Result<Vec<Note>> {
        let mut notes: Vec<Note> = self
            .rows(
                "SELECT id, workshop_id, category, text, version FROM leitbild_notes WHERE workshop_id = $1 ORDER BY id",
                workshop,
            )
            .await?;
        notes.sort_by_key(|n| NoteCategory::ALL.iter().position(|c| *c == n.category));
        Ok(notes)
    }

    pub async fn add_note(
        &self,
        now: i64,
        actor: i64,
        process: i64,
        workshop: i64,
        category: NoteCategory,
        text: &str,
    ) -> Result<i64> {
        let mut tx = self.write_tx().await?;
        workshop_of(&mut tx, process, workshop).await?;
        let id = db::number(
            &mut *tx,
            "INSERT INTO leitbild_notes (workshop_id, category, text, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $4) RETURNING id",
            (workshop, category, text, now),
        )
        .await?;
        commit(tx, now, actor, Item::Note.action("add"), process, id).await?;
        Ok(id)
    }

    #[expect(clippy::too_many_arguments, reason = "where, what and who, as every change")]
    pub async fn update_note(
        &self,
        now: i64,
        actor: i64,
        process: i64,
        id: i64,
        version: i64,
        category: NoteCategory,
        text: &str,
    ) -> Result<()> {
        let mut tx = self.write_tx().await?;
        let written = db::exec(
            &mut *tx,
            &format!(
                "UPDATE leitbild_notes SET category = $1, text = $2, version = version + 1, updated_at = $3 \
                 WHERE id = $4 AND version = $5 AND {}",
                of_process(6)
            ),
            (category, text, now, id, version, process),
        )
        .await?;
        fresh(&mut tx, written, Item::Note, process, id).await?;
        commit(tx, now, actor, Item::Note.action("update"), process, id).await
    }

    // ---- draft principles ----

    pub async fn drafted(&self, workshop: i64) -> Result<Vec<Drafted>> {
        self.rows(
            "SELECT id, workshop_id, text, goal, taken_version, version FROM leitbild_drafted \
             WHERE workshop_id = $1 ORDER BY id",
            workshop,
        )
        .await
    }

    pub async fn add_drafted(
        &self,
        now: i64,
        actor: i64,
        process: i64,
        workshop: i64,
        text: &str,
        goal: &str,
    ) -> Result<i64> {
        let mut tx = self.write_tx().await?;
        workshop_of(&mut tx, process, workshop).await?;
        let id = db::number(
            &mut *tx,
            "INSERT INTO leitbild_drafted (workshop_id, text, goal, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $4) RETURNING id",
            (workshop, text, goal, now),
        )
        .await?;
        commit(tx, now, actor, Item::Drafted.action("add"), process, id).await?;
        Ok(id)
    }

    #[expect(clippy::too_many_arguments, reason = "where, what and who, as every change")]
    pub async fn update_drafted(
        &self,
        now: i64,
        actor: i64,
        process: i64,
        id: i64,
        version: i64,
        text: &str,
        goal: &str,
    ) -> Result<()> {
        let mut tx = self.write_tx().await?;
        let written = db::exec(
            &mut *tx,
            &format!(
                "UPDATE leitbild_drafted SET text = $1, goal = $2, version = version + 1, updated_at = $3 \
                 WHERE id = $4 AND version = $5 AND {}",
                of_process(6)
            ),
            (text, goal, now, id, version, process),
        )
        .await?;
        fresh(&mut tx, written, Item::Drafted, process, id).await?;
        commit(tx, now, actor, Item::Drafted.action("update"), process, id).await
    }

    /// Takes a drafted principle into the Leitbild draft: the newest version
    /// with the principle appended is saved as the next version (through
    /// [`Store::save_version`]). Returns the new version's number. A principle
    /// taken already (or being taken: a button pressed twice) is
    /// `Conflict("taken")`; a draft without any version yet
    /// `Conflict("no_draft")`, one with the most principles
    /// `Conflict("full")`; someone saving a version meanwhile `Stale`.
    pub async fn take_drafted(&self, now: i64, actor: i64, process: i64, id: i64) -> Result<i64> {
        let exists = format!("SELECT id FROM leitbild_drafted WHERE id = $1 AND {}", of_process(2));
        // claim it first, so a second press finds it taken
        let mut tx = self.write_tx().await?;
        let claimed = db::exec(
            &mut *tx,
            &format!(
                "UPDATE leitbild_drafted SET taken_at = $1 WHERE id = $2 AND taken_at IS NULL AND {}",
                of_process(3)
            ),
            (now, id, process),
        )
        .await?;
        if claimed.rows_affected() == 0 {
            let found: Option<(i64,)> = db::row(&mut *tx, &exists, (id, process)).await?;
            return Err(if found.is_some() {
                StoreError::Conflict("taken")
            } else {
                StoreError::NotFound
            });
        }
        let (text, goal): (String, String) =
            db::one(&mut *tx, "SELECT text, goal FROM leitbild_drafted WHERE id = $1", id).await?;
        tx.commit().await?;
        match self.append_principle(now, actor, process, text, goal).await {
            Ok(number) => {
                let mut tx = self.write_tx().await?;
                db::exec(
                    &mut *tx,
                    "UPDATE leitbild_drafted SET taken_version = $1, version = version + 1, updated_at = $2 \
                     WHERE id = $3",
                    (number, now, id),
                )
                .await?
                .found()?;
                commit(tx, now, actor, Item::Drafted.action("take"), process, id).await?;
                Ok(number)
            }
            Err(e) => {
                // not taken after all: free it again
                self.exec(
                    "UPDATE leitbild_drafted SET taken_at = NULL WHERE id = $1 AND taken_version IS NULL",
                    id,
                )
                .await?;
                Err(e)
            }
        }
    }

    /// Saves the newest version with `text`/`goal` appended as the next version.
    async fn append_principle(&self, now: i64, actor: i64, process: i64, text: String, goal: String) -> Result<i64> {
        let latest = self.latest_version(process).await?;
        let Some((_, mut draft)) = self.version(process, latest).await? else {
            return Err(StoreError::Conflict("no_draft"));
        };
        if draft.principles.len() >= PRINCIPLES_MAX {
            return Err(StoreError::Conflict("full"));
        }
        draft.principles.push(Principle { text, goal });
        let draft: Draft = draft;
        self.save_version(now, actor, process, latest, &draft).await
    }

    // ---- assignments ----

    /// The assignments of a workshop, open ones first, then by due date.
    pub async fn assignments(&self, workshop: i64) -> Result<Vec<Assignment>> {
        self.rows(
            &format!("{ASSIGNMENT} WHERE t.workshop_id = $1 ORDER BY t.status DESC, t.due, t.id"),
            workshop,
        )
        .await
    }

    /// The assignments of all workshops of a process, open ones first, then by due date.
    pub async fn assignments_of_process(&self, process: i64) -> Result<Vec<Assignment>> {
        // 'open' sorts after 'done': descending puts the open ones first
        self.rows(
            &format!("{ASSIGNMENT} WHERE w.process_id = $1 ORDER BY t.status DESC, t.due, t.id"),
            process,
        )
        .await
    }

    pub async fn add_assignment(
        &self,
        now: i64,
        actor: i64,
        process: i64,
        workshop: i64,
        a: &NewAssignment,
    ) -> Result<i64> {
        let mut tx = self.write_tx().await?;
        workshop_of(&mut tx, process, workshop).await?;
        let done_at = (a.status == AssignmentStatus::Done).then_some(now);
        let id = db::number(
            &mut *tx,
            "INSERT INTO leitbild_assignments (workshop_id, group_name, task, due, status, done_at, created_at, \
             updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id",
            (workshop, &a.group_name, &a.task, &a.due, a.status, done_at, now),
        )
        .await?;
        commit(tx, now, actor, Item::Assignment.action("add"), process, id).await?;
        Ok(id)
    }

    pub async fn update_assignment(
        &self,
        now: i64,
        actor: i64,
        process: i64,
        id: i64,
        version: i64,
        a: &NewAssignment,
    ) -> Result<()> {
        let mut tx = self.write_tx().await?;
        // done_at: kept while it stays done, set when it becomes done, cleared when reopened
        let written = db::exec(
            &mut *tx,
            &format!(
                "UPDATE leitbild_assignments SET group_name = $1, task = $2, due = $3, \
                 done_at = CASE WHEN $4 = 'done' THEN COALESCE(done_at, $5) ELSE NULL END, status = $4, \
                 version = version + 1, updated_at = $5 WHERE id = $6 AND version = $7 AND {}",
                of_process(8)
            ),
            (&a.group_name, &a.task, &a.due, a.status, now, id, version, process),
        )
        .await?;
        fresh(&mut tx, written, Item::Assignment, process, id).await?;
        commit(tx, now, actor, Item::Assignment.action("update"), process, id).await
    }

    /// Marks an assignment done or open again (pressing it twice changes nothing more).
    pub async fn set_assignment_status(
        &self,
        now: i64,
        actor: i64,
        process: i64,
        id: i64,
        status: AssignmentStatus,
    ) -> Result<()> {
        let mut tx = self.write_tx().await?;
        db::exec(
            &mut *tx,
            &format!(
                "UPDATE leitbild_assignments SET done_at = CASE WHEN $1 = 'done' THEN COALESCE(done_at, $2) ELSE NULL END, \
                 status = $1, version = version + 1, updated_at = $2 WHERE id = $3 AND {}",
                of_process(4)
            ),
            (status, now, id, process),
        )
        .await?
        .found()?;
        let action = match status {
            AssignmentStatus::Done => "leitbild.assignment.done",
            AssignmentStatus::Open => "leitbild.assignment.open",
        };
        commit(tx, now, actor, action, process, id).await
    }

    // ---- removing a result ----

    /// The workshop of result `id` of the process, if it has one.
    pub async fn result_workshop(&self, process: i64, t: Item, id: i64) -> Result<Option<i64>> {
        let sql = format!(
            "SELECT workshop_id FROM {} WHERE id = $1 AND {}",
            t.name(),
            of_process(2)
        );
        let row: Option<(i64,)> = self.row(&sql, (id, process)).await?;
        Ok(row.map(|(w,)| w))
    }

    /// Removes a card, note, drafted principle or assignment of the process.
    pub async fn remove_result(&self, now: i64, actor: i64, process: i64, t: Item, id: i64) -> Result<()> {
        let mut tx = self.write_tx().await?;
        db::exec(
            &mut *tx,
            &format!("DELETE FROM {} WHERE id = $1 AND {}", t.name(), of_process(2)),
            (id, process),
        )
        .await?
        .found()?;
        commit(tx, now, actor, t.action("remove"), process, id).await
    }
}
