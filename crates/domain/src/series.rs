//! Qualification series and their modules: kinds, visibility, target groups,
//! languages, the completion rule, and the parsing of what staff type.

use jiff::civil::{Date, DateTime};
use jiff::tz::TimeZone;

use crate::text::{multi_line, one_line, optional_line};
use crate::Invalid;

pub(crate) use crate::values::code_enum;

code_enum!(
    /// What kind of training a series is.
    SeriesKind {
        Trainer = "trainer",
        Volunteer = "volunteer",
        Apprentice = "apprentice",
        ExpertDay = "expert_day",
    }
);

code_enum!(
    /// Who sees a series in the catalogue and may register.
    Visibility {
        Public = "public",
        Members = "members",
        Invitation = "invitation",
    }
);

code_enum!(
    /// Whether a series takes place.
    SeriesStatus {
        Active = "active",
        Cancelled = "cancelled",
    }
);

code_enum!(
    /// Status of a registration.
    RegStatus {
        /// Waiting for the e-mail address to be confirmed (double opt-in).
        Unconfirmed = "unconfirmed",
        /// Confirmed, waiting for staff approval.
        Pending = "pending",
        Confirmed = "confirmed",
        Waiting = "waiting",
        Cancelled = "cancelled",
    }
);

impl RegStatus {
    /// Holds a seat, waits for one or waits for staff (told when a module is cancelled).
    pub fn is_active(self) -> bool {
        matches!(self, RegStatus::Confirmed | RegStatus::Waiting | RegStatus::Pending)
    }
}

code_enum!(
    /// How a registration came in.
    RegSource {
        /// The public registration form.
        Form = "form",
        /// Added by staff.
        Staff = "staff",
        /// A CSV import by staff.
        Import = "import",
    }
);

code_enum!(
    /// A speaker's answer to a request to teach a module.
    RequestStatus {
        Asked = "asked",
        Confirmed = "confirmed",
        Declined = "declined",
        Expired = "expired",
        Withdrawn = "withdrawn",
    }
);

impl RequestStatus {
    /// Asked or confirmed: the speaker is (or may be) booked.
    pub fn is_open(self) -> bool {
        matches!(self, RequestStatus::Asked | RequestStatus::Confirmed)
    }
}

code_enum!(
    /// Where a module stands on the planning board, from its speaker requests.
    BoardState {
        /// Nobody asked yet.
        Open = "open",
        Asked = "asked",
        Confirmed = "confirmed",
        /// Declined or expired: ask someone else.
        Declined = "declined",
    }
);

impl BoardState {
    /// The state of a module whose requests have these statuses.
    pub fn of(statuses: impl IntoIterator<Item = RequestStatus> + Clone) -> Self {
        let has = |s: RequestStatus| statuses.clone().into_iter().any(|x| x == s);
        if has(RequestStatus::Confirmed) {
            BoardState::Confirmed
        } else if has(RequestStatus::Asked) {
            BoardState::Asked
        } else if has(RequestStatus::Declined) || has(RequestStatus::Expired) {
            BoardState::Declined
        } else {
            BoardState::Open
        }
    }
    /// Nobody has agreed or been asked: the module needs a speaker.
    pub fn is_gap(self) -> bool {
        matches!(self, BoardState::Open | BoardState::Declined)
    }
}

code_enum!(
    /// A participant's attendance at a module.
    Attendance {
        Present = "present",
        Absent = "absent",
        Excused = "excused",
    }
);

/// Target groups a series is for (and participants say they belong to).
pub const TARGET_GROUPS: &[&str] = &[
    "administration",
    "volunteers",
    "newcomers",
    "trainers",
    "apprentices",
    "multipliers",
];

/// Languages of instruction offered (the interface locales).
pub const LANGUAGES: &[&str] = &["de", "en", "ar", "fa", "uk", "ru", "tr"];

/// Optional anonymous questions for funder statistics, with their answers.
pub const FIGURES: &[(&str, &[&str])] = &[
    ("age", &["under_27", "27_49", "50_plus"]),
    ("migration", &["own", "parents", "none"]),
];

