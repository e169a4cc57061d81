//! Receiving a form with files: text fields are kept, each file is checked
//! (name, kind by content, size, the space's quota) while it streams to the
//! file store. Nothing of a refused form stays in the file store.

use axum::extract::multipart::Field;
use axum::extract::Multipart;
use axum::http::{header, HeaderMap};
use domain::files as df;
use store::files::NewBlob;

use serde::de::value::MapDeserializer;
use serde::de::DeserializeOwned;

use crate::state::AppState;
use crate::web::error::AppError;
use crate::web::form::Fields;
use crate::web::page::FormErrors;

/// All text fields together may not be larger than this (files go in file fields).
const TEXT_MAX_BYTES: usize = 512 * 1024;
/// What a form may add to the file's bytes before its size is judged by the header.
const FORM_SLACK_BYTES: u64 = 1024 * 1024;

/// How much may come in.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// The largest file.
    pub max_file: u64,
    /// What is left of the space's quota.
    pub room: u64,
}

impl Limits {
    pub async fn of_space(st: &AppState, space: i64) -> Result<Self, store::StoreError> {
        let used = u64::try_from(st.store.space_usage(space).await?).unwrap_or(0);
        Ok(Limits {
            max_file: st.config.files.max_file_bytes,
            room: st.config.files.space_quota_bytes.saturating_sub(used),
        })
    }
}

/// The quota as the store checks it again (in its transaction).
pub fn quota(st: &AppState) -> i64 {
    i64::try_from(st.config.files.space_quota_bytes).unwrap_or(i64::MAX)
}

/// A received form.
#[derive(Debug, Default)]
pub struct Received {
    pub fields: Fields,
    pub blobs: Vec<NewBlob>,
}

impl Received {
    /// The text fields as the form struct `T` (its fields are strings). A
    /// field given twice did not come from our form: 400.
    pub fn form<T: DeserializeOwned>(&self) -> Result<T, AppError> {
        let pairs = self.fields.0.iter().map(|(k, v)| (k.as_str(), v.as_str()));
        T::deserialize(MapDeserializer::<_, serde::de::value::Error>::new(pairs)).map_err(|e| {
            tracing::debug!(error = %e, "an upload form that does not fit its handler");
            AppError::BadRequest
        })
    }
}

/// Reads a multipart form. Files come in the field `file_field` (several
/// allowed); problems are added to `errs` under that name. When anything
/// is wrong, the files already stored are removed again.
pub async fn receive(
    st: &AppState,
    headers: &HeaderMap,
    mut mp: Multipart,
    space: i64,
    file_field: &str,
    mut limits: Limits,
    errs: &mut FormErrors,
) -> Received {
    let mut got = Received::default();
    let mut text_room = TEXT_MAX_BYTES;
    // refuse an obviously too large request before reading it
    let announced = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if announced.is_some_and(|n| n > limits.max_file.saturating_add(FORM_SLACK_BYTES)) {
        errs.add(file_field, "error-file-too-large");
        return got;
    }
    loop {
        let mut field = match mp.next_field().await {
            Ok(Some(f)) => f,
            Ok(None) => break,
            Err(e) => {
                tracing::info!(error = %e, "an upload broke off");
                errs.add(file_field, "error-file-incomplete");
                break;
            }
        };
        let name = field.name().unwrap_or_default().to_string();
        if name == file_field {
            let Some(given) = field.file_name().map(str::to_string) else {
                continue;
            };
            if given.is_empty() {
                continue; // no file chosen
            }
            match receive_file(st, &mut field, &given, space, limits).await {
                Ok(b) => {
                    limits.room = limits.room.saturating_sub(u64::try_from(b.size).unwrap_or(0));
                    got.blobs.push(b);
                }
                Err(key) => errs.add(file_field, key),
            }
        } else {
            match read_text(&mut field, text_room).await {
                Some(v) => {
                    text_room = text_room.saturating_sub(v.len());
                    got.fields.0.push((name, v));
                }
                None => {
                    errs.add(&name, "error-too-long");
                    break;
                }
            }
        }
    }
    if !errs.is_empty() {
        discard(st, &got.blobs).await;
        got.blobs.clear();
    }
    got
}

/// Removes stored files of a form that was refused after all.
pub async fn discard(st: &AppState, blobs: &[NewBlob]) {
    for b in blobs {
        if let Err(e) = st.blobs.delete(&b.key).await {
            tracing::warn!(error = %e, key = %b.key, "removing a refused upload failed");
        }
    }
}

async fn read_text(field: &mut Field<'_>, room: usize) -> Option<String> {
    let mut buf = Vec::new();
    while let Ok(Some(chunk)) = field.chunk().await {
        if buf.len() + chunk.len() > room {
            return None;
        }
        buf.extend_from_slice(&chunk);
    }
    Some(String::from_utf8_lossy(&buf).into_owned())
}

/// Streams one file to the file store; returns the key of the message
/// that says what is wrong with it.
async fn receive_file(
    st: &AppState,
    field: &mut Field<'_>,
    given: &str,
    space: i64,
    limits: Limits,
) -> Result<NewBlob, &'static str> {
    let name = df::file_name(given).map_err(|e| e.0)?;
    let too_big = |n: u64| {
        if n > limits.max_file {
            Err("error-file-too-large")
        } else if n > limits.room {
            Err("error-quota")
        } else {
            Ok(())
        }
    };
    // the beginning decides the kind
    let mut head = Vec::new();
    let mut rest = None;
    while head.len() < df::SNIFF_BYTES {
        match field.chunk().await {
            Ok(Some(c)) => {
                too_big((head.len() + c.len()) as u64)?;
                if head.len() + c.len() > df::SNIFF_BYTES {
                    let cut = df::SNIFF_BYTES - head.len();
                    head.extend_from_slice(&c[..cut]);
                    rest = Some(c.slice(cut..));
                    break;
                }
                head.extend_from_slice(&c);
            }
            Ok(None) => break,
            Err(_) => return Err("error-file-incomplete"),
        }
    }
    let content_type = df::check_content(&name, &head).map_err(|e| e.0)?;
    let key = format!("spaces/{space}/{}", crate::security::random_token());
    let mut up = st.blobs.begin(&key).await.map_err(|e| {
        tracing::error!(error = %e, "the file store refused an upload");
        "error-file-store"
    })?;
    let mut next = Some(bytes::Bytes::from(head));
    loop {
        let chunk = match next.take().or_else(|| rest.take()) {
            Some(c) => c,
            None => match field.chunk().await {
                Ok(Some(c)) => c,
                Ok(None) => break,
                Err(_) => {
                    up.abort().await;
                    return Err("error-file-incomplete");
                }
            },
        };
        if let Err(k) = too_big(up.size() + chunk.len() as u64) {
            up.abort().await;
            return Err(k);
        }
        if let Err(e) = up.write(&chunk).await {
            tracing::error!(error = %e, "writing an upload failed");
            up.abort().await;
            return Err("error-file-store");
        }
    }
    let (size, sha256) = up.finish().await.map_err(|e| {
        tracing::error!(error = %e, "finishing an upload failed");
        "error-file-store"
    })?;
    Ok(NewBlob {
        name,
        key,
        size: i64::try_from(size).unwrap_or(i64::MAX),
        sha256,
        content_type: content_type.to_string(),
    })
}
