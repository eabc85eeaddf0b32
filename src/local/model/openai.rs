//! OpenAI-compatible Chat Completions, translated to and from the Anthropic Messages API: a
//! Messages request becomes a chat request, and a completion (whole, or chunk by chunk) becomes
//! a message or the Messages API's stream events. The engine's calls and the local server's
//! `/v1/messages` both go through here.

use std::collections::BTreeMap;

use serde_json::{Map, Value, json};

use super::ModelError;
use super::gateway::{EPOCH, model_info};
use super::http::json_error_message;

/// A Messages request field the Chat Completions format cannot carry, named by its path.
#[derive(Debug, thiserror::Error)]
#[error("{path}: {reason}")]
pub struct Untranslatable {
    pub path: String,
    pub reason: String,
}

fn untranslatable(path: impl Into<String>, reason: impl Into<String>) -> Untranslatable {
    Untranslatable {
        path: path.into(),
        reason: reason.into(),
    }
}

type Translated<T> = Result<T, Untranslatable>;

/// Why a field is refused: Chat Completions has nothing that could honour it.
const NO_EQUIVALENT: &str = "not supported with --model-api openai: Chat Completions has no equivalent";

/// The chat request for a Messages request (`model` already mapped). Fields are translated,
/// accepted as hints the endpoint handles its own way (`cache_control`, `service_tier`), or
/// refused by name; nothing is dropped silently.
pub(super) fn chat_request(body: &Map<String, Value>, model: &str) -> Translated<Value> {
    let mut chat = Map::new();
    chat.insert("model".into(), json!(model));
    let mut messages = Vec::new();
    let mut stream = false;
    for (key, value) in body {
        match key.as_str() {
            "model" | "messages" => {}
            // A null is a field not given.
            _ if value.is_null() => {}
            // Prompt caching is the endpoint's own business; the usage reports what it cached.
            "cache_control" => {}
            // A local endpoint has one service tier, which satisfies both values.
            "service_tier" => {}
            "max_tokens" => {
                let n = value
                    .as_u64()
                    .ok_or_else(|| untranslatable(key, "must be a positive integer"))?;
                chat.insert("max_tokens".into(), json!(n));
            }
            "system" => {
                let text = system_text(value)?;
                messages.push(json!({"role": "system", "content": text}));
            }
            "stream" => stream = value.as_bool() == Some(true),
            "stop_sequences" => {
                chat.insert("stop".into(), value.clone());
            }
            "temperature" | "top_p" | "top_k" => {
                chat.insert(key.clone(), value.clone());
            }
            "tools" => {
                let tools = value
                    .as_array()
                    .ok_or_else(|| untranslatable(key, "must be an array"))?;
                let functions = tools
                    .iter()
                    .enumerate()
                    .map(|(i, tool)| function(tool, &format!("tools.{i}")))
                    .collect::<Translated<Vec<_>>>()?;
                chat.insert("tools".into(), json!(functions));
            }
            "tool_choice" => tool_choice(value, &mut chat)?,
            "metadata" => {
                for (field, inner) in value.as_object().into_iter().flatten() {
                    match field.as_str() {
                        "user_id" if inner.is_null() => {}
                        "user_id" => {
                            chat.insert("user".into(), inner.clone());
                        }
                        other => return Err(untranslatable(format!("metadata.{other}"), NO_EQUIVALENT)),
                    }
                }
            }
            "thinking" if value.get("type").and_then(Value::as_str) == Some("disabled") => {}
            "output_config" => {
                for (field, inner) in value.as_object().into_iter().flatten() {
                    match field.as_str() {
                        "format" if !inner.is_null() => response_format(inner, "output_config.format", &mut chat)?,
                        "effort" if !inner.is_null() => {
                            chat.insert("reasoning_effort".into(), inner.clone());
                        }
                        "format" | "effort" => {}
                        other => return Err(untranslatable(format!("output_config.{other}"), NO_EQUIVALENT)),
                    }
                }
            }
            "output_format" => response_format(value, "output_format", &mut chat)?,
            _ => return Err(untranslatable(key, NO_EQUIVALENT)),
        }
    }
    if !chat.contains_key("max_tokens") {
        return Err(untranslatable("max_tokens", "required"));
    }
    let turns = body
        .get("messages")
        .and_then(Value::as_array)
        .ok_or_else(|| untranslatable("messages", "required, an array of messages"))?;
    for (i, message) in turns.iter().enumerate() {
        let path = format!("messages.{i}");
        let content = message.get("content");
        match message.get("role").and_then(Value::as_str) {
            Some("assistant") => messages.push(assistant_message(content, &path)?),
            Some("user") => user_messages(content, &path, &mut messages)?,
            _ => return Err(untranslatable(format!("{path}.role"), "must be user or assistant")),
        }
    }
    chat.insert("messages".into(), json!(messages));
    if stream {
        chat.insert("stream".into(), json!(true));
        chat.insert("stream_options".into(), json!({"include_usage": true}));
    }
    Ok(Value::Object(chat))
}

