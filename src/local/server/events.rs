//! `/v1/sessions/{id}/events`: send client events, list the history, stream live events.

use std::convert::Infallible;
use std::sync::Arc;
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use axum::response::sse::{Event as SseEvent, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use futures::stream::{self, Stream};
use rusqlite::types::Value as Sql;
use serde_json::Value;

use tokio::sync::broadcast::Receiver;
use tokio::sync::broadcast::error::RecvError;

use super::http::{Answer, Failure, Query, json, object, page};
use super::{Shared, sessions};
use crate::api::error::ApiError;
use crate::api::events::{Event, MAX_RUBRIC_CHARS, parse_client_event};
use crate::api::sessions::is_settled;
use crate::local::log::Frame;

/// Keepalive interval: well under any client's read timeout (the SDK's is 600 s; ours 30 s in tests).
const PING_EVERY: Duration = Duration::from_secs(10);

pub async fn send(State(s): State<Shared>, Path(id): Path<String>, body: Bytes) -> Answer {
    let body = object(&body)?;
    let session = sessions::load(&s, &id)?;
    if session.archived_at.is_some() || session.status == "terminated" {
        return Err(ApiError::invalid(format!("session {id} is archived or terminated and accepts no events")).into());
    }
    let list = match body.get("events") {
        Some(Value::Array(list)) if !list.is_empty() => list,
        Some(Value::Array(_)) => return Err(ApiError::invalid("events: must not be empty").into()),
        Some(_) => return Err(ApiError::invalid("events: must be an array").into()),
        None => return Err(ApiError::invalid("events: required").into()),
    };
    if let Some(k) = body.keys().find(|k| *k != "events") {
        return Err(ApiError::invalid(format!("{k}: unknown field")).into());
    }
    let mut events: Vec<Event> = Vec::with_capacity(list.len());
    let mut outcome_open = session.outcome_evaluations.iter().any(|o| !is_settled(o));
    for (i, raw) in list.iter().enumerate() {
        let mut event = parse_client_event(i, raw)?;
        check_reference(&s, &id, i, &mut event)?;
        resolve_file_rubric(&s, &format!("events[{i}]"), &mut event).await?;
        if event.kind == "user.define_outcome" {
            if outcome_open {
                return Err(ApiError::invalid(format!(
                    "events[{i}]: one outcome at a time; send the next after the current one's last span.outcome_evaluation_end"
                ))
                .into());
            }
            outcome_open = true;
        }
        events.push(event);
    }
    let stored = s.log.append(&id, events)?;
    s.runner.wake(&id);
    json(&serde_json::json!({ "data": stored }))
}

/// A `user.define_outcome` whose rubric is a file comes back (and is kept) as the text variant
/// holding that file's text, as the API may echo it: the grader and the agent read the rubric
/// from the event log, and a file deleted later changes nothing. The file must hold UTF-8 text
/// within the text rubric's limit.
pub(super) async fn resolve_file_rubric(s: &Shared, at: &str, event: &mut Event) -> Result<(), Failure> {
    let Some(rubric) = event.fields.get("rubric").filter(|r| r["type"] == "file") else {
        return Ok(());
    };
    let file_id = rubric["file_id"].as_str().unwrap_or_default();
    let bad = |why: String| Failure::from(ApiError::invalid(format!("{at}.rubric.file_id: {why}")));
    let file = super::files::load(s, file_id).map_err(|_| bad(format!("no file {file_id}")))?;
    if file.metadata.size_bytes > 4 * MAX_RUBRIC_CHARS as u64 {
        return Err(bad(format!(
            "file {file_id} is larger than a rubric may be ({MAX_RUBRIC_CHARS} characters)"
        )));
    }
    let bytes = tokio::fs::read(s.resources.blobs.path(&file.blob))
        .await
        .map_err(|e| ApiError::internal(format!("reading file {file_id}: {e}")))?;
    let text = String::from_utf8(bytes).map_err(|_| bad(format!("file {file_id} does not hold UTF-8 text")))?;
    if text.trim().is_empty() || text.chars().count() > MAX_RUBRIC_CHARS {
        return Err(bad(format!(
            "file {file_id} must hold 1 to {MAX_RUBRIC_CHARS} characters"
        )));
    }
    event
        .fields
        .insert("rubric".into(), serde_json::json!({"type": "text", "content": text}));
    Ok(())
}

/// Answers must name an event of this session that asked for them; an answer to a subagent
/// thread's request is routed to that thread (its `session_thread_id` set by the server, as the
/// API does, whether the client sent it or not). An interrupt may name a thread of the session.
fn check_reference(s: &Shared, session_id: &str, i: usize, event: &mut Event) -> Result<(), Failure> {
    if event.kind == "user.interrupt" {
        return match event.str("session_thread_id") {
            Some(t) if t == crate::api::threads::primary_id(session_id) => {
                // The primary thread is the session's own: no routing needed.
                event.fields.remove("session_thread_id");
                Ok(())
            }
            Some(t) if !s.log.store.thread_exists(session_id, t)? => Err(ApiError::invalid(format!(
                "events[{i}].session_thread_id: no thread {t} in session {session_id}"
            ))
            .into()),
            _ => Ok(()),
        };
    }
    let (field, wanted): (&str, &[&str]) = match event.kind.as_str() {
        "user.tool_confirmation" => ("tool_use_id", &["agent.tool_use", "agent.mcp_tool_use"]),
        "user.custom_tool_result" => ("custom_tool_use_id", &["agent.custom_tool_use"]),
        "user.tool_result" => ("tool_use_id", &["agent.tool_use"]),
        _ => return Ok(()),
    };
    let target = event.str(field).unwrap_or_default();
    let found = s.log.store.event(session_id, target)?;
    let bad = |why: &str| Err(ApiError::invalid(format!("events[{i}].{field}: {why}")).into());
    match found {
        Some(e) if wanted.contains(&e.kind.as_str()) => {
            if event.kind == "user.tool_confirmation" && e.str("evaluated_permission") != Some("ask") {
                return bad(&format!("{target} did not ask for confirmation"));
            }
            let sent = event.str("session_thread_id");
            let owner = e.str("session_thread_id");
            if sent.is_some_and(|t| Some(t) != owner && t != crate::api::threads::primary_id(session_id)) {
                return Err(ApiError::invalid(format!(
                    "events[{i}].session_thread_id: {target} belongs to {}",
                    owner.map_or_else(|| crate::api::threads::primary_id(session_id), str::to_string)
                ))
                .into());
            }
            match owner {
                Some(t) => event
                    .fields
                    .insert("session_thread_id".into(), Value::String(t.to_string())),
                None => event.fields.remove("session_thread_id"),
            };
            Ok(())
        }
        Some(e) => bad(&format!("{target} is a {}, not {}", e.kind, wanted.join(" or "))),
        None => bad(&format!("no event {target} in session {session_id}")),
    }
}

pub async fn list(State(s): State<Shared>, Path(id): Path<String>, RawQuery(q): RawQuery) -> Answer {
    sessions::load(&s, &id)?;
    list_of(&s, &id, None, q.as_deref())
}

/// A page of a thread's events (None: the session's own view, the primary thread's).
pub fn list_of(s: &Shared, id: &str, thread: Option<&str>, q: Option<&str>) -> Answer {
    let query = Query::parse(q);
    let mut q = query.list(false, 1000)?;
    let types = query.all("types");
    if !types.is_empty() {
        q.filters
            .push(("type", types.iter().map(|t| Sql::Text(t.to_string())).collect()));
    }
    Ok(page(s.log.store.list_events(id, thread, &q)?, &q, false))
}

pub async fn stream(
    State(s): State<Shared>,
    Path(id): Path<String>,
    RawQuery(q): RawQuery,
) -> Result<Response, Failure> {
    // Subscribe before anything else, so no event emitted while this answer is built is lost.
    let rx = s.log.subscribe(&id);
    sessions::load(&s, &id)?;
    Ok(stream_of(rx, None, q.as_deref()))
}

/// The live stream of a thread (None: the session's stream, the primary thread's).
pub fn stream_of(rx: Receiver<Arc<Frame>>, thread: Option<String>, q: Option<&str>) -> Response {
    let query = Query::parse(q);
    let previews = !query.all("event_deltas").is_empty();
    let frames = stream::unfold((rx, false), move |(mut rx, done)| {
        let thread = thread.clone();
        async move {
            if done {
                return None;
            }
            loop {
                match rx.recv().await {
                    Ok(frame) if frame.preview && !previews => continue,
                    Ok(frame) if !frame.shown_in(thread.as_deref()) => continue,
                    Ok(frame) => {
                        let last = frame.kind == "session.deleted";
                        let mut event = SseEvent::default().event(&frame.kind).data(&frame.data);
                        if let Some(id) = &frame.id {
                            event = event.id(id);
                        }
                        return Some((Ok::<_, Infallible>(event), (rx, last)));
                    }
                    // A subscriber that fell too far behind is dropped; the session never waits for it.
                    Err(RecvError::Lagged(_)) | Err(RecvError::Closed) => return None,
                }
            }
        }
    });
    sse(frames)
}

fn sse(frames: impl Stream<Item = Result<SseEvent, Infallible>> + Send + 'static) -> Response {
    let ping = SseEvent::default().event("ping").data("{\"type\":\"ping\"}");
    Sse::new(frames)
        .keep_alive(KeepAlive::new().interval(PING_EVERY).event(ping))
        .into_response()
}
