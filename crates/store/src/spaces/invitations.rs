//! Invitations to a space: a person (by e-mail address) or an organisation
//! is offered a role and becomes a member only by accepting. A person's
//! invitation has a personal link (only the token's hash is kept); an
//! organisation's is answered by its admins. Until then nothing of the
//! invitee is shown, whether or not the address has an account.

use domain::accounts::Email;
use domain::spaces::{
    InvitationState, SpaceRole, DECLINE_QUIET_DAYS, INVITATIONS_PER_DAY, INVITATIONS_PER_INVITEE_DAY,
    INVITATIONS_PER_INVITER_DAY, INVITATION_DAYS,
};
use domain::Timestamp;
use sqlx::{Any, Transaction};

use super::members::lock_space;
use crate::audit::{self, AuditEntry};
use crate::db;
use crate::outbox::{self, NewMail};
use crate::write;
use crate::{conflict_on_unique, Result, Store, StoreError};

const DAY: i64 = 86_400;

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct SpaceInvitation {
    pub id: i64,
    pub space_id: i64,
    pub space_name: String,
    /// A person's invitation: the address as the admin typed it (normalised).
    pub email: Option<String>,
    /// An organisation's invitation.
    pub org_id: Option<i64>,
    pub org_name: Option<String>,
    pub role: SpaceRole,
    pub invited_by: Option<i64>,
    pub inviter_name: Option<String>,
    pub state: InvitationState,
    pub created_at: Timestamp,
    pub expires_at: Timestamp,
}

impl SpaceInvitation {
    /// The state at `now`: a pending invitation past its expiry is expired.
    pub fn state_at(&self, now: i64) -> InvitationState {
        if self.state == InvitationState::Pending && now >= self.expires_at.0 {
            InvitationState::Expired
        } else {
            self.state
        }
    }
    pub fn is_open(&self, now: i64) -> bool {
        self.state_at(now) == InvitationState::Pending
    }
}

/// Who is invited.
#[derive(Debug, Clone, Copy)]
pub enum Invitee<'a> {
    /// A person, with the hash of their link's token.
    Person {
        email: &'a Email,
        token_hash: &'a str,
    },
    Org(i64),
}

const SELECT: &str = "SELECT i.id, i.space_id, s.name AS space_name, i.email, i.org_id, o.name AS org_name, i.role, \
     i.invited_by, u.name AS inviter_name, i.state, i.created_at, i.expires_at FROM space_invitations i \
     JOIN spaces s ON s.id = i.space_id LEFT JOIN orgs o ON o.id = i.org_id LEFT JOIN users u ON u.id = i.invited_by";

/// `(column, value)` naming the invitee in `space_invitations`/`space_members` queries.
fn who<'a>(invitee: Invitee<'a>) -> (&'static str, WhoValue<'a>) {
    match invitee {
        Invitee::Person { email, .. } => ("email", WhoValue::Email(email.as_str())),
        Invitee::Org(org) => ("org_id", WhoValue::Org(org)),
    }
}

#[derive(Clone, Copy)]
enum WhoValue<'a> {
    Email(&'a str),
    Org(i64),
}

/// Runs `SELECT COUNT(*) … WHERE … = $1 (space) … = $2 (the invitee) [… $3 (a time)]`.
async fn count(
    tx: &mut Transaction<'static, Any>,
    sql: &str,
    space: i64,
    v: WhoValue<'_>,
    t: Option<i64>,
) -> Result<i64> {
    let q = sqlx::query_as::<_, (i64,)>(sql).bind(space);
    let mut q = match v {
        WhoValue::Email(e) => q.bind(e.to_string()),
        WhoValue::Org(o) => q.bind(o),
    };
    if let Some(t) = t {
        q = q.bind(t);
    }
    Ok(q.fetch_one(&mut **tx).await?.0)
}

