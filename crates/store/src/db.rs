//! Running one statement with its parameters, in a transaction or on the
//! pool alike: the parameters are a value or a tuple of values, bound in
//! order as `$1`, `$2`, …
//!
//! ```ignore
//! let found: Option<(i64,)> = db::row(&mut *tx, "SELECT id FROM t WHERE a = $1 AND b = $2", (a, b)).await?;
//! db::exec(&mut *tx, "DELETE FROM t WHERE id = $1", id).await?.found()?;
//! let all: Vec<T> = self.rows("SELECT … WHERE org_id = $1", org).await?;
//! ```
//!
//! The free functions (for a transaction) return `sqlx`'s own result, so a
//! caller can still map an error (e.g. with [`crate::conflict_on_unique`])
//! before `?`; the [`Store`] methods (on the pool) the store's.

use sqlx::any::{AnyArguments, AnyQueryResult, AnyRow};
use sqlx::query::{Query, QueryAs};
use sqlx::{Any, Encode, Executor, FromRow, Type};

use crate::{Result, Store};

/// A statement that takes parameters one after the other.
pub(crate) trait Bind<'q> {
    fn bind_one<T: 'q + Encode<'q, Any> + Type<Any>>(self, v: T) -> Self;
}

impl<'q> Bind<'q> for Query<'q, Any, AnyArguments<'q>> {
    fn bind_one<T: 'q + Encode<'q, Any> + Type<Any>>(self, v: T) -> Self {
        self.bind(v)
    }
}

impl<'q, O> Bind<'q> for QueryAs<'q, Any, O, AnyArguments<'q>> {
    fn bind_one<T: 'q + Encode<'q, Any> + Type<Any>>(self, v: T) -> Self {
        self.bind(v)
    }
}

/// The parameters of a statement: nothing, one value, or a tuple of values.
pub(crate) trait Params<'q> {
    /// Binds the values, in order, to `q`.
    fn bind_to<Q: Bind<'q>>(self, q: Q) -> Q;
}

impl<'q> Params<'q> for () {
    fn bind_to<Q: Bind<'q>>(self, q: Q) -> Q {
        q
    }
}

/// A single value of the types most statements take stands for itself.
macro_rules! single_params {
    ($($t:ty),+) => {$(
        impl<'q> Params<'q> for $t {
            fn bind_to<Q: Bind<'q>>(self, q: Q) -> Q {
                q.bind_one(self)
            }
        }
    )+};
}

single_params!(i64, bool, String, Option<i64>, &'q str, &'q String);

macro_rules! tuple_params {
    ($($v:ident),+) => {
        impl<'q, $($v: 'q + Encode<'q, Any> + Type<Any>),+> Params<'q> for ($($v,)+) {
            #[allow(non_snake_case)]
            fn bind_to<Q: Bind<'q>>(self, q: Q) -> Q {
                let ($($v,)+) = self;
                $(let q = q.bind_one($v);)+
                q
            }
        }
    };
}

tuple_params!(A);
tuple_params!(A, B);
tuple_params!(A, B, C);
tuple_params!(A, B, C, D);
tuple_params!(A, B, C, D, E);
tuple_params!(A, B, C, D, E, F);
tuple_params!(A, B, C, D, E, F, G);
tuple_params!(A, B, C, D, E, F, G, H);
tuple_params!(A, B, C, D, E, F, G, H, I);
tuple_params!(A, B, C, D, E, F, G, H, I, J);
tuple_params!(A, B, C, D, E, F, G, H, I, J, K);
tuple_params!(A, B, C, D, E, F, G, H, I, J, K, L);
tuple_params!(A, B, C, D, E, F, G, H, I, J, K, L, M);
tuple_params!(A, B, C, D, E, F, G, H, I, J, K, L, M, N);
tuple_params!(A, B, C, D, E, F, G, H, I, J, K, L, M, N, O);
tuple_params!(A, B, C, D, E, F, G, H, I, J, K, L, M, N, O, P);

