//! /admin/audit: the audit log, filtered by action, kind of object, person and organisation.

use askama::Template;
use axum::extract::Query;
use serde::Deserialize;
use store::audit::{AuditFilter, AuditRow};

use crate::web::error::AppResult;
use crate::web::guards::PlatformAdmin;
use crate::web::page::{FormErrors, Opt, Page, Pager};
use crate::web::render;

#[derive(Template)]
#[template(path = "admin/audit.html")]
struct AuditPage {
    p: Page,
    rows: Vec<AuditRow>,
    pager: Pager,
    q: AuditQuery,
    actions: Vec<Opt>,
    kinds: Vec<Opt>,
}

#[derive(Deserialize, Default)]
pub struct AuditQuery {
    #[serde(default)]
    action: String,
    #[serde(default)]
    object_kind: String,
    #[serde(default)]
    actor: String,
    #[serde(default)]
    org: String,
    #[serde(default)]
    page: Option<String>,
}

const OBJECT_KINDS: [&str; 6] = ["user", "org", "invitation", "site_text", "barrier_report", "session"];

pub async fn get(PlatformAdmin { ctx }: PlatformAdmin, Query(q): Query<AuditQuery>) -> AppResult {
    let page_no = Pager::parse(q.page.as_deref());
    let filter = AuditFilter {
        action: Some(q.action.clone()).filter(|s| !s.is_empty()),
        actor: q.actor.parse().ok(),
        org: q.org.parse().ok(),
        object_kind: Some(q.object_kind.clone()).filter(|s| !s.is_empty()),
    };
    let (rows, total) = ctx
        .state
        .store
        .audit_list(&filter, Pager::SIZE, Pager::offset(page_no))
        .await?;
    let p = ctx.admin_page("admin-audit-title", "audit");
    let mut actions = vec![Opt::new("", p.t("filter-any"))];
    actions.extend(
        ctx.state
            .store
            .audit_actions()
            .await?
            .into_iter()
            .map(|a| Opt::new(a.clone(), a)),
    );
    let mut kinds = vec![Opt::new("", p.t("filter-any"))];
    kinds.extend(OBJECT_KINDS.iter().map(|k| Opt::new(*k, *k)));
    let base = url::form_urlencoded::Serializer::new(String::new())
        .append_pair("action", &q.action)
        .append_pair("object_kind", &q.object_kind)
        .append_pair("actor", &q.actor)
        .append_pair("org", &q.org)
        .finish()
        + "&";
    render(&AuditPage {
        p,
        rows,
        pager: Pager::new(page_no, total, base),
        q,
        actions,
        kinds,
    })
}
