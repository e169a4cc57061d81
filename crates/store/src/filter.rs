//! The one way to build a `WHERE` from the filters a person chose: each
//! value becomes a `$n` placeholder (numbered after the statement's fixed
//! parameters) and is bound in order, so no value is ever spliced into SQL.
//!
//! ```ignore
//! let mut w = Filter::after(0);
//! if let Some(kind) = &f.kind {
//!     let p = w.param(kind.clone());
//!     w.and(format!("o.kind = {p}"));
//! }
//! let sql = format!("SELECT … FROM orgs o {}", w.where_clause());
//! let rows = w.bind_as(sqlx::query_as::<_, Org>(&sql)).fetch_all(&pool).await?;
//! ```

use sqlx::any::AnyArguments;
use sqlx::query::QueryAs;
use sqlx::Any;

/// A bound value of a filter.
#[derive(Debug, Clone)]
pub(crate) enum Arg {
    Int(i64),
    Text(String),
}

impl From<i64> for Arg {
    fn from(v: i64) -> Self {
        Arg::Int(v)
    }
}

impl From<String> for Arg {
    fn from(v: String) -> Self {
        Arg::Text(v)
    }
}

impl From<&str> for Arg {
    fn from(v: &str) -> Self {
        Arg::Text(v.to_string())
    }
}

/// Conditions joined by `AND`, and the values their placeholders stand for.
#[derive(Debug, Clone, Default)]
pub(crate) struct Filter {
    first: usize,
    conds: Vec<String>,
    args: Vec<Arg>,
}

impl Filter {
    /// A filter whose first placeholder is `$(fixed + 1)`: the statement
    /// binds `fixed` parameters of its own before the filter's.
    pub fn after(fixed: usize) -> Self {
        Filter {
            first: fixed,
            ..Default::default()
        }
    }

    /// Adds a value and returns its placeholder (`$n`).
    pub fn param(&mut self, v: impl Into<Arg>) -> String {
        self.args.push(v.into());
        format!("${}", self.first + self.args.len())
    }

    /// Adds a condition (written with placeholders from [`Filter::param`]).
    pub fn and(&mut self, cond: impl Into<String>) {
        self.conds.push(cond.into());
    }

    /// The number of the next placeholder after the filter's values (for a
    /// `LIMIT $n` the statement binds after them).
    pub fn next_number(&self) -> usize {
        self.first + self.args.len() + 1
    }

    /// `WHERE a AND b`, or nothing when no filter is in use.
    pub fn where_clause(&self) -> String {
        if self.conds.is_empty() {
            String::new()
        } else {
            format!("WHERE {}", self.conds.join(" AND "))
        }
    }

    /// ` AND a AND b`, to continue a `WHERE` the statement starts itself.
    pub fn and_clause(&self) -> String {
        self.conds.iter().map(|c| format!(" AND {c}")).collect()
    }

    /// Binds the filter's values, in order, to a statement returning rows.
    pub fn bind_as<'q, O>(
        &self,
        mut q: QueryAs<'q, Any, O, AnyArguments<'q>>,
    ) -> QueryAs<'q, Any, O, AnyArguments<'q>> {
        for a in &self.args {
            q = match a {
                Arg::Int(v) => q.bind(*v),
                Arg::Text(v) => q.bind(v.clone()),
            };
        }
        q
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_follow_the_fixed_parameters() {
        let mut w = Filter::after(2);
        assert_eq!(w.where_clause(), "");
        let p = w.param("x");
        w.and(format!("a = {p}"));
        let q = w.param(5);
        w.and(format!("b = {q}"));
        assert_eq!(w.where_clause(), "WHERE a = $3 AND b = $4");
        assert_eq!(w.and_clause(), " AND a = $3 AND b = $4");
    }
}