/// The row `sql` finds, if any.
pub(crate) async fn row<'e, 'c: 'e, 'q: 'e, T>(
    ex: impl 'e + Executor<'c, Database = Any>,
    sql: &'q str,
    p: impl Params<'q>,
) -> sqlx::Result<Option<T>>
where
    T: 'e + for<'r> FromRow<'r, AnyRow> + Send + Unpin,
{
    p.bind_to(sqlx::query_as::<_, T>(sql)).fetch_optional(ex).await
}

/// The one row `sql` finds (`RowNotFound` when there is none).
pub(crate) async fn one<'e, 'c: 'e, 'q: 'e, T>(
    ex: impl 'e + Executor<'c, Database = Any>,
    sql: &'q str,
    p: impl Params<'q>,
) -> sqlx::Result<T>
where
    T: 'e + for<'r> FromRow<'r, AnyRow> + Send + Unpin,
{
    p.bind_to(sqlx::query_as::<_, T>(sql)).fetch_one(ex).await
}

/// Every row `sql` finds.
pub(crate) async fn rows<'e, 'c: 'e, 'q: 'e, T>(
    ex: impl 'e + Executor<'c, Database = Any>,
    sql: &'q str,
    p: impl Params<'q>,
) -> sqlx::Result<Vec<T>>
where
    T: 'e + for<'r> FromRow<'r, AnyRow> + Send + Unpin,
{
    p.bind_to(sqlx::query_as::<_, T>(sql)).fetch_all(ex).await
}

/// The one number (the first column of the one row) `sql` selects, e.g. a `COUNT(*)`.
pub(crate) async fn number<'e, 'c: 'e, 'q: 'e>(
    ex: impl 'e + Executor<'c, Database = Any>,
    sql: &'q str,
    p: impl Params<'q>,
) -> sqlx::Result<i64> {
    let (n,): (i64,) = one(ex, sql, p).await?;
    Ok(n)
}

/// Runs a statement that writes (see [`crate::write::Written`] for its result).
pub(crate) async fn exec<'e, 'c: 'e, 'q: 'e>(
    ex: impl 'e + Executor<'c, Database = Any>,
    sql: &'q str,
    p: impl Params<'q>,
) -> sqlx::Result<AnyQueryResult> {
    p.bind_to(sqlx::query(sql)).execute(ex).await
}

/// The same on the store's pool, outside any transaction.
impl Store {
    /// The row `sql` finds, if any.
    pub(crate) async fn row<'q, T>(&self, sql: &'q str, p: impl Params<'q>) -> Result<Option<T>>
    where
        T: for<'r> FromRow<'r, AnyRow> + Send + Unpin,
    {
        Ok(row(&self.pool, sql, p).await?)
    }

    /// The one row `sql` finds (`RowNotFound` when there is none).
    pub(crate) async fn one<'q, T>(&self, sql: &'q str, p: impl Params<'q>) -> Result<T>
    where
        T: for<'r> FromRow<'r, AnyRow> + Send + Unpin,
    {
        Ok(one(&self.pool, sql, p).await?)
    }

    /// Every row `sql` finds.
    pub(crate) async fn rows<'q, T>(&self, sql: &'q str, p: impl Params<'q>) -> Result<Vec<T>>
    where
        T: for<'r> FromRow<'r, AnyRow> + Send + Unpin,
    {
        Ok(rows(&self.pool, sql, p).await?)
    }

    /// The one number `sql` selects, e.g. a `COUNT(*)`.
    pub(crate) async fn number<'q>(&self, sql: &'q str, p: impl Params<'q>) -> Result<i64> {
        Ok(number(&self.pool, sql, p).await?)
    }

    /// Runs a statement that writes, outside any transaction.
    pub(crate) async fn exec<'q>(&self, sql: &'q str, p: impl Params<'q>) -> Result<AnyQueryResult> {
        Ok(exec(&self.pool, sql, p).await?)
    }
}
