//! Benchmark series with modules and registrations.

use crate::audit::{self, AuditEntry};
use crate::db;
use crate::{Result, Store};

/// Benchmark data: `count` public series spread over `orgs`, each with
/// `modules` modules and `registrations` confirmed registrations (the values
/// are generated here, never typed by anyone, so they go into the SQL as literals).
impl Store {
    pub async fn bulk_series(
        &self,
        now: i64,
        orgs: &[(i64, String)],
        count: usize,
        modules: usize,
        registrations: usize,
    ) -> Result<()> {
        const KINDS: [&str; 4] = ["trainer", "volunteer", "apprentice", "expert_day"];
        const GROUPS: [&str; 4] = ["administration", "volunteers", "trainers", "apprentices"];
        let base = self.number("SELECT COALESCE(MAX(id), 0) FROM series", ()).await?;
        for chunk_start in (0..count).step_by(250) {
            let chunk_end = (chunk_start + 250).min(count);
            let mut tx = self.write_tx().await?;
            let ids: Vec<i64> = (chunk_start..chunk_end).map(|i| base + 1 + i as i64).collect();
            let mut series_rows = vec![];
            let mut text_rows = vec![];
            for (k, id) in ids.iter().enumerate() {
                let i = chunk_start + k;
                let (org, region) = &orgs[i % orgs.len()];
                let first = now + 86400 * (7 + (i as i64 * 13) % 600);
                let last = first + 30 * 86400 * (modules as i64 - 1).max(0) + 8 * 3600;
                series_rows.push(format!(
                    "({id}, {org}, '{}', 'public', '{region}', '{} {}', 'de', {}, NULL, 0, NULL, 0, NULL, 'active', {first}, {last}, 'k{id}', 1, {now}, {now})",
                    KINDS[i % 4],
                    GROUPS[i % 4],
                    GROUPS[(i + 1) % 4],
                    registrations + 10,
                ));
                text_rows.push(format!(
                    "({id}, 'de', 'Fortbildungsreihe {id}: Interkulturelle Öffnung in der Verwaltung', 'Eine Reihe für Verwaltungsmitarbeitende (Benchmarkdaten).')"
                ));
            }
            db::exec(&mut *tx, &format!(
                "INSERT INTO series (id, org_id, kind, visibility, region, target_groups, languages, capacity, deadline, \
                 manual_approval, rule_min_modules, rule_all_mandatory, rule_min_hours, status, starts_at, ends_at, \
                 invite_key, version, created_at, updated_at) VALUES {}",
                series_rows.join(",")
            ), ()).await?;
            db::exec(
                &mut *tx,
                &format!(
                    "INSERT INTO series_texts (series_id, locale, title, summary) VALUES {}",
                    text_rows.join(",")
                ),
                (),
            )
            .await?;
            let mut module_rows = vec![];
            let mut reg_rows = vec![];
            for (k, id) in ids.iter().enumerate() {
                let i = chunk_start + k;
                let first = now + 86400 * (7 + (i as i64 * 13) % 600);
                for m in 0..modules {
                    let start = first + 30 * 86400 * m as i64;
                    module_rows.push(format!(
                        "({id}, 'Modul {}', 'Thema', {start}, {}, 'Rathaus, Saal {}', '', NULL, 8, 1, NULL, NULL, 1, {now}, {now})",
                        m + 1,
                        start + 8 * 3600,
                        m + 1
                    ));
                }
                for r in 0..registrations {
                    reg_rows.push(format!(
                        "({id}, NULL, 'Person {r}', 'p{r}.s{id}@scale.example', '', '{}', 'de', 'confirmed', 's{id}r{r}', {now}, 'import', {now}, {now}, {}, NULL, NULL)",
                        GROUPS[r % 4],
                        now + r as i64
                    ));
                }
            }
            for rows in module_rows.chunks(1000) {
                db::exec(&mut *tx, &format!(
                    "INSERT INTO modules (series_id, title, topics, starts_at, ends_at, venue, access_notes, online_url, \
                     hours, mandatory, cancelled_at, checkin_code, version, created_at, updated_at) VALUES {}",
                    rows.join(",")
                ), ()).await?;
            }
            for rows in reg_rows.chunks(1000) {
                db::exec(
                    &mut *tx,
                    &format!(
                    "INSERT INTO registrations (series_id, user_id, name, email, affiliation, target_group, locale, \
                     status, token, consent_at, source, created_at, confirmed_at, queued_at, cancelled_at, expires_at) \
                     VALUES {}",
                    rows.join(",")
                ),
                    (),
                )
                .await?;
            }
            tx.commit().await?;
        }
        self.sync_ids(&["series"]).await?;
        let mut tx = self.write_tx().await?;
        audit::write(
            &mut tx,
            now,
            &AuditEntry::new(None, "series.bulk_create", "series", count),
        )
        .await?;
        self.commit_changing(tx, &self.series_cache).await?;
        Ok(())
    }
}
