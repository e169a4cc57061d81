//! /admin/orgs: all organisations with links to their members and profile;
//! create organisations (platform admins only).

use askama::Template;
use axum::extract::Query;
use store::orgs::{Org, OrgFilter};

use super::PageQuery;
use crate::web::error::AppResult;
use crate::web::extract::Ctx;
use crate::web::form::Form;
use crate::web::guards::PlatformAdmin;
use crate::web::orgs::forms::{kind_options, region_options, OrgForm};
use crate::web::page::{FormErrors, Opt, Page, Pager};
use crate::web::{redirect_flash, render, render_invalid};

#[derive(Template)]
#[template(path = "admin/orgs.html")]
struct OrgsPage {
    p: Page,
    orgs: Vec<Org>,
    pager: Pager,
    q: String,
}

pub async fn list(PlatformAdmin { ctx }: PlatformAdmin, Query(q): Query<PageQuery>) -> AppResult {
    let filter = OrgFilter {
        q: q.q.chars().take(100).collect(),
        ..Default::default()
    };
    let (orgs, total) = ctx.state.store.orgs_list(&filter, Pager::SIZE, q.offset()).await?;
    render(&OrgsPage {
        p: ctx.admin_page("admin-orgs-title", "orgs"),
        orgs,
        pager: q.pager(total, q.search_base()),
        q: q.q,
    })
}

#[derive(Template)]
#[template(path = "admin/org_new.html")]
struct NewOrgPage {
    p: Page,
    errs: FormErrors,
    f: OrgForm,
    kinds: Vec<Opt>,
    regions: Vec<Opt>,
}

async fn page(ctx: &Ctx, errs: FormErrors, f: OrgForm) -> AppResult<NewOrgPage> {
    let regions = ctx.state.regions.clone();
    let p = ctx.admin_page("admin-org-new-title", "orgs");
    let kinds = kind_options(&p, false);
    let regions = region_options(&p, &regions, false);
    Ok(NewOrgPage {
        p,
        errs,
        f,
        kinds,
        regions,
    })
}

pub async fn new_get(PlatformAdmin { ctx }: PlatformAdmin) -> AppResult {
    render(&page(&ctx, FormErrors::new(), OrgForm::default()).await?)
}

pub async fn new_post(PlatformAdmin { ctx }: PlatformAdmin, Form(f): Form<OrgForm>) -> AppResult {
    let regions = ctx.state.regions.clone();
    match f.parse(&regions) {
        Ok(new) => match ctx.state.store.create_org(ctx.now(), Some(ctx.user_id()?), &new).await {
            Ok(id) => Ok(redirect_flash(&format!("/orgs/{id}/members"), "flash-org-created")),
            Err(store::StoreError::Conflict(_)) => {
                let errs = FormErrors::one("name", "error-org-exists");
                render_invalid(&page(&ctx, errs, f).await?)
            }
            Err(e) => Err(e.into()),
        },
        Err(errs) => render_invalid(&page(&ctx, errs, f).await?),
    }
}
