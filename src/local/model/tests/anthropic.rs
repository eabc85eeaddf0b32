use std::time::Duration;

use serde_json::{Value, json};

use super::server::{FakeServer, Reply};
use super::{KEY, complete, provider, request, text_block};
use crate::local::model::{ModelApi, ModelError, ModelRequest, Usage};

fn message_start(input_tokens: u64) -> Value {
    json!({"type": "message_start", "message": {
        "id": "msg_1", "type": "message", "role": "assistant", "model": "claude-test",
        "content": [], "stop_reason": null,
        "usage": {"input_tokens": input_tokens, "output_tokens": 1,
                  "cache_creation_input_tokens": 5, "cache_read_input_tokens": 30},
    }})
}

fn block_start(index: u64, block: Value) -> Value {
    json!({"type": "content_block_start", "index": index, "content_block": block})
}

fn delta(index: u64, delta: Value) -> Value {
    json!({"type": "content_block_delta", "index": index, "delta": delta})
}

fn text_delta(index: u64, text: &str) -> Value {
    delta(index, json!({"type": "text_delta", "text": text}))
}

fn block_stop(index: u64) -> Value {
    json!({"type": "content_block_stop", "index": index})
}

fn message_end(stop_reason: &str, output_tokens: u64) -> [Value; 2] {
    [
        json!({"type": "message_delta", "delta": {"stop_reason": stop_reason, "stop_sequence": null},
               "usage": {"output_tokens": output_tokens}}),
        json!({"type": "message_stop"}),
    ]
}

#[tokio::test]
async fn streams_text_in_order_and_sends_the_expected_request() {
    let mut events = vec![
        message_start(12),
        json!({"type": "ping"}),
        block_start(0, json!({"type": "text", "text": ""})),
        text_delta(0, "Hel"),
        text_delta(0, "lo, "),
        text_delta(0, "world."),
        block_stop(0),
    ];
    events.extend(message_end("end_turn", 9));
    let server = FakeServer::start(vec![Reply::anthropic_sse(&events)]).await;
    // A trailing slash on the base URL must not double up.
    let provider = provider(ModelApi::Anthropic, &format!("{}/", server.url));
    let req = request("s1");
    let (result, pieces) = complete(&provider, &req).await;
    let response = result.unwrap();

    assert_eq!(
        pieces,
        vec![
            (0, "Hel".to_string()),
            (0, "lo, ".to_string()),
            (0, "world.".to_string())
        ]
    );
    assert_eq!(response.content, vec![text_block("Hello, world.")]);
    assert_eq!(response.stop_reason, "end_turn");
    assert_eq!(
        response.usage,
        Usage {
            input_tokens: 12,
            output_tokens: 9,
            cache_creation_input_tokens: 5,
            cache_read_input_tokens: 30,
        }
    );

    let received = server.received();
    assert_eq!(received.len(), 1);
    let sent = &received[0];
    assert_eq!(sent.path, "/v1/messages");
    assert_eq!(sent.headers["x-api-key"], KEY);
    assert_eq!(sent.headers["anthropic-version"], "2023-06-01");
    assert_eq!(sent.headers["content-type"], "application/json");
    assert!(!sent.headers.contains_key("authorization"));
    assert!(!sent.headers.contains_key("transfer-encoding"));
    let length: usize = sent.headers["content-length"].parse().unwrap();
    assert_eq!(length, sent.body.to_string().len());
    assert_eq!(
        sent.body,
        json!({
            "model": "claude-test",
            "system": "Be brief.",
            "messages": req.messages,
            "tools": req.tools,
            "max_tokens": 1000,
            "stream": true,
        })
    );
}

#[tokio::test]
async fn tool_use_input_arrives_in_two_halves() {
    let raw = r#"{"file_path": "notes/a.txt", "limit": 3}"#;
    let (first, second) = raw.split_at(raw.len() / 2);
    let mut events = vec![
        message_start(40),
        // A thinking block is dropped, so the text preview index counts kept blocks only.
        block_start(0, json!({"type": "thinking", "thinking": ""})),
        delta(0, json!({"type": "thinking_delta", "thinking": "hmm"})),
        block_stop(0),
        block_start(1, json!({"type": "text", "text": ""})),
        text_delta(1, "Reading."),
        block_stop(1),
        block_start(
            2,
            json!({"type": "tool_use", "id": "toolu_1", "name": "read", "input": {}}),
        ),
        delta(2, json!({"type": "input_json_delta", "partial_json": first})),
        delta(2, json!({"type": "input_json_delta", "partial_json": second})),
        block_stop(2),
        block_start(
            3,
            json!({"type": "tool_use", "id": "toolu_2", "name": "glob", "input": {}}),
        ),
        block_stop(3),
    ];
    events.extend(message_end("tool_use", 20));
    let server = FakeServer::start(vec![Reply::anthropic_sse(&events)]).await;
    let provider = provider(ModelApi::Anthropic, &server.url);
    let (result, pieces) = complete(&provider, &request("s")).await;
    let response = result.unwrap();

    assert_eq!(pieces, vec![(0, "Reading.".to_string())]);
    assert_eq!(
        response.content,
        vec![
            text_block("Reading."),
            json!({"type": "tool_use", "id": "toolu_1", "name": "read",
                   "input": {"file_path": "notes/a.txt", "limit": 3}}),
            json!({"type": "tool_use", "id": "toolu_2", "name": "glob", "input": {}}),
        ]
    );
    assert_eq!(response.stop_reason, "tool_use");
    assert_eq!(response.usage.output_tokens, 20);
}

