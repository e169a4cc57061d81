//! Attendance per module: roll call by staff, self check-in with the code
//! shown at the venue, and the signed attendance list (scan) as evidence.

use domain::series::Attendance;
use domain::Timestamp;

use crate::audit::AuditEntry;
use crate::write::{self, Written};
use crate::{Result, Store};

/// A participant with a seat and their attendance at one module.
#[derive(Debug, Clone, sqlx::FromRow, serde::Serialize)]
pub struct RollEntry {
    pub registration_id: i64,
    pub name: String,
    pub affiliation: String,
    pub status: Option<Attendance>,
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Scan {
    pub filename: String,
    pub content_type: String,
    pub size: i64,
    pub sha256: String,
    pub data: Vec<u8>,
    pub uploaded_at: Timestamp,
}

/// A signed attendance list as uploaded.
#[derive(Debug, Clone, Copy)]
pub struct NewScan<'a> {
    pub filename: &'a str,
    pub content_type: &'a str,
    pub sha256: &'a str,
    pub data: &'a [u8],
}

/// One row of attendance (for completion and exports).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct AttendanceRow {
    pub module_id: i64,
    pub registration_id: i64,
    pub status: Attendance,
}

impl Store {
    /// Everyone with a seat in the module's series, by name, with their attendance.
    pub async fn roll(&self, module: i64) -> Result<Vec<RollEntry>> {
        Ok(sqlx::query_as::<_, RollEntry>(
            "SELECT g.id AS registration_id, g.name, g.affiliation, a.status \
             FROM modules m JOIN registrations g ON g.series_id = m.series_id AND g.status = 'confirmed' \
             LEFT JOIN attendance a ON a.module_id = m.id AND a.registration_id = g.id \
             WHERE m.id = $1 ORDER BY g.name, g.id",
        )
        .bind(module)
        .fetch_all(&self.pool)
        .await?)
    }

    /// Saves a roll call: each (registration, attendance) of people with a seat.
    /// Entries for anyone else are ignored. Returns how many were saved.
    pub async fn save_roll(&self, now: i64, actor: i64, module: i64, marks: &[(i64, Attendance)]) -> Result<usize> {
        let mut tx = self.write_tx().await?;
        let series = crate::owner::series_of_module(&mut tx, module).await?;
        let seated: Vec<(i64,)> =
            sqlx::query_as("SELECT id FROM registrations WHERE series_id = $1 AND status = 'confirmed'")
                .bind(series)
                .fetch_all(&mut *tx)
                .await?;
        let mut saved = 0;
        for (reg, mark) in marks {
            if !seated.iter().any(|(id,)| id == reg) {
                continue;
            }
            sqlx::query(
                "INSERT INTO attendance (module_id, registration_id, status, via, marked_by, marked_at) \
                 VALUES ($1, $2, $3, 'roll_call', $4, $5) \
                 ON CONFLICT (module_id, registration_id) DO UPDATE SET status = excluded.status, \
                 via = excluded.via, marked_by = excluded.marked_by, marked_at = excluded.marked_at",
            )
            .bind(module)
            .bind(reg)
            .bind(*mark)
            .bind(actor)
            .bind(now)
            .execute(&mut *tx)
            .await?;
            saved += 1;
        }
        let org = crate::owner::org_of_series(&mut tx, series).await?;
        let entry = AuditEntry::new(Some(actor), "attendance.roll_call", "module", module)
            .org(Some(org))
            .detail(format!("{saved} marked"));
        write::commit(tx, now, &entry).await?;
        Ok(saved)
    }

    /// Sets (or replaces) the check-in code shown at the venue.
    pub async fn set_checkin_code(&self, now: i64, actor: i64, module: i64, code: Option<&str>) -> Result<()> {
        let mut tx = self.write_tx().await?;
        sqlx::query("UPDATE modules SET checkin_code = $1 WHERE id = $2")
            .bind(code)
            .bind(module)
            .execute(&mut *tx)
            .await?
            .found()?;
        let entry = AuditEntry::new(Some(actor), "attendance.checkin_code", "module", module);
        write::commit(tx, now, &entry).await?;
        Ok(())
    }