fn system_text(system: &Value) -> Translated<String> {
    match system {
        Value::String(text) => Ok(text.clone()),
        Value::Array(blocks) => blocks
            .iter()
            .enumerate()
            .map(|(i, block)| match block.get("type").and_then(Value::as_str) {
                Some("text") => Ok(str_of(block, "text").to_string()),
                _ => Err(untranslatable(
                    format!("system.{i}.type"),
                    "only text blocks can be sent",
                )),
            })
            .collect::<Translated<Vec<_>>>()
            .map(|texts| texts.join("\n")),
        _ => Err(untranslatable("system", "must be a string or an array of text blocks")),
    }
}

/// A custom tool as a function; tools the Anthropic API runs or defines itself are refused.
fn function(tool: &Value, path: &str) -> Translated<Value> {
    match tool.get("type").and_then(Value::as_str) {
        None | Some("custom") => {}
        Some(other) => {
            return Err(untranslatable(
                format!("{path}.type"),
                format!("{other} is a tool the Anthropic API provides; an openai endpoint has only custom tools"),
            ));
        }
    }
    let mut function = Map::new();
    for (key, value) in tool.as_object().into_iter().flatten() {
        match key.as_str() {
            "type" | "cache_control" => {}
            "name" | "description" | "strict" => {
                function.insert(key.clone(), value.clone());
            }
            "input_schema" => {
                function.insert("parameters".into(), value.clone());
            }
            other => return Err(untranslatable(format!("{path}.{other}"), NO_EQUIVALENT)),
        }
    }
    function.entry("description").or_insert_with(|| json!(""));
    function
        .entry("parameters")
        .or_insert_with(|| json!({"type": "object"}));
    Ok(json!({"type": "function", "function": function}))
}

fn tool_choice(choice: &Value, chat: &mut Map<String, Value>) -> Translated<()> {
    let translated = match choice.get("type").and_then(Value::as_str) {
        Some("auto") => json!("auto"),
        Some("any") => json!("required"),
        Some("none") => json!("none"),
        Some("tool") => json!({"type": "function", "function": {"name": choice.get("name")}}),
        _ => return Err(untranslatable("tool_choice.type", "must be auto, any, tool or none")),
    };
    chat.insert("tool_choice".into(), translated);
    if choice.get("disable_parallel_tool_use").and_then(Value::as_bool) == Some(true) {
        chat.insert("parallel_tool_calls".into(), json!(false));
    }
    Ok(())
}

/// A JSON schema for the output, as Chat Completions' structured outputs.
fn response_format(format: &Value, path: &str, chat: &mut Map<String, Value>) -> Translated<()> {
    if format.get("type").and_then(Value::as_str) != Some("json_schema") {
        return Err(untranslatable(format!("{path}.type"), "must be json_schema"));
    }
    let schema = format.get("schema").cloned().unwrap_or_else(|| json!({}));
    chat.insert(
        "response_format".into(),
        json!({"type": "json_schema", "json_schema": {"name": "output", "schema": schema, "strict": true}}),
    );
    Ok(())
}

