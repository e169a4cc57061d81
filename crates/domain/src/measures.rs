//! Measures: things an administration resolves to do, each with an owner,
//! the month it is due, a status and, once done, a note of evidence. The
//! measures of a Leitbild process make its annual planner (*Jahresplaner*):
//! twelve months from the month the plan starts. The module knows nothing
//! of Leitbild processes, so that other plans (the openness audit's
//! recommendations) can use it too.

use jiff::tz::TimeZone;

use crate::text::{multi_line, one_line};
use crate::values::code_enum;
use crate::Invalid;

code_enum!(
    /// Where a measure stands.
    MeasureStatus {
        Open = "open",
        Progress = "progress",
        /// Done, with a note of evidence (what shows it).
        Done = "done",
    }
);

/// Longest title, owner name, description and note of evidence, in characters.
pub const TITLE_MAX: usize = 200;
pub const OWNER_MAX: usize = 120;
pub const DESCRIPTION_MAX: usize = 2000;
pub const EVIDENCE_MAX: usize = 2000;
/// Months in a plan.
pub const PLAN_MONTHS: usize = 12;

pub fn title(input: &str) -> Result<String, Invalid> {
    one_line(input, TITLE_MAX)
}

pub fn description(input: &str) -> Result<String, Invalid> {
    multi_line(input, DESCRIPTION_MAX, false)
}

/// Who sees to the measure: a name (staff usually have no account). A
/// measure without an owner is no measure.
pub fn owner_name(input: &str) -> Result<String, Invalid> {
    one_line(input, OWNER_MAX).map_err(|e| match e {
        Invalid("error-required") => Invalid("error-measure-owner-required"),
        e => e,
    })
}

/// The note of evidence: what shows that the measure is done (a link, a
/// document, a date). Required once it is done, optional before.
pub fn evidence(input: &str, status: MeasureStatus) -> Result<String, Invalid> {
    let s = multi_line(input, EVIDENCE_MAX, false)?;
    if status == MeasureStatus::Done && !s.chars().any(char::is_alphanumeric) {
        return Err(Invalid("error-evidence-required"));
    }
    Ok(s)
}

/// A month as `YYYY-MM`, split into year and month.
fn year_month(s: &str) -> Option<(i32, u32)> {
    let (y, m) = s.split_once('-')?;
    Some((y.parse().ok()?, m.parse().ok()?))
}

/// The month `n` months after `ym` (`YYYY-MM`).
pub(crate) fn add_months(ym: &str, n: usize) -> Option<String> {
    let (y, m) = year_month(ym)?;
    let index = i64::from(y) * 12 + i64::from(m) - 1 + i64::try_from(n).ok()?;
    Some(format!("{:04}-{:02}", index.div_euclid(12), index.rem_euclid(12) + 1))
}

/// A plan's first month, typed as `YYYY-MM` (required).
pub fn plan_start(input: &str) -> Result<String, Invalid> {
    crate::leitbild::month(input)?.ok_or(Invalid("error-required"))
}

/// The twelve months of a plan that starts in `start` (`YYYY-MM`).
pub fn plan_months(start: &str) -> Vec<String> {
    (0..PLAN_MONTHS).filter_map(|n| add_months(start, n)).collect()
}

/// The month of a measure: `YYYY-MM`, and one of the plan's twelve months.
pub fn month_in_plan(input: &str, start: &str) -> Result<String, Invalid> {
    let month = crate::leitbild::month(input)?.ok_or(Invalid("error-required"))?;
    if plan_months(start).contains(&month) {
        Ok(month)
    } else {
        Err(Invalid("error-month-outside-plan"))
    }
}

/// The guiding principle a measure serves, by its number: empty is none
/// (the Leitbild as a whole), else 1 to `count` (the principles of the
/// newest version of the text).
pub fn principle(input: &str, count: usize) -> Result<Option<i64>, Invalid> {
    let s = input.trim();
    if s.is_empty() {
        return Ok(None);
    }
    let n: i64 = s.parse().map_err(|_| Invalid("error-choose-option"))?;
    if n < 1 || usize::try_from(n).map_or(true, |n| n > count) {
        return Err(Invalid("error-choose-option"));
    }
    Ok(Some(n))
}

