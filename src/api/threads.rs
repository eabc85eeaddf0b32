//! Session threads (`sthr_…`): the primary thread of a multi-agent session and the subagent
//! threads its coordinator delegates to. A thread object is derived from the session's log (its
//! lifecycle events and model usage), never stored apart from it.

use serde_json::{Value, json};

use super::events::Event;
use super::multiagent::{Team, thread_agent};
use super::sessions::Session;

/// At most this many subagent threads run at once in a session (advisors aside).
pub const MAX_CONCURRENT: usize = 25;

/// The primary thread's id: the session's own, under the thread prefix, so that it needs no
/// storage and survives restarts.
pub fn primary_id(session_id: &str) -> String {
    format!("sthr_{}", session_id.strip_prefix("sesn_").unwrap_or(session_id))
}

/// A thread's status from its status event, e.g. `session.thread_status_rescheduled`.
fn status_of(kind: &str) -> Option<&'static str> {
    match kind.strip_prefix("session.thread_status_")? {
        "running" => Some("running"),
        "idle" => Some("idle"),
        "rescheduled" => Some("rescheduling"),
        "terminated" => Some("terminated"),
        _ => None,
    }
}

/// The threads of a multi-agent session (none for a single-agent one), primary first, from
/// its thread records in log order ([`crate::local::store::Store::thread_records`]) and the
/// times its threads were archived.
pub fn threads_of(session: &Session, records: &[Event], archives: &[(String, String)]) -> Vec<Value> {
    if session.agent.multiagent.is_none() {
        return Vec::new();
    }
    let team = Team::of(&session.agent);
    let archived = |id: &str| {
        archives
            .iter()
            .find(|(t, _)| t == id)
            .map(|(_, at)| json!(at))
            .unwrap_or(Value::Null)
    };
    let primary_id = primary_id(&session.id);
    let mut primary = thread_agent(&session.agent);
    if let Some(o) = primary.as_object_mut() {
        o.insert("type".into(), json!("agent"));
    }
    let mut out = vec![json!({
        "type": "session_thread",
        "id": primary_id,
        "session_id": session.id,
        "parent_thread_id": null,
        "agent": primary,
        "status": session.status,
        "stats": session.stats,
        "usage": session.usage,
        "workflow_run_id": null,
        "created_at": session.created_at,
        "updated_at": session.updated_at,
        "archived_at": archived(&primary_id),
    })];
    for e in records {
        let Some(id) = e.str("session_thread_id") else {
            continue;
        };
        let at = e.processed_at.clone().unwrap_or_default();
        if e.kind == "session.thread_created" {
            let name = e.str("agent_name").unwrap_or_default();
            let agent = team.agent(name).map(thread_agent).unwrap_or(Value::Null);
            out.push(json!({
                "type": "session_thread",
                "id": id,
                "session_id": session.id,
                "parent_thread_id": primary_id,
                "agent": agent,
                "status": "running",
                "stats": null,
                "usage": null,
                "workflow_run_id": null,
                "created_at": at,
                "updated_at": at,
                "archived_at": archived(id),
            }));
            continue;
        }
        let Some(thread) = out.iter_mut().find(|t| t["id"] == id) else {
            continue;
        };
        if let Some(status) = status_of(&e.kind) {
            thread["status"] = json!(status);
            thread["updated_at"] = json!(at);
            let created = epoch_seconds(thread["created_at"].as_str()).unwrap_or(0.0);
            let duration = epoch_seconds(Some(&at)).map_or(0.0, |t| (t - created).max(0.0));
            thread["stats"] = json!({"active_seconds": duration, "duration_seconds": duration, "startup_seconds": 0.0});
        } else if let Some(u) = e.fields.get("model_usage") {
            let usage = thread["usage"].take();
            thread["usage"] = add_usage(usage, u);
        }
    }
    out
}

/// Adds a model request's usage to a thread's.
fn add_usage(mut total: Value, u: &Value) -> Value {
    if total.is_null() {
        total = json!({"input_tokens": 0, "output_tokens": 0, "cache_read_input_tokens": 0,
            "cache_creation": {"ephemeral_5m_input_tokens": 0, "ephemeral_1h_input_tokens": 0}});
    }
    for key in ["input_tokens", "output_tokens", "cache_read_input_tokens"] {
        total[key] = json!(total[key].as_u64().unwrap_or(0) + u[key].as_u64().unwrap_or(0));
    }
    let created = &mut total["cache_creation"]["ephemeral_5m_input_tokens"];
    *created = json!(created.as_u64().unwrap_or(0) + u["cache_creation_input_tokens"].as_u64().unwrap_or(0));
    total
}

/// Seconds since the epoch of an RFC 3339 time as the server writes it.
fn epoch_seconds(at: Option<&str>) -> Option<f64> {
    let at = at?;
    let t = time::OffsetDateTime::parse(at, &time::format_description::well_known::Rfc3339).ok()?;
    Some(t.unix_timestamp_nanos() as f64 / 1e9)
}
