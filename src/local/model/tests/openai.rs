use serde_json::{Value, json};

use super::server::{FakeServer, Reply};
use super::{KEY, complete, provider, request, text_block};
use crate::local::model::{ModelApi, ModelError, ModelRequest, Usage};

fn chunk(delta: Value, finish_reason: Value) -> Value {
    json!({"id": "chatcmpl-1", "object": "chat.completion.chunk", "model": "m",
           "choices": [{"index": 0, "delta": delta, "finish_reason": finish_reason}]})
}

fn usage_chunk() -> Value {
    json!({"id": "chatcmpl-1", "object": "chat.completion.chunk", "choices": [],
           "usage": {"prompt_tokens": 50, "completion_tokens": 8, "total_tokens": 58,
                     "prompt_tokens_details": {"cached_tokens": 20}}})
}

#[tokio::test]
async fn streams_text_and_tool_calls_accumulated_by_index() {
    let call = |index: u64, id: Option<&str>, name: Option<&str>, args: &str| {
        let mut call = json!({"index": index, "function": {"arguments": args}});
        if let Some(id) = id {
            call["id"] = json!(id);
            call["type"] = json!("function");
        }
        if let Some(name) = name {
            call["function"]["name"] = json!(name);
        }
        chunk(json!({"tool_calls": [call]}), Value::Null)
    };
    let chunks = vec![
        chunk(json!({"role": "assistant", "content": ""}), Value::Null),
        chunk(json!({"content": "Let me "}), Value::Null),
        chunk(json!({"content": "look."}), Value::Null),
        call(0, Some("call_a"), Some("read"), ""),
        call(0, None, None, "{\"file_path\":"),
        call(1, None, Some("glob"), "{\"pattern\": \"*.rs\"}"),
        call(0, None, None, " \"a.txt\"}"),
        chunk(json!({}), json!("tool_calls")),
        usage_chunk(),
    ];
    let server = FakeServer::start(vec![Reply::openai_sse(&chunks)]).await;
    let provider = provider(ModelApi::OpenAi, &format!("{}/v1", server.url));
    let (result, pieces) = complete(&provider, &request("s")).await;
    let response = result.unwrap();

    assert_eq!(pieces, vec![(0, "Let me ".to_string()), (0, "look.".to_string())]);
    assert_eq!(response.content.len(), 3);
    assert_eq!(response.content[0], text_block("Let me look."));
    assert_eq!(
        response.content[1],
        json!({"type": "tool_use", "id": "call_a", "name": "read", "input": {"file_path": "a.txt"}})
    );
    // The server gave the second call no id, so one is made up.
    let second = &response.content[2];
    assert_eq!(second["name"], "glob");
    assert_eq!(second["input"], json!({"pattern": "*.rs"}));
    assert!(second["id"].as_str().unwrap().starts_with("toolu_"));
    assert_eq!(response.stop_reason, "tool_use");
    assert_eq!(
        response.usage,
        Usage {
            input_tokens: 30,
            output_tokens: 8,
            cache_creation_input_tokens: 0,
            cache_read_input_tokens: 20,
        }
    );
}

#[tokio::test]
async fn converts_a_transcript_with_tool_use_and_tool_results() {
    let server = FakeServer::start(vec![Reply::openai_sse(&[
        chunk(json!({"content": "Done."}), json!("stop")),
        usage_chunk(),
    ])])
    .await;
    let provider = provider(ModelApi::OpenAi, &format!("{}/v1/", server.url));
    let image = json!({"type": "image", "source":
        {"type": "base64", "media_type": "image/png", "data": "iVBOR"}});
    let req = ModelRequest {
        messages: vec![
            json!({"role": "user", "content": [
                {"type": "text", "text": "Look at this."}, image.clone()]}),
            json!({"role": "assistant", "content": [
                {"type": "thinking", "thinking": "...", "signature": "x"},
                {"type": "text", "text": "Reading both."},
                {"type": "tool_use", "id": "toolu_1", "name": "read", "input": {"file_path": "a"}},
                {"type": "tool_use", "id": "toolu_2", "name": "read", "input": {"file_path": "b"}}]}),
            json!({"role": "user", "content": [
                {"type": "tool_result", "tool_use_id": "toolu_1",
                 "content": [{"type": "text", "text": "line 1"}, {"type": "text", "text": "line 2"}]},
                {"type": "tool_result", "tool_use_id": "toolu_2", "is_error": true,
                 "content": [{"type": "text", "text": "no such file"}]},
                {"type": "text", "text": "Go on."}]}),
            json!({"role": "assistant", "content": [
                {"type": "tool_use", "id": "toolu_3", "name": "screenshot", "input": {}}]}),
            json!({"role": "user", "content": [
                {"type": "tool_result", "tool_use_id": "toolu_3", "is_error": false,
                 "content": [{"type": "text", "text": "taken"}, image]}]}),
        ],
        ..request("s")
    };
    let (result, _) = complete(&provider, &req).await;
    let response = result.unwrap();
    assert_eq!(response.content, vec![text_block("Done.")]);
    assert_eq!(response.stop_reason, "end_turn");

    let sent = &server.received()[0];
    assert_eq!(sent.path, "/v1/chat/completions");
    assert_eq!(sent.headers["authorization"], format!("Bearer {KEY}"));
    assert!(!sent.headers.contains_key("x-api-key"));
    assert!(sent.headers.contains_key("content-length"));
    let image_part = json!({"type": "image_url", "image_url": {"url": "data:image/png;base64,iVBOR"}});
    assert_eq!(
        sent.body,
        json!({
            "model": "claude-test",
            "max_tokens": 1000,
            "stream": true,
            "stream_options": {"include_usage": true},
            "tools": [{"type": "function", "function": {
                "name": "read",
                "description": "Read a file",
                "parameters": {"type": "object", "properties": {"file_path": {"type": "string"}}},
            }}],
            "messages": [
                {"role": "system", "content": "Be brief."},
                {"role": "user", "content": [{"type": "text", "text": "Look at this."}, image_part]},
                {"role": "assistant", "content": "Reading both.", "tool_calls": [
                    {"id": "toolu_1", "type": "function",
                     "function": {"name": "read", "arguments": "{\"file_path\":\"a\"}"}},
                    {"id": "toolu_2", "type": "function",
                     "function": {"name": "read", "arguments": "{\"file_path\":\"b\"}"}},
                ]},
                {"role": "tool", "tool_call_id": "toolu_1", "content": "line 1\nline 2"},
                {"role": "tool", "tool_call_id": "toolu_2", "content": "Error: no such file"},
                {"role": "user", "content": "Go on."},
                {"role": "assistant", "content": null, "tool_calls": [
                    {"id": "toolu_3", "type": "function",
                     "function": {"name": "screenshot", "arguments": "{}"}},
                ]},
                {"role": "tool", "tool_call_id": "toolu_3", "content": "taken"},
                // Tool messages carry no images, so the screenshot follows as a user message.
                {"role": "user", "content": [image_part]},
            ],
        })
    );
}

