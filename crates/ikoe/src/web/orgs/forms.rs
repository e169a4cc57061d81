//! The organisation form, shared by "new organisation" (admin) and "edit".

use domain::orgs::{parse_website, NewOrg, OrgKind, OrgName};
use serde::Deserialize;
use store::orgs::Region;

use crate::web::page::{FormErrors, Opt, Page};

#[derive(Deserialize, Default, Clone)]
pub struct OrgForm {
    pub name: String,
    pub kind: String,
    pub region: String,
    pub description: String,
    pub website: String,
    /// The version the form was loaded at (only the edit form has it); kept
    /// as text so a mangled value is treated as a stale form rather than
    /// refused as malformed.
    #[serde(default)]
    pub version: String,
}

impl OrgForm {
    pub fn version(&self) -> i64 {
        self.version.trim().parse().unwrap_or(0)
    }

    /// Parses into a domain value; on failure the errors say which field.
    pub fn parse(&self, regions: &[Region]) -> Result<NewOrg, FormErrors> {
        let mut errs = FormErrors::new();
        let name = errs.take("name", OrgName::parse(&self.name));
        let kind = errs.take("kind", OrgKind::parse(&self.kind));
        if !regions.iter().any(|r| r.code == self.region) {
            errs.add("region", "error-choose-option");
        }
        let description = errs.take("description", domain::text::multi_line(&self.description, 2000, false));
        let website = errs.take("website", parse_website(&self.website));
        match (name, kind, description, website) {
            (Some(name), Some(kind), Some(description), Some(website)) if errs.is_empty() => Ok(NewOrg {
                name,
                kind,
                region: self.region.clone(),
                description,
                website,
            }),
            _ => Err(errs),
        }
    }
}

pub fn kind_options(p: &Page, with_any: bool) -> Vec<Opt> {
    let mut v = vec![];
    if with_any {
        v.push(Opt::new("", p.t("filter-any")));
    } else {
        v.push(Opt::new("", p.t("choose")));
    }
    v.extend(OrgKind::ALL.iter().map(|k| Opt::new(k.code(), p.kind(k.code()))));
    v
}

pub fn region_options(p: &Page, regions: &[Region], with_any: bool) -> Vec<Opt> {
    let mut v = vec![Opt::new("", if with_any { p.t("filter-any") } else { p.t("choose") })];
    v.extend(regions.iter().map(|r| {
        let label = if r.parent.is_some() {
            format!("– {}", p.region(&r.name))
        } else {
            p.region(&r.name)
        };
        Opt::new(r.code.clone(), label)
    }));
    v
}
