//! Session events: what clients send (`user.*`, `system.message`) and what sessions emit
//! (`agent.*`, `session.*`, `span.*`), plus the stream-only previews.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// A persisted event: `id`, `type`, `processed_at`, and the fields of its type.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Event {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub processed_at: Option<String>,
    #[serde(flatten)]
    pub fields: Map<String, Value>,
}

impl Event {
    /// A new event of `kind` with a fresh id; `processed_at` is set when it is stored.
    pub fn new(kind: &str, fields: Value) -> Self {
        let fields = match fields {
            Value::Object(m) => m,
            _ => Map::new(),
        };
        Self {
            id: super::new_id("sevt"),
            kind: kind.to_string(),
            processed_at: None,
            fields,
        }
    }

    pub fn str(&self, key: &str) -> Option<&str> {
        self.fields.get(key).and_then(Value::as_str)
    }
}

const USER_BLOCKS: &[&str] = &["text", "image", "document"];
const RESULT_BLOCKS: &[&str] = &["text", "image", "document", "search_result"];
const SYSTEM_BLOCKS: &[&str] = &["text"];

/// The longest text rubric of `user.define_outcome`.
pub const MAX_RUBRIC_CHARS: usize = 262_144;
/// `user.define_outcome`'s `max_iterations`: its default and its largest value.
pub const DEFAULT_OUTCOME_ITERATIONS: u64 = 3;
const MAX_OUTCOME_ITERATIONS: u64 = 20;

/// Validates one client event and returns it as an event to store, or an error naming the field.
pub fn parse_client_event(index: usize, value: &Value) -> Result<Event, String> {
    let at = format!("events[{index}]");
    let obj = value.as_object().ok_or_else(|| format!("{at}: must be an object"))?;
    let kind = obj
        .get("type")
        .and_then(Value::as_str)
        .ok_or_else(|| format!("{at}.type: required string"))?;
    let (required, optional): (&[&str], &[&str]) = match kind {
        "user.message" => (&["content"], &[]),
        "user.interrupt" => (&[], &["session_thread_id"]),
        "user.tool_confirmation" => (&["tool_use_id", "result"], &["deny_message", "session_thread_id"]),
        "user.custom_tool_result" => (&["custom_tool_use_id"], &["content", "is_error", "session_thread_id"]),
        "user.tool_result" => (&["tool_use_id"], &["content", "is_error", "session_thread_id"]),
        "system.message" => (&["content"], &[]),
        "user.define_outcome" => (&["description", "rubric"], &["max_iterations"]),
        other => {
            return Err(format!(
                "{at}.type: unknown client event type '{other}' (expected user.message, user.interrupt, \
                 user.tool_confirmation, user.custom_tool_result, user.tool_result, user.define_outcome \
                 or system.message)"
            ));
        }
    };
    let mut fields = Map::new();
    for (k, v) in obj {
        if k == "type" {
            continue;
        }
        if !required.contains(&k.as_str()) && !optional.contains(&k.as_str()) {
            return Err(format!("{at}.{k}: unknown field for {kind}"));
        }
        fields.insert(k.clone(), v.clone());
    }
    for k in required {
        if !fields.contains_key(*k) {
            return Err(format!("{at}.{k}: required for {kind}"));
        }
    }
    for k in ["tool_use_id", "custom_tool_use_id", "deny_message", "session_thread_id"] {
        if let Some(v) = fields.get(k)
            && !v.is_string()
        {
            return Err(format!("{at}.{k}: must be a string"));
        }
    }
    if let Some(v) = fields.get("is_error")
        && !v.is_boolean()
    {
        return Err(format!("{at}.is_error: must be a boolean"));
    }
    match kind {
        "user.message" => check_blocks(&format!("{at}.content"), &fields["content"], USER_BLOCKS, true)?,
        "system.message" => check_blocks(&format!("{at}.content"), &fields["content"], SYSTEM_BLOCKS, true)?,
        "user.custom_tool_result" | "user.tool_result" => {
            if let Some(c) = fields.get("content") {
                check_blocks(&format!("{at}.content"), c, RESULT_BLOCKS, false)?;
            }
        }
        "user.tool_confirmation" => match fields["result"].as_str() {
            Some("allow") if fields.contains_key("deny_message") => {
                return Err(format!("{at}.deny_message: only allowed with result deny"));
            }
            Some("allow" | "deny") => {}
            _ => return Err(format!("{at}.result: must be one of allow, deny")),
        },
        "user.define_outcome" => {
            check_outcome(&at, &fields)?;
            fields.insert("outcome_id".into(), Value::String(super::new_id("outc")));
        }
        _ => {}
    }
    Ok(Event {
        id: super::new_id("sevt"),
        kind: kind.to_string(),
        processed_at: None,
        fields,
    })
}

