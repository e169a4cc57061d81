//! Invitations (to the platform, and to an organisation with a role) and
//! password-reset links: only a token's hash is stored; a link is used once.

use domain::accounts::{ConsentKind, Email};
use domain::orgs::Role;
use domain::Timestamp;

use crate::accounts::{end_open_resets, insert_user, NewUser, User};
use crate::audit::{self, AuditEntry};
use crate::db;
use crate::write::{self, Written};
use crate::{conflict_on_unique, Result, Store, StoreError};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Invitation {
    pub id: i64,
    pub email: String,
    pub org_id: Option<i64>,
    pub org_name: Option<String>,
    pub role: Option<Role>,
    pub locale: String,
    pub invited_by: Option<i64>,
    pub inviter_name: Option<String>,
    pub created_at: Timestamp,
    pub expires_at: Timestamp,
    pub used_at: Option<Timestamp>,
}

/// Why an invitation or reset link cannot be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkState {
    Valid,
    Expired,
    Used,
}

impl Invitation {
    pub fn state(&self, now: i64) -> LinkState {
        if self.used_at.is_some() {
            LinkState::Used
        } else if now >= self.expires_at.0 {
            LinkState::Expired
        } else {
            LinkState::Valid
        }
    }
}

/// A new invitation: only the token's hash is stored.
#[derive(Debug, Clone, Copy)]
pub struct NewInvitation<'a> {
    pub token_hash: &'a str,
    pub email: &'a Email,
    /// The organisation to join, with the role.
    pub org: Option<(i64, Role)>,
    pub locale: &'a str,
    pub ttl_secs: i64,
}

const INVITE_SELECT: &str = "SELECT i.id, i.email, i.org_id, o.name AS org_name, i.role, i.locale, i.invited_by, \
     u.name AS inviter_name, i.created_at, i.expires_at, i.used_at FROM invitations i \
     LEFT JOIN orgs o ON o.id = i.org_id LEFT JOIN users u ON u.id = i.invited_by";

/// The role an invitation to an organisation grants (it always names one).
fn role_of_invitation(id: i64, role: Option<Role>) -> Result<Role> {
    role.ok_or_else(|| StoreError::Config(format!("invitation {id} names an organisation but no role")))
}

impl Store {
    /// Stores an invitation (the token's hash only) and its mail in one transaction.
    pub async fn create_invitation(
        &self,
        now: i64,
        actor: i64,
        inv: &NewInvitation<'_>,
        mail: &crate::outbox::NewMail,
    ) -> Result<i64> {
        let NewInvitation {
            token_hash,
            email,
            org,
            locale,
            ttl_secs,
        } = *inv;
        let mut tx = self.write_tx().await?;
        // an expired, unused invitation makes way for the new one
        db::exec(
            &mut *tx,
            "DELETE FROM invitations WHERE email = $1 AND COALESCE(org_id, 0) = $2 AND used_at IS NULL \
             AND expires_at <= $3",
            (email.as_str(), org.map(|o| o.0).unwrap_or(0), now),
        )
        .await?;
        let id = db::number(
            &mut *tx,
            "INSERT INTO invitations (token_hash, email, org_id, role, locale, invited_by, created_at, expires_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
            (
                token_hash,
                email.as_str(),
                org.map(|o| o.0),
                org.map(|o| o.1),
                locale,
                actor,
                now,
                now + ttl_secs,
            ),
        )
        .await
        .map_err(|e| conflict_on_unique(e, "invitation"))?;
        crate::outbox::enqueue(&mut tx, now, mail).await?;
        let entry = AuditEntry::new(Some(actor), "invitation.create", "invitation", id)
            .org(org.map(|o| o.0))
            .detail(email.as_str());
        write::commit(tx, now, &entry).await?;
        Ok(id)
    }

    pub async fn invitation_by_token(&self, token_hash: &str) -> Result<Option<Invitation>> {
        self.row(&format!("{INVITE_SELECT} WHERE i.token_hash = $1"), token_hash)
            .await
    }

    /// Whether an unused, unexpired invitation for `email` (to `org`, or to no organisation) exists.
    pub async fn open_invitation_exists(&self, email: &Email, org: Option<i64>, now: i64) -> Result<bool> {
        let row: Option<(i64,)> = self
            .row(
                "SELECT id FROM invitations WHERE email = $1 AND COALESCE(org_id, 0) = $2 AND used_at IS NULL \
             AND expires_at > $3",
                (email.as_str(), org.unwrap_or(0), now),
            )
            .await?;
        Ok(row.is_some())
    }

    /// Open invitations of an organisation (for member management).
    pub async fn open_invitations(&self, org: i64, now: i64) -> Result<Vec<Invitation>> {
        self.rows(
            &format!(
                "{INVITE_SELECT} WHERE i.org_id = $1 AND i.used_at IS NULL AND i.expires_at > $2 ORDER BY i.id DESC"
            ),
            (org, now),
        )
        .await
    }

