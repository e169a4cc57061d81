//! Organisations, their kinds, regions and memberships.

use crate::values::code_enum;
use crate::{text, Invalid};

code_enum!(
    /// What kind of organisation it is.
    OrgKind {
        ProgrammeProvider = "programme_provider",
        Administration = "administration",
        CoordinationOffice = "coordination_office",
        Education = "education",
        MigrantOrganisation = "migrant_organisation",
        Association = "association",
    }
);

code_enum!(
    /// A member's role within one organisation.
    Role {
        Admin = "admin",
        Member = "member",
    }
);

code_enum!(
    /// What a region of the reference data is.
    RegionKind {
        State = "state",
        District = "district",
        City = "city",
    }
);

/// An organisation's name: one line, at most 150 characters, any script.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrgName(String);

impl OrgName {
    pub const MAX: usize = 150;
    pub fn parse(input: &str) -> Result<Self, Invalid> {
        text::one_line(input, Self::MAX).map(OrgName)
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A validated new organisation, ready for the store.
#[derive(Debug, Clone)]
pub struct NewOrg {
    pub name: OrgName,
    pub kind: OrgKind,
    pub region: String,
    pub description: String,
    pub website: Option<String>,
}

/// A web address typed by a person: must be http(s), one line.
pub fn parse_website(input: &str) -> Result<Option<String>, Invalid> {
    let Some(s) = text::optional_line(input, 300)? else {
        return Ok(None);
    };
    let lower = s.to_ascii_lowercase();
    if !(lower.starts_with("https://") || lower.starts_with("http://")) || s.contains(' ') || s.len() < 11 {
        return Err(Invalid("error-url"));
    }
    Ok(Some(s))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_round_trip() {
        for k in OrgKind::ALL {
            assert_eq!(OrgKind::parse(k.code()), Ok(*k));
        }
        assert!(OrgKind::parse("nonsense").is_err());
        assert_eq!(Role::parse("admin"), Ok(Role::Admin));
        assert!(Role::parse("owner").is_err());
    }

    #[test]
    fn websites() {
        assert_eq!(parse_website(""), Ok(None));
        assert_eq!(
            parse_website("https://example.org"),
            Ok(Some("https://example.org".into()))
        );
        assert_eq!(parse_website("javascript:alert(1)"), Err(Invalid("error-url")));
    }
}
