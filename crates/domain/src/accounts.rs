//! Accounts: e-mail addresses, names, passwords.

use crate::values::code_enum;
use crate::{text, Invalid};

code_enum!(
    /// Whether an account is in use. A deleted account stays as a pseudonym
    /// ("#id"), so audit entries still point somewhere.
    UserStatus {
        Active = "active",
        Deleted = "deleted",
    }
);

code_enum!(
    /// What a person agreed to (recorded with the version of the text).
    ConsentKind {
        PrivacyNotice = "privacy_notice",
    }
);

/// A syntactically plausible e-mail address, trimmed and lower-cased.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Email(String);

impl Email {
    pub const MAX: usize = 254;

    pub fn parse(input: &str) -> Result<Self, Invalid> {
        let s = input.trim();
        if s.is_empty() {
            return Err(Invalid("error-required"));
        }
        if s.chars().count() > Self::MAX {
            return Err(Invalid("error-too-long"));
        }
        let Some((local, domain)) = s.rsplit_once('@') else {
            return Err(Invalid("error-email"));
        };
        let ok_chars = s
            .chars()
            .all(|c| !c.is_control() && !c.is_whitespace() && !matches!(c, '<' | '>' | ',' | ';' | '"' | '\\'));
        if local.is_empty()
            || domain.len() < 3
            || !domain.contains('.')
            || domain.starts_with('.')
            || domain.ends_with('.')
            || domain.contains('@')
            || local.contains('@')
            || !ok_chars
        {
            return Err(Invalid("error-email"));
        }
        Ok(Email(s.to_lowercase()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for Email {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// A person's display name: any script, at most 100 characters, one line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonName(String);

impl PersonName {
    pub const MAX: usize = 100;
    pub fn parse(input: &str) -> Result<Self, Invalid> {
        text::one_line(input, Self::MAX).map(PersonName)
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
    pub fn into_inner(self) -> String {
        self.0
    }
}

/// A new password as typed: 10 to 200 characters, not only spaces.
/// The hash is made in the web layer (argon2id); the domain only sets the rule.
#[derive(Clone, PartialEq, Eq)]
pub struct NewPassword(String);

impl std::fmt::Debug for NewPassword {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("NewPassword(***)")
    }
}

impl NewPassword {
    pub const MIN: usize = 10;
    pub const MAX: usize = 200;
    pub fn parse(input: &str, confirm: &str) -> Result<Self, (&'static str, Invalid)> {
        if input.is_empty() {
            return Err(("password", Invalid("error-required")));
        }
        let n = input.chars().count();
        if n < Self::MIN || input.trim().is_empty() {
            return Err(("password", Invalid("error-password-short")));
        }
        if n > Self::MAX {
            return Err(("password", Invalid("error-too-long")));
        }
        if input != confirm {
            return Err(("password_confirm", Invalid("error-password-mismatch")));
        }
        Ok(NewPassword(input.to_string()))
    }
    pub fn expose(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn email_parsing() {
        assert_eq!(
            Email::parse(" Jana@Example.ORG ").map(|e| e.0),
            Ok("jana@example.org".into())
        );
        assert_eq!(Email::parse(""), Err(Invalid("error-required")));
        for bad in [
            "jana",
            "@example.org",
            "jana@org",
            "jana@.org",
            "a b@example.org",
            "a@b@example.org",
            "x@example.org\nBcc: y@z.de",
            "<x>@example.org",
        ] {
            assert_eq!(Email::parse(bad), Err(Invalid("error-email")), "{bad}");
        }
        let long = format!("{}@example.org", "a".repeat(250));
        assert_eq!(Email::parse(&long), Err(Invalid("error-too-long")));
    }

    #[test]
    fn password_rules() {
        assert!(NewPassword::parse("lang-genug-1", "lang-genug-1").is_ok());
        assert_eq!(
            NewPassword::parse("kurz", "kurz").err().map(|e| e.1),
            Some(Invalid("error-password-short"))
        );
        assert_eq!(
            NewPassword::parse("lang-genug-1", "anders-1234").err().map(|e| e.0),
            Some("password_confirm")
        );
        assert_eq!(format!("{:?}", NewPassword("geheim-geheim".into())), "NewPassword(***)");
    }
}