#[tokio::test]
async fn parses_a_whole_json_completion_without_a_key() {
    let completion = json!({
        "id": "chatcmpl-1", "object": "chat.completion",
        "choices": [{"index": 0, "finish_reason": "tool_calls", "message": {
            "role": "assistant", "content": null,
            "tool_calls": [{"id": "call_x", "type": "function",
                            "function": {"name": "bash", "arguments": "{\"command\":\"ls\"}"}}]}}],
        "usage": {"prompt_tokens": 11, "completion_tokens": 2},
    });
    let length = json!({"choices": [{"index": 0, "finish_reason": "length",
                                     "message": {"role": "assistant", "content": "Trunc"}}]});
    let server = FakeServer::start(vec![Reply::json(200, &completion), Reply::json(200, &length)]).await;
    let mut cfg = super::config(ModelApi::OpenAi, &format!("{}/v1", server.url));
    cfg.api_key = None;
    let provider = crate::local::model::Provider::new(cfg).unwrap();
    let req = ModelRequest {
        system: None,
        tools: Vec::new(),
        ..request("s")
    };
    let (result, pieces) = complete(&provider, &req).await;
    let response = result.unwrap();
    assert!(pieces.is_empty());
    assert_eq!(
        response.content,
        vec![json!({"type": "tool_use", "id": "call_x", "name": "bash", "input": {"command": "ls"}})]
    );
    assert_eq!(response.stop_reason, "tool_use");
    assert_eq!(response.usage.input_tokens, 11);
    assert_eq!(response.usage.output_tokens, 2);

    let (result, pieces) = complete(&provider, &req).await;
    let response = result.unwrap();
    assert_eq!(pieces, vec![(0, "Trunc".to_string())]);
    assert_eq!(response.stop_reason, "max_tokens");

    let sent = &server.received()[0];
    assert!(!sent.headers.contains_key("authorization"));
    assert!(sent.body.get("tools").is_none());
    assert_eq!(sent.body["messages"], json!([{"role": "user", "content": "hi"}]));
}

#[tokio::test]
async fn classifies_http_and_stream_errors() {
    let server = FakeServer::start(vec![
        Reply::json(
            503,
            &json!({"error": {"message": "Overloaded", "type": "server_error"}}),
        ),
        Reply::json(429, &json!({"error": {"message": "rate limited"}})).header("retry-after", "2"),
        // Ollama's shape.
        Reply::json(404, &json!({"error": "model \"nope\" not found, try pulling it first"})),
        Reply::sse(vec![format!(
            "data: {}\n\n",
            chunk(json!({"content": "par"}), Value::Null)
        )]),
    ])
    .await;
    let provider = provider(ModelApi::OpenAi, &format!("{}/v1", server.url));
    let req = request("s");

    let err = complete(&provider, &req).await.0.unwrap_err();
    assert!(
        matches!(&err, ModelError::Retryable { status: Some(503), retry_after: None, message }
            if message == "server_error: Overloaded"),
        "{err:?}"
    );
    let err = complete(&provider, &req).await.0.unwrap_err();
    assert!(
        matches!(&err, ModelError::Retryable { status: Some(429), retry_after: Some(d), .. }
            if d.as_secs() == 2),
        "{err:?}"
    );
    let err = complete(&provider, &req).await.0.unwrap_err();
    assert!(
        matches!(&err, ModelError::Fatal { status: Some(404), message }
            if message.contains("not found, try pulling")),
        "{err:?}"
    );
    let err = complete(&provider, &req).await.0.unwrap_err();
    assert!(
        matches!(&err, ModelError::Retryable { status: None, message, .. }
            if message.contains("[DONE]")),
        "{err:?}"
    );
}