/// The month (`YYYY-MM`) that `now` falls in, in time zone `tz`.
pub fn current_month(now: i64, tz: &TimeZone) -> String {
    let t = jiff::Timestamp::from_second(now).unwrap_or(jiff::Timestamp::UNIX_EPOCH);
    let d = t.to_zoned_datetime(tz.clone()).date();
    format!("{:04}-{:02}", d.year(), d.month())
}

/// A suggestion for a plan's first month: the month after the planned
/// adoption of the text if there is one, else the month of `now`.
pub fn suggested_start(adoption: Option<&str>, now: i64, tz: &TimeZone) -> String {
    adoption
        .and_then(|m| add_months(m, 1))
        .unwrap_or_else(|| current_month(now, tz))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses() {
        assert_eq!(MeasureStatus::parse("progress"), Ok(MeasureStatus::Progress));
        assert_eq!(MeasureStatus::parse("finished"), Err(Invalid("error-choose-option")));
        assert_eq!(MeasureStatus::ALL.len(), 3);
    }

    #[test]
    fn a_plan_has_twelve_months_across_the_new_year() {
        let months = plan_months("2027-04");
        assert_eq!(months.len(), 12);
        assert_eq!(months.first().map(String::as_str), Some("2027-04"));
        assert_eq!(months.last().map(String::as_str), Some("2028-03"));
        assert_eq!(plan_months("2027-01").last().map(String::as_str), Some("2027-12"));
        assert_eq!(month_in_plan("2028-03", "2027-04"), Ok("2028-03".into()));
        assert_eq!(
            month_in_plan("2028-04", "2027-04"),
            Err(Invalid("error-month-outside-plan"))
        );
        assert_eq!(
            month_in_plan("2027-03", "2027-04"),
            Err(Invalid("error-month-outside-plan"))
        );
        assert_eq!(month_in_plan("", "2027-04"), Err(Invalid("error-required")));
        assert_eq!(month_in_plan("2027-4", "2027-04"), Err(Invalid("error-month")));
        assert_eq!(plan_start(""), Err(Invalid("error-required")));
        assert_eq!(plan_start("2027-13"), Err(Invalid("error-month")));
    }

    #[test]
    fn owners_evidence_and_principles() {
        assert_eq!(owner_name("  "), Err(Invalid("error-measure-owner-required")));
        assert_eq!(owner_name(" Amal Haddou "), Ok("Amal Haddou".into()));
        assert_eq!(owner_name(&"x".repeat(OWNER_MAX + 1)), Err(Invalid("error-too-long")));
        assert_eq!(evidence("", MeasureStatus::Progress), Ok(String::new()));
        assert_eq!(
            evidence(" ", MeasureStatus::Done),
            Err(Invalid("error-evidence-required"))
        );
        assert_eq!(
            evidence("Protokoll vom 3. März", MeasureStatus::Done),
            Ok("Protokoll vom 3. März".into())
        );
        assert_eq!(principle("", 3), Ok(None));
        assert_eq!(principle("3", 3), Ok(Some(3)));
        for bad in ["0", "4", "-1", "zwei", "1.5"] {
            assert_eq!(principle(bad, 3), Err(Invalid("error-choose-option")), "{bad}");
        }
    }

    #[test]
    fn months_of_the_clock() {
        let tz = TimeZone::get("Europe/Berlin").unwrap_or(TimeZone::UTC);
        // 2027-02-28T23:30Z is already March in Berlin
        assert_eq!(current_month(1_803_857_400, &tz), "2027-03");
        assert_eq!(suggested_start(Some("2027-12"), 0, &tz), "2028-01");
        assert_eq!(suggested_start(None, 1_803_857_400, &tz), "2027-03");
    }
}
