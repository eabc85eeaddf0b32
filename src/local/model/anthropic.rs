//! The Anthropic Messages API: request body, SSE stream and whole-message parsing.

use std::pin::pin;

use eventsource_stream::Event;
use futures::{Stream, StreamExt};
use serde_json::{Value, json};

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

/// A content block being streamed.
enum Block {
    Text(String),
    ToolUse { id: String, name: String, json: String },
}

/// Accumulates stream events into a response.
#[derive(Default)]
struct Assembler {
    /// Kept blocks in output order, each with the API's index for it; other block types
    /// (thinking, server tools) are dropped, so output indices may differ from API ones.
    blocks: Vec<(u64, Block)>,
    finished: Vec<Value>,
    stop_reason: Option<String>,
    usage: Usage,
}

impl Assembler {
    fn position(&self, index: u64) -> Option<usize> {
        self.blocks.iter().position(|(i, _)| *i == index)
    }

    /// Output index of a block: finished blocks come first, then the open ones in order.
    fn output_index(&self, position: usize) -> usize {
        self.finished.len() + position
    }

    fn event(&mut self, data: &Value, on_text: TextSink<'_>) -> Result<bool, ModelError> {
        let index = data.get("index").and_then(Value::as_u64).unwrap_or(0);
        match data.get("type").and_then(Value::as_str).unwrap_or("") {
            "message_start" => {
                if let Some(usage) = data.pointer("/message/usage") {
                    merge_usage(&mut self.usage, usage);
                }
            }
            "content_block_start" => {
                let block = data.get("content_block").unwrap_or(&Value::Null);
                let started = match block.get("type").and_then(Value::as_str) {
                    Some("text") => Block::Text(String::new()),
                    Some("tool_use") => Block::ToolUse {
                        id: str_field(block, "id"),
                        name: str_field(block, "name"),
                        json: String::new(),
                    },
                    _ => return Ok(false),
                };
                self.blocks.push((index, started));
                // A text block may open with text of its own.
                if let Some(text) = block.get("text").and_then(Value::as_str) {
                    self.text(index, text, on_text);
                }
            }
            "content_block_delta" => {
                let delta = data.get("delta").unwrap_or(&Value::Null);
                match delta.get("type").and_then(Value::as_str) {
                    Some("text_delta") => {
                        let text = delta.get("text").and_then(Value::as_str).unwrap_or("");
                        self.text(index, text, on_text);
                    }
                    Some("input_json_delta") => {
                        let part = delta.get("partial_json").and_then(Value::as_str);
                        if let (Some(position), Some(part)) = (self.position(index), part)
                            && let (_, Block::ToolUse { json, .. }) = &mut self.blocks[position]
                        {
                            json.push_str(part);
                        }
                    }
                    _ => {}
                }
            }
            "content_block_stop" => {
                if let Some(position) = self.position(index) {
                    let (_, block) = self.blocks.remove(position);
                    self.finished.extend(finish_block(block)?);
                }
            }
            "message_delta" => {
                if let Some(reason) = data.pointer("/delta/stop_reason").and_then(Value::as_str) {
                    self.stop_reason = Some(reason.to_string());
                }
                if let Some(usage) = data.get("usage") {
                    merge_usage(&mut self.usage, usage);
                }
            }
            "message_stop" => return Ok(true),
            "error" => return Err(stream_error(data)),
            // ping and event types added later
            _ => {}
        }
        Ok(false)
    }

    fn text(&mut self, index: u64, text: &str, on_text: TextSink<'_>) {
        if text.is_empty() {
            return;
        }
        if let Some(position) = self.position(index) {
            let output = self.output_index(position);
            if let (_, Block::Text(buffer)) = &mut self.blocks[position] {
                buffer.push_str(text);
                on_text(output, text);
            }
        }
    }

    fn finish(mut self) -> Result<ModelResponse, ModelError> {
        // Blocks the server never closed still count once the message itself is complete.
        for (_, block) in std::mem::take(&mut self.blocks) {
            self.finished.extend(finish_block(block)?);
        }
        Ok(ModelResponse {
            content: self.finished,
            stop_reason: self.stop_reason.unwrap_or_else(|| "end_turn".to_string()),
            usage: self.usage,
        })
    }
}

/// The finished block, or nothing for an empty text block (the API refuses those when they
/// are sent back in the next request).
fn finish_block(block: Block) -> Result<Option<Value>, ModelError> {
    Ok(Some(match block {
        Block::Text(text) if text.is_empty() => return Ok(None),
        Block::Text(text) => json!({"type": "text", "text": text}),
        Block::ToolUse { id, name, json } => {
            let input = if json.trim().is_empty() {
                json!({})
            } else {
                serde_json::from_str(&json)
                    .map_err(|e| ModelError::fatal(format!("tool_use {name} has invalid input JSON: {e}")))?
            };
            json!({"type": "tool_use", "id": id, "name": name, "input": input})
        }
    }))
}

pub(super) async fn parse_stream(
    events: impl Stream<Item = Result<Event, ModelError>>,
    on_text: TextSink<'_>,
) -> Result<ModelResponse, ModelError> {
    let mut events = pin!(events);
    let mut assembler = Assembler::default();
    while let Some(event) = events.next().await {
        let event = event?;
        if event.data.trim().is_empty() {
            continue;
        }
        let data: Value = serde_json::from_str(&event.data)
            .map_err(|e| ModelError::fatal(format!("invalid JSON in {:?} event: {e}", event.event)))?;
        if assembler.event(&data, on_text)? {
            return assembler.finish();
        }
    }
    Err(ModelError::retryable("the response stream ended before message_stop"))
}

/// A whole (non-streamed) message.
pub(super) fn parse_message(value: &Value, on_text: TextSink<'_>) -> Result<ModelResponse, ModelError> {
    if value.get("type").and_then(Value::as_str) == Some("error") {
        return Err(stream_error(value));
    }
    let blocks = value
        .get("content")
        .and_then(Value::as_array)
        .ok_or_else(|| ModelError::fatal("the model's message has no content array"))?;
    let mut content = Vec::new();
    for block in blocks {
        match block.get("type").and_then(Value::as_str) {
            Some("text") => {
                let text = block.get("text").and_then(Value::as_str).unwrap_or("");
                if text.is_empty() {
                    continue;
                }
                on_text(content.len(), text);
                content.push(json!({"type": "text", "text": text}));
            }
            Some("tool_use") => content.push(json!({
                "type": "tool_use",
                "id": str_field(block, "id"),
                "name": str_field(block, "name"),
                "input": block.get("input").cloned().unwrap_or_else(|| json!({})),
            })),
            _ => {}
        }
    }
    let mut usage = Usage::default();
    if let Some(u) = value.get("usage") {
        merge_usage(&mut usage, u);
    }
    Ok(ModelResponse {
        content,
        stop_reason: value
            .get("stop_reason")
            .and_then(Value::as_str)
            .unwrap_or("end_turn")
            .to_string(),
        usage,
    })
}

/// An error reported inside a 200 response; overload and server errors are worth retrying.
fn stream_error(data: &Value) -> ModelError {
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

fn str_field(value: &Value, name: &str) -> String {
    value.get(name).and_then(Value::as_str).unwrap_or("").to_string()
}
