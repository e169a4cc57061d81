//! The workshops of a Leitbild process and what they produce: the three
//! workshops of the method (1 *Visionsarbeit*, 2 *Werte und Leitsätze*,
//! 3 *Von den Zielen zu den Maßnahmen*) and two-hour mini-workshops; value
//! cards and slogan proposals with dot votes, notes with a category, draft
//! principles, and the assignments (*Arbeitsaufträge*) of mini-workshops,
//! each parsed from what the process team types.

use jiff::civil::Date;

use crate::text::{multi_line, one_line};
use crate::values::code_enum;
use crate::Invalid;

code_enum!(
    /// Which workshop of the method, or a mini-workshop.
    WorkshopKind {
        /// Workshop 1: *Visionsarbeit* ("Es war einmal…", our story, the shared core task).
        Vision = "vision",
        /// Workshop 2: *Werte und Leitsätze* (from values to goals, principles drafted in groups).
        Values = "values",
        /// Workshop 3: *Von den Zielen zu den Maßnahmen* (the slogan, the goal behind each principle).
        Goals = "goals",
        /// Two hours, impulses and assignments to take along.
        Mini = "mini",
    }
);

impl WorkshopKind {
    /// The workshops of the method happen once each (a mini-workshop as often as wanted).
    pub fn once(self) -> bool {
        self != WorkshopKind::Mini
    }
    /// Its number in the method (1–3; 0 for a mini-workshop).
    pub fn number(self) -> i64 {
        match self {
            WorkshopKind::Vision => 1,
            WorkshopKind::Values => 2,
            WorkshopKind::Goals => 3,
            WorkshopKind::Mini => 0,
        }
    }
    /// How long it usually takes, in hours (the planning form's suggestion).
    pub fn usual_hours(self) -> i64 {
        match self {
            WorkshopKind::Mini => 2,
            _ => 6,
        }
    }
    /// The kinds of result recorded for it, in the order the page shows them.
    pub fn sections(self) -> &'static [Section] {
        match self {
            WorkshopKind::Vision => &[Section::Notes, Section::Values],
            WorkshopKind::Values => &[Section::Values, Section::Principles],
            WorkshopKind::Goals => &[Section::Slogans, Section::Principles],
            WorkshopKind::Mini => &[Section::Assignments, Section::Notes],
        }
    }
}

code_enum!(
    /// A kind of result of a workshop (a section of its page).
    Section {
        Notes = "notes",
        Values = "values",
        Slogans = "slogans",
        Principles = "principles",
        Assignments = "assignments",
    }
);

code_enum!(
    /// A card with dot votes: a value, or a proposal for the slogan.
    CardKind {
        Value = "value",
        Slogan = "slogan",
    }
);

code_enum!(
    /// What a note is about (workshop 1 collects the first four).
    NoteCategory {
        /// "Es war einmal…": our story.
        Story = "story",
        /// What was good.
        Good = "good",
        /// Values we want to keep.
        Keep = "keep",
        /// The shared core task.
        CoreTask = "core_task",
        Other = "other",
    }
);

code_enum!(
    /// Where an assignment stands.
    AssignmentStatus {
        Open = "open",
        Done = "done",
    }
);

/// Longest card (a value or a slogan), group name and workshop title, in characters.
pub const CARD_MAX: usize = 200;
pub const GROUP_MAX: usize = 120;
pub const WORKSHOP_TITLE_MAX: usize = 200;
/// Longest note or task.
pub const NOTE_MAX: usize = 2000;
/// Most dot votes one card can have.
pub const VOTES_MAX: i64 = 999;

/// The text of a value card or a slogan proposal: one line.
pub fn card_text(input: &str) -> Result<String, Invalid> {
    one_line(input, CARD_MAX)
}

