//! `/v1/sessions/{id}/threads`: a multi-agent session's threads, each with its own events and
//! stream (the primary thread's are the session's).

use axum::extract::{Path, RawQuery, State};
use axum::response::Response;
use serde_json::Value;

use super::http::{Answer, Failure, Query, json, page};
use super::{Shared, events, sessions};
use crate::api::error::ApiError;
use crate::api::threads::{primary_id, threads_of};
use crate::local::store::Rows;

const STATUSES: &[&str] = &["running", "idle", "rescheduling", "terminated"];

fn all(s: &Shared, session_id: &str) -> Result<Vec<Value>, Failure> {
    let session = sessions::load(s, session_id)?;
    let records = s.log.store.thread_records(session_id)?;
    let archives = s.log.store.thread_archives(session_id)?;
    Ok(threads_of(&session, &records, &archives))
}

fn one(s: &Shared, session_id: &str, thread_id: &str) -> Result<Value, Failure> {
    all(s, session_id)?
        .into_iter()
        .find(|t| t["id"] == thread_id)
        .ok_or_else(|| ApiError::not_found(format!("thread {thread_id} not found in session {session_id}")).into())
}

/// The thread whose events a request reads: None for the primary (the session's view).
fn view(s: &Shared, session_id: &str, thread_id: &str) -> Result<Option<String>, Failure> {
    one(s, session_id, thread_id)?;
    Ok((thread_id != primary_id(session_id)).then(|| thread_id.to_string()))
}

/// Threads in creation order, one page (the list is small: at most the roster's delegations);
/// `statuses[]` filters.
pub async fn list(State(s): State<Shared>, Path(id): Path<String>, RawQuery(q): RawQuery) -> Answer {
    let query = Query::parse(q.as_deref());
    let statuses = query.all("statuses");
    if let Some(bad) = statuses.iter().find(|st| !STATUSES.contains(st)) {
        return Err(ApiError::invalid(format!(
            "statuses: unknown status '{bad}' (expected one of {})",
            STATUSES.join(", ")
        ))
        .into());
    }
    let q = query.list(true, 1000)?;
    let threads: Vec<Value> = all(&s, &id)?
        .into_iter()
        .filter(|t| statuses.is_empty() || statuses.iter().any(|st| t["status"] == *st))
        .collect();
    // The cursor is how many threads came before.
    let skip = q.after.map_or(0, |a| a.max(0) as usize);
    let rest: Vec<String> = threads.iter().skip(skip).map(Value::to_string).collect();
    let more = rest.len() > q.limit;
    let bodies: Vec<String> = rest.into_iter().take(q.limit).collect();
    let next = more.then_some((skip + bodies.len()) as i64);
    Ok(page(Rows { bodies, next }, &q, false))
}

pub async fn retrieve(State(s): State<Shared>, Path((id, thread_id)): Path<(String, String)>) -> Answer {
    json(&one(&s, &id, &thread_id)?)
}

/// Archives a thread that is not running (`requires_action` counts as idle, as in the cloud).
pub async fn archive(State(s): State<Shared>, Path((id, thread_id)): Path<(String, String)>) -> Answer {
    let thread = one(&s, &id, &thread_id)?;
    if !thread["archived_at"].is_null() {
        return json(&thread);
    }
    if thread_id == primary_id(&id) {
        return Err(ApiError::invalid(format!(
            "thread {thread_id} is the session's primary thread; archive the session instead"
        ))
        .into());
    }
    if thread["status"] == "running" || thread["status"] == "rescheduling" {
        return Err(ApiError::invalid(format!(
            "thread {thread_id} is {}; only an idle thread can be archived",
            thread["status"].as_str().unwrap_or_default()
        ))
        .into());
    }
    s.log.store.archive_thread(&id, &thread_id, &crate::api::now())?;
    json(&one(&s, &id, &thread_id)?)
}

pub async fn events(
    State(s): State<Shared>,
    Path((id, thread_id)): Path<(String, String)>,
    RawQuery(q): RawQuery,
) -> Answer {
    let thread = view(&s, &id, &thread_id)?;
    events::list_of(&s, &id, thread.as_deref(), q.as_deref())
}

pub async fn stream(
    State(s): State<Shared>,
    Path((id, thread_id)): Path<(String, String)>,
    RawQuery(q): RawQuery,
) -> Result<Response, Failure> {
    let rx = s.log.subscribe(&id);
    let thread = view(&s, &id, &thread_id)?;
    Ok(events::stream_of(rx, thread, q.as_deref()))
}
