//! Users and consents (invitations and password resets: [`crate::invitations`]).

use domain::accounts::{ConsentKind, Email, UserStatus};
use domain::orgs::Role;
use domain::{Flag, Timestamp};

use crate::audit::{self, AuditEntry};
use crate::db;
use crate::filter::Filter;
use crate::write;
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

/// The columns of [`User`] of the table aliased `alias` (for joins).
pub(crate) fn user_cols(alias: &str) -> String {
    USER_COLS
        .split(", ")
        .map(|c| format!("{alias}.{c}"))
        .collect::<Vec<_>>()
        .join(", ")
}
/// The admin list's search, numbered after `fixed` parameters of the statement
/// (it continues `WHERE status = 'active'`).
fn users_filter(q: &str) -> Filter {
    let mut w = Filter::after(0);
    if !q.is_empty() {
        let p = w.param(format!("%{}%", q.to_lowercase()));
        w.and(format!("(lower(name) LIKE {p} OR email LIKE {p})"));
    }
    w
}

/// Makes every unused reset link of a user unusable (after a password change or reset).
pub(crate) async fn end_open_resets(tx: &mut sqlx::Transaction<'static, sqlx::Any>, now: i64, user: i64) -> Result<()> {
    db::exec(
        &mut **tx,
        "UPDATE password_resets SET used_at = $1 WHERE user_id = $2 AND used_at IS NULL",
        (now, user),
    )
    .await?;
    Ok(())
}

/// Inserts an active account and writes `user.create` to the audit log.
pub(crate) async fn insert_user(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    now: i64,
    actor: Option<i64>,
    u: &NewUser,
) -> Result<i64> {
    let id = db::number(
        &mut **tx,
        "INSERT INTO users (email, name, password_hash, locale, platform_admin, status, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, 'active', $6, $6) RETURNING id",
        (
            u.email.as_str(),
            &u.name,
            &u.password_hash,
            u.locale.clone(),
            Flag(u.platform_admin),
            now,
        ),
    )
    .await
    .map_err(|e| conflict_on_unique(e, "email"))?;
    audit::write(tx, now, &AuditEntry::new(actor.or(Some(id)), "user.create", "user", id)).await?;
    Ok(id)
}

impl Store {
    pub async fn user_by_id(&self, id: i64) -> Result<Option<User>> {
        self.row(&format!("SELECT {USER_COLS} FROM users WHERE id = $1"), id)
            .await
    }

    pub async fn user_by_email(&self, email: &Email) -> Result<Option<User>> {
        self.row(
            &format!("SELECT {USER_COLS} FROM users WHERE email = $1 AND status = 'active'"),
            email.as_str(),
        )
        .await
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
        self.change(
            now,
            "UPDATE users SET name = $1, locale = $2, updated_at = $3 WHERE id = $4",
            (name, locale.map(str::to_string), now, id),
            &AuditEntry::new(Some(id), "user.update_profile", "user", id),
        )
        .await
    }

    /// Remembers the interface language a signed-in user chose.
    pub async fn set_user_locale(&self, now: i64, id: i64, locale: &str) -> Result<()> {
        let entry = AuditEntry::new(Some(id), "user.set_language", "user", id).detail(locale);
        self.change(
            now,
            "UPDATE users SET locale = $1, updated_at = $2 WHERE id = $3",
            (locale, now, id),
            &entry,
        )
        .await
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
        let mut tx = self
            .begin_change(
                "UPDATE users SET password_hash = $1, updated_at = $2 WHERE id = $3",
                (hash, now, id),
            )
            .await?;
        db::exec(&mut *tx, "DELETE FROM sessions WHERE user_id = $1", id).await?;
        end_open_resets(&mut tx, now, id).await?;
        write::commit(tx, now, &AuditEntry::new(actor, action, "user", id)).await
    }

    pub async fn set_platform_admin(&self, now: i64, actor: i64, id: i64, on: bool) -> Result<()> {
        let action = if on {
            "user.grant_platform_admin"
        } else {
            "user.revoke_platform_admin"
        };
        self.change(
            now,
            "UPDATE users SET platform_admin = $1, updated_at = $2 WHERE id = $3 AND status = 'active'",
            (Flag(on), now, id),
            &AuditEntry::new(Some(actor), action, "user", id),
        )
        .await
    }

    /// Users for the admin list, by name, optionally filtered by a search text.
    pub async fn users_list(&self, q: &str, limit: i64, offset: i64) -> Result<(Vec<User>, i64)> {
        let w = users_filter(q);
        let from = format!("FROM users WHERE status = 'active'{}", w.and_clause());
        self.page(
            &w,
            &format!("SELECT {USER_COLS} {from}"),
            "ORDER BY name, id",
            &from,
            limit,
            offset,
        )
        .await
    }

    pub async fn count_users(&self) -> Result<i64> {
        self.number("SELECT COUNT(*) FROM users", ()).await
    }

    /// Whether `user` is the only admin of an organisation or a space, or the only platform
    /// admin (then the account may not be deleted before someone else takes over).
    pub async fn is_sole_admin(&self, user: i64) -> Result<bool> {
        let orgs = self
            .number(
                "SELECT COUNT(*) FROM memberships m WHERE m.user_id = $1 AND m.role = 'admin' AND NOT EXISTS \
             (SELECT 1 FROM memberships o WHERE o.org_id = m.org_id AND o.role = 'admin' AND o.user_id <> $1)",
                user,
            )
            .await?;
        // the only active platform admin (0 when `user` is not one)
        let sole_platform = self
            .number(
                "SELECT COUNT(*) FROM users u WHERE u.id = $1 AND u.platform_admin = 1 AND NOT EXISTS \
             (SELECT 1 FROM users o WHERE o.platform_admin = 1 AND o.status = 'active' AND o.id <> $1)",
                user,
            )
            .await?;
        // a space in which this person is the only admin (an organisation member with the
        // admin role is another admin)
        let spaces = self
            .number(
                "SELECT COUNT(*) FROM space_members m WHERE m.user_id = $1 AND m.role = 'admin' AND NOT EXISTS \
             (SELECT 1 FROM space_members o WHERE o.space_id = m.space_id AND o.role = 'admin' \
             AND (o.user_id IS NULL OR o.user_id <> $1))",
                user,
            )
            .await?;
        Ok(orgs > 0 || sole_platform > 0 || spaces > 0)
    }

    pub async fn consents_of(&self, user: i64) -> Result<Vec<Consent>> {
        self.rows(
            "SELECT kind, version, at FROM consents WHERE user_id = $1 ORDER BY id",
            user,
        )
        .await
    }
}