    /// A participant checks themselves in (their registration must hold a seat).
    /// Roll call by staff later overrides it.
    pub async fn check_in(&self, now: i64, registration: i64, module: i64) -> Result<()> {
        let mut tx = self.write_tx().await?;
        sqlx::query(
            "INSERT INTO attendance (module_id, registration_id, status, via, marked_by, marked_at) \
             VALUES ($1, $2, 'present', 'check_in', NULL, $3) ON CONFLICT (module_id, registration_id) DO NOTHING",
        )
        .bind(module)
        .bind(registration)
        .bind(now)
        .execute(&mut *tx)
        .await?;
        let entry = AuditEntry::new(None, "attendance.check_in", "registration", registration)
            .detail(format!("module #{module}"));
        write::commit(tx, now, &entry).await?;
        Ok(())
    }

    /// All attendance of a series' modules.
    pub async fn attendance_of_series(&self, series: i64) -> Result<Vec<AttendanceRow>> {
        Ok(sqlx::query_as::<_, AttendanceRow>(
            "SELECT a.module_id, a.registration_id, a.status FROM attendance a \
             JOIN modules m ON m.id = a.module_id WHERE m.series_id = $1",
        )
        .bind(series)
        .fetch_all(&self.pool)
        .await?)
    }

    /// Stores the signed attendance list of a module (replacing an earlier one).
    pub async fn save_scan(&self, now: i64, actor: i64, module: i64, scan: &NewScan<'_>) -> Result<()> {
        let NewScan {
            filename,
            content_type,
            sha256,
            data,
        } = *scan;
        let mut tx = self.write_tx().await?;
        sqlx::query(
            "INSERT INTO attendance_scans (module_id, filename, content_type, size, sha256, data, uploaded_by, uploaded_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (module_id) DO UPDATE SET filename = excluded.filename, \
             content_type = excluded.content_type, size = excluded.size, sha256 = excluded.sha256, data = excluded.data, \
             uploaded_by = excluded.uploaded_by, uploaded_at = excluded.uploaded_at",
        )
        .bind(module)
        .bind(filename)
        .bind(content_type)
        .bind(data.len() as i64)
        .bind(sha256)
        .bind(data)
        .bind(actor)
        .bind(now)
        .execute(&mut *tx)
        .await?;
        let series = crate::owner::series_of_module(&mut tx, module).await?;
        let org = crate::owner::org_of_series(&mut tx, series).await?;
        let entry = AuditEntry::new(Some(actor), "attendance.scan_upload", "module", module)
            .org(Some(org))
            .detail(format!("{filename} {} bytes sha256:{sha256}", data.len()));
        write::commit(tx, now, &entry).await?;
        Ok(())
    }

    pub async fn scan(&self, module: i64) -> Result<Option<Scan>> {
        self.row(
            "SELECT filename, content_type, size, sha256, data, uploaded_at FROM attendance_scans WHERE module_id = $1",
            module,
        )
        .await
    }

    /// Whether a module has a scan, without loading it.
    pub async fn scan_info(&self, module: i64) -> Result<Option<(String, i64, i64)>> {
        Ok(
            sqlx::query_as("SELECT filename, size, uploaded_at FROM attendance_scans WHERE module_id = $1")
                .bind(module)
                .fetch_optional(&self.pool)
                .await?,
        )
    }
}

impl Store {
    /// Data export: attendance of this person's registrations, and signed lists they uploaded.
    pub async fn personal_attendance(&self, p: &crate::export::Person) -> Result<crate::export::Sections> {
        use crate::export::Arg::{Int, Text};
        Ok(vec![
            self.section(
                "attendance",
                "SELECT a.registration_id, a.module_id, m.title AS module_title, m.starts_at, a.status, a.via, a.marked_at FROM attendance a JOIN registrations r ON r.id = a.registration_id JOIN modules m ON m.id = a.module_id WHERE r.user_id = $1 OR r.email = $2 ORDER BY m.starts_at",
                &[Int(p.user_id()), Text(&p.email)],
            )
            .await?,
            self.section(
                "attendance_scans",
                "SELECT module_id, filename, content_type, size, sha256, uploaded_at FROM attendance_scans WHERE uploaded_by = $1",
                &[Int(p.user_id())],
            )
            .await?,
        ])
    }
}
