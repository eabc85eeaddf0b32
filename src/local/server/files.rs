//! `/v1/files`: upload (multipart, streamed to disk), list (all, or one session's outputs),
//! retrieve, download (streamed from disk), delete.

use axum::body::Body;
use axum::extract::{Path, RawQuery, Request, State};
use axum::http::{HeaderValue, header};
use axum::response::IntoResponse;
use futures::TryStreamExt;

use super::Shared;
use super::http::{Answer, Cursor, Failure, Query, encode_cursor, form, id_page, id_page_body, json};
use crate::api::Deleted;
use crate::api::error::ApiError;
use crate::api::files::{EXPIRY_RANGE, FileMetadata, mime_type, stored_filename};
use crate::local::blobs::{BlobError, Stored, boot_id};
use crate::local::store::StoredFile;

impl From<BlobError> for Failure {
    fn from(e: BlobError) -> Self {
        match e {
            BlobError::TooLarge { limit } => ApiError::new(
                413,
                "request_too_large",
                format!("file: larger than {limit} bytes, the most one file may hold"),
            )
            .into(),
            BlobError::Body(message) => ApiError::invalid(format!("file: {message}")).into(),
            BlobError::Io(e) => {
                tracing::error!("file store: {e}");
                ApiError::internal("the file store failed; see the server log").into()
            }
        }
    }
}

pub async fn upload(State(s): State<Shared>, req: Request) -> Answer {
    let (parts, body) = req.into_parts();
    let limit = s.resources.max_file_bytes;
    // The form around the file takes a few hundred bytes more than the file.
    let mut form = form(&parts.headers, body, limit + (64 << 10))?;
    let mut stored = None;
    let mut expires_in: Option<i64> = None;
    while let Some(part) = form.next_part().await.map_err(ApiError::from)? {
        match part.name.as_deref().unwrap_or("") {
            "file" if stored.is_none() => {
                // Why the form stopped, when it did: a stalled body is a 408, not the file's fault.
                let mut failed = None;
                let data = form.data().inspect_err(|e| failed = Some(e.clone()));
                let blob = match s.resources.blobs.put_stream(data, limit).await {
                    Err(BlobError::Body(_)) if let Some(e) = failed => return Err(ApiError::from(e).into()),
                    blob => blob?,
                };
                stored = Some((blob, part.filename, part.content_type));
            }
            "file" => return Err(ApiError::invalid("file: give one file per upload").into()),
            "expires_in_seconds" => {
                let text = form.text(1 << 10).await.map_err(ApiError::from)?;
                expires_in = Some(expiry(&text)?);
            }
            other => return Err(ApiError::invalid(format!("{other}: unknown field of a file upload")).into()),
        }
    }
    let Some((blob, filename, given_type)) = stored else {
        return Err(ApiError::invalid("file: required (a multipart part named file)").into());
    };
    let mime = mime_type(given_type.as_deref(), filename.as_deref().unwrap_or(""));
    let now = crate::api::now_time();
    let file = FileMetadata {
        id: crate::api::new_id("file"),
        kind: "file".into(),
        filename: stored_filename(filename.as_deref()),
        mime_type: mime,
        size_bytes: blob.size,
        created_at: crate::api::format_time(now),
        downloadable: true,
        expires_at: expires_in.map(|secs| crate::api::format_time(now + time::Duration::seconds(secs))),
        scope: None,
    };
    record(&s, &file, blob)?;
    json(&file)
}

/// `expires_in_seconds`, which must be in the API's range.
fn expiry(text: &str) -> Result<i64, Failure> {
    let secs = text
        .trim()
        .parse::<i64>()
        .ok()
        .filter(|s| EXPIRY_RANGE.contains(s))
        .ok_or_else(|| {
            ApiError::invalid(format!(
                "expires_in_seconds: must be an integer from {} to {}, not '{text}'",
                EXPIRY_RANGE.start(),
                EXPIRY_RANGE.end()
            ))
        })?;
    Ok(secs)
}

/// Records an upload's file. Its bytes are in the page cache, which only the machine stopping
/// can lose: the file is answered now and its blob forced to disk a moment later, listed as not
/// yet on disk until then (see `Blobs::recover`). Where the boot cannot be told, it is forced
/// to disk first.
fn record(s: &Shared, file: &FileMetadata, stored: Stored) -> Result<(), Failure> {
    let blobs = &s.resources.blobs;
    let Some(boot) = boot_id() else {
        let recorded = blobs
            .sync(&stored.blob)
            .map_err(|e| Failure::from(BlobError::from(e)))
            .and_then(|()| Ok(s.log.store.insert_file(file, &stored.blob)?));
        if recorded.is_err() {
            blobs.remove(&stored.blob);
        }
        return recorded;
    };
    if let Err(e) = s.log.store.insert_upload(file, &stored.blob, boot) {
        blobs.remove(&stored.blob);
        return Err(e.into());
    }
    let (log, id, blob) = (s.log.clone(), file.id.clone(), stored.blob.clone());
    blobs.sync_later(&stored.blob, move |synced| match synced {
        Ok(()) => {
            if let Err(e) = log.store.blob_synced(&blob) {
                tracing::warn!("file {id}: on disk, but the database cannot say so: {e}");
            }
        }
        Err(e) => tracing::error!("file {id}: its bytes cannot be forced to disk: {e}"),
    });
    Ok(())
}

