//! GET/POST /orgs/{id}/edit: the organisation's admins edit its profile.
//! A stale form (changed by someone else meanwhile) is refused, nothing overwritten.

use askama::Template;
use store::logos::LogoMeta;
use store::orgs::Org;
use store::StoreError;

use crate::web::error::AppResult;
use crate::web::extract::Ctx;
use crate::web::form::Form;
use crate::web::guards::orgs::OrgAdmin;
use crate::web::orgs::forms::{kind_options, region_options, OrgForm};
use crate::web::page::{FormErrors, Nav, Opt, Page};
use crate::web::{redirect_flash, render, render_invalid};

#[derive(Template)]
#[template(path = "orgs/edit.html")]
struct EditPage {
    p: Page,
    id: i64,
    errs: FormErrors,
    f: OrgForm,
    kinds: Vec<Opt>,
    regions: Vec<Opt>,
    logo: Option<LogoMeta>,
    logo_alt: String,
}

async fn page(ctx: &Ctx, id: i64, org_name: &str, errs: FormErrors, f: OrgForm) -> AppResult<EditPage> {
    let regions = ctx.state.regions.clone();
    let logo = ctx.state.store.logo_meta(id).await?;
    let mut p = ctx.page("org-edit-title", Nav::Orgs);
    p.title = p.t1("org-edit-title", "org", org_name);
    let kinds = kind_options(&p, false);
    let regions = region_options(&p, &regions, false);
    let logo_alt = p.t1("org-logo-alt", "org", org_name);
    Ok(EditPage {
        logo,
        logo_alt,
        p,
        id,
        errs,
        f,
        kinds,
        regions,
    })
}

fn form_of(org: &Org) -> OrgForm {
    OrgForm {
        name: org.name.clone(),
        kind: org.kind.code().to_string(),
        region: org.region.clone(),
        description: org.description.clone(),
        website: org.website.clone().unwrap_or_default(),
        version: org.version.to_string(),
    }
}

pub async fn get(OrgAdmin { ctx, org }: OrgAdmin) -> AppResult {
    render(&page(&ctx, org.id, &org.name, FormErrors::new(), form_of(&org)).await?)
}

/// The edit page again with the logo form's errors (the profile as stored).
pub async fn show_invalid(ctx: &Ctx, org: &Org, errs: FormErrors) -> AppResult {
    render_invalid(&page(ctx, org.id, &org.name, errs, form_of(org)).await?)
}

pub async fn post(OrgAdmin { ctx, org }: OrgAdmin, Form(f): Form<OrgForm>) -> AppResult {
    let id = org.id;
    let regions = ctx.state.regions.clone();
    let new = match f.parse(&regions) {
        Ok(n) => n,
        Err(errs) => return render_invalid(&page(&ctx, id, &org.name, errs, f).await?),
    };
    let uid = ctx.user_id()?;
    match ctx.state.store.update_org(ctx.now(), uid, id, f.version(), &new).await {
        Ok(()) => Ok(redirect_flash(&format!("/orgs/{id}"), "flash-org-saved")),
        Err(StoreError::Stale) => {
            let errs = FormErrors::one("name", "error-stale");
            // keep what was typed, but take the new version so a second save is deliberate
            let f = OrgForm {
                version: org.version.to_string(),
                ..f
            };
            render_invalid(&page(&ctx, id, &org.name, errs, f).await?)
        }
        Err(StoreError::Conflict(_)) => {
            let errs = FormErrors::one("name", "error-org-exists");
            render_invalid(&page(&ctx, id, &org.name, errs, f).await?)
        }
        Err(e) => Err(e.into()),
    }
}
