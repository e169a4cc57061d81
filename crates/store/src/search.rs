//! Full-text search within a space over thread titles, posts and file
//! names: SQLite's FTS5 and PostgreSQL's text search (German stemming).
//! SQLite has no German stemmer; each word there matches as a prefix, so
//! "Wohnung" also finds "Wohnungen".

use sqlx::{Any, Transaction};

use crate::db;
use crate::{Backend, Result, Store};

/// What a search hit is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Thread = 1,
    Post = 2,
    File = 3,
}

/// Start and end of a matched word in a snippet (control characters, which
/// no stored text contains, so the web layer can mark them safely).
pub const MARK_START: char = '\u{1}';
pub const MARK_END: char = '\u{2}';

fn rowid(kind: Kind, id: i64) -> i64 {
    id * 4 + kind as i64
}

/// Adds or replaces an object's entry (inside the transaction that writes it).
pub(crate) async fn index(
    tx: &mut Transaction<'static, Any>,
    kind: Kind,
    id: i64,
    space: i64,
    title: &str,
    body: &str,
) -> Result<()> {
    unindex(tx, kind, id).await?;
    db::exec(
        &mut **tx,
        "INSERT INTO search_fts(rowid, space, title, body) VALUES ($1, $2, $3, $4)",
        (rowid(kind, id), format!("s{space}"), title, body),
    )
    .await?;
    Ok(())
}

pub(crate) async fn unindex(tx: &mut Transaction<'static, Any>, kind: Kind, id: i64) -> Result<()> {
    db::exec(&mut **tx, "DELETE FROM search_fts WHERE rowid = $1", rowid(kind, id)).await?;
    Ok(())
}

/// A hit: what it is, where it leads, and a snippet with marked words.
#[derive(Debug, Clone)]
pub struct Hit {
    pub kind: Kind,
    pub id: i64,
    /// The thread of a thread or post hit.
    pub thread_id: Option<i64>,
    /// The thread's title or the file's name.
    pub title: String,
    pub snippet: String,
}

/// The words of a query, reduced to letters and digits (no query syntax
/// gets through), at most 8.
pub fn words(q: &str) -> Vec<String> {
    q.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(8)
        .map(str::to_string)
        .collect()
}

#[derive(sqlx::FromRow)]
struct Row {
    rowid: i64,
    snippet: String,
}

impl Store {
    /// The best `limit` hits for all words of `q` in a space.
    pub async fn search(&self, space: i64, q: &str, limit: i64) -> Result<Vec<Hit>> {
        let words = words(q);
        if words.is_empty() {
            return Ok(Vec::new());
        }
        let (s, e) = (MARK_START, MARK_END);
        let rows: Vec<Row> = match self.backend {
            Backend::Sqlite => {
                let terms: Vec<String> = words.iter().map(|w| format!("\"{w}\"*")).collect();
                let query = format!("space : s{space} AND {{title body}} : ({})", terms.join(" AND "));
                self.rows(
                    &format!(
                        "SELECT rowid, snippet(search_fts, -1, '{s}', '{e}', '…', 16) AS snippet \
                     FROM search_fts WHERE search_fts MATCH $1 ORDER BY rank LIMIT $2"
                    ),
                    (query, limit),
                )
                .await?
            }
            Backend::Postgres => {
                let terms: Vec<String> = words.iter().map(|w| format!("{w}:*")).collect();
                self.rows(
                    &format!(
                        "SELECT rowid, ts_headline('german', title || ' ' || body, q, \
                       'StartSel={s}, StopSel={e}, MaxWords=24, MinWords=10, MaxFragments=1') AS snippet \
                     FROM (SELECT rowid, title, body, ts_rank(tsv, q) AS r, q \
                           FROM search_fts, to_tsquery('german', $2) q \
                           WHERE space = $1 AND tsv @@ q ORDER BY r DESC LIMIT $3) t \
                     ORDER BY r DESC"
                    ),
                    (format!("s{space}"), terms.join(" & "), limit),
                )
                .await?
            }
        };
        let mut hits = Vec::with_capacity(rows.len());
        for r in rows {
            let id = r.rowid / 4;
            let hit = match r.rowid % 4 {
                1 => self
                    .row::<(String,)>("SELECT title FROM threads WHERE id = $1", id)
                    .await?
                    .map(|(title,)| Hit {
                        kind: Kind::Thread,
                        id,
                        thread_id: Some(id),
                        title,
                        snippet: String::new(),
                    }),
                2 => self
                    .row::<(i64, String)>(
                        "SELECT t.id, t.title FROM posts p JOIN threads t ON t.id = p.thread_id WHERE p.id = $1",
                        id,
                    )
                    .await?
                    .map(|(thread, title)| Hit {
                        kind: Kind::Post,
                        id,
                        thread_id: Some(thread),
                        title,
                        snippet: r.snippet.clone(),
                    }),
                _ => self
                    .row::<(String,)>("SELECT name FROM files WHERE id = $1 AND deleted_at IS NULL", id)
                    .await?
                    .map(|(name,)| Hit {
                        kind: Kind::File,
                        id,
                        thread_id: None,
                        title: name,
                        snippet: String::new(),
                    }),
            };
            hits.extend(hit);
        }
        Ok(hits)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn query_words_carry_no_syntax() {
        assert_eq!(
            super::words("Wohnung \"OR\" NEAR(x*)"),
            vec!["Wohnung", "OR", "NEAR", "x"]
        );
        assert_eq!(super::words("  -- ; '"), Vec::<String>::new());
        assert_eq!(super::words("تقرير الاجتماع"), vec!["تقرير", "الاجتماع"]);
    }
}
