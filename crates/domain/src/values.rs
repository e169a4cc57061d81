//! The value types every row is made of: code enums (a closed set of
//! lower-case codes stored as text), [`Flag`] (a 0/1 column) and, in
//! [`crate::clock`], [`crate::Timestamp`]. With the `sqlx` feature (the store
//! turns it on) each decodes itself from a column, so a row struct holds the
//! typed value and an unknown code read from the database is a decode error —
//! logged and answered with a 500 — never a silent default.

/// Declares a code enum: its variants with their stored codes, `ALL`,
/// `code()`, `parse()` (an unknown code is `error-choose-option`),
/// `Display` and `Serialize` as the code, and (feature `sqlx`) decoding from
/// and binding as text.
///
/// ```ignore
/// code_enum!(
///     /// Status of a registration.
///     RegStatus { Unconfirmed = "unconfirmed", Confirmed = "confirmed" }
/// );
/// ```
macro_rules! code_enum {
    ($(#[$m:meta])* $name:ident { $($(#[$vm:meta])* $variant:ident = $code:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name { $($(#[$vm])* $variant),+ }
        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }
            pub fn parse(s: &str) -> Result<Self, $crate::Invalid> {
                match s { $($code => Ok($name::$variant),)+ _ => Err($crate::Invalid("error-choose-option")) }
            }
        }
        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.code())
            }
        }
        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.code())
            }
        }
        #[cfg(feature = "sqlx")]
        $crate::sql::text_column!($name);
    };
}
pub(crate) use code_enum;

/// A yes/no column, stored as 0 or 1 in both databases. Any other number
/// read from the database is a decode error.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(transparent)]
pub struct Flag(pub bool);

impl Flag {
    /// Whether the flag is set (templates: `{% if row.flag.on() %}`).
    pub fn on(self) -> bool {
        self.0
    }
    pub fn as_i64(self) -> i64 {
        i64::from(self.0)
    }
    pub fn from_i64(n: i64) -> Result<Self, UnknownCode> {
        match n {
            0 => Ok(Flag(false)),
            1 => Ok(Flag(true)),
            _ => Err(UnknownCode {
                kind: "Flag",
                code: n.to_string(),
            }),
        }
    }
}

impl From<bool> for Flag {
    fn from(b: bool) -> Self {
        Flag(b)
    }
}

impl From<Flag> for bool {
    fn from(f: Flag) -> Self {
        f.0
    }
}

/// A stored value that no variant of its type has (a database written by
/// another version, or by hand).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown {kind} value {code:?} in the database")]
pub struct UnknownCode {
    pub kind: &'static str,
    pub code: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    code_enum!(Colour { Red = "red", Blue = "blue" });

    #[test]
    fn codes_round_trip_and_unknown_is_an_error() {
        for c in Colour::ALL {
            assert_eq!(Colour::parse(c.code()), Ok(*c));
            assert_eq!(c.to_string(), c.code());
        }
        assert!(Colour::parse("green").is_err());
        assert_eq!(serde_json::to_string(&Colour::Blue).ok().as_deref(), Some("\"blue\""));
    }

    #[test]
    fn flags_are_zero_or_one() {
        assert_eq!(Flag::from_i64(0), Ok(Flag(false)));
        assert_eq!(Flag::from_i64(1), Ok(Flag(true)));
        assert!(Flag::from_i64(2).is_err());
        assert_eq!(Flag(true).as_i64(), 1);
    }
}
