//! Feedback rounds of a Leitbild process: what a comment is about, how the
//! team answers it, who contributed (a person through their personal link,
//! or an anonymous visitor of a department's link), whether a round is open,
//! and what staff and the team type.

use crate::text::{multi_line, one_line};
use crate::values::{code_enum, UnknownCode};
use crate::Invalid;

/// What a comment or a support is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Target {
    /// The draft as a whole.
    General,
    Slogan,
    Preamble,
    /// The principle at this position (from 1) of the round's version.
    Principle(i64),
}

impl Target {
    /// The stored code: `general`, `slogan`, `preamble` or `principle:<n>`.
    pub fn code(self) -> String {
        match self {
            Target::General => "general".into(),
            Target::Slogan => "slogan".into(),
            Target::Preamble => "preamble".into(),
            Target::Principle(n) => format!("principle:{n}"),
        }
    }

    /// Reads a code; a principle must lie within `1..=principles`.
    pub fn parse(code: &str, principles: usize) -> Result<Target, Invalid> {
        let t = Target::decode(code).map_err(|_| Invalid("error-choose-option"))?;
        match t {
            Target::Principle(n) if n < 1 || n > principles as i64 => Err(Invalid("error-choose-option")),
            t => Ok(t),
        }
    }

    fn decode(code: &str) -> Result<Target, UnknownCode> {
        let unknown = || UnknownCode {
            kind: "Target",
            code: code.to_string(),
        };
        match code {
            "general" => Ok(Target::General),
            "slogan" => Ok(Target::Slogan),
            "preamble" => Ok(Target::Preamble),
            _ => {
                let n = code.strip_prefix("principle:").ok_or_else(unknown)?;
                // digits only: no sign, no spaces, no leading zeros
                if n.is_empty() || n.starts_with('0') || !n.bytes().all(|b| b.is_ascii_digit()) || n.len() > 4 {
                    return Err(unknown());
                }
                n.parse().map(Target::Principle).map_err(|_| unknown())
            }
        }
    }

    /// The principle's position, if the target is a principle.
    pub fn principle(self) -> Option<i64> {
        match self {
            Target::Principle(n) => Some(n),
            _ => None,
        }
    }
}

/// Rows read the target from its text column (`#[sqlx(try_from = "String")]`).
impl TryFrom<String> for Target {
    type Error = UnknownCode;
    fn try_from(code: String) -> Result<Self, Self::Error> {
        Target::decode(&code)
    }
}

code_enum!(
    /// How the team answered a comment.
    Answer {
        /// Taken over as proposed.
        Taken = "taken",
        /// Taken up, with a change.
        Changed = "changed",
        /// Not taken over.
        Declined = "declined",
    }
);

/// Who contributed, as stored: `p<id>` for a person's personal link,
/// `v<hash>` for an anonymous visitor of a department link (the hash of a
/// random key kept in their browser: it links a visitor's own contributions,
/// never a person).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Contributor {
    Person(i64),
    Visitor(String),
}

impl Contributor {
    pub fn key(&self) -> String {
        match self {
            Contributor::Person(id) => format!("p{id}"),
            Contributor::Visitor(hash) => format!("v{hash}"),
        }
    }
    pub fn person(&self) -> Option<i64> {
        match self {
            Contributor::Person(id) => Some(*id),
            Contributor::Visitor(_) => None,
        }
    }
}

/// Where a round stands at an instant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoundState {
    /// Before its start.
    Upcoming,
    Open,
    /// After its deadline, or closed early by the team.
    Closed,
}

impl RoundState {
    pub fn at(now: i64, opens_at: i64, closes_at: i64) -> RoundState {
        if now < opens_at {
            RoundState::Upcoming
        } else if now <= closes_at {
            RoundState::Open
        } else {
            RoundState::Closed
        }
    }
    pub fn code(self) -> &'static str {
        match self {
            RoundState::Upcoming => "upcoming",
            RoundState::Open => "open",
            RoundState::Closed => "closed",
        }
    }
}

