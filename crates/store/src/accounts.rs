//! Users, invitations, password resets and consents.

use domain::accounts::{ConsentKind, Email, UserStatus};
use domain::orgs::Role;
use domain::{Flag, Timestamp};

use crate::audit::{self, AuditEntry};
use crate::filter::Filter;
use crate::write::{self, Written};
use crate::{conflict_on_unique, Result, Store, StoreError};

#[derive(Debug, Clone, sqlx::FromRow, serde::Serialize)]
pub struct User {
    pub id: i64,
    pub email: String,
    pub name: String,
    #[serde(skip)]
    pub password_hash: String,
    pub locale: Option<String>,
    pub platform_admin: Flag,
    pub status: UserStatus,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

impl User {
    pub fn is_platform_admin(&self) -> bool {
        self.platform_admin.on()
    }
    pub fn is_active(&self) -> bool {
        self.status == UserStatus::Active
    }
}

/// Something a person agreed to, and when.
#[derive(Debug, Clone, sqlx::FromRow, serde::Serialize)]
pub struct Consent {
    pub kind: ConsentKind,
    pub version: String,
    pub at: Timestamp,
}

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

/// A new account's fields, already parsed by the domain.
#[derive(Debug, Clone)]
pub struct NewUser {
    pub email: Email,
    pub name: String,
    pub password_hash: String,
    pub locale: Option<String>,
    pub platform_admin: bool,
}

const USER_COLS: &str = "id, email, name, password_hash, locale, platform_admin, status, created_at, updated_at";
const INVITE_SELECT: &str = "SELECT i.id, i.email, i.org_id, o.name AS org_name, i.role, i.locale, i.invited_by, \
     u.name AS inviter_name, i.created_at, i.expires_at, i.used_at FROM invitations i \
     LEFT JOIN orgs o ON o.id = i.org_id LEFT JOIN users u ON u.id = i.invited_by";

/// The role an invitation to an organisation grants (it always names one).
fn role_of_invitation(id: i64, role: Option<Role>) -> Result<Role> {
    role.ok_or_else(|| StoreError::Config(format!("invitation {id} names an organisation but no role")))
}

/// The admin list's search, numbered after `fixed` parameters of the statement
/// (it continues `WHERE status = 'active'`).
fn users_filter(q: &str, fixed: usize) -> Filter {
    let mut w = Filter::after(fixed);
    if !q.is_empty() {
        let p = w.param(format!("%{}%", q.to_lowercase()));
        w.and(format!("(lower(name) LIKE {p} OR email LIKE {p})"));
    }
    w
}

/// Makes every unused reset link of a user unusable (after a password change or reset).
async fn end_open_resets(tx: &mut sqlx::Transaction<'static, sqlx::Any>, now: i64, user: i64) -> Result<()> {
    sqlx::query("UPDATE password_resets SET used_at = $1 WHERE user_id = $2 AND used_at IS NULL")
        .bind(now)
        .bind(user)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Inserts an active account and writes `user.create` to the audit log.
async fn insert_user(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    now: i64,
    actor: Option<i64>,
    u: &NewUser,
) -> Result<i64> {
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO users (email, name, password_hash, locale, platform_admin, status, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, 'active', $6, $6) RETURNING id",
    )
    .bind(u.email.as_str())
    .bind(&u.name)
    .bind(&u.password_hash)
    .bind(u.locale.clone())
    .bind(Flag(u.platform_admin))
    .bind(now)
    .fetch_one(&mut **tx)
    .await
    .map_err(|e| conflict_on_unique(e, "email"))?;
    audit::write(tx, now, &AuditEntry::new(actor.or(Some(id)), "user.create", "user", id)).await?;
    Ok(id)
}

impl Store {
    pub async fn user_by_id(&self, id: i64) -> Result<Option<User>> {
        Ok(
            sqlx::query_as::<_, User>(&format!("SELECT {USER_COLS} FROM users WHERE id = $1"))
                .bind(id)
                .fetch_optional(&self.pool)
                .await?,
        )
    }

    pub async fn user_by_email(&self, email: &Email) -> Result<Option<User>> {
        Ok(sqlx::query_as::<_, User>(&format!(
            "SELECT {USER_COLS} FROM users WHERE email = $1 AND status = 'active'"
        ))
        .bind(email.as_str())
        .fetch_optional(&self.pool)
        .await?)
    }

