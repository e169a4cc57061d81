//! The success criteria of a Leitbild process as figures (the seed's four:
//! many participants and active contributors, leadership on board, a text
//! that went through feedback rounds with all staff, first products).
//! Here the part that is counting: who took part and who contributed
//! actively, per department and month by month, from the traces people
//! leave (attendance at a workshop, opening a participation link, comments,
//! supports, answers).
//!
//! A *participant* left any trace; an *active contributor* attended a
//! workshop or wrote a comment or a proposal. Each person (or anonymous
//! visitor of a department link) counts once, from the first time.

use std::collections::BTreeMap;

use jiff::tz::TimeZone;

use crate::measures::{add_months, current_month};
use crate::series::month_range;

/// One trace of someone taking part.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Trace {
    /// Who: `p<id>` for a person taking part, `v<hash>` for an anonymous
    /// visitor, `r<id>` for a workshop registration nobody taking part matches.
    pub who: String,
    pub department: Option<i64>,
    /// When (Unix seconds).
    pub at: i64,
    /// An active contribution (a workshop attended, a comment written).
    pub active: bool,
}

/// Someone who took part: their department and when they first took part
/// and first contributed actively.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Taker {
    department: Option<i64>,
    first: i64,
    first_active: Option<i64>,
}

/// Participants and active contributors (a pair of counts).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Reached {
    pub participants: i64,
    pub active: i64,
}

/// Everyone who took part, once each.
#[derive(Debug, Clone, Default)]
pub struct Tally {
    takers: Vec<Taker>,
}

impl Tally {
    pub fn new(traces: impl IntoIterator<Item = Trace>) -> Tally {
        let mut by: BTreeMap<String, Taker> = BTreeMap::new();
        for t in traces {
            let e = by.entry(t.who).or_insert(Taker {
                department: t.department,
                first: t.at,
                first_active: None,
            });
            e.first = e.first.min(t.at);
            if e.department.is_none() {
                e.department = t.department;
            }
            if t.active {
                e.first_active = Some(e.first_active.map_or(t.at, |a| a.min(t.at)));
            }
        }
        Tally {
            takers: by.into_values().collect(),
        }
    }

    /// Who had taken part before `until` (none: ever), of `department`
    /// (none: all departments, and those without one).
    pub fn reached(&self, department: Option<Option<i64>>, until: Option<i64>) -> Reached {
        let before = |t: i64| until.is_none_or(|u| t < u);
        let mut r = Reached::default();
        for t in self
            .takers
            .iter()
            .filter(|t| department.is_none_or(|d| t.department == d))
        {
            if before(t.first) {
                r.participants += 1;
            }
            if t.first_active.is_some_and(before) {
                r.active += 1;
            }
        }
        r
    }

    /// The earliest trace, if any.
    pub fn first(&self) -> Option<i64> {
        self.takers.iter().map(|t| t.first).min()
    }

    /// Whether someone took part without a known department.
    pub fn has_unassigned(&self) -> bool {
        self.takers.iter().any(|t| t.department.is_none())
    }
}

/// The most months a timeline shows (the latest ones).
pub const TIMELINE_MONTHS: usize = 24;

/// The months (`YYYY-MM`) from the one of `from` to the one of `now`, each
/// with the first instant after it; at most [`TIMELINE_MONTHS`], the latest.
pub fn timeline(from: i64, now: i64, tz: &TimeZone) -> Vec<(String, i64)> {
    let last = current_month(now, tz);
    let mut month = current_month(from.min(now), tz);
    let mut out = Vec::new();
    while month <= last {
        if let Some((_, end)) = month_range(&month, tz) {
            out.push((month.clone(), end));
        }
        match add_months(&month, 1) {
            Some(next) => month = next,
            None => break,
        }
    }
    let skip = out.len().saturating_sub(TIMELINE_MONTHS);
    out.split_off(skip)
}

/// How many of a department's staff the participation links reach: all of
/// them once the department has a link on the intranet, else those with a
/// personal link (never more than its headcount).
pub fn reach(headcount: i64, personal_links: i64, department_link: bool) -> i64 {
    if department_link {
        headcount
    } else {
        personal_links.min(headcount)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(who: &str, department: Option<i64>, at: i64, active: bool) -> Trace {
        Trace {
            who: who.into(),
            department,
            at,
            active,
        }
    }

    #[test]
    fn everyone_counts_once_from_their_first_trace() {
        let tally = Tally::new([
            t("p1", Some(1), 100, false),
            t("p1", Some(1), 50, false),
            t("p1", Some(1), 300, true),
            t("v9", Some(2), 200, true),
            t("r4", None, 10, true),
        ]);
        assert_eq!(
            tally.reached(None, None),
            Reached {
                participants: 3,
                active: 3
            }
        );
        assert_eq!(
            tally.reached(None, Some(60)),
            Reached {
                participants: 2,
                active: 1
            }
        );
        assert_eq!(
            tally.reached(Some(Some(1)), Some(301)),
            Reached {
                participants: 1,
                active: 1
            }
        );
        assert_eq!(
            tally.reached(Some(Some(1)), Some(300)),
            Reached {
                participants: 1,
                active: 0
            }
        );
        assert_eq!(
            tally.reached(Some(Some(2)), None),
            Reached {
                participants: 1,
                active: 1
            }
        );
        assert_eq!(
            tally.reached(Some(None), None),
            Reached {
                participants: 1,
                active: 1
            }
        );
        assert_eq!(tally.reached(Some(Some(3)), None), Reached::default());
        assert_eq!(tally.first(), Some(10));
        assert!(tally.has_unassigned());
    }

    #[test]
    fn a_department_learnt_later_is_kept() {
        let tally = Tally::new([t("p1", None, 1, false), t("p1", Some(7), 2, false)]);
        assert_eq!(tally.reached(Some(Some(7)), None).participants, 1);
        assert!(!tally.has_unassigned());
    }

    #[test]
    fn the_timeline_runs_month_by_month_to_now() {
        let tz = TimeZone::get("Europe/Berlin").unwrap();
        // 2026-01-15 and 2026-03-02
        let months = timeline(1_768_435_200, 1_772_409_600, &tz);
        let names: Vec<&str> = months.iter().map(|(m, _)| m.as_str()).collect();
        assert_eq!(names, ["2026-01", "2026-02", "2026-03"]);
        // the first instant of February 2026 in Berlin (23:00 UTC the day before)
        assert_eq!(months[0].1, 1_769_900_400);
        // a start in the future gives the current month only
        assert_eq!(timeline(1_900_000_000, 1_772_409_600, &tz).len(), 1);
        // at most two years
        assert_eq!(timeline(0, 1_772_409_600, &tz).len(), TIMELINE_MONTHS);
    }

    #[test]
    fn reach_is_capped_by_the_headcount() {
        assert_eq!(reach(20, 5, false), 5);
        assert_eq!(reach(20, 25, false), 20);
        assert_eq!(reach(20, 5, true), 20);
    }
}
