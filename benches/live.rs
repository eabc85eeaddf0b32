//! Throughput of the event stream through `ant stream`: `cargo bench --bench live`.
//! 100,000 recorded events are served as SSE by an in-process axum server; the real binary reads
//! them into a pipe, once as JSONL and once through the human view. Targets from issue 5:
//! 200,000 events/s JSONL and 50,000 events/s rendered; both printed with their ratio.

use std::io::Read;
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::Instant;

use axum::Router;
use axum::response::IntoResponse;
use axum::routing::get;
use serde_json::json;

const EVENTS: usize = 100_000;

/// A recorded turn's mix of events, repeated: tool calls and results, text, spans, statuses.
fn recorded() -> String {
    let mut body = String::with_capacity(EVENTS * 300);
    for i in 0..EVENTS - 1 {
        let id = format!("sevt_{i:08}");
        let event = match i % 5 {
            0 => json!({"type": "span.model_request_start", "id": id, "processed_at": "2026-05-01T10:00:00.000000Z"}),
            1 => json!({"type": "agent.tool_use", "id": id, "processed_at": "2026-05-01T10:00:00.000000Z",
                        "name": "bash", "input": {"command": format!("echo step {i}")}, "evaluated_permission": "allow"}),
            2 => json!({"type": "agent.tool_result", "id": id, "processed_at": "2026-05-01T10:00:00.000000Z",
                        "tool_use_id": format!("sevt_{:08}", i - 1), "content": [{"type": "text", "text": format!("step {i}\nok")}], "is_error": false}),
            3 => json!({"type": "span.model_request_end", "id": id, "processed_at": "2026-05-01T10:00:00.000000Z",
                        "model_request_start_id": "x", "is_error": false,
                        "model_usage": {"input_tokens": 100, "output_tokens": 20, "cache_creation_input_tokens": 0, "cache_read_input_tokens": 0}}),
            _ => json!({"type": "agent.message", "id": id, "processed_at": "2026-05-01T10:00:00.000000Z",
                        "content": [{"type": "text", "text": format!("Done with **step {i}**; next.")}]}),
        };
        body.push_str(&format!(
            "event: {}\nid: {id}\ndata: {event}\n\n",
            event["type"].as_str().unwrap()
        ));
    }
    let idle = json!({"type": "session.status_idle", "id": "sevt_last", "processed_at": "2026-05-01T10:00:01.000000Z",
                      "stop_reason": {"type": "end_turn"}});
    body.push_str(&format!("event: session.status_idle\nid: sevt_last\ndata: {idle}\n\n"));
    body
}

async fn serve(body: Arc<String>) -> String {
    let stream = move || {
        let body = body.clone();
        async move { ([("content-type", "text/event-stream")], body.as_str().to_owned()).into_response() }
    };
    let app = Router::new()
        .route("/v1/sessions/{id}/events/stream", get(stream))
        .route(
            "/v1/sessions/{id}/events",
            get(|| async { axum::Json(json!({"data": [], "next_page": null})) }),
        );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    url
}

/// Events per second through `ant stream --until-idle --format FORMAT` into a pipe.
fn measure(url: &str, format: &str) -> f64 {
    let started = Instant::now();
    let mut child = Command::new(env!("CARGO_BIN_EXE_ant"))
        .args(["stream", "sesn_bench", "--until-idle", "--format", format])
        .env("ANTHROPIC_BASE_URL", url)
        .env("ANTHROPIC_API_KEY", "bench")
        .env_remove("FORCE_COLOR")
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut out = Vec::new();
    child.stdout.take().unwrap().read_to_end(&mut out).unwrap();
    let status = child.wait().unwrap();
    let secs = started.elapsed().as_secs_f64();
    assert!(status.success(), "ant stream --format {format} failed");
    // JSONL is a line per event; the human view folds spans and statuses into its status line.
    let lines = out.iter().filter(|b| **b == b'\n').count();
    let shown_all = if format == "jsonl" {
        lines == EVENTS
    } else {
        out.ends_with("— idle: end_turn · 2000000 in / 400000 out tokens\n".as_bytes())
    };
    assert!(shown_all, "{format}: {lines} lines for {EVENTS} events");
    EVENTS as f64 / secs
}

fn main() {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let url = runtime.block_on(serve(Arc::new(recorded())));
    // One warm-up run each, so page cache and connection setup are not measured.
    measure(&url, "jsonl");
    let jsonl = measure(&url, "jsonl");
    measure(&url, "human");
    let human = measure(&url, "human");
    println!("stream --format jsonl into a pipe: {jsonl:>9.0} events/s (target 200,000)");
    println!("stream, human view into a pipe:   {human:>9.0} events/s (target  50,000)");
    println!("ratio jsonl / human:              {:>9.2}", jsonl / human);
}