/// `user.define_outcome`: a description, a text or file rubric, and 1 to 20 iterations. That
/// a file rubric's file exists and holds text is the server's check (it has the Files API).
fn check_outcome(at: &str, fields: &Map<String, Value>) -> Result<(), String> {
    if fields["description"].as_str().is_none_or(|d| d.trim().is_empty()) {
        return Err(format!("{at}.description: must be a non-empty string"));
    }
    let rubric = fields["rubric"]
        .as_object()
        .ok_or_else(|| format!("{at}.rubric: must be an object, {{\"type\": \"text\", \"content\": ...}}"))?;
    match rubric.get("type").and_then(Value::as_str) {
        Some("text") => {
            if let Some(k) = rubric.keys().find(|k| !["type", "content"].contains(&k.as_str())) {
                return Err(format!("{at}.rubric.{k}: unknown field for a text rubric"));
            }
            match rubric.get("content").and_then(Value::as_str) {
                Some(c) if !c.trim().is_empty() && c.chars().count() <= MAX_RUBRIC_CHARS => {}
                _ => {
                    return Err(format!(
                        "{at}.rubric.content: required, a string of 1 to {MAX_RUBRIC_CHARS} characters"
                    ));
                }
            }
        }
        Some("file") => {
            if let Some(k) = rubric.keys().find(|k| !["type", "file_id"].contains(&k.as_str())) {
                return Err(format!("{at}.rubric.{k}: unknown field for a file rubric"));
            }
            if rubric.get("file_id").and_then(Value::as_str).is_none_or(str::is_empty) {
                return Err(format!(
                    "{at}.rubric.file_id: required, the id of a file holding the rubric"
                ));
            }
        }
        _ => return Err(format!("{at}.rubric.type: must be one of text, file")),
    }
    match fields.get("max_iterations") {
        None | Some(Value::Null) => Ok(()),
        Some(v) if v.as_u64().is_some_and(|n| (1..=MAX_OUTCOME_ITERATIONS).contains(&n)) => Ok(()),
        Some(_) => Err(format!(
            "{at}.max_iterations: must be an integer from 1 to {MAX_OUTCOME_ITERATIONS}"
        )),
    }
}

fn check_blocks(at: &str, content: &Value, allowed: &[&str], non_empty: bool) -> Result<(), String> {
    let list = content
        .as_array()
        .ok_or_else(|| format!("{at}: must be an array of content blocks"))?;
    if non_empty && list.is_empty() {
        return Err(format!("{at}: must not be empty"));
    }
    for (i, block) in list.iter().enumerate() {
        let kind = block.get("type").and_then(Value::as_str).unwrap_or("");
        if !allowed.contains(&kind) {
            return Err(format!("{at}[{i}].type: must be one of {}", allowed.join(", ")));
        }
        let ok = match kind {
            "text" => block.get("text").is_some_and(Value::is_string),
            "image" | "document" => block.get("source").is_some_and(Value::is_object),
            _ => true,
        };
        if !ok {
            let field = if kind == "text" { "text" } else { "source" };
            return Err(format!("{at}[{i}].{field}: required for a {kind} block"));
        }
    }
    Ok(())
}

/// Where an event shows: in its thread's log (`session_thread_id`, None for the primary thread),
/// and whether the session's (primary) stream shows it too. A subagent thread's own work stays
/// in its thread; its lifecycle, what it needs from the client, and the client's answers are
/// cross-posted to the primary stream.
pub fn placement(e: &Event) -> (Option<&str>, bool) {
    let thread = e.str("session_thread_id");
    let needs_client = match e.kind.as_str() {
        "agent.custom_tool_use" => true,
        "agent.tool_use" | "agent.mcp_tool_use" => e.str("evaluated_permission") == Some("ask"),
        kind => kind.starts_with("session.thread_") || kind.starts_with("user."),
    };
    (thread, thread.is_none() || needs_client)
}

/// A stop reason of `session.status_idle`.
pub fn stop_reason(kind: &str, event_ids: Option<Vec<String>>) -> Value {
    match event_ids {
        Some(ids) => serde_json::json!({"type": kind, "event_ids": ids}),
        None => serde_json::json!({"type": kind}),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn client_events_are_validated_with_the_field_named() {
        let ok = parse_client_event(
            0,
            &json!({"type": "user.message", "content": [{"type": "text", "text": "hi"}]}),
        )
        .unwrap();
        assert!(ok.id.starts_with("sevt_"));
        let cases = [
            (json!({"type": "user.nope"}), "events[0].type"),
            (json!({"type": "user.message"}), "events[0].content"),
            (
                json!({"type": "user.message", "content": [{"type": "redacted"}]}),
                "events[0].content[0].type",
            ),
            (
                json!({"type": "user.message", "content": [{"type": "text"}]}),
                "events[0].content[0].text",
            ),
            (
                json!({"type": "user.tool_confirmation", "tool_use_id": "x", "result": "maybe"}),
                "events[0].result",
            ),
            (
                json!({"type": "user.define_outcome", "description": "d"}),
                "events[0].rubric",
            ),
            (
                json!({"type": "user.define_outcome", "description": "d", "rubric": {"type": "file"}}),
                "events[0].rubric.file_id",
            ),
            (
                json!({"type": "user.define_outcome", "description": "d", "rubric": {"type": "file", "file_id": "file_1", "content": "r"}}),
                "events[0].rubric.content: unknown field for a file rubric",
            ),
            (
                json!({"type": "user.define_outcome", "description": "d", "rubric": {"type": "text", "content": "r"}, "max_iterations": 21}),
                "events[0].max_iterations",
            ),
            (
                json!({"type": "user.define_outcome", "description": "", "rubric": {"type": "text", "content": "r"}}),
                "events[0].description",
            ),
            (json!({"type": "user.interrupt", "extra": 1}), "events[0].extra"),
        ];
        for (event, field) in cases {
            let e = parse_client_event(0, &event).unwrap_err();
            assert!(e.starts_with(field), "{e} should start with {field}");
        }
    }

    #[test]
    fn an_event_serialises_flat() {
        let mut e = Event::new("agent.message", json!({"content": [{"type": "text", "text": "x"}]}));
        e.processed_at = Some("t".into());
        let v = serde_json::to_value(&e).unwrap();
        assert_eq!(v["type"], "agent.message");
        assert_eq!(v["content"][0]["text"], "x");
        let back: Event = serde_json::from_value(v).unwrap();
        assert_eq!(back, e);
    }
}
