//! The general API's calls (`Provider::messages` and friends) against a scripted endpoint.

use futures::StreamExt;
use reqwest::header::{HeaderMap, HeaderValue};
use serde_json::{Map, Value, json};

use super::server::{FakeServer, Reply};
use super::{KEY, config, temp_path, text_block};
use crate::local::model::{ApiCall, ModelApi, Provider, Rejection, ReplyBody, TOKEN_COUNT_HEADER};

fn body(value: Value) -> Map<String, Value> {
    value.as_object().unwrap().clone()
}

fn hello(stream: bool) -> Map<String, Value> {
    body(json!({"model": "claude-x", "max_tokens": 50, "stream": stream,
                "messages": [{"role": "user", "content": "hi"}]}))
}

/// A client's call: the local server's key and a user agent (neither may travel on), a beta.
fn call(body: Map<String, Value>) -> ApiCall {
    let mut headers = HeaderMap::new();
    headers.insert("x-api-key", HeaderValue::from_static("the-local-servers-key"));
    headers.insert(
        "authorization",
        HeaderValue::from_static("Bearer the-local-servers-key"),
    );
    headers.insert("user-agent", HeaderValue::from_static("Anthropic/Python"));
    headers.insert("anthropic-beta", HeaderValue::from_static("some-beta-2099-01-01"));
    ApiCall::new(body, &headers, Some("beta=true"))
}

/// The reply's status, headers and body as text (a stream read to its end).
async fn read(reply: Result<crate::local::model::Reply, Rejection>) -> (u16, HeaderMap, String) {
    let reply = reply.unwrap_or_else(|r| panic!("rejected: {} {}", r.status, r.error));
    let text = match reply.body {
        ReplyBody::Whole(bytes) => String::from_utf8(bytes.to_vec()).unwrap(),
        ReplyBody::Stream(stream) => {
            let chunks: Vec<_> = stream.collect().await;
            chunks
                .into_iter()
                .map(|c| String::from_utf8(c.unwrap().to_vec()).unwrap())
                .collect()
        }
    };
    (reply.status, reply.headers, text)
}

/// The `data:` JSON of each event of an SSE body.
fn events(text: &str) -> Vec<Value> {
    text.lines()
        .filter_map(|l| l.strip_prefix("data: "))
        .map(|d| serde_json::from_str(d).unwrap())
        .collect()
}

fn message(text: &str) -> Value {
    json!({"id": "msg_up", "type": "message", "role": "assistant", "model": "upstream-model",
           "content": [text_block(text)], "stop_reason": "end_turn", "stop_sequence": null,
           "usage": {"input_tokens": 3, "output_tokens": 2}})
}

