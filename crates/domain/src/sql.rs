//! How the value types of [`crate::values`] and [`crate::Timestamp`] travel
//! through sqlx's `Any` driver (feature `sqlx`, turned on by the store): code
//! enums as text, [`Flag`] as a 0/1 integer, timestamps as Unix seconds.
//! Decoding checks the value: an unknown code or a flag other than 0/1 is an
//! error, so a row struct never holds a silent default.

use sqlx::any::{Any, AnyTypeInfo, AnyValueRef};
use sqlx::encode::IsNull;
use sqlx::error::BoxDynError;
use sqlx::{Decode, Encode, Type};

use crate::values::{Flag, UnknownCode};
use crate::Timestamp;

type Buf<'q> = <Any as sqlx::Database>::ArgumentBuffer<'q>;

/// Implements `Type`, `Decode` and `Encode` for `Any` on a code enum, as text.
macro_rules! text_column {
    ($name:ident) => {
        impl sqlx::Type<sqlx::Any> for $name {
            fn type_info() -> sqlx::any::AnyTypeInfo {
                <String as sqlx::Type<sqlx::Any>>::type_info()
            }
            fn compatible(ty: &sqlx::any::AnyTypeInfo) -> bool {
                <String as sqlx::Type<sqlx::Any>>::compatible(ty)
            }
        }
        impl<'r> sqlx::Decode<'r, sqlx::Any> for $name {
            fn decode(value: sqlx::any::AnyValueRef<'r>) -> Result<Self, sqlx::error::BoxDynError> {
                let code = <&str as sqlx::Decode<sqlx::Any>>::decode(value)?;
                $name::parse(code).map_err(|_| {
                    Box::new($crate::values::UnknownCode {
                        kind: stringify!($name),
                        code: code.to_string(),
                    }) as sqlx::error::BoxDynError
                })
            }
        }
        impl<'q> sqlx::Encode<'q, sqlx::Any> for $name {
            fn encode_by_ref(
                &self,
                buf: &mut <sqlx::Any as sqlx::Database>::ArgumentBuffer<'q>,
            ) -> Result<sqlx::encode::IsNull, sqlx::error::BoxDynError> {
                <&str as sqlx::Encode<'q, sqlx::Any>>::encode(self.code(), buf)
            }
        }
    };
}
pub(crate) use text_column;

/// Implements `Type`, `Decode` and `Encode` for `Any` on a value stored as an integer.
macro_rules! integer_column {
    ($name:ty, $decode:path, $encode:path) => {
        impl Type<Any> for $name {
            fn type_info() -> AnyTypeInfo {
                <i64 as Type<Any>>::type_info()
            }
            fn compatible(ty: &AnyTypeInfo) -> bool {
                <i64 as Type<Any>>::compatible(ty)
            }
        }
        impl<'r> Decode<'r, Any> for $name {
            fn decode(value: AnyValueRef<'r>) -> Result<Self, BoxDynError> {
                $decode(<i64 as Decode<Any>>::decode(value)?)
            }
        }
        impl<'q> Encode<'q, Any> for $name {
            fn encode_by_ref(&self, buf: &mut Buf<'q>) -> Result<IsNull, BoxDynError> {
                <i64 as Encode<'q, Any>>::encode($encode(*self), buf)
            }
        }
    };
}

fn flag_of(n: i64) -> Result<Flag, BoxDynError> {
    Flag::from_i64(n).map_err(|e: UnknownCode| Box::new(e) as BoxDynError)
}

fn timestamp_of(n: i64) -> Result<Timestamp, BoxDynError> {
    Ok(Timestamp(n))
}

fn seconds(t: Timestamp) -> i64 {
    t.0
}

integer_column!(Flag, flag_of, Flag::as_i64);
integer_column!(Timestamp, timestamp_of, seconds);