/// When a participant has completed a series.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct CompletionRule {
    pub min_modules: Option<i64>,
    pub all_mandatory: bool,
    pub min_hours: Option<i64>,
}

/// One attended module, as the rule sees it.
#[derive(Debug, Clone, Copy)]
pub struct Attended {
    pub mandatory: bool,
    pub hours: i64,
    pub present: bool,
}

impl CompletionRule {
    /// Whether the attendance of one person over the series' (not cancelled)
    /// modules meets every part of the rule. A rule without any part means
    /// "all modules".
    pub fn completed(&self, modules: &[Attended]) -> bool {
        let attended = modules.iter().filter(|m| m.present).count() as i64;
        let hours: i64 = modules.iter().filter(|m| m.present).map(|m| m.hours).sum();
        if self.min_modules.is_none() && !self.all_mandatory && self.min_hours.is_none() {
            return !modules.is_empty() && attended == modules.len() as i64;
        }
        let mandatory_ok = !self.all_mandatory || modules.iter().filter(|m| m.mandatory).all(|m| m.present);
        attended > 0
            && self.min_modules.is_none_or(|n| attended >= n)
            && mandatory_ok
            && self.min_hours.is_none_or(|h| hours >= h)
    }
}

/// What a person still lacks to complete a series (all zero once completed).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Missing {
    /// Modules more to attend (the rule's minimum, or all modules without a rule).
    pub modules: i64,
    /// Mandatory modules not attended (when the rule asks for all of them).
    pub mandatory: i64,
    /// Teaching hours more.
    pub hours: i64,
}

impl CompletionRule {
    /// What is missing for [`CompletionRule::completed`], part by part, so staff can say why
    /// someone with 7 of 8 modules has not completed.
    pub fn missing(&self, modules: &[Attended]) -> Missing {
        let attended = modules.iter().filter(|m| m.present).count() as i64;
        let hours: i64 = modules.iter().filter(|m| m.present).map(|m| m.hours).sum();
        if self.min_modules.is_none() && !self.all_mandatory && self.min_hours.is_none() {
            return Missing {
                modules: (modules.len() as i64 - attended).max(0),
                ..Missing::default()
            };
        }
        Missing {
            modules: self.min_modules.map_or(0, |n| (n - attended).max(0)),
            mandatory: if self.all_mandatory {
                modules.iter().filter(|m| m.mandatory && !m.present).count() as i64
            } else {
                0
            },
            hours: self.min_hours.map_or(0, |h| (h - hours).max(0)),
        }
    }
}

/// A series' text in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeriesText {
    pub locale: String,
    pub title: String,
    pub summary: String,
}

#[derive(Debug, Clone)]
pub struct NewSeries {
    pub kind: SeriesKind,
    pub visibility: Visibility,
    pub region: String,
    pub target_groups: Vec<String>,
    pub languages: Vec<String>,
    pub capacity: i64,
    pub deadline: Option<i64>,
    pub manual_approval: bool,
    pub rule: CompletionRule,
    /// German first (required), then the optional translations.
    pub texts: Vec<SeriesText>,
    /// Who signs the certificates and the funding notice on them.
    pub signing: Signing,
}

/// Printed on a series' certificates: who signs (under the signature line;
/// empty: the issuing organisation's name) and the funding notice (empty: none).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Signing {
    pub signatory_name: String,
    pub signatory_role: String,
    pub funding_notice: String,
}

/// Longest signatory name and role, in characters (one line each).
pub const SIGNATORY_MAX: usize = 120;
/// Longest funding notice, in characters.
pub const FUNDING_NOTICE_MAX: usize = 400;

#[derive(Debug, Clone)]
pub struct NewModule {
    pub title: String,
    pub topics: String,
    pub starts_at: i64,
    pub ends_at: i64,
    pub venue: String,
    pub access_notes: String,
    pub online_url: Option<String>,
    pub hours: i64,
    pub mandatory: bool,
}

pub const TITLE_MAX: usize = 200;

pub fn title(s: &str) -> Result<String, Invalid> {
    one_line(s, TITLE_MAX)
}