#[tokio::test]
async fn anthropic_calls_carry_the_model_key_and_the_clients_api_headers_only() {
    let server = FakeServer::start(vec![
        Reply::json(200, &message("one")),
        Reply::json(200, &json!({"input_tokens": 42})).header("request-id", "req_upstream"),
    ])
    .await;
    let mut cfg = config(ModelApi::Anthropic, &server.url);
    cfg.model_map = vec![("claude-x".into(), "upstream-model".into())];
    let provider = Provider::new(cfg).unwrap();

    let (status, _, text) = read(provider.messages(call(hello(false))).await).await;
    assert_eq!(status, 200);
    assert_eq!(serde_json::from_str::<Value>(&text).unwrap(), message("one"));
    let mut count = hello(false);
    count.remove("max_tokens");
    let (_, headers, text) = read(provider.count_tokens(call(count)).await).await;
    assert_eq!(text, r#"{"input_tokens":42}"#);
    assert_eq!(headers["request-id"], "req_upstream");
    assert!(!headers.contains_key(TOKEN_COUNT_HEADER));

    let received = server.received();
    assert_eq!(received[0].path, "/v1/messages?beta=true");
    assert_eq!(received[1].path, "/v1/messages/count_tokens?beta=true");
    for sent in &received {
        assert_eq!(sent.headers["x-api-key"], KEY);
        assert_eq!(sent.headers["anthropic-beta"], "some-beta-2099-01-01");
        assert_eq!(sent.headers["anthropic-version"], "2023-06-01");
        assert!(!sent.headers.contains_key("authorization"));
        assert!(!sent.headers.get("user-agent").is_some_and(|ua| ua.contains("Python")));
        assert_eq!(sent.body["model"], "upstream-model");
    }
    assert_eq!(received[0].body["stream"], false);
    assert_eq!(received[0].body["messages"], json!([{"role": "user", "content": "hi"}]));
}

#[tokio::test]
async fn endpoint_errors_keep_their_status_body_and_retry_hints() {
    let anthropic_error = json!({"type": "error", "error": {"type": "rate_limit_error", "message": "slow down"}});
    let anthropic = FakeServer::start(vec![Reply::json(429, &anthropic_error).header("retry-after", "3")]).await;
    let provider = Provider::new(config(ModelApi::Anthropic, &anthropic.url)).unwrap();
    let rejection = provider.messages(call(hello(true))).await.err().unwrap();
    assert_eq!(rejection.status, 429);
    assert_eq!(rejection.error, anthropic_error);
    assert_eq!(rejection.headers["retry-after"], "3");

    // An OpenAI endpoint's error (Ollama's shape) in the API's shape, status kept.
    let openai = FakeServer::start(vec![Reply::json(
        404,
        &json!({"error": "model \"x\" not found, try pulling it first"}),
    )])
    .await;
    let provider = Provider::new(config(ModelApi::OpenAi, &format!("{}/v1", openai.url))).unwrap();
    let rejection = provider.messages(call(hello(false))).await.err().unwrap();
    assert_eq!(rejection.status, 404);
    assert_eq!(rejection.error["type"], "error");
    assert_eq!(rejection.error["error"]["type"], "not_found_error");
    assert!(
        rejection.error["error"]["message"]
            .as_str()
            .unwrap()
            .contains("try pulling")
    );

    // Nothing listens: a 502 that names the endpoint.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let provider = Provider::new(config(ModelApi::Anthropic, &format!("http://127.0.0.1:{port}"))).unwrap();
    let rejection = provider.messages(call(hello(false))).await.err().unwrap();
    assert_eq!(rejection.status, 502);
    let message = rejection.error["error"]["message"].as_str().unwrap();
    assert!(
        message.contains(&format!("127.0.0.1:{port}")) && !message.contains(KEY),
        "{message}"
    );
}

#[tokio::test]
async fn an_openai_stream_becomes_the_messages_event_sequence() {
    let chunk = |delta: Value, finish: Value| json!({"id": "c", "model": "llama", "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]});
    let chunks = [
        chunk(json!({"role": "assistant", "content": "Let me "}), Value::Null),
        chunk(json!({"content": "check."}), Value::Null),
        chunk(
            json!({"tool_calls": [{"index": 0, "id": "call_1", "function": {"name": "get_weather", "arguments": "{\"city\":"}}]}),
            Value::Null,
        ),
        chunk(
            json!({"tool_calls": [{"index": 0, "function": {"arguments": "\"Paris\"}"}}]}),
            Value::Null,
        ),
        chunk(json!({}), json!("tool_calls")),
        json!({"id": "c", "choices": [], "usage": {"prompt_tokens": 30, "completion_tokens": 9}}),
    ];
    let server = FakeServer::start(vec![Reply::openai_sse(&chunks)]).await;
    let provider = Provider::new(config(ModelApi::OpenAi, &format!("{}/v1", server.url))).unwrap();
    let (status, headers, text) = read(provider.messages(call(hello(true))).await).await;
    assert_eq!(status, 200);
    assert_eq!(headers["content-type"], "text/event-stream");
    let events = events(&text);
    let kinds: Vec<&str> = events.iter().map(|e| e["type"].as_str().unwrap()).collect();
    assert_eq!(
        kinds,
        [
            "message_start",
            "content_block_start",
            "content_block_delta",
            "content_block_delta",
            "content_block_stop",
            "content_block_start",
            "content_block_delta",
            "content_block_delta",
            "content_block_stop",
            "message_delta",
            "message_stop"
        ]
    );
    assert_eq!(events[0]["message"]["model"], "llama");
    assert!(events[0]["message"]["id"].as_str().unwrap().starts_with("msg_"));
    assert_eq!(
        events[5]["content_block"],
        json!({"type": "tool_use", "id": "call_1", "name": "get_weather", "input": {}})
    );
    assert_eq!(events[5]["index"], 1);
    let json: String = events[6..8]
        .iter()
        .map(|e| e["delta"]["partial_json"].as_str().unwrap())
        .collect();
    assert_eq!(json, r#"{"city":"Paris"}"#);
    assert_eq!(events[9]["delta"]["stop_reason"], "tool_use");
    assert_eq!(events[9]["usage"]["input_tokens"], 30);
    assert_eq!(events[9]["usage"]["output_tokens"], 9);
    // The text says that every line was framed with its event's name.
    assert!(text.starts_with("event: message_start\ndata: "), "{text}");
}

#[tokio::test]
async fn a_stream_cut_short_ends_with_an_error_event() {
    let server = FakeServer::start(vec![Reply::sse(vec![format!(
        "data: {}\n\n",
        json!({"choices": [{"index": 0, "delta": {"content": "par"}, "finish_reason": null}]})
    )])])
    .await;
    let provider = Provider::new(config(ModelApi::OpenAi, &format!("{}/v1", server.url))).unwrap();
    let (_, _, text) = read(provider.messages(call(hello(true))).await).await;
    let events = events(&text);
    let last = events.last().unwrap();
    assert_eq!(last["type"], "error");
    assert!(last["error"]["message"].as_str().unwrap().contains("[DONE]"), "{last}");
    assert!(text.contains("event: error\n"));
}

#[tokio::test]
async fn openai_count_tokens_asks_for_one_token_and_says_how_it_counted() {
    let completion = json!({"choices": [{"index": 0, "message": {"role": "assistant", "content": "x"},
                                         "finish_reason": "length"}],
                            "usage": {"prompt_tokens": 17, "completion_tokens": 1}});
    let server = FakeServer::start(vec![Reply::json(200, &completion)]).await;
    let provider = Provider::new(config(ModelApi::OpenAi, &format!("{}/v1", server.url))).unwrap();
    let request = body(json!({"model": "m", "system": "Be brief.",
                             "messages": [{"role": "user", "content": "hi"}]}));
    let (_, headers, text) = read(provider.count_tokens(call(request)).await).await;
    assert_eq!(text, r#"{"input_tokens":17}"#);
    assert!(headers[TOKEN_COUNT_HEADER].to_str().unwrap().contains("prompt_tokens"));
    let sent = &server.received()[0];
    assert_eq!(sent.path, "/v1/chat/completions");
    assert_eq!(sent.body["max_tokens"], 1);
    assert!(sent.body.get("stream").is_none());
    assert_eq!(
        sent.body["messages"][0],
        json!({"role": "system", "content": "Be brief."})
    );
}

#[tokio::test]
async fn untranslatable_fields_are_refused_by_name() {
    let provider = Provider::new(config(ModelApi::OpenAi, "http://127.0.0.1:9/v1")).unwrap();
    let cases = [
        (
            json!({"thinking": {"type": "enabled", "budget_tokens": 2000}}),
            "thinking",
        ),
        (json!({"container": "cntr_1"}), "container"),
        (json!({"mcp_servers": []}), "mcp_servers"),
        (
            json!({"tools": [{"type": "web_search_20250305", "name": "web_search"}]}),
            "tools.0.type",
        ),
        (
            json!({"messages": [{"role": "user", "content": [{"type": "document",
                   "source": {"type": "base64", "media_type": "application/pdf", "data": "JVBER"}}]}]}),
            "messages.0.content.0.source.type",
        ),
        (
            json!({"messages": [{"role": "user", "content": [{"type": "search_result", "source": "s",
                   "title": "t", "content": []}]}]}),
            "messages.0.content.0.type",
        ),
        (json!({"metadata": {"tenant": "x"}}), "metadata.tenant"),
    ];
    for (extra, named) in cases {
        let mut request = hello(false);
        request.extend(body(extra));
        let rejection = provider.messages(call(request)).await.err().unwrap();
        assert_eq!(rejection.status, 400, "{named}");
        let message = rejection.error["error"]["message"].as_str().unwrap();
        assert!(message.starts_with(&format!("{named}: ")), "{named}: {message}");
    }
}

#[tokio::test]
async fn models_list_the_mapped_names_then_every_page_of_the_endpoints() {
    let model = |id: &str, created: &str| json!({"type": "model", "id": id, "display_name": id.to_uppercase(), "created_at": created});
    let server = FakeServer::start(vec![
        Reply::json(
            200,
            &json!({"data": [model("claude-b", "2026-02-01T00:00:00Z"), model("claude-a", "2026-01-01T00:00:00Z")],
                    "has_more": true, "first_id": "claude-b", "last_id": "claude-a"}),
        ),
        Reply::json(
            200,
            &json!({"data": [model("claude-old", "2024-01-01T00:00:00Z")],
                    "has_more": false, "first_id": "claude-old", "last_id": "claude-old"}),
        ),
    ])
    .await;
    let mut cfg = config(ModelApi::Anthropic, &server.url);
    cfg.model_map = vec![
        ("*".into(), "claude-a".into()),
        ("my-alias".into(), "claude-b".into()),
        ("claude-a".into(), "claude-b".into()),
    ];
    let provider = Provider::new(cfg).unwrap();
    let models = provider.models().await.unwrap();
    let ids: Vec<&str> = models.iter().map(|m| m["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["my-alias", "claude-a", "claude-b", "claude-old"]);
    assert_eq!(models[0]["display_name"], "my-alias (runs as claude-b)");
    assert_eq!(models[0]["created_at"], "2026-02-01T00:00:00Z");
    assert_eq!(models[2], model("claude-b", "2026-02-01T00:00:00Z"));

    let received = server.received();
    assert_eq!(received[0].path, "/v1/models?limit=1000");
    assert_eq!(received[1].path, "/v1/models?limit=1000&after_id=claude-a");
    assert_eq!(received[0].headers["x-api-key"], KEY);
}

#[tokio::test]
async fn an_endpoint_that_cannot_list_leaves_the_mapped_names_or_is_an_error() {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let url = format!("http://127.0.0.1:{port}/v1");
    let mut cfg = config(ModelApi::OpenAi, &url);
    cfg.model_map = vec![("claude-sonnet-4-6".into(), "qwen3".into())];
    let models = Provider::new(cfg).unwrap().models().await.unwrap();
    assert_eq!(
        models,
        [
            json!({"type": "model", "id": "claude-sonnet-4-6", "display_name": "claude-sonnet-4-6 (runs as qwen3)",
                "created_at": "1970-01-01T00:00:00.000000Z", "lifecycle": "active"})
        ]
    );
    let rejection = Provider::new(config(ModelApi::OpenAi, &url))
        .unwrap()
        .models()
        .await
        .err()
        .unwrap();
    assert_eq!(rejection.status, 502);
    assert!(rejection.error["error"]["message"].as_str().unwrap().contains(&url));
}

#[tokio::test]
async fn openai_models_are_translated_and_retrieved_from_the_list() {
    let list = json!({"object": "list", "data": [
        {"id": "qwen3:8b", "object": "model", "created": 1767225600, "owned_by": "library"},
        {"id": "llama3", "object": "model", "owned_by": "library"}]});
    let server = FakeServer::start(vec![Reply::json(200, &list), Reply::json(200, &list)]).await;
    let provider = Provider::new(config(ModelApi::OpenAi, &format!("{}/v1", server.url))).unwrap();
    let empty = ApiCall::new(Map::new(), &HeaderMap::new(), None);
    let model = provider.model("qwen3:8b", &empty).await.unwrap();
    assert_eq!(
        model,
        json!({"type": "model", "id": "qwen3:8b", "display_name": "qwen3:8b",
               "created_at": "2026-01-01T00:00:00.000000Z", "lifecycle": "active"})
    );
    let rejection = provider.model("gpt-9", &empty).await.err().unwrap();
    assert_eq!(rejection.status, 404);
    assert_eq!(server.received()[0].path, "/v1/models");
    assert_eq!(server.received()[0].headers["authorization"], format!("Bearer {KEY}"));
}

#[tokio::test]
async fn recorded_calls_replay_streamed_or_whole_without_an_endpoint() {
    let dir = tempfile::tempdir().unwrap();
    let file = temp_path(&dir, "calls.jsonl");
    let thinking = json!({"id": "msg_t", "type": "message", "role": "assistant", "model": "claude-x",
        "content": [{"type": "thinking", "thinking": "Hmm.", "signature": "sig"},
                    {"type": "text", "text": "Answer.", "citations": [{"type": "char_location", "cited_text": "a"}]},
                    {"type": "tool_use", "id": "toolu_1", "name": "look", "input": {"q": [1, 2]}}],
        "stop_reason": "tool_use", "stop_sequence": null,
        "usage": {"input_tokens": 5, "output_tokens": 6, "cache_read_input_tokens": 1}});
    let server = FakeServer::start(vec![
        Reply::anthropic_sse(&crate::local::model::anthropic::message_events(&thinking)),
        Reply::json(200, &message("second")),
        Reply::json(200, &json!({"input_tokens": 9})),
    ])
    .await;
    let mut cfg = config(ModelApi::Anthropic, &server.url);
    cfg.record = Some(file.clone());
    let recorder = Provider::new(cfg).unwrap();
    let (_, _, streamed) = read(recorder.messages(call(hello(true))).await).await;
    read(recorder.messages(call(hello(false))).await).await;
    let mut count = hello(false);
    count.remove("max_tokens");
    read(recorder.count_tokens(call(count.clone())).await).await;
    drop(recorder);

    let mut cfg = config(ModelApi::OpenAi, "http://127.0.0.1:9/v1");
    cfg.replay = Some(file.clone());
    let replayer = Provider::new(cfg).unwrap();
    // The same request, streamed or not, gets the answers in the order they were recorded,
    // and the last one again after that.
    let (_, _, first) = read(replayer.messages(call(hello(false))).await).await;
    assert_eq!(serde_json::from_str::<Value>(&first).unwrap(), thinking);
    let (_, headers, second) = read(replayer.messages(call(hello(true))).await).await;
    assert_eq!(headers["content-type"], "text/event-stream");
    let mut builder = crate::local::model::anthropic::MessageBuilder::default();
    let mut done = false;
    for event in events(&second) {
        done = builder.event(&event, &mut |_, _| {}).unwrap();
    }
    assert!(done);
    assert_eq!(builder.finish().unwrap(), message("second"));
    let (_, _, again) = read(replayer.messages(call(hello(false))).await).await;
    assert_eq!(serde_json::from_str::<Value>(&again).unwrap(), message("second"));
    let (_, _, counted) = read(replayer.count_tokens(call(count)).await).await;
    assert_eq!(counted, r#"{"input_tokens":9}"#);
    // The recorded stream was passed on event for event.
    assert_eq!(
        events(&streamed),
        crate::local::model::anthropic::message_events(&thinking)
    );

    let mut other = hello(false);
    other.insert("temperature".into(), json!(0.5));
    let rejection = replayer.messages(call(other)).await.err().unwrap();
    assert_eq!(rejection.status, 400);
    let message = rejection.error["error"]["message"].as_str().unwrap();
    assert!(
        message.contains("calls.jsonl") && message.contains("no answer"),
        "{message}"
    );
    let ids: Vec<Value> = replayer
        .models()
        .await
        .unwrap()
        .iter()
        .map(|m| m["id"].clone())
        .collect();
    assert_eq!(ids, [json!("claude-x")]);
}
