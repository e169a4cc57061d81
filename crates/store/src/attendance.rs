//! Attendance per module: roll call by staff, self check-in with the code
//! shown at the venue, and the signed attendance list (scan) as evidence.

use domain::series::Attendance;
use domain::Timestamp;

use crate::audit::AuditEntry;
use crate::db;
use crate::write;
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
        self.rows(
            "SELECT g.id AS registration_id, g.name, g.affiliation, a.status \
             FROM modules m JOIN registrations g ON g.series_id = m.series_id AND g.status = 'confirmed' \
             LEFT JOIN attendance a ON a.module_id = m.id AND a.registration_id = g.id \
             WHERE m.id = $1 ORDER BY g.name, g.id",
            module,
        )
        .await
    }

    /// Saves a roll call: each (registration, attendance) of people with a seat.
    /// Entries for anyone else are ignored. Returns how many were saved.
    pub async fn save_roll(&self, now: i64, actor: i64, module: i64, marks: &[(i64, Attendance)]) -> Result<usize> {
        let mut tx = self.write_tx().await?;
        let series = crate::owner::series_of_module(&mut tx, module).await?;
        let seated: Vec<(i64,)> = db::rows(
            &mut *tx,
            "SELECT id FROM registrations WHERE series_id = $1 AND status = 'confirmed'",
            series,
        )
        .await?;
        let mut saved = 0;
        for (reg, mark) in marks {
            if !seated.iter().any(|(id,)| id == reg) {
                continue;
            }
            db::exec(
                &mut *tx,
                "INSERT INTO attendance (module_id, registration_id, status, via, marked_by, marked_at) \
                 VALUES ($1, $2, $3, 'roll_call', $4, $5) \
                 ON CONFLICT (module_id, registration_id) DO UPDATE SET status = excluded.status, \
                 via = excluded.via, marked_by = excluded.marked_by, marked_at = excluded.marked_at",
                (module, reg, *mark, actor, now),
            )
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
        let entry = AuditEntry::new(Some(actor), "attendance.checkin_code", "module", module);
        self.change(
            now,
            "UPDATE modules SET checkin_code = $1 WHERE id = $2",
            (code, module),
            &entry,
        )
        .await
    }

    /// A participant checks themselves in (their registration must hold a seat).
    /// Roll call by staff later overrides it.
    pub async fn check_in(&self, now: i64, registration: i64, module: i64) -> Result<()> {
        let mut tx = self.write_tx().await?;
        db::exec(
            &mut *tx,
            "INSERT INTO attendance (module_id, registration_id, status, via, marked_by, marked_at) \
             VALUES ($1, $2, 'present', 'check_in', NULL, $3) ON CONFLICT (module_id, registration_id) DO NOTHING",
            (module, registration, now),
        )
        .await?;
        let entry = AuditEntry::new(None, "attendance.check_in", "registration", registration)
            .detail(format!("module #{module}"));
        write::commit(tx, now, &entry).await
    }

    /// All attendance of a series' modules.
    pub async fn attendance_of_series(&self, series: i64) -> Result<Vec<AttendanceRow>> {
        self.rows(
            "SELECT a.module_id, a.registration_id, a.status FROM attendance a \
             JOIN modules m ON m.id = a.module_id WHERE m.series_id = $1",
            series,
        )
        .await
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
        db::exec(
            &mut *tx,
            "INSERT INTO attendance_scans (module_id, filename, content_type, size, sha256, data, uploaded_by, uploaded_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (module_id) DO UPDATE SET filename = excluded.filename, \
             content_type = excluded.content_type, size = excluded.size, sha256 = excluded.sha256, data = excluded.data, \
             uploaded_by = excluded.uploaded_by, uploaded_at = excluded.uploaded_at",
            (module, filename, content_type, data.len() as i64, sha256, data, actor, now),
        )
        .await?;
        let series = crate::owner::series_of_module(&mut tx, module).await?;
        let org = crate::owner::org_of_series(&mut tx, series).await?;
        let entry = AuditEntry::new(Some(actor), "attendance.scan_upload", "module", module)
            .org(Some(org))
            .detail(format!("{filename} {} bytes sha256:{sha256}", data.len()));
        write::commit(tx, now, &entry).await
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
        self.row(
            "SELECT filename, size, uploaded_at FROM attendance_scans WHERE module_id = $1",
            module,
        )
        .await
    }
}