pub fn optional_title(s: &str) -> Result<Option<String>, Invalid> {
    optional_line(s, TITLE_MAX)
}

pub fn summary(s: &str) -> Result<String, Invalid> {
    multi_line(s, 4000, false)
}

/// A whole number typed into a form, within bounds.
pub fn number(s: &str, min: i64, max: i64) -> Result<i64, Invalid> {
    let n: i64 = s.trim().parse().map_err(|_| Invalid("error-number"))?;
    if n < min {
        return Err(Invalid(if min == 1 {
            "error-at-least-one"
        } else {
            "error-number-range"
        }));
    }
    if n > max {
        return Err(Invalid("error-number-range"));
    }
    Ok(n)
}

pub fn optional_number(s: &str, min: i64, max: i64) -> Result<Option<i64>, Invalid> {
    if s.trim().is_empty() {
        Ok(None)
    } else {
        number(s, min, max).map(Some)
    }
}

/// A `datetime-local` value ("2027-03-04T09:00") read in the platform's time zone.
pub fn local_datetime(s: &str, tz: &TimeZone) -> Result<i64, Invalid> {
    let s = s.trim();
    if s.is_empty() {
        return Err(Invalid("error-required"));
    }
    let dt: DateTime = s.parse().map_err(|_| Invalid("error-datetime"))?;
    if !(2000..=2100).contains(&dt.year()) {
        return Err(Invalid("error-datetime"));
    }
    let z = dt
        .to_zoned_datetime(tz.clone())
        .map_err(|_| Invalid("error-datetime"))?;
    Ok(z.timestamp().as_second())
}

/// A `date` value ("2027-02-01") meaning the end of that day in the platform's time zone.
pub fn end_of_local_day(s: &str, tz: &TimeZone) -> Result<Option<i64>, Invalid> {
    let s = s.trim();
    if s.is_empty() {
        return Ok(None);
    }
    let d: Date = s.parse().map_err(|_| Invalid("error-date"))?;
    if !(2000..=2100).contains(&d.year()) {
        return Err(Invalid("error-date"));
    }
    let next = d.tomorrow().map_err(|_| Invalid("error-date"))?;
    let z = next.to_zoned_datetime(tz.clone()).map_err(|_| Invalid("error-date"))?;
    Ok(Some(z.timestamp().as_second() - 1))
}

/// The `datetime-local` form value of an instant.
pub fn to_local_input(unix: i64, tz: &TimeZone) -> String {
    match jiff::Timestamp::from_second(unix) {
        Ok(t) => t.to_zoned_datetime(tz.clone()).strftime("%Y-%m-%dT%H:%M").to_string(),
        Err(_) => String::new(),
    }
}

/// The `date` form value of an instant.
pub fn to_local_date_input(unix: i64, tz: &TimeZone) -> String {
    match jiff::Timestamp::from_second(unix) {
        Ok(t) => t.to_zoned_datetime(tz.clone()).strftime("%Y-%m-%d").to_string(),
        Err(_) => String::new(),
    }
}

/// The same local time of day, `days` calendar days later (summer time respected).
pub fn shift_days(unix: i64, days: i64, tz: &TimeZone) -> i64 {
    let Ok(t) = jiff::Timestamp::from_second(unix) else {
        return unix;
    };
    let local = t.to_zoned_datetime(tz.clone()).datetime();
    let Ok(span) = jiff::Span::new().try_days(days) else {
        return unix;
    };
    local
        .checked_add(span)
        .ok()
        .and_then(|d| d.to_zoned_datetime(tz.clone()).ok())
        .map(|z| z.timestamp().as_second())
        .unwrap_or(unix)
}

/// Calendar days from the local date of `unix` to the date typed as "2027-03-04".
pub fn days_until(unix: i64, date: &str, tz: &TimeZone) -> Result<i64, Invalid> {
    let s = date.trim();
    if s.is_empty() {
        return Err(Invalid("error-required"));
    }
    let to: Date = s.parse().map_err(|_| Invalid("error-date"))?;
    if !(2000..=2100).contains(&to.year()) {
        return Err(Invalid("error-date"));
    }
    let from = jiff::Timestamp::from_second(unix)
        .map_err(|_| Invalid("error-date"))?
        .to_zoned_datetime(tz.clone())
        .date();
    let span = from.until(to).map_err(|_| Invalid("error-date"))?;
    Ok(i64::from(span.get_days()))
}

