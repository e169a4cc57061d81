//! Organisations, regions and memberships.

use domain::orgs::{NewOrg, OrgKind, RegionKind, Role};
use domain::Timestamp;
use sqlx::any::AnyArguments;
use sqlx::query::Query;
use sqlx::{Any, Row, Transaction};

use crate::audit::{self, AuditEntry};
use crate::cache::Versioned;
use crate::db;
use crate::filter::Filter;
use crate::write::{self, Written};
use crate::{Result, Store, StoreError};

#[derive(Debug, Clone, sqlx::FromRow, serde::Serialize)]
pub struct Region {
    pub code: String,
    pub name: String,
    pub kind: RegionKind,
    pub parent: Option<String>,
}

#[derive(Debug, Clone, sqlx::FromRow, serde::Serialize)]
pub struct Org {
    pub id: i64,
    pub name: String,
    pub kind: OrgKind,
    pub region: String,
    pub region_name: String,
    pub description: String,
    pub website: Option<String>,
    pub version: i64,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

#[derive(Debug, Clone, sqlx::FromRow, serde::Serialize)]
pub struct Member {
    pub user_id: i64,
    pub name: String,
    pub email: String,
    pub role: Role,
    pub created_at: Timestamp,
}

/// A user's membership with the organisation's name.
#[derive(Debug, Clone, sqlx::FromRow, serde::Serialize)]
pub struct MembershipOf {
    pub org_id: i64,
    pub org_name: String,
    pub role: Role,
}

#[derive(Debug, Clone, Default)]
pub struct OrgFilter {
    pub q: String,
    pub kind: Option<String>,
    pub region: Option<String>,
}

const ORG_SELECT: &str = "SELECT o.id, o.name, o.kind, o.region, r.name AS region_name, o.description, o.website, \
     o.version, o.created_at, o.updated_at FROM orgs o JOIN regions r ON r.code = o.region";

/// Directory pages of this node: rows and total per filter and page.
pub(crate) type DirCache = Versioned<(Vec<Org>, i64)>;
pub(crate) const DIR_VERSION: &str = "orgs_version";

/// Text used for case-insensitive search in any script (SQLite's `lower` knows only ASCII).
/// Diacritics common in German and Turkish names are folded too, so "Borde"
/// finds "Börde" and the directory sorts "Börde" before "Burgenlandkreis".
pub fn search_key(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.to_lowercase().chars() {
        match c {
            'ä' | 'á' | 'à' | 'â' | 'å' => out.push('a'),
            'ö' | 'ó' | 'ò' | 'ô' => out.push('o'),
            'ü' | 'ú' | 'ù' | 'û' => out.push('u'),
            'é' | 'è' | 'ê' | 'ë' => out.push('e'),
            'í' | 'ì' | 'î' | 'ï' | 'ı' => out.push('i'),
            'ç' => out.push('c'),
            'ş' => out.push('s'),
            'ğ' => out.push('g'),
            'ß' => out.push_str("ss"),
            '\u{0307}' => {} // the dot that lower-casing "İ" leaves
            c => out.push(c),
        }
    }
    out
}

/// Binds an organisation's fields ($1 to $6), shared by its INSERT and UPDATE.
fn bind_org<'q>(q: Query<'q, Any, AnyArguments<'q>>, o: &NewOrg) -> Query<'q, Any, AnyArguments<'q>> {
    q.bind(o.name.as_str().to_string())
        .bind(search_key(o.name.as_str()))
        .bind(o.kind)
        .bind(o.region.clone())
        .bind(o.description.clone())
        .bind(o.website.clone())
}

/// The directory's conditions, numbered after `fixed` parameters of the
/// statement. Only the filters in use become conditions, so the unfiltered
/// list is an index scan and its count needs no join.
fn dir_filter(f: &OrgFilter) -> Filter {
    let mut w = Filter::after(0);
    let q = search_key(f.q.trim());
    if !q.is_empty() {
        let p = w.param(format!(
            "%{}%",
            q.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_")
        ));
        w.and(format!("o.name_search LIKE {p} ESCAPE '\\'"));
    }
    if let Some(kind) = f.kind.as_ref().filter(|k| !k.is_empty()) {
        let p = w.param(kind.as_str());
        w.and(format!("o.kind = {p}"));
    }
    if let Some(region) = f.region.as_ref().filter(|r| !r.is_empty()) {
        let p = w.param(region.as_str());
        // a state includes its districts and cities
        w.and(format!(
            "o.region IN (SELECT code FROM regions WHERE code = {p} OR parent = {p})"
        ));
    }
    w
}

