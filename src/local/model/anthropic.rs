//! The Anthropic Messages API: the engine's request body, whole messages built from their
//! stream events, and messages turned back into stream events. Every provider's answer ends up
//! in this shape: OpenAI's is translated into it first.

use std::pin::pin;

use futures::{Stream, StreamExt};
use serde_json::{Map, Value, json};

use super::http::json_error_message;
use super::{ModelError, ModelRequest, ModelResponse, TextSink, Usage};

pub(super) fn request_body(req: &ModelRequest, model: &str) -> Value {
    let mut body = json!({
        "model": model,
        "messages": req.messages,
        "max_tokens": req.max_tokens,
        "stream": true,
    });
    if let Some(system) = &req.system {
        body["system"] = json!(system);
    }
    if !req.tools.is_empty() {
        body["tools"] = json!(req.tools);
    }
    body
}

/// Builds a whole message from its stream events, keeping every block and field as the API
/// sent them (thinking, citations, server tools, later additions).
#[derive(Default)]
pub(super) struct MessageBuilder {
    message: Map<String, Value>,
    /// Blocks by the API's index, each with the partial JSON of its input so far.
    blocks: Vec<(u64, Value, String)>,
}

impl MessageBuilder {
    /// Takes one event's data; true once the message is complete. Text pieces go to `on_text`
    /// with the block's index among those the engine keeps (see [`kept`]).
    pub(super) fn event(&mut self, data: &Value, on_text: TextSink<'_>) -> Result<bool, ModelError> {
        let index = data.get("index").and_then(Value::as_u64).unwrap_or(0);
        match data.get("type").and_then(Value::as_str).unwrap_or("") {
            "message_start" => {
                if let Some(Value::Object(message)) = data.get("message") {
                    self.message = message.clone();
                }
            }
            "content_block_start" => {
                let block = data.get("content_block").cloned().unwrap_or_else(|| json!({}));
                self.blocks.push((index, block, String::new()));
                // A text block may open with text of its own.
                if let Some(text) = data.pointer("/content_block/text").and_then(Value::as_str) {
                    self.preview(index, text, on_text);
                }
            }
            "content_block_delta" => self.delta(index, data.get("delta").unwrap_or(&Value::Null), on_text),
            "content_block_stop" => {
                if let Some((_, block, json)) = self.blocks.iter_mut().find(|(i, ..)| *i == index) {
                    take_input(block, json)?;
                }
            }
            "message_delta" => {
                if let Some(Value::Object(delta)) = data.get("delta") {
                    for (key, value) in delta {
                        self.message.insert(key.clone(), value.clone());
                    }
                }
                if let Some(Value::Object(usage)) = data.get("usage") {
                    let total = self.message.entry("usage").or_insert_with(|| json!({}));
                    for (key, value) in usage {
                        total[key] = value.clone();
                    }
                }
            }
            "message_stop" => return Ok(true),
            "error" => return Err(stream_error(data)),
            // ping and event types added later
            _ => {}
        }
        Ok(false)
    }

    fn delta(&mut self, index: u64, delta: &Value, on_text: TextSink<'_>) {
        let Some(position) = self.blocks.iter().position(|(i, ..)| *i == index) else {
            return;
        };
        let string = |name: &str| delta.get(name).and_then(Value::as_str).unwrap_or("");
        let (_, block, json) = &mut self.blocks[position];
        match delta.get("type").and_then(Value::as_str) {
            Some("text_delta") => {
                append(block, "text", string("text"));
                self.preview(index, string("text"), on_text);
            }
            Some("input_json_delta") => json.push_str(string("partial_json")),
            Some("thinking_delta") => append(block, "thinking", string("thinking")),
            Some("signature_delta") => block["signature"] = json!(string("signature")),
            Some("citations_delta") => {
                let citation = delta.get("citation").cloned().unwrap_or(Value::Null);
                match block.get_mut("citations").and_then(Value::as_array_mut) {
                    Some(citations) => citations.push(citation),
                    None => block["citations"] = json!([citation]),
                }
            }
            _ => {}
        }
    }

