//! Benchmark spaces with members, threads and posts.

use crate::audit::{self, AuditEntry};
use crate::db;
use crate::{Result, Store, StoreError};

/// Words the benchmark's posts are made of (invented text).
const BULK_WORDS: [&str; 40] = [
    "Wohnung",
    "Sprachkurs",
    "Beratung",
    "Verwaltung",
    "Formular",
    "Ehrenamt",
    "Verein",
    "Schule",
    "Ausbildung",
    "Termin",
    "Bürgerbüro",
    "Willkommen",
    "Netzwerk",
    "Fortbildung",
    "Leitbild",
    "Öffnung",
    "Praxis",
    "Erfahrung",
    "Austausch",
    "Landkreis",
    "Stadt",
    "Gemeinde",
    "Integration",
    "Vielfalt",
    "Teilhabe",
    "Kita",
    "Arbeit",
    "Jobcenter",
    "Dolmetschen",
    "Sprachmittlung",
    "Beschwerde",
    "Antrag",
    "Aufenthalt",
    "Einbürgerung",
    "Familie",
    "Jugend",
    "Gesundheit",
    "Sport",
    "Kultur",
    "Ideenwerkstatt",
];

impl Store {
    /// Benchmark data: `count` spaces, each with `members` organisations of
    /// `orgs` (as members) and `threads` threads of `posts` posts by
    /// `authors`, all in the search index. Returns the spaces' ids.
    #[allow(clippy::too_many_arguments)]
    pub async fn bulk_spaces(
        &self,
        now: i64,
        orgs: &[i64],
        authors: &[i64],
        count: usize,
        members: usize,
        threads: usize,
        posts: usize,
    ) -> Result<Vec<i64>> {
        let max = |table: &'static str| async move {
            let m = self
                .number(&format!("SELECT COALESCE(MAX(id), 0) FROM {table}"), ())
                .await?;
            Ok::<i64, StoreError>(m)
        };
        let (space0, thread0, post0) = (max("spaces").await?, max("threads").await?, max("posts").await?);
        let mut ids = Vec::with_capacity(count);
        for chunk in (0..count).collect::<Vec<_>>().chunks(25) {
            let mut tx = self.write_tx().await?;
            let (mut sp, mut mem, mut th, mut po, mut fts) = (vec![], vec![], vec![], vec![], vec![]);
            for &i in chunk {
                let id = space0 + 1 + i as i64;
                ids.push(id);
                sp.push(format!(
                    "({id}, 'Arbeitsgruppe {id}', 'working', 'Benchmarkdaten.', 0, NULL, 1, {now}, {now})"
                ));
                for m in 0..members {
                    let org = orgs[(i * members + m) % orgs.len()];
                    let role = if m == 0 { "admin" } else { "member" };
                    mem.push(format!("({id}, {org}, NULL, '{role}', {now})"));
                }
                for t in 0..threads {
                    let tid = thread0 + 1 + (i * threads + t) as i64;
                    let title = format!("Thema {tid}: {}", BULK_WORDS[(tid as usize * 7) % BULK_WORDS.len()]);
                    let last = now - ((i * threads + t) % 500) as i64 * 60;
                    let author = authors[(i + t) % authors.len()];
                    th.push(format!("({tid}, {id}, '{title}', {author}, {last}, {last}, {posts})"));
                    fts.push(format!("({}, 's{id}', '{title}', '')", tid * 4 + 1));
                    for p in 0..posts {
                        let pid = post0 + 1 + ((i * threads + t) * posts + p) as i64;
                        let n = pid as usize;
                        let body: Vec<&str> = (0..24)
                            .map(|w| BULK_WORDS[(n * 31 + w * w * 17 + w) % BULK_WORDS.len()])
                            .collect();
                        let body = format!("Beitrag {pid}. {}.", body.join(" "));
                        let who = authors[(n * 13) % authors.len()];
                        po.push(format!(
                            "({pid}, {tid}, {id}, {who}, '{body}', 1, {}, NULL)",
                            last - (posts - p) as i64 * 60
                        ));
                        fts.push(format!("({}, 's{id}', '', '{body}')", pid * 4 + 2));
                    }
                }
            }
            let inserts: [(&str, &Vec<String>); 5] = [
                (
                    "spaces (id, name, kind, description, listed, created_by, version, created_at, updated_at)",
                    &sp,
                ),
                ("space_members (space_id, org_id, user_id, role, created_at)", &mem),
                (
                    "threads (id, space_id, title, created_by, created_at, last_post_at, posts)",
                    &th,
                ),
                (
                    "posts (id, thread_id, space_id, author_id, body, version, created_at, edited_at)",
                    &po,
                ),
                ("search_fts (rowid, space, title, body)", &fts),
            ];
            for (table, rows) in inserts {
                for part in rows.chunks(500) {
                    db::exec(&mut *tx, &format!("INSERT INTO {table} VALUES {}", part.join(",")), ()).await?;
                }
            }
            tx.commit().await?;
        }
        self.sync_ids(&["spaces", "threads", "posts"]).await?;
        let mut tx = self.write_tx().await?;
        audit::write(
            &mut tx,
            now,
            &AuditEntry::new(None, "space.bulk_create", "space", count),
        )
        .await?;
        tx.commit().await?;
        Ok(ids)
    }
}