/// Anthropic content is either a string or a list of blocks.
fn blocks(content: Option<&Value>) -> Vec<Value> {
    match content {
        Some(Value::String(text)) => vec![json!({"type": "text", "text": text})],
        Some(Value::Array(blocks)) => blocks.clone(),
        _ => Vec::new(),
    }
}

fn block_type(block: &Value) -> &str {
    block.get("type").and_then(Value::as_str).unwrap_or("")
}

fn assistant_message(content: Option<&Value>, path: &str) -> Translated<Value> {
    let mut texts = Vec::new();
    let mut calls = Vec::new();
    for (i, block) in blocks(content).iter().enumerate() {
        match block_type(block) {
            "text" => texts.push(str_of(block, "text").to_string()),
            "tool_use" => calls.push(json!({
                "id": str_of(block, "id"),
                "type": "function",
                "function": {
                    "name": str_of(block, "name"),
                    "arguments": block.get("input").unwrap_or(&json!({})).to_string(),
                },
            })),
            // Earlier reasoning is the model's own output; chat models take none back.
            "thinking" | "redacted_thinking" => {}
            other => return Err(unsupported_block(path, i, other)),
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
    Ok(message)
}

fn unsupported_block(path: &str, index: usize, kind: &str) -> Untranslatable {
    untranslatable(
        format!("{path}.content.{index}.type"),
        format!("{kind} blocks are not supported with --model-api openai"),
    )
}

/// A user turn: its tool results first (Chat Completions wants them right after the assistant's
/// tool calls), then one user message with its text and images.
fn user_messages(content: Option<&Value>, path: &str, out: &mut Vec<Value>) -> Translated<()> {
    let mut parts = Vec::new();
    for (i, block) in blocks(content).iter().enumerate() {
        match block_type(block) {
            "text" => parts.push(json!({"type": "text", "text": str_of(block, "text")})),
            "image" => parts.push(image_part(block, &format!("{path}.content.{i}"))?),
            "document" => {
                let text = document_text(block, &format!("{path}.content.{i}"))?;
                parts.push(json!({"type": "text", "text": text}));
            }
            "tool_result" => {
                let mut texts = Vec::new();
                for (j, inner) in blocks(block.get("content")).iter().enumerate() {
                    let inner_path = format!("{path}.content.{i}.content.{j}");
                    match block_type(inner) {
                        "text" => texts.push(str_of(inner, "text").to_string()),
                        "document" => texts.push(document_text(inner, &inner_path)?),
                        // Tool messages carry text only, so images travel in the user message.
                        "image" => parts.push(image_part(inner, &inner_path)?),
                        other => return Err(unsupported_block(&format!("{path}.content.{i}"), j, other)),
                    }
                }
                let mut text = texts.join("\n");
                if block.get("is_error").and_then(Value::as_bool) == Some(true) {
                    text = format!("Error: {text}");
                }
                out.push(json!({
                    "role": "tool",
                    "tool_call_id": str_of(block, "tool_use_id"),
                    "content": text,
                }));
            }
            other => return Err(unsupported_block(path, i, other)),
        }
    }
    if parts.is_empty() {
        return Ok(());
    }
    // Plain text as a string: some local servers accept no content arrays without images.
    let content = if parts.iter().all(|p| p["type"] == "text") {
        let texts: Vec<&str> = parts.iter().map(|p| str_of(p, "text")).collect();
        json!(texts.join("\n"))
    } else {
        json!(parts)
    };
    out.push(json!({"role": "user", "content": content}));
    Ok(())
}

/// A plain-text document as text, its title (if any) on the first line. Other documents (PDF,
/// content blocks, files) need the Anthropic API.
fn document_text(block: &Value, path: &str) -> Translated<String> {
    let source = block.get("source").unwrap_or(&Value::Null);
    if source.get("type").and_then(Value::as_str) != Some("text") {
        return Err(untranslatable(
            format!("{path}.source.type"),
            "only plain-text documents can be sent with --model-api openai",
        ));
    }
    Ok(match block.get("title").and_then(Value::as_str) {
        Some(title) => format!("{title}\n{}", str_of(source, "data")),
        None => str_of(source, "data").to_string(),
    })
}

fn image_part(block: &Value, path: &str) -> Translated<Value> {
    let source = block.get("source").unwrap_or(&Value::Null);
    let url = match source.get("type").and_then(Value::as_str) {
        Some("base64") => format!(
            "data:{};base64,{}",
            str_of(source, "media_type"),
            str_of(source, "data")
        ),
        Some("url") => str_of(source, "url").to_string(),
        _ => {
            return Err(untranslatable(
                format!("{path}.source.type"),
                "only base64 and url images can be sent with --model-api openai",
            ));
        }
    };
    Ok(json!({"type": "image_url", "image_url": {"url": url}}))
}

fn str_of<'a>(value: &'a Value, name: &str) -> &'a str {
    value.get(name).and_then(Value::as_str).unwrap_or("")
}

