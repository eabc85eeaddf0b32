//! The general API on the local server, through HTTP: `/v1/messages` (whole and streamed),
//! `count_tokens`, `/v1/models`, `/v1/complete` and message batches, forwarded to a model
//! endpoint scripted in-process (or the shared fake model for the OpenAI wire format), recorded
//! and replayed with no endpoint at all.

mod common;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use common::*;
use futures::StreamExt;
use serde_json::{Value, json};
use tokio::sync::Notify;

/// The model key `Server` gives the local server (`ANT_MODEL_API_KEY`).
const MODEL_KEY: &str = "sk-test-model-key-77aa";

#[derive(Debug, Clone)]
struct Seen {
    /// Path and query.
    target: String,
    headers: HeaderMap,
    body: Value,
}

#[derive(Default)]
struct Script {
    seen: Mutex<Vec<Seen>>,
    /// A streamed message waits here after its first text piece.
    release: Notify,
}

/// An Anthropic endpoint scripted in-process: messages answer with the last user text (a text
/// holding "slow" takes 300 ms, one holding "limited" is a 429), models come two to a page.
struct Endpoint {
    url: String,
    script: Arc<Script>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for Endpoint {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl Endpoint {
    async fn start() -> Endpoint {
        let script = Arc::new(Script::default());
        let app = Router::new()
            .route("/v1/messages", post(messages))
            .route("/v1/messages/count_tokens", post(count_tokens))
            .route("/v1/models", get(models))
            .route("/v1/models/{id}", get(model))
            .route("/v1/complete", post(complete))
            .layer(axum::extract::DefaultBodyLimit::disable())
            .with_state(script.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let task = tokio::spawn(async move {
            axum::serve(listener, app).await.unwrap();
        });
        Endpoint { url, script, task }
    }

    fn seen(&self) -> Vec<Seen> {
        self.script.seen.lock().unwrap().clone()
    }
}

fn note(script: &Script, target: String, headers: &HeaderMap, body: &Bytes) -> Value {
    let body: Value = serde_json::from_slice(body).unwrap_or(Value::Null);
    script.seen.lock().unwrap().push(Seen {
        target,
        headers: headers.clone(),
        body: body.clone(),
    });
    body
}

fn target(path: &str, query: &Option<String>) -> String {
    match query {
        Some(q) => format!("{path}?{q}"),
        None => path.to_string(),
    }
}

fn last_user_text(body: &Value) -> String {
    let content = &body["messages"].as_array().unwrap().last().unwrap()["content"];
    match content {
        Value::String(text) => text.clone(),
        other => other[0]["text"].as_str().unwrap_or("").to_string(),
    }
}

fn sse(events: &[Value]) -> String {
    events
        .iter()
        .map(|e| format!("event: {}\ndata: {e}\n\n", e["type"].as_str().unwrap()))
        .collect()
}

async fn messages(
    State(script): State<Arc<Script>>,
    headers: HeaderMap,
    RawQuery(q): RawQuery,
    body: Bytes,
) -> Response {
    let body = note(&script, target("/v1/messages", &q), &headers, &body);
    let text = last_user_text(&body);
    if text.contains("limited") {
        let error = json!({"type": "error", "error": {"type": "rate_limit_error", "message": "slow down"}});
        return (StatusCode::TOO_MANY_REQUESTS, [("retry-after", "7")], error.to_string()).into_response();
    }
    if text.contains("slow") {
        tokio::time::sleep(Duration::from_millis(300)).await;
    }
    let reply = format!("you said: {text}");
    if body["stream"] != true {
        let message = json!({"id": "msg_endpoint", "type": "message", "role": "assistant", "model": body["model"],
                             "content": [{"type": "text", "text": reply}], "stop_reason": "end_turn",
                             "stop_sequence": null, "usage": {"input_tokens": 4, "output_tokens": 3}});
        return (
            [("content-type", "application/json"), ("request-id", "req_endpoint")],
            message.to_string(),
        )
            .into_response();
    }
    let head = sse(&[
        json!({"type": "message_start", "message": {"id": "msg_endpoint", "type": "message", "role": "assistant",
               "model": body["model"], "content": [], "stop_reason": null, "stop_sequence": null,
               "usage": {"input_tokens": 4, "output_tokens": 0}}}),
        json!({"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}}),
        json!({"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": "first"}}),
    ]);
    let tail = sse(&[
        json!({"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": " then the rest"}}),
        json!({"type": "content_block_stop", "index": 0}),
        json!({"type": "message_delta", "delta": {"stop_reason": "end_turn", "stop_sequence": null},
               "usage": {"output_tokens": 5}}),
        json!({"type": "message_stop"}),
    ]);
    let (tx, rx) = tokio::sync::mpsc::channel::<Result<Bytes, std::io::Error>>(4);
    tokio::spawn(async move {
        let _ = tx.send(Ok(head.into())).await;
        // The rest comes only once the client has seen the first piece, or never.
        if tokio::time::timeout(Duration::from_secs(20), script.release.notified())
            .await
            .is_ok()
        {
            let _ = tx.send(Ok(tail.into())).await;
        }
    });
    let stream = tokio_stream::wrappers::ReceiverStream::new(rx);
    ([("content-type", "text/event-stream")], Body::from_stream(stream)).into_response()
}

async fn count_tokens(
    State(script): State<Arc<Script>>,
    headers: HeaderMap,
    RawQuery(q): RawQuery,
    body: Bytes,
) -> Response {
    let body = note(&script, target("/v1/messages/count_tokens", &q), &headers, &body);
    let n = 5 * body["messages"].as_array().map_or(0, Vec::len);
    axum::Json(json!({"input_tokens": n})).into_response()
}

fn endpoint_model(id: &str) -> Value {
    let created = match id {
        "claude-new" => "2026-03-01T00:00:00Z",
        "claude-mid" => "2026-02-01T00:00:00Z",
        _ => "2026-01-01T00:00:00Z",
    };
    json!({"type": "model", "id": id, "display_name": format!("Claude {id}"), "created_at": created})
}

const ENDPOINT_MODELS: [&str; 3] = ["claude-new", "claude-mid", "claude-old"];

async fn models(State(script): State<Arc<Script>>, headers: HeaderMap, RawQuery(q): RawQuery) -> Response {
    note(&script, target("/v1/models", &q), &headers, &Bytes::new());
    let q = q.unwrap_or_default();
    let start = ENDPOINT_MODELS
        .iter()
        .position(|id| q.contains(&format!("after_id={id}")))
        .map_or(0, |i| i + 1);
    let page: Vec<Value> = ENDPOINT_MODELS[start..]
        .iter()
        .take(2)
        .map(|id| endpoint_model(id))
        .collect();
    axum::Json(json!({"data": page, "has_more": start + 2 < ENDPOINT_MODELS.len(),
                      "first_id": page[0]["id"], "last_id": page[page.len() - 1]["id"]}))
    .into_response()
}

async fn model(State(script): State<Arc<Script>>, Path(id): Path<String>, headers: HeaderMap) -> Response {
    note(&script, format!("/v1/models/{id}"), &headers, &Bytes::new());
    if ENDPOINT_MODELS.contains(&id.as_str()) {
        return axum::Json(endpoint_model(&id)).into_response();
    }
    let error = json!({"type": "error", "error": {"type": "not_found_error", "message": format!("model: {id}")}});
    (StatusCode::NOT_FOUND, axum::Json(error)).into_response()
}

async fn complete(State(script): State<Arc<Script>>, headers: HeaderMap, body: Bytes) -> Response {
    note(&script, "/v1/complete".into(), &headers, &body);
    let events = "event: completion\ndata: {\"type\":\"completion\",\"completion\":\" Hello\",\"stop_reason\":null}\n\n\
                  event: completion\ndata: {\"type\":\"completion\",\"completion\":\"!\",\"stop_reason\":\"stop_sequence\"}\n\n";
    ([("content-type", "text/event-stream")], events).into_response()
}

fn hello(text: &str) -> Value {
    json!({"model": "claude-test", "max_tokens": 64, "messages": [{"role": "user", "content": text}]})
}

/// A raw request to the local server with its key and an extra header.
async fn send(server: &Server, method: &str, path: &str, body: Option<Value>) -> reqwest::Response {
    let mut req = server
        .http
        .request(method.parse().unwrap(), server.url(path))
        .header("x-api-key", &server.key)
        .header("anthropic-beta", "a-beta-2099-01-01");
    if let Some(body) = body {
        req = req.json(&body);
    }
    req.send().await.unwrap()
}

#[tokio::test]
async fn a_streamed_message_passes_each_event_on_as_it_arrives() {
    let endpoint = Endpoint::start().await;
    let server = Server::start(&["--model-url", &endpoint.url]);
    let mut body = hello("stream please");
    body["stream"] = json!(true);
    let response = send(&server, "POST", "/v1/messages", Some(body)).await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-type"], "text/event-stream");
    let mut events = eventsource_stream::Eventsource::eventsource(response.bytes_stream());
    let mut seen = Vec::new();
    // The endpoint holds back the rest until the first piece has reached this client, so a
    // server that buffered the stream would never get here.
    while let Some(event) = tokio::time::timeout(Duration::from_secs(10), events.next())
        .await
        .unwrap()
    {
        let event = event.unwrap();
        let data: Value = serde_json::from_str(&event.data).unwrap();
        assert_eq!(event.event, data["type"].as_str().unwrap());
        if data["delta"]["text"] == "first" {
            endpoint.script.release.notify_one();
        }
        seen.push(data);
    }
    let text: String = seen.iter().filter_map(|e| e["delta"]["text"].as_str()).collect();
    assert_eq!(text, "first then the rest");
    assert_eq!(seen.last().unwrap()["type"], "message_stop");
}

#[tokio::test]
async fn calls_reach_the_endpoint_with_its_key_never_the_local_one() {
    let endpoint = Endpoint::start().await;
    let server = Server::start(&["--model-url", &endpoint.url, "--model-map", "claude-test=claude-mid"]);
    let message = server.ok("POST", "/v1/messages?beta=true", Some(hello("hi"))).await;
    assert_eq!(message["content"][0]["text"], "you said: hi");
    assert_eq!(message["model"], "claude-mid");
    let mut count = hello("hi");
    count.as_object_mut().unwrap().remove("max_tokens");
    let counted = send(&server, "POST", "/v1/messages/count_tokens", Some(count)).await;
    assert_eq!(counted.json::<Value>().await.unwrap(), json!({"input_tokens": 5}));
    let completion = send(
        &server,
        "POST",
        "/v1/complete",
        Some(json!({"model": "claude-test", "prompt": "\n\nHuman: hi\n\nAssistant:",
                    "max_tokens_to_sample": 20, "stream": true})),
    )
    .await;
    assert_eq!(completion.headers()["content-type"], "text/event-stream");
    let text = completion.text().await.unwrap();
    assert!(
        text.starts_with("event: completion\n") && text.contains("stop_sequence"),
        "{text}"
    );

    let seen = endpoint.seen();
    let targets: Vec<&str> = seen.iter().map(|s| s.target.as_str()).collect();
    assert_eq!(
        targets,
        ["/v1/messages?beta=true", "/v1/messages/count_tokens", "/v1/complete"]
    );
    for call in &seen {
        assert_eq!(call.headers["x-api-key"], MODEL_KEY);
        assert!(call.headers.get("authorization").is_none());
        assert!(!format!("{:?}", call.headers).contains(KEY));
        assert_eq!(call.body["model"], "claude-mid");
    }
    // The client's own API headers travel on; the server's default version fills in.
    assert_eq!(seen[1].headers["anthropic-beta"], "a-beta-2099-01-01");
    assert_eq!(seen[1].headers["anthropic-version"], "2023-06-01");
}

#[tokio::test]
async fn endpoint_errors_keep_their_status_and_retry_after() {
    let endpoint = Endpoint::start().await;
    let server = Server::start(&["--model-url", &endpoint.url]);
    let response = send(&server, "POST", "/v1/messages", Some(hello("limited"))).await;
    assert_eq!(response.status(), 429);
    assert_eq!(response.headers()["retry-after"], "7");
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["type"], "error");
    assert_eq!(
        body["error"],
        json!({"type": "rate_limit_error", "message": "slow down"})
    );
    assert!(body["request_id"].as_str().unwrap().starts_with("req_"));

    let (status, body) = server
        .call("POST", "/v1/messages", Some(json!({"max_tokens": 5})))
        .await;
    assert_eq!(status, 400);
    assert_eq!(body["error"]["message"], "model: required, a string");
    let (status, body) = server
        .call("POST", "/v1/messages", Some(json!(["not an object"])))
        .await;
    assert_eq!(status, 400);
    assert_eq!(body["error"]["type"], "invalid_request_error");
}

#[tokio::test]
async fn models_page_by_id_with_the_mapped_names_first() {
    let endpoint = Endpoint::start().await;
    let server = Server::start(&["--model-url", &endpoint.url, "--model-map", "my-model=claude-mid"]);
    let first = server.ok("GET", "/v1/models?limit=2", None).await;
    assert_eq!(
        (&first["first_id"], &first["last_id"]),
        (&json!("my-model"), &json!("claude-new"))
    );
    assert_eq!(
        first["data"][0],
        json!({"type": "model", "id": "my-model", "display_name": "my-model (runs as claude-mid)",
               "created_at": "2026-02-01T00:00:00Z", "lifecycle": "active"})
    );
    assert_eq!(
        listed(&server, "/v1/models?limit=2").await,
        (strings(&["my-model", "claude-new"]), true)
    );
    let rest = listed(&server, "/v1/models?limit=2&after_id=claude-new").await;
    assert_eq!(rest, (strings(&["claude-mid", "claude-old"]), false));
    let before = listed(&server, "/v1/models?limit=1&before_id=claude-mid").await;
    assert_eq!(before, (strings(&["claude-new"]), true));

    assert_eq!(
        server.ok("GET", "/v1/models/claude-old?beta=true", None).await,
        endpoint_model("claude-old")
    );
    let mapped = server.ok("GET", "/v1/models/my-model", None).await;
    assert_eq!(mapped["display_name"], "my-model (runs as claude-mid)");
    let (status, missing) = server.call("GET", "/v1/models/claude-nope", None).await;
    assert_eq!((status, &missing["error"]["type"]), (404, &json!("not_found_error")));

    for (query, named) in [
        ("limit=0", "limit"),
        ("after_id=nope", "after_id"),
        ("after_id=a&before_id=b", "after_id and before_id"),
    ] {
        let (status, body) = server.call("GET", &format!("/v1/models?{query}"), None).await;
        assert_eq!(status, 400, "{query}");
        assert!(body["error"]["message"].as_str().unwrap().starts_with(named), "{body}");
    }
    let seen = endpoint.seen();
    assert!(seen.iter().any(|s| s.target == "/v1/models/claude-old"));
    assert!(seen.iter().all(|s| s.headers["x-api-key"] == MODEL_KEY));
}

/// The ids of a page of a list that pages by id, and its `has_more`.
async fn listed(server: &Server, path: &str) -> (Vec<String>, bool) {
    let page = server.ok("GET", path, None).await;
    let ids = page["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| item["id"].as_str().unwrap().to_string());
    (ids.collect(), page["has_more"].as_bool().unwrap())
}

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| s.to_string()).collect()
}

/// Polls a batch until it has ended.
async fn ended(server: &Server, id: &str) -> Value {
    for _ in 0..300 {
        let batch = server.ok("GET", &format!("/v1/messages/batches/{id}"), None).await;
        if batch["processing_status"] == "ended" {
            return batch;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("batch {id} did not end");
}

async fn results(server: &Server, id: &str) -> Vec<Value> {
    let response = send(server, "GET", &format!("/v1/messages/batches/{id}/results"), None).await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-type"], "application/x-jsonl");
    let text = response.text().await.unwrap();
    text.lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

fn batch_of(texts: &[&str]) -> Value {
    let requests: Vec<Value> = texts
        .iter()
        .enumerate()
        .map(|(i, text)| json!({"custom_id": format!("req-{i}"), "params": hello(text)}))
        .collect();
    json!({"requests": requests})
}

#[tokio::test]
async fn a_batch_runs_through_to_its_results_as_json_lines() {
    let endpoint = Endpoint::start().await;
    let server = Server::start(&["--model-url", &endpoint.url]);
    let mut create = batch_of(&["one slow", "two slow", "limited"]);
    create["requests"][1]["params"]["stream"] = json!(false);
    let batch: Value = send(&server, "POST", "/v1/messages/batches?beta=true", Some(create))
        .await
        .json()
        .await
        .unwrap();
    let id = batch["id"].as_str().unwrap().to_string();
    assert!(id.starts_with("msgbatch_"));
    assert_eq!(batch["type"], "message_batch");
    assert_eq!(batch["processing_status"], "in_progress");
    assert_eq!(
        batch["request_counts"],
        json!({"processing": 3, "succeeded": 0, "errored": 0, "canceled": 0, "expired": 0})
    );
    assert_eq!(batch["results_url"], Value::Null);
    let (created, expires) = (
        batch["created_at"].as_str().unwrap(),
        batch["expires_at"].as_str().unwrap(),
    );
    assert!(expires > created);

    // Not before it has ended.
    let (status, body) = server
        .call("GET", &format!("/v1/messages/batches/{id}/results"), None)
        .await;
    assert_eq!(status, 400, "{body}");
    let (status, body) = server.call("DELETE", &format!("/v1/messages/batches/{id}"), None).await;
    assert_eq!(status, 400, "{body}");
    assert!(body["error"]["message"].as_str().unwrap().contains("in_progress"));

    let done = ended(&server, &id).await;
    assert_eq!(
        done["request_counts"],
        json!({"processing": 0, "succeeded": 2, "errored": 1, "canceled": 0, "expired": 0})
    );
    assert!(done["ended_at"].is_string());
    let url = done["results_url"].as_str().unwrap();
    assert_eq!(url, server.url(&format!("/v1/messages/batches/{id}/results")));
    let lines = results(&server, &id).await;
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["custom_id"], "req-0");
    assert_eq!(lines[0]["result"]["type"], "succeeded");
    assert_eq!(
        lines[0]["result"]["message"]["content"][0]["text"],
        "you said: one slow"
    );
    assert_eq!(
        lines[2]["result"],
        json!({"type": "errored", "error": {"type": "error",
               "error": {"type": "rate_limit_error", "message": "slow down"}}})
    );
    // Each request went to the endpoint once, with the batch's headers.
    let seen = endpoint.seen();
    assert_eq!(seen.len(), 3);
    assert!(seen.iter().all(|s| s.headers["anthropic-beta"] == "a-beta-2099-01-01"));
    let (status, body) = server
        .call("POST", &format!("/v1/messages/batches/{id}/cancel"), None)
        .await;
    assert_eq!(status, 400, "{body}");

    let deleted = server.ok("DELETE", &format!("/v1/messages/batches/{id}"), None).await;
    assert_eq!(deleted, json!({"id": id, "type": "message_batch_deleted"}));
    let (status, _) = server.call("GET", &format!("/v1/messages/batches/{id}"), None).await;
    assert_eq!(status, 404);
}

#[tokio::test]
async fn a_canceled_batch_finishes_what_started_and_cancels_the_rest() {
    let endpoint = Endpoint::start().await;
    let server = Server::start(&["--model-url", &endpoint.url]);
    let batch = server
        .ok("POST", "/v1/messages/batches", Some(batch_of(&["slow"; 12])))
        .await;
    let id = batch["id"].as_str().unwrap();
    // Once the first requests are with the model, which takes 300 ms to answer them.
    while endpoint.seen().is_empty() {
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    let canceling = server
        .ok("POST", &format!("/v1/messages/batches/{id}/cancel"), None)
        .await;
    assert_eq!(canceling["processing_status"], "canceling");
    assert!(canceling["cancel_initiated_at"].is_string());
    let again = server
        .ok("POST", &format!("/v1/messages/batches/{id}/cancel"), None)
        .await;
    assert_eq!(again["cancel_initiated_at"], canceling["cancel_initiated_at"]);

    let done = ended(&server, id).await;
    let counts = &done["request_counts"];
    let (succeeded, canceled) = (
        counts["succeeded"].as_u64().unwrap(),
        counts["canceled"].as_u64().unwrap(),
    );
    assert_eq!(succeeded + canceled, 12, "{counts}");
    // Those with the model when the cancel came finished; at most the first few were.
    assert!((1..=4).contains(&succeeded), "{counts}");
    assert_eq!(endpoint.seen().len() as u64, succeeded);
    let lines = results(&server, id).await;
    let canceled_lines = lines
        .iter()
        .filter(|l| l["result"] == json!({"type": "canceled"}))
        .count();
    assert_eq!(canceled_lines as u64, canceled);
}

#[tokio::test]
async fn batch_requests_are_checked_when_the_batch_is_created() {
    let server = Server::start(&["--model-url", "http://127.0.0.1:9"]);
    let duplicate =
        json!({"requests": [{"custom_id": "a", "params": hello("x")}, {"custom_id": "a", "params": hello("y")}]});
    let cases = [
        (json!({"requests": []}), "requests: must hold at least one request"),
        (
            duplicate,
            "requests.1.custom_id: \"a\" is already the custom_id of requests.0",
        ),
        (
            json!({"requests": [{"custom_id": "has space", "params": hello("x")}]}),
            "requests.0.custom_id: must be",
        ),
        (
            json!({"requests": [{"custom_id": "a", "params": {"stream": true}}]}),
            "requests.0.params.stream",
        ),
        (
            json!({"requests": [{"custom_id": "a", "params": hello("x"), "extra": 1}]}),
            "requests[0].extra: unknown field `extra`",
        ),
        (
            json!({"requests": [], "priority": 1}),
            "priority: unknown field `priority`",
        ),
    ];
    for (body, expected) in cases {
        let (status, answer) = server.call("POST", "/v1/messages/batches", Some(body)).await;
        assert_eq!(status, 400, "{answer}");
        let message = answer["error"]["message"].as_str().unwrap();
        assert!(message.starts_with(expected), "{message} / {expected}");
    }
    assert_eq!(server.ok("GET", "/v1/messages/batches", None).await["data"], json!([]));
}

#[tokio::test]
async fn batches_list_newest_first_paged_by_id() {
    let endpoint = Endpoint::start().await;
    let server = Server::start(&["--model-url", &endpoint.url]);
    let mut ids = Vec::new();
    for _ in 0..3 {
        let batch = server.ok("POST", "/v1/messages/batches", Some(batch_of(&["x"]))).await;
        ids.push(batch["id"].as_str().unwrap().to_string());
    }
    ids.reverse();
    let first = server.ok("GET", "/v1/messages/batches?limit=2", None).await;
    assert_eq!(first["last_id"], json!(ids[1]));
    let pages = [
        ("limit=2".to_string(), ids[..2].to_vec(), true),
        (format!("limit=2&after_id={}", ids[1]), ids[2..].to_vec(), false),
        (format!("limit=5&before_id={}", ids[2]), ids[..2].to_vec(), false),
    ];
    for (query, expected, more) in pages {
        let page = listed(&server, &format!("/v1/messages/batches?{query}")).await;
        assert_eq!(page, (expected, more), "{query}");
    }
    let (status, body) = server
        .call("GET", "/v1/messages/batches?after_id=msgbatch_nope", None)
        .await;
    assert_eq!(status, 400, "{body}");
}

#[tokio::test]
async fn a_batch_goes_on_after_a_kill() {
    let endpoint = Endpoint::start().await;
    let mut server = Server::start(&["--model-url", &endpoint.url]);
    let batch = server
        .ok("POST", "/v1/messages/batches", Some(batch_of(&["slow"; 8])))
        .await;
    let id = batch["id"].as_str().unwrap().to_string();
    tokio::time::sleep(Duration::from_millis(450)).await;
    server.restart(true);
    let done = ended(&server, &id).await;
    assert_eq!(done["request_counts"]["succeeded"], 8, "{done}");
    let lines = results(&server, &id).await;
    let custom_ids: Vec<&str> = lines.iter().map(|l| l["custom_id"].as_str().unwrap()).collect();
    assert_eq!(custom_ids, (0..8).map(|i| format!("req-{i}")).collect::<Vec<_>>());
    // A request cut short by the kill is asked again; none is asked more than twice.
    let asked = endpoint.seen().len();
    assert!((8..=12).contains(&asked), "{asked}");
}

#[tokio::test]
async fn a_recording_answers_messages_counts_models_and_batches_with_no_model() {
    let endpoint = Endpoint::start().await;
    let dir = tempfile::tempdir().unwrap();
    let recording = dir.path().join("calls.jsonl");
    let recording = recording.to_str().unwrap();
    let live = Server::start(&["--model-url", &endpoint.url, "--record", recording]);
    let whole = live.ok("POST", "/v1/messages", Some(hello("remember me"))).await;
    let mut streamed = hello("stream me");
    streamed["stream"] = json!(true);
    let response = send(&live, "POST", "/v1/messages", Some(streamed.clone())).await;
    let mut events = eventsource_stream::Eventsource::eventsource(response.bytes_stream());
    while let Some(Ok(event)) = events.next().await {
        if event.data.contains("\"first\"") {
            endpoint.script.release.notify_one();
        }
    }
    let mut count = hello("count me");
    count.as_object_mut().unwrap().remove("max_tokens");
    let counted = live.ok("POST", "/v1/messages/count_tokens", Some(count.clone())).await;
    let batch = live
        .ok("POST", "/v1/messages/batches", Some(batch_of(&["batched"])))
        .await;
    let batch_results = {
        ended(&live, batch["id"].as_str().unwrap()).await;
        results(&live, batch["id"].as_str().unwrap()).await
    };
    drop(live);
    drop(endpoint);

    let replay = Server::start(&["--model-url", "http://127.0.0.1:9", "--replay", recording]);
    assert_eq!(
        replay.ok("POST", "/v1/messages", Some(hello("remember me"))).await,
        whole
    );
    // Streamed live, replayed whole; and the other way round.
    let mut unstreamed = streamed.clone();
    unstreamed["stream"] = json!(false);
    let replayed = replay.ok("POST", "/v1/messages", Some(unstreamed)).await;
    assert_eq!(replayed["content"][0]["text"], "first then the rest");
    assert_eq!(replayed["usage"], json!({"input_tokens": 4, "output_tokens": 5}));
    let mut whole_streamed = hello("remember me");
    whole_streamed["stream"] = json!(true);
    let text = send(&replay, "POST", "/v1/messages", Some(whole_streamed))
        .await
        .text()
        .await
        .unwrap();
    assert!(
        text.starts_with("event: message_start\n") && text.contains("you said: remember me"),
        "{text}"
    );
    assert_eq!(
        replay.ok("POST", "/v1/messages/count_tokens", Some(count)).await,
        counted
    );
    let models = replay.ok("GET", "/v1/models", None).await;
    assert_eq!(models["data"][0]["id"], "claude-test");
    assert_eq!(models["data"].as_array().unwrap().len(), 1);
    let again = replay
        .ok("POST", "/v1/messages/batches", Some(batch_of(&["batched"])))
        .await;
    let again_id = again["id"].as_str().unwrap();
    ended(&replay, again_id).await;
    assert_eq!(results(&replay, again_id).await, batch_results);

    let (status, body) = replay.call("POST", "/v1/messages", Some(hello("never said"))).await;
    assert_eq!(status, 400);
    assert!(
        body["error"]["message"].as_str().unwrap().contains("calls.jsonl"),
        "{body}"
    );
    let (status, body) = replay
        .call(
            "POST",
            "/v1/complete",
            Some(json!({"model": "m", "prompt": "x", "max_tokens_to_sample": 1})),
        )
        .await;
    assert_eq!(status, 400);
    assert!(
        body["error"]["message"].as_str().unwrap().contains("/v1/complete"),
        "{body}"
    );
}

#[tokio::test]
async fn an_openai_endpoint_answers_in_the_messages_shape() {
    let model = FakeModel::start();
    let server = Server::with_model(&model, "openai");
    let body = json!({"model": "fake", "max_tokens": 64, "system": "[scenario:use:get_weather]",
                      "tools": [{"name": "get_weather", "input_schema": {"type": "object"}}],
                      "messages": [{"role": "user", "content": "{\"city\": \"Paris\"}"}]});
    let message = server.ok("POST", "/v1/messages", Some(body.clone())).await;
    assert_eq!(message["type"], "message");
    assert_eq!(message["stop_reason"], "tool_use");
    let call = &message["content"][0];
    assert_eq!(
        (&call["type"], &call["name"], &call["input"]),
        (&json!("tool_use"), &json!("get_weather"), &json!({"city": "Paris"}))
    );
    let mut followup = body.clone();
    followup["messages"].as_array_mut().unwrap().extend([
        json!({"role": "assistant", "content": [call]}),
        json!({"role": "user", "content": [{"type": "tool_result", "tool_use_id": call["id"], "content": "sunny"}]}),
    ]);
    let answer = server.ok("POST", "/v1/messages", Some(followup)).await;
    assert_eq!(answer["content"][0]["text"], "used: sunny");
    assert_eq!(answer["stop_reason"], "end_turn");

    let sent = model.requests();
    assert_eq!(sent[1]["messages"][2]["role"], "assistant");
    assert_eq!(
        sent[1]["messages"][3],
        json!({"role": "tool", "tool_call_id": call["id"], "content": "sunny"})
    );

    let mut thinking = body;
    thinking["thinking"] = json!({"type": "enabled", "budget_tokens": 1024});
    let (status, refused) = server.call("POST", "/v1/messages", Some(thinking)).await;
    assert_eq!(status, 400);
    assert!(
        refused["error"]["message"].as_str().unwrap().starts_with("thinking: "),
        "{refused}"
    );
    assert_eq!(
        model.requests().len(),
        2,
        "a refused request never reaches the endpoint"
    );
}

#[tokio::test]
async fn a_messages_body_may_hold_more_than_2_mib() {
    let endpoint = Endpoint::start().await;
    let server = Server::start(&["--model-url", &endpoint.url]);
    // Over the 2 MiB that other bodies may hold.
    let big = "x".repeat(3 << 20);
    let message = server.ok("POST", "/v1/messages", Some(hello(&big))).await;
    assert_eq!(
        message["content"][0]["text"].as_str().unwrap().len(),
        big.len() + "you said: ".len()
    );
    assert_eq!(last_user_text(&endpoint.seen()[0].body), big);
}
