//! Benchmark data: rows generated in bulk for the scale benchmarks in
//! `bench/` (`ikoe demo --scale N`), written with multi-row `INSERT`s and
//! explicit ids. Kept apart from the feature modules, which hold only what
//! the application itself does. The values are generated here, never typed
//! by anyone, so they go into the SQL as literals.

mod files;
mod orgs;
mod series;
mod spaces;

use crate::{Backend, Result, Store};

impl Store {
    /// After rows were inserted with explicit ids (benchmark data), moves
    /// PostgreSQL's identity of each table past them (SQLite needs nothing).
    async fn sync_ids(&self, tables: &[&str]) -> Result<()> {
        if self.backend == Backend::Postgres {
            for table in tables {
                self.exec(
                    &format!("SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT MAX(id) FROM {table}))"),
                    (),
                )
                .await?;
            }
        }
        Ok(())
    }
}