    /// Creates a user (and, when given, a membership) in one transaction.
    pub async fn create_user(
        &self,
        now: i64,
        actor: Option<i64>,
        u: &NewUser,
        membership: Option<(i64, Role)>,
    ) -> Result<User> {
        let mut tx = self.write_tx().await?;
        let id = insert_user(&mut tx, now, actor, u).await?;
        let actor = actor.or(Some(id));
        if let Some((org, role)) = membership {
            crate::orgs::insert_membership(&mut tx, now, actor, org, id, role).await?;
        }
        tx.commit().await?;
        self.user_by_id(id).await?.ok_or(StoreError::NotFound)
    }

    pub async fn set_user_name_locale(&self, now: i64, id: i64, name: &str, locale: Option<&str>) -> Result<()> {
        let mut tx = self.write_tx().await?;
        sqlx::query("UPDATE users SET name = $1, locale = $2, updated_at = $3 WHERE id = $4")
            .bind(name)
            .bind(locale.map(str::to_string))
            .bind(now)
            .bind(id)
            .execute(&mut *tx)
            .await?
            .found()?;
        write::commit(tx, now, &AuditEntry::new(Some(id), "user.update_profile", "user", id)).await
    }

    /// Remembers the interface language a signed-in user chose.
    pub async fn set_user_locale(&self, now: i64, id: i64, locale: &str) -> Result<()> {
        let mut tx = self.write_tx().await?;
        sqlx::query("UPDATE users SET locale = $1, updated_at = $2 WHERE id = $3")
            .bind(locale)
            .bind(now)
            .bind(id)
            .execute(&mut *tx)
            .await?
            .found()?;
        let entry = AuditEntry::new(Some(id), "user.set_language", "user", id).detail(locale);
        write::commit(tx, now, &entry).await
    }