/// The `count` months from the one containing `now`, as (year, month).
pub fn next_months(now: i64, count: usize, tz: &TimeZone) -> Vec<(i16, i8)> {
    let Ok(t) = jiff::Timestamp::from_second(now) else {
        return vec![];
    };
    let today = t.to_zoned_datetime(tz.clone()).date();
    let (mut y, mut m) = (today.year(), today.month());
    let mut v = Vec::with_capacity(count);
    for _ in 0..count {
        v.push((y, m));
        m += 1;
        if m > 12 {
            m = 1;
            y += 1;
        }
    }
    v
}

/// "2027-03" → the first instant of March 2027 and of April 2027 (local time).
pub fn month_range(s: &str, tz: &TimeZone) -> Option<(i64, i64)> {
    let (y, m) = s.split_once('-')?;
    let (y, m): (i16, i8) = (y.parse().ok()?, m.parse().ok()?);
    let first = Date::new(y, m, 1).ok()?;
    let next = first.checked_add(jiff::Span::new().try_months(1).ok()?).ok()?;
    let a = first.to_zoned_datetime(tz.clone()).ok()?.timestamp().as_second();
    let b = next.to_zoned_datetime(tz.clone()).ok()?.timestamp().as_second();
    Some((a, b))
}

/// An online meeting link: https only.
pub fn online_url(s: &str) -> Result<Option<String>, Invalid> {
    let s = s.trim();
    if s.is_empty() {
        return Ok(None);
    }
    if s.len() > 500 || !s.starts_with("https://") || s.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(Invalid("error-url"));
    }
    Ok(Some(s.to_string()))
}

/// Checks a module's parts that depend on each other.
pub fn check_module(m: &NewModule) -> Vec<(&'static str, Invalid)> {
    let mut errs = vec![];
    if m.ends_at <= m.starts_at {
        errs.push(("ends_at", Invalid("error-end-before-start")));
    }
    if m.venue.trim().is_empty() && m.online_url.is_none() {
        errs.push(("venue", Invalid("error-venue-or-online")));
    }
    errs
}