    /// Accepts an invitation: marks it used (only if still unused and not
    /// expired, so a double submit or a reused link creates nothing), creates
    /// the account and its membership, records consent. One transaction.
    pub async fn accept_invitation(
        &self,
        now: i64,
        token_hash: &str,
        name: &str,
        password_hash: &str,
        locale: &str,
        consent_version: &str,
    ) -> Result<User> {
        let mut tx = self.write_tx().await?;
        let inv: Option<(i64, String, Option<i64>, Option<Role>)> = db::row(
            &mut *tx,
            "UPDATE invitations SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL AND expires_at > $1 \
             RETURNING id, email, org_id, role",
            (now, token_hash),
        )
        .await?;
        let Some((inv_id, email, org_id, role)) = inv else {
            return Err(StoreError::NotFound);
        };
        let email = Email::parse(&email).map_err(|e| StoreError::Config(format!("stored e-mail: {e}")))?;
        let new = NewUser {
            email,
            name: name.to_string(),
            password_hash: password_hash.to_string(),
            locale: Some(locale.to_string()),
            platform_admin: false,
        };
        let uid = insert_user(&mut tx, now, None, &new).await?;
        audit::write(
            &mut tx,
            now,
            &AuditEntry::new(Some(uid), "invitation.accept", "invitation", inv_id).org(org_id),
        )
        .await?;
        if let Some(org) = org_id {
            let role = role_of_invitation(inv_id, role)?;
            crate::orgs::insert_membership(&mut tx, now, Some(uid), org, uid, role).await?;
        }
        db::exec(
            &mut *tx,
            "INSERT INTO consents (user_id, kind, version, at) VALUES ($1, $2, $3, $4)",
            (uid, ConsentKind::PrivacyNotice, consent_version, now),
        )
        .await?;
        tx.commit().await?;
        self.user_by_id(uid).await?.ok_or(StoreError::NotFound)
    }

    /// An existing account accepts an invitation: marks it used (once) and
    /// adds the membership. Fails with NotFound when used, expired, or meant
    /// for another e-mail address.
    pub async fn accept_invitation_existing(&self, now: i64, token_hash: &str, user: &User) -> Result<Option<i64>> {
        let mut tx = self.write_tx().await?;
        let inv: Option<(i64, Option<i64>, Option<Role>)> = db::row(
            &mut *tx,
            "UPDATE invitations SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL AND expires_at > $1 \
             AND email = $3 RETURNING id, org_id, role",
            (now, token_hash, &user.email),
        )
        .await?;
        let Some((inv_id, org_id, role)) = inv else {
            return Err(StoreError::NotFound);
        };
        audit::write(
            &mut tx,
            now,
            &AuditEntry::new(Some(user.id), "invitation.accept", "invitation", inv_id).org(org_id),
        )
        .await?;
        if let Some(org) = org_id {
            let role = role_of_invitation(inv_id, role)?;
            crate::orgs::insert_membership(&mut tx, now, Some(user.id), org, user.id, role).await?;
        }
        tx.commit().await?;
        Ok(org_id)
    }

    pub async fn revoke_invitation(&self, now: i64, actor: i64, org: i64, id: i64) -> Result<()> {
        let entry = AuditEntry::new(Some(actor), "invitation.revoke", "invitation", id).org(Some(org));
        self.change(
            now,
            "DELETE FROM invitations WHERE id = $1 AND org_id = $2 AND used_at IS NULL",
            (id, org),
            &entry,
        )
        .await
    }

    pub async fn create_password_reset(
        &self,
        now: i64,
        user: i64,
        token_hash: &str,
        ttl_secs: i64,
        mail: &crate::outbox::NewMail,
    ) -> Result<()> {
        let mut tx = self.write_tx().await?;
        db::exec(
            &mut *tx,
            "INSERT INTO password_resets (token_hash, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4)",
            (token_hash, user, now, now + ttl_secs),
        )
        .await?;
        crate::outbox::enqueue(&mut tx, now, mail).await?;
        write::commit(tx, now, &AuditEntry::new(None, "password_reset.request", "user", user)).await
    }

    /// The user a reset link belongs to, with the link's state.
    pub async fn password_reset(&self, token_hash: &str, now: i64) -> Result<Option<(i64, LinkState)>> {
        let row: Option<(i64, i64, Option<i64>)> = self
            .row(
                "SELECT user_id, expires_at, used_at FROM password_resets WHERE token_hash = $1",
                token_hash,
            )
            .await?;
        Ok(row.map(|(u, exp, used)| {
            let state = if used.is_some() {
                LinkState::Used
            } else if now >= exp {
                LinkState::Expired
            } else {
                LinkState::Valid
            };
            (u, state)
        }))
    }

    /// Uses a reset link once: sets the password and ends all sessions.
    pub async fn use_password_reset(&self, now: i64, token_hash: &str, hash: &str) -> Result<i64> {
        let mut tx = self.write_tx().await?;
        let row: Option<(i64,)> = db::row(
            &mut *tx,
            "UPDATE password_resets SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL AND expires_at > $1 \
             RETURNING user_id",
            (now, token_hash),
        )
        .await?;
        let Some((user,)) = row else {
            return Err(StoreError::NotFound);
        };
        db::exec(
            &mut *tx,
            "UPDATE users SET password_hash = $1, updated_at = $2 WHERE id = $3",
            (hash, now, user),
        )
        .await?
        .found()?;
        db::exec(&mut *tx, "DELETE FROM sessions WHERE user_id = $1", user).await?;
        end_open_resets(&mut tx, now, user).await?;
        write::commit(
            tx,
            now,
            &AuditEntry::new(Some(user), "password_reset.use", "user", user),
        )
        .await?;
        Ok(user)
    }
}