    /// Sets a new password hash and ends every session of the user.
    pub async fn set_password(
        &self,
        now: i64,
        actor: Option<i64>,
        id: i64,
        hash: &str,
        action: &'static str,
    ) -> Result<()> {
        let mut tx = self.write_tx().await?;
        sqlx::query("UPDATE users SET password_hash = $1, updated_at = $2 WHERE id = $3")
            .bind(hash)
            .bind(now)
            .bind(id)
            .execute(&mut *tx)
            .await?
            .found()?;
        sqlx::query("DELETE FROM sessions WHERE user_id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        end_open_resets(&mut tx, now, id).await?;
        write::commit(tx, now, &AuditEntry::new(actor, action, "user", id)).await
    }

    pub async fn set_platform_admin(&self, now: i64, actor: i64, id: i64, on: bool) -> Result<()> {
        let mut tx = self.write_tx().await?;
        sqlx::query("UPDATE users SET platform_admin = $1, updated_at = $2 WHERE id = $3 AND status = 'active'")
            .bind(Flag(on))
            .bind(now)
            .bind(id)
            .execute(&mut *tx)
            .await?
            .found()?;
        let action = if on {
            "user.grant_platform_admin"
        } else {
            "user.revoke_platform_admin"
        };
        write::commit(tx, now, &AuditEntry::new(Some(actor), action, "user", id)).await
    }

    /// Users for the admin list, by name, optionally filtered by a search text.
    pub async fn users_list(&self, q: &str, limit: i64, offset: i64) -> Result<(Vec<User>, i64)> {
        let w = users_filter(q, 2);
        let list_sql = format!(
            "SELECT {USER_COLS} FROM users WHERE status = 'active'{} ORDER BY name, id LIMIT $1 OFFSET $2",
            w.and_clause()
        );
        let list = sqlx::query_as::<_, User>(&list_sql).bind(limit).bind(offset);
        let rows = w.bind_as(list).fetch_all(&self.pool).await?;
        let w = users_filter(q, 0);
        let count_sql = format!("SELECT COUNT(*) FROM users WHERE status = 'active'{}", w.and_clause());
        let (total,) = w
            .bind_as(sqlx::query_as::<_, (i64,)>(&count_sql))
            .fetch_one(&self.pool)
            .await?;
        Ok((rows, total))
    }

    pub async fn count_users(&self) -> Result<i64> {
        let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM users")
            .fetch_one(&self.pool)
            .await?;
        Ok(n)
    }

    /// Deletes an account: personal data removed, the row kept as a pseudonym
    /// so audit entries still point somewhere ("Gelöschte Person #id").
    /// Whether `user` is the only admin of an organisation, or the only platform admin
    /// (then the account may not be deleted before someone else takes over).
    pub async fn is_sole_admin(&self, user: i64) -> Result<bool> {
        let (orgs,): (i64,) = sqlx::query_as(
            "SELECT COUNT(*) FROM memberships m WHERE m.user_id = $1 AND m.role = 'admin' AND NOT EXISTS \
             (SELECT 1 FROM memberships o WHERE o.org_id = m.org_id AND o.role = 'admin' AND o.user_id <> $1)",
        )
        .bind(user)
        .fetch_one(&self.pool)
        .await?;
        // the only active platform admin (0 when `user` is not one)
        let (sole_platform,): (i64,) = sqlx::query_as(
            "SELECT COUNT(*) FROM users u WHERE u.id = $1 AND u.platform_admin = 1 AND NOT EXISTS \
             (SELECT 1 FROM users o WHERE o.platform_admin = 1 AND o.status = 'active' AND o.id <> $1)",
        )
        .bind(user)
        .fetch_one(&self.pool)
        .await?;
        Ok(orgs > 0 || sole_platform > 0)
    }

    pub async fn delete_user(&self, now: i64, id: i64) -> Result<()> {
        let mut tx = self.write_tx().await?;
        let (email,): (String,) = sqlx::query_as("SELECT email FROM users WHERE id = $1")
            .bind(id)
            .fetch_one(&mut *tx)
            .await?;
        let pseudonym = format!("#{id}");
        sqlx::query(
            "UPDATE users SET email = $1, name = $2, password_hash = '', locale = NULL, platform_admin = 0, \
             status = 'deleted', updated_at = $3 WHERE id = $4",
        )
        .bind(format!("deleted-{id}@invalid"))
        .bind(&pseudonym)
        .bind(now)
        .bind(id)
        .execute(&mut *tx)
        .await?;
        // the e-mail address also stands in invitations, mails and audit details
        sqlx::query("DELETE FROM invitations WHERE email = $1")
            .bind(&email)
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM outbox WHERE to_addr = $1")
            .bind(&email)
            .execute(&mut *tx)
            .await?;
        sqlx::query("UPDATE audit_log SET detail = $1 WHERE detail = $2")
            .bind(&pseudonym)
            .bind(&email)
            .execute(&mut *tx)
            .await?;
        for sql in [
            "DELETE FROM sessions WHERE user_id = $1",
            "DELETE FROM memberships WHERE user_id = $1",
            "DELETE FROM password_resets WHERE user_id = $1",
            "DELETE FROM consents WHERE user_id = $1",
        ] {
            sqlx::query(sql).bind(id).execute(&mut *tx).await?;
        }
        write::commit(tx, now, &AuditEntry::new(Some(id), "user.delete", "user", id)).await
    }

    // ----- invitations -------------------------------------------------

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
        sqlx::query(
            "DELETE FROM invitations WHERE email = $1 AND COALESCE(org_id, 0) = $2 AND used_at IS NULL \
             AND expires_at <= $3",
        )
        .bind(email.as_str())
        .bind(org.map(|o| o.0).unwrap_or(0))
        .bind(now)
        .execute(&mut *tx)
        .await?;
        let (id,): (i64,) = sqlx::query_as(
            "INSERT INTO invitations (token_hash, email, org_id, role, locale, invited_by, created_at, expires_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
        )
        .bind(token_hash)
        .bind(email.as_str())
        .bind(org.map(|o| o.0))
        .bind(org.map(|o| o.1))
        .bind(locale)
        .bind(actor)
        .bind(now)
        .bind(now + ttl_secs)
        .fetch_one(&mut *tx)
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
        Ok(
            sqlx::query_as::<_, Invitation>(&format!("{INVITE_SELECT} WHERE i.token_hash = $1"))
                .bind(token_hash)
                .fetch_optional(&self.pool)
                .await?,
        )
    }

    /// Whether an unused, unexpired invitation for `email` (to `org`, or to no organisation) exists.
    pub async fn open_invitation_exists(&self, email: &Email, org: Option<i64>, now: i64) -> Result<bool> {
        let row: Option<(i64,)> = sqlx::query_as(
            "SELECT id FROM invitations WHERE email = $1 AND COALESCE(org_id, 0) = $2 AND used_at IS NULL \
             AND expires_at > $3",
        )
        .bind(email.as_str())
        .bind(org.unwrap_or(0))
        .bind(now)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.is_some())
    }