impl Store {
    /// Invites a person or an organisation to a space with `role`, and
    /// queues the mails, in one transaction. Refused (`Conflict`) with
    /// `"member"` (already a member), `"pending"` (an open invitation
    /// exists), `"declined"` (declined within the last 30 days) or `"limit"`
    /// (the space or the inviter sent its invitations for today) or `"invitee-limit"` (the
    /// address or organisation got enough invitations today). None of these depends on
    /// whether an address has an account.
    pub async fn invite_to_space(
        &self,
        now: i64,
        actor: i64,
        space: i64,
        invitee: Invitee<'_>,
        role: SpaceRole,
        mails: &[NewMail],
    ) -> Result<i64> {
        let mut tx = self.write_tx().await?;
        lock_space(&mut tx, self.backend, space).await?;
        db::exec(
            &mut *tx,
            "UPDATE space_invitations SET state = 'expired' WHERE space_id = $1 AND state = 'pending' AND expires_at <= $2",
            (space, now),
        )
        .await?;
        let sent = db::number(
            &mut *tx,
            "SELECT COUNT(*) FROM space_invitations WHERE space_id = $1 AND created_at > $2",
            (space, now - DAY),
        )
        .await?;
        let by_inviter = db::number(
            &mut *tx,
            "SELECT COUNT(*) FROM space_invitations WHERE invited_by = $1 AND created_at > $2",
            (actor, now - DAY),
        )
        .await?;
        if sent >= INVITATIONS_PER_DAY || by_inviter >= INVITATIONS_PER_INVITER_DAY {
            return Err(StoreError::Conflict("limit"));
        }
        let (column, value) = who(invitee);
        // over all spaces, revoked ones included: inviting, revoking and inviting again (or from
        // several spaces) does not flood anyone
        // (accepted ones were welcome: an organisation's admin adding it to their own space)
        let to_invitee = format!(
            "SELECT COUNT(*) FROM space_invitations WHERE {column} = $1 AND created_at > $2 AND state <> 'accepted'"
        );
        let q = sqlx::query_as::<_, (i64,)>(&to_invitee);
        let (received,) = match value {
            WhoValue::Email(e) => q.bind(e.to_string()),
            WhoValue::Org(o) => q.bind(o),
        }
        .bind(now - DAY)
        .fetch_one(&mut *tx)
        .await?;
        if received >= INVITATIONS_PER_INVITEE_DAY {
            return Err(StoreError::Conflict("invitee-limit"));
        }
        let member_sql = match invitee {
            Invitee::Person { .. } => {
                "SELECT COUNT(*) FROM space_members m JOIN users u ON u.id = m.user_id \
                 WHERE m.space_id = $1 AND u.email = $2"
            }
            Invitee::Org(_) => "SELECT COUNT(*) FROM space_members m WHERE m.space_id = $1 AND m.org_id = $2",
        };
        if count(&mut tx, member_sql, space, value, None).await? > 0 {
            return Err(StoreError::Conflict("member"));
        }
        let pending = format!(
            "SELECT COUNT(*) FROM space_invitations WHERE space_id = $1 AND {column} = $2 AND state = 'pending' \
             AND expires_at > $3"
        );
        if count(&mut tx, &pending, space, value, Some(now)).await? > 0 {
            return Err(StoreError::Conflict("pending"));
        }
        let declined = format!(
            "SELECT COUNT(*) FROM space_invitations WHERE space_id = $1 AND {column} = $2 AND state = 'declined' \
             AND answered_at > $3"
        );
        if count(&mut tx, &declined, space, value, Some(now - DECLINE_QUIET_DAYS * DAY)).await? > 0 {
            return Err(StoreError::Conflict("declined"));
        }
        let (email, org, token_hash) = match invitee {
            Invitee::Person { email, token_hash } => (Some(email.as_str().to_string()), None, Some(token_hash)),
            Invitee::Org(o) => (None, Some(o), None),
        };
        let id = db::number(
            &mut *tx,
            "INSERT INTO space_invitations (space_id, email, org_id, role, invited_by, token_hash, state, created_at, \
             expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
            (
                space,
                email.clone(),
                org,
                role,
                actor,
                token_hash,
                InvitationState::Pending,
                now,
                now + INVITATION_DAYS * DAY,
            ),
        )
        .await
        .map_err(|e| conflict_on_unique(e, "pending"))?;
        for m in mails {
            outbox::enqueue(&mut tx, now, m).await?;
        }
        let entry = AuditEntry::new(Some(actor), "space.invitation_create", "space", space)
            .org(org)
            .detail(email.unwrap_or_default());
        write::commit(tx, now, &entry).await?;
        Ok(id)
    }

    pub async fn space_invitation(&self, id: i64) -> Result<Option<SpaceInvitation>> {
        self.row(&format!("{SELECT} WHERE i.id = $1"), id).await
    }

    pub async fn space_invitation_by_token(&self, token_hash: &str) -> Result<Option<SpaceInvitation>> {
        self.row(&format!("{SELECT} WHERE i.token_hash = $1"), token_hash).await
    }

    /// The open invitations of a space, newest first (for its admins).
    pub async fn open_space_invitations(&self, space: i64, now: i64) -> Result<Vec<SpaceInvitation>> {
        self.rows(
            &format!("{SELECT} WHERE i.space_id = $1 AND i.state = 'pending' AND i.expires_at > $2 ORDER BY i.id DESC"),
            (space, now),
        )
        .await
    }

