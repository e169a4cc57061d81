//! GET /orgs: the organisation directory (search, filter by type and region).

use askama::Template;
use axum::extract::Query;
use serde::Deserialize;
use store::orgs::{Org, OrgFilter};

use crate::web::error::AppResult;
use crate::web::extract::Ctx;
use crate::web::orgs::forms::{kind_options, region_options};
use crate::web::page::{FormErrors, Nav, Opt, Page, Pager};
use crate::web::render;

#[derive(Template)]
#[template(path = "orgs/directory.html")]
struct DirectoryPage {
    p: Page,
    q: DirQuery,
    orgs: Vec<Org>,
    pager: Pager,
    kinds: Vec<Opt>,
    regions: Vec<Opt>,
    errs: FormErrors,
}

#[derive(Deserialize, Default)]
pub struct DirQuery {
    #[serde(default)]
    q: String,
    #[serde(default)]
    kind: String,
    #[serde(default)]
    region: String,
    #[serde(default)]
    page: Option<String>,
}

pub async fn get(ctx: Ctx, Query(q): Query<DirQuery>) -> AppResult {
    ctx.require(domain::policy::Action::ViewPublic)?;
    let page_no = Pager::parse(q.page.as_deref());
    let filter = OrgFilter {
        q: q.q.chars().take(100).collect(),
        kind: Some(q.kind.clone()).filter(|k| !k.is_empty()),
        region: Some(q.region.clone()).filter(|r| !r.is_empty()),
    };
    let (orgs, total) = ctx
        .state
        .store
        .orgs_list(&filter, Pager::SIZE, Pager::offset(page_no))
        .await?;
    let regions = ctx.state.regions.clone();
    let p = ctx.page("orgs-title", Nav::Orgs);
    let base = url::form_urlencoded::Serializer::new(String::new())
        .append_pair("q", &q.q)
        .append_pair("kind", &q.kind)
        .append_pair("region", &q.region)
        .finish()
        + "&";
    let kinds = kind_options(&p, true);
    let regions = region_options(&p, &regions, true);
    render(&DirectoryPage {
        p,
        q,
        orgs,
        pager: Pager::new(page_no, total, base),
        kinds,
        regions,
        errs: FormErrors::new(),
    })
}