/// The Anthropic stop reason for a chat finish reason.
fn stop_reason(finish_reason: Option<&str>, has_calls: bool) -> &'static str {
    match finish_reason {
        Some("length") => "max_tokens",
        Some("content_filter") => "refusal",
        // Some local servers say "stop" even when they return tool calls.
        _ if has_calls => "tool_use",
        _ => "end_turn",
    }
}

/// OpenAI counts cached prompt tokens inside prompt_tokens; Anthropic counts them apart.
fn usage_of(usage: Option<&Value>) -> Value {
    let count = |pointer: &str| {
        usage
            .and_then(|u| u.pointer(pointer))
            .and_then(Value::as_u64)
            .unwrap_or(0)
    };
    let cached = count("/prompt_tokens_details/cached_tokens");
    json!({
        "input_tokens": count("/prompt_tokens").saturating_sub(cached),
        "output_tokens": count("/completion_tokens"),
        "cache_creation_input_tokens": 0,
        "cache_read_input_tokens": cached,
    })
}

/// The prompt tokens a completion's usage reports: what the endpoint counted for the request.
pub(super) fn prompt_tokens(completion: &Value) -> Option<u64> {
    completion.pointer("/usage/prompt_tokens").and_then(Value::as_u64)
}

fn new_message(model: &str) -> Value {
    json!({
        "id": crate::api::new_id("msg"),
        "type": "message",
        "role": "assistant",
        "model": model,
        "content": [],
        "stop_reason": null,
        "stop_sequence": null,
        "usage": {"input_tokens": 0, "output_tokens": 0},
    })
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

fn check_error(data: &Value) -> Result<(), ModelError> {
    match data.get("error") {
        Some(e) if !e.is_null() => Err(body_error(data)),
        _ => Ok(()),
    }
}

/// A whole (non-streamed) completion as a message.
pub(super) fn message_of_completion(completion: &Value, model: &str) -> Result<Value, ModelError> {
    // An error object wins over the missing choices it explains.
    check_error(completion)?;
    let choice = completion
        .pointer("/choices/0")
        .ok_or_else(|| ModelError::fatal("the completion has no choices"))?;
    let reply = choice.get("message").unwrap_or(&Value::Null);
    let mut content = Vec::new();
    let text = match reply.get("content") {
        Some(Value::String(text)) => text.clone(),
        // Some servers send content parts.
        Some(Value::Array(parts)) => parts.iter().map(|p| str_of(p, "text")).collect(),
        _ => String::new(),
    };
    if !text.is_empty() {
        content.push(json!({"type": "text", "text": text}));
    }
    let calls = reply.get("tool_calls").and_then(Value::as_array).into_iter().flatten();
    for call in calls {
        let function = call.get("function").unwrap_or(&Value::Null);
        let name = str_of(function, "name");
        let input = match function.get("arguments") {
            Some(Value::String(arguments)) if !arguments.trim().is_empty() => serde_json::from_str(arguments)
                .map_err(|e| ModelError::fatal(format!("tool call {name} has invalid arguments JSON: {e}")))?,
            // Some servers send the arguments as an object rather than a JSON string.
            Some(object @ Value::Object(_)) => object.clone(),
            _ => json!({}),
        };
        content.push(json!({"type": "tool_use", "id": call_id(call.get("id").and_then(Value::as_str)), "name": name, "input": input}));
    }
    let has_calls = content.iter().any(|b| b["type"] == "tool_use");
    let mut message = new_message(completion.get("model").and_then(Value::as_str).unwrap_or(model));
    message["stop_reason"] = json!(stop_reason(
        choice.get("finish_reason").and_then(Value::as_str),
        has_calls
    ));
    message["content"] = json!(content);
    message["usage"] = usage_of(completion.get("usage"));
    Ok(message)
}

/// A tool call's id, or a new one for servers that send none.
fn call_id(id: Option<&str>) -> String {
    match id.filter(|s| !s.is_empty()) {
        Some(id) => id.to_string(),
        None => format!("toolu_{}", uuid::Uuid::new_v4().simple()),
    }
}

/// A tool call being streamed: its block opens once its name is known.
#[derive(Default)]
struct Call {
    block: Option<usize>,
    id: Option<String>,
    name: String,
    /// Arguments that arrived before the block opened.
    pending: String,
}

/// Translates a completion's stream chunks into the Messages API's stream events, as they come.
/// Text streams as one text block; each tool call becomes a tool_use block whose arguments
/// stream as `input_json_delta`s. Tool call blocks stay open until the end, since some servers
/// interleave the arguments of several calls.
pub(super) struct ChunkTranslator {
    model: String,
    started: bool,
    next_block: usize,
    text_block: Option<usize>,
    /// By the server's tool call index.
    calls: BTreeMap<u64, Call>,
    finish_reason: Option<String>,
    usage: Option<Value>,
}

impl ChunkTranslator {
    pub(super) fn new(model: &str) -> Self {
        ChunkTranslator {
            model: model.to_string(),
            started: false,
            next_block: 0,
            text_block: None,
            calls: BTreeMap::new(),
            finish_reason: None,
            usage: None,
        }
    }

    /// The events for one chunk (its `data:` JSON).
    pub(super) fn chunk(&mut self, chunk: &Value) -> Result<Vec<Value>, ModelError> {
        check_error(chunk)?;
        let mut events = self.start(chunk);
        if let Some(usage) = chunk.get("usage").filter(|u| u.is_object()) {
            self.usage = Some(usage.clone());
        }
        let Some(choice) = chunk.pointer("/choices/0") else {
            return Ok(events);
        };
        let delta = choice.get("delta").unwrap_or(&Value::Null);
        if let Some(text) = delta.get("content").and_then(Value::as_str)
            && !text.is_empty()
        {
            let index = match self.text_block {
                Some(index) => index,
                None => {
                    let index = self.open_block(&mut events, json!({"type": "text", "text": ""}));
                    self.text_block = Some(index);
                    index
                }
            };
            events.push(block_delta(index, json!({"type": "text_delta", "text": text})));
        }
        for call in delta.get("tool_calls").and_then(Value::as_array).into_iter().flatten() {
            self.tool_call(call, &mut events);
        }
        if let Some(reason) = choice.get("finish_reason").and_then(Value::as_str) {
            self.finish_reason = Some(reason.to_string());
        }
        Ok(events)
    }

    fn start(&mut self, chunk: &Value) -> Vec<Value> {
        if self.started {
            return Vec::new();
        }
        self.started = true;
        let model = chunk.get("model").and_then(Value::as_str).unwrap_or(&self.model);
        vec![json!({"type": "message_start", "message": new_message(model)})]
    }

    fn open_block(&mut self, events: &mut Vec<Value>, block: Value) -> usize {
        let index = self.next_block;
        self.next_block += 1;
        events.push(json!({"type": "content_block_start", "index": index, "content_block": block}));
        index
    }

    fn tool_call(&mut self, call: &Value, events: &mut Vec<Value>) {
        let id = call.get("id").and_then(Value::as_str).filter(|s| !s.is_empty());
        // Without an index, an unseen id starts a new call and anything else continues one.
        let index = call.get("index").and_then(Value::as_u64).unwrap_or_else(|| {
            let known = id.and_then(|id| self.calls.iter().find(|(_, c)| c.id.as_deref() == Some(id)));
            let last = self.calls.keys().next_back().copied();
            match (known, id, last) {
                (Some((index, _)), _, _) => *index,
                (None, Some(_), Some(last)) => last + 1,
                (None, _, last) => last.unwrap_or(0),
            }
        });
        let entry = self.calls.entry(index).or_default();
        if let Some(id) = id {
            entry.id.get_or_insert_with(|| id.to_string());
        }
        let function = call.get("function").unwrap_or(&Value::Null);
        // Names come whole (repeated by some servers).
        if let Some(name) = function.get("name").and_then(Value::as_str).filter(|s| !s.is_empty()) {
            entry.name = name.to_string();
        }
        match function.get("arguments") {
            Some(Value::String(part)) => entry.pending.push_str(part),
            // Some servers send the arguments as an object rather than a JSON string.
            Some(object @ Value::Object(_)) => entry.pending.push_str(&object.to_string()),
            _ => {}
        }
        if !entry.name.is_empty() {
            self.flush_call(index, events);
        }
    }

    /// Opens a call's block if need be (closing the text before it) and streams its arguments.
    fn flush_call(&mut self, index: u64, events: &mut Vec<Value>) {
        if self.calls[&index].block.is_none() {
            if let Some(text) = self.text_block.take() {
                events.push(json!({"type": "content_block_stop", "index": text}));
            }
            let call = &self.calls[&index];
            let block = json!({"type": "tool_use", "id": call_id(call.id.as_deref()),
                               "name": call.name, "input": {}});
            let opened = self.open_block(events, block);
            if let Some(call) = self.calls.get_mut(&index) {
                call.block = Some(opened);
            }
        }
        let call = self.calls.get_mut(&index).expect("the call was just entered");
        if !call.pending.is_empty() {
            let part = std::mem::take(&mut call.pending);
            events.push(block_delta(
                call.block.unwrap_or(0),
                json!({"type": "input_json_delta", "partial_json": part}),
            ));
        }
    }

    /// The closing events: every open block, the stop reason and the usage. At the end of a
    /// stream that never said `[DONE]`, a finish reason shows the answer is whole anyway.
    pub(super) fn finish(mut self, done: bool) -> Result<Vec<Value>, ModelError> {
        if !done && self.finish_reason.is_none() {
            return Err(ModelError::retryable("the response stream ended before [DONE]"));
        }
        let mut events = self.start(&Value::Null);
        let unopened: Vec<u64> = self
            .calls
            .iter()
            .filter(|(_, c)| c.block.is_none())
            .map(|(i, _)| *i)
            .collect();
        for index in unopened {
            self.flush_call(index, &mut events);
        }
        let mut open: Vec<usize> = self.calls.values().filter_map(|c| c.block).collect();
        open.extend(self.text_block);
        open.sort_unstable();
        for index in open {
            events.push(json!({"type": "content_block_stop", "index": index}));
        }
        let reason = stop_reason(self.finish_reason.as_deref(), !self.calls.is_empty());
        events.push(json!({"type": "message_delta",
                           "delta": {"stop_reason": reason, "stop_sequence": null},
                           "usage": usage_of(self.usage.as_ref())}));
        events.push(json!({"type": "message_stop"}));
        Ok(events)
    }
}

fn block_delta(index: usize, delta: Value) -> Value {
    json!({"type": "content_block_delta", "index": index, "delta": delta})
}

/// An OpenAI-style `/models` list as the Anthropic API's models: `created` (Unix seconds)
/// becomes `created_at`, the epoch when missing, as the API does for unknown release dates.
pub(super) fn models_of_list(list: &Value) -> Vec<Value> {
    let entries = list.get("data").and_then(Value::as_array).into_iter().flatten();
    entries
        .filter_map(|entry| {
            let id = entry.get("id").and_then(Value::as_str)?;
            let created = entry
                .get("created")
                .and_then(Value::as_i64)
                .and_then(|t| time::OffsetDateTime::from_unix_timestamp(t).ok())
                .map_or_else(|| EPOCH.to_string(), crate::api::format_time);
            Some(model_info(id, id, &created))
        })
        .collect()
}
