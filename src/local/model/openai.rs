//! OpenAI-compatible Chat Completions: transcript conversion, SSE chunk and whole-completion
//! parsing.

use std::collections::BTreeMap;
use std::pin::pin;

use eventsource_stream::Event;
use futures::{Stream, StreamExt};
use serde_json::{Value, json};

use super::http::json_error_message;
use super::{ModelError, ModelRequest, ModelResponse, TextSink, Usage};

pub(super) fn request_body(req: &ModelRequest, model: &str) -> Value {
    let mut messages = Vec::new();
    if let Some(system) = &req.system {
        messages.push(json!({"role": "system", "content": system}));
    }
    for message in &req.messages {
        match message.get("role").and_then(Value::as_str) {
            Some("assistant") => messages.push(assistant_message(message.get("content"))),
            _ => user_messages(message.get("content"), &mut messages),
        }
    }
    let mut body = json!({
        "model": model,
        "messages": messages,
        "max_tokens": req.max_tokens,
        "stream": true,
        "stream_options": {"include_usage": true},
    });
    if !req.tools.is_empty() {
        let tools: Vec<Value> = req
            .tools
            .iter()
            .map(|tool| {
                json!({"type": "function", "function": {
                    "name": tool.get("name").cloned().unwrap_or(Value::Null),
                    "description": tool.get("description").cloned().unwrap_or_else(|| json!("")),
                    "parameters": tool.get("input_schema").cloned()
                        .unwrap_or_else(|| json!({"type": "object"})),
                }})
            })
            .collect();
        body["tools"] = json!(tools);
    }
    body
}

/// Anthropic content is either a string or a list of blocks.
fn blocks(content: Option<&Value>) -> Vec<Value> {
    match content {
        Some(Value::String(text)) => vec![json!({"type": "text", "text": text})],
        Some(Value::Array(blocks)) => blocks.clone(),
        _ => Vec::new(),
    }
}

fn assistant_message(content: Option<&Value>) -> Value {
    let mut texts = Vec::new();
    let mut calls = Vec::new();
    for block in blocks(content) {
        match block.get("type").and_then(Value::as_str) {
            Some("text") => texts.push(str_of(&block, "text").to_string()),
            Some("tool_use") => calls.push(json!({
                "id": str_of(&block, "id"),
                "type": "function",
                "function": {
                    "name": str_of(&block, "name"),
                    "arguments": block.get("input").unwrap_or(&json!({})).to_string(),
                },
            })),
            _ => {}
        }
    }
    let mut message = json!({"role": "assistant"});
    if calls.is_empty() {
        message["content"] = json!(texts.join("\n"));
    } else {
        message["content"] = if texts.is_empty() {
            Value::Null
        } else {
            json!(texts.join("\n"))
        };
        message["tool_calls"] = json!(calls);
    }
    message
}

/// A user turn: its tool results first (Chat Completions wants them right after the assistant's
/// tool calls), then one user message with its text and images.
fn user_messages(content: Option<&Value>, out: &mut Vec<Value>) {
    let mut parts = Vec::new();
    for block in blocks(content) {
        match block.get("type").and_then(Value::as_str) {
            Some("text") => parts.push(json!({"type": "text", "text": str_of(&block, "text")})),
            Some("image") => parts.extend(image_part(&block)),
            Some("tool_result") => {
                let mut texts = Vec::new();
                for inner in blocks(block.get("content")) {
                    match inner.get("type").and_then(Value::as_str) {
                        Some("text") => texts.push(str_of(&inner, "text").to_string()),
                        // Tool messages carry text only, so images travel in the user message.
                        Some("image") => parts.extend(image_part(&inner)),
                        _ => {}
                    }
                }
                let mut text = texts.join("\n");
                if block.get("is_error").and_then(Value::as_bool) == Some(true) {
                    text = format!("Error: {text}");
                }
                out.push(json!({
                    "role": "tool",
                    "tool_call_id": str_of(&block, "tool_use_id"),
                    "content": text,
                }));
            }
            _ => {}
        }
    }
    if parts.is_empty() {
        return;
    }
    // Plain text as a string: some local servers accept no content arrays without images.
    let content = if parts.iter().all(|p| p["type"] == "text") {
        let texts: Vec<&str> = parts.iter().map(|p| str_of(p, "text")).collect();
        json!(texts.join("\n"))
    } else {
        json!(parts)
    };
    out.push(json!({"role": "user", "content": content}));
}

fn image_part(block: &Value) -> Option<Value> {
    let source = block.get("source")?;
    let url = match source.get("type").and_then(Value::as_str)? {
        "base64" => format!(
            "data:{};base64,{}",
            str_of(source, "media_type"),
            str_of(source, "data")
        ),
        "url" => str_of(source, "url").to_string(),
        _ => return None,
    };
    Some(json!({"type": "image_url", "image_url": {"url": url}}))
}

fn str_of<'a>(value: &'a Value, name: &str) -> &'a str {
    value.get(name).and_then(Value::as_str).unwrap_or("")
}

/// A tool call being streamed.
#[derive(Default)]
struct Call {
    id: String,
    name: String,
    arguments: String,
}

/// Accumulates chunks (or one whole message) into a response.
#[derive(Default)]
struct Assembler {
    text: String,
    /// By the server's tool call index.
    calls: BTreeMap<u64, Call>,
    finish_reason: Option<String>,
    usage: Usage,
}