    /// The open invitations a person may answer: to their address, and to
    /// the organisations they are an admin of.
    pub async fn space_invitations_for(&self, user: i64, now: i64) -> Result<Vec<SpaceInvitation>> {
        self.rows(
            &format!(
                "{SELECT} WHERE i.state = 'pending' AND i.expires_at > $2 AND \
             (i.email = (SELECT email FROM users WHERE id = $1) OR i.org_id IN \
              (SELECT org_id FROM memberships WHERE user_id = $1 AND role = 'admin')) \
             ORDER BY i.id DESC"
            ),
            (user, now),
        )
        .await
    }

    /// `user` accepts an invitation: for a person's invitation they must be
    /// that address; for an organisation's the caller has checked that they
    /// are its admin. In one transaction the invitation is marked accepted
    /// and the member added with the offered role (one who is already a
    /// member keeps their role). Accepting twice is harmless; an expired or
    /// otherwise answered invitation is refused (`Conflict("expired")`,
    /// `Conflict("answered")`; another person's: `NotFound`). Returns the space.
    pub async fn accept_space_invitation(&self, now: i64, id: i64, user: i64) -> Result<i64> {
        let mut tx = self.write_tx().await?;
        let row: Option<(i64, Option<String>, Option<i64>, SpaceRole)> = db::row(
            &mut *tx,
            "UPDATE space_invitations SET state = 'accepted', answered_at = $1 WHERE id = $2 AND state = 'pending' \
             AND expires_at > $1 AND (org_id IS NOT NULL OR email = (SELECT email FROM users WHERE id = $3)) \
             RETURNING space_id, email, org_id, role",
            (now, id, user),
        )
        .await?;
        let Some((space, _, org, role)) = row else {
            tx.rollback().await?;
            return match self.space_invitation(id).await? {
                Some(i) if i.state == InvitationState::Accepted => Ok(i.space_id),
                Some(i) if i.state_at(now) == InvitationState::Expired => Err(StoreError::Conflict("expired")),
                Some(i) if i.state != InvitationState::Pending => Err(StoreError::Conflict("answered")),
                _ => Err(StoreError::NotFound),
            };
        };
        lock_space(&mut tx, self.backend, space).await?;
        let (column, who) = match org {
            Some(o) => ("org_id", o),
            None => ("user_id", user),
        };
        let existing: Option<(i64,)> = db::row(
            &mut *tx,
            &format!("SELECT id FROM space_members WHERE space_id = $1 AND {column} = $2"),
            (space, who),
        )
        .await?;
        if existing.is_none() {
            db::exec(
                &mut *tx,
                &format!("INSERT INTO space_members (space_id, {column}, role, created_at) VALUES ($1, $2, $3, $4)"),
                (space, who, role, now),
            )
            .await?;
            audit::write(
                &mut tx,
                now,
                &AuditEntry::new(Some(user), "space.member_add", "space", space).org(org),
            )
            .await?;
        }
        if org.is_none() {
            db::exec(
                &mut *tx,
                "DELETE FROM space_requests WHERE space_id = $1 AND user_id = $2",
                (space, user),
            )
            .await?;
        }
        let entry = AuditEntry::new(Some(user), "space.invitation_accept", "space", space).org(org);
        write::commit(tx, now, &entry).await?;
        Ok(space)
    }

    /// Declines an open invitation (`actor`: `None` for someone without an
    /// account answering by the link). Declining twice is harmless; an
    /// invitation answered otherwise is refused (`Conflict("answered")`).
    pub async fn decline_space_invitation(&self, now: i64, actor: Option<i64>, id: i64) -> Result<i64> {
        let mut tx = self.write_tx().await?;
        let row: Option<(i64, Option<i64>)> = db::row(
            &mut *tx,
            "UPDATE space_invitations SET state = 'declined', answered_at = $1 WHERE id = $2 AND state = 'pending' \
             RETURNING space_id, org_id",
            (now, id),
        )
        .await?;
        let Some((space, org)) = row else {
            tx.rollback().await?;
            return match self.space_invitation(id).await? {
                Some(i) if i.state == InvitationState::Declined => Ok(i.space_id),
                Some(_) => Err(StoreError::Conflict("answered")),
                None => Err(StoreError::NotFound),
            };
        };
        let entry = AuditEntry::new(actor, "space.invitation_decline", "space", space).org(org);
        write::commit(tx, now, &entry).await?;
        Ok(space)
    }

    /// An admin of the space takes back an open invitation.
    pub async fn revoke_space_invitation(&self, now: i64, actor: i64, space: i64, id: i64) -> Result<()> {
        let entry = AuditEntry::new(Some(actor), "space.invitation_revoke", "space", space);
        self.change(
            now,
            "UPDATE space_invitations SET state = 'revoked', answered_at = $1 WHERE id = $2 AND space_id = $3 \
             AND state = 'pending'",
            (now, id, space),
            &entry,
        )
        .await
    }
}