/// Longest comment, proposed wording, reason of an answer, short question and answer to one.
pub const COMMENT_MAX: usize = 2000;
pub const PROPOSAL_MAX: usize = 1000;
pub const REASON_MAX: usize = 1000;
pub const QUESTION_MAX: usize = 300;
pub const QUESTIONS_MAX: usize = 5;
pub const REPLY_MAX: usize = 1000;
/// Days between the start and the deadline of a round, at most.
pub const ROUND_DAYS_MAX: i64 = 120;
/// Days before the deadline the reminder goes out, at most.
pub const REMIND_DAYS_MAX: i64 = 30;

pub fn comment(input: &str) -> Result<String, Invalid> {
    multi_line(input, COMMENT_MAX, true)
}

/// A proposed wording (optional).
pub fn proposal(input: &str) -> Result<String, Invalid> {
    multi_line(input, PROPOSAL_MAX, false)
}

/// The reason of an answer: required, everyone sees how their comment was answered and why.
pub fn reason(input: &str) -> Result<String, Invalid> {
    multi_line(input, REASON_MAX, true)
}

/// The short questions of a round, one per line; empty lines are skipped.
pub fn questions(input: &str) -> Result<Vec<String>, Invalid> {
    let mut out = Vec::new();
    for line in input.lines().filter(|l| !l.trim().is_empty()) {
        out.push(one_line(line, QUESTION_MAX)?);
    }
    if out.len() > QUESTIONS_MAX {
        return Err(Invalid("error-leitbild-questions-max"));
    }
    Ok(out)
}

/// An answer to a short question (empty: not answered).
pub fn reply(input: &str) -> Result<String, Invalid> {
    multi_line(input, REPLY_MAX, false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets_round_trip_and_check_the_principle() {
        for t in [Target::General, Target::Slogan, Target::Preamble, Target::Principle(3)] {
            assert_eq!(Target::parse(&t.code(), 3), Ok(t));
        }
        for bad in [
            "principle:4",
            "principle:0",
            "principle:-1",
            "principle:01",
            "principle: 1",
            "x",
            "",
        ] {
            assert!(Target::parse(bad, 3).is_err(), "{bad}");
        }
        assert!(Target::try_from("principle:99999".to_string()).is_err());
    }

    #[test]
    fn a_round_is_open_from_its_start_to_its_deadline() {
        assert_eq!(RoundState::at(9, 10, 20), RoundState::Upcoming);
        assert_eq!(RoundState::at(10, 10, 20), RoundState::Open);
        assert_eq!(RoundState::at(20, 10, 20), RoundState::Open);
        assert_eq!(RoundState::at(21, 10, 20), RoundState::Closed);
    }

    #[test]
    fn questions_one_per_line() {
        assert_eq!(questions("A?\n\n B? \n").unwrap(), vec!["A?", "B?"]);
        assert!(questions("1\n2\n3\n4\n5\n6").is_err());
        assert_eq!(questions("").unwrap(), Vec::<String>::new());
    }

    #[test]
    fn comments_and_reasons_are_required() {
        assert!(comment("  ").is_err());
        assert!(reason("").is_err());
        assert_eq!(proposal("").unwrap(), "");
        assert!(comment(&"x".repeat(COMMENT_MAX + 1)).is_err());
    }
}

/// The evaluation's scale: how far a principle is lived in daily work, 1 (not at all) to 5 (fully).
pub const RATINGS: std::ops::RangeInclusive<i64> = 1..=5;
/// Fewest answers to a principle before its results are shown (fewer could name the few).
pub const SURVEY_MIN_ANSWERS: i64 = 3;

/// A rating as sent: "" (none) or 1 to 5.
pub fn rating(input: &str) -> Result<Option<i64>, Invalid> {
    match input.trim() {
        "" => Ok(None),
        s => s
            .parse()
            .ok()
            .filter(|n| RATINGS.contains(n))
            .map(Some)
            .ok_or(Invalid("error-choose-option")),
    }
}

#[cfg(test)]
mod rating_tests {
    #[test]
    fn ratings_are_one_to_five_or_none() {
        assert_eq!(super::rating(""), Ok(None));
        assert_eq!(super::rating("5"), Ok(Some(5)));
        for bad in ["0", "6", "-1", "x", "1.5"] {
            assert!(super::rating(bad).is_err(), "{bad}");
        }
    }
}