#[tokio::test]
async fn accepts_tool_calls_without_index_and_errors_inside_a_200() {
    let call = |call: Value| chunk(json!({"tool_calls": [call]}), Value::Null);
    let chunks = vec![
        call(json!({"id": "c1", "function": {"name": "a", "arguments": "{\"x\":"}})),
        call(json!({"id": "c1", "function": {"arguments": "1}"}})),
        // Arguments as an object, and "stop" despite the calls (as some local servers do).
        call(json!({"id": "c2", "function": {"name": "b", "arguments": {"y": 2}}})),
        chunk(json!({}), json!("stop")),
    ];
    let server = FakeServer::start(vec![
        Reply::openai_sse(&chunks),
        Reply::openai_sse(&[json!({"error": {"message": "busy", "code": 503}})]),
        Reply::json(200, &json!({"error": {"message": "context too long", "code": 400}})),
    ])
    .await;
    let provider = provider(ModelApi::OpenAi, &format!("{}/v1", server.url));
    let req = request("s");

    let response = complete(&provider, &req).await.0.unwrap();
    assert_eq!(
        response.content,
        vec![
            json!({"type": "tool_use", "id": "c1", "name": "a", "input": {"x": 1}}),
            json!({"type": "tool_use", "id": "c2", "name": "b", "input": {"y": 2}}),
        ]
    );
    assert_eq!(response.stop_reason, "tool_use");

    let err = complete(&provider, &req).await.0.unwrap_err();
    assert!(
        matches!(&err, ModelError::Retryable { status: Some(503), message, .. } if message == "busy"),
        "{err:?}"
    );
    let err = complete(&provider, &req).await.0.unwrap_err();
    assert!(
        matches!(&err, ModelError::Fatal { message, .. } if message == "context too long"),
        "{err:?}"
    );
}

#[test]
fn a_messages_request_translates_field_by_field() {
    let request = json!({
        "model": "claude-x",
        "max_tokens": 300,
        "system": [{"type": "text", "text": "Be brief.", "cache_control": {"type": "ephemeral"}},
                   {"type": "text", "text": "Be kind."}],
        "messages": [{"role": "user", "content": [
            {"type": "text", "text": "hi"},
            {"type": "document", "title": "notes.txt", "source": {"type": "text", "media_type": "text/plain", "data": "a\nb"}}]}],
        "stop_sequences": ["END"],
        "temperature": 0.2,
        "top_p": 0.9,
        "top_k": 40,
        "tools": [{"name": "look", "input_schema": {"type": "object"}, "strict": true,
                   "cache_control": {"type": "ephemeral"}}],
        "tool_choice": {"type": "any", "disable_parallel_tool_use": true},
        "metadata": {"user_id": "u-1"},
        "output_config": {"effort": "low", "format": {"type": "json_schema", "schema": {"type": "object"}}},
        "thinking": {"type": "disabled"},
        "service_tier": "standard_only",
        "cache_control": {"type": "ephemeral"},
        "stream": true,
    });
    let chat = crate::local::model::openai::chat_request(request.as_object().unwrap(), "qwen3").unwrap();
    assert_eq!(
        chat,
        json!({
            "model": "qwen3",
            "max_tokens": 300,
            "messages": [{"role": "system", "content": "Be brief.\nBe kind."},
                         {"role": "user", "content": "hi\nnotes.txt\na\nb"}],
            "stop": ["END"],
            "temperature": 0.2,
            "top_p": 0.9,
            "top_k": 40,
            "tools": [{"type": "function", "function": {"name": "look", "description": "",
                       "parameters": {"type": "object"}, "strict": true}}],
            "tool_choice": "required",
            "parallel_tool_calls": false,
            "user": "u-1",
            "reasoning_effort": "low",
            "response_format": {"type": "json_schema",
                                "json_schema": {"name": "output", "schema": {"type": "object"}, "strict": true}},
            "stream": true,
            "stream_options": {"include_usage": true},
        })
    );
    let named = json!({"model": "m", "max_tokens": 5, "messages": [],
                       "tool_choice": {"type": "tool", "name": "look"}});
    let chat = crate::local::model::openai::chat_request(named.as_object().unwrap(), "m").unwrap();
    assert_eq!(
        chat["tool_choice"],
        json!({"type": "function", "function": {"name": "look"}})
    );
    let missing = json!({"model": "m", "messages": []});
    let err = crate::local::model::openai::chat_request(missing.as_object().unwrap(), "m").unwrap_err();
    assert_eq!(err.to_string(), "max_tokens: required");
}
