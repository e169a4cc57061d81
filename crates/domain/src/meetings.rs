//! The Ideenwerkstatt: the half-yearly network meeting of a space. Who hosts
//! next, the formats of its sessions, and what people type into meeting,
//! topic and session forms.

use crate::series::{number, optional_number};
use crate::text::{multi_line, one_line, optional_line};
use crate::values::code_enum;
use crate::Invalid;

code_enum!(
    /// How a session of a meeting works.
    SessionFormat {
        /// A talk for everyone.
        Talk = "talk",
        Workshop = "workshop",
        /// Small tables, several rounds, people change tables between rounds.
        WorldCafe = "world_cafe",
        /// Peer case consultation in fixed phases (see [`CASE_PHASES`]).
        CaseConsultation = "case_consultation",
        /// Members show what works for them.
        BestPractice = "best_practice",
        Plenary = "plenary",
    }
);

impl SessionFormat {
    /// Whether participants choose this session when it runs in parallel
    /// with others (workshops, world café, case consultation); the other
    /// formats are for everyone.
    pub fn choosable(self) -> bool {
        matches!(
            self,
            SessionFormat::Workshop | SessionFormat::WorldCafe | SessionFormat::CaseConsultation
        )
    }
}

/// The phases of a peer case consultation, in order (codes; the interface
/// translates them): choosing the case and the roles, the case owner's
/// report, questions of understanding, hypotheses of the advisers, ideas and
/// suggestions, the case owner's closing word.
pub const CASE_PHASES: [&str; 6] = ["casting", "report", "questions", "hypotheses", "ideas", "closing"];

/// Whether two time spans `[a_start, a_end)` and `[b_start, b_end)` overlap
/// (sessions that run in parallel). Spans that only touch do not.
pub fn overlaps(a_start: i64, a_end: i64, b_start: i64, b_end: i64) -> bool {
    a_start < b_end && b_start < a_end
}

/// A meeting's or a session's end must come after its start.
pub fn check_times(starts_at: i64, ends_at: i64) -> Result<(), Invalid> {
    if ends_at <= starts_at {
        return Err(Invalid("error-end-before-start"));
    }
    Ok(())
}

/// A meeting's title: one line, at most 120 characters.
pub fn meeting_title(input: &str) -> Result<String, Invalid> {
    one_line(input, 120)
}

/// Where a meeting takes place: optional, one line, at most 200 characters
/// (empty: not yet known).
pub fn venue(input: &str) -> Result<String, Invalid> {
    Ok(optional_line(input, 200)?.unwrap_or_default())
}

/// Why another organisation hosts than the one whose turn it was: optional.
pub fn swap_note(input: &str) -> Result<String, Invalid> {
    multi_line(input, 500, false)
}

/// An organisation's note on its willingness to host: optional.
pub fn host_note(input: &str) -> Result<String, Invalid> {
    multi_line(input, 500, false)
}

/// A proposed topic's title: one line, at most 120 characters.
pub fn topic_title(input: &str) -> Result<String, Invalid> {
    one_line(input, 120)
}

/// What a proposed topic is about: optional, several lines.
pub fn topic_description(input: &str) -> Result<String, Invalid> {
    multi_line(input, 2000, false)
}

/// A session's title: one line, at most 160 characters.
pub fn session_title(input: &str) -> Result<String, Invalid> {
    one_line(input, 160)
}

/// What a session is about: optional, several lines.
pub fn session_description(input: &str) -> Result<String, Invalid> {
    multi_line(input, 4000, false)
}

/// A session's minutes and results after the meeting: Markdown, optional.
pub fn documentation(input: &str) -> Result<String, Invalid> {
    multi_line(input, 50_000, false)
}

/// An optional one-line field of at most 120 characters; empty when left blank.
fn optional_120(input: &str) -> Result<String, Invalid> {
    Ok(optional_line(input, 120)?.unwrap_or_default())
}

/// A session's room: optional.
pub fn room(input: &str) -> Result<String, Invalid> {
    optional_120(input)
}

/// A session's track (the column of the agenda it runs in): optional.
pub fn track(input: &str) -> Result<String, Invalid> {
    optional_120(input)
}

/// One person's name (case owner, moderator): optional.
pub fn person_name(input: &str) -> Result<String, Invalid> {
    optional_120(input)
}

/// Several people's names on one line (table hosts, advisers): optional, at
/// most 500 characters.
pub fn person_names(input: &str) -> Result<String, Invalid> {
    Ok(optional_line(input, 500)?.unwrap_or_default())
}

/// How many topic votes each person has in a meeting: 1 to 20.
pub fn votes_per_person(input: &str) -> Result<i64, Invalid> {
    number(input, 1, 20)
}

/// How many people a session takes: empty for no limit, else 1 to 10,000.
pub fn capacity(input: &str) -> Result<Option<i64>, Invalid> {
    optional_number(input, 1, 10_000)
}

/// A small count (world café tables or rounds): empty for none, else 1 to 50.
pub fn small_count(input: &str) -> Result<Option<i64>, Invalid> {
    optional_number(input, 1, 50)
}

/// A member organisation willing to host, with the start of the last meeting
/// it hosted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HostCandidate {
    pub org_id: i64,
    pub name: String,
    pub last_hosted: Option<i64>,
}

/// Whether a meeting ending at `ends_at` is held (over) at `now`; until
/// then it is planned. The one definition for the hosting counts, the
/// history, the host proposal and the meetings list.
pub fn is_held(ends_at: i64, now: i64) -> bool {
    ends_at <= now
}