/// Codes chosen from a fixed list (checkboxes): at least one, all known.
pub fn codes(chosen: &[String], allowed: &[&str]) -> Result<Vec<String>, Invalid> {
    if chosen.is_empty() {
        return Err(Invalid("error-choose-at-least-one"));
    }
    let mut out: Vec<String> = vec![];
    for c in chosen {
        if !allowed.contains(&c.as_str()) {
            return Err(Invalid("error-choose-option"));
        }
        if !out.contains(c) {
            out.push(c.clone());
        }
    }
    // keep the list's own order
    out.sort_by_key(|c| allowed.iter().position(|a| a == c));
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn berlin() -> TimeZone {
        TimeZone::get("Europe/Berlin").unwrap()
    }

    #[test]
    fn local_times_follow_summer_time() {
        // 9:00 in Berlin is 8:00 UTC in winter, 7:00 UTC in summer
        assert_eq!(
            local_datetime("2027-01-15T09:00", &berlin()),
            Ok(1_799_971_200 + 8 * 3600)
        );
        let summer = local_datetime("2027-07-15T09:00", &berlin()).unwrap();
        assert_eq!(to_local_input(summer, &berlin()), "2027-07-15T09:00");
        assert_eq!(summer % 86400, 7 * 3600);
        assert_eq!(local_datetime("15.07.2027", &berlin()), Err(Invalid("error-datetime")));
        assert_eq!(local_datetime("", &berlin()), Err(Invalid("error-required")));
        let end = end_of_local_day("2027-02-01", &berlin()).unwrap().unwrap();
        assert_eq!(to_local_input(end, &berlin()), "2027-02-01T23:59");
    }

    #[test]
    fn copying_keeps_the_local_time_across_summer_time() {
        let winter = local_datetime("2027-03-01T09:00", &berlin()).unwrap();
        let days = days_until(winter, "2027-04-05", &berlin()).unwrap();
        assert_eq!(days, 35);
        assert_eq!(
            to_local_input(shift_days(winter, days, &berlin()), &berlin()),
            "2027-04-05T09:00"
        );
        assert_eq!(days_until(winter, "2027-02-28", &berlin()), Ok(-1));
    }

    #[test]
    fn months() {
        let now = local_datetime("2026-11-25T12:00", &berlin()).unwrap();
        let m = next_months(now, 3, &berlin());
        assert_eq!(m, vec![(2026, 11), (2026, 12), (2027, 1)]);
        let (a, b) = month_range("2027-03", &berlin()).unwrap();
        assert_eq!(to_local_input(a, &berlin()), "2027-03-01T00:00");
        assert_eq!(to_local_input(b, &berlin()), "2027-04-01T00:00");
        assert_eq!(month_range("2027-13", &berlin()), None);
        assert_eq!(month_range("x", &berlin()), None);
    }

    #[test]
    fn module_must_end_after_start_and_have_a_place() {
        let m = NewModule {
            title: "x".into(),
            topics: String::new(),
            starts_at: 100,
            ends_at: 100,
            venue: " ".into(),
            access_notes: String::new(),
            online_url: None,
            hours: 2,
            mandatory: false,
        };
        let errs = check_module(&m);
        assert_eq!(errs.len(), 2);
        assert_eq!(errs[0].1, Invalid("error-end-before-start"));
    }

    #[test]
    fn numbers() {
        assert_eq!(number("0", 1, 10), Err(Invalid("error-at-least-one")));
        assert_eq!(number("11", 1, 10), Err(Invalid("error-number-range")));
        assert_eq!(number("x", 1, 10), Err(Invalid("error-number")));
        assert_eq!(number(" 7 ", 1, 10), Ok(7));
        assert_eq!(optional_number("", 1, 10), Ok(None));
    }

    #[test]
    fn completion_rules() {
        let m = |mandatory, hours, present| Attended {
            mandatory,
            hours,
            present,
        };
        let mods = [m(true, 8, true), m(false, 8, false), m(true, 4, true)];
        let all = CompletionRule::default();
        assert!(!all.completed(&mods));
        let two = CompletionRule {
            min_modules: Some(2),
            ..Default::default()
        };
        assert!(two.completed(&mods));
        let mandatory_and_hours = CompletionRule {
            min_modules: None,
            all_mandatory: true,
            min_hours: Some(12),
        };
        assert!(mandatory_and_hours.completed(&mods));
        let more_hours = CompletionRule {
            min_hours: Some(13),
            ..mandatory_and_hours
        };
        assert!(!more_hours.completed(&mods));
        let missed_mandatory = [m(true, 8, false), m(false, 8, true), m(false, 8, true)];
        assert!(!mandatory_and_hours.completed(&missed_mandatory));
        // what is missing says why, and is nothing once completed
        assert_eq!(
            all.missing(&mods),
            Missing {
                modules: 1,
                ..Missing::default()
            }
        );
        assert_eq!(two.missing(&mods), Missing::default());
        assert_eq!(
            more_hours.missing(&mods),
            Missing {
                hours: 1,
                ..Missing::default()
            }
        );
        assert_eq!(
            mandatory_and_hours.missing(&missed_mandatory),
            Missing {
                mandatory: 1,
                ..Missing::default()
            }
        );
    }

    #[test]
    fn code_lists() {
        let v = |s: &[&str]| s.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            codes(&v(&["trainers", "administration", "trainers"]), TARGET_GROUPS).unwrap(),
            v(&["administration", "trainers"])
        );
        assert!(codes(&[], TARGET_GROUPS).is_err());
        assert!(codes(&v(&["x"]), TARGET_GROUPS).is_err());
        assert_eq!(online_url("http://x").unwrap_err(), Invalid("error-url"));
    }
}
