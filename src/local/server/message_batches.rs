//! `/v1/messages/batches`: create, retrieve, list, cancel, delete, and the results as JSON
//! lines. The batches run in `local::message_batches`.

use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::IntoResponse;

use super::Shared;
use super::http::{Answer, Cursor, Failure, Query, id_page, json, object, typed};
use crate::api::Deleted;
use crate::api::error::ApiError;
use crate::api::message_batches::{BatchCreate, MessageBatch};
use crate::local::message_batches::BatchError;
use crate::local::store::BatchesFrom;

impl From<BatchError> for Failure {
    fn from(e: BatchError) -> Self {
        match e {
            BatchError::Store(e) => e.into(),
            BatchError::NotFound(_) => ApiError::not_found(e.to_string()).into(),
            BatchError::Ended(_) => ApiError::invalid(e.to_string()).into(),
        }
    }
}

/// A batch as the client sees it: once it has ended, its results are at this server's URL,
/// as the client reached it (the `Host` header).
fn shown(mut batch: MessageBatch, headers: &HeaderMap) -> MessageBatch {
    if batch.ended() {
        let host = headers
            .get(header::HOST)
            .and_then(|h| h.to_str().ok())
            .unwrap_or("127.0.0.1");
        batch.results_url = Some(format!("http://{host}/v1/messages/batches/{}/results", batch.id));
    }
    batch
}

fn load(s: &Shared, id: &str) -> Result<MessageBatch, Failure> {
    s.log
        .store
        .message_batch(id)?
        .ok_or_else(|| BatchError::NotFound(id.to_string()).into())
}

pub async fn create(State(s): State<Shared>, headers: HeaderMap, body: Bytes) -> Answer {
    let create: BatchCreate = typed(object(&body)?)?;
    create.check()?;
    json(&s.batches.create(create, &headers)?)
}

pub async fn retrieve(State(s): State<Shared>, Path(id): Path<String>, headers: HeaderMap) -> Answer {
    json(&shown(load(&s, &id)?, &headers))
}

pub async fn list(State(s): State<Shared>, RawQuery(q): RawQuery, headers: HeaderMap) -> Answer {
    let page = Query::parse(q.as_deref()).id_page()?;
    let store = &s.log.store;
    let from = match &page.cursor {
        None => BatchesFrom::Newest,
        Some(cursor) => {
            let seq = store.message_batch_seq(cursor.id())?.ok_or_else(|| cursor.unknown())?;
            match cursor {
                Cursor::After(_) => BatchesFrom::OlderThan(seq),
                Cursor::Before(_) => BatchesFrom::NewerThan(seq),
            }
        }
    };
    let listed = store.list_message_batches(from, page.limit)?;
    let batches: Vec<MessageBatch> = listed.batches.into_iter().map(|b| shown(b, &headers)).collect();
    id_page(&batches, listed.has_more)
}

pub async fn cancel(State(s): State<Shared>, Path(id): Path<String>, headers: HeaderMap) -> Answer {
    json(&shown(s.batches.cancel(&id)?, &headers))
}

/// A batch that has ended, or a 400 saying what it is and what `until` it must end for.
fn ended(s: &Shared, id: &str, until: &str) -> Result<MessageBatch, Failure> {
    let batch = load(s, id)?;
    if batch.ended() {
        return Ok(batch);
    }
    Err(ApiError::invalid(format!("message batch {id} is {}: {until}", batch.processing_status)).into())
}

pub async fn delete(State(s): State<Shared>, Path(id): Path<String>) -> Answer {
    ended(&s, &id, "cancel it and wait for it to end before deleting it")?;
    s.log.store.delete_message_batch(&id)?;
    json(&Deleted {
        id,
        kind: "message_batch_deleted".into(),
    })
}

pub async fn results(State(s): State<Shared>, Path(id): Path<String>) -> Answer {
    ended(&s, &id, "its results come once it has ended")?;
    let mut lines = String::new();
    for (custom_id, result) in s.log.store.batch_results(&id)? {
        // The stored result is JSON already; only the id needs quoting.
        let custom_id = serde_json::Value::String(custom_id);
        lines.push_str(&format!("{{\"custom_id\":{custom_id},\"result\":{result}}}\n"));
    }
    Ok((
        [(header::CONTENT_TYPE, HeaderValue::from_static("application/x-jsonl"))],
        lines,
    )
        .into_response())
}