/// A number of dot votes, 0 to [`VOTES_MAX`]; empty is 0.
pub fn votes(input: &str) -> Result<i64, Invalid> {
    let s = input.trim();
    if s.is_empty() {
        return Ok(0);
    }
    if !s.bytes().all(|b| b.is_ascii_digit() || b == b'-') {
        return Err(Invalid("error-number"));
    }
    let n: i64 = s.parse().map_err(|_| Invalid("error-number"))?;
    if !(0..=VOTES_MAX).contains(&n) {
        return Err(Invalid("error-votes-range"));
    }
    Ok(n)
}

pub fn note_text(input: &str) -> Result<String, Invalid> {
    multi_line(input, NOTE_MAX, true)
}

pub fn group_name(input: &str) -> Result<String, Invalid> {
    one_line(input, GROUP_MAX)
}

pub fn task(input: &str) -> Result<String, Invalid> {
    multi_line(input, NOTE_MAX, true)
}

/// A due date as the browser's date field sends it ("2027-03-04").
pub fn due_date(input: &str) -> Result<String, Invalid> {
    let s = input.trim();
    if s.is_empty() {
        return Err(Invalid("error-required"));
    }
    let b = s.as_bytes();
    let shape = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    let date: Option<Date> = if shape { s.parse().ok() } else { None };
    match date {
        Some(d) if (2000..=2100).contains(&d.year()) => Ok(s.to_string()),
        _ => Err(Invalid("error-date")),
    }
}

/// Noon of a due date in time zone `tz` (for showing it as a date), if it is one.
pub fn due_noon(due: &str, tz: &jiff::tz::TimeZone) -> Option<i64> {
    let d: Date = due.parse().ok()?;
    let z = d.at(12, 0, 0, 0).to_zoned_datetime(tz.clone()).ok()?;
    Some(z.timestamp().as_second())
}

/// A workshop's title; empty takes the usual name of its kind (the caller's `default`).
pub fn workshop_title(input: &str, default: &str) -> Result<String, Invalid> {
    if input.trim().is_empty() {
        return Ok(default.to_string());
    }
    one_line(input, WORKSHOP_TITLE_MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds() {
        assert!(WorkshopKind::Vision.once() && !WorkshopKind::Mini.once());
        assert_eq!(WorkshopKind::Goals.number(), 3);
        assert_eq!(WorkshopKind::parse("mini"), Ok(WorkshopKind::Mini));
        assert!(WorkshopKind::parse("other").is_err());
        assert_eq!(NoteCategory::parse("core_task"), Ok(NoteCategory::CoreTask));
        assert_eq!(WorkshopKind::Mini.usual_hours(), 2);
    }

    #[test]
    fn votes_are_bounded() {
        assert_eq!(votes(""), Ok(0));
        assert_eq!(votes(" 12 "), Ok(12));
        assert_eq!(votes("999"), Ok(999));
        assert_eq!(votes("1000"), Err(Invalid("error-votes-range")));
        assert_eq!(votes("-1"), Err(Invalid("error-votes-range")));
        assert_eq!(votes("+3"), Err(Invalid("error-number")));
        assert_eq!(votes("drei"), Err(Invalid("error-number")));
        assert_eq!(votes("99999999999999999999"), Err(Invalid("error-number")));
    }

    #[test]
    fn due_dates() {
        assert_eq!(due_date("2027-03-04"), Ok("2027-03-04".into()));
        for bad in [
            "2027-02-30",
            "04.03.2027",
            "2027-3-4",
            "1999-12-31",
            "morgen",
            "2027-03-04x",
            "+027-03-04",
        ] {
            assert_eq!(due_date(bad), Err(Invalid("error-date")), "{bad}");
        }
        assert_eq!(due_date(" "), Err(Invalid("error-required")));
    }

    #[test]
    fn texts() {
        assert!(card_text("").is_err());
        assert_eq!(card_text(" Respekt "), Ok("Respekt".into()));
        assert!(card_text(&"x".repeat(CARD_MAX + 1)).is_err());
        assert!(note_text("  ").is_err());
        assert_eq!(workshop_title("", "Visionsarbeit"), Ok("Visionsarbeit".into()));
        assert_eq!(workshop_title(" Team A ", "x"), Ok("Team A".into()));
    }
}
