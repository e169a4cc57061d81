//! Figures of a series for its staff and funders: attendance per module,
//! seats per target group, how many completed the series, and the rows of
//! the participant export. The counts per registration status and the
//! anonymous figures are in `registrations.rs` (`registration_counts`,
//! `registration_figures`).

use domain::series::{Attendance, Attended, CompletionRule, RegStatus};

use crate::registrations::Registration;
use crate::series::{Module, Series};
use crate::{Result, Store};

/// The attendance marks at one module.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct ModuleCounts {
    pub module_id: i64,
    pub present: i64,
    pub absent: i64,
    pub excused: i64,
}

/// One attendance mark: who, at which module, and what.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow, serde::Serialize)]
pub struct Mark {
    pub registration_id: i64,
    pub module_id: i64,
    pub status: Attendance,
}

/// How many of `participants` meet `rule` over the series' modules that were
/// not cancelled (hours and mandatory flags from the modules, attendance from `marks`).
pub fn count_completed(rule: &CompletionRule, modules: &[Module], participants: &[i64], marks: &[Mark]) -> i64 {
    let held: Vec<&Module> = modules.iter().filter(|m| !m.is_cancelled()).collect();
    let completed = participants.iter().filter(|&&reg| {
        let attended: Vec<Attended> = held
            .iter()
            .map(|m| Attended {
                mandatory: m.is_mandatory(),
                hours: m.hours,
                present: marks
                    .iter()
                    .any(|a| a.registration_id == reg && a.module_id == m.id && a.status == Attendance::Present),
            })
            .collect();
        rule.completed(&attended)
    });
    completed.count() as i64
}

impl Store {
    /// The attendance marks per module of a series, for every module (cancelled
    /// ones too), in the order of the modules.
    pub async fn attendance_counts(&self, series: i64) -> Result<Vec<ModuleCounts>> {
        let rows: Vec<(i64, Attendance, i64)> = self
            .rows(
                "SELECT a.module_id, a.status, COUNT(*) FROM attendance a JOIN modules m ON m.id = a.module_id \
             WHERE m.series_id = $1 GROUP BY a.module_id, a.status",
                series,
            )
            .await?;
        let modules = self.modules(series).await?;
        Ok(modules
            .iter()
            .map(|m| {
                let n = |status: Attendance| {
                    rows.iter()
                        .filter(|(id, s, _)| *id == m.id && *s == status)
                        .map(|(_, _, n)| *n)
                        .sum()
                };
                ModuleCounts {
                    module_id: m.id,
                    present: n(Attendance::Present),
                    absent: n(Attendance::Absent),
                    excused: n(Attendance::Excused),
                }
            })
            .collect())
    }

    /// Every attendance mark in a series.
    pub async fn attendance_marks(&self, series: i64) -> Result<Vec<Mark>> {
        self.rows(
            "SELECT a.registration_id, a.module_id, a.status FROM attendance a \
             JOIN modules m ON m.id = a.module_id WHERE m.series_id = $1 ORDER BY a.registration_id, a.module_id",
            series,
        )
        .await
    }

    /// The people with a seat, counted per target group (by code).
    pub async fn seats_by_target_group(&self, series: i64) -> Result<Vec<(String, i64)>> {
        self.rows(
            "SELECT target_group, COUNT(*) FROM registrations WHERE series_id = $1 AND status = 'confirmed' \
             GROUP BY target_group ORDER BY target_group",
            series,
        )
        .await
    }

    /// How many people with a seat have completed the series by its rule.
    ///
    /// Placeholder until completion is recorded (with the certificates): until
    /// then it is counted here from the attendance at the modules that were not
    /// cancelled, with `CompletionRule::completed`.
    pub async fn completed_participants(&self, s: &Series) -> Result<i64> {
        let modules = self.modules(s.id).await?;
        let marks = self.attendance_marks(s.id).await?;
        let seated: Vec<(i64,)> = self
            .rows(
                "SELECT id FROM registrations WHERE series_id = $1 AND status = 'confirmed'",
                s.id,
            )
            .await?;
        let seated: Vec<i64> = seated.into_iter().map(|(id,)| id).collect();
        Ok(count_completed(&s.rule(), &modules, &seated, &marks))
    }

    /// The registrations of the participant export: everyone whose address is
    /// confirmed (with a seat, waiting, pending or cancelled), in the order of
    /// the participant list.
    pub async fn export_registrations(&self, series: i64) -> Result<Vec<Registration>> {
        let all = self.registrations_of_series(series).await?;
        Ok(all.into_iter().filter(|r| r.status != RegStatus::Unconfirmed).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn module(id: i64, hours: i64, mandatory: bool, cancelled: bool) -> Module {
        Module {
            id,
            series_id: 1,
            title: format!("M{id}"),
            topics: String::new(),
            starts_at: domain::Timestamp(0),
            ends_at: domain::Timestamp(0),
            venue: String::new(),
            access_notes: String::new(),
            online_url: None,
            hours,
            mandatory: domain::Flag(mandatory),
            cancelled_at: cancelled.then_some(domain::Timestamp(1)),
            checkin_code: None,
            version: 1,
        }
    }

    fn mark(reg: i64, module: i64, status: &str) -> Mark {
        let status = Attendance::parse(status).unwrap();
        Mark {
            registration_id: reg,
            module_id: module,
            status,
        }
    }

    #[test]
    fn completion_counts_held_modules_and_presence_only() {
        let modules = [
            module(1, 8, true, false),
            module(2, 8, false, false),
            module(3, 8, true, true),
        ];
        let marks = [
            mark(10, 1, "present"),
            mark(10, 2, "present"),
            mark(11, 1, "present"),
            mark(11, 2, "excused"),
            mark(12, 1, "absent"),
            mark(12, 2, "present"),
        ];
        // "all modules": the cancelled module 3 does not count
        assert_eq!(
            count_completed(&CompletionRule::default(), &modules, &[10, 11, 12], &marks),
            1
        );
        let mandatory = CompletionRule {
            all_mandatory: true,
            ..Default::default()
        };
        assert_eq!(count_completed(&mandatory, &modules, &[10, 11, 12], &marks), 2);
        let hours = CompletionRule {
            min_hours: Some(8),
            ..Default::default()
        };
        assert_eq!(count_completed(&hours, &modules, &[10, 11, 12, 13], &marks), 3);
        // only the given participants are counted
        assert_eq!(count_completed(&hours, &modules, &[11], &marks), 1);
        assert_eq!(count_completed(&hours, &modules, &[], &marks), 0);
    }
}