/// A file that has not expired, or a 404 naming it.
pub fn load(s: &Shared, id: &str) -> Result<StoredFile, Failure> {
    let file = s
        .log
        .store
        .file(id)?
        .ok_or_else(|| ApiError::not_found(format!("file {id} not found")))?;
    if let Some(at) = &file.metadata.expires_at
        && *at <= crate::api::now()
    {
        return Err(ApiError::not_found(format!("file {id} expired at {at}")).into());
    }
    Ok(file)
}

pub async fn retrieve(State(s): State<Shared>, Path(id): Path<String>) -> Answer {
    json(&load(&s, &id)?.metadata)
}

pub async fn content(State(s): State<Shared>, Path(id): Path<String>) -> Answer {
    let file = load(&s, &id)?;
    let bytes = s
        .resources
        .blobs
        .read(&file.blob)
        .map_err(|e| ApiError::internal(format!("file {id}: its bytes cannot be read: {e}")))?;
    let meta = file.metadata;
    let mut response = Body::from_stream(bytes).into_response();
    let headers = response.headers_mut();
    let content_type =
        HeaderValue::from_str(&meta.mime_type).unwrap_or(HeaderValue::from_static("application/octet-stream"));
    headers.insert(header::CONTENT_TYPE, content_type);
    headers.insert(header::CONTENT_LENGTH, HeaderValue::from(meta.size_bytes));
    let ascii: String = meta
        .filename
        .chars()
        .map(|c| {
            if c.is_ascii_graphic() && c != '"' && c != '\\' || c == ' ' {
                c
            } else {
                '_'
            }
        })
        .collect();
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"{ascii}\"")) {
        headers.insert(header::CONTENT_DISPOSITION, v);
    }
    Ok(response)
}

/// Lists files newest first. SDK 2.10 pages with `page` (and may ask for `ids`); the official
/// CLI with `after_id`/`before_id`: the answer carries both `next_page` and `has_more`,
/// `first_id`, `last_id`.
pub async fn list(State(s): State<Shared>, RawQuery(q): RawQuery) -> Answer {
    let query = Query::parse(q.as_deref());
    let scope = query.get("scope_id").filter(|v| !v.is_empty());
    let ids: Vec<String> = query.all("ids").into_iter().map(str::to_string).collect();
    if ids.len() > 100 {
        return Err(ApiError::invalid("ids: at most 100").into());
    }
    let store = &s.log.store;
    let by_id = query.id_page()?;
    if let Some(cursor) = &by_id.cursor {
        if query.get("page").is_some() {
            return Err(ApiError::invalid(format!("page and {}: give one or the other", cursor.key())).into());
        }
        let seq = store.file_seq(cursor.id())?.ok_or_else(|| cursor.unknown())?;
        let before = matches!(cursor, Cursor::Before(_));
        let mut list = query.list(!before, 1000)?;
        list.after = Some(seq);
        let rows = store.list_files(scope, &ids, &list)?;
        let mut files = parse_rows(&rows.bodies)?;
        if before {
            files.reverse();
        }
        return id_page(&files, rows.next.is_some());
    }
    let list = query.list(true, 1000)?;
    let rows = store.list_files(scope, &ids, &list)?;
    let files = parse_rows(&rows.bodies)?;
    let mut body = id_page_body(&files, rows.next.is_some())?;
    body["next_page"] = rows.next.map(|seq| encode_cursor(seq, true)).into();
    json(&body)
}

fn parse_rows(bodies: &[String]) -> Result<Vec<FileMetadata>, Failure> {
    bodies.iter().map(|b| super::parse_body(b)).collect()
}

pub async fn delete(State(s): State<Shared>, Path(id): Path<String>) -> Answer {
    s.log
        .store
        .file(&id)?
        .ok_or_else(|| ApiError::not_found(format!("file {id} not found")))?;
    if let Some(orphan) = s.log.store.delete_file(&id)? {
        s.resources.blobs.remove(&orphan);
    }
    json(&Deleted {
        id,
        kind: "file_deleted".into(),
    })
}
