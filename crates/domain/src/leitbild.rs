//! The Leitbild process: an administration writes its mission statement
//! with all its staff. Its phases, and what the process team types when it
//! prepares one (departments with their headcount, the people taking part,
//! the planned month of each phase).

use crate::text::{one_line, optional_line};
use crate::values::code_enum;
use crate::Invalid;

code_enum!(
    /// The phases of a process, in the order of the method. The current
    /// phase is shown to everyone involved; the team may move it back and
    /// forth (a second feedback round after a change of text is normal).
    Phase {
        Preparation = "preparation",
        /// Workshop 1: *Visionsarbeit*.
        Vision = "vision",
        /// Workshop 2: *Werte und Leitsätze*.
        Values = "values",
        /// Workshop 3: *Von den Zielen zu den Maßnahmen*.
        Goals = "goals",
        Feedback = "feedback",
        Adoption = "adoption",
        Evaluation = "evaluation",
    }
);

impl Phase {
    /// Position in the method, from 0.
    pub fn index(self) -> usize {
        Phase::ALL.iter().position(|p| *p == self).unwrap_or_default()
    }
    /// The phase after this one, if any.
    pub fn next(self) -> Option<Phase> {
        Phase::ALL.get(self.index() + 1).copied()
    }
}

/// Longest process title, department name, person's name or function.
pub const TITLE_MAX: usize = 200;
pub const NAME_MAX: usize = 120;
/// Largest headcount of one department.
pub const HEADCOUNT_MAX: i64 = 100_000;

pub fn process_title(input: &str) -> Result<String, Invalid> {
    one_line(input, TITLE_MAX)
}

pub fn department_name(input: &str) -> Result<String, Invalid> {
    one_line(input, NAME_MAX)
}

pub fn person_name(input: &str) -> Result<String, Invalid> {
    one_line(input, NAME_MAX)
}

/// A function such as "Amtsleitung" (optional).
pub fn function(input: &str) -> Result<String, Invalid> {
    Ok(optional_line(input, NAME_MAX)?.unwrap_or_default())
}

/// A department's headcount: a whole number above zero, and never below the
/// number of people already taking part from that department (coverage
/// figures above 100 % would be nonsense).
pub fn headcount(input: &str, participants: i64) -> Result<i64, Invalid> {
    let s = input.trim();
    if s.is_empty() {
        return Err(Invalid("error-required"));
    }
    let n: i64 = s.parse().map_err(|_| Invalid("error-number"))?;
    if n < 1 {
        return Err(Invalid("error-headcount-positive"));
    }
    if n > HEADCOUNT_MAX {
        return Err(Invalid("error-number-range"));
    }
    if n < participants {
        return Err(Invalid("error-headcount-below-participants"));
    }
    Ok(n)
}

/// A planned month, typed as `YYYY-MM` (the browser's month field); empty is
/// "not planned yet".
pub fn month(input: &str) -> Result<Option<String>, Invalid> {
    let s = input.trim();
    if s.is_empty() {
        return Ok(None);
    }
    let b = s.as_bytes();
    let digits = b.len() == 7 && b[4] == b'-' && b.iter().enumerate().all(|(i, c)| i == 4 || c.is_ascii_digit());
    let ok = digits
        && s[..4].parse::<u16>().is_ok_and(|y| (2000..=2100).contains(&y))
        && s[5..].parse::<u8>().is_ok_and(|m| (1..=12).contains(&m));
    if ok {
        Ok(Some(s.to_string()))
    } else {
        Err(Invalid("error-month"))
    }
}

/// Checks that the planned months run in the order of the phases: the index
/// (into `months`, one per phase in [`Phase::ALL`] order) of the first
/// month that lies before an earlier phase's month, if any.
pub fn months_out_of_order(months: &[Option<String>]) -> Option<usize> {
    let mut latest: Option<&str> = None;
    for (i, m) in months.iter().enumerate() {
        if let Some(m) = m.as_deref() {
            if latest.is_some_and(|l| m < l) {
                return Some(i);
            }
            latest = Some(m);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phases_run_in_the_order_of_the_method() {
        assert_eq!(Phase::Preparation.index(), 0);
        assert_eq!(Phase::Preparation.next(), Some(Phase::Vision));
        assert_eq!(Phase::Feedback.next(), Some(Phase::Adoption));
        assert_eq!(Phase::Evaluation.next(), None);
        assert_eq!(Phase::parse("values"), Ok(Phase::Values));
        assert!(Phase::parse("done").is_err());
    }

    #[test]
    fn headcounts() {
        assert_eq!(headcount(" 12 ", 0), Ok(12));
        assert_eq!(headcount("12", 12), Ok(12));
        assert_eq!(headcount("0", 0), Err(Invalid("error-headcount-positive")));
        assert_eq!(headcount("-3", 0), Err(Invalid("error-headcount-positive")));
        assert_eq!(headcount("", 0), Err(Invalid("error-required")));
        assert_eq!(headcount("zwölf", 0), Err(Invalid("error-number")));
        assert_eq!(headcount("2.5", 0), Err(Invalid("error-number")));
        assert_eq!(headcount("100001", 0), Err(Invalid("error-number-range")));
        assert_eq!(headcount("4", 5), Err(Invalid("error-headcount-below-participants")));
    }

    #[test]
    fn months() {
        assert_eq!(month(""), Ok(None));
        assert_eq!(month("2027-03"), Ok(Some("2027-03".into())));
        for bad in [
            "2027-13",
            "2027-00",
            "27-03",
            "2027/03",
            "1999-01",
            "März",
            "2027-3x",
            "2027-+9",
            "+027-09",
            "٢٠٢٧-٠٣",
        ] {
            assert_eq!(month(bad), Err(Invalid("error-month")), "{bad}");
        }
        let m = |s: &str| Some(s.to_string());
        assert_eq!(
            months_out_of_order(&[m("2027-01"), None, m("2027-01"), m("2027-04")]),
            None
        );
        assert_eq!(months_out_of_order(&[m("2027-05"), None, m("2027-04")]), Some(2));
    }
}

/// Longest slogan, preamble, principle and goal, in characters; most principles in a draft.
pub const SLOGAN_MAX: usize = 200;
pub const PREAMBLE_MAX: usize = 4000;
pub const PRINCIPLE_MAX: usize = 1000;
pub const PRINCIPLES_MAX: usize = 30;

/// A guiding principle and the goal behind it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Principle {
    pub text: String,
    /// Empty while the goal is not worked out yet.
    pub goal: String,
}

/// The text of a Leitbild: its slogan, preamble and principles.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Draft {
    pub slogan: String,
    pub preamble: String,
    pub principles: Vec<Principle>,
}