    /// Open invitations of an organisation (for member management).
    pub async fn open_invitations(&self, org: i64, now: i64) -> Result<Vec<Invitation>> {
        Ok(sqlx::query_as::<_, Invitation>(&format!(
            "{INVITE_SELECT} WHERE i.org_id = $1 AND i.used_at IS NULL AND i.expires_at > $2 ORDER BY i.id DESC"
        ))
        .bind(org)
        .bind(now)
        .fetch_all(&self.pool)
        .await?)
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
        let inv: Option<(i64, String, Option<i64>, Option<Role>)> = sqlx::query_as(
            "UPDATE invitations SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL AND expires_at > $1 \
             RETURNING id, email, org_id, role",
        )
        .bind(now)
        .bind(token_hash)
        .fetch_optional(&mut *tx)
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
        sqlx::query("INSERT INTO consents (user_id, kind, version, at) VALUES ($1, $2, $3, $4)")
            .bind(uid)
            .bind(ConsentKind::PrivacyNotice)
            .bind(consent_version)
            .bind(now)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        self.user_by_id(uid).await?.ok_or(StoreError::NotFound)
    }

    /// An existing account accepts an invitation: marks it used (once) and
    /// adds the membership. Fails with NotFound when used, expired, or meant
    /// for another e-mail address.
    pub async fn accept_invitation_existing(&self, now: i64, token_hash: &str, user: &User) -> Result<Option<i64>> {
        let mut tx = self.write_tx().await?;
        let inv: Option<(i64, Option<i64>, Option<Role>)> = sqlx::query_as(
            "UPDATE invitations SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL AND expires_at > $1 \
             AND email = $3 RETURNING id, org_id, role",
        )
        .bind(now)
        .bind(token_hash)
        .bind(&user.email)
        .fetch_optional(&mut *tx)
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
        let mut tx = self.write_tx().await?;
        sqlx::query("DELETE FROM invitations WHERE id = $1 AND org_id = $2 AND used_at IS NULL")
            .bind(id)
            .bind(org)
            .execute(&mut *tx)
            .await?
            .found()?;
        let entry = AuditEntry::new(Some(actor), "invitation.revoke", "invitation", id).org(Some(org));
        write::commit(tx, now, &entry).await
    }

    // ----- password resets ---------------------------------------------

    pub async fn create_password_reset(
        &self,
        now: i64,
        user: i64,
        token_hash: &str,
        ttl_secs: i64,
        mail: &crate::outbox::NewMail,
    ) -> Result<()> {
        let mut tx = self.write_tx().await?;
        sqlx::query(
            "INSERT INTO password_resets (token_hash, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4)",
        )
        .bind(token_hash)
        .bind(user)
        .bind(now)
        .bind(now + ttl_secs)
        .execute(&mut *tx)
        .await?;
        crate::outbox::enqueue(&mut tx, now, mail).await?;
        write::commit(tx, now, &AuditEntry::new(None, "password_reset.request", "user", user)).await
    }

    /// The user a reset link belongs to, with the link's state.
    pub async fn password_reset(&self, token_hash: &str, now: i64) -> Result<Option<(i64, LinkState)>> {
        let row: Option<(i64, i64, Option<i64>)> =
            sqlx::query_as("SELECT user_id, expires_at, used_at FROM password_resets WHERE token_hash = $1")
                .bind(token_hash)
                .fetch_optional(&self.pool)
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
        let row: Option<(i64,)> = sqlx::query_as(
            "UPDATE password_resets SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL AND expires_at > $1 \
             RETURNING user_id",
        )
        .bind(now)
        .bind(token_hash)
        .fetch_optional(&mut *tx)
        .await?;
        let Some((user,)) = row else {
            return Err(StoreError::NotFound);
        };
        sqlx::query("UPDATE users SET password_hash = $1, updated_at = $2 WHERE id = $3")
            .bind(hash)
            .bind(now)
            .bind(user)
            .execute(&mut *tx)
            .await?
            .found()?;
        sqlx::query("DELETE FROM sessions WHERE user_id = $1")
            .bind(user)
            .execute(&mut *tx)
            .await?;
        end_open_resets(&mut tx, now, user).await?;
        write::commit(
            tx,
            now,
            &AuditEntry::new(Some(user), "password_reset.use", "user", user),
        )
        .await?;
        Ok(user)
    }

    pub async fn consents_of(&self, user: i64) -> Result<Vec<Consent>> {
        Ok(
            sqlx::query_as("SELECT kind, version, at FROM consents WHERE user_id = $1 ORDER BY id")
                .bind(user)
                .fetch_all(&self.pool)
                .await?,
        )
    }
}