    /// Sends a text piece on with its index among the blocks the engine keeps.
    fn preview(&self, index: u64, text: &str, on_text: TextSink<'_>) {
        if text.is_empty() {
            return;
        }
        let before = self
            .blocks
            .iter()
            .filter(|(i, block, _)| *i < index && kept(block))
            .count();
        on_text(before, text);
    }

    /// The whole message; blocks the server never closed still count once it is complete.
    pub(super) fn finish(mut self) -> Result<Value, ModelError> {
        self.blocks.sort_by_key(|(i, ..)| *i);
        let mut content = Vec::with_capacity(self.blocks.len());
        for (_, mut block, json) in self.blocks {
            take_input(&mut block, &json)?;
            content.push(block);
        }
        self.message.insert("content".into(), Value::Array(content));
        Ok(Value::Object(self.message))
    }
}

fn append(block: &mut Value, field: &str, piece: &str) {
    let mut text = block.get(field).and_then(Value::as_str).unwrap_or("").to_string();
    text.push_str(piece);
    block[field] = json!(text);
}

/// A block's streamed input, once whole, replaces the empty input it started with.
fn take_input(block: &mut Value, json: &str) -> Result<(), ModelError> {
    if json.trim().is_empty() {
        return Ok(());
    }
    let input = serde_json::from_str(json).map_err(|e| {
        let name = block.get("name").and_then(Value::as_str).unwrap_or("");
        ModelError::fatal(format!("tool_use {name} has invalid input JSON: {e}"))
    })?;
    block["input"] = input;
    Ok(())
}

/// Whether the engine keeps a block: text with text in it (the API refuses empty text blocks
/// sent back in the next request) and tool calls. Thinking and server tools are dropped.
fn kept(block: &Value) -> bool {
    match block.get("type").and_then(Value::as_str) {
        Some("text") => block.get("text").and_then(Value::as_str).is_some_and(|t| !t.is_empty()),
        Some("tool_use") => true,
        _ => false,
    }
}

/// Reads a stream of event data into a whole message.
pub(super) async fn read_stream(
    events: impl Stream<Item = Result<Value, ModelError>>,
    on_text: TextSink<'_>,
) -> Result<Value, ModelError> {
    let mut events = pin!(events);
    let mut builder = MessageBuilder::default();
    while let Some(event) = events.next().await {
        if builder.event(&event?, on_text)? {
            return builder.finish();
        }
    }
    Err(ModelError::retryable("the response stream ended before message_stop"))
}

/// What the engine takes from a whole message: its text and tool calls, the stop reason and
/// the usage. Text pieces go to `on_text` (for a message that was not streamed).
pub(super) fn response_of(message: &Value, on_text: TextSink<'_>) -> Result<ModelResponse, ModelError> {
    if message.get("type").and_then(Value::as_str) == Some("error") {
        return Err(stream_error(message));
    }
    let blocks = message
        .get("content")
        .and_then(Value::as_array)
        .ok_or_else(|| ModelError::fatal("the model's message has no content array"))?;
    let mut content = Vec::new();
    for block in blocks.iter().filter(|b| kept(b)) {
        let field = |name: &str| block.get(name).and_then(Value::as_str).unwrap_or("");
        if block["type"] == "text" {
            on_text(content.len(), field("text"));
            content.push(json!({"type": "text", "text": field("text")}));
        } else {
            content.push(json!({
                "type": "tool_use",
                "id": field("id"),
                "name": field("name"),
                "input": block.get("input").cloned().unwrap_or_else(|| json!({})),
            }));
        }
    }
    let mut usage = Usage::default();
    if let Some(u) = message.get("usage") {
        merge_usage(&mut usage, u);
    }
    Ok(ModelResponse {
        content,
        stop_reason: message
            .get("stop_reason")
            .and_then(Value::as_str)
            .unwrap_or("end_turn")
            .to_string(),
        usage,
    })
}