pub(crate) async fn insert_membership(
    tx: &mut Transaction<'static, Any>,
    now: i64,
    actor: Option<i64>,
    org: i64,
    user: i64,
    role: Role,
) -> Result<()> {
    db::exec(
        &mut **tx,
        "INSERT INTO memberships (org_id, user_id, role, created_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (org_id, user_id) DO UPDATE SET role = excluded.role",
        (org, user, role, now),
    )
    .await?;
    audit::write(
        tx,
        now,
        &AuditEntry::new(actor, "membership.add", "user", user)
            .org(Some(org))
            .detail(role.code()),
    )
    .await
}

impl Store {
    pub async fn regions(&self) -> Result<Vec<Region>> {
        self.rows::<Region>("SELECT code, name, kind, parent FROM regions ORDER BY sort", ())
            .await
    }

    pub async fn region_exists(&self, code: &str) -> Result<bool> {
        let row: Option<(String,)> = self.row("SELECT code FROM regions WHERE code = $1", code).await?;
        Ok(row.is_some())
    }

    /// Inserts the reference regions if they are missing (idempotent).
    pub async fn seed_regions(&self, regions: &[(&str, &str, &str, Option<&str>)]) -> Result<()> {
        let mut tx = self.write_tx().await?;
        for (i, (code, name, kind, parent)) in regions.iter().enumerate() {
            db::exec(
                &mut *tx,
                "INSERT INTO regions (code, name, kind, parent, sort) VALUES ($1, $2, $3, $4, $5) \
                 ON CONFLICT (code) DO UPDATE SET name = excluded.name, kind = excluded.kind, \
                 parent = excluded.parent, sort = excluded.sort",
                (*code, *name, *kind, parent.map(str::to_string), i as i64),
            )
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    pub async fn create_org(&self, now: i64, actor: Option<i64>, o: &NewOrg) -> Result<i64> {
        let mut tx = self.write_tx().await?;
        let row = bind_org(
            sqlx::query(
                "INSERT INTO orgs (name, name_search, kind, region, description, website, version, created_at, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, 1, $7, $7) RETURNING id",
            ),
            o,
        )
        .bind(now)
        .fetch_one(&mut *tx)
        .await
        .map_err(|e| crate::conflict_on_unique(e, "name"))?;
        let id: i64 = row.try_get(0)?;
        audit::write(
            &mut tx,
            now,
            &AuditEntry::new(actor, "org.create", "org", id).org(Some(id)),
        )
        .await?;
        self.commit_changing(tx, &self.dir_cache).await?;
        Ok(id)
    }

    /// Updates an organisation if nobody changed it since `version` was read.
    pub async fn update_org(&self, now: i64, actor: i64, id: i64, version: i64, o: &NewOrg) -> Result<()> {
        let mut tx = self.write_tx().await?;
        let written = bind_org(
            sqlx::query(
                "UPDATE orgs SET name = $1, name_search = $2, kind = $3, region = $4, description = $5, website = $6, \
                 version = version + 1, updated_at = $7 WHERE id = $8 AND version = $9",
            ),
            o,
        )
        .bind(now)
        .bind(id)
        .bind(version)
        .execute(&mut *tx)
        .await
        .map_err(|e| crate::conflict_on_unique(e, "name"))?
        .fresh();
        write::fresh_or_gone(&mut tx, written, "SELECT id FROM orgs WHERE id = $1", id).await?;
        audit::write(
            &mut tx,
            now,
            &AuditEntry::new(Some(actor), "org.update", "org", id).org(Some(id)),
        )
        .await?;
        self.commit_changing(tx, &self.dir_cache).await?;
        Ok(())
    }

    pub async fn org(&self, id: i64) -> Result<Option<Org>> {
        self.row(&format!("{ORG_SELECT} WHERE o.id = $1"), id).await
    }

    /// The directory: filtered, sorted by name, one page. Returns rows and total.
    pub async fn orgs_list(&self, f: &OrgFilter, limit: i64, offset: i64) -> Result<(Vec<Org>, i64)> {
        let key = format!(
            "{}\u{0}{:?}\u{0}{:?}\u{0}{limit}\u{0}{offset}",
            f.q.trim(),
            f.kind,
            f.region
        );
        self.cached(&self.dir_cache, key, || self.orgs_list_uncached(f, limit, offset))
            .await
    }

    async fn orgs_list_uncached(&self, f: &OrgFilter, limit: i64, offset: i64) -> Result<(Vec<Org>, i64)> {
        let w = dir_filter(f);
        let filter = w.where_clause();
        self.page(
            &w,
            &format!("{ORG_SELECT} {filter}"),
            "ORDER BY o.name_search, o.id",
            &format!("FROM orgs o {filter}"),
            limit,
            offset,
        )
        .await
    }

    pub async fn count_orgs(&self) -> Result<i64> {
        self.number("SELECT COUNT(*) FROM orgs", ()).await
    }

    pub async fn members(&self, org: i64) -> Result<Vec<Member>> {
        self.rows(
            "SELECT m.user_id, u.name, u.email, m.role, m.created_at FROM memberships m \
             JOIN users u ON u.id = m.user_id WHERE m.org_id = $1 AND u.status = 'active' ORDER BY u.name, u.id",
            org,
        )
        .await
    }

    pub async fn memberships_of(&self, user: i64) -> Result<Vec<MembershipOf>> {
        self.rows(
            "SELECT m.org_id, o.name AS org_name, m.role FROM memberships m JOIN orgs o ON o.id = m.org_id \
             WHERE m.user_id = $1 ORDER BY o.name",
            user,
        )
        .await
    }

    /// Adds an existing user to an organisation (or changes their role).
    pub async fn add_member(&self, now: i64, actor: i64, org: i64, user: i64, role: Role) -> Result<()> {
        let mut tx = self.write_tx().await?;
        insert_membership(&mut tx, now, Some(actor), org, user, role).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Changes a member's role. Refuses to demote the last admin.
    pub async fn set_member_role(&self, now: i64, actor: i64, org: i64, user: i64, role: Role) -> Result<()> {
        let mut tx = self.write_tx().await?;
        if role != Role::Admin {
            self.ensure_other_admin(&mut tx, org, user).await?;
        }
        db::exec(
            &mut *tx,
            "UPDATE memberships SET role = $1 WHERE org_id = $2 AND user_id = $3",
            (role, org, user),
        )
        .await?
        .found()?;
        let entry = AuditEntry::new(Some(actor), "membership.set_role", "user", user)
            .org(Some(org))
            .detail(role.code());
        write::commit(tx, now, &entry).await
    }

    /// Removes a member. Refuses to remove the last admin.
    pub async fn remove_member(&self, now: i64, actor: i64, org: i64, user: i64) -> Result<()> {
        let mut tx = self.write_tx().await?;
        self.ensure_other_admin(&mut tx, org, user).await?;
        db::exec(
            &mut *tx,
            "DELETE FROM memberships WHERE org_id = $1 AND user_id = $2",
            (org, user),
        )
        .await?
        .found()?;
        let entry = AuditEntry::new(Some(actor), "membership.remove", "user", user).org(Some(org));
        write::commit(tx, now, &entry).await
    }

    /// Fails with `Conflict("last_admin")` when `user` is the only admin of `org`.
    async fn ensure_other_admin(&self, tx: &mut Transaction<'static, Any>, org: i64, user: i64) -> Result<()> {
        // PostgreSQL: lock the admin rows, so two admins demoting each other at
        // the same moment are serialised (SQLite writers are serialised already).
        let sql = match self.backend {
            crate::Backend::Postgres => {
                "SELECT user_id FROM memberships WHERE org_id = $1 AND role = 'admin' FOR UPDATE"
            }
            crate::Backend::Sqlite => "SELECT user_id FROM memberships WHERE org_id = $1 AND role = 'admin'",
        };
        let admins: Vec<(i64,)> = db::rows(&mut **tx, sql, org).await?;
        if admins.len() == 1 && admins[0].0 == user {
            return Err(StoreError::Conflict("last_admin"));
        }
        Ok(())
    }
}

impl Store {
    /// The organisation with exactly this name (compared as the directory's search does).
    pub async fn org_by_name(&self, name: &str) -> Result<Option<Org>> {
        self.row::<Org>(
            &format!("{ORG_SELECT} WHERE o.name_search = $1"),
            search_key(name.trim()),
        )
        .await
    }

    /// The admins of an organisation: (e-mail, name, locale).
    pub async fn org_admin_contacts(&self, org: i64) -> Result<Vec<(String, String, Option<String>)>> {
        self.rows(
            "SELECT u.email, u.name, u.locale FROM memberships m JOIN users u ON u.id = m.user_id \
             WHERE m.org_id = $1 AND m.role = 'admin' AND u.status = 'active' ORDER BY u.id",
            org,
        )
        .await
    }
}