#[tokio::test]
async fn parses_a_whole_json_message_and_omits_unset_fields() {
    let message = json!({
        "id": "msg_1", "type": "message", "role": "assistant",
        "content": [{"type": "text", "text": "Hi."},
                    {"type": "tool_use", "id": "toolu_9", "name": "bash", "input": {"command": "ls"}}],
        "stop_reason": "tool_use",
        "usage": {"input_tokens": 3, "output_tokens": 4},
    });
    let server = FakeServer::start(vec![Reply::json(200, &message)]).await;
    let mut cfg = super::config(ModelApi::Anthropic, &server.url);
    cfg.api_key = None;
    let provider = crate::local::model::Provider::new(cfg).unwrap();
    let req = ModelRequest {
        system: None,
        tools: Vec::new(),
        ..request("s")
    };
    let (result, pieces) = complete(&provider, &req).await;
    let response = result.unwrap();
    assert_eq!(pieces, vec![(0, "Hi.".to_string())]);
    assert_eq!(response.content, message["content"].as_array().unwrap().clone());
    assert_eq!(response.stop_reason, "tool_use");
    assert_eq!(response.usage.input_tokens, 3);
    assert_eq!(response.usage.output_tokens, 4);

    let sent = &server.received()[0];
    assert!(!sent.headers.contains_key("x-api-key"));
    assert!(sent.body.get("system").is_none());
    assert!(sent.body.get("tools").is_none());
}

fn error_body(kind: &str, message: &str) -> Value {
    json!({"type": "error", "error": {"type": kind, "message": message}})
}

#[tokio::test]
async fn classifies_http_errors() {
    let server = FakeServer::start(vec![
        Reply::json(529, &error_body("overloaded_error", "Overloaded")),
        Reply::json(429, &error_body("rate_limit_error", "Slow down")).header("retry-after", "7"),
        Reply::json(503, &error_body("api_error", "Busy")).header("retry-after-ms", "1500"),
        Reply::json(400, &error_body("invalid_request_error", "max_tokens: too large")),
    ])
    .await;
    let provider = provider(ModelApi::Anthropic, &server.url);
    let req = request("s");
    let mut errors = Vec::new();
    for _ in 0..4 {
        errors.push(complete(&provider, &req).await.0.unwrap_err());
    }
    match &errors[0] {
        ModelError::Retryable {
            status,
            retry_after,
            message,
        } => {
            assert_eq!(*status, Some(529));
            assert_eq!(*retry_after, None);
            assert_eq!(message, "overloaded_error: Overloaded");
        }
        other => panic!("{other:?}"),
    }
    assert!(matches!(
        &errors[1],
        ModelError::Retryable { status: Some(429), retry_after: Some(d), message }
            if *d == Duration::from_secs(7) && message.contains("Slow down")
    ));
    assert!(matches!(
        &errors[2],
        ModelError::Retryable { status: Some(503), retry_after: Some(d), .. }
            if *d == Duration::from_millis(1500)
    ));
    match &errors[3] {
        ModelError::Fatal { status, message } => {
            assert_eq!(*status, Some(400));
            assert_eq!(message, "invalid_request_error: max_tokens: too large");
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(
        errors[3].to_string(),
        "HTTP 400: invalid_request_error: max_tokens: too large"
    );
}

#[tokio::test]
async fn a_cut_stream_or_an_overload_event_is_retryable_and_a_bad_event_fatal() {
    let cut = vec![
        message_start(1),
        block_start(0, json!({"type": "text", "text": ""})),
        text_delta(0, "Half"),
    ];
    let overloaded = vec![message_start(1), error_body("overloaded_error", "Overloaded")];
    let invalid = vec![message_start(1), error_body("invalid_request_error", "nope")];
    let server = FakeServer::start(vec![
        Reply::anthropic_sse(&cut),
        Reply::anthropic_sse(&overloaded),
        Reply::anthropic_sse(&invalid),
        Reply::sse(vec!["event: message_start\ndata: {not json\n\n".to_string()]),
    ])
    .await;
    let provider = provider(ModelApi::Anthropic, &server.url);
    let req = request("s");

    let (result, pieces) = complete(&provider, &req).await;
    assert_eq!(pieces, vec![(0, "Half".to_string())]);
    let err = result.unwrap_err();
    assert!(
        matches!(&err, ModelError::Retryable { message, .. } if message.contains("message_stop")),
        "{err:?}"
    );
    let err = complete(&provider, &req).await.0.unwrap_err();
    assert!(
        matches!(&err, ModelError::Retryable { message, .. } if message.contains("Overloaded")),
        "{err:?}"
    );
    let err = complete(&provider, &req).await.0.unwrap_err();
    assert!(matches!(err, ModelError::Fatal { .. }), "{err:?}");
    let err = complete(&provider, &req).await.0.unwrap_err();
    assert!(
        matches!(&err, ModelError::Fatal { message, .. } if message.contains("invalid JSON")),
        "{err:?}"
    );
}