impl Assembler {
    /// One chunk, or a whole completion (`message` in place of `delta`).
    fn choice_and_usage(&mut self, data: &Value, on_text: TextSink<'_>) -> Result<(), ModelError> {
        if data.get("error").is_some_and(|e| !e.is_null()) {
            return Err(body_error(data));
        }
        if let Some(usage) = data.get("usage").filter(|u| u.is_object()) {
            self.usage = convert_usage(usage);
        }
        let Some(choice) = data.pointer("/choices/0") else {
            return Ok(());
        };
        let delta = choice
            .get("delta")
            .or_else(|| choice.get("message"))
            .unwrap_or(&Value::Null);
        if let Some(text) = delta.get("content").and_then(Value::as_str)
            && !text.is_empty()
        {
            self.text.push_str(text);
            // The text block always comes first in the response.
            on_text(0, text);
        }
        for call in delta.get("tool_calls").and_then(Value::as_array).into_iter().flatten() {
            self.tool_call(call);
        }
        if let Some(reason) = choice.get("finish_reason").and_then(Value::as_str) {
            self.finish_reason = Some(reason.to_string());
        }
        Ok(())
    }

    fn tool_call(&mut self, call: &Value) {
        let id = call.get("id").and_then(Value::as_str).filter(|s| !s.is_empty());
        // Without an index, an unseen id starts a new call and anything else continues one.
        let index = call.get("index").and_then(Value::as_u64).unwrap_or_else(|| {
            let known = id.and_then(|id| self.calls.iter().find(|(_, c)| c.id == id));
            let last = self.calls.keys().next_back().copied();
            match (known, id, last) {
                (Some((index, _)), _, _) => *index,
                (None, Some(_), Some(last)) => last + 1,
                (None, _, last) => last.unwrap_or(0),
            }
        });
        let entry = self.calls.entry(index).or_default();
        if let Some(id) = id {
            entry.id = id.to_string();
        }
        let function = call.get("function").unwrap_or(&Value::Null);
        // Names come whole (repeated by some servers), so they replace rather than append.
        if let Some(name) = function.get("name").and_then(Value::as_str).filter(|s| !s.is_empty()) {
            entry.name = name.to_string();
        }
        match function.get("arguments") {
            Some(Value::String(part)) => entry.arguments.push_str(part),
            // Some servers send the arguments as an object rather than a JSON string.
            Some(object @ Value::Object(_)) => entry.arguments = object.to_string(),
            _ => {}
        }
    }

    fn finish(self) -> Result<ModelResponse, ModelError> {
        let mut content = Vec::new();
        if !self.text.is_empty() {
            content.push(json!({"type": "text", "text": self.text}));
        }
        let has_calls = !self.calls.is_empty();
        for call in self.calls.into_values() {
            let input: Value = if call.arguments.trim().is_empty() {
                json!({})
            } else {
                serde_json::from_str(&call.arguments).map_err(|e| {
                    ModelError::fatal(format!("tool call {} has invalid arguments JSON: {e}", call.name))
                })?
            };
            let id = if call.id.is_empty() {
                format!("toolu_{}", uuid::Uuid::new_v4().simple())
            } else {
                call.id
            };
            content.push(json!({"type": "tool_use", "id": id, "name": call.name, "input": input}));
        }
        let stop_reason = match self.finish_reason.as_deref() {
            Some("length") => "max_tokens",
            Some("content_filter") => "refusal",
            // Some local servers say "stop" even when they return tool calls.
            _ if has_calls => "tool_use",
            _ => "end_turn",
        };
        Ok(ModelResponse {
            content,
            stop_reason: stop_reason.to_string(),
            usage: self.usage,
        })
    }
}

/// OpenAI counts cached prompt tokens inside prompt_tokens; Anthropic counts them apart.
fn convert_usage(usage: &Value) -> Usage {
    let count = |pointer: &str| usage.pointer(pointer).and_then(Value::as_u64).unwrap_or(0);
    let cached = count("/prompt_tokens_details/cached_tokens");
    Usage {
        input_tokens: count("/prompt_tokens").saturating_sub(cached),
        output_tokens: count("/completion_tokens"),
        cache_creation_input_tokens: 0,
        cache_read_input_tokens: cached,
    }
}

/// An error object in a 200 response. Its code, when it is an HTTP status, tells whether a
/// retry may help.
fn body_error(data: &Value) -> ModelError {
    let message = json_error_message(data).unwrap_or_else(|| data.to_string());
    let code = data.pointer("/error/code").and_then(Value::as_u64);
    match code {
        Some(code @ (429 | 500..=599)) => ModelError::Retryable {
            status: u16::try_from(code).ok(),
            retry_after: None,
            message,
        },
        _ => ModelError::fatal(message),
    }
}

pub(super) async fn parse_stream(
    events: impl Stream<Item = Result<Event, ModelError>>,
    on_text: TextSink<'_>,
) -> Result<ModelResponse, ModelError> {
    let mut events = pin!(events);
    let mut assembler = Assembler::default();
    while let Some(event) = events.next().await {
        let event = event?;
        let data = event.data.trim();
        if data == "[DONE]" {
            return assembler.finish();
        }
        if data.is_empty() {
            continue;
        }
        let chunk: Value = serde_json::from_str(data)
            .map_err(|e| ModelError::fatal(format!("invalid JSON in a stream chunk: {e}")))?;
        assembler.choice_and_usage(&chunk, on_text)?;
    }
    // Some servers close without [DONE]; a finish_reason shows the answer is whole anyway.
    if assembler.finish_reason.is_some() {
        return assembler.finish();
    }
    Err(ModelError::retryable("the response stream ended before [DONE]"))
}

/// A whole (non-streamed) completion.
pub(super) fn parse_completion(value: &Value, on_text: TextSink<'_>) -> Result<ModelResponse, ModelError> {
    let mut assembler = Assembler::default();
    // An error object wins over the missing choices it explains.
    assembler.choice_and_usage(value, on_text)?;
    if value.pointer("/choices/0").is_none() {
        return Err(ModelError::fatal("the completion has no choices"));
    }
    assembler.finish()
}