pub fn slogan(input: &str) -> Result<String, Invalid> {
    one_line(input, SLOGAN_MAX)
}

pub fn preamble(input: &str) -> Result<String, Invalid> {
    crate::text::multi_line(input, PREAMBLE_MAX, false)
}

pub fn principle_text(input: &str) -> Result<String, Invalid> {
    crate::text::multi_line(input, PRINCIPLE_MAX, true)
}

pub fn goal(input: &str) -> Result<String, Invalid> {
    crate::text::multi_line(input, PRINCIPLE_MAX, false)
}

/// A run of words in a comparison of two texts.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub enum Change {
    Same(String),
    Added(String),
    Removed(String),
}

impl Change {
    /// "same", "added" or "removed" (templates and styles).
    pub fn kind(&self) -> &'static str {
        match self {
            Change::Same(_) => "same",
            Change::Added(_) => "added",
            Change::Removed(_) => "removed",
        }
    }
    pub fn text(&self) -> &str {
        match self {
            Change::Same(s) | Change::Added(s) | Change::Removed(s) => s,
        }
    }
}

/// The words, spaces and punctuation marks of a text, each its own token, so
/// that "freundlich." and "freundlich und respektvoll." differ by the added
/// words, not by a changed last word.
fn tokens(s: &str) -> Vec<&str> {
    let kind = |c: char| {
        if c.is_alphanumeric() || unicode_normalization::char::is_combining_mark(c) || c == '\u{200c}' {
            0
        } else if c.is_whitespace() {
            1
        } else {
            2
        }
    };
    let mut out = vec![];
    let mut start = 0;
    let mut last: Option<u8> = None;
    for (i, c) in s.char_indices() {
        let k = kind(c);
        // a word or a run of spaces goes on; every other mark stands alone
        if last.is_some() && (last != Some(k) || k == 2) {
            out.push(&s[start..i]);
            start = i;
        }
        last = Some(k);
    }
    if start < s.len() {
        out.push(&s[start..]);
    }
    out
}

/// Compares two texts word by word, as a reader marks up a printed page:
/// runs of unchanged, removed and added words (spaces and punctuation kept
/// with them, neighbouring runs of one kind joined).
pub fn compare(old: &str, new: &str) -> Vec<Change> {
    use similar::{capture_diff_slices, Algorithm, ChangeTag};
    let (a, b) = (tokens(old), tokens(new));
    let mut out: Vec<Change> = vec![];
    for op in capture_diff_slices(Algorithm::Myers, &a, &b) {
        for c in op.iter_changes(&a, &b) {
            let s = c.value().to_string();
            let next = match c.tag() {
                ChangeTag::Equal => Change::Same(s),
                ChangeTag::Insert => Change::Added(s),
                ChangeTag::Delete => Change::Removed(s),
            };
            match (out.last_mut(), next) {
                (Some(Change::Same(a)), Change::Same(b))
                | (Some(Change::Added(a)), Change::Added(b))
                | (Some(Change::Removed(a)), Change::Removed(b)) => a.push_str(&b),
                (_, next) => out.push(next),
            }
        }
    }
    out
}

/// Whether a comparison shows any change.
pub fn changed(runs: &[Change]) -> bool {
    runs.iter().any(|c| !matches!(c, Change::Same(_)))
}

#[cfg(test)]
mod draft_tests {
    use super::*;

    #[test]
    fn comparisons_mark_words_not_letters() {
        let runs = compare(
            "Wir beraten alle Menschen freundlich.",
            "Wir beraten alle Menschen respektvoll und freundlich.",
        );
        assert_eq!(
            runs,
            vec![
                Change::Same("Wir beraten alle Menschen ".into()),
                Change::Added("respektvoll und ".into()),
                Change::Same("freundlich.".into()),
            ]
        );
        assert!(changed(&runs));
        let runs = compare("Vielfalt ist Stärke", "Vielfalt ist unsere Stärke");
        assert_eq!(runs.iter().filter(|c| c.kind() == "added").count(), 1);
        assert!(!changed(&compare("gleich", "gleich")));
        let gone = compare("ein Satz", "");
        assert_eq!(gone, vec![Change::Removed("ein Satz".into())]);
        // right-to-left text compares like any other
        let ar = compare("نحن نخدم الجميع", "نحن نخدم الجميع باحترام");
        assert!(ar.iter().any(|c| c.kind() == "added" && c.text().contains("باحترام")));
    }

    #[test]
    fn draft_fields() {
        assert!(slogan("").is_err());
        assert!(slogan(&"x".repeat(SLOGAN_MAX + 1)).is_err());
        assert_eq!(preamble("  "), Ok(String::new()));
        assert!(principle_text("").is_err());
        assert_eq!(goal(""), Ok(String::new()));
    }
}
