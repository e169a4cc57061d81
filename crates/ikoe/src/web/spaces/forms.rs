//! The space form: what was typed, kept for the page shown again, and parsed.

use domain::spaces::{self as ds, SpaceKind};
use store::spaces::{NewSpace, Space};

use crate::web::form::Fields;
use crate::web::page::{FormErrors, Opt, Page};

#[derive(Debug, Clone, Default)]
pub struct SpaceForm {
    pub name: String,
    pub kind: String,
    pub description: String,
    pub listed: bool,
    pub version: String,
}

impl SpaceForm {
    pub fn from_fields(f: &Fields) -> Self {
        SpaceForm {
            name: f.get("name").to_string(),
            kind: f.get("kind").to_string(),
            description: f.get("description").to_string(),
            listed: f.on("listed"),
            version: f.get("version").to_string(),
        }
    }
    pub fn from_space(s: &Space) -> Self {
        SpaceForm {
            name: s.name.clone(),
            kind: s.kind.code().to_string(),
            description: s.description.clone(),
            listed: s.listed.on(),
            version: s.version.to_string(),
        }
    }
    pub fn parse(&self) -> Result<NewSpace, FormErrors> {
        let mut errs = FormErrors::new();
        let name = errs.take("name", ds::space_name(&self.name));
        let kind = errs.take("kind", SpaceKind::parse(&self.kind));
        let description = errs.take("description", ds::space_description(&self.description));
        match (name, kind, description) {
            (Some(name), Some(kind), Some(description)) => Ok(NewSpace {
                name,
                kind,
                description,
                listed: self.listed,
            }),
            _ => Err(errs),
        }
    }
}

pub fn kind_options(p: &Page) -> Vec<Opt> {
    let mut v = vec![Opt::new("", p.t("choose"))];
    v.extend(
        SpaceKind::ALL
            .iter()
            .map(|k| Opt::new(k.code(), p.tk("space-kind", k.code()))),
    );
    v
}

pub fn role_options(p: &Page) -> Vec<Opt> {
    domain::spaces::SpaceRole::ALL
        .iter()
        .map(|r| Opt::new(r.code(), p.tk("space-role", r.code())))
        .collect()
}