/// A whole message as the stream of events that would have delivered it: each block opens
/// empty, gets its content in one delta, and closes.
pub(super) fn message_events(message: &Value) -> Vec<Value> {
    let mut start = message.clone();
    start["content"] = json!([]);
    start["stop_reason"] = Value::Null;
    start["stop_sequence"] = Value::Null;
    let usage = message.get("usage").cloned().unwrap_or_else(|| json!({}));
    start["usage"] = json!({"input_tokens": usage.get("input_tokens").cloned().unwrap_or(json!(0)),
                            "output_tokens": 0});
    let mut events = vec![json!({"type": "message_start", "message": start})];
    let blocks = message.get("content").and_then(Value::as_array).into_iter().flatten();
    for (index, block) in blocks.enumerate() {
        let mut opened = block.clone();
        let mut deltas = Vec::new();
        match block.get("type").and_then(Value::as_str) {
            Some("text") => {
                opened["text"] = json!("");
                deltas.push(json!({"type": "text_delta", "text": block["text"]}));
                if let Some(citations) = block.get("citations").and_then(Value::as_array) {
                    opened["citations"] = json!([]);
                    deltas.extend(
                        citations
                            .iter()
                            .map(|c| json!({"type": "citations_delta", "citation": c})),
                    );
                }
            }
            Some("thinking") => {
                opened["thinking"] = json!("");
                opened["signature"] = json!("");
                deltas.push(json!({"type": "thinking_delta", "thinking": block["thinking"]}));
                deltas.push(json!({"type": "signature_delta", "signature": block["signature"]}));
            }
            _ if block.get("input").is_some() => {
                opened["input"] = json!({});
                let input = block["input"].to_string();
                deltas.push(json!({"type": "input_json_delta", "partial_json": input}));
            }
            _ => {}
        }
        events.push(json!({"type": "content_block_start", "index": index, "content_block": opened}));
        events.extend(
            deltas
                .into_iter()
                .map(|delta| json!({"type": "content_block_delta", "index": index, "delta": delta})),
        );
        events.push(json!({"type": "content_block_stop", "index": index}));
    }
    events.push(json!({
        "type": "message_delta",
        "delta": {"stop_reason": message.get("stop_reason").cloned().unwrap_or(Value::Null),
                  "stop_sequence": message.get("stop_sequence").cloned().unwrap_or(Value::Null)},
        "usage": usage,
    }));
    events.push(json!({"type": "message_stop"}));
    events
}

/// One server-sent event in the Messages API's framing: named after its data's type.
pub(super) fn sse_frame(data: &Value) -> bytes::Bytes {
    let name = data.get("type").and_then(Value::as_str).unwrap_or("message");
    format!("event: {name}\ndata: {data}\n\n").into()
}

/// An error reported inside a 200 response; overload and server errors are worth retrying.
pub(super) fn stream_error(data: &Value) -> ModelError {
    let message = json_error_message(data).unwrap_or_else(|| data.to_string());
    match data.pointer("/error/type").and_then(Value::as_str) {
        Some("overloaded_error" | "api_error" | "rate_limit_error") => ModelError::retryable(message),
        _ => ModelError::fatal(message),
    }
}

/// Later usage reports repeat or extend earlier ones, so present fields overwrite.
fn merge_usage(usage: &mut Usage, value: &Value) {
    let fields = [
        ("input_tokens", &mut usage.input_tokens),
        ("output_tokens", &mut usage.output_tokens),
        ("cache_creation_input_tokens", &mut usage.cache_creation_input_tokens),
        ("cache_read_input_tokens", &mut usage.cache_read_input_tokens),
    ];
    for (name, slot) in fields {
        if let Some(n) = value.get(name).and_then(Value::as_u64) {
            *slot = n;
        }
    }
}