/// The organisation whose turn to host is longest overdue, among the willing
/// ones given: those that never hosted first (by name), then the one whose
/// last hosting is oldest; ties by name. `None` when nobody is willing.
pub fn propose_host(candidates: &[HostCandidate]) -> Option<i64> {
    // `None < Some(_)`: never hosted sorts before any hosting
    candidates
        .iter()
        .min_by(|a, b| {
            a.last_hosted
                .cmp(&b.last_hosted)
                .then_with(|| a.name.to_lowercase().cmp(&b.name.to_lowercase()))
                .then_with(|| a.name.cmp(&b.name))
                .then_with(|| a.org_id.cmp(&b.org_id))
        })
        .map(|c| c.org_id)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(org_id: i64, name: &str, last_hosted: Option<i64>) -> HostCandidate {
        HostCandidate {
            org_id,
            name: name.into(),
            last_hosted,
        }
    }

    #[test]
    fn nobody_willing_no_proposal() {
        assert_eq!(propose_host(&[]), None);
    }

    #[test]
    fn never_hosted_comes_first_by_name() {
        let cands = [
            c(1, "Arche", Some(100)),
            c(2, "Zentrum", None),
            c(3, "bürgerhaus", None),
        ];
        // both never hosted: by name, case does not matter
        assert_eq!(propose_host(&cands), Some(3));
    }

    #[test]
    fn then_the_oldest_hosting() {
        let cands = [
            c(1, "Arche", Some(300)),
            c(2, "Brücke", Some(100)),
            c(3, "Cafe", Some(200)),
        ];
        assert_eq!(propose_host(&cands), Some(2));
    }

    #[test]
    fn ties_go_by_name() {
        let cands = [c(7, "Nord", Some(100)), c(8, "Mitte", Some(100))];
        assert_eq!(propose_host(&cands), Some(8));
        // the order of the input does not matter
        let reversed = [c(8, "Mitte", Some(100)), c(7, "Nord", Some(100))];
        assert_eq!(propose_host(&reversed), Some(8));
    }

    #[test]
    fn formats() {
        assert!(SessionFormat::Workshop.choosable());
        assert!(SessionFormat::WorldCafe.choosable());
        assert!(SessionFormat::CaseConsultation.choosable());
        assert!(!SessionFormat::Talk.choosable());
        assert!(!SessionFormat::Plenary.choosable());
        assert!(!SessionFormat::BestPractice.choosable());
        assert_eq!(SessionFormat::parse("world_cafe"), Ok(SessionFormat::WorldCafe));
        assert_eq!(SessionFormat::parse("party"), Err(Invalid("error-choose-option")));
        for f in SessionFormat::ALL {
            assert_eq!(SessionFormat::parse(f.code()), Ok(*f));
        }
        assert_eq!(CASE_PHASES.first(), Some(&"casting"));
    }

    #[test]
    fn parallel_sessions() {
        assert!(overlaps(10, 20, 15, 25));
        assert!(overlaps(10, 20, 10, 20));
        assert!(overlaps(10, 30, 15, 20));
        assert!(!overlaps(10, 20, 20, 30), "back to back is not parallel");
        assert_eq!(check_times(10, 10), Err(Invalid("error-end-before-start")));
        assert_eq!(check_times(10, 11), Ok(()));
    }

    #[test]
    fn texts() {
        assert_eq!(
            meeting_title("  Ideenwerkstatt Frühjahr  "),
            Ok("Ideenwerkstatt Frühjahr".into())
        );
        assert_eq!(meeting_title(" "), Err(Invalid("error-required")));
        assert_eq!(meeting_title(&"x".repeat(121)), Err(Invalid("error-too-long")));
        assert!(meeting_title(&"x".repeat(120)).is_ok());
        assert_eq!(topic_title("a\nb"), Err(Invalid("error-control-chars")));
        assert_eq!(topic_description(""), Ok(String::new()));
        assert_eq!(topic_description(&"x".repeat(2001)), Err(Invalid("error-too-long")));
        assert!(session_title(&"x".repeat(160)).is_ok());
        assert_eq!(session_title(&"x".repeat(161)), Err(Invalid("error-too-long")));
        assert_eq!(room(""), Ok(String::new()));
        assert_eq!(room(" Raum 2 "), Ok("Raum 2".into()));
        assert_eq!(track(&"x".repeat(121)), Err(Invalid("error-too-long")));
        assert_eq!(person_name("a\u{202E}b"), Err(Invalid("error-control-chars")));
        assert_eq!(person_names("Amira, Jonas, Zoë"), Ok("Amira, Jonas, Zoë".into()));
        assert_eq!(venue(""), Ok(String::new()));
    }

    #[test]
    fn numbers() {
        assert_eq!(votes_per_person("3"), Ok(3));
        assert_eq!(votes_per_person("0"), Err(Invalid("error-at-least-one")));
        assert_eq!(votes_per_person("21"), Err(Invalid("error-number-range")));
        assert_eq!(votes_per_person(""), Err(Invalid("error-number")));
        assert_eq!(capacity(""), Ok(None));
        assert_eq!(capacity(" 25 "), Ok(Some(25)));
        assert_eq!(capacity("10001"), Err(Invalid("error-number-range")));
        assert_eq!(capacity("zwei"), Err(Invalid("error-number")));
        assert_eq!(small_count(""), Ok(None));
        assert_eq!(small_count("50"), Ok(Some(50)));
        assert_eq!(small_count("51"), Err(Invalid("error-number-range")));
        assert_eq!(small_count("0"), Err(Invalid("error-at-least-one")));
    }
}
