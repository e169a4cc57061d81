//! Forms by serde: every submitted form is a `#[derive(Deserialize)]` struct
//! read by [`Form`] (repeated names, such as a checkbox group, collect into a
//! `Vec`). A field the form always sends is a plain `String`: when it is
//! missing the request did not come from our form and is answered with the
//! "bad request" page, never read as `""`. Checkboxes, which browsers send
//! only when ticked, use [`checkbox`]; optional numbers use [`empty_as_none`].
//! The form struct then has a `parse() -> Result<NewX, FormErrors>` step into
//! domain types; only domain types reach the store.
//!
//! ```ignore
//! #[derive(Debug, Clone, Default, Deserialize)]
//! pub struct SpeakerForm {
//!     pub name: String,
//!     #[serde(default)]
//!     pub languages: Vec<String>,
//!     #[serde(default, deserialize_with = "checkbox")]
//!     pub mandatory: bool,
//! }
//! pub async fn create(ctx: Ctx, Form(f): Form<SpeakerForm>) -> AppResult { … }
//! ```

use axum::extract::{FromRequest, Multipart, Request};
use serde::de::{DeserializeOwned, Deserializer};
use serde::Deserialize;

use crate::web::error::AppError;
use crate::web::page::FormErrors;

/// A submitted `application/x-www-form-urlencoded` form, deserialised into `T`.
/// A body that does not fit `T` (a missing field, a number that is none) is
/// a 400 with the translated "bad request" page.
#[derive(Debug, Clone, Copy, Default)]
pub struct Form<T>(pub T);

impl<T, S> FromRequest<S> for Form<T>
where
    T: DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = AppError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        match axum_extra::extract::Form::<T>::from_request(req, state).await {
            Ok(axum_extra::extract::Form(v)) => Ok(Form(v)),
            Err(e) => {
                tracing::debug!(error = %e, "a form that does not fit its handler");
                Err(AppError::BadRequest)
            }
        }
    }
}

/// A checkbox: ticked when the browser sent it at all (with any value).
/// Use with `#[serde(default, deserialize_with = "checkbox")]`.
pub fn checkbox<'de, D: Deserializer<'de>>(d: D) -> Result<bool, D::Error> {
    String::deserialize(d).map(|_| true)
}

/// An optional number: an empty field is `None`; anything else must be a number.
/// Use with `#[serde(default, deserialize_with = "empty_as_none")]`.
pub fn empty_as_none<'de, D: Deserializer<'de>>(d: D) -> Result<Option<i64>, D::Error> {
    let s = String::deserialize(d)?;
    let s = s.trim();
    if s.is_empty() {
        Ok(None)
    } else {
        s.parse().map(Some).map_err(serde::de::Error::custom)
    }
}

/// A submitted form as name/value pairs, for forms with repeated names
/// (checkbox groups) or names made from a list (a title per language).
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(transparent)]
pub struct Fields(pub Vec<(String, String)>);

impl Fields {
    /// The first value of `name`, or "".
    pub fn get(&self, name: &str) -> &str {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .unwrap_or_default()
    }
    /// Every value of `name` (a checkbox group).
    pub fn all(&self, name: &str) -> Vec<String> {
        self.0
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .collect()
    }
    /// Whether the form sent `name` at all (a field our form always sends
    /// missing means the request did not come from it).
    pub fn has(&self, name: &str) -> bool {
        self.0.iter().any(|(k, _)| k == name)
    }
    /// Whether a checkbox was ticked.
    pub fn on(&self, name: &str) -> bool {
        !self.get(name).is_empty()
    }
}

/// Reads the file field `name` of an upload form (`multipart/form-data`), at
/// most `max` bytes; other fields are skipped. A larger file, or a body that
/// breaks off, is the error `too_large` on the field, and no data.
pub async fn file_field(mp: &mut Multipart, name: &str, max: usize, errs: &mut FormErrors, too_large: &str) -> Vec<u8> {
    let mut buf = Vec::new();
    loop {
        let mut field = match mp.next_field().await {
            Ok(Some(f)) => f,
            Ok(None) => return buf,
            Err(_) => {
                errs.add(name, too_large);
                return Vec::new();
            }
        };
        if field.name() != Some(name) {
            continue;
        }
        loop {
            match field.chunk().await {
                Ok(Some(chunk)) => {
                    if buf.len() + chunk.len() > max {
                        errs.add(name, too_large);
                        return Vec::new();
                    }
                    buf.extend_from_slice(&chunk);
                }
                Ok(None) => return buf,
                Err(_) => {
                    errs.add(name, too_large);
                    return Vec::new();
                }
            }
        }
    }
}

/// A period typed as two dates, the fields `opens` and `closes`: from the
/// start of the first day to the end of the last, in the configured time
/// zone. The end must lie after the start, not in the past, and at most
/// `max_days` after the start (else the message `too_long`). Errors go
/// beside the two fields; the period only when both are right.
pub fn period(
    errs: &mut FormErrors,
    opens: &str,
    closes: &str,
    now: i64,
    max_days: i64,
    too_long: &'static str,
) -> Option<(i64, i64)> {
    use domain::series as ds;
    let tz = i18n::time_zone();
    let o = errs.take(
        "opens",
        match opens.trim() {
            "" => Err(domain::Invalid("error-required")),
            d => ds::local_datetime(&format!("{d}T00:00"), tz).map_err(|_| domain::Invalid("error-date")),
        },
    );
    let c = errs.take(
        "closes",
        ds::end_of_local_day(closes, tz).and_then(|c| c.ok_or(domain::Invalid("error-required"))),
    );
    let (o, c) = (o?, c?);
    if c <= o {
        errs.add("closes", "error-end-before-start");
    } else if c < now {
        errs.add("closes", "error-leitbild-deadline-past");
    } else if (c - o) / 86_400 > max_days {
        errs.add("closes", too_long);
    } else {
        return Some((o, c));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Deserialize)]
    struct Example {
        name: String,
        #[serde(default)]
        languages: Vec<String>,
        #[serde(default, deserialize_with = "checkbox")]
        mandatory: bool,
        #[serde(default, deserialize_with = "empty_as_none")]
        capacity: Option<i64>,
    }

    fn parse(body: &str) -> Result<Example, serde_html_form::de::Error> {
        serde_html_form::from_str(body)
    }

    #[test]
    fn repeated_names_checkboxes_and_missing_fields() {
        let e = parse("name=A&languages=de&languages=ar&mandatory=on&capacity=").unwrap();
        assert_eq!(e.name, "A");
        assert_eq!(e.languages, ["de", "ar"]);
        assert!(e.mandatory);
        assert_eq!(e.capacity, None);
        let e = parse("name=B&capacity=12").unwrap();
        assert!(!e.mandatory && e.languages.is_empty());
        assert_eq!(e.capacity, Some(12));
        assert!(parse("languages=de").is_err(), "a missing field is an error, not \"\"");
        assert!(parse("name=C&capacity=many").is_err());
    }
}
